"""Cue lists as phrases: their format, the one-pass matcher over a release's words (characters in Thai), the
index the extractors' windows are answered from, and users' cues through the spaCy component's config."""
from __future__ import annotations

import importlib
from pathlib import Path

import hypothesis
import pytest
import regex
import spacy
from hypothesis import strategies as st

import extractor
from extractor import lang as languages
from extractor.errors import UsageError
from extractor.extract import cues
from extractor.extract.matching import CueIndex, cue_regex
from extractor.lang import SUPPORTED
from extractor.lang.base import CUES, Phrase, UndeclaredCue, entry_pattern, is_phrase

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_cue_list_is_made_of_phrases_and_a_few_patterns(code):
    """Phrases where a list can be said in words; patterns (regex syntax) only for what phrases cannot say."""
    items = [(name, e) for name, entries in languages.get(code).patterns.items() if CUES[name].phrases
             for e in entries]
    phrases = [e for _, e in items if is_phrase(e)]
    assert len(phrases) >= 0.85 * len(items), [e for _, e in items if not is_phrase(e)]
    for name, e in items:
        regex.compile(entry_pattern(e))  # every entry reads as a regex for the scans of a whole release


@pytest.mark.parametrize(("entry", "phrase"), [
    ("reduced", True), ("compared with", True), ("t.o.v.", True), ("(Scope 1)", True), ("ภายในปี", True),
    (Phrase("up", not_before=("to",)), True),
    (r"commit\w*", False), (r"(?<=,\s)reaching", False), (r"aims?", False), ("a|b", False),
])
def test_an_entry_in_regex_syntax_is_a_pattern_and_anything_else_a_phrase(entry, phrase):
    assert is_phrase(entry) is phrase


# (language, sentence, cue, the words found for it)
_FOUND = [
    ("en", "Emissions fell 9% and costs were cut.", "decrease", ["fell", "cut"]),
    ("en", "Renewables made up 30% of its power.", "increase", []),  # "made up" is a share, not a rise
    ("en", "Water use rose, up 5% on the year.", "increase", ["rose", "up"]),
    ("en", "It will cut emissions by up to 30%.", "increase", []),  # "up to" is a bound
    ("en", "The new aircraft burn 20% less fuel.", "decrease", ["less"]),
    ("en", "It used less fuel than planned.", "decrease", []),  # "less" only right after a percent
    ("en", "Output was 4 percent below 2023.", "decrease", ["below"]),
    ("en", "By the end of 2030 it will be net-zero.", "target_year", ["By the end of"]),
    ("en", "It is now a net zero business, netzero by 2040.", "net_zero", ["net zero", "netzero"]),
    ("en", "Its FY2024 report.", "period", []),
    ("nl", "De CO2-reductie bedroeg 12 procent.", "decrease", ["reductie"]),  # inside a word with a hyphen
    ("nl", "In 2024 lag de uitstoot 38 procent onder het niveau van 1990.", "decrease", ["onder"]),
    ("nl", "De temperatuur moet onder de 2 graden blijven.", "decrease", []),
    ("nl", "Het doel is t.o.v. 2019 de uitstoot te halveren.", "baseline", ["t.o.v."]),
    ("nl", "Het verbruik nam met 4,5 procent af.", "decrease", ["nam met 4,5 procent af"]),  # a pattern
    ("th", "ปริมาณการปล่อยลดลงร้อยละ 9", "decrease", ["ลดลง"]),
    ("th", "บริษัทตั้งเป้าลดการใช้น้ำ", "reduce", ["ลด"]),  # inside a run of letters: matched on characters
    ("th", "ภายในปี  พ.ศ. 2573", "target_year", ["ภายในปี  พ.ศ."]),  # a run of spaces reads as one
]


#: The engines a language's phrases may be matched with: characters (the default), spaCy's words.
_ENGINES = [pytest.param(None, id="characters"), pytest.param(cues.UserCues(words=True), id="words")]


