"""Languages. Adding one: a folder `lang/<code>/` (the same modules as every other: numbers.py, dates.py,
patterns.py, corpus.py, and an `__init__.py` that builds its `LANGUAGE`), its corpus, and an entry in
`SUPPORTED`. A language kept elsewhere (a package of one's own, a test's folder) is made available with
`register(code, module)`, without any edit here."""
from __future__ import annotations

import importlib
from functools import lru_cache

from extractor.errors import UsageError
from extractor.lang.base import LanguageData

#: The languages this package ships, each in `extractor/lang/<code>/`.
SUPPORTED: tuple[str, ...] = ("en", "nl", "th")

_MODULES: dict[str, str] = {code: f"extractor.lang.{code}" for code in SUPPORTED}


def register(code: str, module: str) -> None:
    """Make the language `code` available from the module named `module`, which builds its `LANGUAGE`
    as the folders of `extractor/lang/` do (`base.from_modules`)."""
    _MODULES[code] = module
    get.cache_clear()
    joined.cache_clear()


def available() -> tuple[str, ...]:
    """Every language `get` can give: those shipped and those registered."""
    return tuple(_MODULES)


@lru_cache(maxsize=None)
def get(code: str) -> LanguageData:
    """The `LanguageData` of an available language (imported from `extractor.lang.<code>`, or from the module
    it was registered with)."""
    if code not in _MODULES:
        raise UsageError(f"language {code!r} is not supported (supported: {', '.join(available())})")
    return importlib.import_module(_MODULES[code]).LANGUAGE


@lru_cache(maxsize=None)
def joined(name: str) -> tuple | dict:
    """The word table `name` (`lang.base.JOINED_WORDS`, lower case) of every available language, joined in
    the order of the languages: a mapping's entries merged, a list's words once each. For what may be written
    in any language's text (an English award name in a Thai release, a Dutch medal word)."""
    tables = [get(code).extra.get(name, ()) for code in available()]
    if any(hasattr(t, "items") for t in tables):
        return {k: v for t in tables for k, v in dict(t).items()}
    return tuple(dict.fromkeys(w for t in tables for w in t))


__all__ = ["SUPPORTED", "LanguageData", "available", "get", "joined", "register"]
