"""Benchmarks for textkit.normalize (run by hand, never collected by pytest).

    .venv/bin/python tests/bench/bench_normalize.py accuracy [--split dev|test|tune|all]
        [--errors N] [--spaced]
    .venv/bin/python tests/bench/bench_normalize.py speed
    .venv/bin/python tests/bench/bench_normalize.py startup

accuracy: UD_Persian-PerDT train text (``/work/shared/corpus/ud-persian-zwnj``)
  with every ZWNJ deleted, normalised, compared token by token with the gold
  line. dev = first 80 % of lines (the lexicon is mined from it), test = last
  20 % (never mined). A gold token counts as "restored exactly" when the output
  has a token with the same letters at the same place and the same ZWNJs and no
  space lost or added around it. Both sides get the same character folding first
  (ي -> ی …), so only ZWNJ/space decisions are scored.
speed: characters per second of ``normalize_text`` next to hazm's
  ``Normalizer().normalize`` on the same text, in the same process.
startup: the cost of the first call in a fresh process (imports + lexicon).

Results, 2026-11-26, 2-core shared x86_64 VM, Python 3.12.1, hazm 0.12.1
(lexicon built from the dev split; "other" = gold tokens without ZWNJ that changed):

    split (lines)        input            ZWNJ tokens exact        other tokens changed
    test  (3,575)        ZWNJ deleted     6,696/6,945 = 96.41 %    132/54,736  = 0.241 %
    test                 ZWNJ -> space    6,009/6,945 = 86.52 %    134/54,736  = 0.245 %
    test                 ZWNJ -> NBSP     6,773/6,945 = 97.52 %    133/54,736  = 0.243 %
    dev   (14,300)       ZWNJ deleted     26,796/26,933 = 99.49 %  124/213,451 = 0.058 %  (mined)
    tune  (lines 60-80 %, lexicon from the first 60 %)  6,527/6,709 = 97.29 %, 0.308 %
    test, hazm Normalizer()  ZWNJ deleted 3,108/6,945 = 44.75 %    2,093/54,736 = 3.82 %
    test, hazm Normalizer()  ZWNJ -> space 6,229/6,945 = 89.69 %   2,110/54,736 = 3.86 %

    speed (test split, 315,418 chars, best of 3): textkit 1,441 kchar/s, hazm 512 kchar/s
    startup (fresh process): import 0.021 s + first call 0.060 s; hazm Normalizer() 2.47 s
"""

from __future__ import annotations

import argparse
import collections
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

UD = Path("/work/shared/corpus/ud-persian-zwnj/train.txt")
ZWNJ = "\u200c"
DEV_SHARE = 0.8


def split_lines(split: str) -> list[str]:
    lines = UD.read_text(encoding="utf-8").splitlines()
    cut = int(len(lines) * DEV_SHARE)
    inner = int(len(lines) * 0.6)
    # "tune": lines 60-80 % of the file, held out when the lexicon is built with --share 0.6.
    return {"dev": lines[:cut], "test": lines[cut:], "all": lines, "tune": lines[inner:cut]}[split]


def _fold(text: str) -> str:
    from textkit.normalize.chars import clean_zwnj, fold_chars
    from textkit.offsets import apply_edits

    text = apply_edits(text, fold_chars(text))
    return apply_edits(text, clean_zwnj(text))


def _spans(tokens: list[str]) -> dict[tuple[int, int], str]:
    out = {}
    pos = 0
    for tok in tokens:
        n = len(tok.replace(ZWNJ, ""))
        out[(pos, pos + n)] = tok
        pos += n
    return out


