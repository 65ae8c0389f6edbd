"""The pipeline, declared once: a `Release` that its `STAGES` read and fill, in order.

    language -> dateline -> sentences -> subject -> cues -> normalise -> extract -> claims

Every entry point runs these same stages: the batch runner (`runner.process_files`, a chunk of
releases stage by stage), the public one-call API (`extractor.extract_claims`) and the spaCy
component (`extractor.extract.component`). Entry points differ only in what they know beforehand:
a language or publication date given by the caller is taken as given, and the stages that would
read it leave it alone.

>>> release = run(Release("ZTE wil de uitstoot tegen 2030 met 52% verminderen.", lang="nl"))
>>> [(c.kind, c.value, c.target_year) for c in release.claims]
[('target', 52.0, 2030)]

A stage raises `SkipDocument` when a release cannot go on (no language to tell, an unsupported one);
the runner turns that into the release's `documents` row.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extractor import lang as languages
from extractor.errors import SkipDocument
from extractor.language import MIN_LETTERS, detect_all, sentence_langs


@dataclass(slots=True)
class Release:
    """One release as the stages see it. `text` is what claim offsets index; `body` is the same string
    with a scraper header blanked out (same length), which the stages read."""

    text: str
    doc_id: str = "text"
    body: str = ""
    title: str | None = None
    #: given by the caller (then taken as it is) or told by the `language` stage
    lang: str | None = None
    lang_confidence: float | None = None
    #: publication date (ISO, maybe a month or a year only): given, or read by the `dateline` stage
    published: str | None = None
    #: dates a scraper header or the HTML metadata gave (`ingest`), which a dateline refines
    header_date: str | None = None
    html_date: str | None = None
    sentences: list[tuple[int, int, str]] = field(default_factory=list)
    subject: str | None = None
    #: the company's identity in this release (`companies.find_company`), linked across a batch later
    company_id: str | None = None
    claims: list[Any] = field(default_factory=list)
    #: what one stage hands the next (the language reading, the prepared text, the read sentences, drafts)
    work: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.body:
            self.body = self.text

    @property
    def reference(self) -> dt.date | None:
        """The publication date as a day ("2024-05" -> 2024-05-01), against which "next year" is read."""
        if not self.published:
            return None
        parts = [int(p) for p in self.published.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def language(r: Release) -> None:
    """The release's language (unless given) and what was read to tell it, for the sentences' votes."""
    detected, confidence, reading = detect_all(r.body)
    r.work["reading"] = reading
    if r.lang is not None:
        languages.get(r.lang)  # a clear error for an unsupported language given by the caller
        r.lang_confidence = 1.0
        return
    r.lang, r.lang_confidence = detected, confidence
    if detected is None:
        raise SkipDocument(f"too little text to tell its language (fewer than {MIN_LETTERS} letters)")
    if detected not in languages.SUPPORTED:
        raise SkipDocument(f"language {detected} is not supported (supported: {', '.join(languages.SUPPORTED)})")


def dateline(r: Release) -> None:
    """Publication date (unless given): a dateline in the text, else the scraper header, else the HTML
    metadata, else a dateline without its year or a date with its weekday in the lead (`published`). A
    dateline refines a header that gives only the month ("2024-05" -> "2024-05-06")."""
    if r.published is not None:
        return
    from extractor.dateline import read_published

    r.published, _ = read_published(r.body, r.lang, r.header_date or r.html_date)


def sentences(r: Release) -> None:
    """Sentence spans, each with its own language (a Thai release may quote an English sentence)."""
    spans = list(languages.get(r.lang).split_sentences(r.body))
    codes = sentence_langs(r.body, spans, default=r.lang, supported=languages.SUPPORTED, reading=r.work.pop("reading"))
    r.sentences = [(a, b, code) for (a, b), code in zip(spans, codes)]


def subject(r: Release) -> None:
    """The release's own company (its names in every script, its listings), whose name gives no cues to
    the extractors."""
    from extractor.companies import find_company

    company = find_company(r.body, title=r.title)
    r.subject, r.company_id = company.subject, company.identity


def cues(r: Release) -> None:
    """The lists a release is searched for (award and pledge cues, issuers), found once in all of it."""
    from extractor.extract import prepare

    r.work["prepared"] = prepare(r.body, r.sentences, subject=r.subject)


def normalise(r: Release) -> None:
    """Numbers and dates of every sentence, read against the publication date."""
    from extractor.extract import read_sentences

    r.work["read"] = read_sentences(r.work["prepared"], r.reference)


def extract(r: Release) -> None:
    """Claim drafts of the read sentences: targets, percentages, quantities, awards, merged."""
    from extractor.extract import extract_sentences

    r.work["drafts"] = extract_sentences(r.work.pop("prepared"), r.work.pop("read"), lang=r.lang)


def claims(r: Release) -> None:
    """Drafts -> rows of the claims table, with stable ids and their evidence from `text`."""
    from extractor.extract import to_claims

    r.claims = to_claims(r.work.pop("drafts"), doc_id=r.doc_id, text=r.text, subject=r.subject)


Stage = Callable[[Release], None]

#: The pipeline: every entry point runs these, in this order.
STAGES: tuple[Stage, ...] = (language, dateline, sentences, subject, cues, normalise, extract, claims)


def run(release: Release, stages: tuple[Stage, ...] = STAGES) -> Release:
    """`release` through `stages`, one after the other."""
    for stage in stages:
        stage(release)
    return release


def extract_claims(text: str, lang: str | None = None, *, published: str | dt.date | None = None,
                   title: str | None = None) -> list[Any]:
    """The claims of one release (`records.Claim` rows, in the order of the text).

    `lang` ("en", "nl", "th") is told from the text when not given; `published` (an ISO date, or a
    `datetime.date`) is read from a dateline when not given; it decides which years are still to
    come. Raises `SkipDocument` when the text's language cannot be told or is not supported.

    >>> import extractor
    >>> [(c.kind, c.value, c.unit, c.target_year) for c in extractor.extract_claims(
    ...     "Northwind will cut its emissions by 42% by 2030 against 2019.", "en")]
    [('target', 42.0, '%', 2030)]
    """
    if isinstance(published, dt.date):
        published = published.isoformat()
    return run(Release(text, lang=lang, published=published, title=title)).claims
