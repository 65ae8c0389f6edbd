"""Quantities: amounts with a physical or money unit (energy, tonnes, °C, currency)."""
from __future__ import annotations

from extractor.extract.draft import Draft
from extractor.extract.matching import GENERIC_METRICS, Sentence
from extractor.extract.rules import rule_id
from extractor.extract.percentages import INHERIT_REACH, LEVEL_WORD_GAP, sets_against
from extractor.extract.targets import TARGET_YEAR_REACH, baseline_year
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
    "kWh": frozenset({"electricity_saving", "power_consumption", "renewable_share", "energy_intensity", "other"}),
    "kW": frozenset({"solar_capacity", "renewable_share", "other"}),
    "t": _GHG,
    "°C": frozenset({"temperature_limit"}),
    "m3": frozenset({"water", "other"}),
}
#: Units whose amounts rise or fall; a temperature limit or a sum invested does neither.
DIRECTED_UNITS = frozenset({"kWh", "t", "kW", "m3"})
#: How far left of an amount its verb may stand: an amount of change, written after "by" ("verminderde Longwei
#: de uitstoot van broeikasgassen met 1,2 miljoen ton": 55 characters), and any other amount (a level: "lower
#: the carbon intensity to 0.45 tonnes" is no decrease of 0.45 tonnes).
DIRECTION_REACH_BY, DIRECTION_REACH = 64, 40


#: How far right of an amount in tonnes the word naming what they are of may start ("tonnes of").
UNIT_OF_REACH = 4


def _due_year(s: Sentence, n: Number) -> int | None:
    """The year an amount is committed for: a target year after it, with a commitment before it
    ("aims to provide $100 billion in sustainable finance by 2030", "ตั้งเป้า ... 150,000 ล้านบาท ภายในปี 2573").
    The amount is then no figure of a year gone by."""
    if n.unit == "°C" or not s.has("commit", s.start, n.start):
        return None  # (a temperature limit is no amount committed: "1.5°C ... net zero by 2050")
    reach = min(s.end, n.end + TARGET_YEAR_REACH,
                next((other.start for other in s.numbers if other.start >= n.end), s.end))
    due = s.year_after_cue("target_year", n.end, reach)
    return None if due is None else due.year


def _level_of(s: Sentence, n: Number, previous: Draft) -> bool:
    """Whether `n` is the level the change before it came to, however far from it: "met 17 procent verlaagd
    ten opzichte van een jaar eerder, tot 41,3 kiloton"."""
    return previous.direction is not None and s.has("level_to", n.start - LEVEL_WORD_GAP, n.start)


def quantity(s: Sentence, n: Number, previous: Draft | None) -> Draft:
    """A number with a unit other than % as a `quantity` claim."""
    lo = s.left_window(n.start)
    hi = s.right_window(n.end)
    earlier = sets_against(s, n, previous, lo)  # "fell to 3.1 Mt, down from 4.4 Mt"
    metric: str | None
    if n.unit == "°C":
        metric = "temperature_limit"
    else:
        allowed = UNIT_METRICS.get(n.unit or "", _MONEY)
        metric = s.metric(lo, hi, anchor=n.end, allowed=allowed)
        if metric is None and lo > s.start:
            # past a count to what it counts: "ติดตั้งแผงโซลาร์เซลล์ ... 620 แห่ง กำลังการผลิตรวม 48 เมกะวัตต์"
            far = s.left_window(n.start, past_counts=True)
            if far < lo:
                metric = s.metric(far, hi, anchor=n.end, allowed=allowed)
        if previous is not None and lo == previous.end and previous.metric in allowed \
                and (n.start - lo <= INHERIT_REACH or _level_of(s, n, previous)) \
                and not s.has("new_clause", lo, n.start) \
                and (metric is None or (metric in GENERIC_METRICS and previous.metric not in GENERIC_METRICS
                                        and not s.names_metric(None, lo, n.start))):
            # "50 พันล้านหยวน 7.9 พันล้านดอลลาร์สหรัฐ": one sum, two currencies; "... per kilo melk daalde met 7,3
            # procent, tot 1,08 kilo CO2-equivalent": the gas in the unit says no more than the figure before
            metric = previous.metric
        if previous is not None and previous.metric not in GENERIC_METRICS and (
                earlier or (metric is None and sets_against(s, n, previous, lo, gap=None))):
            metric = previous.metric  # "recycled 1.2 million tonnes of plastic, up from 0.9 million tonnes"
        if metric is None and n.unit == "t" and (not s.names_metric(_EMISSIONS, s.start)
                                                 or s.has("unit_of", n.end, n.end + UNIT_OF_REACH)):
            metric = "other"  # "1.42 million tonnes of jet fuel": tonnes of what its window names, no gas
        metric = metric or UNIT_METRIC.get(n.unit or "", "other")
    direction = None
    if n.unit in DIRECTED_UNITS and not earlier:  # an earlier level is no change
        reach = DIRECTION_REACH_BY if s.has("change_by", n.start - 8, n.start) else DIRECTION_REACH
        direction = s.direction(max(lo, n.start - reach), hi, anchor=n.start)
    due = _due_year(s, n)
    period = None if due is not None else s.period_year(n.start, right_until=hi, own_end=n.end)
    # the level a change came to has no base year: the base is the change's ("daalde met 17 procent tot 41,3
    # kiloton, vergeleken met 2023")
    level = previous is not None and _level_of(s, n, previous)
    return Draft(
        kind="quantity", rule=rule_id(s.code, "quantity.unit"), start=n.start, end=n.end,
        sentence=(s.start, s.end), lang=s.code, metric=metric, direction=direction, value=n.value,
        unit=n.unit, qualifier=n.qualifier, period_year=period, target_year=due,
        baseline_year=None if level else baseline_year(s, n.end, s.right_window(n.end, limit=120), period=period),
        value_text=n.text, ambiguous=n.reason, earlier=earlier,
    )
