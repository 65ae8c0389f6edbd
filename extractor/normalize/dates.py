"""Dates and years in running text, with the Buddhist era resolved per mention.

One grammar for every language, filled from the language's tables (month
names, numeric order, era markers), the way dateparser normalises
per-language forms before one parser reads them. What dateparser does not do,
and this does: Buddhist-era years (2573 -> 2030) decided per mention, so a Thai
text may mix "ปี 2573" and "ปี 2021"; ค.ศ. marks a Gregorian year, พ.ศ. a
Buddhist one. Relative dates ("vorig jaar") need an explicit reference date:
nothing here reads today's date.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import TypeAlias

import regex

from extractor import lang as languages
from extractor.errors import NormalizeError
from extractor.lang.base import LanguageData, alternation
from extractor.normalize.numbers import Folded, digit_runs, matches_at, to_ascii_digits
from extractor.speed.openings import Opening
from extractor.normalize.numbers import _grammar as _number_grammar
from extractor.speed.scan import Scanner

#: Years outside this range are not dates of interest.
MIN_YEAR, MAX_YEAR = 1900, 2150


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, month or year found in text; `year` is Gregorian."""

    start: int
    end: int
    text: str
    year: int
    month: int | None = None
    day: int | None = None
    era: str = "ce"
    #: Resolved from a relative phrase ("vorig jaar") against the reference date.
    relative: bool = False
    #: A period of the year or of years (`find_dates(periods=True)`): "quarter", "half", "fiscal", "mid" or
    #: "decade"; `part` numbers a quarter or half, `year_end` is the last year a period spans.
    period: str | None = None
    part: int | None = None
    year_end: int | None = None
    #: A numeric date whose day/month order cannot be told ("05/06/2024" in English): both readings, ISO,
    #: the one `year`/`month`/`day` hold first.
    ambiguous: bool = False
    readings: tuple[str, ...] = ()

    @property
    def grain(self) -> str:
        if self.period:
            return self.period
        return "day" if self.day else "month" if self.month else "year"

    @property
    def value(self) -> str:
        """ISO form: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a period `YYYY-Q3`, `YYYY-H1`, or `YYYY/YYYY` for one
        that spans years (a fiscal year, a decade)."""
        if self.period in ("quarter", "half"):
            return f"{self.year:04d}-{self.period[0].upper()}{self.part}"
        if self.year_end is not None and self.year_end != self.year:
            return f"{self.year:04d}/{self.year_end:04d}"
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


#: Patterns that hold a month name; they only run in windows around month names (found in one pass).
_MONTH_PATTERNS = frozenset({"day_month_year", "month_day_year", "month_year", "day_month", "day_month_yy"})
#: How far before and after a month name its date may reach ("19th of ", ", 2024").
_BEFORE_MONTH, _AFTER_MONTH = 12, 32


#: Patterns that start at a run of digits (or at an era marker right before one): tried only there.
_DIGIT_PATTERNS = frozenset({"iso", "numeric", "year"})
#: How far before its digits an era marker may start ("พ.ศ. ").
_ERA_REACH = 24
#: What follows the first digits of a numeric and of an ISO date.
_NUMERIC_SEPARATORS, _ISO_SEPARATORS = ("/", ".", "-"), ("-", "/")


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang_data: LanguageData
    patterns: tuple[tuple[str, regex.Pattern], ...]
    month: Scanner
    year: regex.Pattern
    relative: Scanner | None
    months: Folded
    #: An era marker written before a year, ending where the year starts.
    era_before: regex.Pattern | None
    #: Quarters, halves, fiscal years, "mid-2026", decades (`find_dates(periods=True)`).
    periods: tuple[tuple[str, regex.Pattern], ...]
    period_ordinals: Folded
    #: The century of a two-digit year written after a day and a month, in the language's era (Thai: 2500).
    two_digit_century: int | None
    #: The month a fiscal year named by one year starts in the year before (Thai government: October).
    fiscal_start_month: int | None
    #: A time after a byline's date ("10:15", ", 09:30 uur", "เวลา 09:20 น.").
    time_tail: regex.Pattern


