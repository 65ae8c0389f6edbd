"""What every worker of the pool needs, imported once where the workers are started from: the fork server
of clean processes (`runner.CLEAN_PRELOAD`), or the main process before it forks them (`runner._preload`).
Forked workers share these pages instead of each importing them. pandas above all: pyarrow imports it on its
first conversion of Python rows."""
import pandas  # noqa: F401

import extractor.checks.stories  # noqa: F401
import extractor.extract  # noqa: F401
import extractor.normalize.dates  # noqa: F401
import extractor.output.write  # noqa: F401
import extractor.runner  # noqa: F401
