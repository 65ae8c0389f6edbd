"""Toy German numbers: decimal comma, point groups, two scale words, "Prozent"."""
from __future__ import annotations

DECIMAL_SEP = ","
GROUP_SEP = "."
MULTIPLIERS = {"Millionen": 1e6, "Milliarden": 1e9}
NUMBER_WORD_RE = r"(?!x)x"  # no written numbers in the toy


def number_words(text: str) -> float | None:
    return None


FRACTIONS: dict[str, float] = {}
UNIT_WORDS = {"Prozent": ("%", 1.0), "Tonnen": ("t", 1.0)}
QUALIFIERS = {"rund": "about", "mehr als": "more_than"}
