"""The report: one static HTML page a researcher can open offline.

Sections: an overview of counts and findings; each company (its names and
listings, its current targets — the latest release's —, its awards by scoring
year, stated or inferred, and its findings); each story (one release in several
languages) with its versions side by side, claims aligned by what they are
about, evidence sentences with the matched span highlighted, disagreements
marked, and the claims only one version states; a timeline of targets and
awards per subject; and every document's status. No scripts, no fonts or styles from the network.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

import orjson

from extractor.errors import UsageError
from extractor.output.write import run_files

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


def _load(files: dict[str, Path], out: Path, name: str) -> list[dict[str, Any]]:
    path = files.get(f"{name}.jsonl")
    if path is None:
        raise UsageError(f"{out / (name + '.jsonl')} not found: give the OUT folder of a finished `extractor run`")
    with path.open("rb") as lines:
        return [orjson.loads(line) for line in lines if line.strip()]


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
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


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


class _Run:
    """A finished run's rows, indexed the ways the report reads them."""

    def __init__(self, documents: list[dict], claims: list[dict], findings: list[dict],
                 companies: list[dict] | None) -> None:
        self.documents, self.claims, self.findings = documents, claims, findings
        self.claims_of: dict[str, list[dict]] = defaultdict(list)
        for c in claims:
            self.claims_of[c["doc_id"]].append(c)
        self.claim = {c["claim_id"]: c for c in claims}
        self.doc = {d["doc_id"]: d for d in documents}
        self.flagged = {cid for f in findings if f["check"] == "translation_mismatch" for cid in f["claim_ids"]}
        self.companies = companies if companies is not None else _companies_of(documents)
        #: the findings naming each document, as positions in `findings`
        self.findings_of: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(findings):
            for doc_id in f["doc_ids"]:
                self.findings_of[doc_id].append(i)

    def findings_on(self, doc_ids: Iterable[str], check: str | None = None) -> list[dict]:
        """The findings naming any of `doc_ids` (of `check` only, if given), in the order of `findings`."""
        found = sorted({i for doc_id in doc_ids for i in self.findings_of.get(doc_id, ())})
        return [self.findings[i] for i in found if check is None or self.findings[i]["check"] == check]


def _companies_of(documents: list[dict]) -> list[dict]:
    """Companies rows from the documents' `company_id` alone (a run written without `companies.jsonl`)."""
    docs_of: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        if d.get("company_id"):
            docs_of[d["company_id"]].append(d)
    return [{"company_id": cid, "name": next((d["subject"] for d in docs if d.get("subject")), None),
             "names": sorted({d["subject"] for d in docs if d.get("subject")}), "listings": [],
             "doc_ids": [d["doc_id"] for d in docs]} for cid, docs in docs_of.items()]


def _overview(run: _Run) -> str:
    status = Counter(d["status"] for d in run.documents)
    kinds = Counter(c["kind"] for c in run.claims)
    cards = "".join(f"<div class='card'><b>{n}</b>{escape(label)}</div>" for label, n in (
        ("documents", len(run.documents)), *((f"status {k}", v) for k, v in sorted(status.items())),
        ("companies", len(run.companies)), ("claims", len(run.claims)), *((k, v) for k, v in sorted(kinds.items())),
        ("findings", len(run.findings))))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>extractor report</title>"
            f"<style>{CSS}</style></head><body><h1>Claims report</h1><div class='cards'>{cards}</div>")


def _finding_rows(findings: list[dict]) -> list[str]:
    return [f"<tr><td>{escape(f['check'])}</td><td class='sev-{escape(f['severity'])}'>{escape(f['severity'])}"
            f"</td><td>{'<br>'.join(escape(d) for d in f['doc_ids'])}</td><td>{escape(f['message'])}</td></tr>"
            for f in findings]


def _findings_section(findings: list[dict]) -> str:
    if not findings:
        return "<h2 id='findings'>Findings</h2><p class='ok'>No findings: the claims hold together.</p>"
    checks = Counter((f["check"], f["severity"]) for f in findings)
    by_check = ", ".join(f"{escape(c)} ({escape(s)}) {n}" for (c, s), n in sorted(checks.items()))
    return ("<h2 id='findings'>Findings</h2>" + _table(("check", "severity", "documents", "message"), _finding_rows(findings))
            + f"<p class='muted'>By check: {by_check}</p>")


