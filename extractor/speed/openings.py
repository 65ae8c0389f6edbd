"""Patterns tried right after a figure only where the text there can open them (`Opening`): a speed device
of the number and date readers, which gives the matches the pattern itself gives (tests/test_openings.py)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

import regex

from extractor.speed.scan import folds_by_lowering

AnyPattern: TypeAlias = "re.Pattern[str] | regex.Pattern"


class Opening:
    """A pattern matched at a position (`_at`) only when the text there, past the spaces its alternatives may open
    with, starts with one of the words it can open with (`openings`, at most two characters of each compared):
    most figures are followed by a word that opens no unit, scale word or range ("52% by 2030", "45 of"), and a
    test of two characters saves the unit pattern, an alternation of a few hundred words, at each of them. What
    it cannot rule out (a character whose lowering does not fold case as the pattern does) goes to the pattern.

    >>> unit = Opening(regex.compile(r"\\s*(?:tonnes|t|%)", regex.I), ("tonnes", "t", "%"))
    >>> unit.match("45 Tonnes", 2, 40).group(), unit.match("45 of", 2, 40)
    (' Tonnes', None)
    """

    __slots__ = ("rx", "pattern", "openings", "spaces", "ignorecase", "heads", "ones")

    def __init__(self, rx: AnyPattern, openings: Iterable[str] | None, *, spaces: bool = True) -> None:
        self.rx, self.pattern, self.spaces = rx, rx.pattern, spaces
        self.openings = None if openings is None else tuple(openings)
        self.ignorecase = bool(rx.flags & re.I)
        words = None if openings is None else [w.lower() if self.ignorecase else w for w in openings]
        if words is not None and any(not w or w[0].isspace() or not folds_by_lowering(w, w.lower()) for w in words):
            words = None  # an empty opening, or one the test below cannot compare: the pattern decides
        #: the first two characters of every opening (None: no test, the pattern is always tried)
        self.heads = None if words is None else frozenset(w[:2] for w in words)
        self.ones = None if words is None else frozenset(w for w in words if len(w) == 1)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        endpos = len(text) if endpos is None else endpos
        heads = self.heads
        if heads is None:
            return self.rx.match(text, pos, endpos)
        head = text[pos:pos + 2]
        if self.spaces and head[:1].isspace():  # (every character `\s` reads is a space to `isspace`)
            p = pos + 1
            while text[p:p + 1].isspace():
                p += 1
            head = text[p:p + 2]
        if self.ignorecase:
            low = head.lower()
            if not head.isascii() and not folds_by_lowering(head, low):
                return self.rx.match(text, pos, endpos)
            head = low
        # (a head read past `endpos` lets the pattern decide: it only tries more)
        if head in heads or head[:1] in self.ones:
            return self.rx.match(text, pos, endpos)
        return None
