"""The batch: every file -> a `documents` row and its claims; then checks; then the tables.

`process_file` is the engine-neutral core: a pure function of one file that
never raises, so one bad file can never fail a batch, whatever engine runs it.
Stages raise the exceptions of `errors.py`; this module is the only place that
catches them and turns them into `status` and `reason`.
"""
from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyarrow as pa

from extractor.companies import link_ids
from extractor.errors import EnvironmentFailure, ExtractorError, IngestError, SkipDocument, UsageError
from extractor.speed.heap import keep_freed_memory, map_large_blocks
from extractor.ingest import DEFAULT_MAX_BYTES, Ingested, Source, ingest, read_source, sha256, walk
from extractor.language import detect
from extractor.output.records import DOCUMENT_COLUMNS, Claim, Document, Finding
from extractor import stages
from extractor.stages import Release
from extractor.output.write import render_rows

log = logging.getLogger(__name__)

#: Files per task: a worker runs a chunk's files stage by stage (`process_files`) and renders its claims
#: at once (one Arrow batch, one string of JSON lines), so the fixed costs of rendering and pickling
#: are paid per chunk, not per file. (Measured on 1,000 releases in one process, median CPU time:
#: chunks of 16 2.00 s, of 32 1.97 s, of 64 1.82 s.)
CHUNK_SIZE = 64

#: Container objects allocated (net of those freed) before the cyclic garbage collector runs, while a chunk
#: is extracted (Python's default: 700). Extraction makes and drops many short-lived containers, which
#: reference counting frees, and hardly any cycles: at 700 the collector ran ~135 times per 1,000
#: releases and found next to nothing (~4% of the CPU time); at 10,000 it runs about once. Garbage in
#: cycles still counts towards the threshold, so memory stays bounded.
GC_THRESHOLD = 10_000


@dataclass(frozen=True)
class FileResult:
    """One file's outcome: its `documents` row, its claims, and (read) the decoded text they index."""

    document: Document
    claims: tuple[Claim, ...] = ()
    text: str | None = None


@dataclass(frozen=True)
class ChunkResult:
    """A chunk of files as the main process receives it: their `documents` rows, their claims already
    rendered as rows of the claims table (JSON lines and an Arrow batch), claim counts by kind, and
    the findings of the checks that read one release alone (`checks.check_alone`, which also set the
    documents' story ids as stories of one). The claims themselves stay in the worker: the main
    process only appends what it gets."""

    documents: list[Document]
    rendered: tuple[bytes, Any] | None = None
    kinds: Counter = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    #: the `texts` rows of the chunk's `ok` documents, rendered like the claims
    texts: tuple[bytes, Any] | None = None


#: Findings written at a time: a finding of a large company names hundreds of claims (on the bench corpus of
#: 20,000 releases, 2,000 of them took the main process from 300 MB to 1.2 GB).
FINDINGS_BATCH = 200

#: Files in error the summary names (the others are counted).
SHOWN_ERRORS = 5


@dataclass
class RunResult:
    #: The `documents` rows written: a list, or (`run`) the written table, read when first asked for.
    documents: Sequence[Document] = field(default_factory=list)
    #: Claims written, by kind (the claims themselves are in the claims table, not in memory).
    claims_by_kind: Counter = field(default_factory=Counter)
    #: The findings written: a list, or (`run`) the written table, read when first asked for.
    findings: Sequence[Finding] = field(default_factory=list)
    #: Findings written, by severity.
    findings_by_severity: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)
    #: what an incremental run found in OUT (`incremental.load_earlier`): None for a run with none to find
    incremental: str | None = None
    #: files of the earlier run kept as they were, files it held that changed, documents whose file is gone
    unchanged: int = 0
    changed: int = 0
    new: int = 0
    removed: int = 0
    #: files read only to tell whether they changed (their stat had: `incremental.Earlier.keeps`)
    hashed: int = 0
    #: files by status and `ok` files by language, counted as they arrive (`count`)
    statuses: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    #: the first files in error (`SHOWN_ERRORS`), as (doc_id, reason)
    errors: list[tuple[str, str | None]] = field(default_factory=list)

    def count(self, documents: Iterable[Document]) -> None:
        """Count `documents` into `statuses`, `languages` and `errors`."""
        for d in documents:
            self.statuses[d.status] += 1
            if d.status == "ok":
                self.languages[d.lang] += 1
            elif d.status == "error" and len(self.errors) < SHOWN_ERRORS:
                self.errors.append((d.doc_id, d.reason))

    def count_table(self, documents: pa.Table) -> None:
        """`count` of `documents` rows given as an Arrow table (kept from the earlier run: `ok` rows)."""
        import pyarrow.compute as pc

        from extractor.output.incremental import value_counts

        status = documents.column("status")
        if pc.any(pc.not_equal(status, "ok")).as_py():
            raise ValueError("only ok documents are kept from an earlier run")
        self.statuses.update(value_counts(status))
        self.languages.update(value_counts(documents.column("lang")))

    @property
    def n_claims(self) -> int:
        return sum(self.claims_by_kind.values())

    @property
    def exit_code(self) -> int:
        return 1 if self.statuses["error"] else 0


class WrittenRows(Sequence):
    """The rows of a table a run wrote, read from its Parquet file (as records: `make(**row)`) the first
    time they are asked for: a run keeps none in memory (read them before another run writes into the
    same folder)."""

    def __init__(self, path: Path, n: int, make: Callable[..., Any]) -> None:
        self.path, self._n, self._make, self._rows = path, n, make, None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if self._rows is None:
            import pyarrow.parquet as pq

            self._rows = [self._make(**row) for row in pq.read_table(self.path).to_pylist()]
        return self._rows[i]


def _finding(**row: Any) -> Finding:
    return Finding(**{**row, "doc_ids": tuple(row["doc_ids"]), "claim_ids": tuple(row["claim_ids"])})


def _release(ingested: Ingested, doc_id: str) -> Release:
    return Release(ingested.text, doc_id=doc_id, body=ingested.body, title=ingested.title,
                   header_date=ingested.header_date, html_date=ingested.html_date)


def _document(release: Release, ingested: Ingested, *, digest: str | None, size_bytes: int | None) -> Document:
    return Document(doc_id=release.doc_id, sha256=digest, status="ok", encoding=ingested.encoding,
                    title=release.title, lang=release.lang, lang_confidence=release.lang_confidence,
                    published=release.published, subject=release.subject, n_claims=len(release.claims),
                    size_bytes=size_bytes, company_id=release.company_id)