@lru_cache(maxsize=None)
def _grammar(code: str) -> _Grammar:
    ld = languages.get(code)
    flags = 0 if ld.months_case_sensitive else regex.I
    month = rf"(?P<month>{alternation(ld.months)})\.?"
    if ld.spaced:
        month = rf"(?<![\p{{L}}])(?P<month>{alternation(ld.months)})(?:\.|(?![\p{{L}}]))"
    era = rf"(?:(?P<era>{alternation(ld.era_markers)})\s*)?" if ld.era_markers else ""
    era_after = (rf"(?:\s*(?P<era_after>{alternation(ld.era_markers_after)}))?"
                 if ld.era_markers_after else "")
    year = rf"{era}(?P<year>[0-9]{{4}}){era_after}(?![0-9]|[.,][0-9])"
    year_word = r"(?:(?:ปี|jaar|year)\s*)?"
    day = r"(?<![0-9.,])(?P<day>[0-9]{1,2})(?:st|nd|rd|th|e|ste|de)?"
    prefixes = ld.extra.get("year_prefixes", ())
    prefixed = rf"(?<=(?<!\p{{L}})(?:{alternation(prefixes)}))|" if prefixes else ""
    tables = ld.extra["dates"]
    two_digit = getattr(tables, "TWO_DIGIT_ERA_CENTURY", None)
    patterns = (
        ("iso", regex.compile(r"(?<![0-9.,])(?P<year>[0-9]{4})[-/](?P<mnum>[0-9]{1,2})[-/](?P<day>[0-9]{1,2})(?![0-9])")),
        ("day_month_year", regex.compile(rf"{day}\s*(?:of\s+)?{month},?\s*{year_word}{year}", flags)),
        ("month_day_year", regex.compile(rf"{month}\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+{year}", flags)),
        ("numeric", regex.compile(r"(?<![0-9.,/])(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<year>[0-9]{4})(?![0-9])")),
        # a two-digit year of the language's era after a day and a month: "20 ก.พ. 68"
        ("day_month_yy", regex.compile(rf"{day}\s*{month}\s*(?P<yy>[0-9]{{2}})(?![0-9]|[.,:][0-9])", flags)
         if two_digit else regex.compile(r"(?!x)x")),
        ("month_year", regex.compile(rf"{month},?\s*{year_word}{year}", flags)),
        ("day_month", regex.compile(rf"{day}\s*{month}", flags)),
        # a year alone, also after the language's prefixes joined to it ("FY2024")
        ("year", regex.compile(rf"(?:{prefixed}(?<![\p{{Latin}}0-9.,/]))(?<![\p{{L}}]-){year}")),
    )
    relative = None
    if ld.relative_years:
        relative = Scanner(regex.compile(ld.word(alternation(ld.relative_years)), regex.I))
    era_before = regex.compile(rf"(?:{alternation(ld.era_markers)})\s*$") if ld.era_markers else None
    return _Grammar(ld, patterns, Scanner(regex.compile(month, flags)), regex.compile(year), relative,
                    Folded(ld.months), era_before, _periods(tables), Folded(getattr(tables, "PERIOD_ORDINALS", {})),
                    two_digit, getattr(tables, "FISCAL_START_MONTH", None),
                    _time_tail(getattr(tables, "TIME_WORDS", ())))


def _time_tail(words: tuple[str, ...]) -> regex.Pattern:
    """A time after a byline's date, with the language's words for it: ", 09:30 uur", " เวลา 09:20 น."."""
    word = rf"(?:{alternation(words)})" if words else r"(?!x)x"
    return regex.compile(rf"\s*,?\s*(?:{word}\s*)?[0-9]{{1,2}}[:.][0-9]{{2}}(?:\s*{word})*\s*,?\s*")


