"""ZWNJ (U+200C, نیم‌فاصله) restoration, driven by the lexicon and an affix grammar.

Three failures are repaired:

* **glued** words, where the ZWNJ was dropped (PDF text): ``بینالمللی`` ->
  ``بین‌المللی``, ``شهرداریها`` -> ``شهرداری‌ها``, ``میشود`` -> ``می‌شود``;
* **spaced** affixes and known compounds, where a space stands for the ZWNJ:
  ``می شود`` -> ``می‌شود``, ``کتاب ها`` -> ``کتاب‌ها``, ``شهر ها`` -> ``شهرها``
  (no ZWNJ after a non-joining letter), ``کرده اند`` -> ``کرده‌اند``,
  ``بین المللی`` -> ``بین‌المللی`` (pairs in ``joins.txt``);
* a **no-break space** inside a word (some PDF extractors): ``ظرفیت\u00a0های`` ->
  ``ظرفیت‌های``; otherwise it becomes a plain space.

Readings of a glued word, tried in order: the lexicon (``forms``/``plain``);
``می``/``نمی`` (+ preverb) + verb; stem + suffix (plural, comparative, clitics
after ``ه``/``ی``, ezafe ``ه‌ی``), ranked by whether the stem is known and how
frequent it is; ``به`` + known word; known word + productive tail or productive
head + known word. Words already carrying a ZWNJ are left as written; words the
lexicon does not know and the grammar cannot explain (names) are left alone.
Compounds the text writes with a plain space (``محیط زیست``) stay spaced unless
the lexicon lists the pair.
"""

from __future__ import annotations

import re

from textkit.normalize.chars import Protected
from textkit.normalize.lexicon import Lexicon, load_lexicon
from textkit.normalize.words import (
    MIN_PART,
    VERB_PREFIXES,
    ZWNJ_SUFFIXES,
    glue,
    is_verb,
    joins,
    known,
    last_letter,
    reading,
    restore_word,
    verb_form,
)
from textkit.offsets import Edit

__all__ = ["joins", "restore_word", "restore_zwnj"]

ZWNJ = "\u200c"
NBSP = "\u00a0"

#: A Persian word: Arabic-script letters and marks, possibly with ZWNJ inside.
#: "(کتاب‌ها)" -> "کتاب‌ها"; digits and punctuation end a word.
WORD_RE = re.compile(
    r"[\u0621-\u063A\u0641-\u0655\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+"
)

#: Spaced clitics joined to a word ending in ه: "کرده اند" -> "کرده‌اند".
SPACED_CLITICS = frozenset(("اند", "ام", "ایم", "اید", "ای"))
#: Spaced affixes joined to the previous word: "کتاب ها" -> "کتاب‌ها".
SPACED_SUFFIXES = frozenset(
    ("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان", "هایت", "هایتان", "ترین")
)


def _insertions(word: str, form: str, offset: int, reason: str) -> list[Edit]:
    """ZWNJ insertions turning ``word`` into ``form`` (which is ``word`` plus ZWNJs).

    A ZWNJ after a non-joining letter is never inserted (it would change nothing).
    """
    edits = []
    i = 0
    for ch in form:
        if ch == ZWNJ:
            if joins(word[:i]):
                edits.append(Edit(offset + i, offset + i, ZWNJ, reason))
        else:
            i += 1
    return edits


def _spaced_compound(left: str, right: str, lex: Lexicon) -> bool:
    """True if "left right" is a compound written with ZWNJ, possibly plus a
    suffix: "بین المللی", "کلان شهرها"."""
    if (
        right in lex.tails
        and len(right) >= MIN_PART
        and joins(left)
        and left in lex.plain
        and right not in lex.plain
    ):
        # productive tail that is not a word of its own: "شفاف سازی" -> "شفاف‌سازی"
        return True
    if left not in lex.join_heads:
        return False
    if f"{left} {right}" in lex.joins:
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
    form = reading(key, lex)
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


#: Words after which a glued "…های" reads as ه + ای (indefinite) rather than a plural:
#: "حرفه‌ای که", "شبکه‌ای از", "مجموعه‌ای را"; before other words the plural is far
#: more frequent ("حرف‌های مختلف"). Counted on the UD dev split.
HEH_CONTEXT = frozenset(
    [
        "که",
        "از",
        "را",
        "در",
        "به",
        "است",
        "برای",
        "با",
        "و",
        "بود",
        "شد",
        "شده",
        "نیز",
        "هم",
        "یا",
        "تا",
        "بر",
        "باشد",
        "هست",
        "نیست",
        "بودند",
        "اند",
        "می",
        "نمی",
        "کرد",
        "کند",
        "دارد",
        "دارند",
        "داشت",
    ]
)


