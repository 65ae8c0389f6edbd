"""Loading the tables into a database: DuckDB (embedded, the default), SQLite, PostgreSQL.

    extractor load OUT --db duckdb:///path/extractor.duckdb
    extractor load OUT --db sqlite:///path/extractor.sqlite
    extractor load OUT --db postgresql://user@host:5432/dbname

The schema is created when missing, with the contract's types (lists as
arrays in DuckDB and PostgreSQL, as JSON text in SQLite) and primary keys on
the ids. A load is one transaction: each document of the run is replaced as a
unit (its row upserted by `doc_id`; its claims, text and the findings naming it
deleted and the run's inserted), so loading the same run twice changes nothing
and a newer run leaves only what it found (documents it does not hold are kept).
A load that fails leaves the database as it was. DuckDB reads the run's Parquet files itself; a new DuckDB
file is made within `DUCKDB_MEMORY_LIMIT`, under a hidden name renamed into place when complete (`_DuckDB`);
on a rerun it is made from a copy of the earlier run's file, brought up to date (`_Rerun`); SQLite and PostgreSQL get the JSON lines a row at a time. PostgreSQL loads through COPY
into temporary tables, waits at most `LOCK_TIMEOUT_S` for a lock and
`STATEMENT_TIMEOUT_S` for a statement; SQLite waits `LOCK_TIMEOUT_S` for a lock.
Messages never show a password (`redact`).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import orjson

from extractor.errors import EnvironmentFailure, UsageError
from extractor.output.write import SCHEMAS, run_files

log = logging.getLogger(__name__)

KEYS = {"documents": "doc_id", "claims": "claim_id", "findings": "finding_id", "texts": "doc_id",
        "companies": "company_id"}
TABLES = ("documents", "claims", "findings")
#: Tables a run may hold or leave out (`extractor run --no-texts`; `companies`: runs made before it existed).
OPTIONAL_TABLES = ("texts", "companies")

#: Seconds a load waits for a lock held by someone else (PostgreSQL, SQLite) before it gives up.
LOCK_TIMEOUT_S = 10
#: Seconds one PostgreSQL statement may run.
STATEMENT_TIMEOUT_S = 600
#: DuckDB's own memory while it makes a new file (beyond it, it spills to a folder beside the file) and its
#: threads. The index of a table's keys must fit in it: 64MB ran out at 200k releases (1.7 million claims);
#: with 256MB the load of that run peaked at 396 MB in 21 s.
DUCKDB_MEMORY_LIMIT = "256MB"
DUCKDB_THREADS = 1
#: Rows of a table a new DuckDB file takes at a time (each chunk checkpointed: see `_DuckDB`).
DUCKDB_CHUNK_ROWS = 250_000

#: Columns of a document's rows that come from the whole batch, not from the document: the companies are linked
#: and the stories found over every document, so a document kept from the earlier run may change there (a
#: claim's are its document's: `write.fill_by_document`). Every other column of the rows of a document whose
#: bytes did not change is what the earlier run wrote (`incremental`).
BATCH_COLUMNS = {"documents": ("story_id", "company_id"), "claims": ("company_id",)}
#: The tables a DuckDB file made from the earlier one holds again whole: small next to `claims`, and each row
#: may depend on the whole batch. The others (`claims`, `texts`) are replaced document by document.
REPLACED_TABLES = ("documents", "findings", "companies")

#: Arrow type -> SQL type per dialect.
_TYPES = {
    "duckdb": {"string": "VARCHAR", "int64": "BIGINT", "double": "DOUBLE", "list": "VARCHAR[]"},
    "sqlite": {"string": "TEXT", "int64": "INTEGER", "double": "REAL", "list": "TEXT"},
    "postgresql": {"string": "TEXT", "int64": "BIGINT", "double": "DOUBLE PRECISION", "list": "TEXT[]"},
}

#: Views that answer the first questions researchers ask; `{...}` holds the dialect's own SQL.
VIEWS = {
    "targets_over_time": """
        SELECT d.subject, d.published, c.doc_id, c.lang, c.action, c.metric, c.value, c.unit,
               c.target_year, c.baseline_year, c.text
        FROM claims c JOIN documents d ON d.doc_id = c.doc_id
        WHERE c.kind = 'target'""",
    "story_agreement": """
        SELECT d.story_id, d.subject, COUNT(*) AS versions, {languages} AS languages,
               (SELECT COUNT(*) FROM findings f
                WHERE f."check" = 'translation_mismatch' AND {has_doc}) AS mismatches
        FROM documents d
        WHERE d.story_id IS NOT NULL
        GROUP BY d.story_id, d.subject
        HAVING COUNT(*) > 1""",
}
_DIALECT_SQL = {
    "duckdb": {"languages": "string_agg(d.lang, ',' ORDER BY d.lang)",
               "has_doc": "list_contains(f.doc_ids, MIN(d.doc_id))"},
    "postgresql": {"languages": "string_agg(d.lang, ',' ORDER BY d.lang)", "has_doc": "MIN(d.doc_id) = ANY(f.doc_ids)"},
    "sqlite": {"languages": "group_concat(d.lang, ',')",
               "has_doc": "instr(f.doc_ids, '\"' || MIN(d.doc_id) || '\"') > 0"},
}


@dataclass(frozen=True)
class Target:
    dialect: str
    location: str  # a file path, or a PostgreSQL connection string


def parse_url(url: str) -> Target:
    """`duckdb:///path`, `sqlite:///path` or `postgresql://user@host/db` -> `Target`.

    >>> parse_url("sqlite:///tmp/x.sqlite")
    Target(dialect='sqlite', location='/tmp/x.sqlite')
    """
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme in ("duckdb", "sqlite"):
        path = unquote(parsed.netloc + parsed.path)
        if not path or path == "/":
            raise UsageError(f"{redact(url)!r} names no file; write {scheme}:///absolute/path or "
                             f"{scheme}:///./relative/path")
        return Target(scheme, path)
    if scheme in ("postgresql", "postgres"):
        if not parsed.path.strip("/"):
            raise UsageError(f"{redact(url)!r} names no database; write postgresql://user@host:5432/dbname")
        return Target("postgresql", url.replace("postgres://", "postgresql://", 1))
    raise UsageError(f"unsupported database URL {redact(url)!r}; use duckdb:///path, sqlite:///path or "
                     "postgresql://user@host/db")


def redact(text: str, url: str | None = None) -> str:
    """`text` with the password of `url` (or of any URL in `text`) replaced by `***`.

    >>> redact("postgresql://ann:s3cret@db.example.org/claims")
    'postgresql://ann:***@db.example.org/claims'
    """
    secrets_ = {m.group(1) for m in _RE_URL_PASSWORD.finditer(text + " " + (url or ""))}
    secrets_ |= {m.group(1) for m in _RE_DSN_PASSWORD.finditer(text + " " + (url or ""))}
    for secret in secrets_:
        text = text.replace(secret, "***")
    return text


_RE_URL_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^:/@\s]*:([^@\s/]+)@", re.I)
_RE_DSN_PASSWORD = re.compile(r"\bpassword\s*=\s*'?([^\s']+)", re.I)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _parquet(path: Path, *, numbered: bool = False) -> str:
    """DuckDB's scan of the Parquet file `path` (`numbered`: with each row's position, `file_row_number`)."""
    return "read_parquet('" + str(path).replace("'", "''") + "'" + (", file_row_number = true)" if numbered else ")")


def _sql_type(arrow_type: Any, dialect: str) -> str:
    kind = "list" if str(arrow_type).startswith("list") else str(arrow_type)
    return _TYPES[dialect][kind]


def ddl(table: str, dialect: str) -> str:
    """CREATE TABLE IF NOT EXISTS for one table of the contract."""
    cols = []
    for f in SCHEMAS[table]:
        col = f"{_q(f.name)} {_sql_type(f.type, dialect)}"
        if f.name == KEYS[table]:
            col += " PRIMARY KEY"
        cols.append(col)
    return f"CREATE TABLE IF NOT EXISTS {_q(table)} ({', '.join(cols)})"


def _upsert_sql(table: str, source: str) -> str:
    names = SCHEMAS[table].names
    cols = ", ".join(_q(n) for n in names)
    updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n in names if n != KEYS[table])
    return (f"INSERT INTO {_q(table)} ({cols}) SELECT {cols} FROM {source} WHERE true "
            f"ON CONFLICT ({_q(KEYS[table])}) DO UPDATE SET {updates}")


def read_run(out: Path, *, staged: bool = False) -> dict[str, list[dict[str, Any]]]:
    """The tables of the complete run in `out` (its manifest checked), as rows; `staged`: of a run being
    written, whose tables are all in `out` and have no manifest yet."""
    return {table: list(rows) for table, rows in run_rows(out, staged=staged).items()}


class JsonRows:
    """The rows of a table's JSON Lines file, read from the file each time they are gone through: a load holds
    one row at a time, not the table."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self.path.open("rb") as lines:
            for line in lines:
                if line.strip():
                    yield orjson.loads(line)

    def __len__(self) -> int:
        with self.path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())


