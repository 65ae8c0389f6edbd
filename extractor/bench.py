"""`extractor bench`: speed and memory of the pipeline against its floor and a peer, on the same texts.

It builds a corpus of N releases from the bundled sample corpus (companies,
figures and dates varied; languages kept) in a temporary folder, then measures
in fresh processes, so that each figure includes what a user pays:

- the pipeline (`extractor run`) with each `--jobs` value: documents/s, MB/s, peak RSS;
- the floor: spaCy tokenisation alone of the same texts (blank pipelines; PyThaiNLP for Thai);
- the peer: `dateparser.search_dates` alone over a sample of the same texts;
- the heap pad its processes kept (`extractor.speed.heap`; `EXTRACTOR_HEAP_PAD=0` times glibc's default);
- with `--jobs 1` and `2` both given: the machine's own ceiling for two processes, two single-process
  pipelines run side by side on half the corpus each (nothing shared, handed over or merged), and how
  much of it `--jobs 2` reached. On a shared machine two busy cores rarely give twice one core's speed,
  and this tells the pool's own cost from the machine's.
- beside it, the cores alone: a loop of integer arithmetic in one process, then in two halves side by
  side. It shares no memory worth the name and reads nothing, so what it loses in two processes is the
  machine's doing (a neighbour busy on the host, two virtual cores that share one physical core), not
  the pipeline's.

With `--repeat N` the pipeline and the floor are timed N times each, in turns, and the fastest run of
each is reported (the highest peak memory of any run): figures steadier on a shared machine. Each
single-process run is followed at once by a floor run, and the ratios of these pairs are reported too
(median and range), as are those of the single- and two-process runs of each turn: a slow spell of
the machine slows both runs of a pair.

Timings exclude interpreter start-up and imports, which a batch pays once (pandas among them:
pyarrow imports it on its first conversion of rows, about 0.3 s), and the optional outputs
(report, DuckDB file): the pipeline figure is extraction, checks and the Parquet/JSONL tables.
Both the pipeline and the floor are warmed up first, the floor on one text per language and the
pipeline on the bundled seed releases (its first release of a language compiles that language's
patterns, about 0.15 s in all); the pipeline's warm-up time is printed on a line of its own.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import regex

from extractor import lang as languages
from extractor.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
_RE_PERCENT = regex.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?(?=\s?%)")
_SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "tor", "sun", "bel", "dor", "nex", "ia", "qua", "zen", "mar", "tel")


def _templates() -> list[tuple[str, str, str, str]]:
    """(name, lang, text, subject) of every usable bundled release."""
    from extractor.ingest import ingest
    from extractor.runner import analyse

    found = []
    corpora = ROOT / "corpora"
    for path in sorted(p for p in corpora.rglob("*") if p.is_file()):
        try:
            ingested = ingest(path.read_bytes(), suffix=path.suffix)
            document, _ = analyse(ingested.text, ingested, doc_id=path.name)
        except Exception:  # noqa: BLE001 - skipped and broken samples are simply not templates
            continue
        if document.status == "ok" and document.subject:
            found.append((path.stem, document.lang or "", ingested.text, document.subject))
    if not found:
        raise UsageError(f"no usable releases under {corpora}")
    return _by_turns(found)


def _by_turns(found: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """`found` with the languages taking turns (each language's releases in path order), so that a corpus of
    a few releases holds every language whatever the bundled folders hold."""
    by_lang: dict[str, list] = {}
    for item in found:
        by_lang.setdefault(item[1], []).append(item)
    queues = [by_lang[lang] for lang in sorted(by_lang)]
    return [q[i] for i in range(max(map(len, queues))) for q in queues if i < len(q)]


def company_name(rng: random.Random) -> str:
    """A made-up company (or outlet) name of three syllables."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def vary_percentages(text: str, sep: str, rng: random.Random) -> str:
    """`text` with every percentage drawn again (0.5-95, one decimal, written with `sep`)."""
    return _RE_PERCENT.sub(lambda m: f"{rng.uniform(0.5, 95):.1f}".replace(".", sep), text)


def build_corpus(folder: Path, n_docs: int, *, seed: int = 0) -> tuple[int, int]:
    """Write `n_docs` varied releases into `folder`; returns (files, bytes). They are the scale mode's releases
    without syndicated copies (`bench_scale.build_batch`): a made-up company for every `PER_COMPANY` releases,
    its names and listings replaced, figures and years varied, so that the checks across a company's releases
    meet as many releases in a corpus of any size."""
    from extractor.bench_scale import build_batch

    batch = build_batch(folder, n_docs, seed=seed, copies=0.0)
    return batch.files, batch.bytes


_PIPELINE = """
import json, resource, sys, time
from pathlib import Path
import extractor, extractor.speed.heap
from extractor.runner import run
import extractor.extract, extractor.normalize.numbers, extractor.normalize.dates, extractor.checks.stories, extractor.output.write
import pandas  # pyarrow imports it on its first conversion of rows: an import, paid once
# Warm up as the floor does: the first release of each language compiles that language's patterns,
# a one-off cost that does not grow with the corpus (reported on its own line).
started = time.perf_counter()
run([sys.argv[4]], Path(sys.argv[2]) / "warm-up", jobs=1, progress=False, report=False, database=False, full=True)
warm_up = time.perf_counter() - started
if len(sys.argv) > 5:  # started with a twin: both begin when the bench says so
    print("ready", flush=True)
    sys.stdin.readline()
began = time.monotonic()  # the same clock in every process: twins' runs are compared
started = time.perf_counter()
# full: every run extracts every file (a rerun into the same folder would keep the earlier run's rows)
result = run([sys.argv[1]], Path(sys.argv[2]) / "tables", jobs=int(sys.argv[3]), progress=False, report=False,
             database=False, full=True)
seconds = time.perf_counter() - started
ended = time.monotonic()
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "docs": len(result.documents), "rss_main_kb": own, "rss_worker_kb": kids,
                  "warm_up": warm_up, "began": began, "ended": ended,
                  "heap_pad": extractor.speed.heap.keep_freed_memory()}))
"""

# The language is a file's first folder under the corpus (`en/000123-name.txt`, `en/0000/000123-name.txt`).
# Texts are read a thousand at a time, outside the timing: memory stays flat up to any corpus size.
_TOKENIZE = """
import json, sys, time
from collections import defaultdict
from pathlib import Path
import spacy
root = Path(sys.argv[1])
paths = defaultdict(list)
for path in sorted(root.rglob("*.txt")):
    paths[path.relative_to(root).parts[0]].append(path)
nlps = {lang: spacy.blank(lang) for lang in paths}
for lang, nlp in nlps.items():
    nlp(paths[lang][0].read_text(encoding="utf-8"))  # warm up (PyThaiNLP loads its dictionary on first use)
seconds = 0.0
for lang, nlp in nlps.items():
    for start in range(0, len(paths[lang]), 1000):
        texts = [path.read_text(encoding="utf-8") for path in paths[lang][start:start + 1000]]
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        seconds += time.perf_counter() - started
print(json.dumps({"seconds": seconds}))
"""

_PEER = """
import json, sys, time
from pathlib import Path
from dateparser.search import search_dates
paths = sorted(Path(sys.argv[1]).rglob("*.txt"))[: int(sys.argv[2])]
texts = [(p.parent.name, p.read_text(encoding="utf-8")) for p in paths]
search_dates(texts[0][1][:200], languages=[texts[0][0]])  # warm up
started = time.perf_counter()
for lang, text in texts:
    search_dates(text, languages=[lang])
print(json.dumps({"seconds": time.perf_counter() - started, "docs": len(texts),
                  "bytes": sum(len(t.encode()) for _, t in texts)}))
"""


_ENV = {"PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}


def _measure(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          env={**os.environ, **_ENV}, cwd=ROOT)
    return _last_line(done.returncode, done.stdout, done.stderr)


def _last_line(returncode: int, stdout: str, stderr: str) -> dict:
    if returncode != 0:
        raise RuntimeError(stderr.strip().splitlines()[-1] if stderr.strip() else "measurement failed")
    return json.loads(stdout.strip().splitlines()[-1])


def split_corpus(corpus: Path, into: Path) -> list[Path]:
    """The corpus's files dealt in turn into two folders (each half has the same mix of languages and
    templates); linked, not copied, where the file system allows."""
    halves = [into / "a", into / "b"]
    for i, path in enumerate(sorted(p for p in corpus.rglob("*") if p.is_file())):
        target = halves[i % 2] / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)
    return halves


def _side_by_side(commands: list[list[str]]) -> list[dict]:
    """Run `commands` (each `python -c SCRIPT ARGS...`, a script that prints "ready" once set up and
    then waits for a line on its standard input) side by side, all started at the same moment; returns
    each one's last line of output (JSON with "began" and "ended" on the monotonic clock)."""
    procs = [subprocess.Popen([sys.executable, "-c", *command], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, **_ENV}, cwd=ROOT)
             for command in commands]
    try:
        # All set up before any starts; one that fails says why when it is read below.
        if all(proc.stdout.readline().strip() == "ready" for proc in procs):
            for proc in procs:
                proc.stdin.write("go\n")
                proc.stdin.flush()
        runs = []
        for proc in procs:
            stdout, stderr = proc.communicate()
            runs.append(_last_line(proc.returncode, stdout, stderr))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return runs


