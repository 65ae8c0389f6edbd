"""Targets: commitments with a value and a year ("52% tegen 2030"), and net-zero or
carbon-neutral pledges with or without a year."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.extract import reach
from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS, METRIC_PRIORITY, OWN_YEAR_GAP, Sentence
from extractor.extract.resolve import first, resolver
from extractor.extract.rules import rule_id
from extractor.normalize.dates import DateMention
from extractor.normalize.numbers import Number

#: What a net-zero or carbon-neutral pledge can be about ("สยามพลังงานสะอาด ตั้งเป้าความเป็นกลางทางคาร์บอน":
#: the company's name says "clean energy", the pledge is still about emissions).
PLEDGE_METRICS = frozenset({"ghg_scope1_2_3", "ghg_scope1_2", "ghg_scope3", "ghg_total", "ghg_value_chain",
                            "product_emissions"})
#: Metrics nobody commits to reduce: a "reduce" target naming them took the keyword from elsewhere.
NOT_REDUCED = frozenset({"renewable_share", "solar_capacity", "temperature_limit", "investment"})


def baseline_year(s: Sentence, lo: int, hi: int, *, period: int | None = None) -> int | None:
    """A base year between `lo` and `hi`: 'ten opzichte van 2019', 'a 2019 base year'.

    `period`: the year the figure reports, which a base year written relative to it counts from
    ("ในปี 2567 ... เมื่อเทียบกับปีก่อนหน้า", "In 2024 ... dan vorig jaar": 2023, whatever the release's
    date)."""
    found = s.year_after_cue("baseline", lo, hi)
    if found is not None:
        if found.relative and period is not None and s.reference is not None:
            return period + found.year - s.reference.year
        return found.year
    for d in s.dates:
        if lo <= d.start and d.end <= hi and d.grain == "year" and s.find("baseline_after", d.end, d.end + 16):
            after = s.find("baseline_after", d.end, d.end + 16)[0]
            if s.text[d.end - s.start:after[0] - s.start].strip() in ("", "-"):
                return d.year
    return None


def _after_figure(s: Sentence, lo: int, previous: Draft | None) -> int:
    """Where a target's base year may stand left of it. Right after a reported figure, a base year is that
    figure's ("ลดลงร้อยละ 14 เมื่อเทียบกับปีฐาน 2563 ... ตั้งเป้าลดลงร้อยละ 25 ภายในปี 2573": 2020 is the
    14%'s); after another target, the two may share it ("46.2% by 2030 from a 2021 base year, and ... by 30%
    over the same period"). `lo`: the end of the figure before the target, or the sentence's start."""
    if lo <= s.start or (previous is not None and previous.kind == "target"):
        return lo
    return s.right_window(lo)


def _shared_baseline(s: Sentence, lo: int, n: Number, previous: Draft | None, year: DateMention | None,
                     metric: str | None) -> int | None:
    """A base year written before the target `n` (see `_after_figure`); not the base of a target before it
    of another metric, due in another year ("energy intensity by 25% by 2030 from a 2019 base, and to source
    100% renewable electricity by 2026": the 100% has no base year)."""
    if previous is not None and previous.kind == "target" and year is not None \
            and previous.target_year not in (None, year.year) and metric not in (None, previous.metric):
        return None
    return baseline_year(s, _after_figure(s, lo, previous), n.start)


def _committed_year(s: Sentence, n: Number) -> DateMention | None:
    """'Polder Stroom wil in 2030 55 procent minder CO2 uitstoten dan in 1990': after a commitment, a
    year written with the period word ('in 2030') is the target year when it is the latest year of
    the sentence and later than the release (when its date is known). The figure reduces something, or
    restates the figure before it, with its modal verb as the commitment ("In 2030 moet dat 30 procent
    zijn": `refers_back`)."""
    candidates = [d for d in s.dates if d.grain == "year" and d.end <= n.start]
    if not candidates:
        return None
    year = candidates[-1]
    restates = s.has("refer_back", year.end, n.start)  # its modal verb is the commitment ("moet dat", "this should")
    if not (restates or s.has("commit", s.start, year.start)) or not _latest_to_come(s, n, year):
        return None
    if not (restates or s.has("reduce", s.start, s.end) or s.has("decrease", n.end, s.right_window(n.end))):
        return None
    return year


def _latest_to_come(s: Sentence, n: Number, year: DateMention) -> bool:
    """Whether `year` is later than the release (when its date is known) and no later year follows in the
    figure's clause (a later year in the next clause is another pledge's: "... en in 2035 volledig circulair")."""
    later = [d for d in s.dates if d is not year and d.year >= year.year]
    if later and any(d.start < s.right_window(n.end) for d in later):
        return False
    return s.reference is None or year.year > s.reference.year


@resolver("target.metric.refers_back", "a target restating the figure before it for another year, naming no metric "
          "of its own, measures what that figure measures: '... In 2030 moet dat 30 procent zijn'")