def accuracy(split: str, show: int, spaced: str = "", hazm: bool = False) -> None:
    from textkit.normalize import normalize_text

    if hazm:  # the same scoring applied to hazm's default Normalizer, for comparison
        from hazm import Normalizer

        hz = Normalizer()

        def run(text: str) -> str:
            return str(hz.normalize(text))
    else:

        def run(text: str) -> str:
            return normalize_text(text).text

    want = ok = other = changed = 0
    misses: collections.Counter[tuple[str, str]] = collections.Counter()
    false: collections.Counter[tuple[str, str]] = collections.Counter()
    t0 = time.perf_counter()
    lines = split_lines(split)
    for line in lines:
        gold = _fold(line)
        out = run(gold.replace(ZWNJ, spaced))
        gspans = _spans(gold.split())
        ospans = _spans(out.split())
        if "".join(gold.split()).replace(ZWNJ, "") != "".join(out.split()).replace(ZWNJ, ""):
            # letters changed (hazm: digits, punctuation): fall back to a token-set check
            oset = set(out.split())
            ospans = {span: tok for span, tok in gspans.items() if tok in oset}
        for span, tok in gspans.items():
            got = ospans.get(span)
            if ZWNJ in tok:
                want += 1
                if got == tok:
                    ok += 1
                else:
                    misses[(tok, got or "<boundary>")] += 1
            else:
                other += 1
                if got != tok:
                    changed += 1
                    false[(tok, got or "<boundary>")] += 1
    dt = time.perf_counter() - t0
    print(
        f"split {split} ({'ZWNJ -> ' + repr(spaced) if spaced else 'ZWNJ deleted'}): "
        f"{len(lines)} lines, {dt:.1f} s"
    )
    print(f"  ZWNJ tokens restored exactly: {ok}/{want} = {ok / max(1, want):.2%}")
    print(f"  other tokens changed:         {changed}/{other} = {changed / max(1, other):.3%}")
    if show:
        print("  most frequent misses (gold -> output):")
        for (g, o), n in misses.most_common(show):
            print(f"    {n:4d}  {g.replace(ZWNJ, '‹Z›')}  ->  {o.replace(ZWNJ, '‹Z›')}")
        print("  most frequent false changes (gold -> output):")
        for (g, o), n in false.most_common(show):
            print(f"    {n:4d}  {g}  ->  {o.replace(ZWNJ, '‹Z›')}")


def speed(rounds: int = 3) -> None:
    """Best of ``rounds`` alternating runs (the VM is shared; the best run is the least disturbed).

    textkit's word cache is cleared before each of its runs, so every run pays for
    all the lexicon look-ups.
    """
    from textkit.normalize import normalize_text
    from textkit.normalize.words import reading

    lines = [line.replace(ZWNJ, "") for line in split_lines("test")]
    chars = sum(len(x) for x in lines)
    normalize_text("شروع")  # load the lexicon outside the timing
    print(f"machine: {platform.machine()} {platform.system()}, Python {platform.python_version()}")
    print(f"input: {len(lines)} lines, {chars} characters (UD test split, ZWNJ deleted)")
    try:
        import hazm

        norm = hazm.Normalizer()
    except ImportError:
        norm = None
    ours, theirs = [], []
    for _ in range(rounds):
        reading.cache_clear()
        t = time.perf_counter()
        for line in lines:
            normalize_text(line)
        ours.append(time.perf_counter() - t)
        if norm is not None:
            t = time.perf_counter()
            for line in lines:
                norm.normalize(line)
            theirs.append(time.perf_counter() - t)
    print(f"textkit normalize_text: {chars / min(ours) / 1000:.0f} kchar/s (best of {rounds})")
    if theirs:
        print(f"hazm 0.12.1 Normalizer().normalize: {chars / min(theirs) / 1000:.0f} kchar/s")


def startup() -> None:
    code = (
        "import time; t=time.perf_counter(); from textkit.normalize import normalize_text; "
        "a=time.perf_counter(); normalize_text('بینالمللی میشود'); b=time.perf_counter(); "
        "print(f'import {a-t:.3f} s, first call {b-a:.3f} s, total {b-t:.3f} s')"
    )
    for _ in range(3):
        r = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        print("textkit:", r.stdout.strip())
    hz = (
        "import time; t=time.perf_counter(); from hazm import Normalizer; "
        "Normalizer().normalize('x'); print(f'hazm: {time.perf_counter()-t:.3f} s')"
    )
    r = subprocess.run([sys.executable, "-c", hz], cwd=ROOT, capture_output=True, text=True)
    print(r.stdout.strip() or r.stderr.strip()[-200:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["accuracy", "speed", "startup"])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all", "tune"])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument(
        "--spaced", action="store_const", const=" ", default="", help="ZWNJ -> space, not deleted"
    )
    ap.add_argument(
        "--nbsp", action="store_const", const="\u00a0", dest="spaced", help="ZWNJ -> U+00A0"
    )
    ap.add_argument("--hazm", action="store_true", help="score hazm's Normalizer instead")
    ap.add_argument(
        "--lexicon",
        type=Path,
        help="use a lexicon built elsewhere (tools/build_lexicon.py --share 0.6 --out DIR)",
    )
    a = ap.parse_args()
    if a.lexicon:
        import textkit.normalize.lexicon as lexmod

        lexmod.LEXICON_DIR = a.lexicon
    if a.what == "accuracy":
        accuracy(a.split, a.errors, a.spaced, a.hazm)
    elif a.what == "speed":
        speed()
    else:
        startup()


if __name__ == "__main__":
    main()