def _published(d: dict) -> str:
    return d.get("published") or ""


def _current_targets(run: _Run, docs: list[dict]) -> str:
    """The targets of the company's latest release that states any (its versions in other languages with it),
    each target once."""
    with_targets = [d for d in docs if any(c["kind"] == "target" for c in run.claims_of.get(d["doc_id"], []))]
    if not with_targets:
        return "<p class='muted'>No targets stated.</p>"
    latest = max(_published(d) for d in with_targets)
    shown: dict[tuple, list[str]] = {}
    claims: dict[tuple, dict] = {}
    for d in sorted((d for d in with_targets if _published(d) == latest), key=lambda d: d["doc_id"]):
        for c in run.claims_of[d["doc_id"]]:
            if c["kind"] == "target":
                key = (c.get("action"), c.get("metric"), c.get("value"), c.get("unit"), c.get("target_year"),
                       c.get("baseline_year"))
                claims.setdefault(key, c)
                shown.setdefault(key, []).append(d["doc_id"])
    rows = [_row(_about(c), f"<b>{escape(_value(c))}</b>", "<br>".join(escape(x) for x in shown[key]), _evidence(c))
            for key, c in claims.items()]
    return (f"<p class='muted'>As stated in the latest release ({escape(latest or 'no date')}).</p>"
            + _table(("target", "value", "documents", "evidence"), rows))


def _award_year_key(c: dict) -> tuple:
    return (c.get("period_year") is None, -(c.get("period_year") or 0), c.get("issuer") or "", c.get("award") or "")


def _awards_by_year(run: _Run, docs: list[dict]) -> str:
    """The company's awards by scoring year (latest first), each year stated or inferred, each award once."""
    seen: dict[tuple, list[str]] = {}
    awards: dict[tuple, dict] = {}
    for d in docs:
        for c in run.claims_of.get(d["doc_id"], []):
            if c["kind"] == "award":
                key = (c.get("period_year"), c.get("issuer"), c.get("award"), c.get("grade"), c.get("period_year_source"))
                awards.setdefault(key, c)
                seen.setdefault(key, []).append(d["doc_id"])
    if not awards:
        return "<p class='muted'>No awards stated.</p>"
    rows = [_row(escape(str(c["period_year"]) if c.get("period_year") else "year not known"),
                 escape(c.get("period_year_source") or "—"), escape(c.get("issuer") or "—"),
                 f"<b>{escape(_value(c))}</b>", "<br>".join(escape(x) for x in seen[key]))
            for key, c in sorted(awards.items(), key=lambda kv: _award_year_key(kv[1]))]
    return _table(("scoring year", "stated or inferred", "issuer", "award", "documents"), rows)


def _company_findings(run: _Run, doc_ids: set[str]) -> str:
    found = run.findings_on(doc_ids)
    if not found:
        return "<p class='ok'>No findings.</p>"
    return _table(("check", "severity", "documents", "message"), _finding_rows(found))


def _company_section(run: _Run, company: dict) -> str:
    doc_ids = [x for x in company.get("doc_ids") or [] if x in run.doc]
    docs = sorted((run.doc[x] for x in doc_ids), key=lambda d: (_published(d), d["doc_id"]))
    names = ", ".join(escape(n) for n in company.get("names") or []) or "—"
    listings = ", ".join(escape(x) for x in company.get("listings") or []) or "—"
    return (f"<h3 id='company-{escape(company['company_id'])}'>{escape(company.get('name') or company['company_id'])}</h3>"
            f"<p><b>Names:</b> {names}<br><b>Listings:</b> {listings}<br><b>Documents:</b> "
            f"{', '.join(escape(d['doc_id']) for d in docs) or '—'}</p>"
            f"<h4>Current targets</h4>{_current_targets(run, docs)}"
            f"<h4>Awards by scoring year</h4>{_awards_by_year(run, docs)}"
            f"<h4>Findings</h4>{_company_findings(run, set(doc_ids))}")


