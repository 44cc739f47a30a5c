"""Document assembly: the lines and tables of every page → reading-order blocks.

Runs once per document after :mod:`textkit.readers.pdf` has read the glyphs
and ordered each page: decides how bracket glyphs are mapped, reads every
line (:mod:`.lines`), drops furniture, builds paragraphs, finds footnote
bodies, joins paragraphs broken by a column or page end, merges tables
continued on the next page, places notes and sets roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from textkit.layout.bidi import digit_runs_split, unit_class
from textkit.layout.blocks import (
    Para,
    body_size,
    classify,
    detect_label,
    layout_direction,
    lines_to_paras,
    para_direction,
    usual_pitch,
)
from textkit.layout.brackets import Brackets
from textkit.layout.footnotes import place_footnotes
from textkit.layout.furniture import find_furniture
from textkit.layout.joins import Words, document_words, join_lines
from textkit.layout.lines import (
    SUPERSCRIPT_SIZE,
    WORD_GAP,
    Glyph,
    Line,
    bracket_votes,
    last_strong,
    line_text,
)
from textkit.layout.roles import assign_roles
from textkit.layout.tables import TableBox, cell_text, fill_cells, merge_continued
from textkit.model import Block, Table, Warning_
from textkit.script import detect_lang, to_latin_digits, to_persian_digits

# sentence-final punctuation: a paragraph ending here does not run on into the next region
_FINAL = re.compile(r"[.!?؟:؛]\W*$")


@dataclass(slots=True)
class PageLayout:
    """One page as the reader leaves it: glyphs and tables, then reading-order entries."""

    number: int
    # reading-order entries: (region index, Line) or (region index, TableBox)
    entries: list[tuple[int, Line | TableBox]] = field(default_factory=list)
    glyphs: list[Glyph] = field(default_factory=list)
    tables: list[TableBox] = field(default_factory=list)
    rtl: int = 0  # right-to-left letters on the page
    rotated: int = 0  # glyphs not set upright (skipped)
    rotated_sample: str = ""  # the start of their text, for the warning
    no_text: str = ""  # "scan" (no text layer) or "blank" when the page has no text to read
    ltr: int = 0  # left-to-right letters


def assemble(pages: list[PageLayout], warnings: list[Warning_], *, hyphenates: bool) -> list[Block]:
    all_lines = [e for pg in pages for _, e in pg.entries if isinstance(e, Line)]
    doc_rtl = sum(pg.rtl for pg in pages) >= sum(pg.ltr for pg in pages)
    body = body_size(all_lines)
    if doc_rtl:
        for ln in all_lines:
            if ln.direction == "ltr" and _starts_with_note_number(ln, body):
                ln.direction = "rtl"  # "¹ Zelinsky": a note of the right-to-left text
                ln.number_on_right = True
    swap_brackets = bracket_votes(all_lines)
    for ln in all_lines:
        line_text(ln, swap_brackets=swap_brackets)
    # English words as printed inside lines: evidence for line-end hyphens
    words = document_words(ln.text for ln in all_lines)
    furniture = find_furniture(
        [[e for _, e in pg.entries if isinstance(e, Line)] for pg in pages],
        body=body,
    )
    r = sum(1 for ln in all_lines if ln.direction == "rtl" and ln.text)
    persian_doc = r >= len(all_lines) / 2
    pitch = usual_pitch([ln for ln in all_lines if id(ln) not in furniture])
    for ln in all_lines:
        detect_label(ln, body)

    # XeTeX with its own digit font sets «۱۳۸۵/۰۴/۱۲» as three right-to-left runs
    split = hyphenates and digit_runs_split(_visual_texts(pages))
    items = _reading_items(pages, furniture, pitch, swap_brackets, tex=hyphenates, split=split)
    paras = [it for it in items if isinstance(it, Para)]
    for p in paras:
        _finish_para(p, body, persian_doc, swap_brackets, hyphenates, words, split=split)
    _notes_by_citation(items, body)
    items = _merge_runons(items, hyphenates, words)
    items = place_footnotes(items)
    blocks = _to_blocks(items)
    sizes = {
        b.id: max(ln.size for ln in it.lines)
        for b, it in zip(blocks, items, strict=True)
        if isinstance(it, Para)
    }
    return assign_roles(blocks, sizes)


def _starts_with_note_number(ln: Line, body: float) -> bool:
    """True for "¹ Zelinsky" drawn right to left: no Persian letter, and a number
    on the right set off by a space (a marker glued to a word, "Tavakoli³", is not).

    The number is raised (a superscript), or the whole line is small print with
    a number of at most three digits at its right end: LibreOffice prints note
    numbers at the note's size, so «City Diplomacy 1» is note 1 of an RTL text.
    """
    inked = [g for g in ln.glyphs if g.text]
    if len(inked) < 2 or any(unit_class(g.text) == "R" for g in inked):
        return False
    k = len(inked) - 1
    while (
        k > 0 and inked[k - 1].text.isdigit() and inked[k].x0 - inked[k - 1].x1 < WORD_GAP * ln.size
    ):
        k -= 1
    digits = inked[k:]
    if k == 0 or not all(g.text.isdigit() for g in digits):
        return False
    g, before = digits[0], inked[k - 1]
    raised = all(d.size < SUPERSCRIPT_SIZE * ln.size for d in digits)
    small_print = len(digits) <= 3 and ln.size < 0.9 * body and unit_class(before.text) == "L"
    return (raised or small_print) and g.x0 - before.x1 > WORD_GAP * ln.size


def _reading_items(
    pages: list[PageLayout],
    furniture: set[int],
    pitch: dict[float, float],
    brackets: Brackets,
    *,
    tex: bool = False,
    split: bool = False,
) -> list[Para | TableBox]:
    """Paragraphs and tables in reading order; tables continued on the next page are merged.

    ``tex``: the producer is XeTeX (table cells are read as it sets numbers);
    ``split``: see :func:`~textkit.layout.bidi.digit_runs_split`.
    """
    items: list[Para | TableBox] = []
    last_table: TableBox | None = None
    for pg in pages:
        entries = [
            (region, e)
            for region, e in pg.entries
            if not (isinstance(e, Line) and (id(e) in furniture or not e.text))
        ]
        first_on_page = True
        for (region, is_line), run in groupby(
            entries, key=lambda re_: (re_[0], isinstance(re_[1], Line))
        ):
            group = [e for _, e in run]
            if is_line:
                lines = [e for e in group if isinstance(e, Line)]
                items.extend(lines_to_paras(lines, pg.number, pitch, region=region))
            else:
                for t in group:
                    if not isinstance(t, TableBox):
                        continue
                    fill_cells(t, swap_brackets=brackets, tex=tex, split_numbers=split)
                    continued = (
                        last_table is not None
                        and last_table.pages[-1] == pg.number - 1
                        and first_on_page
                        and merge_continued(last_table, t)
                    )
                    if not continued:
                        items.append(t)
                        last_table = t
            first_on_page = False
    return items


def _finish_para(
    p: Para,
    body: float,
    persian_doc: bool,
    swap_brackets: Brackets,
    hyphenates: bool,
    words: Words | None = None,
    *,
    split: bool = False,
) -> None:
    p.direction = para_direction(p, "rtl" if persian_doc else "ltr")
    # the lines are read in the direction they were laid out in (a Persian paragraph
    # set left to right is read left to right); the block keeps its own direction
    base = layout_direction(p, p.direction)
    # read every line in the paragraph's direction; the first as a paragraph start.
    # XeTeX (the producers that hyphenate) does not run the UBA: a Persian-digit
    # range at a paragraph start is set as two right-to-left numbers, «(۱۳۶۰-۱۳۵۷)»
    # drawn «(۱۳۵۷-۱۳۶۰)», as after Persian letters; so no paragraph-start reading there
    tex = hyphenates
    carry: str | None = None
    for k, ln in enumerate(p.lines):
        line_text(
            ln,
            swap_brackets=swap_brackets,
            base=base,
            para_start=k == 0 and not (tex and base == "rtl"),
            carry=carry,
            tex=tex,
            split_numbers=split,
        )
        carry = last_strong(ln.text) or carry
        detect_label(ln, body)
        if persian_doc and p.direction == "rtl":
            _persian_markers(ln, lead=k == 0)
    texts = [ln.text for ln in p.lines]
    p.text = join_lines(texts, base, hyphenates=hyphenates, words=words)
    if p.direction == "ltr" and _persian_text(p.text):
        p.direction = "rtl"  # read left to right as laid out, but a Persian paragraph (UBA P2)
    p.markers = [
        lab
        for ln in p.lines
        for lab, _ in ln.markers
        if ln is not p.lines[0] or lab != ln.lead_marker
    ]
    p.kind = classify(p, body)
    lead = p.lines[0].lead_marker
    if lead is not None:
        p.label = lead
    if persian_doc:
        p.markers = [to_persian_digits(m) if p.direction == "rtl" else m for m in p.markers]


def _visual_texts(pages: list[PageLayout]) -> Iterator[list[str]]:
    """Glyph texts of every line and table cell, left to right, " " for a word gap.

    Only those that can hold a number :func:`digit_runs_split` counts (a Persian
    digit and a "/" or ":"): the others cannot change its answer.
    """
    for pg in pages:
        for _, e in pg.entries:
            if isinstance(e, Line):
                if _may_vote(e.glyphs):
                    yield _with_gaps(e.glyphs)
            else:
                for row in e.glyphs:
                    for cell in row:
                        if _may_vote(cell):
                            yield _with_gaps(sorted(cell, key=lambda g: g.x0))


# a Persian digit (:func:`digit_runs_split` looks for them joined by "/" or ":")
_PERSIAN_DIGIT = re.compile("[۰-۹]")


def _may_vote(glyphs: Sequence[Glyph]) -> bool:
    """Whether the glyphs hold a Persian digit and a "/" or ":"."""
    texts = "".join([g.text for g in glyphs])
    return ("/" in texts or ":" in texts) and _PERSIAN_DIGIT.search(texts) is not None


def _with_gaps(glyphs: Sequence[Glyph]) -> list[str]:
    out: list[str] = []
    add = out.append
    prev_x1: float | None = None
    for g in glyphs:
        # XeTeX draws no space glyphs: words are parted by gaps only
        if prev_x1 is not None and g.x0 - prev_x1 > WORD_GAP * g.size:
            add(" ")
        add(g.text or " ")
        prev_x1 = g.x1
    return out


def _persian_markers(ln: Line, *, lead: bool) -> None:
    """Note markers in a Persian line in Persian digits, as the labels (``لی1`` → ``لی۱``).

    LibreOffice numbers notes with Latin digits also in right-to-left text; the
    labels of a Persian document are given in Persian digits (see ``p.markers``).
    """
    text = ln.text
    for lab, pos in ln.markers:
        if lead and pos == 0 and lab == ln.lead_marker:
            continue  # the note's own number starting its body
        if text[pos : pos + len(lab)] == lab:
            text = text[:pos] + to_persian_digits(lab) + text[pos + len(lab) :]
    ln.text = text


def _persian_text(text: str) -> bool:
    """Whether the first strong letter of ``text`` is right-to-left and most letters are."""
    classes = [c for c in map(unit_class, text) if c in ("R", "L")]
    return bool(classes) and classes[0] == "R" and 2 * classes.count("R") > len(classes)


# a block that starts like a footnote body: "1 Zelinsky", "۱۲Wilmington" (a number, then a letter)
_NOTE_START = re.compile(r"^([0-9۰-۹]{1,3})\s?(?=[^\W\d_])")


def _notes_by_citation(items: Sequence[Para | TableBox], body: float) -> None:
    """Mark as footnotes the blocks that start with the number of a marker cited just before.

    Catches footnote bodies printed at body size with a plain number (no
    superscript, no smaller font): the number must match a marker cited on
    the same or the previous page and not yet given a body.
    """
    cited: dict[str, tuple[int, str]] = {}  # marker value → (page, direction of the citing block)
    for it in items:
        if not isinstance(it, Para):
            continue
        if it.kind == "footnote":
            cited.pop(to_latin_digits(it.label or ""), None)
            continue
        m = _NOTE_START.match(it.text)
        size = max(ln.size for ln in it.lines)
        if m and it.kind in ("paragraph", "list_item") and size <= 1.02 * body:
            value = to_latin_digits(m.group(1))
            page, direction = cited.get(value, (-9, ""))
            # a paragraph that merely starts with a number ("۲۰ درصد …") is not a note:
            # a note is set smaller, or glued to its number, or in the other direction
            looks_like_note = (
                size < 0.97 * body
                or not it.text[len(m.group(1)) :].startswith(" ")
                or it.direction != direction
            )
            if page >= it.page - 1 and looks_like_note:
                it.kind = "footnote"
                it.label = m.group(1)
                del cited[value]
                continue
        for mk in it.markers:
            cited[to_latin_digits(mk)] = (it.page, it.direction)


def _merge_runons(
    items: list[Para | TableBox], hyphenates: bool, words: Words | None = None
) -> list[Para | TableBox]:
    """Join a paragraph broken by a column or page end with its continuation."""
    out: list[Para | TableBox] = []
    pending_notes: list[Para | TableBox] = []
    for it in items:
        if isinstance(it, Para) and it.kind == "footnote":
            pending_notes.append(it)
            continue
        prev = out[-1] if out else None
        if (
            isinstance(it, Para)
            and isinstance(prev, Para)
            and prev.kind == "paragraph"
            and it.kind in ("paragraph", "list_item")
            and it.page - prev.end[0] <= 1  # not over a page that could not be read
            and (
                prev.end != (it.page, it.region)
                # a note block printed inside a paragraph that goes on after it
                or (
                    pending_notes
                    and _full_line(prev.lines[-1], prev.edges)
                    and not _FINAL.search(prev.text)
                )
            )
            and prev.lines[-1].bold == it.lines[0].bold
            and prev.direction == it.direction
            and abs(prev.lines[-1].size - it.lines[0].size) < 0.1 * it.lines[0].size
            and (not _FINAL.search(prev.text) or _full_line(prev.lines[-1], prev.edges))
            and not (_short_line(prev.lines[-1], prev.edges) and _ITEM_OPENS.match(it.text))
        ):
            prev.lines.extend(it.lines)
            prev.text = join_lines(
                [prev.text, it.text], prev.direction, hyphenates=hyphenates, words=words
            )
            prev.markers.extend(it.markers)
            prev.end = it.end
            continue
        out.extend(pending_notes)
        pending_notes = []
        out.append(it)
    out.extend(pending_notes)
    return out


# A list item's opening: a dash, a bullet, a number.
_ITEM_OPENS = re.compile(r"\s*(?:[-–•●▪◦‣]|[0-9\u06f0-\u06f9]{1,2}[.)])\s")


def _short_line(ln: Line, edges: tuple[float, float]) -> bool:
    """True when a line fills less than two fifths of its column: the end of a paragraph
    or a heading ("Beijing" above "- ETH Addis Ababa" on the next page), not a break."""
    width = edges[1] - edges[0]
    return width > 0 and (ln.x1 - ln.x0) < 0.4 * width


def _full_line(ln: Line, edges: tuple[float, float]) -> bool:
    """True when a line spans its column: a justified paragraph goes on after it."""
    return ln.x0 - edges[0] < 1.0 * ln.size and edges[1] - ln.x1 < 1.0 * ln.size


def _lang(text: str) -> str:
    """A block's language (:func:`textkit.script.detect_lang`); a block with no letters
    (a number, a table of figures) counts as Persian, the document's language."""
    lang = detect_lang(text, mixed_share=_MIXED_SHARE)
    return "fa" if lang == "unknown" else lang


