"""Quantities: amounts with a physical or money unit (energy, tonnes, °C, currency)."""
from __future__ import annotations

from dataclasses import dataclass

from extractor.extract import reach
from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS, Sentence
from extractor.extract.rules import rule_id
from extractor.extract.percentages import period_cue, scope_alone, sets_against
from extractor.extract.resolve import first, refine, resolver
from extractor.extract.targets import baseline_year
from extractor.normalize.numbers import Number

#: The metric a unit implies when no keyword says more (tonnes: of emissions, when the sentence speaks of them).
UNIT_METRIC = {"°C": "temperature_limit", "t": "ghg_total"}
#: Metrics of emissions: a sentence naming none of them speaks of tonnes of something else ("processed
#: 120,000 tonnes of material").
_EMISSIONS = frozenset({"ghg_scope1_2_3", "ghg_scope1_2", "ghg_scope3", "ghg_total", "ghg_value_chain",
                        "product_emissions", "emission_intensity"})
_GHG = _EMISSIONS | {"waste", "other"}
_MONEY = frozenset({"investment", "other"})
#: Metrics an amount in a unit can measure ("18 GWh" saved is no solar capacity, even next to "solar").
UNIT_METRICS = {
    # an amount of energy is no share, renewable or not ("bought 310,000 MWh of renewable electricity")
    "kWh": frozenset({"electricity_saving", "power_consumption", "energy_intensity", "other"}),
    "kW": frozenset({"solar_capacity", "renewable_share", "other"}),
    "t": _GHG,
    "°C": frozenset({"temperature_limit"}),
    "m3": frozenset({"water", "other"}),
}
#: Units whose amounts rise or fall; a temperature limit or a sum invested does neither.
DIRECTED_UNITS = frozenset({"kWh", "t", "kW", "m3"})




def _due_year(s: Sentence, n: Number) -> int | None:
    """The year an amount is committed for: a target year after it, with a commitment before it
    ("aims to provide $100 billion in sustainable finance by 2030", "ตั้งเป้า ... 150,000 ล้านบาท ภายในปี 2573").
    The amount is then no figure of a year gone by."""
    if n.unit == "°C" or not s.has("commit", s.start, n.start):
        return None  # (a temperature limit is no amount committed: "1.5°C ... net zero by 2050")
    hi = min(reach.right(s, n.end, "target_year"),
             next((other.start for other in s.numbers if other.start >= n.end), s.end))
    due = s.year_after_cue("target_year", n.end, hi)
    return None if due is None else due.year


def _level_of(s: Sentence, n: Number, previous: Draft) -> bool:
    """Whether `n` is the level the change before it came to, however far from it: "met 17 procent verlaagd
    ten opzichte van een jaar eerder, tot 41,3 kiloton"."""
    return previous.direction is not None and s.has("level_to", reach.left(s, n.start, "word_before"), n.start)


@dataclass
class _Amount:
    """An amount being read: its sentence, the figure before it, its window, what its unit may measure."""

    s: Sentence
    n: Number
    previous: Draft | None
    lo: int
    hi: int
    allowed: frozenset[str]
    #: an earlier level of the figure before it ("fell to 3.1 Mt, down from 4.4 Mt")
    earlier: bool


# Its metric: the first of these that answers, then readings that replace it.

@resolver("quantity.metric.below_zero", "a temperature below zero is no warming limit (a cold store, a freezer): "
          "'stored at -25°C'")
def _below_zero(a: _Amount) -> str | None:
    return "other" if a.n.unit == "°C" and a.n.value < 0 else None


@resolver("quantity.metric.temperature", "an amount in degrees is a temperature limit: 'limit warming to 1.5°C'")
def _temperature(a: _Amount) -> str | None:
    return "temperature_limit" if a.n.unit == "°C" else None


@resolver("quantity.metric.keyword", "a metric keyword in the amount's window that its unit can measure: "
          "'consumed 31 GWh of electricity'")
def _amount_keyword(a: _Amount) -> str | None:
    return a.s.metric(a.lo, a.hi, anchor=a.n.end, allowed=a.allowed)