def refers_back(s: Sentence, found: list[Draft], earlier: list[Draft]) -> None:
    """A target that restates the figure before it in the release for another year, naming no metric of its
    own, measures what that figure measures: a target's the same way and from the same base year ("... in
    2035 met 50 procent verminderen ten opzichte van 2020. In 2030 moet dat 30 procent zijn."), a share's
    as a level to reach ("steeg naar 56 procent; in 2030 moet dat 60 procent zijn")."""
    for i, d in enumerate(found):
        if d.kind != "target" or d.value is None or d.metric not in GENERIC_METRICS \
                or not s.has("refer_back", s.left_window(d.start), d.start):
            continue
        before = next((e for e in reversed(earlier + found[:i]) if e.kind in ("target", "percentage")
                       and e.value is not None and e.unit == d.unit), None)
        if before is None:
            continue
        d.rule = rule_id(s.code, "target.refers_back")
        d.metric, d.why["metric"] = before.metric, refers_back.id
        if before.kind == "target":
            d.action, d.why["action"] = before.action, refers_back.id
            if d.baseline_year is None and before.baseline_year is not None:
                d.baseline_year, d.why["baseline_year"] = before.baseline_year, refers_back.id


def _reported_since(s: Sentence, n: Number) -> bool:
    """Whether a verb of reporting stands between the last commitment before `n` and `n`: the figure has
    been reached, not pledged ("sets 2035 target for lower-carbon concrete and reports a 9% cut")."""
    commits = s.find("commit", s.start, n.start)
    return bool(commits) and s.has("reported", commits[-1][1], n.start)


@dataclass
class _Figure:
    """A percentage read as a possible target: its sentence, the figure before it, and where its year may
    stand (`reach`: up to the next figure, a semicolon or the reach `target_year`)."""

    s: Sentence
    n: Number
    previous: Draft | None
    pledges: list[tuple[tuple[int, int], str]] | None
    lo: int
    reach: int
    next_figure: int
    #: the first year right of the figure within `reach`, and whether a commitment stands before the figure
    first: DateMention | None
    committed: bool

    @property
    def due(self) -> bool:
        """Whether `first` is still to come; after a commitment, the release's own year is too ("het doel
        was een daling van 40 procent in 2025")."""
        s, first = self.s, self.first
        return first is not None and not first.relative and (
            _later(s, first) or (self.committed and s.reference is not None and first.year == s.reference.year))

    def owned(self, year: DateMention) -> bool:
        """Whether `year`, right of the figure, is a pledge's or the next figure's ("tegen 2030 met 55%
        verminderen ... en uiterlijk in 2040 klimaatneutraal", "By 2030 ... by 46%, and by 2035 by 70%")."""
        return _pledge_owns(self.s, year, self.pledges) or _next_value_owns(self.s, year)

    def year_before(self) -> DateMention | None:
        """The last year after a target-year cue left of the figure, with a commitment before the figure."""
        s = self.s
        before = s.year_after_cue("target_year", s.start, self.n.start, last=True)
        return before if before is not None and s.has("commit", s.start, self.n.start) else None


def _figure(s: Sentence, n: Number, previous: Draft | None, pledges: list | None) -> _Figure:
    hi = reach.right(s, n.end, "target_year")
    semicolon = s.text.find(";", n.end - s.start, hi - s.start)
    if semicolon >= 0:  # "... met 35% gedaald ten opzichte van 2021; uiterlijk in 2030 wil het bedrijf netto nul"
        hi = s.start + semicolon
    next_figure = next((other.start for other in s.numbers if other.start >= n.end), s.end)
    hi = min(hi, next_figure)
    first = next((d for d in s.dates if n.end <= d.start and d.end <= hi), None)
    return _Figure(s, n, previous, pledges, s.left_window(n.start), hi, next_figure, first,
                   s.has("commit", s.start, n.start))


def _a_period_year(f: _Figure, d: DateMention) -> bool:
    return f.s.cue_before(d, "period") and not f.s.cue_before(d, "baseline")


def _past_level(f: _Figure) -> bool:
    """"to 30% by 2027, from 11% in 2024": right after the figure, a year gone by with the period word."""
    return f.first is not None and f.first.start - f.n.end <= OWN_YEAR_GAP and _a_period_year(f, f.first) \
        and not f.due


# The year of a target: the first of these that answers (`value_target`).

@resolver("target.target_year.committed_period",
          "after a commitment, the first year right of the figure, written with the period word and still to "
          "come, unless a pledge or the next figure claims it: 'streeft naar 50% in scope 1 en 2 in 2030'")
def _committed_period(f: _Figure) -> DateMention | None:
    year = _committed_first(f)
    return year if year is not None and not f.owned(year) else None


@resolver("target.target_year.after_cue", "the year after a target-year cue right of the figure, unless a pledge or "
          "the next figure claims it: 'cut 52% by 2030'")
def _after_cue(f: _Figure) -> DateMention | None:
    if _committed_first(f) is not None:
        return None  # that year was the first candidate, and is claimed
    year = f.s.year_after_cue("target_year", f.n.end, f.reach)
    return year if year is not None and not f.owned(year) else None


def _committed_first(f: _Figure) -> DateMention | None:
    return f.first if f.first is not None and _a_period_year(f, f.first) and f.committed and f.due else None


def _candidate(f: _Figure) -> DateMention | None:
    """The year right of the figure: the committed one, else the one after a target-year cue."""
    return _committed_first(f) or f.s.year_after_cue("target_year", f.n.end, f.reach)


@resolver("target.target_year.before_owned_right",
          "the year right of the figure is a pledge's or the next figure's: the year after a target-year cue "
          "before the figure, with no figure between ('By 2030 ... by 46%, and by 2035 by 70%')")
def _before_owned_right(f: _Figure) -> DateMention | None:
    year = _candidate(f)
    if year is None or not f.owned(year):
        return None
    before = f.year_before()
    if before is None or any(before.end <= m.start and m.end <= f.n.start for m in f.s.numbers):
        return None
    return before


