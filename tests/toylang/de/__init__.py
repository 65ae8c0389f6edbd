"""A toy German, kept outside the package: a handful of cues, enough to read a target. It proves that a
language is one folder (`tests/test_toy_language.py`): nothing outside this folder names it."""
from __future__ import annotations

from extractor.lang.base import from_modules
from tests.toylang.de import dates, numbers, patterns

LANGUAGE = from_modules(code="de", name="German (toy)", numbers=numbers, dates=dates, patterns=patterns)
