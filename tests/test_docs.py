"""Documentation kept honest: the vocabularies, checks and commands the README promises."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from extractor.lang import SUPPORTED
from extractor.records import CLAIM_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, METRICS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA = (ROOT / "docs" / "claims-schema.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("metric", list(METRICS))
def test_every_metric_is_documented(metric):
    assert f"`{metric}`" in README


@pytest.mark.parametrize("column", sorted(set(DOCUMENT_COLUMNS + CLAIM_COLUMNS + FINDING_COLUMNS)))
def test_every_column_is_in_the_contract(column):
    assert re.search(rf"\|\s*(?:\w+\s*\|\s*)?{re.escape(column)}\s*\|", SCHEMA) or f"| {column}," in SCHEMA \
        or f", {column} |" in SCHEMA, column


@pytest.mark.parametrize("check", ["translation_mismatch", "target_changed", "streak_inconsistent",
                                   "percent_out_of_range", "target_in_past", "ambiguous_number"])
def test_every_check_is_documented(check):
    assert f"`{check}`" in README


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_a_corpus_and_sample_releases(code):
    assert importlib.import_module(f"extractor.lang.{code}.corpus").NUMBERS
    assert list((ROOT / "corpora" / "samples" / code).rglob("*.*"))


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_readme_links_only_to_files_that_exist():
    links = [link for link in re.findall(r"\]\(([^)#]+)\)", README) if "://" not in link]
    assert "docs/performance-log.md" in links
    assert [link for link in links if not (ROOT / link).is_file()] == []
