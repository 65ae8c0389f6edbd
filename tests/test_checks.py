"""Consistency checks, one behaviour per test, on small hand-made claims (positive and negative)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.checks import ambiguous_number, percent_out_of_range, target_in_past
from extractor.output.records import Claim, Document, Finding
from extractor.checks.stories import group_stories, same_subject, translation_mismatch
from extractor.checks.timeline import streak_inconsistent, target_changed


def _doc(doc_id, lang, published, subject="Acme Energy"):
    return Document(doc_id=doc_id, sha256=None, status="ok", lang=lang, published=published, subject=subject)


def _claim(doc_id, claim_id, **kw):
    base = dict(claim_id=claim_id, doc_id=doc_id, lang="en", kind="target", text="", start=0, end=1, rule="x")
    base.update(kw)
    return Claim(**base)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("ZTE", "ZTE Corporation", True),
    ("Siam Green Cement", "Siam", True),
    ("Siam Green Cement", "Siam Sustainable Packaging", False),
    ("Northwind Logistics", "Northwind Logistics", True),
    ("Acme", None, False),
])
def test_same_subject(a, b, same):
    assert same_subject(a, b) is same


def test_translation_mismatch_names_both_values():
    docs = [_doc("a.txt", "en", "2024-01-15"), _doc("b.txt", "th", "2024-01-15")]
    claims = {"a.txt": [_claim("a.txt", "1", action="reduce", metric="ghg_scope1_2", value=35.0, unit="%", target_year=2030)],
              "b.txt": [_claim("b.txt", "2", action="reduce", metric="ghg_scope1_2", value=30.0, unit="%", target_year=2030)]}
    (finding,) = translation_mismatch(docs, claims)
    assert finding.check == "translation_mismatch" and "35%" in finding.message and "30%" in finding.message
    assert finding.doc_ids == ("a.txt", "b.txt")


def test_agreeing_translations_give_no_finding():
    docs = [_doc("a.txt", "en", "2024-01-15"), _doc("b.txt", "nl", "2024-01-15")]
    claim = dict(action="reduce", metric="ghg_scope1_2", value=46.0, unit="%", target_year=2030)
    claims = {"a.txt": [_claim("a.txt", "1", **claim)], "b.txt": [_claim("b.txt", "2", **claim)]}
    assert translation_mismatch(docs, claims) == []


def test_stories_need_same_subject_close_dates_and_shared_facts():
    claim = dict(action="net_zero", metric="ghg_total", target_year=2050)
    docs = [_doc("a.txt", "en", "2024-01-15"), _doc("b.txt", "th", "2024-01-16"), _doc("c.txt", "nl", "2024-06-01"),
            _doc("d.txt", "nl", "2024-01-15", subject="Other Company")]
    claims = {d.doc_id: [_claim(d.doc_id, d.doc_id, **claim)] for d in docs}
    story = group_stories(docs, claims)
    assert story["a.txt"] == story["b.txt"]
    assert story["c.txt"] != story["a.txt"] and story["d.txt"] != story["a.txt"]


def test_a_release_alone_is_a_story_of_one_as_in_a_group_of_strangers():
    """The shortcut for a group of one gives the id the general path gives a release no other joins."""
    claim = dict(action="net_zero", metric="ghg_total", target_year=2050)
    alone = _doc("a.txt", "en", "2024-01-15")
    stranger = _doc("z.txt", "en", "2024-01-15", subject="Other Company")  # same language: never one story
    claims = {d.doc_id: [_claim(d.doc_id, d.doc_id, **claim)] for d in (alone, stranger)}
    together = group_stories([alone, stranger], claims)
    assert group_stories([alone], claims) == {"a.txt": together["a.txt"]}
    assert group_stories([alone], {}) == {"a.txt": together["a.txt"]}
    assert group_stories([replace(alone, status="skipped")], claims) == {}


def test_target_changed_finds_a_moved_net_zero_year_and_ignores_other_companies():
    docs = [_doc("old.txt", "en", "2024-03-12"), _doc("new.txt", "nl", "2025-02-18"),
            _doc("other.txt", "nl", "2025-03-01", subject="Acme Cement")]
    claims = {"old.txt": [_claim("old.txt", "1", action="net_zero", metric="ghg_value_chain", target_year=2045)],
              "new.txt": [_claim("new.txt", "2", action="net_zero", metric="ghg_value_chain", target_year=2050)],
              "other.txt": [_claim("other.txt", "3", action="net_zero", metric="ghg_value_chain", target_year=2060)]}
    story = {d.doc_id: d.doc_id for d in docs}
    (finding,) = target_changed(docs, claims, story)
    assert finding.doc_ids == ("new.txt", "old.txt") and "2045" in finding.message and "2050" in finding.message


def test_streak_contradicted_by_an_earlier_grade():
    docs = [_doc("2024.txt", "en", "2024-03-12"), _doc("2025.txt", "nl", "2025-02-18")]
    claims = {"2024.txt": [_claim("2024.txt", "1", kind="award", issuer="CDP", grade="A-", period_year=2023)],
              "2025.txt": [_claim("2025.txt", "2", kind="award", issuer="CDP", grade="A", streak=4)]}
    (finding,) = streak_inconsistent(docs, claims)
    assert finding.check == "streak_inconsistent" and "A-" in finding.message


def test_two_streaks_that_contradict_each_other_are_two_findings_with_their_own_ids():
    """Each release claims a streak whose years hold the other's grade: a finding about each streak, and the
    findings table's key (finding_id) tells them apart (a database keeps both)."""
    docs = [_doc("2024.txt", "en", "2024-03-12"), _doc("2025.txt", "nl", "2025-02-18")]
    claims = {"2024.txt": [_claim("2024.txt", "1", kind="award", issuer="CDP", grade="A-", period_year=2023,
                                  streak=2)],
              "2025.txt": [_claim("2025.txt", "2", kind="award", issuer="CDP", grade="A", period_year=2023,
                                  streak=3)]}
    found = streak_inconsistent(docs, claims)
    assert len(found) == 2 and len({f.finding_id for f in found}) == 2
    assert {f.doc_ids for f in found} == {("2024.txt", "2025.txt")}