@pytest.mark.parametrize("engine", _ENGINES)
@pytest.mark.parametrize(("code", "text", "name", "words"), _FOUND)
def test_a_window_holds_the_cues_a_search_of_it_finds(code, text, name, words, engine):
    with cues.user_cues(engine):
        index = CueIndex(code, text, offset=10)
        assert [text[a - 10:b - 10] for a, b in index.within(name, 10, 10 + len(text))] == words
        assert index.any_within(name, 10, 10 + len(text)) is bool(words)


def _claims(code, text, published):
    return [c.to_row() for c in extractor.extract_claims(text, code, published=published)]


def _spaced_cases():
    for code in SUPPORTED:
        if languages.get(code).spaced:
            corpus = importlib.import_module(f"extractor.lang.{code}.corpus")
            yield from ((code, case.text, case.published) for case in corpus.CLAIMS)
            yield from ((code, text, None) for text in corpus.CLAIM_NEGATIVE)


def test_phrases_on_spacys_words_give_the_claims_the_characters_give():
    """Every corpus case of a language written with spaces, its phrases matched on the characters (with word
    edges) and on the words of spaCy's tokenizer: the same claims."""
    cases = list(_spaced_cases())
    on_characters = [_claims(*case) for case in cases]
    with cues.user_cues(cues.UserCues(words=True)):
        assert cues.matcher("en").nlp is not None
        on_words = [_claims(*case) for case in cases]
    assert len(cases) > 300
    for case, a, b in zip(cases, on_characters, on_words):
        assert a == b, case


@pytest.mark.parametrize(("code", "text", "name", "words"), [c for c in _FOUND if c[0] != "th"])
def test_the_regex_of_a_list_reads_its_phrases_as_the_matcher_does(code, text, name, words):
    """The scans of a whole release (award cues, pledges) use the list as one regex: the same words."""
    assert [m.group() for m in cue_regex(code, name).finditer(text)] == words


def test_a_window_takes_the_leftmost_then_longest_match_and_may_cut_a_longer_one():
    text = "Acme will be net zero by the end of 2030."
    index = CueIndex("en", text)
    start = text.index("by")
    assert index.within("target_year", start, len(text)) == [(start, start + len("by the end of"))]
    assert index.within("target_year", start, start + len("by the")) == [(start, start + 2)]


def test_a_year_cue_ends_right_before_the_year():
    text = "Acme aims to cut emissions 40% by the end of 2030 compared with 2019."
    index = CueIndex("en", text)
    assert index.ends_before("target_year", text.index("2030"), 40)
    assert index.ends_before("baseline", text.index("2019"), 40)
    assert not index.ends_before("baseline", text.index("2030"), 40)


def test_asking_for_an_undeclared_cue_raises():
    with pytest.raises(UndeclaredCue):
        CueIndex("en", "Emissions fell.").within("decreas", 0, 10)


def test_a_phrase_with_conditions_in_a_pattern_only_list_is_refused():
    from extractor.lang.base import Cues

    items = {name: ("x",) for name, cue in CUES.items() if cue.required}
    with pytest.raises(UndeclaredCue, match="streak"):
        Cues("xx", {**items, "streak": (Phrase("x", after=("y",)),)})


def test_thai_phrases_on_pythainlp_words_would_lose_matches_the_characters_find():
    """Why Thai is matched on characters: PyThaiNLP cuts words where the cues do not ("ลด" in "ลดลง")."""
    from extractor.ingest import ingest

    texts = [ingest(p.read_bytes(), suffix=p.suffix).body for p in sorted((ROOT / "corpora").rglob("*.txt"))
             if "/th/" in str(p)]
    total, lost = cues.token_losses("th", texts)
    assert total > 1000 and lost > 0.1 * total  # 283 of 1465 on the bundled Thai releases


def _rows(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.claim["direction"]) for s in doc.spans["claims"]]


_TEXT = "Scope 3 emissions tumbled 12% in 2024, and water use soared 7%."


def test_users_add_phrases_and_token_patterns_through_the_component_config(tmp_path):
    plain = extractor.pipeline("en")
    assert _rows(plain, _TEXT) == [("12%", None), ("7%", None)]
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_claims", config={"cues": {"en": {"decrease": ["tumbled"]}},
                                             "cue_patterns": {"en": {"increase": [[{"LOWER": "soared"}]]}}})
    assert _rows(nlp, _TEXT) == [("12%", "decrease"), ("7%", "increase")]
    assert _rows(plain, _TEXT) == [("12%", None), ("7%", None)]  # another pipeline keeps the shipped lists
    nlp.to_disk(tmp_path / "nlp")
    assert _rows(spacy.load(tmp_path / "nlp"), _TEXT) == [("12%", "decrease"), ("7%", "increase")]


