"""A string that is one number, read as people write it out: signs, decimals said with a word, fractions,
mixed numbers, ratios, dozens, digit suffixes and exponents.

`parse_number` tries this reader when the running-text grammar of `numbers.py` does not read the whole
string. Each form is a small named resolver over the string's tokens, tried in a fixed order; the words
of each language live in its `lang/<code>/numbers.py` (`SPOKEN`), cardinals are read by the language's
`number_words` (text2num for English and Dutch, PyThaiNLP for Thai).

    >>> read("minus 1,200,000", "en"), read("twee derde", "nl"), read("หนึ่งจุดสองล้าน", "th")
    (-1200000.0, 0.6666666666666666, 1200000.0)

Every resolver works on at most `MAX_TOKENS` tokens and `MAX_DIGITS` digits: the reader is linear in its
input and a run of 310 or more digits, which a float cannot hold, is refused (`TooLong`).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

from extractor import lang as languages
from extractor.errors import NormalizeError
from extractor.lang.base import LanguageData, alternation

#: Letters right after digits that scale them ("100k", "3M", "10G", "1.2b", "2,33 k"): SI prefixes and the
#: financial billion, the same in every language.
SUFFIXES: Mapping[str, float] = MappingProxyType({"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "b": 1e9, "B": 1e9,
                                                  "bn": 1e9})
#: The most digits a number may have: 10**309 is past the largest float.
MAX_DIGITS = 309
#: A string of more tokens than this is no one number (and the resolvers stay linear).
MAX_TOKENS = 40
#: The minus signs: ASCII hyphen-minus and U+2212.
MINUS = "-\u2212"

_NUM = (r"(?:[0-9]{1,3}(?:(?:[.,\u00a0\u202f\u2009]| (?=[0-9]{3}(?![0-9])))[0-9]{3})+(?:[.,][0-9]+)?"
        r"|[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)")
RE_EXPONENT = regex.compile(rf"({_NUM})(?:[eE]([+-]?[0-9]{{1,3}})|\^([+-]*)([0-9]{{1,3}}))")
RE_MIXED = regex.compile(r"([0-9]{1,9})\s+([0-9]{1,9})/([0-9]{1,9})")
RE_SLASH = regex.compile(r"([0-9]{1,9})/([0-9]{1,9})")
RE_SUFFIXED = regex.compile(rf"({_NUM})\s*({alternation(SUFFIXES)})")
RE_PLAIN = regex.compile(rf"({_NUM})\.?")
RE_SIGN = regex.compile(rf"[{MINUS}]\s*")
RE_DIGITS = regex.compile(r"[0-9]+")
_RE_SPLIT = regex.compile(r"[\s\-/]+")


class TooLong(NormalizeError):
    """A run of digits longer than a float can hold."""


@dataclass(frozen=True, slots=True)
class Spoken:
    """One language's words for the spoken forms (`SPOKEN` in `lang/<code>/numbers.py`)."""

    lang_data: LanguageData
    signs: tuple[str, ...]
    points: frozenset[str]
    ratios: regex.Pattern
    ands: frozenset[str]
    articles: frozenset[str]
    counts: Mapping[str, float]
    dozens: frozenset[str]
    scales: Mapping[str, float]
    ordinal_words: Mapping[str, float]
    ordinal_endings: tuple[tuple[str, str], ...]
    halves: frozenset[str]
    #: for a language written without spaces: the words to cut out of a run ("หนึ่งจุดสอง" -> หนึ่ง จุด สอง)
    cut: regex.Pattern | None
    trailing_scale: regex.Pattern
    #: words that make a run of tokens worth reading (numbers, counts, dozens, scales, ordinals) ...
    core: frozenset[str]
    #: ... and words that may stand inside or before such a run (signs, "point", "and", "a", "op de")
    glue: frozenset[str]
    #: the start of a written number word: only tokens that open with one are tried as ordinals
    word_start: regex.Pattern
    #: for a language written without spaces: a run of number words and the spoken words between them
    run: regex.Pattern | None
    #: joining words that may open a number ("minus", "a", "point")
    openers: frozenset[str]
    #: "percent of" right before a number (`find_numbers(words=True)` only)
    percent_before: regex.Pattern | None
    #: what after a fraction word makes it no share of interest ("one third| of the board")
    not_shares_after: regex.Pattern


