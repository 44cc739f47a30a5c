"""Character source on pdfplumber (pdfminer): slow, tolerant, the reference reading.

Used with ``--engine pdfplumber``, and by the ``auto`` engine for a page whose
PDFium reading fails its self-check.  Gives the layout ``page.chars`` as
:class:`~textkit.layout.lines.Glyph` objects and the page's rules as edges;
see :mod:`textkit.readers.chars` for the contract.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from textkit.errors import PdfError
from textkit.layout.lines import Glyph
from textkit.readers.chars import DESCENT, Edge, PageChars, bullet, keep_bullets

log = logging.getLogger(__name__)


class PlumberSource:
    """An open PDF read with pdfplumber.

    Example:
        >>> src = PlumberSource("tests/data/pdf/lo-mixed-lines.pdf")  # doctest: +SKIP
        >>> len(src.page(1).glyphs) > 100  # doctest: +SKIP
        True
    """

    name = "pdfplumber"

    def __init__(self, path: str | Path, password: str | None = None) -> None:
        self.path = Path(path)
        self._pdf = _open(self.path, password)
        self.page_count = len(self._pdf.pages)
        self.producer = _producer(self._pdf.metadata or {})

    def page(self, number: int) -> PageChars:
        """Glyphs, rules and images of page ``number`` (1-based), read in the page's own frame."""
        page = _unrotated(self._pdf.pages[number - 1])
        chars = page.chars
        out = PageChars(number, float(page.width), float(page.height), engine=self.name)
        for c in chars:
            if _upright(c):
                size = c["size"]
                # the baseline: pdfminer's box starts at the font's descent below it
                bottom = c["bottom"] + (c["y0"] - c["matrix"][5]) + DESCENT * size
                out.glyphs.append(
                    Glyph(c["x0"], c["x1"], bottom - size, bottom, size, c["text"], c["fontname"])
                )
            else:
                out.rotated += 1
                if len(out.rotated_sample) < 30:
                    out.rotated_sample += c["text"]
        out.rotated_sample = out.rotated_sample[:30]
        out.image_cover = _image_cover(page)
        out.drawn = bool(page.curves or page.rects or page.lines)
        dots = [
            bullet(c["x0"], c["top"], c["x1"], c["bottom"])
            for c in page.curves
            if c.get("fill") and len(c.get("pts") or ()) > 4
        ]
        out.glyphs.extend(keep_bullets([d for d in dots if d is not None], out.glyphs))
        out.edges = [_edge(e) for e in page.edges]
        page.close()
        return out

    def close(self) -> None:
        """Release the file."""
        self._pdf.close()

    def content_problem(self, number: int) -> str | None:
        """Why page ``number``, which shows nothing, is damaged rather than blank; None if blank.

        A content stream that holds bytes but decodes to nothing (a broken
        FlateDecode stream: both engines then draw nothing and say nothing) or
        that cannot be decoded at all.
        """
        from pdfminer.pdftypes import resolve1

        try:
            streams = self._pdf.pages[number - 1].page_obj.contents
        except Exception as e:  # the page object itself is broken
            return f"its page object cannot be read ({type(e).__name__}: {e})"
        for s in streams:
            length = resolve1(s.attrs.get("Length", 0))
            try:
                data = s.get_data()
            except Exception as e:
                return f"its content stream cannot be decoded ({type(e).__name__}: {e})"
            if isinstance(length, int) and length > 0 and not data:
                filters = s.get_filters()
                name = (
                    str(getattr(filters[0][0], "name", filters[0][0])) if filters else "no filter"
                )
                return f"its content stream ({length} bytes, {name}) decodes to nothing"
        return None


def _edge(e: dict[str, Any]) -> Edge:
    return (float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"]))


def _open(p: Path, password: str | None) -> Any:
    import pdfplumber

    try:
        pdf = pdfplumber.open(p, password=password or "")
        _ = pdf.pages  # parses the page tree: truncated files fail here
        return pdf
    except Exception as e:
        raise open_error(p, e, password) from e


def open_error(p: Path, e: Exception, password: str | None) -> PdfError:
    """A :class:`PdfError` for a PDF that cannot be opened (either engine)."""
    text = f"{type(e).__name__} {e!r} {getattr(e, 'args', '')}"
    if "PDFPasswordIncorrect" in text or "password" in text.lower():
        if password:
            return PdfError("wrong password", path=str(p), hint="check the password")
        return PdfError(
            "encrypted PDF: password needed",
            path=str(p),
            hint="pass --password PASSWORD (or password=… in Python)",
        )
    if "Encrypt" in text or "security" in text.lower():
        return PdfError(
            "encrypted PDF that cannot be opened",
            path=str(p),
            hint="pass --password PASSWORD (or password=… in Python),"
            " or decrypt it (qpdf --decrypt)",
        )
    return PdfError(
        f"cannot open PDF ({type(e).__name__}{': ' + str(e) if str(e) else ''})",
        path=str(p),
        hint="the file may be truncated or corrupt; try re-saving it",
    )


def _producer(meta: dict[str, Any]) -> str | None:
    val = meta.get("Producer") or meta.get("Creator")
    if isinstance(val, bytes):
        val = val.decode("latin-1", "replace")
    return str(val).strip() if val else None


def _unrotated(page: Any) -> Any:
    """The page read in its own frame, as if its ``/Rotate`` were 0.

    ``/Rotate`` only says how a viewer turns the page when showing it; the
    text drawn on the page is the same.  pdfminer applies the rotation to
    every glyph (a page turned by 90° has all its glyphs sideways, one turned
    by 180° has them upside down and read right to left), so the page object
    is re-read with the rotation removed: glyphs, ruling lines and tables then
    come back exactly as on the unrotated page.
    """
    if not getattr(page, "rotation", 0):
        return page
    from pdfplumber.page import Page

    obj = page.page_obj
    obj.attrs = {**obj.attrs, "Rotate": 0}  # a copy: the file is not changed
    obj.rotate = 0
    return Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _upright(c: dict[str, Any]) -> bool:
    """Whether a glyph is set upright (pdfminer's ``upright`` also passes text turned by 180°)."""
    m = c.get("matrix")
    if not m:
        return bool(c.get("upright", True))
    a, b, _, d = m[:4]
    return bool(a > 0 and d > 0 and abs(b) <= 0.1 * a)  # up to ~6° of skew still reads as a line


def _image_cover(page: Any) -> float:
    """Share of the page covered by images (overlaps counted twice; capped at 1)."""
    area = float(page.width * page.height) or 1.0
    x0, top, x1, bottom = page.bbox
    covered = 0.0
    for im in page.images:
        w = min(im["x1"], x1) - max(im["x0"], x0)
        h = min(im["bottom"], bottom) - max(im["top"], top)
        if w > 0 and h > 0:
            covered += w * h
    return min(1.0, covered / area)


__all__ = ["PlumberSource", "open_error"]
