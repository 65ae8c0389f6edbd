"""The heap pad of extracting processes (`extractor.speed.heap`): what the environment asks for, that the pad
keeps a process from faulting freed memory back in, and that the batch sets it where extraction runs."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.speed import heap
from extractor.speed.heap import HEAP_TOP_PAD, wanted_pad

ROOT = Path(__file__).resolve().parents[1]

PADS = [
    # (environment, pad, warned)
    ({}, HEAP_TOP_PAD, False),
    ({"EXTRACTOR_HEAP_PAD": "0"}, 0, False),
    ({"EXTRACTOR_HEAP_PAD": "1048576"}, 1_048_576, False),
    ({"EXTRACTOR_HEAP_PAD": " 4096 "}, 4096, False),
    ({"EXTRACTOR_HEAP_PAD": ""}, HEAP_TOP_PAD, False),
    ({"EXTRACTOR_HEAP_PAD": "16M"}, HEAP_TOP_PAD, True),  # bytes only
    ({"EXTRACTOR_HEAP_PAD": "-1"}, HEAP_TOP_PAD, True),
    ({"EXTRACTOR_HEAP_PAD": str(2**31)}, HEAP_TOP_PAD, True),  # beyond what mallopt takes
    # the environment tunes glibc itself (a Dask nanny sets MALLOC_TRIM_THRESHOLD_ in its workers): left alone
    ({"MALLOC_TRIM_THRESHOLD_": "65536"}, 0, False),
    ({"MALLOC_TOP_PAD_": "131072"}, 0, False),
    ({"GLIBC_TUNABLES": "glibc.malloc.trim_threshold=0"}, 0, False),
    ({"MALLOC_TRIM_THRESHOLD_": "65536", "EXTRACTOR_HEAP_PAD": "1048576"}, 0, False),
]


@pytest.mark.parametrize("environ, pad, warned", PADS)
def test_the_pad_is_what_the_environment_asks_for(environ, pad, warned, caplog):
    with caplog.at_level(logging.WARNING, logger="extractor.speed.heap"):
        assert wanted_pad(environ) == pad
    assert bool(caplog.records) is warned
    if warned:
        assert "EXTRACTOR_HEAP_PAD" in caplog.text and "number of bytes" in caplog.text


# Frees 4 MB at the top of the heap and allocates it again, 20 times, counting the pages the kernel
# had to hand back (and zero) meanwhile.
_CYCLES = """
import resource
from extractor.speed.heap import keep_freed_memory

pad = keep_freed_memory()
def cycle():
    blocks = [bytes(4000) for _ in range(1000)]  # larger than pymalloc's blocks: glibc's heap
    del blocks
cycle()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    cycle()
print(pad, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(pad: str) -> tuple[int, int]:
    env = {k: v for k, v in os.environ.items() if k not in heap.GLIBC_VARIABLES} | {"EXTRACTOR_HEAP_PAD": pad}
    done = subprocess.run([sys.executable, "-c", _CYCLES], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    applied, faults = done.stdout.split()
    return int(applied), int(faults)


@pytest.mark.skipif(not heap.glibc(), reason="the heap pad is glibc's")
def test_with_the_pad_freed_memory_is_reused_instead_of_faulted_back_in():
    without, faults_without = _faults("0")
    with_pad, faults_with = _faults(str(HEAP_TOP_PAD))
    assert (without, with_pad) == (0, HEAP_TOP_PAD)
    assert faults_without > 5000  # ~1,000 pages a cycle given back and faulted in again
    assert faults_with < faults_without / 10


def test_a_chunk_sets_the_pad_of_the_process_it_runs_in(monkeypatch):
    """A Dask worker is a process of its own: its first chunk sets the pad there."""
    from extractor import runner
    from extractor.ingest import walk

    calls = []
    monkeypatch.setattr(runner, "keep_freed_memory", lambda: calls.append("pad"))
    runner._process_chunk(list(walk([str(ROOT / "corpora" / "seeds")]))[:1])
    assert calls == ["pad"]


def test_a_run_sets_the_pad_before_its_engine_forks_the_workers(monkeypatch, tmp_path):
    from extractor import runner

    calls = []
    real = runner.open_engine
    monkeypatch.setattr(runner, "keep_freed_memory", lambda: calls.append("pad"))
    monkeypatch.setattr(runner, "open_engine", lambda *a, **k: calls.append("engine") or real(*a, **k))
    runner.run([str(ROOT / "corpora" / "seeds")], tmp_path / "out", jobs=1, progress=False, report=False,
               database=False)
    assert calls[:2] == ["pad", "engine"]



_POOL = """
import sys
from extractor.cli import main
try:
    main(["--version"])
except SystemExit:
    pass
import pyarrow as pa
print(pa.default_memory_pool().backend_name)
"""


@pytest.mark.parametrize("chosen, backend", [
    (None, "system"),  # the command's Arrow buffers from malloc, with its pad and arenas
    ("mimalloc", "mimalloc"),  # the environment chose: left alone
])
def test_the_command_has_arrow_allocate_from_malloc_unless_the_environment_chooses(chosen, backend):
    env = {k: v for k, v in os.environ.items() if k != heap.ARROW_POOL_VARIABLE}
    if chosen:
        env[heap.ARROW_POOL_VARIABLE] = chosen
    done = subprocess.run([sys.executable, "-c", _POOL], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == backend


def test_arrow_is_left_alone_once_loaded():
    assert "pyarrow" in sys.modules or __import__("pyarrow")
    environ: dict[str, str] = {}
    assert heap.arrow_on_malloc(environ) is False and environ == {}


# Frees a 4 MB block glibc mapped apart, then asks for 2 MB: whether that block is mapped apart too (what
# mallinfo2 counts in hblkhd) or taken from the heap.
_MAPPED = """
import ctypes, sys
from extractor.speed.heap import map_large_blocks

class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

mallinfo2 = ctypes.CDLL(None).mallinfo2
mallinfo2.restype = Info
held = map_large_blocks() if sys.argv[1] == "held" else False
first = bytearray(4 << 20)
del first
again = bytearray(2 << 20)
print(held, mallinfo2().hblkhd >= 2 << 20)
"""


@pytest.mark.skipif(not heap.glibc(), reason="the threshold is glibc's")
@pytest.mark.parametrize("how, expected", [("held", "True True"), ("glibc", "False False")])
def test_with_the_threshold_held_a_large_block_is_mapped_apart_after_a_larger_one_was_freed(how, expected):
    """glibc raises its threshold to the size of a mapped block freed, and the next large block comes from the
    heap (`heap.MAP_FROM`); held, it is mapped apart and given back when freed."""
    env = {k: v for k, v in os.environ.items() if k not in heap.GLIBC_VARIABLES}
    done = subprocess.run([sys.executable, "-c", _MAPPED, how], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == expected.split()
