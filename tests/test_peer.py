"""Peer check: Duckling's numeral test corpora, scored through `parse_number` (in-scope forms must reach 95%)."""
from __future__ import annotations

import math

from extractor import parse_number
from extractor.errors import NormalizeError
from tests.peer.duckling_numerals import CASES

TARGET = 0.95


def _score() -> tuple[float, list[tuple[str, str, float, object]]]:
    wrong = []
    in_scope = [c for c in CASES if c[3]]
    for lang, text, value, _ in in_scope:
        try:
            got = parse_number(text, lang)
        except NormalizeError as err:
            got = err
        if not isinstance(got, float) or not math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-9):
            wrong.append((lang, text, value, got))
    return 1 - len(wrong) / len(in_scope), wrong


def test_duckling_numerals_in_scope_accuracy():
    accuracy, wrong = _score()
    assert accuracy >= TARGET, wrong


def test_out_of_scope_forms_are_refused_or_read_not_crashed():
    for lang, text, _value, in_scope in CASES:
        if in_scope:
            continue
        try:
            parse_number(text, lang)
        except NormalizeError:
            pass
