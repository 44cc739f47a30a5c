"""Character source on PDFium (``pypdfium2``): the fast engine.

PDFium's text page is built for copying text out of a viewer, and it changes
what the file says in ways the layout must not see; this module undoes them
so that a page reads as with :mod:`.chars_pdfplumber` (see
:mod:`textkit.readers.chars` for the contract):

* it adds characters of its own (spaces at gaps, line breaks): characters it
  flags as generated and those with no text object are dropped.  Some spaces
  it inserts at gaps in a text object carry neither mark; they have no width
  and are kept, like a zero-width space glyph of the file (LibreOffice's
  ZWNJ): the layout tells a word gap from a ZWNJ by the gap itself;
* it splits a ligature glyph into its letters, each with the glyph's origin
  (``ﻻ`` → ``ل`` + ``ا``): letters of one text object at one origin become
  one glyph again, in the order PDFium gives them (logical);
* it folds presentation forms to plain letters and mirrors brackets in
  right-to-left runs (its own bidi pass): the letters are folded later in any
  case, and bracket orientation is decided from context by the layout
  (:func:`textkit.layout.lines.resolve_brackets`), so neither matters;
* it writes the hyphen that ends a line as U+0002 (U+FFFE in its page
  text): read back as ``-``.

Per glyph, three calls into PDFium (text object, origin, box); font, size and
matrix are read once per text object.  The calls go through a private ctypes
handle on pypdfium2's library without argument conversion, which halves
their cost.
"""

from __future__ import annotations

import bisect
import ctypes
import logging
import math
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from textkit.layout.lines import Glyph
from textkit.readers.chars import DESCENT, PageChars, bullet, keep_bullets
from textkit.readers.chars_pdfplumber import open_error

log = logging.getLogger(__name__)

# page object types (fpdf_edit.h)
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
# path segment types
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
# PDFium's stand-in for a line-end hyphen it has taken out of the text
_PDFIUM_HYPHEN = "\x02"
# a form XObject nested deeper than this is not looked into (reference loops)
_MAX_FORM_DEPTH = 8
# at most this many path segments per page are read for table rules
_MAX_SEGMENTS = 50_000


class _Obj(NamedTuple):
    """What a text object says about every glyph in it (a tuple: one is made per
    text object, and Chromium draws every glyph in an object of its own)."""

    upright: bool
    size: float  # font size times the vertical scale of the matrix
    font: str
    x: float  # origin of the object (PDF space)
    y: float


class _Lib:
    """PDFium functions without ctypes argument conversion (pointers passed as c_void_p)."""

    def __init__(self) -> None:
        import pypdfium2_raw.bindings as b

        lib = ctypes.CDLL(b._libs["pdfium"]._name)
        self.count = _fn(lib, "FPDFText_CountChars", ctypes.c_int)
        self.get_text = _fn(lib, "FPDFText_GetText", ctypes.c_int)
        self.unicode = _fn(lib, "FPDFText_GetUnicode", ctypes.c_uint)
        self.generated = _fn(lib, "FPDFText_IsGenerated", ctypes.c_int)
        self.text_object = _fn(lib, "FPDFText_GetTextObject", ctypes.c_void_p)
        self.origin = _fn(lib, "FPDFText_GetCharOrigin", ctypes.c_int)
        self.loose_box = _fn(lib, "FPDFText_GetLooseCharBox", ctypes.c_int)
        self.obj_matrix = _fn(lib, "FPDFPageObj_GetMatrix", ctypes.c_int)
        self.obj_font_size = _fn(lib, "FPDFTextObj_GetFontSize", ctypes.c_int)
        self.obj_font = _fn(lib, "FPDFTextObj_GetFont", ctypes.c_void_p)
        self.font_name = _fn(lib, "FPDFFont_GetBaseFontName", ctypes.c_size_t)
        self.count_objects = _fn(lib, "FPDFPage_CountObjects", ctypes.c_int)
        # the same, returning the handle unconverted, to pass it straight back
        self.get_object_handle = _fn(lib, "FPDFPage_GetObject", _Handle)
        self.form_count = _fn(lib, "FPDFFormObj_CountObjects", ctypes.c_int)
        self.form_object = _fn(lib, "FPDFFormObj_GetObject", ctypes.c_void_p)
        self.obj_type = _fn(lib, "FPDFPageObj_GetType", ctypes.c_int)
        self.obj_bounds = _fn(lib, "FPDFPageObj_GetBounds", ctypes.c_int)
        self.path_count = _fn(lib, "FPDFPath_CountSegments", ctypes.c_int)
        self.path_segment = _fn(lib, "FPDFPath_GetPathSegment", ctypes.c_void_p)
        self.segment_point = _fn(lib, "FPDFPathSegment_GetPoint", ctypes.c_int)
        self.segment_type = _fn(lib, "FPDFPathSegment_GetType", ctypes.c_int)
        self.segment_close = _fn(lib, "FPDFPathSegment_GetClose", ctypes.c_int)
        self.draw_mode = _fn(lib, "FPDFPath_GetDrawMode", ctypes.c_int)


