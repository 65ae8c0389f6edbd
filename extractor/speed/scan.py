"""Whole-text scans that try a pattern only where it can start.

A pattern made of many alternatives ("reduced|reduces|reduction|cut|fell|...")
costs the regex engine a try of every alternative at every character of a
release: 50-200 µs for a 2 kB text, and a release is scanned for a dozen such
lists. Most of its alternatives open with letters, though, and every match must
begin with one of those *literal prefixes*. `Scanner` works them out once from
the pattern (`literal_prefixes`), finds where they occur in one pass over the
text (an Aho-Corasick automaton, pyahocorasick: a few µs), and runs the pattern
only there (`matches_at`).

The result is the one `pattern.finditer` gives, always: when a pattern has an
alternative that can open with anything ("\\w+ consecutive years"), or a text
holds characters whose case folding is not plain lowering ("ſ", "ß"), the scan
falls back to `finditer`. Tests compare both ways on generated text and on
every bundled release.
"""
from __future__ import annotations

import string
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

import ahocorasick
import regex

#: Prefixes longer than this add nothing to the filter but cost more alternatives.
_PREFIX_CAP = 4
#: More prefixes than this and `str.find` loops would cost more than the scan they replace.
_MAX_PREFIXES = 48
#: A run traced back further than this from its literal gives more candidates than a scan would
#: cost: the text is then scanned whole.
_MAX_RUN = 80

#: Look-behinds that may open a whole pattern ("no letter before the word"), with the ASCII characters
#: after which they cannot hold: a candidate position right after one of those is no match, and the
#: scanners pass it by without calling the regex engine (`not_after`). Such are most positions found
#: by tracing a run back ('\\w*afval': every letter of "bedrijfsafval" but the first) and literals
#: inside words ("ener" in "hernieuwbare-energie" is a candidate, in "groenenergie" it is passed by).
_OPENING_LOOKBEHINDS = {
    r"(?<![\p{L}\p{N}])": frozenset(string.ascii_letters + string.digits),
    r"(?<![\p{L}])": frozenset(string.ascii_letters),
}
_NOTHING: frozenset[str] = frozenset()

_ESCAPED_LITERALS = frozenset(".-/&+'\"#%@:;,!?*()[]{}|^$ ~<>=`\\")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CODED_ESCAPES = frozenset("xuUNgk0123456789")

#: The `concurrent` argument of the regex module's calls, given where calls are many: False keeps the
#: GIL while matching. Left to itself, the module lets go of the GIL and takes it back around every
#: match on a `str`, which costs more than most matches here (a few dozen characters) take: a short
#: `match` runs in 160 ns with it, 410 ns without. Nothing in a run matches in another thread.
HOLD: Final = False


def matches_at(rx: regex.Pattern, text: str, starts: Iterable[int], endpos: int,
               after: frozenset[str] = _NOTHING, *, overlapped: bool = False) -> Iterator[regex.Match]:
    """The matches `rx.finditer(text, pos, endpos)` gives (with `overlapped`: `finditer(...,
    overlapped=True)`), found by trying `rx` only at `starts`.

    `starts` must be sorted and hold every position at which a match of `rx` can
    start (tests compare both ways on generated text); a start right after one of the characters
    `after` is passed by (`not_after`).
    """
    scan_end = -1
    for start in starts:
        if start < scan_end or (start and text[start - 1] in after):
            continue
        m = rx.match(text, start, endpos, HOLD)
        if m is not None:
            yield m
            if not overlapped:
                scan_end = m.end()


class _Unknown(Exception):
    """The pattern uses syntax this reader does not follow: no prefixes, scan everything."""


