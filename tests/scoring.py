#!/usr/bin/env python3
# Vendored unchanged from the project's shared/score.py so that the test suite is self-contained.
"""Score extracted tables against a gold folder.

    python score.py GOLD_DIR PRED_DIR [--json] [--min-f1 KIND=F ...]

GOLD_DIR and PRED_DIR each hold documents, claims and findings tables as
`<name>.jsonl` or `<name>.parquet` (see claims-schema.md). Claims are compared
per document and kind, after both sides are reduced to distinct claims:

  target      key: target_year and value
  percentage  key: value
  quantity    key: unit and value (relative tolerance 1e-6)
  award       issuer and grade agree, or the award names share most words

Rows in GOLD_DIR/claims_optional.jsonl are debatable: a prediction that matches
one is neither counted right nor wrong. Subjects match by name, listed alias
(`subject_aliases`) or a shared distinctive word; publication date and subject
are scored on documents whose gold status is ok.

Prints precision, recall and F1 per kind and per language, the accuracy of
the other columns on matched claims, document-level accuracy, and which
planted consistency findings were found. Needs only the standard library
(pandas for Parquet input).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

KINDS = ("target", "percentage", "quantity", "award")
ATTRS = ("subject", "metric", "action", "direction", "unit", "qualifier", "target_year",
         "baseline_year", "period_year", "grade", "streak")
ALARM_CHECKS = ("translation_mismatch", "target_changed", "streak_inconsistent")


def load(folder: Path, name: str) -> list[dict]:
    jl, pq = folder / f"{name}.jsonl", folder / f"{name}.parquet"
    if jl.exists():
        return [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines() if line.strip()]
    if pq.exists():
        import pandas as pd
        df = pd.read_parquet(pq)
        return json.loads(df.to_json(orient="records", force_ascii=False))
    return []


def norm_doc(doc_id: str) -> str:
    return str(doc_id).replace("\\", "/").lstrip("./")


def num(x):
    if x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def close(a, b) -> bool:
    a, b = num(a), num(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b)) or abs(a - b) < 1e-3


def words(*parts) -> set[str]:
    return {w for p in parts if p for w in re.findall(r"\w+", str(p).lower()) if len(w) > 1}


def same(kind: str, g: dict, p: dict) -> bool:
    if kind == "target":
        return g.get("target_year") == p.get("target_year") and close(g.get("value"), p.get("value"))
    if kind == "percentage":
        return close(g.get("value"), p.get("value"))
    if kind == "quantity":
        return (g.get("unit") or "").lower() == (p.get("unit") or "").lower() and close(g.get("value"), p.get("value"))
    gi, pi = (g.get("issuer") or "").lower(), (p.get("issuer") or "").lower()
    if gi and gi == pi:
        if g.get("grade") and p.get("grade") and not grade_compatible(g["grade"], p["grade"]):
            return False
        gw, pw = words(g.get("award")) - words(gi), words(p.get("award")) - words(gi)
        return not gw or not pw or len(gw & pw) / min(len(gw), len(pw)) > 0.5
    gw, pw = words(g.get("award"), g.get("issuer")), words(p.get("award"), p.get("issuer"), p.get("text"))
    return bool(gw) and len(gw & pw) / len(gw) >= 0.6


def grade_compatible(a, b) -> bool:
    """Same grade, or glosses of one ("Excellent" ~ "ยอดเยี่ยม (Excellent)"); "A" never equals "A-"."""
    a, b = str(a).strip().lower(), str(b).strip().lower()
    long_a = {w for w in re.findall(r"\w+", a) if len(w) >= 3}
    long_b = {w for w in re.findall(r"\w+", b) if len(w) >= 3}
    return a == b or bool(long_a & long_b)


GENERIC = {"group", "groep", "corporation", "corp", "company", "holdings", "holding", "limited", "ltd",
           "plc", "inc", "public", "the", "and", "co", "nv", "n.v", "bv", "sa", "ag", "บริษัท", "จำกัด", "มหาชน"}


def subject_equal(gold_row: dict, got) -> bool:
    """Subjects match by name, by a listed alias, or by a shared distinctive word."""
    if got is None:
        return gold_row.get("subject") is None
    names = [gold_row.get("subject")] + list(gold_row.get("subject_aliases") or [])
    got_l = str(got).strip().lower()
    for name in filter(None, names):
        n = str(name).strip().lower()
        if n == got_l or ({w for w in re.findall(r"\w+", n)} - GENERIC) & ({w for w in re.findall(r"\w+", got_l)} - GENERIC):
            return True
    return False


def distinct(kind: str, rows: list[dict]) -> list[dict]:
    out: list[dict] = []
    for r in rows:
        if not any(same(kind, o, r) and same(kind, r, o) for o in out):
            out.append(r)
    return out


def attr_equal(a, b) -> bool:
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return close(a, b)
    return (str(a).lower() if a is not None else None) == (str(b).lower() if b is not None else None)


def score(gold_dir: Path, pred_dir: Path) -> dict:
    gdocs = {norm_doc(d["doc_id"]): d for d in load(gold_dir, "documents")}
    pdocs = {norm_doc(d["doc_id"]): d for d in load(pred_dir, "documents")}
    gclaims, pclaims = defaultdict(list), defaultdict(list)
    for r in load(gold_dir, "claims"):
        gclaims[(norm_doc(r["doc_id"]), r["kind"])].append(r)
    for r in load(pred_dir, "claims"):
        d = norm_doc(r.get("doc_id", ""))
        if d in gdocs:
            pclaims[(d, r.get("kind"))].append(r)

    optional_rows = defaultdict(list)  # debatable gold rows: predicting them is neither right nor wrong
    for r in load(gold_dir, "claims_optional"):
        optional_rows[norm_doc(r["doc_id"])].append(r)
    counts = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn by (kind) and (kind, lang)
    attrs = defaultdict(lambda: [0, 0])     # correct, total by attribute
    misses, extras = [], []
    for doc, gd in gdocs.items():
        lang = gd.get("lang") or "?"
        for kind in KINDS:
            g = distinct(kind, gclaims.get((doc, kind), []))
            p = distinct(kind, pclaims.get((doc, kind), []))
            used = set()
            for gr in g:
                hit = next((i for i, pr in enumerate(p) if i not in used and same(kind, gr, pr)), None)
                if hit is None:
                    misses.append((doc, kind, gr.get("text")))
                    for key in (kind, (kind, lang)):
                        counts[key][2] += 1
                    continue
                used.add(hit)
                for key in (kind, (kind, lang)):
                    counts[key][0] += 1
                for a in ATTRS:
                    if gr.get(a) is not None:
                        attrs[a][1] += 1
                        if a == "subject":
                            attrs[a][0] += subject_equal(gr, p[hit].get(a))
                        elif a == "grade":
                            attrs[a][0] += p[hit].get(a) is not None and grade_compatible(gr[a], p[hit][a])
                        else:
                            attrs[a][0] += attr_equal(gr.get(a), p[hit].get(a))
            optional = optional_rows.get(doc, [])
            for i, pr in enumerate(p):
                if i not in used and not any(same(o["kind"], o, pr) or (o["kind"] != kind and close(o.get("value"), pr.get("value")))
                                             for o in optional):
                    extras.append((doc, kind, pr.get("text"), pr.get("value")))
                    for key in (kind, (kind, lang)):
                        counts[key][1] += 1

    def prf(tp, fp, fn):
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        return dict(tp=tp, fp=fp, fn=fn, precision=round(pr, 3), recall=round(rc, 3),
                    f1=round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0)

    tot = [sum(counts[k][i] for k in KINDS) for i in range(3)]
    result = dict(
        kinds={k: prf(*counts[k]) for k in KINDS},
        by_lang={f"{k}/{lang}": prf(*v) for (k, lang), v in sorted(
            ((key, v) for key, v in counts.items() if isinstance(key, tuple)))},
        overall=prf(*tot),
        attributes={a: round(c / t, 3) for a, (c, t) in sorted(attrs.items()) if t},
    )

    doc_acc = {}
    for field in ("status", "lang", "published", "subject"):
        pairs = [(g, (pdocs.get(d) or {}).get(field)) for d, g in gdocs.items()
                 if field in ("status", "lang") or (g.get("status") == "ok" and (field != "subject" or g.get(field)))]
        ok = [subject_equal(g, got) if field == "subject" else
              attr_equal(g.get(field), got) or (field == "status" and attr_equal(g.get("status_alt"), got))
              for g, got in pairs]
        doc_acc[field] = round(sum(ok) / len(ok), 3) if ok else None
    doc_acc["missing_rows"] = sorted(d for d in gdocs if d not in pdocs)
    result["documents"] = doc_acc

    gf = load(gold_dir, "findings")
    pf = load(pred_dir, "findings")
    pf_sets = [(f.get("check"), {norm_doc(x) for x in (f.get("doc_ids") or [])}, f.get("severity"))
               for f in pf]
    planted = [f for f in gf if f.get("severity") not in (None, "none")]
    found = [f for f in planted if any(c == f["check"] and {norm_doc(x) for x in f["doc_ids"]} <= s
                                        for c, s, _ in pf_sets)]
    quiet = [{norm_doc(x) for x in f["doc_ids"]} for f in gf if f.get("severity") == "none"]
    planted_sets = [{norm_doc(x) for x in f["doc_ids"]} for f in planted]
    false_alarms = [(c, sorted(s)) for c, s, sev in pf_sets
                    if c in ALARM_CHECKS and sev in ("error", "warning")
                    and any(s <= q for q in quiet) and not any(s == ps for ps in planted_sets)]
    result["findings"] = dict(planted=len(planted), found=len(found),
                              missed=[(f["check"], f["doc_ids"]) for f in planted if f not in found],
                              false_alarms=false_alarms, predicted=len(pf))
    result["misses"] = misses
    result["extras"] = extras
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    ap.add_argument("--min-f1", nargs="*", default=[], metavar="KIND=F",
                    help="exit 1 when a kind's F1 (or 'overall') is below F")
    ap.add_argument("--show", type=int, default=10, help="how many misses and extras to list")
    a = ap.parse_args(argv)
    r = score(a.gold, a.pred)
    if a.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
    else:
        print(f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}   tp  fp  fn")
        for k in (*KINDS, "overall"):
            v = r["overall"] if k == "overall" else r["kinds"][k]
            print(f"{k:<12}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f} {v['tp']:>4}{v['fp']:>4}{v['fn']:>4}")
        print("by language:", ", ".join(f"{k} {v['f1']:.2f}" for k, v in r["by_lang"].items()))
        print("attributes:", ", ".join(f"{k} {v:.2f}" for k, v in r["attributes"].items()))
        print("documents:", r["documents"])
        print("findings:", r["findings"])
        for m in r["misses"][: a.show]:
            print("  missed", m)
        for e in r["extras"][: a.show]:
            print("  extra ", e)
    bad = []
    for spec in a.min_f1:
        kind, _, f = spec.partition("=")
        got = r["overall"]["f1"] if kind == "overall" else r["kinds"].get(kind, {}).get("f1", 0.0)
        if got < float(f):
            bad.append(f"{kind} F1 {got:.3f} < {f}")
    if bad:
        print("below bar: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
