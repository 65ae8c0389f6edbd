"""Writers: the tables as Parquet and JSON Lines, and the output folder as one set.

Each file is written to a temporary name and renamed into place, so a crash never leaves a
half-written table under the final name. A run writes its whole set (tables, DuckDB file, report)
into a staging folder inside OUT (`OutputSet`); `manifest.json`, written last, names the complete
set, and readers (`read_manifest`) take only what it names. Files are created with the mode the
umask gives, as any program's are.
"""
from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from itertools import chain, islice, repeat
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from extractor.output.records import CLAIM_COLUMNS, COMPANY_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, TEXT_COLUMNS

log = logging.getLogger(__name__)

_STR, _F64, _I64 = pa.string(), pa.float64(), pa.int64()
_LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _STR), ("sha256", _STR), ("status", _STR), ("reason", _STR), ("lang", _STR),
        ("lang_confidence", _F64), ("encoding", _STR), ("title", _STR), ("published", _STR),
        ("subject", _STR), ("n_claims", _I64), ("story_id", _STR), ("size_bytes", _I64),
        ("company_id", _STR),
    ]),
    "claims": pa.schema([
        ("claim_id", _STR), ("doc_id", _STR), ("lang", _STR), ("kind", _STR), ("subject", _STR),
        ("metric", _STR), ("action", _STR), ("direction", _STR), ("value", _F64), ("unit", _STR),
        ("qualifier", _STR), ("target_year", _I64), ("baseline_year", _I64), ("period_year", _I64),
        ("award", _STR), ("issuer", _STR), ("grade", _STR), ("streak", _I64), ("text", _STR),
        ("start", _I64), ("end", _I64), ("mentions", _I64), ("rule", _STR), ("value_text", _STR),
        ("ambiguous", _STR), ("resolvers", _STR), ("period_year_source", _STR), ("company_id", _STR),
    ]),
    "findings": pa.schema([
        ("finding_id", _STR), ("check", _STR), ("severity", _STR), ("doc_ids", _LIST),
        ("claim_ids", _LIST), ("message", _STR),
    ]),
    "texts": pa.schema([("doc_id", _STR), ("text", _STR)]),
}
SCHEMAS["companies"] = pa.schema([("company_id", _STR), ("name", _STR), ("names", _LIST), ("listings", _LIST),
                                   ("doc_ids", _LIST)])
_COLUMNS = {"documents": DOCUMENT_COLUMNS, "claims": CLAIM_COLUMNS, "findings": FINDING_COLUMNS,
            "texts": TEXT_COLUMNS, "companies": COMPANY_COLUMNS}
assert all(tuple(SCHEMAS[n].names) == _COLUMNS[n] for n in SCHEMAS), "schema and records disagree"