@dataclass
class _Reader:
    pattern: str
    ignorecase: bool
    i: int = 0

    def peek(self) -> str:
        return self.pattern[self.i] if self.i < len(self.pattern) else ""

    def alternatives(self) -> list[list]:
        """A list of alternatives, each a list of (atom, min, max) up to ')' or the end."""
        alts: list[list] = [[]]
        while self.i < len(self.pattern):
            c = self.peek()
            if c == ")":
                break
            if c == "|":
                self.i += 1
                alts.append([])
                continue
            atom = self.atom()
            lo, hi = self.quantifier()
            alts[-1].append((atom, lo, hi))
        return alts

    def atom(self):
        """('lit', char) | ('any', source or None) | ('zero',) | ('group', alternatives).

        The source of an 'any' atom ('\\w', '\\p{L}', '[a-z]', '.') is kept so that a run of it
        opening a match ('\\w*producten') can be traced back from the literal that follows."""
        c = self.peek()
        opened = self.i
        self.i += 1
        if c == "\\":
            return self._escape(opened)
        if c == "[":
            return self._class(opened)
        if c == "(":
            return self._group()
        if c in "^$":
            return ("zero",)
        if c == ".":
            return ("any", ".")
        if c in "*+?{)|":
            raise _Unknown
        return self._literal(c)

    def _escape(self, opened: int):
        """The atom of a backslash escape (its backslash read, at `opened`)."""
        p = self.pattern
        if self.i >= len(p):
            raise _Unknown
        e = p[self.i]
        self.i += 1
        if e in ("p", "P") and self.peek() == "{":
            self.i = p.index("}", self.i) + 1
            return ("any", p[opened:self.i])
        if e in _ZERO_WIDTH_ESCAPES:
            return ("zero",)
        if e in _ESCAPED_LITERALS:
            return self._literal(e)
        if e in _CODED_ESCAPES:
            raise _Unknown  # \x41, \u00e9, \N{...}, back-references: a character this reader does not decode
        return ("any", p[opened:self.i])  # \s \w \d \n ...

    def _class(self, opened: int):
        """A character class ('[a-z]', '[^,]'), its '[' read at `opened`: any of its characters."""
        p, j = self.pattern, self.i
        if j < len(p) and p[j] == "^":
            j += 1
        if j < len(p) and p[j] == "]":
            j += 1
        while j < len(p) and p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        if j >= len(p):
            raise _Unknown
        self.i = j + 1
        return ("any", p[opened:self.i])

    #: Group openings after '(' and what they make: a group, or a zero-width look-around.
    _OPENINGS = (("?:", "group"), ("?>", "group"), ("?=", "zero"), ("?!", "zero"), ("?<=", "zero"), ("?<!", "zero"))

    def _group(self):
        """A group, its '(' read: ('group', alternatives), ('zero',) for a look-around, or ('any', None) for
        a group with a case of its own."""
        p = self.pattern
        kind = "group"
        opening = next(((o, k) for o, k in self._OPENINGS if p.startswith(o, self.i)), None)
        if opening is not None:
            self.i, kind = self.i + len(opening[0]), opening[1]
        elif p.startswith("?P<", self.i):
            self.i = p.index(">", self.i) + 1
        elif p.startswith("?i:", self.i) and self.ignorecase:
            self.i += 3
        elif p.startswith(("?i:", "?-i:"), self.i):
            return self._own_case()
        elif self.peek() == "?":
            raise _Unknown  # inline flags, conditionals, ...
        alts = self.alternatives()
        if self.peek() != ")":
            raise _Unknown
        self.i += 1
        return ("zero",) if kind == "zero" else ("group", alts)

    def _own_case(self):
        """A group with a case of its own ("(?i:PR\\s?Newswire)" in a case-sensitive pattern): read to its
        end, and taken for characters this reader does not follow, which end a prefix."""
        self.i += 3 if self.pattern[self.i + 1] == "i" else 4
        self.alternatives()
        if self.peek() != ")":
            raise _Unknown
        self.i += 1
        return ("any", None)

    def _literal(self, c: str):
        if not self.ignorecase:
            return ("lit", c)
        low = c.lower()
        if len(low) != 1 or low != c.casefold():
            return ("any", None)
        return ("lit", low)

    def quantifier(self) -> tuple[int, int]:
        c = self.peek()
        lo, hi = 1, 1
        if c == "?":
            lo, hi = 0, 1
        elif c == "*":
            lo, hi = 0, 2
        elif c == "+":
            lo, hi = 1, 2
        elif c == "{":
            end = self.pattern.find("}", self.i)
            body = self.pattern[self.i + 1:end] if end > 0 else ""
            parts = body.split(",")
            if end < 0 or not all(x.strip().isdigit() or x == "" for x in parts) or not parts[0].strip():
                return lo, hi  # a literal "{"
            lo = int(parts[0])
            hi = lo if len(parts) == 1 else 2
            self.i = end
        else:
            return lo, hi
        self.i += 1
        if self.peek() in ("?", "+"):
            self.i += 1  # lazy or possessive: the same strings
        return lo, hi


