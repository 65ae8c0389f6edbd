"""Language detection: the letter count read off the lowered words equals a count of the text's letters, and
the whole-text shortcut of `sentence_langs` gives what a vote per sentence gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from extractor import language as langid
from extractor.language import _RE_LETTER, _RE_WORD, _count, detect, detect_all, sentence_lang, sentence_langs


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60))
def test_letters_of_the_lowered_words_are_the_letters_of_the_text(text):
    lowered = text.lower()
    if len(lowered) == len(text):  # detect counts this way only then
        assert sum(map(len, _RE_WORD.findall(lowered))) == _count(_RE_LETTER, text)


def test_detect_still_names_each_language():
    assert detect("ZTE มุ่งมั่นที่จะลดการปล่อยก๊าซเรือนกระจกให้ได้ 52% ภายในปี 2573")[0] == "th"
    assert detect("De uitstoot van het bedrijf is in 2023 met 9,7% gedaald ten opzichte van een jaar eerder.")[0] == "nl"
    assert detect("The company cut its emissions by 9.7% in 2023 and it wants to reach net zero by 2050.")[0] == "en"


def test_a_letter_that_lowers_to_two_characters_is_counted_the_slow_way():
    # 'İ' lowers to 'i' plus a combining dot: the lowered text is longer, so letters are counted directly
    text = "İSTANBUL - The company cut its emissions by 9.7% in 2023 and it wants to reach net zero by 2050."
    assert len(text.lower()) != len(text)
    assert detect(text)[0] == "en"


# Releases whose sentences are of one language, and releases with a sentence in another one.
_MIXED = [
    ("nl", "De uitstoot van het bedrijf daalde in 2023 met 9,7%. Het bedrijf wil in 2040 netto nul halen."),
    ("nl", "De uitstoot daalde met 9,7%.\nThe company said that it will cut the emissions of its plants by half."),
    ("en", "The company cut its emissions by 9.7% in 2023. It wants to reach net zero by 2050."),
    ("en", "The company cut its emissions by 9.7%. De uitstoot van het bedrijf daalde met een kwart."),
    ("th", "บริษัทลดการปล่อยก๊าซเรือนกระจกลง 9.7% ในปี 2566 The company said that it is on track for the goal."),
    ("en", "Emissions fell 9.7%. บริษัทลดการปล่อยก๊าซเรือนกระจกลง 9.7% ในปี 2566"),
    ("en", "Acme cut 9.7% of the emissions.Dethe plant and the site are on track for the plan to be done."),
]


@pytest.mark.parametrize(("default", "text"), _MIXED)
def test_sentence_languages_with_and_without_the_shortcut(default, text):
    from extractor import lang

    spans = lang.get(default).split_sentences(text)
    _, _, reading = detect_all(text)
    assert reading is not None
    each = [sentence_lang(text[a:b], default=default) for a, b in spans]
    assert sentence_langs(text, spans, default=default, reading=reading) == each
    assert sentence_langs(text, spans, default=default) == each


def test_a_sentence_in_another_language_is_still_found():
    text = "De uitstoot daalde met 9,7%.\nThe company said that it will cut the emissions of its plants by half."
    spans = [(0, 28), (29, len(text))]
    assert sentence_langs(text, spans, default="nl", reading=detect_all(text)[2]) == ["nl", "en"]


_PIECES = ["de ", "het ", "the ", "and ", "of ", "een ", "van ", "to ", "ลด", "ปี ", ". ", "\n", "x", "Acme ", "İ",
           "9,7% ", "th", "e "]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.lists(st.integers(0, 200), max_size=6),
       st.sampled_from(["en", "nl", "th"]))
def test_the_shortcut_never_changes_a_sentence_language(text, cuts, default):
    """Spans anywhere, even through words: the shortcut must answer as the votes per sentence do."""
    points = sorted({c for c in cuts if c <= len(text)} | {0, len(text)})
    spans = [(a, b) for a, b in zip(points, points[1:]) if b > a]
    reading = detect_all(text)[2]
    each = [sentence_lang(text[a:b], default=default) for a, b in spans]
    assert sentence_langs(text, spans, default=default, reading=reading) == each


def test_a_span_that_cuts_through_a_word_gets_its_own_vote():
    # The whole text has two English function words ('the', 'and'); the span, cut inside 'xthe', has three.
    text = "xthe the and"
    assert sentence_langs(text, [(1, len(text))], default="nl", reading=detect_all(text)[2]) == \
        [sentence_lang(text[1:], default="nl")] == ["en"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(set().union(*langid._function_words().values())) + ["emissions", "uitstoot",
                                                                                              "ลด", "", "THE"])))
def test_function_words_are_counted_per_language_as_a_plain_count_does(words):
    """`_hits` sets aside the words that are no function word first; the counts stay those of counting
    every word against every language's list."""
    plain = {code: sum(w in table for w in words) for code, table in langid._function_words().items()}
    assert langid._hits(words) == plain


def test_a_script_of_its_own_is_declared_in_the_language_folder():
    """Thai is told by its script because its folder says it is written in one (`LanguageData.script`);
    the Latin-script languages declare none and are told by their function words."""
    from extractor import lang

    assert [(code, rx.pattern) for code, rx in langid._scripts()] == [("th", r"\p{Thai}+")]
    assert lang.get("en").script is None and lang.get("nl").script is None
    assert langid.sentence_lang("บริษัทฯ ตั้งเป้าลดการปล่อยก๊าซ 25% ภายในปี 2573", default="en") == "th"
