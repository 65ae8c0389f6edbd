"""The command line and the tables it writes: exit codes, schemas, JSON Lines, atomic writes, determinism."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractor import runner
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    code = main(["run", str(SAMPLES), "--out", str(out), "--jobs", "1", "--no-progress", "--no-report"])
    return code, out


def test_run_exits_zero_when_every_file_was_handled(sample_run):
    code, out = sample_run
    assert code == 0
    for table in ("documents", "claims", "findings"):
        assert (out / f"{table}.parquet").exists() and (out / f"{table}.jsonl").exists()
    assert not list(out.glob("*.part")) and not list(out.glob(".*"))


def test_every_input_file_has_a_row_with_an_actionable_reason(sample_run):
    _, out = sample_run
    docs = pd.read_parquet(out / "documents.parquet")
    on_disk = sorted(p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*") if p.is_file())
    assert sorted(docs.doc_id) == on_disk
    by_id = docs.set_index("doc_id")
    assert by_id.loc["edge/empty.txt", "status"] == "skipped" and "empty" in by_id.loc["edge/empty.txt", "reason"]
    assert "PNG" in by_id.loc["edge/nested/deeper/company-logo.txt", "reason"]
    assert by_id.loc["edge/ja/press-release.txt", "reason"] == "language ja is not supported (supported: en, nl, th)"
    assert by_id.loc["edge/ja/press-release.txt", "lang"] == "ja"
    assert by_id.loc["th/2024/siam-green-cement.txt", "encoding"] == "cp874"
    assert by_id.loc["nl/2025/northwind-jaarupdate.txt", "encoding"] == "cp1252"
    assert by_id.loc["nl/2025/northwind-jaarupdate.txt", "published"] == "2025-02-18"
    assert (docs[docs.status == "ok"].reason.isna()).all()


def test_parquet_types_follow_the_contract(sample_run):
    _, out = sample_run
    claims = pd.read_parquet(out / "claims.parquet")
    for column in ("target_year", "baseline_year", "period_year", "streak", "start", "end", "mentions"):
        assert str(claims[column].dtype) == "Int64", column
    assert claims.value.dtype == "float64"
    docs = pd.read_parquet(out / "documents.parquet")
    assert str(docs.n_claims.dtype) == "Int64"
    assert docs.set_index("doc_id").n_claims.to_dict() == claims.groupby("doc_id").size().reindex(docs.doc_id, fill_value=0).to_dict()
    import pyarrow.parquet as pq

    import pyarrow as pa

    schema = pq.read_schema(out / "findings.parquet")
    for column in ("doc_ids", "claim_ids"):
        assert pa.types.is_list(schema.field(column).type) and schema.field(column).type.value_type == pa.string()


def test_jsonl_is_utf8_with_thai_unescaped_and_no_nan(sample_run):
    _, out = sample_run
    raw = (out / "claims.jsonl").read_text(encoding="utf-8")
    assert "ร้อยละ" in raw and "\\u0e" not in raw
    assert "NaN" not in raw
    rows = [json.loads(line) for line in raw.splitlines()]
    assert all(set(rows[0]) == set(r) for r in rows)


def test_offsets_point_into_the_decoded_document(sample_run):
    _, out = sample_run
    claims = pd.read_parquet(out / "claims.parquet")
    from extractor.ingest import ingest

    for row in claims.itertuples():
        path = SAMPLES / row.doc_id
        text = ingest(path.read_bytes(), suffix=path.suffix).text
        assert text[row.start:row.end] == row.value_text
        assert row.value_text in row.text or row.text in text


def test_same_input_same_output(sample_run, tmp_path):
    _, out = sample_run
    main(["run", str(SAMPLES), "--out", str(tmp_path), "--jobs", "2", "--no-progress", "--no-report"])
    for table in ("documents", "claims", "findings"):
        assert (out / f"{table}.jsonl").read_text() == (tmp_path / f"{table}.jsonl").read_text(), table


def test_exit_one_when_a_file_errors_but_everything_is_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Acme will cut its emissions by 40% by 2030 compared with 2019.", encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8")
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "--no-progress", "--no-report"]) == 1
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert docs.loc["broken.txt", "status"] == "error"
    assert docs.loc["good.txt", "status"] == "ok" and docs.loc["good.txt", "n_claims"] == 1


@pytest.mark.parametrize("where", ["language", "dateline", "extract"])
def test_an_unexpected_crash_on_one_file_does_not_stop_the_batch(tmp_path, monkeypatch, where):
    """A crash in a file's first stage or in a later one (files run stage by stage: `process_files`)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Acme cut emissions by 5% in 2023.")
    (src / "b.txt").write_text("Acme cut emissions by 6% in 2023.")
    (src / "c.txt").write_text("Acme cut emissions by 7% in 2023.")
    from extractor import stages

    i = [s.__name__ for s in stages.STAGES].index(where)
    real = stages.STAGES[i]

    def flaky(release):
        if "5%" in release.body:
            raise RuntimeError("boom")
        return real(release)

    monkeypatch.setattr(stages, "STAGES", (*stages.STAGES[:i], flaky, *stages.STAGES[i + 1:]))
    result = runner.run([str(src)], tmp_path / "out", jobs=1, progress=False, report=False)
    status = {d.doc_id: (d.status, d.reason) for d in result.documents}
    assert status["a.txt"][0] == "error" and "internal error (RuntimeError: boom)" in status["a.txt"][1]
    assert status["b.txt"][0] == status["c.txt"][0] == "ok"
    assert result.claims_by_kind["percentage"] == 2


