"""Score textkit on the development corpus of real documents (``corpora/dev``).

usage (from the repository root):
    .venv/bin/python tests/bench/devcorpus.py score [--batch N ...] [--ids ID ...] [--pdf]
                                                    [--first-run] [--details] [--json FILE]
    .venv/bin/python tests/bench/devcorpus.py render    # PDFs of the texts (LibreOffice; ignored)
    .venv/bin/python tests/bench/devcorpus.py render    # PDFs of the texts (LibreOffice; ignored)

``score`` runs the whole pipeline (``textkit.pipeline.process``) on each document's text
(and, with ``--pdf``, on its rendered PDF) and compares the agreements with the gold:

* micro precision / recall / F1 over all documents, with the matching rules of
  :mod:`textkit.evaluate` (unordered pair; same gazetteer id or same folded name);
* year accuracy on matched pairs whose gold has a year (and how often a year is given
  where the gold has none), status accuracy on matched
  pairs whose gold status is not ``unknown`` (the blind sets are measured this way);
* city linking recall: the share of gold parties for which the output has an entity
  linked to the gazetteer whose English or Persian name (folded) is the gold's.

``--first-run`` appends the figures to ``corpora/dev/first-run.md``: use it exactly
once per batch, on the first run, before anything is changed for that batch.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpora" / "dev"


def load_golds(batches: list[int] | None, ids: list[str] | None) -> list[dict[str, Any]]:
    golds = []
    for path in sorted((DEV / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if batches and g.get("batch") not in batches:
            continue
        if ids and g["id"] not in ids:
            continue
        golds.append(g)
    return golds


def text_path(g: dict[str, Any]) -> Path:
    return DEV / g["text_file"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cmd_fetch(args: argparse.Namespace) -> int:
    bad = 0
    for g in load_golds(None, None):
        p = text_path(g)
        if not p.exists():
            print(f"missing  {g['id']}: {g['url']}  (query: {g.get('query')})")
            bad += 1
        elif g.get("sha256") and _sha(p) != g["sha256"]:
            print(f"changed  {g['id']}: sha256 differs from the gold file")
            bad += 1
    print(f"{bad} text(s) to fetch or check")
    return 1 if bad else 0


def pdf_path(g: dict[str, Any]) -> Path:
    return DEV / "pdf" / f"{g['id']}.pdf"


def cmd_render(args: argparse.Namespace) -> int:
    """Render each text as a PDF with LibreOffice (Writer import of plain text)."""
    out = DEV / "pdf"
    out.mkdir(exist_ok=True)
    todo = [g for g in load_golds(args.batch, args.ids) if text_path(g).exists()]
    for g in todo:
        if pdf_path(g).exists():
            continue
        src = text_path(g)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
            check=False,
            capture_output=True,
            timeout=180,
        )
        made = out / (src.stem + ".pdf")
        if made.exists() and made != pdf_path(g):
            made.rename(pdf_path(g))
        print(("ok   " if pdf_path(g).exists() else "FAIL ") + g["id"])
    return 0


def _fold(name: str | None) -> str:
    from textkit.extract.model import name_key

    return name_key(name) if name else ""


def link_recall(gold_agreements: list[dict[str, Any]], result: dict[str, Any]) -> tuple[int, int]:
    """(found, total) over the distinct gold parties."""
    linked: set[str] = set()
    for e in result.get("entities", []):
        link = e.get("link") or {}
        if e.get("type") in ("CITY", "REGION") and link:
            for f in ("name_en", "name_fa"):
                if link.get(f):
                    linked.add(_fold(link[f]))
    parties = {}
    for a in gold_agreements:
        for p in a["parties"]:
            key = _fold(p.get("name_en")) or _fold(p.get("name"))
            parties[key] = p
    found = sum(
        1
        for p in parties.values()
        if {_fold(p.get("name_en")), _fold(p.get("name_fa")), _fold(p.get("name"))} & linked - {""}
    )
    return found, len(parties)


def score_doc(g: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    from textkit.evaluate import _match_agreement, _pair_label

    gold = g["agreements"]
    pred = result.get("agreements", [])
    used: set[int] = set()
    pairs = []
    for gi, ga in enumerate(gold):
        for pi, pa in enumerate(pred):
            if pi not in used and _match_agreement(ga, pa):
                used.add(pi)
                pairs.append((gi, pi))
                break
    yr_n = yr_ok = st_n = st_ok = yr_none = yr_spurious = 0
    errors = []
    for gi, pi in pairs:
        ga, pa = gold[gi], pred[pi]
        if ga.get("year") is not None:
            yr_n += 1
            if pa.get("year") == ga["year"]:
                yr_ok += 1
            else:
                errors.append(f"year   {_pair_label(ga)}: pred {pa.get('year')}")
        else:
            yr_none += 1
            if pa.get("year") is not None:
                yr_spurious += 1
                errors.append(f"year   {_pair_label(ga)}: pred {pa.get('year')} (gold none)")
        if ga.get("status", "unknown") != "unknown":
            st_n += 1
            if pa.get("status") == ga["status"]:
                st_ok += 1
            else:
                errors.append(f"status {_pair_label(ga)}: pred {pa.get('status')}")
    matched_g = {gi for gi, _ in pairs}
    errors += [f"miss   {_pair_label(a)}" for i, a in enumerate(gold) if i not in matched_g]
    errors += [f"extra  {_pair_label(a)}" for i, a in enumerate(pred) if i not in used]
    found, total = link_recall(gold, result)
    return {
        "tp": len(pairs),
        "pred": len(pred),
        "gold": len(gold),
        "yr_n": yr_n,
        "yr_ok": yr_ok,
        "yr_none": yr_none,
        "yr_spurious": yr_spurious,
        "st_n": st_n,
        "st_ok": st_ok,
        "link_found": found,
        "link_total": total,
        "errors": errors,
    }


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tot = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
    p, r, f = _prf(tot["tp"], tot["pred"], tot["gold"])
    return {**tot, "precision": p, "recall": r, "f1": f}


def fmt_summary(label: str, s: dict[str, Any]) -> str:
    return (
        f"{label}: P {s['precision']:.2f} R {s['recall']:.2f} F1 {s['f1']:.2f} "
        f"(tp {s['tp']}, pred {s['pred']}, gold {s['gold']}); "
        f"year {_ratio(s['yr_ok'], s['yr_n'])} (a year where the gold has none: "
        f"{_ratio(s['yr_spurious'], s['yr_none'])}); status {_ratio(s['st_ok'], s['st_n'])}; "
        f"cities linked {_ratio(s['link_found'], s['link_total'])}"
    )


def _commit() -> str:
    out = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "textkit"],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def _scored_batches(log: Path) -> set[int]:
    """Batches whose first run is in the log ("## date — batch 1,2, textkit …")."""
    if not log.exists():
        return set()
    out: set[int] = set()
    for m in re.finditer(r"^## .*? batch ([\d,]+)", log.read_text(encoding="utf-8"), re.M):
        out |= {int(b) for b in m.group(1).split(",") if b}
    return out


def cmd_score(args: argparse.Namespace) -> int:
    from textkit.pipeline import process

    golds = load_golds(args.batch, args.ids)
    if not args.batch and not args.ids and not args.first_run:
        # a batch not yet scored once stays unseen: name it (--batch N --first-run) to score it
        scored = _scored_batches(ROOT / "corpora" / "dev" / "first-run.md")
        unseen = sorted({g["batch"] for g in golds if g.get("batch") not in scored})
        if unseen:
            print(f"not scored (no first run yet): batch {unseen}", file=sys.stderr)
        golds = [g for g in golds if g.get("batch") in scored]
    runs: list[tuple[str, Path, dict[str, Any]]] = []
    for g in golds:
        p = text_path(g)
        if not p.exists():
            print(f"skip {g['id']}: text missing (run `fetch`)", file=sys.stderr)
            continue
        runs.append(("txt", p, g))
        if args.pdf and pdf_path(g).exists():
            runs.append(("pdf", pdf_path(g), g))
    rows: dict[str, list[dict[str, Any]]] = {"txt": [], "pdf": []}
    by_lang: dict[str, list[dict[str, Any]]] = {}
    report: dict[str, Any] = {}
    for kind, path, g in runs:
        t0 = time.perf_counter()
        try:
            result = process(path).model_dump(mode="json")
        except Exception as e:  # a crash is a zero for that document, and is shown
            print(f"ERROR {g['id']} {kind}: {e}", file=sys.stderr)
            result = {"agreements": [], "entities": []}
        row = score_doc(g, result)
        row["seconds"] = time.perf_counter() - t0
        rows[kind].append(row)
        by_lang.setdefault(f"{g['lang']}-{kind}", []).append(row)
        p, r, f = _prf(row["tp"], row["pred"], row["gold"])
        print(
            f"{g['id']:<44} {kind} P {p:.2f} R {r:.2f} F1 {f:.2f} "
            f"({row['tp']}/{row['gold']} gold, {row['pred']} pred) "
            f"yr {row['yr_ok']}/{row['yr_n']} st {row['st_ok']}/{row['st_n']} "
            f"link {row['link_found']}/{row['link_total']} [{row['seconds']:.1f} s]"
        )
        if args.details:
            for e in row["errors"]:
                print(f"      {e}")
        report[f"{g['id']}:{kind}"] = {k: v for k, v in row.items()}
    lines = []
    for kind in ("txt", "pdf"):
        if rows[kind]:
            lines.append(fmt_summary(f"all {kind} ({len(rows[kind])} docs)", summarize(rows[kind])))
    for key in sorted(by_lang):
        lines.append(fmt_summary(f"  {key} ({len(by_lang[key])} docs)", summarize(by_lang[key])))
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    if args.first_run:
        log = DEV / "first-run.md"
        title = "# First-run log (each batch scored once, before any change for it)\n"
        head = "" if log.exists() else title
        batches = ",".join(str(b) for b in sorted({g["batch"] for _, _, g in runs}))
        entry = (
            f"\n## {_dt.date.today().isoformat()} — batch {batches}, textkit {_commit()}\n\n"
            f"documents: {', '.join(sorted({g['id'] for _, _, g in runs}))}\n\n"
            + "\n".join(f"- {line.strip()}" for line in lines)
            + "\n"
        )
        with log.open("a", encoding="utf-8") as fh:
            fh.write(head + entry)
        print(f"appended to {log}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("--batch", type=int, nargs="*")
    s.add_argument("--ids", nargs="*")
    s.add_argument("--pdf", action="store_true", help="also score the rendered PDFs")
    s.add_argument("--first-run", action="store_true", help="append to first-run.md")
    s.add_argument("--details", action="store_true", help="print misses and errors")
    s.add_argument("--json", help="write per-document figures here")
    s.set_defaults(func=cmd_score)
    f = sub.add_parser("fetch")
    f.set_defaults(func=cmd_fetch)
    r = sub.add_parser("render")
    r.add_argument("--batch", type=int, nargs="*")
    r.add_argument("--ids", nargs="*")
    r.set_defaults(func=cmd_render)
    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