def run_rows(out: Path, *, staged: bool = False) -> dict[str, JsonRows]:
    """The tables of the complete run in `out` (see `read_run`), each as its `JsonRows`."""
    files = run_files(out, staged=staged)
    tables = {}
    for table in TABLES + OPTIONAL_TABLES:
        path = files.get(f"{table}.jsonl")
        if path is None and table in OPTIONAL_TABLES:
            continue
        if path is None:
            raise UsageError(f"{out / (table + '.jsonl')} not found: give the OUT folder of a finished `extractor run`")
        tables[table] = JsonRows(path)
    return tables


def run_parquet(out: Path, *, staged: bool = False) -> dict[str, Path]:
    """The Parquet files of the tables of the complete run in `out` (see `read_run`), by table: what DuckDB
    loads straight from disk."""
    files = run_files(out, staged=staged)
    tables = {}
    for table in TABLES + OPTIONAL_TABLES:
        path = files.get(f"{table}.parquet")
        if path is None and table in TABLES:
            raise UsageError(f"{out / (table + '.parquet')} not found: give the OUT folder of a finished "
                             "`extractor run`")
        if path is not None:
            tables[table] = path
    return tables


def _rows_in(source: JsonRows | Path) -> int:
    """How many rows a table to load holds: its JSON lines, or a Parquet file."""
    if isinstance(source, Path):
        import pyarrow.parquet as pq

        return pq.ParquetFile(source).metadata.num_rows
    return len(source)


