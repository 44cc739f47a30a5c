"""Mutation run over PDFs (issue 11): hostile variants of real PDFs through
``textkit batch --time-limit 20 --memory-limit 1500``.

Mutants are made from the bundled sample PDFs and the PDF fixtures in
``tests/data/pdf`` with a fixed seed:

- ``truncate``: cut at a random offset;
- ``flip``: 1–50 random bytes changed;
- ``chunk``: a random slice deleted or duplicated;
- ``length-loop``: a stream's ``/Length N`` made a reference to an object that
  is only a reference to itself (pdfminer loops forever on it);
- ``parent-loop``: every ``/Parent`` and ``/Kids`` made to point at the page tree
  root's own object;
- ``bomb``: a page's content replaced by a FlateDecode stream that inflates to 1 GB.

Every mutant must end as ``ok`` or as ``error`` with a one-line message naming
the file; the script counts how each ended (a clean reader error, the time
limit, the memory limit, a dead worker) and fails loudly on anything else (an
internal error, a traceback on stderr, a missing index entry)::

    .venv/bin/python tests/bench/fuzz_pdf.py [--mutants 120] [--seed 11] [-j 2]

Results go in ``tests/bench/RESULTS.md`` by hand.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "corpora" / "sister-cities-iran" / "docs").glob("*.pdf")) + sorted(
    p for p in (ROOT / "tests" / "data" / "pdf").glob("*.pdf") if not p.name.startswith("bad-")
)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def chunk(data: bytes, rng: random.Random) -> bytes:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 4096))
    return data[:a] + data[b:] if rng.random() < 0.5 else data[:b] + data[a:b] + data[b:]


def _next_free(data: bytes) -> int:
    numbers = [int(n) for n in re.findall(rb"(\d+) 0 obj", data)]
    return max(numbers, default=0) + 1


def _append_object(data: bytes, number: int, body: bytes) -> bytes:
    # an incremental-update-free append: readers that rebuild the xref find it
    return data + b"\n%d 0 obj\n%s\nendobj\n" % (number, body)


def length_loop(data: bytes, rng: random.Random) -> bytes:
    n = _next_free(data)
    looped = re.sub(rb"/Length \d+", b"/Length %d 0 R" % n, data, count=rng.randint(1, 3))
    return _append_object(looped, n, b"%d 0 R" % n)


def parent_loop(data: bytes, rng: random.Random) -> bytes:
    root = re.search(rb"/Pages (\d+) 0 R", data)
    if root is None:
        return flip(data, rng)
    target = root.group(1)
    data = re.sub(rb"/Parent \d+ 0 R", b"/Parent " + target + b" 0 R", data)
    return re.sub(rb"/Kids \[[^\]]*\]", b"/Kids [" + target + b" 0 R]", data, count=1)


@functools.cache
def _bomb_stream() -> bytes:
    squeeze = zlib.compressobj(9)
    block = b"0 0 m 1 1 l S\n" * 74_898  # ~1 MB of drawing operators
    return b"".join(squeeze.compress(block) for _ in range(1000)) + squeeze.flush()


def bomb(data: bytes, rng: random.Random) -> bytes:
    stream = _bomb_stream()
    n = _next_free(data)
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)
    bombed = re.sub(rb"/Contents (\d+ 0 R|\[[^\]]*\])", b"/Contents %d 0 R" % n, data, count=1)
    return _append_object(bombed, n, body)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": truncate,
    "flip": flip,
    "chunk": chunk,
    "length-loop": length_loop,
    "parent-loop": parent_loop,
    "bomb": bomb,
}


def classify(entry: dict[str, object]) -> str:
    if entry["status"] == "ok":
        return "ok"
    error = str(entry["error"])
    if "internal error" in error:
        return "INTERNAL ERROR"
    if "time limit" in error:
        return "error: time limit"
    if "memory limit" in error:
        return "error: memory limit"
    if "worker reading it died" in error:
        return "error: worker died"
    return "error: reader"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mutants", type=int, default=120)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = {p.name: p.read_bytes() for p in SOURCES}
    kinds = list(MUTATIONS)
    with tempfile.TemporaryDirectory() as tmp:
        docs, out = Path(tmp) / "docs", Path(tmp) / "out"
        docs.mkdir()
        made: dict[str, str] = {}
        for i in range(args.mutants):
            kind = kinds[i % len(kinds)]
            source = rng.choice(sorted(sources))
            name = f"{i:03d}-{kind}-{Path(source).stem}.pdf"
            (docs / name).write_bytes(MUTATIONS[kind](sources[source], rng))
            made[name] = kind
        cmd = [sys.executable, "-m", "textkit", "batch", str(docs), "-o", str(out), "-q",
               "-j", str(args.jobs), "--time-limit", "20", "--memory-limit", "1500"]  # fmt: skip
        start = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        index = {}
        for line in (out / "index.jsonl").read_text("utf-8").splitlines():
            entry = json.loads(line)
            index[entry["input"]] = entry
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for name, kind in made.items():
        outcome = classify(index[name]) if name in index else "MISSING FROM INDEX"
        counts[(kind, outcome)] += 1
        if name in index and index[name]["error"]:
            examples.setdefault((kind, outcome), str(index[name]["error"]).split(": ", 1)[1])
    print(f"{len(made)} mutants, {seconds:.0f} s with -j {args.jobs}; exit status {run.returncode}")
    print("| mutation | outcome | count |\n|---|---|---:|")
    for (kind, outcome), count in sorted(counts.items()):
        print(f"| {kind} | {outcome} | {count} |")
    print("\nfirst message of each kind:")
    for key, message in sorted(examples.items()):
        print(f"- {key[0]} / {key[1]}: {message[:160]}")
    bad = [k for k in counts if k[1] in ("INTERNAL ERROR", "MISSING FROM INDEX")]
    traceback = "Traceback" in run.stderr
    long_lines = [ln for ln in run.stderr.splitlines() if ln.startswith("textkit: error:")
                  and ".pdf" not in ln]  # fmt: skip
    print(f"traceback on stderr: {traceback}; error lines not naming a file: {len(long_lines)}")
    return 1 if bad or traceback or long_lines else 0


if __name__ == "__main__":
    sys.exit(main())
