"""Stories and the checks that compare documents.

A *story* is one release in several languages: the same subject, published
within a few days, sharing normalised facts. Inside a story,
`translation_mismatch` compares the language versions claim by claim. Across
stories, `target_changed` follows a subject's targets over time and
`streak_inconsistent` tests "third year running" against the grades other
releases report for those years.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from extractor.records import Claim, Document, Finding, make_finding, stable_id

#: Versions of one release are published at most this many days apart.
STORY_DAYS = 3
#: Share of the smaller version's facts the two must have in common.
STORY_OVERLAP = 0.5
_GENERIC_WORDS = {"group", "groep", "corporation", "company", "holdings", "limited", "public", "the", "co", "nv", "plc",
                  "inc", "ltd", "bv", "ag", "sa"}
_PLEDGES = ("net_zero", "carbon_neutral")


def _date(doc: Document) -> dt.date | None:
    return _parse_published(doc.published) if doc.published else None


@lru_cache(maxsize=4096)
def _parse_published(published: str) -> dt.date:
    """'2024-05-06' (or '2024-05', '2024') as a date; the checks compare every pair of a subject's releases."""
    parts = [int(p) for p in published.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@lru_cache(maxsize=4096)
def _subject_key(subject: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", (subject or "").lower()) if w not in _GENERIC_WORDS)


def same_subject(a: str | None, b: str | None) -> bool:
    """Subjects agree when one name's distinctive words hold the other's ('ZTE Corporation' ~ 'ZTE',
    'Siam Green Cement' ~ 'Siam'); 'Siam Green Cement' and 'Siam Sustainable Packaging' differ."""
    ka, kb = _subject_key(a), _subject_key(b)
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def facts(claims: Iterable[Claim]) -> set[tuple]:
    """Normalised facts of a document, comparable across languages."""
    out = set()
    for c in claims:
        if c.kind == "award":
            out.add(("award", c.issuer, c.grade))
        elif c.kind == "target":
            out.add(("target", c.action, c.value, c.target_year))
        else:
            out.add((c.kind, c.value, c.unit))
    return out


def group_stories(documents: list[Document], claims_of: dict[str, list[Claim]]) -> dict[str, str]:
    """doc_id -> story_id for every ok document (a release alone is a story of one)."""
    docs = [d for d in documents if d.status == "ok"]
    if len(docs) == 1:  # most subjects of a batch have one release: nothing to compare
        return {docs[0].doc_id: story_id([docs[0].doc_id])}
    parent = {d.doc_id: d.doc_id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    fact_sets = {d.doc_id: facts(claims_of.get(d.doc_id, [])) for d in docs}
    # Only documents that share a subject word can be one story: compare within those buckets.
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for word in _subject_key(d.subject):
            buckets[word].append(i)
    pairs = sorted({(i, j) for members in buckets.values() for n, i in enumerate(members) for j in members[n + 1:]})
    for i, j in pairs:
        a, b = docs[i], docs[j]
        if a.lang == b.lang or not same_subject(a.subject, b.subject):
            continue
        da, db = _date(a), _date(b)
        if da is not None and db is not None and abs((da - db).days) > STORY_DAYS:
            continue
        fa, fb = fact_sets[a.doc_id], fact_sets[b.doc_id]
        if not fa or not fb:
            continue
        overlap = len(fa & fb) / min(len(fa), len(fb))
        needed = STORY_OVERLAP if da is not None and db is not None else 0.7
        if overlap >= needed:
            parent[find(a.doc_id)] = find(b.doc_id)
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[find(d.doc_id)].append(d.doc_id)
    return {doc_id: story_id(group) for group in members.values() for doc_id in group}


def story_id(doc_ids: list[str]) -> str:
    """A story's id: its releases', whatever their order."""
    return stable_id("story", *sorted(doc_ids), length=12)


def _fmt(c: Claim) -> str:
    if c.kind == "target":
        what = f"{c.value:g}{c.unit or ''} " if c.value is not None else ""
        return f"{what}by {c.target_year}" if c.target_year else f"{what}(no year)"
    return f"{c.value:g} {c.unit or ''}".strip() if c.value is not None else str(c.grade or c.award)


def _slot(c: Claim) -> tuple | None:
    """What a claim is about, without its value: claims in the same slot must agree across translations."""
    if c.kind == "target":
        return ("target", c.action, c.metric) if c.metric not in ("other",) else None
    if c.kind in ("percentage", "quantity") and c.metric not in (None, "other", "ranking"):
        return (c.kind, c.metric, c.direction, c.unit, c.period_year)
    return None


def translation_mismatch(story: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    """Claims that one language version states with another value or year than another version."""
    found = []
    for i, a in enumerate(story):
        for b in story[i + 1:]:
            slots_a, slots_b = defaultdict(list), defaultdict(list)
            for c in claims_of.get(a.doc_id, []):
                if (s := _slot(c)) is not None:
                    slots_a[s].append(c)
            for c in claims_of.get(b.doc_id, []):
                if (s := _slot(c)) is not None:
                    slots_b[s].append(c)
            values_b = {(c.kind, c.value, c.unit, c.target_year) for cs in slots_b.values() for c in cs}
            values_a = {(c.kind, c.value, c.unit, c.target_year) for cs in slots_a.values() for c in cs}
            for slot in sorted(set(slots_a) & set(slots_b), key=repr):
                ca, cb = slots_a[slot], slots_b[slot]
                if len(ca) != 1 or len(cb) != 1:
                    continue  # several claims in one slot: no safe alignment
                x, y = ca[0], cb[0]
                if (x.value, x.target_year) == (y.value, y.target_year):
                    continue
                if (x.kind, x.value, x.unit, x.target_year) in values_b or (y.kind, y.value, y.unit, y.target_year) in values_a:
                    continue  # the value is there, under another reading: not a disagreement
                what = f"{x.kind} {x.metric}" + (f" ({x.action})" if x.action else "")
                found.append(make_finding(
                    "translation_mismatch", "warning", [x, y],
                    f"The {what} reads {_fmt(x)} in {x.doc_id} ({x.lang}) but {_fmt(y)} in {y.doc_id} ({y.lang}); "
                    "check which version is right."))
    return found


def _family(metric: str | None) -> str:
    return "ghg" if metric in (None, "ghg_total", "ghg_value_chain") else str(metric)


def subject_groups(documents: list[Document]) -> list[list[Document]]:
    """Documents grouped by subject (names sharing a distinctive word are one subject)."""
    parent = list(range(len(documents)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    with_word: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(documents):
        for word in _subject_key(d.subject):
            with_word[word].append(i)
    for members in with_word.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if find(i) != find(j) and same_subject(documents[i].subject, documents[j].subject):
                    parent[find(i)] = find(j)
    groups: dict[int, list[Document]] = defaultdict(list)
    for i, d in enumerate(documents):
        if _subject_key(d.subject):
            groups[find(i)].append(d)
    return list(groups.values())


def target_changed(documents: list[Document], claims_of: dict[str, list[Claim]], story_of: dict[str, str]) -> list[Finding]:
    """A subject's target restated later with another year (pledges) or value (same year)."""
    found = []
    dated_all = [d for d in documents if d.status == "ok" and _date(d) is not None]
    for group in subject_groups(dated_all):
        found += _targets_changed_within(sorted(group, key=lambda d: (_date(d), d.doc_id)), claims_of, story_of)
    return found


def _targets_changed_within(dated: list[Document], claims_of: dict[str, list[Claim]],
                            story_of: dict[str, str]) -> list[Finding]:
    found = []
    for i, later in enumerate(dated):
        earlier_docs = [d for d in dated[:i] if story_of.get(d.doc_id) != story_of.get(later.doc_id)
                        and same_subject(d.subject, later.subject) and _date(d) < _date(later)]
        if not earlier_docs:
            continue
        for new in claims_of.get(later.doc_id, []):
            if new.kind != "target" or new.target_year is None:
                continue
            old_claims = []
            for d in earlier_docs:
                for old in claims_of.get(d.doc_id, []):
                    if old.kind != "target" or old.action != new.action or old.target_year is None:
                        continue
                    if new.action in _PLEDGES and _family(old.metric) == _family(new.metric) \
                            and old.target_year != new.target_year:
                        old_claims.append(old)
                    elif new.action not in _PLEDGES and old.metric == new.metric and old.target_year == new.target_year \
                            and old.value is not None and new.value is not None and old.value != new.value:
                        old_claims.append(old)
            if not old_claims:
                continue
            if not any(_same_target(o, new) for d in earlier_docs for o in claims_of.get(d.doc_id, [])):  # restated
                first = old_claims[0]
                found.append(make_finding(
                    "target_changed", "warning", [*old_claims, new],
                    f"{later.subject}: {new.action} target for {new.metric} was {_fmt(first)} in {first.doc_id} "
                    f"and is {_fmt(new)} in {later.doc_id} ({later.published}); check whether the target moved."))
    return found


def _same_target(a: Claim, b: Claim) -> bool:
    return a.kind == b.kind == "target" and (a.action, a.value, a.target_year) == (b.action, b.value, b.target_year) \
        and _family(a.metric) == _family(b.metric)


def streak_inconsistent(documents: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    """'Nth year running' that other releases contradict with another grade in one of those years."""
    found = []
    by_id = {d.doc_id: d for d in documents}
    awards = [c for cs in claims_of.values() for c in cs if c.kind == "award" and c.issuer and c.grade]
    by_issuer: dict[str, list[Claim]] = defaultdict(list)
    for c in awards:
        by_issuer[c.issuer].append(c)
    for claim in awards:
        doc = by_id.get(claim.doc_id)
        if not claim.streak or doc is None:
            continue
        last = claim.period_year or (int(doc.published[:4]) if doc.published else None)
        if last is None:
            continue
        years = range(last - claim.streak, last + 1)  # one year of slack: ratings are announced a year late
        conflicts = [o for o in by_issuer[claim.issuer] if o.doc_id != claim.doc_id
                     and o.period_year in years and o.grade != claim.grade
                     and same_subject(by_id[o.doc_id].subject, doc.subject)]
        if conflicts:
            other = conflicts[0]
            found.append(make_finding(
                "streak_inconsistent", "warning", [other, claim],
                f"{claim.doc_id} claims a {claim.issuer} {claim.grade} for the {claim.streak}th year running, "
                f"but {other.doc_id} reports {other.issuer} {other.grade} for {other.period_year}; check the streak."))
    return found


def cross_document_findings(documents: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    story_of = {d.doc_id: d.story_id for d in documents if d.story_id}
    stories: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        if d.story_id:
            stories[d.story_id].append(d)
    found: list[Finding] = []
    for story in sorted(stories):
        if len(stories[story]) > 1:
            found += translation_mismatch(sorted(stories[story], key=lambda d: d.doc_id), claims_of)
    found += target_changed(documents, claims_of, story_of)
    found += streak_inconsistent(documents, claims_of)
    return found
