"""PDF reader: pdfplumber glyphs → reading-order blocks with Persian read right.

Only ``page.chars`` (and ``page.find_tables()`` for ruled tables; tables
without rules are found from text alignment by :mod:`textkit.layout.texttables`) are used;
all text is rebuilt from glyph positions by :mod:`textkit.layout`, once per
page.  A page's ``/Rotate`` is undone (the page is read in its own frame, so
a rotated page reads like an unrotated one); text set sideways or upside down
on a page is skipped with a warning naming the page; a page with no text
layer (a scan, or a scan with only a page number as text) gets a warning
«page N: no text layer (scanned?); run OCR on it».  See ``load_pdf``.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from textkit.errors import PdfError
from textkit.layout.assemble import PageLayout, assemble
from textkit.layout.bidi import unit_class
from textkit.layout.columns import reading_order
from textkit.layout.kashida import space_kashidas
from textkit.layout.lines import Glyph, Line, cluster_lines
from textkit.layout.tables import TableBox, find_table_boxes, take_glyphs
from textkit.layout.texttables import find_text_tables
from textkit.model import Document, Warning_

log = logging.getLogger(__name__)


def load_pdf(path: str | os.PathLike[str], *, password: str | None = None) -> Document:
    """Read a PDF into a :class:`~textkit.model.Document` of reading-order blocks.

    Args:
        path: the PDF file.
        password: for encrypted PDFs.

    Returns:
        The document; pages that fail alone are skipped with a warning.

    Raises:
        PdfError: not a PDF, corrupt or truncated, encrypted without the right
            password, or no text layer on any page.

    Example:
        >>> doc = load_pdf("corpora/sister-cities-iran/docs/chromium.pdf")  # doctest: +SKIP
        >>> doc.blocks[20].text[:20]  # doctest: +SKIP
        'خواهرخواندگی یکی از'
    """
    from textkit.readers import check_readable, file_sha256

    p = check_readable(path)
    data = p.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise PdfError(
            "not a PDF (no %PDF- header)",
            path=str(p),
            hint="check the file type; text files need a .txt name",
        )
    pdf = _open(p, password)
    warnings: list[Warning_] = []
    try:
        producer = _producer(pdf)
        pages: list[PageLayout] = []
        for i, page in enumerate(pdf.pages, start=1):
            try:
                pages.append(_read_page(page, i))
            except Exception as e:  # one bad page must not lose the others
                msg = str(e) or type(e).__name__
                log.warning("%s, page %d: %s", p, i, msg)
                warnings.append(Warning_("page_failed", f"page skipped: {msg}", page=i))
        npages = len(pdf.pages)
        for pg in pages:
            if pg.no_text == "scan":
                warnings.append(
                    Warning_(
                        "no_text_layer",
                        f"page {pg.number}: no text layer (scanned?); run OCR on it",
                        page=pg.number,
                    )
                )
            elif pg.no_text == "blank":
                warnings.append(
                    Warning_(
                        "blank_page", f"page {pg.number}: blank (nothing drawn)", page=pg.number
                    )
                )
        for pg in pages:
            if pg.rotated:
                warnings.append(
                    Warning_(
                        "rotated_text",
                        f"page {pg.number}: {pg.rotated} glyphs of text set sideways or upside down"
                        f" on the page (e.g. a vertical margin note) were skipped:"
                        f" «{pg.rotated_sample}…»; only upright text is read",
                        page=pg.number,
                    )
                )
        # columns are read in the document's direction (a page of English references too)
        doc_rtl = sum(pg.rtl for pg in pages) >= sum(pg.ltr for pg in pages)
        for pg in pages:
            try:
                _layout_page(pg, doc_rtl)
            except Exception as e:
                msg = str(e) or type(e).__name__
                log.warning("%s, page %d: %s", p, pg.number, msg)
                warnings.append(Warning_("page_failed", f"page skipped: {msg}", page=pg.number))
                pg.entries = []
    except PdfError:
        raise
    except Exception as e:
        raise PdfError(
            f"cannot read PDF ({type(e).__name__}: {e or 'no details'})",
            path=str(p),
            hint="the file may be truncated or corrupt; try re-saving it",
        ) from e
    finally:
        pdf.close()
    if not any(e for pg in pages for e in pg.entries):
        failed = [w for w in warnings if w.code == "page_failed"]
        if failed and len(failed) == npages:
            raise PdfError(
                "no page could be read",
                path=str(p),
                page=failed[0].page,
                hint="the file may be corrupt; try re-saving it",
            )
        if any(w.code == "rotated_text" for w in warnings):
            raise PdfError(
                "all text is rotated",
                path=str(p),
                hint="rotated text is not read; rotate the pages upright first",
            )
        raise PdfError(
            "no text layer on any page", path=str(p), hint="scanned? run OCR on it first"
        )
    blocks = assemble(pages, warnings, hyphenates=_hyphenates(producer))
    return Document(
        path=str(p),
        sha256=file_sha256(data),
        source_kind="pdf",
        pages=npages,
        blocks=blocks,
        producer=producer,
        warnings=warnings,
    )


def _open(p: Path, password: str | None):  # type: ignore[no-untyped-def]
    import pdfplumber

    try:
        pdf = pdfplumber.open(p, password=password or "")
        _ = pdf.pages  # parses the page tree: truncated files fail here
        return pdf
    except Exception as e:
        text = f"{type(e).__name__} {e!r} {getattr(e, 'args', '')}"
        if "PDFPasswordIncorrect" in text or "password" in text.lower():
            if password:
                raise PdfError("wrong password", path=str(p), hint="check the password") from e
            raise PdfError(
                "encrypted PDF: password needed",
                path=str(p),
                hint="pass --password PASSWORD (or password=… in Python)",
            ) from e
        if "Encrypt" in text:
            raise PdfError(
                "encrypted PDF that cannot be opened",
                path=str(p),
                hint="pass --password PASSWORD (or password=… in Python),"
                " or decrypt it (qpdf --decrypt)",
            ) from e
        raise PdfError(
            f"cannot open PDF ({type(e).__name__}{': ' + str(e) if str(e) else ''})",
            path=str(p),
            hint="the file may be truncated or corrupt; try re-saving it",
        ) from e


# producers that break words with hyphens by default: TeX engines and their drivers
_HYPHENATING = re.compile(r"tex|dvipdf|xdvipdfmx", re.I)


def _hyphenates(producer: str | None) -> bool:
    """Whether a line-end hyphen may be a word break (TeX) rather than part of a word."""
    return producer is None or bool(_HYPHENATING.search(producer))


def _producer(pdf) -> str | None:  # type: ignore[no-untyped-def]
    meta = pdf.metadata or {}
    val = meta.get("Producer") or meta.get("Creator")
    if isinstance(val, bytes):
        val = val.decode("latin-1", "replace")
    return str(val).strip() if val else None


def _unrotated(page):  # type: ignore[no-untyped-def]
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


def _upright(c: dict) -> bool:  # type: ignore[type-arg]
    """Whether a glyph is set upright (pdfminer's ``upright`` also passes text turned by 180°)."""
    m = c.get("matrix")
    if not m:
        return bool(c.get("upright", True))
    a, b, _, d = m[:4]
    return a > 0 and d > 0 and abs(b) <= 0.1 * a  # up to ~6° of skew still reads as a line


# a page whose images cover this share of it and that has fewer text glyphs than
# ``_FEW_GLYPHS`` is a scan with at most a page number or a stamp as text
_SCAN_COVER = 0.8
_FEW_GLYPHS = 100


def _no_text_layer(page, n_text: int) -> str:  # type: ignore[no-untyped-def]
    """Why a page has (almost) no text to read: "scan", "blank", or "" if it has text."""
    if n_text >= _FEW_GLYPHS:
        return ""
    area = float(page.width * page.height) or 1.0
    x0, top, x1, bottom = page.bbox
    covered = 0.0
    for im in page.images:
        w = min(im["x1"], x1) - max(im["x0"], x0)
        h = min(im["bottom"], bottom) - max(im["top"], top)
        if w > 0 and h > 0:
            covered += w * h
    if covered >= _SCAN_COVER * area:
        return "scan"
    if n_text:
        return ""
    if page.images or page.curves or page.rects or page.lines:
        return "scan"  # drawn, but not as text: an image or outlined glyphs
    return "blank"


def _read_page(page, number: int) -> PageLayout:  # type: ignore[no-untyped-def]
    """Glyphs and tables of one page (the only pass over ``page.chars``)."""
    page = _unrotated(page)
    chars = page.chars
    kept = [c for c in chars if _upright(c)]
    glyphs = [Glyph.from_char(c) for c in kept]
    space_kashidas(glyphs)  # kashida glyphs some fonts map to a space
    out = PageLayout(number)
    out.rotated = len(chars) - len(glyphs)
    if out.rotated:
        out.rotated_sample = "".join(c["text"] for c in chars if not _upright(c))[:30]
    out.no_text = _no_text_layer(page, sum(1 for g in glyphs if g.text))
    if out.no_text and len(glyphs) <= 8 and all(not g.text or g.text.isdigit() for g in glyphs):
        glyphs = []  # a scan's page number printed as text: nothing to read
    if not glyphs:
        return out
    tables = find_table_boxes(page, number)
    if not tables:  # no ruled table: columns of aligned cells (guarded against prose)
        tables = find_text_tables(glyphs, number)
    out.glyphs = take_glyphs(tables, glyphs)
    out.tables = tables
    for g in glyphs:
        if g.text:
            c = unit_class(g.text)
            if c == "R":
                out.rtl += 1
            elif c == "L":
                out.ltr += 1
    return out


def _layout_page(pg: PageLayout, rtl: bool) -> None:
    """Fill ``pg.entries``: lines and tables in reading order (columns read ``rtl`` or not)."""
    sizes = sorted(g.size for g in pg.glyphs if g.text) or [10.0]
    size = sizes[len(sizes) // 2]
    items: list[Glyph | TableBox] = [*pg.glyphs, *pg.tables]
    for k, region in enumerate(reading_order(items, gutter=1.5 * size, rtl=rtl)):
        tabs = [it for it in region if isinstance(it, TableBox)]
        lines = cluster_lines([it for it in region if isinstance(it, Glyph)])
        entries: list[tuple[int, Line | TableBox]] = [(k, ln) for ln in lines] + [
            (k, t) for t in tabs
        ]
        entries.sort(key=lambda e: e[1].top)
        pg.entries.extend(entries)
    pg.glyphs = []


__all__ = ["load_pdf"]