def _span(runs: list[dict]) -> float:
    """Seconds from the first start to the last end of runs made side by side."""
    return max(r["ended"] for r in runs) - min(r["began"] for r in runs)


def _measure_twins(halves: list[Path], out: Path, seeds: Path) -> dict:
    """Two single-process pipelines, one on each half of the corpus, side by side and started at the
    same moment: the same work as `--jobs 2` with nothing shared, handed over or merged. Their time,
    from the first start to the last end, is what this machine allows two processes at the time."""
    runs = _side_by_side([[_PIPELINE, str(half), str(out / half.name), "1", str(seeds), "--on-cue"]
                          for half in halves])
    return {"seconds": _span(runs), "docs": sum(r["docs"] for r in runs),
            "rss_main_kb": max(r["rss_main_kb"] for r in runs), "rss_worker_kb": 0}


#: Steps of the arithmetic loop that measures the cores alone (about 1 s in one process here).
ARITHMETIC_STEPS = 12_000_000

_ARITHMETIC = """
import json, sys, time
def work(steps):
    total = 0
    for i in range(steps):
        total += i * i % 7
    return total
steps = int(sys.argv[1])
work(steps // 100)
if len(sys.argv) > 2:  # started with a twin: both begin when the bench says so
    print("ready", flush=True)
    sys.stdin.readline()
began = time.monotonic()
work(steps)
ended = time.monotonic()
print(json.dumps({"seconds": ended - began, "began": began, "ended": ended}))
"""


