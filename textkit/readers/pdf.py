"""PDF reader: glyphs from a character source → reading-order blocks with Persian read right.

Steps, per document:

1. open the file with the chosen engine (:mod:`.chars_pdfium`, the fast
   default, or :mod:`.chars_pdfplumber`); with ``engine="auto"`` a page that
   PDFium cannot read, or whose reading fails the self-check
   (:func:`~textkit.readers.chars.check_page`), is read again with pdfplumber;
2. per page: kashida glyphs, tables (ruled: from the page's rules; unruled:
   from text alignment, :mod:`textkit.layout.texttables`), and whether the
   page has a text layer at all;
3. a page without one (a scan) is read by OCR when Tesseract with Persian
   data is installed (:mod:`.ocr`), else it gets a warning saying how to
   install it; a page that cannot be read at all gets «page N could not be
   read: …», which is not the same as a blank page;
4. the layout (:mod:`textkit.layout`): columns, lines, bidi, blocks.

A page's ``/Rotate`` is undone by the character sources (a rotated page reads
like an unrotated one); text set sideways or upside down on a page is
skipped with a warning naming the page.  See :func:`load_pdf`.
"""

from __future__ import annotations

import gc
import logging
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from textkit.errors import PdfError
from textkit.layout.assemble import PageLayout, assemble
from textkit.layout.bidi import unit_class
from textkit.layout.columns import Run, reading_order, runs
from textkit.layout.kashida import space_kashidas
from textkit.layout.lines import Glyph, Line, cluster_lines
from textkit.layout.tables import TableBox, ruled_tables, take_glyphs
from textkit.layout.texttables import find_text_tables
from textkit.model import Block, Document, Warning_
from textkit.readers.chars import ENGINES, CharSource, PageChars, check_page

log = logging.getLogger(__name__)


def load_pdf(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    engine: str = "auto",
    ocr: bool = True,
) -> Document:
    """Read a PDF into a :class:`~textkit.model.Document` of reading-order blocks.

    Args:
        path: the PDF file.
        password: for encrypted PDFs.
        engine: ``"auto"`` (PDFium, with pdfplumber for a page PDFium reads
            badly), ``"pdfium"`` or ``"pdfplumber"``.
        ocr: read pages without a text layer with Tesseract when it is
            installed with Persian data.

    Returns:
        The document; pages that fail alone are skipped with a warning.

    Raises:
        PdfError: not a PDF, corrupt or truncated, encrypted without the right
            password, or no text on any page.

    Example:
        >>> doc = load_pdf("corpora/sister-cities-iran/docs/chromium.pdf")  # doctest: +SKIP
        >>> doc.blocks[20].text[:20]  # doctest: +SKIP
        'خواهرخواندگی یکی از'
    """
    from textkit.readers import check_readable, file_sha256

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    p = check_readable(path)
    data = p.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise PdfError(
            "not a PDF (no %PDF- header)",
            path=str(p),
            hint="check the file type; text files need a .txt name",
        )
    run = _Run(p, password, engine, ocr)
    with _no_gc():
        try:
            run.read_pages()
        finally:
            run.close()
        pages, warnings = run.pages, run.warnings
        _layout_pages(p, pages, warnings)
        if not any(pg.entries for pg in pages) and not run.ocr_blocks:
            raise _nothing_read(p, run)
        blocks = assemble(pages, warnings, hyphenates=_hyphenates(run.producer))
        blocks = _with_ocr_blocks(blocks, run.ocr_blocks)
        # the glyphs and lines freed while the collector is paused, so that it does not
        # walk them the moment it runs again
        del pages
        run.pages = []
    return Document(
        path=str(p),
        sha256=file_sha256(data),
        source_kind="pdf",
        pages=run.page_count,
        blocks=blocks,
        producer=run.producer,
        warnings=warnings,
    )


