"""Consistency checks over the collected claims: one function per check.

Within one document: `percent_out_of_range`, `target_in_past`, `ambiguous_number`.
Across documents: stories (the same release in several languages) and
`translation_mismatch` inside a story, `target_changed` between releases of
one subject over time, `streak_inconsistent` between award claims.
Every finding names its documents and claims, and its id depends only on them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from extractor.records import Claim, Document, Finding, make_finding


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


def run_checks(documents: list[Document], claims: list[Claim]) -> tuple[list[Document], list[Finding]]:
    """All checks; returns the documents (with `story_id` filled) and the findings, in a stable order."""
    from extractor import stories

    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_of[c.doc_id].append(c)
    story_of = stories.group_stories(documents, claims_of)
    documents = [replace(d, story_id=story_of.get(d.doc_id)) for d in documents]
    by_id = {d.doc_id: d for d in documents}
    findings = percent_out_of_range(claims) + target_in_past(claims, by_id) + ambiguous_number(claims)
    findings += stories.cross_document_findings(documents, claims_of)
    return documents, sorted(findings, key=lambda f: (f.check, f.doc_ids, f.finding_id))
