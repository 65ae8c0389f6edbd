"""The report: one static HTML page a researcher can open offline.

Sections: an overview of counts and findings; each company (its names and
listings, its current targets — the latest release's —, its awards by scoring
year, stated or inferred, and its findings); each story (one release in several
languages) with its versions side by side, claims aligned by what they are
about, evidence sentences with the matched span highlighted, disagreements
marked, and the claims only one version states; a timeline of targets and
awards per subject; and every document's status. No scripts, no fonts or styles from the network.

The page is written to its file as it is made, a company, a story or a subject at a time (`_Tables`): a
private in-memory DuckDB database (its memory bounded by `MEMORY_LIMIT`, spilling to a temporary folder
beyond) joins and sorts the keys and row positions of the run's Parquet files in the page's order, and each
group's rows are read by position from the JSON lines, so the process holds one company's, story's or
subject's rows, whatever the size of the batch.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from html import escape as _html_escape
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson

from extractor.errors import EnvironmentFailure, UsageError
from extractor.output.database import _q, _sql_type, quiet
from extractor.output.write import RUN_FOLDERS, SCHEMAS, run_files, write_tables

#: DuckDB's own memory (its sorts and joins spill to a temporary folder beyond it) and threads, while the
#: report reads the tables: the report's process stays as large at 200k releases as at 1k.
MEMORY_LIMIT = "64MB"
THREADS = 1
#: Rows fetched from DuckDB at a time.
BATCH_ROWS = 2000
#: The tables the report reads; `companies` may be missing (a run made before it existed).
REPORT_TABLES = ("documents", "claims", "findings", "companies")

CSS = """
body{font-family:"Noto Sans","Noto Sans Thai","Sarabun","Loma","Garuda","Norasi","Leelawadee UI","Thonburi","Tahoma",system-ui,sans-serif;margin:2rem;color:#1d2430;max-width:1400px}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #dde3ea;padding-bottom:.3rem}h3{margin-bottom:.4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem}th,td{border:1px solid #dde3ea;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f6f9}tr.mismatch td{background:#fde8e8}tr.mismatch td.flag{color:#b42318;font-weight:700}
td.flag{white-space:nowrap}.ok{color:#067647}.muted{color:#6b7785}.ev{font-size:.9rem}mark{background:#fff1a8;padding:0 .1rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #dde3ea;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.4rem}.sev-error{color:#b42318;font-weight:700}.sev-warning{color:#b54708;font-weight:700}
.sev-info{color:#175cd3}
"""


_MARKUP = re.compile("[&<>\"']")


def escape(text: str) -> str:
    """`html.escape`, with no work for the many texts that hold nothing to escape."""
    return _html_escape(text) if _MARKUP.search(text) else text


def _award_value(c: dict) -> str:
    parts = [c.get("award") or "", f"grade {c['grade']}" if c.get("grade") else "",
             f"{c['streak']} years running" if c.get("streak") else ""]
    return " · ".join(p for p in parts if p)


def _amount(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100_000 else f"{value:g}"


def _value(c: dict) -> str:
    """A claim's value and years in a few words: "35 % by 2030 (vs 2019)", "CDP A List · grade A"."""
    if c["kind"] == "award":
        return _award_value(c)
    text = "" if c.get("value") is None else f"{_amount(c['value'])} {c.get('unit') or ''}".strip()
    years = ((" by {}", c.get("target_year")), (" (vs {})", c.get("baseline_year")),
             (" in {}", c.get("period_year") if c["kind"] != "target" else None))
    text += "".join(form.format(year) for form, year in years if year)
    return text.strip() or "—"


def _about(c: dict) -> str:
    bits = [c["kind"], c.get("metric") or "", c.get("action") or c.get("direction") or "", c.get("issuer") or ""]
    return " · ".join(escape(b) for b in bits if b)


def _evidence(c: dict) -> str:
    """The sentence with the claim's evidence highlighted."""
    text = c.get("text") or ""
    span = c.get("value_text") or ""
    i = text.find(span) if span else -1
    if i < 0:
        return f'<span class="ev">{escape(text)}</span>'
    return (f'<span class="ev">{escape(text[:i])}<mark>{escape(span)}</mark>'
            f'{escape(text[i + len(span):])}</span>')


def _table(headers: tuple[str, ...], rows: list[str]) -> str:
    """A table with escaped `headers` over `rows` (each already markup: `<tr>...</tr>`)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _row(*cells: str) -> str:
    """A table row of cells that are already markup."""
    return "<tr><td>" + "</td><td>".join(cells) + "</td></tr>"


def _slot(c: dict) -> tuple:
    if c["kind"] == "award":
        return ("award", c.get("issuer") or c.get("award"), "")
    if c["kind"] == "target":
        return ("target", c.get("action"), c.get("metric"))
    return (c["kind"], c.get("metric"), c.get("direction"), c.get("unit"), c.get("period_year"))


def _version_cell(claims: list[dict]) -> str:
    """One version's claims in a row of a story's table, each with its evidence; "not stated" for none."""
    if not claims:
        return "<td><span class='muted'>not stated</span></td>"
    return "<td>" + "<hr>".join(f"<b>{escape(_value(c))}</b><br>{_evidence(c)}" for c in claims) + "</td>"


def _slot_row(docs: list[dict], cells: dict[str, list[dict]], flagged: set[str]) -> str:
    """One row of a story's table: what the claims are about, whether the versions agree, each version's claims."""
    claim_ids = {c["claim_id"] for cs in cells.values() for c in cs}
    values = {tuple(sorted(_value(c) for c in cells.get(d["doc_id"], []))) for d in docs}
    mismatch = bool(claim_ids & flagged)
    agree = len(values) == 1 and not mismatch
    flag = "⚠ mismatch" if mismatch else ("✓ agrees" if agree else "")
    first = next(c for cs in cells.values() for c in cs)
    tds = [_version_cell(cells.get(d["doc_id"], [])) for d in docs]
    return (f"<tr class='{'mismatch' if mismatch else ''}'><td>{_about(first)}</td>"
            f"<td class='flag {'ok' if agree else ''}'>{flag}</td>{''.join(tds)}</tr>")


def _story_section(docs: list[dict], claims_of: dict[str, list[dict]], flagged: set[str]) -> str:
    rows: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        for c in claims_of.get(d["doc_id"], []):
            rows[_slot(c)][d["doc_id"]].append(c)
    head = "".join(f"<th>{escape(d['doc_id'])}<br><span class='muted'>{escape(d.get('lang') or '')} · "
                   f"{escape(d.get('published') or 'no date')}</span></th>" for d in docs)
    body = [_slot_row(docs, rows[slot], flagged) for slot in sorted(rows, key=lambda s: tuple(str(x) for x in s))]
    return (f"<table><thead><tr><th>claim</th><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


Write = Callable[[str], Any]


class _Tables:
    """A finished run's tables, read two ways and never whole: their keys (ids, dates, kinds, positions) by a
    private in-memory DuckDB database over the Parquet files (`keys`), which joins and sorts them in the page's
    order, and whole rows by their positions (`_row`) from the JSON Lines files (`lines`), a group at a time."""

    def __init__(self, files: dict[str, Path], out: Path, temp: str) -> None:
        import duckdb

        self.con = quiet(duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT, "threads": THREADS,
                                                            "temp_directory": temp}))
        self.lines: dict[str, _Lines] = {}
        self._made = 0
        try:
            self.con.create_function("casefold", _casefold, ["VARCHAR"], "VARCHAR")  # names sort as in Python
            for name in REPORT_TABLES:
                self._open(name, files, out)
        except BaseException:
            self.close()
            raise

    def _open(self, name: str, files: dict[str, Path], out: Path) -> None:
        """The view `name` of the table's Parquet file (a column an older run lacks reads null), with each row's
        position, and its JSON lines (`companies`: missing in a run made before it existed, then read from the
        documents)."""
        import pyarrow.parquet as pq

        path = files.get(f"{name}.parquet")
        if path is None and name == "companies":
            self.con.execute(f"CREATE VIEW companies AS {_COMPANIES_OF_DOCUMENTS}")
            return
        lines = files.get(f"{name}.jsonl")
        if path is None or (lines is None and name != "companies"):  # companies are read whole by DuckDB
            missing = f"{name}.parquet" if path is None else f"{name}.jsonl"
            raise UsageError(f"{out / missing} not found: give the OUT folder of a finished `extractor run`")
        held = pq.ParquetFile(path)
        names = set(held.schema_arrow.names)
        columns = ", ".join(_q(f.name) if f.name in names else f"NULL::{_sql_type(f.type, 'duckdb')} AS {_q(f.name)}"
                            for f in SCHEMAS[name])
        source = "read_parquet('" + str(path).replace("'", "''") + "', file_row_number = true)"
        self.con.execute(f"CREATE VIEW {name} AS SELECT {columns}, file_row_number AS _row FROM {source}")
        if name != "companies":
            self.lines[name] = _Lines(lines)
            if self.lines[name].count != held.metadata.num_rows:
                raise UsageError(f"{lines} holds {self.lines[name].count} rows and {path} "
                                 f"{held.metadata.num_rows}: the run in {out} is damaged; run it again")

    def keys(self, sql: str) -> Iterator[dict[str, Any]]:
        """The rows `sql` selects, as dicts, fetched `BATCH_ROWS` at a time, on a cursor of their own (several
        such streams are read side by side). The rows are put in a table of the database first, in their order,
        and read back from it: each query's sort has DuckDB's memory to itself, and a stream being read holds
        only the block it reads (a stream of a query read as it runs holds its sorted rows)."""
        self._made += 1
        table = f"keys_{self._made}"
        self.con.execute(f"CREATE TABLE {table} AS {sql}")
        cursor = self.con.cursor()
        try:
            cursor.execute(f"SELECT * FROM {table}")  # in the order the rows were put in
            names = [d[0] for d in cursor.description]
            while batch := cursor.fetchmany(BATCH_ROWS):
                for row in batch:
                    yield dict(zip(names, row))
        finally:
            cursor.close()
            self.con.execute(f"DROP TABLE {table}")

    def rows(self, table: str, keys: list[dict]) -> list[dict]:
        """The rows of `table` at the positions (`_row`) of `keys`, in their order, each with the values of its
        keys added (`ord`, `_published`...: names no table's column has)."""
        rows = self.lines[table].rows([k["_row"] for k in keys])
        for row, k in zip(rows, keys, strict=True):
            row.update(k)
        return rows

    def value(self, sql: str) -> Any:
        return self.con.execute(sql).fetchone()[0]

    def close(self) -> None:
        self.con.close()
        for lines in self.lines.values():
            lines.close()


class _Lines:
    """The rows of a JSON Lines file read by their positions: where each row's line starts is kept (8 bytes a
    row), and each run of consecutive rows asked for is one read."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._starts = array("q")
        at = 0
        for line in self._file:
            if line.strip():
                self._starts.append(at)
            at += len(line)
        self._starts.append(at)
        self.count = len(self._starts) - 1

    def rows(self, positions: list[int]) -> list[dict]:
        rows: list[dict] = []
        first = 0
        for i in range(1, len(positions) + 1):
            if i == len(positions) or positions[i] != positions[i - 1] + 1:  # the end of a run of rows
                start, end = self._starts[positions[first]], self._starts[positions[i - 1] + 1]
                data = os.pread(self._file.fileno(), end - start, start)
                rows += [orjson.loads(line) for line in data.splitlines() if line.strip()]
                first = i
        return rows

    def all(self) -> Iterator[dict]:
        """Every row, in order."""
        self._file.seek(0)
        return (orjson.loads(line) for line in self._file if line.strip())

    def close(self) -> None:
        self._file.close()


def _casefold(text: str) -> str:
    return text.casefold()


#: Companies rows from the documents' `company_id` alone (a run written without the companies table), in the
#: order each company's first document comes: its first subject as its name, its subjects, its documents.
_COMPANIES_OF_DOCUMENTS = """
    SELECT company_id, first(subject ORDER BY _row) FILTER (WHERE subject <> '') AS name,
           coalesce(list_sort(list_distinct(list(subject) FILTER (WHERE subject <> ''))), []) AS names,
           []::VARCHAR[] AS listings, list(doc_id ORDER BY _row) AS doc_ids, min(_row) AS _row
    FROM documents WHERE company_id <> '' GROUP BY company_id"""


class _Groups:
    """The rows of a stream ordered by the number `key`, a group at a time: `take(k)` gives the rows whose key
    is `k` (none: []), passing over those of smaller keys. Streams in one order are read side by side so."""

    def __init__(self, rows: Iterable[dict], key: str = "ord") -> None:
        self._groups = groupby(rows, key=itemgetter(key))
        self._head = next(self._groups, None)

    def take(self, k: int) -> list[dict]:
        while self._head is not None and self._head[0] < k:
            self._head = next(self._groups, None)
        if self._head is None or self._head[0] != k:
            return []
        rows = list(self._head[1])
        self._head = next(self._groups, None)
        return rows


def _batched(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    rows = iter(rows)
    while batch := list(islice(rows, size)):
        yield batch


def _write_table(write: Write, headers: tuple[str, ...], rows: Iterable[str]) -> None:
    """`_table`, written `BATCH_ROWS` rows at a time."""
    write("<table><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead><tbody>")
    rows = iter(rows)
    while batch := "".join(islice(rows, BATCH_ROWS)):
        write(batch)
    write("</tbody></table>")


def _overview(t: _Tables) -> str:
    status = t.con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status").fetchall()
    kinds = t.con.execute("SELECT kind, count(*) FROM claims GROUP BY kind ORDER BY kind").fetchall()
    n = {name: t.value(f"SELECT count(*) FROM {name}") for name in REPORT_TABLES}
    cards = "".join(f"<div class='card'><b>{count}</b>{escape(label)}</div>" for label, count in (
        ("documents", n["documents"]), *((f"status {k}", v) for k, v in status),
        ("companies", n["companies"]), ("claims", n["claims"]), *kinds, ("findings", n["findings"])))
    return f"{_head('extractor report')}<h1>Claims report</h1><div class='cards'>{cards}</div>"


def _head(title: str) -> str:
    """A page's start, to its `<body>`."""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{CSS}</style></head><body>")


_FINDING_HEADERS = ("check", "severity", "documents", "message")


def _finding_rows(findings: Iterable[dict]) -> Iterator[str]:
    for f in findings:
        yield (f"<tr><td>{escape(f['check'])}</td><td class='sev-{escape(f['severity'])}'>{escape(f['severity'])}"
               f"</td><td>{'<br>'.join(escape(d) for d in f['doc_ids'])}</td><td>{escape(f['message'])}</td></tr>")


def _findings_section(t: _Tables, write: Write) -> None:
    write("<h2 id='findings'>Findings</h2>")
    if not t.value("SELECT count(*) FROM findings"):
        write("<p class='ok'>No findings: the claims hold together.</p>")
        return
    _write_table(write, _FINDING_HEADERS, _finding_rows(t.lines["findings"].all()))
    checks = t.con.execute('SELECT "check", severity, count(*) FROM findings GROUP BY ALL ORDER BY ALL').fetchall()
    write(f"<p class='muted'>By check: {', '.join(f'{escape(c)} ({escape(s)}) {n}' for c, s, n in checks)}</p>")


def _current_targets(claims: list[dict]) -> str:
    """The targets of the company's latest release that states any (its versions in other languages with it),
    each target once. `claims`: the company's, in the order of its releases' dates and names."""
    targets = [c for c in claims if c["kind"] == "target"]
    if not targets:
        return "<p class='muted'>No targets stated.</p>"
    latest = max(c["_published"] for c in targets)
    shown: dict[tuple, list[str]] = {}
    chosen: dict[tuple, dict] = {}
    for c in targets:
        if c["_published"] == latest:
            key = (c.get("action"), c.get("metric"), c.get("value"), c.get("unit"), c.get("target_year"),
                   c.get("baseline_year"))
            chosen.setdefault(key, c)
            shown.setdefault(key, []).append(c["doc_id"])
    rows = [_row(_about(c), f"<b>{escape(_value(c))}</b>", "<br>".join(escape(x) for x in shown[key]), _evidence(c))
            for key, c in chosen.items()]
    return (f"<p class='muted'>As stated in the latest release ({escape(latest or 'no date')}).</p>"
            + _table(("target", "value", "documents", "evidence"), rows))


def _award_year_key(c: dict) -> tuple:
    return (c.get("period_year") is None, -(c.get("period_year") or 0), c.get("issuer") or "", c.get("award") or "")


def _awards_by_year(claims: list[dict]) -> str:
    """The company's awards by scoring year (latest first), each year stated or inferred, each award once."""
    seen: dict[tuple, list[str]] = {}
    awards: dict[tuple, dict] = {}
    for c in claims:
        if c["kind"] == "award":
            key = (c.get("period_year"), c.get("issuer"), c.get("award"), c.get("grade"), c.get("period_year_source"))
            awards.setdefault(key, c)
            seen.setdefault(key, []).append(c["doc_id"])
    if not awards:
        return "<p class='muted'>No awards stated.</p>"
    rows = [_row(escape(str(c["period_year"]) if c.get("period_year") else "year not known"),
                 escape(c.get("period_year_source") or "—"), escape(c.get("issuer") or "—"),
                 f"<b>{escape(_value(c))}</b>", "<br>".join(escape(x) for x in seen[key]))
            for key, c in sorted(awards.items(), key=lambda kv: _award_year_key(kv[1]))]
    return _table(("scoring year", "stated or inferred", "issuer", "award", "documents"), rows)


def _company_findings(found: list[dict]) -> str:
    if not found:
        return "<p class='ok'>No findings.</p>"
    return _table(_FINDING_HEADERS, _finding_rows(found))


def _company_section(company: dict, docs: list[dict], claims: list[dict], found: list[dict]) -> str:
    """One company: `docs` its releases by date and name, `claims` their targets and awards in that order,
    `found` the findings naming any of them."""
    names = ", ".join(escape(n) for n in company.get("names") or []) or "—"
    listings = ", ".join(escape(x) for x in company.get("listings") or []) or "—"
    return (f"<h3 id='company-{escape(company['company_id'])}'>{escape(company.get('name') or company['company_id'])}</h3>"
            f"<p><b>Names:</b> {names}<br><b>Listings:</b> {listings}<br><b>Documents:</b> "
            f"{', '.join(escape(d['doc_id']) for d in docs) or '—'}</p>"
            f"<h4>Current targets</h4>{_current_targets(claims)}"
            f"<h4>Awards by scoring year</h4>{_awards_by_year(claims)}"
            f"<h4>Findings</h4>{_company_findings(found)}")


#: The documents of each company (`company_order.ord`) that the documents table holds.
_MEMBERS = """members AS (SELECT m.ord, d.doc_id, coalesce(d.published, '') AS _published
                          FROM (SELECT ord, unnest(doc_ids) AS doc_id FROM company_order) m
                          JOIN documents d ON d.doc_id = m.doc_id)"""
#: The findings naming each document (positions in the findings table).
_NAMING = "naming AS (SELECT _row, unnest(doc_ids) AS doc_id FROM findings WHERE {check})"
#: Per company, in the order of `company_order`: its documents (ids), its targets' and awards' positions in
#: the claims table, the positions of the findings naming its documents.
_COMPANY_STREAMS = {
    "docs": f"WITH {_MEMBERS} SELECT ord, doc_id FROM members ORDER BY ord, _published, doc_id",
    "claims": f"""WITH {_MEMBERS} SELECT m.ord, m._published, c._row FROM members m JOIN claims c ON c.doc_id = m.doc_id
                  WHERE c.kind IN ('target', 'award') ORDER BY m.ord, m._published, c.doc_id, c._row""",
    "findings": f"""WITH {_MEMBERS}, {_NAMING.format(check='true')}
                    SELECT DISTINCT m.ord, n._row FROM members m JOIN naming n ON n.doc_id = m.doc_id
                    ORDER BY m.ord, n._row""",
}


def _order_companies(t: _Tables) -> None:
    """The table `company_order`: the companies in the order of their names (case folded), `ord` 1, 2..."""
    t.con.execute("CREATE OR REPLACE TABLE company_order AS SELECT row_number() OVER "
                  "(ORDER BY casefold(coalesce(name, '')), company_id, _row) AS ord, * FROM companies")


def _companies_section(t: _Tables, write: Write) -> None:
    """Each company in the order of its name (case folded), with its releases, targets, awards and findings:
    four streams in that order read side by side."""
    _order_companies(t)
    write(f"<h2 id='companies'>Companies ({t.value('SELECT count(*) FROM company_order')})</h2>")
    docs, claims, found = (_Groups(t.keys(sql)) for sql in _COMPANY_STREAMS.values())
    for company in t.keys("SELECT ord, company_id, name, names, listings FROM company_order ORDER BY ord"):
        write(_company_section(company, docs.take(company["ord"]), t.rows("claims", claims.take(company["ord"])),
                               t.rows("findings", found.take(company["ord"]))))


def _unaligned(docs: list[dict], claims: list[dict], found: list[dict]) -> str:
    """The claims of a story that one language version states and another does not (`translation_unaligned`
    findings naming its documents, `found`; their claims are among the story's own, `claims`)."""
    ids = {d["doc_id"] for d in docs}
    doc = {d["doc_id"]: d for d in docs}
    claim = {c["claim_id"]: c for c in claims}
    rows = []
    for f in found:
        if not set(f["doc_ids"]) <= ids:
            continue
        for c in (claim[cid] for cid in f["claim_ids"] if cid in claim):
            version = doc.get(c["doc_id"], {})
            rows.append(_row(escape(f"{c['doc_id']} ({version.get('lang') or c.get('lang') or '?'})"), _about(c),
                             f"<b>{escape(_value(c))}</b><br>{_evidence(c)}", escape(f["message"])))
    if not rows:
        return ""
    return "<h4>Stated in one version only</h4>" + _table(("stated in", "claim", "value", "finding"), rows)


_UNALIGNED = "\"check\" = 'translation_unaligned'"
#: The documents of each story (`story_order.ord`).
_VERSIONS = ("versions AS (SELECT s.ord, d.doc_id, d._row FROM story_order s "
             "JOIN documents d ON d.story_id = s.story_id)")
#: Per story, in the order of `story_order`: the positions of its documents (by name), of their claims (each
#: flagged when a `translation_mismatch` names it) and of the `translation_unaligned` findings naming them.
_STORY_STREAMS = {
    "docs": f"WITH {_VERSIONS} SELECT ord, _row FROM versions ORDER BY ord, doc_id, _row",
    "claims": f"""WITH {_VERSIONS},
                  flagged AS (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM findings
                              WHERE "check" = 'translation_mismatch')
                  SELECT v.ord, c._row, g.claim_id IS NOT NULL AS _flagged
                  FROM versions v JOIN claims c ON c.doc_id = v.doc_id LEFT JOIN flagged g ON g.claim_id = c.claim_id
                  ORDER BY v.ord, c._row""",
    "findings": f"""WITH {_VERSIONS}, {_NAMING.format(check=_UNALIGNED)}
                    SELECT DISTINCT v.ord, n._row FROM versions v JOIN naming n ON n.doc_id = v.doc_id
                    ORDER BY v.ord, n._row""",
}


def _stories_section(t: _Tables, write: Write) -> None:
    """Each story of more than one release, in the order of its first release's name, its versions side by side."""
    t.con.execute("""CREATE OR REPLACE TABLE story_order AS
                     SELECT row_number() OVER (ORDER BY first_doc, first_row) AS ord, story_id FROM (
                         SELECT story_id, arg_min(doc_id, _row) AS first_doc, min(_row) AS first_row FROM documents
                         WHERE story_id <> '' GROUP BY story_id HAVING count(*) > 1)""")
    write(f"<h2 id='stories'>Stories in several languages ({t.value('SELECT count(*) FROM story_order')})</h2>")
    streams = [(table, _Groups(t.keys(sql))) for table, sql in zip(("documents", "claims", "findings"),
                                                                    _STORY_STREAMS.values())]
    for story in t.keys("SELECT ord, story_id FROM story_order ORDER BY ord"):
        docs, claims, found = (t.rows(table, keys.take(story["ord"])) for table, keys in streams)
        write(_story(story["story_id"], docs, claims, {c["claim_id"] for c in claims if c["_flagged"]}, found))


def _story(story_id: str, docs: list[dict], claims: list[dict], flagged: set[str], found: list[dict]) -> str:
    """One story: `docs` its versions by name, `claims` theirs in the table's order (`flagged`: the ids of those a
    `translation_mismatch` names), `found` the `translation_unaligned` findings naming its versions."""
    claims_of: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        claims_of[c["doc_id"]].append(c)
    return (f"<h3>{escape(docs[0].get('subject') or '?')} — {escape(docs[0].get('title') or story_id)}</h3>"
            + _story_section(docs, claims_of, flagged) + _unaligned(docs, claims, found))


_TIMELINE = """
    SELECT coalesce(nullif(d.subject, ''), '(no subject)') AS _subject, d.published AS _doc_published, c._row
    FROM documents d JOIN claims c ON c.doc_id = d.doc_id
    WHERE d.status = 'ok' AND c.kind IN ('target', 'award')
    ORDER BY _subject, coalesce(nullif(d.published, ''), '9999'), d.doc_id, d._row, c._row"""


def _timelines_section(t: _Tables, write: Write) -> None:
    """The targets and awards of each subject's releases (those read without error), by date."""
    write(_TIMELINES)
    for subject, keys in groupby(t.keys(_TIMELINE), key=itemgetter("_subject")):
        write(f"<h3>{escape(subject)}</h3>")
        _write_table(write, _TIMELINE_HEADERS, (_timeline_row(c) for batch in _batched(keys, BATCH_ROWS)
                                                for c in t.rows("claims", batch)))


_TIMELINES = "<h2 id='timelines'>Targets and awards over time, per subject</h2>"
_TIMELINE_HEADERS = ("published", "document", "claim", "value", "evidence")


def _timeline_row(c: dict) -> str:
    """A claim in a subject's timeline (`_doc_published`: its document's date)."""
    return _row(escape(c["_doc_published"] or "no date"), escape(c["doc_id"]), _about(c),
                f"<b>{escape(_value(c))}</b>", _evidence(c))


_DOCUMENTS = "<h2 id='documents'>Documents</h2>"
_DOCUMENT_HEADERS = ("document", "status", "language", "published", "subject", "claims", "reason")


def _document_row(d: dict) -> str:
    return _row(escape(d["doc_id"]), escape(d["status"]), escape(d.get("lang") or ""), escape(d.get("published") or ""),
                escape(d.get("subject") or ""), str(d.get("n_claims") or 0), escape(d.get("reason") or ""))


def _documents_section(t: _Tables, write: Write) -> None:
    write(_DOCUMENTS)
    _write_table(write, _DOCUMENT_HEADERS, map(_document_row, t.lines["documents"].all()))


def _write_page(t: _Tables, write: Write) -> None:
    write(_overview(t))
    for section in (_findings_section, _companies_section, _stories_section, _timelines_section,
                    _documents_section):
        section(t, write)
    write("</body></html>")


# --- a report of pages: an index and a page per company, kept across reruns -------------------------------

#: From this many documents on, the report is an index page and a page per company (`_write_paged`) instead of
#: one page. The single page grows by about 4 KB a document (83 MB at 20,000 releases); at 2,000 it is about
#: 8 MB, which a browser still opens in a few seconds, and the bundled corpora (under a hundred releases) stay
#: one page, as they were.
PAGED_FROM = 2_000
#: A page of a paged report: a digest of what it shows (`_page_name`), and a file being written.
_PAGE_FILE = RUN_FOLDERS["report"]
_PART = ".part"
_PAGE_PART = re.compile(r"\.[0-9a-f]{32}\.html\.part")
#: The documents of each page: a company's (`company_order.ord`, 1, 2...) and, as page 0, those of no company.
_PAGE_DOCS = """
    CREATE OR REPLACE TABLE page_docs AS
    WITH members AS (SELECT ord, unnest(doc_ids) AS doc_id FROM company_order)
    SELECT m.ord, d.doc_id, d.sha256, d._row FROM members m JOIN documents d ON d.doc_id = m.doc_id
    UNION ALL
    SELECT 0 AS ord, d.doc_id, d.sha256, d._row FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.doc_id = d.doc_id)"""
#: Per page, in order: what its name is a digest of (the company's row; its documents, `_PAGE_DOCS_KEYS`) and
#: what the index says of it (how many documents, claims and findings). Page 0 only when it has documents. Only
#: counts are aggregated: a list of every page's documents, aggregated whole, did not fit the report's DuckDB
#: memory at 200,000 releases (it cannot spill); the documents come sorted, a page at a time.
_PAGE_KEYS = """
    WITH pages AS (SELECT ord, company_id, name, names, listings FROM company_order
                   UNION ALL SELECT 0, NULL, NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM page_docs WHERE ord = 0)),
         docs AS (SELECT ord, count(*) AS n FROM page_docs GROUP BY ord),
         claimed AS (SELECT p.ord, count(*) AS n FROM page_docs p JOIN claims c ON c.doc_id = p.doc_id GROUP BY p.ord),
         found AS (SELECT p.ord, count(DISTINCT n._row) AS n FROM page_docs p
                   JOIN (SELECT _row, unnest(doc_ids) AS doc_id FROM findings) n ON n.doc_id = p.doc_id GROUP BY p.ord)
    SELECT pages.*, coalesce(docs.n, 0) AS n_docs, coalesce(claimed.n, 0) AS n_claims, coalesce(found.n, 0) AS n_found
    FROM pages LEFT JOIN docs USING (ord) LEFT JOIN claimed USING (ord) LEFT JOIN found USING (ord)
    ORDER BY ord"""
#: Each page's documents as its name digests them (id and SHA-256), in the order of `_PAGE_KEYS`.
_PAGE_DOCS_KEYS = """SELECT ord, doc_id || chr(31) || coalesce(sha256, '') AS doc FROM page_docs
                     ORDER BY ord, doc_id, _row"""
#: Per page to render (`todo`), in order: its documents, their claims and the findings naming them (positions).
_PAGE_STREAMS = {
    "documents": "SELECT p.ord, p._row FROM page_docs p SEMI JOIN todo USING (ord) ORDER BY p.ord, p._row",
    "claims": """SELECT p.ord, c._row FROM page_docs p SEMI JOIN todo USING (ord) JOIN claims c ON c.doc_id = p.doc_id
                 ORDER BY p.ord, c._row""",
    "findings": f"""WITH {_NAMING.format(check='true')}
                    SELECT DISTINCT p.ord, n._row FROM page_docs p SEMI JOIN todo USING (ord)
                    JOIN naming n ON n.doc_id = p.doc_id ORDER BY p.ord, n._row""",
}


def pages_folder(target: Path) -> Path:
    """The folder of the pages of a paged report whose index is `target`: `report.html` -> `report/`."""
    return target.with_name(target.stem if target.suffix else f"{target.name}-pages")


def _page_name(fingerprint: str, index: str, page: dict, docs: list[str]) -> str:
    """The file name of a page: a digest of everything the page shows, so that a page of that name written
    before is this page, byte for byte.

    What a page shows is the company's row (id, name, names, listings), the rows of its documents (`docs`: their
    ids and SHA-256, sorted) and their
    claims, and the findings naming its documents; the page links back to the index by its name (`index`), and
    the code that renders it is the extractor's (`fingerprint`, every source file of it). A document's and its
    claims' rows follow from its file's bytes (SHA-256) and its id, as an incremental run assumes when it keeps
    them (`incremental`); their `company_id` is the page's. A finding naming a document of a company is one of
    the checks of that document alone, or of the checks across releases of the company's documents
    (`checks.company_groups`: a company's ok documents are one group, checked apart from all others, its key
    the documents' ids, digests and company: `checks.group_keys`), so it names only documents of this page and
    follows from them; the story ids (`story_id`) come from those same checks of the group. The documents of no
    company (page 0) are grouped by subject among themselves only, so their findings and stories follow from
    all of them, and they are all in that page's key."""
    key = [fingerprint, index, page["company_id"], page["name"], page["names"], page["listings"], docs]
    return hashlib.sha256(orjson.dumps(key)).hexdigest()[:32] + ".html"


def _by_doc(docs: list[dict], claims: list[dict]) -> dict[str, dict]:
    """`docs` by id; each of `claims` given its document's date (`_published`: "" for none, `_doc_published`)
    and row (`_doc_row`)."""
    doc = {d["doc_id"]: d for d in docs}
    for c in claims:
        d = doc[c["doc_id"]]
        c["_published"], c["_doc_published"], c["_doc_row"] = d.get("published") or "", d.get("published"), d["_row"]
    return doc


def _stories_of(docs: list[dict]) -> list[list[dict]]:
    """The stories of several versions among `docs` (in the table's order), each its versions in that order, in
    the single page's order: by the name of the first version, then its place."""
    versions: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        if d.get("story_id"):
            versions[d["story_id"]].append(d)
    return sorted((v for v in versions.values() if len(v) > 1), key=lambda v: (v[0]["doc_id"], v[0]["_row"]))


def _page_stories(docs: list[dict], claims: list[dict], found: list[dict]) -> str:
    """The stories of several versions among `docs` (in the table's order), as the single page shows them."""
    stories = _stories_of(docs)
    flagged = {cid for f in found if f["check"] == "translation_mismatch" for cid in f["claim_ids"]}
    unaligned = [f for f in found if f["check"] == "translation_unaligned"]
    parts = [f"<h2 id='stories'>Stories in several languages ({len(stories)})</h2>"]
    for story in stories:
        ids = {d["doc_id"] for d in story}
        parts.append(_story(story[0]["story_id"], sorted(story, key=itemgetter("doc_id", "_row")),
                            [c for c in claims if c["doc_id"] in ids], flagged,
                            [f for f in unaligned if ids.intersection(f["doc_ids"])]))
    return "".join(parts)


def _page_timelines(doc: dict[str, dict], claims: list[dict]) -> str:
    """The targets and awards of the page's documents read without error, per subject, by date."""
    def subject(c: dict) -> str:
        return doc[c["doc_id"]].get("subject") or "(no subject)"

    shown = sorted((c for c in claims if c["kind"] in ("target", "award") and doc[c["doc_id"]]["status"] == "ok"),
                   key=lambda c: (subject(c), c["_published"] or "9999", c["doc_id"], c["_doc_row"], c["_row"]))
    return _TIMELINES + "".join(f"<h3>{escape(s)}</h3>" + _table(_TIMELINE_HEADERS, [_timeline_row(c) for c in rows])
                                for s, rows in groupby(shown, key=subject))


def _page(company: dict | None, docs: list[dict], claims: list[dict], found: list[dict], index: str) -> str:
    """The page of a company (None: of the documents of no company): its section as the single page has it (or
    the findings naming the documents), its stories, the timeline of its subjects and its documents. `docs`,
    `claims` and `found`: the rows of its documents, their claims and the findings naming them, in the tables'
    order; `index`: the index page's name."""
    doc = _by_doc(docs, claims)
    title = (company.get("name") or company["company_id"]) if company else "Documents of no company"
    if company:
        by_date = sorted(docs, key=lambda d: (d.get("published") or "", d["doc_id"]))
        shown = sorted((c for c in claims if c["kind"] in ("target", "award")),
                       key=itemgetter("_published", "doc_id", "_row"))
        about = _company_section(company, by_date, shown, found)
    else:
        about = f"<h1>{escape(title)}</h1><h2 id='findings'>Findings</h2>{_company_findings(found)}"
    return (f"{_head(f'{title} — extractor report')}<p><a href='../{escape(quote(index))}'>All companies</a></p>"
            f"{about}{_page_stories(docs, claims, found)}{_page_timelines(doc, claims)}"
            f"{_DOCUMENTS}{_table(_DOCUMENT_HEADERS, [_document_row(d) for d in docs])}</body></html>")


class _Pages:
    """The pages of a paged report in `folder` as they are decided on: each is kept (`keep`: a page of its name
    already in the folder, or in the earlier set's, `earlier`, linked or copied in) or to be rendered (`todo`)."""

    def __init__(self, folder: Path, earlier: dict[str, Path]) -> None:
        self.folder, self.earlier = folder, earlier
        self.names: set[str] = set()
        self.todo: list[tuple[int, str]] = []
        folder.mkdir(parents=True, exist_ok=True)

    def keep(self, ord_: int, name: str) -> None:
        self.names.add(name)
        if (self.folder / name).is_file():
            return
        if name in self.earlier:
            _link(self.earlier[name], self.folder / name)
            return
        self.todo.append((ord_, name))

    def write(self, name: str, page: str) -> None:
        part = self.folder / f".{name}{_PART}"
        part.write_text(page, encoding="utf-8")
        part.replace(self.folder / name)


def _link(source: Path, target: Path) -> None:
    """`target` made the file `source` is (a hard link), or a copy of it where no link can be made."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _index_row(page: dict, href: str) -> str:
    return _row(f"<a href='{escape(href)}'>{escape(page['name'] or page['company_id'])}</a>", str(page["n_docs"]),
                str(page["n_claims"]), str(page["n_found"]))


def _write_index(t: _Tables, write: Write, pages: _Pages, index: str) -> None:
    """The index of a paged report: the overview, the findings by check and severity, each company with a link
    to its page (decided on in `pages` as the companies come), and a link to the page of the documents of no
    company."""
    write(_overview(t))
    write(f"<p class='muted'>{t.value('SELECT count(*) FROM documents')} documents: this report has a page for each "
          f"company, in the folder {escape(pages.folder.name)}/ next to this page.</p><h2 id='findings'>Findings</h2>")
    checks = t.con.execute('SELECT "check", severity, count(*) FROM findings GROUP BY ALL ORDER BY ALL').fetchall()
    write(_table(("check", "severity", "findings"), [
        f"<tr><td>{escape(c)}</td><td class='sev-{escape(s)}'>{escape(s)}</td><td>{n}</td></tr>" for c, s, n in checks])
        if checks else "<p class='ok'>No findings: the claims hold together.</p>")
    fingerprint = _fingerprint()
    alone = ""
    write(f"<h2 id='companies'>Companies ({t.value('SELECT count(*) FROM company_order')})</h2>")
    write("<table><thead><tr><th>company</th><th>documents</th><th>claims</th><th>findings</th></tr></thead><tbody>")
    docs = _Groups(t.keys(_PAGE_DOCS_KEYS))
    for page in t.keys(_PAGE_KEYS):
        name = _page_name(fingerprint, index, page, [d["doc"] for d in docs.take(page["ord"])])
        pages.keep(page["ord"], name)
        href = f"{quote(pages.folder.name)}/{name}"
        if page["ord"]:
            write(_index_row(page, href))
        else:
            alone = (f"<p><a href='{escape(href)}'>Documents of no company</a>: {page['n_docs']} documents, "
                     f"{page['n_claims']} claims, {page['n_found']} findings.</p>")
    write(f"</tbody></table>{alone}</body></html>")


def _fingerprint() -> str:
    from extractor.output.incremental import fingerprint

    return fingerprint()


def _render_pages(t: _Tables, pages: _Pages, index: str) -> None:
    """Render the pages `pages.todo`, each from the rows of its documents, their claims and the findings naming
    them (three streams by page, read side by side: the database's work is that of the pages rendered)."""
    if not pages.todo:
        return
    t.con.execute("CREATE OR REPLACE TABLE todo AS SELECT unnest($1::BIGINT[]) AS ord", [[o for o, _ in pages.todo]])
    docs, claims, found = (_Groups(t.keys(sql)) for sql in _PAGE_STREAMS.values())
    companies = t.keys("SELECT ord, company_id, name, names, listings FROM company_order SEMI JOIN todo USING (ord) "
                       "ORDER BY ord")
    company = next(companies, None)
    for ord_, name in pages.todo:
        this = None
        if ord_:
            this, company = company, next(companies, None)
        pages.write(name, _page(this, t.rows("documents", docs.take(ord_)), t.rows("claims", claims.take(ord_)),
                                t.rows("findings", found.take(ord_)), index))


def _write_paged(t: _Tables, write: Write, pages: _Pages, index: str) -> None:
    """The index (`write`) and the pages of the companies (in `pages.folder`), those kept skipped."""
    _order_companies(t)
    t.con.execute(_PAGE_DOCS)
    _write_index(t, write, pages, index)
    _render_pages(t, pages, index)


def _remove_stale(folder: Path, keep: set[str], manifest_of: Path) -> None:
    """Remove the pages in `folder` other than `keep` (and those the set in `manifest_of` names, when it is a
    run's OUT: its own report's pages), and the folder when it is left empty."""
    from extractor.errors import UsageError
    from extractor.output.write import read_manifest

    if not folder.is_dir():
        return
    try:
        keep = keep | {name.rpartition("/")[2] for name in read_manifest(manifest_of)
                       if name.startswith(f"{folder.name}/")}
    except UsageError:
        pass
    for path in folder.iterdir():
        if (_PAGE_FILE.fullmatch(path.name) and path.name not in keep) or _PAGE_PART.fullmatch(path.name):
            path.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


def _earlier_pages(keep_from: Path | None, folder: str) -> dict[str, Path]:
    """The pages of the report of the set in `keep_from` (a run's OUT) named `folder/<page>`, by name."""
    from extractor.errors import UsageError
    from extractor.output.write import read_manifest

    if keep_from is None:
        return {}
    try:
        files = read_manifest(keep_from)
    except UsageError:
        return {}
    return {name.rpartition("/")[2]: path for name, path in files.items() if name.startswith(f"{folder}/")}


def _write_file(target: Path, writing: Callable[[Write], None]) -> None:
    """Write `target` atomically: `writing(write)` writes it into a temporary file renamed into place."""
    tmp = target.with_name(f".{target.name}{_PART}")
    try:
        with tmp.open("w", encoding="utf-8", buffering=1 << 20) as page:
            writing(page.write)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)


def _with_tables(files: dict[str, Path], out: Path, work: Callable[[_Tables], None]) -> None:
    """`work` on the tables of the run in `out`; DuckDB out of its `MEMORY_LIMIT` is the environment's failure,
    said in one line (`EnvironmentFailure`)."""
    import duckdb

    with tempfile.TemporaryDirectory(prefix="extractor-report-") as temp:
        tables = _Tables(files, out, temp)
        try:
            work(tables)
        except duckdb.OutOfMemoryException as err:
            raise EnvironmentFailure(f"the report of {out} ran out of memory: its DuckDB database may use "
                                     f"{MEMORY_LIMIT} ({str(err).splitlines()[0]}); free memory, or run with "
                                     "--no-report") from err
        finally:
            tables.close()


def render(documents: list[dict], claims: list[dict], findings: list[dict],
           companies: list[dict] | None = None) -> str:
    """The report page of rows given in memory, as a string (they are written as tables in a temporary folder
    first, and read as a run's are). `companies`: the rows of the companies table (without them, the companies
    are read from the documents' `company_id`)."""
    page = io.StringIO()
    with tempfile.TemporaryDirectory(prefix="extractor-report-rows-") as folder:
        written = write_tables(Path(folder), documents=documents, claims=claims, findings=findings,
                               companies=companies)
        _with_tables({path.name: path for path in written}, Path(folder), lambda t: _write_page(t, page.write))
    return page.getvalue()


def write_report(out: Path, target: Path, *, staged: bool = False, paged_from: int | None = None,
                 keep_from: Path | None = None) -> Path:
    """Write the report of the complete run in `out` to `target` (atomically, as it is made) and return its
    path; `staged`: of a run being written (`write.run_files`).

    A run of `paged_from` documents or more (`PAGED_FROM`) is reported as an index at `target` and a page per
    company in `pages_folder(target)`, each named by a digest of what it shows (`_page_name`): a page of that
    name already in the folder, or named in the set of the run in `keep_from` (the OUT a run is staged in), is
    kept (linked or copied) instead of rendered again. The index is written last; pages no longer linked from
    it are removed then (not those the set in `target`'s folder names, when it is a run's OUT)."""
    files = run_files(out, staged=staged)
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = pages_folder(target)
    paged_from = PAGED_FROM if paged_from is None else paged_from
    names: set[str] = set()

    def work(t: _Tables) -> None:
        if t.value("SELECT count(*) FROM documents") < paged_from:
            _write_file(target, lambda write: _write_page(t, write))
            return
        pages = _Pages(folder, _earlier_pages(keep_from, folder.name))
        _write_file(target, lambda write: _write_paged(t, write, pages, target.name))
        names.update(pages.names)

    _with_tables(files, out, work)
    _remove_stale(folder, names, target.parent)
    return target


def report_files(target: Path) -> list[str]:
    """The files of the report at `target` as a run's set names them, relative to `target`'s folder: the page
    and, when it is paged, its pages (`folder/<page>`)."""
    folder = pages_folder(target)
    pages = sorted(p.name for p in folder.iterdir() if _PAGE_FILE.fullmatch(p.name)) if folder.is_dir() else []
    return [target.name, *(f"{folder.name}/{name}" for name in pages)]