@dataclass
class _Run:
    """One document being read: its sources, pages and warnings."""

    path: Path
    password: str | None
    engine: str
    ocr: bool
    pages: list[PageLayout] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    ocr_blocks: dict[int, list[Block]] = field(default_factory=dict)
    producer: str | None = None
    page_count: int = 0
    failed: int = 0
    _fast: CharSource | None = None
    _slow: CharSource | None = None

    def __post_init__(self) -> None:
        if self.engine == "pdfplumber":
            self._slow = _open_plumber(self.path, self.password)
        else:
            try:
                self._fast = _open_pdfium(self.path, self.password)
            except PdfError as e:
                if self.engine == "pdfium" or "password" in e.message:
                    raise
                log.info("%s: PDFium cannot open it (%s); reading with pdfplumber", self.path, e)
                self._slow = _open_plumber(self.path, self.password)
        src = self._fast or self._slow
        assert src is not None
        self.producer = src.producer
        self.page_count = src.page_count

    def close(self) -> None:
        for src in (self._fast, self._slow):
            if src is not None:
                src.close()

    def read_pages(self) -> None:
        for number in range(1, self.page_count + 1):
            try:
                chars = self._chars(number)
                page = _read_page(chars)
            except PdfError:
                raise
            except Exception as e:  # one bad page must not lose the others
                self._unreadable(number, e)
                continue
            self.pages.append(page)
            self._page_warnings(page, chars)

    def _chars(self, number: int) -> PageChars:
        """Page ``number`` from the fast engine, or from pdfplumber where that fails."""
        if self._fast is not None:
            try:
                chars = self._fast.page(number)
            except Exception as e:
                if self.engine == "pdfium":
                    raise
                reason = f"PDFium failed ({type(e).__name__}: {e})"
            else:
                reason = check_page(chars) or ""
                if not reason and not any(g.text for g in chars.glyphs) and chars.drawn:
                    reason = "no text found by PDFium on a page with drawing"
                if not reason or self.engine == "pdfium":
                    return chars
            log.info("%s, page %d: %s; reading it with pdfplumber", self.path, number, reason)
            if self._slow is None:
                self._slow = _open_plumber(self.path, self.password)
        assert self._slow is not None
        return self._slow.page(number)

    def _content_problem(self, number: int) -> str | None:
        """Why a page with nothing drawn on it is damaged, or None when it is blank."""
        try:
            if self._slow is None:
                self._slow = _open_plumber(self.path, self.password)
            return self._slow.content_problem(number)  # type: ignore[attr-defined, no-any-return]
        except Exception as e:  # the check must not lose the page's other warnings
            log.info("%s, page %d: content not checked: %s", self.path, number, e)
            return None

    def _unreadable(self, number: int, e: Exception) -> None:
        msg = (e.message if isinstance(e, PdfError) else str(e)) or type(e).__name__
        log.warning("%s, page %d could not be read: %s", self.path, number, msg)
        self.failed += 1
        self.warnings.append(
            Warning_(
                "page_unreadable",
                f"page {number} could not be read: {msg}; the other pages were read",
                page=number,
            )
        )

    def _page_warnings(self, page: PageLayout, chars: PageChars) -> None:
        n = page.number
        if page.no_text == "scan":
            self._scanned(n)
        elif page.no_text == "blank":
            problem = self._content_problem(n)
            if problem:
                self._unreadable(n, PdfError(problem))
            else:
                self.warnings.append(
                    Warning_("blank_page", f"page {n}: blank (nothing drawn)", page=n)
                )
        if page.rotated:
            self.warnings.append(
                Warning_(
                    "rotated_text",
                    f"page {n}: {page.rotated} glyphs of text set sideways or upside down"
                    f" on the page (e.g. a vertical margin note) were skipped:"
                    f" «{page.rotated_sample}…»; only upright text is read",
                    page=n,
                )
            )

    def _scanned(self, n: int) -> None:
        from textkit.readers import ocr

        missing = ocr.missing() if self.ocr else "OCR is turned off"
        if missing:
            self.warnings.append(
                Warning_(
                    "no_text_layer",
                    f"page {n}: no text layer (scanned?); run OCR on it"
                    + (f" ({missing})" if self.ocr else ""),
                    page=n,
                )
            )
            return
        try:
            blocks = ocr.read_page(self.path, n, password=self.password)
        except ocr.OcrError as e:
            self.warnings.append(
                Warning_("ocr_failed", f"page {n}: no text layer, and OCR failed: {e}", page=n)
            )
            return
        if not blocks:
            self.warnings.append(
                Warning_(
                    "no_text_layer",
                    f"page {n}: no text layer (scanned?), and OCR ({ocr.describe()})"
                    " found no text on it",
                    page=n,
                )
            )
            return
        self.ocr_blocks[n] = blocks
        self.warnings.append(
            Warning_(
                "ocr",
                f"page {n}: no text layer; its text was read by OCR ({ocr.describe()}),"
                " so expect recognition errors",
                page=n,
            )
        )


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a document's glyphs are made and laid out.

    Reading makes a hundred thousand small objects and no reference cycles;
    the collector, triggered by the count of new objects, would walk them
    again and again (about a tenth of the reading time; in the assembly of
    the blocks too, while the glyphs are still alive).  Paused only if it
    was running, and started again whatever happens.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _open_pdfium(p: Path, password: str | None) -> CharSource:
    from textkit.readers.chars_pdfium import PdfiumSource

    return PdfiumSource(p, password)


def _open_plumber(p: Path, password: str | None) -> CharSource:
    from textkit.readers.chars_pdfplumber import PlumberSource

    return PlumberSource(p, password)


def _layout_pages(p: Path, pages: list[PageLayout], warnings: list[Warning_]) -> None:
    """Order every page's lines and tables; a page that fails is a warning."""
    # columns are read in the document's direction (a page of English references too)
    doc_rtl = sum(pg.rtl for pg in pages) >= sum(pg.ltr for pg in pages)
    for pg in pages:
        try:
            _layout_page(pg, doc_rtl)
        except Exception as e:
            msg = str(e) or type(e).__name__
            log.warning("%s, page %d could not be laid out: %s", p, pg.number, msg)
            warnings.append(
                Warning_(
                    "page_unreadable",
                    f"page {pg.number} could not be read: {msg}; the other pages were read",
                    page=pg.number,
                )
            )
            pg.entries = []


