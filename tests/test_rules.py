"""Every rule has an id and a working example in every language; nothing emits an unregistered id."""
from __future__ import annotations

import importlib

import pytest

from extractor.stages import extract_claims
from extractor.extract.rules import RULES, rule_id
from extractor.lang import SUPPORTED


def _examples(code):
    return importlib.import_module(f"extractor.lang.{code}.examples")


@pytest.mark.parametrize(("name", "code"), [pytest.param(n, c, id=f"{c}.{n}") for n in RULES for c in SUPPORTED])
def test_rule_example_produces_the_rule(name, code):
    example = _examples(code).RULES[name]
    rules = {c.rule for c in extract_claims(example, code)}
    assert rule_id(code, name) in rules, rules


@pytest.mark.parametrize("name", list(RULES))
def test_rule_has_example_for_every_language_and_a_known_kind(name):
    rule = RULES[name]
    assert all(name in _examples(code).RULES for code in SUPPORTED)
    assert rule.kind in ("target", "percentage", "award", "quantity") and name.startswith(rule.kind + ".")


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_language_gives_examples_of_known_rules_only(code):
    assert set(_examples(code).RULES) <= set(RULES)


def test_unknown_rule_is_refused():
    with pytest.raises(KeyError):
        rule_id("nl", "target.does_not_exist")


@pytest.mark.parametrize(("code", "text", "baseline"), [
    # a base year written relative to the reported year counts from it, not from the release's date
    ("th", "ในปี 2567 บริษัทลดการใช้พลังงานไฟฟ้าได้ประมาณ 85 ล้านกิโลวัตต์ชั่วโมง เมื่อเทียบกับปีก่อนหน้า", 2023),
    ("nl", "In 2024 verbruikte het bedrijf 85 miljoen kWh minder stroom dan vorig jaar.", 2023),
    # without a reported year, from the release's date
    ("th", "บริษัทลดการใช้พลังงานไฟฟ้าได้ประมาณ 85 ล้านกิโลวัตต์ชั่วโมง เมื่อเทียบกับปีก่อนหน้า", 2024),
])
def test_a_relative_base_year_counts_from_the_reported_year(code, text, baseline):
    import datetime as dt

    from extractor.stages import extract_claims

    claims = extract_claims(text, code, published=dt.date(2025, 3, 5))
    assert [(c.kind, c.baseline_year) for c in claims] == [("quantity", baseline)]