@resolver("target.target_year.shared_with_next",
          "the year right of the figure, shared with the figure after it when nothing is written before: "
          "'46% and 70% by 2035'")
def _shared_with_next(f: _Figure) -> DateMention | None:
    year = _candidate(f)
    if year is None or _pledge_owns(f.s, year, f.pledges) or not _next_value_owns(f.s, year):
        return None
    return year


@resolver("target.target_year.before_cue",
          "the year after a target-year cue before the figure, with a commitment: 'wil tegen 2030 de uitstoot "
          "met 55% verminderen'")
def _before_cue(f: _Figure) -> DateMention | None:
    return f.year_before()


@resolver("target.target_year.committed_in",
          "after a commitment, the latest year of the sentence written with the period word, before the figure: "
          "'wil in 2030 55 procent minder CO2 uitstoten'")
def _committed_in(f: _Figure) -> DateMention | None:
    return _committed_year(f.s, f.n)


@resolver("target.target_year.own_before",
          "after a commitment, a year still to come written right before the figure, with at most a short word "
          "between, is that figure's own: 'wil de uitstoot in 2026 met 60% verlagen en in 2035 met 85%'")
def _own_before(f: _Figure) -> DateMention | None:
    s, n = f.s, f.n
    before = [d for d in s.dates if d.grain == "year" and f.lo <= d.start and d.end <= n.start]
    if not before or not f.committed:
        return None
    year = before[-1]
    return year if _right_before(s, year, n) and _a_due_year(s, year) else None


def _right_before(s: Sentence, year: DateMention, n: Number) -> bool:
    """Whether at most a short word stands between `year` and `n`, and no comma or clause word (after which the
    year is the conjunct before's: "met 52% verminderen tegen 2030 en met 90%")."""
    gap = s.text[year.end - s.start:n.start - s.start]
    return len(gap) <= YEAR_OWNER_GAP and "," not in gap and not any(c.isdigit() for c in gap) \
        and s.before_clause_word(year.end, n.start) >= n.start


def _a_due_year(s: Sentence, year: DateMention) -> bool:
    """Whether `year` is written as a due or period year (not a base year) and is still to come."""
    return not s.cue_before(year, "baseline") and (s.cue_before(year, "target_year") or s.cue_before(year, "period")) \
        and _later(s, year)


@resolver("target.target_year.committed_reach",
          "after a commitment, a share closed by a verb of reaching takes the last year still to come written with "
          "the period word before it: 'wil in 2027 minstens 70 procent van de brandstof uit biobrandstof halen', 'In "
          "2027 it wants to get 70% of its fuel from biofuels'")
def _committed_reach(f: _Figure) -> DateMention | None:
    s, n = f.s, f.n
    if not f.committed or not s.has("reach_verb", f.lo, s.right_window(n.end, limit="clause_right_far")):
        return None
    years = [d for d in s.dates if d.grain == "year" and d.end <= n.start and s.cue_before(d, "period") and _later(s, d)]
    if not years or any(d.start >= n.end for d in s.dates):
        return None
    return years[-1]


TARGET_YEAR = (_own_before, _committed_period, _after_cue, _before_owned_right, _shared_with_next, _before_cue,
               _committed_in, _committed_reach)


def _past_span(f: _Figure, year: DateMention) -> bool:
    """A year before the figure that belongs to another span: "... by 2032, after emissions fell 14 per cent
    over the past six years"; "ร้อยละ 50 ภายในปี 2573 ปัจจุบันอยู่ที่ร้อยละ 22": today's level."""
    s, n = f.s, f.n
    return year.end <= n.start and (s.has("period_reset", n.end, s.right_window(n.end))
                                    or _reset_between(s, year.end, n.start) or _past_year_between(s, year.end, n.start)
                                    or _reported_since(s, n))


def _target_year(f: _Figure) -> tuple[DateMention | None, str | None]:
    year, why = first(TARGET_YEAR, f)
    if year is not None and _past_span(f, year):
        return None, None
    return year, why


def _committed_without_year(f: _Figure) -> bool:
    """'aims to cut its carbon emissions by 30%': a commitment and a verb of cutting, no year, the first
    figure of its sentence, nothing reported since the commitment, no year of its own."""
    s, n = f.s, f.n
    reduces = s.has("reduce", f.lo, n.start) or s.has("reduce", n.end, s.right_window(n.end))
    return f.previous is None and f.committed and reduces and not _reported_since(s, n) \
        and s.period_year(n.start) is None


@dataclass
class _Measure:
    """What a target measures and how: its metric, its action, and the resolvers that decided them."""

    metric: str | None
    action: str
    rule: str
    why: dict[str, str]


@resolver("target.metric.raised_share", "a target raising the share written right before it takes its metric: "
          "'27% of its electricity ..., and aims to raise this to 50% by 2030'")
def _raised_share(f: _Figure, metric_end: int, reduces: bool) -> str | None:
    p = f.previous
    return p.metric if p is not None and _raises_previous(f.s, f.n, p) else None


@resolver("target.metric.keyword", "a metric keyword in the target's window, up to its year: 'cut scope 1 and 2 "
          "emissions 42% by 2030' (of a cut, nothing nobody cuts: no renewable share)")
def _target_keyword(f: _Figure, metric_end: int, reduces: bool) -> str | None:
    allowed = frozenset(m for m in METRIC_PRIORITY if m not in NOT_REDUCED) if reduces else None
    return f.s.metric(f.lo, metric_end, anchor=f.n.end, reach_right=None, allowed=allowed)


