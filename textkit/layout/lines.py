"""Glyphs → lines: vertical clustering, superscripts, word gaps from geometry.

Works on :class:`Glyph` objects made once per page by a character source.
A line keeps its glyphs in visual order; :func:`line_text` turns it into
logical-order text with :mod:`textkit.layout.bidi`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from textkit.layout.bidi import MIRROR, mirror, unit_class, visual_to_logical
from textkit.layout.brackets import Brackets, balanced, guillemet_votes, resolve_brackets
from textkit.layout.glyphs import fold_glyph, is_digit_text, is_space
from textkit.layout.kashida import misencoded_kashida

#: A gap wider than this share of the font size separates words.  Measured on
#: XeLaTeX output (no space glyphs): letters of one word are 0 ± 0.05 apart,
#: word gaps 0.19–0.47 (Persian and Latin alike).
WORD_GAP = 0.12
#: A glyph smaller than this share of the line's main size, raised above its
#: baseline, is a superscript (footnote marker).
SUPERSCRIPT_SIZE = 0.9


class Glyph:
    """One drawn glyph: position, size, and its repaired text.

    Made by a character source (:mod:`textkit.readers.chars`), whichever
    engine read the page.  ``raw`` is the text the PDF maps the glyph to,
    ``text`` its :func:`~textkit.layout.glyphs.fold_glyph`; ``space`` marks a
    space/NBSP/ZWNJ glyph (a gap candidate), ``joiner`` an unmapped glyph
    (kashida) that is drawn but carries no text.

    Example:
        >>> g = Glyph(10, 15, 0, 10, 10, "ﻼ", "F")
        >>> g.text, g.space, g.joiner
        ('لا', False, False)
    """

    __slots__ = (
        "bold",
        "bottom",
        "font",
        "joiner",
        "raw",
        "size",
        "space",
        "text",
        "top",
        "x0",
        "x1",
    )

    def __init__(
        self, x0: float, x1: float, top: float, bottom: float, size: float, raw: str, font: str
    ) -> None:
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size or (bottom - top) or 1.0
        self.font = font
        self.bold = _bold(font)
        self.raw = raw
        self.space, self.text, self.joiner = _reading(raw)

    def set_text(self, raw: str) -> None:
        """Set the glyph's PDF text (and its folded ``text``, ``space``, ``joiner``)."""
        self.raw = raw
        self.space, self.text, self.joiner = _reading(raw)


@lru_cache(maxsize=8192)
def _reading(raw: str) -> tuple[bool, str, bool]:
    """(space, text, joiner) of a glyph's PDF text (see :class:`Glyph`)."""
    space = is_space(raw)
    text = "" if space else fold_glyph(raw)
    return space, text, not space and not text


@lru_cache(maxsize=1024)
def _bold(font: str) -> bool:
    lower = font.lower()
    return "bold" in lower or "titr" in lower


