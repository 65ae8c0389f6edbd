"""Percentages that are not the value of a target: changes, shares, rankings."""
from __future__ import annotations

from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS, Sentence
from extractor.extract.rules import rule_id
from extractor.extract.targets import baseline_year
from extractor.normalize.numbers import THAI_DIGITS, Number

#: A figure right after another (at most this many characters between) with no keyword of its own
#: is about the same thing: "fell to 0.39 t per MWh, a decrease of 6%".
INHERIT_REACH = 40
#: How far right of a share the word saying what it is of may start ("92% of", "ร้อยละ 60 ของ").
SHARE_OF_REACH = 4
#: What a share's own clause may name anywhere right of the figure (beyond `METRIC_REACH_RIGHT`).
FAR_SHARE_METRICS = frozenset({"renewable_share"})
#: How far right of the figure that clause may run.
FAR_SHARE_REACH = 140
#: How far left of a figure the word that sets it against an earlier one may stand ("against 18%").
EARLIER_VALUE_GAP = 16
#: How far right of a percentage a direction cue may stand, across commas ("42% of its power, up from 35%").
DIRECTION_REACH_RIGHT = 45
#: How far left of a percentage a direction cue may stand ("gedaald met 9,7%").
DIRECTION_REACH = 110


def years_between(s: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """'between 2019 and 2023', 'tussen 2019 en 2023', 'ระหว่างปี 2562 ถึง 2566' right after a figure:
    (first year, last year)."""
    years = [d for d in s.dates if lo <= d.start and d.end <= hi and d.grain == "year"]
    if len(years) < 2:
        return None
    first, last = years[0], years[1]
    between = s.text[first.end - s.start:last.start - s.start]
    if s.has("range_start", first.start - 16, first.start) and len(between.strip()) <= 6 and first.year < last.year:
        return first.year, last.year
    return None


def sets_against(s: Sentence, n: Number, previous: Draft | None, lo: int, *, gap: int | None = EARLIER_VALUE_GAP
                 ) -> bool:
    """Whether `n` is an earlier or other level of the figure before it in its sentence, written right
    after a word that sets the two against each other ("fell to 3.1 Mt, down from 4.4 Mt", "40% by 2030,
    against 18% today"): it measures what that figure measures, and is no change itself. `gap`: how far
    left of `n` the word may stand (None: anywhere from `lo`)."""
    return previous is not None and previous.unit == n.unit and previous.sentence == (s.start, s.end) \
        and s.has("earlier_value", lo if gap is None else max(lo, n.start - gap), n.start)


#: How much may stand between a change and the level it came to ("fell 11.2% to 142 kWh", "met 17 procent
#: verlaagd tot 41,3 kiloton"), and between the word for "to" and the level.
LEVEL_GAP, LEVEL_WORD_GAP = 24, 6


def _baseline_past_level(s: Sentence, n: Number, period: int | None) -> int | None:
    """The base year of the change `n` written after the level it came to ("fell 11.2% to 142 kWh per
    square metre, compared with 2023"): the level's clause and the one after it are read."""
    level = next((m for m in s.numbers if m.start >= n.end), None)
    if level is None or level.start - n.end > LEVEL_GAP or not s.has("level_to", level.start - LEVEL_WORD_GAP,
                                                                       level.start) \
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
    return s.before_clause_word(lo, n.start) < n.start and s.has("share_of", n.end, n.end + SHARE_OF_REACH)


def percentage(s: Sentence, n: Number, previous: Draft | None) -> Draft:
    """A percentage mention as a `percentage` claim, with direction, metric and period."""
    lo = s.left_window(n.start)
    hi = s.right_window(n.end)
    metric = None
    direction = None
    earlier = False
    if s.has("ranking", max(lo, n.start - 16), n.start) or s.has("ranking_after", n.end, min(hi, n.end + 8)):
        rule, metric = "percentage.ranking", "ranking"
    else:
        # Left of the number first ("daalde met 15,6%"), then its own clause ("9,7% minder"), then past a
        # comma ("42% of its power, up from 35%"): a cue nearer on the right may belong to the next clause.
        right = min([s.end, n.end + DIRECTION_REACH_RIGHT] + [m.start for m in s.numbers if m.start >= n.end])
        right = s.before_clause_word(hi, right)  # past a comma, not into a clause of its own ("... และลด...")
        direction = (s.direction(max(lo, n.start - DIRECTION_REACH), n.start, anchor=n.start)
                     or s.direction(n.end, hi, anchor=n.end) or s.direction(n.end, max(hi, right), anchor=n.end)
                     # a verb written around the figure: "nam met 4,5 procent af"
                     or s.direction(max(lo, n.start - DIRECTION_REACH), hi, anchor=n.start))
        if direction is None and previous is not None and previous.kind == "percentage" \
                and lo == previous.end and not s.find("ranking", lo, n.start) and n.start - lo <= INHERIT_REACH \
                and s.has("change_by", n.start - 6, n.start):
            direction = previous.direction  # "dropped 7% and air freight by 61%"
        earlier = sets_against(s, n, previous, lo)
        if earlier:
            direction = None
        if not any(ch.isdigit() for ch in n.text.translate(THAI_DIGITS)):
            rule = "percentage.fraction"
        else:
            rule = "percentage.change" if direction else "percentage.share"
        metric = s.metric(lo, hi, anchor=n.end)
        if metric is not None and direction is not None:
            metric = _after_verb(s, lo, n) or metric
        if metric is None and previous is None and lo > s.start:
            # past a count to what it counts: "Scope 1 and 2 emissions from its 14 plants decreased by 34%"
            metric = s.metric(s.left_window(n.start, past_counts=True), hi, anchor=n.end)
        if earlier and previous is not None and previous.metric not in GENERIC_METRICS:
            metric = previous.metric  # "at least 40% of its capacity by 2030, against 18% today"
        if metric is None and direction is None and s.names_metric(FAR_SHARE_METRICS, n.end):
            # "92% of the electricity used across its sites now comes from renewable sources": a share's
            # clause may name what it is a share of far right of the figure.
            metric = s.metric(n.end, s.right_window(n.end, limit=FAR_SHARE_REACH), anchor=n.end, reach=None,
                              allowed=FAR_SHARE_METRICS)
        if previous is not None and lo == previous.end and previous.metric != "ranking" \
                and n.start - lo <= INHERIT_REACH and not s.has("new_clause", lo, n.start) \
                and not _share_of_its_own(s, n, lo) \
                and (metric is None or (metric in GENERIC_METRICS and previous.metric not in GENERIC_METRICS
                                        and not s.names_metric(None, s.unit_gas_end(lo), n.start))):
            # "fell to 0.39 t per MWh, a decrease of 6%": the same figure, twice; "(Scope 1 and 2) were 6,850
            # tonnes CO2e, a reduction of 38%": the gas of the unit before says no more than that figure
            metric = previous.metric
    period = s.period_year(n.start, right_until=hi, own_end=n.end)
    baseline = baseline_year(s, n.end, hi, period=period)
    if baseline is None and direction is not None:
        baseline = _baseline_past_level(s, n, period)
    if metric is None and baseline is not None and previous is not None and lo == previous.end \
            and previous.metric not in GENERIC_METRICS and previous.metric != "ranking" \
            and not s.names_metric(None, lo, n.start) and not s.has("new_clause", lo, n.start):
        # a change against another year with no keyword of its own, however far after the figure before it:
        # "investeerde 1,4 miljard euro in uitbreiding van het net, ruim een kwart meer dan in 2023"
        metric = previous.metric
    span = years_between(s, n.end, min(s.end, n.end + 40))
    if span is not None and direction is not None:
        baseline, period = span  # "fell 27 per cent between 2019 and 2023"
    return Draft(
        kind="percentage", rule=rule_id(s.code, rule), start=n.start, end=n.end, sentence=(s.start, s.end),
        lang=s.code, metric=metric or "other", direction=direction, value=n.value, unit=n.unit,
        qualifier=n.qualifier, period_year=period,
        baseline_year=baseline, value_text=n.text, ambiguous=n.reason, earlier=earlier,
    )
