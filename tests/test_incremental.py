"""Incremental runs: a rerun into an OUT holding an earlier run of the same extractor extracts only the
files that are new or whose bytes changed, and writes the tables a fresh run writes, row for row."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor import runner
from extractor.output import incremental
from extractor.runner import run, summary

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents", "claims", "findings", "texts", "companies")


def _tables(out: Path) -> dict[str, list[str]]:
    return {t: (out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines() for t in TABLES}


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", src)
    return src


def _extracted(monkeypatch):
    """The doc ids the pipeline's stages ran on (not those taken from the earlier run)."""
    from extractor import stages

    seen = []
    first = stages.STAGES[0]

    def spy(release):
        seen.append(release.doc_id)
        return first(release)

    monkeypatch.setattr(stages, "STAGES", (spy, *stages.STAGES[1:]))
    return seen


def test_a_rerun_after_adding_changing_and_removing_files_writes_what_a_fresh_run_writes(folder, tmp_path,
                                                                                          monkeypatch):
    out = tmp_path / "out"
    run([str(folder)], out, jobs=1, progress=False, report=False)
    changed = folder / "en" / "2024" / "northwind-climate-plan.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("2030", "2032", 1), encoding="utf-8")
    (folder / "nl" / "2025" / "polder-stroom.txt").unlink()
    (folder / "en" / "2025" / "extra.txt").write_text(
        "Harbor Freight Lines will cut its scope 1 and 2 emissions by 40% by 2030 compared with 2021.",
        encoding="utf-8")
    seen = _extracted(monkeypatch)
    again = run([str(folder)], out, jobs=1, progress=False, report=False)
    ok_ids = {d.doc_id for d in again.documents if d.status == "ok"}
    assert sorted(set(seen) & ok_ids) == ["en/2024/northwind-climate-plan.txt", "en/2025/extra.txt"]
    ok = len(ok_ids)
    # of the 20 files, 13 kept; 6 read again (the changed release and the five skipped ones); 1 new; 1 gone
    assert (again.unchanged, again.changed, again.new, again.removed) == (ok - 2, len(again.documents) - ok + 1, 1, 1)
    assert f"{ok - 2} unchanged (kept) · 6 changed or read again · 1 new · 1 removed" in summary(again)
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    run([str(folder)], fresh, jobs=1, progress=False, report=False)
    assert _tables(out) == _tables(fresh)


def test_a_run_of_another_extractor_or_full_reads_every_file(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([str(folder)], out, jobs=1, progress=False, report=False, database=False)
    seen = _extracted(monkeypatch)
    again = run([str(folder)], out, jobs=1, progress=False, report=False, database=False, full=True)
    ok_ids = {d.doc_id for d in again.documents if d.status == "ok"}
    assert again.incremental is None and ok_ids <= set(seen)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["extractor"]["fingerprint"] == incremental.fingerprint()
    manifest["extractor"]["fingerprint"] = "another"
    (out / "manifest.json").write_text(json.dumps(manifest))
    seen.clear()
    other = run([str(folder)], out, jobs=1, progress=False, report=False, database=False)
    assert other.incremental is None and other.unchanged == 0 and ok_ids <= set(seen)


def test_a_file_whose_bytes_changed_is_never_taken_from_the_earlier_run(folder, tmp_path):
    out = tmp_path / "out"
    run([str(folder)], out, jobs=1, progress=False, report=False, database=False)
    earlier = incremental.load_earlier(out)
    previous, found = earlier.kept, earlier.found
    assert previous and "may be kept" in found
    source = next(s for s in incremental.attach(runner.walk([str(folder)]), previous) if s.previous is not None)
    Path(source.path).write_bytes(Path(source.path).read_bytes() + b"\nNew line: emissions fell 3% in 2024.\n")
    result = runner.process_file(source)
    assert not result.reused and result.document.sha256 != source.previous.sha256


def test_a_rerun_on_the_process_pool_writes_what_a_fresh_serial_run_writes_and_keeps_no_earlier_rows(
        folder, tmp_path):
    """The earlier run is kept as where its rows are (`Previous`: a few numbers a document, whatever its
    claims), each worker reads the rows of the files it finds unchanged, and the tables are those of a
    fresh run, row for row."""
    import pickle

    out = tmp_path / "out"
    run([str(folder)], out, jobs=2, progress=False, report=False, database=False)
    earlier = incremental.load_earlier(out)
    with_claims = next(p for p in earlier.kept.values() if p.count > 1)
    assert len(pickle.dumps(with_claims)) < len(pickle.dumps(with_claims.claim_rows)) / 2  # where, not what
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    doc_id = with_claims.document["doc_id"]
    assert list(with_claims.claim_rows) == [c for c in claims if c["doc_id"] == doc_id]
    (folder / "en" / "2025" / "extra.txt").write_text(
        "Harbor Freight Lines will cut its scope 1 and 2 emissions by 40% by 2030 compared with 2021.",
        encoding="utf-8")
    again = run([str(folder)], out, jobs=2, progress=False, report=False, database=False)
    assert again.unchanged == len(earlier.kept) and again.new == 1
    fresh = tmp_path / "fresh"
    run([str(folder)], fresh, jobs=1, progress=False, report=False, database=False)
    assert _tables(out) == _tables(fresh)
