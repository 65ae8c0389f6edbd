"""Cue lists matched once per text: phrases in one pass, patterns for what a phrase cannot say.

A language's cue lists (`lang/<code>/patterns.py`, declared in `lang.base.CUES`) are mostly plain phrases
("reduced", "compared with", "ภายในปี"), some with conditions on their neighbours (`lang.base.Phrase`:
English "up" not after "made", not before "to"), and a few patterns in regex syntax. A `CueMatcher` finds
them all in one pass over a text:

- on the characters, by default: one Aho-Corasick automaton (pyahocorasick) over the lowered text, runs of
  spaces read as one, and where words are written with spaces only whole words (the word edges the regex
  lists had). Thai is always matched so: PyThaiNLP cuts words where the cues do not ("ลด" inside "ลดลง",
  "เป้าหมาย" inside "ตั้งเป้าหมาย"), and its words would lose matches (`token_losses`);
- on the words of spaCy's tokenizer for the language (`spacy.blank(code)`, hyphens inside words cut too),
  with a `PhraseMatcher` on the lowercased words (attr LOWER) and a `Matcher` for the token patterns users
  add (`extract.component`): when asked for (`UserCues(words=True)`) or when such patterns are given. Both
  give the same claims on every corpus case; the characters cost a tenth of the tokenizer (docs/architecture.md,
  "Cues").

Patterns are matched with the regex module over the same text. The result is every match of every cue,
overlapping ones included, which `matching.CueIndex` answers windows from.

Users add phrases or token patterns to a language's cues (`user_cues`), for the runs inside the block.
"""
from __future__ import annotations

import contextvars
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

from extractor import lang as languages
from extractor.lang.base import CUES, Phrase, UndeclaredCue, entry_pattern, is_phrase, phrase_pattern
from extractor.speed.scan import Scanner

#: Spans of one text: cue name -> [(start, end), ...] (offsets into the text).
Matches = dict[str, list[tuple[int, int]]]


class UserCues:
    """Phrases and token patterns a user adds to the cue lists, per language:
    `{"en": {"decrease": ["tumbled", "plunged"]}}` and `{"en": {"decrease": [[{"LOWER": "went"},
    {"LOWER": "down"}]]}}` (spaCy `Matcher` patterns). Checked against `CUES` when made."""

    def __init__(self, phrases: Mapping[str, Mapping[str, Any]] | None = None,
                 patterns: Mapping[str, Mapping[str, Any]] | None = None, *, words: bool = False) -> None:
        self.phrases = _checked(phrases or {}, "cues")
        self.patterns = _checked(patterns or {}, "cue_patterns")
        #: match the phrases on spaCy's words, not on the characters (`CueMatcher`)
        self.words = words
        self.key = repr((sorted((c, sorted(v.items())) for c, v in self.phrases.items()),
                         sorted((c, sorted(v.items())) for c, v in self.patterns.items()), words))

    def for_language(self, code: str) -> tuple[Mapping[str, tuple], Mapping[str, tuple]]:
        return self.phrases.get(code, {}), self.patterns.get(code, {})


def _checked(table: Mapping[str, Mapping[str, Any]], what: str) -> dict[str, dict[str, tuple]]:
    """`table` with every cue name declared and every list a list (one clear error otherwise)."""
    out: dict[str, dict[str, tuple]] = {}
    for code, cues in table.items():
        if not isinstance(cues, Mapping):
            raise ValueError(f"{what}: {code!r} must map cue names to lists, not {type(cues).__name__}")
        for name, items in cues.items():
            if name not in CUES:
                raise UndeclaredCue(f"{what}: cue {name!r} is not declared in extractor.lang.base.CUES")
            if not CUES[name].phrases:
                raise ValueError(f"{what}: cue {name!r} is read as a pattern only and takes no phrases")
            if isinstance(items, str) or not isinstance(items, (list, tuple)):
                raise ValueError(f"{what}: {code}.{name} must be a list")
            out.setdefault(code, {})[name] = tuple(tuple(i) if isinstance(i, list) else i for i in items)
    return out


_USER: contextvars.ContextVar[UserCues | None] = contextvars.ContextVar("extractor_user_cues", default=None)


@contextmanager
def user_cues(cues: UserCues | None) -> Iterator[None]:
    """Within the block, the cue lists hold the user's phrases and patterns too (`UserCues`)."""
    token = _USER.set(cues)
    try:
        yield
    finally:
        _USER.reset(token)


def current() -> UserCues | None:
    """The user's cues of the run in progress, if any."""
    return _USER.get()


def matcher(code: str) -> CueMatcher:
    """The matcher of a language's cues, with the user's cues of the run in progress."""
    user = _USER.get()
    return _matcher(code, None if user is None else user.key)


@lru_cache(maxsize=32)
def _matcher(code: str, key: str | None) -> CueMatcher:
    user = _USER.get()
    if user is None or user.key != key:
        return CueMatcher(code)
    phrases, patterns = user.for_language(code)
    return CueMatcher(code, phrases, patterns, words=user.words)