def _inner(atom: tuple, hi: int) -> set[tuple[str, bool, str | None]]:
    """The (prefix, open, run) triples of one atom (see `_prefixes`)."""
    if atom[0] == "lit":
        return {(atom[1], True, None)}
    if atom[0] == "group":
        inner = _prefixes(atom[1])
        if hi != 1:  # a repeated group: its runs may repeat too
            inner = {(t, o, None if r is None else f"(?:{r})*") for t, o, r in inner}
        return inner
    return {("", True, f"(?:{atom[1]})*")} if atom[1] is not None else {("", False, None)}


def _grown(prefix: str, is_open: bool, run: str | None, inner: set[tuple[str, bool, str | None]], hi: int
           ) -> list[tuple[str, bool, str | None]]:
    """A state (prefix, open, run) extended by each triple of the next atom (`inner`, repeated up to `hi`)."""
    if not is_open:
        return [(prefix, False, run)]
    grown = []
    for more, more_open, more_run in inner:
        if prefix:
            if more_run is not None:  # a run after the prefix: the prefix ends here
                grown.append((prefix, False, run))
            else:
                text = prefix + more
                grown.append((text[:_PREFIX_CAP], more_open and hi == 1 and len(text) < _PREFIX_CAP, run))
            continue
        grown.append(_opening(run, more, more_open, more_run, hi))
    return grown


def _opening(run: str | None, more: str, more_open: bool, more_run: str | None, hi: int
             ) -> tuple[str, bool, str | None]:
    """A state with nothing literal yet, extended by one triple: runs add up until a literal anchors them
    ('X*X*' is 'X*')."""
    if run is not None and more_run is not None and run.endswith(more_run):
        chained: str | None = run
    else:
        chained = None if run is None and more_run is None else (run or "") + (more_run or "")
    if more_run is not None and not more:  # a run, whatever its count: what follows anchors it
        return ("", True, chained)
    return (more[:_PREFIX_CAP], more_open and hi == 1 and len(more) < _PREFIX_CAP, chained)


def _prefixes(alts: list[list]) -> set[tuple[str, bool, str | None]]:
    """(prefix, open, run) triples: every match of one of `alts` holds some prefix; `open` says whether
    the prefix is the whole of what matched so far (it may be extended by what follows). `run` is None
    when the prefix opens the match, else a pattern for what may stand before it, runs of the atoms
    that open the match ('(?:\\w)*' in '\\w*producten': the match opens somewhere in the run of word
    characters left of 'prod'; '(?:\\w)*(?:\\s)*' in '\\w+\\s+consecutive')."""
    out: set[tuple[str, bool, str | None]] = set()
    for seq in alts:
        states: set[tuple[str, bool, str | None]] = {("", True, None)}
        for atom, lo, hi in seq:
            if atom[0] == "zero":
                continue  # look-arounds and anchors consume nothing: a superset stays correct
            if not any(is_open for _, is_open, _ in states):
                break
            inner = _inner(atom, hi)
            grown = {state for prefix, is_open, run in states
                     for state in _grown(prefix, is_open, run, inner, hi)}
            states = grown | (states if lo == 0 else set())
            if len(states) > 4 * _MAX_PREFIXES:
                raise _Unknown
        out |= states
    return out


