"""Loading the tables into a database: DuckDB (embedded, the default), SQLite, PostgreSQL.

    extractor load OUT --db duckdb:///path/extractor.duckdb
    extractor load OUT --db sqlite:///path/extractor.sqlite
    extractor load OUT --db postgresql://user@host:5432/dbname

The schema is created when missing, with the contract's types (lists as
arrays in DuckDB and PostgreSQL, as JSON text in SQLite) and primary keys on
the ids. Rows are upserted by `doc_id` / `claim_id` / `finding_id`: loading
the same run twice changes nothing, loading a newer run updates the rows it
holds (rows of documents it no longer holds are kept). PostgreSQL loads
through COPY into a temporary staging table, then one INSERT ... ON CONFLICT.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from extractor.errors import UsageError
from extractor.write import SCHEMAS

KEYS = {"documents": "doc_id", "claims": "claim_id", "findings": "finding_id", "companies": "company_id"}
TABLES = ("documents", "claims", "findings", "companies")

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
            raise UsageError(f"{url!r} names no file; write {scheme}:///absolute/path or {scheme}:///./relative/path")
        return Target(scheme, path)
    if scheme in ("postgresql", "postgres"):
        if not parsed.path.strip("/"):
            raise UsageError(f"{url!r} names no database; write postgresql://user@host:5432/dbname")
        return Target("postgresql", url.replace("postgres://", "postgresql://", 1))
    raise UsageError(f"unsupported database URL {url!r}; use duckdb:///path, sqlite:///path or "
                     "postgresql://user@host/db")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


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


def read_run(out: Path) -> dict[str, list[dict[str, Any]]]:
    """The three tables of a finished run, as rows."""
    tables = {}
    for table in TABLES:
        path = out / f"{table}.jsonl"
        if not path.exists() and table == "companies":  # a run made before the table existed
            tables[table] = []
            continue
        if not path.exists():
            raise UsageError(f"{path} not found: give the OUT folder of a finished `extractor run`")
        tables[table] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tables


def _clean_text(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; scraped text sometimes does."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_clean_text(v) for v in value]
    return value


def _check_columns(table: str, existing: Iterable[str]) -> None:
    existing = {c.lower() for c in existing}
    if not existing:
        return
    missing = [n for n in SCHEMAS[table].names if n.lower() not in existing]
    if missing:
        raise UsageError(f"table {table} in the database lacks columns {', '.join(missing)}: it was made by "
                         "another version or program; add the columns or load into a new database")


def load(out: Path, url: str, *, views: bool = True) -> dict[str, int]:
    """Load the run in `out` into the database at `url`; returns rows per table now in the database."""
    target = parse_url(url)
    tables = read_run(out)
    loader = {"duckdb": _load_duckdb, "sqlite": _load_sqlite, "postgresql": _load_postgresql}[target.dialect]
    return loader(target.location, tables, views=views)


def _create_views(execute, dialect: str) -> None:
    for name, sql in VIEWS.items():
        execute(f"DROP VIEW IF EXISTS {_q(name)}")
        execute(f"CREATE VIEW {_q(name)} AS {sql.format(**_DIALECT_SQL[dialect])}")


def _load_each(tables: dict[str, list[dict]], dialect: str, *, execute, columns_of, insert) -> dict[str, int]:
    """The steps every dialect shares: check existing columns, create, upsert, count."""
    counts = {}
    for table in TABLES:
        _check_columns(table, columns_of(table))
        execute(ddl(table, dialect))
        insert(table, tables[table])
        counts[table] = execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()[0]
    return counts


def _load_duckdb(path: str, tables: dict[str, list[dict]], *, views: bool) -> dict[str, int]:
    import duckdb
    import pyarrow as pa

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(path)
    except duckdb.Error as err:
        raise UsageError(f"cannot open DuckDB database {path}: {err}") from err

    def insert(table: str, rows: list[dict]) -> None:
        con.register("staging", pa.Table.from_pylist(rows, schema=SCHEMAS[table]))
        con.execute(_upsert_sql(table, "staging"))
        con.unregister("staging")

    try:
        counts = _load_each(tables, "duckdb", execute=con.execute, insert=insert, columns_of=lambda table: [
            r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                                      [table]).fetchall()])
        if views:
            _create_views(con.execute, "duckdb")
        return counts
    finally:
        con.close()


def _load_sqlite(path: str, tables: dict[str, list[dict]], *, views: bool) -> dict[str, int]:
    import sqlite3

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(path)
    except sqlite3.Error as err:
        raise UsageError(f"cannot open SQLite database {path}: {err}") from err

    def insert(table: str, rows: list[dict]) -> None:
        names = SCHEMAS[table].names
        values = [tuple(json.dumps(r.get(n), ensure_ascii=False) if isinstance(r.get(n), list) else r.get(n)
                        for n in names) for r in rows]
        cols = ", ".join(_q(n) for n in names)
        updates = ", ".join(f"{_q(n)} = excluded.{_q(n)}" for n in names if n != KEYS[table])
        con.executemany(f"INSERT INTO {_q(table)} ({cols}) VALUES ({', '.join('?' * len(names))}) "
                        f"ON CONFLICT ({_q(KEYS[table])}) DO UPDATE SET {updates}", values)

    try:
        with con:
            counts = _load_each(tables, "sqlite", execute=con.execute, insert=insert,
                                columns_of=lambda table: [r[1] for r in con.execute(f"PRAGMA table_info({_q(table)})")])
            if views:
                _create_views(con.execute, "sqlite")
        return counts
    finally:
        con.close()


def _load_postgresql(dsn: str, tables: dict[str, list[dict]], *, views: bool) -> dict[str, int]:
    try:
        import psycopg
    except ImportError as err:
        raise UsageError("loading into PostgreSQL needs psycopg: pip install 'extractor[postgres]'") from err
    try:
        con = psycopg.connect(dsn, connect_timeout=10)
    except psycopg.OperationalError as err:
        raise UsageError(f"cannot reach PostgreSQL at {dsn}: {str(err).strip().splitlines()[0]}") from err

    def insert(table: str, rows: list[dict]) -> None:
        staging = f"staging_{table}"
        con.execute(f"CREATE TEMP TABLE {_q(staging)} (LIKE {_q(table)} INCLUDING DEFAULTS) ON COMMIT DROP")
        names = SCHEMAS[table].names
        types = ["text[]" if str(f.type).startswith("list") else
                 {"string": "text", "int64": "int8", "double": "float8"}[str(f.type)] for f in SCHEMAS[table]]
        with con.cursor() as cur:
            with cur.copy(f"COPY {_q(staging)} ({', '.join(_q(n) for n in names)}) FROM STDIN") as copy:
                copy.set_types(types)
                for row in rows:
                    copy.write_row([_clean_text(row.get(n)) for n in names])
        con.execute(_upsert_sql(table, _q(staging)))

    try:
        with con.transaction():
            counts = _load_each(tables, "postgresql", execute=con.execute, insert=insert, columns_of=lambda table: [
                r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND table_name = %s",
                                          [table]).fetchall()])
            if views:
                _create_views(con.execute, "postgresql")
        return counts
    finally:
        con.close()
