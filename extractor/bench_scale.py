"""`extractor bench --scale`: the default command on synthetic batches of 1k to 200k releases.

For each size a batch is written once, file by file (building 200k releases never holds them in
memory), varied from the bundled releases of `corpora/`: companies (names and listings; one for every
`PER_COMPANY` releases, so that a company holds as many releases in a batch of any size), figures,
years and the languages taking turns; a share of it (`COPIES`, a fifth) are syndicated copies, a
recent release again under another file name with small edits (an outlet's line added, now and then
its last paragraph cut), as scraped news folders hold them. On that batch it measures, each run in a
fresh process:

- the default command, `extractor run BATCH --out OUT --jobs N` (tables, DuckDB file and report), for
  each `--jobs` value: documents/s and MB/s of the run (imports, about a second once per command, are
  timed apart and printed on a line of their own);
- the floor, spaCy tokenisation alone of the same texts (`bench._TOKENIZE`), right after the first run;
- the peak memory of the command's main process and of each of its workers: the process tree is sampled
  while it runs (`psutil`), each process's high-water mark read from /proc (VmHWM) where there is one;
- an incremental run: 1% of the files edited in place (`CHANGED`), the command run again into the OUT of
  the largest `--jobs` value, and its time as a share of that full run's; its summary line says how many
  files were read again, which must be the edited ones.

It prints one table, a row per size, and what the figures say against the scale targets (memory flat
and under 500 MB, `--jobs 2` at 1.85x `--jobs 1`, a 1% rerun under 10% of a full run, the pipeline at
most 1.2x tokenisation), and can write the same as JSON.
"""
from __future__ import annotations

import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import regex

from extractor import lang as languages
from extractor.bench import _ENV, _SYLLABLES, ROOT, _measure, _templates, _TOKENIZE, company_name, vary_percentages
from extractor.companies import RE_LISTING
from extractor.errors import EnvironmentFailure, UsageError

#: Share of a batch that are syndicated copies of a recent release.
COPIES = 0.2
#: Share of a batch's files edited before the incremental run.
CHANGED = 0.01
#: Recent releases a syndicated copy is taken from (all a batch keeps in memory while it is written).
RECENT = 64
#: Releases of one made-up company in a batch, on average.
PER_COMPANY = 20
#: Files per folder of a batch (`en/0003/0003141-name.txt`): scraped folders are split by day or source.
PER_FOLDER = 1000
#: Seconds between two looks at the memory of a running command.
SAMPLE_INTERVAL = 0.05

_RE_SIZE = re.compile(r"(\d+(?:\.\d+)?)([km]?)", re.IGNORECASE)
# A figure of two or three digits, with one or two decimals or none, standing alone (not part of a
# longer number, a date like 12.3.2024, a word or a code like CO2): from 32 up, varied within 0.7-1.4x.
_RE_FIGURE = regex.compile(r"(?<![\p{L}\p{N}.,/])(\d{2,3})(?:[.,](\d{1,2}))?(?![\p{L}\p{N}]|[.,/]\p{N}|\s?%)")
# A year, Gregorian or Buddhist era (Thai releases): shifted by the same few years throughout a release.
_RE_YEAR = regex.compile(r"(?<![\p{N}.,])(?:19[6-9]\d|20\d\d|25[4-9]\d)(?![\p{N}]|[.,]\p{N})")


