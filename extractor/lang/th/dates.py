"""Thai dates: month names and abbreviations, and the Buddhist era.

A year is Buddhist-era (BE = CE + 543) when marked พ.ศ., Gregorian when marked
ค.ศ., and otherwise decided per mention: 2400 and above is BE (BE 2400 is
CE 1857, long before any release), below is CE. A Thai text may mix both.
"""
from __future__ import annotations

MONTHS = {
    "มกราคม": 1, "ม.ค.": 1,
    "กุมภาพันธ์": 2, "ก.พ.": 2,
    "มีนาคม": 3, "มี.ค.": 3,
    "เมษายน": 4, "เม.ย.": 4,
    "พฤษภาคม": 5, "พ.ค.": 5,
    "มิถุนายน": 6, "มิ.ย.": 6,
    "กรกฎาคม": 7, "ก.ค.": 7,
    "สิงหาคม": 8, "ส.ค.": 8,
    "กันยายน": 9, "ก.ย.": 9,
    "ตุลาคม": 10, "ต.ค.": 10,
    "พฤศจิกายน": 11, "พ.ย.": 11,
    "ธันวาคม": 12, "ธ.ค.": 12,
}
ERA_OFFSET = 543
ERA_MIN_YEAR = 2400
ERA_MARKERS = {"พ.ศ.": "be", "พ.ศ": "be", "ค.ศ.": "ce", "ค.ศ": "ce"}
DATE_ORDER = "dmy"
RELATIVE_YEARS = {
    "ปีที่แล้ว": -1,
    "ปีก่อน": -1,
    "ปีนี้": 0,
    "ปีหน้า": 1,
}

#: Written right before a year, joined to it: a fiscal year, "FY2024" (as in English).
YEAR_PREFIXES = ("FY",)

#: Words of a byline's time after its date ("วันจันทร์ที่ 3 กุมภาพันธ์ 2568 เวลา 09:20 น.").
TIME_WORDS = ("เวลา", "น.")
#: A two-digit year after a day and a month is of this era: "20 ก.พ. 68" is BE 2568.
TWO_DIGIT_ERA_CENTURY = 2500
PERIOD_ORDINALS = {"แรก": 1, "หลัง": 2}
#: The Thai government's fiscal year starts in October of the year before the one it is named for.
FISCAL_START_MONTH = 10
PERIODS = (
    ("quarter", r"ไตรมาส(?:ที่)?\s*(?P<n>[1-4])\s*(?:/|ปี|ของปี|\s)\s*(?:พ\.ศ\.\s*)?{YEAR}"),
    ("half", r"ครึ่ง(?:ปี)?{ORD}\s*(?:ของ)?\s*(?:ปี)?\s*(?:พ\.ศ\.\s*)?{YEAR}"),
    ("fiscal", r"ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?{YEAR}(?:\s*[/-]\s*{YEAR2})?"),
    ("mid", r"กลางปี\s*(?:พ\.ศ\.\s*)?{YEAR}"),
)

#: Weekday names, full and short: a date written with its weekday in a release's lead is the date it reports
#: (`published.lead_weekday`).
WEEKDAYS: tuple[str, ...] = (
    'วันจันทร์',
    'วันอังคาร',
    'วันพุธ',
    'วันพฤหัสบดี',
    'วันพฤหัส',
    'วันศุกร์',
    'วันเสาร์',
    'วันอาทิตย์',
    'จันทร์',
    'อังคาร',
    'พุธ',
    'พฤหัสบดี',
    'พฤหัส',
    'ศุกร์',
    'เสาร์',
    'อาทิตย์',
)
#: Written between a weekday and its date: "วันอังคารที่ 12 พฤศจิกายน 2567".
AFTER_WEEKDAY: tuple[str, ...] = ("ที่",)
