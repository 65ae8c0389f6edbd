"""Targets written as a list under a lead-in (issue 32): "By 2030, Harwick Foods will:" and the items under
it ("- cut scope 3 emissions from farming by 28%;"), "heeft zich voor 2030 de volgende doelen gesteld:",
"ภายในปี 2573 บริษัทฯ จะ" followed by "1) ...". Each item is read as a sentence of its own, where its figure has
no commitment and no year; the lead-in gives both. The year may also follow the list, in a line that names
its items ("Alle doelen gelden voor 2030, met 2020 als basisjaar").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence
from extractor.extract.percentages import period_cue
from extractor.extract.resolve import resolver
from extractor.extract.rules import rule_id
from extractor.extract.targets import baseline_year

#: An item of a list: a dash, a bullet or a number with a bracket or a full stop, at the start of its line.
_RE_ITEM = regex.compile(r"\s*(?:[-–—•▪●◦*]|\(?\d{1,2}[.)]|\(?[a-z]\))(?:\s|$)")
#: A marker read as a sentence of its own ("1." before "Reduce absolute scope 1 and 2 ..."): the next is the item.
_RE_BARE_MARKER = regex.compile(r"\s*(?:[-–—•▪●◦*]|\(?\d{1,2}[.)]|\(?[a-z]\))\s*$")
#: What a lead-in ends with: a colon, or a verb of commitment it leaves open ("will", "จะ").
_RE_LEAD_END = regex.compile(r":\s*$")


def is_item(s: Sentence) -> bool:
    """Whether `s` is an item of a list (it opens with a dash, a bullet or '1)')."""
    return _RE_ITEM.match(s.text) is not None


def _lead_year(s: Sentence) -> int | None:
    """The year a lead-in gives its items: one still to come, after a target-year or period word ("By 2030",
    "voor 2030", "ภายในปี 2573"), or right before a goal noun ("sets 2030 targets"); never a base year."""
    for d in s.dates:
        if d.grain != "year" or s.cue_before(d, "baseline") or (s.reference is not None and d.year <= s.reference.year):
            continue
        if s.cue_before(d, "target_year") or s.cue_before(d, "period") or s.has("target_noun", d.end, d.end + 3):
            return d.year
    return None


def _opens_list(s: Sentence) -> bool:
    """Whether `s` leads a list in: no figure, and a commitment or goal noun before a colon at its end, or a
    commitment at its end (the colon is looked for first: without it, no goal noun need be)."""
    if s.figures():
        return False
    if _RE_LEAD_END.search(s.text):
        return s.has("commit") or s.has("target_noun")
    commits = s.find("commit")
    return bool(commits) and not s.text[commits[-1][1] - s.start:].strip()


@dataclass
class ListScope:
    """An open list: the year and base year its lead-in gave, and the drafts of its items so far."""

    year: int | None
    baseline: int | None
    #: the resolver that gave the year (the lead-in's, or the line's after the list)
    why: str = "target.target_year.list_lead"


def lead_in(s: Sentence) -> ListScope | None:
    """The scope a lead-in sentence opens, or None when `s` is no lead-in."""
    if not _opens_list(s):
        return None
    return ListScope(_lead_year(s), baseline_year(s, s.start, s.end))


def _due_in_list(d: Draft) -> bool:
    """An amount (not a temperature limit) or a yearless target in an item: due in the list's year."""
    if d.kind == "quantity":
        return d.metric != "temperature_limit"
    return d.kind == "target" and d.value is not None and d.target_year is None


@resolver("target.target_year.list_lead", "an item of a list under a lead-in with a commitment takes the lead-in's "
          "year: 'By 2030, Acme will: - cut scope 3 emissions by 28%;' (also a year in the line after the list "
          "that names its items: 'Alle doelen gelden voor 2030')")
