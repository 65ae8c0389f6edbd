"""The benchmark command builds its corpus deterministically and reports every figure (no timing asserted)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.bench import bench, build_corpus
from extractor.speed.heap import glibc


def test_corpus_is_deterministic_and_keeps_languages(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert build_corpus(a, 30) == build_corpus(b, 30)
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*.txt"))
    assert files_a == sorted(p.relative_to(b).as_posix() for p in b.rglob("*.txt"))
    assert {p.split("/")[0] for p in files_a} == {"en", "nl", "th"}
    assert all((a / p).read_bytes() == (b / p).read_bytes() for p in files_a)


def test_bench_reports_pipeline_floor_peer_and_ratios(tmp_path, monkeypatch):
    for name in ("MALLOC_TOP_PAD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EXTRACTOR_HEAP_PAD", str(2**20))  # the runs it times are told, and say so
    report = bench(6, [1], peer_docs=3, keep=tmp_path / "corpus")
    assert ("each process keeps 1 MiB of freed memory (EXTRACTOR_HEAP_PAD)" in report) is glibc(), report
    for needle in ("pipeline --jobs 1", "spaCy tokenisation only", "dateparser.search_dates",
                   "pipeline / tokenisation time", "single process:", "peak RSS", "warm-up (not in the above)"):
        assert needle in report, report
    assert "ceiling" not in report  # without a --jobs 2 run there is nothing to compare it with
    assert len(list(Path(tmp_path / "corpus").rglob("*.txt"))) == 6


def test_repeated_runs_report_the_fastest_with_the_most_memory():
    from extractor.bench import _fastest

    runs = [{"seconds": 2.0, "rss_main_kb": 100, "rss_worker_kb": 50, "warm_up": 0.2},
            {"seconds": 1.5, "rss_main_kb": 90, "rss_worker_kb": 70, "warm_up": 0.3},
            {"seconds": 1.8, "rss_main_kb": 120, "rss_worker_kb": 60, "warm_up": 0.1}]
    assert _fastest(runs) == {"seconds": 1.5, "rss_main_kb": 120, "rss_worker_kb": 70, "warm_up": 0.3}
    assert _fastest([{"seconds": 0.4}]) == {"seconds": 0.4}  # the floor has no memory figures


def test_bench_repeat(tmp_path):
    from extractor.errors import UsageError

    report = bench(4, [1, 2], peer_docs=2, keep=tmp_path / "corpus", repeat=2, arithmetic_steps=20_000)
    assert "fastest of 2 runs each" in report and "pipeline --jobs 2" in report
    pairs = [line for line in report.splitlines() if line.endswith("over 2 pairs)")]
    assert [p.split(":")[0].strip() for p in pairs] == [
        "each run over the floor run right after it", "each --jobs 1 run over the --jobs 2 run of its turn",
        "each --jobs 1 run over the side-by-side runs of its turn",
        "each turn's loop in one process over its two halves"], report
    # the machine's own ceiling for two processes, and how much of it --jobs 2 reached
    for needle in ("2 x --jobs 1, half each", "this machine's ceiling for two processes", "--jobs 2 / that ceiling:",
                   "each turn's side-by-side runs over its --jobs 2 run: median", "the cores alone"):
        assert needle in report, report
    with pytest.raises(UsageError):
        bench(4, [1], repeat=0)


@pytest.mark.parametrize("pipeline, floor, expected", [
    # a slow spell slows both runs of the second pair: the pairs agree, the fastest runs (1.0 / 0.5) do not
    ([1.0, 2.0, 1.2], [0.8, 1.6, 0.5], (1.25, 1.25, 2.4)),
    ([3.0], [2.0], (1.5, 1.5, 1.5)),
    ([1.0, 4.0], [1.0, 2.0], (1.0, 1.5, 2.0)),  # an even count: the mean of the middle two
])
def test_paired_ratios_least_median_greatest(pipeline, floor, expected):
    from extractor.bench import paired_ratios

    assert paired_ratios(pipeline, floor) == pytest.approx(expected)


def test_paired_ratios_need_one_floor_run_per_pipeline_run():
    from extractor.bench import paired_ratios

    with pytest.raises(ValueError):
        paired_ratios([1.0, 2.0], [1.0])


def test_split_corpus_deals_files_in_turn_into_two_halves(tmp_path):
    from extractor.bench import split_corpus

    corpus = tmp_path / "corpus"
    build_corpus(corpus, 9)
    a, b = split_corpus(corpus, tmp_path / "halves")
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
    in_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*.txt"))
    in_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*.txt"))
    assert in_a == files[0::2] and in_b == files[1::2]  # every file once, the mix of languages kept
    assert all((a / f).read_bytes() == (corpus / f).read_bytes() for f in in_a)


def test_side_by_side_runs_time_from_first_start_to_last_end(tmp_path):
    from extractor.bench import _measure_twins, split_corpus

    corpus = tmp_path / "corpus"
    build_corpus(corpus, 4)
    halves = split_corpus(corpus, tmp_path / "halves")
    seeds = Path(__file__).resolve().parents[1] / "corpora" / "seeds"
    twins = _measure_twins(halves, tmp_path / "out", seeds)
    assert twins["docs"] == 4 and twins["seconds"] > 0
    assert all((tmp_path / "out" / half.name / "tables" / "claims.parquet").exists() for half in halves)


def test_side_by_side_run_that_fails_says_why(tmp_path):
    from extractor.bench import _measure_twins, split_corpus

    corpus = tmp_path / "corpus"
    build_corpus(corpus, 2)
    halves = split_corpus(corpus, tmp_path / "halves")
    with pytest.raises(RuntimeError, match="does not exist"):
        _measure_twins(halves, tmp_path / "out", tmp_path / "no-seeds-here")


def test_cores_alone_are_timed_in_one_process_and_in_two_halves_side_by_side():
    from extractor.bench import _measure_cores

    one, two = _measure_cores(200_000)
    assert one["seconds"] > 0 and two["seconds"] > 0


@pytest.mark.parametrize("runs, expected", [
    ([{"began": 10.0, "ended": 12.0}, {"began": 10.5, "ended": 11.0}], 2.0),  # one ends after the other
    ([{"began": 10.5, "ended": 11.5}, {"began": 10.0, "ended": 11.0}], 1.5),  # the later start ends last
    ([{"began": 3.0, "ended": 4.25}], 1.25),
])
def test_side_by_side_time_runs_from_the_first_start_to_the_last_end(runs, expected):
    from extractor.bench import _span

    assert _span(runs) == pytest.approx(expected)


def test_runs_side_by_side_start_on_cue_and_say_why_they_fail():
    from extractor.bench import _ARITHMETIC, _side_by_side, _span

    # a loop of ~0.2 s each: long beside the few milliseconds a busy machine may take to wake the second
    runs = _side_by_side([[_ARITHMETIC, "2000000", "--on-cue"]] * 2)
    assert len(runs) == 2 and _span(runs) >= max(r["seconds"] for r in runs)
    # both were told to go at once: each began before the other ended
    assert runs[0]["began"] < runs[1]["ended"] and runs[1]["began"] < runs[0]["ended"]
    with pytest.raises(RuntimeError, match="ValueError"):
        _side_by_side([[_ARITHMETIC, "not-a-number", "--on-cue"]])


def test_corpus_gives_a_company_to_every_few_releases(tmp_path):
    """The releases of one bundled release are other companies' in the corpus (names and listings replaced),
    so that no company gathers most of a large corpus: the checks across its releases would then weigh on
    the pipeline's figure as no scraped folder of many issuers does."""
    from extractor.bench_scale import PER_COMPANY, made_up

    n = 6 * PER_COMPANY
    build_corpus(tmp_path, n)
    texts = [p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.txt")]
    holding = [sum(made_up(k)[0] in t for t in texts) for k in range(n // PER_COMPANY)]
    assert len(texts) == n and all(0 < h <= 2 * PER_COMPANY for h in holding), holding
