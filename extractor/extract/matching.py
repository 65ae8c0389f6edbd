"""Shared machinery of the extractors: sentences with their numbers and dates, cue search, windows.

Every extractor reads a sentence the same way: numbers and dates are found
once (`Sentence.numbers`, `Sentence.dates`), and cue lists from the language's
`patterns.py` are asked for in *windows* around an anchor, answered from the
matches found once per release (`CueIndex`, `extract.cues`). The left window of
a number runs back to the previous number (so "52% ... en 90%" do not share
cues they should not share); the right window stops at the first clause break.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

import regex

from extractor import lang as languages
from extractor.extract import cues
from extractor.lang.base import LanguageData
from extractor.normalize.dates import DateMention, find_dates
from extractor.normalize.numbers import THAI_DIGITS, Number, find_numbers
from extractor.extract import reach
from extractor.speed.scan import Scanner

#: Metrics from most to least specific; a window holding several keywords takes the first.
METRIC_PRIORITY: tuple[str, ...] = (
    "ghg_scope1_2_3", "ghg_scope1_2", "ghg_scope3", "emission_intensity", "energy_intensity",
    "ghg_value_chain", "product_emissions", "solar_capacity", "renewable_share", "air_freight",
    "temperature_limit", "electricity_saving", "power_consumption", "investment", "water", "waste",
    "ghg_total",
)
#: How far right of a figure a year with its period word ('in 2019', 'vorig jaar') may start to be the figure's own.
OWN_YEAR_GAP = 8
#: Characters of distance one step of specificity is worth: a specific keyword a little further
#: away beats a generic one right next to the number ("energy intensity of total energy use rose 18%").
METRIC_RANK_WEIGHT = 15
#: Metrics that say nothing more than "emissions"; a specific one replaces them when merging.
GENERIC_METRICS: frozenset[str | None] = frozenset({None, "ghg_total", "other"})

#: How far before a year the cue that tells what kind of year it is may start ('in the financial year to ').
YEAR_CUE_REACH = 40

#: The longest line read as a heading that dates the lines under it (`Sentence.heading_year`).
HEADING_CHARS = 40

_RE_PUNCT_BREAK = regex.compile(r"[;:!?]\s|,\s|\.\s")
_RE_COLON = regex.compile(r"\s*[:=]\s*")


@lru_cache(maxsize=None)
def _comparative_open(code: str) -> regex.Pattern:
    """What stands before the year of a comparative figure: "(2023: ...", and the language's words for
    the year ("(FY2023: ...", "(ปี 2566: ...")."""
    words = languages.get(code).patterns.get("comparative_year", ())
    return regex.compile(rf"\(\s*(?:{'|'.join(words) or '(?!x)x'})?\s*$")


def _clause_words(code: str) -> tuple[str, ...]:
    """The language's clause words ("and", "en", "และ"): a clause they open has a verb of its own."""
    return tuple(languages.get(code).patterns.get("clause_break", ()))


@lru_cache(maxsize=None)
def _clause_break(code: str) -> regex.Pattern:
    """Where a clause ends: punctuation, a line break, or the language's clause words."""
    return regex.compile("|".join([r"[;:.!?]\s", r",\s", r"\n", *_clause_words(code)]))


@lru_cache(maxsize=None)
def _clause_word(code: str) -> regex.Pattern | None:
    """The clause words alone, without punctuation (None for a language without any)."""
    words = _clause_words(code)
    return regex.compile("|".join(words)) if words else None


def cue_regex(code: str, name: str) -> regex.Pattern:
    """The cue list `name` of a language as one regex (case-insensitive), with the phrases the user of the run
    in progress adds (`cues.user_cues`): for the scans of a whole release."""
    return _cue_regex(code, name, cues.user_entries(code, name))


@lru_cache(maxsize=None)
def _cue_regex(code: str, name: str, extra: tuple) -> regex.Pattern:
    return regex.compile(languages.get(code).pattern(name, extra), regex.I)


