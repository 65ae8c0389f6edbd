"""Dates ahead of the peers (issue 33) and bylines as news sites write them (issue 31 item 2): periods with
their grain, two-digit Buddhist-era years, Gregorian years in Thai digits, weekday-and-time bylines, dates that
do not exist refused with a reason, and numeric dates whose order cannot be told marked ambiguous."""
from __future__ import annotations

import pytest

import extractor
from extractor.errors import NormalizeError
from extractor.normalize.dates import find_dateline


@pytest.mark.parametrize(("text", "lang", "expect"), [
    ("Q3 2024 results", "en", [("Q3 2024", "quarter", "2024-Q3")]),
    ("in the third quarter of 2024", "en", [("the third quarter of 2024", "quarter", "2024-Q3")]),
    ("H1 2025 revenue", "en", [("H1 2025", "half", "2025-H1")]),
    ("for FY2023/24", "en", [("FY2023/24", "fiscal", "2023/2024")]),
    ("by mid-2026", "en", [("mid-2026", "mid", "2026")]),
    ("through the 2020s", "en", [("the 2020s", "decade", "2020/2029")]),
    ("Q3 2024 en de eerste helft van 2025", "nl",
     [("Q3 2024", "quarter", "2024-Q3"), ("de eerste helft van 2025", "half", "2025-H1")]),
    ("het boekjaar 2023/24", "nl", [("boekjaar 2023/24", "fiscal", "2023/2024")]),
    ("medio 2026", "nl", [("medio 2026", "mid", "2026")]),
    ("in de jaren twintig", "nl", [("de jaren twintig", "decade", "2020/2029")]),
    ("ไตรมาส 3/2567", "th", [("ไตรมาส 3/2567", "quarter", "2024-Q3")]),
    ("ปีงบประมาณ 2567", "th", [("ปีงบประมาณ 2567", "fiscal", "2023/2024")]),
    ("ครึ่งปีแรก 2568", "th", [("ครึ่งปีแรก 2568", "half", "2025-H1")]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_periods_with_their_grain(text, lang, expect):
    got = extractor.find_dates(text, lang, periods=True)
    assert [(d.text, d.grain, d.value) for d in got] == expect


@pytest.mark.parametrize(("text", "lang"), [
    ("Q5 2024", "en"), ("FY2023/26", "en"), ("the 2024s", "en"), ("H3 2025", "nl"), ("ไตรมาส 5/2567", "th"),
])
def test_what_is_no_period(text, lang):
    assert all(d.period is None for d in extractor.find_dates(text, lang, periods=True))


def test_periods_are_opt_in_so_the_year_inside_stays_a_year():
    assert [(d.value, d.grain) for d in extractor.find_dates("Q3 2024", "en")] == [("2024", "year")]


@pytest.mark.parametrize(("text", "lang"), [("31 February 2024", "en"), ("31 februari 2024", "nl"),
                                            ("30 ก.พ. 2567", "th"), ("29/02/2023", "nl")])
def test_dates_that_do_not_exist_are_refused_with_a_reason(text, lang):
    assert extractor.find_dates(text, lang) == []
    with pytest.raises(NormalizeError, match="is no date"):
        extractor.parse_date(text, lang)


@pytest.mark.parametrize(("text", "lang", "ambiguous", "readings"), [
    ("05/06/2024", "en", True, ("2024-05-06", "2024-06-05")),
    ("13/06/2024", "en", False, ()),
    ("06/06/2024", "en", False, ()),
    ("05/06/2024", "nl", False, ()),
])
def test_a_day_month_order_that_cannot_be_told_is_ambiguous(text, lang, ambiguous, readings):
    (date,) = extractor.find_dates(text, lang)
    assert (date.ambiguous, date.readings) == (ambiguous, readings)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("พุธ ๑๒ มีนาคม ๒๕๖๘ ๑๐:๑๕\nข่าวประชาสัมพันธ์", "th", "2025-03-12"),
    ("ข่าว\n๑๕ พฤศจิกายน ๒๐๒๔\nบริษัท", "th", "2024-11-15"),
    ("วันจันทร์ที่ 3 กุมภาพันธ์ 2568 เวลา 09:20 น.\nบริษัท", "th", "2025-02-03"),
    ("กรุงเทพฯ, 5 มี.ค. 67 -- บริษัท ชลธารา", "th", "2024-03-05"),
    ("14 mei 2024, 09:30 – door onze redactie", "nl", "2024-05-14"),
    ("April 2, 2025, 9:30 a.m. ET\nThe company", "en", "2025-04-02"),
])
def test_bylines_as_news_sites_write_them(text, lang, value):
    line = find_dateline(text, lang)
    assert line is not None and line.value == value
    assert text[line.start:line.end] == line.text


def test_a_time_alone_after_a_date_in_the_body_makes_no_dateline():
    assert find_dateline("Het bedrijf opende op 14 mei 2024 een fabriek die om 09:30 uur begon.", "nl") is None
