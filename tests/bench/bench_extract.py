# ruff: noqa: E501 - Persian test sentences are long
"""Benchmark and score extraction on the sample paper (run by hand, not collected).

    cd /work/main && .venv/bin/python tests/bench/bench_extract.py [--repeat 3] [--verbose]

For each input (the ideal reader output built from source.txt + tables.json,
article-plain.txt and the three PDFs) it prints seconds per stage (load,
normalise, recognise, and extract's own stages) and the scores against
``corpora/sister-cities-iran/gold/sister-cities-iran.json``; then the scores on
the short documents in ``tests/data/extract/`` against their gold files.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "extract"))

from textkit.evaluate import format_scores, score  # noqa: E402

CORPUS = ROOT / "corpora" / "sister-cities-iran"
GOLD = CORPUS / "gold" / "sister-cities-iran.json"
DATA = ROOT / "tests" / "data" / "extract"


def _result_dict(ex: object) -> dict:
    return {"metadata": ex.metadata.model_dump()} | {  # type: ignore[attr-defined]
        k: [r.model_dump() for r in getattr(ex, k)]
        for k in (
            "agreements",
            "memberships",
            "designations",
            "organisations",
            "citations",
            "references",
        )
    }


def run_one(name: str, make_doc, gaz, repeat: int, verbose: bool, gold: dict) -> dict:  # type: ignore[no-untyped-def]
    from textkit.extract import extract
    from textkit.pipeline import normalize, recognize

    times: dict[str, float] = {}
    ex = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc, normalized = make_doc()
        t1 = time.perf_counter()
        if not normalized:
            doc = normalize(doc)
        t2 = time.perf_counter()
        recognize(doc, gaz)
        t3 = time.perf_counter()
        ex = extract(doc, gazetteer=gaz)
        t4 = time.perf_counter()
        for k, v in (
            ("load", t1 - t0),
            ("normalize", t2 - t1),
            ("recognize", t3 - t2),
            ("extract", t4 - t3),
        ):
            times[k] = times.get(k, 0.0) + v / repeat
        for k, v in ex.timings.items():
            times["  " + k] = times.get("  " + k, 0.0) + v / repeat
    assert ex is not None
    s = score(_result_dict(ex), gold)
    total = times["load"] + times["normalize"] + times["recognize"] + times["extract"]
    share = times["extract"] / total if total else 0.0
    print(
        f"\n== {name}: {doc.pages} pages, {len(doc.blocks)} blocks; total {total:.2f}s, extract {times['extract']:.3f}s "
        f"({share:.1%} of the run)"
    )
    print("   " + ", ".join(f"{k.strip()} {v:.3f}s" for k, v in times.items()))
    a = s["agreements"]
    print(
        f"   agreements P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
        f"year {a.get('year_accuracy', 0):.3f} status {a.get('status_accuracy', 0):.3f}; "
        f"memberships F1 {s['memberships']['f1']:.3f}; citations F1 {s['citations']['f1']:.3f}; "
        f"designations F1 {s['designations']['f1']:.3f}; organisations F1 {s['organisations']['f1']:.3f}; "
        f"references F1 {s['references']['f1']:.3f}; "
        f"metadata authors F1 {s['metadata']['authors']['f1']:.3f} keywords F1 {s['metadata']['keywords']['f1']:.3f}"
    )
    if verbose:
        print(format_scores(s))
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--only", default=None, help="substring of the input name")
    args = ap.parse_args(argv)
    from textkit.gazetteer import load_gazetteer
    from textkit.readers import load

    t = time.perf_counter()
    gaz = load_gazetteer()
    print(
        f"python {platform.python_version()} on {platform.machine()}; gazetteer loaded in {time.perf_counter() - t:.2f}s"
    )
    gold = json.loads(GOLD.read_text(encoding="utf-8"))

    def ideal():  # type: ignore[no-untyped-def]
        from ideal_doc import ideal_document

        return ideal_document(), True

    inputs = [("ideal (source.txt + tables.json)", ideal)]
    for name in ("article-plain.txt", "libreoffice.pdf", "xelatex.pdf", "chromium.pdf"):
        p = CORPUS / "docs" / name
        if p.exists():
            inputs.append((name, lambda p=p: (load(p), False)))
    for name, make in inputs:
        if args.only and args.only not in name:
            continue
        try:
            run_one(name, make, gaz, args.repeat, args.verbose, gold)
        except Exception as e:  # keep going: one reader failing must not hide the others
            print(f"\n== {name}: FAILED {type(e).__name__}: {e}")
    for gold_path in sorted(DATA.glob("*.gold.json")):
        doc_path = next(
            (
                p
                for p in DATA.glob(gold_path.name.replace(".gold.json", ".*"))
                if not p.name.endswith(".gold.json")
            ),
            None,
        )
        if doc_path is None or (args.only and args.only not in doc_path.name):
            continue
        run_one(
            doc_path.name,
            lambda p=doc_path: (load(p), False),
            gaz,
            args.repeat,
            args.verbose,
            json.loads(gold_path.read_text(encoding="utf-8")),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
