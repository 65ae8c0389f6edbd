"""`Scanner` must find exactly what `finditer` finds, only faster: on generated text and on the corpora."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.lang import SUPPORTED, get
from extractor.speed.scan import HOLD, Scanner, anchors, literal_prefixes, not_after


@pytest.mark.parametrize(("pattern", "ignorecase", "expected"), [
    (r"(?:reduced|reduces|cut)", True, ("cut", "redu")),
    (r"(?<![\p{L}\p{N}])(?:Net[\s-]*zero|CO2)(?![\p{L}])", True, ("co2", "net")),
    (r"aims?|plans?\s+to", False, ("aim", "plan")),
    (r"(?:in\s+)?the\s+past", True, ("in", "the")),  # an optional opening: both ways in count
    (r"up(?!\s+to\b)", True, ("up",)),  # a look-ahead consumes nothing
    (r"(?P<n>\w+)\s+years?\s+running", True, None),  # opens with any word: no filter
    (r"[Ee]co|x", True, None),  # a character class opens one alternative
    (r"(?i:cdp)|MSCI", False, None),  # case-insensitive inside a case-sensitive pattern
    (r"\((?:AP|(?i:pr\s?newswire))\)", False, ("(",)),  # ... after a literal: the prefix ends before it
    (r"net(?-i:ZERO)|co2", True, ("co2", "net")),  # a case-sensitive group in a case-insensitive pattern
    (r"a|ab|abc", False, ("a",)),  # longer prefixes covered by a shorter one are dropped
    (r"ſtar", True, None),  # folds to 's' but lowers to itself: no literal for it
    (r"\x41BC|abc", False, None),  # a coded character is not read as the digits of its code
])
def test_literal_prefixes(pattern, ignorecase, expected):
    assert literal_prefixes(pattern, ignorecase=ignorecase) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    # Dutch compounds: the match opens somewhere in the word before the literal
    (r"(?<![\p{L}\p{N}])(?:\w*producten|levenscyclus)(?![\p{L}])", (("leve", None), ("prod", r"(?:\w)*"))),
    (r"\w*doel\w*|target\w*", (("doel", r"(?:\w)*"), ("targ", None))),
    (r"\p{L}+uitstoot", (("uits", r"(?:\p{L})*"),)),
    (r"[a-z]?co2", (("co2", "(?:[a-z])*"),)),  # a run covers its plain literal: 'co2' alone is not kept too
    (r"(?P<n>\w+)\s+consecutive\s+years?", (("cons", r"(?:\w)*(?:\s)*"),)),  # runs add up
    (r"(?:\w+\s)+years? running", (("year", r"(?:(?:\w)*(?:\s)*)*"),)),  # a repeated group's runs repeat
    (r"\w+\s+\w+", None),  # runs only: nothing to anchor on
    (r"\s*(?:--|\s-\s)", (("-", r"(?:\s)*"),)),  # a run after the same run adds nothing: one anchor, not two
    (r"net\w*zero", (("net", None),)),  # a run after the literal only ends the prefix
])
def test_anchors_trace_openings_back_over_a_run(pattern, expected):
    assert anchors(pattern, ignorecase=True) == expected
    if expected is not None and any(run for _, run in expected):
        assert literal_prefixes(pattern, ignorecase=True) is None  # not openings: callers that need those get none


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\p{L}\p{N}])(?:cut|fell)(?![\p{L}])", _ALNUM),  # no letter or digit before the word
    (r"(?<![\p{L}])(?:maart|mei)", frozenset(c for c in _ALNUM if not c.isdigit())),  # "2mei" may match
    (r"(?<![\p{L}])a|b", frozenset()),  # the look-behind opens one alternative only
    (r"(?:(?<![\p{L}])a|b)", frozenset()),  # ... here too, inside a group
    (r"x(?<![\p{L}])a", frozenset()),  # not at the opening
    (r"(?<![\p{N}])\d+", frozenset()),  # a look-behind not listed
    (r"(?<!\w)net", frozenset()),
    (r"(?<![\p{L}])(?:a", frozenset()),  # not a whole pattern
])
def test_candidates_after_letters_are_passed_by_only_where_the_pattern_says(pattern, expected):
    assert not_after(pattern) == expected


class _CountingPattern:
    """A compiled pattern that counts its `match` calls."""

    def __init__(self, rx: regex.Pattern) -> None:
        self.rx, self.pattern, self.flags, self.calls = rx, rx.pattern, rx.flags, 0

    def match(self, *args):
        self.calls += 1
        return self.rx.match(*args)


def test_a_candidate_inside_a_word_costs_no_regex_call():
    spy = _CountingPattern(regex.compile(r"(?<![\p{L}\p{N}])(?:\w*afval|emissies)(?![\p{L}])", regex.I))
    s = Scanner(spy)  # type: ignore[arg-type]
    text = "Het bedrijfsafval en de CO2emissies daalden; de emissies ook, in café_emissies niet."
    assert [m.group() for m in s.finditer(text)] == [m.group() for m in spy.rx.finditer(text)] == \
        ["bedrijfsafval", "emissies", "emissies"]
    # "bedrijfsafval" opens at its first letter only (not at the eight after it), "CO2emissies" after a
    # digit is passed by; "_" is no letter, so the regex engine decides there (and finds a match).
    assert spy.calls == 3
    spy.calls = 0
    assert [m.group() for m in s.overlapped(text)] == ["bedrijfsafval", "emissies", "emissies"] and spy.calls == 3


def _scanners() -> list[Scanner]:
    from extractor.extract import _report_year_regexes, awards
    from extractor.extract.matching import cue_regex
    from extractor.normalize import dates, numbers

    found = [Scanner(awards.RE_ISSUER), dates.DATELINE_MARKS]
    for code in SUPPORTED:
        for name in get(code).patterns:
            found.append(Scanner(cue_regex(code, name)))
        found += awards._streak_regexes(code) + _report_year_regexes(code)
        g, d = numbers._grammar(code), dates._grammar(code)
        found += [g.words, g.fraction, d.month] + ([d.relative] if d.relative else [])
    return found


def _metric_scanners() -> list[Scanner]:
    from extractor.extract.matching import _metric_regex

    return [_metric_regex(code) for code in SUPPORTED]


SCANNERS = _scanners()
METRICS = _metric_scanners()
# Pieces that open cue words, in every case, with the characters that fold oddly.
_PIECES = [*"aAbcdeEfhiIlmnNoprRsStTuvwyzé ëẞßſKİı.-\n", "net", "Net", "zero", "ZERO", "cut", "reduc", "ed",
           "ing", "award", "AWARD", "CDP", "MSCI", "in ", "the ", "past", "twenty", "three", "drie", "ën",
           "twintig", "helft", "maart", "May", "mei", "ลด", "ได้รับ", "รางวัล", "สอง", "ล้าน", "พ.ค.", "ปีนี้",
           "scope 1", "Scope", "emissions", "CO2-uitstoot", "energy intensity", "water", "solar", "ก๊าซเรือนกระจก",
           "producten", "PRODUCTEN", "zuivel", "_", "9", "doel", "klimaatdoelen", "ſproducten", "éé",
           "consecutive", "year", "years running", "jaar op rij", "opeenvolgende", "third", "derde", "\t",
           "/PRNewswire/", "/", "|", "–", "—", " -- ", "😀", "𝐀"]  # characters beyond the BMP too
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _span(m: regex.Match | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=300)
@given(_TEXT, st.integers(0, 6))
def test_scanner_finds_what_finditer_finds(text, pos):
    for s in SCANNERS:
        assert [m.span() for m in s.finditer(text, pos)] == [m.span() for m in s.rx.finditer(text, pos)], \
            s.rx.pattern[:60]
        cut = (pos, max(pos, len(text) - pos))
        assert [m.span() for m in s.finditer_cut(text, *cut)] == [m.span() for m in s.rx.finditer(text[slice(*cut)])]
        assert _span(s.search(text, *cut)) == _span(s.rx.search(text, *cut))
    for s in METRICS:
        assert [(m.span(), m.lastgroup) for m in s.overlapped(text, pos)] == \
            [(m.span(), m.lastgroup) for m in s.rx.finditer(text, pos, overlapped=True)]


def test_scanner_on_the_corpora():
    from tests.conftest import corpus_bodies

    bodies = corpus_bodies()
    for name, body in bodies:
        for s in SCANNERS:
            assert [m.span() for m in s.finditer(body)] == [m.span() for m in s.rx.finditer(body)], name
        for s in METRICS:
            assert [(m.span(), m.lastgroup) for m in s.overlapped(body)] == \
                [(m.span(), m.lastgroup) for m in s.rx.finditer(body, overlapped=True)], name
    assert len(bodies) >= 15


def test_most_cue_lists_get_a_filter():
    """The speed-up needs literal prefixes; a list that loses them silently scans everything again."""
    filtered = sum(s.anchors is not None for s in SCANNERS)
    assert filtered >= 0.8 * len(SCANNERS)


def test_most_word_lists_pass_candidates_inside_words_by():
    """Where a language has word boundaries, its lists open with the look-behind `not_after` reads."""
    spaced = [s for s in SCANNERS if s.rx.pattern.startswith(r"(?<![\p{L}")]
    assert len(spaced) >= 40 and sum(bool(s.after) for s in spaced) >= 0.9 * len(spaced)
    assert all(s.after for s in METRICS if s.rx.pattern.startswith(r"(?<![\p{L}"))


def test_a_verbose_pattern_is_scanned_whole():
    s = Scanner(regex.compile(r"net \s zero  # the spaces here are not text", regex.X | regex.I))
    assert s.anchors is None and [m.group() for m in s.finditer("Net zero")] == ["Net zero"]


def test_odd_case_folding_falls_back_to_a_full_scan():
    s = Scanner(regex.compile(r"(?<![\p{L}])star(?![\p{L}])", regex.I))
    assert s.starts("a ſtar is born") is None  # 'ſ' matches 's' ignoring case, but does not lower to it
    assert [m.group() for m in s.finditer("a ſtar is born")] == ["ſtar"]
    assert s.starts("a STAR is born") == [2]


def _end_words():
    from extractor.normalize import numbers

    return [numbers.STOCK_BEFORE] + [numbers._grammar(code).qualifier for code in SUPPORTED]


END_WORDS = _end_words()
_END_PIECES = [*"aAxé .:\n\u00a0ſİKk", "SET", "set", "Nasdaq", "ticker", "TICKER", "more than", "More Than", "than",
               "meer dan", "ruim", "bijna", "ประมาณ", "กว่า", "up to", "nearly", "over", "ſet"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_END_PIECES), max_size=10).map("".join))
def test_end_words_answer_as_their_pattern(text):
    for e in END_WORDS:
        m = e.rx.search(text)
        expected = None
        if m is not None:
            expected = m.group().rstrip()
            if e.colon and expected.endswith(":"):
                expected = expected[:-1].rstrip()
        assert e.word(text) == expected, e.rx.pattern[:50]


_SENTENCE_PIECES = [*".!? \n\t\u00a0\u2028\x1cAaZ1\"'”’)(“‘•-*–·▪", "Mr. ", "Corp. ", "\n\n", " \n ", "9.7%", "Inc."]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join))
def test_sentence_ends_are_found_at_their_candidates(text):
    """The Latin splitter tries its end pattern only after end marks and at line breaks."""
    from extractor.lang.base import _RE_SENTENCE_END, _end_candidates
    from extractor.speed.scan import matches_at

    fast = [m.span() for m in matches_at(_RE_SENTENCE_END, text, _end_candidates(text), len(text))]
    assert fast == [m.span() for m in _RE_SENTENCE_END.finditer(text)]


def test_a_long_run_before_its_literal_falls_back_to_a_full_scan():
    """Tracing '\\w*producten' back over a 200-letter word would try more places than a scan does."""
    s = Scanner(regex.compile(r"(?<![\p{L}])\w*producten", regex.I))
    long_word = "a" * 200 + "producten"
    assert s.starts(long_word) is None
    assert [m.span() for m in s.finditer("de " + long_word)] == [(3, 3 + len(long_word))]
    assert s.starts("de zuivelproducten") == list(range(3, 10))


_GROUP = None


def _group():
    global _GROUP
    if _GROUP is None:
        from extractor.speed.scan import ScanGroup

        _GROUP = ScanGroup(SCANNERS + METRICS)
    return _GROUP


@settings(max_examples=200)
@given(_TEXT)
def test_a_group_pass_gives_each_scanner_its_own_positions(text):
    """`ScanGroup.prime` finds, in one pass, what each member's own search would find."""
    _group().prime(text)
    for s in SCANNERS + METRICS:
        if s.anchors is None:
            continue
        assert s.starts(text) == s._find_all(text), s.rx.pattern[:60]  # read from the primed cache
        assert [m.span() for m in s.finditer(text)] == [m.span() for m in s.rx.finditer(text)]


