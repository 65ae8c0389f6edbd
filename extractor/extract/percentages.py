"""Percentages that are not the value of a target: changes, shares, rankings."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.extract import reach
from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS, Sentence
from extractor.extract.resolve import first, refine, resolver
from extractor.extract.rules import rule_id
from extractor.extract.targets import baseline_year
from extractor.normalize.numbers import Number

#: What a share's own clause may name anywhere right of the figure (beyond the reach `metric_right`).
FAR_SHARE_METRICS = frozenset({"renewable_share"})


def years_between(s: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """'between 2019 and 2023', 'tussen 2019 en 2023', 'ระหว่างปี 2562 ถึง 2566' right after a figure:
    (first year, last year)."""
    years = [d for d in s.dates if lo <= d.start and d.end <= hi and d.grain == "year"]
    if len(years) < 2:
        return None
    first, last = years[0], years[1]
    between = s.text[first.end - s.start:last.start - s.start]
    if s.has("range_start", reach.left(s, first.start, "range_start"), first.start) and len(between.strip()) <= 6 and first.year < last.year:
        return first.year, last.year
    return None


def sets_against(s: Sentence, n: Number, previous: Draft | None, lo: int, *, near: bool = True) -> bool:
    """Whether `n` is an earlier or other level of the figure before it in its sentence, written right
    after a word that sets the two against each other ("fell to 3.1 Mt, down from 4.4 Mt", "40% by 2030,
    against 18% today"): it measures what that figure measures, and is no change itself. The word stands
    within the reach `earlier_value` left of `n` (`near=False`: anywhere from `lo`)."""
    return previous is not None and previous.unit == n.unit and previous.sentence == (s.start, s.end) \
        and s.has("earlier_value", max(lo, reach.left(s, n.start, "earlier_value")) if near else lo, n.start)




def _baseline_past_level(s: Sentence, n: Number, period: int | None) -> int | None:
    """The base year of the change `n` written after the level it came to ("fell 11.2% to 142 kWh per
    square metre, compared with 2023"): the level's clause and the one after it are read."""
    level = next((m for m in s.numbers if m.start >= n.end), None)
    # what may stand between a change and the level it came to ("fell 11.2% to 142 kWh", "met 17 procent
    # verlaagd tot 41,3 kiloton"): the reach `level_gap`, the word for "to" right before the level
    if level is None or not reach.within(s, n.end, level.start, "level_gap") \
            or not s.has("level_to", reach.left(s, level.start, "word_before"), level.start) \
            or s.right_window(n.end, break_at_anchor=True) < level.start:
        return None
    hi = s.right_window(level.end)
    if s.text[hi - s.start:hi - s.start + 1] == ",":
        hi = s.right_window(hi)  # past the comma: ", compared with 2023"
    return baseline_year(s, level.end, hi, period=period)


def _after_verb(s: Sentence, lo: int, n: Number) -> str | None:
    """The metric named after the last verb of change before the figure `n`, which is what changed: "เดินหน้า
    พลังงานชีวมวล ลดก๊าซเรือนกระจก 18%" (biomass is what the company pursues, greenhouse gas what it cut)."""
    verbs = [end for name in ("decrease", "increase") for _, end in s.find(name, lo, n.start)]
    return s.metric(max(verbs), n.start, anchor=n.start) if verbs else None


def _share_of_its_own(s: Sentence, n: Number, lo: int) -> bool:
    """Whether `n`, after a clause word, is a share of something it names itself ("..., and 92% of its
    quarries"): it does not restate the figure before it."""
    return s.before_clause_word(lo, n.start) < n.start and s.has("share_of", n.end, reach.right(s, n.end, "next_word"))


@dataclass
class _Share:
    """A percentage being read: its sentence, the figure before it, its window (`lo`, `hi`), and what has
    been decided of it so far."""

    s: Sentence
    n: Number
    previous: Draft | None
    lo: int
    hi: int
    direction: str | None = None
    #: an earlier or other level of the figure before it ("up from 74%"): no change of its own
    earlier: bool = False

    def after_previous(self) -> bool:
        """Whether it follows the figure before it closely, with nothing but a few words between."""
        p = self.previous
        return p is not None and self.lo == p.end and reach.within(self.s, self.lo, self.n.start, "inherit")


# Its direction: the first of these that answers.

@resolver("percentage.direction.left", "a verb of change left of the figure: 'daalde met 15,6%'")
def _direction_left(f: _Share) -> str | None:
    return f.s.direction(max(f.lo, reach.left(f.s, f.n.start, "direction_left")), f.n.start, anchor=f.n.start)


@resolver("percentage.direction.right", "a verb of change in the figure's own clause: '9,7% minder'")
def _direction_right(f: _Share) -> str | None:
    return f.s.direction(f.n.end, f.hi, anchor=f.n.end)


@resolver("percentage.direction.past_comma", "a verb of change past a comma, before the next figure or clause: "
          "'42% of its power, up from 35%'")
def _direction_past_comma(f: _Share) -> str | None:
    s, n = f.s, f.n
    right = min([reach.right(s, n.end, "direction_right")] + [m.start for m in s.numbers if m.start >= n.end])
    right = s.before_clause_word(f.hi, right)  # past a comma, not into a clause of its own ("... และลด...")
    return s.direction(n.end, max(f.hi, right), anchor=n.end)


@resolver("percentage.direction.around", "a verb written around the figure: 'nam met 4,5 procent af'")
def _direction_around(f: _Share) -> str | None:
    return f.s.direction(max(f.lo, reach.left(f.s, f.n.start, "direction_left")), f.hi, anchor=f.n.start)


@resolver("percentage.direction.shared", "the direction of the change before it, written with 'by': "
          "'dropped 7% and air freight by 61%'")
def _direction_shared(f: _Share) -> str | None:
    p, s = f.previous, f.s
    if p is not None and p.kind == "percentage" and f.after_previous() and not s.find("ranking", f.lo, f.n.start) \
            and s.has("change_by", f.n.start - 6, f.n.start):
        return p.direction
    return None


@resolver("percentage.direction.sign", "with no verb of change, a figure written with a minus sign is a fall: "
          "'Water withdrawal: −3.5% versus the prior year'")
def _direction_sign(f: _Share) -> str | None:
    return "decrease" if f.n.negative and f.n.value < 0 else None


DIRECTION = (_direction_left, _direction_right, _direction_past_comma, _direction_around, _direction_shared,
             _direction_sign)


# Its metric: the keyword in its window, then readings that replace it (the last that does is recorded).

@resolver("percentage.metric.after_verb", "of a change, the metric named after the last verb of change before it: "
          "'เดินหน้าพลังงานชีวมวล ลดก๊าซเรือนกระจก 18%'")
def _metric_after_verb(metric: str | None, f: _Share) -> str | None:
    return _after_verb(f.s, f.lo, f.n) if metric is not None and f.direction is not None else None


@resolver("metric.past_counts", "with no keyword in its window, past a count to what it counts: 'Scope 1 and 2 "
          "emissions from its 14 plants decreased by 34%'")
def _metric_past_counts(metric: str | None, f: _Share) -> str | None:
    s = f.s
    if metric is None and f.previous is None and f.lo > s.start:
        return s.metric(s.left_window(f.n.start, past_counts=True), f.hi, anchor=f.n.end)
    return None


@resolver("metric.earlier_level", "an earlier level of the figure before it measures what that one measures: "
          "'at least 40% of its capacity by 2030, against 18% today'")
def _metric_earlier_level(metric: str | None, f: _Share) -> str | None:
    p = f.previous
    return p.metric if f.earlier and p is not None and p.metric not in GENERIC_METRICS else None


@resolver("percentage.metric.far_share", "a share whose clause names what it is of far right of the figure: '92% "
          "of the electricity used across its sites now comes from renewable sources'")
def _metric_far_share(metric: str | None, f: _Share) -> str | None:
    s, n = f.s, f.n
    if metric is None and f.direction is None and s.names_metric(FAR_SHARE_METRICS, n.end):
        return s.metric(n.end, s.right_window(n.end, limit="far_share"), anchor=n.end, reach_right=None,
                        allowed=FAR_SHARE_METRICS)
    return None


@resolver("metric.restated", "right after the figure before it, with no keyword of its own, the same figure "
          "again: 'fell to 0.39 t per MWh, a decrease of 6%'")
def _metric_restated(metric: str | None, f: _Share) -> str | None:
    s, n, p = f.s, f.n, f.previous
    if p is None or not f.after_previous() or p.metric == "ranking" or s.has("new_clause", f.lo, n.start) \
            or _share_of_its_own(s, n, f.lo):
        return None
    # "(Scope 1 and 2) were 6,850 tonnes CO2e, a reduction of 38%": the gas of the unit before says no more
    # than that figure
    if metric is None or (metric in GENERIC_METRICS and p.metric not in GENERIC_METRICS
                          and not s.names_metric(None, s.unit_gas_end(f.lo), n.start)):
        return p.metric
    return None


@resolver("percentage.metric.keyword", "a metric keyword in the figure's window: 'scope 1 and 2 emissions fell 9%'")
def _metric_keyword(f: _Share) -> str | None:
    return f.s.metric(f.lo, f.hi, anchor=f.n.end)


#: Metrics of several scopes together: a label of one scope inside one of their keywords ("scope 1 and scope 2:")
#: names no scope alone.
_SCOPES_TOGETHER = frozenset({"ghg_scope1_2", "ghg_scope1_2_3"})
#: How far left of a figure the label of one scope alone may end ("Scope 1: 12,000 tonnes", "(Scope 1) were"), and
#: how long the label may be ("( ขอบเขตที่ 1 )").
SCOPE_LABEL_GAP, SCOPE_LABEL_CHARS = 16, 30
#: The metric of a figure of scope 1 or scope 2 alone. The vocabulary (`records.METRICS`) has no metric of one
#: of these scopes: `ghg_scope1_2` would claim both, `ghg_total` says the scope is not stated; `other` it is.
SCOPE_ALONE_METRIC = "other"


@resolver("metric.scope_alone", "a figure right after the label of scope 1 or 2 alone measures that scope, which "
          "no metric names: 'other' ('Direct emissions (Scope 1): 12,000 tCO2e', 'Scope 2: 4,100 tonnes')")
def scope_alone(metric: str | None, f: Any) -> str | None:
    """(`f`: a percentage or an amount being read, with its sentence `s` and figure `n`.)"""
    s, n = f.s, f.n
    lo = max(s.start, n.start - SCOPE_LABEL_GAP - SCOPE_LABEL_CHARS)
    labels = [(start, end) for start, end in s.find("scope_alone", lo, n.start) if n.start - end <= SCOPE_LABEL_GAP]
    if not labels or any(m in _SCOPES_TOGETHER and a < labels[-1][1] and b > labels[-1][0]
                         for a, b, m in s.metric_words()):
        return None
    return SCOPE_ALONE_METRIC


SHARE_METRIC = (_metric_after_verb, _metric_past_counts, _metric_earlier_level, _metric_far_share, _metric_restated,
                scope_alone)


@resolver("percentage.metric.changed_against", "a change against another year with no keyword of its own, after "
          "the figure before it: 'investeerde 1,4 miljard euro ..., ruim een kwart meer dan in 2023'")
def _metric_changed_against(metric: str | None, f: _Share, baseline: int | None) -> str | None:
    s, n, p = f.s, f.n, f.previous
    if metric is None and baseline is not None and p is not None and f.lo == p.end \
            and p.metric not in GENERIC_METRICS and p.metric != "ranking" \
            and not s.names_metric(None, f.lo, n.start) and not s.has("new_clause", f.lo, n.start):
        return p.metric
    return None


@resolver("percentage.metric.other", "nothing names what the figure measures: 'other' ('the share rose to 31%')")
def _metric_other(metric: str | None, f: _Share, baseline: int | None) -> str | None:
    return "other" if metric is None else None


# Its base year: the first of these that answers.

@resolver("baseline_year.after", "a base year after a baseline cue right of the figure: 'fell 9% compared with 2019'")
def _baseline_after(f: _Share, period: int | None) -> int | None:
    return baseline_year(f.s, f.n.end, f.hi, period=period)


@resolver("percentage.baseline_year.past_level", "of a change, a base year written after the level it came to: "
          "'fell 11.2% to 142 kWh per square metre, compared with 2023'")
def _baseline_past_level_r(f: _Share, period: int | None) -> int | None:
    return _baseline_past_level(f.s, f.n, period) if f.direction is not None else None


SHARE_BASELINE = (_baseline_after, _baseline_past_level_r)


@resolver("percentage.metric.ranking", "a word of rank right before or after the figure: 'among the top 4%'")
def _ranking(f: _Share) -> str | None:
    s, n = f.s, f.n
    if s.has("ranking", max(f.lo, n.start - 16), n.start) or s.has("ranking_after", n.end, min(f.hi, n.end + 8)):
        return "ranking"
    return None


@resolver("percentage.direction.earlier_level", "an earlier level set against the figure before it is no change: "
          "'fell to 3.1 Mt, down from 4.4 Mt', 'up from 74% a year earlier'")
def _earlier_level(f: _Share) -> bool | None:
    return sets_against(f.s, f.n, f.previous, f.lo) or None


@resolver("period_year.cue", "the year after a period cue around the figure, or the one year its sentence opens "
          "with: 'emissions fell 9% in 2024'")
def period_cue(s: Sentence, n: Number, hi: int) -> int | None:
    return s.period_year(n.start, right_until=hi, own_end=n.end)


@resolver("percentage.baseline_year.between", "of a change, a span of years right after it gives its base and its "
          "period: 'fell 27 per cent between 2019 and 2023'")
def _between(f: _Share) -> tuple[int, int] | None:
    if f.direction is None:
        return None
    return years_between(f.s, f.n.end, min(f.s.end, f.n.end + 40))


def _read_change(f: _Share, why: dict[str, str]) -> tuple[str, str | None]:
    """Direction, earlier level and metric of a percentage that is no ranking: its rule and metric."""
    f.direction, direction_why = first(DIRECTION, f)
    f.earlier = bool(_earlier_level(f))
    if f.earlier:
        f.direction, direction_why = None, _earlier_level.id
    if direction_why:
        why["direction"] = direction_why
    if not any(ch.isdigit() for ch in f.n.text):  # (str.isdigit reads Thai digits too)
        rule = "percentage.fraction"
    else:
        rule = "percentage.change" if f.direction else "percentage.share"
    metric, metric_why = refine(SHARE_METRIC, *first((_metric_keyword,), f), f)
    if metric_why:
        why["metric"] = metric_why
    return rule, metric


def percentage(s: Sentence, n: Number, previous: Draft | None) -> Draft:
    """A percentage mention as a `percentage` claim, with direction, metric and period."""
    f = _Share(s, n, previous, s.left_window(n.start), s.right_window(n.end))
    why: dict[str, str] = {}
    if _ranking(f) is not None:
        rule, metric, why["metric"] = "percentage.ranking", "ranking", _ranking.id
    else:
        rule, metric = _read_change(f, why)
    period, why["period_year"] = first((period_cue,), s, n, f.hi)
    baseline, baseline_why = first(SHARE_BASELINE, f, period)
    metric, why["metric"] = refine((_metric_changed_against, _metric_other), metric, why.get("metric"), f, baseline)
    span, span_why = first((_between,), f)
    if span is not None:
        (baseline, period), baseline_why = span, span_why
        why["period_year"] = span_why
    if baseline_why:
        why["baseline_year"] = baseline_why
    return Draft(
        kind="percentage", rule=rule_id(s.code, rule), start=n.start, end=n.end, sentence=(s.start, s.end),
        lang=s.code, metric=metric or "other", direction=f.direction, value=n.value, unit=n.unit,
        qualifier=n.qualifier, period_year=period, baseline_year=baseline, value_text=n.text, ambiguous=n.reason,
        earlier=f.earlier, why={k: v for k, v in why.items() if v},
    )