def _periods(tables) -> tuple[tuple[str, regex.Pattern], ...]:
    """The language's period patterns with their year, second year, ordinal and decade-word groups filled in."""
    fill = {"{YEAR}": r"(?P<year>[0-9]{4})", "{YEAR2}": r"(?P<year2>[0-9]{4}|[0-9]{2})",
            "{ORD}": rf"(?P<nw>{alternation(getattr(tables, 'PERIOD_ORDINALS', {}) or ['(?!x)x'])})",
            "{DECADE}": rf"(?P<dw>{alternation(getattr(tables, 'DECADE_WORDS', {}) or ['(?!x)x'])})"}
    compiled = []
    for kind, pattern in getattr(tables, "PERIODS", ()):
        for key, group in fill.items():
            pattern = pattern.replace(key, group)
        compiled.append((kind, regex.compile(pattern)))
    return tuple(compiled)


def _starts(name: str, runs: list[tuple[int, int]], norm: str, g: _Grammar, pos: int) -> Iterator[int]:
    """Every position where pattern `name` can start: runs of digits of the lengths it reads (followed by
    the separator it reads: '6-5-2024', '2024/05/06'), and era markers right before a four-digit run."""
    for start, end in runs:
        if name == "numeric":
            if end - start <= 2 and norm[end:end + 1] in _NUMERIC_SEPARATORS:
                yield start
        elif name == "iso":
            if end - start == 4 and norm[end:end + 1] in _ISO_SEPARATORS:
                yield start
        elif end - start == 4:
            if name == "year" and g.era_before is not None:
                era = g.era_before.search(norm, max(pos, start - _ERA_REACH), start)
                if era is not None:
                    yield era.start()
            yield start


def to_gregorian(year: int, *, lang_data: LanguageData, marker: str | None = None) -> int:
    """Gregorian year of a year as written, deciding the era per mention.

    >>> from extractor import lang
    >>> to_gregorian(2573, lang_data=lang.get("th"))
    2030
    >>> to_gregorian(2021, lang_data=lang.get("th"))
    2021
    >>> to_gregorian(2567, lang_data=lang.get("en"), marker="B.E.")
    2024
    """
    key = marker or ""
    era = lang_data.era_markers_after[key] if key in lang_data.era_markers_after else lang_data.era_markers.get(key)
    if era == "be" or (era is None and year >= lang_data.era_min_year):
        return year - lang_data.era_offset
    return year


def find_dates(text: str, lang: str | LanguageData, *, reference: dt.date | None = None, pos: int = 0,
               endpos: int | None = None, periods: bool = False) -> list[DateMention]:
    """Dates, months and years in `text`, in order of position.

    Args:
        text: any string.
        lang: language code or `LanguageData`.
        reference: the date relative expressions ("vorig jaar", "6 mei") resolve
            against, usually the document's publication date. Without it they are skipped.
        pos, endpos: only dates in `text[pos:endpos]` (offsets stay those of `text`).
        periods: also quarters, halves, fiscal years, "mid-2026" and decades, as periods ("Q3 2024" is
            `grain == "quarter"`, value "2024-Q3"); off by default, where the year inside stays a year.

    A date that does not exist ("31 February 2024") is no mention (`parse_date` says why), and a numeric
    date whose day/month order cannot be told is `ambiguous` with both `readings`.

    >>> [d.value for d in find_dates("SHENZHEN, China, 6 mei 2024 /PRNewswire/ -- tegen 2030", "nl")]
    ['2024-05-06', '2030']
    >>> [d.value for d in find_dates("เซินเจิน จีน, 6 พ.ค. 2567 ภายในปี 2573", "th")]
    ['2024-05-06', '2030']
    """
    return _find_dates(text, lang, reference, pos, endpos, periods=periods)


#: The patterns that read a day: a dateline's date is one of these.
_DAY_PATTERNS = frozenset({"iso", "day_month_year", "month_day_year", "numeric", "day_month_yy"})


