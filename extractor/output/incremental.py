"""Incremental runs: a rerun into an OUT that holds an earlier run of the same extractor reads again only
the files whose bytes changed and the new ones.

The earlier run's manifest records the extractor that made it (`fingerprint`: its version and the
SHA-256 of its own code and language data); a run of another extractor is never reused. Of the earlier
run, each `ok` document is kept as where its rows are (`Previous`), keyed by its id; the worker that gets
the file reads its bytes, and when their SHA-256 is the one recorded, reads the earlier rows and takes them
instead of extracting again (`runner.process_files`). What depends on the whole batch (stories, companies, the
checks across releases, the report) is made again over all documents, so the tables are the ones a
fresh run writes, row for row.
"""
from __future__ import annotations

import hashlib
import logging
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The manifest's key for the extractor that wrote a set.
MANIFEST_KEY = "extractor"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The extractor's version and the SHA-256 of every source file of the package (code, language data,
    cues): another rule, cue or version gives another fingerprint."""
    from extractor import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def manifest_entry() -> dict[str, str]:
    """What a run's manifest records of the extractor that wrote it."""
    from extractor import __version__

    return {"version": __version__, "fingerprint": fingerprint()}


@dataclass(frozen=True)
class Previous:
    """An `ok` document of the earlier run: where its `documents` row and its claims' rows are in the earlier
    run's Parquet files (row `row` of `documents`, `count` rows of `claims` from `first`), and its SHA-256.
    The rows are read when asked for, by the worker that finds the file unchanged: a rerun keeps no
    earlier rows in memory."""

    sha256: str | None
    #: the earlier run's Parquet files, each as (path, what tells that file from a later one at that path)
    documents: tuple[str, str]
    row: int
    claims: tuple[str, str]
    first: int
    count: int

    @property
    def document(self) -> dict[str, Any]:
        """Its `documents` row."""
        return _parquet_rows(*self.documents, self.row, 1)[0]

    @property
    def claim_rows(self) -> tuple[dict[str, Any], ...]:
        """Its claims' rows, in order."""
        return tuple(_parquet_rows(*self.claims, self.first, self.count)) if self.count else ()


def _file(path: Path) -> tuple[str, str]:
    """A file as `Previous` names it: its path, and its inode and time of change (a later run writes a new file
    at the same path)."""
    stat = path.stat()
    return str(path), f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


def _parquet_rows(path: str, version: str, first: int, count: int) -> list[dict[str, Any]]:
    """Rows `first` to `first + count` of a Parquet file, from the row groups that hold them (the last few
    row groups read are kept: a chunk of files asks for neighbouring rows)."""
    starts = _group_starts(path, version)
    rows: list[dict[str, Any]] = []
    group = max(0, bisect_right(starts, first) - 1)
    while len(rows) < count:
        held = _row_group(path, version, group)
        rows += held[max(0, first - starts[group]):first + count - starts[group]]
        group += 1
    return rows


@lru_cache(maxsize=8)
def _group_starts(path: str, version: str) -> list[int]:
    import pyarrow.parquet as pq

    starts, row = [], 0
    metadata = pq.ParquetFile(path).metadata
    for group in range(metadata.num_row_groups):
        starts.append(row)
        row += metadata.row_group(group).num_rows
    return starts


@lru_cache(maxsize=8)
def _row_group(path: str, version: str, group: int) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).read_row_group(group).to_pylist()


@dataclass(frozen=True)
class Earlier:
    """What a run finds of the earlier one in OUT: its `ok` documents (`kept`, by id), the ids of all its
    documents, and a line saying what was found."""

    kept: dict[str, Previous]
    ids: frozenset[str]
    found: str

    def counts(self, sources: list[Any], unchanged: int) -> tuple[int, int, int]:
        """(changed, new, removed) of this run's `sources`, `unchanged` of them kept as they were."""
        now = {s.doc_id for s in sources}
        return len(now & self.ids) - unchanged, len(now - self.ids), len(self.ids - now)


def load_earlier(out: Path) -> Earlier:
    """The earlier run in `out`: its `ok` documents by id, the ids of all its documents, and a line saying
    what was found (no earlier run, a run of another extractor, or how many documents may be kept)."""
    return Earlier(*_load(out))


def _load(out: Path) -> tuple[dict[str, Previous], frozenset[str], str]:
    import orjson
    import pyarrow.parquet as pq

    from extractor.errors import UsageError
    from extractor.output.write import MANIFEST, read_manifest

    try:
        files = read_manifest(out)
        made_by = orjson.loads((out / MANIFEST).read_bytes()).get(MANIFEST_KEY) or {}
    except (UsageError, OSError, ValueError):
        return {}, frozenset(), "no earlier complete run in OUT: every file is read"
    if made_by.get("fingerprint") != fingerprint():
        return {}, frozenset(), "the run in OUT was made by another version of extractor: every file is read again"
    if "documents.parquet" not in files or "claims.parquet" not in files:
        return {}, frozenset(), "the run in OUT has no documents or claims table: every file is read"
    documents = pq.read_table(files["documents.parquet"], columns=["doc_id", "status", "sha256"])
    doc_ids = documents.column("doc_id").to_pylist()
    first, count = _runs(pq.read_table(files["claims.parquet"], columns=["doc_id"]).column("doc_id").to_pylist())
    where = (_file(files["documents.parquet"]), _file(files["claims.parquet"]))
    kept = {doc_id: Previous(digest, where[0], row, where[1], first.get(doc_id, 0), count.get(doc_id, 0))
            for row, (doc_id, status, digest) in enumerate(zip(doc_ids, documents.column("status").to_pylist(),
                                                                documents.column("sha256").to_pylist()))
            if status == "ok"}
    return kept, frozenset(doc_ids), (
        f"an earlier run in OUT: {len(kept)} documents may be kept where their files did not change")


def _runs(doc_ids: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Where each document's run of rows starts, and how many it holds (a document's claims are one run)."""
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for row, doc_id in enumerate(doc_ids):
        first.setdefault(doc_id, row)
        count[doc_id] = count.get(doc_id, 0) + 1
    return first, count


def attach(sources: list[Any], previous: dict[str, Previous]) -> list[Any]:
    """`sources`, each carrying the earlier run's rows of its document (`Source.previous`), if any."""
    return [replace(s, previous=previous[s.doc_id]) if s.doc_id in previous else s for s in sources]