def _clean_text(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; scraped text sometimes does."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_clean_text(v) for v in value]
    return value


def _columns_to_add(table: str, existing: Iterable[str]) -> list[str]:
    """The columns of `table` an existing table lacks because an older version of extractor made it: the
    contract only adds columns, at the end, so those are the last ones. Any other difference is refused."""
    existing = {c.lower() for c in existing}
    if not existing:
        return []
    names = SCHEMAS[table].names
    missing = [n for n in names if n.lower() not in existing]
    unknown = existing - {n.lower() for n in names}
    if unknown or (missing and names[len(names) - len(missing):] != missing):
        raise UsageError(f"table {table} in the database lacks columns {', '.join(missing)}: it was made by "
                         "another program; add the columns or load into a new database")
    return missing


def _add_column(table: str, name: str, dialect: str) -> str:
    """ALTER TABLE adding column `name` of the contract to an older table."""
    return f"ALTER TABLE {_q(table)} ADD COLUMN {_q(name)} {_sql_type(SCHEMAS[table].field(name).type, dialect)}"


def load(out: Path, url: str, *, views: bool = True, staged: bool = False, earlier: Path | None = None
         ) -> dict[str, int]:
    """Load the run in `out` into the database at `url`, in one transaction; returns the rows of each
    table this run loaded. `staged`: see `read_run`. DuckDB reads the Parquet files itself (a new file within
    `DUCKDB_MEMORY_LIMIT`); SQLite and PostgreSQL get the JSON lines a row at a time. `earlier`: the folder of
    an earlier run holding a DuckDB file of the name of a new DuckDB file: made from a copy of it when this
    extractor made it (`_Rerun`), else whole.

    Raises `UsageError` for a bad URL, a missing folder or a run that is not complete, and
    `EnvironmentFailure` when the database cannot be reached, refuses the login, is locked or read-only.
    """
    target = parse_url(url)
    log.info("loading the run in %s into %s", out, redact(url))
    # DuckDB loads the Parquet files, read by DuckDB itself (the rows never pass through this process);
    # SQLite and PostgreSQL the rows of the JSON Lines files.
    tables = run_parquet(out, staged=staged) if target.dialect == "duckdb" else run_rows(out, staged=staged)
    if target.dialect != "postgresql" and not Path(target.location).parent.is_dir():
        raise UsageError(f"cannot create {target.location}: folder {Path(target.location).parent} does not exist "
                         "(load creates no folders); create it or give another path")
    if target.dialect == "duckdb":
        with _DuckDB(target.location, earlier=earlier) as db:
            return db.load(tables, views=views)
    opener = {"sqlite": _SQLite, "postgresql": _PostgreSQL}[target.dialect]
    with opener(target.location) as db:
        return db.load(tables, views=views)


def check_not_held(path: Path) -> None:
    """Raise `EnvironmentFailure` when another process holds the DuckDB file at `path` (if it exists)."""
    if not path.exists():
        return
    import duckdb

    try:
        duckdb.connect(str(path)).close()
    except duckdb.Error as err:
        if "lock" in str(err).lower():  # any other trouble with the older file goes with it when the set is switched
            raise EnvironmentFailure(_duckdb_problem(path, err)) from err


def _duckdb_problem(path: Path | str, err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    held = re.search(r"Conflicting lock is held in (\S+) \(PID (\d+)\)", text)
    if held:
        who = f"process {held.group(2)} ({held.group(1)})"
        return f"DuckDB database {path} is held by {who}; close it there and run again"
    if "Conflicting lock" in text:
        return f"DuckDB database {path} is held by another process; close it there and run again"
    return f"cannot write DuckDB database {path}: {text}"


def _create_views(execute, dialect: str) -> None:
    for name, sql in VIEWS.items():
        execute(f"DROP VIEW IF EXISTS {_q(name)}")
        execute(f"CREATE VIEW {_q(name)} AS {sql.format(**_DIALECT_SQL[dialect])}")


#: Deleting the rows of the run's documents (`run_docs`) before the run's own go in, per table and dialect.
_DELETE_FINDINGS = {
    "duckdb": "list_has_any(doc_ids, (SELECT list(doc_id) FROM run_docs))",
    "sqlite": "EXISTS (SELECT 1 FROM json_each(findings.doc_ids) j WHERE j.value IN (SELECT doc_id FROM run_docs))",
    "postgresql": "doc_ids && (SELECT array_agg(doc_id) FROM run_docs)",
}


def _delete_sql(table: str, dialect: str) -> str:
    where = _DELETE_FINDINGS[dialect] if table == "findings" else "doc_id IN (SELECT doc_id FROM run_docs)"
    return f"DELETE FROM {_q(table)} WHERE {where}"


class _Database:
    """One connection (`con`), one transaction: what every dialect shares. Subclasses open the connection
    (`__init__`) and give `execute`, `begin`, `columns`, `insert` and `stage_documents`."""

    dialect = ""
    con: Any

    def load(self, tables: dict[str, Any], *, views: bool) -> dict[str, int]:
        """Load `tables` (by name: their `JsonRows`, or for DuckDB their Parquet files) in one transaction."""
        self.begin()
        self.stage_documents(tables["documents"])
        for table in TABLES + OPTIONAL_TABLES:
            added = _columns_to_add(table, self.columns(table))
            self.execute(ddl(table, self.dialect))
            for name in added:  # a table made by an older version: the columns added since
                self.execute(_add_column(table, name, self.dialect))
            if table not in ("documents", "companies"):  # companies are keyed by their id, not by document
                self.execute(_delete_sql(table, self.dialect))
            self.insert(table, tables.get(table, []))
        if views:
            _create_views(self.execute, self.dialect)
        self.commit()
        return {table: _rows_in(source) for table, source in tables.items()}

    def commit(self) -> None:
        self.con.commit()

    def rollback(self) -> None:
        self.con.rollback()

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, kind, err, _tb) -> None:
        try:
            if kind is not None:
                self.rollback()
        finally:
            self.close()
        if err is not None:
            self.translate(err)

    def translate(self, err: BaseException) -> None:
        """Raise the `ExtractorError` that says what `err` means, if it is one of the known ones."""


class _DuckDB(_Database):
    """A DuckDB file. A new file is made under a hidden name beside it (`.<name>.part`) and renamed into place
    once complete: its tables are filled `DUCKDB_CHUNK_ROWS` rows at a time, each chunk committed and
    checkpointed, so that DuckDB's indexes of the keys go to the file and not into memory. A file that exists
    is loaded in one transaction, with DuckDB's default memory limit: DuckDB then holds the index of the run's
    keys in memory (about 100 MB for 200k releases), which a limit of its own would not leave room for.

    With `earlier` (the folder of an earlier run), the hidden file of a new one starts as a copy of the earlier
    run's file and is brought up to date (`_Rerun`); when that file is doubtful, the copy is dropped and the
    new file is made whole."""

    dialect = "duckdb"

    def __init__(self, path: str, *, earlier: Path | None = None) -> None:
        self.path = path
        self.new = not Path(path).exists()
        self.file = str(Path(path).with_name(f".{Path(path).name}.part")) if self.new else path
        self.rerun: _Rerun | None = None
        if self.new:
            _remove_duckdb(self.file)  # left by a load that was killed
            if earlier is not None:
                self.rerun = _Rerun.start(earlier / Path(path).name, self.file)
        if self.rerun is not None and not self.rerun.open():
            self.rerun = None
        if self.rerun is not None:
            self.con = self.rerun.con
        else:
            self.con = self._connect()
        self.execute = self.con.execute

    def _connect(self):
        import duckdb

        # Into a file that exists DuckDB keeps its default limit: the run's keys' index must fit in memory.
        try:
            return quiet(duckdb.connect(self.file, config=_bounded() if self.new else {}))
        except duckdb.Error as err:
            raise EnvironmentFailure(_duckdb_problem(self.path, err)) from err

    def load(self, tables: dict[str, Any], *, views: bool) -> dict[str, int]:
        if self.rerun is not None:
            if self.rerun.update(tables, views=views):
                self.commit()
                return {table: _rows_in(source) for table, source in tables.items()}
            self.rerun = None
            self.con = self._connect()  # the copy was dropped: the new file is made whole
            self.execute = self.con.execute
        return super().load(tables, views=views)

    def begin(self) -> None:
        if not self.new:
            self.con.begin()

    def commit(self) -> None:
        if not self.new:
            self.con.commit()
            return
        self.con.close()
        os.replace(self.file, self.path)

    def rollback(self) -> None:
        if not self.new:
            self.con.rollback()

    def close(self) -> None:
        self.con.close()
        if self.new:
            _remove_duckdb(self.file)  # a load that failed: nothing is left

    def columns(self, table: str) -> list[str]:
        return _duckdb_columns(self.con, table)

    def stage_documents(self, documents: Path) -> None:
        self.con.execute(f"CREATE TEMP VIEW run_docs AS SELECT doc_id FROM {_parquet(documents)}")

    def insert(self, table: str, source: Path | list) -> None:
        """Insert the rows of the Parquet file `source` (a table the run does not hold: `[]`) in place of the rows
        with their keys; a key the file holds twice (an error of the run) gets its first row, as an upsert would.
        The keys' rows are deleted and the file's inserted, without an upsert's hold on every row it updates."""
        if not isinstance(source, Path):
            return
        key, rows = _q(KEYS[table]), _parquet(source, numbered=True)
        if not self.new and self.con.execute(f"SELECT EXISTS (SELECT 1 FROM {_q(table)})").fetchone()[0]:
            self.con.execute(f"DELETE FROM {_q(table)} WHERE {key} IN (SELECT {key} FROM {_parquet(source)})")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE again AS SELECT file_row_number FROM {rows} "
                         f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY file_row_number) > 1")
        cols = ", ".join(_q(n) for n in SCHEMAS[table].names)
        n = _rows_in(source)
        step = DUCKDB_CHUNK_ROWS if self.new else max(n, 1)
        for start in range(0, n, step):  # the scan reads only the row groups of the chunk
            self.con.execute(f"INSERT INTO {_q(table)} ({cols}) SELECT {cols} FROM {rows} WHERE file_row_number "
                             f">= {start} AND file_row_number < {start + step} "
                             "AND file_row_number NOT IN (SELECT file_row_number FROM again)")
            if self.new:
                self.con.execute("CHECKPOINT")

    def translate(self, err: BaseException) -> None:
        import duckdb

        if isinstance(err, (duckdb.IOException, duckdb.PermissionException)):
            raise EnvironmentFailure(_duckdb_problem(self.path, err)) from err
        if isinstance(err, duckdb.OutOfMemoryException):
            raise EnvironmentFailure(f"DuckDB ran out of memory loading {self.path} ({_duckdb_problem(self.path, err)}"
                                     f"); it may use {DUCKDB_MEMORY_LIMIT} for a new file: free memory or load "
                                     "into a file that exists") from err


