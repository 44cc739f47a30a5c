#!/usr/bin/env python3
"""Build the compact ZWNJ lexicon shipped in ``textkit/data/lexicon/``.

Run by hand at development time (never at run time)::

    .venv/bin/python tools/build_lexicon.py \
        --hazm .venv/lib/python3.12/site-packages/hazm/data \
        --ud /work/shared/corpus/ud-persian-zwnj/train.txt

Sources (see ``textkit/data/lexicon/README.md`` for licences):

* hazm 0.12.1 ``words.dat`` (MIT): word list with frequencies and tags, and
  ``verbs.dat`` (past#present stems).
* The **dev split only** (first 80 % of lines) of UD_Persian-PerDT train text
  (CC BY-SA 4.0): every whitespace token, counted with and without its ZWNJ.
  The last 20 % of lines is the held-out test split and is never read here.

Outputs (UTF-8, one entry per line, sorted):

* ``forms.tsv``   ``key<TAB>form<TAB>freq``: words whose written form carries
  ZWNJ; ``key`` is the form with ZWNJ deleted; ``freq`` is hazm's corpus count
  (or the UD dev count), used only to rank competing readings.
* ``plain.tsv``   ``word<TAB>freq``: words known to be written *without* ZWNJ (trusted: tagged
  or counted in hazm, or seen so in the UD dev split).
* ``verbs.tsv``   ``past<TAB>present`` verb stems.
* ``heads.txt``, ``tails.txt``  productive compound parts (mostly written with ZWNJ).
* ``joins.txt``   two-word compounds to join when spaced (``بین المللی``).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import logging
import re
from pathlib import Path

ZWNJ = "\u200c"
DEV_SHARE = 0.8
# A token is a run of Arabic-script letters, marks and ZWNJ: "می‌شود،" -> "می‌شود".
WORD_RE = re.compile(
    r"[\u0621-\u064A\u064B-\u0655\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+"
)

log = logging.getLogger("build_lexicon")


def _clean(tok: str) -> str:
    """Strip ZWNJ at the edges and fold doubled ZWNJ: "‌کتاب‌‌ها" -> "کتاب‌ها"."""
    tok = re.sub("\u200c+", ZWNJ, tok)
    return tok.strip(ZWNJ)


def read_hazm(data: Path) -> tuple[dict[str, int], set[str], set[str]]:
    """Return (counts, tagged, untagged) for hazm's words.dat."""
    counts: dict[str, int] = {}
    tagged: set[str] = set()
    untagged: set[str] = set()
    for line in (data / "words.dat").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        word, count, tags = _clean(parts[0]), int(parts[1]), parts[2]
        counts[word] = max(counts.get(word, 0), count)
        if tags != "0" or count > 0:
            tagged.add(word)
        else:
            untagged.add(word)
    return counts, tagged, untagged - tagged


def read_verbs(data: Path) -> list[tuple[str, str]]:
    """Return (past, present) stem pairs from hazm's verbs.dat."""
    pairs = []
    for line in (data / "verbs.dat").read_text(encoding="utf-8").splitlines():
        if "#" not in line:
            continue
        past, present = line.split("#", 1)
        present = present.split()[0] if present.split() else ""
        if past and present:
            pairs.append((past, present))
    return pairs


def dev_lines(path: Path, share: float = DEV_SHARE) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[: int(len(lines) * share)]


def read_ud_dev(path: Path, share: float = DEV_SHARE) -> collections.Counter[str]:
    """Count every token of the dev split (first 80 % of lines)."""
    dev = dev_lines(path, share)
    counter: collections.Counter[str] = collections.Counter()
    for line in dev:
        for tok in line.split():
            for word in WORD_RE.findall(tok):
                word = _clean(word)
                if word:
                    counter[word] += 1
    log.info("UD dev: %d lines, %d distinct words", len(dev), len(counter))
    return counter


NON_JOINING = frozenset("اآأإٱدذرزژوؤۀءةٲٳ")
MARKS = frozenset(chr(c) for c in range(0x064B, 0x0656)) | {"\u0670"}


def _last_base(text: str) -> str:
    """The last letter of ``text``, skipping combining marks and ZWNJ."""
    for ch in reversed(text):
        if ch not in MARKS and ch != ZWNJ:
            return ch
    return ""


#: Affixes handled by the grammar, not counted as compound parts.
AFFIXES = frozenset(
    (
        "ها",
        "های",
        "هایی",
        "هایم",
        "هایت",
        "هایش",
        "هایمان",
        "هایتان",
        "هایشان",
        "تر",
        "ترین",
        "تری",
        "ای",
        "ام",
        "ات",
        "اش",
        "اند",
        "ایم",
        "اید",
        "است",
        "شان",
        "تان",
        "مان",
        "می",
        "نمی",
    )
)
MIN_USES = 4
MIN_SHARE = 0.75