@lru_cache(maxsize=None)
def list_break(code: str) -> regex.Pattern:
    """Where a sentence listing several awards is cut into clauses ("..., and received ..."): the language's
    `list_break` patterns as written (no word edges: they end before the next clause's first word)."""
    return regex.compile("|".join(languages.get(code).patterns.get("list_break", ())) or r"(?!x)x")


def cue_scanner(code: str, name: str) -> Scanner:
    """Cue list `name` for scans of a whole text: tried only where one of its words can start."""
    return _cue_scanner(code, name, cues.user_entries(code, name))


@lru_cache(maxsize=None)
def _cue_scanner(code: str, name: str, extra: tuple) -> Scanner:
    return Scanner(_cue_regex(code, name, extra))


@lru_cache(maxsize=None)
def _metric_regex(code: str) -> Scanner:
    """Every metric keyword of a language in one pattern, most specific first; the group name is the metric."""
    ld = languages.get(code)
    words = ld.extra["metric_words"]
    groups = [f"(?P<{metric}>{'|'.join(words[metric])})" for metric in METRIC_PRIORITY if metric in words]
    return Scanner(regex.compile(ld.word("|".join(groups)), regex.I))


_RANK = {metric: rank for rank, metric in enumerate(METRIC_PRIORITY)}


class CueIndex:
    """Where every cue list of a language matches in a run of a release's sentences, in document offsets.

    The phrases of all lists are found in one pass over the run (`cues.CueMatcher`: on the words, or in
    Thai on the characters), by the `cues` stage for a chunk of releases one after the other, and a
    sentence's windows are answered from them by bisect; the few patterns (what a phrase cannot say) are
    searched in the window.

    A window reads its matches as a search of the window alone would: of the matches inside it, the
    leftmost, then the longest, and none overlapping one taken ("by the end of 2030": "by the end of",
    not also "by"; a window ending after "by the" still holds "by").

    >>> index = CueIndex("en", "Emissions fell 9% and costs were cut.", offset=100)
    >>> index.within("decrease", 100, 137), index.any_within("decrease", 115, 130)
    ([(110, 114), (133, 136)], False)
    """

    __slots__ = ("code", "text", "lo", "hi", "offset", "matcher", "_phrases", "_spans")

    def __init__(self, code: str, text: str, lo: int = 0, hi: int | None = None, *, offset: int = 0) -> None:
        #: `text[lo:hi]` is searched; document offsets are offsets into `text` plus `offset`
        self.code, self.text, self.lo, self.offset = code, text, lo, offset
        self.hi = len(text) if hi is None else hi
        #: the language's matcher, with the user's cues of the run in progress (`cues.user_cues`)
        self.matcher = cues.matcher(code)
        self._phrases: cues.Matches | None = None
        self._spans: dict[str, tuple[list[int], list[int]]] = {}

    def find_phrases(self) -> CueIndex:
        """Find the phrases of every list now (else at the first question)."""
        if self._phrases is None:
            self._phrases = self.matcher.match(self.text[self.lo:self.hi])
        return self

    def spans(self, name: str) -> tuple[list[int], list[int]]:
        """Starts and ends (document offsets) of every phrase match of cue list `name`, by start, then longest
        first."""
        found = self._spans.get(name)
        if found is None:
            languages.get(self.code).patterns.get(name)  # an undeclared name raises
            if self._phrases is None:
                self.find_phrases()
            shift = self.lo + self.offset
            matches = self._phrases.get(name, ())
            found = self._spans[name] = ([a + shift for a, _ in matches], [b + shift for _, b in matches])
        return found

    def within(self, name: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans of `name` between `lo` and `hi`: leftmost first, then longest, none overlapping another.

        A list's patterns are searched in the window as a text of its own, as they always were ("ตั้งเป้า\\w*"
        runs to the window's end)."""
        starts, ends = self.spans(name)
        candidates = [(starts[i], ends[i]) for i in range(bisect_left(starts, lo), bisect_left(starts, hi))
                      if ends[i] <= hi]
        scanner = self.matcher.patterns.get(name)
        if scanner is not None:
            off = self.offset
            candidates += [(m.start() + lo, m.end() + lo) for m in scanner.finditer_cut(self.text, lo - off, hi - off)]
            candidates.sort(key=_by_start_longest)
        out: list[tuple[int, int]] = []
        taken = lo
        for start, end in candidates:
            if start >= taken:
                out.append((start, end))
                taken = end
        return out

    def any_within(self, name: str, lo: int, hi: int) -> bool:
        """Whether a span of `name` lies between `lo` and `hi`."""
        starts, ends = self.spans(name)
        if any(ends[i] <= hi for i in range(bisect_left(starts, lo), bisect_left(starts, hi))):
            return True
        scanner = self.matcher.patterns.get(name)
        return scanner is not None and scanner.search(self.text, lo - self.offset, hi - self.offset) is not None

    def ends_before(self, name: str, pos: int, reach: int) -> bool:
        """Whether a match of `name` ends right before `pos` (spaces between) and starts at most `reach` before it."""
        starts, ends = self.spans(name)
        text, off = self.text, self.offset
        if any(ends[i] <= pos and not text[ends[i] - off:pos - off].strip()
               for i in range(bisect_left(starts, pos - reach), bisect_left(starts, pos))):
            return True
        at_end = self.matcher.at_end.get(name)
        return at_end is not None and at_end.search(text[max(0, pos - off - reach):pos - off]) is not None


def release_cues(text: str, spans: list[tuple[int, int, str]]) -> dict[tuple[str, int, int], CueIndex]:
    """Stage `cues`: the cue index of every run of sentences in one language of a release (`text`: where
    cues are read, the release's own name blanked), its phrases found now; `Sentence.read_all` hands each
    to the sentences of its run."""
    found = {}
    for code, same_language in groupby(spans, key=lambda span: span[2]):
        run = list(same_language)
        found[code, run[0][0], run[-1][1]] = CueIndex(code, text, run[0][0], run[-1][1]).find_phrases()
    return found


def _by_start_longest(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


class _Cursor:
    """Mentions in the order of their start, handed out to the sentences that hold them, one after the other."""

    def __init__(self, items: list) -> None:
        self.items, self.i = items, 0

    def take(self, start: int, end: int) -> list:
        """The mentions that start and end between `start` and `end` (sentences come in order)."""
        items, i = self.items, self.i
        while i < len(items) and items[i].start < start:
            i += 1
        mine = []
        while i < len(items) and items[i].start < end:
            if items[i].end <= end:
                mine.append(items[i])
            i += 1
        self.i = i
        return mine


@dataclass
class Sentence:
    """A sentence of a document, with everything found in it. Offsets are into the document."""

    start: int
    end: int
    text: str
    lang_data: LanguageData
    numbers: list[Number] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    #: The release's date, when known: what "later" and relative dates are measured against.
    reference: dt.date | None = None
    #: The text its cue lists and metric keywords are read in: `text` with the release's own name
    #: blanked (`subject.mask_names`: "Van Dalen" holds no "dalen"); `text` itself when it has none.
    cue_text: str = ""
    _cues: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cue_text = self.cue_text or self.text

    def cue_before(self, d: DateMention, cue: str) -> bool:
        """Whether cue list `cue` ends right before date `d` ('tegen 2030', 'In 2023'); memoised."""
        return self.cue_index().ends_before(cue, d.start, YEAR_CUE_REACH)

    @classmethod
    def read_all(cls, doc_text: str, spans: list[tuple[int, int, str]],
                 reference: dt.date | None = None, cue_text: str | None = None,
                 found: dict[tuple[str, int, int], CueIndex] | None = None) -> list[Sentence]:
        """Every sentence of a document. Numbers and dates are found in one pass over each run of
        sentences in the same language, then handed to the sentences that hold them. `cue_text`: the
        document with its own name blanked, where cues are read (see `Sentence.cue_text`); `found`: the
        cues found in it already (`release_cues`)."""
        sentences: list[Sentence] = []
        for code, same_language in groupby(spans, key=lambda span: span[2]):
            run = list(same_language)
            lang_data = languages.get(code)
            lo, hi = run[0][0], run[-1][1]
            numbers = _Cursor(find_numbers(doc_text, lang_data, pos=lo, endpos=hi))
            dates = _Cursor(find_dates(doc_text, lang_data, reference=reference, pos=lo, endpos=hi))
            index = (found or {}).get((code, lo, hi)) or CueIndex(code, doc_text if cue_text is None else cue_text, lo, hi)
            for start, end, _code in run:
                text = doc_text[start:end]
                cues_in = text if cue_text is None or cue_text is doc_text else cue_text[start:end]
                # a sentence without the name reads its cues in `text` itself: the scanners keep what they
                # find in a text by identity, so what both readings look for is found once
                sentence = cls(start, end, text, lang_data, numbers.take(start, end), dates.take(start, end),
                               reference, text if cues_in == text else cues_in)
                sentence._cues["index"] = index
                sentences.append(sentence)
        return sentences

    def figures(self) -> list[Number]:
        """The sentence's numbers that are not part of a date written out ("UTRECHT, 11 februari 2025 –
        ... heeft in 2024 ...": the 11 is a day, and the sentence holds no figure)."""
        return [n for n in self.numbers if not any(d.start <= n.start and n.end <= d.end for d in self.dates)]

    @property
    def code(self) -> str:
        return self.lang_data.code

    def find(self, name: str, lo: int | None = None, hi: int | None = None) -> list[tuple[int, int]]:
        """Spans (document offsets) of cue list `name` that lie between `lo` and `hi`, from the sentence's
        index (`CueIndex`): the list is matched once in the whole sentence, and windows are answered by bisect."""
        lo = self.start if lo is None else max(lo, self.start)
        hi = self.end if hi is None else min(hi, self.end)
        return self.cue_index().within(name, lo, hi) if hi > lo else []

    def has(self, name: str, lo: int | None = None, hi: int | None = None) -> bool:
        """Whether a span of cue list `name` lies between `lo` and `hi`."""
        lo = self.start if lo is None else max(lo, self.start)
        hi = self.end if hi is None else min(hi, self.end)
        return hi > lo and self.cue_index().any_within(name, lo, hi)

    def cue_index(self) -> CueIndex:
        """Where the cue lists match: the index of the sentence's run of the release (`read_all`), else of the
        sentence alone (made at the first question)."""
        index = self._cues.get("index")
        if index is None:
            index = self._cues["index"] = CueIndex(self.code, self.cue_text, offset=self.start)
        return index

    def left_window(self, anchor: int, *, stop_at_numbers: bool = True, past_counts: bool = False) -> int:
        """Start of the window left of `anchor`: the previous number's end, else the sentence start.
        `past_counts`: only a number with a unit ends it, not a count ("solar panels on 620 branches, 48 MW")."""
        lo = self.start
        if stop_at_numbers:
            for n in self.numbers:
                if n.end <= anchor and (n.unit is not None or not past_counts):
                    lo = max(lo, n.end)
        return lo

    def right_window(self, anchor: int, *, limit: str = "clause_right", break_at_anchor: bool = False) -> int:
        """End of the clause right of `anchor`: a clause break, the next number, or the reach `limit`
        (`extract.reach`: words, or Thai characters).

        A break right at `anchor` ("5.12 million tonnes, a decrease of 3.5%") ends nothing unless
        `break_at_anchor`: what follows still tells the figure's direction, not always its metric."""
        hi = reach.right(self, anchor, limit)
        for n in self.numbers:
            if n.start >= anchor:
                hi = min(hi, n.start)
                break
        breaks = _clause_break(self.code)
        m = breaks.search(self.text, anchor - self.start, hi - self.start)
        if m and m.start() == anchor - self.start and not break_at_anchor:
            m = breaks.search(self.text, m.start() + 1, hi - self.start)  # the next break still ends the clause
        if m:
            hi = m.start() + self.start
        return hi

    def before_clause_word(self, lo: int, hi: int) -> int:
        """Where the first clause word between `lo` and `hi` starts (`hi` when there is none): a window
        stretched past a comma stops at the next clause ("ร้อยละ 31 ของพลังงานทั้งหมด และลดการใช้น้ำ")."""
        words = _clause_word(self.code)
        m = words.search(self.text, lo - self.start, hi - self.start) if words is not None and hi > lo else None
        return hi if m is None else m.start() + self.start

    def clause_start(self, anchor: int, lo: int, *, words: bool = False) -> int:
        """Start of the clause holding `anchor` (after the last comma or semicolon; `words`: or clause word,
        "และ", "and"), no further left than `lo`."""
        start = lo
        breaks = _clause_break(self.code) if words else _RE_PUNCT_BREAK
        for m in breaks.finditer(self.text, lo - self.start, anchor - self.start):
            start = m.end() + self.start
        return start

    def metric(self, lo: int, hi: int, *, anchor: int, reach_right: str | None = "metric_right",
               allowed: frozenset[str] | None = None) -> str | None:
        """The metric keyword between `lo` and `hi` that is nearest to `anchor`, weighing specificity.

        Each keyword scores its distance from the anchor plus `METRIC_RANK_WEIGHT` per step down
        `METRIC_PRIORITY`; the lowest score wins. Right of the anchor only the first few words count:
        further on, a keyword usually belongs to the next clause ("kWh te besparen door ... fotovoltaïsche").
        Left of it, a keyword of an earlier clause (before a comma, or before a clause word when one stands
        between the two) counts only when the anchor's own clause holds none before the anchor ("... from rooftop solar, and water intensity fell 18.5%": water); and when it
        holds one, a keyword past a date written after the anchor belongs to what follows ("ลดการใช้ไฟฟ้า
        ... ลง 12.4% เมื่อเทียบกับปี 2565 ติดตั้งแผงโซลาร์เซลล์": power consumption, not solar).
        """
        lo, hi = max(lo, reach.left(self, anchor, "metric_left")), min(hi, self.end)
        if reach_right is not None:
            hi = min(hi, reach.right(self, anchor, reach_right))
        if hi <= lo:
            return None
        scored = self._scored_metrics(lo, hi, anchor, allowed)
        if len(scored) > 1:  # which clause a keyword stands in matters only between several
            scored = self._in_own_clause(scored, lo, hi, anchor)
        return min(scored, key=lambda item: item[0])[1] if scored else None  # the first of equals

    def _scored_metrics(self, lo: int, hi: int, anchor: int, allowed: frozenset[str] | None
                        ) -> list[tuple[int, str, int, int]]:
        """(score, metric, start, end) of every metric keyword between `lo` and `hi` (see `metric`)."""
        scored: list[tuple[int, str, int, int]] = []
        # a keyword of several words runs past a window that ends between words, at a clause word inside it
        # ("uit eigen zonneparken| en windturbines"); one cut inside a word ("emis|sions") is no keyword
        between_words = hi < self.end and self.text[hi - self.start].isspace()
        for start, end, metric in self._metric_words():
            if start < lo or (end > hi and not (between_words and start < hi)) \
                    or (allowed is not None and metric not in allowed):
                continue
            distance = anchor - end if end <= anchor else max(0, start - anchor)
            scored.append((distance + METRIC_RANK_WEIGHT * _RANK[metric], metric, start, end))
        return scored

    def _in_own_clause(self, scored: list[tuple[int, str, int, int]], lo: int, hi: int, anchor: int
                       ) -> list[tuple[int, str, int, int]]:
        """The keywords of the anchor's own clause when it holds one before the anchor: the clause after the
        last clause word ("และตั้งเป้าใช้บรรจุภัณฑ์ที่รีไซเคิลได้"), else after the last comma (a clause word may
        join two nouns: "การใช้ไฟฟ้าในสำนักงานและสาขา"); and of those, none past a date written after the anchor."""
        for own in (self.clause_start(anchor, lo, words=True), self.clause_start(anchor, lo)):
            if any(own < end <= anchor for *_, end in scored):
                past_date = next((d.end for d in self.dates if d.start >= anchor), hi)
                return [item for item in scored if own < item[3] and item[2] < past_date]
        return scored

    def names_metric(self, metrics: frozenset[str] | None, lo: int, hi: int | None = None) -> bool:
        """Whether a keyword of one of `metrics` (None: any) stands after `lo` (and ends before `hi`): a cheap
        test before a search."""
        return any(start >= lo and (hi is None or end <= hi) and (metrics is None or metric in metrics)
                   for start, end, metric in self._metric_words())

    def unit_gas_end(self, pos: int) -> int:
        """Where a gas written right after a figure's unit ends ("6,850 tonnes CO2e, a reduction of 38%"): the
        unit's tail, which names nothing of the figure after it. `pos` itself when none stands there."""
        for start, end, metric in self._metric_words():
            if start >= pos and metric in GENERIC_METRICS and not self.text[pos - self.start:start - self.start].strip():
                return end
        return pos

    def metric_words(self) -> list[tuple[int, int, str]]:
        """Every metric keyword of the sentence: (start, end, metric), document offsets."""
        return self._metric_words()

    def _metric_words(self) -> list[tuple[int, int, str]]:
        """Every metric keyword of the sentence (document offsets), overlapping ones included; found once.

        A keyword counts in a window when the whole word lies inside it: one cut by the window's
        edge ("emis|sions") is not that keyword.
        """
        if "metric" not in self._cues:
            self._cues["metric"] = [(m.start() + self.start, m.end() + self.start, m.lastgroup)
                                    for m in _metric_regex(self.code).overlapped(self.cue_text) if m.lastgroup]
        return self._cues["metric"]

    def nearest(self, name: str, lo: int, hi: int, *, anchor: int) -> tuple[int, int] | None:
        spans = self.find(name, lo, hi)
        if not spans:
            return None
        return min(spans, key=lambda s: min(abs(s[0] - anchor), abs(s[1] - anchor)))

    def direction(self, lo: int, hi: int, *, anchor: int) -> str | None:
        """'decrease' or 'increase', from the cue nearest to `anchor`."""
        best: tuple[int, str] | None = None
        for name in ("decrease", "increase"):
            span = self.nearest(name, lo, hi, anchor=anchor)
            if span is not None:
                dist = min(abs(span[0] - anchor), abs(span[1] - anchor))
                if best is None or dist < best[0]:
                    best = (dist, name)
        return None if best is None else best[1]

    def year_after_cue(self, cue: str, lo: int, hi: int, *, last: bool = False) -> DateMention | None:
        """The first (or `last`) date between `lo` and `hi` written right after cue list `cue` ('tegen 2030')."""
        found = None
        for d in self.dates:
            if lo <= d.start and d.end <= hi:
                if self.cue_before(d, cue):
                    if not last:
                        return d
                    found = d
        return found

    def period_year(self, anchor: int, *, right_until: int | None = None, own_end: int | None = None) -> int | None:
        """The year a reported figure refers to: 'In 2023 ...', 'ในปี 2566 ...', or a full date before it.

        A reset phrase ('in de afgelopen twee jaar') between the year and the
        anchor cancels it; target and base years never count. A year written right after the figure
        (which ends at `own_end`) is its own and comes first: "daalde van 410.000 ton in 2019 naar
        215.000 ton vorig jaar" gives the second figure last year, not 2019.
        """
        if not self.dates:
            return None
        found = (self.own_year(own_end) if own_end is not None else None) or self.year_before(anchor) \
            or (self.year_after(anchor, right_until) if right_until is not None else None)
        return None if found is None else found.year

    def own_year(self, own_end: int) -> DateMention | None:
        """A year written right after a figure that ends at `own_end`: "410.000 ton in 2019", "215.000 ton vorig
        jaar", "3.1 Mt CO2e last year"; not "15.6% จากปีก่อนหน้า" (than the year before), nor the year of a
        comparative figure after it ("68 (ปี 2566: ร้อยละ 54)")."""
        for d in self.dates:
            if not own_end <= d.start <= own_end + OWN_YEAR_GAP or self.not_a_period(d) \
                    or _RE_COLON.match(self.text, d.end - self.start):
                continue
            gap = self.text[own_end - self.start:d.start - self.start]
            if _RE_GAS_GAP.fullmatch(gap) if d.relative else self.cue_before(d, "period"):
                return d
        return None

    def year_before(self, anchor: int) -> DateMention | None:
        """The last year before `anchor` written as a period ("In 2023 ...") or relative ("vorig jaar"), after
        the last phrase that resets it ("in de afgelopen twee jaar")."""
        last_reset = max((e for _, e in self.find("period_reset", self.start, anchor)), default=self.start)
        best = None
        for d in self.dates:
            if last_reset <= d.start and d.end <= anchor and not self.not_a_period(d) \
                    and (d.relative or self.cue_before(d, "period")):
                best = d
        return best

    def year_after(self, anchor: int, right_until: int) -> DateMention | None:
        """The first year after `anchor`, up to `right_until`, written as a period ("fell 9% in 2024")."""
        return next((d for d in self.dates if anchor <= d.start and d.end <= right_until and not self.not_a_period(d)
                     and self.cue_before(d, "period")), None)

    def heading_year(self) -> int | None:
        """The one year of a short heading line ("Highlights of 2024", "Kerncijfers 2024"), which dates the
        figures under it; not a year to come, a target's or a base year."""
        text = self.text.strip()
        if len(text) > HEADING_CHARS or text[-1:] in ".!?;," or len(self.dates) != 1:
            return None
        d = self.dates[0]
        return None if d.grain != "year" or d.relative or self.not_a_period(d) else d.year

    def comparative_year(self, n: Number) -> int | None:
        """The year of a comparative figure written in brackets after the current one, as annual reports
        do: "68% (2023: 54%)", "3,8 miljard euro (2023: 2,0 miljard euro)"."""
        if not any(c in ":=" for c in self.text[max(0, n.start - self.start - 2):n.start - self.start]):
            return None
        for d in self.dates:
            if d.end > n.start:
                break
            if d.grain == "year" and _RE_COLON.fullmatch(self.text, d.end - self.start, n.start - self.start) \
                    and _comparative_open(self.code).search(self.text, max(0, d.start - self.start - 12), d.start - self.start):
                return d.year
        return None

    def opening_year(self) -> int | None:
        """The year a sentence opens with ('In 2023, ...', 'ในปี 2566 ...'), which frames what follows."""
        for d in self.dates:
            if d.start - self.start > 20:
                break
            if self.cue_before(d, "period") and not self.not_a_period(d):  # not "Acme wil in 2030 ..."
                return d.year
        return None

    def _is_target_or_base(self, d: DateMention) -> bool:
        return self.cue_before(d, "target_year") or self.cue_before(d, "baseline")

    def not_a_period(self, d: DateMention) -> bool:
        """A target or base year, or a year after the release's: a reported figure's year has passed
        ("verlaagt uitstoot met een kwart en mikt op netto nul in 2050")."""
        return self._is_target_or_base(d) or self.after_release(d)

    def after_release(self, d: DateMention) -> bool:
        """Whether `d` names a year after the release's (a year to come; never, when the release has no date)."""
        return self.reference is not None and d.year > self.reference.year


_RE_DIGITS = regex.compile(r"\d+")
#: What may stand between an amount and the relative year it belongs to: nothing, or its gas ("3.1 Mt CO2e last year").
_RE_GAS_GAP = regex.compile(r"\s*(?:CO[2₂](?:[\s-]?(?:e|eq|equivalent)\b\.?)?\s*)?", regex.I)


def numeral(word: str, *, lang_data: LanguageData) -> int | None:
    """An ordinal or small cardinal ('third', 'derde', 'สาม', '3', '3rd') as an int."""
    word = word.strip().lower()
    digits = _RE_DIGITS.match(word.translate(THAI_DIGITS))
    if digits:
        return int(digits.group())
    return lang_data.extra["ordinals"].get(word)
