"""Writers: the three tables as Parquet and JSON Lines, written atomically.

Each file is written to a temporary name in the output folder and renamed into
place, so a crash never leaves a half-written table under the final name.
"""
from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from extractor.records import CLAIM_COLUMNS, COMPANY_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS

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
        ("ambiguous", _STR), ("period_year_source", _STR),
    ]),
    "findings": pa.schema([
        ("finding_id", _STR), ("check", _STR), ("severity", _STR), ("doc_ids", _LIST),
        ("claim_ids", _LIST), ("message", _STR),
    ]),
}
SCHEMAS["companies"] = pa.schema([("company_id", _STR), ("name", _STR), ("names", _LIST), ("listings", _LIST),
                                   ("doc_ids", _LIST)])
_COLUMNS = {"documents": DOCUMENT_COLUMNS, "claims": CLAIM_COLUMNS, "findings": FINDING_COLUMNS,
            "companies": COMPANY_COLUMNS}
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
        self._tmp = [Path(tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=out)[1]) for p in self._paths]
        self._parquet = pq.ParquetWriter(self._tmp[0], self.schema)
        self._jsonl = open(self._tmp[1], "wb")
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


def write_tables(out: Path, *, documents: Iterable[dict], claims: Iterable[dict] | None,
                 findings: Iterable[dict], companies: Iterable[dict] | None = None) -> list[Path]:
    """Write the tables given (`claims=None`: already streamed by a `TableWriter`); returns the paths written."""
    written: list[Path] = []
    for name, rows in (("documents", documents), ("claims", claims), ("findings", findings),
                       ("companies", companies)):
        if rows is not None:
            written += write_table(name, rows, out)
    return written
