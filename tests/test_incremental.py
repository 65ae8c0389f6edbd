"""Incremental runs: a rerun into an OUT holding an earlier run of the same extractor extracts only the
files that are new or whose bytes changed (reading none whose stat did not change), checks again only the
companies whose documents changed, and writes the tables a fresh run writes, row for row."""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor import runner
from extractor.output import incremental
from extractor.runner import run, summary

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents", "claims", "findings", "texts", "companies")


def _tables(out: Path) -> dict[str, list[str]]:
    return {t: (out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines() for t in TABLES}


HOUR_NS = 3600 * 10**9


@pytest.fixture
def folder(tmp_path):
    """The bundled samples, each file last changed an hour ago (as files of a folder that grows are: a file
    changed just before a run is hashed again however its stat looks, `incremental.RACY_NS`)."""
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", src)
    _age(src)
    return src


def _age(folder: Path) -> None:
    then = time.time_ns() - HOUR_NS
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(then, then))


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
    _run(folder, out)
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


def _run(folder: Path, out: Path, **options):
    """`run` of `folder` into `out` in this process, without the report and the DuckDB file."""
    return run([str(folder)], out, **{"jobs": 1, "progress": False, "report": False, "database": False, **options})


def _as_fresh(folder: Path, out: Path, tmp_path: Path, monkeypatch) -> None:
    """The tables in `out` are those of a fresh run over `folder` (spies taken away)."""
    monkeypatch.undo()
    _run(folder, tmp_path / "fresh")
    assert _tables(out) == _tables(tmp_path / "fresh")


def _checked(monkeypatch) -> list[list[str]]:
    """The groups of documents the checks across releases were made on (not taken from their cache)."""
    from extractor import checks

    checked: list[list[str]] = []
    real = checks.check_partition

    def spy(part):
        checked.extend(sorted(d.doc_id for d in group) for group in part.groups)
        return real(part)

    monkeypatch.setattr(checks, "check_partition", spy)
    return checked


def _hashed(monkeypatch):
    """The doc ids of the files read to tell whether they changed (`incremental.Earlier.keeps`)."""
    from extractor import ingest

    read = []
    real = ingest.read_source

    def spy(source):
        read.append(source.doc_id)
        return real(source)

    monkeypatch.setattr(ingest, "read_source", spy)
    return read


NORTHWIND = "en/2024/northwind-climate-plan.txt"
EXTRA = "en/2025/extra.txt"
RENAMED = "en/2024/northwind-plan-2024.txt"


def _add(folder: Path) -> None:
    (folder / EXTRA).write_text("Harbor Freight Lines will cut its scope 1 and 2 emissions by 40% by 2030 compared "
                                "with 2021.", encoding="utf-8")


def _change(folder: Path) -> None:
    path = folder / NORTHWIND
    path.write_text(path.read_text(encoding="utf-8").replace("2030", "2032", 1), encoding="utf-8")


def _touch(folder: Path) -> None:
    os.utime(folder / NORTHWIND)  # stat changed, bytes the same


