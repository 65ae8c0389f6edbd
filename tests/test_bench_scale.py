"""`extractor bench --scale`: its batches, its watch over a command's memory, and the shape of its table
(no timing asserted: the figures are for a person to read)."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from extractor.bench_scale import (
    Peaks,
    build_batch,
    edit_files,
    parse_sizes,
    scale,
    syndicated,
    targets,
    vary,
    watch,
)
from extractor.cli import main
from extractor.errors import UsageError


@pytest.mark.parametrize("text, sizes", [
    ("1k,20k,200k", [1_000, 20_000, 200_000]),
    ("30,60", [30, 60]),
    (" 5 , 1.5K ", [5, 1_500]),
    ("2m", [2_000_000]),
])
def test_sizes_are_read_with_k_and_m(text, sizes):
    assert parse_sizes(text) == sizes


@pytest.mark.parametrize("text", ["20x", "0", "", "1.5", "k", "-3", "1k,,2k"])
def test_a_size_that_is_no_count_of_releases_is_a_usage_error(text):
    with pytest.raises(UsageError, match="--scale"):
        parse_sizes(text)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_a_batch_is_the_same_every_time_with_a_fifth_of_syndicated_copies(tmp_path):
    batch = build_batch(tmp_path / "a", 50)
    assert (batch.files, batch.copies) == (50, 10)
    files = _files(tmp_path / "a")
    assert files == _files(build_batch(tmp_path / "b", 50).folder)
    assert batch.bytes == sum(map(len, files.values()))
    assert {name.split("/")[0] for name in files} == {"en", "nl", "th"}
    assert all(re.fullmatch(r"(en|nl|th)/0000/\d{7}-[\w-]+\.txt", name) for name in files)
    texts = {name: raw.decode() for name, raw in files.items()}
    copies = [name for name, text in texts.items() if text.rstrip().splitlines()[-1].startswith("— ")]
    assert len(copies) == 10
    originals = {text.split("\n\n")[0] for name, text in texts.items() if name not in copies}
    # each copy repeats the opening of a release of the batch, under another file name
    assert all(texts[name].split("\n\n")[0] in originals for name in copies)
    assert len(originals) == len(files) - len(copies)  # no two releases open alike: other companies, figures


@pytest.fixture(scope="module")
def bundled():
    from extractor.bench_scale import templates

    return templates()


@pytest.mark.parametrize("n_docs", [1_000, 20_000, 200_000])
def test_a_company_holds_as_many_releases_in_a_batch_of_any_size(bundled, n_docs):
    from collections import Counter

    from extractor.bench_scale import PER_COMPANY, _Releases

    releases = _Releases(n_docs, 0, 0.2, bundled)
    sizes = Counter(releases.company_of(i) for i in range(n_docs))
    assert len(sizes) == n_docs // PER_COMPANY
    assert PER_COMPANY / 2 <= min(sizes.values()) <= max(sizes.values()) <= PER_COMPANY * 3 / 2


def test_made_up_companies_differ_in_name_and_ticker():
    from extractor.bench_scale import made_up

    names, tickers = zip(*(made_up(k) for k in range(200_000)))
    assert len(set(names)) == len(set(tickers)) == 200_000
    assert made_up(0) == ("Kakaka", "AAA")


def test_a_release_names_only_its_made_up_company(bundled):
    from extractor.bench_scale import as_company, made_up
    from extractor.companies import find_company

    name, ticker = made_up(4321)
    for template in bundled:
        company = find_company(as_company(template, 4321))
        assert all(name in found for found in company.names), (template.name, company)
        assert all(listing.split(":")[1] in (ticker, "5321") for listing in company.listings), (template.name, company)
    # translations of one release are one group: one company in each pass over the templates
    groups = {t.name: t.group for t in bundled}
    assert groups["lumen-grid-plan"] == groups["lumen-grid-cdp"]


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "LEEDS, 19 June 2024 - Acme cut 212 kilotonnes CO2e, 51% below 2019/20; net zero by 2040.",
     ["19 June", "CO2e", "/20;"]),
    ("nl", "VEENENDAAL, 2 september 2025 - De bakker wil in 2030 46,2 procent minder uitstoten dan in 2022 "
           "en plaatst 2.100 zonnepanelen.", ["2 september", "2.100"]),
    ("th", "ระยอง 12 กุมภาพันธ์ 2568 – บริษัท ลดการปล่อยก๊าซ 125 พันตัน ภายในปี 2573", ["12 กุมภาพันธ์"]),
], ids=["en", "nl", "th"])
def test_varied_releases_shift_every_year_alike_and_keep_days_codes_and_big_numbers(lang, text, kept):
    def years(s: str) -> list[int]:
        return [int(y) for y in re.findall(r"(?<!\d)(?:19|20|25)\d\d(?!\d)", s)]

    for seed in range(8):
        varied = vary(text, lang, random.Random(seed))
        shifts = {after - before for before, after in zip(years(text), years(varied), strict=True)}
        assert len(shifts) == 1 and abs(shifts.pop()) <= 3, varied
        assert all(piece in varied for piece in kept), varied
    assert any(vary(text, lang, random.Random(seed)) != text for seed in range(8))


def test_nl_figures_keep_the_decimal_comma():
    varied = vary("De uitstoot daalde met 46,2 procent tot 812,5 ton.", "nl", random.Random(3))
    assert re.fullmatch(r"De uitstoot daalde met \d+,\d procent tot \d+,\d ton\.", varied), varied


@pytest.mark.parametrize("text, cut, paragraphs", [
    ("a\n\nb\n\nc\n\nd\n", True, ["a", "b", "c", "— Outlet"]),
    ("a\n\nb\n\nc\n\nd\n", False, ["a", "b", "c", "d", "— Outlet"]),
    ("a\n\nb\n\nc", True, ["a", "b", "c", "— Outlet"]),  # too short to cut
])
def test_a_syndicated_copy_adds_its_outlet_and_may_drop_the_last_paragraph(text, cut, paragraphs):
    assert syndicated(text, "Outlet", cut=cut).rstrip("\n").split("\n\n") == paragraphs


@pytest.mark.parametrize("n_docs, edited", [(30, 1), (250, 3)])
def test_one_file_in_a_hundred_is_edited_in_place(tmp_path, n_docs, edited):
    build_batch(tmp_path, n_docs)
    before = _files(tmp_path)
    changed = edit_files(tmp_path)
    after = _files(tmp_path)
    assert len(changed) == edited and before.keys() == after.keys()
    assert {name for name in before if before[name] != after[name]} == {
        p.relative_to(tmp_path).as_posix() for p in changed}


_PARENT_AND_CHILD = """
import multiprocessing, time
def hold():
    block = bytearray(80 * 2**20)
    time.sleep(0.6)