def test_a_group_pass_on_the_corpora():
    from tests.conftest import corpus_bodies

    for name, body in corpus_bodies():
        _group().prime(body)
        for s in SCANNERS + METRICS:
            if s.anchors is not None:
                assert s._kept[id(body)][0] is body and s._kept[id(body)][1] == s._find_all(body), \
                    (name, s.rx.pattern[:60])


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r".*zero", regex.S | regex.I, "a\nb net ZERO"),  # under DOTALL the run crosses the line break
    (r".*zero", regex.I, "a\nb net ZERO"),  # without it, it does not
    (r"[[a-z]--[aeiou]]*zero", regex.V1 | regex.I, "xyz bzzero"),  # a version-1 set: scanned whole
    (r"(?<![\p{L}])\w*doel", regex.I | regex.REVERSE, "het klimaatdoel"),  # a reverse pattern: scanned whole
])
def test_a_traced_back_run_reads_its_characters_as_the_pattern_does(pattern, flags, text):
    s = Scanner(regex.compile(pattern, flags))
    assert [m.span() for m in s.finditer(text)] == [m.span() for m in s.rx.finditer(text)]


def test_positions_are_kept_for_the_last_texts_and_always_match_a_fresh_search():
    """A scanner keeps its positions for up to `KEPT_TEXTS` texts, then starts afresh (a chunk's releases
    are read stage by stage, so a release's positions must outlive the reading of the others); what is
    found from kept positions is what a fresh search finds."""
    from extractor import runner
    from extractor.speed import scan

    assert scan.KEPT_TEXTS > runner.CHUNK_SIZE
    s = Scanner(regex.compile(r"(?<![\p{L}])(?:fell|cut|reduced)(?![\p{L}])", regex.I))
    texts = [f"Release {i}: emissions fell {i}% and costs were cut." for i in range(scan.KEPT_TEXTS + 5)]
    calls = []

    class Spy:  # the scanner's one pass over a text, counted (works on the compiled core too)
        def __init__(self, automaton):
            self.automaton = automaton

        def iter(self, hay):
            calls.append(hay)
            return self.automaton.iter(hay)

    s._automaton = Spy(s._automaton)
    for t in texts[:scan.KEPT_TEXTS]:
        s.starts(t)
    assert len(s._kept) == scan.KEPT_TEXTS and len(calls) == scan.KEPT_TEXTS
    for t in texts[:scan.KEPT_TEXTS]:  # every one from what was kept
        assert [m.span() for m in s.finditer(t)] == [m.span() for m in s.rx.finditer(t)]
    assert len(calls) == scan.KEPT_TEXTS
    for t in texts[scan.KEPT_TEXTS:]:  # one more: kept afresh
        s.starts(t)
    assert len(s._kept) == 5 and calls[scan.KEPT_TEXTS:] == [t.lower() for t in texts[scan.KEPT_TEXTS:]]
    assert [m.span() for m in s.finditer(texts[0])] == [m.span() for m in s.rx.finditer(texts[0])]
    assert len(calls) == scan.KEPT_TEXTS + 6 and calls[-1] == texts[0].lower()  # searched afresh