def productive_parts(forms: dict[str, str], plain: set[str]) -> tuple[set[str], set[str]]:
    """Compound heads/tails that take a ZWNJ in most words where they occur.

    A tail T (``شناسی`` in ``زبان‌شناسی``) is productive when at least MIN_USES
    ZWNJ words end in ``‌T`` and, among all words ``A+T`` with A a known word
    ending in a joining letter, at least MIN_SHARE carry the ZWNJ. Same for heads.
    """
    known = set(forms) | plain
    head_z: collections.Counter[str] = collections.Counter()
    tail_z: collections.Counter[str] = collections.Counter()
    for form in forms.values():
        parts = form.split(ZWNJ)
        if len(parts) != 2 or parts[1] in AFFIXES or parts[0] in AFFIXES:
            continue
        head, tail = parts
        if len(head) >= 2 and len(tail) >= 2:
            head_z[head] += 1
            tail_z[tail] += 1
    head_p: collections.Counter[str] = collections.Counter()
    tail_p: collections.Counter[str] = collections.Counter()
    for word in plain:
        for i in range(2, len(word) - 1):
            a, b = word[:i], word[i:]
            if a[-1] in NON_JOINING or a not in known or b not in known:
                continue
            if a in head_z:
                head_p[a] += 1
            if b in tail_z:
                tail_p[b] += 1
    heads = {h for h, n in head_z.items() if n >= MIN_USES and n / (n + head_p[h]) >= MIN_SHARE}
    tails = {t for t, n in tail_z.items() if n >= MIN_USES and n / (n + tail_p[t]) >= MIN_SHARE}
    return heads, tails


def spaced_joins(forms: dict[str, str], ud: collections.Counter[str], lines: list[str]) -> set[str]:
    """Two-word compounds to join when written with a space ("بین المللی").

    A pair qualifies when the ZWNJ form occurs at least JOIN_MIN times in the
    dev split and the spaced pair never does: the treebank writes many compounds
    with a space (``محیط زیست``, sometimes ``رییس جمهور``) and those stay.
    """
    spaced: collections.Counter[str] = collections.Counter()
    for line in lines:
        toks = line.split()
        for left, right in itertools.pairwise(toks):
            a, b = left.strip(PUNCT), right.strip(PUNCT)
            if a and b and ZWNJ not in a and ZWNJ not in b and forms.get(a + b) == a + ZWNJ + b:
                spaced[a + " " + b] += 1
    out = set()
    for form in forms.values():
        parts = form.split(ZWNJ)
        if len(parts) != 2:
            continue
        pair = " ".join(parts)
        if ud[form] >= JOIN_MIN and spaced[pair] == 0:
            out.add(pair)
    return out


JOIN_MIN = 2
PUNCT = ".,;:!?()«»\"'،؛؟"


def build(hazm_dir: Path, ud_path: Path, out: Path, share: float = DEV_SHARE) -> None:
    counts, tagged, untagged = read_hazm(hazm_dir)
    verbs = read_verbs(hazm_dir)
    ud = read_ud_dev(ud_path, share)

    # key -> {surface: score}; UD dev counts dominate hazm corpus frequencies.
    variants: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for word, n in ud.items():
        variants[word.replace(ZWNJ, "")][word] = 1e12 * n
    ud_keys = set(variants)
    for word in tagged | {w for w in untagged if ZWNJ in w}:
        key = word.replace(ZWNJ, "")
        if key in ud_keys:
            continue
        score = counts.get(word, 0) + (1 if ZWNJ in word else 0)
        if word in untagged and ZWNJ not in word:
            continue
        variants[key][word] = max(variants[key].get(word, 0.0), float(score))

    forms: dict[str, str] = {}
    plain: set[str] = set()
    for key, cand in variants.items():
        best = max(cand.items(), key=lambda kv: (kv[1], kv[0].count(ZWNJ)))[0]
        # No ZWNJ after a non-joining letter (دایرة‌المعارف -> دایرةالمعارف): it changes nothing
        # on screen, and textkit never writes one.
        best = "".join(
            ch
            for i, ch in enumerate(best)
            if not (ch == ZWNJ and _last_base(best[:i]) in NON_JOINING)
        )
        if ZWNJ in best:
            forms[key] = best
        else:
            plain.add(key)

    out.mkdir(parents=True, exist_ok=True)
    heads, tails = productive_parts(forms, plain)
    joins = spaced_joins(forms, ud, dev_lines(ud_path, share))
    (out / "joins.txt").write_text("".join(f"{w}\n" for w in sorted(joins)), encoding="utf-8")
    (out / "heads.txt").write_text("".join(f"{w}\n" for w in sorted(heads)), encoding="utf-8")
    (out / "tails.txt").write_text("".join(f"{w}\n" for w in sorted(tails)), encoding="utf-8")

    def freq(word: str) -> int:
        # hazm's corpus frequency, else the UD dev count: used only to rank two
        # readings of one glued word (دندان‌هایم vs دندانه‌ایم).
        return counts.get(word) or ud.get(word, 0)

    (out / "forms.tsv").write_text(
        "".join(f"{k}\t{v}\t{freq(v)}\n" for k, v in sorted(forms.items())), encoding="utf-8"
    )
    (out / "plain.tsv").write_text(
        "".join(f"{w}\t{freq(w)}\n" for w in sorted(plain)), encoding="utf-8"
    )
    (out / "verbs.tsv").write_text(
        "".join(f"{p}\t{q}\n" for p, q in sorted(set(verbs))), encoding="utf-8"
    )
    log.info(
        "forms %d, plain %d, verbs %d, heads %d, tails %d, spaced joins %d",
        len(forms),
        len(plain),
        len(verbs),
        len(heads),
        len(tails),
        len(joins),
    )


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hazm", type=Path, required=True, help="hazm/data directory")
    ap.add_argument("--ud", type=Path, required=True, help="ud-persian-zwnj/train.txt")
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "textkit/data/lexicon"
    )
    ap.add_argument(
        "--share",
        type=float,
        default=DEV_SHARE,
        help="mine the first SHARE of lines (default 0.8 = the dev split; "
        "use 0.6 to tune on lines 60-80 %%)",
    )
    a = ap.parse_args()
    if a.share > DEV_SHARE:
        ap.error(f"--share above {DEV_SHARE} would mine the test split")
    build(a.hazm, a.ud, a.out, a.share)


if __name__ == "__main__":
    main()