def _hay_reading(word: str, form: str, following: str | None, lex: Lexicon) -> str:
    """Choose between "Xه‌ای" and "X‌های" for a glued "Xهای" by the next word.

    ``following`` is the next word, or None at punctuation or the end of the text.
    Only applies when both stems are known; otherwise ``form`` is kept.
    """
    if not word.endswith("های") or len(word) < 5:
        return form
    heh_stem, pl_stem = word[:-2], word[:-3]
    heh_form, pl_form = known(heh_stem, lex), known(pl_stem, lex)
    if heh_form is None or pl_form is None:
        return form
    if word in lex.plain or not joins(pl_form):
        # "شهرهای" is a correct spelling of the plural as it stands (ر does not join):
        # nothing was lost, so it is not read as "شهره‌ای".
        return form
    if following is None or following in HEH_CONTEXT:
        return heh_form + ZWNJ + "ای"
    if word in lex.forms:
        return form  # a known word keeps its usual reading before other words (هسته‌ای)
    return glue(pl_form, "های")


def _drop_gap_edit(edits: list[Edit], gap_start: int, word_start: int) -> None:
    """Remove a pending NBSP -> space edit at ``gap_start`` (a join replaces it).
    It can only be among the edits of the current word (those starting at or after
    *word_start*), so the search stops there: the cost stays linear in the text."""
    for i in range(len(edits) - 1, -1, -1):
        if edits[i].start < word_start:
            return
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
    if word in VERB_PREFIXES and is_verb(right, lex):
        return "zwnj-spaced-prefix"  # "می شود" -> "می‌شود"
    if _spaced_compound(word, right, lex):
        return "zwnj-spaced-compound"  # "بین المللی" -> "بین‌المللی"
    if right in SPACED_CLITICS and last_letter(word) == "ه":
        return "zwnj-spaced-clitic"  # "کرده اند" -> "کرده‌اند", "عده ای" -> "عده‌ای"
    return None


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
    runs = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    if protected:
        inside = Protected(protected)
        runs = [r for r in runs if not inside(r[0])]
    consumed = False  # the current word was joined to the previous one
    for k, run in enumerate(runs):
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        consumed = _restore_run(text, run, nxt, consumed, lex, edits)
    edits.sort(key=lambda e: (e.start, e.end))
    return edits


_Run = tuple[int, int, str]  # (start, end, word)


def _restore_run(
    text: str, run: _Run, nxt: _Run | None, consumed: bool, lex: Lexicon, edits: list[Edit]
) -> bool:
    """Append the edits of one word (and the gap after it); returns whether the
    next word was joined to it."""
    start, end, word = run
    if nxt is not None and text[end : nxt[0]] == NBSP:
        # "ظرفیت\u00a0های": the lexicon decides between ZWNJ and a plain space.
        joined = [] if consumed else _nbsp_edits(word, start, nxt, lex)
        if joined:
            edits.extend(joined)
            return True
        # Otherwise the NBSP is a space: the spaced rules below may still join.
        edits.append(Edit(end, nxt[0], " ", "space-nbsp"))
    if not consumed and ZWNJ not in word and _glued_or_spaced(text, run, nxt, lex, edits):
        return True
    return _spaced_suffix(text, run, nxt, lex, edits)


def _glued_or_spaced(
    text: str, run: _Run, nxt: _Run | None, lex: Lexicon, edits: list[Edit]
) -> bool:
    """ZWNJs lost inside the word, and a space after it that stands for one
    ("می شود", "بین المللی"); returns whether the next word was joined."""
    start, end, word = run
    spaced = nxt is not None and _is_space(text[end : nxt[0]])
    reason = _spaced_reason(word, nxt[2], lex) if spaced and nxt is not None else None
    if reason in (None, "zwnj-spaced-clitic"):
        form = reading(word, lex)
        if word.endswith("های"):
            following = nxt[2] if spaced and nxt is not None else None
            if following is None and end < len(text) and text[end].isalnum():
                following = ""  # glued to a Latin word or digit: not sentence end
            form = _hay_reading(word, form, following, lex)
        if form != word:
            edits.extend(_insertions(word, form, start, "zwnj-word"))
    if reason is None or nxt is None:
        return False
    _drop_gap_edit(edits, end, start)
    edits.append(Edit(end, nxt[0], ZWNJ, reason))
    if reason == "zwnj-spaced-prefix":
        # "می کردهاند" -> "می‌کرده‌اند"
        form = verb_form(nxt[2], lex)
        edits.extend(_insertions(nxt[2], form, nxt[0], "zwnj-verb"))
    return True


def _spaced_suffix(text: str, run: _Run, nxt: _Run | None, lex: Lexicon, edits: list[Edit]) -> bool:
    """A plural or superlative suffix written as its own word: "کتاب ها" -> "کتاب‌ها";
    "شهر ها" -> "شهرها" only if "شهرها" is then left as it is (so that a second
    pass changes nothing).  Returns whether the suffix was joined."""
    start, end, word = run
    if nxt is None or nxt[2] not in SPACED_SUFFIXES or not _is_space(text[end : nxt[0]]):
        return False
    glued = (word + nxt[2]).replace(ZWNJ, "")
    if not (joins(word) or reading(glued, lex) == glued):
        return False
    _drop_gap_edit(edits, end, start)
    edits.append(Edit(end, nxt[0], ZWNJ if joins(word) else "", "zwnj-spaced-suffix"))
    return True
