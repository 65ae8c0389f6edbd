"""Every extraction rule: its id and what it produces.

The `rule` column holds `<lang>.<name>`, e.g. `nl.target.value_by_year`. Each language keeps an example
of every rule in `lang/<code>/examples.py`; `tests/test_rules.py` runs them: each must produce a claim
carrying that rule id, so no rule exists without a working example in every language.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    description: str


def _rule(name: str, kind: str, description: str) -> Rule:
    return Rule(name, kind, description)


RULES = MappingProxyType({r.name: r for r in (
    _rule("target.value_by_year", "target",
          "a percentage followed by a target-year cue: cut emissions 52% by 2030"),
    _rule("target.value_committed", "target",
          "a percentage after a commitment and a reduce cue, no year: aims to cut emissions by 30%"),
    _rule("target.same_period", "target",
          "a percentage target with the years of the target before it: 28% over the same timeframe"),
    _rule("target.refers_back", "target",
          "a target that restates the one before it with another year: ... In 2030 moet dat 30 procent zijn"),
    _rule("target.raise_share", "target",
          "a target that raises the share written right before it: 27% ..., and aims to raise this to 50% by 2030"),
    _rule("target.net_zero_by_year", "target", "net zero with a target year: net zero by 2050"),
    _rule("target.carbon_neutral_by_year", "target", "carbon neutrality with a target year"),
    _rule("target.net_zero_open", "target", "a net-zero or carbon-neutral target without a year"),
    _rule("percentage.change", "percentage", "a percentage with a rise or fall: emissions fell 9.7%"),
    _rule("percentage.ranking", "percentage", "a position in a ranking: among the top 4%"),
    _rule("percentage.share", "percentage", "any other percentage: 40% of its electricity"),
    _rule("percentage.fraction", "percentage", "a fraction read as a share: more than half"),
    _rule("quantity.unit", "quantity", "an amount with a physical or money unit: 10 miljard kWh"),
    _rule("target.table_column", "target", "a percentage under a table column headed by a target and its year: "
          "Sector | Metric | 2030 target / Cement | t CO2e per tonne | -18%"),
    _rule("award.cdp_grade", "award", "a CDP score or list: CDP Climate A List"),
    _rule("award.earlier_grade", "award",
          "an earlier grade set against a new one, an award row of its own: an A-, up from a B the year before"),
    _rule("award.grade_after_issuer", "award",
          "a CDP list or score named without its issuer, right after a sentence naming CDP"),
    _rule("award.issuer_mention", "award", "an issuer named with a streak: the CDP top rating, third year running"),
    _rule("award.sbti_approval", "award", "science-based targets approved or validated by SBTi"),
    _rule("award.medal", "award", "an EcoVadis medal: EcoVadis Gold"),
    _rule("award.esg_rating", "award", "an ESG rating: MSCI AA, Sustainalytics low risk"),
    _rule("award.named_among", "award", "a list or ranking the company was named among, by its name in capitals"),
    _rule("award.ladder_level", "award", "a level of the CO2 Performance Ladder (CO2-Prestatieladder), 1 to 5"),
    _rule("award.index", "award", "inclusion in a sustainability index: DJSI, FTSE4Good"),
    _rule("award.programme_level", "award",
          "a level in a programme of Thailand's greenhouse-gas agency (TGO): LCSi Excellent, CALO Gold"),
    _rule("award.list_place", "award", "a place in a list or benchmark: ranked fourth on the ... list, bovenaan de ..."),
    _rule("award.titled", "award", "a named award: the Sustainable Development Contribution Award"),
    _rule("award.list_item", "award", "one bullet of a list of awards"),
)})


def rule_id(lang: str, name: str) -> str:
    """The id in the `rule` column: `<lang>.<name>`; raises on an unknown rule."""
    if name not in RULES:
        raise KeyError(f"unknown rule {name!r}")
    return f"{lang}.{name}"
