"""Property tests of the new number forms (issue 33) and of the normalisers' robustness (issue 35 items 3
and 6): no input raises anything but NormalizeError, offsets always slice the input to the reported text,
letters whose case folding differs from lower() crash nothing, digit runs too long for a float are refused
with a reason, and time stays linear in the text's length."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.errors import NormalizeError
from extractor.lang import SUPPORTED
from extractor.normalize.dates import find_dateline

#: Pieces of the new forms, of look-alikes and of letters whose case folding differs from lower().
PIECES = (
    "-504", "−4%", "minus 1,200,000", "min 3", "negative five", "ลบ 1,200,000", "-€2.3bn", "(12.5%)", "100k", "3M",
    "1.2M", "2,33 k", "10G", "1.2m tonnes", "5 mln.", "3 mld.", "4 bln", "€500K", "1/5", "3/4", "2 1/4", "twee derde",
    "drie kwart", "driekwart", "een achtste", "two thirds", "a quarter", "หนึ่งในสาม", "1 point 1", "nul komma vijf",
    "หนึ่งจุดหนึ่ง", "จุด 77", "anderhalf", "een half miljoen", "a dozen", "dozijn", "โหล", "tweeëntwintighonderd",
    "honderdzes", "tweeduizend tweehonderd", "0033", "1e10", "1,5e6", "1\u2009234", "1\u202f234,5", "Q3 2024",
    "H1 2025", "FY2023/24", "mid-2026", "31 February 2024", "05/06/2024", "20 ก.พ. 68", "๑๕ พฤศจิกายน ๒๐๒๔",
    "ſ", "İ", "\u212a", "ß", "tonſ", "PERCENT", "MİLJOEN", "auguſtus", " ", "\n", "-", "/", "%", "(", ")", "9" * 320,
    "https://x.org/?q=30%25", "one third of the board", "3/4 stars", "2019-2024", "30-40%",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)
FOLDING = st.text(alphabet=st.sampled_from([*"ſİKßẞıﬁ", *"tonsmiljoenpercentaugst 0123456789,.%"]), max_size=60)


def _finders_hold(text: str, lang: str) -> None:
    for words in (False, True):
        for number in extractor.find_numbers(text, lang, words=words):
            assert 0 <= number.start < number.end <= len(text)
            assert text[number.start:number.end] == number.text
            assert number.value == number.value and abs(number.value) != float("inf")
    for periods in (False, True):
        for date in extractor.find_dates(text, lang, reference=dt.date(2025, 1, 1), periods=periods):
            assert text[date.start:date.end] == date.text
            assert date.year_end is None or date.year_end >= date.year
            assert not date.ambiguous or len(date.readings) == 2
    line = find_dateline(text, lang)
    assert line is None or text[line.start:line.end] == line.text


def _parsers_answer_or_refuse(text: str, lang: str) -> None:
    for parse in (extractor.parse_number, extractor.parse_date):
        try:
            value = parse(text, lang)
        except NormalizeError as err:
            assert str(err)
        else:
            assert value is not None


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(SUPPORTED))
def test_new_forms_keep_offsets_and_raise_nothing_else(text, lang):
    _finders_hold(text, lang)
    _parsers_answer_or_refuse(text, lang)


@settings(max_examples=250, deadline=None)
@given(FOLDING, st.sampled_from(SUPPORTED))
def test_letters_whose_case_folding_differs_crash_nothing(text, lang):
    _finders_hold(text, lang)
    _parsers_answer_or_refuse(text, lang)


@pytest.mark.parametrize("text", ["4,000 tonſ", "İ 5 tons", "5 \u212a", "ß 7 %", "three quarterſ of it", "5 auguſtus 2024",
                                  "DİT JAAR", "12 MİLJOEN euro"])
@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_letters_of_the_fuzzing_report(text, lang):
    _finders_hold(text, lang)
    _parsers_answer_or_refuse(text, lang)


def test_a_unit_written_with_a_long_s_is_read():
    (number,) = extractor.find_numbers("4,000 tonſ", "en")
    assert (number.value, number.unit) == (4000.0, "t")


@pytest.mark.parametrize("digits", [310, 400, 5000])
def test_digit_runs_too_long_for_a_float_are_refused_with_a_reason(digits):
    with pytest.raises(NormalizeError, match="digits"):
        extractor.parse_number("9" * digits, "en")
    assert all(abs(n.value) != float("inf") for n in extractor.find_numbers("9" * digits + " tonnes", "en", words=True))


def test_309_digits_still_read():
    assert extractor.parse_number("9" * 309, "en") > 1e308


def _dense(size: int) -> str:
    """Adversarial number-dense text: every form above, fractions after figures, open brackets, spaces."""
    unit = " ".join(p for p in PIECES if len(p) < 40) + " drie kwart (72% van 3 " + "1 " * 20
    return (unit * (size // len(unit) + 1))[:size]


#: 100 KB against 10 KB may take this many times as long (linear would be 10).
RATIO = 25


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize("call", ["find_numbers", "find_numbers words", "find_dates", "find_dateline"])
def test_time_stays_linear_in_the_text_length(lang, call):
    def run(text: str) -> float:
        """The CPU seconds of this process (not the wall clock, which other processes on a loaded machine
        lengthen by bursts that a 100 KB run catches more often than a 10 KB one)."""
        start = time.process_time()
        if call == "find_numbers":
            extractor.find_numbers(text, lang)
        elif call == "find_numbers words":
            extractor.find_numbers(text, lang, words=True)
        elif call == "find_dates":
            extractor.find_dates(text, lang, reference=dt.date(2025, 1, 1), periods=True)
        else:
            find_dateline(text, lang, window=len(text))
        return time.process_time() - start

    small, large = _dense(10_000), _dense(100_000)
    run(small)  # patterns compiled, caches warm
    times = [(run(small), run(large)) for _ in range(3)]  # in turns
    assert min(t for _, t in times) <= RATIO * max(min(t for t, _ in times), 0.01)
