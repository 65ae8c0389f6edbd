"""English dates: month names and abbreviations, relative years.

Numeric dates are read month first (US newswire style) when the first number
could be a month; "13/01/2026" (first number above 12) is read day first.
"""
from __future__ import annotations

MONTHS = {
    "January": 1, "Jan": 1,
    "February": 2, "Feb": 2,
    "March": 3, "Mar": 3,
    "April": 4, "Apr": 4,
    "May": 5,
    "June": 6, "Jun": 6,
    "July": 7, "Jul": 7,
    "August": 8, "Aug": 8,
    "September": 9, "Sep": 9, "Sept": 9,
    "October": 10, "Oct": 10,
    "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}
#: English month names are capitalised; matching them case-sensitively keeps "may" the verb out.
MONTHS_CASE_SENSITIVE = True
ERA_OFFSET = 543
#: English text about Thailand sometimes writes "B.E. 2567"; only marked years convert.
ERA_MIN_YEAR = 10_000
ERA_MARKERS = {"B.E.": "be", "A.D.": "ce"}
#: Markers written after the year: "2567 B.E.".
ERA_MARKERS_AFTER = {"B.E.": "be", "BE": "be", "AD": "ce", "A.D.": "ce"}
DATE_ORDER = "mdy"
RELATIVE_YEARS = {
    "last year": -1,
    "this year": 0,
    "next year": 1,
}

#: Written right before a year, joined to it: a fiscal year, "FY2024".
YEAR_PREFIXES = ("FY",)

#: Words of a byline's time after its date ("April 2, 2025, 9:30 a.m. ET").
TIME_WORDS = ("a.m.", "p.m.", "am", "pm", "hrs", "ET", "EST", "EDT", "GMT", "UTC", "CET", "CEST", "ICT", "SGT", "HKT")
#: Ordinal words that number a quarter or a half ("the third quarter of 2024").
PERIOD_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: Periods written with a year (`find_dates(periods=True)`); {YEAR}, {YEAR2} and {ORD} are filled in by dates.py.
PERIODS = (
    ("quarter", r"(?<![\p{L}\p{N}])Q(?P<n>[1-4])\s*(?:FY\s*)?{YEAR}"),
    ("quarter", r"(?<![\p{L}\p{N}]){YEAR}\s*Q(?P<n>[1-4])(?![\p{L}\p{N}])"),
    ("quarter", r"(?i:(?<![\p{L}])(?:the\s+)?{ORD}\s+quarter\s+(?:of\s+)?){YEAR}"),
    ("half", r"(?<![\p{L}\p{N}])H(?P<n>[12])\s*(?:FY\s*)?{YEAR}"),
    ("half", r"(?i:(?<![\p{L}])(?:the\s+)?{ORD}\s+half\s+(?:of\s+)?){YEAR}"),
    ("fiscal", r"(?<![\p{L}])(?:FY|(?i:fiscal\s+year|financial\s+year))\s*{YEAR}\s*[/-]\s*{YEAR2}(?![\p{N}])"),
    ("mid", r"(?i:(?<![\p{L}])mid-?\s*){YEAR}"),
    ("decade", r"(?i:(?<![\p{L}])the\s+){YEAR}'?s(?![\p{L}])"),
)

#: Weekday names, full and short: a date written with its weekday in a release's lead is the date it reports
#: (`published.lead_weekday`).
WEEKDAYS: tuple[str, ...] = (
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    'Mon',
    'Tue',
    'Tues',
    'Wed',
    'Thu',
    'Thurs',
    'Fri',
    'Sat',
    'Sun',
)
