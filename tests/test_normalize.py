"""The public normalisation API: documented calls, ambiguity, eras, and robustness on any string."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.errors import NormalizeError
from extractor.lang import SUPPORTED, get
from extractor.normalize.dates import find_dateline, to_gregorian


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("14,317 miljoen", "nl", 14_317_000.0),
    ("๑๐,๐๐๐ ล้าน", "th", 10_000_000_000.0),
    ("10,000 ล้าน", "th", 10_000_000_000.0),
    ("10 miljard", "nl", 10_000_000_000.0),
    ("drieëntwintig", "nl", 23.0),
    ("honderd duizend", "nl", 100_000.0),
    ("twenty-three", "en", 23.0),
    ("one hundred", "en", 100.0),
    ("ห้าสิบ", "th", 50.0),
    ("สองล้านสามแสน", "th", 2_300_000.0),
    ("miljard", "nl", 1e9),
    ("ล้าน", "th", 1e6),
    ("2030", "en", 2030.0),
    ("1.234,5", "nl", 1234.5),
    ("1,234.5", "en", 1234.5),
    ("meer dan 40%", "nl", 40.0),
])
def test_parse_number(text, lang, value):
    assert extractor.parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang"), [("", "nl"), ("geen getal", "nl"), ("3D", "en"), ("ISO 14001", "en"), ("12 en 13", "nl"),
                                           ("1e400", "en"), ("9,5e310", "nl"), ("10^999", "th")])
def test_parse_number_refuses_what_is_not_one_number(text, lang):
    with pytest.raises(NormalizeError):
        extractor.parse_number(text, lang)


def test_find_numbers_documented_example():
    got = extractor.find_numbers("daalde met 9,7% tot 45 miljoen kWh", "nl")
    assert [(n.value, n.unit, n.start, n.end, n.text) for n in got] == [
        (9.7, "%", 11, 15, "9,7%"), (45_000_000.0, "kWh", 20, 34, "45 miljoen kWh")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("5.111,000 ตัน", "th", 5_111_000.0),
    ("1,234.5 ton", "nl", 1_234.5),
    ("1.234,5 tonnes", "en", 1_234.5),
])
def test_contradictory_separators_are_flagged_with_a_reading(text, lang, value):
    (number,) = extractor.find_numbers(text, lang)
    assert number.value == value
    assert number.ambiguous and "mixes" in number.reason


@pytest.mark.parametrize(("text", "lang", "expect"), [
    ("6 พ.ค. 2567", "th", dt.date(2024, 5, 6)),
    ("6 mei 2024", "nl", dt.date(2024, 5, 6)),
    ("May 6, 2024", "en", dt.date(2024, 5, 6)),
    ("วันที่ 1 มกราคม ค.ศ. 2025", "th", dt.date(2025, 1, 1)),
])
def test_parse_date(text, lang, expect):
    assert extractor.parse_date(text, lang) == expect


@pytest.mark.parametrize(("text", "lang"), [("tegen 2030", "nl"), ("no date here", "en"), ("มีนาคม 2567", "th")])
def test_parse_date_needs_a_full_date(text, lang):
    with pytest.raises(NormalizeError):
        extractor.parse_date(text, lang)


@pytest.mark.parametrize(("year", "lang", "marker", "expect"), [
    (2573, "th", None, 2030), (2021, "th", None, 2021), (2564, "th", "พ.ศ.", 2021), (2021, "th", "ค.ศ.", 2021),
    (2030, "nl", None, 2030), (2567, "en", "B.E.", 2024),
])
def test_eras_are_decided_per_mention(year, lang, marker, expect):
    assert to_gregorian(year, lang_data=get(lang), marker=marker) == expect


def test_relative_dates_need_a_reference_and_never_read_the_clock():
    assert [d.value for d in extractor.find_dates("vorig jaar daalde de uitstoot", "nl")] == []
    got = extractor.find_dates("vorig jaar daalde de uitstoot", "nl", reference=dt.date(2024, 5, 6))
    assert [d.value for d in got] == ["2023"]
    assert [d.value for d in extractor.find_dates("ปีหน้า", "th", reference=dt.date(2024, 5, 6))] == ["2025"]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("SHENZHEN, China, 6 mei 2024 /PRNewswire/ -- ZTE", "nl", "2024-05-06"),
    ("เซินเจิน จีน, 6 พ.ค. 2567 /พีอาร์นิวส์ไวร์/", "th", "2024-05-06"),
    ("LONDON, 2 October 2024 -- Harbourline", "en", "2024-10-02"),
    # a dateline on a line of its own, as a page's dateline element is scraped
    ("Stockholm, 4 November 2025\n\nLumen Telecom cuts energy use", "en", "2025-11-04"),
    ("Utrecht, 3 februari 2025\nHet bedrijf", "nl", "2025-02-03"),
    ("ATLANTA, GA / ACCESSWIRE / April 15, 2025 / Brightwater Beverages Inc. released", "en", "2025-04-15"),
    ("LONDON, 3 March 2025 (Reuters) - Meridian Steel Plc set out", "en", "2025-03-03"),
    ("DUBLIN, Ireland, April 22, 2025 (BUSINESS WIRE) -- Skyhaven Airways Group released", "en", "2025-04-22"),
    ("NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- Brightline Foods", "en", "2025-03-03"),
    # the date after the place's mark, the text running on
    ("ธนาคารสยาม\n\nกรุงเทพฯ – 28 มกราคม 2568 ธนาคารสยามเพื่อการพัฒนา ประกาศ", "th", "2025-01-28"),
    ("Title\n\nBANGKOK -- 14 August 2025 Andaman Power announced", "en", "2025-08-14"),
])
def test_dateline(text, lang, value):
    assert find_dateline(text, lang).value == value


def test_a_date_in_the_body_is_no_dateline():
    assert find_dateline("Op 6 mei 2024 sprak de CEO met investeerders.", "nl") is None
    # a long line ending with a date is body text, not a dateline
    assert find_dateline("Title\n\nThe chief executive of Acme told investors about the plan on 4 May 2024\nMore",
                         "en") is None
    # a date after a dash that follows words of a sentence, not a place
    assert find_dateline("Title\n\nThe company – founded 12 May 1990 in Leiden, makes paint.", "en") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(SUPPORTED))
def test_no_string_crashes_the_finders(text, lang):
    for number in extractor.find_numbers(text, lang):
        assert 0 <= number.start < number.end <= len(text)
        assert text[number.start:number.end] == number.text
    for date in extractor.find_dates(text, lang, reference=dt.date(2024, 1, 1)):
        assert 1900 <= date.year <= 2150
        assert text[date.start:date.end] == date.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789๐๑๒๓๔๕.,% -ล้านmiljoenbkWhตัน"), max_size=40),
       st.sampled_from(SUPPORTED))
def test_parse_number_answers_or_raises_normalize_error(text, lang):
    try:
        value = extractor.parse_number(text, lang)
    except NormalizeError as err:
        assert str(err)
    else:
        assert isinstance(value, float)


# The finders scan for runs of digits and try their patterns only there (`matches_at`). That must
# give exactly what scanning every position gives: compared on generated text built from the
# characters that matter around numbers and years (digits, separators, era markers, letters).
_PIECES = [*"0123456789๒๕.,/-–: \n%aBEDx", "B.E. ", "A.D. ", "พ.ศ. ", "ค.ศ.", "ปี", " 2567", "2024"]
_NEAR_DIGITS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=400)
@given(_NEAR_DIGITS, st.sampled_from(SUPPORTED), st.integers(0, 5))
def test_scanning_digit_runs_finds_what_scanning_every_position_finds(text, lang, pos):
    from extractor.normalize import dates, numbers

    norm = numbers.to_ascii_digits(text)
    runs = numbers.digit_runs(norm, pos)

    def both(rx, starts):
        fast = [m.span() for m in numbers.matches_at(rx, norm, starts, len(norm))]
        return fast, [m.span() for m in rx.finditer(norm, pos, len(norm))]

    fast, full = both(numbers.RE_CORE, [a for a, _ in runs])
    assert fast == full
    g = dates._grammar(lang)
    for name, rx in g.patterns:
        if name in dates._DIGIT_PATTERNS:
            fast, full = both(rx, dates._starts(name, runs, norm, g, pos))
            assert fast == full, name


def test_scanning_digit_runs_on_the_corpora():
    """The same comparison on every bundled release."""
    from extractor.language import detect
    from extractor.normalize import dates, numbers
    from tests.conftest import corpus_bodies

    checked = 0
    for file_name, body in corpus_bodies():
        lang = detect(body)[0]
        if lang not in SUPPORTED:
            continue
        norm = numbers.to_ascii_digits(body)
        runs = numbers.digit_runs(norm)
        g = dates._grammar(lang)
        for name, rx in [("core", numbers.RE_CORE), *g.patterns]:
            if name == "core":
                starts = [a for a, _ in runs]
            elif name in dates._DIGIT_PATTERNS:
                starts = list(dates._starts(name, runs, norm, g, 0))
            else:
                continue
            assert [m.span() for m in numbers.matches_at(rx, norm, starts, len(norm))] == \
                [m.span() for m in rx.finditer(norm)], (file_name, name)
        checked += 1
    assert checked >= 15


# Look-alikes are looked for only near a "trigger" (see numbers.Trigger), whose word part is skipped
# when none of the words' first letters occur in the window: that shortcut must change nothing.
_LOOKALIKE_PIECES = [*"0123456789 .:-+(@/ſKİTEtel", "TİER", "Tİer 2", "scope", "Scope", "SCOPES", "tel.", "phone",
                     "www.", "uur", "น.", "โทร", "ขอบเขตที่", "10.30", "://", "a@b.nl", "http://x.co", "+31 10 555 0123",
                     "(020) 555"]
_NEAR_LOOKALIKES = st.lists(st.sampled_from(_LOOKALIKE_PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(_NEAR_LOOKALIKES, st.sampled_from(SUPPORTED))
def test_trigger_shortcut_changes_nothing(text, lang):
    import re

    from extractor.normalize import numbers

    t = numbers._grammar(lang).trigger
    plain = bool(re.search(r"[+(@]|://", text) or t.digits.search(text) or t.words.search(text))
    assert t.near(text, 0, len(text)) == plain


@settings(max_examples=400)
@given(_NEAR_LOOKALIKES, st.sampled_from(SUPPORTED), st.integers(0, 20), st.integers(1, 6))
def test_lookalike_parts_left_out_change_nothing(text, lang, start, width):
    """A look-alike part whose telltale the window lacks is left out of the scan: same answer as all parts."""
    from extractor.normalize import numbers

    blocked = numbers._grammar(lang).blocked
    end = min(len(text), start + width)
    everything = blocked._pattern(0b1111)
    expected = any(m.start() <= start and end <= m.end() for m in everything.finditer(text, 0, len(text)))
    assert blocked.covers(text, 0, len(text), start, end) == expected


_NEAR_DATES = st.lists(st.sampled_from([*_PIECES, "mei ", "May ", "6 ", "13 ", "2024-05-06", "6.5.2024", "พ.ค. ",
                                        "januari ", "Sept. ", ", ", "of "]), max_size=20).map("".join)


@settings(max_examples=300)
@given(_NEAR_DATES, st.sampled_from(SUPPORTED))
def test_the_day_patterns_alone_find_the_same_days(text, lang):
    """A dateline is read with the day patterns only: they must find the days all the patterns find."""
    from extractor.normalize import dates

    def days(found):
        return [(d.start, d.end, d.value) for d in found if d.grain == "day"]

    assert days(dates._find_dates(text, lang, None, 0, None, dates._DAY_PATTERNS)) == days(dates.find_dates(text, lang))


def _after_year_pieces(code):
    ld = get(code)
    words = [*list(ld.units())[:12], *list(ld.multipliers)[:6], *ld.patterns.get("range_joiners", ()),
             *ld.patterns.get("range_and", ())]
    return [w for w in words if "\\" not in w and "(" not in w] + [" ", "  ", "-", "–", "%", "°C", "x", "ton", ",", "7",
                                                                   "Emissions", "ลด", "\u00a0"]


@pytest.mark.parametrize("code", SUPPORTED)
def test_one_pattern_tells_what_keeps_a_year_a_number_as_the_three_do(code):
    """A bare year is dropped unless a unit, a scale word or a range follows it: one pattern for the
    three answers as trying each does, at every position of texts made of their words."""
    from extractor.normalize.numbers import _grammar

    g = _grammar(code)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_after_year_pieces(code)), max_size=6).map("".join))
    def check(text):
        for pos in range(len(text) + 1):
            each = bool(g.unit.match(text, pos) or g.scale.match(text, pos) or g.range.match(text, pos))
            assert bool(g.after_year.match(text, pos)) is each

    check()


def _numbers_without_year_filter(text, code):
    """`find_numbers` as it was before bare years were settled ahead of the number pattern: every run of
    digits through the pattern and `_extend`, a bare year dropped there."""
    from extractor.normalize import numbers as N
    from extractor.speed.scan import matches_at

    g = N._grammar(code)
    norm = N.to_ascii_digits(text)
    found, consumed = [], 0
    for m in matches_at(N.RE_CORE, norm, (a for a, _ in N.digit_runs(norm)), len(norm)):
        start, end = m.span()
        if start < consumed:
            continue
        core = N._core_value(m.group(), g.lang_data)
        if N._is_year(core[0], core[2], g.lang_data) and not g.after_year.match(norm, end):
            continue
        number = N._extend(norm, text, g, start, end, core, keep_bare=False)
        if number is not None:
            found.append(number)
            consumed = number.end
    found += N._word_numbers(norm, text, g, [(n.start, n.end) for n in found])
    return sorted(found, key=lambda n: n.start)


@pytest.mark.parametrize("code", SUPPORTED)
def test_bare_years_settled_first_give_the_numbers_the_pattern_gives(code):
    """Years cut out before the number pattern runs (`_bare_year`) leave the same numbers: years
    written next to decimals, separators, units, scale words, ranges and other digits."""
    years = ["2030", "2019", "1899", "2101", "2567", "๒๕๗๓", "0203", "20300", "203"]
    pieces = [*years, *_after_year_pieces(code), ".", ".5", ",5", ",000", "/", "1", "12", "%", " kWh"]

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=8).map("".join))
    def check(text):
        assert extractor.find_numbers(text, code) == _numbers_without_year_filter(text, code)

    check()


@pytest.mark.parametrize(("word", "code", "expected"), [
    ("third", "en", 3), (" Fifth ", "en", 5), ("3rd", "en", 3), ("12th", "en", 12), ("derde", "nl", 3),
    ("vierde", "nl", 4), ("สาม", "th", 3), ("๓", "th", 3), ("๑๒", "th", 12), ("consecutive", "en", None),
    ("", "nl", None),
])
def test_streak_numerals(word, code, expected):
    """'third consecutive year', 'derde jaar op rij', 'เป็นปีที่ ๓ ติดต่อกัน': the count of a streak."""
    from extractor.extract.matching import numeral

    assert numeral(word, lang_data=get(code)) == expected


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Acme today published its 2022 Sustainability Report.", "en", 2022),
    # the year a report covers, when the release says so, before the year in its name
    ("Acme released its 2025 Impact Report, covering fiscal year 2024.", "en", 2024),
    ("Het bedrijf publiceerde het duurzaamheidsverslag 2024.", "nl", 2024),
    ("Het jaarverslag over boekjaar 2024 verscheen vandaag.", "nl", 2024),
    ("บริษัทเผยแพร่รายงานความยั่งยืนประจำปี 2566", "th", 2023),
    ("Acme cut emissions 12% in 2024.", "en", None),
])
def test_report_year(text, lang, year):
    from extractor.extract import report_year

    assert report_year(text, lang) == year


# The forms of issue 33, each through `parse_number` (a string that is one number).
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("-504", "en", -504.0), ("−4%", "en", -4.0), ("minus 1,200,000", "en", -1_200_000.0), ("min 3", "nl", -3.0),
    ("negative five", "en", -5.0), ("ลบ 1,200,000", "th", -1_200_000.0), ("-€2.3bn", "en", -2.3e9),
    ("(12.5%)", "en", -12.5), ("100k", "en", 100_000.0), ("3M", "en", 3e6), ("1.2M", "en", 1.2e6),
    ("2,33 k", "nl", 2330.0), ("10G", "en", 1e10), ("€2.3bn", "en", 2.3e9), ("5 mln.", "nl", 5e6),
    ("3 mld.", "nl", 3e9), ("4 bln", "en", 4e9), ("1/5", "en", 0.2), ("3/4", "nl", 0.75), ("2 1/4", "en", 2.25),
    ("twee derde", "nl", 0.666666666667), ("drie kwart", "nl", 0.75), ("driekwart", "nl", 0.75),
    ("een achtste", "nl", 0.125), ("two thirds", "en", 0.666666666667), ("a quarter", "en", 0.25),
    ("หนึ่งในสาม", "th", 0.333333333333), ("1 point 1", "en", 1.1), ("nul komma vijf", "nl", 0.5),
    ("หนึ่งจุดหนึ่ง", "th", 1.1), ("จุด 77", "th", 0.77), ("anderhalf", "nl", 1.5),
    ("een half miljoen", "nl", 500_000.0), ("a dozen", "en", 12.0), ("dozijn", "nl", 12.0), ("โหล", "th", 12.0),
    ("tweeëntwintighonderd", "nl", 2200.0), ("honderdzes", "nl", 106.0), ("tweeduizend tweehonderd", "nl", 2200.0),
    ("honderd tweeëntwintig", "nl", 122.0), ("0033", "en", 33.0), ("1e10", "en", 1e10), ("1,5e6", "nl", 1.5e6),
    ("1\u2009234", "en", 1234.0), ("1\u202f234,5", "nl", 1234.5), ("0e310", "en", 0.0), ("0,0e999", "nl", 0.0),
    ("2^10", "th", 1024.0),
])
def test_parse_number_reads_the_forms_of_the_peers(text, lang, value):
    assert extractor.parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang", "expect"), [
    ("drie bedrijven en tweehonderd medewerkers", "nl", [(3.0, "drie", True), (200.0, "tweehonderd", True)]),
    ("twenty-three sites and 40 offices", "en", [(23.0, "twenty-three", True), (40.0, "40", False)]),
    ("สามล้านคน", "th", [(3_000_000.0, "สามล้าน", True)]),
    ("een bedrijf", "nl", []),  # an article alone is no number
    ("a first class seat", "en", []),
])
def test_written_numbers_are_found_on_request_and_flagged(text, lang, expect):
    got = extractor.find_numbers(text, lang, words=True)
    assert [(n.value, n.text, n.written) for n in got] == expect
    assert [n for n in extractor.find_numbers(text, lang) if n.unit is None and n.written] == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("a change of -504 tonnes", "en", -504.0), ("fell −4%", "en", -4.0), ("the period 2019-2024 saw 30-40%", "en", 30.0),
])
def test_a_sign_is_kept_and_a_joining_hyphen_is_none(text, lang, value):
    numbers = [n for n in extractor.find_numbers(text, lang) if n.unit is not None]
    assert numbers[0].value == value and numbers[0].negative == (value < 0)


@pytest.mark.parametrize(("text", "lang", "expect"), [
    ("ZTE (0763.HK / 000063.SZ), SET: 2345 and 2345.HK", "en", []),  # stock codes in words mode as in digits
    ("call +1-222-2222 at 10:30", "en", []),
    ("about 1e10 particles", "en", [1e10]),
    ("ไม่ลบ 5 ตัน", "th", [5.0]),  # "ลบ" after a word is no minus
    ("ลบ", "th", []),
])
def test_words_mode_refuses_look_alikes(text, lang, expect):
    assert [n.value for n in extractor.find_numbers(text, lang, words=True)] == expect


# The readers the normalisers try in order (`numbers._EXTEND_STEPS`, `numbers._FRACTION_VETOES`, the date
# readers of `dates._DAY_MONTH_READERS` and `dates._YEAR_READERS`): each has a case in every language that
# writes its form, and each case needs its reader (without it, the result changes).

def _numbers(text, lang):
    return [(n.value, n.high, n.unit, n.text) for n in extractor.find_numbers(text, lang)]


#: (reader, lang, text, (value, high, unit, text) of every number found)
_EXTEND_CASES = [
    ("_read_range", "en", "30-40% of sales", [(30.0, 40.0, "%", "30-40%")]),
    ("_read_range", "en", "between 40% and 45%", [(40.0, 45.0, "%", "40% and 45%")]),  # the unit after each
    ("_read_range", "nl", "tussen 30 en 40 procent", [(30.0, 40.0, "%", "30 en 40 procent")]),
    ("_read_range", "th", "ร้อยละ 40 ถึง 45", [(40.0, 45.0, "%", "ร้อยละ 40 ถึง 45")]),  # the unit once before both
    ("_read_scale", "en", "2.3 billion", [(2_300_000_000.0, None, None, "2.3 billion")]),
    ("_read_scale", "nl", "45 miljoen", [(45_000_000.0, None, None, "45 miljoen")]),
    ("_read_scale", "th", "10,000 ล้าน", [(10_000_000_000.0, None, None, "10,000 ล้าน")]),
    ("_read_currency", "en", "$5 million", [(5_000_000.0, None, "USD", "$5 million")]),
    ("_read_currency", "nl", "€2,3 miljard", [(2_300_000_000.0, None, "EUR", "€2,3 miljard")]),
    ("_read_currency", "th", "฿500", [(500.0, None, "THB", "฿500")]),
    ("_read_suffix", "en", "1.2m tonnes", [(1_200_000.0, None, "t", "1.2m tonnes")]),
    ("_read_suffix", "nl", "1,2m ton", [(1_200_000.0, None, "t", "1,2m ton")]),
    ("_read_suffix", "th", "$3m", [(3_000_000.0, None, "USD", "$3m")]),
    ("_read_prefix_unit", "th", "ร้อยละ 30", [(30.0, None, "%", "ร้อยละ 30")]),
    ("_read_unit", "en", "45 tonnes", [(45.0, None, "t", "45 tonnes")]),
    ("_read_unit", "nl", "45 ton", [(45.0, None, "t", "45 ton")]),
    ("_read_unit", "th", "45 ตัน", [(45.0, None, "t", "45 ตัน")]),
    ("_read_shared_unit", "en", "from 35 to 61 percent", [(35.0, None, "%", "35"), (61.0, None, "%", "61 percent")]),
    ("_read_shared_unit", "nl", "van 35 naar 61 procent", [(35.0, None, "%", "35"), (61.0, None, "%", "61 procent")]),
    ("_read_shared_unit", "th", "จาก 35 เป็น 61 เปอร์เซ็นต์",
     [(35.0, None, "%", "35"), (61.0, None, "%", "61 เปอร์เซ็นต์")]),
]
#: Readers a language writes no form for, and why.
_EXTEND_NO_FORM = {
    ("_read_prefix_unit", "en"): "English writes no unit before a figure",
    ("_read_prefix_unit", "nl"): "Dutch writes no unit before a figure",
}


def test_every_step_of_a_number_has_a_case_in_every_language():
    from extractor.normalize import numbers as N

    covered = {(reader, lang) for reader, lang, _, _ in _EXTEND_CASES}
    missing = [(step.__name__, lang) for step in N._EXTEND_STEPS for lang in SUPPORTED
               if (step.__name__, lang) not in covered and (step.__name__, lang) not in _EXTEND_NO_FORM]
    assert missing == []


@pytest.mark.parametrize(("reader", "lang", "text", "expect"), _EXTEND_CASES,
                         ids=[f"{r}-{lang}-{t}" for r, lang, t, _ in _EXTEND_CASES])
def test_each_step_of_a_number_reads_its_form(reader, lang, text, expect, monkeypatch):
    from extractor.normalize import numbers as N

    assert _numbers(text, lang) == expect
    monkeypatch.setattr(N, "_EXTEND_STEPS", tuple(s for s in N._EXTEND_STEPS if s.__name__ != reader))
    assert _numbers(text, lang) != expect  # the case needs its reader


#: (veto, lang, text, the share a fraction word would give without the veto)
_FRACTION_CASES = [
    ("_exact_share_after", "en", "nearly three quarters (72%)", (75.0, None, "%", "three quarters")),
    ("_exact_share_after", "nl", "bijna driekwart (72 procent)", (75.0, None, "%", "driekwart")),
    ("_exact_share_after", "th", "เกือบสามในสี่ (ร้อยละ 72)", (75.0, None, "%", "สามในสี่")),
    ("_share_of_people", "en", "one third of the board", (33.3333333333, None, "%", "one third")),
    ("_share_of_people", "nl", "een derde van de raad van commissarissen", (33.3333333333, None, "%", "een derde")),
    ("_share_of_people", "th", "หนึ่งในสามของคณะกรรมการ", (33.3333333333, None, "%", "หนึ่งในสาม")),
    ("_fraction_lookalike", "en", "first-half profit", (50.0, None, "%", "half")),
    ("_fraction_lookalike", "nl", "de eerste helft", (50.0, None, "%", "helft")),
    ("_fraction_lookalike", "th", "สองในสามบริษัท", (66.6666666667, None, "%", "สองในสาม")),
    pytest.param("_fraction_lookalike", "nl", "helft van het jaar", (50.0, None, "%", "helft"),
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "nl fraction_lookalikes holds 'helft van (het) jaar', but a look-alike is looked for only "
                     "_FRACTION_REACH (12) characters right of the fraction word, and ' van het jaar' takes 13: "
                     "that branch of the pattern never vetoes (kept as it was; a wider reach is a behaviour change)"
                 ))),
]


def test_every_fraction_veto_has_a_case_in_every_language():
    from extractor.normalize import numbers as N

    covered = {(p.values[0], p.values[1]) if hasattr(p, "values") else (p[0], p[1]) for p in _FRACTION_CASES}
    assert [(v.__name__, lang) for v in N._FRACTION_VETOES for lang in SUPPORTED
            if (v.__name__, lang) not in covered] == []


@pytest.mark.parametrize(("veto", "lang", "text", "without"), _FRACTION_CASES)
def test_each_fraction_veto_drops_its_look_alike(veto, lang, text, without, monkeypatch):
    from extractor.normalize import numbers as N

    assert without not in _numbers(text, lang)
    monkeypatch.setattr(N, "_FRACTION_VETOES", tuple(v for v in N._FRACTION_VETOES if v.__name__ != veto))
    assert without in _numbers(text, lang)  # the case needs its veto


#: (day-and-month reader, year reader, lang, text, (value, era, readings) of every date found on 1 March 2025)
_DATE_CASES = [
    ("_numeric_day_month", "_written_year", "en", "05/06/2024", [("2024-05-06", "ce", ("2024-05-06", "2024-06-05"))]),
    ("_numeric_day_month", "_written_year", "nl", "6-5-2024", [("2024-05-06", "ce", ())]),
    ("_numeric_day_month", "_written_year", "th", "6/5/2567", [("2024-05-06", "be", ())]),
    ("_iso_day_month", "_written_year", "en", "2024-05-06", [("2024-05-06", "ce", ())]),
    ("_iso_day_month", "_written_year", "nl", "op 2024-05-06", [("2024-05-06", "ce", ())]),
    ("_iso_day_month", "_written_year", "th", "วันที่ 2024-05-06", [("2024-05-06", "ce", ())]),
    ("_named_day_month", "_written_year", "en", "May 6, 2024", [("2024-05-06", "ce", ())]),
    ("_named_day_month", "_written_year", "nl", "6 mei 2024", [("2024-05-06", "ce", ())]),
    ("_named_day_month", "_written_year", "th", "6 พ.ค. 2567", [("2024-05-06", "be", ())]),
    ("_named_day_month", "_reference_year", "en", "on 6 May", [("2025-05-06", "ce", ())]),
    ("_named_day_month", "_reference_year", "nl", "op 6 mei", [("2025-05-06", "ce", ())]),
    ("_named_day_month", "_reference_year", "th", "วันที่ 6 พ.ค.", [("2025-05-06", "ce", ())]),
    ("_named_day_month", "_two_digit_year", "th", "20 ก.พ. 68", [("2025-02-20", "be", ())]),
    ("_named_day_month", "_written_year", "en", "by 2030", [("2030", "ce", ())]),
    ("_named_day_month", "_written_year", "nl", "tegen 2030", [("2030", "ce", ())]),
    ("_named_day_month", "_written_year", "th", "ภายในปี 2573", [("2030", "be", ())]),
]
#: Date readers a language writes no form for, and why.
_DATE_NO_FORM = {
    ("_two_digit_year", "en"): "English dates take no two-digit year of an era",
    ("_two_digit_year", "nl"): "Dutch dates take no two-digit year of an era",
}


def test_every_date_reader_has_a_case_in_every_language():
    from extractor.normalize import dates as D

    readers = [*D._DAY_MONTH_READERS.values(), D._named_day_month, *D._YEAR_READERS.values(), D._written_year]
    covered = {(c[i], c[2]) for c in _DATE_CASES for i in (0, 1)}
    assert [(r.__name__, lang) for r in readers for lang in SUPPORTED
            if (r.__name__, lang) not in covered and (r.__name__, lang) not in _DATE_NO_FORM] == []


@pytest.mark.parametrize(("day_month", "year", "lang", "text", "expect"), _DATE_CASES,
                         ids=[f"{d}-{y}-{lang}-{t}" for d, y, lang, t, _ in _DATE_CASES])
def test_each_date_reader_reads_its_form(day_month, year, lang, text, expect):
    found = extractor.find_dates(text, lang, reference=dt.date(2025, 3, 1))
    assert [(d.value, d.era, d.readings) for d in found] == expect
