"""Page layout analysis for PDF input: glyphs → words → lines → blocks.

The modules here work on :class:`~textkit.layout.lines.Glyph` objects that a
character source made from a page (:mod:`textkit.readers.chars`: PDFium or
pdfplumber, the same glyphs either way) and never call an engine's own text
extraction:

* :mod:`.glyphs`    letter repair of one glyph's text (presentation forms, ي/ك, kashida);
* :mod:`.kashida`   kashida glyphs mapped to a letter, a sign or a space;
* :mod:`.bidi`      visual → logical order of one line (inverse of the UBA);
* :mod:`.brackets`  which way each bracket faces: per-font votes, then context;
* :mod:`.lines`     glyphs → lines (superscripts, word gaps from geometry);
* :mod:`.columns`   reading order of a page (XY-cut with column gutters);
* :mod:`.furniture` running headers/footers and page numbers;
* :mod:`.tables`    table cells in logical column order;
* :mod:`.texttables` tables without ruling lines, from text alignment;
* :mod:`.blocks`    lines → paragraphs, headings, footnotes;
* :mod:`.joins`     joining a paragraph's lines (line-end hyphens, broken URLs);
* :mod:`.footnotes` note bodies placed after the paragraph citing them;
* :mod:`.roles`     title, authors, abstract, keywords, references, captions;
* :mod:`.assemble`  all pages → reading-order blocks (calls the modules above).
"""
