"""Extraction: a release's sentences -> claim drafts -> `Claim` rows.

The pipeline (`extractor.stages`) runs its three stages (`prepare`, `read_sentences`,
`extract_sentences`) and then `to_claims`; the batch runner, the public `extractor.extract_claims`
and the spaCy component all run that same pipeline.
"""
from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractor import lang as languages
from extractor.extract import awards, lists, percentages, quantities, tables, targets
from extractor.extract.draft import Draft
from extractor.extract.matching import Sentence, cue_scanner, list_break, release_cues
from extractor.extract.merge import merge
from extractor.extract.subject import mask_names
from extractor.extract.resolve import resolver
from extractor.extract.rules import rule_id
from extractor.normalize.numbers import Number, to_ascii_digits
from extractor.output.records import Claim, claims_from_values, stable_id
from extractor.speed.scan import ScanGroup, Scanner

#: Units that make a number a percentage rather than a quantity.
PERCENT_UNITS = frozenset({"%", "pp"})


@dataclass(frozen=True, slots=True)
class AwardCues:
    """Where a document can hold awards, found in one search over the whole document so that its
    sentences are not searched for what it never mentions: the starts of known issuers and of
    verbs of receiving ('received', 'ontving', 'ได้รับ')."""

    issuers: list[int]
    verbs: list[int]

    @staticmethod
    def _within(starts: list[int], start: int, end: int) -> bool:
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def issuer_in(self, start: int, end: int) -> bool:
        return self._within(self.issuers, start, end)

    def verb_in(self, start: int, end: int) -> bool:
        return self._within(self.verbs, start, end)


@lru_cache(maxsize=None)
def _document_group(code: str) -> ScanGroup:
    """The lists a whole release is searched for (award and pledge cues, issuers, written numbers,
    month names, relative years), found in one pass over it."""
    from extractor.normalize import dates, numbers

    g, d = numbers._grammar(code), dates._grammar(code)
    cues = [cue_scanner(code, name) for name in ("award_noun", "award_lead", "award_among", "award_verb", "net_zero",
                                                 "carbon_neutral", "list_place")
            if name in languages.get(code).patterns]
    return ScanGroup([*cues, awards.ISSUER_SCAN, g.words, g.fraction, d.month, *([d.relative] if d.relative else []),
                      *_report_year_regexes(code)])


def award_cues(text: str, code: str) -> AwardCues | None:
    """The award cues of a document, or None when it names no issuer, award or list of awards."""
    issuers = [m.start() for m in awards.ISSUER_SCAN.finditer(text)]
    if not issuers and not any(cue_scanner(code, name).search(text) for name in ("award_noun", "award_lead", "award_among", "list_place")
                               if name in languages.get(code).patterns):
        return None
    return AwardCues(issuers, [m.start() for m in cue_scanner(code, "award_verb").finditer(text)])


def extract_sentence(s: Sentence, doc: str, cues: AwardCues | None, pledges: list | None = None) -> list[Draft]:
    """Every claim mention in one sentence (`cues`: see `award_cues`; `pledges`: the sentence's
    net-zero phrases when found for the whole document)."""
    drafts: list[Draft] = []
    previous: Draft | None = None
    for n in s.numbers:
        if n.unit in PERCENT_UNITS:
            draft = targets.value_target(s, n, previous, pledges) or percentages.percentage(s, n, previous)
        elif n.unit is not None:
            draft = quantities.quantity(s, n, previous)
        else:
            continue  # counts of suppliers, patents, partners
        if draft is None:
            continue  # a fact about the company: revenue, assets, tonnes of goods
        if previous is not None and draft.kind != "target":
            _comparative(s, n, draft, previous)
        drafts.append(draft)
        previous = draft
    if pledges is None or pledges:
        drafts += targets.pledge_targets(s, pledges)
    if cues is not None:
        drafts += awards.awards(s, doc, issuers=cues.issuer_in(s.start, s.end), titled=cues.verb_in(s.start, s.end))
    return drafts


@resolver("target.target_year.same_period", "a target without a year of its own, followed by 'over the same "
          "timeframe': the years of the target before it")
def _same_period(s: Sentence, found: list[Draft], earlier: list[Draft]) -> None:
    """A target or pledge without a year of its own, followed by 'over the same timeframe' ('in dezelfde periode',
    'by the same date'), takes the target and base years of the target before it in the release."""
    for i, d in enumerate(found):
        if d.kind != "target" or d.target_year is not None or not s.has("same_period", s.start, s.end):
            continue
        before = next((e for e in reversed(earlier + found[:i]) if e.kind == "target" and e.target_year), None)
        if before is not None:
            d.target_year, d.baseline_year = before.target_year, d.baseline_year or before.baseline_year
            d.rule = rule_id(s.code, "target.same_period")
            d.why["target_year"] = _same_period.id


