"""Documentation kept honest: the vocabularies, checks and commands the README promises."""
from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.lang import SUPPORTED
from extractor.output.records import CLAIM_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, METRICS

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


# --- The README a user reads in five minutes, and docs that hold the rest ---------------------------------

USER_DOCS = ["README.md", "docs/architecture.md", "docs/performance.md", "docs/evaluation.md", "CHANGELOG.md"]
# How work was organised is no news to a user: no session or date labels, no numbered fix rounds.
WORK_LABELS = re.compile(r"\bsessions?\b|\b11-22\b|\b\w+(?:st|nd|rd|th) rounds?\b", re.I)
# docs/evaluation.md scores the project's corpora batch by batch ("Round 1 (15 releases)"), which is what
# it is for; every other page has no rounds at all.
ROUNDS = re.compile(r"\brounds?\b", re.I)


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)


def test_the_readme_is_read_in_five_minutes():
    assert len(README.splitlines()) <= 230


@pytest.mark.parametrize("page", USER_DOCS)
def test_user_docs_carry_no_work_labels(page):
    text = (ROOT / page).read_text(encoding="utf-8")
    found = WORK_LABELS.findall(text) + ([] if page == "docs/evaluation.md" else ROUNDS.findall(text))
    assert found == []


@pytest.mark.parametrize("page", ["README.md", *USER_DOCS[1:], "docs/performance-log.md"])
def test_links_lead_to_files_and_headings_that_exist(page):
    source = ROOT / page
    text = source.read_text(encoding="utf-8")
    broken = []
    for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]+))?\)", text):
        if "://" in target:
            continue
        linked = (source.parent / target).resolve() if target else source
        if not linked.is_file():
            broken.append(target)
        elif anchor and anchor not in _anchors(linked.read_text(encoding="utf-8")):
            broken.append(f"{target}#{anchor}")
    assert broken == []


def _anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens."""
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
            for heading in re.findall(r"^#+\s+(.*)$", markdown, re.M)}


def test_the_readme_names_every_extra_with_its_install_command():
    extras = re.search(r"^\[project\.optional-dependencies\]\n(.*?)^\[", (ROOT / "pyproject.toml").read_text(),
                       re.M | re.S).group(1)
    for extra in ("dask", "postgres", "notebooks", "bench"):
        assert re.search(rf"^{extra} = ", extras, re.M), extra
        assert f"pip install '.[{extra}]'" in README, extra


def test_the_readme_says_how_to_open_the_notebook_and_get_thai_fonts():
    assert "jupyter lab notebooks/" in README and "pip install '.[notebooks]'" in README
    assert (ROOT / "notebooks" / "explore-claims.ipynb").is_file()
    assert "fonts-thai-tlwg" in README


@pytest.mark.parametrize("font", ["Loma", "Garuda", "Norasi", "Sarabun", "Noto Sans Thai", "Tahoma", "Leelawadee UI",
                                  "Thonburi"])
def test_the_report_asks_for_the_common_thai_fonts(font):
    from extractor.output.report import render

    family = re.search(r"font-family:([^;]+);", render([], [], [])).group(1)
    assert f'"{font}"' in family
    assert family.rstrip().endswith("sans-serif")


@pytest.mark.parametrize("code", ["0", "1", "2", "3", "130"])
def test_the_readme_gives_every_exit_code(code):
    assert re.search(rf"^\| `{code}` \| \w", README, re.M)


@pytest.fixture(scope="module")
def bundled_run(tmp_path_factory):
    """`extractor run` on the bundled corpora, as the README's quick start runs it: (stdout, claim rows)."""
    out = tmp_path_factory.mktemp("readme") / "out"
    done = subprocess.run([sys.executable, "-m", "extractor", "run", str(ROOT / "corpora"), "--out", str(out),
                           "--no-progress"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    return done.stdout.replace(str(out), "out"), rows


def test_the_quick_start_shows_the_summary_a_run_prints(bundled_run):
    printed, _ = bundled_run
    shown = next(block for block in _code_blocks(README) if block.startswith("extractor: "))

    def comparable(summary: str) -> list[str]:  # the time a run takes varies; the rest must not
        return [re.sub(r" in [\d.]+ s$", "", line.rstrip()) for line in summary.strip().splitlines()]

    assert comparable(shown) == comparable(printed), f"the README should show:\n{printed}"


def test_the_quick_start_rows_are_rows_a_run_writes(bundled_run):
    _, rows = bundled_run
    shown = [json.loads(line) for block in _code_blocks(README) if block.startswith('{"doc_id"')
             for line in block.splitlines()]
    assert len(shown) == 3
    written = {(row["doc_id"], row["start"], row["end"]): row for row in rows}
    for row in shown:
        actual = written.get((row["doc_id"], row["start"], row["end"]))
        assert actual is not None, row
        # The README leaves out null columns and claim_id, and nothing else.
        expected = {k: v for k, v in actual.items() if v is not None and k != "claim_id"}
        assert row == expected, "the README should show:\n" + json.dumps(expected, ensure_ascii=False)
        assert actual["text"] == row["text"]


def test_a_missing_program_skips_outside_ci_and_fails_in_ci(tmp_path, monkeypatch):
    from tests.conftest import require_program

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install poppler-utils"):
        require_program("pdftotext", package="poppler-utils")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_program("pdftotext", package="poppler-utils")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install poppler-utils"):
        require_program("pdftotext", package="poppler-utils")
    program = tmp_path / "chromium-browser"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    assert require_program("chromium", "chromium-browser", package="chromium") == str(program)


def _readme_examples() -> list:
    """Every line of the README's Python blocks that gives its result in a comment ("expr  # result"), with
    the lines before it in its block, which set it up."""
    import datetime

    examples = []
    for block in re.findall(r"^```python\n(.*?)^```", README, re.M | re.S):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            code, _, comment = line.partition("  # ")
            try:
                expected = eval(comment.strip(), {"datetime": datetime})  # noqa: S307 - the README's own text
            except Exception:  # noqa: BLE001 - a comment that is prose, not a result
                continue
            setup = "\n".join(ln.partition("  # ")[0] for ln in lines[:i])
            examples.append(pytest.param(setup, code.strip(), expected, id=code.strip()[:60]))
    return examples


@pytest.mark.parametrize(("setup", "expression", "expected"), _readme_examples())
def test_the_readme_python_examples_give_what_they_say(setup, expression, expected):
    namespace: dict = {}
    exec(setup, namespace)  # noqa: S102 - the README's own examples
    assert eval(expression, namespace) == expected  # noqa: S307