def _companies_section(run: _Run) -> str:
    companies = sorted(run.companies, key=lambda c: ((c.get("name") or "").casefold(), c["company_id"]))
    return (f"<h2 id='companies'>Companies ({len(companies)})</h2>"
            + "".join(_company_section(run, c) for c in companies))


def _unaligned(run: _Run, docs: list[dict]) -> str:
    """The claims of a story that one language version states and another does not (`translation_unaligned`)."""
    ids = {d["doc_id"] for d in docs}
    rows = []
    for f in run.findings_on(ids, "translation_unaligned"):
        if not set(f["doc_ids"]) <= ids:
            continue
        for c in (run.claim[cid] for cid in f["claim_ids"] if cid in run.claim):
            version = run.doc.get(c["doc_id"], {})
            rows.append(_row(escape(f"{c['doc_id']} ({version.get('lang') or c.get('lang') or '?'})"), _about(c),
                             f"<b>{escape(_value(c))}</b><br>{_evidence(c)}", escape(f["message"])))
    if not rows:
        return ""
    return "<h4>Stated in one version only</h4>" + _table(("stated in", "claim", "value", "finding"), rows)


def _stories_section(run: _Run) -> str:
    stories: dict[str, list[dict]] = defaultdict(list)
    for d in run.documents:
        if d.get("story_id"):
            stories[d["story_id"]].append(d)
    multi = {k: v for k, v in stories.items() if len(v) > 1}
    parts = [f"<h2 id='stories'>Stories in several languages ({len(multi)})</h2>"]
    for story_id, docs in sorted(multi.items(), key=lambda kv: kv[1][0]["doc_id"]):
        docs = sorted(docs, key=lambda d: d["doc_id"])
        parts.append(f"<h3>{escape(docs[0].get('subject') or '?')} — {escape(docs[0].get('title') or story_id)}</h3>")
        parts.append(_story_section(docs, run.claims_of, run.flagged))
        parts.append(_unaligned(run, docs))
    return "".join(parts)


def _timelines_section(run: _Run) -> str:
    parts = ["<h2 id='timelines'>Targets and awards over time, per subject</h2>"]
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for d in run.documents:
        if d["status"] == "ok":
            by_subject[d.get("subject") or "(no subject)"].append(d)
    for subject, docs in sorted(by_subject.items()):
        rows = [_row(escape(d.get("published") or "no date"), escape(d["doc_id"]), _about(c), f"<b>{escape(_value(c))}</b>",
                     _evidence(c))
                for d in sorted(docs, key=lambda d: (d.get("published") or "9999", d["doc_id"]))
                for c in run.claims_of.get(d["doc_id"], []) if c["kind"] in ("target", "award")]
        if rows:
            parts.append(f"<h3>{escape(subject)}</h3>" + _table(("published", "document", "claim", "value", "evidence"), rows))
    return "".join(parts)


def _documents_section(documents: list[dict]) -> str:
    rows = [_row(escape(d["doc_id"]), escape(d["status"]), escape(d.get("lang") or ""), escape(d.get("published") or ""),
                 escape(d.get("subject") or ""), str(d.get("n_claims") or 0), escape(d.get("reason") or ""))
            for d in documents]
    return "<h2 id='documents'>Documents</h2>" + _table(
        ("document", "status", "language", "published", "subject", "claims", "reason"), rows)


def render(documents: list[dict], claims: list[dict], findings: list[dict],
           companies: list[dict] | None = None) -> str:
    """The report page as a string. `companies`: the rows of `companies.jsonl` (without them, the companies
    are read from the documents' `company_id`)."""
    run = _Run(documents, claims, findings, companies)
    return "".join((_overview(run), _findings_section(findings), _companies_section(run), _stories_section(run),
                    _timelines_section(run), _documents_section(documents), "</body></html>"))


def write_report(out: Path, target: Path, *, staged: bool = False) -> Path:
    """Write the report of the complete run in `out` to `target` (atomically) and return its path;
    `staged`: of a run being written (`write.run_files`)."""
    files = run_files(out, staged=staged)
    companies = _load(files, out, "companies") if "companies.jsonl" in files else None
    html = render(*(_load(files, out, name) for name in ("documents", "claims", "findings")), companies)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    return target