@dataclass(slots=True)
class Line:
    """Glyphs of one printed line, in visual order, with derived facts."""

    glyphs: list[Glyph]
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    direction: str = "rtl"
    text: str = ""
    # footnote labels printed as superscripts, with the position in ``text`` after which each sits
    markers: list[tuple[str, int]] = field(default_factory=list)
    # label of a superscript number that starts the line (footnote bodies, affiliations)
    lead_marker: str | None = None
    # a left-to-right note whose number is printed on its right (LibreOffice, RTL text)
    number_on_right: bool = False
    # visual units by reading direction (computed once, reused by every re-reading)
    units_cache: dict[str, tuple[list[str], list[bool], list[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # unit classes by base direction, and logical order by reading (:func:`_cached_order`)
    classes_cache: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    order_cache: dict[tuple[str | bool, ...], list[tuple[int, bool]]] = field(
        default_factory=dict, repr=False, compare=False
    )


_top = attrgetter("top")


def cluster_lines(glyphs: Iterable[Glyph]) -> list[Line]:
    """Group glyphs into lines by vertical overlap, top to bottom.

    A glyph joins the current line when it overlaps the line's main glyphs by
    at least half of the smaller height; superscripts and raised brackets
    therefore join their line.  Use on one column at a time.

    Example:
        >>> g = [Glyph(10, 15, 0, 10, 10, "ب", ""), Glyph(0, 5, 1, 10, 10, "ا", "")]
        >>> g.append(Glyph(0, 5, 20, 30, 10, "د", ""))
        >>> [len(l.glyphs) for l in cluster_lines(g)]
        [2, 1]
    """
    lines: list[Line] = []
    # current line interval and the size of the glyph that set it
    cur: list[Glyph] = []
    ctop = cbot = csize = 0.0
    append = cur.append
    for g in sorted(glyphs, key=_top):
        # (min and max written out: this runs once per glyph)
        top, bottom = g.top, g.bottom
        if cur:
            ov = (bottom if bottom < cbot else cbot) - (top if top > ctop else ctop)
            height, cheight = bottom - top, cbot - ctop
            if ov >= 0.5 * (height if height < cheight else cheight):
                append(g)
                if g.size > csize and not g.space:
                    ctop, cbot, csize = top, bottom, g.size
                continue
            lines.append(_finish(cur))
        cur = [g]
        append = cur.append
        ctop, cbot, csize = top, bottom, g.size
    if cur:
        lines.append(_finish(cur))
    lines.sort(key=lambda ln: ln.bottom)
    return lines


def _finish(glyphs: list[Glyph]) -> Line:
    glyphs.sort(key=_centre)  # centres: a zero-advance space sorts before the glyph it precedes
    misencoded_kashida(glyphs)
    inked = [g for g in glyphs if g.text] or glyphs
    size = _mode_tenth([g.size for g in inked])
    big = SUPERSCRIPT_SIZE * size
    main = [g for g in inked if g.size >= big] or inked
    classes = list(map(unit_class, [g.text for g in main]))
    r, lt = classes.count("R"), classes.count("L")
    # digits only: read as the document (decided later)
    direction = "rtl" if (r >= lt and r > 0) or not (r or lt) else "ltr"
    if len(inked) > 1 and inked[0].text in _BULLETS:
        direction = "ltr"  # a list item laid out left to right, whatever its language
    elif len(inked) > 1 and inked[-1].text in _BULLETS:
        direction = "rtl"
    return Line(
        glyphs=glyphs,
        x0=min([g.x0 for g in glyphs]),
        x1=max([g.x1 for g in glyphs]),
        # the usual baseline of the line's glyphs: a bracket from a fallback font
        # sits a few points off and must not move the line
        top=_mode_tenth([g.top for g in main]),
        bottom=_mode_tenth([g.bottom for g in main]),
        size=size,
        bold=sum([g.bold for g in main]) > 0.6 * len(main),
        direction=direction,
    )


def _centre(g: Glyph) -> float:
    return g.x0 + g.x1


def _tenth(x: float) -> float:
    """``x`` to a tenth of a point (as ``round(x, 1)`` for page coordinates, faster)."""
    return math.floor(x * 10 + 0.5) / 10


def _mode_tenth(values: list[float]) -> float:
    """The most frequent value to a tenth of a point; the first seen among equals."""
    if len(set(values)) == 1:  # the usual line: one size, one baseline
        return _tenth(values[0])
    counts = Counter(map(_tenth, values))
    return max(counts, key=counts.__getitem__)


# list bullets that start an item
_BULLETS = frozenset("•●▪◦‣")

# text, spaces, then a number of one to three digits at the end
_TRAILING_NUMBER = re.compile(r"^\s*(.*?\S)\s+([0-9۰-۹]{1,3})\s*$", re.S)


def _units(line: Line, base: str | None = None) -> tuple[list[str], list[bool], list[str]]:
    """Visual units of a line (glyph texts and gaps), which are superscripts, and their fonts.

    A superscript marker is glued to the word it follows: the glyph on its
    right in a right-to-left line, on its left in a left-to-right one.
    """
    rtl = (base or line.direction) == "rtl"
    units: list[str] = []
    sup: list[bool] = []
    fonts: list[str] = []
    baseline = 0.0
    line_size = line.size
    big = SUPERSCRIPT_SIZE * line_size
    for g in line.glyphs:
        if g.size >= big and g.bottom > baseline:
            baseline = g.bottom
    # the loop below runs once per glyph: names looked up once
    raised = baseline - 0.15 * line_size
    gap_of_line = WORD_GAP * line_size
    add_unit, add_sup, add_font = units.append, sup.append, fonts.append
    prev_x1: float | None = None
    pending_space = False
    prev_sup = False
    for g in line.glyphs:
        if g.space:
            pending_space = True
            continue
        if g.joiner:  # kashida: ink that joins letters, no text
            if prev_x1 is None or g.x1 > prev_x1:
                prev_x1 = g.x1
            continue
        size = g.size
        is_sup = size < big and g.bottom < raised
        if prev_x1 is not None:
            gap = g.x0 - prev_x1
            if is_sup:
                limit = gap_of_line
                glued = not rtl or prev_sup
            else:
                limit = WORD_GAP * size if size < line_size else gap_of_line
                glued = prev_sup and rtl
            if gap > limit and not glued:
                add_unit(" ")
                add_sup(False)
                add_font("")
            elif (
                pending_space
                and unit_class(units[-1] if units else "") == "R"
                and unit_class(g.text) == "R"
            ):
                # a space glyph with no advance between Persian letters is a ZWNJ
                add_unit("\u200c")
                add_sup(False)
                add_font("")
        pending_space = False
        add_unit(g.text)
        add_sup(is_sup)
        add_font(g.font)
        if prev_x1 is None or g.x1 > prev_x1:
            prev_x1 = g.x1
        prev_sup = is_sup
    return units, sup, fonts


def _cached_units(line: Line, base: str | None) -> tuple[list[str], list[bool], list[str]]:
    key = base or line.direction
    hit = line.units_cache.get(key)
    if hit is None:
        hit = line.units_cache[key] = _units(line, key)
    return hit


def _cached_order(
    line: Line, base: str, *, para_start: bool, carry: str | None, tex: bool, split: bool
) -> list[tuple[int, bool]]:
    """:func:`visual_to_logical` of a line's units, computed once per distinct reading."""
    if base == "rtl":
        key: tuple[str | bool, ...] = ("rtl", "sos" if para_start else (carry or "R"), tex, split)
    else:
        key = (base,)  # a left-to-right line reads the same whatever came before it
    hit = line.order_cache.get(key)
    if hit is None:
        units, _, _ = _cached_units(line, base)
        classes = line.classes_cache.get(base)
        if classes is None:
            classes = line.classes_cache[base] = [unit_class(u) for u in units]
        hit = line.order_cache[key] = visual_to_logical(
            units,
            base,
            para_start=para_start,
            carry=carry,
            signs_join=tex,
            split_numbers=split,
            classes=classes,
        )
    return hit


def line_text(
    line: Line,
    *,
    swap_brackets: bool | Brackets = False,
    base: str | None = None,
    para_start: bool = False,
    carry: str | None = None,
    tex: bool = False,
    split_numbers: bool = False,
) -> Line:
    """Fill ``line.text`` (logical order), ``line.markers`` and ``line.lead_marker``.

    Superscript digit runs become footnote markers: they stay glued to the
    word they follow (``زلینسکی۱``); one that starts the line is its
    ``lead_marker``.

    Args:
        line: a line from :func:`cluster_lines`.
        swap_brackets: how bracket glyphs are mapped, per font (see
            :class:`Brackets`); ``True``/``False`` for all fonts alike.
        base: force the paragraph direction; default ``line.direction``.
        para_start: the line is the first of its paragraph (see
            :func:`~textkit.layout.bidi.visual_to_logical`).
        carry: strong direction the previous line of the paragraph ended with.
        tex: the producer is XeTeX, which sets numbers its own way (see
            :func:`~textkit.layout.bidi.visual_to_logical`, ``signs_join``).
        split_numbers: see :func:`~textkit.layout.bidi.digit_runs_split`.
    """
    units, sup, fonts = _cached_units(line, base)
    order = _cached_order(
        line,
        base or line.direction,
        para_start=para_start,
        carry=carry,
        tex=tex,
        split=split_numbers,
    )
    shape = (
        swap_brackets
        if isinstance(swap_brackets, Brackets)
        else Brackets(default_shape=bool(swap_brackets))
    )
    parts: list[str] = []
    markers: list[tuple[str, int]] = []
    length = 0
    lead: str | None = None
    k = 0
    if True not in sup:  # no superscript: no marker to collect (most lines)
        shape_of = shape.shape
        parts = [
            MIRROR[units[i]] if units[i] in MIRROR and m == shape_of(fonts[i]) else units[i]
            for i, m in order
        ]
        k = len(order)
    while k < len(order):
        i, m = order[k]
        if sup[i] and is_digit_text(units[i]):
            # collect the whole superscript number (its digits are one LTR run)
            label = units[i]
            k += 1
            while k < len(order) and sup[order[k][0]] and is_digit_text(units[order[k][0]]):
                label += units[order[k][0]]
                k += 1
            if length == 0 or not "".join(parts).strip():
                lead = label
            markers.append((label, length))
            parts.append(label)
            length += len(label)
            continue
        u = mirror(units[i]) if units[i] in MIRROR and m == shape.shape(fonts[i]) else units[i]
        parts.append(u)
        length += len(u)
        k += 1
    text = resolve_brackets("".join(parts))
    if text[:1] in _BULLETS and text[1:2].strip():
        text = text[0] + " " + text[1:]  # a bullet drawn over its gap («•متن»): «• متن»
    if line.number_on_right and (base or line.direction) == "rtl":
        # «City Diplomacy 1»: the number after Latin letters joins their run (UBA
        # rule W7), but drawn on the right of the line it comes first
        trailing = _TRAILING_NUMBER.match(text)
        if trailing:
            text = f"{trailing.group(2)} {trailing.group(1)}"
    # no space between a word and its marker
    line.text = text.strip()
    shift = len(text) - len(text.lstrip())
    line.markers = [(lab, max(0, pos - shift)) for lab, pos in markers]
    line.lead_marker = lead
    return line


def bracket_votes(lines: Sequence[Line]) -> Brackets:
    """Decide per font how bracket glyphs are mapped, from lines whose
    brackets balance under one reading only (see :mod:`.brackets`).
    """
    votes: dict[str, list[int]] = {}
    for ln in lines:
        units, _, fonts = _cached_units(ln, None)
        if not any(u in "()«»" for u in units):
            continue
        order = _cached_order(
            ln, ln.direction, para_start=False, carry=None, tex=False, split=False
        )
        guillemet_votes(units, fonts, order, votes)
        if not any(u in "()" for u in units):
            continue
        as_shape = "".join(mirror(units[i]) if m else units[i] for i, m in order)
        as_char = "".join(units[i] if m else mirror(units[i]) for i, m in order)
        a, b = balanced(as_shape), balanced(as_char)
        if a == b:
            continue
        for i, _ in order:
            if units[i] in "()":
                votes.setdefault(fonts[i], [0, 0])[0 if a else 1] += 1
    shape = frozenset(f for f, (s, c) in votes.items() if s > c)
    char = frozenset(f for f, (s, c) in votes.items() if c > s)
    total_s = sum(v[0] for v in votes.values())
    total_c = sum(v[1] for v in votes.values())
    return Brackets(shape, char, total_s > total_c)


def last_strong(text: str) -> str | None:
    """``"R"`` or ``"L"``: the direction of the last strong letter of ``text``.

    Example:
        >>> last_strong("(Gibbs, et al,"), last_strong("شهر 12"), last_strong("12")
        ('L', 'R', None)
    """
    for ch in reversed(text):
        c = unit_class(ch)
        if c in ("R", "L"):
            return c
    return None
