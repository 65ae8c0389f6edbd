"""Tables flattened into text.

- A heading line with the year and, in brackets, the unit ("Uitstoot 2023 (ton CO2)", "ข้อมูลการปล่อยก๊าซเรือนกระจก
  ปี 2567 (ตันคาร์บอนไดออกไซด์เทียบเท่า)"), then rows "label: number" whose numbers carry no unit of their own
  ("Scope 1 en 2: 184.000"). Each row is an amount in the heading's unit, of the heading's year, measuring what its
  label names.
- A header of cells ("Sector | Metric | 2030 target", tabs alike) one of which names a target and its year, then
  rows of as many cells: the percentage in that column is a target due that year ("Cement | t CO2e per tonne |
  -18%": cut 18% by 2030), measuring what the cells before it name.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence
from extractor.extract.quantities import UNIT_METRIC, UNIT_METRICS
from extractor.extract.resolve import resolver
from extractor.extract.rules import rule_id
from extractor.extract.targets import baseline_year
from extractor.normalize.numbers import find_numbers

#: A unit in brackets at the end of a heading line: "(ton CO2)".
_RE_UNIT = regex.compile(r"\((\p{L}[^():]{0,59})\)\s*$")
#: A row: a short label, a colon, and the number.
_RE_ROW = regex.compile(r"\s*([^:\n]{1,40}):\s*$")
#: The longest heading line read.
HEADING_CHARS = 120
#: What separates the cells of a table row flattened into a line.
_RE_CELL_SEP = regex.compile(r"[ ]*[|\t][ ]*")


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


@dataclass(frozen=True)
class TargetColumn:
    """A column of a flattened table whose header names a target and its year: its index, the row's number of
    cells, the year."""

    column: int
    cells: int
    year: int
    #: the base year the header or the line before it gives all of them ("all against a 2021 baseline")
    baseline: int | None = None


def _cells(s: Sentence) -> list[tuple[int, int]]:
    """The cells of a line read as a table row (document offsets); one cell when it has no separator."""
    if "|" not in s.text and "\t" not in s.text:
        return [(s.start, s.end)]
    cuts = [(m.start() + s.start, m.end() + s.start) for m in _RE_CELL_SEP.finditer(s.text)]
    starts = [s.start, *(b for _, b in cuts)]
    ends = [*(a for a, _ in cuts), s.end]
    return list(zip(starts, ends))


def target_column(s: Sentence, before: Sentence | None = None) -> TargetColumn | None:
    """The target column a header line of cells opens, or None: no figure in the line, and one cell naming a
    target (cue `target_noun`) with one year: "2030 target", "Doel 2030", "เป้าหมายปี 2573". Its base year is
    the one the header names, else the one the line `before` it names ("The targets, all against a 2021
    baseline, are:")."""
    cells = _cells(s)
    if len(cells) < 2 or s.figures():
        return None
    baseline = baseline_year(s, s.start, s.end)  # "Doel 2030 (t.o.v. 2019)"
    for i, (a, b) in enumerate(cells):
        years = [d for d in s.dates if a <= d.start and d.end <= b and d.grain == "year" and d.year != baseline]
        if len(years) == 1 and s.has("target_noun", a, b):
            if baseline is None and before is not None:
                baseline = baseline_year(before, before.start, before.end)
            return TargetColumn(i, len(cells), years[0].year, baseline)
    return None


@resolver("target.table_column", "a percentage in a table column headed by a target and its year is that target: "
          "'Sector | Metric | 2030 target' / 'Cement | t CO2e per tonne of cement | -18%'")
def column_target(s: Sentence, column: TargetColumn) -> Draft | None:
    """The target of a row under `column`, or None when `s` is no row of as many cells (then the table is over)."""
    cells = _cells(s)
    if len(cells) != column.cells:
        return None
    a, b = cells[column.column]
    figures = [n for n in s.figures() if a <= n.start and n.end <= b]
    if len(figures) != 1 or figures[0].unit != "%":
        return None
    n = figures[0]
    reduces = n.value < 0 or s.has("reduce", a, b) or s.has("decrease", a, b)
    named = s.metric(s.start, a, anchor=a, reach_right=None)  # in the cells before the figure's
    why = {"target_year": column_target.id, "action": column_target.id,
           **({"baseline_year": column_target.id} if column.baseline is not None else {}),
           "metric": "target.metric.keyword" if named else "target.metric.other"}
    metric = named or "other"
    return Draft(kind="target", rule=rule_id(s.code, "target.table_column"), start=n.start, end=n.end,
                 sentence=(s.start, s.end), lang=s.code, metric=metric, action="reduce" if reduces else "reach",
                 value=abs(n.value), unit="%", qualifier=n.qualifier, target_year=column.year,
                 baseline_year=column.baseline, value_text=n.text,
                 ambiguous=n.reason, why=why)


class Tables:
    """The flattened tables of a release, read sentence by sentence: `read` gives a row's amount or target."""

    def __init__(self) -> None:
        self.head: Heading | None = None
        self.column: TargetColumn | None = None
        self.before: Sentence | None = None

    def read(self, s: Sentence, found: list[Draft]) -> list[Draft]:
        """The drafts of `s`: those `found` by the extractors, a row's target in place of the figure it reads,
        and a row's amount."""
        if self.column is not None:
            target = column_target(s, self.column)
            if target is not None:
                return [d for d in found if d.start != target.start] + [target]
            self.column = None
        amount = row(s, self.head) if self.head is not None else None
        if amount is not None:
            return [*found, amount]
        self.head = heading(s)
        self.column = target_column(s, self.before)
        self.before = s
        return found
