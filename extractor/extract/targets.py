"""Targets: commitments with a value and a year ("52% tegen 2030"), and net-zero or
carbon-neutral pledges with or without a year."""
from __future__ import annotations

from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence
from extractor.extract.rules import rule_id
from extractor.normalize.numbers import Number

#: How far right of a percentage its target year may stand ("100% ในพื้นที่ทำงานของ บริษัท ภายในปี 2573").
TARGET_YEAR_REACH = 90


def baseline_year(s: Sentence, lo: int, hi: int) -> int | None:
    """A base year between `lo` and `hi`: 'ten opzichte van 2019', 'a 2019 base year'."""
    found = s.year_after_cue("baseline", lo, hi)
    if found is not None:
        return found.year
    for d in s.dates:
        if lo <= d.start and d.end <= hi and d.grain == "year" and s.find("baseline_after", d.end, d.end + 16):
            after = s.find("baseline_after", d.end, d.end + 16)[0]
            if s.text[d.end - s.start:after[0] - s.start].strip() in ("", "-"):
                return d.year
    return None


def value_target(s: Sentence, n: Number, previous: Draft | None) -> Draft | None:
    """The percentage `n` as the value of a target, or None when it is a reported figure."""
    lo = s.left_window(n.start)
    reach = min(s.end, n.end + TARGET_YEAR_REACH)
    for other in s.numbers:
        if other.start >= n.end:
            reach = min(reach, other.start)
            break
    year = s.year_after_cue("target_year", n.end, reach)
    if year is None:
        year = s.year_after_cue("target_year", s.start, n.start, last=True)
        if year is not None and not s.has("commit", s.start, n.start):
            year = None
    rule = "target.value_by_year"
    if year is None:
        reduces = s.has("reduce", lo, n.start) or s.has("reduce", n.end, s.right_window(n.end))
        if previous is not None or not (s.has("commit", s.start, n.start) and reduces):
            return None
        if s.period_year(n.start) is not None:
            return None
        rule = "target.value_committed"
    clause_end = s.right_window(n.end)
    metric = s.metric(lo, year.end if year and year.start > n.end else clause_end, anchor=n.end, reach=None)
    clause_start = s.clause_start(n.start, lo)
    if s.has("reduce", clause_start, n.end) or s.has("reduce", n.end, clause_end):
        action = "reduce"
    elif metric is None and previous is not None and previous.kind == "target":
        action = previous.action  # "52% tegen 2030, met 90% tegen 2040": the second shares the first's verb
    else:
        action = "reach"
    if metric is None and previous is not None and previous.kind == "target":
        metric = previous.metric
    return Draft(
        kind="target", rule=rule_id(s.code, rule), start=n.start, end=n.end, sentence=(s.start, s.end),
        lang=s.code, metric=metric or "other", action=action, value=n.value, unit=n.unit,
        qualifier=n.qualifier, target_year=year.year if year else None,
        baseline_year=baseline_year(s, n.end, min(s.end, reach + 60)) or baseline_year(s, lo, n.start),
        value_text=n.text, ambiguous=n.reason,
    )


def pledge_targets(s: Sentence) -> list[Draft]:
    """Net-zero and carbon-neutral pledges in a sentence, with their year when one is given."""
    phrases = sorted([(span, "net_zero") for span in s.find("net_zero")]
                     + [(span, "carbon_neutral") for span in s.find("carbon_neutral")])
    drafts: list[Draft] = []
    for i, ((start, end), action) in enumerate(phrases):
        if drafts and start < drafts[-1].end:
            continue  # "klimaatneutraal en netto nul": one pledge
        right = min(s.end, end + 120, phrases[i + 1][0][0] if i + 1 < len(phrases) else s.end)
        for n in s.numbers:
            if n.start >= end:
                right = min(right, n.start)
                break
        left = s.left_window(start)
        for d in s.dates:
            if d.end <= start:
                left = max(left, d.end)
        year = s.year_after_cue("target_year", end, right)
        if year is None:
            year = s.year_after_cue("target_year", s.left_window(start), start)
        year_right = year is not None and year.start >= end
        metric_end = year.end if year_right else min(right, end + 60)
        metric = s.metric(left, metric_end, anchor=end, reach=None) or "ghg_total"
        if year is not None:
            rule = "target.net_zero_by_year" if action == "net_zero" else "target.carbon_neutral_by_year"
        else:
            rule = "target.net_zero_open"
        confirmed = year is not None or s.has("target_noun", max(s.start, start - 60), min(s.end, end + 60))
        drafts.append(Draft(
            kind="target", rule=rule_id(s.code, rule), start=min(start, year.start) if year else start,
            end=max(end, year.end) if year else end,
            sentence=(s.start, s.end), lang=s.code, metric=metric, action=action,
            target_year=year.year if year else None, generic=not confirmed,
        ))
    return drafts
