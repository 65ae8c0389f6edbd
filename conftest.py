"""Doctests of the extraction core are read from its sources: when the core runs compiled (`setup.py`),
its modules' functions are C and hold no doctests to collect, so those modules are left out of this
run; `make test` runs the suite again on the plain Python code (`EXTRACTOR_PURE_PYTHON=1`), doctests
included."""
from __future__ import annotations

from pathlib import Path

import extractor

_COMPILED_SOURCES = {source.resolve() for source, _ in extractor._compiled_modules(
    Path(extractor.__file__).resolve().parent).values()} if extractor.COMPILED else set()


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    return True if collection_path.resolve() in _COMPILED_SOURCES else None