#: The spoken-number table of a language that has none: every list empty (`lang/<code>/numbers.py` SPOKEN).
_NO_SPOKEN: dict = {key: () for key in ("signs", "points", "ratios", "ands", "articles", "dozens", "ordinal_endings",
                                         "halves", "not_shares_after", "percent_before")} | {
    key: {} for key in ("counts", "scales", "ordinal_words")}


@lru_cache(maxsize=None)
def spoken(code: str) -> Spoken:
    ld = languages.get(code)
    table = {**_NO_SPOKEN, **getattr(ld.extra["numbers"], "SPOKEN", {})}
    special = [*table["signs"], *table["points"], *table["ratios"], *table["dozens"]]
    scales = {**{k.lower(): v for k, v in ld.multipliers.items()}, **table["scales"]}
    return Spoken(
        lang_data=ld,
        signs=tuple(sorted(table["signs"], key=len, reverse=True)),
        points=frozenset(table["points"]),
        ratios=regex.compile(rf"^(.+?)\s+(?:{alternation(table['ratios'])})\s+(.+)$") if table["ratios"]
        else regex.compile(r"(?!x)x"),
        ands=frozenset(table["ands"]),
        articles=frozenset(table["articles"]),
        counts=MappingProxyType(dict(table["counts"])),
        dozens=frozenset(table["dozens"]),
        scales=MappingProxyType(scales),
        ordinal_words=MappingProxyType(dict(table["ordinal_words"])),
        ordinal_endings=tuple(table["ordinal_endings"]),
        halves=frozenset(table["halves"]),
        cut=None if ld.spaced else regex.compile(rf"({alternation(special)}|[0-9][0-9.,]*)"),
        trailing_scale=regex.compile(rf"(?:{alternation(scales)})+$"),
        core=frozenset([*(c for c in table["counts"] if " " not in c), *table["dozens"], *scales,
                        *table["ordinal_words"], *table["halves"]]),
        glue=frozenset([*table["signs"], *table["points"], *table["ands"], *table["articles"],
                        *(w for r in table["ratios"] for w in r.split()), "-", "/", "\u2212"]),
        word_start=regex.compile(ld.number_word_re, regex.I),
        run=None if ld.spaced else regex.compile(
            rf"(?:(?<![\p{{L}}\p{{M}}])(?:{alternation(table['signs'])})\s?)?"
            rf"(?:{ld.number_word_re}|{alternation([*table['points'], *table['ratios'], *table['dozens']])}"
            r"|[0-9]+(?:[.,][0-9]+)*)+"),
        openers=frozenset([*table["signs"], *table["articles"], *table["points"], "-", "\u2212"]),
        not_shares_after=regex.compile(rf"\s*(?i:{'|'.join(table['not_shares_after'])})"),
        percent_before=regex.compile(rf"(?<![\p{{L}}])(?i:{alternation(table['percent_before'])})\s+$")
        if table["percent_before"] else None,
    )


def _lang(lang: str | LanguageData) -> LanguageData:
    return lang if isinstance(lang, LanguageData) else languages.get(lang)


def read(text: str, lang: str | LanguageData) -> float | None:
    """The value of `text` when it is one spoken or written-out number, else None.

    Raises:
        TooLong: when the text holds a run of `MAX_DIGITS` + 1 digits or more.
    """
    ld = _lang(lang)
    sp = spoken(ld.code)
    s = " ".join(text.translate(_thai_digits()).split())
    for run in RE_DIGITS.finditer(s):
        if run.end() - run.start() > MAX_DIGITS:
            raise TooLong(f"a run of {run.end() - run.start()} digits is longer than any number a float holds")
    if not s or len(s) > 400:
        return None
    sign, s = _sign(s, sp)
    if s.startswith("(") and s.endswith(")") and sign == 1.0:
        sign, s = -1.0, s[1:-1].strip()  # "(12.5%)": a negative figure in a table of changes
    if s.endswith("%"):
        s = s[:-1].rstrip()  # a percentage is read as its number of percent, as find_numbers gives it
    value = _digits_form(s, ld)
    if value is None:
        value = _words(_tokens(s.lower(), sp), sp)
    return None if value is None else sign * value




