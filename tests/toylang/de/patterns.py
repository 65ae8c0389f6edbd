"""Toy German cues: the required ones (`extractor.lang.base.CUES`) and a few more."""
from __future__ import annotations

PATTERNS = {
    "decrease": (r"gesunken", r"sank", r"Rückgang"),
    "increase": (r"gestiegen", r"stieg", r"Anstieg"),
    "reduce": (r"senken", r"reduzieren", r"verringern"),
    "commit": (r"will", r"wollen", r"plant", r"Ziel"),
    "target_year": (r"bis", r"bis\s+zum\s+Jahr"),
    "period": (r"im\s+Jahr", r"in"),
    "baseline": (r"gegenüber", r"im\s+Vergleich\s+zu"),
    "net_zero": (r"netto[\s-]*null", r"Netto-Null"),
    "scope_words": (r"Scope",),
    "list_joiners": (r"und",),
}
METRIC_WORDS = {
    "ghg_scope1_2": (r"Scope\s*1\s*und\s*2",),
    "ghg_total": (r"Emissionen", r"Treibhausgas\w*", r"CO2"),
}
ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3}
