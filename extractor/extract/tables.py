"""Tables flattened into text: a heading line with the year and, in brackets, the unit ("Uitstoot 2023 (ton CO2)",
"ข้อมูลการปล่อยก๊าซเรือนกระจก ปี 2567 (ตันคาร์บอนไดออกไซด์เทียบเท่า)"), then rows "label: number" whose numbers carry
no unit of their own ("Scope 1 en 2: 184.000"). Each row is an amount in the heading's unit, of the heading's year,
measuring what its label names.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence
from extractor.extract.quantities import UNIT_METRIC, UNIT_METRICS
from extractor.extract.resolve import resolver
from extractor.extract.rules import rule_id
from extractor.normalize.numbers import find_numbers

#: A unit in brackets at the end of a heading line: "(ton CO2)".
_RE_UNIT = regex.compile(r"\((\p{L}[^():]{0,59})\)\s*$")
#: A row: a short label, a colon, and the number.
_RE_ROW = regex.compile(r"\s*([^:\n]{1,40}):\s*$")
#: The longest heading line read.
HEADING_CHARS = 120


@dataclass(frozen=True)
class Heading:
    """What a table's heading gives its rows: the unit and how much one of the row's numbers is in it, the
    year, and what the heading names (the rows' metric when their label names none)."""

    unit: str
    scale: float
    year: int | None
    metric: str | None


def heading(s: Sentence) -> Heading | None:
    """The heading a line gives the rows under it, or None: a short line with no figure, a unit in brackets at its
    end (not a percentage), at most one year."""
    text = s.text.strip()
    m = _RE_UNIT.search(text)
    years = [d for d in s.dates if d.grain == "year"]
    if m is None or len(text) > HEADING_CHARS or s.figures() or len(years) > 1:
        return None
    unit = find_numbers(f"1 {m.group(1)}", s.lang_data)
    if len(unit) != 1 or unit[0].unit in (None, "%", "pp"):
        return None
    metric = s.metric(s.start, s.end, anchor=s.end, reach_right=None, allowed=UNIT_METRICS.get(unit[0].unit or ""))
    return Heading(unit[0].unit or "", unit[0].value, years[0].year if years else None, metric)


@resolver("quantity.unit.table_heading", "a row 'label: number' under a heading with the year and the unit in "
          "brackets is an amount in that unit, of that year: 'Uitstoot 2023 (ton CO2)' / 'Scope 3: 512.000'")
def row(s: Sentence, head: Heading) -> Draft | None:
    """The amount of a row under `head`, or None when `s` is no row (then the table is over)."""
    figures = s.figures()
    if len(figures) != 1 or figures[0].unit is not None or s.text[figures[0].end - s.start:].strip(" .;"):
        return None
    n = figures[0]
    if not _RE_ROW.fullmatch(s.text, 0, n.start - s.start):
        return None
    metric = s.metric(s.start, n.start, anchor=n.start, allowed=UNIT_METRICS.get(head.unit)) or head.metric \
        or UNIT_METRIC.get(head.unit, "other")
    why = {"unit": row.id, "period_year": row.id, "metric": row.id if head.metric == metric else "quantity.metric.keyword"}
    return Draft(kind="quantity", rule=rule_id(s.code, "quantity.unit"), start=n.start, end=n.end,
                 sentence=(s.start, s.end), lang=s.code, metric=metric, value=n.value * head.scale, unit=head.unit,
                 qualifier=n.qualifier, period_year=head.year, value_text=n.text, ambiguous=n.reason, why=why)


class Tables:
    """The flattened tables of a release, read sentence by sentence: `read` gives a row's amount."""

    def __init__(self) -> None:
        self.head: Heading | None = None

    def read(self, s: Sentence) -> list[Draft]:
        found = row(s, self.head) if self.head is not None else None
        if found is not None:
            return [found]
        self.head = heading(s)
        return []
