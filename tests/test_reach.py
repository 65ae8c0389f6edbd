"""Reaches count words where words are spaced (a Dutch compound is one word, however long) and characters in
Thai; each is declared once (`lang.base.REACHES`) and a language may set its own."""
from __future__ import annotations

import pytest

from extractor import lang as languages
from extractor.extract.reach import left_of, right_of
from extractor.lang.base import REACHES, UndeclaredCue, _reaches


@pytest.mark.parametrize(("code", "text", "after", "name", "expect"), [
    # English: the words right of the figure, whatever their length
    ("en", "Acme will cut its emissions 42% by 2030 against a 2019 base year, it said.", "42%", "amount_direction",
     " by 2030 against a 2019 base"),
    # a lone dash or comma is no word
    ("en", "Emissions fell 7% - and water use 3% - in 2024.", "7%", "amount_direction", " - and water use 3% - in 2024."),
    # Dutch: a compound counts once, so a long compound does not push the year out of reach
    ("nl", "Tegen 2030 moet 60 procent broeikasgasemissiereductie in de keten bereikt zijn, zegt het bedrijf.",
     "procent", "amount_direction", " broeikasgasemissiereductie in de keten bereikt zijn,"),
    # Thai has no spaces between words: its reaches are characters, set in its folder
    ("th", "ลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 25 ภายในปี 2573", "ร้อยละ 25", "amount_direction", " ภายในปี 2573"),
])
def test_a_reach_right_counts_words_or_thai_characters(code, text, after, name, expect):
    anchor = text.index(after) + len(after)
    assert text[anchor:right_of(text, code, anchor, name)] == expect


@pytest.mark.parametrize(("code", "text", "before", "name", "expect"), [
    ("en", "Water use at the three Dutch plants fell by 12% in 2024.", "12%", "amount_direction",
     "the three Dutch plants fell by "),
    ("nl", "Het waterverbruik van de drie Nederlandse fabrieken daalde met 12% in 2024.", "12%", "amount_direction",
     "de drie Nederlandse fabrieken daalde met "),
    ("th", "การใช้น้ำของโรงงานลดลงร้อยละ 12 ในปี 2567", "ร้อยละ 12", "amount_direction", "การใช้น้ำของโรงงานลดลง"),
])
def test_a_reach_left_counts_words_or_thai_characters(code, text, before, name, expect):
    anchor = text.index(before)
    assert text[left_of(text, code, anchor, name):anchor] == expect


def test_every_language_has_every_reach():
    for code in languages.SUPPORTED:
        data = languages.get(code)
        for name in REACHES:
            assert data.reach(name) > 0
    with pytest.raises(UndeclaredCue):
        languages.get("en").reach("target_yaer")


def test_a_language_sets_only_declared_reaches_and_without_spaces_all_of_them():
    with pytest.raises(UndeclaredCue, match="target_yaer"):
        _reaches("xx", True, {"target_yaer": 10})
    with pytest.raises(UndeclaredCue, match="without spaces"):
        _reaches("xx", False, {"target_year": 90})
    assert dict(_reaches("xx", True, {"target_year": 10})) == {"target_year": 10}
