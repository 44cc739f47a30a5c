"""ZWNJ (U+200C, نیم‌فاصله) restoration, driven by the lexicon and an affix grammar.

Two failures are repaired:

* **glued** words, where the ZWNJ was dropped (PDF text): ``بینالمللی`` ->
  ``بین‌المللی``, ``شهرداریها`` -> ``شهرداری‌ها``, ``میشود`` -> ``می‌شود``;
* **spaced** affixes, where a space stands for the ZWNJ: ``می شود`` -> ``می‌شود``,
  ``کتاب ها`` -> ``کتاب‌ها``, ``شهر ها`` -> ``شهرها`` (no ZWNJ after a
  non-joining letter).

Words already carrying a ZWNJ are left as written. Words the lexicon does not
know and the grammar cannot explain (names, rare words) are left alone.
Compounds that the text writes with a plain space (``محیط زیست``) are never
joined: only affixes are.
"""

from __future__ import annotations

import functools
import re

from textkit.normalize.lexicon import Lexicon, load_lexicon
from textkit.offsets import Edit

ZWNJ = "\u200c"
NBSP = "\u00a0"

#: Letters that do not join to the following letter: no ZWNJ is ever needed after them.
NON_JOINING = frozenset("اآأإٱدذرزژوؤۀءةٲٳ")
#: Combining marks skipped when looking for the last letter of a stem: "خانهٔ" ends in ه.
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0656)) | {"\u0670"}

#: A Persian word: Arabic-script letters and marks, possibly with ZWNJ inside.
#: "(کتاب‌ها)" -> "کتاب‌ها"; digits and punctuation end a word.
WORD_RE = re.compile(
    r"[\u0621-\u063A\u0641-\u0655\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+"
)

#: Suffixes that take a ZWNJ after a joining letter: کتاب‌ها, بزرگ‌ترین; شهرها, دورتر.
ZWNJ_SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها",
    "ترین", "تری", "تر",
)  # fmt: skip
#: Suffixes written with a ZWNJ only after a final ه (or ی): خانه‌ای, رفته‌اند, علمی‌ای,
#: تنهایی‌اش, روحیه‌تان. Maps suffix -> the stem-final letters it may follow.
HEH_SUFFIXES: dict[str, str] = {
    "اند": "ه", "ایم": "ه", "اید": "ه", "است": "ه",
    "ای": "هی", "ام": "هی", "ات": "هی", "اش": "هی",
    "شان": "هی", "تان": "هی", "مان": "هی",
    "ی": "ه",  # ezafe written ه‌ی: توسعه‌ی پایدار
}  # fmt: skip
#: Prepositions written with a ZWNJ before a known noun when glued: به‌عنوان, به‌منزله.
PREPOSITIONS = ("به",)
#: Shortest part of a compound split by the head/tail rule ("کم‌رم" from کمرم is not one).
MIN_PART = 3
#: Plural suffixes added even to an unknown stem of 3+ letters: زئولیت‌ها, میتینگ‌های.
PLURALS = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
#: Verb prefixes always followed by ZWNJ: می‌شود, نمی‌رفتند.
VERB_PREFIXES = ("نمی", "می")
#: Preverbs written glued before می: برمی‌گردد, درمی‌آید.
PREVERBS = ("بر", "در", "فرا", "باز", "وا", "ور", "فرو")
#: Spaced clitics joined to a word ending in ه: "کرده اند" -> "کرده‌اند".
SPACED_CLITICS = frozenset(("اند", "ام", "ایم", "اید", "ای"))
#: Spaced affixes joined to the previous word: "کتاب ها" -> "کتاب‌ها".
SPACED_SUFFIXES = frozenset(
    ("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان", "هایت", "هایتان", "ترین")
)


def _last_letter(word: str) -> str:
    for ch in reversed(word):
        if ch not in _MARKS:
            return ch
    return ""


def joins(word: str) -> bool:
    """True when the last letter of ``word`` joins to the next one (so a ZWNJ is needed).

    Example:
        >>> joins("کتاب"), joins("شهر")
        (True, False)
    """
    last = _last_letter(word)
    return bool(last) and last not in NON_JOINING