class _Handle(ctypes.c_void_p):
    """A PDFium handle as ctypes returns it from a function (not turned into an int)."""


def _fn(lib: ctypes.CDLL, name: str, restype: Any) -> Any:
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = None
    return f


@cache
def _lib() -> _Lib:
    return _Lib()


class _Matrix(ctypes.Structure):
    _fields_ = [(n, ctypes.c_float) for n in "abcdef"]


class _Rect(ctypes.Structure):
    _fields_ = [(n, ctypes.c_float) for n in ("left", "top", "right", "bottom")]


class PdfiumSource:
    """An open PDF read with PDFium.

    Example:
        >>> src = PdfiumSource("tests/data/pdf/lo-mixed-lines.pdf")  # doctest: +SKIP
        >>> len(src.page(1).glyphs) > 100  # doctest: +SKIP
        True
    """

    name = "pdfium"

    def __init__(self, path: str | Path, password: str | None = None) -> None:
        import pypdfium2 as pdfium

        self.path = Path(path)
        try:
            self._doc = pdfium.PdfDocument(str(self.path), password=password)
        except pdfium.PdfiumError as e:
            raise open_error(self.path, e, password) from e
        self.page_count = len(self._doc)
        self.producer = _producer(self._doc)
        self.lib = _lib()
        self._fonts: dict[int, str] = {}
        # reused buffers for the per-object calls (a matrix a b c d e f; a font size)
        self._ptr = ctypes.c_void_p()
        self._matrix, self._size = (ctypes.c_float * 6)(), (ctypes.c_float * 1)()
        self._pmatrix, self._psize = ctypes.byref(self._matrix), ctypes.byref(self._size)

    def page(self, number: int) -> PageChars:
        """Glyphs, rules and images of page ``number`` (1-based), in the page's own frame."""
        page = self._doc[number - 1]
        try:
            # the visible box, inherited boxes resolved (get_mediabox does not look up the tree)
            left, bottom, right, top = page.get_bbox()
            out = PageChars(number, right - left, top - bottom, engine=self.name)
            reader = _PageReader(self, out, left, top)
            textpage = page.get_textpage()
            try:
                reader.chars(_as_ptr(textpage.raw))
            finally:
                textpage.close()
            reader.walk(_as_ptr(page.raw))
            reader.finish()
            return out
        finally:
            page.close()

    def close(self) -> None:
        """Release the file."""
        self._doc.close()

    def text_object(self, obj: int) -> _Obj:
        """Font, size and orientation of a text object (matrix times font size)."""
        lib, ptr, m, fs = self.lib, self._ptr, self._matrix, self._size
        ptr.value = obj
        lib.obj_matrix(ptr, self._pmatrix)
        lib.obj_font_size(ptr, self._psize)
        font = lib.obj_font(ptr)
        name = self._fonts.get(font) if font else ""
        if name is None:
            name = self._font_name(font)
        a, b, d = m[0], m[1], m[3]
        upright = a > 0 and d > 0 and abs(b) <= 0.1 * a
        size = abs(fs[0] * d) or abs(fs[0]) or 1.0
        return _Obj(upright, size, name, m[4], m[5])

    def _font_name(self, font: int) -> str:
        buf = ctypes.create_string_buffer(256)
        size = self.lib.font_name(ctypes.c_void_p(font), buf, ctypes.c_size_t(256))
        name = buf.raw[: max(0, size - 1)].decode("utf-8", "replace") if size else ""
        self._fonts[font] = name
        return name


