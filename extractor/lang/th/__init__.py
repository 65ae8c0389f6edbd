"""Thai (th). Sentences come from PyThaiNLP's CRF sentence splitter, line by line."""
from __future__ import annotations

import os

import regex

from extractor.lang.base import from_modules
from extractor.lang.th import dates, numbers, patterns

# PyThaiNLP must never reach for the network or write to the user's home: everything we use ships with it.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

_RE_LINE = regex.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of Thai text.

    The CRF splitter sometimes cuts between "ภายในปี" and its year, so a
    piece that starts with a digit is glued back onto the one before it.
    """
    from pythainlp.tokenize import sent_tokenize

    spans: list[tuple[int, int]] = []
    for line in _RE_LINE.finditer(text):
        pos = line.start()
        pieces = sent_tokenize(line.group(), engine="crfcut") if line.group().strip() else []
        for piece in pieces:
            stripped = piece.strip()
            if not any(ch.isalnum() for ch in stripped):
                continue  # a lone bullet or dash
            start = text.find(stripped, pos, line.end())
            if start < 0:
                continue
            end = start + len(stripped)
            if spans and stripped[0].isdigit() and spans[-1][1] >= line.start():
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
            pos = end
    return spans


LANGUAGE = from_modules(code="th", name="Thai", numbers=numbers, dates=dates, patterns=patterns,
                        spaced=False, split_sentences=split_sentences)