def _sign(s: str, sp: Spoken) -> tuple[float, str]:
    m = RE_SIGN.match(s)
    if m:
        return -1.0, s[m.end():]
    low = s.lower()
    for word in sp.signs:
        if low.startswith(word) and len(s) > len(word) and (not sp.lang_data.spaced or s[len(word)] == " "):
            return -1.0, s[len(word):].strip()
    return 1.0, s


def digits_value(digits: str, ld: LanguageData) -> float:
    """A digit string under the language's separators; a leading separator is a decimal mark (",77", ".08")."""
    from extractor.normalize.numbers import read_digits

    if digits[0] in ".,":
        digits = "0" + digits
    return read_digits(digits.replace(" ", "\u00a0").replace("\u2009", "\u00a0"), lang_data=ld)[0]


def _power(factor: float, base: float, exponent: int) -> float | None:
    """`factor * base ** exponent`; None beyond the range of a float ("1e400", "10^999"): no figure a release
    states. Zero times any power is zero ("0e310")."""
    if not factor:
        return 0.0
    try:
        value = factor * base ** exponent
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def _digits_form(s: str, ld: LanguageData) -> float | None:
    """Digits with an exponent, a slash fraction, a suffix letter, or nothing: "1e10", "2 1/4", "100k"."""
    m = RE_EXPONENT.fullmatch(s)
    if m:
        base = digits_value(m.group(1), ld)
        if m.group(2) is not None:
            return _power(base, 10.0, int(m.group(2)))
        power = int(m.group(4)) * (-1 if m.group(3).count("-") % 2 else 1)
        return _power(1.0, base, power) if base else None
    m = RE_MIXED.fullmatch(s)
    if m and int(m.group(3)):
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    m = RE_SLASH.fullmatch(s)
    if m and int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    m = RE_SUFFIXED.fullmatch(s)
    if m:
        return digits_value(m.group(1), ld) * SUFFIXES[m.group(2)]
    m = RE_PLAIN.fullmatch(s)
    if m:
        return digits_value(m.group(1), ld)
    return None


def _tokens(s: str, sp: Spoken) -> list[str]:
    if sp.cut is not None:
        s = sp.cut.sub(r" \1 ", s)
    return [t for t in _RE_SPLIT.split(s) if t]


def _words(tokens: list[str], sp: Spoken) -> float | None:
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    for resolver in _RESOLVERS:
        value = resolver(tokens, sp)
        if value is not None:
            return value
    return None


def _count(tokens: list[str], sp: Spoken) -> float | None:
    """A counting word or a name of zero alone: "a dozen", "gros", "nil", "โหล"."""
    return sp.counts.get(" ".join(tokens))


def _ratio(tokens: list[str], sp: Spoken) -> float | None:
    """X over Y, "een op de drie", "1 uit 20", "หนึ่งในสาม"."""
    m = sp.ratios.match(" ".join(tokens))
    if not m:
        return None
    top, bottom = _numerator(m.group(1).split(), sp), cardinal(m.group(2).split(), sp)
    return top / bottom if top is not None and bottom else None


