"""End-to-end quality gates: the bundled seeds and the project's own sample corpus, scored like held-out data.

Floors only go down through an explicit change of the numbers below, reviewed like any other change.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.runner import run
from tests import scoring

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"

#: corpus -> (overall F1, per-kind F1, attribute accuracy) floors
#: The contract's bar for the seeds is 0.95 / 0.90 / 0.85; these floors sit just under today's scores
#: so that a regression fails here rather than on held-out data.
FLOORS = {"seeds": (0.98, 0.95, 0.90), "samples": (0.97, 0.95, 0.85), "stories": (0.98, 0.96, 0.95),
          # releases modelled on real public ones (issue 32), 45 of them: just under today's score
          # (docs/evaluation.md; each set's first score is kept there): overall 0.975, weakest kind target 0.948
          # (award 0.995 since its classes were fixed), weakest attribute baseline_year 0.78
          "releases": (0.97, 0.94, 0.75),
          # held-out releases no rule is tuned on (docs/evaluation.md, "Held-out set"): just under their first score,
          # taken before anything was changed for them: overall 0.835, weakest kind award 0.727, weakest attribute
          # baseline_year 0.70
          "holdout": (0.83, 0.72, 0.69)}

#: corpora whose documents table has a known gap, with why (a strict expected failure until it is fixed)
DOCUMENT_GAPS: dict[str, str] = {
    "holdout": "document subject 11 of 15: 'Ratings' from 'SET ESG Ratings' and 'Emissions' from 'Net Zero Emissions' in "
               "headlines, a subsidiary for its group, none for a Thai association (docs/evaluation.md, Held-out set)"}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory):
    name = request.param
    out = tmp_path_factory.mktemp(name)
    run([str(ROOT / "corpora" / name)], out, jobs=1, progress=False, report=False)
    return name, scoring.score(GOLD / name, out)


def test_overall_f1(scored):
    name, result = scored
    assert result["overall"]["f1"] >= FLOORS[name][0], result["overall"]


def test_every_kind_f1(scored):
    name, result = scored
    low = {k: v["f1"] for k, v in result["kinds"].items() if v["f1"] < FLOORS[name][1]}
    assert not low, (low, result["misses"], result["extras"])


def test_attribute_accuracy(scored):
    name, result = scored
    low = {k: v for k, v in result["attributes"].items() if v < FLOORS[name][2]}
    assert not low


def test_documents_table(scored, request):
    name, result = scored
    if name in DOCUMENT_GAPS:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=DOCUMENT_GAPS[name]))
    docs = result["documents"]
    assert docs["missing_rows"] == []
    assert docs["status"] == 1.0 and docs["lang"] == 1.0 and docs["published"] == 1.0 and docs["subject"] == 1.0


def test_planted_findings_found_without_false_alarms(scored):
    _, result = scored
    findings = result["findings"]
    assert findings["false_alarms"] == []
    assert findings["found"] == findings["planted"], findings["missed"]


@pytest.mark.parametrize("name", ["samples", "stories"])
def test_no_cross_document_finding_beyond_the_planted_ones(tmp_path, name):
    """Every cross-document finding on the sample corpus and on the planted stories is one of the
    disagreements planted in it."""
    import json

    out = tmp_path / name
    run([str(ROOT / "corpora" / name)], out, jobs=1, progress=False, report=False, database=False)
    planted = [(f["check"], set(f["doc_ids"])) for f in map(json.loads, (GOLD / name / "findings.jsonl").open())
               if f["severity"] != "none"]
    for line in (out / "findings.jsonl").open(encoding="utf-8"):
        finding = json.loads(line)
        if finding["check"] in scoring.ALARM_CHECKS:
            assert any(check == finding["check"] and docs <= set(finding["doc_ids"]) for check, docs in planted), finding