def parse_sizes(text: str) -> list[int]:
    """Batch sizes from `1k,20k,200k` (k a thousand, m a million; plain numbers are releases)."""
    sizes = []
    for part in text.split(","):
        found = _RE_SIZE.fullmatch(part.strip())
        value = float(found.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[found.group(2).lower()] if found else 0
        if value < 1 or value != int(value):
            raise UsageError(f"--scale: {part.strip()!r} is not a number of releases (examples: 500, 1k, 20k, 200k)")
        sizes.append(int(value))
    return sizes


# --- the batch ---------------------------------------------------------------------------------------


@dataclass
class Batch:
    """A batch written to disk: its folder, files, bytes, how many are syndicated copies, and the seconds
    it took to write."""

    folder: Path
    files: int
    bytes: int
    copies: int
    seconds: float


@dataclass(frozen=True)
class Template:
    """A bundled release a batch is varied from: the names and listings of its company (to be replaced by a
    made-up company's), and its group: the templates of one company (a release and its translations)."""

    name: str
    lang: str
    text: str
    names: tuple[str, ...]
    group: int


def templates() -> list[Template]:
    """The bundled releases (`bench._templates`, languages in turns) with their companies' names, grouped
    by company: by its first listing, else by its name."""
    from extractor.companies import find_company

    groups: dict[str, int] = {}
    found = []
    placeholder = made_up(0)[0]
    for name, lang, text, subject in _templates():
        names = _names(text, subject)
        if any(placeholder not in n for n in find_company(_replaced(text, names, placeholder)).names):
            continue  # a company known by what is no name ("CO2e"): its releases would be one company in any batch
        listed = find_company(text).listings
        key = listed[0] if listed else subject.casefold()
        found.append(Template(name, lang, text, names, groups.setdefault(key, len(groups))))
    return found


def _names(text: str, subject: str) -> tuple[str, ...]:
    """The names of the company of `text`, longest first: its subject, and each name `find_company` reads
    once those found so far are replaced (a short name, "Brightwater's", shows once the full one is gone).
    A name with a digit ("CO2e" read as one) is left alone."""
    from extractor.companies import find_company

    placeholder = made_up(0)[0]
    names = {subject}
    for _ in range(4):
        read = find_company(_replaced(text, names, placeholder)).names
        new = {n for n in read if placeholder not in n and not any(c.isdigit() for c in n)} - names
        if not new:
            break
        names |= new
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _replaced(text: str, names: set[str] | tuple[str, ...], name: str) -> str:
    for old in sorted(names, key=lambda n: (-len(n), n)):
        text = text.replace(old, name)
    return text


def made_up(k: int) -> tuple[str, str]:
    """The name and the ticker of the `k`th made-up company, other for every `k`."""
    syllables, letters = [], []
    rest = k
    while rest or len(syllables) < 3:
        rest, digit = divmod(rest, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    rest = k
    while rest or len(letters) < 3:
        rest, digit = divmod(rest, 26)
        letters.append(chr(ord("A") + digit))
    return "".join(syllables).capitalize(), "".join(letters)


def as_company(template: Template, k: int) -> str:
    """The template's text with its company's names and listings those of the `k`th made-up company."""
    name, ticker = made_up(k)

    def listing(m: regex.Match) -> str:
        part = "tk" if m.group("tk") else "tk2"
        new = str(1000 + k) if m.group(part).isdigit() else ticker
        return m.group()[: m.start(part) - m.start()] + new + m.group()[m.end(part) - m.start():]

    return _replaced(RE_LISTING.sub(listing, template.text), template.names, name)


class _Releases:
    """The releases of a batch of `n_docs`, one at a time: originals varied from a bundled template, and
    every so often (`copies` of them) a syndicated copy of one of the last `RECENT` originals.

    An original is given a made-up company: the batch holds one for every `PER_COMPANY` releases, so that a
    company's releases (and the checks across them) are as many in a batch of any size. Each pass over the
    templates gives each group of them (a company's release and its translations) one company."""

    def __init__(self, n_docs: int, seed: int, copies: float, bundled: list[Template] | None = None) -> None:
        import random

        self.rng = random.Random(seed)
        self.templates = bundled or templates()
        self.groups = 1 + max(t.group for t in self.templates)
        self.companies = max(1, math.ceil(n_docs / PER_COMPANY))
        self.copies = copies
        self.recent: deque[tuple[str, str, str]] = deque(maxlen=RECENT)

    def is_copy(self, i: int) -> bool:
        """Exactly `copies` of every run of releases are copies, spread evenly (never the first)."""
        return bool(self.recent) and math.floor((i + 1) * self.copies) > math.floor(i * self.copies)

    def company_of(self, i: int) -> int:
        """The made-up company of the `i`th release, were it an original."""
        template = self.templates[i % len(self.templates)]
        return ((i // len(self.templates)) * self.groups + template.group) % self.companies

    def release(self, i: int) -> tuple[str, str]:
        """(relative path, text) of the `i`th release."""
        if self.is_copy(i):
            lang, name, text = self.rng.choice(self.recent)
            outlet = company_name(self.rng)
            return _path(i, lang, f"{name}-{outlet.lower()}"), syndicated(text, outlet, cut=self.rng.random() < 0.5)
        template = self.templates[i % len(self.templates)]
        body = vary(as_company(template, self.company_of(i)), template.lang, self.rng)
        self.recent.append((template.lang, template.name, body))
        return _path(i, template.lang, template.name), body


def _path(i: int, lang: str, name: str) -> str:
    return f"{lang}/{i // PER_FOLDER:04d}/{i:07d}-{name}.txt"


def vary(text: str, lang: str, rng) -> str:
    """`text` with its percentages and other figures varied and its years shifted by one to three years
    either way (or not), all in the language's own decimal separator."""
    sep = languages.get(lang).decimal_sep
    shift = rng.choice((-3, -2, -1, 0, 1, 2, 3))

    def figure(m: regex.Match) -> str:
        if int(m.group(1)) < 32:  # a day of the month, a count of years: kept
            return m.group()
        decimals = len(m.group(2) or "")
        value = min(float(f"{m.group(1)}.{m.group(2) or 0}") * rng.uniform(0.7, 1.4), 999)
        return f"{value:.{decimals}f}".replace(".", sep)

    text = _RE_YEAR.sub(lambda m: str(int(m.group()) + shift), _RE_FIGURE.sub(figure, text))
    return vary_percentages(text, sep, rng)


def syndicated(text: str, outlet: str, *, cut: bool) -> str:
    """A syndicated copy of `text`: the outlet's line added at the end, and with `cut` its last paragraph
    left out (outlets shorten releases), where it has four or more."""
    paragraphs = text.rstrip().split("\n\n")
    if cut and len(paragraphs) >= 4:
        paragraphs = paragraphs[:-1]
    return "\n\n".join(paragraphs) + f"\n\n— {outlet}\n"


def build_batch(folder: Path, n_docs: int, *, seed: int = 0, copies: float = COPIES) -> Batch:
    """Write `n_docs` releases into `folder` (`copies` of them syndicated copies), one file at a time."""
    started = time.perf_counter()
    releases = _Releases(n_docs, seed, copies)
    total = n_copies = 0
    for i in range(n_docs):
        n_copies += releases.is_copy(i)
        rel, text = releases.release(i)
        out = folder / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        raw = text.encode("utf-8")
        out.write_bytes(raw)
        total += len(raw)
    return Batch(folder, n_docs, total, n_copies, time.perf_counter() - started)


def edit_files(folder: Path, share: float = CHANGED, *, seed: int = 1) -> list[Path]:
    """Edit `share` of the files under `folder` in place (every 1/share-th in path order, at least one): a
    correction, its figures varied again and a line added. Returns the files edited."""
    import random

    rng = random.Random(seed)
    files = sorted(p for p in folder.rglob("*.txt"))
    chosen = files[:: max(1, round(1 / share))]
    for path in chosen:
        lang = path.relative_to(folder).parts[0]
        text = vary(path.read_text(encoding="utf-8"), lang, rng)
        path.write_text(syndicated(text, company_name(rng), cut=False), encoding="utf-8")
    return chosen


# --- one command, watched ----------------------------------------------------------------------------

# The default command, as `extractor run` runs it, with the imports it pays timed apart.
_COMMAND = """
import json, sys, time
started = time.perf_counter()
import duckdb, pandas, pyarrow.parquet
import extractor.cli, extractor.runner, extractor.output.database, extractor.output.report
imported = time.perf_counter()
code = extractor.cli.main(["run", *sys.argv[1:]])
print(json.dumps({"code": code, "imports": imported - started, "seconds": time.perf_counter() - imported}))
"""
_RE_RERUN = re.compile(r"(\d+) unchanged.*?(\d+) changed.*?(\d+) new.*?(\d+) removed")


@dataclass
class Peaks:
    """Peak resident memory (KiB) of a process and of the processes it started, by pid."""

    pid: int
    main_kb: int = 0
    workers_kb: dict[int, int] | None = None

    def sample(self) -> None:
        """Look at the process tree once: each process's peak so far."""
        import psutil

        try:
            root = psutil.Process(self.pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:  # ended since the last look
            return
        workers = self.workers_kb if self.workers_kb is not None else {}
        for proc in tree:
            kb = _peak_kb(proc)
            if proc.pid == self.pid:
                self.main_kb = max(self.main_kb, kb)
            elif kb:
                workers[proc.pid] = max(workers.get(proc.pid, 0), kb)
        self.workers_kb = workers

    @property
    def worker_kb(self) -> int:
        return max((self.workers_kb or {}).values(), default=0)


def _peak_kb(proc) -> int:
    """The process's high-water mark of resident memory (VmHWM, Linux), else its resident memory now; 0 once
    it has ended."""
    import psutil

    try:
        with open(f"/proc/{proc.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        return proc.memory_info().rss // 1024
    except psutil.Error:
        return 0


def watch(argv: list[str], *, interval: float = SAMPLE_INTERVAL) -> tuple[int, str, str, Peaks]:
    """Run `argv` (in the project's folder, PyThaiNLP offline) and sample its memory until it ends:
    (exit code, stdout, stderr, peaks)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, text=True, env={**os.environ, **_ENV}, cwd=ROOT)
        peaks = Peaks(proc.pid)
        try:
            while proc.poll() is None:
                peaks.sample()
                try:
                    proc.wait(timeout=interval)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            if proc.poll() is None:  # interrupted: the command goes too
                proc.kill()
                proc.wait()
        out.seek(0)
        err.seek(0)
        return proc.returncode, out.read(), err.read(), peaks


def run_command(batch: Path, out: Path, jobs: int) -> dict:
    """`extractor run BATCH --out OUT --jobs N` in a fresh process, watched: seconds (without imports),
    imports, exit code, peak memory of the main process and of its workers (MB), and what a rerun kept."""
    code, stdout, stderr, peaks = watch([sys.executable, "-c", _COMMAND, str(batch), "--out", str(out),
                                         "--jobs", str(jobs)])
    lines = stdout.strip().splitlines()
    if code != 0 or not lines or not lines[-1].startswith("{"):
        why = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit code {code}"
        raise EnvironmentFailure(f"bench: extractor run {batch} --jobs {jobs} failed: {why}")
    done = json.loads(lines[-1])
    if done["code"] not in (0, 1):
        raise EnvironmentFailure(f"bench: extractor run {batch} --jobs {jobs} exited with {done['code']}: "
                                 f"{stderr.strip().splitlines()[-1] if stderr.strip() else 'no message'}")
    rerun = _RE_RERUN.search(stdout)
    return {"jobs": jobs, "seconds": done["seconds"], "imports": done["imports"], "exit_code": done["code"],
            "rss_main_mb": peaks.main_kb / 1024, "rss_worker_mb": peaks.worker_kb / 1024,
            "workers": len(peaks.workers_kb or {}),
            "rerun": dict(zip(("unchanged", "changed", "new", "removed"), map(int, rerun.groups())))
            if rerun else None}


# --- a size, and the whole scale run -----------------------------------------------------------------


def measure_size(n_docs: int, jobs: list[int], work: Path, *, say: Callable[[str], None]) -> dict:
    """Build a batch of `n_docs` in `work` and measure it: a row of the table (see `scale`)."""
    batch = build_batch(work / "batch", n_docs)
    say(f"{n_docs:,} releases: batch written ({batch.bytes / 1e6:.1f} MB, {batch.copies:,} syndicated copies) "
        f"in {batch.seconds:.0f} s")
    runs: dict[int, dict] = {}
    floor = None
    for j in jobs:
        runs[j] = run_command(work / "batch", work / f"out{j}", j)
        say(f"{n_docs:,} releases: --jobs {j} {runs[j]['seconds']:.1f} s")
        if floor is None:  # the floor right after the first run: the pair shares whatever the machine is doing
            floor = _measure(_TOKENIZE, str(work / "batch"))
            say(f"{n_docs:,} releases: tokenisation alone {floor['seconds']:.1f} s")
    for j in jobs[:-1]:  # only the last OUT is run again
        shutil.rmtree(work / f"out{j}", ignore_errors=True)
    edited = edit_files(work / "batch")
    again = run_command(work / "batch", work / f"out{jobs[-1]}", jobs[-1])
    say(f"{n_docs:,} releases: {len(edited)} files edited, rerun --jobs {jobs[-1]} {again['seconds']:.1f} s")
    return _row(batch, runs, floor, again, len(edited))


def _row(batch: Batch, runs: dict[int, dict], floor: dict, again: dict, edited: int) -> dict:
    first, last = runs[min(runs)], runs[max(runs)]
    every = [*runs.values(), again]
    return {
        "releases": batch.files, "bytes": batch.bytes, "copies": batch.copies, "build_seconds": batch.seconds,
        "runs": {str(j): r for j, r in runs.items()},
        "floor_seconds": floor["seconds"],
        "pipeline_over_floor": first["seconds"] / floor["seconds"],
        "speedup": first["seconds"] / last["seconds"] if len(runs) > 1 else None,
        "rss_main_mb": max(r["rss_main_mb"] for r in every),
        "rss_worker_mb": max(r["rss_worker_mb"] for r in every),
        "incremental": {**again, "edited": edited, "share": again["seconds"] / last["seconds"]},
    }


def scale(sizes: list[int], jobs: list[int], *, keep: Path | None = None, json_path: Path | None = None,
          say: Callable[[str], None] = lambda line: None) -> tuple[str, dict]:
    """Measure the default command on a batch of each size; the report (text) and the figures (the JSON
    written to `json_path`). `keep`: a folder where each size's batch is kept (`keep/<size>/`)."""
    if not sizes or any(n < 1 for n in sizes):
        raise UsageError("--scale needs sizes of 1 release or more")
    _psutil()
    if json_path and not json_path.parent.is_dir():
        raise UsageError(f"--json: folder {str(json_path.parent)!r} does not exist")
    jobs = sorted(set(jobs))
    rows: list[dict] = []
    for n_docs in sizes:
        with tempfile.TemporaryDirectory(prefix=f"extractor-scale-{n_docs}-") as tmp:
            rows.append(measure_size(n_docs, jobs, Path(tmp), say=say))
            if keep:
                shutil.rmtree(keep / str(n_docs), ignore_errors=True)
                shutil.move(str(Path(tmp) / "batch"), keep / str(n_docs))
        figures = _figures(rows, jobs, complete=len(rows) == len(sizes))
        if json_path:  # after each size: a long run cut short keeps the sizes it measured
            _write_json(json_path, figures)
    return report(figures), figures


def _figures(rows: list[dict], jobs: list[int], *, complete: bool) -> dict:
    return {"command": "extractor run BATCH --out OUT --jobs N", "machine": machine(), "jobs": jobs,
            "copies": COPIES, "changed": CHANGED, "complete": complete, "rows": rows, "targets": targets(rows)}


def _write_json(path: Path, figures: dict) -> None:
    try:
        path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise EnvironmentFailure(f"--json: cannot write {path}: {err.strerror or err}") from err


def _psutil():
    """psutil, which watches the command's processes (the bench extra); a one-line error without it."""
    try:
        import psutil
    except ImportError as err:
        raise EnvironmentFailure("bench --scale needs psutil: pip install 'extractor[bench]'") from err
    return psutil


def machine() -> dict:
    psutil = _psutil()
    return {"cores": os.cpu_count(), "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "system": platform.system()}


# --- the report --------------------------------------------------------------------------------------


def _columns(jobs: list[int]) -> list[tuple[str, Callable[[dict], str]]]:
    """(heading, cell of a row) of each column of the table."""
    mb = lambda row: row["bytes"] / 1e6  # noqa: E731 - one line each, read as a table
    cols: list[tuple[str, Callable[[dict], str]]] = [
        ("releases", lambda row: f"{row['releases']:,}"), ("MB", lambda row: f"{mb(row):.1f}")]
    for j in jobs:
        cols += [(f"jobs {j} docs/s", lambda row, j=j: f"{row['releases'] / row['runs'][str(j)]['seconds']:.0f}"),
                 (f"jobs {j} MB/s", lambda row, j=j: f"{mb(row) / row['runs'][str(j)]['seconds']:.2f}")]
    if len(jobs) > 1:
        cols.append((f"jobs {jobs[-1]} / {jobs[0]}", lambda row: f"{row['speedup']:.2f}x"))
    return cols + [
        ("tokenise MB/s", lambda row: f"{mb(row) / row['floor_seconds']:.2f}"),
        (f"jobs {jobs[0]} / tokenise", lambda row: f"{row['pipeline_over_floor']:.2f}x"),
        ("peak main MB", lambda row: f"{row['rss_main_mb']:.0f}"),
        ("peak worker MB", lambda row: f"{row['rss_worker_mb']:.0f}" if row["rss_worker_mb"] else "-"),
        ("rerun 1% s", lambda row: f"{row['incremental']['seconds']:.1f}"),
        ("rerun / full", lambda row: f"{row['incremental']['share']:.0%}"),
        ("read again", lambda row: _read_again(row["incremental"])),
    ]


def _read_again(again: dict) -> str:
    rerun = again.get("rerun")
    return f"{rerun['changed'] + rerun['new'] if rerun else '?'} of {again['edited']}"


def table(rows: list[dict], jobs: list[int]) -> str:
    """The rows as a Markdown table, its columns padded to line up in a terminal too."""
    cols = _columns(jobs)
    cells = [[head for head, _ in cols]] + [[cell(row) for _, cell in cols] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(cols))]
    lines = ["| " + " | ".join(c.rjust(w) for c, w in zip(line, widths)) + " |" for line in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    return "\n".join(lines)


@dataclass
class Verdict:
    target: str
    measured: str
    met: bool | None  # None: not measured by this run


def targets(rows: list[dict]) -> list[dict]:
    """Issue 36's targets against `rows`."""
    verdicts = [_memory(rows, "rss_main_mb", "the main process"), _memory(rows, "rss_worker_mb", "each worker"),
                _speedup(rows),
                _each(rows, "an incremental run with 1% of files changed under 10% of a full run",
                      lambda row: row["incremental"]["share"], lambda v: v < 0.10, "{:.0%}"),
                _each(rows, "the pipeline at most 1.2x spaCy tokenisation alone",
                      lambda row: row["pipeline_over_floor"], lambda v: v <= 1.2, "{:.2f}x")]
    return [asdict(v) for v in verdicts]


def _memory(rows: list[dict], key: str, who: str) -> Verdict:
    peaks = [row[key] for row in rows if row[key]]
    target = f"peak memory of {who} flat across sizes (within 20%) and under 500 MB"
    if not peaks:
        return Verdict(target, "no worker process ran", None)
    measured = ", ".join(f"{p:.0f}" for p in peaks) + " MB"
    if len(peaks) < 2:
        return Verdict(target, measured + "; one size: flatness not measured", None if max(peaks) < 500 else False)
    growth = max(peaks) / min(peaks) - 1
    return Verdict(target, measured + f" (+{growth:.0%} from least to most)", growth <= 0.20 and max(peaks) < 500)


def _speedup(rows: list[dict]) -> Verdict:
    target = "--jobs 2 at 1.85x --jobs 1 or more on 20k releases"
    at = [row for row in rows if row["speedup"] is not None and "1" in row["runs"] and "2" in row["runs"]]
    if not at:
        return Verdict(target, "not measured (needs --jobs 1 2)", None)
    measured = ", ".join(f"{row['speedup']:.2f}x at {row['releases']:,}" for row in at)
    big = [row["speedup"] for row in at if row["releases"] >= 20_000]
    return Verdict(target, measured + ("" if big else "; no size of 20k or more"), all(s >= 1.85 for s in big)
                   if big else None)


def _each(rows: list[dict], target: str, value: Callable[[dict], float], ok: Callable[[float], bool],
          fmt: str) -> Verdict:
    measured = ", ".join(f"{fmt.format(value(row))} at {row['releases']:,}" for row in rows)
    return Verdict(target, measured, all(ok(value(row)) for row in rows))


def report(figures: dict) -> str:
    rows, jobs, box = figures["rows"], figures["jobs"], figures["machine"]
    imports = [r["imports"] for row in rows for r in [*row["runs"].values(), row["incremental"]]]
    lines = [
        f"scale: the default command, {figures['command']} (tables, DuckDB file and report), a fresh process "
        f"per run, one run of each",
        f"batches varied from corpora/ (a made-up company for every {PER_COMPANY} releases, figures, years; en, nl "
        f"and th in turns), {figures['copies']:.0%} of them syndicated copies under other names",
        f"machine: {box['cores']} cores, {box['memory_gib']} GiB, Python {box['python']}: on a shared machine the "
        f"same run varies by 10-40%",
        "",
        table(rows, jobs),
        "",
        f"times leave out the command's imports ({min(imports):.1f}-{max(imports):.1f} s, paid once per command); "
        f"tokenise: spaCy tokenisation alone of the same texts, run right after --jobs {jobs[0]}",
        "peak MB: the highest resident memory (VmHWM) of the main process and of any one worker, over all the "
        "runs of that size",
        f"rerun 1%: {figures['changed']:.0%} of the files edited, the command run again into the OUT of --jobs "
        f"{jobs[-1]}; rerun / full: its time over that full run's; read again: files it extracted, of those edited",
        *_warnings(rows),
        "",
        "targets:",
    ]
    marks = {True: "met", False: "NOT met", None: "not measured"}
    lines += [f"  {marks[v['met']]:<12} {v['target']}: {v['measured']}" for v in figures["targets"]]
    return "\n".join(lines)


def _warnings(rows: list[dict]) -> list[str]:
    """Lines on what makes a row's figures other than they seem: files in error, a rerun that read again
    more (or fewer) files than were edited (the extractor's code changed between the runs, say)."""
    lines = []
    for row in rows:
        runs = [*row["runs"].values(), row["incremental"]]
        if any(r["exit_code"] == 1 for r in runs):
            lines.append(f"warning: at {row['releases']:,} some files had status error (see the run's documents table)")
        again = row["incremental"]
        rerun = again.get("rerun")
        if rerun is None or rerun["changed"] + rerun["new"] != again["edited"]:
            lines.append(f"warning: at {row['releases']:,} the rerun read again {_read_again(again)} files edited: "
                         "not an incremental run (was extractor's code changed between the runs?)")
    return lines
