"""A fourth language from one folder (tests/toylang/de), with no edit anywhere else: registered, it is
read by the same pipeline, and its cues are checked against the declaration like every language's."""
from __future__ import annotations

import pytest

import extractor
from extractor import lang as languages
from extractor.lang.base import CUES, Cues, UndeclaredCue


@pytest.fixture
def german():
    languages.register("de", "tests.toylang.de")
    yield languages.get("de")
    languages._MODULES.pop("de")
    languages.get.cache_clear()


@pytest.mark.parametrize(("text", "expect"), [
    ("Die Nordwind AG will ihre Emissionen in Scope 1 und 2 bis 2030 um 42 Prozent gegenüber 2019 senken.",
     [("target", 42.0, "ghg_scope1_2", 2030, 2019)]),
    ("Die Emissionen sind im Jahr 2024 um 7 Prozent gesunken.", [("percentage", 7.0, "ghg_total", None, None)]),
    ("Die Nordwind AG will bis 2050 Netto-Null erreichen.", [("target", None, "ghg_total", 2050, None)]),
    ("Die Nordwind AG hat 2024 rund 300 Mitarbeiter eingestellt.", []),
])
def test_a_language_from_a_folder_of_its_own_reads_a_target(german, text, expect):
    claims = extractor.extract_claims(text, "de")
    assert [(c.kind, c.value, c.metric, c.target_year, c.baseline_year) for c in claims] == expect
    assert all(c.lang == "de" for c in claims)


def test_the_spacy_component_takes_a_registered_language(german):
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("extractor_claims")
    doc = nlp("Die Nordwind AG will ihre Emissionen bis 2030 um 42 Prozent senken.")
    assert [(s.label_, s.text) for s in doc.spans["claims"]] == [("target", "42 Prozent")]


@pytest.mark.parametrize("code", languages.SUPPORTED)
def test_every_shipped_language_defines_only_declared_cues_and_every_required_one(code):
    cues = languages.get(code).patterns
    assert set(cues) <= set(CUES)
    assert {name for name, cue in CUES.items() if cue.required} <= {name for name in cues if cues[name]}


def test_an_undeclared_cue_name_raises_instead_of_matching_nothing():
    en = languages.get("en")
    with pytest.raises(UndeclaredCue, match="desrease"):
        en.pattern("desrease")
    with pytest.raises(UndeclaredCue):
        en.patterns.get("desrease")
    assert en.pattern("ranking_after") == r"(?!x)x"  # declared, and English has none: matches nothing


@pytest.mark.parametrize(("items", "message"), [
    ({"decrease": ("fell",), "desrease": ("fell",)}, "defines cue 'desrease'"),
    ({"decrease": ("fell",)}, "lacks the required cues"),
])
def test_a_language_defining_a_cue_wrongly_fails_when_built(items, message):
    with pytest.raises(UndeclaredCue, match=message):
        Cues("xx", items)
