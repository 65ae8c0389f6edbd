"""JSON lines: one object per row, UTF-8 with Thai unescaped, `null` for a number JSON cannot hold (in
Parquet too), the values the standard library's encoder would write."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.output.write import _encode_line, render_rows

_CELLS = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 63), 2 ** 63 - 1),
                   st.floats(allow_nan=False, allow_infinity=False), st.text(), st.lists(st.text(), max_size=3))


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=12), _CELLS, max_size=8))
def test_a_line_reads_back_as_the_row_the_standard_encoder_writes(row):
    line = _encode_line(row)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == json.loads(json.dumps(row, ensure_ascii=False)) == row
    assert list(json.loads(line)) == list(row)  # keys in the row's order


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_number_json_cannot_hold_is_written_null(bad):
    assert json.loads(_encode_line({"value": bad, "unit": "%"})) == {"value": None, "unit": "%"}


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_rows_with_such_a_number_are_written_with_it_cleaned(bad):
    text, batch = render_rows("claims", [{"claim_id": "c1", "value": bad, "text": "née “quoted” ลดลง"},
                                         {"claim_id": "c2", "value": 52.0}])
    first, second = text.decode("utf-8").splitlines()
    assert json.loads(first)["value"] is None and "née “quoted” ลดลง" in first and text.endswith(b"}\n")
    assert json.loads(second)["value"] == 52.0
    assert batch.column("value").to_pylist() == [None, 52.0]


def test_plain_rows_keep_their_order_and_characters():
    text, batch = render_rows("findings", [{"finding_id": "f1", "check": "x", "severity": "info", "doc_ids": ["a"],
                                            "claim_ids": ["c"], "message": "née “quoted”"}])
    assert text.decode("utf-8") == '{"finding_id":"f1","check":"x","severity":"info","doc_ids":["a"],' \
                                   '"claim_ids":["c"],"message":"née “quoted”"}\n'
    assert batch.column("doc_ids").to_pylist() == [["a"]]


# --- Files follow the umask; the output folder is one set ------------------------------------------

import os  # noqa: E402
import signal  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import textwrap  # noqa: E402
from pathlib import Path  # noqa: E402

from extractor.output.database import read_run  # noqa: E402
from extractor.errors import UsageError  # noqa: E402
from extractor.runner import run  # noqa: E402
from extractor.output.write import MANIFEST, read_manifest, write_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

#: Two small batches: an older run and a newer one of other releases.
OLD_RELEASES = {
    "acme.txt": "Acme Corp will reduce its greenhouse gas emissions by 46% by 2030 compared with 2019.",
    "bolt.txt": "Bolt Energy cut its electricity use by 12% in 2023.",
}
NEW_RELEASES = {
    "acme.txt": "Acme Corp will reduce its greenhouse gas emissions by 50% by 2030 compared with 2019.",
    "cora.txt": "Cora Foods received a CDP Climate A List rating for the third consecutive year.",
    "delta.txt": "Delta Shipping invested USD 20 million in solar panels in 2024.",
}


def _folder(path: Path, releases: dict[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in releases.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002], ids=["022", "027", "002"])
def test_every_file_of_a_run_follows_the_umask(tmp_path, umask):
    src = _folder(tmp_path / "src", OLD_RELEASES)
    before = os.umask(umask)
    try:
        run([str(src)], tmp_path / "out", jobs=1, progress=False)
    finally:
        os.umask(before)
    files = sorted(p for p in (tmp_path / "out").iterdir())
    assert {p.name for p in files} >= {"claims.parquet", "claims.jsonl", "texts.jsonl", "extractor.duckdb",
                                       "report.html", MANIFEST}
    assert {p.name: oct(_mode(p)) for p in files} == {p.name: oct(0o666 & ~umask) for p in files}


def test_a_table_written_alone_follows_the_umask(tmp_path):
    before = os.umask(0o022)
    try:
        paths = write_table("findings", [], tmp_path)
    finally:
        os.umask(before)
    assert [oct(_mode(p)) for p in paths] == [oct(0o644)] * 2


def _tables(out: Path) -> dict[str, list[dict]]:
    return read_run(out)


def _doc_ids(out: Path) -> set[str]:
    return {d["doc_id"] for d in _tables(out)["documents"]}


@pytest.mark.parametrize("flags", [{}, {"report": False, "database": False, "texts": False}],
                         ids=["full", "no-report-no-db-no-texts"])
def test_a_rerun_leaves_nothing_of_the_older_run(tmp_path, flags):
    import duckdb

    old = _folder(tmp_path / "old", OLD_RELEASES)
    new = _folder(tmp_path / "new", {k: v for k, v in NEW_RELEASES.items() if k != "acme.txt"})
    out = tmp_path / "out"
    run([str(old)], out, jobs=1, progress=False)
    run([str(new)], out, jobs=1, progress=False, **flags)
    names = {p.name for p in out.iterdir()}
    tables = ("documents", "claims", "findings", "companies") + (() if flags else ("texts",))
    # and what a next run reads: the index of the documents' files, the cache of the checks across releases
    expected = {f"{t}.{ext}" for t in tables for ext in ("parquet", "jsonl")} | {
        MANIFEST, "rerun-index.parquet", "rerun-checks.parquet"}
    if not flags:
        expected |= {"extractor.duckdb", "report.html"}
    assert names == expected
    assert _doc_ids(out) == {"cora.txt", "delta.txt"}
    if not flags:
        con = duckdb.connect(str(out / "extractor.duckdb"), read_only=True)
        assert {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()} == {"cora.txt", "delta.txt"}
        assert "bolt.txt" not in (out / "report.html").read_text(encoding="utf-8")


def test_readers_refuse_a_folder_without_a_complete_set(tmp_path):
    (tmp_path / "claims.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no manifest.json"):
        read_run(tmp_path)


_KILLED_RUN = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from extractor.runner import run

    kill_at, real_replace, calls = int(sys.argv[3]), os.replace, [0]

    def replace(src, dst):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst)

    os.replace = replace
    run([sys.argv[1]], Path(sys.argv[2]), jobs=1, progress=False)
    print(calls[0])
""")


