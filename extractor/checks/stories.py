"""Stories: the same release in several languages, or copied by several sites, and the check inside one.

A *story* is one release in several languages: the same company (`company_id`, see
`companies.link`; documents without one by subject), published within a few days, sharing
normalised facts or, for a known company, the shapes of its claims. Syndicated copies (one
language, several sites) are one version of their story. Inside a story, `translation_mismatch`
aligns the versions' claims one to one (`align`) and reports pairs that differ, and claims only one
version states (`translation_unaligned`, info). Checks across stories, over time, are in `timeline`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from extractor.companies import root
from extractor.output.records import Claim, Document, Finding, make_finding, stable_id

#: Versions of one release are published at most this many days apart.
STORY_DAYS = 3
#: Share of the smaller version's facts the two must have in common.
STORY_OVERLAP = 0.5


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words of a subject that tell no company from another: every language's legal forms written after a
    name ("Public Company Limited", "N.V.", "Groep"; `lang/<code>/companies.py`) and the short words that join
    a name's words ("of", "the", "van", "de"; `NAME_JOINERS`)."""
    from extractor import lang as languages

    forms = [f for code in languages.available()
             for f in getattr(languages.get(code).extra.get("companies"), "LEGAL_SUFFIXES", ())]
    words = {w for f in forms for w in re.findall(r"\w+", f.lower().replace(".", ""))}
    return frozenset(words | set(languages.joined("name_joiners")))
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
    return frozenset(w for w in re.findall(r"\w+", (subject or "").lower()) if w not in _generic_words())


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


def shape(c: Claim) -> tuple:
    """What a claim states, without its value or year: two versions of a release state the same shapes."""
    if c.kind == "target":
        return ("target", c.action, c.unit)
    if c.kind == "award":
        return ("award", c.issuer)
    return (c.kind, c.unit, c.period_year)


def group_stories(documents: list[Document], claims_of: dict[str, list[Claim]]) -> dict[str, str]:
    """doc_id -> story_id for every ok document (a release alone is a story of one).

    Versions of one release are the same company's releases a few days apart: in other languages when
    they share facts (or, for one company known by its name or listing, the shapes of their claims:
    a translation may state another value, which is what `translation_mismatch` looks for); in one
    language when they state the same facts (syndicated copies)."""
    docs = [d for d in documents if d.status == "ok"]
    if len(docs) == 1:  # most subjects of a batch have one release: nothing to compare
        return {docs[0].doc_id: story_id([docs[0].doc_id])}
    parent = {d.doc_id: d.doc_id for d in docs}

    def find(x: str) -> str:
        return root(parent, x)

    fact_sets = {d.doc_id: facts(claims_of.get(d.doc_id, [])) for d in docs}
    shapes = {d.doc_id: {shape(c) for c in claims_of.get(d.doc_id, [])} for d in docs}
    _same_day_copies(docs, fact_sets, parent)
    compared = [d for d in docs if find(d.doc_id) == d.doc_id]
    for i, j in _candidate_pairs(compared):
        a, b = compared[i], compared[j]
        if find(a.doc_id) != find(b.doc_id) and _one_release(a, b, fact_sets, shapes):
            parent[find(a.doc_id)] = find(b.doc_id)
    return _story_ids(docs, parent)


def _story_ids(docs: list[Document], parent: dict[str, str]) -> dict[str, str]:
    """doc_id -> the story id of its group in `parent`."""
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[root(parent, d.doc_id)].append(d.doc_id)
    return {doc_id: story_id(group) for group in members.values() for doc_id in group}


def _same_day_copies(docs: list[Document], fact_sets: dict[str, set], parent: dict[str, str]) -> None:
    """Copies of one release published the same day (one company, language and set of facts) joined in
    `parent` at once: only one of them is compared with the other releases."""
    first: dict[tuple, Document] = {}
    for d in docs:
        key = (tuple(_identity(d)), d.lang, frozenset(fact_sets[d.doc_id]), _date(d))
        if fact_sets[d.doc_id] and _date(d) is not None and key in first:
            parent[root(parent, d.doc_id)] = root(parent, first[key].doc_id)
        first.setdefault(key, d)