def _clean(value: Any) -> Any:
    """JSON-safe value: NaN and infinities become null (the contract has no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple):
        return list(value)
    return value


def _with_pandas_dtypes(schema: pa.Schema) -> pa.Schema:
    """Record pandas' nullable dtypes in the file, so `pd.read_parquet` gives Int64 columns, not floats.

    Set on the schema itself: no empty table is built for it.
    """
    import json as _json

    columns = []
    for f in schema:
        numpy_type = {"int64": "Int64", "double": "float64", "string": "object"}.get(str(f.type), "object")
        pandas_type = {"int64": "int64", "double": "float64", "string": "unicode"}.get(str(f.type), "list[unicode]")
        columns.append({"name": f.name, "field_name": f.name, "pandas_type": pandas_type,
                        "numpy_type": numpy_type, "metadata": None})
    meta = {"index_columns": [], "column_indexes": [], "columns": columns, "creator": {"library": "extractor"},
            "pandas_version": "2.0.0"}
    return schema.with_metadata({b"pandas": _json.dumps(meta).encode()})


def write_table(name: str, rows: Iterable[dict[str, Any]], out: Path, *, batch_size: int = 2000) -> list[Path]:
    """Write one table as `<out>/<name>.parquet` and `<out>/<name>.jsonl`, `batch_size` rows at a time
    (no copy of the whole table is made); returns the two paths."""
    writer, names, batch = TableWriter(name, out, batch_size=batch_size), SCHEMAS[name].names, []
    try:
        for row in rows:
            batch.append({col: row.get(col) for col in names})
            if len(batch) == batch_size:
                writer.write_rendered(*render_rows(name, batch))
                batch = []
        if batch:
            writer.write_rendered(*render_rows(name, batch))
    except BaseException:
        writer.abort()
        raise
    return writer.commit()


def write_batches(name: str, batches: Iterable[pa.RecordBatch | pa.Table], out: Path, *,
                  batch_size: int = 2000) -> list[Path]:
    """`write_table` of rows given as Arrow batches (or tables) of the table's columns: their JSON lines made
    from them a batch at a time (`render_batch`), their Arrow rows written as they are."""
    writer = TableWriter(name, out, batch_size=batch_size)
    try:
        for batch in batches:
            writer.write_rendered(*render_batch(name, batch))
    except BaseException:
        writer.abort()
        raise
    return writer.commit()


def render_batch(name: str, rows: pa.RecordBatch | pa.Table) -> tuple[bytes, pa.RecordBatch]:
    """`render_rows` of rows given as Arrow (a batch or a table of table `name`'s columns): the same JSON lines
    and Arrow batch, without making the Arrow rows again from Python values."""
    schema = _schema_with_pandas(name)
    rows = rows.select(schema.names)
    if isinstance(rows, pa.Table):
        rows = rows.combine_chunks()
        rows = rows.to_batches()[0] if rows.num_rows else pa.RecordBatch.from_pylist([], schema=schema)
    if _not_finite(rows):
        return render_rows(name, rows.to_pylist())
    return (b"".join([_encode_line(r) for r in rows.to_pylist()]),
            pa.RecordBatch.from_arrays(rows.columns, schema=schema))


def _encode_line(row: dict[str, Any]) -> bytes:
    """One JSON line (UTF-8, Thai not escaped, no NaN: a NaN or an infinity is written `null`)."""
    return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)


def render_rows(name: str, rows: Iterable[dict[str, Any]]) -> tuple[bytes, pa.RecordBatch]:
    """Rows of table `name` as JSON lines (UTF-8) and an Arrow batch: the work a worker can do for the
    writer. The lines are bytes, as the file holds them: a worker's string would be encoded to be
    sent, decoded on arrival and encoded again to be written."""
    schema = _schema_with_pandas(name)
    rows = list(rows)
    text = b"".join([_encode_line(r) for r in rows])
    batch = pa.RecordBatch.from_pylist(rows, schema=schema)
    if _not_finite(batch):  # as in the JSON lines, the contract has no NaN: null in Parquet too
        batch = pa.RecordBatch.from_pylist([{col: _clean(row.get(col)) for col in schema.names} for row in rows],
                                           schema=schema)
    return text, batch


def _not_finite(batch: pa.RecordBatch) -> bool:
    """Whether a float column of `batch` holds a NaN or an infinity."""
    import pyarrow.compute as pc

    return any(pc.any(pc.invert(pc.is_finite(column))).as_py() for column in batch.columns
               if pa.types.is_floating(column.type))


_SCHEMA_CACHE: dict[str, pa.Schema] = {}


def _schema_with_pandas(name: str) -> pa.Schema:
    if name not in _SCHEMA_CACHE:
        _SCHEMA_CACHE[name] = _with_pandas_dtypes(SCHEMAS[name])
    return _SCHEMA_CACHE[name]


class TableWriter:
    """Write one table as rows arrive (Parquet row groups and JSON lines), committed atomically.

    Rows arrive already rendered (`render_rows`, in the workers) and are buffered `batch_size` at a
    time, so memory stays flat however many pass through.
    Until `commit()` the files have temporary names; `abort()` removes them.
    """

    def __init__(self, name: str, out: Path, *, batch_size: int = 2000) -> None:
        self.name, self.out, self.batch_size = name, out, batch_size
        self.schema = _schema_with_pandas(name)
        out.mkdir(parents=True, exist_ok=True)
        self._paths = [out / f"{name}.parquet", out / f"{name}.jsonl"]
        self._tmp = [out / f".{p.name}.{secrets.token_hex(6)}.part" for p in self._paths]
        self._jsonl = _create(self._tmp[1])
        _create(self._tmp[0]).close()
        self._parquet = pq.ParquetWriter(self._tmp[0], self.schema)
        self._batches: list[pa.RecordBatch] = []
        self._batched_rows = 0
        self.rows = 0

    def write_rendered(self, text: bytes, batch: pa.RecordBatch) -> None:
        """Append rows already rendered by `render_rows` (in a worker): no per-row work here."""
        self._jsonl.write(text)
        if batch.num_rows:
            self._batches.append(batch)
            self._batched_rows += batch.num_rows
            self.rows += batch.num_rows
        if self._batched_rows >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        if self._batches:
            self._parquet.write_table(pa.Table.from_batches(self._batches, schema=self.schema))
            self._batches, self._batched_rows = [], 0

    def commit(self) -> list[Path]:
        self._flush()
        self._parquet.close()
        self._jsonl.close()
        for tmp, final in zip(self._tmp, self._paths):
            os.replace(tmp, final)
        return list(self._paths)

    def abort(self) -> None:
        self._parquet.close()
        self._jsonl.close()
        for tmp in self._tmp:
            tmp.unlink(missing_ok=True)


class StagedRows:
    """Rows appended as Arrow record batches to an IPC file (`path`, in the staging folder: a name starting
    with "." is never part of the set) as they arrive, and read back memory-mapped (`read_staged`): what a
    batch keeps of its documents and claims for the work that needs the whole batch, out of memory."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema, self.rows = path, schema, 0
        self._writer = pa.ipc.new_file(str(path), schema)

    def add(self, batch: pa.RecordBatch) -> None:
        """Append `batch`'s columns of this file's schema (by name)."""
        self._writer.write_batch(pa.record_batch([batch.column(n) for n in self.schema.names], schema=self.schema))
        self.rows += batch.num_rows

    def close(self) -> None:
        self._writer.close()


def read_staged(path: Path | str, columns: list[str] | None = None) -> pa.Table:
    """The rows of a `StagedRows` file (`columns` of them), memory-mapped: only the columns read are paged
    in, and the pages stay the file's, not this process's heap."""
    table = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    return table.select(columns) if columns is not None else table


class StagedBatches:
    """The record batches of staged files (`StagedRows`), memory-mapped, as one run of rows: rows are taken
    from the batches that hold them, so that only those rows are read and copied (a take from a table of many
    batches joins them all into one first). The pages of the files a take reads are given back to the kernel
    as it goes (`release`): rows taken all over a file touch most of its pages, and mapped pages count as the
    process's memory while it holds them (a worker checking a partition held the whole claims file)."""

    #: Bytes of batches a take reads from before the pages read are given back (`release`).
    RELEASE_BYTES = 4 * 2**20

    def __init__(self, paths: Iterable[Path | str], columns: list[str] | None = None) -> None:
        import mmap

        import numpy as np

        self._maps, self.batches = [], []
        for path in paths:
            with open(path, "rb") as f:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            self._maps.append(mapped)
            table = pa.ipc.open_file(pa.BufferReader(pa.py_buffer(mapped))).read_all()
            self.batches += (table.select(columns) if columns is not None else table).to_batches()
        self.starts = np.cumsum([0, *(b.num_rows for b in self.batches)])

    @property
    def num_rows(self) -> int:
        return int(self.starts[-1])

    def take(self, rows: Sequence[int]) -> pa.Table:
        """The rows numbered `rows` (through all the batches), in that order, as a table of their own."""
        import numpy as np

        rows = np.asarray(rows, dtype=np.int64)
        which = np.searchsorted(self.starts, rows, side="right") - 1
        by_batch = np.argsort(which, kind="stable")
        held = np.split(by_batch, np.flatnonzero(np.diff(which[by_batch])) + 1) if len(rows) else []
        if not held:
            return self.batches[0].schema.empty_table() if self.batches else pa.table({})
        parts, read = [], 0
        for at in held:
            batch = self.batches[which[at[0]]]
            parts.append(batch.take(pa.array(rows[at] - self.starts[which[at[0]]])))
            read += batch.nbytes
            if read >= self.RELEASE_BYTES:
                self.release()
                read = 0
        self.release()
        return pa.Table.from_batches(parts).take(pa.array(np.argsort(np.concatenate(held)))).combine_chunks()

    def release(self) -> None:
        """Give the pages of the mapped files this process has read back to the kernel (where it can: the file
        stays mapped, and a page read again comes back from the page cache)."""
        import mmap

        for mapped in self._maps:
            if hasattr(mapped, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
                mapped.madvise(mmap.MADV_DONTNEED)


def _create(path: Path):
    """A new file opened for writing, with the mode the umask gives (not `mkstemp`'s 0600)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), "wb")


def write_tables(out: Path, *, documents: Iterable[dict], claims: Iterable[dict] | None,
                 findings: Iterable[dict], companies: Iterable[dict] | None = None,
                 batch_sizes: dict[str, int] | None = None) -> list[Path]:
    """Write the tables given (`claims=None`: already streamed by a `TableWriter`), each `batch_sizes[name]`
    rows at a time (else `write_table`'s); returns the paths written."""
    written: list[Path] = []
    for name, rows in (("documents", documents), ("claims", claims), ("findings", findings),
                       ("companies", companies)):
        if rows is not None:
            written += write_table(name, rows, out, **({"batch_size": batch_sizes[name]}
                                                       if batch_sizes and name in batch_sizes else {}))
    return written



def fill_by_document(out: Path, name: str, column: str, values: Sequence[Any], counts: Sequence[int]) -> None:
    """Set the last column of table `name` (written in `out`), `column`, of every row to the value of its
    document, in both files, a row group or a line at a time: for what is known only once the whole batch
    has been read (a claim's company, linked across the batch). The table's rows are its documents' runs of
    rows, in order: `counts[i]` rows of the document whose value is `values[i]`.

    A JSON line is not parsed: its last key (a key's quoted name can only be a key in JSON) is cut off and
    written again with the new value, as the line would be written whole."""
    parquet, jsonl = out / f"{name}.parquet", out / f"{name}.jsonl"
    if SCHEMAS[name].names[-1] != column:
        raise ValueError(f"{column} is not the last column of {name}")
    key = b',"' + column.encode() + b'":'
    tmp = out / f".{name}.fill.part"
    with _create(tmp) as f, jsonl.open("rb") as lines:
        for line, value in zip(lines, _per_row(values, counts), strict=True):
            f.write(line[:line.rindex(key) + len(key)] + orjson.dumps(value) + b"}\n")
    os.replace(tmp, jsonl)
    source = pq.ParquetFile(parquet)
    schema = source.schema_arrow
    index = schema.get_field_index(column)
    rows = _per_row(values, counts)
    _create(tmp).close()
    with pq.ParquetWriter(tmp, schema) as writer:
        for group in range(source.num_row_groups):
            table = source.read_row_group(group)
            filled = pa.array(list(islice(rows, table.num_rows)), type=schema.field(index).type)
            writer.write_table(table.set_column(index, column, filled))
    os.replace(tmp, parquet)


def _per_row(values: Sequence[Any], counts: Sequence[int]) -> Iterator[Any]:
    """Each of `values` repeated `counts` times, in order."""
    return chain.from_iterable(repeat(v, n) for v, n in zip(values, counts, strict=True))


# --- The output folder as one set ---------------------------------------------------------------

MANIFEST = "manifest.json"
#: Staging folders inside OUT: `<prefix><random>`; one holding a manifest is a committed set.
STAGING_PREFIX = ".extractor-staging-"
#: Every name a run may leave in OUT: switching a new set in removes those it does not hold, so nothing
#: of an older run survives beside it (its report or DuckDB file when the new run wrote none).
RUN_FILES: tuple[str, ...] = tuple(f"{t}.{ext}" for t in SCHEMAS for ext in ("parquet", "jsonl")) + (
    "extractor.duckdb", "extractor.duckdb.wal", "report.html",
    "rerun-index.parquet", "rerun-checks.parquet")  # what a next run reads (`incremental`)
#: Folders a run may leave in OUT (the pages of a paged report, `report.pages_folder`) and the names of the files
#: it may leave in them: the set names each (`report/<page>.html`); switching a new set in removes those of such
#: names it does not name (no other file of the folder), and a folder left empty.
RUN_FOLDERS: dict[str, re.Pattern] = {"report": re.compile(r"[0-9a-f]{32}\.html")}
_INCOMPLETE = ("{out} holds no complete run ({why}); give the OUT folder of a finished `extractor run`, "
               "or run it again")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _committed_stage(out: Path) -> Path | None:
    """The staging folder of a run killed while switching its committed set in, if any."""
    for stage in sorted(out.glob(STAGING_PREFIX + "*")):
        if (stage / MANIFEST).is_file():
            return stage
    return None


def read_manifest(out: Path) -> dict[str, Path]:
    """The files of the complete set in `out`, by name (`claims.jsonl` -> its path).

    A set being switched in (its run killed half-way through the switch) is read where each of its
    files now is: still in the staging folder or already in OUT. Raises `UsageError` when `out` holds
    no complete set.
    """
    from extractor.errors import UsageError

    if not out.is_dir():
        raise UsageError(_INCOMPLETE.format(out=out, why="no such folder"))
    stage, where = None, out / MANIFEST
    if not where.is_file():
        stage = _committed_stage(out)
        if stage is None:
            why = "no manifest.json: its run stopped before it finished, or an older extractor wrote it" \
                if any(out.glob("*.jsonl")) else "no tables"
            raise UsageError(_INCOMPLETE.format(out=out, why=why))
        where = stage / MANIFEST
    try:
        names = [f["name"] for f in orjson.loads(where.read_bytes())["files"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise UsageError(_INCOMPLETE.format(out=out, why=f"unreadable {MANIFEST}: {err}")) from err
    files = {name: (stage / name if stage is not None and (stage / name).exists() else out / name) for name in names}
    missing = [name for name, path in files.items() if not path.exists()]
    if missing:
        raise UsageError(_INCOMPLETE.format(out=out, why=f"{', '.join(missing)} named in {MANIFEST} missing"))
    return files


def run_files(out: Path, *, staged: bool = False) -> dict[str, Path]:
    """`read_manifest(out)`; `staged`: the files of a run being written into the staging folder `out`,
    which has no manifest yet."""
    return {p.name: p for p in out.iterdir() if not p.name.startswith(".")} if staged else read_manifest(out)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class OutputSet:
    """A run's output folder, written as one set: `stage` is where the run writes every file; `commit()`
    names the set in a manifest and switches it into OUT; `abort()` (or an exception inside `with`)
    leaves OUT as it was.

    The run holds a lock on OUT while it writes, so two runs never write into one OUT at once; a staging
    folder found on opening belongs to a run that was killed and is cleaned away (or, when the run had
    committed its set, the switch is finished). Readers see the older complete set until the switch and
    the new one from the moment it starts (`read_manifest`).
    """

    def __init__(self, out: Path) -> None:
        from extractor.errors import EnvironmentFailure, UsageError

        self.out = out
        if out.exists() and not out.is_dir():
            raise UsageError(f"--out {out} is a file; give a folder (it is created when missing)")
        try:
            out.mkdir(parents=True, exist_ok=True)
            self._lock = _hold_lock(out)
            recover(out)
            self.stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
            self._digests: dict[str, Any] = {}
            self._earlier = _earlier_digests(out)
            self._digester: Any = None
        except EnvironmentFailure:
            raise
        except OSError as err:
            raise EnvironmentFailure(f"cannot write into {out}: {err.strerror or err}; choose another --out "
                                     "or make the folder writable") from err

    def digest_soon(self, files: list[str]) -> None:
        """Start digesting `files` of the staging folder, written for good, in threads beside what this process
        does next (hashlib lets other threads run while it digests): `commit` then digests only the rest."""
        from concurrent.futures import ThreadPoolExecutor

        if self._digester is None:
            self._digester = ThreadPoolExecutor(2, thread_name_prefix="digest")
        for name in files:
            if name not in self._digests:
                self._digests[name] = self._known(name) or self._digester.submit(_digest, self.stage / name)

    def _known(self, name: str) -> Future | None:
        """The earlier set's digest of `name` when the staged file is the very file of OUT it named (a page of the
        report linked from the earlier set, `report._Pages`): its bytes are those it digested."""
        earlier = self._earlier.get(name)
        if earlier is None:
            return None
        try:
            same = os.path.samefile(self.stage / name, self.out / name)
        except OSError:
            return None
        if not same or (self.stage / name).stat().st_size != earlier["bytes"]:
            return None
        known: Future = Future()
        known.set_result(earlier["sha256"])
        return known

    def commit(self, files: list[str], *, made_by: dict | None = None) -> list[Path]:
        """Name the set (`files`, in the staging folder) in its manifest, with the extractor that made it
        (`made_by`, see `incremental.manifest_entry`), then switch it into OUT."""
        self.digest_soon(files)
        entries = [{"name": name, "bytes": (self.stage / name).stat().st_size,
                    "sha256": self._digests[name].result()} for name in files]
        manifest = orjson.dumps({"version": 1, "files": entries, **({"extractor": made_by} if made_by else {})},
                                option=orjson.OPT_INDENT_2)
        with _create(self.stage / f".{MANIFEST}.part") as f:
            f.write(manifest)
            f.flush()
            os.fsync(f.fileno())
        _fsync_dir(self.stage)
        os.replace(self.stage / f".{MANIFEST}.part", self.stage / MANIFEST)  # the set is committed
        _fsync_dir(self.stage)
        _switch(self.out, self.stage)
        self.close()
        return [self.out / name for name in files]

    def abort(self) -> None:
        """Leave OUT as it was; or, once the set is committed (an interrupt during the switch), finish the
        switch: OUT must not be left with neither set."""
        try:
            if (self.stage / MANIFEST).is_file():
                _switch(self.out, self.stage)
            else:
                shutil.rmtree(self.stage, ignore_errors=True)
        except OSError:  # the staging folder stays: readers take the set from it, the next run finishes it
            log.exception("could not finish switching the set into %s", self.out)
        finally:
            self.close()

    def close(self) -> None:
        if self._digester is not None:
            self._digester.shutdown(wait=True, cancel_futures=True)
            self._digester = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, kind, err, _tb) -> None:
        if kind is not None:
            self.abort()
        self.close()
        if isinstance(err, OSError):  # a full disk, a folder taken away: the environment, not the input
            from extractor.errors import EnvironmentFailure

            raise EnvironmentFailure(f"cannot write into {self.out}: {err.strerror or err}; OUT keeps the set it "
                                     "held before") from err


def _earlier_digests(out: Path) -> dict[str, dict]:
    """The entries (`bytes`, `sha256`) of the files in folders (`RUN_FOLDERS`) that the set in `out` names, by
    name; none when it holds no readable set."""
    try:
        entries = orjson.loads((out / MANIFEST).read_bytes())["files"]
        return {f["name"]: f for f in entries if "/" in f["name"] and {"bytes", "sha256"} <= f.keys()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _hold_lock(folder: Path):
    """An open handle of `folder` holding an exclusive lock on it (released when closed): no lock file is left."""
    from extractor.errors import EnvironmentFailure

    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; one run per OUT is then the user's care
        return None
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        os.close(handle)
        raise EnvironmentFailure(f"another extractor run is writing into {folder}; wait for it to end "
                                 "or choose another --out") from err
    return handle


def _switch(out: Path, stage: Path) -> None:
    """Move the committed set in `stage` into OUT. Each step can be repeated: a run killed half-way through
    is finished by the next (`recover`)."""
    names = {f["name"] for f in orjson.loads((stage / MANIFEST).read_bytes())["files"]}
    (out / MANIFEST).unlink(missing_ok=True)  # from here readers take the new set (`read_manifest`)
    for name in RUN_FILES:  # the older set's WAL goes too: it must never meet the new DuckDB file
        if name not in names:
            (out / name).unlink(missing_ok=True)
    _remove_unnamed(out, names)
    for name in sorted(names):
        if (stage / name).exists():
            (out / name).parent.mkdir(exist_ok=True)
            os.replace(stage / name, out / name)
    for folder in {(out / name).parent for name in names} - {out}:
        _fsync_dir(folder)
    _fsync_dir(out)
    os.replace(stage / MANIFEST, out / MANIFEST)
    _fsync_dir(out)
    shutil.rmtree(stage, ignore_errors=True)


def _remove_unnamed(out: Path, names: set[str]) -> None:
    """Remove the files of OUT's `RUN_FOLDERS` named as a run names them that the set switched in does not name
    (`names`), and a folder left empty: an older set's pages do not linger beside the new set's (a file of
    another name, the user's, stays)."""
    for folder, made in RUN_FOLDERS.items():
        if not (out / folder).is_dir():
            continue
        for path in (out / folder).iterdir():
            if made.fullmatch(path.name) and f"{folder}/{path.name}" not in names:
                path.unlink(missing_ok=True)
        if not any((out / folder).iterdir()):
            (out / folder).rmdir()


def recover(out: Path) -> None:
    """Finish the switch of a run killed while switching its committed set in; remove the staging folders
    and temporary files of runs killed before. Call it holding OUT's lock."""
    committed = _committed_stage(out)
    if committed is not None:
        _switch(out, committed)
    for stage in out.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stage, ignore_errors=True)
    for part in out.glob(".*.part"):
        part.unlink(missing_ok=True)
