"""Incremental runs: a rerun into an OUT that holds an earlier run of the same extractor reads again only
the files that are new or whose bytes changed, and copies the rows of the others.

The earlier run's manifest records the extractor that made it (`fingerprint`: its version and the
SHA-256 of its own code and language data); a run of another extractor is never reused. Beside its
tables, a run leaves in OUT its index (`INDEX`, named in the manifest, as git keeps one): of every `ok`
document, its SHA-256, the company read in it before the batch's companies were linked, and the file's
size, times of change (of its bytes and of its inode: a change of its permissions) and inode when it was
read.

A rerun looks at each file's stat first (`Earlier.keeps`): a file whose stat is the one recorded is not
read at all; a file whose stat differs is read and hashed, and kept when its SHA-256 is the recorded one
(a file touched, its bytes the same); a file changed within `RACY_NS` of the earlier run's look at it is
hashed too, since its time of change may not tell a later edit. The rows of the files kept are copied
from the earlier tables by Arrow and their JSON lines byte for byte (`Copier`): no per-row Python work for
an unchanged document. What depends on the whole batch (companies, stories, the checks across releases,
the report) is made again over all documents (the checks of a company whose documents did not change are
taken from their cache: `checks.CheckCache`), so the tables are the ones a fresh run writes, row for row.
"""
from __future__ import annotations

import hashlib
import logging
import os
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

log = logging.getLogger(__name__)

#: The manifest's key for the extractor that wrote a set.
MANIFEST_KEY = "extractor"
#: The index of a run's documents and their files, kept in OUT for the next run (named in the manifest; not
#: one of the tables of the output contract).
INDEX = "rerun-index.parquet"
#: A file whose time of change is this close to the earlier run's look at its stat (or after it) is hashed
#: again: a second edit within the file system's clock tick (2 s on FAT) would leave the stat as it was.
RACY_NS = 2_000_000_000
#: The checks that read one release by itself (`checks.check_alone`): the findings a kept document keeps.
ALONE_CHECKS = ("percent_out_of_range", "target_in_past", "ambiguous_number")

#: The index's columns of a file's stat (`Stat`).
STAT_FIELDS = ("size", "mtime_ns", "ctime_ns", "inode")
INDEX_SCHEMA = pa.schema([("doc_id", pa.string()), ("sha256", pa.string()), ("identity", pa.string()),
                          *((name, pa.int64()) for name in STAT_FIELDS)])


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The extractor's version and the SHA-256 of every source file of the package (code, language data,
    cues): another rule, cue or version gives another fingerprint."""
    from extractor import __version__

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def manifest_entry() -> dict[str, str]:
    """What a run's manifest records of the extractor that wrote it."""
    from extractor import __version__

    return {"version": __version__, "fingerprint": fingerprint()}


#: A file's stat as the index records it: (size, time of change of its bytes and of its inode in ns, inode).
Stat = tuple[int, int, int, int]


