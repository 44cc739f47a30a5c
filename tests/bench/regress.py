"""One line per corpus: agreement P/R/F1 of textkit on every text input we have gold for.

Development aid (run by hand): the bundled sample, the short documents of
``tests/data/extract``, the text versions of ``corpora/probe*`` and the real documents
of ``corpora/dev``. PDFs are left to ``probe*.py``; this is the quick check after a
change to the extractor.

usage: .venv/bin/python tests/bench/regress.py [--details]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _sets() -> dict[str, list[tuple[Path, Path]]]:
    sample = ROOT / "corpora" / "sister-cities-iran"
    sets: dict[str, list[tuple[Path, Path]]] = {
        "sample": [
            (sample / "docs" / "article-plain.txt", sample / "gold" / "sister-cities-iran.json")
        ]
    }
    short = ROOT / "tests" / "data" / "extract"
    sets["short"] = [(p, p.with_suffix(".gold.json")) for p in sorted(short.glob("*.txt"))]
    for name in ("probe", "probe2", "probe3"):
        d = ROOT / "corpora" / name
        sets[name] = [
            (p, d / "gold" / (p.stem + ".gold.json"))
            for p in sorted((d / "docs").glob("*.txt"))
            if (d / "gold" / (p.stem + ".gold.json")).exists()
        ]
    dev = ROOT / "corpora" / "dev"
    scored = _scored_batches(dev / "first-run.md")
    rows = []
    for g in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        # a batch not yet scored once stays unseen: its first run must come first
        if gold.get("batch") in scored and (dev / gold["text_file"]).exists():
            rows.append((dev / gold["text_file"], g))
    sets["dev"] = rows
    return sets


def _scored_batches(log: Path) -> set[int]:
    """Batches whose first run is in the log ("## date — batch 1,2, textkit …")."""
    import re

    if not log.exists():
        return set()
    out: set[int] = set()
    for m in re.finditer(r"^## .*? batch ([\d,]+)", log.read_text(encoding="utf-8"), re.M):
        out |= {int(b) for b in m.group(1).split(",") if b}
    return out


def main(argv: list[str]) -> int:
    from textkit.evaluate import score
    from textkit.pipeline import process

    details = "--details" in argv
    for name, pairs in _sets().items():
        tp = pred = gold_n = 0
        notes: list[str] = []
        for doc, gold_path in pairs:
            if not gold_path.exists():
                continue
            gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
            result = process(doc).model_dump(mode="json")
            s = score(result, gold)["agreements"]
            tp, pred, gold_n = tp + s["tp"], pred + s["pred"], gold_n + s["gold"]
            notes += [f"  {doc.name}: miss {m}" for m in s["misses"]]
            notes += [f"  {doc.name}: extra {m}" for m in s["spurious"]]
        p = tp / pred if pred else 1.0
        r = tp / gold_n if gold_n else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<8} P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, pred {pred}, gold {gold_n})")
        if details:
            print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
