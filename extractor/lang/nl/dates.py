"""Dutch dates: month names and abbreviations, numeric order, relative years.

Not handled: weekday-only references ("afgelopen dinsdag"), seasons, quarters.
"""
from __future__ import annotations

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2,
    "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
#: Dutch texts use the Gregorian calendar only.
ERA_OFFSET = 0
ERA_MIN_YEAR = 10_000
ERA_MARKERS: dict[str, str] = {}
DATE_ORDER = "dmy"
RELATIVE_YEARS = {
    "vorig jaar": -1,
    "afgelopen jaar": -1,
    "dit jaar": 0,
    "volgend jaar": 1,
}

#: Written right before a year, joined to it: a fiscal year, "FY2024" (as in English).
YEAR_PREFIXES = ("FY",)
