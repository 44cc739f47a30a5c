"""Generalisation probe: run textkit on the unseen documents in ``corpora/probe``.

For every document × producer (``docs/<name>.<producer>.pdf``) and the plain-text
version (``docs/<name>.txt``) it runs the installed CLI:

* ``textkit text FILE``  → character error rate against
  ``expected/<name>.expected.txt`` (``<name>.txt.expected.txt`` when a text
  variant has its own, e.g. the Windows-1256 file, which has Latin digits),
  computed exactly as ``/work/shared/tools/sample_scores.py`` does: NFKC, ZWNJ/ZWJ/
  bidi controls/soft hyphen removed, whitespace runs collapsed, Levenshtein / len(expected);
* ``textkit extract FILE`` → JSON, then ``textkit eval --json PRED GOLD`` against
  ``gold/<name>.gold.json``: agreement P/R/F1, year and status accuracy on the
  matched pairs, membership / citation / reference F1.

usage (from the repository root):
    .venv/bin/python tests/bench/probe.py [--only NAME] [--misses] [--keep DIR]

``--misses`` also prints every missed / spurious record and year/status error;
``--keep DIR`` keeps the text and JSON outputs. Needs rapidfuzz. Never fails:
a crash or timeout of one file is printed in its row.

Example row (figures change as textkit changes):
    news-fa    chromium     CER 0.031 zwnj 40/41  agr P 1.00 R 0.43 F1 0.60 (3/7 gold, 3 pred)
        yr 0.33 st 1.00  mem 0.00(0/1/0)  cit   -    ref   -    [1.2 s]      (one line)
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "corpora" / "probe"
log = logging.getLogger("probe")

# Same normalisation as /work/shared/tools/sample_scores.py: invisible format
# characters (ZWNJ, ZWJ, LRM/RLM, bidi embeddings/isolates, BOM, soft hyphen) deleted.
INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad",
    ),
    None,
)


def norm(s: str) -> str:
    """NFKC, invisible controls removed, whitespace runs → one space (as sample_scores.py)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).translate(INVISIBLE)).strip()


def cer(expected: str, got: str) -> float:
    """Levenshtein(expected, got) / len(expected) after :func:`norm` on both sides."""
    from rapidfuzz.distance import Levenshtein

    e, g = norm(expected), norm(got)
    return Levenshtein.distance(e, g) / max(1, len(e))


def zwnj_recall(expected: str, got: str) -> tuple[int, int]:
    """(restored, wanted): expected tokens holding a ZWNJ found verbatim in the output.

    A bag-of-tokens check (as sample_scores.py's zwnj figure): each expected
    ZWNJ token is matched at most once. CER ignores ZWNJ, this does not.
    """
    from collections import Counter

    have = Counter(got.split())
    want = ok = 0
    for tok in expected.split():
        if "\u200c" in tok:
            want += 1
            if have[tok] > 0:
                have[tok] -= 1
                ok += 1
    return ok, want


def variants() -> list[tuple[str, str, Path]]:
    """(document, producer, file) for every PDF and text file of the probe corpus."""
    out = []
    for f in sorted((PROBE / "docs").iterdir()):
        if f.suffix == ".pdf":
            name, producer = f.stem.rsplit(".", 1)
        elif f.suffix == ".txt":
            name, producer = f.stem, "txt"
        else:
            continue
        out.append((name, producer, f))
    return out


def expected_for(name: str, producer: str) -> Path:
    special = PROBE / "expected" / f"{name}.{producer}.expected.txt"
    return special if special.exists() else PROBE / "expected" / f"{name}.expected.txt"


def run(cmd: list[str], timeout: int) -> tuple[int, str, str, float]:
    t = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return -1, "", f"timeout after {timeout} s", time.time() - t
    return (
        r.returncode,
        r.stdout.decode("utf-8", "replace"),
        r.stderr.decode("utf-8", "replace"),
        time.time() - t,
    )


def _f(x: float | None, w: int = 4) -> str:
    return " " * (w - 1) + "-" if x is None else f"{x:.2f}".rjust(w)


