"""Faults and hostile inputs: every file gets a row, one bad file or one dead worker never stops the batch,
nothing blocks, nothing outside the inputs is read (issue 35)."""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extractor import runner
from extractor.errors import SkipDocument
from extractor.ingest import Source, read_source, walk

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora" / "seeds"
RELEASE = ("Acme Energy cut its greenhouse gas emissions by 42% compared with 2019 and invested €5 million in "
           "solar power. The company aims to reach net zero by 2040 across all its sites in Europe.\n")


def _documents(out: Path) -> dict[str, dict]:
    import json

    rows = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["doc_id"]: row for row in rows}


def _run(inputs: list[Path], out: Path, **options) -> dict[str, dict]:
    """`runner.run` in a thread that must end within a minute: a run that blocks fails the test instead of
    hanging it."""
    done: list = []
    thread = threading.Thread(target=lambda: done.append(runner.run(
        [str(i) for i in inputs], out, progress=False, report=False, database=False, **options)), daemon=True)
    thread.start()
    thread.join(60)
    assert done, "the run did not end within a minute"
    return _documents(out)


def _releases(folder: Path, n: int = 3) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:n]):
        shutil.copyfile(seed, folder / f"r{i}.txt")
        names.append(f"r{i}.txt")
    return names


# 1. Only regular files are read.

def test_a_fifo_among_the_inputs_gets_a_row_and_never_blocks_the_run(tmp_path):
    names = _releases(tmp_path / "in")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    docs = _run([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert docs["pipe.txt"]["status"] == "skipped" and "named pipe (FIFO)" in docs["pipe.txt"]["reason"]
    assert docs["pipe.txt"]["size_bytes"] is None and docs["pipe.txt"]["sha256"] is None
    assert all(docs[name]["status"] == "ok" for name in names)


@pytest.mark.parametrize(("make", "what"), [
    pytest.param(lambda p: os.mkfifo(p), "named pipe (FIFO)", id="fifo"),
    pytest.param(lambda p: socket.socket(socket.AF_UNIX).bind(str(p)), "socket", id="socket"),
    pytest.param(lambda p: os.mkdir(p), "folder", id="folder"),
])
def test_what_is_not_a_regular_file_is_skipped_saying_what_it_is(tmp_path, make, what):
    path = tmp_path / "x.txt"
    make(path)
    with pytest.raises(SkipDocument, match=re.escape(f"not a regular file but a {what}")):
        read_source(Source(str(path), "x.txt"))


def test_a_device_given_as_input_is_skipped():
    with pytest.raises(SkipDocument, match="a character device"):
        read_source(Source("/dev/zero", "zero.txt"))


# 3. A size limit per file.

def test_a_file_above_the_size_limit_is_skipped_at_once_naming_its_size_and_the_flag(tmp_path):
    _releases(tmp_path / "in", 1)
    with open(tmp_path / "in" / "huge.txt", "wb") as huge:
        huge.truncate(200_000_000)  # sparse: 200 MB that take no room on the disk
    started = time.monotonic()
    docs = _run([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert time.monotonic() - started < 50
    row = docs["huge.txt"]
    assert row["status"] == "skipped" and row["size_bytes"] == 200_000_000
    assert "200.0 MB" in row["reason"] and "--max-size 200" in row["reason"]
    assert docs["r0.txt"]["status"] == "ok"


def test_the_size_limit_can_be_raised_or_lifted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RELEASE)
    with pytest.raises(SkipDocument, match="above the limit of 0.0001 MB"):
        read_source(Source(str(path), "a.txt", max_bytes=100))
    assert read_source(Source(str(path), "a.txt", max_bytes=None)) == RELEASE.encode()
    assert [s.max_bytes for s in walk([str(tmp_path)], max_bytes=5)] == [5]


@pytest.mark.parametrize("value", ["-1", "lots", "nan"])
def test_a_max_size_that_is_no_size_is_a_usage_error(tmp_path, capsys, value):
    from extractor.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["run", str(tmp_path), "--max-size", value])
    assert exit_.value.code == 2 and "invalid megabytes value" in capsys.readouterr().err


def test_max_size_flag_reaches_the_run(tmp_path, capsys):
    from extractor.cli import main

    _releases(tmp_path / "in", 1)
    code = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--max-size", "0.001",
                 "--jobs", "1", "--no-progress", "--no-report", "--no-db"])
    assert code == 0
    assert "--max-size" in _documents(tmp_path / "out")["r0.txt"]["reason"]


