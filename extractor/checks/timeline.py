"""Checks of a company's releases over time: `target_changed` follows its targets (a pledge moved to
another year, a target of the same year given another value), `streak_inconsistent` tests "third year
running" against the grades its other releases report for those scoring years (stated, or inferred
from the issuer's calendar)."""
from __future__ import annotations

from collections import defaultdict

from extractor.checks.stories import (_PLEDGES, _date, _family, _fmt, _stories, representatives, same_company,
                                      subject_groups)
from extractor.output.records import Claim, Document, Finding, make_finding


def target_changed(documents: list[Document], claims_of: dict[str, list[Claim]], story_of: dict[str, str]) -> list[Finding]:
    """A subject's target restated later with another year (pledges) or value (same year)."""
    found = []
    copies = {d.doc_id for story in _stories(documents).values() for d in story} - {
        d.doc_id for story in _stories(documents).values() for d in representatives(story, claims_of)}
    dated_all = [d for d in documents if d.status == "ok" and _date(d) is not None and d.doc_id not in copies]
    for group in subject_groups(dated_all):
        found += _targets_changed_within(sorted(group, key=lambda d: (_date(d), d.doc_id)), claims_of, story_of)
    return found


def _targets_changed_within(dated: list[Document], claims_of: dict[str, list[Claim]],
                            story_of: dict[str, str]) -> list[Finding]:
    """The changed targets of one company's releases, `dated` in order: each target set against the targets of
    the same kind (action and family of metric, `_bucket`) of its earlier releases, not all their claims, so
    that a company of many releases costs about what its targets do."""
    found = []
    earlier: dict[tuple, list[tuple[Document, Claim]]] = defaultdict(list)
    published = {d.doc_id: d.published for d in dated}
    for later in dated:
        targets = [c for c in claims_of.get(later.doc_id, []) if c.kind == "target" and c.target_year is not None]
        for new in targets:
            before = [old for d, old in earlier.get(_bucket(new), ()) if _before(d, later, story_of)]
            old_claims = [old for old in before if _moved(old, new)]
            if old_claims and not any(_same_target(old, new) for old in before):
                first = old_claims[0]
                found.append(make_finding(
                    "target_changed", "warning", [*old_claims, new],
                    f"{later.subject}: {new.action} target for {new.metric} was {_fmt(first)} in {first.doc_id} "
                    f"({published.get(first.doc_id)}) and is {_fmt(new)} in {later.doc_id} ({later.published}); "
                    "check whether the target moved."))
        for c in targets:
            earlier[_bucket(c)].append((later, c))
    return found


def _bucket(c: Claim) -> tuple:
    """What a target is compared by: its action and the family of its metric (`_moved`, `_same_target`)."""
    return c.action, _family(c.metric)


def _before(d: Document, later: Document, story_of: dict[str, str]) -> bool:
    """Whether `d` is an earlier release of `later`'s company, not a version of the same story."""
    return story_of.get(d.doc_id) != story_of.get(later.doc_id) and same_company(d, later) and _date(d) < _date(later)


def _moved(old: Claim, new: Claim) -> bool:
    """Whether `new` states `old`'s target moved: a pledge (net zero) to another year, a target of the same
    metric and year to another value."""
    if old.kind != "target" or old.action != new.action or old.target_year is None:
        return False
    if new.action in _PLEDGES:
        return _family(old.metric) == _family(new.metric) and old.target_year != new.target_year
    return old.metric == new.metric and old.target_year == new.target_year \
        and old.value is not None and new.value is not None and old.value != new.value


def _same_target(a: Claim, b: Claim) -> bool:
    return a.kind == b.kind == "target" and (a.action, a.value, a.target_year) == (b.action, b.value, b.target_year) \
        and _family(a.metric) == _family(b.metric)


def scoring_year(c: Claim, doc: Document | None) -> tuple[int | None, bool]:
    """The year an award is for, and whether the release states it: its `period_year`, else inferred
    from its issuer's calendar and the release's publication date (`awards.scoring_year`)."""
    from extractor.extract.awards import scoring_year as inferred

    if c.period_year is not None:  # read at extraction: stated, or inferred there from the calendar
        return c.period_year, c.period_year_source != "inferred"
    published = _date(doc) if doc is not None else None
    return (inferred(c.issuer, published) if published else None), False


def streak_inconsistent(documents: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    """'Nth year running' that a company's other releases contradict with another grade in one of those
    scoring years ("third consecutive year" in January 2025 covers the CDP cycles 2022-2024)."""
    found = []
    by_id = {d.doc_id: d for d in documents}
    awards = [c for cs in claims_of.values() for c in cs if _graded(c) and c.doc_id in by_id]
    year_of, by_year = _by_scoring_year(awards, by_id)
    for claim in awards:
        doc = by_id[claim.doc_id]
        last, stated = year_of[claim.claim_id]
        if not claim.streak or last is None:
            continue
        years = range(last - claim.streak + 1, last + 1)
        others = [o for year in years for o in by_year[(claim.issuer, year)]]
        conflicts = _streak_conflicts(claim, doc, others, by_id, year_of)
        if conflicts:
            found.append(make_finding(
                "streak_inconsistent", "warning", [claim, *(o for o, _ in conflicts)],
                f"{claim.doc_id} ({doc.published}) claims a {claim.issuer} {claim.grade} for {claim.streak} years "
                f"running, the scoring years {years[0]}-{years[-1]} ({'stated' if stated else 'inferred'}), but "
                + "; ".join(text for _, text in conflicts) + "; check the streak.", about=claim))
    return found


def _by_scoring_year(awards: list[Claim], by_id: dict[str, Document]
                     ) -> tuple[dict[str, tuple[int | None, bool]], dict[tuple[str, int], list[Claim]]]:
    """Each award's scoring year (and whether stated) by claim id, and the awards by (issuer, year)."""
    year_of = {c.claim_id: scoring_year(c, by_id[c.doc_id]) for c in awards}
    by_year: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in awards:
        if year_of[c.claim_id][0] is not None:
            by_year[(c.issuer, year_of[c.claim_id][0])].append(c)
    return year_of, by_year


#: A streak finding names at most this many contradicting releases (the first of its years).
STREAK_NAMED = 5


def _graded(c: Claim) -> bool:
    return c.kind == "award" and bool(c.issuer) and bool(c.grade)


def _streak_conflicts(claim: Claim, doc: Document, others: list[Claim], by_id: dict[str, Document],
                      year_of: dict[str, tuple[int | None, bool]]) -> list[tuple[Claim, str]]:
    """Of the awards for the streak's years (`others`), the grades of the company's other releases (not
    versions of the same story) that are not the streak's grade, each with what to say about it."""
    conflicts = []
    for other in others:
        odoc = by_id[other.doc_id]
        if other.doc_id == claim.doc_id or other.grade == claim.grade or not same_company(odoc, doc) \
                or (doc.story_id and doc.story_id == odoc.story_id):
            continue
        year, other_stated = year_of[other.claim_id]
        how = "stated" if other_stated else f"inferred from its publication on {odoc.published}"
        conflicts.append((other, f"{other.doc_id} reports {other.issuer} {other.grade} for {year} ({how})"))
        if len(conflicts) == STREAK_NAMED:
            break
    return conflicts
