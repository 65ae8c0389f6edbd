"""Command line: arguments in, exit code out. `python -m extractor --help`."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import textwrap
from pathlib import Path

from extractor import __version__
from extractor.errors import EnvironmentFailure, UsageError
from extractor.ingest import DEFAULT_MAX_BYTES, megabytes

DEFAULT_INPUT = "corpora"
DEFAULT_OUT = "out"
#: The batch sizes of `extractor bench --scale` given alone (`bench_scale.DEFAULT_SIZES`, not imported here:
#: the command line loads no more than it needs for --help).
DEFAULT_SCALE = "1k,20k,200k"

#: The exit codes, a contract every command keeps.
EXIT_CODES = (
    (0, "every file handled"),
    (1, "some files have status error (the tables are still written)"),
    (2, "usage error: a missing input, a bad option, a file given where a folder is needed"),
    (3, "the environment failed: output folder unwritable, database locked, unreachable, read-only, "
        "login refused or missing, Dask cluster cannot start"),
    (130, "interrupted (Ctrl-C): OUT keeps the complete set it held before"),
)
EXIT_HELP = "Exit codes:\n" + "".join(
    textwrap.fill(meaning, width=100, initial_indent=f"  {code:<5}", subsequent_indent=" " * 7) + "\n"
    for code, meaning in EXIT_CODES)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Extract climate targets, percentages, awards and quantities from Thai, Dutch and "
                    "English press releases into checkable tables.",
        epilog="Examples:\n  extractor run                        # the bundled corpora/ -> out/\n"
               "  extractor run news/ --out tables/ --jobs 4\n"
               "  extractor report out/ -o out/report.html\n\n" + EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run", help="process folders of press releases and write the tables",
        description="Walk INPUT folders (or files), read every file, and write documents, claims and "
                    "findings as Parquet and JSON Lines into OUT.",
        epilog="Examples:\n  extractor run                                # corpora/ -> out/\n"
               "  extractor run scraped/2024 scraped/2025 --out tables --jobs 2\n"
               "  extractor run one-release.txt --out /tmp/x --no-progress\n\n"
               "Environment:\n  EXTRACTOR_HEAP_PAD=BYTES  freed memory each process keeps for reuse (default 16 MiB;\n"
               "                            0 hands it back to the system at once, as glibc does by default)\n\n"
               + EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    inputs = run.add_argument_group("Input")
    inputs.add_argument("inputs", nargs="*", metavar="INPUT",
                        help=f"folders or files to read (default: {DEFAULT_INPUT}/). Example: news/2024")
    inputs.add_argument("--max-size", type=megabytes, default=DEFAULT_MAX_BYTES, metavar="MB",
                        help=f"skip files larger than this, in MB (default: {DEFAULT_MAX_BYTES // 10**6}; 0: no limit). "
                             "Example: --max-size 200")
    output = run.add_argument_group("Output")
    output.add_argument("--out", "-o", default=DEFAULT_OUT, metavar="OUT",
                        help=f"folder for the tables (default: {DEFAULT_OUT}/). Example: --out tables/")
    output.add_argument("--no-report", action="store_true", help="do not write OUT/report.html. Example: --no-report")
    output.add_argument("--no-db", action="store_true",
                        help="do not write OUT/extractor.duckdb. Example: --no-db")
    output.add_argument("--full", action="store_true",
                        help="read every file again, even when OUT holds an earlier run of this extractor (by "
                             "default files whose bytes did not change keep their rows). Example: --full")
    output.add_argument("--no-texts", action="store_true",
                        help="do not write the texts table (the decoded text of each document, which the "
                             "claims' start/end index). Example: --no-texts")
    engine = run.add_argument_group("Engine")
    engine.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: all cores). Example: --jobs 2")
    engine.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local process pool, or Dask (pip install 'extractor[dask]'). Example: --engine dask")
    engine.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="Dask scheduler to use; without it --engine dask starts a LocalCluster of --jobs "
                             "workers. Example: --scheduler tcp://10.0.0.5:8786")
    engine.add_argument("--no-progress", action="store_true",
                        help="no progress bar (it only shows on a terminal anyway). Example: --no-progress")

    bench = sub.add_parser(
        "bench", help="measure speed and memory against spaCy tokenisation and dateparser",
        description="Build a corpus of N releases from corpora/ and measure the pipeline (per --jobs value), "
                    "spaCy tokenisation alone and dateparser.search_dates alone on the same texts. With --scale: "
                    "the default command (tables, DuckDB file, report) on synthetic batches of each size, a fifth "
                    "of them syndicated copies, with the peak memory of its processes and an incremental rerun "
                    "after 1% of the files changed, in one table.",
        epilog="Examples:\n  extractor bench                      # 1000 releases, --jobs 1 and 2\n"
               "  extractor bench --docs 20000 --jobs 2\n"
               "  extractor bench --repeat 3           # the fastest of three runs of each\n"
               "  extractor bench --scale 1k,20k --json scale.json\n"
               f"  extractor bench --scale              # {DEFAULT_SCALE}: hours on 2 cores\n"
               "  extractor bench --scale 200k --jobs 2\n\n"
               "With --scale the batches and outputs go to a temporary folder ($TMPDIR): 200k releases take a "
               "few GB.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.add_argument("--docs", type=int, default=None, metavar="N",
                       help="releases to generate (default: 1000). Example: --docs 20000")
    bench.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N",
                       help="worker counts to measure (default: 1 2; with --scale the rerun uses the largest). "
                            "Example: --jobs 2")
    bench.add_argument("--keep", default=None, metavar="DIR",
                       help="write the generated corpus here and keep it (with --scale: DIR/SIZE/ for each size, "
                            "as the rerun left it). Example: --keep /tmp/bench-corpus")
    bench.add_argument("--repeat", type=int, default=1, metavar="N",
                       help="time the pipeline and the floor N times each, in turns, and report the fastest "
                            "(steadier figures on a shared machine; default: 1; not with --scale). Example: --repeat 3")
    bench.add_argument("--scale", nargs="?", const=DEFAULT_SCALE, default=None, metavar="SIZES",
                       help=f"measure the default command on batches of these sizes, comma-separated, k for a "
                            f"thousand (default when given alone: {DEFAULT_SCALE}). Example: --scale 1k,20k")
    bench.add_argument("--json", default=None, metavar="FILE",
                       help="with --scale, write the figures and the verdicts on the targets as JSON here too. "
                            "Example: --json scale.json")

    load = sub.add_parser(
        "load", help="load a run's tables into DuckDB, SQLite or PostgreSQL (idempotent upsert)",
        description="Create the schema if missing and load the tables of OUT: loading the same run twice "
                    "changes nothing, a newer run replaces what the database held of its documents.",
        epilog="Examples:\n  extractor load out/ --db duckdb:///data/claims.duckdb\n"
               "  extractor load out/ --db sqlite:///data/claims.sqlite\n"
               "  extractor load out/ --db postgresql://analyst@db.example.org:5432/claims\n\n"
               "Each document of the run is replaced as a unit (its claims, text and findings), in one "
               "transaction:\na failed load changes nothing.\n\n" + EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    load.add_argument("out", metavar="OUT", help="folder holding the tables of a run. Example: out/")
    load.add_argument("--db", required=True, metavar="URL",
                      help="duckdb:///path, sqlite:///path or postgresql://user@host/db. Example: --db sqlite:///x.db")
    load.add_argument("--no-views", action="store_true", help="do not (re)create the views. Example: --no-views")

    report = sub.add_parser("report", help="write the HTML report of a finished run",
                            description="Read the tables in OUT and write one static HTML page.",
                            epilog="Example:\n  extractor report out/ -o out/report.html\n\n" + EXIT_HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("out", metavar="OUT", help="folder holding the tables of a run. Example: out/")
    report.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="where to write the page (default: OUT/report.html). Example: -o report.html")
    return parser


def main(argv: list[str] | None = None) -> int:
    from extractor.speed.heap import arrow_on_malloc

    arrow_on_malloc()  # before pyarrow loads: the command's processes keep no freed Arrow buffers
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130


#: The start of the resource tracker's warnings (about semaphores left by a process that ended at once; a
#: warning option's fields are separated by colons, so the message's own colon cannot be given).
_TRACKER_WARNING = "resource_tracker"


def entry() -> None:
    """The command (`extractor`, `python -m extractor`): `main`, then exit with its code. An interrupted run
    leaves at once (`os._exit`), its output already flushed: the process pool's threads, stopped in the
    middle of their work, must not hold up the interpreter's exit, which joins them. The semaphores of the
    pools of clean processes are then removed by multiprocessing's resource tracker, which would warn about
    each: not for the user (the tracker starts with this process's warning options)."""
    sys.warnoptions.append(f"ignore:{_TRACKER_WARNING}:UserWarning")
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    if code == 130:
        os._exit(130)
    sys.exit(code)


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return _COMMANDS[args.command](args)
    except UsageError as err:
        print(f"extractor: error: {err}", file=sys.stderr)
        return 2
    except EnvironmentFailure as err:
        print(f"extractor: error: {err}", file=sys.stderr)
        return err.exit_code


def _say(text: str) -> None:
    """Print to stdout; a reader that went away (`extractor run | head`) ends the output quietly."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        # Python's documented way: point stdout at devnull, so that the flush at exit fails no more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _load(args: argparse.Namespace) -> int:
    from extractor.output.database import load, redact

    counts = load(Path(args.out), args.db, views=not args.no_views)
    _say("loaded: " + ", ".join(f"{table} {n} rows" for table, n in counts.items()) + f" into {redact(args.db)}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    if any(j < 1 for j in args.jobs):
        raise UsageError("--jobs must be 1 or more")
    if args.scale is not None:
        return _bench_scale(args)
    if args.json:
        raise UsageError("--json goes with --scale")
    from extractor.bench import bench

    _say(bench(args.docs or 1000, args.jobs, keep=Path(args.keep) if args.keep else None, repeat=args.repeat))
    return 0


def _bench_scale(args: argparse.Namespace) -> int:
    from extractor.bench_scale import parse_sizes, scale

    if args.docs is not None:
        raise UsageError("--docs and --scale: give the sizes to --scale (example: --scale 1k,20k)")
    if args.repeat != 1:
        raise UsageError("--repeat goes with the bench without --scale")
    keep = Path(args.keep) if args.keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    text, _ = scale(parse_sizes(args.scale), args.jobs, keep=keep, json_path=Path(args.json) if args.json else None,
                    say=lambda line: print(f"bench: {line}", file=sys.stderr, flush=True))
    _say(text)
    return 0


def _report(args: argparse.Namespace) -> int:
    from extractor.output.report import write_report

    target = Path(args.output) if args.output else Path(args.out) / "report.html"
    _say(f"wrote {write_report(Path(args.out), target)}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from extractor.runner import run, summary

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    inputs = args.inputs or [DEFAULT_INPUT]
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    result = run(inputs, Path(args.out), jobs=args.jobs, progress=False if args.no_progress else None,
                 report=not args.no_report, engine=args.engine, scheduler=args.scheduler, database=not args.no_db,
                 texts=not args.no_texts, max_size=args.max_size, full=args.full)
    _say(summary(result))
    return result.exit_code


_COMMANDS = {"run": _run, "load": _load, "bench": _bench, "report": _report}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
