"""Language of a document and of each sentence.

Thai is decided by script: it is the only supported language written in Thai
letters, and langdetect is weak on unsegmented Thai. Latin-script text goes to
langdetect, seeded so that the same text always gets the same answer.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_RE_THAI = regex.compile(r"\p{Thai}")
_RE_LETTER = regex.compile(r"\p{L}")
_RE_LATIN = regex.compile(r"\p{Latin}")
#: langdetect codes mapped to ISO 639-1.
_ISO = {"zh-cn": "zh", "zh-tw": "zh"}
#: Below this many letters langdetect guesses; such text inherits the document's language.
MIN_LETTERS = 12
_SAMPLE = 6000


@lru_cache(maxsize=1)
def _factory() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random otherwise


def detect(text: str) -> tuple[str | None, float]:
    """Language of `text` and a confidence in 0..1; `(None, 0.0)` when there is too little text.

    >>> detect("ZTE มุ่งมั่นที่จะลดการปล่อยก๊าซเรือนกระจกให้ได้ 52% ภายในปี 2573")
    ('th', 0.95)
    """
    sample = text[:_SAMPLE]
    letters = len(_RE_LETTER.findall(sample))
    if letters == 0:
        return None, 0.0
    thai = len(_RE_THAI.findall(sample))
    if thai / letters >= 0.3:
        return "th", round(min(1.0, 0.5 + thai / letters), 2)
    if letters < MIN_LETTERS:
        return None, 0.0
    return _langdetect(sample)


def _langdetect(sample: str) -> tuple[str | None, float]:
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _factory()
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, 0.0
    return _ISO.get(best.lang, best.lang), round(float(best.prob), 2)


def sentence_lang(text: str, *, default: str, supported: tuple[str, ...]) -> str:
    """Language of one sentence: Thai by script, else langdetect when the
    sentence is long enough, else the document's language."""
    if _RE_THAI.search(text):
        letters = len(_RE_LETTER.findall(text))
        if letters and len(_RE_THAI.findall(text)) / letters >= 0.3:
            return "th"
    if len(_RE_LATIN.findall(text)) < 40:
        return default
    lang, confidence = _langdetect(text)
    if lang in supported and confidence >= 0.9:
        return lang
    return default