def test_streak_consistent_with_earlier_grades_gives_nothing():
    docs = [_doc("2024.txt", "en", "2024-03-12"), _doc("2025.txt", "nl", "2025-02-18")]
    claims = {"2024.txt": [_claim("2024.txt", "1", kind="award", issuer="CDP", grade="A", period_year=2023)],
              "2025.txt": [_claim("2025.txt", "2", kind="award", issuer="CDP", grade="A", streak=4)]}
    assert streak_inconsistent(docs, claims) == []


def test_within_document_checks():
    decrease = _claim("a.txt", "1", kind="percentage", direction="decrease", value=120.0, unit="%", value_text="120%")
    fine = _claim("a.txt", "2", kind="percentage", direction="decrease", value=12.0, unit="%", value_text="12%")
    assert [f.check for f in percent_out_of_range([decrease, fine])] == ["percent_out_of_range"]
    past = _claim("a.txt", "3", target_year=2020)
    future = _claim("a.txt", "4", target_year=2030)
    docs = {"a.txt": _doc("a.txt", "en", "2024-05-06")}
    assert [f.claim_ids for f in target_in_past([past, future], docs)] == [("3",)]
    odd = _claim("a.txt", "5", kind="quantity", ambiguous="'5.111,000' mixes '.' and ','")
    assert [f.check for f in ambiguous_number([odd, fine])] == ["ambiguous_number"]


def test_checks_read_back_from_the_claims_table_equal_checks_in_memory(tmp_path):
    """`run` keeps the claims as Arrow columns and makes objects one subject at a time: same findings."""
    import pyarrow.parquet as pq

    from extractor.checks import CHECKED_COLUMNS, run_checks
    from extractor.output.write import write_table

    docs = [_doc("old.txt", "en", "2024-03-12"), _doc("old-th.txt", "th", "2024-03-12"),
            _doc("new.txt", "nl", "2025-02-18"), _doc("other.txt", "nl", "2025-03-01", subject="Borealis Paper"),
            _doc("nameless.txt", "en", "2025-03-01", subject=None),
            Document(doc_id="empty.txt", sha256=None, status="skipped", reason="the file is empty")]
    claims = [
        _claim("old.txt", "1", action="reduce", metric="ghg_scope1_2", value=35.0, unit="%", target_year=2030),
        _claim("old-th.txt", "2", lang="th", action="reduce", metric="ghg_scope1_2", value=30.0, unit="%",
               target_year=2030),
        _claim("old.txt", "3", action="net_zero", metric="ghg_total", target_year=2045),
        _claim("old-th.txt", "4", lang="th", action="net_zero", metric="ghg_total", target_year=2045),
        _claim("new.txt", "5", action="net_zero", metric="ghg_total", target_year=2050),
        _claim("other.txt", "6", kind="percentage", direction="decrease", value=140.0, unit="%", value_text="140%"),
        _claim("nameless.txt", "7", target_year=2019),
        _claim("other.txt", "8", kind="quantity", value=5111000.0, unit="kWh", ambiguous="'5.111,000' mixes"),
        _claim("other.txt", "9", kind="quantity", value=12.0, unit="MW"),
    ]
    write_table("claims", [c.to_row() for c in claims], tmp_path)
    in_memory = run_checks(docs, claims)
    from_table = run_checks(docs, pq.read_table(tmp_path / "claims.parquet", columns=list(CHECKED_COLUMNS)))
    assert from_table == in_memory
    assert sorted(f.check for f in from_table[1]) == ["ambiguous_number", "percent_out_of_range", "target_changed",
                                                      "target_in_past", "translation_mismatch"]
    # A release alone in its group gets objects only for the claims a single-claim check can flag.
    from extractor.checks import _claims_by_group, _subject_groups

    table = pq.read_table(tmp_path / "claims.parquet", columns=list(CHECKED_COLUMNS))
    made = {doc_id: [c.claim_id for c in cs] for _, claims_of in _claims_by_group(table, _subject_groups(docs))
            for doc_id, cs in claims_of.items()}
    assert made["other.txt"] == ["6", "8"] and made["nameless.txt"] == ["7"]
    story = {d.doc_id: d.story_id for d in from_table[0]}
    assert story["old.txt"] == story["old-th.txt"] != story["new.txt"] and story["empty.txt"] is None


