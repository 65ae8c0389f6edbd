"""`Draft`: a claim while it is being built, before merging and ids."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Draft:
    """One mention of a claim. Mutable: extractors fill it in, `merge` folds mentions together."""

    kind: str
    rule: str
    start: int
    end: int
    sentence: tuple[int, int]
    lang: str
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
    value_text: str | None = None
    ambiguous: str | None = None
    #: A mention that only names its issuer ("de toprangschikking van CDP"); it folds into a fuller one.
    generic: bool = False
    #: An earlier level set against the figure before it ("up from 74% a year earlier"): of another year than
    #: that figure, so it takes no year from its paragraph.
    earlier: bool = False
    #: Awards: whether `period_year` is written ("stated") or inferred from the issuer's calendar ("inferred").
    period_year_source: str | None = None
    mentions: int = 1
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: The resolvers that decided its attributes, by attribute ("target_year": "target.target_year.after_cue").
    why: dict[str, str] = field(default_factory=dict)
