"""Numbers in running text, for every supported language: one grammar, per-language tables.

A number mention is found in steps, each a compiled regex tried at a
position rather than one giant pattern, so that each step can be read and
tested on its own:

1. a *core*: digits with the language's separators (Thai digits are mapped to
   ASCII first, one character for one, so offsets never move), a written
   number ("drieëntwintig", "ห้าสิบ") or a fraction ("de helft");
2. to its right, scale words ("miljard", "พันล้าน"; several multiply) and a unit
   ("kWh", "ตัน", "%"); to its left a currency sign, a prefix unit ("ร้อยละ")
   and a qualifier ("meer dan");
3. look-alikes are dropped: stock codes (0763.HK), phone numbers, "Scope 1&2",
   labels such as ISO 14001 or COP29, "5G", version numbers, times, and bare
   years (those are dates: see `dates.py`).

Separators follow the language (Dutch 1.234,5; English and Thai 1,234.5).
A number whose separators contradict each other or the language ("5.111,000")
gets its most plausible reading and `ambiguous=True` with the reason.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeAlias

import regex

from extractor import lang as languages
from extractor.errors import NormalizeError
from extractor.lang.base import LanguageData, alternation
from extractor.normalize import spoken
from extractor.speed.openings import Opening
from extractor.speed.scan import (
    EndWords,
    Scanner,
    folds_by_lowering,
    literal_prefixes,
    matches_at,
    may_hold,
)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

_SEPS = ".,\u00a0\u202f\u2009"
#: Digits: grouped in threes ("1.234.567,8") or plain with one optional decimal part.
_DIGITS = (
    r"(?:[0-9]{1,3}(?:[.,\u00a0\u202f\u2009][0-9]{3})+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?)"
    r"(?![.,]?[0-9])"
)
_CORE = r"(?<![\p{Latin}\p{N}_@/])(?<![\p{N}][.,])" + _DIGITS
RE_CORE = regex.compile(_CORE)
#: Digits glued to the word before them: read only after a word of rank ("Top35%", `_glued_to_rank`).
RE_GLUED = regex.compile(_DIGITS)

#: Look-alikes common to every language; each language adds its words (scope, phone and number
#: labels, range joiners, time suffixes) in its `patterns.py`, compiled into `_Grammar`.
RE_STOCK_AFTER = regex.compile(r"\.(?:HK|SZ|SS|SH|KS|KQ|T|TW|BK|L|AS|PA|DE|SI|AX|N|O)\b")
AnyPattern: TypeAlias = "re.Pattern[str] | regex.Pattern"


def fast_compile(pattern: str, flags: int = 0) -> AnyPattern:
    """A pattern compiled by the standard library's `re` when it can read it, else by `regex`.

    The look-alike and context patterns run once or more per number, over a few
    dozen characters; `re` runs these alternations two to three times faster. The
    `regex` module's default mode follows `re`, so both read such a pattern alike
    (the corpora and the property tests run through whichever compiled it).
    """
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


_EXCHANGES = ("SET", "HKEX", "SZSE", "SSE", "NYSE", "NASDAQ", "Euronext", "AEX", "ticker")
RE_STOCK_BEFORE = fast_compile(rf"(?:{'|'.join(_EXCHANGES)})\s*:?\s*$", re.I)
#: An exchange name right before a number ("SET: 2345") makes it a stock code.
STOCK_BEFORE = EndWords(RE_STOCK_BEFORE, _EXCHANGES, colon=True)
RE_URL = regex.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
#: Standards, codes and products written before digits: ISO 14001, COP29, SDG 13, Windows 11.
_SHARED_LABELS = (r"ISO", r"IEC", r"TL", r"QC", r"SDGs?", r"COP", r"EN", r"NEN", r"GRI", r"ESRS", r"IFRS", r"ISAE",
                  r"IPCC", r"AR", r"Windows", r"Android", r"iOS", r"Covid", r"COVID", r"Agenda")
_PHONE_DIGITS = (r"\+[0-9][0-9\s().-]{7,}[0-9]"
                 r"|\([0-9]{1,4}\)\s?[0-9][0-9\s.-]{5,}[0-9]"
                 r"|(?<![0-9])[0-9]{2,4}-[0-9]{3,4}-[0-9]{3,4}(?![0-9])")

QUALIFIER_WINDOW = 40


class Folded(Mapping):
    """A table of words looked up as the patterns built from it match: without regard to case.

    Lowering is not enough: "tonſ", "İ" and the Kelvin sign "K" match a pattern compiled with IGNORECASE
    but lower to no key ("tonſ".lower() is "tonſ"). Keys are case-folded, marks left by folding ("İ" folds
    to "i" and a dot) are dropped, and what is still not found is matched against each key as the pattern
    did, so a word a pattern of the table matched is always found.
    """

    def __init__(self, table: Mapping) -> None:
        self._table = dict(table)
        self._folded = {_fold(k): v for k, v in self._table.items()}

    def __getitem__(self, surface: str):
        value = self.get(surface)
        if value is None:
            raise KeyError(surface)
        return value

    def get(self, surface: str, default=None):
        key = _fold(surface)
        if key in self._folded:
            return self._folded[key]
        for word, value in self._table.items():
            if regex.fullmatch(regex.escape(word), surface, regex.I):
                return value
        return default

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and self.get(surface) is not None

    def __iter__(self):
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


def _fold(word: str) -> str:
    folded = word.casefold()
    if folded == word.lower():
        return folded
    # folding added marks ("İ" folds to "i" and a combining dot): drop those the word did not have
    return "".join(c for c in folded if not unicodedata.combining(c) or c in word)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text. `start`/`end` cover the number with its scale and unit."""

    value: float
    unit: str | None
    start: int
    end: int
    text: str
    qualifier: str | None = None
    ambiguous: bool = False
    reason: str | None = None
    high: float | None = None
    scaled: bool = False
    #: written in words ("drie", "twenty-three", "สามล้าน"), not in digits: extractors may leave bare small words
    written: bool = False
    #: a minus sign or word was read before it ("-504", "minus 1,200,000", "ลบ 5")
    negative: bool = False


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang_data: LanguageData
    scale: Opening
    unit: Opening
    currency: AnyPattern
    prefix_unit: regex.Pattern | None
    qualifier: EndWords
    words: Scanner
    fraction: Scanner
    #: phrases in which a fraction word is no share ("first-half profit", "de eerste helft")
    not_fraction: regex.Pattern | None
    #: words ending with a qualifier that are none ("งบประมาณ"), at the end of the text left of a number
    not_qualifier: regex.Pattern | None
    units: Folded
    qualifiers: Folded
    fractions: Folded
    label: AnyPattern
    range: Opening
    range_and: regex.Pattern
    range_start: regex.Pattern
    #: "from" at the end of the text left of a number, and "to" right after it: a change written with
    #: the unit once ("from 35 to 61 percent", "van 2,0 naar 3,8 miljard euro")
    change_from: regex.Pattern
    change_to: regex.Pattern
    #: What keeps a bare year a number: a unit, a scale word or a range right after it (one pattern
    #: for the three, tried at every year: years are the commonest digits in a release).
    after_year: Opening
    blocked: Lookalikes
    trigger: Trigger


