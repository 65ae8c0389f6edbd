"""The HTML report, as a person sees it in a real browser (headless Chromium), and as markup."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from html import escape
from pathlib import Path

import pytest

from extractor.output.report import render, write_report
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


def test_browser_shows_the_mismatch_row_on_the_company_page_of_a_paged_report(siam_run, tmp_path):
    index = write_report(siam_run, tmp_path / "paged.html", paged_from=1)
    page = next(p for p in (tmp_path / "paged").iterdir() if "Siam" in p.read_text(encoding="utf-8"))
    seen = _seen(page, tmp_path)
    rows = [line for line in seen.splitlines() if "⚠ mismatch" in line]
    assert any("35 % by 2030" in r and "30 % by 2030" in r for r in rows), seen[:2000]
    assert "All companies" in seen and "Siam" in _seen(index, tmp_path)


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


# --- the section per company and the claims one version states alone (issue 31) ------------------------------

LUMEN = ("en/2023/lumen-grid-plan.txt", "en/2024/lumen-grid-cdp.txt", "en/2025/lumen-grid.txt", "th/2025/lumen-grid.txt")
CHONTHARA = ("en/2025/chonthara-foods.txt", "th/2025/chonthara-foods.txt")
#: A paragraph only the Thai version of the Chonthara release gets: 12 MW of solar panels on its plants' roofs in 2024.
THAI_ONLY = "\n\nในปี 2567 บริษัทติดตั้งแผงโซลาร์เซลล์บนหลังคาโรงงาน รวมกำลังการผลิต 12 เมกะวัตต์\n"


@pytest.fixture(scope="module")
def companies_html(tmp_path_factory):
    src = tmp_path_factory.mktemp("companies")
    for rel in LUMEN + CHONTHARA:
        text = (ROOT / "corpora" / "stories" / rel).read_text(encoding="utf-8")
        if rel == "th/2025/chonthara-foods.txt":
            text += THAI_ONLY
        (src / rel.replace("/", "-")).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run([str(src)], out, jobs=1, progress=False, report=True)
    return (out / "report.html").read_text(encoding="utf-8")


def _between(html: str, start: str, *ends: str) -> str:
    i = html.index(start)
    return html[i:min((j for e in ends if (j := html.find(e, i + len(start))) >= 0), default=len(html))]


def _company(html: str, name: str) -> str:
    """The section of the company called `name`."""
    return _between(html, f"'>{name}</h3>", "<h3", "<h2")


def _rows(section: str) -> list[list[str]]:
    """The cells of a section's table rows (header rows aside), as text."""
    from html import unescape

    def text(cell: str) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())

    rows = [[text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", section, re.S)]
    return [row for row in rows if row]


def test_a_company_section_names_the_company_in_every_script_with_its_listing(companies_html):
    lumen = _company(companies_html, "Lumen Grid")
    assert "ลูเมน กริด คอร์ปอเรชั่น" in lumen and "NYSE:LGRD" in lumen
    assert all(rel.replace("/", "-") in lumen for rel in LUMEN)


def test_current_targets_are_the_latest_releases(companies_html):
    targets = _rows(_between(_company(companies_html, "Lumen Grid"), "<h4>Current targets</h4>", "<h4>"))
    # the 2025 versions (40% in English, 45% in Thai) and not the 30% of the 2023 plan
    assert [row[:3] for row in targets] == [
        ["target · ghg_scope1_2 · reduce", "40 % by 2030 (vs 2019)", "en-2025-lumen-grid.txt"],
        ["target · ghg_scope1_2 · reduce", "45 % by 2030 (vs 2019)", "th-2025-lumen-grid.txt"],
    ]


def test_awards_are_listed_by_scoring_year_stated_or_inferred(companies_html):
    awards = _rows(_between(_company(companies_html, "Lumen Grid"), "<h4>Awards by scoring year</h4>", "<h4>"))
    assert [row[:4] for row in awards] == [
        ["2024", "inferred", "CDP", "CDP A List · grade A · 2 years running"],
        ["2024", "inferred", "CDP", "CDP rating · grade A-"],
        ["2023", "inferred", "CDP", "CDP rating · grade B"],
    ]


def test_awards_of_one_award_in_several_releases_are_one_row_latest_year_first():
    docs = [{"doc_id": d, "status": "ok", "lang": "en", "published": p, "company_id": "co-1"}
            for d, p in (("a.txt", "2024-03-01"), ("b.txt", "2025-01-20"), ("c.txt", "2025-06-01"))]
    award = {"kind": "award", "issuer": "CDP", "award": "CDP climate rating", "text": "", "value_text": ""}
    claims = [{**award, "claim_id": "1", "doc_id": "a.txt", "grade": "B", "period_year": 2023, "period_year_source": "stated"},
              {**award, "claim_id": "2", "doc_id": "b.txt", "grade": "B", "period_year": 2023, "period_year_source": "stated"},
              {**award, "claim_id": "3", "doc_id": "b.txt", "grade": "A", "award": "CDP A List", "period_year": 2024,
               "period_year_source": "inferred"},
              {**award, "claim_id": "4", "doc_id": "c.txt", "issuer": "EcoVadis", "award": "EcoVadis Gold Medal",
               "grade": "Gold"}]
    section = _between(render(docs, claims, []), "<h4>Awards by scoring year</h4>", "<h4>")
    assert _rows(section) == [
        ["2024", "inferred", "CDP", "CDP A List · grade A", "b.txt"],
        ["2023", "stated", "CDP", "CDP climate rating · grade B", "a.txt b.txt"],
        ["year not known", "—", "EcoVadis", "EcoVadis Gold Medal · grade Gold", "c.txt"],
    ]


def test_a_company_section_lists_the_findings_about_its_releases(companies_html):
    lumen = _between(_company(companies_html, "Lumen Grid"), "<h4>Findings</h4>", "<h3", "<h2")
    chonthara = _between(_company(companies_html, "Chonthara Foods"), "<h4>Findings</h4>", "<h3", "<h2")
    assert "target_changed" in lumen and "streak_inconsistent" in lumen
    assert "Lumen" not in chonthara and "lumen" not in chonthara
    assert "translation_mismatch" in chonthara and "translation_unaligned" in chonthara


def test_a_story_lists_the_claims_only_one_version_states(companies_html):
    story = _between(companies_html, "— Chonthara Foods sets 40% emissions target for 2030</h3>", "<h3", "<h2")
    (only,) = _rows(_between(story, "<h4>Stated in one version only</h4>", "</table>"))
    assert only[0] == "th-2025-chonthara-foods.txt (th)" and only[1] == "quantity · solar_capacity"
    assert "12000 kW in 2024" in only[2] and "stated only in the Thai version" in only[3]
    lumen_story = _between(companies_html, "Lumen Grid —", "<h3", "<h2")
    assert "Stated in one version only" not in lumen_story  # every claim of that story is in both versions


def _hostile_run():
    hostile = "<img src=x onerror=alert(1)>"
    docs = [{"doc_id": "a.txt", "status": "ok", "lang": "en", "story_id": "s", "subject": hostile, "published": "2025-01-20",
             "title": hostile, "n_claims": 2, "company_id": "co-000000000001"},
            {"doc_id": "b.txt", "status": "ok", "lang": "th", "story_id": "s", "subject": hostile, "published": "2025-01-20",
             "title": hostile, "n_claims": 0, "company_id": "co-000000000001"}]
    claims = [{"claim_id": "x", "doc_id": "a.txt", "lang": "en", "kind": "award", "award": hostile, "issuer": hostile,
               "grade": "<b>A</b>", "period_year": 2024, "period_year_source": "stated", "text": hostile, "value_text": ""},
              {"claim_id": "y", "doc_id": "a.txt", "lang": "en", "kind": "target", "action": "reduce", "metric": hostile,
               "value": 40.0, "unit": "%", "target_year": 2030, "text": hostile, "value_text": "40%"}]
    findings = [{"check": "translation_unaligned", "severity": "info", "doc_ids": ["a.txt", "b.txt"], "claim_ids": ["y"],
                 "message": hostile}]
    companies = [{"company_id": "co-000000000001", "name": hostile, "names": [hostile, "<i>ชื่อ</i>"],
                  "listings": ["SET:<u>X</u>"], "doc_ids": ["a.txt", "b.txt"]}]
    return docs, claims, findings, companies


@pytest.mark.parametrize("with_companies", [True, False], ids=["companies.jsonl", "documents-company_id"])
def test_company_and_unaligned_sections_escape_hostile_text(with_companies):
    docs, claims, findings, companies = _hostile_run()
    html = render(docs, claims, findings, companies if with_companies else None)
    assert "<img" not in html and "<b>A</b>" not in html and "<i>ชื่อ</i>" not in html and "<u>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;</h3>" in html  # the company's heading
    assert "<h4>Stated in one version only</h4>" in html and "<h4>Awards by scoring year</h4>" in html
    assert ("SET:&lt;u&gt;X&lt;/u&gt;" in html) is with_companies


def test_a_run_without_companies_has_an_empty_companies_section():
    docs, claims, findings, _ = _hostile_run()
    for d in docs:
        del d["company_id"]
    html = render(docs, claims, findings)
    assert "<h2 id='companies'>Companies (0)</h2>" in html


# --- the page written as it is made, read from the tables a group at a time (issue 36) ----------------------------

@pytest.fixture(scope="module")
def bundled_run(tmp_path_factory):
    """A run over the bundled releases and stories, with its report, and its tables' rows as the JSON lines hold them."""
    out = tmp_path_factory.mktemp("bundled")
    run([str(ROOT / "corpora" / "samples"), str(ROOT / "corpora" / "stories")], out, jobs=1, progress=False,
        report=True, database=False)
    tables = {name: [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
              for name in ("documents", "claims", "findings", "companies")}
    return out, (out / "report.html").read_text(encoding="utf-8"), tables


def _text(markup: str) -> str:
    from html import unescape

    return " ".join(unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_the_report_lists_every_document_and_finding_of_the_run_in_order(bundled_run):
    _, html, tables = bundled_run
    documents = _rows(_between(html, "<h2 id='documents'>", "</body>"))
    assert documents == [[_text(escape(str(v))) for v in (d["doc_id"], d["status"], d["lang"] or "", d["published"] or "",
                                                          d["subject"] or "", d["n_claims"] or 0, d["reason"] or "")]
                         for d in tables["documents"]]
    findings = _rows(_between(html, "<h2 id='findings'>", "<p class='muted'>By check"))
    assert findings and findings == [[f["check"], f["severity"], " ".join(f["doc_ids"]), _text(escape(f["message"]))]
                                     for f in tables["findings"]]


def test_the_report_has_a_section_for_every_company_story_and_subject(bundled_run):
    _, html, tables = bundled_run
    companies = re.findall(r"<h3 id='company-([^']+)'>", html)
    assert companies == [c["company_id"] for c in sorted(tables["companies"], key=lambda c: ((c["name"] or "").casefold(),
                                                                                             c["company_id"]))]
    versions = Counter(d["story_id"] for d in tables["documents"] if d["story_id"])
    stories = _between(html, "<h2 id='stories'>", "<h2 id='timelines'>")
    assert f"Stories in several languages ({sum(n > 1 for n in versions.values())})" in stories
    assert stories.count("<h3>") == sum(n > 1 for n in versions.values()) > 2
    in_stories = {d["doc_id"] for d in tables["documents"] if versions.get(d["story_id"], 0) > 1}
    evidence = re.sub("</?mark>", "", stories)  # each claim's sentence, its matched span marked
    assert all(escape(c["text"]) in evidence for c in tables["claims"] if c["doc_id"] in in_stories)
    ok = {d["doc_id"] for d in tables["documents"] if d["status"] == "ok"}
    timelines = _rows(_between(html, "<h2 id='timelines'>", "<h2 id='documents'>"))
    assert len(timelines) == sum(c["kind"] in ("target", "award") and c["doc_id"] in ok for c in tables["claims"]) > 10


def test_the_page_of_rows_given_in_memory_is_the_page_of_the_run(bundled_run):
    _, html, tables = bundled_run
    assert render(tables["documents"], tables["claims"], tables["findings"], tables["companies"]) == html


def test_a_run_whose_tables_disagree_is_a_one_line_error(bundled_run, tmp_path):
    from extractor.errors import UsageError

    out, _, _ = bundled_run
    damaged = tmp_path / "damaged"
    shutil.copytree(out, damaged)
    lines = (damaged / "claims.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (damaged / "claims.jsonl").write_text("".join(lines[:-1]), encoding="utf-8")
    with pytest.raises(UsageError, match=f"holds {len(lines) - 1} rows .* {len(lines)}: the run in .* is damaged"):
        write_report(damaged, tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists() and not (tmp_path / ".r.html.part").exists()


def test_a_run_made_before_a_column_existed_is_reported(bundled_run, tmp_path):
    """The contract adds columns: a claims table without `period_year_source` (an older run) reads it as null."""
    import pyarrow.parquet as pq

    out, _, tables = bundled_run
    older = tmp_path / "older"
    shutil.copytree(out, older)
    pq.write_table(pq.read_table(older / "claims.parquet").drop_columns(["period_year_source"]), older / "claims.parquet")
    claims = [{k: v for k, v in c.items() if k != "period_year_source"} for c in tables["claims"]]
    (older / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
    html = write_report(older, tmp_path / "r.html").read_text(encoding="utf-8")
    awards = [row for row in _rows(html) if len(row) == 5 and row[1] in ("stated", "inferred", "—")]
    assert awards and {row[1] for row in awards} == {"—"}


# --- a big batch: an index and a page per company, the pages kept across reruns (issue 36) -------------------------

def _pages(target: Path) -> dict[str, bytes]:
    """The pages of the paged report at `target`, by name."""
    from extractor.output.report import pages_folder

    folder = pages_folder(target)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def _shown(html: str, tables: dict[str, list[dict]]) -> dict[str, set[str]]:
    """The ids of the documents, findings and claims whose rows `html` shows: a document's row of the documents
    table, a finding's row, a target's or award's row of a timeline, a claim's value and evidence in a story."""
    from extractor.output.report import _document_row, _evidence, _finding_rows, _timeline_row, _value

    doc = {d["doc_id"]: d for d in tables["documents"]}
    timeline = {c["claim_id"]: _timeline_row({**c, "_doc_published": doc[c["doc_id"]]["published"]})
                for c in tables["claims"] if c["kind"] in ("target", "award") and doc[c["doc_id"]]["status"] == "ok"}
    story = {c["claim_id"]: f"<b>{escape(_value(c))}</b><br>{_evidence(c)}" for c in tables["claims"]}
    return {"documents": {d["doc_id"] for d in tables["documents"] if _document_row(d) in html},
            "findings": {f["finding_id"] for f in tables["findings"] if next(_finding_rows([f])) in html},
            "claims": {cid for cid, row in timeline.items() if row in html} | {
                cid for cid, cell in story.items() if cell in html and cid not in timeline}}


def test_a_paged_report_shows_every_document_claim_and_finding_the_single_page_shows(bundled_run, tmp_path):
    out, single, tables = bundled_run
    index = write_report(out, tmp_path / "paged.html", paged_from=1)
    paged = index.read_text(encoding="utf-8") + "".join(p.decode("utf-8") for p in _pages(index).values())
    shown, expected = _shown(single, tables), _shown(paged, tables)
    assert shown == expected
    in_stories = {d["doc_id"] for d in tables["documents"] if d["story_id"]
                  and sum(e["story_id"] == d["story_id"] for e in tables["documents"]) > 1}
    ok = {d["doc_id"] for d in tables["documents"] if d["status"] == "ok"}
    assert shown["documents"] == {d["doc_id"] for d in tables["documents"]}
    assert shown["findings"] == {f["finding_id"] for f in tables["findings"]}
    assert shown["claims"] == {c["claim_id"] for c in tables["claims"] if c["doc_id"] in in_stories
                               or (c["kind"] in ("target", "award") and c["doc_id"] in ok)}


def test_the_index_links_each_company_to_its_page_and_each_page_back(bundled_run, tmp_path):
    out, _, tables = bundled_run
    index = write_report(out, tmp_path / "paged.html", paged_from=1)
    html, pages = index.read_text(encoding="utf-8"), _pages(index)
    links = re.findall(r"<a href='paged/([0-9a-f]{32}\.html)'>([^<]*)</a>", html)
    names = sorted(c["name"] for c in tables["companies"])
    alone = [d for d in tables["documents"] if not any(d["doc_id"] in c["doc_ids"] for c in tables["companies"])]
    assert [text for _, text in links] == sorted(names, key=str.casefold) + ["Documents of no company"] * bool(alone)
    assert sorted(page for page, _ in links) == sorted(pages) and len(pages) == len(names) + bool(alone)
    for page, name in links:
        text = pages[page].decode("utf-8")
        assert "<a href='../paged.html'>All companies</a>" in text and f">{escape(name)}</" in text
    assert "<h2 id='stories'>" not in html and "<h2 id='documents'>" not in html  # those are the pages'
    by_check = _rows(_between(html, "<h2 id='findings'>", "<h2 id='companies'>"))
    assert by_check == [[c, s, str(n)] for (c, s), n in sorted(Counter((f["check"], f["severity"])
                                                                       for f in tables["findings"]).items())]


def test_a_company_page_has_the_section_the_single_page_has(bundled_run, tmp_path):
    out, single, tables = bundled_run
    index = write_report(out, tmp_path / "paged.html", paged_from=1)
    for page in _pages(index).values():
        text = page.decode("utf-8")
        if "<h3 id='company-" in text:
            section = _between(text, "<h3 id='company-", "<h2 id='stories'>")
            assert section in single


def test_a_batch_below_the_threshold_is_the_single_page(bundled_run, tmp_path):
    out, single, tables = bundled_run
    target = tmp_path / "r.html"
    write_report(out, target, paged_from=1)
    assert _pages(target)
    (tmp_path / "r" / "notes.txt").write_text("the user's own file")  # a folder of the same name is not ours
    assert write_report(out, target, paged_from=len(tables["documents"]) + 1).read_text(encoding="utf-8") == single
    assert _pages(target) == {"notes.txt": b"the user's own file"}


def test_the_report_command_keeps_the_pages_it_wrote_and_removes_stale_ones(bundled_run, tmp_path):
    out, _, _ = bundled_run
    target = tmp_path / "r.html"
    first = _pages(write_report(out, target, paged_from=1))
    stale = tmp_path / "r" / ("0" * 32 + ".html")
    stale.write_text("an older page")
    inodes = {p.name: p.stat().st_ino for p in (tmp_path / "r").iterdir()}
    assert _pages(write_report(out, target, paged_from=1)) == first
    assert {p.name: p.stat().st_ino for p in (tmp_path / "r").iterdir()} == {n: inodes[n] for n in first}


@pytest.fixture
def paged(monkeypatch, tmp_path):
    """Runs report in pages (`report.PAGED_FROM` 1: the report's process, forked, has it too); the pages the report
    renders are counted in a file (read by `rendered()`)."""
    import multiprocessing

    from extractor import runner
    from extractor.output import report

    # where the processes beside the engine are started clean (`runner._clean_context`), fork them: the patches
    # below must hold in the report's process
    monkeypatch.setattr(runner, "_clean_context", lambda: multiprocessing.get_context("fork"), raising=False)
    monkeypatch.setattr(report, "PAGED_FROM", 1)
    log = tmp_path / "rendered.txt"
    log.touch()
    real = report._page

    def spy(company, *args):
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{company['company_id'] if company else '-'}\n")
        return real(company, *args)

    monkeypatch.setattr(report, "_page", spy)

    def rendered() -> list[str]:
        found = log.read_text(encoding="utf-8").split()
        log.write_text("")
        return found

    return rendered


def _copy_samples(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", src)
    then = __import__("time").time_ns() - 3600 * 10**9
    for path in src.rglob("*"):
        os.utime(path, ns=(then, then))
    return src


def _set(out: Path) -> dict[str, str]:
    """The files of the set in `out` and the digests its manifest gives them; each digest checked."""
    import hashlib

    entries = json.loads((out / "manifest.json").read_text())["files"]
    for e in entries:
        assert hashlib.sha256((out / e["name"]).read_bytes()).hexdigest() == e["sha256"], e["name"]
    return {e["name"]: e["sha256"] for e in entries if e["name"].startswith("report")}


def test_a_rerun_renders_only_the_pages_of_changed_companies_and_writes_a_fresh_runs_pages(paged, monkeypatch,
                                                                                          tmp_path):
    from extractor.output import write

    src, out = _copy_samples(tmp_path), tmp_path / "out"
    digested: list[str] = []
    real = write._digest
    monkeypatch.setattr(write, "_digest", lambda path: digested.append(path.parent.name) or real(path))
    run([str(src)], out, jobs=1, progress=False, database=False)
    before = _pages(out / "report.html")
    assert len(paged()) == len(before) > 5
    inodes = {name: (out / "report" / name).stat().st_ino for name in before}
    changed = src / "en" / "2024" / "northwind-climate-plan.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("2030", "2032", 1), encoding="utf-8")
    (src / "nl" / "2025" / "polder-stroom.txt").unlink()
    (src / "en" / "2025" / "extra.txt").write_text(
        "Harbor Freight Lines will cut its scope 1 and 2 emissions by 40% by 2030 compared with 2021.", encoding="utf-8")
    digested.clear()
    run([str(src)], out, jobs=1, progress=False, database=False)
    after, rendered = _pages(out / "report.html"), paged()
    new = set(after) - set(before)
    assert 0 < len(rendered) == len(new) < len(after) - 3  # the pages of untouched companies were kept
    assert digested.count("report") == len(new)  # a kept page's digest is the earlier manifest's
    assert all((out / "report" / name).stat().st_ino == inodes[name] for name in set(after) & set(before))
    fresh = tmp_path / "fresh"
    run([str(src)], fresh, jobs=1, progress=False, database=False)
    assert after == _pages(fresh / "report.html")
    gone = set(before) - set(after)  # the pages of the companies changed, in the earlier set only
    assert gone and not gone & set(os.listdir(out / "report"))
    assert (out / "report.html").read_bytes() == (fresh / "report.html").read_bytes()
    assert _set(out) == _set(fresh)


def test_a_rerun_below_the_threshold_leaves_no_pages_and_a_failed_one_the_older_set(paged, monkeypatch, tmp_path):
    from extractor.output import report

    src, out = _copy_samples(tmp_path), tmp_path / "out"
    run([str(src)], out, jobs=1, progress=False, database=False)
    pages, manifest = _pages(out / "report.html"), (out / "manifest.json").read_bytes()

    def fail(self, name, page):
        raise OSError(28, "No space left on device")

    written = report._Pages.write
    monkeypatch.setattr(report._Pages, "write", fail)
    (src / "en" / "2025" / "extra.txt").write_text("Harbor Freight Lines will cut its emissions by 40% by 2030.",
                                                   encoding="utf-8")
    with pytest.raises(Exception, match="No space left"):
        run([str(src)], out, jobs=1, progress=False, database=False)
    assert _pages(out / "report.html") == pages and (out / "manifest.json").read_bytes() == manifest
    assert not list(out.glob(".extractor-staging-*"))
    monkeypatch.setattr(report, "PAGED_FROM", 10**6)
    run([str(src)], out, jobs=1, progress=False, database=False)
    assert not (out / "report").exists() and not _set(out).keys() - {"report.html"}
    monkeypatch.setattr(report, "PAGED_FROM", 1)
    monkeypatch.setattr(report._Pages, "write", written)
    run([str(src)], out, jobs=1, progress=False, database=False)
    (out / "report" / "notes.txt").write_text("the user's own file")
    monkeypatch.setattr(report, "PAGED_FROM", 10**6)
    run([str(src)], out, jobs=1, progress=False, database=False)
    assert os.listdir(out / "report") == ["notes.txt"]


def test_a_switch_cut_short_leaves_a_readable_set_that_the_next_run_finishes(paged, monkeypatch, tmp_path):
    from extractor.errors import EnvironmentFailure
    from extractor.output import write

    src, out = _copy_samples(tmp_path), tmp_path / "out"
    run([str(src)], out, jobs=1, progress=False, database=False)
    older = _pages(out / "report.html")
    (src / "en" / "2025" / "extra.txt").write_text("Harbor Freight Lines will cut its emissions by 40% by 2030.",
                                                   encoding="utf-8")

    def cut(into: Path, stage: Path) -> None:  # killed after the manifest went and three pages moved
        (into / "manifest.json").unlink(missing_ok=True)
        for page in sorted((stage / "report").iterdir())[:3]:
            os.replace(page, into / "report" / page.name)
        raise OSError(5, "Input/output error")

    real = write._switch
    monkeypatch.setattr(write, "_switch", cut)
    with pytest.raises(EnvironmentFailure):
        run([str(src)], out, jobs=1, progress=False, database=False)
    files = write.read_manifest(out)  # the new set, read where each of its files is
    assert all(path.exists() for path in files.values())
    assert {n.partition("/")[2] for n in files if n.startswith("report/")} != set(older)
    monkeypatch.setattr(write, "_switch", real)
    write.recover(out)
    fresh = tmp_path / "fresh"
    run([str(src)], fresh, jobs=1, progress=False, database=False)
    assert _pages(out / "report.html") == _pages(fresh / "report.html") and _set(out) == _set(fresh)


_PAGE = {"company_id": "co-1", "name": "Lumen Retail", "names": ["Lumen Retail", "ลูเมน รีเทล"],
         "listings": ["SET:LUMEN"], "docs": ["en/lumen.txt\x1fab12", "th/lumen.txt\x1fcd34"]}


@pytest.mark.parametrize("change", [
    {"fingerprint": "another extractor"}, {"index": "other.html"}, {"company_id": "co-2"}, {"name": "Lumen"},
    {"names": ["Lumen Retail"]}, {"listings": []}, {"docs": ["en/lumen.txt\x1fab12", "th/lumen.txt\x1fcd35"]},
    {"docs": ["en/lumen.txt\x1fab12"]}, {"docs": ["en/lumen-2.txt\x1fab12", "th/lumen.txt\x1fcd34"]},
], ids=["fingerprint", "index", "company_id", "name", "names", "listings", "a_file_changed", "a_file_removed",
        "a_file_renamed"])
def test_a_page_is_named_by_everything_it_shows(change):
    from extractor.output.report import _PAGE_FILE, _page_name

    def name(fingerprint="f", index="report.html", **page):
        page = {**_PAGE, **page}
        return _page_name(fingerprint, index, page, page["docs"])

    assert _PAGE_FILE.fullmatch(name()) and name() == name(**{}) and name(**change) != name()


def test_a_full_run_renders_every_page_again(paged, tmp_path):
    src, out = _copy_samples(tmp_path), tmp_path / "out"
    run([str(src)], out, jobs=1, progress=False, database=False)
    inodes = {p.name: p.stat().st_ino for p in (out / "report").iterdir()}
    assert len(paged()) == len(inodes)
    run([str(src)], out, jobs=1, progress=False, database=False, full=True)
    assert len(paged()) == len(inodes) and {p.name for p in (out / "report").iterdir()} == set(inodes)
    _set(out)


@pytest.mark.parametrize("paged_from", [10**9, 1], ids=["single-page", "paged"])
def test_the_report_out_of_memory_is_one_line_and_exit_three(siam_run, tmp_path, monkeypatch, capsys, paged_from):
    """The report's DuckDB database is bounded (`report.MEMORY_LIMIT`); out of it, `extractor report` says so in
    one line (exit 3) and writes no page."""
    from extractor.cli import main
    from extractor.output import report

    monkeypatch.setattr(report, "MEMORY_LIMIT", "1MB")
    monkeypatch.setattr(report, "PAGED_FROM", paged_from)
    assert main(["report", str(siam_run), "-o", str(tmp_path / "r.html")]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ran out of memory" in err and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()