def analyse(text: str, ingested: Ingested, *, doc_id: str, digest: str | None = None,
            size_bytes: int | None = None) -> tuple[Document, list[Claim]]:
    """Language, dates, subject and claims of a decoded document (`digest`, the SHA-256, and
    `size_bytes`: of the file it was read from, for its `documents` row): the pipeline's `STAGES`."""
    release = stages.run(_release(replace(ingested, text=text), doc_id))
    return _document(release, ingested, digest=digest, size_bytes=size_bytes), release.claims


@dataclass
class _Job:
    """One file on its way through the stages: its bytes, what ingest made of them, its release, and
    its result once it is done (early, when a stage skips or fails it)."""

    source: Source
    #: None: not read (its size and digest are unknown)
    raw: bytes | None = None
    ingested: Ingested | None = None
    release: Release | None = None
    result: FileResult | None = None


def process_file(source: Source) -> FileResult:
    """One file -> its `documents` row and claims. Never raises."""
    return process_files([source])[0]


def process_files(sources: list[Source]) -> list[FileResult]:
    """`process_file` of each source, in order, run stage by stage across them: every file is read,
    then every file's language is told, then every file's dateline is read, and so on (`STAGES`).

    The results are those of one file after the other (each stage is a pure function of its file);
    the time is less, because a stage's patterns and tables are still in the processor's caches when
    the next file comes to it instead of being pushed out by the other stages' (README, "Engines").
    A file that a stage skips or fails leaves the others to go on without it. Never raises.
    """
    jobs = [_Job(source) for source in sources]
    for job in jobs:
        _guarded(job, _read, job)
    for stage in stages.STAGES:
        for job in jobs:
            if job.result is None:
                _guarded(job, stage, job.release)
    for job in jobs:
        if job.result is None:
            document = _document(job.release, job.ingested, digest=sha256(job.raw), size_bytes=len(job.raw))
            if job.ingested.note:  # status ok, and a reason a reader of the text should know (bytes replaced)
                document = replace(document, reason=job.ingested.note)
            job.result = FileResult(document, tuple(job.release.claims), job.ingested.text)
    return [job.result for job in jobs]


def _read(job: _Job) -> None:
    job.raw = read_source(job.source)
    job.ingested = ingest(job.raw, suffix=Path(job.source.path).suffix)
    job.release = _release(job.ingested, job.source.doc_id)


def _guarded(job: _Job, step: Callable[[Any], None], arg: Any) -> None:
    """`step(arg)`; an exception from it ends `job` with a `skipped` or `error` row saying why."""
    size = None
    try:
        step(arg)
        return
    except SkipDocument as err:
        status, reason, size = "skipped", str(err), getattr(err, "size_bytes", None)
    except (IngestError, ExtractorError) as err:
        status, reason = "error", str(err)
    except OSError as err:
        status, reason = "error", f"could not read the file: {err.strerror or err}; check that it exists and is readable"
    except Exception as err:  # noqa: BLE001 - the batch must survive any one file; the traceback goes to the log
        log.exception("internal error on %s", job.source.doc_id)
        status, reason = "error", (f"internal error ({type(err).__name__}: {err}); please report it with this "
                                   "file attached")
    job.result = _failed(job.source, job.raw, status, reason, size)


def _failed(source: Source, raw: bytes | None, status: str, reason: str, size: int | None) -> FileResult:
    lang = confidence = encoding = None
    if status == "skipped" and raw:
        lang, confidence, encoding = _what_we_know(raw, source)
    return FileResult(Document(doc_id=source.doc_id, sha256=None if raw is None else sha256(raw),
                               status=status, reason=reason, lang=lang, lang_confidence=confidence,
                               encoding=encoding, size_bytes=size if raw is None else len(raw)))  # type: ignore[arg-type]


def _what_we_know(raw: bytes, source: Source) -> tuple[str | None, float | None, str | None]:
    """Language and encoding of a skipped file, when they can be told (for an unsupported language)."""
    try:
        ingested = ingest(raw, suffix=Path(source.path).suffix)
    except ExtractorError:
        return None, None, None
    lang, confidence = detect(ingested.body)
    return lang, confidence, ingested.encoding


_collector_lock = threading.Lock()
_collector_users: list[tuple[int, ...]] = []  # the thresholds to restore, while chunks run (threads of a Dask worker)


@contextmanager
def _few_collections() -> Iterator[None]:
    """The cyclic garbage collector run rarely (`GC_THRESHOLD`) inside the block, and as before once the
    last block running in this process (a Dask worker may run several chunks in threads) is left."""
    with _collector_lock:
        _collector_users.append(gc.get_threshold())
        gc.set_threshold(GC_THRESHOLD, *_collector_users[0][1:])
    try:
        yield
    finally:
        with _collector_lock:
            before = _collector_users.pop()
            if not _collector_users:
                gc.set_threshold(*before)


def _process_chunk(sources: list[Source]) -> ChunkResult:
    """`process_file` over a chunk, with the chunk's claims rendered for the writer in one go and the
    checks of each release alone made."""
    keep_freed_memory()  # once per process: a Dask worker's first chunk, a pool's forked workers inherit it
    with _few_collections():
        return _chunk_result(sources)


def _chunk_result(sources: list[Source]) -> ChunkResult:
    from extractor.checks import check_alone

    results = process_files(sources)
    claims = [c for r in results for c in r.claims]
    try:
        rendered = render_rows("claims", [c.to_row() for c in claims]) if claims else None
        kept, kinds = results, Counter(c.kind for c in claims)
    except Exception:  # noqa: BLE001 - render file by file: only the file whose rows cannot be written is lost
        rendered, kept, kinds = _render_apart(sources, results)
    documents, findings = [], []
    for r in kept:
        document, found = check_alone(r.document, list(r.claims))
        documents.append(document)
        findings += found
    texts = [{"doc_id": d.doc_id, "text": r.text} for r, d in zip(kept, documents)
             if d.status == "ok" and r.text is not None]
    return ChunkResult(documents, rendered, kinds, findings, render_rows("texts", texts) if texts else None)


def _render_apart(sources: list[Source], results: list[FileResult]
                  ) -> tuple[tuple[bytes, Any] | None, list[FileResult], Counter]:
    """The claims of a chunk rendered file by file; a file whose claims cannot be written becomes an
    `error` row without claims."""
    parts, kept, kinds = [], [], Counter()
    for source, r in zip(sources, results):
        try:
            if r.claims:
                parts.append(render_rows("claims", [c.to_row() for c in r.claims]))
                kinds.update(c.kind for c in r.claims)
            kept.append(r)
        except Exception:  # noqa: BLE001 - the traceback goes to the log, the reason to the documents row
            log.exception("cannot write the claims of %s", source.doc_id)
            kept.append(FileResult(replace(r.document, status="error", n_claims=0, reason=(
                "internal error: its claims could not be written; please report it with this file attached"))))
    return _joined_rendered(parts), kept, kinds


