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

#: Words of a byline's time after its date ("14 mei 2024, 09:30 uur").
TIME_WORDS = ("uur", "u.", "CET", "CEST")
#: Ordinal words that number a quarter or a half ("het derde kwartaal van 2024").
PERIOD_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
#: Decades written in words: "de jaren twintig" (a decade up to fifty is this century's, later ones the last).
DECADE_WORDS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
                "tachtig": 80, "negentig": 90}
#: Periods written with a year (`find_dates(periods=True)`); {YEAR}, {YEAR2}, {ORD} and {DECADE} are filled in.
PERIODS = (
    ("quarter", r"(?<![\p{L}\p{N}])Q(?P<n>[1-4])\s*{YEAR}"),
    ("quarter", r"(?i:(?<![\p{L}])(?:het\s+)?{ORD}\s+kwartaal\s+(?:van\s+)?){YEAR}"),
    ("half", r"(?<![\p{L}\p{N}])H(?P<n>[12])\s*{YEAR}"),
    ("half", r"(?i:(?<![\p{L}])(?:de\s+)?{ORD}\s+(?:jaar)?helft\s+(?:van\s+)?){YEAR}"),
    ("half", r"(?i:(?<![\p{L}])(?:het\s+)?{ORD}\s+halfjaar\s+(?:van\s+)?){YEAR}"),
    ("fiscal", r"(?<![\p{L}])(?:FY|(?i:boekjaar))\s*{YEAR}\s*[/-]\s*{YEAR2}(?![\p{N}])"),
    ("mid", r"(?i:(?<![\p{L}])medio\s+){YEAR}"),
    ("decade", r"(?i:(?<![\p{L}])(?:de\s+)?jaren\s+)(?:{YEAR}|{DECADE})(?![\p{L}\p{N}])"),
)

#: Weekday names, full and short: a date written with its weekday in a release's lead is the date it reports
#: (`published.lead_weekday`).
WEEKDAYS: tuple[str, ...] = (
    'maandag',
    'dinsdag',
    'woensdag',
    'donderdag',
    'vrijdag',
    'zaterdag',
    'zondag',
    'ma',
    'di',
    'wo',
    'do',
    'vr',
    'za',
    'zo',
)