@resolver("comparative.bracket", "a comparative figure in brackets measures what the figure before it measures, in "
          "the year it names: '68% (2023: 54%)'")
def _comparative(s: Sentence, n: Number, draft: Draft, previous: Draft) -> None:
    """A comparative figure in brackets ("68% (2023: 54%)") measures what the figure before it measures,
    in the year it names, and is no change."""
    year = s.comparative_year(n)
    if year is None or previous.unit != draft.unit:
        return
    draft.period_year, draft.baseline_year, draft.direction = year, None, None
    draft.metric = previous.metric
    draft.why.update(period_year=_comparative.id, metric=_comparative.id)
    for gone in ("baseline_year", "direction"):
        draft.why.pop(gone, None)
    if draft.kind == "percentage" and draft.rule.endswith("percentage.change"):
        draft.rule = rule_id(s.code, "percentage.share")


@lru_cache(maxsize=None)
def _report_year_regexes(code: str) -> tuple[Scanner, ...]:
    return tuple(Scanner(regex.compile(p, regex.I)) for p in languages.get(code).patterns.get("report_year", ()))


@resolver("period_year.report", "a change reported without a year takes the year of the report the release presents: "
          "'the 2022 Sustainability Report'")
def report_year(text: str, code: str) -> int | None:
    """The year of the report a release is about ("the 2022 Sustainability Report"), if any."""
    from extractor.normalize.dates import to_gregorian
    from extractor.normalize.numbers import to_ascii_digits

    lang_data = languages.get(code)
    norm = to_ascii_digits(text)
    for rx in _report_year_regexes(code):
        m = rx.search(norm)
        if m:
            return to_gregorian(int(m.group("year")), lang_data=lang_data)
    return None


@dataclass(slots=True)
class Prepared:
    """A release made ready for its sentences to be read: the text with ASCII digits (cue and metric
    patterns read "ขอบเขตที่ ๑ และ ๒" as scope 1 and 2; every offset is kept), its sentence spans, the
    lists found in the whole text once (award cues and net-zero phrases per language), and the copy
    of the text with the release's own name blanked, where cues are read (`subject.mask_names`)."""

    text: str
    spans: list[tuple[int, int, str]]
    cues: dict[str, AwardCues | None]
    pledges: dict[str, list]
    cue_text: str
    #: the phrases of every cue list, found in `cue_text` (`matching.release_cues`)
    found: dict = field(default_factory=dict)


def prepare(text: str, sentences: Iterable[tuple[int, int, str]], *, subject: str | None = None) -> Prepared:
    """Stage `cues`: the lists a release is searched for, found in one pass over it; the phrases of every cue
    list too (`matching.release_cues`)."""
    text = to_ascii_digits(text)
    spans = list(sentences)
    codes = sorted({code for _, _, code in spans})
    for code in codes:
        _document_group(code).prime(text)
    cue_text = mask_names(text, subject)
    return Prepared(text, spans, {code: award_cues(text, code) for code in codes},
                    {code: targets.pledge_phrases(text, code) for code in codes}, cue_text,
                    release_cues(cue_text, spans))


def read_sentences(prepared: Prepared, reference: dt.date | None = None) -> list[Sentence]:
    """Stage `normalise`: every sentence with its numbers and dates read."""
    return Sentence.read_all(prepared.text, prepared.spans, reference, cue_text=prepared.cue_text, found=prepared.found)


def _new_paragraph(text: str, previous_end: int, start: int) -> bool:
    gap = text[previous_end:start]
    return "\n\n" in gap or "\r\n\r\n" in gap


def _carry_year(s: Sentence, found: list[Draft], paragraph_year: int | None) -> int | None:
    """The year a paragraph's undated figures take, after sentence `s` (its claims `found`): a sentence
    without figures may set it ("Progress in 2023 was encouraging."), an opening year does ("In 2023,
    the company added ..."), the one year of a paragraph's first figures does; undated figures of `s`
    take the year the paragraph had."""
    if not s.figures():
        return _heading_year(s, found) or paragraph_year
    opening = s.opening_year()
    if opening is not None:
        return opening
    if paragraph_year is not None:
        if _takes_paragraph_year(s):
            for d in found:
                if _undated_figure(d):
                    d.period_year = paragraph_year
                    d.why["period_year"] = _takes_paragraph_year.id
        return paragraph_year
    # "heeft zijn uitstoot in 2024 ruim gehalveerd. De uitstoot kwam uit op 21,4 kiloton": the one
    # year of a paragraph's first figures is the year of those that follow
    years = {d.period_year for d in found if d.kind in ("percentage", "quantity")}
    return years.pop() if len(years) == 1 and None not in years else None