def anchors(pattern: str, *, ignorecase: bool = False) -> tuple[tuple[str, str | None], ...] | None:
    """(literal, run) pairs, one of which every match of `pattern` holds: a match opens at the
    literal (run None) or within what the pattern `run` matches right to left from it
    ('\\w*producten': in the word before 'prod'). Literals are lowercased when `ignorecase`; longer
    ones that a shorter one covers are dropped. None when some match can open with anything.

    >>> anchors(r"(?<![\\p{L}])(?:\\w*producten|levenscyclus)", ignorecase=True)
    (('leve', None), ('prod', '(?:\\\\w)*'))
    """
    try:
        reader = _Reader(pattern, ignorecase)
        alts = reader.alternatives()
        if reader.i != len(pattern):
            raise _Unknown
        found = _prefixes(alts)
    except (_Unknown, ValueError):
        return None
    pairs = sorted({(p, run) for p, _, run in found}, key=lambda a: (len(a[0]), a[0], a[1] is None, a[1] or ""))
    if not pairs or pairs[0][0] == "":
        return None
    kept: list[tuple[str, str | None]] = []
    for text, run in pairs:
        # A traced-back opening covers a plain one: its candidates include the literal's own position.
        if not any(text.startswith(k) and (run is None or run == r) for k, r in kept):
            kept.append((text, run))
    if len(kept) > _MAX_PREFIXES:
        return None
    return tuple(sorted(kept, key=lambda a: (a[0], a[1] or "")))


def not_after(pattern: str) -> frozenset[str]:
    """ASCII characters after which no match of `pattern` can start: those its opening look-behind
    excludes, when one opens every alternative (none when it does not, or the pattern is beyond this
    reader). Only ASCII ones: whether another character is a letter is left to the regex engine.

    >>> sorted(not_after(r"(?<![\\p{L}])(?:gehalveerd|een\\ derde)(?![\\p{L}])"))[:3], len(not_after(r"(?<![\\p{L}])a"))
    (['A', 'B', 'C'], 52)
    >>> not_after(r"(?<![\\p{L}])a|b")  # the look-behind opens only the first alternative
    frozenset()
    """
    for opening, chars in _OPENING_LOOKBEHINDS.items():
        if pattern.startswith(opening):
            try:
                reader = _Reader(pattern, False)
                whole = len(reader.alternatives()) == 1 and reader.i == len(pattern)
            except (_Unknown, ValueError):
                whole = False
            return chars if whole else _NOTHING
    return _NOTHING


def literal_prefixes(pattern: str, *, ignorecase: bool = False) -> tuple[str, ...] | None:
    """Strings one of which opens every match of `pattern` (lowercased when `ignorecase`),
    shortest first with longer ones they cover dropped; None when some match can open with anything.

    >>> literal_prefixes(r"(?<![\\p{L}])(?:reduced|reduces|cut|fell)(?![\\p{L}])", ignorecase=True)
    ('cut', 'fell', 'redu')
    >>> literal_prefixes(r"(?P<n>\\w+)\\s+years? running") is None
    True
    """
    found = anchors(pattern, ignorecase=ignorecase)
    if found is None or any(run is not None for _, run in found):
        return None
    return tuple(text for text, _ in found)


def folds_by_lowering(text: str, low: str) -> bool:
    """Whether `low` (`text` lowered) holds a listed lowercase word wherever a case-insensitive pattern
    finds one: no character whose case folding differs from its lowering ('ſ', 'ß') or that lowers
    to two characters ('İ'), so offsets and letters agree."""
    return text.isascii() or (len(low) == len(text) and low == text.casefold())


