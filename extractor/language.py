"""Language of a document and of each sentence.

A language written in a script of its own (Thai; `LanguageData.script`, declared in its folder) is
decided by script. Between the supported Latin-script languages, frequent function words
decide ("de", "het", "een" against "the", "and", "for"; listed in each
language's `patterns.py`): fast, deterministic, and reliable on release-length
text. When they cannot tell (little text, or a language we do not support,
whose name the reason must give), seeded langdetect decides.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from extractor import lang as languages

_RE_LETTER = regex.compile(r"\p{L}+")
_RE_WORD = regex.compile(r"\p{L}+")
_RE_LATIN = regex.compile(r"\p{Latin}+")
#: langdetect codes mapped to ISO 639-1.
_ISO = {"zh-cn": "zh", "zh-tw": "zh"}
#: Below this many letters no language is named.
MIN_LETTERS = 12
#: Function words decide a document when they make up this share of its words ...
MIN_DENSITY = 0.12
#: ... and outnumber the runner-up's this many times.
MIN_MARGIN = 3
_SAMPLE = 4000


@lru_cache(maxsize=1)
def _factory() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random otherwise


@lru_cache(maxsize=1)
def _scripts() -> tuple[tuple[str, regex.Pattern], ...]:
    """(code, pattern of runs of its script) of each supported language written in a script of its own."""
    found = []
    for code in languages.SUPPORTED:
        script = languages.get(code).script
        if script:
            found.append((code, regex.compile(rf"\p{{{script}}}+")))
    return tuple(found)


def _script_counts(text: str) -> dict[str, int]:
    """Characters of `text` in each own-script language's script (only those it holds)."""
    counts = {}
    for code, rx in _scripts():
        n = _count(rx, text)
        if n:
            counts[code] = n
    return counts


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    table = {}
    for code in languages.SUPPORTED:
        words = languages.get(code).patterns.get("function_words")
        if words:
            table[code] = frozenset(words)
    return table


def _count(rx: regex.Pattern, text: str) -> int:
    """Characters matched by `rx` (a pattern of runs, so that findall returns few items)."""
    return sum(map(len, rx.findall(text)))


@lru_cache(maxsize=1)
def _any_function_word() -> frozenset[str]:
    return frozenset().union(*_function_words().values())


def _hits(words: list[str]) -> dict[str, int]:
    """How many of `words` (lowercased) are function words of each language (most words are none:
    those are set aside in one pass before each language counts)."""
    any_word = _any_function_word()
    found = [w for w in words if w in any_word]
    return {code: sum(map(table.__contains__, found)) for code, table in _function_words().items()}


def detect(text: str) -> tuple[str | None, float]:
    """Language of `text` and a confidence in 0..1; `(None, 0.0)` when there is too little text.

    >>> detect("ZTE มุ่งมั่นที่จะลดการปล่อยก๊าซเรือนกระจกให้ได้ 52% ภายในปี 2573")
    ('th', 1.0)
    >>> detect("De uitstoot van het bedrijf is in 2023 met 9,7% gedaald ten opzichte van een jaar eerder.")[0]
    'nl'
    """
    lang, confidence, _ = detect_all(text)
    return lang, confidence


#: What `detect_all` read of a whole text: its function words of each language (`_hits`) and how many
#: characters it holds of each own-script language's script (`_script_counts`).
Reading = tuple[dict[str, int], dict[str, int]]


def detect_all(text: str) -> tuple[str | None, float, Reading | None]:
    """`detect`, and what it read when its sample is the whole text (else None), for `sentence_langs`."""
    sample = text[:_SAMPLE]
    lowered = sample.lower()
    words = _RE_WORD.findall(lowered)
    # Lowering keeps every letter a letter; when it keeps the length too, the words hold every letter.
    same_length = len(lowered) == len(sample)
    letters = sum(map(len, words)) if same_length else _count(_RE_LETTER, sample)
    if letters == 0:
        return None, 0.0, None
    scripts = _script_counts(sample)
    counts = _hits(words)  # counted once: the sentences' shortcut reads them too
    reading = (counts, scripts) if same_length and len(sample) == len(text) else None
    for code, n in scripts.items():
        if n / letters >= 0.3:
            return code, round(min(1.0, 0.5 + n / letters), 2), reading
    if letters < MIN_LETTERS:
        return None, 0.0, reading
    ranked = Counter(counts).most_common(2) + [("", 0)]
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits >= 5 and hits / max(len(words), 1) >= MIN_DENSITY and hits >= MIN_MARGIN * max(second, 1):
        return best, round(hits / (hits + second), 2), reading
    return (*_langdetect(sample), reading)


def _langdetect(sample: str) -> tuple[str | None, float]:
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _factory()
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, 0.0
    return _ISO.get(best.lang, best.lang), round(float(best.prob), 2)


def sentence_langs(text: str, spans: list[tuple[int, int]], *, default: str,
                   supported: tuple[str, ...] = languages.SUPPORTED, reading: Reading | None = None) -> list[str]:
    """`sentence_lang` of each span of `text`. With `reading` (from `detect_all`), when the whole text
    holds no letter of an own-script language other than `default` and fewer than three function words of any other language,
    no sentence can vote otherwise: each gets `default` without a vote of its own."""
    if reading is not None and _none_can_differ(text, spans, default, reading):
        return [default] * len(spans)
    return [sentence_lang(text[a:b], default=default, supported=supported) for a, b in spans]


def _none_can_differ(text: str, spans: list[tuple[int, int]], default: str, reading: Reading) -> bool:
    counts, scripts = reading
    if any(code != default for code in scripts):
        return False
    if any(hits >= 3 for code, hits in counts.items() if code != default):
        return False
    # A sentence's words are words of the text, so fewer votes, unless a span cuts through a word.
    return not any((a > 0 and _is_letter(text[a - 1])) or (b < len(text) and _is_letter(text[b])) for a, b in spans)


def _is_letter(ch: str) -> bool:
    """`\\p{L}` for one character; an ASCII one is told by `str.isalpha` (the same answer, faster)."""
    return ch.isalpha() if ch.isascii() else _RE_LETTER.match(ch) is not None


def sentence_lang(text: str, *, default: str, supported: tuple[str, ...] = languages.SUPPORTED) -> str:
    """Language of one sentence: an own-script language (Thai) by its script; another supported language
    when its function words clearly outnumber the document language's (an English headline in a Dutch
    release); else the document's language."""
    for code, rx in _scripts():
        if rx.search(text):
            head = text[:300]
            if _count(rx, head) >= _count(_RE_LATIN, head) / 2:
                return code
    votes = _hits(_RE_WORD.findall(text.lower()))
    if not votes:
        return default
    best = max(votes, key=votes.__getitem__)  # the first of equals, as Counter.most_common gives
    hits = votes[best]
    if best != default and best in supported and hits >= 3 and hits >= 2 * votes.get(default, 0) + 1:
        return best
    return default
