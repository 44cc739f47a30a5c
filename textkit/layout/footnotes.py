"""Footnote bodies: moved next to the paragraph that cites them.

Producers print footnote bodies at the page foot (LibreOffice, XeLaTeX) or
right after the paragraph (the Chromium sample).  The reading order used
here puts each body right after the nearest preceding block that cites its
label (the marker glued to a word, ``زلینسکی۱``).  Labels are compared by
value, so a body numbered ``1`` matches a marker printed ``۱``; when the
citing block is right-to-left the label is written with Persian digits
(xepersian numbers left-to-right footnotes with Latin digits, while the
Persian text cites them with Persian ones).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from textkit.layout.blocks import Para
from textkit.script import to_latin_digits, to_persian_digits

# sentence-final punctuation: "… است." / "(Ogawa, 2012)."
_FINAL = re.compile(r"[.!?؟]\W*$")


def place_footnotes[T](items: Sequence[T]) -> list[T]:
    """Reorder ``items`` so each footnote follows the block that cites it.

    Footnotes whose citing block is not found stay where they are.
    """
    out: list[T] = []
    notes: list[tuple[int, Para]] = []  # (index in items, note)
    body: list[T] = []
    for i, it in enumerate(items):
        if isinstance(it, Para) and it.kind == "footnote":
            notes.append((i, it))
        else:
            body.append(it)
    # for each body block, the notes that go right after it
    after: dict[int, list[Para]] = {}
    unplaced: dict[int, list[Para]] = {}
    pos_of = {id(b): k for k, b in enumerate(body)}
    for i, note in notes:
        value = to_latin_digits(note.label or "")
        target = _citing(items, i, value)
        if target is not None and len(target.lines) == 1 and not _FINAL.search(target.text):
            # a note on a title or author line (an affiliation) stays where it is printed
            target = None
        if target is None:
            # keep it after the body block it followed
            prev = next((b for b in reversed(items[:i]) if id(b) in pos_of), None)
            if prev is None:
                unplaced.setdefault(-1, []).append(note)
            else:
                after.setdefault(pos_of[id(prev)], []).append(note)
            continue
        if (
            isinstance(target, Para)
            and target.direction == "rtl"
            and note.label
            and note.label.isascii()
        ):
            _persian_label(note)
        else:
            _spaced_label(note)
        after.setdefault(pos_of[id(target)], []).append(note)
    out.extend(cast("list[T]", unplaced.get(-1, [])))
    for k, b in enumerate(body):
        out.append(b)
        out.extend(cast("list[T]", sorted(after.get(k, []), key=_label_value)))
    return out


def _label_value(note: Para) -> int:
    digits = to_latin_digits(note.label or "")
    return int(digits) if digits.isdigit() else 0


def _citing(items: Sequence[object], i: int, value: str) -> Para | None:
    """Nearest block before ``items[i]`` (else after it) whose markers include ``value``."""
    if not value:
        return None
    for j in range(i - 1, -1, -1):
        it = items[j]
        if (
            isinstance(it, Para)
            and it.kind != "footnote"
            and value in {to_latin_digits(m) for m in it.markers}
        ):
            return it
    for j in range(i + 1, len(items)):
        it = items[j]
        if (
            isinstance(it, Para)
            and it.kind != "footnote"
            and value in {to_latin_digits(m) for m in it.markers}
        ):
            return it
    return None


def _persian_label(note: Para) -> None:
    old = note.label or ""
    note.label = to_persian_digits(old)
    if note.text.startswith(old):
        note.text = note.label + " " + note.text[len(old) :].lstrip()


def _spaced_label(note: Para) -> None:
    """Write a footnote as ``label text`` (``۱ Zelinsky``), the way notes are quoted."""
    old = note.label or ""
    if old and note.text.startswith(old) and not note.text.startswith(old + " "):
        note.text = old + " " + note.text[len(old) :].lstrip()