def user_entries(code: str, name: str) -> tuple:
    """The phrases the user of the run in progress adds to cue `name` of `code`."""
    user = _USER.get()
    return tuple(user.phrases.get(code, {}).get(name, ())) if user is not None else ()


#: Where cue matching cuts words that spaCy's tokenizers keep whole: at a hyphen or slash inside a word
#: ("CO2-reductie", "klimaat-neutraal", "end-2024"), as a cue's word edges always have ("reductie" is a cue there),
#: and between a word and digits glued to it ("Top35%": "top" is a cue of rank; a cue's word edge allows a digit).
CUE_INFIXES = (r"(?<=[\w%])[-–/](?=\w)", r"(?<=[^\W\d_])(?=\d)")


@lru_cache(maxsize=None)
def _tokenizer(code: str) -> Any:
    """spaCy's blank pipeline for `code` (its tokenizer: no model) with `CUE_INFIXES` among its infixes, or
    None where spaCy has no such language."""
    from spacy.util import get_lang_class

    try:
        base = get_lang_class(code)
    except ImportError:
        return None

    class Defaults(base.Defaults):  # type: ignore[name-defined,misc]
        infixes = (*(base.Defaults.infixes or ()), *CUE_INFIXES)

    return type(f"{base.__name__}Cues", (base,), {"Defaults": Defaults})()