@resolver("target.metric.figure_before", "no keyword of its own: the metric of the figure before it (not of a sum): "
          "'Scope 1 and 2 emissions fell 27% ..., and it now aims for a 60% cut by 2035'")
def _target_figure_before(f: _Figure, metric_end: int, reduces: bool) -> str | None:
    p = f.previous
    return p.metric if p is not None and p.metric != "investment" else None


@resolver("target.metric.other", "nothing names what the target measures: 'other' ('aims to reach 10% by 2030')")
def _target_other(f: _Figure, metric_end: int, reduces: bool) -> str | None:
    return "other"


def _measure(f: _Figure, year: DateMention | None, rule: str) -> _Measure:
    s, n = f.s, f.n
    # a clause ending right at the figure names nothing of it: "a previous goal of 42%, and net zero across
    # its value chain by 2045"
    metric_end = year.end if year and year.start > n.end else s.right_window(n.end, break_at_anchor=True)
    reduces = s.has("reduce", s.clause_start(n.start, f.lo), n.end) or s.has("reduce", n.end, s.right_window(n.end))
    why: dict[str, str] = {}
    metric, why["metric"] = first((_raised_share,), f, metric_end, reduces)
    if metric is not None:
        rule, reduces = "target.raise_share", False
    else:
        metric, why["metric"] = first((_target_keyword,), f, metric_end, reduces)
    action, why["action"] = first(ACTION, f, metric, reduces)
    if metric is None:
        metric, why["metric"] = first((_target_figure_before, _target_other), f, metric_end, reduces)
    return _Measure(metric, action, rule, {k: v for k, v in why.items() if v})


@resolver("target.action.reduce", "a verb of cutting in the figure's clause: 'cut emissions 52% by 2030'")
def _reduce_action(f: _Figure, metric: str | None, reduces: bool) -> str | None:
    return "reduce" if reduces else None


@resolver("target.action.shared", "no metric of its own after a target: the target before's verb ('52% tegen "
          "2030, met 90% tegen 2040')")
def _shared_action(f: _Figure, metric: str | None, reduces: bool) -> str | None:
    if metric is None and f.previous is not None and f.previous.kind == "target":
        return f.previous.action
    return None


@resolver("target.action.reach", "any other target is a level to reach: 'raise its renewable share to 50% by 2030'")
def _reach_action(f: _Figure, metric: str | None, reduces: bool) -> str | None:
    return "reach"


ACTION = (_reduce_action, _shared_action, _reach_action)


@resolver("target.baseline_year.after", "a base year after the figure, not past the next figure: 'cut 42% by 2030 "
          "compared with 2020'")
def _baseline_after(f: _Figure, year: DateMention | None, metric: str | None) -> int | None:
    s, n = f.s, f.n
    # "ร้อยละ 50 ภายในปี 2573 และ ... ร้อยละ 30 ภายในปี 2573 เมื่อเทียบกับปีฐาน 2563" gives 2020 to the 30% only
    return baseline_year(s, n.end, min(reach.right(s, f.reach, "baseline_past_due"), f.next_figure))


@resolver("target.baseline_year.before", "a base year written before the target, shared with a target before it: "
          "'46.2% by 2030 from a 2021 base year, and ... by 30%'")
def _baseline_before(f: _Figure, year: DateMention | None, metric: str | None) -> int | None:
    return _shared_baseline(f.s, f.lo, f.n, f.previous, year, metric)


TARGET_BASELINE = (_baseline_after, _baseline_before)


#: How far left of a figure the goal noun it is the value of may stand ("sets 2030 targets for the bank's most
#: carbon-intensive lending portfolios, including a 34% reduction").
GOAL_REACH = 100


@resolver("target.kept.goal_noun", "a figure that is the value of a goal noun before it in its clause, with no verb "
          "of reporting between, is a target: 'close to our yearly goal (4%)', 'Het tussendoel voor 2030 is een "
          "daling van 50%', 'เป้าหมายประจำปีของบริษัท คือร้อยละ 20'")
def _goal_noun(f: _Figure) -> tuple[int, int] | None:
    """The goal noun the figure is the value of: the last one in its window, no further than `GOAL_REACH`,
    with no colon, semicolon or verb of reporting or outcome between ("beat its goal of 35% ..., reaching a 38%
    reduction": 38% is the outcome)."""
    s, n, p = f.s, f.n, f.previous
    goals = s.find("target_noun", max(f.lo, n.start - GOAL_REACH), n.start)
    if not goals and p is not None and p.kind == "target" and p.why.get("target_year") == GOAL_YEAR_ID \
            and p.sentence == (s.start, s.end) and not any(c in s.text[p.end - s.start:n.start - s.start] for c in ":;"):
        # "sets 2030 targets ..., including a 34% reduction ... and a 27% reduction": the goal noun of the one before
        goals = s.find("target_noun", max(s.start, p.start - GOAL_REACH), p.start)
    if not goals:
        return None
    start, end = goals[-1]
    if end >= f.lo and _apart(s, end, n.start):
        return None
    return start, end


