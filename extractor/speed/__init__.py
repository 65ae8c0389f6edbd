"""What exists only for speed, fenced off from the rules: nothing here decides what a release claims.

- `scan`: whole-text scans that try a cue pattern only where it can start (its literal prefixes, found in one
  Aho-Corasick pass), and keep the GIL during their many short regex calls (`scan.HOLD`, inside the scanners
  only: the rest of the code calls the regex module plainly).
- `heap`: each extracting process keeps some freed heap memory (glibc's M_TOP_PAD) instead of handing it
  back and faulting it in again for every chunk.

Results are the same with or without them; tests compare the scans with plain `finditer`.
"""