def _find_dates(text: str, lang: str | LanguageData, reference: dt.date | None, pos: int, endpos: int | None,
                only: frozenset[str] | None = None, *, periods: bool = False,
                rejected: list[str] | None = None) -> list[DateMention]:
    """`find_dates`; with `only`, just those patterns. They must open the list (`_DAY_PATTERNS` do): an
    earlier pattern takes characters from later ones, never the other way, so leaving out the last ones
    changes nothing the first ones find. Dates that do not exist take their characters and add their reason
    to `rejected`.

    >>> rejected = []
    >>> [d.value for d in _find_dates("31 februari 2024, 6 mei 2024", "nl", None, 0, None, rejected=rejected)]
    ['2024-05-06']
    >>> rejected
    ["'31 februari 2024' is no date: 2024-02 has 29 days, not 31"]
    """
    ld = languages.get(lang) if isinstance(lang, str) else lang
    g = _grammar(ld.code)
    norm = to_ascii_digits(text)
    units = _number_grammar(ld.code).unit
    taken = bytearray(len(norm))  # characters already part of a date found by an earlier pattern
    endpos = len(norm) if endpos is None else endpos
    months = [(max(pos, m.start() - _BEFORE_MONTH), min(endpos, m.end() + _AFTER_MONTH))
              for m in g.month.finditer(norm, pos, endpos)]
    runs = digit_runs(norm, pos, endpos)
    found = _period_mentions(text, norm, g, pos, endpos, taken) if periods else []
    for name, rx in g.patterns:
        if only is not None and name not in only:
            continue
        for m in _pattern_matches(name, rx, norm, g, pos, endpos, months, runs):
            if taken.find(1, m.start(), m.end()) < 0:
                _keep(_mention(name, m, text, g, reference, units, norm), m, found, taken, rejected)
    if g.relative is not None and reference is not None:
        found += _relative_mentions(text, norm, g, Folded(ld.relative_years), reference, pos, endpos, taken)
    return sorted(found, key=lambda d: d.start)


def _pattern_matches(name: str, rx: regex.Pattern, norm: str, g: _Grammar, pos: int, endpos: int,
                     months: list[tuple[int, int]], runs: list[tuple[int, int]]) -> Iterable[regex.Match]:
    """Where pattern `name` matches in `norm[pos:endpos]`, trying it only where it can start: a pattern that holds
    a month name in the windows around month names (`months`), one that starts with digits at the runs of
    digits (`runs`, see `_starts`), any other everywhere.

    >>> g = _grammar("en"); norm = "On 6 May 2024, 2030"
    >>> [m.group() for m in _pattern_matches("day_month_year", g.patterns[1][1], norm, g, 0, len(norm), [(0, 19)], [])]
    ['6 May 2024']
    """
    if name in _MONTH_PATTERNS:
        return [m for lo, hi in months for m in rx.finditer(norm, lo, hi)]
    if name in _DIGIT_PATTERNS:
        return matches_at(rx, norm, _starts(name, runs, norm, g, pos), endpos)
    return rx.finditer(norm, pos, endpos)


def _relative_mentions(text: str, norm: str, g: _Grammar, years: Folded, reference: dt.date, pos: int, endpos: int,
                       taken: bytearray) -> list[DateMention]:
    """Years written relative to the reference date (`years`: how many years each phrase adds), outside the
    dates found: "vorig jaar", "last year".

    >>> [d.value for d in find_dates("vorig jaar", "nl", reference=dt.date(2025, 3, 1))]
    ['2024']
    """
    found = []
    for m in g.relative.finditer(norm, pos, endpos):  # type: ignore[union-attr]
        if taken.find(1, m.start(), m.end()) < 0:
            year = reference.year + years[m.group()]
            found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], year, relative=True))
    return found


def _keep(mention: DateMention | str | None, m: regex.Match, found: list[DateMention], taken: bytearray,
          rejected: list[str] | None) -> None:
    """A mention is kept; a date that does not exist gives its reason; both take their characters."""
    if mention is None:
        return
    if isinstance(mention, str):
        if rejected is not None:
            rejected.append(mention)
    else:
        found.append(mention)
    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