def _apart(s: Sentence, lo: int, hi: int) -> bool:
    """Whether what stands between a goal noun (ending at `lo`) and a figure (at `hi`) makes the figure a result:
    a colon or semicolon, a clause word ("targets are ambitious, and emissions fell 12%"), a verb of reporting or
    outcome, or a year gone by written relative to the release ("daalde de uitstoot vorig jaar met 12 procent")."""
    between = s.text[lo - s.start:hi - s.start]
    return ":" in between or ";" in between or s.before_clause_word(lo, hi) < hi or s.has("reported", lo, hi) \
        or any(lo <= d.start and d.end <= hi and d.relative and not _later(s, d) for d in s.dates)


@resolver("target.target_year.goal_noun", "the year of the goal noun a figure is the value of, written right before "
          "or after it, even one gone by: 'sets 2030 targets ... including a 34% reduction', 'het doel om de uitstoot "
          "in 2023 met 35 procent te verlagen', 'เป้าหมาย ของ ปี 2568 ที่ ร้อยละ 15'")
def _goal_year(f: _Figure, goal: tuple[int, int]) -> DateMention | None:
    s = f.s
    lo = f.lo if goal[0] >= f.lo else goal[0] - GOAL_YEAR_GAP  # (the goal noun of the target before: its year too)
    for d in s.dates:
        if d.grain == "year" and goal[0] - GOAL_YEAR_GAP <= d.start and d.end <= f.n.start and d.start >= lo \
                and not s.cue_before(d, "baseline") and not s.has("baseline_after", d.end, d.end + 16):
            return d
    return None


#: How far before its goal noun the year of a goal may stand ("2030 targets", "2030-doel").
GOAL_YEAR_GAP = 8
GOAL_YEAR_ID = "target.target_year.goal_noun"


@resolver("target.kept.starting_level", "a figure set against the target before it in its sentence is the level it "
          "starts from, no target: 'ให้เหลือไม่เกินร้อยละ 5 ... ภายในฤดูการผลิต 2568/69 จากร้อยละ 11 ในฤดูการผลิตล่าสุด', "
          "'40% by 2030, against 18% today'")
def _starting_level(f: _Figure) -> bool:
    p, s, n = f.previous, f.s, f.n
    if p is None or p.kind != "target" or p.sentence != (s.start, s.end) or p.unit != n.unit:
        return False
    cues = s.find("earlier_value", max(f.lo, n.start - STARTING_GAP), n.start)
    return bool(cues) and not s.text[cues[-1][1] - s.start:n.start - s.start].strip()  # right before the figure


#: How far left of a figure the word setting it against the target before may stand ("จากร้อยละ 11").
STARTING_GAP = 16


@resolver("target.kept.others_wish", "what another party wants of others is no target of the company: 'Natuur & Milieu "
          "wil dat bouwbedrijven in 2030 40 procent minder uitstoten', 'wants airlines to halve their emissions by 2035', "
          "'องค์การสหประชาชาติเรียกร้องให้ทั่วโลกลด ... ร้อยละ 45' (a figure is then a percentage, a pledge nothing)")
def others_wish(s: Sentence, start: int) -> bool:
    """Whether the figure or pledge at `start` is what another party wants of others: a wish of others before it,
    and no commitment of the company's own between the two ("..., and Acme will cut ...")."""
    wishes = s.find("others_wish", s.start, start)
    return bool(wishes) and not s.has("commit", wishes[-1][1], start)


@resolver("target.target_year.later_conjunct", "a target without a year, joined by 'and' to a target after it in "
          "its sentence with no year between, takes that one's years: 'ลด ... ลงร้อยละ 42 และลด ... ลงร้อยละ 25 "
          "ภายในปี 2576', 'scope 1 emissions will fall 40% and scope 3 emissions 25% by 2030'")
def later_conjunct(s: Sentence, found: list[Draft]) -> None:
    """Yearless targets of `s` take the target and base years of the next target of `s` that has them, when
    nothing but words stands between (no other year, no colon or semicolon)."""
    for i, d in enumerate(found):
        later = _dated_conjunct(s, d, found[i + 1:])
        if later is None:
            continue
        d.target_year, d.why["target_year"] = later.target_year, later_conjunct.id
        if d.baseline_year is None and later.baseline_year is not None:
            d.baseline_year, d.why["baseline_year"] = later.baseline_year, later_conjunct.id


def _dated_conjunct(s: Sentence, d: Draft, after: list[Draft]) -> Draft | None:
    """The target after the yearless target `d` whose years it shares: the next target of the sentence, with a year,
    and no other year, colon or semicolon between the two."""
    if d.kind != "target" or d.value is None or d.target_year is not None:
        return None
    later = next((e for e in after if e.kind == "target" and e.value is not None), None)
    if later is None or later.target_year is None:
        return None
    between = s.text[d.end - s.start:later.start - s.start]
    if ";" in between or ":" in between or any(d.end <= y.start < later.start for y in s.dates):
        return None
    return later


def _unanswerable(f: _Figure) -> bool:
    """Whether no resolver can make the figure a target: its sentence holds no date (every resolver of
    `TARGET_YEAR` reads one), no commitment before it and no goal noun it is the value of."""
    return not f.s.dates and not f.committed and _goal_noun(f) is None