#: What a user does to the folder between two runs, the files of `ok` documents extracted again, the files
#: read only to tell whether they changed, and how many documents are new and removed.
CASES = {
    "add": (_add, {EXTRA}, [], 1, 0),
    "change": (_change, {NORTHWIND}, [NORTHWIND], 0, 0),
    "remove": (lambda f: (f / "nl" / "2025" / "polder-stroom.txt").unlink(), set(), [], 0, 1),
    "touch-without-change": (_touch, set(), [NORTHWIND], 0, 0),
    "chmod": (lambda f: os.chmod(f / NORTHWIND, 0o600), set(), [NORTHWIND], 0, 0),  # its inode's time changed
    "rename": (lambda f: (f / NORTHWIND).rename(f / RENAMED), {RENAMED}, [], 1, 1),
    "nothing": (lambda f: None, set(), [], 0, 0),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_rerun_extracts_only_what_changed_and_writes_what_a_fresh_run_writes(case, folder, tmp_path,
                                                                               monkeypatch):
    edit, extracted, hashed, new, removed = CASES[case]
    out = tmp_path / "out"
    first = _run(folder, out)
    assert first.incremental is None
    edit(folder)
    seen, read = _extracted(monkeypatch), _hashed(monkeypatch)
    again = _run(folder, out)
    ok_ids = {d.doc_id for d in again.documents if d.status == "ok"}
    assert set(seen) & ok_ids == extracted
    assert read == hashed and again.hashed == len(hashed)
    assert (again.unchanged, again.new, again.removed) == (len(ok_ids) - len(extracted), new, removed)
    assert (f"({len(hashed)} read to compare: their stat had changed)" in summary(again)) == bool(hashed)
    _as_fresh(folder, out, tmp_path, monkeypatch)


def test_a_file_changed_right_before_the_earlier_run_is_hashed_again(folder, tmp_path, monkeypatch):
    """A file whose time of change lies within `RACY_NS` of the earlier run's look at it may have changed again
    in the same tick of the file system's clock: its stat does not tell, so its bytes are hashed."""
    out = tmp_path / "out"
    os.utime(folder / NORTHWIND)  # changed now: racy for the run that follows
    _run(folder, out)
    read = _hashed(monkeypatch)
    again = _run(folder, out)
    assert read == [NORTHWIND] and again.changed == 5  # the five skipped files are read again, not it


def test_the_checks_of_a_company_whose_documents_did_not_change_come_from_the_cache(folder, tmp_path,
                                                                                    monkeypatch):
    out = tmp_path / "out"
    _run(folder, out)
    checked = _checked(monkeypatch)
    _run(folder, out)
    assert checked == []  # nothing changed: every company's checks from the cache
    _change(folder)
    _run(folder, out)
    assert checked == [["en/2024/northwind-climate-plan.txt", "nl/2024/northwind-klimaatplan.txt",
                        "nl/2025/northwind-jaarupdate.txt"]]  # the company of the changed release only
    _as_fresh(folder, out, tmp_path, monkeypatch)


def test_findings_from_the_cache_are_read_back_from_the_earlier_findings_table(tmp_path, monkeypatch):
    """The cache holds where a company's findings are in the earlier findings table, not copies of them; a rerun
    in which one company changed takes the others' findings (translations, targets changed, streaks) from that
    table, and writes what a fresh run writes."""
    import pyarrow.parquet as pq

    from extractor.checks import CHECKS_CACHE

    folder = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "stories", folder)
    _age(folder)
    out = tmp_path / "out"
    _run(folder, out)
    cache = pq.read_table(out / CHECKS_CACHE)
    assert cache.column_names == ["key", "doc_id", "story_id", "row"]
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    named = [findings[r] for r in cache.column("row").drop_null().to_pylist()]
    assert {f["check"] for f in named} == {"translation_mismatch", "target_changed", "streak_inconsistent"}
    changed = folder / "nl" / "2025" / "weidehoeve-zomer.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMeer nieuws volgt later dit jaar.\n",
                       encoding="utf-8")
    checked = _checked(monkeypatch)
    again = _run(folder, out)
    assert again.changed == 1 and checked and all(
        d.startswith("nl/") and "weidehoeve" in d for group in checked for d in group)
    _as_fresh(folder, out, tmp_path, monkeypatch)