def _run_killed(src: Path, out: Path, kill_at: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "EXTRACTOR_PURE_PYTHON": "1", "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
    return subprocess.run([sys.executable, "-c", _KILLED_RUN, str(src), str(out), str(kill_at)],
                          capture_output=True, text=True, env=env, timeout=300)


def _is_complete_set(out: Path, doc_ids: set[str]) -> bool:
    import duckdb

    tables = _tables(out)
    if {d["doc_id"] for d in tables["documents"]} != doc_ids:
        return False
    assert {c["doc_id"] for c in tables["claims"]} <= doc_ids  # every claim points at a document of the set
    assert {t["doc_id"] for t in tables["texts"]} <= doc_ids
    files = read_manifest(out)  # where each file of the set is: in OUT, or still in a committed staging folder
    assert "report.html" in files and "extractor.duckdb" in files
    con = duckdb.connect(str(files["extractor.duckdb"]), read_only=True)
    try:
        assert {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()} == doc_ids
    finally:
        con.close()
    return True


def test_a_run_killed_at_any_rename_leaves_the_old_set_or_the_new_one(tmp_path):
    """`kill -9` before chosen renames of a run (tables, report, manifest, the switch into OUT): readers see
    the older complete set or the new one, never a mix; the next run cleans what the killed one left."""
    old = _folder(tmp_path / "old", OLD_RELEASES)
    new = _folder(tmp_path / "new", NEW_RELEASES)
    counted = _run_killed(new, tmp_path / "count", 0)
    renames = int(counted.stdout.strip().splitlines()[-1])
    assert renames >= 15, counted.stderr
    # While the tables are written, the report, the staged manifest (the commit), the first file of the
    # switch, half-way through it, and the manifest switched in (the switch moves 10 files and the manifest).
    chosen = sorted({1, renames // 3, renames - 12, renames - 11, renames - 5, renames})
    seen = set()
    for kill_at in chosen:
        out = tmp_path / f"out{kill_at}"
        run([str(old)], out, jobs=1, progress=False)
        killed = _run_killed(new, out, kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        if _is_complete_set(out, set(OLD_RELEASES)):
            seen.add("old")
        else:
            assert _is_complete_set(out, set(NEW_RELEASES)), f"kill before rename {kill_at}: a mixed set"
            seen.add("new")
        run([str(new)], out, jobs=1, progress=False, report=False)
        assert not list(out.glob(".*")), f"kill before rename {kill_at}: a killed run's files are left"
        assert _doc_ids(out) == set(NEW_RELEASES) and not (out / "report.html").exists()
    assert seen == {"old", "new"}


def test_an_error_during_the_run_leaves_the_older_set(tmp_path, monkeypatch):
    import multiprocessing

    import extractor.output.report
    from extractor import runner

    old = _folder(tmp_path / "old", OLD_RELEASES)
    new = _folder(tmp_path / "new", NEW_RELEASES)
    out = tmp_path / "out"
    run([str(old)], out, jobs=1, progress=False)

    def fail(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(extractor.output.report, "write_report", fail)
    # the report is written in a process of its own: forked, it has the function above
    monkeypatch.setattr(runner, "_clean_context", lambda: multiprocessing.get_context("fork"))
    with pytest.raises(KeyboardInterrupt):
        run([str(new)], out, jobs=1, progress=False)
    assert _doc_ids(out) == set(OLD_RELEASES) and not list(out.glob(".*"))


def test_two_runs_into_one_folder_at_once_are_refused(tmp_path):
    from extractor.errors import EnvironmentFailure
    from extractor.output.write import OutputSet

    with OutputSet(tmp_path / "out"):
        with pytest.raises(EnvironmentFailure, match="another extractor run is writing into"):
            OutputSet(tmp_path / "out")


# --- The texts table: the text the claims' offsets index --------------------------------------------

@pytest.fixture(scope="module")
def corpora_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpora")
    run([str(ROOT / "corpora")], out, jobs=1, progress=False, report=False, database=False)
    return read_run(out)


def test_every_claim_of_the_bundled_corpora_is_its_document_text_between_start_and_end(corpora_run):
    text_of = {t["doc_id"]: t["text"] for t in corpora_run["texts"]}
    ok = {d["doc_id"] for d in corpora_run["documents"] if d["status"] == "ok"}
    assert set(text_of) == ok and len(corpora_run["claims"]) > 100
    wrong = [(c["claim_id"], c["value_text"]) for c in corpora_run["claims"]
             if text_of[c["doc_id"]][c["start"]:c["end"]] != c["value_text"]]
    assert wrong == []


@pytest.mark.parametrize(("name", "raw"), [
    pytest.param("bom.txt", b"\xef\xbb\xbf" + OLD_RELEASES["acme.txt"].encode("utf-8"), id="utf8-bom"),
    pytest.param("wide.txt", OLD_RELEASES["acme.txt"].encode("utf-16"), id="utf16-bom"),
    pytest.param("plain.txt", NEW_RELEASES["acme.txt"].encode("utf-8"), id="utf8"),
    pytest.param("page.html", ("<html><head><title>x</title></head><body><h1>Acme</h1><p>"
                               + OLD_RELEASES["acme.txt"] + "</p></body></html>").encode(), id="html"),
])
def test_the_outputs_alone_give_each_claim_its_evidence(tmp_path, name, raw):
    src = tmp_path / "src"
    src.mkdir()
    (src / name).write_bytes(raw)
    run([str(src)], tmp_path / "out", jobs=1, progress=False, report=False, database=False)
    tables = read_run(tmp_path / "out")
    (document,), (text,) = tables["documents"], tables["texts"]
    assert tables["claims"] and all(text["text"][c["start"]:c["end"]] == c["value_text"] for c in tables["claims"])
    if not name.endswith(".html"):  # the encoding column decodes a text file to that text
        assert raw.decode(document["encoding"]) == text["text"]


def test_no_texts_writes_no_texts_table(tmp_path):
    src = _folder(tmp_path / "src", OLD_RELEASES)
    run([str(src)], tmp_path / "out", jobs=1, progress=False, report=False, database=False, texts=False)
    assert "texts" not in read_run(tmp_path / "out") and not (tmp_path / "out" / "texts.jsonl").exists()


def test_an_interrupt_at_any_rename_leaves_the_old_set_or_the_new_one(tmp_path, monkeypatch):
    """Ctrl-C (KeyboardInterrupt) before each rename of a run, the switch into OUT included: an interrupt
    after the set was committed finishes the switch instead of leaving OUT with neither set."""
    import extractor.output.write

    old = _folder(tmp_path / "old", OLD_RELEASES)
    new = _folder(tmp_path / "new", NEW_RELEASES)
    real_replace, calls = os.replace, [0, 0]

    def replace(src, dst):
        calls[0] += 1
        if calls[0] == calls[1]:
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(extractor.output.write.os, "replace", replace)
    run([str(new)], tmp_path / "count", jobs=1, progress=False)
    renames, seen = calls[0], set()
    for kill_at in sorted({1, renames // 3} | set(range(renames - 12, renames + 1))):  # every rename of the switch
        out = tmp_path / f"out{kill_at}"
        calls[:] = [0, 0]
        run([str(old)], out, jobs=1, progress=False)
        calls[:] = [0, kill_at]
        with pytest.raises(KeyboardInterrupt):
            run([str(new)], out, jobs=1, progress=False)
        state = "old" if _is_complete_set(out, set(OLD_RELEASES)) else "new"
        assert state == "old" or _is_complete_set(out, set(NEW_RELEASES)), f"rename {kill_at}: a mixed set"
        seen.add(state)
        assert not list(out.glob(".*")), f"interrupt before rename {kill_at}: files left behind"
    assert seen == {"old", "new"}


def test_a_full_disk_while_writing_is_the_environment_failing_and_keeps_the_older_set(tmp_path, monkeypatch):
    import errno

    import extractor.output.write
    from extractor.errors import EnvironmentFailure

    old = _folder(tmp_path / "old", OLD_RELEASES)
    out = tmp_path / "out"
    run([str(old)], out, jobs=1, progress=False)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(extractor.output.write.TableWriter, "write_rendered", full)
    with pytest.raises(EnvironmentFailure, match="No space left on device"):
        run([str(_folder(tmp_path / "new", NEW_RELEASES))], out, jobs=1, progress=False)
    assert _doc_ids(out) == set(OLD_RELEASES) and not list(out.glob(".*"))


# --- what a run writes once the whole batch is known (issue 36) ---

def test_filling_a_column_by_document_writes_what_writing_the_filled_rows_writes(tmp_path):
    """The claims' companies, known once the batch is linked, are written into both files without parsing the
    JSON lines again: the files are those written from the filled rows, whatever the other values hold."""
    import pyarrow.parquet as pq

    from extractor.output.write import fill_by_document, write_table

    def claim(doc_id, n, text, company=None):
        return {"claim_id": f"{doc_id}-{n}", "doc_id": doc_id, "lang": "th", "kind": "target", "text": text,
                "start": 0, "end": 3, "rule": "r", "value": 40.0 + n, "company_id": company}

    texts = ['He said "company_id": null}', "ลดการปล่อยก๊าซ 40% ภายในปี 2573", 'a,"company_id":"x"}\\n', ""]
    docs = [("a.txt", 2, "co-000000000001"), ("b.txt", 0, "co-000000000002"), ("c.txt", 3, None),
            ("d.txt", 1, 'co-"quoted" ไทย')]
    rows = [claim(doc_id, n, texts[(i + n) % len(texts)], company="L:SET:CTF\x1fN:Old")
            for i, (doc_id, count, _) in enumerate(docs) for n in range(count)]
    filled = [{**r, "company_id": company} for doc_id, count, company in docs for r in rows if r["doc_id"] == doc_id]
    write_table("claims", rows, tmp_path / "filled", batch_size=2)
    fill_by_document(tmp_path / "filled", "claims", "company_id", [c for _, _, c in docs], [n for _, n, _ in docs])
    write_table("claims", filled, tmp_path / "written", batch_size=2)
    for name in ("claims.jsonl",):
        assert (tmp_path / "filled" / name).read_bytes() == (tmp_path / "written" / name).read_bytes()
    assert pq.read_table(tmp_path / "filled" / "claims.parquet").equals(
        pq.read_table(tmp_path / "written" / "claims.parquet"))
    with pytest.raises(ValueError):  # rows and documents that do not add up are refused, not written crooked
        fill_by_document(tmp_path / "filled", "claims", "company_id", ["co-1"], [1])
    with pytest.raises(ValueError):
        fill_by_document(tmp_path / "filled", "claims", "doc_id", [], [])


def test_the_duckdb_file_of_a_run_holds_what_loading_its_json_lines_gives(tmp_path):
    """A run loads its DuckDB file from its Parquet files (DuckDB reads them itself); `extractor load` of
    the same run's JSON Lines gives the same tables and views, row for row."""
    import duckdb

    from extractor.output.database import load
    from extractor.runner import run

    run([str(ROOT / "corpora" / "samples")], tmp_path / "out", jobs=1, progress=False, report=False)
    load(tmp_path / "out", f"duckdb:///{tmp_path / 'from-jsonl.duckdb'}")
    ours = duckdb.connect(str(tmp_path / "out" / "extractor.duckdb"), read_only=True)
    theirs = duckdb.connect(str(tmp_path / "from-jsonl.duckdb"), read_only=True)
    shape = "SELECT table_name, column_name, data_type FROM information_schema.columns ORDER BY ALL"
    assert ours.execute(shape).fetchall() == theirs.execute(shape).fetchall()
    for table in ("documents", "claims", "findings", "texts", "companies", "targets_over_time", "story_agreement"):
        rows = ours.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
        assert rows and rows == theirs.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=8), st.data())
def test_rows_of_staged_batches_are_taken_in_the_order_asked(sizes, data):
    """`StagedBatches.take`: rows numbered through every batch of several staged files, in any order and
    repeated, are the rows a take from the whole table gives, whenever the mapped pages are given back."""
    import tempfile

    import pyarrow as pa

    from extractor.output.write import StagedBatches, StagedRows, read_staged

    schema = pa.schema([("n", pa.int64()), ("s", pa.string())])
    with tempfile.TemporaryDirectory() as folder:
        paths, n = [Path(folder) / "a.arrow", Path(folder) / "b.arrow"], 0
        writers = [StagedRows(p, schema) for p in paths]
        for k, size in enumerate(sizes):
            writers[k % 2].add(pa.record_batch([pa.array(range(n, n + size)), pa.array([f"r{i}" for i in
                                                                                         range(n, n + size)])],
                                               schema=schema))
            n += size
        for w in writers:
            w.close()
        whole = pa.concat_tables([read_staged(p) for p in paths])
        rows = data.draw(st.lists(st.integers(min_value=0, max_value=max(0, whole.num_rows - 1)),
                                  max_size=20) if whole.num_rows else st.just([]))
        staged = StagedBatches(paths)
        staged.RELEASE_BYTES = data.draw(st.sampled_from([1, 2**25]))  # pages given back after every batch, or not
        assert staged.num_rows == whole.num_rows
        assert staged.take(rows).to_pylist() == whole.take(pa.array(rows, pa.int64())).to_pylist()