def value_target(s: Sentence, n: Number, previous: Draft | None,
                 pledges: list[tuple[tuple[int, int], str]] | None = None) -> Draft | None:
    """The percentage `n` as the value of a target, or None when it is a reported figure or what another
    party wants of others (`others_wish`).

    `pledges`: the sentence's net-zero and carbon-neutral phrases when the caller found them for the
    whole document (else they are looked for here, when needed).

    Every test here only decides (none changes the figure, its sentence or `previous`), so the cheap ones come
    first: a figure that no date, commitment or goal noun can make a target (`_unanswerable`) is settled before
    any resolver runs, and what another party wants (a scan of its own) is asked of targets only."""
    f = _figure(s, n, previous, pledges)
    if _unanswerable(f) or _past_level(f) or _starting_level(f):
        return None  # nothing to read a target from; or "to 30% by 2027, from 11% in 2024": a level of a year gone by
    year, year_why = _target_year(f)
    rule = "target.value_by_year"
    if year is None:
        goal = _goal_noun(f)
        if goal is None and not _committed_without_year(f):
            return None
        if goal is not None:
            year = _goal_year(f, goal)
            year_why = _goal_year.id if year is not None else None
        rule = "target.value_by_year" if year is not None else "target.value_committed"
    if others_wish(s, n.start):
        return None
    m = _measure(f, year, rule)
    baseline, baseline_why = first(TARGET_BASELINE, f, year, m.metric)
    why = {**m.why, **({"target_year": year_why} if year_why else {}),
           **({"baseline_year": baseline_why} if baseline_why else {})}
    return Draft(
        kind="target", rule=rule_id(s.code, m.rule), start=n.start, end=n.end, sentence=(s.start, s.end),
        lang=s.code, metric=m.metric or "other", action=m.action, value=n.value, unit=n.unit,
        qualifier=n.qualifier, target_year=year.year if year else None, baseline_year=baseline,
        value_text=n.text, ambiguous=n.reason, why=why,
    )


#: How far left of a target its "raise to" may stand ("... and aims to raise this to 50% by 2030").
RAISE_REACH = 30


def _raises_previous(s: Sentence, n: Number, previous: Draft) -> bool:
    """Whether the target `n` raises the share written right before it in its sentence: a "raise to" right
    before it ("เพิ่มเป็น", "raise this to", "verhogen naar"), the share before it of the same unit, and no
    metric keyword in the target's own clause (after the clause word between the two: what the share is of,
    "ของการใช้ไฟฟ้าทั้งหมด", may stand before it)."""
    if previous.kind != "percentage" or previous.unit != n.unit \
            or previous.sentence != (s.start, s.end) or previous.metric in GENERIC_METRICS:
        return False
    return s.has("raise_to", max(previous.end, n.start - RAISE_REACH), n.start) \
        and not s.names_metric(None, s.clause_start(n.start, previous.end, words=True), n.start)


def _reset_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a word of the present or of a past span ("today", "nu", "ปัจจุบัน", "since") stands between
    `lo` and `hi`, other than right after a figure, whose it is ("from 30% today to 60% by 2030")."""
    return any(not any(0 <= start - m.end <= 2 for m in s.numbers) for start, _ in s.find("period_reset", lo, hi))


def _past_year_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a reporting year that has passed stands between `lo` and `hi` ("... ภายในปี 2573 โดยในปี 2567
    ธนาคารได้ปล่อยสินเชื่อ ... เพิ่มขึ้นร้อยละ 45": the 45% is of 2024, not the target's)."""
    return s.reference is not None and any(lo <= d.start and d.end <= hi and s.cue_before(d, "period")
                                           and not s.not_a_period(d) for d in s.dates)


#: How much text may stand between a year and the pledge phrase or figure it belongs to ("net zero by 2045",
#: "klimaatneutraal uiterlijk in 2040", "by 2035 by 70%").
YEAR_OWNER_GAP = 16


def _pledge_owns(s: Sentence, year: DateMention, pledges: list[tuple[tuple[int, int], str]] | None) -> bool:
    """Whether a net-zero or carbon-neutral phrase stands right next to `year` (it is the pledge's year)."""
    spans = [*s.find("net_zero"), *s.find("carbon_neutral")] if pledges is None else [span for span, _ in pledges]
    for start, end in spans:
        # right after the pledge; or further on, after "by" with nothing of another figure between, as the
        # pledge reads its own year ("net-zero emissions across its value chain no later than 2045")
        if end <= year.start and (year.start - end <= YEAR_OWNER_GAP or (
                year.start - end <= PLEDGE_RIGHT_REACH and s.cue_before(year, "target_year"))) \
                and not any(c.isdigit() for c in s.text[end - s.start:year.start - s.start]):
            return True
        if year.end <= start and _one_word_at_most(s, year.end, start):
            return True
    return False


#: The longest word that may stand between a year and the pledge after it ("in 2035 volledig klimaatneutraal").
PLEDGE_ADVERB = 12


def _one_word_at_most(s: Sentence, lo: int, hi: int) -> bool:
    """Whether nothing stands between `lo` and `hi`, or one short word that opens no clause ("fully",
    "volledig"; not "and")."""
    word = s.text[lo - s.start:hi - s.start].strip(" -–")
    if not word:
        return True
    return len(word) <= PLEDGE_ADVERB and word.isalpha() and s.before_clause_word(lo, hi) == hi


def _next_value_owns(s: Sentence, year: DateMention) -> bool:
    """Whether a percentage follows `year` with at most a short word between ("by 2035 by 70%",
    "tegen 2040 met 90%"): the year is that figure's."""
    for other in s.numbers:
        if other.start >= year.end:
            gap = s.text[year.end - s.start:other.start - s.start]
            return other.unit == "%" and len(gap) <= YEAR_OWNER_GAP and not any(c.isdigit() for c in gap)
    return False