def _period_mentions(text: str, norm: str, g: _Grammar, pos: int, endpos: int, taken: bytearray
                     ) -> list[DateMention]:
    found = []
    for kind, rx in g.periods:
        for m in rx.finditer(norm, pos, endpos):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            mention = _period(kind, m, text, g)
            if mention is not None:
                found.append(mention)
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return found


def _period(kind: str, m: regex.Match, text: str, g: _Grammar) -> DateMention | None:
    """A quarter, half, fiscal year, "mid-2026" or decade as a period with its years."""
    groups = m.groupdict()
    part = int(groups["n"]) if groups.get("n") else g.period_ordinals.get(groups["nw"]) if groups.get("nw") else None
    years = _period_years(kind, groups, g)
    if years is None:
        return None
    year, year_end = years
    if not MIN_YEAR <= year <= MAX_YEAR or (kind in ("quarter", "half") and part is None):
        return None
    return DateMention(m.start(), m.end(), text[m.start():m.end()], year, era="be" if year != int(
        groups.get("year") or year) else "ce", period=kind, part=part, year_end=year_end)


def _period_years(kind: str, groups: dict, g: _Grammar) -> tuple[int, int | None] | None:
    """The first and last year a period spans (the last None for a period within one year)."""
    ld = g.lang_data
    if groups.get("dw"):
        tens = _decade_word(groups["dw"], ld)
        year = (2000 if tens <= 50 else 1900) + tens
    else:
        year = to_gregorian(int(groups["year"]), lang_data=ld)
    year_end = None
    if groups.get("year2"):
        later = int(groups["year2"])
        if later < 100:
            later += int(groups["year"]) // 100 * 100
        year_end = to_gregorian(later, lang_data=ld)
        if year_end != year + 1:
            return None  # "FY2023/26" is no fiscal year
    elif kind == "fiscal" and g.fiscal_start_month:
        year, year_end = year - 1, year  # ปีงบประมาณ 2567: October 2023 to September 2024
    elif kind == "decade":
        if year % 10:
            return None
        year_end = year + 9
    elif kind == "fiscal":
        return None
    return year, year_end


def _decade_word(word: str, ld: LanguageData) -> int:
    return int(Folded(ld.extra["dates"].DECADE_WORDS)[word])


def _numeric_order(a: int, b: int, year: int, ld: LanguageData) -> tuple[int, int, tuple[str, ...]]:
    """Day and month of a numeric date, and both readings when the order cannot be told: in a language that
    writes the month first (English), "05/06/2024" may be 6 May (US) or 5 June (UK)."""
    day, month = (b, a) if ld.date_order == "mdy" and a <= 12 else (a, b)
    if ld.date_order != "mdy" or a == b or a > 12 or b > 12:
        return day, month, ()
    return day, month, (f"{year:04d}-{a:02d}-{b:02d}", f"{year:04d}-{b:02d}-{a:02d}")


def _mention(name: str, m: regex.Match, text: str, g: _Grammar, reference: dt.date | None,
             units: Opening, norm: str) -> DateMention | str | None:
    """The mention `m` (of pattern `name`) reads, None, or why the date it reads does not exist. Day and month
    are read by the pattern's reader in `_DAY_MONTH_READERS`, the year by its reader in `_YEAR_READERS`.

    >>> g = _grammar("th"); norm = "6 พ.ค. 2567"
    >>> m = g.patterns[1][1].match(norm)
    >>> _mention("day_month_year", m, norm, g, None, _number_grammar("th").unit, norm).value
    '2024-05-06'
    """
    groups = m.groupdict()
    day, month, readings = _DAY_MONTH_READERS.get(name, _named_day_month)(groups, g)
    year_era = _YEAR_READERS.get(name, _written_year)(groups, g, reference)
    if year_era is None:
        return None
    year, era = year_era
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if name == "year" and _quantity_after(m, norm, units):
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and month is not None:
        missing = _missing_day(m, text, year, month, day)
        if missing is not None:
            return missing
    return DateMention(m.start(), m.end(), text[m.start():m.end()], year, month, day, era,
                       ambiguous=bool(readings), readings=readings)