def _joined_rendered(parts: list[tuple[bytes, Any]]) -> tuple[bytes, Any] | None:
    """Rendered claims (JSON lines, an Arrow batch) of several parts as one, in order."""
    if not parts:
        return None
    batch = pa.Table.from_batches([b for _, b in parts]).combine_chunks().to_batches()[0]
    return b"".join(t for t, _ in parts), batch


def _chunks(items: list[Source], size: int, workers: int = 1) -> Iterator[list[Source]]:
    """`items` in chunks of `size`, in order. With several workers the last two chunks' worth per
    worker come in quarter chunks, so that the workers run out of work at about the same time
    instead of one finishing a whole chunk while the others wait."""
    tail = max(0, len(items) - 2 * workers * size) if workers > 1 else len(items)
    for i in range(0, tail, size):
        yield items[i:min(i + size, tail)]
    small = max(1, size // 4)
    for i in range(tail, len(items), small):
        yield items[i:i + small]


#: Tasks in flight per Dask worker: enough to keep workers busy, few enough to keep memory flat.
DASK_CHUNKS_PER_WORKER = 4


def _failed_chunk(chunk: list[Source], err: BaseException) -> ChunkResult:
    held = "this file" if len(chunk) == 1 else f"this file and {len(chunk) - 1} others"
    reason = (f"the worker process that held {held} died or failed ({type(err).__name__}: {err}); the rest of "
              "the batch went on. Run again; a file that does this every time is a bug: please report it")
    return ChunkResult([Document(doc_id=s.doc_id, sha256=None, status="error", reason=reason) for s in chunk])


def _apart(engine: Engine, chunk: list[Source], err: BaseException) -> ChunkResult:
    """A chunk whose worker was lost, run again in halves until the file that takes its worker down is
    alone: only that file gets an `error` row (a chunk of 64 costs six more deaths to find it)."""
    if len(chunk) == 1:
        return _failed_chunk(chunk, err)
    half = len(chunk) // 2
    parts = list(engine.map(_process_chunk, [chunk[:half], chunk[half:]], lambda part, e: _apart(engine, part, e)))
    return ChunkResult([d for p in parts for d in p.documents],
                       _joined_rendered([p.rendered for p in parts if p.rendered is not None]),
                       sum((p.kinds for p in parts), Counter()), [f for p in parts for f in p.findings])


class Engine:
    """Where the batch's pure functions run: this process (`jobs` 1), a local process pool, or Dask.

    Extraction and the consistency checks go through the same `map`, so one engine, started once,
    serves both phases. `failed(item, error)` stands in for an item whose worker was lost (a pool
    worker or a Dask worker that died); a function that raises is a bug and is raised.
    """

    workers = 1
    #: Whether the workers read this machine's files (the checks' workers read the staged claims themselves).
    local_files = True

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any],
            failed: Callable[[Any, BaseException], Any] | None) -> Iterator[Any]:
        return map(fn, items)

    def release(self) -> None:
        """Nothing more will be mapped: the engine may start letting its workers go while this process
        goes on (`close` still waits until they are gone)."""

    def close(self) -> None:
        pass


#: Chunks in flight per pool worker: enough to keep the workers busy; when a worker dies, these are the
#: chunks run again one by one to find the one that killed it.
POOL_CHUNKS_PER_WORKER = 2


class WorkerDied(ExtractorError):
    """A pool worker process died (killed, crashed, out of memory) while it held an item."""