def _point(tokens: list[str], sp: Spoken) -> float | None:
    """A decimal said with a word: "1 point 1", "point 77", "nul komma vijf", "หนึ่งจุดสองล้าน"."""
    at = next((i for i, t in enumerate(tokens) if t in sp.points), None)
    if at is None or at == len(tokens) - 1:
        return None
    whole = cardinal(tokens[:at], sp) if at else 0.0
    after, factor = list(tokens[at + 1:]), 1.0
    while after and after[-1] in sp.scales:
        factor *= sp.scales[after.pop()]
    if after and not sp.lang_data.spaced:
        tail = sp.trailing_scale.search(after[-1])
        if tail and tail.start() > 0:
            factor *= _scale_product(tail.group(), sp)
            after[-1] = after[-1][:tail.start()]
    decimals = _decimal_digits(after, sp)
    if whole is None or decimals is None or whole != int(whole):
        return None
    return float(f"{int(whole)}.{decimals}") * factor


def _scale_product(words: str, sp: Spoken) -> float:
    factor, i = 1.0, 0
    keys = sorted(sp.scales, key=len, reverse=True)
    while i < len(words):
        key = next((k for k in keys if words.startswith(k, i)), None)
        if key is None:
            return 1.0
        factor, i = factor * sp.scales[key], i + len(key)
    return factor


def _decimal_digits(tokens: list[str], sp: Spoken) -> str | None:
    if len(tokens) == 1 and tokens[0].isdigit():
        return tokens[0]
    digits = [cardinal([t], sp) for t in tokens]
    if tokens and all(d is not None and d == int(d) and 0 <= d <= 9 for d in digits):
        return "".join(str(int(d)) for d in digits)  # type: ignore[arg-type]
    value = cardinal(tokens, sp)
    return str(int(value)) if value is not None and value == int(value) and value >= 0 else None


def _dozens(tokens: list[str], sp: Spoken) -> float | None:
    """"three dozens", "two hundred dozens", "half a dozen", "driehonderd en twee dozijn", "สองร้อยโหล"."""
    if tokens[-1] not in sp.dozens:
        return None
    rest = tokens[:-1]
    if not rest:
        return 12.0
    if len(rest) == 2 and rest[0] in sp.halves and rest[1] in sp.articles:
        return 6.0  # "half a dozen"
    ands = [i for i, t in enumerate(rest) if t in sp.ands]
    if ands:
        left, right = cardinal(rest[:ands[-1]], sp), _words(rest[ands[-1] + 1:], sp)
        return None if left is None or right is None else left + 12 * right
    times = _count(rest, sp) if _count(rest, sp) is not None else cardinal(rest, sp)
    return None if times is None else 12 * times


def _mixed(tokens: list[str], sp: Spoken) -> float | None:
    """A whole number and a fraction: "one and a half", "vijf en een kwart", "one hundred and three quarters"."""
    for i in reversed([i for i, t in enumerate(tokens) if t in sp.ands]):
        part, whole = _small_fraction(tokens[i + 1:], sp), cardinal(tokens[:i], sp)
        if part is not None and whole is not None:
            return whole + part
    return None


def _joined_mixed(tokens: list[str], sp: Spoken) -> float | None:
    """The same without a joining word: "honderd driekwart", "twintig drie vijfde", "drie een vijfde"."""
    for cut in (1, 2):
        if len(tokens) > cut:
            part, whole = _small_fraction(tokens[-cut:], sp), cardinal(tokens[:-cut], sp)
            if part is not None and whole is not None:
                return whole + part
    return None


def _small_fraction(tokens: list[str], sp: Spoken) -> float | None:
    """A fraction whose numerator is one word below ten ("a half", "three quarters", "driekwart")."""
    if len(tokens) == 1:
        value = sp.counts.get(tokens[0])
        return value if value is not None and 0 < value < 1 else None
    if len(tokens) != 2:
        return None
    top, bottom = _numerator(tokens[:1], sp), ordinal(tokens[1], sp)
    return top / bottom if top is not None and 0 < top < 10 and bottom else None