def _measure_cores(steps: int) -> tuple[dict, dict]:
    """The machine's cores alone: a loop of integer arithmetic (no memory to speak of, nothing read or
    written) run in one process, then split in two halves run side by side. One over the other is what
    the two cores give two processes that share nothing else; on a virtual machine whose host is busy,
    or runs its two cores on one physical core, it falls well below 2x."""
    one = _measure(_ARITHMETIC, str(steps))
    two = _side_by_side([[_ARITHMETIC, str(steps // 2), "--on-cue"]] * 2)
    return one, {"seconds": _span(two)}


def _seed_count() -> int:
    return sum(1 for p in (ROOT / "corpora" / "seeds").rglob("*") if p.is_file())


def _fastest(results: list[dict]) -> dict:
    """The fastest of repeated runs, with the highest peak memory any of them reached."""
    best = dict(min(results, key=lambda r: r["seconds"]))
    for key in ("rss_main_kb", "rss_worker_kb"):
        if key in best:
            best[key] = max(r[key] for r in results)
    return best


def paired_ratios(pipeline: list[float], floor: list[float]) -> tuple[float, float, float]:
    """The least, median and greatest of the ratios of each pipeline run to the floor run made right
    after it (or of each single-process run to the two-process run of the same turn). A slow spell of
    a shared machine slows both runs of a pair, so these ratios spread less than the runs themselves
    (and than the ratio of two fastest runs picked from different moments)."""
    ratios = sorted(p / f for p, f in zip(pipeline, floor, strict=True))
    return ratios[0], statistics.median(ratios), ratios[-1]


def _pairs_line(what: str, slower: list[dict], faster: list[dict]) -> str:
    low, median, high = paired_ratios([r["seconds"] for r in slower], [r["seconds"] for r in faster])
    return f"  {what}: median {median:.2f}x (from {low:.2f}x to {high:.2f}x over {len(slower)} pairs)"


def bench(n_docs: int, jobs: list[int], *, peer_docs: int = 100, keep: Path | None = None, repeat: int = 1,
          arithmetic_steps: int = ARITHMETIC_STEPS) -> str:
    """Run the benchmark and return its report (a few lines of text).

    `repeat`: time the pipeline and the floor this many times each, in turns (a slow spell of a shared
    machine then slows every figure, not one), and report the fastest run of each.
    `arithmetic_steps`: the size of the loop that measures the cores alone (`_measure_cores`), run in
    each turn beside the two-process ceiling.
    """
    if n_docs < 1:
        raise UsageError("--docs must be 1 or more")
    if repeat < 1:
        raise UsageError("--repeat must be 1 or more")
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        corpus = keep or Path(tmp) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        files, size = build_corpus(corpus, n_docs)
        mb = size / 1e6
        best = "" if repeat == 1 else f"; fastest of {repeat} runs each"
        lines = [f"corpus: {files} releases, {mb:.1f} MB (built from corpora/, {os.cpu_count()} cores{best})",
                 f"{'what':<28}{'docs/s':>9}{'MB/s':>8}{'seconds':>9}{'peak RSS':>18}"]
        timed: dict[int | str, list[dict]] = {}
        # The machine's own ceiling for two processes: only worth its time beside a --jobs 1 and 2 run.
        halves = split_corpus(corpus, Path(tmp) / "halves") if {1, 2} <= set(jobs) and files > 1 else None
        single = 1 if 1 in jobs else min(jobs)
        for _ in range(repeat):
            for j in jobs:
                timed.setdefault(j, []).append(_measure(_PIPELINE, str(corpus), str(Path(tmp) / f"out{j}"), str(j),
                                                        str(ROOT / "corpora" / "seeds")))
                if j == single:  # the floor right after: the pair shares whatever the machine is doing
                    timed.setdefault("tok", []).append(_measure(_TOKENIZE, str(corpus)))
            if halves:
                timed.setdefault("twins", []).append(_measure_twins(halves, Path(tmp) / "twins",
                                                                    ROOT / "corpora" / "seeds"))
                alone, side_by_side = _measure_cores(arithmetic_steps)
                timed.setdefault("core1", []).append(alone)
                timed.setdefault("core2", []).append(side_by_side)
        runs = {j: _fastest(timed[j]) for j in jobs}
        for j, r in runs.items():
            rss = f"{r['rss_main_kb'] / 1024:.0f} MB" + (f" / {r['rss_worker_kb'] / 1024:.0f} MB" if j > 1 else "")
            lines.append(f"{'pipeline --jobs ' + str(j):<28}{files / r['seconds']:>9.0f}{mb / r['seconds']:>8.2f}"
                         f"{r['seconds']:>9.2f}{rss:>18}")
        if halves:
            twins = _fastest(timed["twins"])
            lines.append(f"{'2 x --jobs 1, half each':<28}{files / twins['seconds']:>9.0f}{mb / twins['seconds']:>8.2f}"
                         f"{twins['seconds']:>9.2f}{twins['rss_main_kb'] / 1024:>15.0f} MB")
        pad = runs[min(runs)].get("heap_pad", 0)
        heap = f"keeps {pad / 2**20:g} MiB of freed memory" if pad else "gives freed memory back at once"
        lines.insert(1, f"each process {heap} (EXTRACTOR_HEAP_PAD)")
        warm_up = runs[min(runs)]["warm_up"]
        lines.append(f"{'  warm-up (not in the above)':<28}{'':>17}{warm_up:>9.2f}"
                     f"{'(' + str(_seed_count()) + ' seed releases)':>18}")
        tok = _fastest(timed["tok"])
        lines.append(f"{'spaCy tokenisation only':<28}{files / tok['seconds']:>9.0f}{mb / tok['seconds']:>8.2f}"
                     f"{tok['seconds']:>9.2f}")
        try:
            peer = _measure(_PEER, str(corpus), str(min(peer_docs, files)))
        except RuntimeError as err:
            peer = None
            lines.append(f"{'dateparser.search_dates':<28}  skipped ({err}; pip install 'extractor[bench]')")
        else:
            lines.append(f"{'dateparser.search_dates':<28}{peer['docs'] / peer['seconds']:>9.0f}"
                         f"{peer['bytes'] / 1e6 / peer['seconds']:>8.2f}{peer['seconds']:>9.2f}"
                         f"{'(' + str(peer['docs']) + ' docs)':>18}")
        one = runs[single]
        lines.append("")
        lines.append(f"pipeline / tokenisation time: {one['seconds'] / tok['seconds']:.2f}x (target <= 1.5x)")
        if repeat > 1:
            lines.append(_pairs_line("each run over the floor run right after it", timed[single], timed["tok"]))
        lines.append(f"single process: {mb / one['seconds']:.2f} MB/s (target >= 1 MB/s)")
        if 1 in runs and 2 in runs:
            lines.append(f"--jobs 2 / --jobs 1 throughput: {runs[1]['seconds'] / runs[2]['seconds']:.2f}x (target >= 1.7x)")
            if repeat > 1:
                lines.append(_pairs_line("each --jobs 1 run over the --jobs 2 run of its turn", timed[1], timed[2]))
        if halves:
            lines.append(f"this machine's ceiling for two processes (--jobs 1 over two --jobs 1 runs on half the "
                         f"corpus each, side by side): {runs[1]['seconds'] / twins['seconds']:.2f}x")
            if repeat > 1:
                lines.append(_pairs_line("each --jobs 1 run over the side-by-side runs of its turn", timed[1],
                                         timed["twins"]))
            lines.append(f"--jobs 2 / that ceiling: {twins['seconds'] / runs[2]['seconds']:.0%} of it")
            if repeat > 1:
                low, median, high = paired_ratios([r["seconds"] for r in timed["twins"]],
                                                  [r["seconds"] for r in timed[2]])
                lines.append(f"  each turn's side-by-side runs over its --jobs 2 run: median {median:.0%} "
                             f"(from {low:.0%} to {high:.0%} over {repeat} turns)")
            cores = _fastest(timed["core1"])["seconds"] / _fastest(timed["core2"])["seconds"]
            lines.append(f"the cores alone (a loop of integer arithmetic, in one process over two side by side on "
                         f"half the loop each): {cores:.2f}x")
            if repeat > 1:
                lines.append(_pairs_line("each turn's loop in one process over its two halves", timed["core1"],
                                         timed["core2"]))
        worst = max(max(r["rss_main_kb"], r["rss_worker_kb"]) for r in runs.values()) / 1024
        lines.append(f"peak RSS of any process: {worst:.0f} MB (target <= 400 MB per worker)")
        if peer:
            per_doc_peer = peer["seconds"] / peer["docs"]
            per_doc_pipe = one["seconds"] / files
            lines.append(f"peer / pipeline time per document: {per_doc_peer / per_doc_pipe:.1f}x "
                         "(dateparser finds dates only; the pipeline does everything)")
        return "\n".join(lines)
