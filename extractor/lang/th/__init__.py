"""Thai (th). Sentences come from PyThaiNLP's CRF sentence splitter, line by line."""
from __future__ import annotations

import os

import regex

from extractor.lang.base import from_modules
from extractor.lang.th import dates, numbers, patterns

# PyThaiNLP (spaCy's Thai tokeniser, Thai number words) must never reach for the network or write to the user's home: everything we use ships with it.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

_RE_LINE = regex.compile(r"[^\n]+")
#: A space after Thai text where the next words open a sentence ("... ยั่งยืน ในปี 2566 ...").
_RE_BREAK = regex.compile(r"(?<=[\p{Thai}\)\"”’])[ \t\u00a0]+(?=(?:" + "|".join(patterns.PATTERNS["sentence_start"]) + "))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of Thai text: lines, cut where a space is followed by a sentence opener.

    Thai marks sentences with spaces, but also puts spaces around numbers and
    Latin words inside a sentence, so not every space is a break. PyThaiNLP's
    CRF splitter (crfcut) decides better but costs five times a tokenisation;
    a line, cut before words that open a sentence ("ในปี", "นอกจากนี้",
    "ในช่วง...ที่ผ่านมา"), keeps each figure with its subject at a fraction of
    the cost. Lone bullets are dropped.
    """
    spans: list[tuple[int, int]] = []
    for line in _RE_LINE.finditer(text):
        cuts = [line.start(), *(m.end() for m in _RE_BREAK.finditer(text, line.start(), line.end())), line.end()]
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b]
            if not any(ch.isalnum() for ch in piece):
                continue
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            spans.append((a, b))
    return spans


LANGUAGE = from_modules(code="th", name="Thai", numbers=numbers, dates=dates, patterns=patterns,
                        spaced=False, split_sentences=split_sentences, script="Thai")
