"""Engines: the process pool and Dask run the same per-file function and give the same tables, row for row."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main
from extractor.runner import _failed_chunk, process_all
from extractor.ingest import Source

ROOT = Path(__file__).resolve().parents[1]
CORPORA = str(ROOT / "corpora")


def _tables(out: Path) -> dict[str, str]:
    return {name: (out / f"{name}.jsonl").read_text(encoding="utf-8") for name in ("documents", "claims", "findings")}


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    assert main(["run", CORPORA, "--out", str(out), "--jobs", "1", "--no-progress", "--no-report"]) == 0
    return _tables(out)


def test_process_pool_equals_serial(serial, tmp_path):
    main(["run", CORPORA, "--out", str(tmp_path), "--jobs", "2", "--no-progress", "--no-report"])
    assert _tables(tmp_path) == serial


def test_dask_local_cluster_equals_serial(serial, tmp_path):
    pytest.importorskip("dask.distributed")
    main(["run", CORPORA, "--out", str(tmp_path), "--engine", "dask", "--jobs", "2", "--no-progress", "--no-report"])
    assert _tables(tmp_path) == serial


def test_a_lost_worker_turns_its_files_into_error_rows():
    (doc,) = _failed_chunk([Source("a/x.txt", "x.txt")], RuntimeError("killed")).documents
    assert doc.status == "error" and "killed" in doc.reason


def test_unknown_engine_is_a_usage_error():
    from extractor.errors import UsageError

    with pytest.raises(UsageError):
        list(process_all([], jobs=1, engine="spark"))


def test_scheduler_needs_dask_engine(capsys):
    assert main(["run", CORPORA, "--scheduler", "tcp://127.0.0.1:1", "--no-progress"]) == 2
    assert "--engine dask" in capsys.readouterr().err