@resolver("quantity.metric.past_counts", "past a count to what it counts: 'ติดตั้งแผงโซลาร์เซลล์ ... 620 แห่ง "
          "กำลังการผลิตรวม 48 เมกะวัตต์'")
def _amount_past_counts(a: _Amount) -> str | None:
    s = a.s
    if a.lo <= s.start:
        return None
    far = s.left_window(a.n.start, past_counts=True)
    return s.metric(far, a.hi, anchor=a.n.end, allowed=a.allowed) if far < a.lo else None


AMOUNT_METRIC = (_below_zero, _temperature, _amount_keyword, _amount_past_counts)


@resolver("quantity.metric.restated", "right after the figure before it, the same measure again: '50 พันล้านหยวน "
          "7.9 พันล้านดอลลาร์สหรัฐ' (one sum, two currencies), a level a change came to")
def _amount_restated(metric: str | None, a: _Amount) -> str | None:
    s, n, p = a.s, a.n, a.previous
    if metric == "temperature_limit" or p is None or a.lo != p.end or p.metric not in a.allowed \
            or not (reach.within(s, a.lo, n.start, "inherit") or _level_of(s, n, p)) or s.has("new_clause", a.lo, n.start):
        return None
    # "... per kilo melk daalde met 7,3 procent, tot 1,08 kilo CO2-equivalent": the gas in the unit says no
    # more than the figure before
    if metric is None or (metric in GENERIC_METRICS and p.metric not in GENERIC_METRICS
                          and not s.names_metric(None, a.lo, n.start)):
        return p.metric
    return None


@resolver("quantity.metric.earlier_level", "an earlier level of the figure before it measures what that one "
          "measures: 'recycled 1.2 million tonnes of plastic, up from 0.9 million tonnes'")
def _amount_earlier(metric: str | None, a: _Amount) -> str | None:
    s, n, p = a.s, a.n, a.previous
    if metric == "temperature_limit" or p is None or p.metric in GENERIC_METRICS:
        return None
    if a.earlier or (metric is None and sets_against(s, n, p, a.lo, near=False)):
        return p.metric
    return None


@resolver("quantity.metric.tonnes_of_other", "tonnes of what its window names, no gas: '1.42 million tonnes of "
          "jet fuel'")
def _tonnes_of_other(metric: str | None, a: _Amount) -> str | None:
    s, n = a.s, a.n
    if metric is None and n.unit == "t" and (not s.names_metric(_EMISSIONS, s.start)
                                             or s.has("unit_of", n.end, reach.right(s, n.end, "next_word"))):
        return "other"
    return None


@resolver("quantity.metric.unit", "with nothing else, what the unit implies: tonnes of emissions, else other")
def _by_unit(metric: str | None, a: _Amount) -> str | None:
    return UNIT_METRIC.get(a.n.unit or "", "other") if metric is None else None


AMOUNT_REFINE = (_amount_restated, _amount_earlier, _tonnes_of_other, _by_unit, scope_alone)


@resolver("quantity.direction.verb", "a verb of change before the amount (further after 'by'): 'verminderde de "
          "uitstoot met 1,2 miljoen ton'")
def _amount_direction(a: _Amount) -> str | None:
    s, n = a.s, a.n
    if n.unit not in DIRECTED_UNITS or a.earlier:  # an earlier level is no change
        return None
    # an amount of change, written after "by", may stand further from its verb than a level ("lower the
    # carbon intensity to 0.45 tonnes" is no decrease of 0.45 tonnes)
    name = "amount_direction_by" if s.has("change_by", reach.left(s, n.start, "word_before"), n.start) else "amount_direction"
    return s.direction(max(a.lo, reach.left(s, n.start, name)), a.hi, anchor=n.start)


@resolver("quantity.target_year.due", "after a commitment, a target year right after the amount: 'aims to provide "
          "$100 billion in sustainable finance by 2030'")
def _due(a: _Amount) -> int | None:
    return _due_year(a.s, a.n)


@resolver("quantity.baseline_year.after", "a base year after a baseline cue right of the amount (not of a level a "
          "change came to): 'saved 85 million kWh compared with the year before'")