def _duckdb_columns(con: Any, table: str) -> list[str]:
    """The columns of `table` in the DuckDB database of `con`, in order."""
    return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                      "ORDER BY ordinal_position", [table]).fetchall()]


def quiet(con: Any) -> Any:
    """`con`, a DuckDB connection, without its progress bar: the bar would be drawn on the command's stderr."""
    con.execute("SET enable_progress_bar = false")
    return con


def _bounded() -> dict[str, Any]:
    """DuckDB's settings while it makes a new file."""
    return {"memory_limit": DUCKDB_MEMORY_LIMIT, "threads": DUCKDB_THREADS}


class _Doubtful(Exception):
    """Why a new DuckDB file is not made from the earlier run's: it is made whole."""


#: Where the main header of a DuckDB file (since DuckDB 0.10) records the DuckDB that made the file: its version
#: ("v2.0.1") and its source id, each NUL-padded.
_HEADER_MADE_BY = ((52, 84), (84, 116))


class _Rerun:
    """A new DuckDB file made from the earlier run's file (`earlier`): copied to the hidden name of the new file
    (`file`) and brought up to date with the run's Parquet files (`update`). A document is the same as in the
    earlier file when every column of its `documents` row but the batch's (`BATCH_COLUMNS`) is, its SHA-256
    known: its `claims` and `texts` rows stay. The rows of the other documents are deleted and the run's
    inserted; the batch's columns of the kept claims are set from their documents; `REPLACED_TABLES` are
    loaded again whole. The file is then the one a fresh load makes, row for row (keys, types, views and
    indexes come with the copy, made by this extractor and this DuckDB).

    Anything doubtful makes the file whole instead (`_Doubtful`, logged): an earlier set of another extractor
    (its manifest's fingerprint), a file that is missing, changed since its run wrote it (its SHA-256 in the
    manifest), made by another DuckDB (its header), or that DuckDB cannot read; a run whose tables hold a key
    twice; any count of rows that is not the run's."""

    def __init__(self, earlier: Path, file: str) -> None:
        self.earlier, self.file = earlier, file
        self.con: Any = None
        #: what the update found: documents kept, and rows deleted and inserted per table
        self.counts: dict[str, int] = {}

    @classmethod
    def start(cls, earlier: Path, file: str) -> _Rerun | None:
        """The copy of `earlier` at `file`, when the manifest beside it says this extractor made it as it is (None:
        the file is made whole; OUT held no set, or the reason is logged)."""
        from extractor.output.write import MANIFEST

        if not (earlier.parent / MANIFEST).exists():
            return None  # a first run
        rerun = cls(earlier, file)
        try:
            rerun._copy(_manifest_entry(earlier))
        except _Doubtful as why:
            _remove_duckdb(file)
            log.info("DuckDB file made whole: %s", why)
            return None
        return rerun

    def _copy(self, entry: dict[str, Any]) -> None:
        digest = hashlib.sha256()
        try:
            with open(self.earlier, "rb") as source, open(self.file, "xb") as copy:
                for block in iter(lambda: source.read(1 << 20), b""):
                    digest.update(block)
                    copy.write(block)
        except OSError as err:
            raise _Doubtful(f"cannot copy the earlier {self.earlier.name} ({err})") from err
        if digest.hexdigest() != entry.get("sha256"):
            raise _Doubtful(f"{self.earlier} changed since its run wrote it")

    def open(self) -> bool:
        """Open the copy (False: it was not made by this DuckDB, or DuckDB cannot read it; it is removed)."""
        import duckdb

        try:
            with open(self.file, "rb") as header:
                made_by = header.read(_HEADER_MADE_BY[-1][1])
            with duckdb.connect() as con:
                this = con.execute("SELECT library_version, source_id FROM pragma_version()").fetchone()
            if tuple(made_by[a:b].rstrip(b"\0").decode("ascii", "replace") for a, b in _HEADER_MADE_BY) != this:
                raise _Doubtful(f"{self.earlier} was made by another version of DuckDB")
            self.con = quiet(duckdb.connect(self.file, config=_bounded()))
        except (_Doubtful, duckdb.Error, OSError) as why:
            self._drop(why)
            return False
        return True

    def update(self, tables: dict[str, Path], *, views: bool) -> bool:
        """Bring the copy up to date with the run's Parquet files `tables` (False: it was doubtful and is
        removed; the file is to be made whole). Each statement is its own transaction: DuckDB holds one
        statement's changes in memory, not the update's."""
        import duckdb

        try:
            self._check_schema()
            self._keep_documents(tables["documents"])
            for table in ("claims", "texts"):
                self._replace_changed(table, tables.get(table))
            for table in REPLACED_TABLES:
                self._replace_whole(table, tables.get(table))
            self._update_batch_columns()
            self._check_counts(tables)
            if views:
                _create_views(self.con.execute, "duckdb")
            self.con.execute("CHECKPOINT")
        except (_Doubtful, duckdb.Error) as why:
            self._drop(why)
            return False
        log.info("DuckDB file made from the earlier run's: %s", ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        return True

    def _drop(self, why: BaseException) -> None:
        log.info("DuckDB file made whole: %s", str(why).strip().splitlines()[0] if str(why).strip() else why)
        if self.con is not None:
            self.con.close()
        _remove_duckdb(self.file)

    def _check_schema(self) -> None:
        for table in TABLES + OPTIONAL_TABLES:
            if _duckdb_columns(self.con, table) != SCHEMAS[table].names:
                raise _Doubtful(f"table {table} of the earlier file has other columns")

    def _keep_documents(self, documents: Path) -> None:
        """The temporary table `kept`: the documents whose rows of `claims` and `texts` stay."""
        same = " AND ".join(f"n.{_q(c)} IS NOT DISTINCT FROM o.{_q(c)}" for c in SCHEMAS["documents"].names
                            if c not in BATCH_COLUMNS["documents"])
        rows, ids = self.con.execute(f"SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM {_parquet(documents)}").fetchone()
        if rows != ids:
            raise _Doubtful("the run's documents table holds a doc_id twice")
        self.con.execute(f"CREATE TEMP TABLE kept AS SELECT o.doc_id FROM documents o JOIN {_parquet(documents)} n "
                         f"ON n.doc_id = o.doc_id AND {same} WHERE o.sha256 IS NOT NULL")
        self.counts["documents kept"] = self.con.execute("SELECT COUNT(*) FROM kept").fetchone()[0]

    def _replace_changed(self, table: str, source: Path | None) -> None:
        """Delete the rows of `table` of documents not kept, and insert the run's rows of those documents (a
        run without the table: every row deleted)."""
        changed = "doc_id NOT IN (SELECT doc_id FROM kept)" if source is not None else "true"
        deleted = self.con.execute(f"DELETE FROM {_q(table)} WHERE {changed}").fetchone()[0]
        self.counts[f"{table} deleted"] = deleted
        if source is None:
            return
        self.counts[f"{table} inserted"] = self._insert(table, source, changed)

    def _replace_whole(self, table: str, source: Path | None) -> None:
        """Make `table` again with the run's rows (dropped and created: DuckDB deletes every row of a table
        several times slower than it drops it)."""
        self.con.execute(f"DROP TABLE {_q(table)}")
        self.con.execute(ddl(table, "duckdb"))
        if source is not None:
            self._insert(table, source)

    def _insert(self, table: str, source: Path, where: str = "true") -> int:
        """Insert the rows of the Parquet file `source` (`where` holds), as many as it returns. A key it holds
        twice, or one the table holds, stops the update (`duckdb.ConstraintException`)."""
        cols = ", ".join(_q(n) for n in SCHEMAS[table].names)
        return self.con.execute(f"INSERT INTO {_q(table)} ({cols}) SELECT {cols} FROM {_parquet(source)} "
                                f"WHERE {where}").fetchone()[0]

    def _update_batch_columns(self) -> None:
        """Set the batch's columns (`BATCH_COLUMNS`) of the kept claims to their documents' new values."""
        columns = BATCH_COLUMNS["claims"]
        sets = ", ".join(f"{_q(c)} = d.{_q(c)}" for c in columns)
        differ = " OR ".join(f"claims.{_q(c)} IS DISTINCT FROM d.{_q(c)}" for c in columns)
        self.counts["claims updated"] = self.con.execute(
            f"UPDATE claims SET {sets} FROM documents d WHERE claims.doc_id = d.doc_id AND ({differ})").fetchone()[0]

    def _check_counts(self, tables: dict[str, Path]) -> None:
        for table in TABLES + OPTIONAL_TABLES:
            held = self.con.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()[0]
            if held != (_rows_in(tables[table]) if table in tables else 0):
                raise _Doubtful(f"the updated table {table} holds {held} rows, not the run's")


def _manifest_entry(earlier: Path) -> dict[str, Any]:
    """The manifest's entry of the file `earlier` (beside the manifest of its set), when this extractor made
    the set (`incremental.manifest_entry`)."""
    from extractor.output import incremental
    from extractor.output.write import MANIFEST

    try:
        manifest = orjson.loads((earlier.parent / MANIFEST).read_bytes())
    except (OSError, ValueError) as err:
        raise _Doubtful(f"no readable {MANIFEST} beside {earlier}") from err
    made_by = manifest.get(incremental.MANIFEST_KEY) if isinstance(manifest, dict) else None
    if not isinstance(made_by, dict) or made_by.get("fingerprint") != incremental.fingerprint():
        raise _Doubtful(f"the set holding {earlier} was made by another version of extractor")
    for entry in manifest.get("files") or []:
        if isinstance(entry, dict) and entry.get("name") == earlier.name:
            return entry
    raise _Doubtful(f"the set in {earlier.parent} holds no {earlier.name}")


def _remove_duckdb(path: str) -> None:
    for leftover in (path, f"{path}.wal"):
        Path(leftover).unlink(missing_ok=True)


class _SQLite(_Database):
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        import sqlite3

        self.path = path
        try:
            # Transactions are begun and ended here (`isolation_level=None`): the tables are created inside one.
            self.con = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as err:
            raise EnvironmentFailure(f"cannot open SQLite database {path}: {err}") from err
        self.execute = self.con.execute

    def begin(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")  # takes the write lock now, or says who holds it

    def commit(self) -> None:
        self.con.execute("COMMIT")

    def rollback(self) -> None:
        if self.con.in_transaction:
            self.con.execute("ROLLBACK")

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.con.execute(f"PRAGMA table_info({_q(table)})")]

    def stage_documents(self, documents: Iterable[dict]) -> None:
        self.con.execute("CREATE TEMP TABLE run_docs (doc_id TEXT PRIMARY KEY)")
        self.con.executemany("INSERT OR IGNORE INTO run_docs VALUES (?)", ((d["doc_id"],) for d in documents))

    def insert(self, table: str, rows: Iterable[dict]) -> None:
        names = SCHEMAS[table].names
        values = (tuple(json.dumps(r.get(n), ensure_ascii=False) if isinstance(r.get(n), list) else r.get(n)
                        for n in names) for r in rows)
        cols = ", ".join(_q(n) for n in names)
        updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n in names if n != KEYS[table])
        self.con.executemany(f"INSERT INTO {_q(table)} ({cols}) VALUES ({', '.join('?' * len(names))}) "
                             f"ON CONFLICT ({_q(KEYS[table])}) DO UPDATE SET {updates}", values)

    def translate(self, err: BaseException) -> None:
        import sqlite3

        if not isinstance(err, sqlite3.OperationalError):
            if isinstance(err, sqlite3.DatabaseError):
                raise UsageError(f"{self.path} is not a SQLite database ({err}); give another path") from err
            return
        text = str(err)
        if "locked" in text or "busy" in text:
            raise EnvironmentFailure(f"SQLite database {self.path} is locked by another connection "
                                     f"(waited {LOCK_TIMEOUT_S} s); close it there and load again") from err
        if "readonly" in text or "read-only" in text:
            raise EnvironmentFailure(f"SQLite database {self.path} is read-only; make it writable or give "
                                     "another path") from err
        if any(word in text for word in ("unable to open", "disk", "full", "I/O")):
            raise EnvironmentFailure(f"cannot write SQLite database {self.path}: {text}") from err