def probe_one(tk: str, name: str, producer: str, path: Path, keep: Path, timeout: int) -> dict:
    row: dict = {"doc": name, "producer": producer}
    rc, out, err, dt = run([tk, "text", str(path)], timeout)
    if rc != 0:
        row["text_error"] = (err.strip().splitlines() or ["?"])[-1][:160]
    else:
        (keep / f"{name}.{producer}.text.txt").write_text(out, encoding="utf-8")
        exp = expected_for(name, producer).read_text(encoding="utf-8")
        row["cer"] = cer(exp, out)
        row["zwnj"] = zwnj_recall(exp, out)
    row["text_s"] = dt
    pred = keep / f"{name}.{producer}.json"
    rc, out, err, dt = run([tk, "extract", str(path)], timeout)
    row["extract_s"] = dt
    if rc != 0 or not out.strip():
        row["extract_error"] = (err.strip().splitlines() or ["?"])[-1][:160]
        return row
    pred.write_text(out, encoding="utf-8")
    gold = PROBE / "gold" / f"{name}.gold.json"
    rc, out, err, _ = run([tk, "eval", "--json", str(pred), str(gold)], timeout)
    if rc != 0:
        row["eval_error"] = (err.strip().splitlines() or ["?"])[-1][:160]
        return row
    row["scores"] = json.loads(out)
    return row


def print_row(row: dict, misses: bool) -> None:
    head = f"{row['doc']:<10} {row['producer']:<12}"
    if "cer" in row:
        ok, want = row["zwnj"]
        text = f"CER {row['cer']:.3f} zwnj {ok:>2}/{want:<2}"
    else:
        text = "CER  err            "
    if "scores" not in row:
        print(f"{head} {text}  extract: {row.get('extract_error') or row.get('eval_error')}")
        if "text_error" in row:
            print(f"{'':24}text: {row['text_error']}")
        return
    s = row["scores"]
    a = s["agreements"]

    def f1(kind: str) -> str:
        k = s[kind]
        return (
            "  -  "
            if not k["gold"] and not k["pred"]
            else f"{k['f1']:.2f}({k['tp']}/{k['gold']}/{k['pred']})"
        )

    print(
        f"{head} {text}  agr P {a['precision']:.2f} R {a['recall']:.2f} F1 {a['f1']:.2f}"
        f" ({a['tp']}/{a['gold']} gold, {a['pred']} pred)"
        f"  yr {_f(a.get('year_accuracy'))} st {_f(a.get('status_accuracy'))}"
        f"  mem {f1('memberships')}  cit {f1('citations')}  ref {f1('references')}"
        f"  [{row['text_s'] + row['extract_s']:.1f} s]"
    )
    if "text_error" in row:
        print(f"{'':24}text: {row['text_error']}")
    if misses:
        for kind in ("agreements", "memberships", "citations"):
            for key in ("misses", "spurious", "year_errors", "status_errors"):
                for item in s[kind].get(key) or []:
                    print(f"{'':24}{kind[:4]} {key}: {item}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--textkit", default=str(ROOT / ".venv" / "bin" / "textkit"))
    ap.add_argument("--only", help="document name (e.g. news-fa)")
    ap.add_argument("--misses", action="store_true", help="print misses and wrong years/statuses")
    ap.add_argument("--keep", type=Path, help="folder for the text and JSON outputs")
    ap.add_argument("--timeout", type=int, default=60)
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    keep = a.keep or Path(tempfile.mkdtemp(prefix="probe-"))
    keep.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, producer, path in variants():
        if a.only and name != a.only:
            continue
        try:
            row = probe_one(a.textkit, name, producer, path, keep, a.timeout)
        except Exception as e:  # one broken file must not stop the probe
            row = {"doc": name, "producer": producer, "extract_error": f"{type(e).__name__}: {e}"}
        rows.append(row)
        print_row(row, a.misses)
        sys.stdout.flush()
    # totals: micro-averaged agreement figures over all rows that were scored
    tp = sum(r["scores"]["agreements"]["tp"] for r in rows if "scores" in r)
    gold = sum(r["scores"]["agreements"]["gold"] for r in rows if "scores" in r)
    pred = sum(r["scores"]["agreements"]["pred"] for r in rows if "scores" in r)
    p, r_ = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    f = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    cers = [r["cer"] for r in rows if "cer" in r]
    zok = sum(r["zwnj"][0] for r in rows if "zwnj" in r)
    zwant = sum(r["zwnj"][1] for r in rows if "zwnj" in r)
    print(
        f"ALL {len(rows)} files: mean CER {sum(cers) / max(1, len(cers)):.3f}; "
        f"ZWNJ tokens {zok}/{zwant}; "
        f"agreements micro "
        f"P {p:.3f} R {r_:.3f} F1 {f:.3f} ({tp}/{gold} gold, {pred} pred); outputs in {keep}"
    )


if __name__ == "__main__":
    main()