def _fraction(tokens: list[str], sp: Spoken) -> float | None:
    """A numerator and an ordinal: "two thirds", "een achtste", "twenty twenty fifths", "one one hundred fifth".

    A tens word right before an ordinal below ten joins it ("one hundred thirty fifths" = 100/35) unless
    "and" ties it to the numerator ("one hundred and thirty fifths" = 130/5); else the shortest denominator
    that leaves a number for the numerator wins.
    """
    last = ordinal(tokens[-1], sp)
    top_tokens = tokens[:-1]
    if last is None or not top_tokens:
        return None
    bound = _tens_bound(top_tokens, last, sp)
    if bound is not None:
        return bound
    for cut in range(len(top_tokens)):
        top = _numerator(top_tokens[:len(top_tokens) - cut], sp)
        if top is None:
            continue
        if not cut:
            return top / last if last > 1 else None  # "a first class seat": no fraction
        head = [t for t in top_tokens[len(top_tokens) - cut:] if t not in sp.ands]
        base = cardinal(head, sp)
        if base is not None and base % 10 == 0 and base > last:
            return top / (base + last)
    return None


_TENS = frozenset(float(t) for t in range(20, 100, 10))


def _tens_bound(top_tokens: list[str], last: float, sp: Spoken) -> float | None:
    """"twenty twenty fifths" = 20/25: a tens word right before an ordinal below ten, not tied by "and"."""
    if last >= 10 or len(top_tokens) < 2 or top_tokens[-2] in sp.ands:
        return None
    tens, top = cardinal(top_tokens[-1:], sp), _numerator(top_tokens[:-1], sp)
    return top / (tens + last) if tens in _TENS and top is not None else None


def ordinal(token: str, sp: Spoken) -> float | None:
    """The denominator an ordinal word names ("fifths" 5, "twentieth" 20, "achtste" 8, "honderdste" 100)."""
    if token in sp.ordinal_words:
        return sp.ordinal_words[token]
    for ending, replacement in sp.ordinal_endings:
        if token.endswith(ending) and len(token) > len(ending) + 1:
            value = cardinal([token[:-len(ending)] + replacement], sp)
            if value:
                return value
    return None


def _numerator(tokens: Sequence[str], sp: Spoken) -> float | None:
    if len(tokens) == 1 and tokens[0] in sp.articles:
        return 1.0
    return cardinal(list(tokens), sp)


def cardinal(tokens: list[str], sp: Spoken) -> float | None:
    """A whole number in words or digits, with scale words ("a hundred", "322 hundred", "three crore ...")."""
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    if len(tokens) == 1 and RE_PLAIN.fullmatch(tokens[0]):
        return digits_value(tokens[0].rstrip("."), sp.lang_data)
    if any(t[:1].isdigit() for t in tokens[1:]) or any(t in sp.articles for t in tokens[1:]):
        return None
    if not tokens[0][:1].isdigit() and not (tokens[0] in sp.articles and len(tokens) > 1):
        value = sp.lang_data.number_words(" ".join(tokens))
        if value is not None and value >= 0:  # (signs are read here, not by the word reader: "ลบ" alone is none)
            return value
    return _by_scale(tokens, sp)


def _by_scale(tokens: list[str], sp: Spoken) -> float | None:
    """Split at the largest scale word: what is left of it counts it, what is right of it is added."""
    scaled = [(sp.scales[t], i) for i, t in enumerate(tokens) if t in sp.scales]
    if not scaled:
        return None
    scale, at = max(scaled)
    left, right = tokens[:at], [t for t in tokens[at + 1:]]
    if right and right[0] in sp.ands:
        right = right[1:]
    if not left or (len(left) == 1 and left[0] in sp.articles):
        times: float | None = 1.0
    else:  # "een half miljoen", "anderhalf miljoen": a count before the scale word
        times = sp.counts.get(" ".join(left)) if " ".join(left) in sp.counts else cardinal(left, sp)
    rest = cardinal(right, sp) if right else 0.0
    if times is None or rest is None or rest >= scale:
        return None
    return times * scale + rest


_RESOLVERS: tuple[Callable[[list[str], Spoken], float | None], ...] = (
    _count, cardinal, _ratio, _point, _dozens, _mixed, _fraction, _joined_mixed,
)