# 4. Symbolic links and folders.

def test_a_link_out_of_the_inputs_is_not_read(tmp_path):
    _releases(tmp_path / "in", 1)
    (tmp_path / "in" / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "s.txt").write_text(RELEASE)
    (tmp_path / "in" / "elsewhere").symlink_to(tmp_path / "secret")
    docs = _run([tmp_path / "in"], tmp_path / "out", jobs=1)
    for name, target in (("passwd.txt", "/etc/passwd"), ("elsewhere", str(tmp_path / "secret"))):
        assert docs[name]["status"] == "skipped" and f"a symbolic link to {target}, outside the inputs" in \
            docs[name]["reason"]
        assert docs[name]["title"] is None and docs[name]["sha256"] is None
    assert "elsewhere/s.txt" not in docs and docs["r0.txt"]["status"] == "ok"


def test_links_inside_the_inputs_are_followed_and_each_folder_walked_once(tmp_path):
    top = tmp_path / "in"
    _releases(top / "real", 2)
    (top / "alias").symlink_to(top / "real")           # a second way to the same folder
    (top / "real" / "loop").symlink_to(top)             # a loop back to the top
    (top / "other").mkdir()
    (top / "other" / "r9.txt").write_text(RELEASE)
    (top / "via").symlink_to(top / "other" / "r9.txt")  # a file link inside: read
    (top / "dangling.txt").symlink_to(top / "gone.txt")
    sources = walk([str(top)])
    ids = [s.doc_id for s in sources]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert {s.doc_id for s in sources if s.verdict is None} == {"real/r0.txt", "real/r1.txt", "other/r9.txt",
                                                               "via", "dangling.txt"}
    reasons = {s.doc_id: s.verdict[1] for s in sources if s.verdict}
    assert set(reasons) == {"alias/", "real/loop/"}
    assert reasons["alias/"].startswith(f"the same folder as {top / 'real'}, whose files are read there")
    with pytest.raises(SkipDocument, match="broken symbolic link"):
        read_source(next(s for s in sources if s.doc_id == "dangling.txt"))


def test_an_input_inside_another_is_read_once(tmp_path):
    names = _releases(tmp_path / "in" / "2024", 2)
    sources = walk([str(tmp_path / "in"), str(tmp_path / "in" / "2024")])
    assert [s.doc_id for s in sources if s.verdict is None] == [f"in/2024/{n}" for n in names]
    assert [s.doc_id for s in sources if s.verdict] == ["2024/"]


def test_a_folder_linked_from_one_input_into_another_is_read_at_its_real_path(tmp_path):
    """Real folders are walked before links, across all inputs: the link gets the row that says where
    its files are read."""
    (tmp_path / "a").mkdir()
    _releases(tmp_path / "b" / "sub", 1)
    (tmp_path / "a" / "to-b").symlink_to(tmp_path / "b" / "sub")
    ids = {s.doc_id: s.verdict for s in walk([str(tmp_path / "a"), str(tmp_path / "b")])}
    assert ids["b/sub/r0.txt"] is None
    assert ids["a/to-b/"][0] == "skipped" and "a/to-b/r0.txt" not in ids


