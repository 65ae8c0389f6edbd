"""Reaches: how far from a figure or a cue something may stand and still belong to it.

Each reach is declared once, with its meaning and its default in words (`lang.base.REACHES`); a language
may set its own (`REACHES` in its patterns.py). Where words are spaced (Dutch, English) a reach counts
words, whatever their length: a Dutch compound ("broeikasgasemissies") is one word, as "emissions" is.
Thai, written without spaces, gives its reaches in characters.

>>> from extractor.extract.matching import Sentence
>>> s = Sentence.read_all("Acme will cut scope 1 and 2 emissions by 52% by 2030 against 2019.", [(0, 66, "en")])[0]
>>> a = s.text.index("52%") + 3
>>> s.text[a:right(s, a, "metric_right")]
' by 2030 against 2019.'
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extractor import lang as languages


#: A word: a run of characters between spaces that holds a letter or a digit (a lone dash or comma is none).
_WORD = r"\S*[\p{L}\p{N}]\S*"
_RE_WORD = regex.compile(_WORD)


@lru_cache(maxsize=None)
def _words_right(n: int) -> regex.Pattern:
    return regex.compile(rf"(?:\s*(?:[^\s\p{{L}}\p{{N}}]+\s+)*{_WORD}){{1,{n}}}")


@lru_cache(maxsize=None)
def _words_left(n: int) -> regex.Pattern:
    return regex.compile(rf"(?r)(?:{_WORD}(?:\s+[^\s\p{{L}}\p{{N}}]+)*\s*){{1,{n}}}")


@lru_cache(maxsize=None)
def _counted(code: str, name: str) -> tuple[int, bool]:
    """(the reach `name` in language `code`, whether it counts words)."""
    data = languages.get(code)
    return data.reach(name), data.spaced


def right_of(text: str, code: str, anchor: int, name: str, hi: int | None = None) -> int:
    """The offset of `text` the reach `name` ends at, counted right from `anchor` (at most `hi`)."""
    hi = len(text) if hi is None else hi
    n, words = _counted(code, name)
    if not words:
        return min(hi, anchor + n)
    m = _words_right(n).match(text, anchor, hi) if n > 0 else None
    return anchor if m is None else m.end()


def left_of(text: str, code: str, anchor: int, name: str, lo: int = 0) -> int:
    """The offset of `text` the reach `name` starts at, counted left from `anchor` (at least `lo`)."""
    n, words = _counted(code, name)
    if not words:
        return max(lo, anchor - n)
    m = _words_left(n).search(text, lo, anchor) if n > 0 and anchor > lo else None
    return anchor if m is None else m.start()


def right(s, anchor: int, name: str) -> int:
    """Where the reach `name` right of document offset `anchor` ends, in sentence `s` (never past its end)."""
    return s.start + right_of(s.text, s.code, anchor - s.start, name)


def left(s, anchor: int, name: str) -> int:
    """Where the reach `name` left of document offset `anchor` starts, in sentence `s` (never before its start)."""
    return s.start + left_of(s.text, s.code, anchor - s.start, name)


def within(s, lo: int, hi: int, name: str) -> bool:
    """Whether what stands between document offsets `lo` and `hi` of `s` is within the reach `name`: at most
    that many words (Thai: characters)."""
    n, words = _counted(s.code, name)
    if not words:
        return hi - lo <= n
    return hi <= lo or len(_RE_WORD.findall(s.text, lo - s.start, hi - s.start)) <= n