if __name__ == "__main__":
    child = multiprocessing.get_context("fork").Process(target=hold)
    child.start()
    child.join()
    print("done")
"""


def test_the_watch_tells_the_main_process_from_its_workers():
    code, stdout, _, peaks = watch([sys.executable, "-c", _PARENT_AND_CHILD])
    assert code == 0 and stdout.strip() == "done"
    assert len(peaks.workers_kb) == 1
    assert peaks.worker_kb >= 80 * 1024  # the child's 80 MB block
    assert 0 < peaks.main_kb < peaks.worker_kb  # the parent never held it


def test_a_process_that_ended_before_a_look_leaves_no_peak():
    done = Peaks(pid=2**22 + 1)  # above Linux's highest pid: no such process
    done.sample()
    assert (done.main_kb, done.worker_kb) == (0, 0)


def test_a_scale_run_gives_one_row_per_size_and_reruns_only_the_edited_files(tmp_path):
    said: list[str] = []
    text, figures = scale([30, 60], [1], json_path=tmp_path / "scale.json", keep=None, say=said.append)
    rows = figures["rows"]
    assert [row["releases"] for row in rows] == [30, 60]
    for row in rows:
        again = row["incremental"]
        assert again["edited"] == 1 and again["jobs"] == 1
        assert again["rerun"] == {"unchanged": row["releases"] - 1, "changed": 1, "new": 0, "removed": 0}
        assert row["runs"]["1"]["exit_code"] == 0 and row["rss_main_mb"] > 0
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(rows)  # heading, rule, a row per size
    assert len({line.count("|") for line in table}) == 1
    heading = [cell.strip() for cell in table[0].strip("|").split("|")]
    assert heading == ["releases", "MB", "jobs 1 docs/s", "jobs 1 MB/s", "tokenise MB/s", "jobs 1 / tokenise",
                       "peak main MB", "peak worker MB", "rerun 1% s", "rerun / full", "read again"]
    assert [cell.strip() for cell in table[2].strip("|").split("|")][heading.index("read again")] == "1 of 1"
    assert json.loads((tmp_path / "scale.json").read_text()) == json.loads(json.dumps(figures))
    # no jobs 2 (the DuckDB load and the report run in processes forked beside the main one: their peaks count
    # as workers' even with --jobs 1)
    assert [t["met"] is None for t in figures["targets"]] == [False, False, True, False, False]
    assert any("30 releases: batch written" in line for line in said)


def _row(releases: int, *, main: float, worker: float, speedup: float | None, share: float, ratio: float) -> dict:
    runs = {"1": {}, "2": {}} if speedup else {"1": {}}
    return {"releases": releases, "rss_main_mb": main, "rss_worker_mb": worker, "speedup": speedup, "runs": runs,
            "incremental": {"share": share}, "pipeline_over_floor": ratio}


@pytest.mark.parametrize("rows, met", [
    ([_row(1_000, main=250, worker=110, speedup=1.6, share=0.5, ratio=3.0),
      _row(20_000, main=420, worker=115, speedup=1.9, share=0.2, ratio=2.5)],
     [False, True, True, False, False]),
    ([_row(1_000, main=250, worker=110, speedup=1.9, share=0.05, ratio=1.1),
      _row(20_000, main=260, worker=520, speedup=1.7, share=0.08, ratio=1.2)],
     [True, False, False, True, True]),
    ([_row(1_000, main=250, worker=0, speedup=None, share=0.05, ratio=1.1)],
     [None, None, None, True, True]),  # one size, one process: flatness and speed-up not measured
], ids=["main-grows", "worker-over-500-and-slow-pool", "one-size"])
def test_targets_are_judged_met_not_met_or_not_measured(rows, met):
    assert [t["met"] for t in targets(rows)] == met


@pytest.mark.parametrize("argv, message", [
    (["bench", "--scale", "20x"], "is not a number of releases"),
    (["bench", "--scale", "--docs", "10"], "give the sizes to --scale"),
    (["bench", "--scale", "1k", "--repeat", "2"], "--repeat goes with"),
    (["bench", "--json", "x.json"], "--json goes with --scale"),
    (["bench", "--scale", "1k", "--json", "/no/such/folder/x.json"], "does not exist"),
    (["bench", "--scale", "1k", "--jobs", "0"], "--jobs must be 1 or more"),
])
def test_scale_options_that_do_not_fit_are_usage_errors(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_without_psutil_the_scale_bench_says_what_to_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psutil", None)  # import psutil now raises ImportError
    assert main(["bench", "--scale", "30"]) == 3
    assert "pip install 'extractor[bench]'" in capsys.readouterr().err


@pytest.mark.parametrize("rerun, exit_code, warned", [
    ({"unchanged": 990, "changed": 10, "new": 0, "removed": 0}, 0, []),
    ({"unchanged": 0, "changed": 1000, "new": 0, "removed": 0}, 0, ["the rerun read again 1000 of 10 files edited"]),
    (None, 0, ["the rerun read again ? of 10 files edited"]),  # the summary had no rerun line
    ({"unchanged": 990, "changed": 10, "new": 0, "removed": 0}, 1, ["some files had status error"]),
], ids=["incremental", "everything-read-again", "no-rerun-line", "files-in-error"])
def test_figures_that_are_not_what_they_seem_are_flagged(rerun, exit_code, warned):
    from extractor.bench_scale import _warnings

    row = {"releases": 1_000, "runs": {"1": {"exit_code": exit_code}},
           "incremental": {"exit_code": 0, "edited": 10, "rerun": rerun}}
    lines = _warnings([row])
    assert len(lines) == len(warned) and all(w in line for w, line in zip(warned, lines)), lines