_DayMonth: TypeAlias = "tuple[int | None, int | None, tuple[str, ...]]"


def _numeric_day_month(groups: dict, g: _Grammar) -> _DayMonth:
    """"06/05/2024": day and month in the language's order, and both readings when it cannot be told.

    >>> _numeric_day_month({"a": "06", "b": "05", "year": "2024"}, _grammar("nl"))
    (6, 5, ())
    """
    return _numeric_order(int(groups["a"]), int(groups["b"]), int(groups["year"]), g.lang_data)


def _iso_day_month(groups: dict, g: _Grammar) -> _DayMonth:
    """"2024-05-06": the month, then the day.

    >>> _iso_day_month({"mnum": "05", "day": "06"}, _grammar("en"))
    (6, 5, ())
    """
    month, day = int(groups["mnum"]), int(groups["day"])
    return day, month, ()


def _named_day_month(groups: dict, g: _Grammar) -> _DayMonth:
    """"6 mei 2024", "May 6, 2024", "mei 2024": the month's name, and the day when one is written.

    >>> nl, en = _grammar("nl"), _grammar("en")
    >>> _named_day_month({"month": "mei", "day": "6"}, nl), _named_day_month({"month": "May"}, en)
    ((6, 5, ()), (None, 5, ()))
    """
    month = g.months[groups["month"]] if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    return day, month, ()


#: How a pattern reads its day and month, by its name; the others read named groups (`_named_day_month`).
_DAY_MONTH_READERS = {"numeric": _numeric_day_month, "iso": _iso_day_month}


def _reference_year(groups: dict, g: _Grammar, reference: dt.date | None) -> tuple[int, str] | None:
    """"6 mei" written without a year: the reference date's year; without a reference, no mention.

    >>> _reference_year({}, _grammar("nl"), dt.date(2025, 3, 1)), _reference_year({}, _grammar("nl"), None)
    ((2025, 'ce'), None)
    """
    if reference is None:
        return None
    return reference.year, "ce"


def _two_digit_year(groups: dict, g: _Grammar, reference: dt.date | None) -> tuple[int, str] | None:
    """"20 ก.พ. 68": a two-digit year in the language's era (2568, that is 2025).

    >>> _two_digit_year({"yy": "68"}, _grammar("th"), None)
    (2025, 'be')
    """
    return to_gregorian(g.two_digit_century + int(groups["yy"]), lang_data=g.lang_data), "be"  # type: ignore[operator]


def _written_year(groups: dict, g: _Grammar, reference: dt.date | None) -> tuple[int, str] | None:
    """"2024", "พ.ศ. 2567", "2567": the year as written, its era decided for this mention (`to_gregorian`).

    >>> th = _grammar("th")
    >>> _written_year({"year": "2567", "era": "พ.ศ."}, th, None), _written_year({"year": "2024"}, th, None)
    ((2024, 'be'), (2024, 'ce'))
    """
    marker = groups.get("era") or groups.get("era_after")
    written = int(groups["year"])
    year = to_gregorian(written, lang_data=g.lang_data, marker=marker)
    return year, "be" if year != written else "ce"


#: How a pattern reads its year, by its name; the others read the year written (`_written_year`).
_YEAR_READERS = {"day_month": _reference_year, "day_month_yy": _two_digit_year}


def _quantity_after(m: regex.Match, norm: str, units: Opening) -> bool:
    """Whether a unit or a percent sign follows a year alone: then it is a quantity ("2030 ton", "2030%").

    >>> [d.value for d in find_dates("2030 ton, 2030%, in 2030", "nl")]
    ['2030']
    """
    return units.match(norm, m.end()) is not None or norm[m.end():m.end() + 1] in ("%",)


