"""Incremental runs: a rerun into an OUT that holds an earlier run of the same extractor reads again only
the files whose bytes changed and the new ones.

The earlier run's manifest records the extractor that made it (`fingerprint`: its version and the
SHA-256 of its own code and language data); a run of another extractor is never reused. Of the earlier
run, each `ok` document is kept with its claims (`Previous`), keyed by its id; the worker that gets the
file reads its bytes, and when their SHA-256 is the one recorded, takes the earlier rows instead of
extracting again (`runner.process_files`). What depends on the whole batch (stories, companies, the
checks across releases, the report) is made again over all documents, so the tables are the ones a
fresh run writes, row for row.
"""
from __future__ import annotations

import hashlib
import logging
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
    """An `ok` document of the earlier run: its `documents` row and its claims' rows."""

    document: dict[str, Any]
    claims: tuple[dict[str, Any], ...]

    @property
    def sha256(self) -> str | None:
        return self.document.get("sha256")


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
    documents = _rows(files["documents.parquet"])
    claims: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(files["claims.parquet"]):
        claims.setdefault(row["doc_id"], []).append(row)
    kept = {d["doc_id"]: Previous(d, tuple(claims.get(d["doc_id"], ()))) for d in documents if d["status"] == "ok"}
    return kept, frozenset(d["doc_id"] for d in documents), (
        f"an earlier run in OUT: {len(kept)} documents may be kept where their files did not change")


def _rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def attach(sources: list[Any], previous: dict[str, Previous]) -> list[Any]:
    """`sources`, each carrying the earlier run's rows of its document (`Source.previous`), if any."""
    return [replace(s, previous=previous[s.doc_id]) if s.doc_id in previous else s for s in sources]