class CueMatcher:
    """Every cue list of one language (with a user's additions), found in a text in one pass: on the
    characters (Aho-Corasick over the lowered text; whole words only where words are written with spaces),
    or, with `words` or a user's token patterns, on spaCy's words (PhraseMatcher on LOWER, and a Matcher)."""

    def __init__(self, code: str, user_phrases: Mapping[str, tuple] | None = None,
                 user_patterns: Mapping[str, tuple] | None = None, *, words: bool = False) -> None:
        ld = languages.get(code)
        self.code = code
        phrases, patterns = _split(ld.patterns, user_phrases or {})
        #: per cue, its patterns as one regex (with the language's word edges)
        self.patterns = {name: Scanner(regex.compile(ld.word("|".join(sorted(ps, key=len, reverse=True))), regex.I))
                         for name, ps in patterns.items()}
        #: per cue with patterns, its patterns anchored at the end of a text ("tegen " right before a year)
        self.at_end = {name: regex.compile(rf"(?:{s.rx.pattern})\s*$", regex.I) for name, s in self.patterns.items()}
        #: phrases with conditions on their neighbours: (cue, text) -> the phrase's pattern with its look-arounds
        self.conditions = {(name, _norm(e.text)): regex.compile(e.pattern(), regex.I)
                           for name, items in phrases.items() for e in items if isinstance(e, Phrase)}
        self.conditioned = frozenset(name for name, _ in self.conditions)
        #: on spaCy's words (a language written with spaces, when asked for, or when a user's token patterns
        #: need words), else on the characters, with the word edges of a language written with spaces
        self.nlp = _tokenizer(code) if ld.spaced and (words or bool(user_patterns)) else None
        self.edges = ld.spaced
        if self.nlp is not None:
            self._phrase_matcher, self._token_matcher = _spacy_matchers(self.nlp, phrases, user_patterns or {})
            self._names: dict[int, str] = {}
            from spacy.attrs import IDX, LENGTH

            self._offsets = [IDX, LENGTH]
        else:
            self._automaton = _automaton(phrases)

    def match(self, text: str) -> Matches:
        """Every phrase match of every cue list in `text`: name -> spans sorted by start, then longest first
        (overlapping ones too: "by" and "by the end of")."""
        found: Matches = {}
        conditioned = self.conditioned
        raw = self._on_tokens(text) if self.nlp is not None else self._on_characters(text)
        for name, start, end in raw:
            if name in conditioned:
                cond = self.conditions.get((name, _norm(text[start:end])))
                if cond is not None and not _holds(cond, text, start, end):
                    continue
            spans = found.get(name)
            if spans is None:
                found[name] = [(start, end)]
            else:
                spans.append((start, end))
        for spans in found.values():
            if len(spans) > 1:
                spans.sort(key=_by_start_longest)
        return found

    def _on_tokens(self, text: str) -> Iterator[tuple[str, int, int]]:
        doc = self.nlp.make_doc(text)
        found = self._phrase_matcher(doc)
        if self._token_matcher is not None:
            found += self._token_matcher(doc)
        if not found:
            return
        names = self._names
        starts, lengths = doc.to_array(self._offsets).T.tolist()
        for match_id, i, j in found:
            name = names.get(match_id)
            if name is None:
                name = names[match_id] = self.nlp.vocab.strings[match_id]
            yield name, starts[i], starts[j - 1] + lengths[j - 1]

    def _on_characters(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Phrase matches on the characters: the text lowered, each run of spaces read as one; where words are
        written with spaces, only whole words (no letter or digit before, no letter after: the word edges of
        the regex lists)."""
        low, where = _squeezed(_lowered(text))
        edges, n = self.edges, len(low)
        for end, (length, names) in self._automaton.iter(low):
            start = end - length + 1
            if edges and ((start and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalpha())):
                continue
            a, b = (start, end + 1) if where is None else (where[start], where[end] + 1)
            for name in names:
                yield name, a, b


def _lowered(text: str) -> str:
    """`text` lowered, character for character: one that lowers to several ("İ") is kept as it is, so that
    offsets stay those of `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _by_start_longest(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _split(lists: Mapping[str, tuple], added: Mapping[str, tuple]) -> tuple[dict[str, list], dict[str, list]]:
    """A language's cue lists (with a user's `added` entries) split into phrases and patterns, per cue. A list
    read only as patterns (`Cue.phrases` false) is patterns through and through, plain words too."""
    phrases: dict[str, list] = {}
    patterns: dict[str, list] = {}
    for name in {*lists, *added}:
        for e in (*lists.get(name, ()), *added.get(name, ())):
            if CUES[name].phrases and is_phrase(e):
                phrases.setdefault(name, []).append(e)
            else:
                patterns.setdefault(name, []).append(e)
    return phrases, patterns


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _holds(cond: regex.Pattern, text: str, start: int, end: int) -> bool:
    """Whether the phrase matched at `start`-`end` meets its conditions: its pattern matches there, with the
    whole text around it to look at."""
    m = cond.match(text, start)
    return m is not None and m.end() == end


def _spacy_matchers(nlp: Any, phrases: Mapping[str, list], user_patterns: Mapping[str, tuple]) -> tuple[Any, Any]:
    """A PhraseMatcher (attr LOWER) for the phrases and a Matcher for users' token patterns."""
    from spacy.matcher import Matcher, PhraseMatcher

    pm = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, items in phrases.items():
        texts = sorted({e.text if isinstance(e, Phrase) else e for e in items})
        if texts:
            pm.add(name, list(nlp.tokenizer.pipe(texts)))
    tm = None
    if user_patterns:
        tm = Matcher(nlp.vocab)
        for name, patterns in user_patterns.items():
            tm.add(name, [list(p) for p in patterns])
    return pm, tm


def _automaton(phrases: Mapping[str, list]) -> ahocorasick.Automaton:
    """One automaton for every phrase of every cue: lowered text -> (length, cue names)."""
    owners: dict[str, set[str]] = {}
    for name, items in phrases.items():
        for e in items:
            owners.setdefault(_norm(e.text if isinstance(e, Phrase) else e), set()).add(name)
    automaton = ahocorasick.Automaton()
    for text, names in owners.items():
        automaton.add_word(text, (len(text), tuple(sorted(names))))
    automaton.make_automaton()
    return automaton


#: What squeezing changes: a run of two or more whitespace characters, or one that is not a plain space.
_RE_SPACES = regex.compile(r"\s{2,}|[^\S ]")


class _Squeezed:
    """Where the characters of a text with its runs of whitespace squeezed to one space stand in the text."""

    __slots__ = ("starts", "shifts")

    def __init__(self, starts: list[int], shifts: list[int]) -> None:
        self.starts, self.shifts = starts, shifts

    def __getitem__(self, i: int) -> int:
        return i + self.shifts[bisect_right(self.starts, i) - 1]


def _squeezed(text: str) -> tuple[str, _Squeezed | None]:
    """`text` with every run of whitespace read as one space, and where each of its characters stands in `text`
    (None: where it stood, for a text whose spaces are single already)."""
    if _RE_SPACES.search(text) is None:
        return text, None
    parts: list[str] = []
    starts, shifts = [0], [0]
    last = 0
    for m in _RE_SPACES.finditer(text):  # (a single plain space stays as it is)
        parts.append(text[last:m.start()])
        parts.append(" ")
        last = m.end()
        # characters after this run stand (run length - 1) further right than in the squeezed text
        starts.append(m.start() - shifts[-1] + 1)
        shifts.append(shifts[-1] + m.end() - m.start() - 1)
    parts.append(text[last:])
    return "".join(parts), _Squeezed(starts, shifts)


def token_losses(code: str, texts: list[str]) -> tuple[int, int]:
    """(matches on characters, of those not found on spaCy's words) of a language's phrases in `texts`:
    what matching Thai phrases on PyThaiNLP's words would lose."""
    chars = CueMatcher(code)
    import spacy

    nlp = spacy.blank(code)
    pm, _ = _spacy_matchers(nlp, _split(languages.get(code).patterns, {})[0], {})
    total = lost = 0
    for text in texts:
        on_chars = set(chars._on_characters(text))
        doc = nlp.make_doc(text)
        on_tokens = {(nlp.vocab.strings[m], doc[i:j].start_char, doc[i:j].end_char) for m, i, j in pm(doc)}
        total += len(on_chars)
        lost += len(on_chars - on_tokens)
    return total, lost


__all__ = ["CueMatcher", "Matches", "UserCues", "current", "entry_pattern", "matcher", "phrase_pattern",
           "token_losses", "user_cues", "user_entries"]