def _amount_baseline(a: _Amount, period: int | None) -> int | None:
    if a.previous is not None and _level_of(a.s, a.n, a.previous):
        return None  # "daalde met 17 procent tot 41,3 kiloton, vergeleken met 2023": the base is the change's
    return baseline_year(a.s, a.n.end, a.s.right_window(a.n.end, limit="clause_right_far"), period=period)


@resolver("quantity.kept.money_fact", "a sum after a fact about the company in its clause, with no investment "
          "cue, is no claim: 'reported net sales of $6.1 billion', 'De omzet bedroeg 2,3 miljard euro', "
          "'มีทุนจดทะเบียน 1,000 ล้านบาท'")
def _money_fact(a: _Amount, metric: str | None) -> bool | None:
    s, n = a.s, a.n
    facts = [] if n.unit in UNIT_METRICS else s.find("company_fact", s.clause_start(n.start, reach.left(s, n.start, "company_fact")),
                                                      n.start)
    if not facts and n.unit not in UNIT_METRICS and metric != "investment":
        facts = s.find("company_fact", n.end, reach.right(s, n.end, "company_fact"))  # "manages $212 billion in assets"
        return any(reach.within(s, n.end, start, "fact_after") for start, _ in facts) or None
    # "invested €150 million of its revenue" is invested: an investment cue after the fact keeps the sum
    return (bool(facts) and not s.names_metric(frozenset({"investment"}), facts[-1][1], n.start)) or None


@resolver("quantity.kept.mass_of_goods", "a mass of no gas, waste or water is no claim: 'transported 41 million "
          "tonnes of goods', '439 miljoen ton goederen', 'ผลิตน้ำตาลทรายได้ 640,000 ตัน'")
def _mass_of_goods(a: _Amount, metric: str | None) -> bool | None:
    # (the tonnes of one scope alone are emissions, though no metric names that scope: "Scope 2: 4,100 tCO2e")
    return (a.n.unit == "t" and metric == "other" and scope_alone(None, a) is None) or None


@resolver("quantity.kept.stray_comma", "an amount with no digits of its own right after a figure and a stray comma "
          "is the figure's cut-off tail, no amount: '11,438, ล้านบาท' is never one million baht (the figure, with no "
          "unit, is left)")
def _stray_comma(a: _Amount, metric: str | None) -> bool | None:
    s, n = a.s, a.n
    if any(ch.isdigit() for ch in n.text):
        return None
    return any(m.end <= n.start and s.text[m.end - s.start:n.start - s.start].strip() == "," for m in s.numbers) or None


#: What makes an amount no claim: the first of these that answers.
NO_CLAIM = (_stray_comma, _money_fact, _mass_of_goods)


def quantity(s: Sentence, n: Number, previous: Draft | None) -> Draft | None:
    """A number with a unit other than % as a `quantity` claim; None for a fact about the company
    (`NO_CLAIM`)."""
    lo = s.left_window(n.start)
    a = _Amount(s, n, previous, lo, s.right_window(n.end), UNIT_METRICS.get(n.unit or "", _MONEY),
                sets_against(s, n, previous, lo))  # "fell to 3.1 Mt, down from 4.4 Mt"
    why: dict[str, str | None] = {}
    metric, why["metric"] = refine(AMOUNT_REFINE, *first(AMOUNT_METRIC, a), a)
    if first(NO_CLAIM, a, metric)[0]:
        return None
    direction, why["direction"] = first((_amount_direction,), a)
    due, why["target_year"] = first((_due,), a)
    period, why["period_year"] = (None, None) if due is not None else first((period_cue,), s, n, a.hi)
    baseline, why["baseline_year"] = first((_amount_baseline,), a, period)
    return Draft(
        kind="quantity", rule=rule_id(s.code, "quantity.unit"), start=n.start, end=n.end,
        sentence=(s.start, s.end), lang=s.code, metric=metric, direction=direction, value=n.value,
        unit=n.unit, qualifier=n.qualifier, period_year=period, target_year=due, baseline_year=baseline,
        value_text=n.text, ambiguous=n.reason, earlier=a.earlier, why={k: v for k, v in why.items() if v},
    )