#: A token of a spaced language: a word, digits with their separators, or a joining mark.
RE_TOKEN = regex.compile(r"(?<![0-9])[\p{L}\p{M}]+|(?<![\p{L}\p{N}%/.,_])[0-9]+(?:[.,][0-9]+)*"
                          r"(?:[eE][+-]?[0-9]{1,3})?(?![\p{L}\p{N}_%/]|[.,][0-9])"
                          r"|[-\u2212/]")
#: The most tokens one written number found in running text may have.
RUN_WINDOW = 12


def find_spoken(norm: str, lang: str | LanguageData, pos: int = 0, endpos: int | None = None
                ) -> list[tuple[int, int, float]]:
    """Written numbers in running text, as (start, end, value): the longest reading from each token on.

    Runs of number-like tokens are read left to right; from each token the longest piece of at most
    `RUN_WINDOW` tokens that `read` accepts is taken. An article alone ("een", "a") is no number.
    """
    ld = _lang(lang)
    sp = spoken(ld.code)
    endpos = len(norm) if endpos is None else endpos
    if sp.run is not None:
        return [(m.start(), m.end(), v) for m in sp.run.finditer(norm, pos, endpos)
                if (v := _safe_read(m.group(), ld)) is not None]
    found: list[tuple[int, int, float]] = []
    for run in _runs(norm, sp, pos, endpos):
        found += _read_run(norm, run, sp, ld)
    return found


def _safe_read(text: str, ld: LanguageData) -> float | None:
    try:
        return read(text, ld)
    except TooLong:
        return None


def _is_core(token: str, sp: Spoken) -> bool:
    if token[0].isdigit() or token in sp.core:
        return True
    if token in sp.articles:  # "een" is one in Dutch ("min een"), "a" is no number in English
        return sp.lang_data.number_words(token) is not None
    m = sp.word_start.match(token)
    return m is not None and (m.end() == len(token) or sp.lang_data.number_words(token) is not None
                              or ordinal(token, sp) is not None)


def _runs(norm: str, sp: Spoken, pos: int, endpos: int) -> list[list[tuple[int, int, bool]]]:
    """Runs of tokens joined by spaces, each token (start, end, core); only runs that hold a core token."""
    runs: list[list[tuple[int, int, bool]]] = []
    current: list[tuple[int, int, bool]] = []
    for m in RE_TOKEN.finditer(norm, pos, endpos):
        low = m.group().lower()
        core = _is_core(low, sp)
        keep = core or low in sp.glue
        if current and (not keep or norm[current[-1][1]:m.start()].strip()):
            if any(c for _, _, c in current):
                runs.append(current)
            current = []
        if keep:
            current.append((m.start(), m.end(), core))
    if current and any(c for _, _, c in current):
        runs.append(current)
    return runs


def _read_run(norm: str, run: list[tuple[int, int, bool]], sp: Spoken, ld: LanguageData) -> list[tuple[int, int, float]]:
    found = []
    i = 0
    while i < len(run):
        first = norm[run[i][0]:run[i][1]].lower()
        joined = first in MINUS and run[i][0] > 0 and not norm[run[i][0] - 1].isspace() and norm[run[i][0] - 1] != "("
        if not run[i][2] and (first not in sp.openers or joined):
            i += 1  # "en tweehonderd", "van de drie", "+1-222": a joining word or hyphen opens no number
            continue
        for j in range(min(len(run), i + RUN_WINDOW), i, -1):
            piece = run[i:j]
            if not piece[-1][2] or (j - i == 1 and norm[piece[0][0]:piece[0][1]].lower() in sp.articles):
                continue
            value = _safe_read(norm[piece[0][0]:piece[-1][1]], ld)
            if value is not None:
                found.append((piece[0][0], piece[-1][1], value))
                i = j
                break
        else:
            i += 1
    return found


def _thai_digits() -> dict[int, int]:
    """`numbers.THAI_DIGITS` (imported here: `numbers` imports this module)."""
    from extractor.normalize.numbers import THAI_DIGITS

    return THAI_DIGITS
