"""Company identity: names in every script, listings, and one company across a batch (th/nl/en)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.companies import find_company, link, listings, never_subject, strip_legal
from extractor.output.records import Document


@pytest.mark.parametrize(("text", "expected"), [
    ("Chonthara Foods Public Company Limited (SET: CTF) today announced", ("SET:CTF",)),
    ("บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน) (SET: CTF) ประกาศ", ("SET:CTF",)),
    ("Kestrel Logistics N.V. (Euronext: KEST) wil de uitstoot verminderen", ("Euronext:KEST",)),
    ("Noordkaap Energie N.V. (Euronext Amsterdam: NKE) levert stroom", ("Euronext:NKE",)),
    ("Lumen Grid Corporation (NYSE: LGRD) today announced", ("NYSE:LGRD",)),
    # tickers written with their exchange as a suffix; leading zeros of a number are no part of it
    ("ZTE Corporation (0763.HK / 000063.SZ) said", ("HKEX:763", "SZSE:63")),
    # negatives: a ratio, a time, a year in brackets, a heading with a colon outside brackets
    ("Scope 1 and 2 (ratio: 3.5) fell", ()),
    ("The meeting starts (time: 10.30) on Monday", ()),
    ("Acme (2024) cut emissions. SET: the index rose.", ()),
])
def test_listings(text, expected):
    assert listings(text) == expected


@pytest.mark.parametrize(("text", "names", "listed", "subject"), [
    # Thai script only, linked by its listing; the Latin-script name is absent
    ("ชลธารา ฟู้ดส์ ตั้งเป้า\n\nกรุงเทพฯ -- บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน) (SET: CTF) ผู้ผลิตอาหาร ประกาศแผน",
     ("ชลธารา ฟู้ดส์",), ("SET:CTF",), "ชลธารา ฟู้ดส์"),
    # a Thai registered name with its abbreviation
    ("กรุงเทพฯ -- บริษัท พลังงานสยามใหม่ จำกัด (มหาชน) หรือ พสม. (SET: PSM) ผู้ผลิตไฟฟ้า",
     ("พลังงานสยามใหม่", "พสม."), ("SET:PSM",), "พลังงานสยามใหม่"),
    # a Thai registered name with its Latin alias in brackets: the alias is the subject
    ("บริษัท ลูเมน กริด คอร์ปอเรชั่น จำกัด (Lumen Grid Corporation) (NYSE: LGRD) ประกาศเป้าหมาย",
     ("Lumen Grid", "ลูเมน กริด คอร์ปอเรชั่น"), ("NYSE:LGRD",), "Lumen Grid"),
    # English: the legal form comes off
    ("BANGKOK, Jan. 20, 2025 -- Chonthara Foods Public Company Limited (SET: CTF), a food maker, said.",
     ("Chonthara Foods",), ("SET:CTF",), "Chonthara Foods"),
    # Dutch: a legal form written before the name is part of it
    ("ZWOLLE – Zuivelcoöperatie De Weidehoeve wil in 2040 netto nul uitstoot bereiken. Zuivelcoöperatie De "
     "Weidehoeve verwerkt melk. Zuivelcoöperatie De Weidehoeve groeit.",
     ("Zuivelcoöperatie De Weidehoeve",), (), "Zuivelcoöperatie De Weidehoeve"),
    ("ROTTERDAM – Kestrel Logistics N.V. (Euronext: KEST) wil minder uitstoten.", ("Kestrel Logistics",),
     ("Euronext:KEST",), "Kestrel Logistics"),
    # negatives: units, months, places and headings are no company; nothing certain gives null
    ("The MW plant opens in May. MW output rose in May. California added 30 MW in May. California grows.", (), (),
     None),
    ("Note: figures for May. Note the MW. Note that LPG use fell. Note this.", (), (), None),
    ("Emissions fell by 9.7% last year.", (), (), None),
    ("De uitstoot daalde in mei met 4%. In mei daalde het verbruik.", (), (), None),
    ("ในปี 2566 การปล่อยก๊าซเรือนกระจกลดลงร้อยละ 8", (), (), None),
])
def test_find_company(text, names, listed, subject):
    company = find_company(text)
    assert (company.names, company.listings, company.subject) == (names, listed, subject)


@pytest.mark.parametrize(("word", "never"), [
    ("May", True), ("mei", True), ("MW", True), ("California", True), ("Note", True), ("BANGKOK", True),
    ("กรุงเทพฯ", True), ("Lumen", False), ("Weidehoeve", False), ("ชลธารา", False),
])
def test_never_subject(word, never):
    assert never_subject(word) is never


@pytest.mark.parametrize(("name", "bare"), [
    ("Lumen Grid Corporation", "Lumen Grid"), ("Chonthara Foods Public Company Limited", "Chonthara Foods"),
    ("Kestrel Logistics N.V.", "Kestrel Logistics"), ("ชลธารา ฟู้ดส์ จำกัด (มหาชน)", "ชลธารา ฟู้ดส์"),
    ("Corporation", "Corporation"), ("Weidehoeve", "Weidehoeve"), ("Evil Corp", "Evil Corp"),
    ("พลังงานสยามใหม่ จำกัด (มหาชน)", "พลังงานสยามใหม่"),
])
def test_strip_legal(name, bare):
    assert strip_legal(name) == bare


def _doc(doc_id, text):
    return Document(doc_id=doc_id, sha256=None, status="ok", company_id=find_company(text).identity)


def test_link_makes_one_company_of_names_and_listings_shared_across_scripts():
    docs = [
        _doc("th.txt", "บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน) (SET: CTF) ประกาศแผน"),
        _doc("en.txt", "Chonthara Foods Public Company Limited (SET: CTF) today announced a plan."),
        # shares the English name, not the listing: one company through the name
        _doc("en2.txt", "BANGKOK -- Chonthara Foods Public Company Limited (Nasdaq: CHFD) listed abroad."),
        # shares a word only: another company
        _doc("other.txt", "Kestrel Foods Inc. (NYSE: KSTF) today said it aims to cut emissions."),
        _doc("none.txt", "Emissions fell by 9.7% last year."),
    ]
    linked, rows = link(docs)
    ids = {d.doc_id: d.company_id for d in linked}
    assert ids["th.txt"] == ids["en.txt"] == ids["en2.txt"] != ids["other.txt"]
    assert ids["none.txt"] is None
    chonthara = next(r for r in rows if r["company_id"] == ids["th.txt"])
    assert chonthara["name"] == "Chonthara Foods"
    assert set(chonthara["names"]) == {"Chonthara Foods", "ชลธารา ฟู้ดส์"}
    assert chonthara["listings"] == ["Nasdaq:CHFD", "SET:CTF"]
    assert chonthara["doc_ids"] == ["en.txt", "en2.txt", "th.txt"]
    # linking is idempotent and its ids do not depend on the order of the documents
    assert link(linked) == (linked, [])
    again = {d.doc_id: d.company_id for d in link(docs[::-1])[0]}
    assert again == ids


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCSET: ().-,NV0123456789บริษัทจำกัดมหาชน abcxyz\n")), max_size=400))
def test_find_company_never_crashes(text):
    company = find_company(text)
    assert company.subject is None or company.subject.strip()


@pytest.mark.parametrize(("text", "names", "listed"), [
    # a partner's listing later in the release is not the company's
    ("NEW YORK -- Lumen Grid Corporation (NYSE: LGRD) signed a supply deal with Kestrel Foods Inc. (NYSE: KSTF). "
     "Lumen Grid will buy power. Lumen Grid said the deal starts in 2026.", ("Lumen Grid",), ("NYSE:LGRD",)),
    ("ROTTERDAM – Noordkaap Energie N.V. (Euronext: NKE) werkt samen met Kestrel Logistics N.V. (Euronext: KEST). "
     "Noordkaap Energie levert stroom. Noordkaap Energie groeit.", ("Noordkaap Energie",), ("Euronext:NKE",)),
    ("บริษัท พลังงานสยามใหม่ จำกัด (มหาชน) (SET: PSM) ร่วมมือกับ Kestrel Foods Inc. (NYSE: KSTF)",
     ("พลังงานสยามใหม่",), ("SET:PSM",)),
    # a short name given after the listing is one of the company's names
    ('NEW YORK -- Lumen Grid Corporation (NYSE: LGRD) ("Lumengrid") today said it would cut emissions.',
     ("Lumen Grid", "Lumengrid"), ("NYSE:LGRD",)),
])
def test_only_the_companys_own_names_and_listings(text, names, listed):
    company = find_company(text)
    assert (company.names, company.listings) == (names, listed)


def test_a_run_writes_the_companies_table_and_links_documents_across_scripts(tmp_path):
    import json

    import duckdb

    from extractor.output.database import load
    from extractor.runner import run

    src = tmp_path / "in"
    (src / "th").mkdir(parents=True)
    (src / "en").mkdir()
    (src / "th" / "ctf.txt").write_text(
        "ชลธารา ฟู้ดส์ ตั้งเป้าลดก๊าซเรือนกระจก\n\nกรุงเทพฯ, 20 ม.ค. 2568 -- บริษัท ชลธารา ฟู้ดส์ จำกัด (มหาชน) (SET: CTF) "
        "ตั้งเป้าลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลงร้อยละ 45 ภายในปี 2573\n", encoding="utf-8")
    (src / "en" / "ctf.txt").write_text(
        "Chonthara Foods sets target\n\nBANGKOK, Jan. 20, 2025 -- Chonthara Foods Public Company Limited (SET: CTF) "
        "will cut scope 1 and 2 greenhouse gas emissions by 40% by 2030.\n", encoding="utf-8")
    out = tmp_path / "out"
    run([str(src)], out, jobs=1, progress=False, report=False, database=False)
    docs = {d["doc_id"]: d for d in map(json.loads, (out / "documents.jsonl").open(encoding="utf-8"))}
    (company,) = map(json.loads, (out / "companies.jsonl").open(encoding="utf-8"))
    assert docs["th/ctf.txt"]["company_id"] == docs["en/ctf.txt"]["company_id"] == company["company_id"]
    assert company["listings"] == ["SET:CTF"] and company["doc_ids"] == ["en/ctf.txt", "th/ctf.txt"]
    assert (out / "companies.parquet").exists()
    findings = [json.loads(line) for line in (out / "findings.jsonl").open(encoding="utf-8")]
    assert [f["check"] for f in findings if f["severity"] == "warning"] == ["translation_mismatch"]
    load(out, f"duckdb:///{tmp_path / 'x.duckdb'}")
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT name, listings FROM companies").fetchall() == [("Chonthara Foods", ["SET:CTF"])]


def test_every_claim_carries_the_company_of_its_document(tmp_path):
    """claims.company_id is filled in once the batch's companies are linked: the document's, in both files."""
    import json
    from pathlib import Path

    import pyarrow.parquet as pq

    from extractor.runner import run

    stories = Path(__file__).resolve().parents[1] / "corpora" / "stories"
    out = tmp_path / "out"
    run([str(stories)], out, jobs=1, progress=False, report=False, database=False)
    company = {json.loads(line)["doc_id"]: json.loads(line)["company_id"]
               for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()}
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert claims and all(c["company_id"] == company[c["doc_id"]] for c in claims)
    assert any(c["company_id"] for c in claims)
    table = pq.read_table(out / "claims.parquet").to_pylist()
    assert [(c["claim_id"], c["company_id"]) for c in table] == [(c["claim_id"], c["company_id"]) for c in claims]
