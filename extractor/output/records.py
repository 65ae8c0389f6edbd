"""Records of the output contract (docs/claims-schema.md) and its vocabularies.

This module is the one place where the vocabularies live: statuses, claim kinds,
actions, directions, qualifiers, units and the metric vocabulary. Everything
else imports them from here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from operator import attrgetter
from types import MappingProxyType
from collections.abc import Iterable, Sequence
from typing import Any, Literal

Status = Literal["ok", "skipped", "error"]
Kind = Literal["target", "percentage", "award", "quantity"]
Action = Literal["reduce", "net_zero", "carbon_neutral", "reach"]
Direction = Literal["decrease", "increase"]
Qualifier = Literal["more_than", "at_least", "about", "up_to"]
Severity = Literal["error", "warning", "info"]

STATUSES: tuple[str, ...] = ("ok", "skipped", "error")
KINDS: tuple[str, ...] = ("target", "percentage", "award", "quantity")
ACTIONS: tuple[str, ...] = ("reduce", "net_zero", "carbon_neutral", "reach")
DIRECTIONS: tuple[str, ...] = ("decrease", "increase")
QUALIFIERS: tuple[str, ...] = ("more_than", "at_least", "about", "up_to")

#: The metric vocabulary of the contract, with what each key means. Extend it
#: here (and only here); tests check that every key is documented in README.
METRICS = MappingProxyType({
    "ghg_scope1_2": "greenhouse-gas emissions of scope 1 and 2 (own operations)",
    "ghg_scope3": "scope 3 emissions (indirect, up- and downstream)",
    "ghg_scope1_2_3": "scope 1, 2 and 3 emissions together",
    "ghg_total": "greenhouse-gas or carbon emissions, scope not stated",
    "ghg_value_chain": "emissions across the whole value chain or supply chain",
    "product_emissions": "emissions of products sold or over the product life cycle",
    "emission_intensity": "emissions per unit (of revenue, product, traffic...)",
    "energy_intensity": "energy use per unit",
    "electricity_saving": "electricity or energy saved",
    "power_consumption": "electricity or energy consumed",
    "renewable_share": "share of renewable or green energy",
    "solar_capacity": "installed solar (photovoltaic) capacity",
    "temperature_limit": "a global warming limit such as 1.5 °C",
    "air_freight": "share or volume of air freight",
    "investment": "money invested or committed",
    "ranking": "a position in a ranking (top 4%)",
    "water": "water withdrawal or consumption",
    "waste": "waste generated, recycled or sent to landfill",
    "other": "anything else",
})

#: Canonical units; currencies are ISO 4217 codes.
UNITS: tuple[str, ...] = ("%", "pp", "kWh", "kW", "t", "°C", "CNY", "USD", "EUR", "THB", "GBP", "JPY",
                          "other ISO 4217 codes (NOK, SEK, CHF, ...)")

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "sha256", "status", "reason", "lang", "lang_confidence", "encoding",
    "title", "published", "subject", "n_claims", "story_id", "size_bytes", "company_id",
)
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id", "doc_id", "lang", "kind", "subject", "metric", "action", "direction",
    "value", "unit", "qualifier", "target_year", "baseline_year", "period_year",
    "award", "issuer", "grade", "streak", "text", "start", "end", "mentions", "rule",
    "value_text", "ambiguous", "resolvers", "period_year_source", "company_id",
)
#: The `companies` table (`companies.link`): one row per company of a batch.
COMPANY_COLUMNS: tuple[str, ...] = ("company_id", "name", "names", "listings", "doc_ids")
FINDING_COLUMNS: tuple[str, ...] = (
    "finding_id", "check", "severity", "doc_ids", "claim_ids", "message",
)
#: The decoded text of each `ok` document: what the claims' `start`/`end` index.
TEXT_COLUMNS: tuple[str, ...] = ("doc_id", "text")


def stable_id(*parts: Any, length: int = 16) -> str:
    """A short hex id that depends only on `parts` (same input, same id).

    >>> stable_id("a.txt", "target", 52.0)
    '09b796f439bbe301'
    """
    joined = "\x1f".join(["" if p is None else repr(p) for p in parts])
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Document:
    """One row of the `documents` table."""

    doc_id: str
    sha256: str | None
    status: Status
    reason: str | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    subject: str | None = None
    n_claims: int = 0
    story_id: str | None = None
    size_bytes: int | None = None
    company_id: str | None = None

    def to_row(self) -> dict[str, Any]:
        return dict(zip(DOCUMENT_COLUMNS, _document_values(self)))

    def with_company(self, company_id: str | None) -> Document:
        """This document with `company_id` set (`companies.link`)."""
        values = list(_document_values(self))
        values[_COMPANY] = company_id
        return _new_document(*values)

    def with_story(self, story_id: str | None) -> Document:
        """This document with `story_id` set (`dataclasses.replace`, in two thirds of its time)."""
        values = list(_document_values(self))
        values[_STORY] = story_id
        return _new_document(*values)

    def __reduce__(self):  # pickled for workers: rebuilt slot by slot, not through `__setstate__`
        return _new_document, _document_values(self)


@dataclass(frozen=True, slots=True)
class Claim:
    """One row of the `claims` table."""

    claim_id: str
    doc_id: str
    lang: str
    kind: Kind
    text: str
    start: int
    end: int
    rule: str
    subject: str | None = None
    metric: str | None = None
    action: str | None = None
    direction: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    target_year: int | None = None
    baseline_year: int | None = None
    period_year: int | None = None
    award: str | None = None
    issuer: str | None = None
    grade: str | None = None
    streak: int | None = None
    mentions: int = 1
    value_text: str | None = None
    ambiguous: str | None = None
    #: JSON object naming the resolver that decided each attribute (`extract/resolve.py`)
    resolvers: str | None = None
    #: awards: whether `period_year` (the scoring year) is "stated" in the release or "inferred"
    period_year_source: str | None = None
    #: the company of its document (`documents.company_id`), set once the batch's companies are linked
    company_id: str | None = None

    def to_row(self) -> dict[str, Any]:
        return dict(zip(CLAIM_FIELDS, _claim_values(self)))


#: `Claim`'s fields in the order its constructor takes them (the table's order is `CLAIM_COLUMNS`).
CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_claim_values = attrgetter(*CLAIM_FIELDS)
_document_values = attrgetter(*DOCUMENT_COLUMNS)
_STORY = DOCUMENT_COLUMNS.index("story_id")
_COMPANY = DOCUMENT_COLUMNS.index("company_id")


def _slot_maker(cls: type) -> Any:
    """`cls(*values)` for a frozen, slotted dataclass without `__post_init__`, each slot set through
    its descriptor instead of `object.__setattr__` (the same frozen object in half the time)."""
    new, slots = object.__new__, tuple(getattr(cls, f.name).__set__ for f in fields(cls))

    def make(*values: Any) -> Any:
        made: Any = new(cls)
        for put, value in zip(slots, values, strict=True):
            put(made, value)
        return made

    make.__qualname__ = make.__name__ = f"_new_{cls.__name__.lower()}"
    return make


_new_document = _slot_maker(Document)
_new_claim = _slot_maker(Claim)


def claims_from_values(rows: Iterable[Sequence[Any]]) -> list[Claim]:
    """`[Claim(*values) for values in rows]`, in half the time (see `_slot_maker`); the claims are the
    same, and as frozen (`Claim` has no `__post_init__` to skip)."""
    return [_new_claim(*values) for values in rows]


def make_finding(check: str, severity: str, claims: Iterable[Claim], message: str,
                 doc_ids: Iterable[str] | None = None, about: Claim | None = None) -> Finding:
    """A finding whose id depends only on its check, documents and claims (same input, same id), and on the
    claim it is `about` when a check may question each of the same claims in turn (two streaks that
    contradict each other are two findings, each about its own streak)."""
    claims = sorted(claims, key=lambda c: (c.doc_id, c.start))
    docs = tuple(sorted(set(doc_ids if doc_ids is not None else (c.doc_id for c in claims))))
    ids = tuple(c.claim_id for c in claims)
    key = (check, docs, ids) if about is None else (check, docs, ids, about.claim_id)
    return Finding(finding_id=stable_id(*key), check=check, severity=severity,  # type: ignore[arg-type]
                   doc_ids=docs, claim_ids=ids, message=message)


@dataclass(frozen=True, slots=True)
class Finding:
    """One row of the `findings` table."""

    finding_id: str
    check: str
    severity: Severity
    doc_ids: tuple[str, ...] = field(default_factory=tuple)
    claim_ids: tuple[str, ...] = field(default_factory=tuple)
    message: str = ""

    def to_row(self) -> dict[str, Any]:
        row = dict(zip(FINDING_COLUMNS, _finding_values(self)))
        row["doc_ids"] = list(self.doc_ids)
        row["claim_ids"] = list(self.claim_ids)
        return row

    def __reduce__(self):  # as `Document`'s
        return _new_finding, _finding_values(self)


_finding_values = attrgetter(*FINDING_COLUMNS)
_new_finding = _slot_maker(Finding)
assert tuple(f.name for f in fields(Document)) == DOCUMENT_COLUMNS
assert tuple(f.name for f in fields(Finding)) == FINDING_COLUMNS