def stat_of(path: str) -> Stat | None:
    """The stat of the file at `path` (None: there is none to take)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


@dataclass
class Earlier:
    """What a run finds of the earlier one in OUT, held as columns (no object per document): the ids of all its
    documents in the order of its `documents` table (`doc_ids`), a line saying what was found, and its `ok`
    documents that may be kept: its index (`index`, `INDEX_SCHEMA` rows), each one's row in the documents
    table (`rows`) and its file's stat then (`stats`, a row of `STAT_FIELDS` each); where its tables are
    (`files`) and when it looked at the files' stat."""

    doc_ids: pa.Array
    found: str
    index: pa.Table | None = None
    rows: Any = None
    stats: Any = None
    files: dict[str, Path] = field(default_factory=dict)
    stat_ns: int = 0
    #: files read and hashed to tell whether they changed (their stat did)
    hashed: int = 0

    def keeps(self, sources: list[Any], stats: Any, has_stat: Any) -> Any:
        """The index row of the earlier document each of `sources` keeps (-1: none, it is extracted), if its file
        did not change: its stat (`stats`, where `has_stat`) is the one recorded, or (the stat differs, or is
        too close to the earlier look) its bytes hash to the recorded SHA-256."""
        import numpy as np
        import pyarrow.compute as pc

        kept = np.full(len(sources), -1, np.int64)
        if self.index is None or not self.index.num_rows or not sources:
            return kept
        at = pc.index_in(pa.array([s.doc_id for s in sources], pa.string()), value_set=self.index.column("doc_id"))
        at = at.fill_null(-1).to_numpy()
        same = (stats == self.stats[at]).all(axis=1) & (stats[:, 1] < self.stat_ns - RACY_NS)
        for i in np.flatnonzero((at >= 0) & has_stat).tolist():
            source = sources[i]
            if source.verdict is not None or (source.max_bytes is not None and stats[i, 0] > source.max_bytes):
                continue
            if same[i] or self._same_bytes(source, int(at[i])):
                kept[i] = at[i]
        return kept

    def _same_bytes(self, source: Any, at: int) -> bool:
        """Whether the file of `source` hashes to the SHA-256 of index row `at` (it is read to tell)."""
        from extractor.ingest import read_source, sha256

        self.hashed += 1
        try:
            return sha256(read_source(source)) == self.index.column("sha256")[at].as_py()
        except Exception:  # noqa: BLE001 - a file that cannot be read is extracted, and its row says why
            return False

    def counts(self, sources: list[Any], unchanged: int) -> tuple[int, int, int]:
        """(changed, new, removed) of this run's `sources`, `unchanged` of them kept as they were."""
        import pyarrow.compute as pc

        now = pa.array([s.doc_id for s in sources], pa.string())
        both = pc.sum(pc.is_in(now, value_set=self.doc_ids)).as_py() or 0
        return both - unchanged, len(now) - both, len(self.doc_ids) - both


def _none_earlier(found: str) -> Earlier:
    return Earlier(pa.array([], pa.string()), found)


def load_earlier(out: Path, *, texts: bool = True) -> Earlier:
    """The earlier run in `out`: its `ok` documents that may be kept, the ids of all its documents, and a line
    saying what was found (no earlier run, a run of another extractor, or how many documents may be kept).
    `texts`: this run writes the texts table, so a document is kept only when the earlier run wrote its text."""
    import numpy as np
    import orjson
    import pyarrow.compute as pc

    from extractor.errors import UsageError
    from extractor.output.write import MANIFEST, read_manifest

    try:
        files = read_manifest(out)
        made_by = orjson.loads((out / MANIFEST).read_bytes()).get(MANIFEST_KEY) or {}
    except (UsageError, OSError, ValueError):
        return _none_earlier("no earlier complete run in OUT: every file is read")
    if made_by.get("fingerprint") != fingerprint():
        return _none_earlier("the run in OUT was made by another version of extractor: every file is read again")
    wanted = ["documents.parquet", "claims.parquet", "claims.jsonl", "findings.parquet", INDEX] + (
        ["texts.parquet", "texts.jsonl"] if texts else [])
    if any(name not in files for name in wanted):
        return _none_earlier("the run in OUT lacks a table this run needs again (or its index): every file is read")
    doc_ids = read_parquet(files["documents.parquet"], ["doc_id"]).column("doc_id").combine_chunks()
    index = read_parquet(files[INDEX])
    rows = pc.index_in(index.column("doc_id"), value_set=doc_ids)
    index = index.filter(pc.is_valid(rows)).combine_chunks()
    stats = np.column_stack([index.column(n).to_numpy() for n in STAT_FIELDS]) if index.num_rows else \
        np.zeros((0, len(STAT_FIELDS)), np.int64)
    stat_ns = int((index.schema.metadata or {}).get(b"stat_ns", b"0"))
    return Earlier(doc_ids, f"an earlier run in OUT: {index.num_rows} documents may be kept where their files did "
                            "not change", index, pc.drop_null(rows).to_numpy(), stats, files, stat_ns)


@dataclass(frozen=True)
class Plan:
    """What a run does with each of its files: `kept[i]`, the index row of the earlier document the `i`th file
    keeps (-1: it is extracted), and `stats[i]` its stat (where `has_stat[i]`), taken before it is read
    (recorded in the new index), when: NumPy arrays, not an object per file."""

    kept: Any
    stats: Any
    has_stat: Any
    stat_ns: int

    @property
    def unchanged(self) -> int:
        return int((self.kept >= 0).sum())


