"""Dutch (nl)."""
from __future__ import annotations

from extractor.lang.base import from_modules
from extractor.lang.nl import dates, numbers, patterns

LANGUAGE = from_modules(code="nl", name="Dutch", numbers=numbers, dates=dates, patterns=patterns)
