"""Consistency checks over the collected claims: one function per check.

Within one document: `percent_out_of_range`, `target_in_past`, `ambiguous_number`.
Across documents: stories (the same release in several languages) and
`translation_mismatch` inside a story, `target_changed` between releases of
one subject over time, `streak_inconsistent` between award claims.
Every finding names its documents and claims, and its id depends only on them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from extractor.records import CLAIM_COLUMNS, Claim, Document, Finding, make_finding

#: Claims read back from the claims table per batch.
_BATCH_ROWS = 8192


def percent_out_of_range(claims: list[Claim]) -> list[Finding]:
    """A decrease of more than 100%, or a share above 100% that is not a change."""
    found = []
    for c in claims:
        if c.unit != "%" or c.value is None:
            continue
        if (c.direction == "decrease" or c.action == "reduce") and c.value > 100:
            found.append(make_finding("percent_out_of_range", "error", [c],
                                  f"{c.doc_id} states a decrease of {c.value:g}%, which is impossible; "
                                  f"check '{c.value_text}' in the source."))
        elif c.kind == "percentage" and c.direction is None and c.metric not in ("other",) and c.value > 100 \
                and c.metric in ("renewable_share", "ranking"):
            found.append(make_finding("percent_out_of_range", "warning", [c],
                                  f"{c.doc_id} gives a share of {c.value:g}%, above 100%; check '{c.value_text}'."))
    return found


def target_in_past(claims: list[Claim], documents: dict[str, Document]) -> list[Finding]:
    """A target whose year lies before the release's publication year."""
    found = []
    for c in claims:
        doc = documents.get(c.doc_id)
        if c.kind != "target" or c.target_year is None or doc is None or not doc.published:
            continue
        year = int(doc.published[:4])
        if c.target_year < year:
            found.append(make_finding("target_in_past", "warning", [c],
                                  f"{c.doc_id} (published {doc.published}) states a target for {c.target_year}, "
                                  f"already past; check whether it is a reported result or a typo."))
    return found


def ambiguous_number(claims: list[Claim]) -> list[Finding]:
    """Numbers whose separators contradict each other or the language (from normalisation)."""
    return [make_finding("ambiguous_number", "warning", [c], f"{c.doc_id}: {c.ambiguous}; confirm the value in the source.")
            for c in claims if c.ambiguous]


def run_checks(documents: list[Document], claims: list[Claim] | Path) -> tuple[list[Document], list[Finding]]:
    """All checks; returns the documents (with `story_id` filled) and the findings, in a stable order.

    `claims` is a list, or the path of a claims table (Parquet) that is read back one group of
    documents at a time: every check compares documents of one subject only, so memory holds one
    subject's claims, however large the corpus.
    """
    from extractor import stories

    groups = _subject_groups(documents)
    story_of: dict[str, str] = {}
    findings: list[Finding] = []
    for members, claims_of in _claims_by_group(claims, groups):
        story_of.update(stories.group_stories(members, claims_of))
        members = [replace(d, story_id=story_of.get(d.doc_id)) for d in members]
        group_claims = [c for cs in claims_of.values() for c in cs]
        by_id = {d.doc_id: d for d in members}
        findings += percent_out_of_range(group_claims) + target_in_past(group_claims, by_id)
        findings += ambiguous_number(group_claims)
        if len(members) > 1:
            findings += stories.cross_document_findings(members, claims_of)
    documents = [replace(d, story_id=story_of.get(d.doc_id)) for d in documents]
    return documents, sorted(findings, key=lambda f: (f.check, f.doc_ids, f.finding_id))


def _subject_groups(documents: list[Document]) -> list[list[Document]]:
    """The ok documents in groups that no check looks across: one group per subject, and each
    document without a subject alone."""
    from extractor.stories import subject_groups

    ok = [d for d in documents if d.status == "ok"]
    groups = subject_groups(ok)
    grouped = {d.doc_id for g in groups for d in g}
    return groups + [[d] for d in ok if d.doc_id not in grouped]


def _claims_by_group(claims: list[Claim] | Path, groups: list[list[Document]]
                     ) -> Iterator[tuple[list[Document], dict[str, list[Claim]]]]:
    """Each group with its claims by document, in the order they were written."""
    if not isinstance(claims, Path):
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_doc[c.doc_id].append(c)
        for members in groups:
            yield members, {d.doc_id: by_doc[d.doc_id] for d in members if d.doc_id in by_doc}
        return
    import duckdb
    import pyarrow as pa

    group_of = pa.table({"doc_id": [d.doc_id for g in groups for d in g],
                         "grp": [i for i, g in enumerate(groups) for _ in g]})
    columns = ", ".join(f'c."{name}"' for name in CLAIM_COLUMNS if name != "text")
    con = duckdb.connect(config={"threads": 1, "memory_limit": "256MB"})
    try:
        con.register("group_of", group_of)
        # The evidence text is the bulk of the table and no check reads it.
        relation = con.sql(
            f"SELECT g.grp, {columns} FROM read_parquet($path, file_row_number = true) c "
            "JOIN group_of g USING (doc_id) ORDER BY g.grp, c.file_row_number", params={"path": str(claims)})
        # DuckDB 2 calls the streaming reader `to_arrow_reader`, 1.x `fetch_arrow_reader`.
        reader = (getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader)(_BATCH_ROWS)
        current, claims_of = 0, defaultdict(list)
        for batch in reader:
            for row in batch.to_pylist():
                grp = row.pop("grp")
                while grp != current:
                    yield groups[current], claims_of
                    current, claims_of = current + 1, defaultdict(list)
                claims_of[row["doc_id"]].append(Claim(text="", **row))
        while current < len(groups):
            yield groups[current], claims_of
            current, claims_of = current + 1, defaultdict(list)
    finally:
        con.close()