class _PageReader:
    """One page: first its objects (images, rules, text object extents), then its characters."""

    def __init__(self, source: PdfiumSource, out: PageChars, left: float, top: float) -> None:
        self.source = source
        self.lib = source.lib
        self.out = out
        self.left = left
        self.top = top
        self.covered = 0.0
        self.segments = 0
        self.objs: dict[int, _Obj] = {}
        self.last_of: dict[int, Glyph] = {}  # text object → its right-most glyph
        self.ligatures: list[Glyph] = []  # glyphs joined from letters PDFium split
        self.inkless: list[Glyph] = []  # spaces put back from text objects without ink
        self.bullets: list[Glyph] = []  # list bullets drawn as filled circles
        # a reused buffer for object bounds (left, bottom, right, top)
        self._box = (ctypes.c_float * 4)()
        self._box_refs = tuple(ctypes.byref(self._box, 4 * k) for k in range(4))

    # -- page objects ---------------------------------------------------------

    def walk(self, page: ctypes.c_void_p) -> None:
        """Every object of the page: text objects PDFium left out, images, paths, forms."""
        lib = self.lib
        get_object, obj_type, seen = lib.get_object_handle, lib.obj_type, self.objs
        for i in range(lib.count_objects(page)):
            handle = get_object(page, i)
            value = handle.value
            if value in seen:
                continue  # a text object whose glyphs were read (Chromium: one a glyph)
            kind = obj_type(handle)
            if kind == _TEXT:
                self._text_object(value)
            elif value:
                self._object(value, 0)
        area = (self.out.width * self.out.height) or 1.0
        self.out.image_cover = min(1.0, self.covered / area)

    def _object(self, obj: int | None, depth: int) -> None:
        if not obj:
            return
        lib = self.lib
        kind = lib.obj_type(ctypes.c_void_p(obj))
        if kind == _TEXT:
            if depth == 0:
                self._text_object(obj)
        elif kind == _IMAGE:
            self._image(obj)
        elif kind == _PATH:
            self.out.drawn = True
            self._path(obj)
        elif kind == _FORM and depth < _MAX_FORM_DEPTH:
            for i in range(lib.form_count(ctypes.c_void_p(obj))):
                self._object(lib.form_object(ctypes.c_void_p(obj), ctypes.c_ulong(i)), depth + 1)

    def _text_object(self, obj: int) -> None:
        """Put back a text object that is not in the text page (and has no ink) as a space.

        PDFium leaves a text object with no ink out of its text page:
        LibreOffice draws a ZWNJ as a space glyph in an object of its own,
        Chromium every glyph in its own object.  Such an object becomes a
        zero-width space glyph at its origin (the layout reads it as a ZWNJ
        between touching Persian letters, else as part of a word gap).
        """
        if self._bounds(obj)[2] > 0.01:
            return  # left out for another reason (a duplicate of the one before)
        info = self._info(obj)
        if info.upright:
            x = info.x - self.left
            bottom = self.top - info.y + DESCENT * info.size
            g = Glyph(x, x, bottom - info.size, bottom, info.size, " ", info.font)
            self.inkless.append(g)
            self.out.glyphs.append(g)

    def _info(self, obj: int) -> _Obj:
        info = self.objs.get(obj)
        if info is None:
            info = self.objs[obj] = self.source.text_object(obj)
        return info

    def _bounds(self, obj: int) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) of an object in PDF space; zero size if unknown."""
        box, (p0, p1, p2, p3), ptr = self._box, self._box_refs, self.source._ptr
        ptr.value = obj
        if not self.lib.obj_bounds(ptr, p0, p1, p2, p3):
            return (0.0, 0.0, 0.0, 0.0)
        x0, b, x1, t = box
        return (x0, b, x1 - x0, t - b)

    def _image(self, obj: int) -> None:
        x0, b, width, height = self._bounds(obj)
        w = min(x0 + width, self.left + self.out.width) - max(x0, self.left)
        h = min(b + height, self.top) - max(b, self.top - self.out.height)
        if w > 0 and h > 0:
            self.covered += w * h

    def _path(self, obj: int) -> None:
        """Horizontal and vertical straight segments of a painted path, as edges."""
        lib = self.lib
        p = ctypes.c_void_p(obj)
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        if lib.draw_mode(p, ctypes.byref(fill), ctypes.byref(stroke)) and not (
            fill.value or stroke.value
        ):
            return  # a clipping path: nothing drawn
        n = lib.path_count(p)
        self.segments += n
        if n <= 0 or self.segments > _MAX_SEGMENTS:
            return
        m = _Matrix()
        lib.obj_matrix(p, ctypes.byref(m))
        x, y = ctypes.c_float(), ctypes.c_float()
        start: tuple[float, float] | None = None
        last: tuple[float, float] | None = None
        points: list[tuple[float, float]] = []
        curved = False
        for i in range(n):
            seg = ctypes.c_void_p(lib.path_segment(p, i))
            lib.segment_point(seg, ctypes.byref(x), ctypes.byref(y))
            pt = (
                m.a * x.value + m.c * y.value + m.e - self.left,
                self.top - (m.b * x.value + m.d * y.value + m.f),
            )
            points.append(pt)
            kind = lib.segment_type(seg)
            if kind == _LINETO and last is not None:
                self._edge(last, pt)
            elif kind == _MOVETO:
                start = pt
            curved = curved or kind == _BEZIERTO
            last = pt
            if lib.segment_close(seg) and start is not None:
                self._edge(last, start)
                last = start
        if curved and fill.value:
            xs, ys = [q[0] for q in points], [q[1] for q in points]
            dot = bullet(min(xs), min(ys), max(xs), max(ys))
            if dot is not None:
                self.bullets.append(dot)

    def _edge(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(y0 - y1) < 0.01 and abs(x0 - x1) >= 0.01:
            self.out.edges.append((min(x0, x1), y0, max(x0, x1), y0))
        elif abs(x0 - x1) < 0.01 and abs(y0 - y1) >= 0.01:
            self.out.edges.append((x0, min(y0, y1), x0, max(y0, y1)))

    # -- characters -----------------------------------------------------------

    def chars(self, tp: ctypes.c_void_p) -> None:
        """The text page's characters as glyphs (see the module docstring).

        The hot loop of the fast engine: three PDFium calls per character, the
        rest in local variables (about 3 µs per character).
        """
        lib = self.lib
        n = lib.count(tp)
        text = _page_text(lib, tp, n)
        flipped = _flipped_quotes(text)
        o, r = (ctypes.c_double * 2)(), (ctypes.c_float * 4)()  # origin; left, top, right, bottom
        po0, po1, pr = ctypes.byref(o, 0), ctypes.byref(o, 8), ctypes.byref(r)
        text_object, origin, loose_box = lib.text_object, lib.origin, lib.loose_box
        glyphs, objs, left, top = self.out.glyphs, self.objs, self.left, self.top
        prev = Glyph(0.0, 0.0, 0.0, 0.0, 1.0, " ", "")  # never joined: a space
        prev_obj, prev_x, prev_y = 0, 0.0, 0.0
        obj_of: list[int] = []  # the text object of each glyph
        with_space: set[int] = set()  # text objects holding a space
        objs_get, append, append_obj = objs.get, glyphs.append, obj_of.append
        odd_chars = _ODD | {text[k] for k in flipped}
        descent = DESCENT
        for k in range(n):
            obj = text_object(tp, k)
            if not obj:
                continue  # PDFium's own line breaks and spaces
            ch = text[k]
            if ch in odd_chars:
                odd = self._odd(tp, k, ch, flipped)
                if odd is None:
                    continue
                ch = odd
            origin(tp, k, po0, po1)
            loose_box(tp, k, pr)
            x, y = o[0], o[1]
            if (
                obj == prev_obj
                and x == prev_x
                and y == prev_y
                and not prev.space
                and not ch.isspace()
            ):
                # one glyph PDFium split into letters (a ligature): join them again
                prev.x1 = max(prev.x1, r[2] - left)
                prev.set_text(prev.raw + ch)
                self.ligatures.append(prev)
                continue
            upright, size, font, _, _ = objs_get(obj) or self._info(obj)
            if not upright:
                self._rotated(ch)
                continue
            bottom = top - y + descent * size
            x0 = x - left
            x1 = r[2] - left
            prev = Glyph(x0, x1 if x1 > x0 else x0, bottom - size, bottom, size, ch, font)
            prev_obj, prev_x, prev_y = obj, x, y
            append(prev)
            append_obj(obj)
            if prev.space:
                with_space.add(obj)
        self._last_spaces(obj_of, with_space)

    def _odd(self, tp: ctypes.c_void_p, k: int, ch: str, flipped: set[int]) -> str | None:
        """The text of an uncommon character, or None to skip it (see the module docstring)."""
        if ch in " \r\n" and self.lib.generated(tp, k):
            return None  # PDFium's own spaces and line breaks
        if ch == "\ufffe":  # what GetText shows for its hyphen mark and for no Unicode
            ch = chr(self.lib.unicode(tp, k))
        elif k in flipped:
            return _QUOTES[ch]
        elif ch in _QUOTES:
            return ch  # a quotation mark PDFium did not mirror
        return _unmapped(ch)

    def _rotated(self, ch: str) -> None:
        self.out.rotated += 1
        if len(self.out.rotated_sample) < 30:
            self.out.rotated_sample += ch

    def _last_spaces(self, obj_of: list[int], with_space: set[int]) -> None:
        """Note the text objects whose right-most glyph is a space (:meth:`_collapsed_spaces`)."""
        last: dict[int, Glyph] = {}
        if not with_space:  # no space glyph on the page (XeTeX draws none)
            self.last_of = {}
            return
        for obj, g in zip(obj_of, self.out.glyphs, strict=False):
            if obj in with_space:
                seen = last.get(obj)
                if seen is None or g.x1 >= seen.x1:
                    last[obj] = g
        self.last_of = {obj: g for obj, g in last.items() if g.space}

    def finish(self) -> None:
        """Repairs that need both the characters and the objects (after both are read)."""
        self._collapsed_spaces(self.last_of)
        starts = _LineStarts(self.out.glyphs)
        _space_widths(self.inkless, starts)
        _ligature_widths(self.ligatures, starts)
        self.out.glyphs.extend(keep_bullets(self.bullets, self.out.glyphs))

    def _collapsed_spaces(self, last_of: dict[int, Glyph]) -> None:
        """Put back a space PDFium merged into the one before it.

        PDFium keeps one of two consecutive spaces.  LibreOffice stretches
        justified Persian lines with kashida glyphs that some fonts map to a
        space, drawn overlapping in one text object: the second is lost, and
        with it the joint it draws.  A text object that ends in a space but
        reaches further right than that space has lost one: it is put back,
        as wide as the kept one, at the object's right end.
        """
        for obj, g in last_of.items():
            if not g.space:
                continue
            x0, _, width, _ = self._bounds(obj)
            right = x0 + width - self.left
            if width > 0 and right - g.x1 > 0.05 * g.size:
                w = g.x1 - g.x0
                self.out.glyphs.append(
                    Glyph(right - w, right, g.top, g.bottom, g.size, " ", g.font)
                )


class _LineStarts:
    """:func:`_line_starts` of a page's glyphs, made once when first asked for.

    The spaces :func:`_space_widths` widens count as starts from then on (as
    if the starts were made again after it).
    """

    def __init__(self, glyphs: list[Glyph]) -> None:
        self.glyphs = glyphs
        self._starts: dict[int, list[float]] | None = None

    def get(self) -> dict[int, list[float]]:
        if self._starts is None:
            self._starts = _line_starts(self.glyphs)
        return self._starts

    def widened(self, spaces: list[Glyph]) -> None:
        """Add the left edges of ``spaces`` that now have a width."""
        if self._starts is None:
            return
        for s in spaces:
            if s.x1 > s.x0:
                bisect.insort(self._starts.setdefault(round(s.bottom), []), s.x0)


def _space_widths(spaces: list[Glyph], line_starts: _LineStarts) -> None:
    """Give each put-back space the advance it had: up to the next glyph on its line.

    PDFium tells nothing about a text object without ink but its origin; the
    space reaches to the glyph drawn after it (at most a quarter of its font
    size, about the width of a space).
    A ZWNJ drawn as a space under the next letter stays zero wide.
    """
    if not spaces:
        return
    starts = line_starts.get()
    for s in spaces:
        # about a space at most: wider would move it past a letter; a glyph
        # drawn under the space (LibreOffice's ZWNJ) leaves it zero wide
        s.x1 = min(s.x0 + 0.25 * s.size, _next_start(starts, s, s.x0 - 0.1))
    line_starts.widened(spaces)


def _line_starts(glyphs: list[Glyph]) -> dict[int, list[float]]:
    """Left edges of the glyphs with a width, by rounded bottom, sorted."""
    starts: dict[int, list[float]] = {}
    for g in glyphs:
        if g.x1 > g.x0:
            starts.setdefault(round(g.bottom), []).append(g.x0)
    for row in starts.values():
        row.sort()
    return starts


def _next_start(starts: dict[int, list[float]], g: Glyph, x: float) -> float:
    """The first left edge at or after ``x`` on ``g``'s line (within a point of its bottom)."""
    best = math.inf
    key = round(g.bottom)
    for row in (starts.get(key - 1), starts.get(key), starts.get(key + 1)):
        if row:
            k = bisect.bisect_left(row, x)
            if k < len(row) and row[k] < best:
                best = row[k]
    return best