@pytest.mark.parametrize("argv", [
    pytest.param(["run", "/no/such/folder", "--no-progress"], id="missing-input"),
    pytest.param(["run", "--jobs", "0"], id="bad-jobs"),
    pytest.param(["run", "--no-such-option"], id="unknown-option"),
    pytest.param([], id="no-command"),
])
def test_usage_errors_exit_two(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    assert capsys.readouterr().err


def test_summary_names_statuses_languages_and_kinds(tmp_path, capsys):
    main(["run", str(SAMPLES / "th" / "2024" / "siam-green-cement.txt"), "--out", str(tmp_path), "--no-progress",
          "--no-report"])
    printed = capsys.readouterr().out
    assert "status    ok 1" in printed and "language  th 1" in printed and "claims    9" in printed


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["report", "--help"]])
def test_help_shows_examples(args):
    done = subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0
    assert "Example" in done.stdout


def test_console_script_is_installed():
    exe = shutil.which("extractor", path=str(Path(sys.executable).parent))
    assert exe is not None
    assert subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.startswith("extractor ")


# --- Errors a person can act on: one line, the exit code of the contract -------------------------------

import os  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402

ENV = {**os.environ, "EXTRACTOR_PURE_PYTHON": "1", "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
ONE_RELEASE = SAMPLES / "th" / "2024" / "siam-green-cement.txt"


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _unwritable(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores modes: a folder in /sys then)."""
    if os.geteuid() == 0:
        return Path("/sys/extractor-out")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    return locked / "out"


@pytest.mark.parametrize(("target", "code", "said"), [
    pytest.param(lambda tmp: (tmp / "a-file.txt").write_text("x") and tmp / "a-file.txt", 2, "is a file",
                 id="out-is-a-file"),
    pytest.param(_unwritable, 3, "cannot write into", id="out-unwritable"),
])
def test_an_out_that_cannot_be_a_folder_is_one_line(tmp_path, capsys, target, code, said):
    out = target(tmp_path)
    assert main(["run", str(ONE_RELEASE), "--out", str(out), "--no-progress"]) == code
    assert said in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("args", [[], ["run"], ["load"], ["report"]], ids=["main", "run", "load", "report"])
def test_help_lists_every_exit_code(args):
    done = subprocess.run([sys.executable, "-m", "extractor", *args, "--help"], capture_output=True, text=True,
                          cwd=ROOT, env=ENV)
    listed = done.stdout.split("Exit codes:")[1]
    for code in ("0", "1", "2", "3", "130"):
        assert f"\n  {code} " in listed, code


def test_a_reader_that_goes_away_ends_the_output_quietly(tmp_path):
    """`extractor run ... | head`: the pipe closed before the summary is written."""
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "run", str(ONE_RELEASE), "--out", str(tmp_path / "o"),
                             "--no-progress", "--no-report", "--no-db"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=ENV)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0
    assert "BrokenPipeError" not in err and "Traceback" not in err and "Exception ignored" not in err


def test_ctrl_c_is_one_line_exit_130_and_keeps_the_older_set(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(ONE_RELEASE), "--out", str(out), "--no-progress", "--no-report"]) == 0
    before = (out / "documents.jsonl").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "run", str(SAMPLES), str(ROOT / "corpora" / "seeds"),
                             "--out", str(out), "--no-progress", "--jobs", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=ENV, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob(".extractor-staging-*/.claims.*")) and time.monotonic() < deadline:
        time.sleep(0.02)  # the run is extracting once its claims table is open in the staging folder
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert _one_line(err).strip() == "extractor: interrupted"
    assert (out / "documents.jsonl").read_bytes() == before and not list(out.glob(".*"))


def test_run_while_another_process_holds_the_duckdb_file_is_one_line_exit_three(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(ONE_RELEASE), "--out", str(out), "--no-progress", "--no-report"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix != ".duckdb"}
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                               "print('holding', flush=True); sys.stdin.read()", str(out / "extractor.duckdb")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert main(["run", str(SAMPLES), "--out", str(out), "--no-progress", "--jobs", "1"]) == 3
    finally:
        holder.communicate("")
    err = _one_line(capsys.readouterr().err)
    assert "extractor.duckdb is held by process" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.suffix != ".duckdb"} == before