def _glue(left: str, right: str) -> str:
    """Attach ``right`` to ``left`` with a ZWNJ only where the letters would join."""
    return left + ZWNJ + right if joins(left) else left + right


def _known(word: str, lex: Lexicon) -> str | None:
    """The written form of a known stem, or None."""
    form = lex.forms.get(word)
    if form is not None:
        return form
    if word in lex.plain:
        return word
    return None


def _verb(rest: str, lex: Lexicon) -> bool:
    """True if ``rest`` is an inflected verb that can follow می/نمی."""
    if rest in lex.verbs:
        return True
    # Participle plus clitic: رفته‌اند, کرده‌ام (after می: می‌کرده‌اند).
    for suffix in HEH_SUFFIXES:
        if (
            rest.endswith(suffix)
            and rest[: -len(suffix)] in lex.verbs
            and rest[: -len(suffix)].endswith("ه")
        ):
            return True
    return False


def _verb_form(rest: str, lex: Lexicon) -> str:
    for suffix in HEH_SUFFIXES:
        stem = rest[: -len(suffix)]
        if (
            rest.endswith(suffix)
            and rest not in lex.verbs
            and stem in lex.verbs
            and stem.endswith("ه")
        ):
            return stem + ZWNJ + suffix
    return rest


def _prefix_reading(word: str, lex: Lexicon) -> str | None:
    """می/نمی (+ preverb) readings: "میشود" -> "می‌شود", "برمیگردد" -> "برمی‌گردد"."""
    for pre in VERB_PREFIXES:
        if word.startswith(pre) and len(word) > len(pre) + 1 and _verb(word[len(pre) :], lex):
            return pre + ZWNJ + _verb_form(word[len(pre) :], lex)
    for pv in PREVERBS:
        if word.startswith(pv):
            inner = (
                _prefix_reading(word[len(pv) :], lex)
                if word[len(pv) :].startswith(VERB_PREFIXES)
                else None
            )
            if inner is not None:
                return pv + inner
    return None


def _suffix_reading(word: str, lex: Lexicon, depth: int = 0) -> str | None:
    """Stem + suffix readings (see the ranking below).

    "شبکهای" -> "شبکه‌ای" (not "شبک‌های"), "کلانشهرها" -> "کلان‌شهرها".
    """
    best: tuple[tuple[bool, int, bool, int], str] | None = None
    for suffix in (*ZWNJ_SUFFIXES, *HEH_SUFFIXES):
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) < 2:
            continue
        if (
            suffix in HEH_SUFFIXES
            and (
                len(stem) < MIN_PART
                or _last_letter(stem) not in HEH_SUFFIXES[suffix]
                # ی after ا/و is a glide, not the ی of یای نسبت: پایتان, دعوایشان stay glued.
                or (stem.endswith("ی") and stem[-2:-1] in ("ا", "و"))
            )
        ):
            continue
        form = _known(stem, lex)
        direct = form is not None
        if form is None and depth == 0:
            form = (
                _prefix_reading(stem, lex)
                or _suffix_reading(stem, lex, depth + 1)
                or _compound_reading(stem, lex)
            )
        if form is None:
            continue
        # Rank: a stem found as such, then the more frequent stem (دندان‌هایم, not
        # دندانه‌ایم; دسته‌ای, not دست‌های), then the plural family, then the longer stem.
        rank = (direct, lex.freq.get(stem, 0), suffix in PLURALS, len(stem))
        if best is None or rank > best[0]:
            best = (rank, _glue(form, suffix))
    if best is None and depth == 0:
        for suffix in PLURALS:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and joins(stem):
                return stem + ZWNJ + suffix
    return best[1] if best else None