def as_listed_target(d: Draft, s: Sentence, scope: ListScope) -> Draft:
    """An item's figure as the target the lead-in commits to: a percentage becomes a target, an amount is due in
    the lead-in's year."""
    if _due_in_list(d):
        d.target_year, d.period_year = d.target_year or scope.year, None
        d.why["target_year"] = scope.why
        d.why.pop("period_year", None)
        return d
    if d.kind != "percentage" or d.earlier or d.metric == "ranking" or d.why.get("period_year") == period_cue.id:
        return d  # (a level of a year gone by in an item: "from 41% in 2021 to 100% by 2030")
    reduces = d.direction == "decrease" or s.has("reduce", s.start, s.end)
    why = {k: v for k, v in d.why.items() if k in ("metric", "baseline_year")}
    why.update(target_year=scope.why, action=as_listed_target.id)
    return Draft(kind="target", rule=rule_id(s.code, "target.value_by_year"), start=d.start, end=d.end,
                 sentence=d.sentence, lang=d.lang, metric=d.metric, action="reduce" if reduces else "reach",
                 value=d.value, unit=d.unit, qualifier=d.qualifier, target_year=scope.year,
                 baseline_year=d.baseline_year or scope.baseline, value_text=d.value_text, ambiguous=d.ambiguous,
                 why=why)


@resolver("target.target_year.list_after", "the year of a list's items written in the line after it that names them: "
          "'Alle doelen gelden voor 2030, met 2020 als basisjaar', 'All targets are for 2030'")
def year_after_list(s: Sentence) -> tuple[int, int | None] | None:
    """The year (and base year) the line right after a list gives its items, when it names them."""
    if s.figures() or not s.has("list_targets"):
        return None
    year = next((d for d in s.dates if d.grain == "year" and not s.cue_before(d, "baseline")
                 and not s.has("baseline_after", d.end, d.end + 16)), None)
    return None if year is None else (year.year, baseline_year(s, s.start, s.end))


class Lists:
    """The lists of a release, read sentence by sentence (`read`, before the sentence's drafts join `drafts`): a
    lead-in opens one, its items are kept, and the first sentence that is no item closes it (`close`)."""

    def __init__(self, drafts: list[Draft], same_period: Callable[[Sentence, list[Draft], list[Draft]], None]) -> None:
        self.drafts, self.same_period = drafts, same_period
        self.scope: ListScope | None = None
        #: the open list's items: each item's sentence and where its drafts start in `drafts`
        self.items: list[tuple[Sentence, int]] = []
        #: whether the sentence before was a bare item marker ("1.")
        self.bare = False

    def read(self, s: Sentence) -> None:
        bare, self.bare = self.bare, _RE_BARE_MARKER.match(s.text) is not None
        if self.scope is not None and (is_item(s) or bare):
            self.items.append((s, len(self.drafts)))
            return
        self.close(s)
        self.scope = lead_in(s)

    def close(self, s: Sentence | None) -> None:
        """The open list is over at `s` (None: at the end of the release)."""
        if self.scope is not None:
            close(self.scope, s, self.items, self.drafts, self.same_period)
        self.scope, self.items = None, []


def close(scope: ListScope, s: Sentence | None, items: list[tuple[Sentence, int]], drafts: list[Draft],
          same_period: Callable[[Sentence, list[Draft], list[Draft]], None]) -> None:
    """The list is over at `s` (None: at the end of the release): its items become targets, with the year of the
    lead-in or of `s` when that names them. `items`: each item's sentence and where its drafts start in `drafts`;
    `same_period`: how an item "over the same period" takes the years of the target before it."""
    after = year_after_list(s) if s is not None and scope.year is None else None
    if after is not None:
        scope.year, scope.baseline, scope.why = after[0], scope.baseline or after[1], year_after_list.id
    for k, (item, begin) in enumerate(items):
        stop = items[k + 1][1] if k + 1 < len(items) else len(drafts)
        for i in range(begin, stop):
            drafts[i] = as_listed_target(drafts[i], item, scope)
        same_period(item, drafts[begin:stop], drafts[:begin])