#: What a PostgreSQL server that answered says, read from its message (the server gives no SQLSTATE
#: before the login): the first pattern found names the problem.
_PG_REFUSALS: tuple[tuple[str, str], ...] = (
    (r'database "[^"]*" does not exist', "has no such database"),
    (r"password authentication failed|authentication failed|no pg_hba\.conf entry|role \"[^\"]*\" does not exist"
     r"|password is required|no password supplied", "refused the login"),
)


def _pg_connect_problem(dsn: str, err: Exception) -> str:
    text = " ".join(str(err).split())
    where = redact(dsn)
    server_said = re.search(r"FATAL:\s*(.+)", text)
    if server_said is None:
        reason = text.split("failed: ", 1)[-1]
        return redact(f"cannot reach PostgreSQL at {where}: {reason}; check the host, the port and that the "
                      "server runs", dsn)
    said = server_said.group(1)
    for pattern, problem in _PG_REFUSALS:
        if re.search(pattern, said):
            return redact(f"PostgreSQL at {where} {problem}: {said}", dsn)
    return redact(f"PostgreSQL at {where} refused the connection: {said}", dsn)


class _PostgreSQL(_Database):
    dialect = "postgresql"

    def __init__(self, dsn: str) -> None:
        try:
            import psycopg
        except ImportError as err:
            raise UsageError("loading into PostgreSQL needs psycopg: pip install 'extractor[postgres]'") from err
        self.dsn = dsn
        try:
            self.con = psycopg.connect(dsn, connect_timeout=10)
        except psycopg.OperationalError as err:
            raise EnvironmentFailure(_pg_connect_problem(dsn, err)) from None  # the cause would show the URL
        self.execute = self.con.execute

    def begin(self) -> None:
        # psycopg opens the transaction with the first statement; the timeouts hold for it alone.
        self.con.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
        self.con.execute(f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT_S}s'")

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_schema = current_schema() AND table_name = %s",
                                               [table]).fetchall()]

    def stage_documents(self, documents: Iterable[dict]) -> None:
        self.con.execute("CREATE TEMP TABLE run_docs (doc_id text PRIMARY KEY) ON COMMIT DROP")
        with self.con.cursor() as cur, cur.copy("COPY run_docs (doc_id) FROM STDIN") as copy:
            for doc_id in dict.fromkeys(d["doc_id"] for d in documents):
                copy.write_row([_clean_text(doc_id)])

    def insert(self, table: str, rows: Iterable[dict]) -> None:
        staging = f"staging_{table}"
        self.con.execute(f"CREATE TEMP TABLE {_q(staging)} (LIKE {_q(table)} INCLUDING DEFAULTS) ON COMMIT DROP")
        names = SCHEMAS[table].names
        types = ["text[]" if str(f.type).startswith("list") else
                 {"string": "text", "int64": "int8", "double": "float8"}[str(f.type)] for f in SCHEMAS[table]]
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {_q(staging)} ({', '.join(_q(n) for n in names)}) FROM STDIN") as copy:
                copy.set_types(types)
                for row in rows:
                    copy.write_row([_clean_text(row.get(n)) for n in names])
        self.con.execute(_upsert_sql(table, _q(staging)))

    def translate(self, err: BaseException) -> None:
        import psycopg
        from psycopg import errors

        where = redact(self.dsn)
        if isinstance(err, errors.LockNotAvailable):
            raise EnvironmentFailure(f"PostgreSQL at {where}: a table is locked{self._lock_holders()} and the "
                                     f"lock was not released within {LOCK_TIMEOUT_S} s; load again when it is") from None
        if isinstance(err, errors.QueryCanceled):
            raise EnvironmentFailure(f"PostgreSQL at {where}: a statement ran longer than {STATEMENT_TIMEOUT_S} s "
                                     "and was cancelled; nothing was loaded") from None
        if isinstance(err, (errors.InsufficientPrivilege, errors.ReadOnlySqlTransaction)):
            raise EnvironmentFailure(redact(f"PostgreSQL at {where} refused the writes: "
                                            f"{str(err).strip().splitlines()[0]}", self.dsn)) from None
        if isinstance(err, psycopg.OperationalError):
            raise EnvironmentFailure(redact(f"PostgreSQL at {where} failed during the load: "
                                            f"{' '.join(str(err).split())}", self.dsn)) from None

    def _lock_holders(self) -> str:
        """` by process N (user, application)` for the sessions holding locks on the tables, when the server
        tells."""
        import psycopg

        try:
            with psycopg.connect(self.dsn, connect_timeout=5, autocommit=True) as con:
                held = con.execute(
                    "SELECT DISTINCT a.pid, a.usename, a.application_name, l.mode, c.relname FROM pg_locks l "
                    "JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.granted AND c.relname = ANY(%s) AND a.pid <> pg_backend_pid() ORDER BY a.pid",
                    [list(KEYS)]).fetchall()
        except psycopg.Error:
            return ""
        return "".join(f" ({relname} held in {mode} by process {pid}, user {user}"
                       + (f", application {app!r}" if app else "") + ")" for pid, user, app, mode, relname in held[:3])
