"""Engines: the process pool and Dask run the same per-file function and give the same tables, row for row."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.runner import _failed_chunk, open_engine, process_all
from extractor.ingest import Source

ROOT = Path(__file__).resolve().parents[1]
CORPORA = str(ROOT / "corpora")


def _tables(out: Path) -> dict[str, str]:
    return {name: (out / f"{name}.jsonl").read_text(encoding="utf-8") for name in ("documents", "claims", "findings")}


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    assert main(["run", CORPORA, "--out", str(out), "--jobs", "1", "--no-progress", "--no-report"]) == 0
    return _tables(out)


@pytest.fixture(params=["checks here", "checks in parts"])
def check_parts(request, monkeypatch):
    """Both ways of running the checks: in the main process, and shared out in partitions of companies among
    the workers (a real batch does so from `PARALLEL_CLAIMS` claims; the sample corpus has fewer). Either
    way the partitions' claims stay on disk until the process that checks them reads them (`ClaimRows`)."""
    from extractor import checks

    partition, made, given = checks._partition, [], []
    check = checks.check_companies
    if request.param == "checks in parts":
        monkeypatch.setattr(checks, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(checks, "_partition", lambda *a: made.append(partition(*a)) or made[-1])

    def checking(*args, **kwargs):
        for part_result in check(*args, **kwargs):
            given.append(kwargs["read_here"])
            yield part_result

    monkeypatch.setattr(checks, "check_companies", checking)
    yield made
    assert len(made) == 1 and len(made[0]) > 1 and len(given) == len(made[0]) and not any(given)


def test_process_pool_equals_serial(serial, tmp_path, check_parts):
    main(["run", CORPORA, "--out", str(tmp_path), "--jobs", "2", "--no-progress", "--no-report"])
    assert _tables(tmp_path) == serial


def test_dask_local_cluster_equals_serial(serial, tmp_path, check_parts):
    pytest.importorskip("dask.distributed")
    main(["run", CORPORA, "--out", str(tmp_path), "--engine", "dask", "--jobs", "2", "--no-progress", "--no-report"])
    assert _tables(tmp_path) == serial


def test_a_lost_worker_turns_its_files_into_error_rows():
    (doc,) = _failed_chunk([Source("a/x.txt", "x.txt")], RuntimeError("killed")).documents
    assert doc.status == "error" and "killed" in doc.reason


def test_unknown_engine_is_a_usage_error():
    from extractor.errors import UsageError

    with pytest.raises(UsageError):
        list(process_all([], jobs=1, engine="spark"))


def test_scheduler_needs_dask_engine(capsys):
    assert main(["run", CORPORA, "--scheduler", "tcp://127.0.0.1:1", "--no-progress"]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_a_file_whose_claims_cannot_be_written_becomes_an_error_row_and_its_chunk_goes_on(monkeypatch):
    """Claims are rendered per chunk; when that fails, the chunk is redone file by file so that only
    the file at fault is lost (as an `error` row) and the others keep their claims."""
    from extractor import runner
    from extractor.ingest import walk

    sources = [s for s in walk([str(ROOT / "corpora" / "seeds")])][:3]
    bad = sources[1].doc_id
    real = runner.render_rows

    def render(name, rows):
        if any(r["doc_id"] == bad for r in rows):
            raise TypeError("unwritable value")
        return real(name, rows)

    monkeypatch.setattr(runner, "render_rows", render)
    chunk = runner._process_chunk(sources)
    status = {d.doc_id: d.status for d in chunk.documents}
    assert status[bad] == "error" and [d.doc_id for d in chunk.documents] == [s.doc_id for s in sources]
    assert all(status[s.doc_id] == "ok" for s in sources if s.doc_id != bad)
    assert chunk.rendered is not None and bad.encode() not in chunk.rendered[0] and sum(chunk.kinds.values()) > 0
    # Each release is checked alone where it is extracted; the one in error is not.
    story = {d.doc_id: d.story_id for d in chunk.documents}
    assert story[bad] is None and all(story[s.doc_id] for s in sources if s.doc_id != bad)
    assert all(bad not in f.doc_ids for f in chunk.findings)


@pytest.mark.parametrize("n", [0, 1, 15, 16, 17, 64, 100, 1000])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_chunks_keep_every_file_in_order_and_end_in_small_ones_for_several_workers(n, workers):
    from extractor.runner import _chunks

    items = [Source(f"{i}.txt", f"{i}.txt") for i in range(n)]
    chunks = list(_chunks(items, 16, workers))
    assert [s for c in chunks for s in c] == items and all(1 <= len(c) <= 16 for c in chunks)
    if workers == 1:
        assert [len(c) for c in chunks] == [16] * (n // 16) + ([n % 16] if n % 16 else [])
    else:
        tail, covered, sizes = min(n, 2 * workers * 16), 0, []
        for c in reversed(chunks):  # the chunks that hold the last `tail` files
            if covered >= tail:
                break
            covered, sizes = covered + len(c), sizes + [len(c)]
        assert covered == tail and all(size <= 4 for size in sizes)


def test_files_run_stage_by_stage_give_what_they_give_one_after_the_other(tmp_path):
    """`process_files` interleaves the files' stages; every result, skipped and failed files among them,
    is the one `process_file` gives alone, in the order of the sources."""
    from extractor.ingest import walk
    from extractor.runner import process_file, process_files

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    (tmp_path / "short.txt").write_text("Acme 5%.")
    (tmp_path / "fr.txt").write_text("L'entreprise a réduit ses émissions de 12 % en 2023 grâce à ses usines et "
                                     "elle vise la neutralité carbone pour toutes ses activités en Europe.")
    sources = [*walk([CORPORA]), *walk([str(tmp_path)]), Source(str(tmp_path / "gone.txt"), "gone.txt")]
    one_by_one = [process_file(s) for s in sources]
    assert {r.document.status for r in one_by_one} == {"ok", "skipped", "error"}
    assert process_files(sources) == one_by_one
    for size in (1, 3, 16):  # chunks of any size, as the engines cut them
        assert [r for i in range(0, len(sources), size) for r in process_files(sources[i:i + size])] == one_by_one


@pytest.mark.parametrize("shared_out", [False, True])
def test_the_pool_is_let_go_before_checks_it_does_not_run_and_gone_when_the_run_ends(tmp_path, monkeypatch,
                                                                                     shared_out):
    """The workers exit while this process checks the claims; checks shared out among the workers
    (`PARALLEL_CLAIMS`) keep them until done. Either way none is left when `run` returns."""
    from extractor import checks, runner

    if shared_out:
        monkeypatch.setattr(checks, "PARALLEL_CLAIMS", 0)
    pools, seen = [], []
    opened, checked = runner._Pool.__init__, checks.check_companies

    def opening(self, jobs):
        opened(self, jobs)
        pools.append(self)

    def checking(*args, **kwargs):
        seen.append(pools[-1]._closing is not None)
        return checked(*args, **kwargs)

    monkeypatch.setattr(runner._Pool, "__init__", opening)
    monkeypatch.setattr(checks, "check_companies", checking)
    runner.run([CORPORA], tmp_path, jobs=2, progress=False, report=False, database=False)
    assert seen == [not shared_out]
    assert pools[-1]._closing is not None and not pools[-1]._closing.is_alive()
    assert pools[-1]._pool._processes is None  # shut down: the pool holds no worker any more


def test_a_chunk_runs_with_rare_collections_and_leaves_the_collector_as_it_found_it(monkeypatch):
    import gc

    from extractor import runner
    from extractor.ingest import walk

    seen = []
    real = runner.process_files
    monkeypatch.setattr(runner, "process_files", lambda sources: seen.append(gc.get_threshold()) or real(sources))
    before = gc.get_threshold()
    chunk = runner._process_chunk(list(walk([str(ROOT / "corpora" / "seeds")]))[:2])
    assert len(chunk.documents) == 2
    assert seen == [(runner.GC_THRESHOLD, *before[1:])] and gc.get_threshold() == before


def test_chunks_in_threads_of_one_worker_restore_the_collector_when_the_last_one_ends():
    """A Dask worker may run several chunks at once in threads: the threshold is put back only when the
    last of them ends, whatever order they end in."""
    import gc

    from extractor import runner

    before = gc.get_threshold()
    first, second = runner._few_collections(), runner._few_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == runner.GC_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_the_pool_keeps_the_objects_of_this_process_from_the_collector_until_it_closes():
    import gc

    from extractor.runner import open_engine

    engine = open_engine("local", jobs=2)
    try:
        assert gc.get_freeze_count() > 0
        assert list(engine.map(abs, [-1, -2], failed=None)) == [1, 2]
    finally:
        engine.close()
    assert gc.get_freeze_count() == 0


def _dask_run(folder: str, out: Path, *before: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *before, "run", folder, "--out", str(out), "--engine",
                           "dask", "--jobs", "1", "--no-progress", "--no-report", "--no-db"],
                          capture_output=True, text=True, timeout=240, cwd=ROOT)


def test_dask_says_only_warnings_without_verbose(tmp_path):
    pytest.importorskip("dask.distributed")
    seeds = tmp_path / "in"
    seeds.mkdir()
    for seed in sorted((ROOT / "corpora" / "seeds").glob("*.txt"))[:2]:
        (seeds / seed.name).write_bytes(seed.read_bytes())
    with socket.socket() as busy:  # Dask's default dashboard port taken, as by a second run at the same time
        try:
            busy.bind(("127.0.0.1", 8787))
            busy.listen(1)
        except OSError:
            pass  # taken already
        quiet = _dask_run(str(seeds), tmp_path / "quiet")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""
    verbose = _dask_run(str(seeds), tmp_path / "verbose", "-v")
    assert verbose.returncode == 0 and "INFO distributed.scheduler" in verbose.stderr


def _no_network() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _no_network(), reason="needs unshare -rn (a user and network namespace) to take the network away")
def test_dask_without_a_network_fails_at_once_with_one_line(tmp_path):
    pytest.importorskip("dask.distributed")
    probe = ("import time; from extractor.errors import EnvironmentFailure; from extractor.runner import open_engine\n"
             "started = time.monotonic()\n"
             "try:\n    open_engine('dask', jobs=1)\n"
             "except EnvironmentFailure as err:\n    print(round(time.monotonic() - started), err)\n")
    done = subprocess.run(["unshare", "-rn", sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    seconds, message = done.stdout.split(" ", 1)
    assert int(seconds) < 10 and message.startswith("cannot start a local Dask cluster: this machine cannot connect")
    assert "--engine local" in message and message.count("\n") == 1


def test_a_dask_cluster_that_fails_to_start_is_an_environment_failure(monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    from extractor.errors import EnvironmentFailure

    def failing(*args, **kwargs):
        raise RuntimeError("Cluster failed to start: Timed out trying to connect to tcp://127.0.0.1:1 after 30 s")

    monkeypatch.setattr(distributed, "LocalCluster", failing)
    with pytest.raises(EnvironmentFailure, match="cannot start a local Dask cluster: Cluster failed to start"):
        open_engine("dask", jobs=1)


def _where_and_how() -> tuple[int, str, int]:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return os.getppid(), os.getcwd(), mask


def test_the_processes_beside_the_engine_start_clean_with_this_process_s_folder_and_umask(tmp_path, monkeypatch):
    """The DuckDB file, the report and the claims' companies are made in processes started by a fork server, not
    forked from this process (whose batch they would carry as their own memory); they work in this process's
    folder and umask as they are when they start, not as they were when the server started."""
    import os

    from extractor import runner

    runner.start_clean()
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o077)
    aside = runner._aside(1)
    try:
        parent, folder, mask = aside.submit(_where_and_how).result()
    finally:
        aside.shutdown()
        os.umask(old)
    assert parent != os.getpid() and folder == str(tmp_path) and mask == 0o077


def _module(name: str | None, path: str | None):
    import types

    module = types.ModuleType("__main__")
    module.__spec__ = types.SimpleNamespace(name=name) if name else None
    if path:
        module.__file__ = path
    return module


@pytest.mark.parametrize(("name", "path", "safe"), [
    pytest.param(None, None, True, id="notebook-or-python-c"),
    pytest.param("extractor.__main__", "/x/extractor/__main__.py", True, id="python-m-extractor"),
    pytest.param("pytest.__main__", "/x/pytest/__main__.py", True, id="python-m-pytest"),
    pytest.param(None, "{bin}/extractor", True, id="the-extractor-command"),
    pytest.param(None, "/home/me/batch.py", False, id="a-user-s-script"),
    pytest.param("tools.batch", "/home/me/tools/batch.py", False, id="python-m-a-user-s-module"),
])
def test_processes_start_clean_only_where_the_main_module_can_be_imported_again(name, path, safe):
    """A clean process imports the program's main module again (multiprocessing does): a user's script that calls
    `extractor.run` outside an `if __name__ == "__main__":` guard would run again in it, so its processes are
    forked as before."""
    import os

    from extractor.runner import main_imports_safely

    path = path.format(bin=os.path.dirname(sys.executable)) if path else None
    assert main_imports_safely(_module(name, path)) is safe


def test_a_script_that_runs_a_batch_at_its_top_level_runs_once(tmp_path):
    """The Python API from a plain script, without an `if __name__ == "__main__":` guard, with `--jobs 2`."""
    script = tmp_path / "batch.py"
    lines = ["from pathlib import Path", "from extractor.runner import run",
             f"result = run([{CORPORA!r}], Path({str(tmp_path / 'out')!r}), jobs=2, progress=False)",
             "print('ran', len(result.documents))"]
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ran 110"]