def _heading_year(s: Sentence, found: list[Draft]) -> int | None:
    """The year a sentence without figures gives the figures after it ("Progress in 2023 was encouraging.",
    "Highlights of 2024"); not a pledge's year ("wil in 2040 klimaatneutraal produceren": no figure after it
    is of 2040)."""
    year = s.period_year(s.end) or s.heading_year()
    return None if any(d.kind == "target" and d.target_year == year for d in found) else year


@resolver("period_year.paragraph", "an undated figure takes its paragraph's year ('In 2023, the company added ... . "
          "Its emissions fell 4%'), not in a sentence about a span to come or a later year")
def _takes_paragraph_year(s: Sentence) -> bool:
    """Whether the undated figures of `s` take their paragraph's year: not in a sentence about a span to
    come or a later year ("rijdt in 2028 elektrisch")."""
    return not (s.has("period_reset") or s.has("horizon") or any(s.after_release(d) for d in s.dates))


def _undated_figure(d: Draft) -> bool:
    return (d.kind in ("percentage", "quantity") and d.period_year is None and d.target_year is None
            and d.metric != "temperature_limit" and not d.earlier)


def extract_sentences(prepared: Prepared, read: list[Sentence], *, lang: str) -> list[Draft]:
    """Stage `extract`: the merged claim drafts of a release's read sentences. A change reported without
    its year takes the year of the report the release presents, when it names one."""
    drafts: list[Draft] = []
    paragraph_year: int | None = None
    previous_end = 0
    text = prepared.text
    listed, tabled = lists.Lists(drafts, _same_period), tables.Tables()
    for s, (start, end, code) in zip(read, prepared.spans):
        if _new_paragraph(text, previous_end, start):
            paragraph_year = None
        pledges = [p for p in prepared.pledges[code] if start <= p[0][0] and p[0][1] <= end]
        found = tabled.read(s, extract_sentence(s, text, prepared.cues[code], pledges))
        targets.later_conjunct(s, found)
        _same_period(s, found, drafts)
        targets.refers_back(s, found, drafts)
        paragraph_year = _carry_year(s, found, paragraph_year)
        listed.read(s)
        drafts += found
        previous_end = end
    listed.close(None)
    year = report_year(text, lang)
    if year is not None:
        for d in drafts:
            if d.kind in ("percentage", "quantity") and d.direction and d.period_year is None and d.target_year is None:
                d.period_year, d.why["period_year"] = year, report_year.id
    return merge(drafts)


def evidence_text(text: str, draft: Draft, crowded: bool) -> str:
    """The sentence holding a claim; for one of several awards in a sentence, the clause holding it."""
    a, b = draft.sentence
    if not crowded:
        return text[a:b]
    start, end = a, b
    for m in list_break(draft.lang).finditer(text, a, b):
        if m.end() <= draft.start:
            start = m.end()
        elif m.start() >= draft.end:
            end = m.start()
            break
    return text[start:end]


@lru_cache(maxsize=4096)
def _why_json(why: tuple[tuple[str, str], ...]) -> str:
    """The `resolvers` column of a claim: its resolvers by attribute, as JSON (a batch has few combinations)."""
    return json.dumps(dict(why), sort_keys=True, ensure_ascii=False)


def to_claims(drafts: list[Draft], *, doc_id: str, text: str, subject: str | None) -> list[Claim]:
    """Drafts -> contract rows with stable ids."""
    awards_per_sentence = Counter(d.sentence for d in drafts if d.kind == "award")
    rows = []
    for d in drafts:
        crowded = d.kind == "award" and awards_per_sentence[d.sentence] > 1
        claim_id = stable_id(doc_id, d.kind, d.action, d.metric, d.value, d.unit, d.target_year, d.baseline_year,
                             d.period_year, d.direction, d.issuer, d.grade, d.award, d.start)
        rows.append((  # in the order of `CLAIM_FIELDS`
            claim_id, doc_id, d.lang, d.kind, evidence_text(text, d, crowded), d.start, d.end, d.rule, subject,
            d.metric, d.action, d.direction, d.value, d.unit, d.qualifier, d.target_year, d.baseline_year,
            d.period_year, d.award, d.issuer, d.grade, d.streak, d.mentions, text[d.start:d.end], d.ambiguous,
            _why_json(tuple(sorted(d.why.items()))),
            d.period_year_source or ("stated" if d.kind == "award" and d.period_year is not None else None),
            None,  # company_id: known once the batch's companies are linked (`write.fill_by_document`)
        ))
    return claims_from_values(rows)