def _nothing_read(p: Path, run: _Run) -> PdfError:
    """The error for a PDF from which no page gave any text."""
    if run.failed and run.failed == run.page_count:
        first = next(w.page for w in run.warnings if w.code == "page_unreadable")
        return PdfError(
            "no page could be read",
            path=str(p),
            page=first,
            hint="the file may be corrupt; try re-saving it",
        )
    if any(w.code == "rotated_text" for w in run.warnings):
        return PdfError(
            "all text is rotated",
            path=str(p),
            hint="rotated text is not read; rotate the pages upright first",
        )
    from textkit.readers import ocr

    missing = ocr.missing() if run.ocr else None
    hint = "scanned? run OCR on it first" + (f" ({missing})" if missing else "")
    return PdfError("no text layer on any page", path=str(p), hint=hint)


def _with_ocr_blocks(blocks: list[Block], ocr_blocks: dict[int, list[Block]]) -> list[Block]:
    """Blocks of OCR'd pages put in page order among the others, ids renumbered."""
    if not ocr_blocks:
        return blocks
    from dataclasses import replace

    merged = sorted(
        [*blocks, *(b for bs in ocr_blocks.values() for b in bs)],
        key=lambda b: b.page,
    )  # stable: each page keeps its own order
    return [replace(b, id=f"b{i}") for i, b in enumerate(merged, start=1)]


# producers that break words with hyphens by default: TeX engines and their drivers
_HYPHENATING = re.compile(r"tex|dvipdf|xdvipdfmx", re.I)


def _hyphenates(producer: str | None) -> bool:
    """Whether a line-end hyphen may be a word break (TeX) rather than part of a word."""
    return producer is None or bool(_HYPHENATING.search(producer))


# a page whose images cover this share of it and that has fewer text glyphs than
# ``_FEW_GLYPHS`` is a scan with at most a page number or a stamp as text
_SCAN_COVER = 0.8
_FEW_GLYPHS = 100


def _no_text_layer(chars: PageChars, n_text: int) -> str:
    """Why a page has (almost) no text to read: "scan", "blank", or "" if it has text."""
    if n_text >= _FEW_GLYPHS:
        return ""
    if chars.image_cover >= _SCAN_COVER:
        return "scan"
    if n_text:
        return ""
    if chars.image_cover > 0 or chars.drawn:
        return "scan"  # drawn, but not as text: an image or outlined glyphs
    return "blank"


def _read_page(chars: PageChars) -> PageLayout:
    """Glyphs and tables of one page, whichever engine read it."""
    glyphs = chars.glyphs
    space_kashidas(glyphs)  # kashida glyphs some fonts map to a space
    out = PageLayout(chars.number)
    out.rotated = chars.rotated
    out.rotated_sample = chars.rotated_sample
    # glyph texts counted once (a few hundred distinct ones), then classified
    texts = Counter([g.text for g in glyphs if g.text])
    out.no_text = _no_text_layer(chars, texts.total())
    if out.no_text and len(glyphs) <= 8 and all(not g.text or g.text.isdigit() for g in glyphs):
        glyphs = []  # a scan's page number printed as text: nothing to read
    if not glyphs:
        return out
    tables = ruled_tables(chars.edges, chars.width, chars.height, chars.number)
    if not tables:  # no ruled table: columns of aligned cells (guarded against prose)
        tables = find_text_tables(glyphs, chars.number)
    out.glyphs = take_glyphs(tables, glyphs)
    out.tables = tables
    for text, n in texts.items():
        c = unit_class(text)
        if c == "R":
            out.rtl += n
        elif c == "L":
            out.ltr += n
    return out


def _layout_page(pg: PageLayout, rtl: bool) -> None:
    """Fill ``pg.entries``: lines and tables in reading order (columns read ``rtl`` or not)."""
    sizes = sorted([g.size for g in pg.glyphs if g.text]) or [10.0]
    size = sizes[len(sizes) // 2]
    # words, not glyphs, go into the column finder: the same regions, fewer items
    items: list[Run[Glyph] | TableBox] = [*runs(pg.glyphs, gap=0.3 * size), *pg.tables]
    for k, region in enumerate(reading_order(items, gutter=1.5 * size, rtl=rtl)):
        tabs = [it for it in region if isinstance(it, TableBox)]
        lines = cluster_lines([g for it in region if isinstance(it, Run) for g in it.items])
        entries: list[tuple[int, Line | TableBox]] = [(k, ln) for ln in lines] + [
            (k, t) for t in tabs
        ]
        entries.sort(key=lambda e: e[1].top)
        pg.entries.extend(entries)
    pg.glyphs = []


__all__ = ["load_pdf"]
