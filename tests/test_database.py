"""Loading into DuckDB, SQLite and a real PostgreSQL server: schema, types, idempotence, updates, errors."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from glob import glob
from pathlib import Path

import duckdb
import pytest

from extractor.database import load, parse_url
from extractor.errors import UsageError
from extractor.runner import run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    run([str(ROOT / "corpora" / "samples")], out, jobs=1, progress=False, report=False, database=False)
    return out


def _counts(out: Path) -> dict[str, int]:
    return {t: len((out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines()) for t in ("documents", "claims", "findings", "companies")}


def _newer_run(out: Path, tmp_path: Path) -> Path:
    """A copy of `out` in which one finding's message changed, as a later run would have it."""
    newer = tmp_path / "newer"
    shutil.copytree(out, newer)
    rows = [json.loads(line) for line in (newer / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[0]["message"] = "updated message"
    (newer / "findings.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return newer


def test_run_writes_the_embedded_database_with_views(tmp_path):
    out = tmp_path / "out"
    run([str(ROOT / "corpora" / "samples")], out, jobs=1, progress=False, report=False)
    con = duckdb.connect(str(out / "extractor.duckdb"), read_only=True)
    assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == _counts(out)["claims"]
    stories = con.execute("SELECT subject, mismatches FROM story_agreement ORDER BY subject").fetchall()
    assert ("Siam Green Cement", 1) in stories and ("Northwind Logistics", 0) in stories
    assert con.execute("SELECT COUNT(*) FROM targets_over_time WHERE target_year = 2045").fetchone()[0] >= 2


def test_duckdb_load_is_idempotent_and_typed(run_out, tmp_path):
    url = f"duckdb:///{tmp_path / 'x.duckdb'}"
    assert load(run_out, url) == _counts(run_out)
    assert load(run_out, url) == _counts(run_out)
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'claims'").fetchall())
    assert types["target_year"] == "BIGINT" and types["value"] == "DOUBLE"
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'findings'").fetchall())
    assert types["doc_ids"] == "VARCHAR[]"
    with pytest.raises(duckdb.ConstraintException):
        con.close()
        con = duckdb.connect(str(tmp_path / "x.duckdb"))
        con.execute("INSERT INTO claims (claim_id) SELECT claim_id FROM claims LIMIT 1")


def test_duckdb_newer_run_updates_rows(run_out, tmp_path):
    url = f"duckdb:///{tmp_path / 'x.duckdb'}"
    load(run_out, url)
    load(_newer_run(run_out, tmp_path), url)
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT COUNT(*) FROM findings WHERE message = 'updated message'").fetchone()[0] == 1
    assert con.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == _counts(run_out)["findings"]


def test_sqlite_load_is_idempotent_and_stores_lists_as_json(run_out, tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert load(run_out, url) == load(run_out, url) == _counts(run_out)
    load(_newer_run(run_out, tmp_path), url)
    con = sqlite3.connect(tmp_path / "x.sqlite")
    doc_ids = con.execute("SELECT doc_ids FROM findings LIMIT 1").fetchone()[0]
    assert isinstance(json.loads(doc_ids), list)
    assert con.execute("SELECT COUNT(*) FROM findings WHERE message = 'updated message'").fetchone()[0] == 1
    assert con.execute("SELECT typeof(target_year) FROM claims WHERE target_year IS NOT NULL LIMIT 1").fetchone()[0] == "integer"


def test_a_table_with_other_columns_is_refused(run_out, tmp_path):
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE claims (claim_id TEXT PRIMARY KEY, amount REAL)")
    with pytest.raises(UsageError, match="lacks columns"):
        load(run_out, f"sqlite:///{path}")


@pytest.mark.parametrize("url", ["mysql://host/db", "sqlite://", "postgresql://host", "not a url"])
def test_bad_urls_get_a_clear_error(url):
    with pytest.raises(UsageError):
        parse_url(url)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_postgresql_is_a_clear_error(run_out):
    pytest.importorskip("psycopg")
    with pytest.raises(UsageError, match="cannot reach PostgreSQL"):
        load(run_out, f"postgresql://nobody@127.0.0.1:{_free_port()}/claims")


@pytest.fixture(scope="module")
def postgres_url():
    """A throwaway PostgreSQL server on a free loopback port, in a temporary folder."""
    pytest.importorskip("psycopg")
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries missing: .ci/run installs the Debian package 'postgresql'")
        pytest.skip("PostgreSQL server not installed (apt-get install postgresql)")
    bindir = Path(found[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="extractor-pg-", dir="/tmp"))
    data = folder / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres system user
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "tester"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://tester@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def test_postgresql_load_is_idempotent_typed_and_updates(run_out, tmp_path, postgres_url):
    import psycopg

    assert load(run_out, postgres_url) == _counts(run_out)
    assert load(run_out, postgres_url) == _counts(run_out)
    load(_newer_run(run_out, tmp_path), postgres_url)
    with psycopg.connect(postgres_url) as con:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'findings'").fetchall())
        assert types["doc_ids"] == "ARRAY"
        doc_ids = con.execute("SELECT doc_ids FROM findings LIMIT 1").fetchone()[0]
        assert isinstance(doc_ids, list) and doc_ids
        assert con.execute("SELECT COUNT(*) FROM findings WHERE message = 'updated message'").fetchone()[0] == 1
        assert con.execute("SELECT COUNT(*) FROM story_agreement").fetchone()[0] == 2
        thai = con.execute("SELECT text FROM claims WHERE lang = 'th' LIMIT 1").fetchone()[0]
        assert "\u0e00" <= max(thai) <= "\u0e7f" or any("\u0e00" <= ch <= "\u0e7f" for ch in thai)


def test_postgresql_strips_nul_bytes(run_out, tmp_path, postgres_url):
    import psycopg

    dirty = tmp_path / "dirty"
    shutil.copytree(run_out, dirty)
    rows = [json.loads(line) for line in (dirty / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[0]["text"] = "scraped\x00text"
    (dirty / "claims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    load(dirty, postgres_url)
    with psycopg.connect(postgres_url) as con:
        got = con.execute("SELECT text FROM claims WHERE claim_id = %s", [rows[0]["claim_id"]]).fetchone()[0]
    assert got == "scrapedtext"
