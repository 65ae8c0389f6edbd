"""The report: one static HTML page a researcher can open offline.

Sections: an overview of counts and findings; each story (one release in
several languages) with its versions side by side, claims aligned by what they
are about, evidence sentences with the matched span highlighted and
disagreements marked; a timeline of targets and awards per subject; and every
document's status. No scripts, no fonts or styles from the network.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import Any

from extractor.errors import UsageError
from extractor.write import run_files

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
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _value(c: dict) -> str:
    if c["kind"] == "award":
        parts = [c.get("award") or "", f"grade {c['grade']}" if c.get("grade") else "",
                 f"{c['streak']} years running" if c.get("streak") else ""]
        return " · ".join(p for p in parts if p)
    text = ""
    if c.get("value") is not None:
        value = c["value"]
        shown = f"{value:,.0f}" if abs(value) >= 100_000 else f"{value:g}"
        text = f"{shown} {c.get('unit') or ''}".strip()
    if c.get("target_year"):
        text += f" by {c['target_year']}"
    if c.get("baseline_year"):
        text += f" (vs {c['baseline_year']})"
    if c.get("period_year") and c["kind"] != "target":
        text += f" in {c['period_year']}"
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


def _slot(c: dict) -> tuple:
    if c["kind"] == "award":
        return ("award", c.get("issuer") or c.get("award"), "")
    if c["kind"] == "target":
        return ("target", c.get("action"), c.get("metric"))
    return (c["kind"], c.get("metric"), c.get("direction"), c.get("unit"), c.get("period_year"))


def _story_section(docs: list[dict], claims_of: dict[str, list[dict]], flagged: set[str]) -> str:
    rows: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        for c in claims_of.get(d["doc_id"], []):
            rows[_slot(c)][d["doc_id"]].append(c)
    head = "".join(f"<th>{escape(d['doc_id'])}<br><span class='muted'>{escape(d.get('lang') or '')} · "
                   f"{escape(d.get('published') or 'no date')}</span></th>" for d in docs)
    body = []
    for slot in sorted(rows, key=lambda s: tuple(str(x) for x in s)):
        cells = rows[slot]
        claim_ids = {c["claim_id"] for cs in cells.values() for c in cs}
        values = {tuple(sorted(_value(c) for c in cells.get(d["doc_id"], []))) for d in docs}
        mismatch = bool(claim_ids & flagged)
        agree = len(values) == 1 and not mismatch
        flag = "⚠ mismatch" if mismatch else ("✓ agrees" if agree else "")
        first = next(c for cs in cells.values() for c in cs)
        tds = []
        for d in docs:
            cs = cells.get(d["doc_id"], [])
            tds.append("<td>" + "<hr>".join(f"<b>{escape(_value(c))}</b><br>{_evidence(c)}" for c in cs)
                       + ("" if cs else "<span class='muted'>not stated</span>") + "</td>")
        body.append(f"<tr class='{'mismatch' if mismatch else ''}'><td>{_about(first)}</td>"
                    f"<td class='flag {'ok' if agree else ''}'>{flag}</td>{''.join(tds)}</tr>")
    return (f"<table><thead><tr><th>claim</th><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def render(documents: list[dict], claims: list[dict], findings: list[dict]) -> str:
    """The report page as a string."""
    claims_of: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        claims_of[c["doc_id"]].append(c)
    flagged = {cid for f in findings if f["check"] == "translation_mismatch" for cid in f["claim_ids"]}
    status = Counter(d["status"] for d in documents)
    kinds = Counter(c["kind"] for c in claims)
    checks = Counter((f["check"], f["severity"]) for f in findings)
    cards = "".join(f"<div class='card'><b>{n}</b>{escape(label)}</div>" for label, n in (
        ("documents", len(documents)), *((f"status {k}", v) for k, v in sorted(status.items())),
        ("claims", len(claims)), *((k, v) for k, v in sorted(kinds.items())), ("findings", len(findings))))
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>extractor report</title>"
             f"<style>{CSS}</style></head><body><h1>Claims report</h1><div class='cards'>{cards}</div>"]

    parts.append("<h2 id='findings'>Findings</h2>")
    if findings:
        parts.append("<table><thead><tr><th>check</th><th>severity</th><th>documents</th><th>message</th></tr></thead><tbody>")
        for f in findings:
            parts.append(f"<tr><td>{escape(f['check'])}</td><td class='sev-{escape(f['severity'])}'>{escape(f['severity'])}"
                         f"</td><td>{'<br>'.join(escape(d) for d in f['doc_ids'])}</td><td>{escape(f['message'])}</td></tr>")
        parts.append("</tbody></table>")
        parts.append("<p class='muted'>By check: " + ", ".join(f"{escape(c)} ({escape(s)}) {n}"
                                                               for (c, s), n in sorted(checks.items())) + "</p>")
    else:
        parts.append("<p class='ok'>No findings: the claims hold together.</p>")

    stories: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        if d.get("story_id"):
            stories[d["story_id"]].append(d)
    multi = {k: v for k, v in stories.items() if len(v) > 1}
    parts.append(f"<h2 id='stories'>Stories in several languages ({len(multi)})</h2>")
    for story_id, docs in sorted(multi.items(), key=lambda kv: kv[1][0]["doc_id"]):
        docs = sorted(docs, key=lambda d: d["doc_id"])
        parts.append(f"<h3>{escape(docs[0].get('subject') or '?')} — {escape(docs[0].get('title') or story_id)}</h3>")
        parts.append(_story_section(docs, claims_of, flagged))

    parts.append("<h2 id='timelines'>Targets and awards over time, per subject</h2>")
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        if d["status"] == "ok":
            by_subject[d.get("subject") or "(no subject)"].append(d)
    for subject, docs in sorted(by_subject.items()):
        rows = []
        for d in sorted(docs, key=lambda d: (d.get("published") or "9999", d["doc_id"])):
            for c in claims_of.get(d["doc_id"], []):
                if c["kind"] in ("target", "award"):
                    rows.append(f"<tr><td>{escape(d.get('published') or 'no date')}</td><td>{escape(d['doc_id'])}</td>"
                                f"<td>{_about(c)}</td><td><b>{escape(_value(c))}</b></td><td>{_evidence(c)}</td></tr>")
        if rows:
            parts.append(f"<h3>{escape(subject)}</h3><table><thead><tr><th>published</th><th>document</th><th>claim</th>"
                         f"<th>value</th><th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")

    parts.append("<h2 id='documents'>Documents</h2><table><thead><tr><th>document</th><th>status</th><th>language</th>"
                 "<th>published</th><th>subject</th><th>claims</th><th>reason</th></tr></thead><tbody>")
    for d in documents:
        parts.append(f"<tr><td>{escape(d['doc_id'])}</td><td>{escape(d['status'])}</td><td>{escape(d.get('lang') or '')}</td>"
                     f"<td>{escape(d.get('published') or '')}</td><td>{escape(d.get('subject') or '')}</td>"
                     f"<td>{d.get('n_claims') or 0}</td><td>{escape(d.get('reason') or '')}</td></tr>")
    parts.append("</tbody></table></body></html>")
    return "".join(parts)


def write_report(out: Path, target: Path, *, staged: bool = False) -> Path:
    """Write the report of the complete run in `out` to `target` (atomically) and return its path;
    `staged`: of a run being written (`write.run_files`)."""
    files = run_files(out, staged=staged)
    html = render(*(_load(files, out, name) for name in ("documents", "claims", "findings")))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    return target
