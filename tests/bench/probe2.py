"""Second generalisation probe: run textkit on the unseen documents in ``corpora/probe2``.

Same scoring as ``tests/bench/probe.py`` (imported from it: text CER with the
``sample_scores.py`` normalisation, ZWNJ token recall, ``textkit eval`` agreement
P/R/F1 with year/status accuracy, membership / citation / reference F1); only the
corpus folder differs, and the totals add micro F1 for memberships and citations.

usage (from the repository root):
    .venv/bin/python tests/bench/probe2.py [--only NAME] [--misses] [--keep DIR]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe

ROOT = Path(__file__).resolve().parents[2]
probe.PROBE = ROOT / "corpora" / "probe2"


def _micro(rows: list[dict], kind: str) -> str:
    scored = [r["scores"][kind] for r in rows if "scores" in r]
    tp = sum(k["tp"] for k in scored)
    gold = sum(k["gold"] for k in scored)
    pred = sum(k["pred"] for k in scored)
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{kind} micro P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp}/{gold} gold, {pred} pred)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--textkit", default=str(ROOT / ".venv" / "bin" / "textkit"))
    ap.add_argument("--only", help="document name (e.g. thesis-fa)")
    ap.add_argument("--misses", action="store_true", help="print misses and wrong years/statuses")
    ap.add_argument("--keep", type=Path, help="folder for the text and JSON outputs")
    ap.add_argument("--timeout", type=int, default=90)
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    keep = a.keep or Path(tempfile.mkdtemp(prefix="probe2-"))
    keep.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, producer, path in probe.variants():
        if a.only and name != a.only:
            continue
        try:
            row = probe.probe_one(a.textkit, name, producer, path, keep, a.timeout)
        except Exception as e:  # one broken file must not stop the probe
            row = {"doc": name, "producer": producer, "extract_error": f"{type(e).__name__}: {e}"}
        rows.append(row)
        probe.print_row(row, a.misses)
        sys.stdout.flush()
    cers = [r["cer"] for r in rows if "cer" in r]
    zok = sum(r["zwnj"][0] for r in rows if "zwnj" in r)
    zwant = sum(r["zwnj"][1] for r in rows if "zwnj" in r)
    mean = sum(cers) / max(1, len(cers))
    print(f"ALL {len(rows)} files: mean CER {mean:.3f}; ZWNJ {zok}/{zwant}")
    for kind in ("agreements", "memberships", "citations", "references"):
        print("  " + _micro(rows, kind))
    print(f"outputs in {keep}")


if __name__ == "__main__":
    main()