def _missing_day(m: regex.Match, text: str, year: int, month: int, day: int) -> str | None:
    """Why the date `m` reads does not exist ("31 February 2024"), or None when it does.

    >>> _missing_day(regex.match(".*", "30 Feb 2023"), "30 Feb 2023", 2023, 2, 30)
    "'30 Feb 2023' is no date: 2023-02 has 28 days, not 30"
    """
    try:
        dt.date(year, month, day)
    except ValueError:
        last = calendar.monthrange(year, month)[1]
        return f"{text[m.start():m.end()]!r} is no date: {year:04d}-{month:02d} has {last} days, not {day}"
    return None


def parse_date(text: str, lang: str | LanguageData) -> dt.date:
    """The calendar day written in `text` (Gregorian).

    >>> parse_date("6 พ.ค. 2567", "th")
    datetime.date(2024, 5, 6)
    >>> parse_date("13 januari 2026", "nl")
    datetime.date(2026, 1, 13)

    Raises:
        NormalizeError: when the text holds no full date (or only a month or year).
    """
    if not isinstance(text, str):
        raise NormalizeError(f"expected a string, got {type(text).__name__}")
    rejected: list[str] = []
    for mention in _find_dates(text, lang, None, 0, None, rejected=rejected):
        if mention.grain == "day":
            return dt.date(mention.year, mention.month, mention.day)  # type: ignore[arg-type]
    if rejected:
        raise NormalizeError(rejected[0])
    raise NormalizeError(f"no full date (day, month and year) in {text!r}")


#: What follows a dateline's date: a wire name between slashes, a slash or a dash, or a news agency or
#: wire in brackets and a dash ("3 March 2025 (Reuters) -", "April 22, 2025 (BUSINESS WIRE) --").
RE_DATELINE_MARK = regex.compile(r"\s*(?:/[^/\n]{2,40}/|--|–|—|\s-\s|\s/\s|\|"
                              r"|\((?:Reuters|AP|AFP|ANP|Bloomberg|dpa|Xinhua|Bernama|Antara"
                              r"|(?i:PR\s?Newswire|Business\s?Wire|Globe\s?Newswire|Accesswire))\)\s*(?:--|-|–|—))")
#: The marks, tried only at a mark character and the spaces before it (see `scan.anchors`).
DATELINE_MARKS = Scanner(RE_DATELINE_MARK)
#: A dateline's year: four digits, or two after an abbreviated month ("5 มี.ค. 67").
_RE_DATELINE_YEAR = regex.compile(r"[0-9๐-๙]{4}|\.\s?[0-9๐-๙]{2}(?![0-9๐-๙])")
_RE_DIGITS_JOINED = regex.compile(r"[0-9๐-๙][-/.][0-9๐-๙]")
#: How far before its mark a dateline's date may start ("13 januari 2026 " is 16 characters).
_DATELINE_REACH = 56
#: The longest line that can be a dateline on its own ("Stockholm, 4 November 2025"), among the first lines.
_DATELINE_LINE = 48
#: The longest place name before a mark whose date follows it ("กรุงเทพฯ – 28 มกราคม 2568").
_DATELINE_PLACE = 30
_RE_LOWER_WORD = regex.compile(r"(?<!\p{L})\p{Ll}")
_DATELINE_LINES = 8


def _ends_line(head: str, date_end: int, end: int, g: _Grammar) -> bool:
    """Whether a date ending at `date_end` ends the dateline at `end`, or only a time stands between them
    ("พุธ ๑๒ มีนาคม ๒๕๖๘ ๑๐:๑๕", "14 mei 2024, 09:30 –", "... 2568 เวลา 09:20 น.")."""
    return date_end == end or g.time_tail.fullmatch(to_ascii_digits(head[date_end:end])) is not None