def _ligature_widths(ligatures: list[Glyph], line_starts: _LineStarts) -> None:
    """Widen a ligature whose letters PDFium gave too narrow a box.

    PDFium divides a ligature's box among its letters; for a lam-alef with a
    mark (``لاً``, Chromium) the boxes together cover a third of the glyph,
    which leaves a false word gap after it.  A ligature narrower than 0.3 of
    its size reaches to the next glyph on its line when that starts within
    0.7 of its size (a lam-alef is 0.5–0.65 of its size wide).
    """
    narrow = [g for g in ligatures if g.x1 - g.x0 < 0.3 * g.size]
    if not narrow:
        return
    starts = line_starts.get()
    for g in narrow:
        nxt = _next_start(starts, g, g.x1 + 0.01)
        if nxt <= g.x0 + 0.7 * g.size:
            g.x1 = nxt


# characters that need a second look: PDFium's spaces and line breaks, its
# placeholder U+FFFE, and control characters (char codes without Unicode)
_ODD = frozenset(
    " \r\n\ufffe" + "".join(map(chr, range(0x20))) + "".join(map(chr, range(0x7F, 0xA0)))
)

# the quotation marks PDFium mirrors in right-to-left runs
_QUOTES = {"“": "”", "”": "“", "‘": "’", "’": "‘"}


