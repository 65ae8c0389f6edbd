"""Checks of one release by itself: `percent_out_of_range`, `target_in_past`, `ambiguous_number`
(`check_alone` makes them where the release is extracted, in a batch's workers)."""
from __future__ import annotations

from extractor.output.records import Claim, Document, Finding, make_finding


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


def single_claim_findings(claims: list[Claim], documents: dict[str, Document]) -> list[Finding]:
    """The checks that read one claim (and its document) at a time."""
    return percent_out_of_range(claims) + target_in_past(claims, documents) + ambiguous_number(claims)


def check_alone(document: Document, claims: list[Claim]) -> tuple[Document, list[Finding]]:
    """The checks that read one release by itself, made where it is extracted (a batch's workers): the
    findings on its single claims, and its story id as a story of one (`run_checks(...,
    alone=...)` replaces it when the release turns out to be one version of a story of several).
    A document that is not ok is not checked."""
    from extractor.checks import stories

    if document.status != "ok":
        return document, []
    return (document.with_story(stories.story_id([document.doc_id])),
            single_claim_findings(claims, {document.doc_id: document}))
