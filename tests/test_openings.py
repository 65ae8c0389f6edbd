"""`speed.openings.Opening` tries a pattern only where the next two characters can open it: that must give exactly
what trying the pattern there gives, on generated text built from what stands right of figures (units, scale
words, range words, spaces of every kind, letters whose case folds oddly) and on every bundled release."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.lang import SUPPORTED
from extractor.normalize import numbers

_PIECES = [*" \u00a0\u2009\u202f\t\n%°º℃-–—.,0123456789", "C", "ton", "Ton", "TONNES", "tonſ", "kWh", "KWH",
           "\u212awh", "İ", "miljoen", "miljard", "Million", "billion", "bn", "m", "M", "k", "K", "B", "to", "TOT",
           "en", "and", "ถึง", "และ", "ตัน", "ล้าน", "บาท", "กิโลวัตต์ชั่วโมง", "HK", ".HK", "of", "by", "procent",
           "percent", "euro", "EUR", "€", "$", "x", "ß", "ﬀ"]
_RIGHT_OF_FIGURES = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _openings(lang: str) -> dict[str, numbers.Opening]:
    g = numbers._grammar(lang)
    return {"unit": g.unit, "scale": g.scale, "range": g.range, "after_year": g.after_year,
            "suffix": numbers._SUFFIX, "stock_after": numbers._STOCK_AFTER}


def _same_everywhere(text: str, lang: str) -> None:
    for name, opening in _openings(lang).items():
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + numbers._AHEAD, pos + 1):
                fast, full = opening.match(text, pos, endpos), opening.rx.match(text, pos, endpos)
                assert (fast and fast.span()) == (full and full.span()), (name, text, pos, endpos)


@settings(max_examples=300, deadline=None)
@given(_RIGHT_OF_FIGURES, st.sampled_from(SUPPORTED))
def test_an_opening_matches_what_its_pattern_matches(text, lang):
    _same_everywhere(text, lang)


def test_an_opening_matches_what_its_pattern_matches_on_the_corpora():
    """Right of every run of digits in every bundled release, and one character on."""
    from extractor.language import detect
    from tests.conftest import corpus_bodies

    for _, body in corpus_bodies():
        lang = detect(body)[0]
        if lang not in SUPPORTED:
            continue  # (the corpora hold a few releases in other languages, which no grammar reads)
        norm = numbers.to_ascii_digits(body)
        for _, end in numbers.digit_runs(norm):
            for pos in (end, end + 1):
                for name, opening in _openings(lang).items():
                    fast, full = numbers._at(opening, norm, pos), opening.rx.match(norm, pos, pos + numbers._AHEAD)
                    assert (fast and fast.span()) == (full and full.span()), (name, norm[pos:pos + 20])


def test_an_opening_without_openings_leaves_the_pattern_to_decide():
    import regex

    opening = numbers.Opening(regex.compile(r"\s*\w+"), None)
    assert opening.match("  word", 0).span() == (0, 6)
    assert numbers.Opening(regex.compile(r"x"), ["", "x"]).heads is None  # an empty opening: no test
