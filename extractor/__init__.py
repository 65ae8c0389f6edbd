"""extractor: structured, checkable climate claims from Thai, Dutch and English press releases.

Public API:
    parse_number, find_numbers    numbers with units, scale words and qualifiers
    parse_date, find_dates        dates and years, Buddhist era resolved
    extract_claims(text, lang)    the claims of one release (the batch runner's pipeline, one call)
    pipeline(lang)                a spaCy pipeline whose doc.spans["claims"] holds the claims
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Number", "DateMention", "parse_number", "find_numbers", "parse_date", "find_dates", "extract_claims",
           "pipeline",
           "__version__"]


def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for `lang` ("th", "nl", "en") with the claims component."""
    from extractor.extract.component import pipeline as _pipeline

    return _pipeline(lang)


def __getattr__(name: str) -> Any:
    if name == "extract_claims":
        from extractor.stages import extract_claims

        return extract_claims
    # Imported lazily so that `import extractor` stays cheap (no spaCy, no PyThaiNLP).
    if name in ("Number", "parse_number", "find_numbers"):
        from extractor.normalize import numbers

        return getattr(numbers, name)
    if name in ("DateMention", "parse_date", "find_dates"):
        from extractor.normalize import dates

        return getattr(dates, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
