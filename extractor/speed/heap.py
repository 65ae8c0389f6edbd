"""How an extracting process's C heap hands memory back to the kernel.

glibc's `malloc` gives freed memory at the top of its heap back to the kernel as soon as more than
128 KiB of it is free, and asks for it again when the next release needs it. Extraction allocates and
frees a few megabytes per chunk of files, so a process did that over and over: 42,000 page faults per
2,000 releases, each one a fresh page the kernel zeroes first (about 166 MB of zeroing, through the
caches the two processes of `--jobs 2` share). Keeping `HEAP_TOP_PAD` bytes at the top of the heap
(glibc's `M_TOP_PAD`, set with `mallopt`) leaves about 1,000 (README, "Performance").

Only glibc has this setting; elsewhere `keep_freed_memory` does nothing. It also does nothing when the
environment already tunes glibc's allocator (`MALLOC_TOP_PAD_`, `MALLOC_TRIM_THRESHOLD_`,
`GLIBC_TUNABLES`): a Dask nanny, for one, sets `MALLOC_TRIM_THRESHOLD_` in its workers so that
freed memory goes back at once and the worker's memory as the nanny sees it stays true.
"""
from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Mapping, MutableMapping

log = logging.getLogger(__name__)

#: Freed bytes a process keeps at the top of its heap (glibc's default: 128 KiB). 16 MiB removes nearly
#: all the page faults of a chunk's work (measured, 2,000 releases: 1 MiB 33,600 faults, 4 MiB 9,700,
#: 16 MiB 990, 64 MiB 960); the pages were the process's already, so its peak memory is unchanged.
HEAP_TOP_PAD = 16 * 2**20

#: Environment variable that sets the pad in bytes for extractor's processes; 0 leaves malloc as it is.
PAD_VARIABLE = "EXTRACTOR_HEAP_PAD"

#: Variables through which the environment tunes glibc's allocator itself.
GLIBC_VARIABLES = ("MALLOC_TOP_PAD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES")

_M_TOP_PAD = -2  # mallopt's parameter numbers, from glibc's malloc.h
_M_ARENA_MAX = -8
_M_MMAP_THRESHOLD = -3

#: Arenas a process's threads allocate from. glibc gives a thread that finds the main arena busy an arena of
#: its own (up to 8 per core), and memory freed in one arena serves no other: the thread that receives a
#: pool's results grew an arena of its own, a few kilobytes more per release. One arena, as Python's own
#: allocations (under the GIL) are, keeps the main process of a batch flat (measured, 1k and 20k releases:
#: 137 and 173 MB, against 162 and 229 MB with glibc's default and Arrow's own allocator; docs/performance.md).
ARENAS = 1
_applied: int | None = None  # the pad set in this process (inherited by forked workers)


def wanted_pad(environ: Mapping[str, str]) -> int:
    """The pad `environ` asks for: `PAD_VARIABLE` when set and valid, else `HEAP_TOP_PAD`; 0 when the
    environment tunes glibc's allocator itself.

    >>> wanted_pad({}), wanted_pad({"EXTRACTOR_HEAP_PAD": "0"}), wanted_pad({"MALLOC_TRIM_THRESHOLD_": "65536"})
    (16777216, 0, 0)
    """
    if any(name in environ for name in GLIBC_VARIABLES):
        return 0
    value = environ.get(PAD_VARIABLE, "").strip()
    if not value:
        return HEAP_TOP_PAD
    try:
        pad = int(value)
    except ValueError:
        pad = -1
    if not 0 <= pad < 2**31:
        log.warning("%s=%r is not a number of bytes from 0 to %d; using %d", PAD_VARIABLE, value, 2**31 - 1,
                    HEAP_TOP_PAD)
        return HEAP_TOP_PAD
    return pad


def keep_freed_memory() -> int:
    """Set this process's heap pad (`wanted_pad` of its environment) once; the pad in force afterwards,
    0 when none was set (not glibc, turned off, or left to the environment). Cheap to call again."""
    global _applied
    if _applied is None:
        pad = wanted_pad(os.environ)
        _applied = pad if pad and _mallopt(_M_TOP_PAD, pad) else 0
        if _applied:
            _mallopt(_M_ARENA_MAX, ARENAS)
    return _applied


#: Bytes from which a block is mapped apart from the heap in a process that copies an earlier run's rows
#: (`map_large_blocks`). glibc's threshold (128 KiB) rises to the size of each mapped block freed, up to 32 MiB;
#: a rerun copies the earlier rows a few MiB at a time, so after the first such block the others came from the
#: heap, which they left in pieces: copying 19,800 documents' rows grew the main process of a rerun by 68 MB
#: (measured; 12 MB with the threshold held at 256 KiB, 21 MB at 128 KiB, 39 MB at 1 MiB).
MAP_FROM = 256 * 2**10


def map_large_blocks(threshold: int = MAP_FROM) -> bool:
    """Map every block of `threshold` bytes or more apart from the heap, given back when freed (glibc's
    `M_MMAP_THRESHOLD`, which then stays where it is set); whether it was set. Left alone when the
    environment tunes glibc's allocator itself (`GLIBC_VARIABLES`) or turned the pad off."""
    return wanted_pad(os.environ) > 0 and _mallopt(_M_MMAP_THRESHOLD, threshold)


#: The variable through which Arrow's C++ library takes its allocator, read once, when pyarrow loads.
ARROW_POOL_VARIABLE = "ARROW_DEFAULT_MEMORY_POOL"


def arrow_on_malloc(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Have Arrow take its buffers from the C library's `malloc` (with the pad and arenas above) rather than
    from the allocator it bundles (mimalloc or jemalloc), which keeps the pages of freed buffers in heaps of
    each thread: the main process of a batch, whose threads receive every chunk's Arrow batches, kept some of
    each (measured, 20k releases: 229 MB against 173 MB with both settings; docs/performance.md). Arrow reads
    the choice when it loads, so this is for the start of a command, before pyarrow is imported; whether it
    was made. Left alone when the environment chooses (`ARROW_POOL_VARIABLE`)."""
    if "pyarrow" in sys.modules or ARROW_POOL_VARIABLE in environ:
        return False
    environ[ARROW_POOL_VARIABLE] = "system"
    return True


def glibc() -> bool:
    """Whether this process runs on glibc, the C library whose allocator the pad is for."""
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (AttributeError, ValueError, OSError):  # not a POSIX system, or not one that names its C library
        return False


def _mallopt(param: int, value: int) -> bool:
    if not glibc():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt(param, value) == 1