def may_hold(low: str, folded: bool, openings: tuple[str, ...] | None) -> bool:
    """Whether a text (lowered: `low`) may hold a match opening with one of `openings`; when the
    openings are unknown or lowering does not fold case (`folded` false), it may."""
    return openings is None or not folded or any(o in low for o in openings)


#: The last texts lowered, by identity: a release is scanned for many lists, and its sentences too.
_lowered: dict[int, tuple[str, str | None]] = {}
#: Texts whose candidate positions a `Scanner` keeps, and texts kept lowered: more than the releases
#: of a chunk (`runner.CHUNK_SIZE`), which are read stage by stage.
KEPT_TEXTS = 80


def _lower(text: str) -> str | None:
    """`text` lowered, when lowering folds case the way a case-insensitive pattern does and keeps
    every offset; else None."""
    kept = _lowered.get(id(text))  # (several threads of one Dask worker may share this: no step assumes another)
    if kept is not None and kept[0] is text:
        return kept[1]
    low = text.lower()
    result = low if folds_by_lowering(text, low) else None
    if len(_lowered) >= KEPT_TEXTS:
        _lowered.clear()  # start afresh: cheaper than dropping the oldest one by one
    _lowered[id(text)] = (text, result)
    return result


class Scanner:
    """`pattern.finditer`, tried only where one of the pattern's literal prefixes occurs.

    >>> s = Scanner(regex.compile(r"(?<![\\p{L}])(?:fell|cut)(?![\\p{L}])", regex.I))
    >>> [m.group() for m in s.finditer("Emissions FELL; costs were cut, the cutter stayed.")]
    ['FELL', 'cut']
    """

    __slots__ = ("rx", "anchors", "ignorecase", "after", "_runs", "_automaton", "_kept")

    def __init__(self, rx: regex.Pattern) -> None:
        self.rx = rx
        self.ignorecase = bool(rx.flags & regex.IGNORECASE)
        # Verbose: spaces and comments that are not text; reverse: matches grow leftwards; version 1:
        # nested sets ('[[a-z]--[aeiou]]') this reader does not follow. Such patterns are scanned whole.
        odd = rx.flags & (regex.VERBOSE | regex.REVERSE | regex.VERSION1)
        self.anchors = None if odd else anchors(rx.pattern, ignorecase=self.ignorecase)
        #: Candidates right after one of these characters are no match (`not_after`).
        self.after = _NOTHING if odd else not_after(rx.pattern)
        # For an opening traced back over a run ('\\w*producten'): the run ending at a position,
        # matched right to left with the flags that decide what its characters are ('.' under DOTALL).
        flags = rx.flags & (regex.IGNORECASE | regex.ASCII | regex.UNICODE | regex.DOTALL | regex.FULLCASE
                            | regex.WORD)
        self._runs = {run: regex.compile(rf"(?r){run}", flags) for _, run in self.anchors or () if run}
        # Every literal found in one pass (Aho-Corasick) rather than one `str.find` loop per literal;
        # a literal's value is its length, with its runs when it has some (one literal may open a match
        # by itself in one alternative and after a run in another: each is kept).
        self._automaton = None
        if self.anchors:
            runs_of: dict[str, list[str | None]] = {}
            for literal, run in self.anchors:
                runs_of.setdefault(literal, []).append(run)
            self._automaton = ahocorasick.Automaton()
            for literal, runs in runs_of.items():
                self._automaton.add_word(literal, (len(literal), tuple(runs)) if self._runs else len(literal))
            self._automaton.make_automaton()
        #: Positions found in the last texts seen, by identity (`starts`).
        self._kept: dict[int, tuple[str, list[int] | None]] = {}

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int] | None:
        """Sorted positions in `text[pos:endpos]` where a match can start, or None (scan everything).

        The positions in the whole text are found once and kept for the texts seen last (up to
        `KEPT_TEXTS`, then afresh): a sentence is searched in several windows for the same list, and a
        release's lists are found in one pass before its sentences are read (`ScanGroup`), with
        the other releases of its chunk read in between (`runner.process_files`).
        """
        if self.anchors is None:
            return None
        kept = self._kept.get(id(text))
        if kept is not None and kept[0] is text:
            found = kept[1]
        else:
            found = self._find_all(text)
            self._keep(text, found)
        if found is None:
            return None
        endpos = len(text) if endpos is None else endpos
        if pos == 0 and endpos >= len(text):
            return found
        return found[bisect_left(found, pos):bisect_left(found, endpos)]

    def _keep(self, text: str, found: list[int] | None) -> None:
        if len(self._kept) >= KEPT_TEXTS:
            self._kept.clear()  # start afresh: cheaper than dropping the oldest one by one
        self._kept[id(text)] = (text, found)

    def _find_all(self, text: str) -> list[int] | None:
        hay = _lower(text) if self.ignorecase else text
        automaton = self._automaton
        if hay is None:
            return None
        if automaton is None:
            return []  # no literal at all: nothing can match
        if not self._runs:
            return sorted({end - length + 1 for end, length in automaton.iter(hay)})
        found: set[int] = set()
        for end, (length, runs) in automaton.iter(hay):
            for run in runs:
                if not self._add(found, text, end - length + 1, run):
                    return None
        return sorted(found)

    def _add(self, found: set[int], text: str, i: int, run: str | None) -> bool:
        """Add to `found` where a match can open for literal `i` of `text`: `i` itself, or with a `run`
        every position of the run ending there. False when the run reaches back more than `_MAX_RUN`
        characters: the text is then scanned whole."""
        if run is None:
            found.add(i)
            return True
        opens = self._runs[run].match(text, max(0, i - _MAX_RUN - 1), i, HOLD).start()
        if i - opens > _MAX_RUN:
            return False
        found.update(range(opens, i + 1))
        return True

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        endpos = len(text) if endpos is None else endpos
        starts = self.starts(text, pos, endpos)
        if starts is None:
            return self.rx.finditer(text, pos, endpos, False, HOLD)
        return matches_at(self.rx, text, starts, endpos, self.after)

    def finditer_cut(self, text: str, pos: int, endpos: int) -> Iterator[regex.Match]:
        """`pattern.finditer(text[pos:endpos])`: the window as a text of its own (look-arounds see
        nothing beyond it; offsets are into the window)."""
        starts = self.starts(text, pos, endpos)
        window = text[pos:endpos]
        if starts is None:
            return self.rx.finditer(window, 0, None, False, HOLD)
        return matches_at(self.rx, window, [s - pos for s in starts], len(window), self.after)

    def overlapped(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        """`pattern.finditer(text, pos, endpos, overlapped=True)`: a match at every position one starts."""
        endpos = len(text) if endpos is None else endpos
        starts = self.starts(text, pos, endpos)
        if starts is None:
            yield from self.rx.finditer(text, pos, endpos, True, HOLD)
            return
        yield from matches_at(self.rx, text, starts, endpos, self.after, overlapped=True)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """`pattern.search(text, pos, endpos)`: the first match at a candidate position."""
        endpos = len(text) if endpos is None else endpos
        starts = self.starts(text, pos, endpos)
        if starts is None:
            return self.rx.search(text, pos, endpos, HOLD)
        return next(matches_at(self.rx, text, starts, endpos, self.after, overlapped=True), None)


class ScanGroup:
    """Several scanners that read the same texts, served by one pass: `prime(text)` finds the literals
    of all of them in one Aho-Corasick pass and hands each scanner its positions, as its own
    `_find_all` would have found them; their next scans of that text start from there.

    A release is searched as a whole for ten lists or so (award and pledge cues, issuers, written
    numbers, months): one pass instead of one per list. (Sentences are not grouped: each needs only
    a few of its lists, and a pass for all of them measured no faster.)
    """

    def __init__(self, scanners: Iterable[Scanner]) -> None:
        unique = {id(s): s for s in scanners if s.anchors is not None}
        self.groups: list[tuple[list[Scanner], ahocorasick.Automaton]] = []
        for ignorecase in (True, False):  # a lowered text for the one, the text itself for the other
            members = [s for s in unique.values() if s.ignorecase == ignorecase]
            if not members:
                continue
            owners: dict[str, list[tuple[int, str | None]]] = {}
            for k, s in enumerate(members):
                for literal, run in s.anchors or ():
                    owners.setdefault(literal, []).append((k, run))
            automaton = ahocorasick.Automaton()
            for literal, who in owners.items():
                automaton.add_word(literal, (len(literal), tuple(who)))
            automaton.make_automaton()
            self.groups.append((members, automaton))

    def prime(self, text: str) -> None:
        """Find every member's candidate positions in `text` in one pass per case mode."""
        for members, automaton in self.groups:
            hay = _lower(text) if members[0].ignorecase else text
            if hay is None:
                continue  # the scanners fall back on their own
            found: list[set[int] | None] = [set() for _ in members]
            for end, (length, who) in automaton.iter(hay):
                i = end - length + 1
                for k, run in who:
                    mine = found[k]
                    if mine is not None and not members[k]._add(mine, text, i, run):
                        found[k] = None  # as in `Scanner._find_all`: this text is scanned whole
            for s, mine in zip(members, found):
                s._keep(text, None if mine is None else sorted(mine))


class EndWords:
    """Which listed word a short text ends with, before trailing spaces (and, with `colon`, one colon):
    the answer of `rx`, a pattern `(?:word|word|...)\\s*$` (or `\\s*:?\\s*$`), found by comparing the
    text's end with the words instead of trying the pattern at every character.

    Used on the few dozen characters left of each number ("meer dan ", "SET: "). `boundary`: the word
    may not follow a letter. When lowering the text would not fold case the way the pattern does
    ("ſ", "İ"), or a non-ASCII character stands before the word, `rx` decides.

    >>> e = EndWords(regex.compile(r"(?<![\\p{L}])(?:more than|than)\\s*$", regex.I), ["more than", "than"],
    ...              boundary=True)
    >>> e.word("emissions fell by More Than "), e.word("rather"), e.word("xmore than")
    ('More Than', None, 'than')
    """

    __slots__ = ("rx", "words", "colon", "boundary", "longest")

    def __init__(self, rx: regex.Pattern, words: Iterable[str], *, colon: bool = False,
                 boundary: bool = False) -> None:
        self.rx = rx
        self.words = tuple(sorted({w.lower() for w in words}, key=len, reverse=True))
        self.colon, self.boundary = colon, boundary
        self.longest = len(self.words[0]) if self.words else 0

    def word(self, text: str) -> str | None:
        """The listed word `text` ends with, as written there, or None."""
        t = text.rstrip()
        if self.colon and t.endswith(":"):
            t = t[:-1].rstrip()
        tail = t[-self.longest - 1:]
        low = tail.lower()
        if not folds_by_lowering(tail, low):
            return self._by_pattern(text)
        if not low.endswith(self.words):  # most texts end with none: one test for all the words
            return None
        for w in self.words:
            if low.endswith(w):
                start = len(t) - len(w)
                if self.boundary and start > 0:
                    before = t[start - 1]
                    if not before.isascii():
                        return self._by_pattern(text)
                    if before.isalpha():
                        continue
                return t[start:]
        return None

    def _by_pattern(self, text: str) -> str | None:
        m = self.rx.search(text)
        if m is None:
            return None
        found = m.group().rstrip()
        return found[:-1].rstrip() if self.colon and found.endswith(":") else found
