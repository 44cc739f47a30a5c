"""Lines → blocks: paragraphs, headings, list items and footnote bodies.

A new block starts where the font size or weight changes, where the vertical
gap is wider than the usual line pitch, after a short line (the last line of
a justified paragraph), at a bullet or list number, and at a line that starts
with a superscript number (a footnote body or an affiliation note).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from textkit.layout.bidi import unit_class
from textkit.layout.joins import join_lines, open_url
from textkit.layout.lines import WORD_GAP, Line

# a line that starts a list item: "• متن", "۱- متن", "2. text", "۳) متن"
_LIST_START = re.compile(r"^(?:[•●▪◦‣]|[0-9۰-۹]{1,2}\s?[-.)]\s)")
# a footnote body printed with a full-size number: "۱۵SAN ANTONIO", "2Choral …" → label "۱۵"
_PRINTED_LABEL = re.compile(r"^([0-9۰-۹]{1,3})(?=[^\s0-9۰-۹.,:/\-)(٫٬،])")
# sentence-final punctuation (Latin and Persian)
_FINAL = re.compile(r"[.!?؟:؛]\W*$")


@dataclass(slots=True)
class Para:
    """A block under construction (see :class:`textkit.model.Block`)."""

    page: int
    lines: list[Line]
    kind: str = "paragraph"
    label: str | None = None
    markers: list[str] = field(default_factory=list)
    text: str = ""
    direction: str = "rtl"
    region: int = 0
    # left and right edge of the region (column) the block sits in
    edges: tuple[float, float] = (0.0, 0.0)
    # (page, region) of the last line, after run-on blocks are merged
    end: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:
        self.end = (self.page, self.region)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            min(ln.x0 for ln in self.lines),
            min(ln.top for ln in self.lines),
            max(ln.x1 for ln in self.lines),
            max(ln.bottom for ln in self.lines),
        )


def detect_label(line: Line, body: float) -> None:
    """Set ``line.lead_marker`` for a small-print line that starts with a glued number.

    LibreOffice prints footnote numbers at the size of the note text, not
    raised, so they are not seen as superscripts.

    Example:
        >>> from textkit.layout.lines import WORD_GAP, Line
        >>> ln = Line([], size=8.5, text="۱۵SAN ANTONIO")
        >>> detect_label(ln, 12.0); ln.lead_marker
        '۱۵'
    """
    if line.lead_marker is None and line.size < 0.9 * body:
        m = _PRINTED_LABEL.match(line.text)
        if m:
            line.lead_marker = m.group(1)


def body_size(lines: Sequence[Line]) -> float:
    """The font size of most of the text (by glyph count).

    Example:
        >>> body_size([])
        10.0
    """
    c: Counter[float] = Counter()
    for ln in lines:
        c[ln.size] += len(ln.glyphs)
    return c.most_common(1)[0][0] if c else 10.0


def usual_pitch(lines: Sequence[Line]) -> dict[float, float]:
    """Usual baseline-to-baseline distance per font size, from consecutive lines.

    The lower quartile, not the median: in a document of short paragraphs as
    many steps are paragraph gaps as line steps, and the line step is the
    smaller one.
    """
    by: dict[float, list[float]] = {}
    for a, b in pairwise(lines):
        if a.size == b.size:
            d = b.bottom - a.bottom
            if 0 < d < 3 * a.size:
                by.setdefault(a.size, []).append(d)
    return {s: sorted(v)[len(v) // 4] for s, v in by.items()}


def _breaks(
    a: Line,
    b: Line,
    x0: float,
    x1: float,
    pitch: dict[float, float],
    first: Line | None = None,
    text_so_far: str = "",
    prev_step: float | None = None,
) -> bool:
    """True when ``b`` starts a new block after ``a`` (``first``: first line of ``a``'s block)."""
    if abs(a.size - b.size) > 0.1 * a.size or a.bold != b.bold:
        return True
    if b.lead_marker is not None or _LIST_START.match(b.text):
        return True
    step = b.bottom - a.bottom
    usual = pitch.get(a.size, 1.25 * a.size)
    # paragraph spacing: even a few points more than the usual line pitch; a
    # line with superscript markers may be set a little looser (Chromium)
    extra = 0.2 * a.size + (0.3 * a.size if a.markers or b.markers else 0.0)
    # a line whose glyphs sit off the baseline (a fallback font for Latin text)
    # comes early by as much as the next one comes late
    offset = prev_step is not None and prev_step < usual - 0.2 * a.size
    late = step > usual + extra
    if step < 0 or (late and not (offset and (prev_step or 0.0) + step <= 2 * usual + extra)):
        return True
    # a Persian line followed by an English one (or the reverse), neither mixed
    if a.direction != b.direction and _pure(a.text) and _pure(b.text):
        return True
    # a short line ends its paragraph (justified text reaches both edges) ...
    slack = 2.5 * a.size
    # measured in the line's direction and in the paragraph's (its first line's): a
    # mixed line with more Latin than Persian letters still ends a right-to-left
    # paragraph on the left
    dirs = {a.direction, first.direction if first is not None else a.direction}
    short = ("rtl" in dirs and a.x0 > x0 + slack) or ("ltr" in dirs and a.x1 < x1 - slack)
    if not short:
        return False
    # ... unless the paragraph goes on in a URL or with a hanging indent (reference lists)
    if open_url(text_so_far):
        return False
    if first is not None and first is not a and b.direction == first.direction:
        # (a hanging indent goes on in the paragraph's own direction)
        indent = 0.5 * a.size
        if b.direction == "rtl" and b.x1 < first.x1 - indent and a.x1 < first.x1 - indent:
            return False
        if b.direction == "ltr" and b.x0 > first.x0 + indent and a.x0 > first.x0 + indent:
            return False
    # ... or the next line's first word (an e-mail address, a URL) did not fit in the room left
    if a.direction != b.direction:
        return True
    room = a.x0 - x0 if a.direction == "rtl" else x1 - a.x1
    return _first_word_width(b) < room - 0.5 * a.size


def _pure(text: str) -> bool:
    """True when the letters of ``text`` are all right-to-left or all left-to-right."""
    kinds = {c for c in map(unit_class, text) if c in ("R", "L")}
    return len(kinds) == 1


def _first_word_width(ln: Line) -> float:
    """Width of the word a line starts with (the right-most word of a right-to-left line)."""
    glyphs = [g for g in ln.glyphs if g.text or g.space]
    if ln.direction == "rtl":
        glyphs = glyphs[::-1]
    if not glyphs:
        return 0.0
    start = glyphs[0]
    prev = start
    for g in glyphs[1:]:
        gap = (g.x0 - prev.x1) if ln.direction != "rtl" else (prev.x0 - g.x1)
        if g.space or gap > WORD_GAP * ln.size:
            break
        prev = g
    return (prev.x1 - start.x0) if ln.direction != "rtl" else (start.x1 - prev.x0)


def _indent(ln: Line, x0: float, x1: float) -> float:
    """How far a line starts inside its column (from the right edge when right-to-left)."""
    return x1 - ln.x1 if ln.direction == "rtl" else ln.x0 - x0


def _short(ln: Line, direction: str, x0: float, x1: float) -> bool:
    """True when a line stops well short of its column's end (the last line of a paragraph)."""
    slack = 2.5 * ln.size
    return ln.x0 > x0 + slack if direction == "rtl" else ln.x1 < x1 - slack


def _indent_break(
    a: Line, b: Line, x0: float, x1: float, indents: Sequence[float], *, a_opens: bool = False
) -> bool:
    """True when ``b`` opens a paragraph marked only by a first-line indent (TeX).

    ``a`` starts flush — or ``a`` opens its paragraph itself (``a_opens``)
    with the same indent, a paragraph of one line, or runs in the other
    direction — ``b`` is indented by one to four type sizes, and more of the
    region's sure paragraph starts (``indents``) have that same indent than
    start flush (so a hanging-indent list, whose items start flush, never
    matches).

    Example:
        >>> from textkit.layout.lines import Line
        >>> a = Line([], x0=62, x1=533, size=10.9, text="الف")
        >>> b = Line([], x0=62, x1=516, size=10.9, text="ب")
        >>> _indent_break(a, b, 62, 533, [17.0]), _indent_break(a, b, 62, 533, [0.0])
        (True, False)
    """
    if abs(a.size - b.size) > 0.1 * a.size:
        return False
    ia, ib = _indent(a, x0, x1), _indent(b, x0, x1)
    # a line in the other direction cannot go on a's paragraph when it is indented
    # at its own start; a line in a's direction goes on unless a starts flush or
    # opens a paragraph of one line
    after = a.direction != b.direction or ia <= 0.3 * a.size
    after = after or (a_opens and abs(ia - ib) < 0.3 * b.size)
    if not after or not (0.8 * b.size <= ib <= 4 * b.size):
        return False
    same = sum(1 for i in indents if abs(ib - i) < 0.3 * b.size)
    flush = sum(1 for i in indents if i < 0.3 * b.size)
    return same > flush  # the region's paragraphs mostly start indented


def lines_to_paras(
    lines: Sequence[Line], page: int, pitch: dict[float, float], region: int = 0
) -> list[Para]:
    """Group the lines of one region (top to bottom) into blocks."""
    if not lines:
        return []
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    paras: list[Para] = [Para(page, [lines[0]], region=region, edges=(x0, x1))]
    text = lines[0].text
    prev_step: float | None = None
    # first-line indents of paragraphs that surely start a paragraph: after a short
    # last line of a paragraph of the same type size (a hanging-indent list never
    # gives one: its items start flush)
    indents: list[float] = []
    for a, b in pairwise(lines):
        first = paras[-1].lines[0]
        by_gap = _breaks(a, b, x0, x1, pitch, first, text, prev_step)
        # the paragraph that b would end must itself have started indented
        broke = by_gap or (
            abs(_indent(first, x0, x1) - _indent(b, x0, x1)) < 0.3 * b.size
            and _indent_break(a, b, x0, x1, indents, a_opens=first is a)
        )
        if by_gap and abs(a.size - b.size) <= 0.1 * a.size and _short(a, b.direction, x0, x1):
            indents.append(_indent(b, x0, x1))
        prev_step = b.bottom - a.bottom
        if broke:
            paras.append(Para(page, [b], region=region, edges=(x0, x1)))
            text = b.text
        else:
            paras[-1].lines.append(b)
            text = join_lines([text, b.text], b.direction)
    return paras


def para_direction(p: Para, default: str = "rtl") -> str:
    """Direction of a block, as UBA rule P2 would find it from the logical text.

    The first letter of a right-to-left paragraph is the right-most strong
    glyph of its first line; of a left-to-right one, the left-most.  When only
    one reading is consistent it wins (``۱- تاثیر جنگ`` printed flush left is
    still right-to-left); when both are, the alignment of the last line
    decides (a one-line ``منبع : (Ritchie & Roser, 2019).`` flush right),
    else the document's direction ``default``; with no strong letter at all,
    the majority of glyphs.
    """
    first = p.lines[0]
    inked = [g for g in first.glyphs if g.text]
    strong = [c for c in (unit_class(g.text) for g in inked) if c in ("R", "L")]
    if default == "rtl" and first.direction == "rtl" and "R" not in strong:
        return "rtl"  # a note of the right-to-left text: "¹ Zelinsky" (see the reader)
    if strong:
        rtl_ok = strong[-1] == "R"
        ltr_ok = strong[0] == "L"
        if rtl_ok != ltr_ok:
            return "rtl" if rtl_ok else "ltr"
    if strong and strong[-1] == "R" and strong[0] == "L":
        last = p.lines[-1]
        rx0, rx1 = p.edges
        slack = 2 * last.size
        left_gap = last.x0 - rx0
        right_gap = rx1 - last.x1
        if left_gap > slack >= right_gap:
            return "rtl"
        if right_gap > slack >= left_gap:
            return "ltr"
        return default
    rtl = sum(len(ln.glyphs) for ln in p.lines if ln.direction == "rtl")
    return "rtl" if 2 * rtl >= sum(len(ln.glyphs) for ln in p.lines) else "ltr"


# sentence-final punctuation, and closing quotes that may follow it
_SENTENCE_END = frozenset(".!?؟؛:")
_CLOSERS = frozenset("»\"'”’")
_BULLETS = frozenset("•●▪◦‣")


def layout_direction(p: Para, direction: str) -> str:
    """The base direction the producer laid a paragraph out in, to read its lines by.

    Usually the paragraph's own ``direction``; but a producer may set a
    Persian paragraph in a left-to-right paragraph (LibreOffice's HTML import
    does so for a paragraph holding a long URL): its lines then run left to
    right, and its sentence-final stop is drawn at the right end, after the
    last Persian word (``…شده است.`` drawn ``تسا هدش … .``→ visually ``تسا.``
    at the right), where a right-to-left paragraph draws it at the left end.
    Such a paragraph is read with a left-to-right base; its block direction
    stays ``direction``.
    """
    if direction != "rtl":
        return direction
    first = [g.text for g in p.lines[0].glyphs if g.text]
    if len(first) > 1 and first[0] in _BULLETS:
        return "ltr"  # the item's bullet on the left: a list laid out left to right
    inked = [g.text for g in p.lines[-1].glyphs if g.text]
    k = len(inked) - 1
    while k >= 0 and inked[k] in _CLOSERS:
        k -= 1
    if k < 1 or inked[k] not in _SENTENCE_END or inked[0] in _SENTENCE_END:
        return direction
    # the stop must touch a Persian letter: «…2015: 15-16).» starting a right-to-left
    # line also puts a stop at the right end, after a number
    return "ltr" if unit_class(inked[k - 1]) == "R" else direction


def classify(p: Para, body: float) -> str:
    """Kind of a block from its first line: heading, footnote, list_item or paragraph."""
    first = p.lines[0]
    size = max(ln.size for ln in p.lines)
    if first.lead_marker is not None and size < 0.97 * body:
        return "footnote"
    if size > 1.08 * body and len(p.lines) <= 3:
        return "heading"
    if _LIST_START.match(first.text):
        return "list_item"
    if (
        first.bold
        and len(p.lines) <= 2
        and not _FINAL.search(p.lines[-1].text)
        and size >= 0.97 * body
    ):
        return "heading"
    return "paragraph"