def _compound_reading(word: str, lex: Lexicon) -> str | None:
    """Known word + productive tail, or productive head + known word.

    "اعتراضبرانگیز" -> "اعتراض‌برانگیز" (tail برانگیز), "نیمهراه" -> "نیمه‌راه" (head نیمه).
    The longest known part wins.
    """
    best: tuple[int, str] | None = None
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:i], word[i:]
        if not joins(head):
            continue
        if tail in lex.tails:
            form = _known(head, lex)
            if form is not None and (best is None or len(head) > best[0]):
                best = (len(head), form + ZWNJ + tail)
        if head in lex.heads and tail not in HEH_SUFFIXES:
            form = _known(tail, lex)
            if form is not None and (best is None or len(tail) > best[0]):
                best = (len(tail), head + ZWNJ + form)
    if best is None:
        for prep in PREPOSITIONS:
            rest = word[len(prep) :]
            if word.startswith(prep) and len(rest) >= MIN_PART and rest in lex.plain:
                # "بهعنوان" -> "به‌عنوان", "بهمنزله" -> "به‌منزله" (rest must be a known word).
                best = (0, prep + ZWNJ + rest)
    return best[1] if best else None


def restore_word(word: str, lex: Lexicon | None = None) -> str:
    """Restore the ZWNJs of one glued word; unknown words come back unchanged.

    Args:
        word: a Persian word without ZWNJ.
        lex: the lexicon (default: the shipped one).

    Returns:
        The word as it should be written.

    Example:
        >>> restore_word("شهرداریها") == "شهرداری\u200cها"
        True
    """
    lex = lex or load_lexicon()
    return _restore_cached(word, lex)


@functools.lru_cache(maxsize=65536)
def _restore_cached(word: str, lex: Lexicon) -> str:
    form = _known(word, lex)
    if form is not None:
        return form
    return (
        _prefix_reading(word, lex)
        or _suffix_reading(word, lex)
        or _compound_reading(word, lex)
        or word
    )


def _insertions(word: str, form: str, offset: int, reason: str) -> list[Edit]:
    """ZWNJ insertions turning ``word`` into ``form`` (which is ``word`` plus ZWNJs)."""
    edits = []
    i = 0
    for ch in form:
        if ch == ZWNJ:
            edits.append(Edit(offset + i, offset + i, ZWNJ, reason))
        else:
            i += 1
    return edits


def _spaced_compound(left: str, right: str, lex: Lexicon) -> bool:
    """True if "left right" is a compound written with ZWNJ, possibly plus a
    suffix: "بین المللی", "کلان شهرها"."""
    if f"{left} {right}" in lex.joins:
        return True
    if (
        right in lex.tails
        and len(right) >= MIN_PART
        and joins(left)
        and left in lex.plain
        and right not in lex.plain
    ):
        # productive tail that is not a word of its own: "شفاف سازی" -> "شفاف‌سازی"
        return True
    for suffix in ZWNJ_SUFFIXES:
        stem = right[: -len(suffix)]
        if right.endswith(suffix) and len(stem) >= 2 and f"{left} {stem}" in lex.joins:
            return True
    return False


def _nbsp_edits(word: str, start: int, nxt: tuple[int, int, str], lex: Lexicon) -> list[Edit]:
    """Edits joining ``word`` and the next word across a no-break space, or [].

    Joined (with ZWNJ, or with nothing after a non-joining letter) when the
    glued pair is known or explained by the grammar with a boundary right at the
    NBSP: "ظرفیت\u00a0های" -> "ظرفیت‌های", "شهر\u00a0ها" -> "شهرها".
    """
    right = nxt[2]
    if ZWNJ in word or ZWNJ in right:
        return []
    key = word + right
    form = _restore_cached(key, lex)
    marks = _zwnj_positions(form)
    cut = len(word)
    if cut in marks:
        gap = ZWNJ
    elif form == key and not joins(word) and (key in lex.plain or key in lex.forms):
        gap = ""
    else:
        return []
    out = [Edit(start + p, start + p, ZWNJ, "zwnj-word") for p in sorted(marks) if p < cut]
    out.append(Edit(nxt[0] - 1, nxt[0], gap, "zwnj-nbsp"))
    at = nxt[0] - cut  # index in text of glued position 0 of the right-hand word
    out.extend(Edit(at + p, at + p, ZWNJ, "zwnj-word") for p in sorted(marks) if p > cut)
    return out


def _zwnj_positions(form: str) -> set[int]:
    """Indices in the ZWNJ-free string before which ``form`` has a ZWNJ."""
    out, i = set(), 0
    for ch in form:
        if ch == ZWNJ:
            out.add(i)
        else:
            i += 1
    return out