def _flipped_quotes(text: str) -> set[int]:
    """Indices of the quotation marks PDFium mirrored in its text of a page.

    PDFium runs a simple bidi pass over each line it builds (see
    ``CPDF_TextPage::CloseTempLine``): the line is cut into runs of right-to-
    left letters, left-to-right letters, numbers and neutrals; it is read
    right to left when it has more right-to-left runs than left-to-right ones;
    a neutral run is read right to left after a right-to-left run (or at the
    start of a right-to-left line); and every character read right to left is
    mirrored.  Brackets face the way the layout decides from context anyway
    (:mod:`textkit.layout.brackets`); quotation marks are kept as the file has
    them, so those PDFium mirrored are turned back.  Its lines are the text
    between the line breaks it adds.

    Example:
        >>> sorted(_flipped_quotes("پروژه “کنیسه“ و “Open”"))
        [6, 12, 16]
    """
    if not any(q in text for q in _QUOTES):
        return set()
    out: set[int] = set()
    for start, line in _pdfium_lines(text):
        classes = [_run_class(ch) for ch in line]
        runs = [c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1]]
        rtl = runs.count("R") > runs.count("L")
        for i, (ch, c) in enumerate(zip(line, classes, strict=True)):
            if c in ("R", "L"):
                rtl = c == "R"
            elif ch in _QUOTES and rtl:
                out.add(start + i)
    return out