def test_an_unreadable_folder_gets_an_error_row(tmp_path, monkeypatch):
    _releases(tmp_path / "in", 1)
    (tmp_path / "in" / "private").mkdir()
    (tmp_path / "in" / "private" / "p.txt").write_text(RELEASE)
    listing = os.scandir

    def scandir(path):  # the tests run as root, whom chmod 000 does not stop
        if str(path).endswith("private"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = _run([tmp_path / "in"], tmp_path / "out", jobs=1)
    row = docs["private/"]
    assert row["status"] == "error" and "could not be read (Permission denied)" in row["reason"]
    assert row["size_bytes"] is None and docs["r0.txt"]["status"] == "ok"


# 6. Unknown sizes are null.

def test_an_error_row_whose_size_is_unknown_has_size_null(tmp_path):
    result = runner.process_file(Source(str(tmp_path / "gone.txt"), "gone.txt"))
    assert result.document.status == "error" and result.document.size_bytes is None
    (tmp_path / "empty.txt").write_bytes(b"")
    assert runner.process_file(Source(str(tmp_path / "empty.txt"), "empty.txt")).document.size_bytes == 0


# 7. OUT inside an input folder.

def test_an_out_folder_inside_the_input_is_not_read_back(tmp_path):
    names = _releases(tmp_path / "in", 2)
    out = tmp_path / "in" / "out"
    first = _run([tmp_path / "in"], out, jobs=1)
    second = _run([tmp_path / "in"], out, jobs=1)
    assert set(first) == set(second) == set(names)


def test_a_folder_holding_the_tables_of_a_run_is_not_read_as_input(tmp_path):
    names = _releases(tmp_path / "in", 1)
    _run([tmp_path / "in"], tmp_path / "in" / "old-run", jobs=1)
    sources = walk([str(tmp_path / "in")])
    assert [s.doc_id for s in sources] == ["old-run/", *names]
    assert sources[0].verdict[0] == "skipped" and "tables of an extractor run" in sources[0].verdict[1]


# 5. Encodings, in the pipeline.

def test_one_bad_byte_keeps_utf8_the_claims_and_says_so(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(RELEASE.encode().replace(b"Europe", b"Eur\xffpe"))
    (tmp_path / "in" / "utf16.txt").write_bytes(RELEASE.encode("utf-16-le"))
    docs = _run([tmp_path / "in"], tmp_path / "out", jobs=1)
    bad = docs["bad.txt"]
    assert (bad["status"], bad["encoding"]) == ("ok", "utf-8") and "1 invalid byte" in bad["reason"]
    assert (docs["utf16.txt"]["status"], docs["utf16.txt"]["encoding"]) == ("ok", "utf-16-le")
    import json

    claims = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {(c["doc_id"], c["kind"], c["value"], c["unit"]) for c in claims if c["kind"] != "target"}
    assert found == {(doc, kind, value, unit) for doc in ("bad.txt", "utf16.txt")
                     for kind, value, unit in (("percentage", 42.0, "%"), ("quantity", 5_000_000.0, "EUR"))}


# 2. A worker that dies.

def _segfault() -> None:
    import ctypes
    import faulthandler

    faulthandler.disable()  # pytest's handler, inherited by the forked worker, would print its stack
    ctypes.string_at(0)


def _die_on(marker: str, how):
    real = runner.read_source

    def reading(source):
        if source.path.endswith(marker):
            how()
        return real(source)
    return reading


@pytest.mark.parametrize(("how", "cause"), [
    pytest.param(lambda: os.kill(os.getpid(), signal.SIGKILL), "SIGKILL: out of memory, or kill -9", id="kill-9"),
    pytest.param(lambda: _segfault(), "SIGSEGV, a segmentation fault", id="segfault"),
    pytest.param(lambda: os._exit(3), "exited with status 3", id="exit"),
])
def test_a_worker_that_dies_costs_only_the_file_that_killed_it(tmp_path, monkeypatch, how, cause):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(40):
        os.link(seeds[i % len(seeds)], folder / f"{i:02d}.txt")
    os.link(seeds[0], folder / "17-die.txt")
    monkeypatch.setattr(runner, "CHUNK_SIZE", 8)
    monkeypatch.setattr(runner, "read_source", _die_on("17-die.txt", how))  # forked workers inherit it
    monkeypatch.setattr(runner, "_clean_context", lambda: None)  # forked, not started clean
    docs = _run([folder], tmp_path / "out", jobs=2)
    assert len(docs) == 41
    assert {doc_id for doc_id, row in docs.items() if row["status"] != "ok"} == {"17-die.txt"}
    row = docs["17-die.txt"]
    assert row["status"] == "error" and cause in row["reason"] and row["size_bytes"] is None
    assert row["reason"].startswith("the worker process that held this file died")
    claims = (tmp_path / "out" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(claims) == sum(r["n_claims"] for r in docs.values()) > 0  # the files run again kept their claims


def test_the_pool_runs_on_after_a_death_and_finished_work_is_kept(monkeypatch):
    from extractor.runner import open_engine

    engine = open_engine("local", jobs=2)
    try:
        got = list(engine.map(_square_or_die, range(12), failed=lambda item, err: ("lost", item, str(err))))
        assert got == [i * i if i != 5 else ("lost", 5, got[5][2]) for i in range(12)]
        assert "SIGKILL" in got[5][2]
        assert list(engine.map(abs, [-1, -2], failed=None)) == [1, 2]  # the new pool serves the next phase
    finally:
        engine.close()


def _square_or_die(i: int) -> int:
    if i == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return i * i


# Workers follow the main process.

_PARENT = """
import os, sys, time
sys.path.insert(0, {root!r})
from extractor import runner
from tests.test_faults import _slow_pid as pid  # a clean worker cannot find what a script defines

{start}
print(*pids, flush=True)
time.sleep(120)
"""
#: The pool's workers (forked from the main process), and the processes beside them (the DuckDB file, the
#: report: started by a fork server, so they are not the main process's children).
_WORKERS = {
    "pool": 'engine = runner.open_engine("local", jobs=2)\npids = set(engine.map(pid, range(8), failed=None))',
    "clean": "runner.start_clean()\naside = runner._aside(2)\npids = {f.result() for f in [aside.submit(pid, i) "
             "for i in range(8)]}",
}


def _slow_pid(_) -> int:
    time.sleep(0.2)
    return os.getpid()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("workers", sorted(_WORKERS))
def test_workers_exit_when_the_main_process_is_killed(tmp_path, workers):
    script = _PARENT.format(root=str(ROOT), start=_WORKERS[workers])
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        pids = [int(p) for p in parent.stdout.readline().split()]
        assert pids and all(_alive(p) for p in pids)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


# Ctrl-C.

def _ignores_ctrl_c(_) -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_pool_workers_leave_ctrl_c_to_the_main_process():
    from extractor.runner import open_engine

    engine = open_engine("local", jobs=2)
    try:
        assert set(engine.map(_ignores_ctrl_c, range(4), failed=None)) == {True}
    finally:
        engine.close()

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_ends_the_run_with_one_line_and_code_130(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(3000):
        os.link(seeds[i % len(seeds)], folder / f"{i:04d}.txt")
    run = subprocess.Popen([sys.executable, "-m", "extractor", "run", str(folder), "--out", str(tmp_path / "out"),
                            "--jobs", "2", "--no-progress", "--no-report", "--no-db"], stderr=subprocess.PIPE,
                           text=True, start_new_session=True, cwd=ROOT)
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(children.read_text().split()) < 2:
        time.sleep(0.1)
    time.sleep(0.5)
    os.killpg(run.pid, signal.SIGINT)  # what the terminal does: the whole process group gets it
    try:
        _, err = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 130
    assert err.strip().count("\n") == 0 and "interrupted" in err and "Traceback" not in err
