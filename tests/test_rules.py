"""Every rule has an id and a working example in every language; nothing emits an unregistered id."""
from __future__ import annotations

import pytest

from extractor.extract import extract_text
from extractor.extract.rules import RULES, rule_id
from extractor.lang import SUPPORTED


@pytest.mark.parametrize(("name", "code"), [pytest.param(n, c, id=f"{c}.{n}") for n in RULES for c in SUPPORTED])
def test_rule_example_produces_the_rule(name, code):
    example = RULES[name].examples[code]
    rules = {c.rule for c in extract_text(example, code)}
    assert rule_id(code, name) in rules, rules


@pytest.mark.parametrize("name", list(RULES))
def test_rule_has_example_for_every_language_and_a_known_kind(name):
    rule = RULES[name]
    assert set(rule.examples) == set(SUPPORTED)
    assert rule.kind in ("target", "percentage", "award", "quantity") and name.startswith(rule.kind + ".")


def test_unknown_rule_is_refused():
    with pytest.raises(KeyError):
        rule_id("nl", "target.does_not_exist")
