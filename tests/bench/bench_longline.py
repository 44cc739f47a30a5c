"""Linear cost (issue 11): the whole pipeline on one long line vs the same text in 200 lines.

The text is the prose of the bundled sample (``article-plain.txt``, table rows left
out) repeated to the wanted size; the "lines" variant cuts the same words into 200
lines, the "one line" variant joins them with spaces. Both run through
:func:`textkit.pipeline.process` in one process, one after the other::

    .venv/bin/python tests/bench/bench_longline.py --mb 2            # the issue's ratio
    .venv/bin/python tests/bench/bench_longline.py --mb 0.25 0.5 1 --profile 15
        # per-function growth: cProfile's own time per function at each size, and the
        # exponent k in time ∝ size^k between the smallest and largest size
    .venv/bin/python tests/bench/bench_longline.py --one-block --mb 0.25 0.5 --profile 15
        # the stages after the reader on ONE block of that size (the text reader cuts
        # long lines into blocks of at most 10,000 characters, so the pipeline never
        # sees such a block from a text file; this shows what each stage would cost)

Results go in ``tests/bench/RESULTS.md`` by hand.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "sister-cities-iran" / "docs" / "article-plain.txt"


def make_words(size: int) -> list[str]:
    """Words of the sample's prose, repeated until their text has *size* characters."""
    prose = [ln for ln in SAMPLE.read_text("utf-8").splitlines() if ln.strip() and "\t" not in ln]
    base = " ".join(prose).split()
    words: list[str] = []
    total = 0
    while total < size:
        for w in base:
            words.append(w)
            total += len(w) + 1
            if total >= size:
                break
    return words


def variants(size: int, lines: int) -> dict[str, str]:
    words = make_words(size)
    step = math.ceil(len(words) / lines)
    chunks = [" ".join(words[i : i + step]) for i in range(0, len(words), step)]
    return {"one line": " ".join(words) + "\n", f"{lines} lines": "\n".join(chunks) + "\n"}


ONE_BLOCK = False


def one_block(path: Path, gazetteer: object) -> None:
    """normalise → recognise → extract on the file's text as one paragraph block."""
    from textkit.extract import extract
    from textkit.model import Block, Document
    from textkit.pipeline import normalize, recognize

    text = path.read_text("utf-8").strip()
    block = Block(id="b1", page=1, kind="paragraph", text=text, lang="fa", line=1)
    doc = Document(path=str(path), sha256="0", source_kind="text", pages=1, blocks=[block])
    doc = normalize(doc)
    recognize(doc, gazetteer)  # type: ignore[arg-type]
    extract(doc, gazetteer=gazetteer)


def run(path: Path, gazetteer: object, profile: cProfile.Profile | None) -> float:
    from textkit.pipeline import process

    start = time.perf_counter()
    if profile is not None:
        profile.enable()
    if ONE_BLOCK and "one-line" in path.name:
        one_block(path, gazetteer)
    else:
        process(path, gazetteer=gazetteer)  # type: ignore[arg-type]
    if profile is not None:
        profile.disable()
    return time.perf_counter() - start


def own_times(profile: cProfile.Profile) -> dict[str, float]:
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for (file, line, func), (_cc, _nc, tt, _ct, _callers) in stats.items():
        short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        out[f"{short}:{line}:{func}"] = tt
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[2.0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="top N functions")
    parser.add_argument("--one-block", action="store_true", help="one line = one block")
    args = parser.parse_args()
    global ONE_BLOCK
    ONE_BLOCK = args.one_block
    from textkit.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    with tempfile.TemporaryDirectory() as tmp:  # warm up: lexicons and caches load lazily
        warm = Path(tmp) / "warm.txt"
        warm.write_text(variants(20_000, 2)["one line"], encoding="utf-8")
        run(warm, gazetteer, None)
    by_size: dict[float, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            size = int(mb * 1_000_000)
            times = {}
            for name, text in variants(size, args.lines).items():
                path = Path(tmp) / f"{name.replace(' ', '-')}.txt"
                path.write_text(text, encoding="utf-8")
                prof = cProfile.Profile() if args.profile else None
                times[name] = run(path, gazetteer, prof)
                if prof is not None:
                    by_size.setdefault(mb, {})[name] = own_times(prof)
            one, many = times["one line"], times[f"{args.lines} lines"]
            print(
                f"{mb:g} MB: one line {one:.2f} s, {args.lines} lines {many:.2f} s, "
                f"ratio {one / many:.2f}",
                flush=True,
            )
    if args.profile and len(args.mb) >= 2:
        lo, hi = min(args.mb), max(args.mb)
        for name in by_size[hi]:
            print(f"\n{name}: own time per function, {lo:g} MB → {hi:g} MB (exponent)")
            small, big = by_size[lo][name], by_size[hi][name]
            top = sorted(big, key=big.get, reverse=True)[: args.profile]  # type: ignore[arg-type]
            for key in top:
                a, b = small.get(key, 0.0), big[key]
                k = math.log(b / a) / math.log(hi / lo) if a > 0 and b > 0 else float("nan")
                print(f"  {b:8.2f} s  {a:8.2f} s  k={k:4.2f}  {key}")
    elif args.profile:
        for name, times in by_size[args.mb[0]].items():
            print(f"\n{name}: top own time")
            for key in sorted(times, key=times.get, reverse=True)[: args.profile]:  # type: ignore[arg-type]
                print(f"  {times[key]:8.2f} s  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