# a PDF block is "mixed" from a fifth of letters in the other script (a Persian line
# with an English name and a citation is still "fa")
_MIXED_SHARE = 0.2


def _to_blocks(items: Sequence[Para | TableBox]) -> list[Block]:
    blocks: list[Block] = []
    for it in items:
        bid = f"b{len(blocks) + 1}"
        if isinstance(it, TableBox):
            rows = [[cell_text(c) for c in row] for row in it.rows]
            header, body_rows = (rows[0], rows[1:]) if len(rows) > 1 else ([], rows)
            lines = [line for row in it.rows for cell in row for line in cell]
            text = "\n".join(lines)
            table = Table(
                header=tuple(header),
                rows=tuple(tuple(r) for r in body_rows),
                pages=tuple(it.pages),
                direction=it.direction,
            )
            blocks.append(
                Block(
                    id=bid,
                    page=it.page,
                    kind="table",
                    text=text,
                    lang=_lang(text),
                    direction=it.direction,
                    bbox=(it.x0, it.top, it.x1, it.bottom),
                    table=table,
                )
            )
            continue
        blocks.append(
            Block(
                id=bid,
                page=it.page,
                kind=it.kind,
                text=it.text,
                lang=_lang(it.text),
                direction=it.direction,
                bbox=it.bbox,
                label=it.label,
                markers=tuple(it.markers),
            )
        )
    return blocks


__all__ = ["PageLayout", "assemble"]
