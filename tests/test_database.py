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

from extractor.output.database import load, parse_url
from extractor.errors import EnvironmentFailure, UsageError
from extractor.runner import run

ROOT = Path(__file__).resolve().parents[1]
PG_PASSWORD = "s3cret-for-tests"


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    run([str(ROOT / "corpora" / "samples")], out, jobs=1, progress=False, report=False, database=False)
    return out


def _counts(out: Path) -> dict[str, int]:
    return {t: len((out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines())
            for t in ("documents", "claims", "findings", "texts", "companies")}


def _newer_run(out: Path, tmp_path: Path) -> Path:
    """A copy of `out` in which one finding's message changed, as a later run would have it: in both files of the
    table (DuckDB loads the Parquet file, SQLite and PostgreSQL the JSON lines)."""
    from extractor.output.write import write_table

    newer = tmp_path / "newer"
    shutil.copytree(out, newer)
    rows = [json.loads(line) for line in (newer / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[0]["message"] = "updated message"
    write_table("findings", rows, newer)
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


@pytest.mark.parametrize("chunk", [250_000, 7], ids=["one-chunk", "chunks-of-7"])
def test_the_duckdb_file_holds_every_row_of_every_table(run_out, tmp_path, monkeypatch, chunk):
    """A new file is filled a chunk of rows at a time (each checkpointed): every row of every table, once."""
    from extractor.output import database
    from extractor.output.write import SCHEMAS

    monkeypatch.setattr(database, "DUCKDB_CHUNK_ROWS", chunk)
    load(run_out, f"duckdb:///{tmp_path / 'x.duckdb'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.duckdb"]
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    for table in ("documents", "claims", "findings", "texts", "companies"):
        names = SCHEMAS[table].names
        rows = [json.loads(line) for line in (run_out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()]
        expected = sorted(json.dumps([r[n] for n in names], ensure_ascii=False) for r in rows)
        held = con.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table}").fetchall()
        assert sorted(json.dumps(list(row), ensure_ascii=False) for row in held) == expected, table


def test_a_key_a_run_holds_twice_keeps_its_first_row_in_duckdb(run_out, tmp_path):
    from extractor.output.write import write_table

    twice = tmp_path / "twice"
    shutil.copytree(run_out, twice)
    rows = [json.loads(line) for line in (twice / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    write_table("findings", [*rows, {**rows[0], "message": "the same key again"}], twice)
    load(twice, f"duckdb:///{tmp_path / 'x.duckdb'}")
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT message FROM findings WHERE finding_id = ?", [rows[0]["finding_id"]]).fetchall() == [
        (rows[0]["message"],)]
    assert con.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == len(rows)


def test_a_failed_load_into_a_new_duckdb_file_leaves_nothing(run_out, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(run_out, broken)
    (broken / "claims.parquet").write_bytes(b"not a parquet file")
    with pytest.raises(duckdb.Error):
        load(broken, f"duckdb:///{tmp_path / 'x.duckdb'}")
    assert not [p.name for p in tmp_path.iterdir() if p.name != "broken"]


def test_duckdb_out_of_memory_is_one_line_and_exit_three(run_out, tmp_path, monkeypatch, capsys):
    """A new DuckDB file is made within `DUCKDB_MEMORY_LIMIT`; a batch whose keys' index does not fit says so
    in one line (exit 3), with no traceback, and leaves no file."""
    from extractor.cli import main
    from extractor.output import database

    monkeypatch.setattr(database, "DUCKDB_MEMORY_LIMIT", "1MB")
    assert main(["load", str(run_out), "--db", f"duckdb:///{tmp_path / 'x.duckdb'}"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ran out of memory" in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


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
    with pytest.raises(EnvironmentFailure, match="cannot reach PostgreSQL") as err:
        load(run_out, f"postgresql://nobody:hunter2@127.0.0.1:{_free_port()}/claims")
    assert "hunter2" not in str(err.value) and "nobody:***@" in str(err.value)


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
    (folder / "password").write_text(PG_PASSWORD + "\n")
    shutil.chown(folder / "password", "postgres") if as_user else None
    # Logins over TCP need the password (so that a wrong one is refused); the socket trusts the tests' own user.
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "--auth-local=trust",
                    "--auth-host=scram-sha-256", "--pwfile", str(folder / "password"), "-U", "tester"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://tester:{PG_PASSWORD}@127.0.0.1:{port}/postgres"
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


# --- A load replaces each document as a unit, in one transaction; errors a person can act on ------------

@pytest.fixture(scope="module")
def release_versions(tmp_path_factory):
    """Two runs of one release: first a 46% target for 2020 (a target in the past: one finding), then the
    release changed to 50% by 2030 (no finding)."""
    root = tmp_path_factory.mktemp("versions")
    outs = []
    for name, text in (("v1", "Acme Corp will reduce its greenhouse gas emissions by 46% by 2020 compared with 2015."),
                       ("v2", "Acme Corp will reduce its greenhouse gas emissions by 50% by 2030 compared with 2015.")):
        (root / name).mkdir()
        (root / name / "acme.txt").write_text(f" date 2024-05-06 \n{text}\n", encoding="utf-8")
        (root / name / "bolt.txt").write_text("Bolt Energy cut its electricity use by 12% in 2023.\n", encoding="utf-8")
        run([str(root / name)], root / f"out-{name}", jobs=1, progress=False, report=False, database=False)
        outs.append(root / f"out-{name}")
    return outs


def _query(url: str, sql: str) -> list[tuple]:
    target = parse_url(url)
    if target.dialect == "duckdb":
        con = duckdb.connect(target.location, read_only=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()
    if target.dialect == "sqlite":
        with sqlite3.connect(target.location) as con:
            return con.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(target.location) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(params=["duckdb", "sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
        import psycopg

        with psycopg.connect(url, autocommit=True) as con:
            for table in ("documents", "claims", "findings", "texts"):
                con.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
        return url
    return f"{request.param}:///{tmp_path / ('x.' + request.param)}"


def test_a_changed_release_loaded_again_holds_only_its_new_claims_and_findings(release_versions, db_url):
    v1, v2 = release_versions
    load(v1, db_url)
    assert _query(db_url, "SELECT value FROM claims WHERE doc_id = 'acme.txt' AND kind = 'target'") == [(46.0,)]
    assert _query(db_url, "SELECT \"check\" FROM findings") == [("target_in_past",)]
    counts = load(v2, db_url)
    assert _query(db_url, "SELECT value, target_year FROM claims WHERE doc_id = 'acme.txt' AND kind = 'target'") \
        == [(50.0, 2030)]
    assert _query(db_url, "SELECT COUNT(*) FROM findings") == [(0,)]
    assert "50%" in _query(db_url, "SELECT text FROM texts WHERE doc_id = 'acme.txt'")[0][0]
    assert _query(db_url, "SELECT COUNT(*) FROM documents") == [(2,)]
    assert counts == _counts(v2)  # what this run loaded


def test_loaded_counts_are_this_runs_rows_not_the_tables_totals(release_versions, tmp_path, capsys):
    from extractor.cli import main

    v1, _ = release_versions
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    load(v1, url)
    sqlite3.connect(tmp_path / "x.sqlite").execute("INSERT INTO documents (doc_id, status) VALUES ('other.txt', 'ok')") \
        .connection.commit()
    assert main(["load", str(v1), "--db", url]) == 0
    counts = _counts(v1)
    assert capsys.readouterr().out.strip() == (f"loaded: documents {counts['documents']} rows, claims {counts['claims']} "
                                               f"rows, findings {counts['findings']} rows, texts {counts['texts']} rows, "
                                               f"companies {counts['companies']} rows into {url}")
    assert _query(url, "SELECT COUNT(*) FROM documents") == [(counts["documents"] + 1,)]


@pytest.mark.parametrize("dialect", ["sqlite", "duckdb"])
def test_load_creates_no_folders(run_out, tmp_path, dialect, capsys):
    from extractor.cli import main

    url = f"{dialect}:///{tmp_path / 'missing' / 'dir' / 'x.db'}"
    assert main(["load", str(run_out), "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("dialect", ["sqlite", "duckdb"])
def test_a_failed_load_leaves_no_new_table(run_out, tmp_path, dialect):
    """The claims table exists with other columns: the load fails after `documents` was created, in the
    same transaction, so `documents` is gone again."""
    path = tmp_path / f"x.{dialect}"
    connect = sqlite3.connect if dialect == "sqlite" else duckdb.connect
    con = connect(str(path))
    con.execute("CREATE TABLE claims (claim_id TEXT PRIMARY KEY, amount REAL)")
    con.commit() if dialect == "sqlite" else None
    con.close()
    with pytest.raises(UsageError, match="lacks columns"):
        load(run_out, f"{dialect}:///{path}")
    assert _query(f"{dialect}:///{path}", "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'documents'"
                  if dialect == "duckdb" else "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == [(0,)]


def test_a_locked_sqlite_file_is_one_line_and_exit_three(run_out, tmp_path, monkeypatch, capsys):
    import time

    from extractor.output import database
    from extractor.cli import main

    path = tmp_path / "x.sqlite"
    load(run_out, f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "LOCK_TIMEOUT_S", 0.5)
    started = time.monotonic()
    try:
        assert main(["load", str(run_out), "--db", f"sqlite:///{path}"]) == 3
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is locked" in err


@pytest.fixture
def read_only_file():
    """Makes a file read-only for this process: its mode, or for root (whom modes do not stop) the
    immutable attribute, taken away again afterwards."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
            return
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            pytest.skip("root writes read-only files, and chattr +i is not available here")
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)])


def test_a_read_only_sqlite_file_is_one_line_and_exit_three(run_out, tmp_path, capsys, read_only_file):
    from extractor.cli import main

    path = tmp_path / "x.sqlite"
    load(run_out, f"sqlite:///{path}")
    read_only_file(path)
    assert main(["load", str(run_out), "--db", f"sqlite:///{path}"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err, err


def test_postgresql_login_problems_are_told_apart_and_never_show_the_password(run_out, postgres_url, capsys,
                                                                             caplog):
    import logging

    from extractor.cli import main

    caplog.set_level(logging.DEBUG)  # every log line, psycopg's own included

    base = postgres_url.replace(PG_PASSWORD, "wrong-password")
    cases = {
        base: "refused the login",
        postgres_url.rsplit("/", 1)[0] + "/no_such_db": "has no such database",
        postgres_url.replace(postgres_url.split("@")[1].split("/")[0], f"127.0.0.1:{_free_port()}"): "cannot reach",
    }
    for url, said in cases.items():
        assert main(["load", str(run_out), "--db", url]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err, err
        assert PG_PASSWORD not in err and "wrong-password" not in err and "tester:***@" in err
    assert "tester:***@" in caplog.text and PG_PASSWORD not in caplog.text and "wrong-password" not in caplog.text


def test_a_locked_postgresql_table_fails_in_bounded_time_naming_the_holder(run_out, postgres_url, monkeypatch):
    import time

    import psycopg

    from extractor.output import database

    load(run_out, postgres_url)
    monkeypatch.setattr(database, "LOCK_TIMEOUT_S", 1)
    with psycopg.connect(postgres_url) as holder:
        holder.execute("SET application_name = 'nightly-report'")
        holder.execute("LOCK TABLE claims IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(EnvironmentFailure, match="locked") as err:
            load(run_out, postgres_url)
        assert time.monotonic() - started < 15
        holder.rollback()
    assert "nightly-report" in str(err.value) and PG_PASSWORD not in str(err.value)


def test_credentials_are_redacted_in_every_form():
    from extractor.output.database import redact

    assert redact("postgresql://ann:s3cret@db:5432/claims") == "postgresql://ann:***@db:5432/claims"
    assert redact("failed for host=db password=s3cret user=ann") == "failed for host=db password=*** user=ann"
    assert redact("server said s3cret", "postgresql://ann:s3cret@db/claims") == "server said ***"
    assert redact("postgresql://ann@db/claims") == "postgresql://ann@db/claims"


def test_a_damaged_older_duckdb_file_in_out_does_not_stop_a_run(tmp_path):
    """Only a lock held on OUT/extractor.duckdb stops a run; a file DuckDB cannot read is replaced with the set."""
    out = tmp_path / "out"
    run([str(ROOT / "corpora" / "samples" / "th")], out, jobs=1, progress=False, report=False)
    (out / "extractor.duckdb").write_bytes(b"not a database")
    run([str(ROOT / "corpora" / "samples" / "th")], out, jobs=1, progress=False, report=False)
    con = duckdb.connect(str(out / "extractor.duckdb"), read_only=True)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] > 0


@pytest.mark.parametrize("dialect", ["sqlite", "duckdb"])
def test_a_table_made_by_an_older_version_gains_the_columns_added_since(run_out, tmp_path, dialect):
    """The contract only adds columns, at the end: a database loaded by an older version takes a newer run
    (the new columns added, the older rows keeping nulls there), not a refusal."""
    from extractor.output.records import CLAIM_COLUMNS

    path = tmp_path / f"old.{dialect}"
    older = CLAIM_COLUMNS[:CLAIM_COLUMNS.index("ambiguous") + 1]  # the claims table before `resolvers`
    columns = ", ".join(f'"{c}" TEXT' + (" PRIMARY KEY" if c == "claim_id" else "") for c in older)
    if dialect == "sqlite":
        con = sqlite3.connect(path)
        con.execute(f"CREATE TABLE claims ({columns})")
        con.execute("INSERT INTO claims (claim_id, doc_id) VALUES ('old-claim', 'old.txt')")
        con.commit()
        con.close()
    else:
        import duckdb

        with duckdb.connect(str(path)) as con:
            con.execute(f"CREATE TABLE claims ({columns})")
            con.execute("INSERT INTO claims (claim_id, doc_id) VALUES ('old-claim', 'old.txt')")
    load(run_out, f"{dialect}:///{path}")
    if dialect == "sqlite":
        con = sqlite3.connect(path)
        names = [r[1] for r in con.execute("PRAGMA table_info(claims)")]
        rows = con.execute("SELECT count(*), count(resolvers) FROM claims").fetchone()
        con.close()
    else:
        import duckdb

        with duckdb.connect(str(path)) as con:
            names = [r[0] for r in con.execute("DESCRIBE claims").fetchall()]
            rows = con.execute("SELECT count(*), count(resolvers) FROM claims").fetchone()
    assert names[-1] == CLAIM_COLUMNS[-1] and set(CLAIM_COLUMNS) <= set(names)
    assert rows[0] == rows[1] + 1  # every claim of the run has its resolvers; the older row has none


# --- a rerun's DuckDB file, made from the earlier run's -----------------------------------------------------

from tests.test_incremental import NORTHWIND, RENAMED, _add, _age, _change  # noqa: E402 - the edits of a folder

LISTED = "en/2025/northwind-listing.txt"


def _list_anew(folder: Path) -> None:
    """A release giving Northwind another listing, smaller than its own: the company of Northwind's releases,
    kept from the earlier run, gets another id (companies are linked over the whole batch)."""
    (folder / LISTED).write_text(
        "Northwind Logistics N.V. (Euronext: ANWL) will cut its scope 1 and 2 emissions by 50% by 2030 compared "
        "with 2021.", encoding="utf-8")


#: What a user does to the folder between two runs, and whether the rerun's DuckDB file then deletes claims of
#: the earlier file, inserts claims of the run, and sets the company of kept claims (None: either way).
RERUN_EDITS = {
    "add": (_add, False, True, None),
    "change": (_change, True, True, None),
    "remove": (lambda f: (f / "nl" / "2025" / "polder-stroom.txt").unlink(), True, False, None),
    "rename": (lambda f: (f / NORTHWIND).rename(f / RENAMED), True, True, None),
    "nothing": (lambda f: None, False, False, False),
    "company-linked-anew": (_list_anew, False, True, True),
}


@pytest.fixture
def samples(tmp_path):
    """The bundled samples in a folder of their own, each file last changed an hour ago."""
    folder = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", folder)
    _age(folder)
    return folder


def _forked(monkeypatch) -> None:
    """The DuckDB file of a run made in a process forked from the test's (not started clean, `runner._aside`), so
    that what the test patches holds there."""
    import multiprocessing

    from extractor import runner

    monkeypatch.setattr(runner, "_clean_context", lambda: multiprocessing.get_context("fork"))


def _reruns(monkeypatch, tmp_path: Path) -> Path:
    """A file to which each DuckDB file made from the earlier run's adds a line with what the update did (the
    load runs in a process forked from the test's: a list would stay there)."""
    from extractor.output import database

    _forked(monkeypatch)
    lines = tmp_path / "reruns.jsonl"
    real = database._Rerun.update

    def spy(self, tables, *, views):
        made = real(self, tables, views=views)
        with lines.open("a", encoding="utf-8") as f:
            f.write(json.dumps(self.counts if made else None) + "\n")
        return made

    monkeypatch.setattr(database._Rerun, "update", spy)
    return lines


def _contents(path: Path) -> dict[str, list]:
    """Everything a DuckDB file made by a load holds: each table's rows by key, the columns and their types,
    the keys, the indexes and the views."""
    from extractor.output.database import KEYS

    with duckdb.connect(str(path), read_only=True) as con:
        held = {table: con.execute(f'SELECT * FROM {table} ORDER BY "{key}"').fetchall() for table, key in KEYS.items()}
        for name, sql in {
            "columns": "SELECT table_name, column_name, ordinal_position, data_type, is_nullable "
                       "FROM information_schema.columns",
            "keys": "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints()",
            "indexes": "SELECT table_name, index_name, is_unique, sql FROM duckdb_indexes()",
            "views": "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal",
            "tables": "SELECT table_name, temporary, column_count FROM duckdb_tables()",
        }.items():
            held[name] = con.execute(sql + " ORDER BY ALL").fetchall()
    return held


def _fresh_load(out: Path, tmp_path: Path) -> dict[str, list]:
    """What a fresh, whole load of the run in `out` holds."""
    fresh = tmp_path / "fresh" / "extractor.duckdb"
    fresh.parent.mkdir(exist_ok=True)
    fresh.unlink(missing_ok=True)
    load(out, f"duckdb:///{fresh}")
    return _contents(fresh)


@pytest.mark.parametrize("case", RERUN_EDITS, ids=list(RERUN_EDITS))
def test_a_reruns_duckdb_file_is_made_from_the_earlier_one_and_holds_what_a_fresh_load_holds(
        case, samples, tmp_path, monkeypatch):
    edit, deletes, inserts, relinks = RERUN_EDITS[case]
    out = tmp_path / "out"
    run([str(samples)], out, jobs=1, progress=False, report=False)
    edit(samples)
    reruns = _reruns(monkeypatch, tmp_path)
    run([str(samples)], out, jobs=1, progress=False, report=False)
    made = [json.loads(line) for line in reruns.read_text(encoding="utf-8").splitlines()]
    assert len(made) == 1 and made[0] is not None, made  # the incremental path was taken, and held
    assert (made[0]["claims deleted"] > 0, made[0]["claims inserted"] > 0) == (deletes, inserts)
    if relinks is not None:
        assert (made[0]["claims updated"] > 0) == relinks
    assert _contents(out / "extractor.duckdb") == _fresh_load(out, tmp_path)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no copy or staging left


#: The texts table in the earlier run and in the rerun, and what the rerun's update does: ["made"] (the texts
#: deleted with the rest of the update) or ["null"] (the kept documents' texts are not in the earlier file: the
#: update's counts are not the run's, and the file is made whole).
TEXTS_BETWEEN_RUNS = {
    "texts-then-none": (True, False, "made"),
    "none-then-texts": (False, True, "null"),
}


@pytest.mark.parametrize("case", TEXTS_BETWEEN_RUNS, ids=list(TEXTS_BETWEEN_RUNS))
def test_a_rerun_with_or_without_texts_holds_what_a_fresh_load_holds(case, samples, tmp_path, monkeypatch):
    before, after, update = TEXTS_BETWEEN_RUNS[case]
    out = tmp_path / "out"
    run([str(samples)], out, jobs=1, progress=False, report=False, texts=before)
    _change(samples)
    reruns = _reruns(monkeypatch, tmp_path)
    run([str(samples)], out, jobs=1, progress=False, report=False, texts=after)
    assert ["null" if line == "null" else "made" for line in reruns.read_text().splitlines()] == [update]
    held = _contents(out / "extractor.duckdb")
    assert held == _fresh_load(out, tmp_path) and bool(held["texts"]) == after


def _earlier_set(samples: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    run([str(samples)], out, jobs=1, progress=False, report=False)
    return out


def _rewrite_manifest(out: Path, change) -> None:
    manifest = json.loads((out / "manifest.json").read_text())
    change(manifest)
    (out / "manifest.json").write_text(json.dumps(manifest))


def _new_digest(out: Path) -> None:
    """The manifest of the set in `out` records the DuckDB file's SHA-256 as it now is."""
    import hashlib

    digest = hashlib.sha256((out / "extractor.duckdb").read_bytes()).hexdigest()
    _rewrite_manifest(out, lambda m: [f.update(sha256=digest) for f in m["files"] if f["name"] == "extractor.duckdb"])


def _another_version(out: Path) -> None:
    _rewrite_manifest(out, lambda m: m["extractor"].update(fingerprint="another"))


def _written_to(out: Path) -> None:
    with duckdb.connect(str(out / "extractor.duckdb")) as con:  # a user's own table, added to the file
        con.execute("CREATE TABLE notes AS SELECT doc_id, 'checked' AS note FROM documents")


def _damaged(out: Path) -> None:
    path = out / "extractor.duckdb"
    data = bytearray(path.read_bytes())
    data[4096:len(data)] = bytes(len(data) - 4096)
    path.write_bytes(bytes(data))
    _new_digest(out)


def _another_duckdb(out: Path) -> None:
    path = out / "extractor.duckdb"
    data = bytearray(path.read_bytes())
    data[52:84] = b"v0.10.0".ljust(32, b"\0")
    path.write_bytes(bytes(data))
    _new_digest(out)


def _a_key_twice(run_out: Path) -> None:
    from extractor.output.write import write_table

    rows = [json.loads(line) for line in (run_out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    write_table("findings", [*rows, {**rows[0], "message": "the same key again"}], run_out)


#: What makes the earlier run's DuckDB file doubtful (done to the earlier set, or to the new run's tables), and
#: the reason the log gives for making the file whole.
DOUBTS = {
    "another-extractor": (_another_version, None, "made by another version of extractor"),
    "missing": (lambda out: (out / "extractor.duckdb").unlink(), None, "cannot copy the earlier extractor.duckdb"),
    "written-to-since": (_written_to, None, "changed since its run wrote it"),
    "damaged": (_damaged, None, ""),
    "another-duckdb": (_another_duckdb, None, "made by another version of DuckDB"),
    "run-holds-a-key-twice": (None, _a_key_twice, "duplicate key"),
}


@pytest.mark.parametrize("case", DOUBTS, ids=list(DOUBTS))
def test_a_doubtful_earlier_duckdb_file_is_not_copied_the_new_one_is_made_whole(case, samples, tmp_path,
                                                                                 monkeypatch, caplog):
    from extractor.output import database

    spoil_earlier, spoil_run, reason = DOUBTS[case]
    earlier = _earlier_set(samples, tmp_path)
    out = tmp_path / "run"
    shutil.copytree(earlier, out)
    for spoil, folder in ((spoil_earlier, earlier), (spoil_run, out)):
        if spoil is not None:
            spoil(folder)
    reruns = _reruns(monkeypatch, tmp_path)
    target = tmp_path / "new" / "extractor.duckdb"
    target.parent.mkdir()
    with caplog.at_level("INFO", logger="extractor.output.database"):
        assert load(out, f"duckdb:///{target}", earlier=earlier) == {
            t: len((out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines()) for t in database.KEYS}
    made_whole = [r.getMessage() for r in caplog.records if r.getMessage().startswith("DuckDB file made whole")]
    assert len(made_whole) == 1 and reason in made_whole[0]
    updates = reruns.read_text().split() if reruns.exists() else []
    assert updates == (["null"] if spoil_run else [])  # the copy dropped after its update, or never made
    assert sorted(p.name for p in target.parent.iterdir()) == ["extractor.duckdb"]
    assert _contents(target) == _fresh_load(out, tmp_path)


def test_a_full_rerun_makes_the_duckdb_file_whole(samples, tmp_path, monkeypatch):
    out = _earlier_set(samples, tmp_path)
    reruns = _reruns(monkeypatch, tmp_path)
    run([str(samples)], out, jobs=1, progress=False, report=False, full=True)
    assert not reruns.exists()
    assert _contents(out / "extractor.duckdb") == _fresh_load(out, tmp_path)


def test_duckdb_out_of_memory_on_a_rerun_is_one_line_and_exit_three(samples, tmp_path, monkeypatch, capsys):
    """The file made from the earlier one is made within the same `DUCKDB_MEMORY_LIMIT`; out of it, the file is
    made whole, and out of memory there too, the run says so in one line and keeps the earlier set."""
    from extractor.cli import main
    from extractor.output import database

    out = _earlier_set(samples, tmp_path)
    before = (out / "manifest.json").read_bytes()
    _change(samples)
    monkeypatch.setattr(database, "DUCKDB_MEMORY_LIMIT", "1MB")
    _forked(monkeypatch)
    assert main(["run", str(samples), "--out", str(out), "--jobs", "1", "--no-report", "--no-progress"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ran out of memory" in err and "Traceback" not in err
    assert (out / "manifest.json").read_bytes() == before
