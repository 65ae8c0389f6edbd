"""Language detection: the letter count read off the lowered words equals a count of the text's letters."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.langid import _RE_LETTER, _RE_WORD, _count, detect


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