def test_the_component_matches_phrases_on_spacys_words_when_asked(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_claims", config={"cue_matcher": "words", "cues": {"en": {"decrease": ["tumbled"]}}})
    assert _rows(nlp, _TEXT) == [("12%", "decrease"), ("7%", None)]
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.get_pipe("extractor_claims").user_cues.words
    assert _rows(loaded, _TEXT) == [("12%", "decrease"), ("7%", None)]


def test_a_users_phrase_reaches_the_scans_of_a_whole_release():
    nlp = spacy.blank("nl")
    nlp.add_pipe("extractor_claims", config={"cues": {"nl": {"net_zero": ["nul-op-de-meter"]}}})
    doc = nlp("Bouwbedrijf Acme is in 2035 nul-op-de-meter.")
    assert [(s._.claim["action"], s._.claim["target_year"]) for s in doc.spans["claims"]] == [("net_zero", 2035)]


def test_a_thai_users_phrase_is_matched_on_characters():
    nlp = spacy.blank("th")
    nlp.add_pipe("extractor_claims", config={"cues": {"th": {"decrease": ["หดตัว"]}}})
    doc = nlp("ในปี 2566 การใช้น้ำหดตัวร้อยละ 8")
    assert [(s._.claim["value"], s._.claim["direction"]) for s in doc.spans["claims"]] == [(8.0, "decrease")]


@pytest.mark.parametrize(("config", "message"), [
    ({"cues": {"en": {"decreese": ["tumbled"]}}}, "not declared"),
    ({"cues": {"en": {"decrease": "tumbled"}}}, "must be a list"),
    ({"cues": {"xx": {"decrease": ["tumbled"]}}}, "not supported"),
    ({"cues": {"en": {"streak": ["in a row"]}}}, "pattern only"),
    ({"cue_patterns": {"th": {"decrease": [[{"ORTH": "x"}]]}}}, "characters"),
    ({"cue_matcher": "tokens"}, "cue_matcher"),
])
def test_a_bad_users_cue_is_a_one_line_error(config, message):
    nlp = spacy.blank("en")
    with pytest.raises(UsageError, match=message):
        nlp.add_pipe("extractor_claims", config=config)


def test_every_language_folder_imports_the_phrase_format_from_base_only():
    """Language data stays data: a `Phrase` is the only thing a patterns.py takes from the package."""
    for code in SUPPORTED:
        module = importlib.import_module(f"extractor.lang.{code}.patterns")
        assert {e.__class__ for entries in module.PATTERNS.values() for e in entries} <= {str, Phrase}


_PIECES = ["reduced", "REDUCED", "Up", "up", " to", "made ", "% ", "less", "net", "-", "zero", "  ", "\n", "by the ",
           "end of", "ลด", "ลง", "ภายในปี", " พ.ศ.", "İ", "ß", "ſ", "x", "9", "t.o.v.", "(", "scope 1", ")"]


@hypothesis.settings(max_examples=200, deadline=None)
@hypothesis.given(st.sampled_from(SUPPORTED), st.booleans(), st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_every_match_is_one_of_its_lists_phrases_and_no_text_upsets_the_matcher(code, words, text):
    with cues.user_cues(cues.UserCues(words=words)):
        matcher = cues.matcher(code)
        phrases = {name: {" ".join((e.text if isinstance(e, Phrase) else e).lower().split()) for e in entries
                          if is_phrase(e)} for name, entries in languages.get(code).patterns.items()
                   if CUES[name].phrases}
        for name, spans in matcher.match(text).items():
            for start, end in spans:
                assert 0 <= start < end <= len(text)
                found = " ".join(text[start:end].lower().split())
                assert found in phrases[name] or found.replace(" ", "") in {p.replace(" ", "") for p in phrases[name]}