def _candidate_pairs(docs: list[Document]) -> list[tuple[int, int]]:
    """Pairs of documents that may be one release: of one company (or sharing a subject word), published at
    most `STORY_DAYS` apart (a release without a date pairs with all); found in date order, so that a
    company of many releases costs its releases times the few published near each, not their square."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for word in _identity(d):
            buckets[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        dated = sorted((i for i in members if _date(docs[i]) is not None), key=lambda i: _date(docs[i]))
        undated = [i for i in members if _date(docs[i]) is None]
        for n, i in enumerate(dated):
            last = _date(docs[i]) + dt.timedelta(days=STORY_DAYS)
            for j in dated[n + 1:]:
                if _date(docs[j]) > last:
                    break
                pairs.add((min(i, j), max(i, j)))
        pairs.update((min(i, j), max(i, j)) for i in undated for j in members if j != i)
    return sorted(pairs)


def _identity(d: Document) -> Iterable[str]:
    return (d.company_id,) if d.company_id else _subject_key(d.subject)


def same_company(a: Document, b: Document) -> bool:
    """One company: the same `company_id` (`companies.link`), else subjects that agree (`same_subject`)."""
    if a.company_id and b.company_id:
        return a.company_id == b.company_id
    return same_subject(a.subject, b.subject)


def _one_release(a: Document, b: Document, fact_sets: dict[str, set], shapes: dict[str, set]) -> bool:
    if not same_company(a, b):
        return False
    da, db = _date(a), _date(b)
    dated = da is not None and db is not None
    if dated and abs((da - db).days) > STORY_DAYS:
        return False
    fa, fb = fact_sets[a.doc_id], fact_sets[b.doc_id]
    if not fa or not fb:
        return False
    if a.lang == b.lang:
        return dated and fa == fb  # syndicated copies: the same facts
    overlap = len(fa & fb) / min(len(fa), len(fb))
    if overlap >= (STORY_OVERLAP if dated else 0.7):
        return True
    sa, sb = shapes[a.doc_id], shapes[b.doc_id]
    known = bool(a.company_id and b.company_id)
    return known and dated and len(sa & sb) / min(len(sa), len(sb)) >= STORY_OVERLAP


def story_id(doc_ids: list[str]) -> str:
    """A story's id: its releases', whatever their order."""
    return stable_id("story", *sorted(doc_ids), length=12)


def _fmt(c: Claim) -> str:
    if c.kind == "target":
        what = f"{c.value:g}{c.unit or ''} " if c.value is not None else ""
        return f"{what}by {c.target_year}" if c.target_year else f"{what}(no year)"
    return f"{c.value:g} {c.unit or ''}".strip() if c.value is not None else str(c.grade or c.award)


#: Kinds of claims aligned between versions (awards are compared by the streak check).
ALIGNED_KINDS = ("target", "percentage", "quantity")
#: A pair scores at least this much to be aligned (see `pair_score`).
ALIGN_MIN = 3.0


def fold_restatements(claims: Iterable[Claim]) -> list[Claim]:
    """A version's claims that can be aligned, each stated once: a headline that restates a body's claim
    without its base year or metric ("targets 40% cut by 2030") folds into it."""
    kept: dict[tuple, Claim] = {}
    for c in claims:
        if c.kind not in ALIGNED_KINDS or (c.kind != "target" and c.metric in (None, "other", "ranking")):
            continue
        key = (c.kind, c.action, c.value, c.unit, c.target_year, c.period_year)
        old = kept.get(key)
        if old is None or _detail(c) > _detail(old):
            kept[key] = c
    return sorted(kept.values(), key=lambda c: c.start)


def _detail(c: Claim) -> int:
    return sum(x is not None for x in (c.baseline_year, c.direction)) + (c.metric not in (None, "other"))


def pair_score(x: Claim, y: Claim, rank_x: float, rank_y: float) -> float | None:
    """How well two claims of two versions stand for one statement (None: they cannot): the same kind,
    action and unit; then the years, the closeness of the values, the metric's family and the place
    in the text. Metric labels are tolerated where one of them is a broad one (one version's "value
    chain" is the other's "total"); two specific ones that differ (scope 1 and 2, scope 3) are two statements."""
    if x.kind != y.kind or x.action != y.action or x.unit != y.unit or not _labels_fit(x.metric, y.metric):
        return None
    same_year = x.target_year == y.target_year and x.period_year == y.period_year
    close = _closeness(x.value, y.value)
    if not same_year and close < 1.0:
        return None  # both the value and the year differ: nothing says these are one statement
    if x.kind != "target" and close < 0.5:
        return None  # a reported figure far off is another figure
    score = 2.0 * same_year + 2.0 * close + (x.baseline_year == y.baseline_year) * 0.5
    score += 1.0 if x.metric == y.metric else 0.5 if _family(x.metric) == _family(y.metric) else 0.0
    return score + 1.0 - abs(rank_x - rank_y)


#: Metrics a version may write for what another version labels more precisely.
BROAD_METRICS = frozenset({None, "other", "ghg_total", "ghg_value_chain", "ghg_scope1_2_3"})


def _labels_fit(a: str | None, b: str | None) -> bool:
    return a == b or a in BROAD_METRICS or b in BROAD_METRICS


def _closeness(a: float | None, b: float | None) -> float:
    if a is None or b is None:
        return 1.0 if a is None and b is None else 0.0
    if a == b:
        return 1.0
    return max(0.0, 1.0 - abs(a - b) / max(abs(a), abs(b)))


def align(xs: list[Claim], ys: list[Claim]) -> tuple[list[tuple[Claim, Claim]], list[Claim], list[Claim]]:
    """A one-to-one alignment of two versions' claims (greedy on the best-scoring pairs; a version states
    a handful, so this is the optimum in practice): the pairs, and the claims of each left unaligned."""
    scored = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            score = pair_score(x, y, i / max(1, len(xs)), j / max(1, len(ys)))
            if score is not None and score >= ALIGN_MIN:
                scored.append((-score, i, j))
    used_x: set[int] = set()
    used_y: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            pairs.append((xs[i], ys[j]))
    return (pairs, [x for i, x in enumerate(xs) if i not in used_x], [y for j, y in enumerate(ys) if j not in used_y])


def _evidence(c: Claim) -> str:
    return f"'{c.value_text}' at {c.start}-{c.end} of {c.doc_id}" if c.value_text else f"{c.start}-{c.end} of {c.doc_id}"


def representatives(story: list[Document], claims_of: dict[str, list[Claim]]) -> list[Document]:
    """One document per language of a story: syndicated copies are one version (the one stating most)."""
    best: dict[str | None, Document] = {}
    for d in sorted(story, key=lambda d: d.doc_id):
        if d.lang not in best or len(claims_of.get(d.doc_id, [])) > len(claims_of.get(best[d.lang].doc_id, [])):
            best[d.lang] = d
    return [best[lang] for lang in sorted(best, key=str)]


def _agree(x: Claim, y: Claim) -> bool:
    """Whether two aligned claims agree: a target in value and year; a reported figure in value (the year of a
    figure is read from its paragraph, which versions lay out differently)."""
    if x.kind == "target":
        return (x.value, x.target_year) == (y.value, y.target_year)
    return x.value == y.value


def _language(code: str | None) -> str:
    from extractor import lang as languages

    return languages.get(code).name if code in languages.SUPPORTED else str(code)


def translation_mismatch(story: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    """Claims that one language version states with another value or year than another version, found by
    aligning the versions' claims (`align`); claims only one version states are reported as `info`
    findings (`translation_unaligned`), never dropped in silence. Copies in one language are one version."""
    found = []
    versions = representatives(story, claims_of)
    for i, a in enumerate(versions):
        for b in versions[i + 1:]:
            pairs, only_a, only_b = align(fold_restatements(claims_of.get(a.doc_id, [])),
                                          fold_restatements(claims_of.get(b.doc_id, [])))
            for x, y in pairs:
                if _agree(x, y):
                    continue
                what = f"{x.kind} {x.metric}" + (f" ({x.action})" if x.action else "")
                found.append(make_finding(
                    "translation_mismatch", "warning", [x, y],
                    f"The {what} reads {_fmt(x)} in {x.doc_id} ({x.lang}) but {_fmt(y)} in {y.doc_id} ({y.lang}) "
                    f"(evidence {_evidence(x)} and {_evidence(y)}); check which version is right."))
            for c, own, other in [*((c, a, b) for c in only_a), *((c, b, a) for c in only_b)]:
                found.append(make_finding(
                    "translation_unaligned", "info", [c],
                    f"{c.kind} {_fmt(c)} ({_evidence(c)}) is stated only in the {_language(own.lang)} version "
                    f"{own.doc_id}, not in the {_language(other.lang)} version {other.doc_id}.", doc_ids=[own.doc_id, other.doc_id]))
    return found


def _family(metric: str | None) -> str:
    return "ghg" if metric in (None, "ghg_total", "ghg_value_chain") else str(metric)


def subject_groups(documents: list[Document]) -> list[list[Document]]:
    """Documents grouped by company: one `company_id` (`companies.link`); documents without one by
    subject (names sharing a distinctive word are one subject)."""
    groups: dict[object, list[Document]] = defaultdict(list)
    rest = []
    for d in documents:
        if d.company_id:
            groups[("company", d.company_id)].append(d)
        else:
            rest.append(d)
    parent = list(range(len(rest)))

    def find(x: int) -> int:
        return root(parent, x)

    with_word: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(rest):
        for word in _subject_key(d.subject):
            with_word[word].append(i)
    for members in with_word.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if find(i) != find(j) and same_subject(rest[i].subject, rest[j].subject):
                    parent[find(i)] = find(j)
    for i, d in enumerate(rest):
        if _subject_key(d.subject):
            groups[find(i)].append(d)
    return list(groups.values())


def _stories(documents: list[Document]) -> dict[str, list[Document]]:
    stories: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        if d.story_id:
            stories[d.story_id].append(d)
    return stories


def cross_document_findings(documents: list[Document], claims_of: dict[str, list[Claim]]) -> list[Finding]:
    """The checks across releases of one group of documents: translations inside each story, then the
    group's releases over time (`timeline`)."""
    from extractor.checks.timeline import streak_inconsistent, target_changed

    story_of = {d.doc_id: d.story_id for d in documents if d.story_id}
    stories = _stories(documents)
    found: list[Finding] = []
    for story in sorted(stories):
        if len(stories[story]) > 1:
            found += translation_mismatch(sorted(stories[story], key=lambda d: d.doc_id), claims_of)
    found += target_changed(documents, claims_of, story_of)
    found += streak_inconsistent(documents, claims_of)
    return found