# Every shape in which the scanners pass `HOLD` to the regex module, positionally (keywords cost a parse of
# their own per call): the argument must land on `concurrent` and change no result.
_HOLD_CALLS = [
    ("match", (3, None)), ("search", (0, None)), ("fullmatch", (3, 9)),
    ("finditer", (0, None, False)), ("finditer", (2, 40, True)), ("findall", (0, None, False)),
    ("split", (1,)),
]


@pytest.mark.parametrize(("method", "args"), _HOLD_CALLS)
def test_hold_is_the_concurrent_argument_of_each_call_and_changes_no_result(method, args):
    rx = regex.compile(r"(?<![\p{L}])\d+(?:[.,]\d+)?\s*(?:%|procent|tonnes?)")
    text = "Cut 42% by 2030, 3,5 procent in 2024; 410 tonnes (รายงาน ๒๕๖๗)."

    def shown(result):
        if isinstance(result, regex.Match) or result is None:
            return None if result is None else result.span()
        return [m.span() if isinstance(m, regex.Match) else m for m in result]

    call = getattr(rx, method)
    assert shown(call(text, *args, HOLD)) == shown(call(text, *args))
    with pytest.raises(ValueError, match="concurrent"):
        shown(call(text, *args, "not a flag"))


@pytest.mark.parametrize("head", [
    "SHENZHEN, China, 6 mei 2024 /PRNewswire/ -- BYD meldt",
    "April 22, 2025 (BUSINESS WIRE) -- Acme Corp. said",
    "April 22, 2025 (business wire) – Acme",
    "3 March 2025 (Reuters) - The group",
    "3 March 2025 (reuters) - not an agency in this case",
    "Stockholm | 4 November 2025 — Vattenfall (AP)",
    "กรุงเทพฯ – 28 มกราคม 2568 ธนาคาร (พีอาร์นิวส์ไวร์) --",
    "No mark at all on this line, 2025",
])
def test_dateline_marks_scanned_at_their_characters_find_what_finditer_finds(head):
    from extractor.normalize.dates import DATELINE_MARKS, RE_DATELINE_MARK

    assert DATELINE_MARKS.anchors is not None  # a case-insensitive group no longer sends it to a full scan
    assert [m.span() for m in DATELINE_MARKS.finditer(head)] == [m.span() for m in RE_DATELINE_MARK.finditer(head)]


@pytest.mark.parametrize("text", ["een hogere prijs", "de Groene Bouwprijs 2024", "Bouwprijs en prijsvraag",
                                  "Zuid Holland Duurzaamheidsprijs"])
def test_a_literal_that_opens_one_alternative_and_follows_a_run_in_another_keeps_both(text):
    """The same literal reached bare in one alternative and after a run of letters in another: the scanner
    must try both openings (it kept only the last one written, and lost matches the group pass found)."""
    rx = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}{3,}prijs|prijsvraag)")
    s = Scanner(rx)
    assert [m.span() for m in s.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert s.starts(text) is None or all(m.start() in s.starts(text) for m in rx.finditer(text))
