"""Supported languages. Adding one: a folder `lang/<code>/`, its corpus, and an entry in `SUPPORTED`."""
from __future__ import annotations

import importlib
from functools import lru_cache

from extractor.errors import UsageError
from extractor.lang.base import LanguageData

SUPPORTED: tuple[str, ...] = ("en", "nl", "th")


@lru_cache(maxsize=None)
def get(code: str) -> LanguageData:
    """The `LanguageData` of a supported language (imported by convention from `extractor.lang.<code>`)."""
    if code not in SUPPORTED:
        raise UsageError(f"language {code!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"extractor.lang.{code}").LANGUAGE


__all__ = ["SUPPORTED", "LanguageData", "get"]
