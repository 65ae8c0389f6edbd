"""extractor: structured, checkable climate claims from Thai, Dutch and English press releases.

Public API:
    parse_number, find_numbers    numbers with units, scale words and qualifiers
    parse_date, find_dates        dates and years, Buddhist era resolved
    pipeline(lang)                a spaCy pipeline whose doc.spans["claims"] holds the claims

The extraction core may be compiled to C (mypyc, see `setup.py`). The compiled modules call each other
directly, so they are used all together or not at all: when one is older than its source (a source
edited or updated since the build), or `EXTRACTOR_PURE_PYTHON=1` is set, every module of the core is
imported from its source instead (`COMPILED` then says False).
"""
from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Number", "DateMention", "parse_number", "find_numbers", "parse_date", "find_dates", "pipeline",
           "COMPILED", "__version__"]


def _compiled_modules(package: Path) -> dict[str, tuple[Path, Path]]:
    """The modules of `package` built as C extensions, by name: (source file, built file)."""
    found = {}
    for built in package.rglob("*.so"):
        suffix = next((s for s in EXTENSION_SUFFIXES if built.name.endswith(s)), None)
        source = built.with_name(built.name[:-len(suffix)] + ".py") if suffix else None
        if source is not None and source.exists():
            parts = source.relative_to(package.parent).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = (source, built)
    return found


#: Seconds a source may be newer than its build and still be that build's: an installer writes a wheel's
#: files one after the other, a source maybe just after its build; an edit comes later than this.
STALE_AFTER = 5.0


class _FromSource:
    """Finds the compiled modules of the core as their sources (first on `sys.meta_path`)."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources  # by module name

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        source = self.sources.get(name)
        if source is None:
            return None
        package = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(name, source, submodule_search_locations=package)


def _choose_build(package: Path, meta_path: list[Any]) -> bool:
    """Whether the compiled core of `package` is used (see the module's docstring); else a finder of its
    sources goes first on `meta_path`."""
    built = _compiled_modules(package)
    if not built:
        return False
    pure = os.environ.get("EXTRACTOR_PURE_PYTHON", "") not in ("", "0")
    stale = [] if pure else [source for source, made in built.values()
                             if source.stat().st_mtime > made.stat().st_mtime + STALE_AFTER]
    if stale:
        warnings.warn(f"extractor: {stale[0]} is newer than its compiled build; running the plain Python code "
                      "(rebuild with `pip install -e .`, or `make`)", RuntimeWarning, stacklevel=2)
    if stale or pure:
        meta_path.insert(0, _FromSource({name: source for name, (source, _) in built.items()}))
        return False
    return True


#: Whether the extraction core runs compiled (mypyc) in this process.
COMPILED = _choose_build(Path(__file__).resolve().parent, sys.meta_path)


def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for `lang` ("th", "nl", "en") with the claims component."""
    from extractor.extract.component import pipeline as _pipeline

    return _pipeline(lang)


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import extractor` stays cheap (no spaCy, no PyThaiNLP).
    if name in ("Number", "parse_number", "find_numbers"):
        from extractor.normalize import numbers

        return getattr(numbers, name)
    if name in ("DateMention", "parse_date", "find_dates"):
        from extractor.normalize import dates

        return getattr(dates, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