class _Pool(Engine):
    """A local process pool that outlives its workers: when one dies, the pool is started again, the items
    that were in flight are run again one at a time, and the one that kills a worker again is `failed`."""

    def __init__(self, jobs: int) -> None:
        if _clean_context() is None:  # the workers are forked from this process: what they need is imported here first
            _preload()
        # The objects this process holds are moved out of the collector's reach until `close`: a collection
        # in a forked worker then never writes to them, and the memory pages they sit on stay shared
        # instead of being copied into each worker (Python's documentation of `gc.freeze`).
        gc.freeze()
        self.workers = jobs
        self._pool = self._start()
        self._closing: threading.Thread | None = None
        self._in_flight: set[Future] = set()

    def _start(self) -> ProcessPoolExecutor:
        """The workers, started clean where they can be (`_clean_context`): forked from the fork server, which
        imported the pipeline beside this process's first steps, they start at once with it loaded, and carry
        none of this process's memory (the list of files, an earlier run's index)."""
        return _processes(self.workers)

    def _submit(self, fn: Callable[[Any], Any], item: Any) -> Future:
        try:
            future = self._pool.submit(fn, item)
        except BrokenProcessPool as err:  # a worker died since the last result: found out by `_next`
            future = Future()
            future.set_exception(err)
        self._in_flight.add(future)
        future.add_done_callback(self._in_flight.discard)
        return future

    def map(self, fn, items, failed):
        pending: deque[tuple[Any, Future]] = deque()
        try:
            for item in items:
                pending.append((item, self._submit(fn, item)))
                while len(pending) > self.workers * POOL_CHUNKS_PER_WORKER:
                    yield from self._next(pending, fn, failed)
            while pending:
                yield from self._next(pending, fn, failed)
        finally:
            for _, future in pending:  # interrupted (Ctrl-C) or abandoned: nothing more is to start
                future.cancel()

    def _next(self, pending: deque, fn, failed) -> Iterator[Any]:
        """The result of the first pending item; after a worker's death, those of every pending item."""
        item, future = pending.popleft()
        try:
            yield future.result()
            return
        except BrokenProcessPool:
            pass
        suspects = [(item, future), *pending]
        pending.clear()
        cause = self._restart()
        log.warning("a worker process died (%s); running the %d chunks it may have held again, one by one",
                    cause, len(suspects))
        for item, future in suspects:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()  # finished before the death
            else:
                yield self._alone(fn, item, failed)

    def _alone(self, fn, item, failed):
        try:
            return self._submit(fn, item).result()
        except BrokenProcessPool as err:
            cause = self._restart()
            if failed is None:
                raise WorkerDied(cause) from err
            return failed(item, WorkerDied(cause))

    def _restart(self) -> str:
        """A new pool in place of a broken one; how its worker died."""
        workers = dict(self._pool._processes or {})
        self._pool.shutdown(wait=True)  # a broken pool's workers are already stopped: this joins its threads
        self._pool = self._start()
        return _death([p.exitcode for p in workers.values()])

    def release(self) -> None:
        # Shutting the pool down (the workers' exit, the pool's threads joined: ~10 ms) overlaps what
        # this process does next.
        if self._closing is None:
            self._closing = threading.Thread(target=self._pool.shutdown, name="pool-shutdown", daemon=True)
            self._closing.start()

    def close(self) -> None:
        if any(not f.done() for f in list(self._in_flight)):  # a run cut short (Ctrl-C): stop the workers now
            workers = list((self._pool._processes or {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            for worker in workers:
                worker.terminate()
        self.release()
        self._closing.join()
        gc.unfreeze()


def _death(exit_codes: list[int | None]) -> str:
    """How a pool's worker died, from the exit codes of its workers (the others were stopped by SIGTERM)."""
    for code in exit_codes:
        if code is None or code == -signal.SIGTERM or code == 0:
            continue
        if code > 0:
            return f"it exited with status {code}"
        name = signal.Signals(-code).name
        return {"SIGKILL": "killed by SIGKILL: out of memory, or kill -9",
                "SIGSEGV": "crashed: SIGSEGV, a segmentation fault",
                "SIGABRT": "aborted: SIGABRT"}.get(name, f"killed by {name}")
    return "killed by SIGTERM" if -signal.SIGTERM in exit_codes else "it ended for a reason not known"


def _worker_started(parent: int, clean: tuple[str, int] | None = None) -> None:
    """Set up a pool worker or an `_aside` process: Ctrl-C is for the main process alone (it reports the
    interruption once), and the worker ends when the main process (`parent`) does, however that ends (`kill -9`
    included). A worker started clean (`_clean_context`) is a child of the fork server, not of the main process:
    it takes the main process's folder and umask (`clean`), which may have changed since the server started,
    and watches the main process itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()  # inherited by a forked worker; a clean one sets it here
    if clean is not None:
        os.chdir(clean[0])
        os.umask(clean[1])
        threading.Thread(target=_exit_with_process, args=(parent, _started_at(parent)), name="parent-watch",
                         daemon=True).start()
        return
    if sys.platform.startswith("linux"):
        import ctypes

        try:  # the kernel sends SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG)
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: int, interval: float = 0.5) -> None:
    """End this process once `parent` is gone (the worker is then adopted by another process); where the
    kernel cannot be asked to (not Linux), this is how a worker follows its parent."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


def _started_at(pid: int) -> str | None:
    """When process `pid` started (Linux: its start time in /proc), None when it is gone; "" where the system
    does not say but the process runs."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return None if fields[0] in (b"Z", b"X") else fields[19].decode()  # a zombie has ended
    except FileNotFoundError:
        return None
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return ""


def _exit_with_process(pid: int, started: str | None, interval: float = 0.5) -> None:
    """End this process once process `pid`, which started at `started` (`_started_at`), is gone: ended, or its
    number taken by a process started since."""
    while started is not None and _started_at(pid) == started:
        time.sleep(interval)
    os._exit(1)


class _Dask(Engine):
    """A given scheduler, or a LocalCluster of `jobs` single-threaded worker processes."""

    def __init__(self, jobs: int, scheduler: str | None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as err:
            raise UsageError("--engine dask needs Dask: pip install 'extractor[dask]'") from err
        self._quiet = _quiet_dask()
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="20s")
            else:
                _check_loopback()
                # ":0": the scheduler's web server on a free port; on Dask's default 8787 a second run at the
                # same time (or anything else there) printed a warning about the port.
                self._cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                             dashboard_address=":0")
                self._client = Client(self._cluster)
        except (OSError, TimeoutError, RuntimeError) as err:  # RuntimeError: "Cluster failed to start"
            self.close()
            where = f"reach the Dask scheduler {scheduler!r}" if scheduler else "start a local Dask cluster"
            raise EnvironmentFailure(f"cannot {where}: {err}; run with --engine local instead") from err
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or jobs)
        self.local_files = self._cluster is not None  # a scheduler elsewhere: its workers may not see them

    def map(self, fn, items, failed):
        from collections import deque

        pending: deque = deque()
        for item in items:
            pending.append((item, self._client.submit(fn, item, pure=False)))
            while len(pending) > self.workers * DASK_CHUNKS_PER_WORKER:
                yield self._gather(*pending.popleft(), failed)
        while pending:
            yield self._gather(*pending.popleft(), failed)

    @staticmethod
    def _gather(item, future, failed):
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - a lost worker must not fail the batch
            return failed(item, err)

    def close(self) -> None:
        if getattr(self, "_client", None) is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        logging.getLogger("distributed").setLevel(self._quiet)


def _quiet_dask() -> int:
    """Without -v (this package's loggers above INFO), Dask's own loggers say only warnings, not the thirty
    INFO lines of a cluster's start and end; the level they had, to put back."""
    dask_log = logging.getLogger("distributed")
    before = dask_log.level
    if not log.isEnabledFor(logging.INFO):
        dask_log.setLevel(max(logging.WARNING, log.getEffectiveLevel()))
    return before


def _check_loopback(timeout: float = 2.0) -> None:
    """Raise `OSError` at once when this machine cannot connect to itself over TCP (no usable network
    interface, as in a sandbox without one): a LocalCluster would wait 30 s per try before failing."""
    import socket

    try:
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            with socket.create_connection(server.getsockname(), timeout=timeout):
                pass
    except OSError as err:
        raise OSError(f"this machine cannot connect to itself over TCP ({err.strerror or err}): no usable "
                      "network interface") from err


def open_engine(engine: str = "local", *, jobs: int = 1, scheduler: str | None = None) -> Engine:
    """The engine a run asked for; `close()` it when done."""
    if engine == "dask":
        return _Dask(jobs, scheduler)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r} (choose local or dask)")
    return _Pool(jobs) if jobs > 1 else Engine()


def _preload() -> None:
    """Import before the pool starts what every worker needs, so that forked workers share it instead of
    each importing it (`extractor.speed.preload`)."""
    import extractor.speed.preload  # noqa: F401


def extract_all(sources: list[Source], engine: Engine, on_done: Callable[[int], None] | None = None
                ) -> Iterator[ChunkResult]:
    """Chunks of results in input order, from `engine`."""
    return _extract_chunks(_chunks(sources, CHUNK_SIZE, engine.workers), engine, on_done)


def _extract_chunks(chunks: Iterable[list[Source]], engine: Engine, on_done: Callable[[int], None] | None = None
                    ) -> Iterator[ChunkResult]:
    """The results of `chunks`, in order, from `engine`."""
    def failed(chunk: list[Source], err: BaseException) -> ChunkResult:
        return _apart(engine, chunk, err)

    for result in engine.map(_process_chunk, chunks, failed):
        yield result
        if on_done:
            on_done(len(result.documents))


def process_all(sources: list[Source], *, jobs: int, on_done: Callable[[int], None] | None = None,
                engine: str = "local", scheduler: str | None = None) -> Iterator[ChunkResult]:
    """Chunks of results in input order: in this process (`jobs` 1), a process pool, or Dask (`engine="dask"`)."""
    chosen = open_engine(engine, jobs=jobs if len(sources) > 1 else 1, scheduler=scheduler)
    try:
        yield from extract_all(sources, chosen, on_done)
    finally:
        chosen.close()


def run(inputs: Iterable[str], out: Path, *, jobs: int | None = None, progress: bool | None = None,
        report: bool = True, engine: str = "local", scheduler: str | None = None, database: bool = True,
        texts: bool = True, max_size: int | None = DEFAULT_MAX_BYTES, full: bool = False) -> RunResult:
    """Process every file under `inputs` and write the tables into `out`, as one set: the tables (with
    `texts` the decoded text of each document), the DuckDB file (`database`) and the report (`report`)
    are written into a staging folder and switched into `out` together (`write.OutputSet`). Until then
    `out` keeps its older set; an error or interrupt leaves it so. Files above `max_size` bytes are
    skipped (None reads any size).

    When `out` holds an earlier run of the same extractor, files whose bytes did not change keep their
    rows from it (a file whose stat did not change is not even read); the rest is extracted, and everything
    that depends on the whole batch is made again (the checks of a company whose documents did not change
    taken from their cache), so the tables are those of a fresh run (`incremental`). `full` reads every file
    again."""
    from extractor.checks import CHECKS_CACHE, CheckCache
    from extractor.output import incremental
    from extractor.output.database import check_not_held
    from extractor.output.write import OutputSet

    inputs = list(inputs)
    for given in inputs:
        if not Path(given).exists():
            raise UsageError(f"input {given!r} does not exist")
    started = time.perf_counter()
    start_clean()  # beside the walk: the DuckDB file, the report and a column are made in clean processes
    sources = walk(inputs, exclude=[out], max_bytes=max_size)
    with OutputSet(out) as output:
        db = out / "extractor.duckdb"
        check_not_held(db)  # before the work, not after it
        earlier = None if full else incremental.load_earlier(out, texts=texts)
        plan, copier = incremental.prepare(sources, earlier, texts=texts)
        result = _extract(sources, output.stage, jobs=jobs or os.cpu_count() or 1, progress=progress,
                          engine=engine, scheduler=scheduler, texts=texts,
                          earlier=_Earlier(plan, copier, CheckCache(earlier.files.get(CHECKS_CACHE),
                                                                    earlier.files.get("findings.parquet"))
                                           if earlier else None))
        output.digest_soon([p.name for p in result.written])  # while the DuckDB file and the report are made
        if earlier is not None and len(earlier.doc_ids):
            result.incremental = earlier.found
            result.unchanged, result.hashed = plan.unchanged, earlier.hashed
            result.changed, result.new, result.removed = earlier.counts(sources, plan.unchanged)
        names = [p.name for p in result.written] + _database_and_report(
            output.stage, db.name, database, report, earlier=None if full else out)
        check_not_held(db)
        result.written = output.commit(names, made_by=incremental.manifest_entry())
    result.documents = WrittenRows(out / "documents.parquet", sum(result.statuses.values()), Document)
    result.findings = WrittenRows(out / "findings.parquet", sum(result.findings_by_severity.values()), _finding)
    result.seconds = time.perf_counter() - started
    return result


class _Staged:
    """What this process keeps of a batch while it is extracted, out of memory: its `documents` rows and its
    claims' checked columns, each appended as the chunks arrive to a file in the staging folder
    (`write.StagedRows`), and each document's number of claims (the claims of a document are one run of
    rows, in the documents' order: `first_claim` says where each starts)."""

    def __init__(self, stage: Path) -> None:
        from extractor import checks
        from extractor.output.write import SCHEMAS, StagedRows

        self.documents = StagedRows(stage / ".documents.arrow", SCHEMAS["documents"])
        self.claims = StagedRows(stage / ".checked-claims.arrow", checks.checked_schema())
        self.n_claims = array("q")
        #: the findings as they are made, with the key of their order (`checks.finding_order`), and the
        #: files of findings the checks' workers wrote
        self.findings = StagedRows(stage / ".findings.arrow", checks.findings_schema())
        self.findings_files: list[str] = []

    def add(self, chunk: ChunkResult) -> None:
        if not chunk.documents:
            return
        self.documents.add(pa.RecordBatch.from_pylist([d.to_row() for d in chunk.documents],
                                                      schema=self.documents.schema))
        counts: Counter = Counter()
        if chunk.rendered is not None:
            counts.update(chunk.rendered[1].column("doc_id").to_pylist())
            self.claims.add(chunk.rendered[1])
        self.n_claims.extend(counts.get(d.doc_id, 0) for d in chunk.documents)

    def add_kept(self, kept: Any) -> None:
        """The rows of documents kept from the earlier run (`incremental.Kept`)."""
        for batch in kept.documents.to_batches():
            self.documents.add(batch)
        for batch in kept.claims[1].to_batches():
            self.claims.add(batch)
        self.n_claims.extend(kept.n_claims)

    def add_findings(self, findings: list[Finding] | Any, severities: Counter) -> None:
        """Findings, a file of them a worker wrote (`checks.FindingsFile`), or an Arrow table of their rows
        (`checks.findings_schema`: kept from the earlier run)."""
        from extractor import checks
        from extractor.output.incremental import value_counts

        if isinstance(findings, checks.FindingsFile):
            self.findings_files.append(findings.path)
            severities.update(findings.severities)
        elif isinstance(findings, pa.Table):
            for batch in findings.to_batches():
                self.findings.add(batch)
            severities.update(value_counts(findings.column("severity")))
        elif findings:
            self.findings.add(checks.findings_batch(findings))
            severities.update(f.severity for f in findings)

    def finding_batches(self) -> Any:
        """Every finding staged (`checks.findings_schema` rows), memory-mapped, in no set order
        (`write.StagedBatches`)."""
        from extractor.output.write import StagedBatches

        self.findings.close()
        return StagedBatches([self.findings.path, *self.findings_files])

    @staticmethod
    def finding_order(staged: Any):
        """The staged findings (`finding_batches`, their rows numbered through the batches) in the order of the
        findings table, sorted by their keys alone (`checks.finding_order`): their numbers, a NumPy array."""
        import numpy as np
        import pyarrow.compute as pc

        if not staged.batches:
            return np.zeros(0, np.int64)
        order = pc.sort_indices(pa.chunked_array([b.column("order") for b in staged.batches])).to_numpy()
        staged.release()
        return order.astype(np.int64)

    @staticmethod
    def sorted_findings(staged: Any, order, rows: int = 2000) -> Iterator[pa.Table]:
        """The rows of the findings table, in its `order` (`finding_order`), `rows` at a time."""
        for start in range(0, len(order), rows):
            yield staged.take(order[start:start + rows]).drop_columns(["order"])

    @staticmethod
    def finding_places(staged: Any, order) -> Iterator[tuple[pa.Array, pa.Array, pa.Array]]:
        """Each staged batch's findings as `checks.cache_table` takes them: their check, their first document
        and their row in the findings table (their place in `order`)."""
        import numpy as np
        import pyarrow.compute as pc

        place = np.empty(len(order), np.int64)
        place[order] = np.arange(len(order))
        for batch, start in zip(staged.batches, staged.starts.tolist()):
            yield (batch.column("check"), pc.list_element(batch.column("doc_ids"), 0),
                   pa.array(place[start:start + batch.num_rows]))

    def close(self) -> None:
        self.documents.close()
        self.claims.close()

    def first_claim(self) -> array:
        firsts, row = array("q"), 0
        for n in self.n_claims:
            firsts.append(row)
            row += n
        return firsts


def _database_and_report(stage: Path, db: str, database: bool, report: bool, *, earlier: Path | None = None
                         ) -> list[str]:
    """Write the DuckDB file `db` (`database`) and the report (`report`) of the tables in `stage`, at the same
    time, each in a process of its own (`_aside`): DuckDB loads the Parquet files, the report reads every row of
    the tables, and neither's memory is this process's. `earlier`: the folder of the earlier run, whose DuckDB
    file the new one may be made from (`database.load`) and whose report pages it may keep
    (`report.write_report`). Their names (a paged report: its index and its pages)."""
    from extractor.output.report import report_files

    work = ([(db, "extractor.output.database", "load", (stage, f"duckdb:///{(stage / db).resolve()}"),
              {"earlier": earlier})] if database else []) + (
        [("report.html", "extractor.output.report", "write_report", (stage, stage / "report.html"),
          {"keep_from": earlier})] if report else [])
    if not work:
        return []
    aside = _aside(len(work))
    try:
        for future in [aside.submit(_call, module, name, *args, staged=True, **options)
                       for _, module, name, args, options in work]:
            future.result()  # raises what the work raised (a locked or unwritable database: EnvironmentFailure)
    except BaseException:  # an interrupt (Ctrl-C) or a failure: the other work is not waited for
        _stop(aside)
        raise
    finally:
        aside.shutdown(wait=True, cancel_futures=True)
    return ([db] if database else []) + (report_files(stage / "report.html") if report else [])


def _aside(workers: int) -> ProcessPoolExecutor:
    """Processes for work beside the engine's (filling in a column, the DuckDB file, the report), started clean
    (`start_clean`): their memory is neither this process's nor a copy of it; they ignore Ctrl-C and end with
    this process."""
    return _processes(workers)


def _processes(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes started clean (`_clean_context`), else forked, set up by `_worker_started`."""
    context = _clean_context()
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_started,
                               initargs=(os.getpid(), (os.getcwd(), _umask()) if context is not None else None))


def _umask() -> int:
    """This process's umask (read by setting it, and set back at once)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


#: Modules the clean processes' server imports once (`start_clean`): each process started from it shares them.
#: The pipeline (`_preload`) for the pool's workers, the outputs for the processes beside them.
CLEAN_PRELOAD = ["extractor.speed.server", "extractor.speed.preload", "extractor.output.database",
                 "extractor.output.report"]


def _clean_context():
    """The start method of processes that must not carry this process's memory: a fork server (a small process
    of its own, started once, that forks each of them) where there is one, else the platform's default.
    A process forked from this one starts with every page this process has as its own resident memory:
    forked when this process held a batch of 200,000 releases, the DuckDB and report processes peaked above
    a gigabyte while doing work of a few hundred megabytes."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods() or not main_imports_safely():
        return None
    return multiprocessing.get_context("forkserver")


def main_imports_safely(main: Any = None) -> bool:
    """Whether a process started clean may import this program's main module (`main`: `sys.modules["__main__"]`),
    as multiprocessing does in each (as `__mp_main__`) unless the module is a package's `__main__` (`python -m
    extractor`, `python -m pytest`) or has no file (a notebook, `python -c`). A command's script that an installer
    wrote next to the interpreter (`extractor`, `pytest`) keeps its work under `if __name__ == "__main__":`; a
    user's script may call `extractor.run` outside such a guard, and would run again in each clean process: its
    processes are forked instead."""
    main = sys.modules.get("__main__") if main is None else main
    path = getattr(main, "__file__", None)
    if path is None:
        return True
    spec = getattr(main, "__spec__", None)
    if spec is not None:
        return spec.name == "__main__" or spec.name.endswith(".__main__")
    return os.path.dirname(os.path.abspath(path)) == os.path.dirname(sys.executable)


def start_clean() -> None:
    """Start the server of clean processes (`_clean_context`) now, while this process is small and has work of
    its own to do: it imports `CLEAN_PRELOAD` beside this process's first steps."""
    context = _clean_context()
    if context is None:
        return
    from multiprocessing import forkserver

    context.set_forkserver_preload(CLEAN_PRELOAD)
    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    # Ctrl-C is for this process alone (it reports the interruption once): the server, started while this
    # process ignores it, ignores it too, its imports included (Python keeps an ignored SIGINT ignored).
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, handler)


def _stop(aside: ProcessPoolExecutor | None) -> None:
    """End the processes of `aside` now, whatever they are doing."""
    for process in list(((aside._processes if aside is not None else None) or {}).values()):
        process.terminate()


def _call(module: str, name: str, *args: Any, **kwargs: Any) -> Any:
    """`module.name(*args, **kwargs)`, the function looked up where it runs (an `_aside` process)."""
    import importlib

    return getattr(importlib.import_module(module), name)(*args, **kwargs)


#: Files a rerun extracts in this process at most, whatever `jobs` (`--engine local`), when the pool's workers
#: would be forked from this process: each would load the languages and compile their patterns (about a
#: second) for a few files. Measured on a loaded 2-core machine (load 4-5), reruns without the DuckDB file and
#: the report: 10 files changed of 1,000, 1.3-1.9 s in this process against 2.4-2.8 s with `--jobs 2`; 200 of
#: 20,000, 7.7-10.0 s against 9.2-10.7 s. Workers started clean come with the pipeline loaded, and the pool
#: wins: 200 of 20,000 (the default command, load 4.5), 12.5-13.2 s against 14.3-15.5 s in this process.
RERUN_IN_PROCESS = 256


@dataclass(frozen=True)
class _Earlier:
    """What a run takes from the earlier run in OUT (`incremental`): which files keep their rows (`plan`), what
    copies those rows (`copier`), and the cache of its checks across releases (`checks.CheckCache`)."""

    plan: Any
    copier: Any = None
    checks: Any = None


def _extract(sources: list[Source], stage: Path, *, jobs: int, progress: bool | None, engine: str,
             scheduler: str | None, texts: bool, earlier: _Earlier | None = None) -> RunResult:
    """The documents, claims, findings and companies tables of `sources` (and with `texts` the texts table),
    written into `stage`, with the index and the checks' cache a next run reads (`incremental`). This process
    keeps no claims and no documents in memory: they go to files in `stage` as they arrive (`_Staged`), the
    companies are linked from two columns of the documents, and the checks across releases run a partition
    of companies at a time on the engine (`checks.check_companies`). `earlier`: the files that keep the rows
    of the earlier run, and its checks' cache."""
    from extractor import checks
    from extractor.output import incremental
    from extractor.output.write import read_staged

    earlier = earlier or _Earlier(incremental.plan(sources, None))
    keep_freed_memory()  # before the engine starts: forked workers inherit it
    if earlier.copier is not None:
        map_large_blocks()  # the earlier rows are copied a few MiB at a time (`speed.heap.MAP_FROM`)
    extracted = len(sources) - earlier.plan.unchanged
    alone = RERUN_IN_PROCESS if earlier.plan.unchanged and engine == "local" and _clean_context() is None \
        else 1  # extracted here at most
    chosen = open_engine(engine, jobs=jobs if extracted > alone else 1, scheduler=scheduler)
    result, staged, aside = RunResult(), _Staged(stage), None
    try:
        written = _gather(sources, earlier, chosen, stage, result, staged, texts=texts,
                          progress=sys.stderr.isatty() if progress is None else progress)
        staged.close()
        checker = chosen if checks.shares_out(result.n_claims, chosen) else Engine()
        if checker is not chosen:
            chosen.release()  # the workers exit while the checks run here
        columns = read_staged(staged.documents.path, ["doc_id", "status", "company_id", "subject", "sha256"])
        doc_ids = columns.column("doc_id").to_pylist()
        company_ids, company_rows = link_ids(doc_ids, columns.column("company_id").to_pylist())
        # The claims table gets its companies while the checks run, in a process forked for it (reading
        # Parquet row groups leaves their buffers to the allocator: that memory is not this process's).
        aside = _aside(1)
        filling = aside.submit(_call, "extractor.output.write", "fill_by_document", stage, "claims", "company_id",
                               company_ids, staged.n_claims)
        # The checks of one release alone were made with its extraction; those that compare releases
        # compare releases of one company only: the engine's workers check partitions of companies, but for
        # the companies whose documents did not change since the earlier run (their cache).
        groups = checks.company_groups(columns.column("status"), company_ids, columns.column("subject"))
        keys = checks.group_keys(groups, doc_ids, columns.column("sha256"), company_ids,
                                 incremental.fingerprint())
        del columns
        story_of: dict[str, str] = {}
        for changed, found in checks.check_companies(
                groups, _documents_of(staged.documents.path, company_ids), str(staged.claims.path),
                staged.first_claim(), staged.n_claims, engine=checker, read_here=not checker.local_files,
                findings_in=str(stage), keys=keys, cache=earlier.checks or checks.CheckCache(None)):
            story_of.update(changed)
            staged.add_findings(found, result.findings_by_severity)
        filling.result()
    except BaseException:  # an interrupt (Ctrl-C) or a failure: the filling is not waited for
        _stop(aside)
        raise
    finally:
        chosen.close()
        if aside is not None:
            aside.shutdown(wait=True, cancel_futures=True)
    result.written = written + _write_rest(stage, staged, company_ids, company_rows, story_of,
                                           (groups, keys, doc_ids), earlier.plan)
    return result


def _write_rest(stage: Path, staged: _Staged, company_ids: list[str | None], company_rows: list[dict],
                story_of: dict[str, str], grouped: tuple[list, list[str], list[str]], plan: Any) -> list[Path]:
    """The documents, findings and companies tables, and what a next run reads (`incremental.INDEX`, the checks'
    cache `checks.CHECKS_CACHE`); the files written. Neither the documents nor the findings are held whole:
    their rows are taken a batch at a time from the staged files, the findings in an order sorted by their keys
    alone (`_Staged.finding_order`)."""
    import pyarrow.parquet as pq

    from extractor import checks
    from extractor.output import incremental
    from extractor.output.write import read_staged, write_batches, write_tables

    written = write_batches("documents", _documents_batches(staged.documents.path, company_ids, story_of), stage)
    found = staged.finding_batches()
    order = staged.finding_order(found)
    written += write_batches("findings", _Staged.sorted_findings(found, order, FINDINGS_BATCH), stage,
                             batch_size=FINDINGS_BATCH)
    written += write_tables(stage, documents=None, claims=None, findings=None, companies=company_rows)
    groups, keys, doc_ids = grouped
    pq.write_table(incremental.index_table(read_staged(staged.documents.path), plan), stage / incremental.INDEX)
    pq.write_table(checks.cache_table(groups, keys, doc_ids, story_of, _Staged.finding_places(found, order)),
                   stage / checks.CHECKS_CACHE)
    return written + [stage / incremental.INDEX, stage / checks.CHECKS_CACHE]


def _documents_of(path: Path, company_ids: list[str | None]) -> Callable[[list[int]], list[Document]]:
    """The `Document`s of rows of the staged documents (`_Staged`), with their linked companies."""
    from extractor.output.write import StagedBatches

    staged = StagedBatches([path])
    company = DOCUMENT_COLUMNS.index("company_id")

    def documents(rows: list[int]) -> list[Document]:
        made = []
        for row, values in zip(rows, zip(*staged.take(rows).to_pydict().values())):
            values = list(values)
            values[company] = company_ids[row]
            made.append(Document(*values))
        return made

    return documents


def _documents_batches(path: Path, company_ids: list[str | None], story_of: dict[str, str],
                       rows: int = 2000) -> Iterator[pa.RecordBatch]:
    """The rows of the `documents` table, `rows` at a time: the staged rows with their linked companies and the
    story ids of stories of several documents, put in by Arrow."""
    import pyarrow.compute as pc

    from extractor.output.write import read_staged

    table = read_staged(path)
    companies = pa.array(company_ids, pa.string())
    stories, story_ids = pa.array(list(story_of), pa.string()), pa.array(list(story_of.values()), pa.string())
    company, story = table.schema.get_field_index("company_id"), table.schema.get_field_index("story_id")
    for start in range(0, table.num_rows, rows):
        part = table.slice(start, rows).combine_chunks()
        where = pc.index_in(part.column("doc_id"), value_set=stories)
        part = part.set_column(story, "story_id", pc.if_else(pc.is_valid(where), story_ids.take(where),
                                                              part.column("story_id")))
        yield part.set_column(company, "company_id", companies.slice(start, rows))


def _gather(sources: list[Source], earlier: _Earlier, chosen: Engine, stage: Path, result: RunResult,
            staged: _Staged, *, texts: bool, progress: bool) -> list[Path]:
    """Extract `sources` on `chosen` (those the `earlier` run's plan keeps: their rows copied from it), appending
    each chunk's claims (and texts) to their tables in `stage`, its documents, the claims' checked columns and
    the findings of the checks of one release alone to `staged`, and its counts to `result` as it arrives;
    the tables written. The progress bar counts the files extracted."""
    from extractor.output.write import TableWriter

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(sources) - earlier.plan.unchanged, unit="file", file=sys.stderr, desc="extracting")
    # The decoded texts come with the chunks: each file is read once, by the worker that extracts it.
    tables = [TableWriter("claims", stage)] + ([TableWriter("texts", stage)] if texts else [])
    try:
        if earlier.copier is not None:
            kept = earlier.plan.kept
            for found in earlier.copier.alone_findings(kept[kept >= 0]):
                staged.add_findings(found, result.findings_by_severity)
        for chunk in _in_order(sources, earlier, chosen, on_done=bar.update if bar else None):
            _take(chunk, result, staged, tables)
    except BaseException:
        for table in tables:
            table.abort()
        staged.close()
        raise
    finally:
        if bar:
            bar.close()
        if earlier.copier is not None:
            earlier.copier.close()
    return [path for table in tables for path in table.commit()]


def _take(chunk: ChunkResult | Any, result: RunResult, staged: _Staged, tables: list[Any]) -> None:
    """A chunk extracted (`ChunkResult`) or kept (`incremental.Kept`): its counts to `result`, its documents,
    claims and findings to `staged`, its claims and texts to their `tables`."""
    if isinstance(chunk, ChunkResult):
        result.count(chunk.documents)
        staged.add(chunk)
        staged.add_findings(chunk.findings, result.findings_by_severity)
        rendered = (chunk.rendered, chunk.texts)
    else:
        result.count_table(chunk.documents)
        staged.add_kept(chunk)
        rendered = (chunk.claims, chunk.texts)
    for table, rows in zip(tables, rendered):
        if rows is not None:
            _write_rendered(table, *rows)
    result.claims_by_kind.update(chunk.kinds)


#: Kept documents whose rows are copied from the earlier run at a time (`incremental.Copier`).
KEPT_DOCS = 1024


def _in_order(sources: list[Source], earlier: _Earlier, engine: Engine,
              on_done: Callable[[int], None] | None) -> Iterator[Any]:
    """The results of `sources` in their order: chunks the `engine` extracted (`ChunkResult`), and the rows of
    runs of files the `earlier` run's plan keeps, copied from it (`incremental.Kept`) while the engine works."""
    kept = earlier.plan.kept
    segments = _segments((kept >= 0).tolist())
    chunked = {a: list(_chunks(sources[a:b], CHUNK_SIZE, engine.workers)) for a, b, keep in segments if not keep}
    extracted = _extract_chunks([c for a in sorted(chunked) for c in chunked[a]], engine, on_done)
    for a, b, keep in segments:
        if keep:
            for start in range(a, b, KEPT_DOCS):
                yield earlier.copier.copy(kept[start:min(b, start + KEPT_DOCS)])
        else:
            for _ in chunked[a]:
                yield next(extracted)


def _segments(flags: list[bool]) -> list[tuple[int, int, bool]]:
    """The runs of equal `flags`: (start, end, flag)."""
    segments: list[tuple[int, int, bool]] = []
    for i, flag in enumerate(flags):
        if segments and segments[-1][2] == flag:
            segments[-1] = (segments[-1][0], i + 1, flag)
        else:
            segments.append((i, i + 1, flag))
    return segments


def _write_rendered(table: Any, text: bytes, rows: pa.RecordBatch | pa.Table) -> None:
    """Rendered rows (JSON lines, and an Arrow batch or table: copied from the earlier run) to a `TableWriter`."""
    if isinstance(rows, pa.RecordBatch):
        table.write_rendered(text, rows)
        return
    for i, batch in enumerate(pa.Table.from_arrays(rows.columns, schema=table.schema).to_batches()):
        table.write_rendered(text if i == 0 else b"", batch)


def summary(result: RunResult) -> str:
    """A few lines for the terminal: files by status and language, claims by kind, findings, time."""
    lines = [
        f"extractor: {sum(result.statuses.values())} files in {result.seconds:.1f} s",
        f"  status    {_counts(result.statuses)}",
        f"  language  {_counts(result.languages)}",
        f"  claims    {result.n_claims} ({_counts(result.claims_by_kind)})",
        f"  findings  {sum(result.findings_by_severity.values())} ({_counts(result.findings_by_severity)})",
    ]
    if result.incremental is not None:
        lines.append(f"  rerun     {result.unchanged} unchanged (kept) · {result.changed} changed or read again · "
                     f"{result.new} new · {result.removed} removed"
                     + (f" ({result.hashed} read to compare: their stat had changed)" if result.hashed else ""))
    lines += [f"  error     {doc_id}: {reason}" for doc_id, reason in result.errors]
    if result.statuses["error"] > len(result.errors):
        lines.append(f"  ... and {result.statuses['error'] - len(result.errors)} more errors (see documents.jsonl)")
    if result.written:
        lines.append(_wrote(result.written))
    return "\n".join(lines)


def _counts(counter: Counter) -> str:
    return " · ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))) or "none"


def _wrote(written: list[Path]) -> str:
    folder = written[0].parent
    tables = [t for t in ("documents", "claims", "findings", "texts") if folder / f"{t}.jsonl" in written]
    extras = [p.name for p in written if p.suffix in (".duckdb", ".html") and p.parent == folder]
    pages = Counter(p.parent.name for p in written if p.parent != folder)  # a paged report's pages, by folder
    return (f"  wrote     {folder}/ ({', '.join(tables)} as .parquet and .jsonl"
            + "".join(f", {name}" for name in extras) + "".join(f", {n} pages in {sub}/" for sub, n in pages.items())
            + ")")
