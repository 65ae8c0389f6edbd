"""The HTML report, as a person sees it in a real browser (headless Chromium), and as markup."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.report import render, write_report
from extractor.runner import run
from tests.conftest import require_program

ROOT = Path(__file__).resolve().parents[1]
SIAM = ("th/2024/siam-green-cement.txt", "en/2024/siam-green-cement.html")


@pytest.fixture(scope="module")
def siam_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("siam")
    for rel in SIAM:
        shutil.copy(ROOT / "corpora" / "samples" / rel, src / Path(rel).name)
    out = tmp_path_factory.mktemp("out")
    run([str(src)], out, jobs=1, progress=False, report=True)
    return out


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    if os.environ.get("CI"):
        pytest.fail("headless Chromium is missing: .ci/run installs the Debian package 'chromium'")
    pytest.skip("headless Chromium not installed (apt-get install chromium poppler-utils fonts-thai-tlwg)")


def _seen(page: Path, tmp_path: Path) -> str:
    """The report's text as Chromium lays it out, read back from the printed PDF."""
    browser = _browser()
    if shutil.which("pdftotext") is None:
        require_program("pdftotext", package="poppler-utils")
    pdf = tmp_path / "report.pdf"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_browser_shows_the_mismatch_row_with_both_values(siam_run, tmp_path):
    seen = _seen(siam_run / "report.html", tmp_path)
    rows = [line for line in seen.splitlines() if "⚠ mismatch" in line]
    assert rows, seen[:2000]
    assert any("35 % by 2030" in r and "30 % by 2030" in r for r in rows), rows


def test_browser_renders_thai_text(siam_run, tmp_path):
    seen = _seen(siam_run / "report.html", tmp_path)
    assert "ร้อยละ 30" in seen.replace("ลงร้อยละ", "ลง ร้อยละ") or "ร้อยละ" in seen
    fonts = subprocess.run(["pdffonts", str(tmp_path / "report.pdf")], capture_output=True, text=True).stdout
    assert any(name in fonts for name in ("Loma", "Garuda", "Norasi", "NotoSansThai", "Noto Sans Thai", "Kinnari"))


def test_report_marks_flagged_claims_and_agreeing_rows():
    docs = [{"doc_id": "a.txt", "status": "ok", "lang": "en", "story_id": "s", "subject": "Acme", "published": "2024-01-01",
             "title": "t", "n_claims": 1},
            {"doc_id": "b.txt", "status": "ok", "lang": "nl", "story_id": "s", "subject": "Acme", "published": "2024-01-01",
             "title": "t", "n_claims": 1}]
    base = {"kind": "target", "action": "reduce", "metric": "ghg_total", "unit": "%", "target_year": 2030}
    claims = [{**base, "claim_id": "x", "doc_id": "a.txt", "value": 35.0, "text": "cut 35% <by> 2030", "value_text": "35%"},
              {**base, "claim_id": "y", "doc_id": "b.txt", "value": 30.0, "text": "30% tegen 2030", "value_text": "30%"}]
    findings = [{"check": "translation_mismatch", "severity": "warning", "doc_ids": ["a.txt", "b.txt"],
                 "claim_ids": ["x", "y"], "message": "35% vs 30%"}]
    html = render(docs, claims, findings)
    assert "<tr class='mismatch'>" in html and "⚠ mismatch" in html
    assert "&lt;by&gt;" in html and "<mark>35%</mark>" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_report_command_needs_a_finished_run(tmp_path):
    from extractor.errors import UsageError

    with pytest.raises(UsageError, match="finished `extractor run`"):
        write_report(tmp_path, tmp_path / "r.html")