def plan(sources: list[Any], earlier: Earlier | None) -> Plan:
    """Which of `sources` keep their earlier rows (`Earlier.keeps`); every file's stat."""
    import numpy as np

    stat_ns = time.time_ns()
    stats, has_stat = np.full((len(sources), len(STAT_FIELDS)), -1, np.int64), np.zeros(len(sources), bool)
    for i, source in enumerate(sources):
        st = stat_of(source.path) if source.verdict is None else None
        if st is not None:
            stats[i], has_stat[i] = st, True
    kept = earlier.keeps(sources, stats, has_stat) if earlier is not None else np.full(len(sources), -1, np.int64)
    return Plan(kept, stats, has_stat, stat_ns)


def prepare(sources: list[Any], earlier: Earlier | None, *, texts: bool) -> tuple[Plan, Copier | None]:
    """The `plan` of a run, and what copies the rows of the files it keeps (None: it keeps none). An earlier run
    whose files cannot be read as they should (a table cut short) is not used: every file is read."""
    import numpy as np

    found = plan(sources, earlier)
    if earlier is None or not found.unchanged:
        return found, None
    try:
        return found, Copier(earlier, texts=texts)
    except (OSError, ValueError, pa.ArrowException) as err:
        log.warning("cannot read the earlier run's tables (%s): every file is read again", err)
        earlier.found = f"the earlier run's tables could not be read ({err}): every file is read again"
        return Plan(np.full(len(sources), -1, np.int64), found.stats, found.has_stat, found.stat_ns), None


def index_table(documents: pa.Table, plan: Plan) -> pa.Table:
    """The index a run leaves for the next (`INDEX`): of its `ok` documents (`documents`: the staged rows,
    one per file in order, their `company_id` the company read before linking), their SHA-256, that company
    and their file's stat."""
    import pyarrow.compute as pc

    if documents.num_rows != len(plan.stats):
        raise ValueError("one documents row per file expected")
    missing = ~plan.has_stat
    table = pa.table({"doc_id": documents.column("doc_id"), "sha256": documents.column("sha256"),
                      "identity": documents.column("company_id"),
                      **{name: pa.array(plan.stats[:, k], pa.int64(), mask=missing)
                         for k, name in enumerate(STAT_FIELDS)}}, schema=INDEX_SCHEMA)
    ok = pc.and_(pc.equal(documents.column("status"), "ok"), pc.is_valid(table.column("size")))
    return table.filter(ok).replace_schema_metadata({b"stat_ns": str(plan.stat_ns).encode()})