#: The stock suffix tried right after every figure's digits ("0763.HK").
_STOCK_AFTER = Opening(RE_STOCK_AFTER, (".",), spaces=False)


def _alt(items: tuple[str, ...] | list[str]) -> str:
    return "|".join(items) or r"(?!x)x"


@dataclass(frozen=True, slots=True)
class Trigger:
    """Whether a window holds something every look-alike holds: one of `+ ( @` or `://`, digits joined by
    ':', '-', a space or a time ('10.30 uur'), or a scope or phone word. Each part is looked for in the
    cheapest way (a character test, one scan that opens with a digit class, the words where their
    first letters occur), not with one alternation tried at every character of the window."""

    digits: AnyPattern
    words: AnyPattern
    #: Literal openings of the words (`scan.literal_prefixes`): when none occurs, no word does.
    openings: tuple[str, ...] | None

    def near(self, norm: str, lo: int, hi: int) -> bool:
        window = norm[lo:hi]
        if "+" in window or "(" in window or "@" in window or "://" in window:
            return True
        if self.digits.search(window):
            return True
        low = window.lower()
        if not may_hold(low, folds_by_lowering(window, low), self.openings):
            return False
        return self.words.search(window) is not None


class Lookalikes:
    """The look-alike patterns (scope references, phone numbers, times, addresses) as one alternation,
    scanned over a window without the parts the window cannot hold: a part whose telltale ('@',
    '://', 'www.', a colon, a scope or phone word ...) is missing cannot match, so leaving it out
    changes no match, and the e-mail part, which retries every word, runs only next to an '@'."""

    def __init__(self, parts: tuple[str, str, str, str], *, scope_openings: tuple[str, ...] | None,
                 phone_openings: tuple[str, ...] | None) -> None:
        self.parts = parts  # scope, phone, time, address: the order of the alternation
        self.scope_openings, self.phone_openings = scope_openings, phone_openings
        self._compiled: dict[int, AnyPattern] = {}

    def _pattern(self, mask: int) -> AnyPattern:
        if mask not in self._compiled:
            chosen = [f"(?:{part})" for bit, part in enumerate(self.parts) if mask & (1 << bit)]
            self._compiled[mask] = fast_compile("|".join(chosen), re.I)
        return self._compiled[mask]

    def _mask(self, window: str) -> int:
        low = window.lower()
        folded = folds_by_lowering(window, low)  # else keep every part
        mask = 1 if may_hold(low, folded, self.scope_openings) else 0
        if "+" in window or "(" in window or "-" in window or may_hold(low, folded, self.phone_openings):
            mask |= 2
        if ":" in window or "." in window:
            mask |= 4
        if "@" in window or "://" in window or "www." in low or not folded:
            mask |= 8
        return mask

    def covers(self, norm: str, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether a look-alike found in `norm[lo:hi]` spans the digits at `start:end`."""
        mask = self._mask(norm[lo:hi])
        if not mask:
            return False
        return any(m.start() <= start and end <= m.end() for m in self._pattern(mask).finditer(norm, lo, hi))


def _lookalikes(ld: LanguageData) -> dict[str, Any]:
    """The language's look-alike patterns: scope references, phone numbers, labels, ranges, times."""
    p = ld.patterns
    scope_words = _alt(p.get("scope_words", ()))
    joiners = _alt([r"&", r"\+", r",", r"/", r"-", r"–", *p.get("list_joiners", ())])
    scope = (rf"(?i:{scope_words})\s*[0-9]+"
             rf"(?:\s*-?\s*(?:{joiners})\s*(?:(?i:{scope_words})\s*)?[0-9]+(?![.,][0-9]))*")  # "scope 1- en 2-emissies"
    phone = rf"{_PHONE_DIGITS}|(?i:{_alt(p.get('phone_labels', ()))})[.:\s]*\+?[0-9\s().-]{{6,}}[0-9]"
    time = (rf"(?<![0-9])[0-9]{{1,2}}[:.][0-9]{{2}}\s*(?:{_alt(p.get('time_suffixes', ()))})"
            r"|(?<![0-9.,])[0-9]{1,2}:[0-9]{2}(?![0-9])")
    labels = [*_SHARED_LABELS, *p.get("number_labels", ())]
    boundary = r"\b" if ld.spaced else ""
    words = rf"{scope_words}|{_alt(p.get('phone_labels', ()))}|www\."
    joins = rf"(?:-|–|—|{_alt([*p.get('range_joiners', ()), *p.get('range_and', ())])})"
    return {
        "label": fast_compile(rf"(?:{boundary}(?:{_alt(labels)}))[\s-]?#?$"),
        "range": Opening(regex.compile(rf"\s*{joins}\s*", regex.I), literal_prefixes(joins, ignorecase=True)),
        "range_and": regex.compile(rf"(?:{_alt(p.get('range_and', ()))})", regex.I),
        "range_start": regex.compile(rf"(?i:{_alt(p.get('range_start', ()))})\s*$"),
        "change_from": regex.compile(rf"{boundary}(?i:{_alt(p.get('change_from', ()))})\s*$"),
        "change_to": regex.compile(rf"\s*(?i:{_alt(p.get('change_to', ()))}){boundary}\s*"),
        "blocked": Lookalikes((scope, phone, time, RE_URL.pattern),
                              scope_openings=literal_prefixes(scope_words, ignorecase=True),
                              phone_openings=literal_prefixes(_alt(p.get("phone_labels", ())), ignorecase=True)),
        # Something every look-alike holds; without it near a number the full patterns need not run.
        "trigger": Trigger(
            digits=fast_compile(rf"[0-9](?::[0-9]|-[0-9]{{3}}|\s[0-9]{{3}}"
                                rf"|\.[0-9][0-9]\s*(?i:{_alt(p.get('time_suffixes', ()))}))"),
            words=fast_compile(words, re.I),
            openings=literal_prefixes(words, ignorecase=True),
        ),
    }


def _lang_data(lang: str | LanguageData) -> LanguageData:
    return lang if isinstance(lang, LanguageData) else languages.get(lang)


@lru_cache(maxsize=None)
def _grammar(code: str) -> _Grammar:
    ld = languages.get(code)
    units = Folded(ld.units())
    after = r"(?![\p{L}])" if ld.spaced else ""
    scale_words = alternation(ld.multipliers)
    if ld.spaced:
        scale = rf"(?:\s*(?:{scale_words}){after})+"
    else:
        scale = rf"(?:\s*(?:{scale_words})(?!ธ))+"  # "พันธมิตร" (partners) is no scale word
    unit_alt = alternation(ld.units())
    # "%" and "°C" need no boundary; words do.
    unit = rf"\s?(?:%|°\s?C|ºC|℃)|\s*(?:{unit_alt}){after}"
    prefix_units = ld.extra.get("prefix_units", {})
    prefix = None
    if prefix_units:
        prefix = regex.compile(rf"(?:{alternation(prefix_units)})\s*$")
    qualifiers = Folded(ld.qualifiers)
    before = r"(?<![\p{L}])" if ld.spaced else ""
    words = ld.number_word_re
    if ld.spaced:
        words = rf"(?<![\p{{L}}]){words}(?:[\s-]+{words})*(?![\p{{L}}])"
    looks = _lookalikes(ld)
    # what each pattern read right of a figure can open with (past spaces): see `Opening`
    unit_openings = ("%", "°", "º", "℃", *ld.units())
    range_openings = looks["range"].openings
    year_openings = None if range_openings is None else (*unit_openings, *ld.multipliers, *range_openings)
    return _Grammar(
        lang_data=ld,
        scale=Opening(regex.compile(scale, regex.I), ld.multipliers),
        unit=Opening(regex.compile(unit, regex.I), unit_openings),
        currency=fast_compile(rf"(?:{alternation(ld.currency_prefix)})\s?$"),
        prefix_unit=prefix,
        qualifier=EndWords(regex.compile(rf"{before}(?:{alternation(ld.qualifiers)})\s*$", regex.I), ld.qualifiers,
                           boundary=ld.spaced),
        words=Scanner(regex.compile(words, regex.I)),
        fraction=Scanner(regex.compile(rf"{before}(?:{alternation(ld.fractions)}){after}", regex.I)),
        not_fraction=(regex.compile(_alt(ld.patterns["fraction_lookalikes"]), regex.I)
                      if ld.patterns.get("fraction_lookalikes") else None),
        not_qualifier=(regex.compile(rf"(?:{_alt(ld.patterns['qualifier_lookalikes'])})\s*$", regex.I)
                       if ld.patterns.get("qualifier_lookalikes") else None),
        units=units,
        qualifiers=qualifiers,
        fractions=Folded(ld.fractions),
        after_year=Opening(regex.compile(rf"(?:{unit})|(?:{scale})|(?:{looks['range'].pattern})", regex.I),
                           year_openings),
        **looks,
    )


def read_digits(digits: str, *, lang_data: LanguageData) -> tuple[float, str | None]:
    """Value of a digit string under the language's separators, and why it is ambiguous (or None).

    >>> from extractor import lang
    >>> read_digits("14,317", lang_data=lang.get("nl"))
    (14.317, None)
    >>> read_digits("22.100", lang_data=lang.get("nl"))
    (22100.0, None)
    >>> read_digits("5.111,000", lang_data=lang.get("th"))[0]
    5111000.0
    """
    if digits.isascii() and digits.isdigit():
        return float(digits), None  # (the commonest figure: no separator, no Thai digit)
    digits = digits.translate(THAI_DIGITS)
    seps = [c for c in digits if c in _SEPS]
    if not seps:
        return float(digits), None
    parts = _RE_SEP.split(digits, 0)
    threes = all(len(p) == 3 for p in parts[1:])
    kinds = set(seps) - {"\u00a0", "\u202f", "\u2009"}
    if not kinds:  # only spaces as group marks
        return float("".join(parts)), None
    if len(kinds) == 1:
        sep = kinds.pop()
        if seps.count(sep) > 1 or sep == lang_data.group_sep and threes:
            return float("".join(parts)), None
        return float("".join(parts[:-1]) + "." + parts[-1]), None
    return _mixed_separators(digits, seps, parts, lang_data, threes=threes)


def _mixed_separators(digits: str, seps: list[str], parts: list[str], ld: LanguageData, *, threes: bool
                      ) -> tuple[float, str | None]:
    """Digits with both '.' and ',' (`seps`, splitting them into `parts`): normal when every mark but the last
    groups and the last is the decimal mark; else read as groups when every part after the first has three
    digits (`threes`), as a decimal otherwise, and the reason it is ambiguous.

    >>> from extractor import lang
    >>> read_digits("1.234.567,8", lang_data=lang.get("nl"))
    (1234567.8, None)
    >>> read_digits("5.111,000", lang_data=lang.get("th"))
    (5111000.0, "'5.111,000' mixes '.' and ',' as separators; read as 5,111,000")
    >>> read_digits("1.5,25", lang_data=lang.get("en"))
    (15.25, "'1.5,25' mixes '.' and ',' as separators; read as 15.25")
    """
    if seps[-1] == ld.decimal_sep and all(s == ld.group_sep for s in seps[:-1]) \
            and all(len(p) == 3 for p in parts[1:-1]):
        return float("".join(parts[:-1]) + "." + parts[-1]), None
    if threes:
        value = float("".join(parts))
        shown = f"{value:,.0f}"
    else:
        value = float("".join(parts[:-1]) + "." + parts[-1])
        shown = f"{value:,}"
    return value, f"'{digits}' mixes '.' and ',' as separators; read as {shown}"


_RE_THAI_DIGIT = regex.compile(r"[๐-๙]")
_RE_LATIN = regex.compile(r"\p{Latin}")
_RE_SEP = regex.compile(r"[.,\u00a0\u202f\u2009]")
_RE_SPACES = regex.compile(r"\s+")


_RE_DIGIT_RUN = regex.compile(r"[0-9]+")


def digit_runs(norm: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    """Spans of the runs of ASCII digits in `norm[pos:endpos]`: where numbers and dates can start.

    One scan for a plain character class is about ten times faster than scanning
    with a pattern that opens with look-behinds (the engine must try those at
    every position), so the finders scan for digit runs and try their patterns
    only there (`matches_at`).
    """
    return [m.span() for m in _RE_DIGIT_RUN.finditer(norm, pos, len(norm) if endpos is None else endpos)]


def to_ascii_digits(text: str) -> str:
    """Thai digits -> ASCII, one character for one (offsets do not move); cheap when there are none."""
    return text.translate(THAI_DIGITS) if _RE_THAI_DIGIT.search(text) else text


#: How far around a number a look-alike that swallows it may reach.
_LOOKALIKE_REACH = 40


def _blocked(norm: str, start: int, end: int, g: _Grammar) -> bool:
    """Whether digits at `start:end` sit inside a look-alike (phone number, scope, time, address).

    Checked around each number rather than over the whole text: numbers are few, text is long.
    """
    lo, hi = max(0, start - _LOOKALIKE_REACH), min(len(norm), end + _LOOKALIKE_REACH)
    if not g.trigger.near(norm, lo, hi):
        return False
    return g.blocked.covers(norm, lo, hi, start, end)


def _is_year(value: float, digits: str, lang_data: LanguageData) -> bool:
    return digits.isdigit() and len(digits) == 4 and _year_range(int(value), lang_data)


def _year_range(year: int, lang_data: LanguageData) -> bool:
    """Whether a four-digit value reads as a year (Gregorian, or of the language's era)."""
    return 1900 <= year <= 2100 or lang_data.era_min_year <= year <= lang_data.era_min_year + 300


def find_numbers(text: str, lang: str | LanguageData, *, keep_bare: bool = False, pos: int = 0,
                 endpos: int | None = None, words: bool = False) -> list[Number]:
    """Numbers of interest in `text`, in order of position.

    Args:
        text: any string.
        lang: language code (`"nl"`) or its `LanguageData`.
        keep_bare: also return bare 4-digit years (normally left to `find_dates`).
        pos, endpos: only numbers that start in `text[pos:endpos]` (offsets stay those of `text`).
        words: also every written number without a unit ("drie", "twenty-three", "een op de drie",
            "min 5 punt vijf"), with `written=True`. Off by default: the extractors read figures with units.

    >>> [(n.value, n.unit, n.text) for n in find_numbers("daalde met 9,7% tot 45 miljoen kWh", "nl")]
    [(9.7, '%', '9,7%'), (45000000.0, 'kWh', '45 miljoen kWh')]
    """
    ld = _lang_data(lang)
    g = _grammar(ld.code)
    norm = to_ascii_digits(text)
    endpos = len(norm) if endpos is None else endpos
    found: list[Number] = []
    consumed = 0
    runs = digit_runs(norm, pos, endpos)
    starts = (a for a, b in runs if keep_bare or not _bare_year(norm, a, b, g))
    for m in matches_at(RE_CORE, norm, starts, endpos):
        start, end = m.span()
        if start < consumed or _too_long(m.group()):
            continue  # (a run of 310 digits or more is no number a float can hold: `parse_number` says so)
        number = _extend(norm, text, g, start, end, _core_value(m.group(), ld), keep_bare=keep_bare)
        if number is not None:
            found.append(number)
            consumed = number.end
    found += _glued_to_rank(norm, text, g, runs, found)
    found += _word_numbers(norm, text, g, [(n.start, n.end) for n in found], pos, endpos,
                           percents=[n.start for n in found if n.unit == "%"])
    if words:
        found = _with_spoken(norm, text, g, found, pos, endpos)
    if "://" in norm or "www." in norm:
        found = _outside_links(norm, found)
    return sorted(found, key=lambda n: n.start)


@lru_cache(maxsize=None)
def _rank_end(code: str) -> regex.Pattern:
    """The language's word of rank (cue `ranking`: "top", "beste", "ท็อป") at the end of a text."""
    ld = languages.get(code)
    edge = r"(?<![\p{L}])" if ld.spaced else ""
    return regex.compile(rf"{edge}(?:{_alt(ld.patterns.get('ranking', ()))})$", regex.I)


#: How far before glued digits a word of rank may start.
_RANK_REACH = 12


def _glued_to_rank(norm: str, text: str, g: _Grammar, runs: list[tuple[int, int]], found: list[Number]) -> list[Number]:
    """A share glued to the word of rank before it, read as if a space stood between: "Top35%" is 35%."""
    glued, taken = [], None
    for a, _ in runs:
        if not a or not norm[a - 1].isalpha():
            continue
        taken = taken or Spans([(n.start, n.end) for n in found])  # a bisection, not a pass over every number
        if taken.overlaps(a, a + 1):
            continue
        if not _rank_end(g.lang_data.code).search(norm[max(0, a - _RANK_REACH):a]):
            continue
        m = RE_GLUED.match(norm, a)
        number = _extend(norm, text, g, a, m.end(), _core_value(m.group(), g.lang_data), keep_bare=False) if m else None
        if number is not None and number.unit == "%":
            glued.append(number)
    return glued


#: A web address: figures inside it ("?q=30%25", "%2872%29") are no numbers.
RE_LINK = regex.compile(r"(?:https?://|www\.)\S+")


def _outside_links(norm: str, found: list[Number]) -> list[Number]:
    links = [m.span() for m in RE_LINK.finditer(norm)]
    return [n for n in found if not any(a <= n.start < b for a, b in links)]


#: Letters glued to a figure that scale it: after a currency ("€2.3bn", "$3m", "€500K"), before a unit
#: ("1.2m tonnes", "100k tonnes"), or a decimal figure's million ("1.2M"). A whole figure with a letter and
#: nothing else ("5G", "4K", "3M") stays a look-alike.
_SUFFIX_FACTORS = {**spoken.SUFFIXES, "m": 1e6}
RE_SUFFIX = regex.compile(rf"(?:{alternation(_SUFFIX_FACTORS)})(?![\p{{L}}\p{{N}}])")
_SUFFIX = Opening(RE_SUFFIX, _SUFFIX_FACTORS, spaces=False)
#: How far right of a number the patterns read after it may reach (units, scale words, "to", a range).
_AHEAD = 96


def _at(rx: regex.Pattern | Opening, norm: str, pos: int) -> regex.Match | None:
    """`rx` matched at `pos`, reading at most `_AHEAD` characters: the `regex` module looks for a pattern's
    required text ("to" in "\\s*to") up to `endpos` before it matches, so an unbounded match at every number
    would read the rest of the text each time."""
    return rx.match(norm, pos, pos + _AHEAD)


def _too_long(digits: str) -> bool:
    return len(digits) > spoken.MAX_DIGITS and sum(c.isdigit() for c in digits) > spoken.MAX_DIGITS


def _signed(norm: str, start: int, g: _Grammar) -> int | None:
    """Where a minus sign or word right before `start` begins ("-504", "−4%", "minus 5", "ลบ 1,200"), or None.

    A hyphen is a sign only after a space, a bracket or the start of the text and right before the figure:
    one that joins words or figures ("CO2-30", "2019-2024", "30 - 40") is none."""
    if start > 0 and norm[start - 1] in spoken.MINUS:
        before = norm[start - 2:start - 1] if start > 1 else ""
        return start - 1 if before in ("", " ", "\t", "\n", "(", "[", ":") else None
    head = norm[max(0, start - 12):start]
    stripped = head.rstrip()
    if not stripped or (len(stripped) == len(head) and g.lang_data.spaced):
        return None
    low = stripped.lower()
    for word in spoken.spoken(g.lang_data.code).signs:
        if low.endswith(word):
            at = start - len(head) + len(stripped) - len(word)
            if at == 0 or not (norm[at - 1].isalpha() or unicodedata.category(norm[at - 1]) == "Mn"):
                return at  # (a Thai tone mark ends a word too: "ไม่ลบ 5" holds no minus)
    return None


def _with_spoken(norm: str, text: str, g: _Grammar, found: list[Number], pos: int, endpos: int | None
                 ) -> list[Number]:
    """`found` with the written numbers `spoken.find_spoken` reads: one that covers numbers found replaces
    them ("min 5 punt vijf" for "5"); one that only overlaps them is left out."""
    sp = spoken.spoken(g.lang_data.code)
    found = sorted(found, key=lambda n: n.start)
    spans = Spans([(n.start, n.end) for n in found])
    gone: set[int] = set()
    added = []
    for start, end, value in spoken.find_spoken(norm, g.lang_data, pos, endpos):
        number = _spoken_number(norm, text, g, start, end, value)
        if number is None:
            continue
        inside = spans.inside(number.start, number.end)
        if any(found[i].start < number.start or found[i].end > number.end
               or (found[i].start, found[i].end) == (number.start, number.end) for i in inside):
            continue  # it only overlaps a figure found, or is that figure: the figure stays
        gone.update(inside)
        added.append(number)
    found = [n for i, n in enumerate(found) if i not in gone and not _day_of_month(norm, n, g)] + added
    if sp.percent_before is not None:
        found = [_percent_of(n, norm, text, sp.percent_before) for n in found]
    return found


_RE_GAP = regex.compile(r"\s{1,3}")


def _day_of_month(norm: str, number: Number, g: _Grammar) -> bool:
    """A bare day before a month name ("op 4 mei"): a date without its year, no number (`words=True`)."""
    from extractor.normalize.dates import _grammar as date_grammar

    if number.unit is not None or number.written or not number.text.isdigit() or len(number.text) > 2:
        return False
    gap = _at(_RE_GAP, norm, number.end)
    return gap is not None and _at(date_grammar(g.lang_data.code).month.rx, norm, gap.end()) is not None


def _spoken_number(norm: str, text: str, g: _Grammar, start: int, end: int, value: float) -> Number | None:
    """A written number `spoken.find_spoken` read, with the unit after it; None for a look-alike."""
    unit, factor = None, 1.0
    um = _at(g.unit, norm, end)
    if um:
        unit, factor = _unit_of(um.group(), g)
        end = um.end()
    if any(c.isdigit() for c in norm[start:end]) and _lookalike(norm, start, end, g):
        return None  # a phone number, a time, a scope, a stock code: look-alikes in words as in digits
    if unit is None and norm[start:end].isdigit() and _bare_year(norm, start, end, g):
        return None  # a year is a date (`find_dates`), in words mode as without it
    return Number(value=_round(value * factor), unit=unit, start=start, end=end, text=text[start:end],
                  written=any(c.isalpha() for c in norm[start:end]), negative=value < 0)


def _lookalike(norm: str, start: int, end: int, g: _Grammar) -> bool:
    return _labelled(norm, end, norm[max(0, start - QUALIFIER_WINDOW):start], g) or _blocked(norm, start, end, g)


def _percent_of(number: Number, norm: str, text: str, before: regex.Pattern) -> Number:
    """"percent of 10", "percentage van 100": the number is the percentage."""
    if number.unit is not None:
        return number
    m = before.search(norm, max(0, number.start - 24), number.start)
    if m is None:
        return number
    return replace(number, start=m.start(), text=text[m.start():number.end], unit="%")


def _bare_year(norm: str, start: int, end: int, g: _Grammar) -> bool:
    """Whether the run of digits at `start:end` is a bare year, a date and no number: four digits with
    no decimal part, a year's value, and no unit, scale word or range after them.

    Years are the commonest digits in a release; this settles them before the number pattern runs.
    """
    if end - start != 4 or (norm[end:end + 1] in (".", ",") and norm[end + 1:end + 2].isdigit()):
        return False  # not four digits, or a decimal part follows ("2030.5"): the number pattern decides
    return _year_range(int(norm[start:end]), g.lang_data) and _at(g.after_year, norm, end) is None


#: "from 410,000 tonnes in 2019 to 215,000 tonnes": a year followed by "to" and a figure this many times
#: larger is a year and the next figure, not the range "2019 to 215,000 tonnes" ("2000-3000 tonnes" is one).
YEAR_RANGE_RATIO = 10


def _core_value(digits: str, ld: LanguageData) -> tuple[float, str | None, str]:
    value, reason = read_digits(digits, lang_data=ld)
    return value, reason, digits


@dataclass(slots=True)
class _Reading:
    """A number being read outward from its digits by the steps of `_extend` (`_EXTEND_STEPS`): each step
    moves `start` or `end` over what it reads ("€", "miljard", "-40", "kWh") and records what that tells."""

    value: float
    digits: str
    reason: str | None
    start: int
    end: int
    #: The text left of the number, up to `QUALIFIER_WINDOW` characters.
    left: str
    #: The unit right after the digits, read once: the range step and the unit step both need it.
    first_unit: regex.Match | None
    high: float | None = None
    factor: float = 1.0
    scaled: bool = False
    unit: str | None = None
    #: A currency was read before the figure ("€2.3bn"): a glued letter then scales it.
    money: bool = False


def _extend(norm: str, text: str, g: _Grammar, start: int, end: int, core: tuple[float, str | None, str],
            *, keep_bare: bool) -> Number | None:
    """The number whose digits (`core`, read by `_core_value`) stand at `start:end`, grown over what surrounds
    them by the steps of `_EXTEND_STEPS` in order; None for a look-alike.

    >>> norm = "meer dan €2,3 miljard"
    >>> n = _extend(norm, norm, _grammar("nl"), 10, 13, _core_value("2,3", languages.get("nl")), keep_bare=False)
    >>> n.value, n.unit, n.text, n.qualifier
    (2300000000.0, 'EUR', '€2,3 miljard', 'more_than')
    """
    value, reason, digits = core
    # (A bare year, which is a date, never gets here without `keep_bare`: see `_bare_year`.)
    left = norm[max(0, start - QUALIFIER_WINDOW):start]
    if _labelled(norm, end, left, g) or _leading_zeros(digits):
        return None
    r = _Reading(value, digits, reason, start, end, left, _at(g.unit, norm, end))
    for step in _EXTEND_STEPS:
        step(r, norm, g)
    if _unitless_lookalike(r, norm, g, keep_bare=keep_bare) or _blocked(norm, start, end, g):
        return None
    return _number(norm, text, g, _round(value * r.factor), r.start, r.end, unit=r.unit, ambiguous=r.reason is not None,
                   reason=r.reason, high=None if r.high is None else _round(r.high * r.factor), scaled=r.scaled)


def _labelled(norm: str, end: int, left: str, g: _Grammar) -> bool:
    """Whether the digits ending at `end` are a code: after a label or an exchange, or before a stock suffix.

    >>> g = _grammar("en")
    >>> [_labelled(t, t.index("1") + 4, t[:t.index("1")], g) for t in ("ISO 14001", "SET: 1234", "1234.HK", "1234 t")]
    [True, True, True, False]
    """
    return bool(g.label.search(left) or STOCK_BEFORE.word(left) or _at(_STOCK_AFTER, norm, end))


def _leading_zeros(digits: str) -> bool:
    """Whether digits are a code with leading zeros (three digits or more before any separator).

    >>> [_leading_zeros(d) for d in ("000063", "0763", "0,5", "05")]
    [True, True, False, False]
    """
    if digits[:1] != "0":
        return False
    integer_part = _RE_SEP.split(digits, 1)[0]
    return len(integer_part) >= 3


def _read_range(r: _Reading, norm: str, g: _Grammar) -> None:
    """A range: the second figure is kept as `high` ("30-40%", "tussen 30 en 40 procent"); the unit may be
    written after both ("between 40% and 45%") or once before both ("ร้อยละ 40 ถึง 45").

    >>> [(n.value, n.high) for n in find_numbers("tussen 30 en 40 procent, van 2019 tot 215.000 ton", "nl")]
    [(30.0, 40.0), (215000.0, None)]
    """
    nxt = _range_second(r, norm, g)
    if nxt is None or not _range_unit_agrees(r, norm, nxt.end(), g):
        return
    high, high_reason = read_digits(nxt.group(), lang_data=g.lang_data)
    if _plausible_range(r.value, r.digits, high, nxt.group(), g.lang_data):
        r.high, r.end, r.reason = high, nxt.end(), r.reason or high_reason


def _range_second(r: _Reading, norm: str, g: _Grammar) -> regex.Match | None:
    """The digits after a range joiner that follows the first figure (and its unit): "30|-|40", "30% |to |40%".
    None after "from ... to" (a change: `_read_shared_unit`), and after "and" unless "between" came first.

    >>> [n.high for n in find_numbers("30 and 40 percent, between 30 and 40 percent, from 30 to 40 percent", "en")]
    [None, None, 40.0, None, None]
    """
    first_unit = r.first_unit
    rng = _at(g.range, norm, first_unit.end() if first_unit else r.end)
    if rng is None or (g.change_to.fullmatch(rng.group())
                       and g.change_from.search(r.left)):
        return None
    nxt = RE_CORE.match(norm, rng.end())
    if nxt is None or (g.range_and.fullmatch(rng.group().strip())
                       and not g.range_start.search(r.left)):
        return None
    return nxt


def _range_unit_agrees(r: _Reading, norm: str, high_end: int, g: _Grammar) -> bool:
    """Whether the figure ending at `high_end` closes a range with the first: the same unit or scale word after
    both ("40% to 45%"), one after the second only ("30-40%"), or a unit before the first ("ร้อยละ 40-45").

    >>> [(n.value, n.high) for n in find_numbers("40% to 45 tonnes", "en")]
    [(40.0, None), (45.0, None)]
    """
    probe = _at(g.unit, norm, high_end) or _at(g.scale, norm, high_end)
    if r.first_unit is not None:
        return probe is not None and probe.group() == r.first_unit.group()
    if probe is not None:
        return True
    return g.prefix_unit is not None and g.prefix_unit.search(r.left) is not None


def _plausible_range(low: float, low_digits: str, high: float, high_digits: str, ld: LanguageData) -> bool:
    """Whether `high` can close a range `low` opens: it is larger and no year, and `low` is no year followed by
    a figure `YEAR_RANGE_RATIO` times larger ("from 410,000 tonnes in 2019 to 215,000 tonnes").

    >>> en = languages.get("en")
    >>> _plausible_range(30, "30", 40, "40", en), _plausible_range(2019, "2019", 215000, "215,000", en)
    (True, False)
    """
    return high > low and not _is_year(high, high_digits, ld) \
        and not (_is_year(low, low_digits, ld) and high > YEAR_RANGE_RATIO * low)


def _read_scale(r: _Reading, norm: str, g: _Grammar) -> None:
    """Scale words after the figure (or its range) multiply it: "45 miljoen", "10,000 ล้าน", "2-3 billion".

    >>> find_numbers("2-3 billion", "en")[0].value
    2000000000.0
    """
    scale = _at(g.scale, norm, r.end)
    if scale:
        r.factor, r.end, r.scaled = _scale_factor(scale.group(), g.lang_data), scale.end(), True


def _read_currency(r: _Reading, norm: str, g: _Grammar) -> None:
    """A currency written before the figure is its unit: "€2,3 miljard", "US$ 5 million".

    >>> find_numbers("€2,3 miljard", "nl")[0].unit
    'EUR'
    """
    prefix = g.currency.search(r.left)
    if prefix:
        r.unit = g.lang_data.currency_prefix[prefix.group().strip()]
        r.start -= len(prefix.group())
        r.money = True


def _read_suffix(r: _Reading, norm: str, g: _Grammar) -> None:
    """A letter glued to a figure not yet scaled scales it (`_suffix`): "€2.3bn", "1.2m tonnes".

    >>> [(n.value, n.unit) for n in find_numbers("€2.3bn and 1.2m tonnes", "en")]
    [(2300000000.0, 'EUR'), (1200000.0, 't')]
    """
    if r.scaled:
        return
    suffix = _suffix(norm, r.end, r.digits, g, money=r.money)
    if suffix:
        r.factor, r.end, r.scaled = _SUFFIX_FACTORS[suffix.group()], suffix.end(), True


def _read_prefix_unit(r: _Reading, norm: str, g: _Grammar) -> None:
    """A unit the language writes before the figure, when no currency came first: "ร้อยละ 30" (30 percent).

    >>> [(n.value, n.unit, n.text) for n in find_numbers("ร้อยละ 30", "th")]
    [(30.0, '%', 'ร้อยละ 30')]
    """
    before = None if r.unit is not None else _unit_before(r.left, g)
    if before is not None:
        r.unit, length = before
        r.start -= length
        r.left = norm[max(0, r.start - QUALIFIER_WINDOW):r.start]


def _unit_before(left: str, g: _Grammar) -> tuple[str, int] | None:
    """The unit `left` ends with, among those written before a figure, and the length it takes. (Its factor is
    not applied: the one such unit today, Thai "ร้อยละ", has factor 1.)

    >>> _unit_before("ลดลงร้อยละ ", _grammar("th")), _unit_before("ruim ", _grammar("nl"))
    (('%', 7), None)
    """
    if g.prefix_unit is None:
        return None
    pre = g.prefix_unit.search(left)
    if not pre:
        return None
    return g.lang_data.extra["prefix_units"][pre.group().strip()][0], len(pre.group())


def _read_unit(r: _Reading, norm: str, g: _Grammar) -> None:
    """The unit after the figure, its scale words or its range, when none was read before it: "9,7%",
    "45 miljoen kWh", "30-40 ton".

    >>> [(n.value, n.unit) for n in find_numbers("45 miljoen kWh", "nl")]
    [(45000000.0, 'kWh')]
    """
    if r.unit is not None:
        return
    # (the unit right after the figure was read first, when neither a range nor a scale word moved its end)
    um = r.first_unit if r.high is None and not r.scaled else _at(g.unit, norm, r.end)
    if um:
        unit, unit_factor = _unit_of(um.group(), g)
        r.unit, r.end = unit, um.end()
        r.factor *= unit_factor


def _read_shared_unit(r: _Reading, norm: str, g: _Grammar) -> None:
    """A change written with the unit once: the unit (and scale) after the second figure is the first's too
    ("from 35 to 61 percent", "van 2,0 naar 3,8 miljard euro").

    >>> [(n.value, n.unit) for n in find_numbers("van 2,0 naar 3,8 miljard euro", "nl")]
    [(2000000000.0, 'EUR'), (3800000000.0, 'EUR')]
    """
    if r.unit is not None or r.scaled or not _at(g.change_to, norm, r.end) \
            or not g.change_from.search(r.left) or _is_year(r.value, r.digits, g.lang_data):
        return
    shared = _shared_unit(norm, r.end, g)
    if shared is not None:
        r.unit, shared_factor = shared
        r.factor *= shared_factor


#: What `_extend` reads around a figure's digits, in order: each step sees what the earlier ones read.
_EXTEND_STEPS = (_read_range, _read_scale, _read_currency, _read_suffix, _read_prefix_unit, _read_unit,
                 _read_shared_unit)


def _unitless_lookalike(r: _Reading, norm: str, g: _Grammar, *, keep_bare: bool) -> bool:
    """Whether a figure read with no unit and no scale is a look-alike: a letter glued to it ("5G", "4K",
    "3D"), or a year (a date, unless `keep_bare`).

    >>> [n.text for n in find_numbers("5G in 2030 en 5 GW", "nl")]
    ['5 GW']
    """
    if r.unit is not None or r.scaled:
        return False
    if r.end < len(norm) and _at(_RE_LATIN, norm, r.end):
        return True
    return _is_year(r.value, r.digits, g.lang_data) and not keep_bare


def _number(norm: str, text: str, g: _Grammar, value: float, start: int, end: int, **fields) -> Number:
    """The `Number` of `value` read at `start:end`, with a minus sign or word right before it (`_signed`) and
    the qualifier before that (`_qualifier`); `fields` are its other fields.

    >>> n = _number("ruim -5 ton", "ruim -5 ton", _grammar("nl"), 5.0, 6, 11, unit="t")
    >>> n.value, n.text, n.negative, n.qualifier
    (-5.0, '-5 ton', True, 'more_than')
    """
    at = _signed(norm, start, g)
    if at is not None:
        start, value, fields["negative"] = at, -value, True
        if fields.get("high") is not None:
            fields["high"] = -fields["high"]
    return Number(value=value, start=start, end=end, text=text[start:end],
                  qualifier=_qualifier(norm[max(0, start - QUALIFIER_WINDOW):start], g), **fields)


def _suffix(norm: str, end: int, digits: str, g: _Grammar, *, money: bool) -> regex.Match | None:
    """A letter glued to the figure that scales it: after a currency ("€2.3bn", "$3m", "€500K"), before a unit
    ("1.2m tonnes", "100k tonnes"), or a decimal figure's million ("1.2M")."""
    suffix = _at(_SUFFIX, norm, end)
    if suffix is None or money:
        return suffix
    if _at(g.unit, norm, suffix.end()) or (suffix.group() in ("M", "bn", "B") and _RE_SEP.search(digits)):
        return suffix
    return None


def _shared_unit(norm: str, end: int, g: _Grammar) -> tuple[str, float] | None:
    """The unit, and the factor of unit and scale, of the figure that a change's "to" introduces right after
    `end` ("from 35| to 61 percent"), when that figure has a unit."""
    to = _at(g.change_to, norm, end)
    nxt = RE_CORE.match(norm, to.end()) if to else None
    if nxt is None:
        return None
    pos, factor = nxt.end(), 1.0
    scale = _at(g.scale, norm, pos)
    if scale:
        factor, pos = _scale_factor(scale.group(), g.lang_data), scale.end()
    um = _at(g.unit, norm, pos)
    if um is None:
        return None
    unit, unit_factor = _unit_of(um.group(), g)
    return unit, factor * unit_factor


def _round(value: float) -> float:
    """Remove binary noise from scaling (14.317 * 1e6 -> 14317000.0)."""
    return float(f"{value:.12g}")


@lru_cache(maxsize=None)
def _scale_words(code: str) -> tuple[regex.Pattern, Folded]:
    ld = languages.get(code)
    return regex.compile(alternation(ld.multipliers), regex.I), Folded(ld.multipliers)


def _scale_factor(words: str, ld: LanguageData) -> float:
    factor = 1.0
    pattern, lowered = _scale_words(ld.code)
    for m in pattern.finditer(words):
        factor *= lowered[m.group()]
    return factor


def _unit_of(surface: str, g: _Grammar) -> tuple[str, float]:
    key = _RE_SPACES.sub(" ", surface.strip())
    if key.replace(" ", "").lower() in ("°c", "ºc", "℃"):
        return "°C", 1.0
    return g.units[key]


def _qualifier(left: str, g: _Grammar) -> str | None:
    """The qualifier ('about', 'more_than') that `left` ends with, unless it ends with a longer word that
    holds one ("งบประมาณ", a budget, ends with "ประมาณ", about)."""
    qm = g.qualifier.word(left)
    if qm is None or (g.not_qualifier is not None and g.not_qualifier.search(left)):
        return None
    return g.qualifiers.get(qm)


#: How far around a fraction word its look-alike phrase may reach ("second-half", "half-yearly").
_FRACTION_REACH = 12
#: How far right of a fraction word the bracket may open that gives its exact percentage ("driekwart
#: daarvan (72 procent)").
_EXACT_REACH = 16
#: A bracket opening right before a figure: "(72%", "( ร้อยละ 72".
_RE_OPEN_BRACKET = regex.compile(r"\(\s*\S*\s*$")


class Spans:
    """Spans that do not overlap, kept in order: whether a new span overlaps one is a bisection, so that a
    text's words are not checked against every number before them."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts, self.ends = [s for s, _ in ordered], [e for _, e in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans that start before `end` (their ends rise with their starts)
        return i > 0 and self.ends[i - 1] > start

    def inside(self, start: int, end: int) -> range:
        """The indices of the spans that overlap `start:end`."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _exact_after(norm: str, end: int, percents: Sequence[int]) -> bool:
    """Whether a bracket right after `end` opens on one of the (sorted) `percents` ("three quarters (72%)")."""
    i = bisect_left(percents, end)
    while i < len(percents) and percents[i] - end <= _EXACT_REACH:
        if _RE_OPEN_BRACKET.search(norm, end, percents[i]):
            return True
        i += 1
    return False


def _word_numbers(norm: str, text: str, g: _Grammar, taken: list[tuple[int, int]], pos: int = 0,
                  endpos: int | None = None, percents: Sequence[int] = ()) -> list[Number]:
    """Fractions as shares (`_fraction_numbers`), then written numbers with a unit or scale word
    (`_written_numbers`), outside the spans `taken`; `percents`: where figures in percent start.

    >>> [(n.value, n.unit, n.text) for n in _word_numbers("de helft en drie procent", "de helft en drie procent",
    ...                                                   _grammar("nl"), [])]
    [(50.0, '%', 'de helft'), (3.0, '%', 'drie procent')]
    """
    endpos = len(norm) if endpos is None else endpos
    spans = Spans(taken)
    found = _fraction_numbers(norm, text, g, spans, pos, endpos, sorted(percents))
    return found + _written_numbers(norm, text, g, spans, pos, endpos)


def _fraction_numbers(norm: str, text: str, g: _Grammar, spans: Spans, pos: int, endpos: int,
                      percents: Sequence[int]) -> list[Number]:
    """Fraction words as their share in percent ("de helft", "two thirds"), unless one of `_FRACTION_VETOES`
    holds; each taken adds its span to `spans`.

    >>> [(n.value, n.text) for n in find_numbers("two thirds of sales, one third of the board", "en")]
    [(66.6666666667, 'two thirds')]
    """
    found: list[Number] = []
    for m in g.fraction.finditer(norm, pos, endpos):
        if spans.overlaps(*m.span()) or any(veto(norm, m, g, percents) for veto in _FRACTION_VETOES):
            continue
        left = norm[max(0, m.start() - QUALIFIER_WINDOW):m.start()]
        found.append(Number(value=_round(g.fractions[m.group()]), unit="%", start=m.start(), end=m.end(),
                            text=text[m.start():m.end()], qualifier=_qualifier(left, g)))
        spans.add(*m.span())
    return found


def _exact_share_after(norm: str, m: regex.Match, g: _Grammar, percents: Sequence[int]) -> bool:
    """A bracket right after the fraction word gives the exact percentage, which is the claim: "nearly three
    quarters (72%)".

    >>> [n.text for n in find_numbers("nearly three quarters (72%)", "en")]
    ['72%']
    """
    return _exact_after(norm, m.end(), percents)


def _share_of_people(norm: str, m: regex.Match, g: _Grammar, percents: Sequence[int]) -> bool:
    """The fraction is a share of people, no figure of interest: "one third of the board".

    >>> find_numbers("one third of the board", "en")
    []
    """
    return spoken.spoken(g.lang_data.code).not_shares_after.match(norm, m.end(), m.end() + _AHEAD) is not None


def _fraction_lookalike(norm: str, m: regex.Match, g: _Grammar, percents: Sequence[int]) -> bool:
    """The fraction word is part of a phrase where it is no share: "first-half profit", "de eerste helft".

    >>> find_numbers("de eerste helft van het jaar", "nl")
    []
    """
    if g.not_fraction is None:
        return False
    lo, hi = max(0, m.start() - _FRACTION_REACH), min(len(norm), m.end() + _FRACTION_REACH)
    return any(a <= m.start() and m.end() <= b
               for a, b in (x.span() for x in g.not_fraction.finditer(norm, lo, hi)))


#: Why a fraction word found is no share, tried in order: the first that holds drops it.
_FRACTION_VETOES = (_exact_share_after, _share_of_people, _fraction_lookalike)


def _written_numbers(norm: str, text: str, g: _Grammar, spans: Spans, pos: int, endpos: int) -> list[Number]:
    """Numbers written in words (`_written_number`) outside `spans`.

    >>> [(n.value, n.unit) for n in find_numbers("drie procent van een bedrijf", "nl")]
    [(3.0, '%')]
    """
    found = []
    for m in g.words.finditer(norm, pos, endpos):
        if spans.overlaps(*m.span()):
            continue
        number = _written_number(norm, text, g, m)
        if number is not None:
            found.append(number)
    return found


def _written_number(norm: str, text: str, g: _Grammar, m: regex.Match) -> Number | None:
    """The number written in words that `m` matched, with its scale words and a unit before or after it; None
    without a unit ("one of the first", "een bedrijf", "สามารถ").

    >>> [(n.value, n.unit, n.written) for n in find_numbers("ห้าสิบล้านบาท", "th")]
    [(50000000.0, 'THB', True)]
    """
    start, end = m.span()
    left = norm[max(0, start - QUALIFIER_WINDOW):start]
    if not (_at(g.unit, norm, end) or _at(g.scale, norm, end)
            or (g.prefix_unit is not None and g.prefix_unit.search(left))):
        return None  # "one of the first", "สามารถ": a written number needs a unit
    value = g.lang_data.number_words(m.group())
    if value is None:
        return None
    factor, scaled, unit = 1.0, False, None
    scale = _at(g.scale, norm, end)
    if scale:
        factor, end, scaled = _scale_factor(scale.group(), g.lang_data), scale.end(), True
    before = _unit_before(left, g)
    if before is not None:
        unit, start = before[0], start - before[1]
    if unit is None:
        um = _at(g.unit, norm, end)
        if um:
            unit, unit_factor = _unit_of(um.group(), g)
            factor *= unit_factor
            end = um.end()
    if unit is None:
        return None  # a scale word alone ("drie miljard" with nothing after it): a word number needs a unit
    return _number(norm, text, g, _round(value * factor), start, end, unit=unit, scaled=scaled, written=True)


def _is_fraction_word(number: Number, g: _Grammar) -> bool:
    """Whether a number found is a fraction word ("two thirds"): `find_numbers` gives its share in percent,
    `parse_number` its ratio."""
    return number.unit == "%" and g.fractions.get(number.text) is not None


def parse_number(text: str, lang: str | LanguageData) -> float:
    """The value of a string that is one number (digits, words, scale words, a unit).

    >>> parse_number("14,317 miljoen", "nl")
    14317000.0
    >>> parse_number("๑๐,๐๐๐ ล้าน", "th")
    10000000000.0
    >>> parse_number("twenty-three", "en")
    23.0

    Raises:
        NormalizeError: when the string is not exactly one number.
    """
    if not isinstance(text, str):
        raise NormalizeError(f"expected a string, got {type(text).__name__}")
    ld = _lang_data(lang)
    g = _grammar(ld.code)
    stripped = text.strip()
    if not stripped:
        raise NormalizeError("cannot read an empty string as a number")
    numbers = find_numbers(stripped, ld, keep_bare=True)
    if len(numbers) == 1 and numbers[0].end == len(stripped) and not _is_fraction_word(numbers[0], g):
        qm = g.qualifier.rx.search(stripped[:numbers[0].start])
        if numbers[0].start == 0 or (qm and qm.start() == 0):
            return numbers[0].value
    norm = stripped.translate(THAI_DIGITS)
    # written numbers, scale words alone ("miljard"), signs, fractions, dozens ...: see `spoken`
    value = spoken.read(stripped, ld)
    if value is not None:
        return _round(value)
    if g.fractions.get(norm) is not None:  # "de helft", "halveren": a share, read as its ratio
        return _round(g.fractions[norm] / 100)
    raise NormalizeError(f"cannot read {text!r} as one number in {ld.name}")