#: How far before a pledge its year may stand ("By 2030, Acme will be carbon neutral"), and after it.
PLEDGE_LEFT_REACH = 40
PLEDGE_RIGHT_REACH = 120


def _merge_restated(s: Sentence, phrases: list[tuple[tuple[int, int], str]]) -> list[tuple[tuple[int, int], str]]:
    """'สุทธิเป็นศูนย์ (Net Zero)', 'klimaatneutraal (carbon neutral)': a pledge restated in another
    language or in brackets right after itself is one phrase."""
    merged: list[tuple[tuple[int, int], str]] = []
    for (start, end), action in phrases:
        if merged:
            (p_start, p_end), p_action = merged[-1]
            if start >= p_end and not s.text[p_end - s.start:start - s.start].strip(" ()[]/-–,"):
                merged[-1] = ((p_start, max(p_end, end + _closing_bracket(s, end))), p_action)
                continue
        merged.append(((start, end), action))
    return merged


def _closing_bracket(s: Sentence, end: int) -> int:
    return 1 if s.text[end - s.start:end - s.start + 1] in (")", "]") else 0


def _later(s: Sentence, d: DateMention) -> bool:
    return s.reference is None or d.year > s.reference.year


def _pledge_year(s: Sentence, start: int, end: int, right: int) -> DateMention | None:
    """The year of a pledge written without 'by': 'Net Zero 2050', 'carbon neutral in 2030',
    'wil in 2050 klimaatneutraal zijn', 'ความเป็นกลางทางคาร์บอนในปี 2593'. A pledge is about the future,
    so a year given with the period word counts when it is later than the release (when its date is known)."""
    adjacent = _adjacent_year(s, start, end)
    if adjacent is not None:
        return adjacent
    if not s.has("commit", s.start, start):
        return None  # "Carbon Neutral Solutions in 2022" names an award, "in 2021" a launch: no pledge
    for d in s.dates:
        if end <= d.start and d.end <= right and s.cue_before(d, "period") and _later(s, d):
            return d
    return _year_before(s, start)


def _year_before(s: Sentence, start: int, *, after: int | None = None) -> DateMention | None:
    """A later year with the period word before a pledge: "wil in 2050 klimaatneutraal zijn", "In 2040 moet
    X klimaatneutraal zijn" (with a commitment word before the pledge, on either side of the year); not
    before `after` (the end of the pledge before it, whose year it may be)."""
    lo = s.left_window(start) if after is None else max(after, s.left_window(start))
    left = [d for d in s.dates if lo <= d.start and d.end <= start]
    if left and s.cue_before(left[-1], "period") and _later(s, left[-1]) and s.has("commit", s.start, start):
        return left[-1]
    return None


def _adjacent_year(s: Sentence, start: int, end: int) -> DateMention | None:
    """A year written against a pledge: 'Net Zero 2050', '2050 net-zero', 'in 2050 netto nul'."""
    for d in s.dates:
        if d.grain != "year":
            continue
        gap = s.text[end - s.start:d.start - s.start] if d.start >= end else s.text[d.end - s.start:start - s.start]
        if (0 <= d.start - end <= 3 or 0 <= start - d.end <= 3) and not gap.strip(" -–"):
            return d
    return None


def _achieved_since(s: Sentence, start: int, end: int) -> bool:
    """'is sinds 2022 klimaatneutraal', 'carbon neutral since 2020': a state reached, no pledge."""
    for d in s.dates:
        left = 0 <= start - d.end <= 3 and not s.text[d.end - s.start:start - s.start].strip()
        right = 0 <= d.start - end <= ACHIEVED_GAP
        if (left or right) and d.grain == "year" and s.cue_before(d, "period_reset") \
                and not (right and s.has("target_year", end, d.start)):
            return True
    return False


#: How far right of a pledge phrase 'since YEAR' may stand ("carbon neutral since 2020").
ACHIEVED_GAP = 12


_RE_NEXT_WORD = regex.compile(r"[ \t]+(?P<word>\p{L}+)")


def _in_a_name(s: Sentence, start: int, end: int) -> bool:
    """'Net Zero Action', 'Carbon Neutral Solutions': a capitalised phrase followed by a capitalised
    word is part of a programme or award name, not a pledge."""
    if not s.text[start - s.start:start - s.start + 1].isupper():
        return False
    m = _RE_NEXT_WORD.match(s.text, end - s.start)
    return bool(m and m.group("word")[0].isupper())


def pledge_phrases(text: str, code: str) -> list[tuple[tuple[int, int], str]]:
    """Every net-zero and carbon-neutral phrase of a text, in order: one pass per cue list."""
    from extractor.extract.matching import cue_scanner

    return sorted([(m.span(), action) for action in ("net_zero", "carbon_neutral")
                   for m in cue_scanner(code, action).finditer(text)])


@dataclass
class _Pledge:
    """A net-zero or carbon-neutral phrase being read: where it stands, how far right its year may stand
    (`right`), and where the pledge before it ended (`after`)."""

    s: Sentence
    start: int
    end: int
    right: int
    after: int


# The year of a pledge: the first of these that answers.

@resolver("target.target_year.pledge_before_next_clause",
          "a pledge with a year to come before it, when the year after it stands past a clause word (the next "
          "clause's): 'wil in 2030 emissievrij bouwen en de uitstoot in de keten uiterlijk in 2035 halveren'")