def read_parquet(path: Path | str, columns: list[str] | None = None) -> pa.Table:
    """A Parquet file's rows (`columns` of them), read as one file: without `pq.read_table`'s datasets, whose
    import alone (pandas with it) takes longer than reading the earlier run's small tables."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).read(columns=columns)


def value_counts(column: pa.ChunkedArray | pa.Array) -> Counter:
    """How many times each value of `column` occurs (nulls left out)."""
    import pyarrow.compute as pc

    return Counter({v["values"]: v["counts"] for v in pc.value_counts(column).to_pylist()
                    if v["values"] is not None})


# --- copying the rows of kept documents ----------------------------------------------------------------


@dataclass
class Kept:
    """The rows of a run of consecutive kept documents, as the writers take them: their `documents` rows
    (story ids of a story of one, companies as read before linking), their claims and texts rendered
    (JSON lines and Arrow batches, as a worker renders them), each document's number of claims, and the
    claims by kind."""

    documents: pa.Table
    claims: tuple[bytes, pa.Table]
    texts: tuple[bytes, pa.Table] | None
    n_claims: list[int]
    kinds: Counter


class _Groups:
    """An earlier table's Parquet file, read a span of rows at a time from the row groups that hold them (the
    last ones read kept): never the whole table in memory."""

    def __init__(self, parquet: Path) -> None:
        import numpy as np
        import pyarrow.parquet as pq

        self._file = pq.ParquetFile(parquet)
        sizes = [self._file.metadata.row_group(g).num_rows for g in range(self._file.metadata.num_row_groups)]
        self._starts = [0, *np.cumsum(sizes).tolist()]
        self._held: dict[int, pa.Table] = {}

    def take(self, rows: list[int]) -> pa.Table:
        """Rows `rows`, in that order (runs of consecutive rows read as spans)."""
        spans = _spans(rows, [1] * len(rows), range(len(rows)))
        parts = [self._slice(a, b) for a, b in spans]
        return pa.concat_tables(parts) if parts else self._file.schema_arrow.empty_table()

    def _slice(self, a: int, b: int) -> pa.Table:
        parts = []
        group = bisect_right(self._starts, a) - 1
        while a < b:
            start, end = self._starts[group], self._starts[group + 1]
            parts.append(self._group(group).slice(a - start, min(b, end) - a))
            a, group = min(b, end), group + 1
        return pa.concat_tables(parts)

    def _group(self, group: int) -> pa.Table:
        if group not in self._held:
            if len(self._held) >= 2:
                self._held.pop(min(self._held))
            self._held[group] = self._file.read_row_group(group)
        return self._held[group]


class _Table(_Groups):
    """An earlier table's Parquet file and JSON lines, read a span of rows at a time: Arrow rows from the row
    groups that hold them (`_Groups`), the lines as the bytes between line starts."""

    def __init__(self, parquet: Path, jsonl: Path) -> None:
        super().__init__(parquet)
        # Read, not mapped: the pages of a mapped file count as this process's memory once read.
        self._lines = open(jsonl, "rb")  # noqa: SIM115 - open while the run copies rows; closed by `close`
        self.line_starts = _line_starts(self._lines)
        if len(self.line_starts) != self._starts[-1] + 1:
            self.close()
            raise ValueError(f"{jsonl.name} and {parquet.name} hold different numbers of rows")

    def rows(self, spans: list[tuple[int, int]]) -> tuple[bytes, pa.Table]:
        """The JSON lines and the Arrow rows of `spans` (rows `a` to `b`, `b` left out), in order."""
        lines = b"".join(os.pread(self._lines.fileno(), int(self.line_starts[b] - self.line_starts[a]),
                                  int(self.line_starts[a])) for a, b in spans)
        parts = [self._slice(a, b) for a, b in spans if b > a]
        table = pa.concat_tables(parts) if parts else self._file.schema_arrow.empty_table()
        return lines, table

    def close(self) -> None:
        self._lines.close()


def _line_starts(lines: Any, block: int = 1 << 20):
    """Where each line of the file `lines` starts, and (last) its end: the newlines found a block at a time."""
    import numpy as np

    parts, start = [np.zeros(1, np.int64)], 0
    for chunk in iter(lambda: lines.read(block), b""):
        parts.append(np.flatnonzero(np.frombuffer(chunk, dtype=np.uint8) == 10).astype(np.int64) + (start + 1))
        start += len(chunk)
    return np.concatenate(parts)


def _spans(firsts, counts, rows: list[int]) -> list[tuple[int, int]]:
    """The rows `firsts[r]` to `firsts[r] + counts[r]` of each of `rows`, adjacent ones joined."""
    spans: list[tuple[int, int]] = []
    for r in rows:
        a, b = int(firsts[r]), int(firsts[r] + counts[r])
        if b == a:
            continue
        if spans and spans[-1][1] == a:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _runs(doc_ids: pa.ChunkedArray, documents: pa.Array):
    """Where each document's run of rows starts in a table ordered by document, and how many it holds (by
    the document's row in the `documents` table, whose ids are `documents`)."""
    import numpy as np
    import pyarrow.compute as pc

    firsts, counts = np.zeros(len(documents), np.int64), np.zeros(len(documents), np.int64)
    if len(doc_ids):
        runs = pc.run_end_encode(doc_ids.combine_chunks() if doc_ids.num_chunks != 1 else doc_ids.chunk(0))
        ends = runs.run_ends.to_numpy().astype(np.int64)
        starts = np.concatenate([[0], ends[:-1]])
        rows = pc.index_in(runs.values, value_set=documents)
        found = pc.is_valid(rows).to_numpy(zero_copy_only=False)
        at = pc.drop_null(rows).to_numpy()
        firsts[at], counts[at] = starts[found], (ends - starts)[found]
    return firsts, counts