def _drop_gap_edit(edits: list[Edit], gap_start: int) -> None:
    """Remove a pending NBSP -> space edit at ``gap_start`` (a join replaces it)."""
    for i in range(len(edits) - 1, -1, -1):
        if edits[i].start == gap_start and edits[i].reason == "space-nbsp":
            del edits[i]
            return


def _is_space(gap: str) -> bool:
    """True for a gap of spaces only (no newline, no punctuation)."""
    return gap != "" and gap.strip(" \u00a0") == ""


def _spaced_reason(word: str, right: str, lex: Lexicon) -> str | None:
    """Why the space between ``word`` and ``right`` stands for a ZWNJ, or None."""
    if ZWNJ in right:
        return None
    if word in VERB_PREFIXES and _verb(right, lex):
        return "zwnj-spaced-prefix"  # "می شود" -> "می‌شود"
    if _spaced_compound(word, right, lex):
        return "zwnj-spaced-compound"  # "بین المللی" -> "بین‌المللی"
    if right in SPACED_CLITICS and _last_letter(word) == "ه":
        return "zwnj-spaced-clitic"  # "کرده اند" -> "کرده‌اند", "عده ای" -> "عده‌ای"
    return None


def _in_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def restore_zwnj(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Find the edits that restore ZWNJ in ``text`` (glued words and spaced affixes).

    Args:
        text: text already folded by :mod:`textkit.normalize.chars`.
        protected: spans (URLs, DOIs, …) whose words are left alone.

    Returns:
        Sorted, non-overlapping edits on ``text``.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "کلانشهرها و شهر ها"
        >>> apply_edits(s, restore_zwnj(s)) == "کلان\u200cشهرها و شهرها"
        True
    """
    lex = load_lexicon()
    edits: list[Edit] = []
    protected = protected or []
    runs = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    if protected:
        runs = [r for r in runs if not _in_any(r[0], protected)]
    consumed = False  # the current word was joined to the previous one
    for k, (start, end, word) in enumerate(runs):
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        spaced = nxt is not None and _is_space(text[end : nxt[0]])
        if nxt is not None and text[end : nxt[0]] == NBSP:
            # "ظرفیت\u00a0های": the lexicon decides between ZWNJ and a plain space.
            joined = [] if consumed else _nbsp_edits(word, start, nxt, lex)
            if joined:
                edits.extend(joined)
                consumed = True
                continue
            # Otherwise the NBSP is a space: the spaced rules below may still join.
            edits.append(Edit(end, nxt[0], " ", "space-nbsp"))
        if consumed:
            consumed = False
        elif ZWNJ not in word:
            reason = _spaced_reason(word, nxt[2], lex) if spaced and nxt is not None else None
            if reason in (None, "zwnj-spaced-clitic"):
                form = _restore_cached(word, lex)
                if form != word:
                    edits.extend(_insertions(word, form, start, "zwnj-word"))
            if reason is not None and nxt is not None:
                _drop_gap_edit(edits, end)
                edits.append(Edit(end, nxt[0], ZWNJ, reason))
                if reason == "zwnj-spaced-prefix":
                    # "می کردهاند" -> "می‌کرده‌اند"
                    form = _verb_form(nxt[2], lex)
                    edits.extend(_insertions(nxt[2], form, nxt[0], "zwnj-verb"))
                consumed = True
                continue
        if spaced and nxt is not None and nxt[2] in SPACED_SUFFIXES:
            glued = (word + nxt[2]).replace(ZWNJ, "")
            # "کتاب ها" -> "کتاب‌ها"; "شهر ها" -> "شهرها" only if "شهرها" is then left
            # as it is (so that a second pass changes nothing).
            if joins(word) or _restore_cached(glued, lex) == glued:
                _drop_gap_edit(edits, end)
                edits.append(Edit(end, nxt[0], ZWNJ if joins(word) else "", "zwnj-spaced-suffix"))
                consumed = True
    edits.sort(key=lambda e: (e.start, e.end))
    return edits