def _pdfium_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line of PDFium's page text (split at its CR LF)."""
    out: list[tuple[int, str]] = []
    start = 0
    for part in text.split("\r\n"):
        out.append((start, part))
        start += len(part) + 2
    return out


def _run_class(ch: str) -> str:
    """PDFium's bidi run classes: R, L, W (a digit: weak) or N (neutral)."""
    b = unicodedata.bidirectional(ch)
    if b == "L":
        return "L"
    if b in ("R", "AL"):
        return "R"
    return "W" if b in ("EN", "AN") else "N"


def _unmapped(ch: str) -> str:
    """A character PDFium had no Unicode for, read as nothing (pdfminer: ``(cid:N)``).

    PDFium gives such a glyph its char code as text: a control character for
    LibreOffice's kashida (U+001E, U+001F), NUL when there is no code either.
    Its hyphen mark U+0002 is the line-end hyphen it took out: ``-``.

    Example:
        >>> _unmapped("\\x1f"), _unmapped("\\x02"), _unmapped("ب")
        ('', '-', 'ب')
    """
    if ch == _PDFIUM_HYPHEN:
        return "-"
    if len(ch) == 1 and (ch < " " or "\x7f" <= ch <= "\x9f"):
        return ""
    return ch


def _as_ptr(raw: Any) -> ctypes.c_void_p:
    return ctypes.cast(raw, ctypes.c_void_p)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _page_text(lib: _Lib, tp: ctypes.c_void_p, n: int) -> str:
    """The text of all ``n`` characters, one per character index.

    One call when PDFium writes exactly one UTF-16 unit per character;
    otherwise (a character outside the BMP, or control characters such as its
    hyphen mark, which ``FPDFText_GetText`` leaves out) one call per character.
    """
    buf = ctypes.create_string_buffer(2 * (n + 1))
    written = lib.get_text(tp, 0, n, buf)
    if written == n + 1:  # n units and the terminating NUL
        text = buf.raw[: 2 * n].decode("utf-16-le", "surrogatepass")
        if not _SURROGATE.search(text):
            return text
    return "".join(chr(lib.unicode(tp, k)) for k in range(n))


def _producer(doc: Any) -> str | None:
    try:
        meta = doc.get_metadata_dict(skip_empty=True)
    except Exception:  # metadata is optional
        return None
    val = meta.get("Producer") or meta.get("Creator")
    return str(val).strip() if val else None


__all__ = ["PdfiumSource"]