class Copier:
    """The rows of kept documents, copied from the earlier run's files (`copy`), and the findings of the
    checks of one release alone on them (`alone_findings`)."""

    def __init__(self, earlier: Earlier, *, texts: bool) -> None:

        files = earlier.files
        self._earlier = earlier
        self._documents = _Groups(files["documents.parquet"])
        self._claims = _Table(files["claims.parquet"], files["claims.jsonl"])
        self._claim_runs = _runs(read_parquet(files["claims.parquet"], ["doc_id"]).column("doc_id"), earlier.doc_ids)
        self._texts = _Table(files["texts.parquet"], files["texts.jsonl"]) if texts else None
        if texts:
            self._text_runs = _runs(read_parquet(files["texts.parquet"], ["doc_id"]).column("doc_id"),
                                    earlier.doc_ids)
        self._findings = files["findings.parquet"]

    def copy(self, kept: Any) -> Kept:
        """The rows of the kept documents, given by their rows in the earlier index (`Plan.kept`, a NumPy array;
        consecutive files of this run)."""
        from extractor.checks.stories import story_id

        rows = self._earlier.rows[kept]
        documents = self._documents.take(rows).combine_chunks()
        doc_ids = documents.column("doc_id").to_pylist()
        documents = documents.set_column(documents.schema.get_field_index("story_id"), "story_id",
                                         pa.array([story_id([d]) for d in doc_ids], pa.string()))
        documents = documents.set_column(documents.schema.get_field_index("company_id"), "company_id",
                                         self._earlier.index.column("identity").take(pa.array(kept)))
        claims = self._claims.rows(_spans(*self._claim_runs, rows))
        kinds = value_counts(claims[1].column("kind"))
        texts = self._texts.rows(_spans(*self._text_runs, rows)) if self._texts is not None else None
        return Kept(documents, claims, texts, self._claim_runs[1][rows].tolist(), kinds)

    def close(self) -> None:
        """Close the earlier files read."""
        for table in (self._claims, self._texts):
            if table is not None:
                table.close()

    def alone_findings(self, kept: Any) -> Iterator[pa.Table]:
        """The earlier findings of the checks of one release alone (`ALONE_CHECKS`) on the kept documents (their
        rows in the earlier index: `Plan.kept`), with the key of their place in the findings table
        (`checks.with_order`), a batch of the table at a time."""
        import pyarrow.compute as pc

        from extractor.checks import with_order

        checks, kept = pa.array(ALONE_CHECKS), self._earlier.index.column("doc_id").take(pa.array(kept))
        for batch in _batches(self._findings):
            first = pc.list_element(batch.column("doc_ids"), 0)
            mine = pc.and_(pc.is_in(batch.column("check"), value_set=checks), pc.is_in(first, value_set=kept))
            yield with_order(pa.Table.from_batches([batch.filter(mine)]))


#: Rows of an earlier table read at a time when it is read through (`rows_at`, `Copier.alone_findings`).
READ_ROWS = 8192


def _batches(parquet: Path | str) -> Iterator[pa.RecordBatch]:
    """The rows of a Parquet file, `READ_ROWS` at a time."""
    import pyarrow.parquet as pq

    yield from pq.ParquetFile(parquet).iter_batches(batch_size=READ_ROWS)


def rows_at(parquet: Path | str, rows: Any) -> Iterator[pa.Table]:
    """The rows of a Parquet file at positions `rows` (a NumPy array), in the file's order, read through the
    file a batch at a time: never the whole table in memory."""
    import numpy as np

    rows, start = np.sort(rows), 0
    for batch in _batches(parquet):
        end = start + batch.num_rows
        a, b = np.searchsorted(rows, [start, end])
        if b > a:
            yield pa.Table.from_batches([batch.take(pa.array(rows[a:b] - start))])
        start = end