def _alone(docs, claims):
    """What the workers send with each chunk: every document checked alone (`check_alone`)."""
    from extractor.checks import check_alone

    checked, found = [], []
    for d in docs:
        document, findings = check_alone(d, [c for c in claims if c.doc_id == d.doc_id])
        checked.append(document)
        found += findings
    return checked, found


@pytest.mark.parametrize("kept", ["list", "table"])
def test_releases_checked_alone_in_the_workers_give_the_checks_in_one_go(tmp_path, kept):
    """A batch's workers check each release alone (findings on single claims, a story of one) and the
    main process only the subjects of several releases: the documents and findings are the same."""
    import pyarrow.parquet as pq

    from extractor.checks import CHECKED_COLUMNS, check_alone, run_checks
    from extractor.output.write import write_table

    docs, claims = _many_subjects()
    docs.append(_doc("loner.txt", "nl", "2025-03-01", subject="Borealis Paper"))
    docs.append(Document(doc_id="empty.txt", sha256=None, status="skipped", reason="the file is empty"))
    claims += [_claim("loner.txt", "l1", kind="quantity", value=5111000.0, unit="kWh", ambiguous="'5.111,000' mixes"),
               _claim("loner.txt", "l2", kind="percentage", direction="decrease", value=140.0, unit="%",
                      value_text="140%"),
               _claim("loner.txt", "l3", target_year=2021)]
    write_table("claims", [c.to_row() for c in claims], tmp_path)
    given = claims if kept == "list" else pq.read_table(tmp_path / "claims.parquet", columns=list(CHECKED_COLUMNS))
    whole = run_checks(docs, given)
    checked, found = _alone(docs, claims)
    assert run_checks(checked, given, alone=found) == whole
    # The findings of single claims are all made alone, the others (comparing releases) after.
    assert {f.check for f in found} == {"percent_out_of_range", "target_in_past", "ambiguous_number"}
    assert len(run_checks(checked, given, alone=[])[1]) == len(whole[1]) - len(found) > 0
    # A story of one keeps the id it got alone; a document that is not ok gets none.
    story = {d.doc_id: d.story_id for d in whole[0]}
    assert story["loner.txt"] == check_alone(docs[-2], [])[0].story_id and story["empty.txt"] is None
    assert check_alone(docs[-1], claims) == (docs[-1], [])


