"""Command line: arguments in, exit code out. `python -m extractor --help`."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from extractor import __version__
from extractor.errors import UsageError
from extractor.ingest import DEFAULT_MAX_BYTES, megabytes

DEFAULT_INPUT = "corpora"
DEFAULT_OUT = "out"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Extract climate targets, percentages, awards and quantities from Thai, Dutch and "
                    "English press releases into checkable tables.",
        epilog="Examples:\n  extractor run                        # the bundled corpora/ -> out/\n"
               "  extractor run news/ --out tables/ --jobs 4\n"
               "  extractor report out/ -o out/report.html",
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
               "                            0 hands it back to the system at once, as glibc does by default)",
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
                    "spaCy tokenisation alone and dateparser.search_dates alone on the same texts.",
        epilog="Examples:\n  extractor bench                      # 1000 releases, --jobs 1 and 2\n"
               "  extractor bench --docs 20000 --jobs 2\n"
               "  extractor bench --repeat 3           # the fastest of three runs of each",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.add_argument("--docs", type=int, default=1000, metavar="N",
                       help="releases to generate (default: 1000). Example: --docs 20000")
    bench.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N",
                       help="worker counts to measure (default: 1 2). Example: --jobs 2")
    bench.add_argument("--keep", default=None, metavar="DIR",
                       help="write the generated corpus here and keep it. Example: --keep /tmp/bench-corpus")
    bench.add_argument("--repeat", type=int, default=1, metavar="N",
                       help="time the pipeline and the floor N times each, in turns, and report the fastest "
                            "(steadier figures on a shared machine; default: 1). Example: --repeat 3")

    load = sub.add_parser(
        "load", help="load a run's tables into DuckDB, SQLite or PostgreSQL (idempotent upsert)",
        description="Create the schema if missing and upsert the tables of OUT, keyed by doc_id, claim_id and "
                    "finding_id: loading the same run twice changes nothing, a newer run updates rows.",
        epilog="Examples:\n  extractor load out/ --db duckdb:///data/claims.duckdb\n"
               "  extractor load out/ --db sqlite:///data/claims.sqlite\n"
               "  extractor load out/ --db postgresql://analyst@db.example.org:5432/claims",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    load.add_argument("out", metavar="OUT", help="folder holding the tables of a run. Example: out/")
    load.add_argument("--db", required=True, metavar="URL",
                      help="duckdb:///path, sqlite:///path or postgresql://user@host/db. Example: --db sqlite:///x.db")
    load.add_argument("--no-views", action="store_true", help="do not (re)create the views. Example: --no-views")

    report = sub.add_parser("report", help="write the HTML report of a finished run",
                            description="Read the tables in OUT and write one static HTML page.",
                            epilog="Example:\n  extractor report out/ -o out/report.html",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("out", metavar="OUT", help="folder holding the tables of a run. Example: out/")
    report.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="where to write the page (default: OUT/report.html). Example: -o report.html")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "load":
            from extractor.database import load as load_tables

            counts = load_tables(Path(args.out), args.db, views=not args.no_views)
            print("loaded: " + ", ".join(f"{table} {n} rows" for table, n in counts.items()))
            return 0
        if args.command == "bench":
            from extractor.bench import bench

            if any(j < 1 for j in args.jobs):
                raise UsageError("--jobs must be 1 or more")
            print(bench(args.docs, args.jobs, keep=Path(args.keep) if args.keep else None, repeat=args.repeat))
            return 0
        if args.command == "report":
            from extractor.report import write_report

            target = Path(args.output) if args.output else Path(args.out) / "report.html"
            print(f"wrote {write_report(Path(args.out), target)}")
            return 0
    except UsageError as err:
        print(f"extractor: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("extractor: interrupted; tables already written stay complete", file=sys.stderr)
        return 130
    return 2


def _run(args: argparse.Namespace) -> int:
    from extractor.runner import run, summary

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    inputs = args.inputs or [DEFAULT_INPUT]
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    result = run(inputs, Path(args.out), jobs=args.jobs, progress=False if args.no_progress else None,
                 report=not args.no_report, engine=args.engine, scheduler=args.scheduler, database=not args.no_db,
                 max_size=args.max_size)
    print(summary(result))
    return result.exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
