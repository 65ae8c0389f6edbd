"""English (en)."""
from __future__ import annotations

from extractor.lang.base import from_modules
from extractor.lang.en import dates, numbers, patterns

LANGUAGE = from_modules(code="en", name="English", numbers=numbers, dates=dates, patterns=patterns)