def test_releases_checked_alone_and_subjects_checked_in_parts_give_the_same(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from extractor import checks
    from extractor.output.write import write_table

    docs, claims = _many_subjects(12)
    write_table("claims", [c.to_row() for c in claims], tmp_path)
    table = pq.read_table(tmp_path / "claims.parquet", columns=list(checks.CHECKED_COLUMNS))
    whole = checks.run_checks(docs, table)
    monkeypatch.setattr(checks, "PARALLEL_CLAIMS", 0)

    class Three:
        workers = 3

        def map(self, fn, items, failed):
            items = list(items)
            assert len(items) > 1 and not any(p.singles for p in items)
            return map(fn, items)

    checked, found = _alone(docs, claims)
    assert checks.run_checks(checked, table, engine=Three(), alone=found) == whole


def test_claims_made_from_values_are_the_claims_the_constructor_makes():
    from dataclasses import FrozenInstanceError

    from extractor.output.records import CLAIM_FIELDS, Claim, claims_from_values

    rows = [("c1", "d1", "nl", "target", "De uitstoot daalt 52% tegen 2030.", 17, 20, "nl.target.value_by_year", "Acme",
             "ghg_total", "reduce", "decrease", 52.0, "%", None, 2030, 2019, None, None, None, None, None, 2, "52%", None,
             '{"target_year": "target.target_year.after_cue"}', None, None),
            tuple(range(len(CLAIM_FIELDS)))]
    made = claims_from_values(rows)
    assert made == [Claim(*r) for r in rows]
    assert [hash(c) for c in made] == [hash(Claim(*r)) for r in rows]
    with pytest.raises(FrozenInstanceError):
        made[0].value = 1.0  # type: ignore[misc]
    with pytest.raises(ValueError):
        claims_from_values([rows[0][:-1]])  # a value short


def test_documents_and_findings_survive_pickling_and_a_story_id_keeps_the_rest():
    """Workers send documents and findings back pickled (rebuilt slot by slot, `__reduce__`)."""
    import pickle
    from dataclasses import FrozenInstanceError, replace

    from extractor.output.records import Finding

    doc = Document(doc_id="a.txt", sha256="ab", status="ok", lang="th", lang_confidence=0.99, title="ข่าว",
                   published="2024-05-06", subject="Acme", n_claims=3, size_bytes=120)
    finding = Finding(finding_id="f1", check="target_changed", severity="warning", doc_ids=("a.txt", "b.txt"),
                      claim_ids=("1", "2"), message="moved")
    for value in (doc, finding, [doc, doc.with_story("s1")]):
        back = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == value and hash(str(back)) == hash(str(value))
    assert doc.with_story("s1") == replace(doc, story_id="s1") != doc
    assert doc.with_story(None) == doc
    with pytest.raises(FrozenInstanceError):
        doc.with_story("s1").story_id = "s2"  # type: ignore[misc]


def _many_subjects(n_subjects=7):
    """Releases of several subjects, some in two languages, with targets that move between releases."""
    docs, claims = [], []
    for s in range(n_subjects):
        subject = f"Company{s} Energy"
        for k, (lang, date) in enumerate([("en", "2023-03-01"), ("nl", "2023-03-02"), ("en", "2024-04-01")][:1 + s % 3]):
            doc_id = f"s{s}-{k}.txt"
            docs.append(_doc(doc_id, lang, date, subject=subject))
            claims += [_claim(doc_id, f"{doc_id}-nz", lang=lang, action="net_zero", metric="ghg_total",
                              target_year=2050 - 5 * (k == 2)),
                       _claim(doc_id, f"{doc_id}-r", lang=lang, action="reduce", metric="ghg_scope1_2",
                              value=40.0 + k, unit="%", target_year=2030),
                       _claim(doc_id, f"{doc_id}-p", lang=lang, kind="percentage", value=120.0 + s, unit="%",
                              direction="decrease", value_text="x")]
    docs.append(_doc("alone.txt", "en", "2024-01-01", subject=None))
    claims.append(_claim("alone.txt", "alone", target_year=2019))
    return docs, claims


@pytest.mark.parametrize("n", [1, 2, 3, 5, 50])
def test_checks_in_parts_equal_checks_in_one_go(tmp_path, monkeypatch, n):
    """The groups split into parts (as workers check them) give the same documents and findings; a part
    whose worker was lost is checked in this process."""
    import pyarrow.parquet as pq

    from extractor import checks
    from extractor.output.write import write_table

    docs, claims = _many_subjects()
    write_table("claims", [c.to_row() for c in claims], tmp_path)
    table = pq.read_table(tmp_path / "claims.parquet", columns=list(checks.CHECKED_COLUMNS))
    whole = checks.run_checks(docs, table)
    assert {f.check for f in whole[1]} >= {"target_changed", "percent_out_of_range", "target_in_past"}

    groups = checks._subject_groups(docs)
    parts = checks._split(table, groups, n)
    assert [g for p in parts for g in p.groups] == groups and len(parts) == min(n, len(groups))
    assert all(p.claims.num_rows == sum(p.counts) for p in parts)

    class Workers:
        workers = n

        def __init__(self, lost):
            self.lost = lost

        def map(self, fn, items, failed):
            return (failed(item, RuntimeError("worker lost")) if self.lost else fn(item) for item in items)

    monkeypatch.setattr(checks, "PARALLEL_CLAIMS", 0)
    for lost in (False, True):
        assert checks.run_checks(docs, table, engine=Workers(lost)) == whole


def test_a_large_batch_is_checked_in_parts_of_bounded_size(tmp_path, monkeypatch):
    """However many claims, no part holds many more than `PART_CLAIMS` (a worker's memory stays flat):
    the number of parts grows with the batch, the result stays the same."""
    import pyarrow.parquet as pq

    from extractor import checks
    from extractor.output.write import write_table

    docs, claims = _many_subjects(12)
    write_table("claims", [c.to_row() for c in claims], tmp_path)
    table = pq.read_table(tmp_path / "claims.parquet", columns=list(checks.CHECKED_COLUMNS))
    whole = checks.run_checks(docs, table)
    asked, split = [], checks._split
    monkeypatch.setattr(checks, "_split", lambda c, g, n, *rest: asked.append(n) or split(c, g, n, *rest))
    monkeypatch.setattr(checks, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(checks, "PART_CLAIMS", 5)

    class Two:
        workers = 2

        def map(self, fn, items, failed):
            return map(fn, items)

    assert checks.run_checks(docs, table, engine=Two()) == whole
    assert asked == [-(-table.num_rows // 5)] and asked[0] > 2 * checks.PARTS_PER_WORKER


def test_claims_read_back_for_the_checks_hold_what_the_claims_hold(tmp_path):
    """The records the checks make from the staged checked columns answer every checked name as the claim
    does, nulls included, for any rows asked for in any order (`ClaimRows`, as a worker reads its part)."""
    from extractor.checks import CHECKED_COLUMNS, ClaimRows, _claims_from, checked_schema
    from extractor.output.records import CLAIM_FIELDS
    from extractor.output.write import StagedRows, render_rows

    assert set(CHECKED_COLUMNS) <= set(CLAIM_FIELDS)
    docs, claims = _many_subjects(4)
    claims.append(_claim("x.txt", "award", kind="award", issuer="CDP", grade="A", streak=3, period_year=2023,
                         award="CDP A List", lang="nl", ambiguous="'1.234,5' mixes"))
    staged = StagedRows(tmp_path / ".checked.arrow", checked_schema())
    for i in range(0, len(claims), 5):
        staged.add(render_rows("claims", [c.to_row() for c in claims[i:i + 5]])[1])
    staged.close()
    assert staged.rows == len(claims)
    wanted = [(7, 3), (0, 2), (len(claims) - 1, 1), (3, 0)]
    back = _claims_from(ClaimRows(str(staged.path), *map(tuple, zip(*wanted))).read())
    expected = [c for start, n in wanted for c in claims[start:start + n]]
    assert [[getattr(r, n) for n in CHECKED_COLUMNS] for r in back] == \
        [[getattr(c, n) for n in CHECKED_COLUMNS] for c in expected]
    assert ClaimRows(str(staged.path), (), ()).read().num_rows == 0


@pytest.mark.parametrize("workers", [1, 2, 5])
@pytest.mark.parametrize("lost", [False, True])
@pytest.mark.parametrize("to_files", [False, True])
def test_checks_by_partitions_of_companies_equal_checks_in_one_go(tmp_path, monkeypatch, workers, lost, to_files):
    """A batch's way (`check_companies`): the documents' companies grouped from their columns, partitions of
    companies checked apart, each reading its claims from the staged file (and writing its findings to a file
    of its own, `to_files`); the documents' story ids and the findings are those of `run_checks` over the whole
    batch, a lost worker's partition checked here."""
    from extractor import checks
    from extractor.output.write import StagedRows, render_rows

    docs, claims = _many_subjects(12)
    docs.append(_doc("loner.txt", "nl", "2025-03-01", subject="Borealis Paper"))
    docs.append(Document(doc_id="empty.txt", sha256=None, status="skipped", reason="the file is empty"))
    claims.append(_claim("loner.txt", "l1", target_year=2021))
    by_doc = {d.doc_id: [c for c in claims if c.doc_id == d.doc_id] for d in docs}
    staged = StagedRows(tmp_path / ".checked.arrow", checks.checked_schema())
    n_claims, first, row = [], [], 0
    for d in docs:  # a document's claims are one run of rows, in the documents' order
        if by_doc[d.doc_id]:
            staged.add(render_rows("claims", [c.to_row() for c in by_doc[d.doc_id]])[1])
        first.append(row)
        n_claims.append(len(by_doc[d.doc_id]))
        row += n_claims[-1]
    staged.close()
    whole_docs, whole = checks.run_checks(docs, claims)
    checked, found = _alone(docs, claims)
    groups = checks.company_groups([d.status for d in docs], [d.company_id for d in docs], [d.subject for d in docs])
    assert sorted(sorted(g) for g in groups) == sorted(
        sorted(docs.index(d) for d in g) for g in checks._subject_groups(docs, lone=False))

    class Workers:
        def __init__(self):
            self.workers, self.parts = workers, []

        def map(self, fn, items, failed):
            for part in items:
                self.parts.append(part)
                assert isinstance(part.claims, checks.ClaimRows) and not part.singles
                yield failed(part, RuntimeError("worker lost")) if lost else fn(part)

    engine = Workers()
    story_of, findings = {}, list(found)
    for changed, more in checks.check_companies(groups, lambda rows: [checked[r] for r in rows], str(staged.path),
                                                first, n_claims, engine=engine,
                                                findings_in=str(tmp_path) if to_files else None):
        story_of.update(changed)
        if to_files:  # the worker wrote them: the file holds them, and says how many of each severity
            from extractor.output.write import read_staged

            assert isinstance(more, checks.FindingsFile) and Path(more.path).parent == tmp_path
            written = more
            more = [Finding(**{**r, "doc_ids": tuple(r["doc_ids"]), "claim_ids": tuple(r["claim_ids"])})
                    for r in read_staged(written.path).drop_columns(["order"]).to_pylist()]
            assert written.severities == Counter(f.severity for f in more)
        findings += more
    assert len(engine.parts) == min(len(groups), workers * checks.PARTS_PER_WORKER)
    assert sorted(findings, key=lambda f: (f.check, f.doc_ids, f.finding_id)) == whole
    assert [d.with_story(story_of.get(d.doc_id, d.story_id)) for d in checked] == whole_docs


@pytest.mark.parametrize("weights, n, expected", [
    ([5, 1, 1, 1, 1, 1], 2, [[0], [1, 2, 3, 4, 5]]),
    ([1, 9, 4, 4], 2, [[1], [0, 2, 3]]),
    ([3, 3, 3], 5, [[0], [1], [2]]),
    ([], 3, []),
])
def test_partitions_of_companies_are_of_about_equal_weight(weights, n, expected):
    from extractor.checks import _partition

    assert _partition(weights, n) == expected


# --- translations aligned by structure, syndicated copies, streaks by scoring year (issue 31) ---

def _linked(doc_id, lang, published, company="co-000000000001", subject="Acme Energy"):
    return replace(_doc(doc_id, lang, published, subject=subject), company_id=company)


def _target(doc_id, claim_id, lang, value, year, metric="ghg_scope1_2", start=0, **kw):
    return _claim(doc_id, claim_id, lang=lang, action="reduce", metric=metric, value=value, unit="%",
                  target_year=year, start=start, value_text=f"{value:g}%", **kw)


@pytest.mark.parametrize(("en", "other", "mismatch"), [
    # one version labels the metric "value chain", the other "total": aligned all the same
    ([_target("a", "1", "en", 30.0, 2030, metric="ghg_value_chain")],
     [_target("b", "2", "nl", 35.0, 2030, metric="ghg_total")], True),
    # the headline restates the target without its base year: it folds into the body's claim
    ([_target("a", "1", "en", 40.0, 2030, start=0), _target("a", "3", "en", 40.0, 2030, start=90, baseline_year=2019)],
     [_target("b", "2", "th", 45.0, 2030, baseline_year=2019)], True),
    # a year that differs, the value the same
    ([_target("a", "1", "en", 30.0, 2030)], [_target("b", "2", "th", 30.0, 2035)], True),
    # net zero: only the year can differ
    ([_claim("a", "1", action="net_zero", metric="ghg_total", target_year=2065, value_text="net zero by 2065")],
     [_claim("b", "2", lang="th", action="net_zero", metric="ghg_total", target_year=2060, value_text="2603")], True),
    # agreeing versions, labels differing: silent
    ([_target("a", "1", "en", 55.0, 2030, metric="ghg_value_chain")],
     [_target("b", "2", "nl", 55.0, 2030, metric="ghg_total")], False),
    # two targets each, in the same order, agreeing: silent (no cross pairing of 2030 with 2040)
    ([_target("a", "1", "en", 30.0, 2030), _target("a", "3", "en", 60.0, 2040, start=50)],
     [_target("b", "2", "nl", 30.0, 2030), _target("b", "4", "nl", 60.0, 2040, start=50)], False),
    # two specific metrics that differ are two statements, not one read two ways
    ([_target("a", "1", "en", 42.0, 2030, metric="ghg_scope1_2")],
     [_target("b", "2", "th", 25.0, 2030, metric="ghg_scope3")], False),
    # value and year both differ: nothing says they are one statement (each reported as unaligned instead)
    ([_target("a", "1", "en", 30.0, 2030)], [_target("b", "2", "th", 50.0, 2040)], False),
    # a reported figure: another value in the same year is a mismatch ...
    ([_claim("a", "1", kind="quantity", metric="solar_capacity", value=60000.0, unit="kW", period_year=2024)],
     [_claim("b", "2", lang="nl", kind="quantity", metric="solar_capacity", value=80000.0, unit="kW",
             period_year=2024)], True),
    # ... the same value read with another year (versions lay out their paragraphs differently) is not
    ([_claim("a", "1", kind="quantity", metric="solar_capacity", value=40000.0, unit="kW", period_year=2024)],
     [_claim("b", "2", lang="th", kind="quantity", metric="solar_capacity", value=40000.0, unit="kW")], False),
])
def test_translation_mismatch_aligns_claims_by_structure(en, other, mismatch):
    docs = [_doc("a", "en", "2025-01-14"), _doc("b", other[0].lang, "2025-01-14")]
    found = translation_mismatch(docs, {"a": en, "b": other})
    warnings = [f for f in found if f.check == "translation_mismatch"]
    assert bool(warnings) is mismatch
    for f in warnings:  # the message names both evidence spans
        assert f.doc_ids == ("a", "b") and " of a" in f.message and " of b" in f.message


def test_claims_only_one_version_states_are_reported_not_dropped():
    docs = [_doc("a", "en", "2025-01-14"), _doc("b", "th", "2025-01-14")]
    claims = {"a": [_target("a", "1", "en", 30.0, 2030)],
              "b": [_target("b", "2", "th", 30.0, 2030),
                    _claim("b", "3", lang="th", kind="quantity", metric="solar_capacity", value=60000.0, unit="kW",
                           period_year=2024, value_text="60 เมกะวัตต์")]}
    (only,) = translation_mismatch(docs, claims)
    assert (only.check, only.severity, only.doc_ids) == ("translation_unaligned", "info", ("a", "b"))
    assert "stated only in the Thai version b" in only.message


def test_syndicated_copies_are_one_story_and_never_compared():
    docs = [_linked("site-a.txt", "en", "2025-03-04"), _linked("site-b.txt", "en", "2025-03-05"),
            _linked("nl.txt", "nl", "2025-03-04")]
    claims = {"site-a.txt": [_target("site-a.txt", "1", "en", 30.0, 2030, metric="ghg_value_chain")],
              "site-b.txt": [_target("site-b.txt", "2", "en", 30.0, 2030, metric="ghg_value_chain")],
              "nl.txt": [_target("nl.txt", "3", "nl", 35.0, 2030, metric="ghg_total")]}
    story = group_stories(docs, claims)
    assert story["site-a.txt"] == story["site-b.txt"] == story["nl.txt"]
    found = translation_mismatch(docs, claims)
    assert [f.doc_ids for f in found] == [("nl.txt", "site-a.txt")]  # one finding, not one per copy
    # copies alone (no other language) raise nothing
    assert translation_mismatch(docs[:2], claims) == []


def test_versions_of_one_company_stating_other_values_are_one_story():
    """A known company's versions a day apart share the shapes of their claims, not their values."""
    docs = [_linked("en.txt", "en", "2025-01-14"), _linked("th.txt", "th", "2025-01-14", subject="ลูเมน กริด"),
            _linked("other.txt", "th", "2025-01-14", company="co-000000000002", subject="ลูเมน กริด")]
    claims = {"en.txt": [_target("en.txt", "1", "en", 40.0, 2030)], "th.txt": [_target("th.txt", "2", "th", 45.0, 2030)],
              "other.txt": [_target("other.txt", "3", "th", 45.0, 2030)]}
    story = group_stories(docs, claims)
    assert story["en.txt"] == story["th.txt"] != story["other.txt"]


def test_target_changed_follows_a_company_across_names_and_scripts():
    docs = [_linked("2024.txt", "th", "2024-03-15", subject="พลังงานสยามใหม่"),
            _linked("2025.txt", "en", "2025-01-28", subject="New Siam Power")]
    claims = {"2024.txt": [_claim("2024.txt", "1", lang="th", action="net_zero", metric="ghg_total", target_year=2050)],
              "2025.txt": [_claim("2025.txt", "2", action="net_zero", metric="ghg_total", target_year=2065)]}
    (finding,) = target_changed(docs, claims, {"2024.txt": "s1", "2025.txt": "s2"})
    assert all(x in finding.message for x in ("2050", "2065", "2024.txt", "2025.txt", "2024-03-15", "2025-01-28"))
    other = [docs[0], replace(docs[1], company_id="co-000000000002")]
    assert target_changed(other, claims, {"2024.txt": "s1", "2025.txt": "s2"}) == []


@pytest.mark.parametrize(("streak_published", "streak", "other_published", "other_year", "contradicts"), [
    # "third consecutive year" in January 2025 covers the CDP cycles 2022-2024; a B inferred for 2023
    ("2025-01-20", 3, "2024-02-06", None, True),
    # ... and a B stated for 2021 lies outside them
    ("2025-01-20", 3, "2022-02-06", 2021, False),
    # in December 2024 the 2024 cycle is out: "second year" covers 2023-2024; an A- of January 2025 is 2024's
    ("2024-12-05", 2, "2025-01-14", None, True),
    # a B stated for 2024 against a streak of June 2025 (2022-2024)
    ("2025-06-12", 3, "2025-01-22", 2024, True),
    # a B of February 2022 (cycle 2021) against a streak of January 2025: silent
    ("2025-01-20", 3, "2022-02-10", None, False),
])
def test_streak_uses_scoring_years(streak_published, streak, other_published, other_year, contradicts):
    docs = [_linked("streak.txt", "en", streak_published), _linked("other.txt", "nl", other_published)]
    claims = {"streak.txt": [_claim("streak.txt", "1", kind="award", issuer="CDP", grade="A", streak=streak)],
              "other.txt": [_claim("other.txt", "2", kind="award", issuer="CDP", grade="B", period_year=other_year)]}
    found = streak_inconsistent(docs, claims)
    assert bool(found) is contradicts
    for f in found:
        assert "streak.txt" in f.message and "other.txt" in f.message and " B " in f.message


@pytest.mark.parametrize(("issuer", "published", "year"), [
    ("CDP", "2025-01-20", 2024), ("CDP", "2024-12-05", 2024), ("CDP", "2025-06-12", 2024),
    ("CDP", "2024-11-01", 2024), ("EcoVadis", "2025-01-20", 2025), (None, "2025-03-01", 2025),
])
def test_scoring_year_from_the_issuers_calendar(issuer, published, year):
    import datetime as dt

    from extractor.extract.awards import scoring_year

    assert scoring_year(issuer, dt.date.fromisoformat(published)) == year


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    ("en", "Acme earned an A- from CDP, up from a B the year before.", "2025-01-14",
     {("A-", 2024, "inferred"), ("B", 2023, "inferred")}),
    ("en", "In 2023 the company had received an A- from CDP.", "2025-01-28", {("A-", 2023, "stated")}),
    ("en", "Acme was named to the CDP A List.", "2024-12-05", {("A", 2024, "inferred")}),
    ("nl", "Acme heeft voor het scoringsjaar 2024 een B-score gekregen van CDP.", "2025-01-22", {("B", 2024, "stated")}),
    # a bare grade after an article is a grade near CDP ("een B gekregen", "an A for water security")
    ("nl", "Acme heeft voor het scoringsjaar 2024 een B gekregen van CDP.", "2025-01-22", {("B", 2024, "stated")}),
    ("nl", "Acme staat op de A-lijst van CDP, na een B vorig jaar.", "2025-01-22",
     {("A", 2024, "inferred"), ("B", 2023, "inferred")}),
    ("th", "ในปี 2566 บริษัทเคยได้รับระดับ A- จาก CDP", "2025-01-28", {("A-", 2023, "stated")}),
    ("th", "บริษัทได้รับการประเมินจาก CDP ระดับ A- เพิ่มขึ้นจากระดับ B ในปีก่อนหน้า", "2025-01-28",
     {("A-", 2024, "inferred"), ("B", 2023, "inferred")}),
    # a grade named without its issuer right after a sentence naming CDP: CDP's, with its own year
    ("nl", "Acme kreeg een B-score van CDP. In 2023 stond het bedrijf nog op de A-lijst.", "2025-01-22",
     {("B", 2024, "inferred"), ("A", 2023, "stated")}),
    ("en", "Acme scored B in the CDP climate assessment. In 2023 the company was still on the A List.", "2025-01-22",
     {("B", 2024, "inferred"), ("A", 2023, "stated")}),
    ("th", "ปีนี้บริษัทได้รับการประเมินจาก CDP ระดับ B\n\nในปี 2566 บริษัทเคยได้รับระดับ A-", "2025-01-28",
     {("B", 2024, "inferred"), ("A-", 2023, "stated")}),
    # ... but not after a sentence that names no issuer
    ("nl", "Acme kreeg een subsidie van de provincie. In 2023 stond het bedrijf op de A-lijst.", "2025-01-22", set()),
    # an issuer whose calendar is not known: no year is inferred
    ("en", "Acme received a Gold medal from EcoVadis.", "2025-01-28", {("Gold", None, None)}),
])
def test_award_scoring_years_stated_or_inferred(lang, text, published, expected):
    from extractor.stages import extract_claims

    claims = [c for c in extract_claims(text, lang, published=published) if c.kind == "award"]
    assert {(c.grade, c.period_year, c.period_year_source) for c in claims} == expected


@pytest.mark.parametrize(("source", "said"), [("inferred", "inferred"), ("stated", "stated")])
def test_a_streak_finding_says_whether_the_other_grades_year_was_stated_or_inferred(source, said):
    """An award whose scoring year was inferred at extraction (from the issuer's calendar) keeps it
    inferred in the finding's message; one the release states is said to be stated."""
    docs = [_linked("streak.txt", "en", "2025-01-20"), _linked("other.txt", "nl", "2024-02-06")]
    claims = {"streak.txt": [_claim("streak.txt", "1", kind="award", issuer="CDP", grade="A", streak=3)],
              "other.txt": [_claim("other.txt", "2", kind="award", issuer="CDP", grade="B", period_year=2023,
                                   period_year_source=source)]}
    (finding,) = streak_inconsistent(docs, claims)
    assert said in finding.message and ("stated" if said == "inferred" else "inferred from") not in finding.message


_IDS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01"), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["target_changed", "target", "translation_mismatch", "t"]),
                          st.lists(_IDS, max_size=3), _IDS), max_size=12))
def test_findings_kept_as_rows_sort_by_their_key_as_the_table_orders_them(parts):
    """A batch keeps its findings as Arrow rows and sorts them by `finding_order`, a string: the order is the
    table's, `(check, doc_ids, finding_id)`, for any ids (a prefix of another among them)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from extractor.checks import finding_order
    from extractor.output.records import Finding

    findings = [Finding(finding_id=f, check=c, severity="warning", doc_ids=tuple(d)) for c, d, f in parts]
    keys = pa.array([finding_order(f) for f in findings], pa.string())
    by_key = [findings[i] for i in pc.sort_indices(keys).to_pylist()]
    by_tuple = sorted(findings, key=lambda f: (f.check, f.doc_ids, f.finding_id))
    assert [(f.check, f.doc_ids, f.finding_id) for f in by_key] == [(f.check, f.doc_ids, f.finding_id) for f in by_tuple]