def find_dateline(text: str, lang: str | LanguageData, *, window: int = 1200) -> DateMention | None:
    """The release date of a newswire dateline near the top ("SHENZHEN, China, 6 mei 2024 /PRNewswire/ --").

    Only the text just before each wire mark or dash is read for a date (`_date_before`), or before the end of
    a short line among the first (`_short_line_ends`); failing that, the text right after the mark of a place
    (`_date_after_place`). Cheap on long releases.

    >>> find_dateline("SHENZHEN, China, 6 mei 2024 /PRNewswire/ -- Het bedrijf", "nl").value
    '2024-05-06'
    """
    head = text[:window]
    g = _grammar((languages.get(lang) if isinstance(lang, str) else lang).code)
    marks = list(islice(DATELINE_MARKS.finditer(head), 8))  # the first usually has it
    for end in [mark.start() for mark in marks] + _short_line_ends(head):
        mention = _date_before(head, end, lang, g)
        if mention is not None:
            return mention
    for mark in marks:
        mention = _date_after_place(head, mark, lang)
        if mention is not None:
            return mention
    return None


def _short_line_ends(head: str) -> list[int]:
    """Where the short lines among the first end: a dateline may stand on a line of its own ("Stockholm,
    4 November 2025", scraped from a page's dateline element).

    >>> _short_line_ends("Stockholm, 4 November 2025  \\nA much longer line of text that is no dateline at all\\nend")
    [26]
    """
    ends = []
    line_start = 0
    for _ in range(_DATELINE_LINES):
        line_end = head.find("\n", line_start)
        if line_end < 0:
            break
        if line_end - line_start <= _DATELINE_LINE:
            ends.append(line_start + len(head[line_start:line_end].rstrip()))
        line_start = line_end + 1
    return ends


def _date_before(head: str, end: int, lang: str | LanguageData, g: _Grammar) -> DateMention | None:
    """The day that ends right before `end` (a mark or a line's end), or with only a time after it.

    >>> head = "AMSTERDAM, 14 mei 2024, 09:30 uur – Het bedrijf"
    >>> _date_before(head, head.index(" –"), "nl", _grammar("nl")).value
    '2024-05-14'
    """
    lo = max(0, end - _DATELINE_REACH)
    if not _RE_DATELINE_YEAR.search(head, lo, end):
        return None  # a dateline's date has its year: without one there is none to read
    before = head[lo:end]
    if not _RE_DIGITS_JOINED.search(before) and g.month.search(before) is None:
        return None  # a day needs a month name or digits joined by '-', '/' or '.' ("2024-05-06", "6.5.2024")
    for mention in _find_dates(before, lang, None, 0, None, _DAY_PATTERNS):
        if mention.grain == "day" and _ends_line(head, lo + mention.end, end, g):
            return replace(mention, start=lo + mention.start, end=lo + mention.end)
    return None


def _date_after_place(head: str, mark: regex.Match, lang: str | LanguageData) -> DateMention | None:
    """The day right after the mark of a place that opens a line: "กรุงเทพฯ – 28 มกราคม 2568 ธนาคาร...".

    >>> text = "กรุงเทพฯ – 28 มกราคม 2568 ธนาคาร"
    >>> _date_after_place(text, DATELINE_MARKS.search(text), "th").value
    '2025-01-28'
    """
    place = head[head.rfind("\n", 0, mark.start()) + 1:mark.start()]
    if len(place) > _DATELINE_PLACE or _RE_LOWER_WORD.search(place):
        return None  # a place's name: short, its words capitalised (not "The company – founded 12 May 1990")
    start = mark.end() + len(head[mark.end():mark.end() + 4]) - len(head[mark.end():mark.end() + 4].lstrip())
    after = head[start:start + _DATELINE_REACH]
    if not _RE_DATELINE_YEAR.search(after):
        return None
    for mention in _find_dates(after, lang, None, 0, None, _DAY_PATTERNS):
        if mention.grain == "day" and mention.start == 0:
            return replace(mention, start=start, end=start + mention.end)
    return None
