"""The outputs: rows (`records`), tables and their folder (`write`), the earlier run (`incremental`),
databases (`database`) and the HTML report (`report`)."""