def _pledge_before_next_clause(p: _Pledge) -> DateMention | None:
    s = p.s
    year = s.year_after_cue("target_year", p.end, p.right)
    if year is None or s.reference is None or s.before_clause_word(p.end, year.start) >= year.start:
        return None
    return _year_before(s, p.start, after=p.after)


@resolver("target.target_year.pledge_after_cue", "the year after a target-year cue right of the pledge: 'net zero by "
          "2050', 'klimaatneutraal uiterlijk in 2040'")
def _pledge_after_cue(p: _Pledge) -> DateMention | None:
    return p.s.year_after_cue("target_year", p.end, p.right)


@resolver("target.target_year.pledge_adjacent", "a year written against the pledge: 'Net Zero 2050', '2050 "
          "net-zero', 'in 2050 netto nul'")
def _pledge_adjacent(p: _Pledge) -> DateMention | None:
    return _adjacent_year(p.s, p.start, p.end)


@resolver("target.target_year.pledge_before_cue", "the year after a target-year cue shortly before the pledge: 'By "
          "2030, Acme will be carbon neutral'")
def _pledge_before_cue(p: _Pledge) -> DateMention | None:
    s = p.s
    return s.year_after_cue("target_year", max(s.left_window(p.start), p.start - PLEDGE_LEFT_REACH), p.start)


@resolver("target.target_year.pledge_period", "after a commitment, a later year with the period word: 'carbon "
          "neutral in 2030', 'wil in 2050 klimaatneutraal zijn', 'ความเป็นกลางทางคาร์บอนในปี 2593'")
def _pledge_period(p: _Pledge) -> DateMention | None:
    return _pledge_year(p.s, p.start, p.end, p.right)


PLEDGE_YEAR = (_pledge_before_next_clause, _pledge_after_cue, _pledge_adjacent, _pledge_before_cue, _pledge_period)


def _pledge_right(s: Sentence, phrases: list[tuple[tuple[int, int], str]], i: int) -> int:
    """How far right of pledge `i` its year may stand: not past the next pledge (nor that one's own year:
    "in 2040 klimaatneutraal ... en uiterlijk in 2050 netto nul") or the next figure."""
    end = phrases[i][0][1]
    right = min(s.end, end + PLEDGE_RIGHT_REACH, phrases[i + 1][0][0] if i + 1 < len(phrases) else s.end)
    if i + 1 < len(phrases):
        theirs = _adjacent_year(s, *phrases[i + 1][0])
        if theirs is not None and end <= theirs.start:
            right = min(right, theirs.start)
    # a count between the pledge and its year is no other figure ("emissions-free ... in 12 UK cities by 2028")
    return min([right] + [n.start for n in s.numbers if n.start >= end and n.unit is not None][:1])


@resolver("target.metric.pledge_keyword", "what a pledge is about, named around it: 'net zero across its value chain'")
def _pledge_keyword(p: _Pledge, left: int, metric_end: int) -> str | None:
    return p.s.metric(left, metric_end, anchor=p.end, reach_right=None, allowed=PLEDGE_METRICS)


@resolver("target.metric.pledge_emissions", "a pledge naming nothing else is about emissions: 'net zero by 2050'")
def _pledge_emissions(p: _Pledge, left: int, metric_end: int) -> str | None:
    return "ghg_total"


def _pledge_draft(p: _Pledge, action: str) -> Draft:
    s, start, end = p.s, p.start, p.end
    year, year_why = first(PLEDGE_YEAR, p)
    right = s.before_clause_word(end, p.right) if year_why == _pledge_before_next_clause.id else p.right
    left = max([s.left_window(start)] + [d.end for d in s.dates if d.end <= start])
    metric_end = year.end if year is not None and year.start >= end else min(right, end + 60)
    metric, metric_why = first((_pledge_keyword, _pledge_emissions), p, left, metric_end)
    why = {"metric": metric_why, **({"target_year": year_why} if year_why else {})}
    if year is not None:
        rule = "target.net_zero_by_year" if action == "net_zero" else "target.carbon_neutral_by_year"
    else:
        rule = "target.net_zero_open"
    confirmed = year is not None or s.has("target_noun", max(s.start, start - 60), min(s.end, end + 60))
    return Draft(
        kind="target", rule=rule_id(s.code, rule), start=min(start, year.start) if year else start,
        end=max(end, year.end) if year else end, sentence=(s.start, s.end), lang=s.code,
        metric=metric, action=action, target_year=year.year if year else None, generic=not confirmed,
        why=why,
    )


def pledge_targets(s: Sentence, phrases: list[tuple[tuple[int, int], str]] | None = None) -> list[Draft]:
    """Net-zero and carbon-neutral pledges in a sentence, with their year when one is given.

    `phrases`: the sentence's phrases when the caller found them for the whole document.
    """
    if phrases is None:
        phrases = sorted([(span, "net_zero") for span in s.find("net_zero")]
                         + [(span, "carbon_neutral") for span in s.find("carbon_neutral")])
    phrases = _merge_restated(s, phrases)
    drafts: list[Draft] = []
    for i, ((start, end), action) in enumerate(phrases):
        if drafts and start < drafts[-1].end:
            continue  # "klimaatneutraal en netto nul": one pledge
        if _in_a_name(s, start, end) or _achieved_since(s, start, end) or others_wish(s, start):
            continue
        pledge = _Pledge(s, start, end, _pledge_right(s, phrases, i), drafts[-1].end if drafts else s.start)
        drafts.append(_pledge_draft(pledge, action))
    return drafts