def test_another_extractor_invalidates_the_earlier_rows_and_the_checks_cache(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _run(folder, out)
    monkeypatch.setattr(incremental, "fingerprint", lambda: "another version")
    checked = _checked(monkeypatch)
    seen, read = _extracted(monkeypatch), _hashed(monkeypatch)
    again = _run(folder, out)
    assert again.incremental is None and again.unchanged == 0 and read == []
    assert {d.doc_id for d in again.documents if d.status == "ok"} <= set(seen)
    assert len(checked) == 2  # both companies checked again


def test_a_rerun_writing_texts_after_a_run_without_them_reads_every_file(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _run(folder, out, texts=False)
    seen = _extracted(monkeypatch)
    again = _run(folder, out)
    assert again.unchanged == 0 and {d.doc_id for d in again.documents if d.status == "ok"} <= set(seen)
    _as_fresh(folder, out, tmp_path, monkeypatch)


def test_an_earlier_table_cut_short_is_not_copied_from(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _run(folder, out)
    claims = out / "claims.jsonl"
    claims.write_bytes(b"".join(claims.read_bytes().splitlines(keepends=True)[:-1]))
    seen = _extracted(monkeypatch)
    again = _run(folder, out)
    assert again.unchanged == 0 and "could not be read" in again.incremental
    assert {d.doc_id for d in again.documents if d.status == "ok"} <= set(seen)


def test_a_rerun_on_the_process_pool_writes_what_a_fresh_serial_run_writes(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "RERUN_IN_PROCESS", 0)  # the files changed extracted on the pool, however few
    out = tmp_path / "out"
    _run(folder, out, jobs=2)
    _add(folder)
    _change(folder)
    again = _run(folder, out, jobs=2)
    assert (again.new, again.removed) == (1, 0) and again.unchanged == 15 - 1
    _run(folder, tmp_path / "fresh")
    assert _tables(out) == _tables(tmp_path / "fresh")


def test_the_index_records_each_ok_document_and_its_file(folder, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    _run(folder, out)
    index = pq.read_table(out / incremental.INDEX).to_pylist()
    documents = {d["doc_id"]: d for d in map(json.loads, (out / "documents.jsonl").read_text().splitlines())}
    assert sorted(r["doc_id"] for r in index) == sorted(d for d, row in documents.items() if row["status"] == "ok")
    row = next(r for r in index if r["doc_id"] == NORTHWIND)
    st = os.stat(folder / NORTHWIND)
    assert (row["sha256"], row["size"], row["mtime_ns"], row["ctime_ns"], row["inode"]) == (
        documents[NORTHWIND]["sha256"], st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    names = [f["name"] for f in json.loads((out / "manifest.json").read_text())["files"]]
    assert incremental.INDEX in names


@pytest.mark.dask
def test_a_rerun_on_dask_writes_what_a_fresh_serial_run_writes(folder, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    _run(folder, out, engine="dask", jobs=2)
    _change(folder)
    _add(folder)
    again = _run(folder, out, engine="dask", jobs=2)
    assert (again.new, again.removed, again.unchanged) == (1, 0, 15 - 1)
    _run(folder, tmp_path / "fresh")
    assert _tables(out) == _tables(tmp_path / "fresh")


def test_a_rerun_with_a_lower_size_limit_skips_what_a_fresh_run_skips(folder, tmp_path, monkeypatch):
    """A file kept on its stat is still held to this run's `--max-size`: above it, it is skipped as a fresh run
    skips it, not kept."""
    out = tmp_path / "out"
    _run(folder, out)
    limit = (folder / NORTHWIND).stat().st_size - 1
    again = _run(folder, out, max_size=limit)
    assert next(d for d in again.documents if d.doc_id == NORTHWIND).status == "skipped"
    _run(folder, tmp_path / "fresh", max_size=limit)
    assert _tables(out) == _tables(tmp_path / "fresh")


@given(st.lists(st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"")), max_size=30),
       st.integers(min_value=1, max_value=40))
def test_line_starts_are_found_whatever_the_blocks(lines, block):
    """Where each JSON line of an earlier table starts (`incremental._line_starts`), read a block at a time:
    every line, a newline at a block's edge included."""
    import io

    data = b"".join(line + b"\n" for line in lines)
    starts = incremental._line_starts(io.BytesIO(data), block=block).tolist()
    expected = [0]
    for line in lines:
        expected.append(expected[-1] + len(line) + 1)
    assert starts == expected
