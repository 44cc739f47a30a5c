"""Make the small PDF fixtures in tests/data/pdf/ with LibreOffice (a real producer).

usage: python tools/make_pdf_fixtures.py [OUTDIR]

Needs ``soffice`` (Debian: libreoffice-writer-nogui), ``chromium`` with
fonts-noto-core (for the Chromium fixture; skipped when absent) and, for the
encrypted fixture, ``qpdf``.  Fonts: DejaVu Sans (fonts-dejavu-core), which has the
Persian letters.  Each fixture is written from a Flat-ODT document built
here; the logical text each one must give is written next to it as
``<name>.expected.txt`` (one block per line, the conventions of the sample
paper's source.txt).  Re-run after changing the texts, and review the diff.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="justify" fo:margin-bottom="0.15cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" style:font-name-complex="DejaVu Sans"
     style:font-size-complex="10pt" fo:language="en" fo:country="US" style:language-complex="fa" style:country-complex="IR"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="LTR" style:family="paragraph">
   <style:paragraph-properties style:writing-mode="lr-tb" fo:text-align="start"/>
  </style:style>
  <style:style style:name="H" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="14pt" style:font-size-complex="14pt" fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Cols" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties>
  </style:style>
  <style:style style:name="Tab" style:family="table">
   <style:table-properties style:width="12cm" table:align="center" style:writing-mode="rl-tb"/>
  </style:style>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm"
     fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:writing-mode="rl-tb"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
"""


def _master(header: str | None) -> str:
    if header is None:
        return '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
    return (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f"<style:header><text:p>{escape(header)}</text:p></style:header>"
        '<style:footer><text:p><text:page-number text:select-page="current"/></text:p></style:footer>'
        "</style:master-page></office:master-styles>"
    )


def _doc(body: str, header: str | None = None) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}{_master(header)}'
        f"<office:body><office:text>{body}</office:text></office:body></office:document>\n"
    )


def p(text: str, style: str | None = None) -> str:
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{escape(text)}</text:p>"


def note(n: int, text: str) -> str:
    return (
        f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
        f'<text:note-body><text:p text:style-name="LTR">{escape(text)}</text:p></text:note-body></text:note>'
    )


# ---- fixture texts (written for these tests; not from the sample paper) ----

MIXED = [
    ("H", "شهرهای خواهر در سال ۱۴۰۲"),
    (
        None,
        "در سال ۱۳۹۸ شهر شیراز با Florence در ایتالیا پیمان خواهرخواندگی امضا کرد (Smith, 2019:12) و این پیمان در ۲۵٪ از پروژه‌ها اثر داشت.",
    ),
    (
        None,
        "جمعیت شهری بین سال‌های ۱۹۹۶ تا ۲۰۱۶ به اندازه ۱۲٫۵ میلیون نفر افزایش یافت (بصیرت، ۱۳۹۳: ۵۷-۵۶).",
    ),
    (
        None,
        "سازمان بین‌المللی شهرها (UCLG) در سال 2004 در Barcelona تأسیس شد و نشانی آن <https://www.uclg.org/en> است.",
    ),
    (
        "LTR",
        "Sister cities were first signed in 1920 between Keighley and Poix-du-Nord (Ogawa, 2012: 17).",
    ),
]

TWO_COL_HEADER = "خواهر شهرها — آزمون دو ستونی"
TWO_COL = [
    "ستون نخست با این جمله آغاز می‌شود و درباره پیوند شهرهای ایران با شهرهای جهان سخن می‌گوید. "
    "پیوند شهری یکی از راه‌های دیپلماسی عمومی است و شهرها از این راه با یکدیگر همکاری می‌کنند. "
    "شهرداری‌ها برنامه‌های فرهنگی و آموزشی مشترک برگزار می‌کنند و دانشجویان را به شهر دیگر می‌فرستند.",
    "بند دوم درباره تاریخ این پیوندها است. نخستین پیوندها پس از جنگ جهانی دوم بسته شد و در دهه ۱۹۵۰ "
    "شمار آنها به سرعت افزایش یافت. امروز بیش از ۲۰۰۰ پیوند در اروپا و آسیا ثبت شده است و هر سال شمار تازه‌ای افزوده می‌شود.",
    "بند سوم به ایران می‌پردازد. اصفهان، شیراز، تبریز و مشهد بیشترین شمار خواهرخوانده را دارند و "
    "بیشتر این پیوندها با شهرهای کشورهای همسایه است. برخی از این پیوندها رسمی نیستند و تنها یک یادداشت تفاهم دارند.",
    "بند چهارم پایان متن است و نتیجه می‌گیرد که پیوند شهرها برای گردشگری، بازرگانی و فرهنگ سودمند است "
    "و شهرها باید برای آن برنامه‌ریزی کنند. این بند در ستون دوم خوانده می‌شود و پس از آن متنی نیست.",
]

FOOTNOTE = [
    ("H", "پانوشت"),
    (
        "P1",
        "به گفته زلینسکی{1} نخستین پیوند در سال ۱۹۲۰ بسته شد و شهر سینسیناتی{2} پس از آن به این جنبش پیوست.",
    ),
    (None, "این بند پانوشتی ندارد و پس از بند پیشین می‌آید."),
]
FOOTNOTE_NOTES = {1: "Zelinsky", 2: "Cincinnati, Ohio"}

TABLE_HEADER = ["نام شهر", "خواهر شهرها", "عضویت"]
TABLE_ROWS = [
    [
        "اصفهان",
        ["۱. شیان، چین (۱۹۸۹)", "۲. فلورانس، ایتالیا (1998)"],
        "عضو شبکه شهرهای خلاق (UNESCO)",
    ],
    ["شیراز", ["۱. دوشنبه، تاجیکستان", "۲. Weimar, Germany"], "عضو مجمع شهرداران آسیایی"],
    ["یزد", ["۱. بم، ایران ۲. هرات، افغانستان"], "ثبت جهانی در سال ۲۰۱۷"],
]


def mixed() -> tuple[str, list[str]]:
    body = "".join(p(t, s) for s, t in MIXED)
    return _doc(body), [t for _, t in MIXED]


def two_column() -> tuple[str, list[str]]:
    title = "ترتیب خواندن دو ستون"
    paras = TWO_COL * 3  # enough text for two pages: header and page numbers repeat
    body = (
        p(title, "H")
        + '<text:section text:style-name="Cols" text:name="S1">'
        + "".join(p(t) for t in paras)
        + "</text:section>"
    )
    return _doc(body, header=TWO_COL_HEADER), [title, *paras]


def footnote_doc(
    paras: list[tuple[str | None, str]], notes: dict[int, str]
) -> tuple[str, list[str]]:
    """Paragraphs with ``{n}`` note anchors; notes expected after the paragraph "P1"."""
    body = ""
    expected = []
    for style, text in paras:
        xml = escape(text)
        plain = text
        for n, body_text in notes.items():
            xml = xml.replace(f"{{{n}}}", note(n, body_text))
            # Writer prints the marker in Latin digits; in a Persian paragraph it is
            # read in Persian digits, like the note's label (source.txt's convention)
            plain = plain.replace(f"{{{n}}}", "۱۲۳۴۵۶۷۸۹"[n - 1])
        attr = ' text:style-name="H"' if style == "H" else ""
        body += f"<text:p{attr}>{xml}</text:p>"
        expected.append(plain)
        if style == "P1":
            # the note's label in Persian digits: it is cited from a right-to-left paragraph
            expected.extend(f"{'۱۲۳۴۵۶۷۸۹'[n - 1]} {t}" for n, t in notes.items())
    return _doc(body), expected


def footnote() -> tuple[str, list[str]]:
    return footnote_doc(FOOTNOTE, FOOTNOTE_NOTES)


def table() -> tuple[str, list[str]]:
    def cell(content: str | list[str]) -> str:
        items = content if isinstance(content, list) else [content]
        return (
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            + "".join(p(i) for i in items)
            + "</table:table-cell>"
        )

    rows = "<table:table-row>" + "".join(cell(h) for h in TABLE_HEADER) + "</table:table-row>"
    for r in TABLE_ROWS:
        rows += "<table:table-row>" + "".join(cell(c) for c in r) + "</table:table-row>"
    body = (
        p("جدول ۱. خواهر شهرهای ایران", "H")
        + '<table:table table:name="T1" table:style-name="Tab"><table:table-column table:number-columns-repeated="3"/>'
        + rows
        + "</table:table>"
        + p("منبع: (دهشیری، ۱۳۹۷: ۱۰۷-۱۰۵)")
    )
    expected = ["جدول ۱. خواهر شهرهای ایران", *TABLE_HEADER]
    for r in TABLE_ROWS:
        for c in r:
            expected.extend(c if isinstance(c, list) else [c])
    expected.append("منبع: (دهشیری، ۱۳۹۷: ۱۰۷-۱۰۵)")
    return _doc(body), expected


CHROMIUM_HTML = """<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 1.5cm 1.2cm; }
body { font-family: 'Noto Sans Arabic', 'Noto Sans', sans-serif; font-size: 10pt; text-align: justify; }
h1 { font-size: 15pt; text-align: center; column-span: all; }
.cols { column-count: 2; column-gap: 0.8cm; }
.note { font-size: 8pt; }
sup { font-size: 7pt; }
</style></head><body>
<h1>{title}</h1>
<div class="cols">{paras}</div>
</body></html>
"""

CHROMIUM_PARAS = [
    "تلاش شهرهای اسلامی برای همکاری لازم است و ایالات متحده در سال ۱۹۵۶ برنامه مردم به مردم را "
    "آغاز کرد (Gibbs, 2015: 20). این برنامه در ۲۵٪ از شهرها اجرا شد.",
    "به گفته زلینسکی<sup>۱</sup> نخستین پیوند در سال ۱۹۲۰ بسته شد و سلاح‌های شیمیایی ممنوع شد. "
    "کلان‌شهرها در این راه نقش بیشتری دارند و شهر سینسیناتی<sup>۲</sup> نیز به این جنبش پیوست.",
    '<span class="note"><sup>۱</sup> Zelinsky</span><br><span class="note"><sup>۲</sup> Cincinnati</span>',
    "امروز بیش از ۲۰۰۰ پیوند ثبت شده است و بیشتر آنها در اروپا و آسیا هستند. "
    "شهرهای ایران نیز با شهرهای کشورهای همسایه پیوندهای فراوانی دارند و این پیوندها رو به افزایش است.",
    "در دهه ۱۹۷۰ انجمن وابستگی شهرها (Town Affiliation Association) نام خود را تغییر داد "
    "و برنامه‌های آموزشی تازه‌ای برای دانشجویان آغاز کرد که هنوز ادامه دارد.",
]


def chromium() -> tuple[str, list[str]]:
    """HTML printed by headless Chromium: two columns, notes as a small block, lam-alef words."""
    title = "خواهر شهرهای اسلامی"
    paras = "".join(f"<p>{t}</p>" for t in CHROMIUM_PARAS)
    html = CHROMIUM_HTML.replace("{title}", title).replace("{paras}", paras)
    expected = [title]
    for t in CHROMIUM_PARAS:
        plain = t.replace("<sup>", "").replace("</sup>", "")
        if plain.startswith("<span"):
            expected.extend(["۱ Zelinsky", "۲ Cincinnati"])
        else:
            expected.append(plain)
    return html, expected


PLAIN_TABLE_HEADER = ["ردیف", "شهر ایرانی", "شهر همکار", "کشور", "سال"]
PLAIN_TABLE_ROWS = [
    ["۱", "کرمان", "هرات", "افغانستان", "۲۰۰۵"],
    ["۲", "مشهد", "دوشنبه", "تاجیکستان", "۲۰۱۱"],
    ["۳", "اهواز", "نخجوان", "جمهوری آذربایجان", "۲۰۰۸"],
    ["۴", "یزد", "خجند", "تاجیکستان", "۲۰۱۵"],
]
PLAIN_TABLE_BEFORE = (
    "جدول زیر چند پیمان همکاری شهری را نشان می‌دهد که در گزارش سالانه وزارت کشور آمده است و "
    "پس از آن یک بند کوتاه دیگر می‌آید."
)
PLAIN_TABLE_AFTER = "این بند پس از جدول می‌آید و بخشی از جدول نیست."


def plain_table() -> tuple[str, list[str]]:
    """Writer RTL table with no borders (no ruling lines), one line per cell."""

    def cell(text: str) -> str:
        return (
            '<table:table-cell table:style-name="Bare" office:value-type="string">'
            f"{p(text, 'Start')}</table:table-cell>"
        )

    rows = "".join(
        "<table:table-row>" + "".join(cell(c) for c in r) + "</table:table-row>"
        for r in [PLAIN_TABLE_HEADER, *PLAIN_TABLE_ROWS]
    )
    body = (
        p(PLAIN_TABLE_BEFORE)
        + '<table:table table:name="T1" table:style-name="Tab">'
        + '<table:table-column table:style-name="Col" table:number-columns-repeated="5"/>'
        + rows
        + "</table:table>"
        + p(PLAIN_TABLE_AFTER)
    )
    fodt = _doc(body).replace(
        "</office:automatic-styles>",
        '<style:style style:name="Bare" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>'
        '<style:style style:name="Col" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.3cm"/></style:style>'
        '<style:style style:name="Start" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start"/></style:style>'
        "</office:automatic-styles>",
    )
    expected = [PLAIN_TABLE_BEFORE, *PLAIN_TABLE_HEADER]
    for r in PLAIN_TABLE_ROWS:
        expected.extend(r)
    expected.append(PLAIN_TABLE_AFTER)
    return fodt, expected


HYPHEN_TEXT = (
    "International municipalities increasingly cooperate through partnership agreements, "
    "establishing administrative collaboration, environmental programmes and educational "
    "exchanges between communities. Municipalities document these programmes in "
    "descriptive-analytical reports."
)


def hyphenated() -> tuple[str, list[str]]:
    """Writer, narrow page, English justified text with automatic hyphenation (needs the
    hyphen-en-us patterns: Debian package hyphen-en-us) and a real compound."""
    fodt = _doc(p(HYPHEN_TEXT, "HY")).replace(
        "</office:automatic-styles>",
        '<style:style style:name="HY" style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="lr-tb" fo:text-align="justify"'
        ' fo:hyphenation-ladder-count="no-limit"/>'
        '<style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2"'
        ' fo:hyphenation-push-char-count="2" fo:language="en" fo:country="US"/></style:style>'
        "</office:automatic-styles>",
    )
    return fodt.replace('fo:page-width="14.8cm"', 'fo:page-width="8cm"'), [HYPHEN_TEXT]


# ---- fixtures for failure classes found on unseen documents (corpora/probe) ----

MULTICOL_HEADER = "گاهنامه شهرها – زمستان ۱۴۰۱"
MULTICOL_TITLE = "همکاری شهرهای کرانه دریا"
MULTICOL_PARAS = [
    "بندر انزلی در سال ۱۳۹۲ با شهر آستاراخان در روسیه پیمان همکاری بازرگانی امضا کرد و این پیمان "
    "تا امروز چند نمایشگاه مشترک در هر دو شهر به همراه داشته است.",
    "رشت و شهر باتومی در گرجستان نیز از سال 2016 برنامه‌ای برای تبادل دانشجو و هنرمند دارند. "
    "به گفته شورای شهر رشت، این برنامه «نخستین گام برای گردشگری دوسویه» بوده است.",
    "ساری با شهر آکتائو در قزاقستان درباره پیمان خواهرخواندگی گفتگو می‌کند و گزارش کامل آن در "
    "نشانی \\lr{\\url{https://www.sari.ir/news}} آمده است.",
    "گرگان و شهر ترکمن‌باشی در ترکمنستان پیش از این یادداشت تفاهم امضا کرده بودند، اما این یادداشت "
    "هرگز به پیمان رسمی تبدیل نشد و همکاری دو شهر در حد دیدارهای رسمی ماند.",
    "کارشناسان می‌گویند شهرهای کرانه دریا باید به جای پیمان‌های بسیار، بر چند همکاری پایدار در "
    "زمینه بندر، گردشگری و محیط زیست تمرکز کنند و گزارش سالانه منتشر کنند.",
]

MULTICOL_TEX = r"""\documentclass[11pt,a5paper]{article}
\usepackage[margin=15mm]{geometry}
\usepackage{fancyhdr}
\usepackage{url}
\usepackage{multicol}
\usepackage{xepersian}
\settextfont{Nazli}
\setlatintextfont{Noto Serif}
\setdigitfont{Nazli}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyhead[C]{\small HEADER}
\fancyfoot[C]{\thepage}
\begin{document}
\begin{center}\Large\bfseries TITLE\end{center}
\begin{multicols}{2}
PARAS
\end{multicols}
\end{document}
"""


def xelatex_multicol() -> tuple[str, list[str]]:
    """XeLaTeX + xepersian ``multicol`` page: 10pt gutter, justified columns, first-line
    indents only between paragraphs, a small running header and a folio on one page."""
    tex = (
        MULTICOL_TEX.replace("HEADER", MULTICOL_HEADER)
        .replace("TITLE", MULTICOL_TITLE)
        .replace("PARAS", "\n\n".join(MULTICOL_PARAS))
    )
    url = re.compile(r"\\lr\{\\url\{([^}]*)\}\}")
    expected = [MULTICOL_TITLE] + [
        url.sub(r"\1", t).replace("2016", "۲۰۱۶") for t in MULTICOL_PARAS
    ]  # xepersian prints Latin digits in Persian text as Persian digits
    return tex, expected


DIGITS_PARAS = [
    "نخستین نشست دو شهردار در تاریخ ۱۳۹۲/۰۸/۱۵ برگزار شد (رضایی، ۱۳۹۴:۵۶).",
    "۱۴۰۰/۰۱/۲۰ روز امضای برنامه همکاری بود و ساعت ۱۰:۴۵ آغاز شد.",
]
DIGITS_ROWS = [("شهر", "تاریخ"), ("ارومیه", "۱۳۸۹/۱۱/۰۲"), ("زنجان", "۱۳۹۷/۰۶/۳۰")]


def xelatex_digits() -> tuple[str, list[str]]:
    """XeLaTeX + xepersian with ``\\setdigitfont``: numbers with "/" and ":" set as
    separate right-to-left digit runs («۱۳۹۲/۰۸/۱۵» drawn «۱۵/۰۸/۱۳۹۲»), in text
    (after letters and at a paragraph start) and in a ruled table."""
    rows = " \\\\ \\hline\n".join(" & ".join(r) for r in DIGITS_ROWS)
    tex = (
        "\\documentclass[12pt]{article}\n\\usepackage[a5paper,margin=15mm]{geometry}\n"
        "\\usepackage{xepersian}\n\\settextfont{Nazli}\n\\setlatintextfont{Noto Serif}\n"
        "\\setdigitfont{Nazli}\n\\pagestyle{empty}\n\\begin{document}\n"
        + "\n\n".join(DIGITS_PARAS)
        + "\n\n\\begin{tabular}{|c|c|}\\hline\n"
        + rows
        + " \\\\ \\hline\n\\end{tabular}\n\\end{document}\n"
    )
    # table cells in logical column order (the right-most column first), one per line
    cells = "\n".join(c for r in DIGITS_ROWS for c in r)
    return tex, [*DIGITS_PARAS, cells]


def convert_tex(tex: str, name: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.tex"
        src.write_text(tex, encoding="utf-8")
        subprocess.run(
            ["xelatex", "-interaction=nonstopmode", "-halt-on-error", src.name],
            cwd=tmp, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        dst = outdir / f"{name}.pdf"
        shutil.copy(Path(tmp) / f"{name}.pdf", dst)
    return dst


NASKH_PARAS = [
    ("H", "گردشگری و پیوند شهرها"),
    (
        "P1",
        "پژوهشگران پیوند شهرها را ابزار دیپلماسی محلی{1} می‌دانند و آن را با گردشگری شهری پیوند "
        "می‌دهند (کاظمی، ۱۳۹۶: ۲۲). به باور هاشمی{2} شهرهای کوچک بیشتر از شهرهای بزرگ از این پیوندها "
        "سود می‌برند و گردشگران بیشتری را می‌پذیرند.",
    ),
    (
        None,
        "این بند پس از پانوشت‌ها می‌آید و درباره برنامه‌های فرهنگی مشترک شهرها و نمایشگاه‌های سالانه "
        "آنها سخن می‌گوید که گردشگران فراوانی را به شهرهای کوچک می‌کشاند و بازار را رونق می‌دهد.",
    ),
]
NASKH_NOTES = {1: "Local Diplomacy", 2: "Ali Hashemi"}


def lo_naskh_notes() -> tuple[str, list[str]]:
    """Writer with Noto Naskh Arabic (Latin: Noto Sans), justified: the kashida glyphs
    this font's subset maps to ")"; LTR notes with their numbers on the right."""
    fodt, expected = footnote_doc(NASKH_PARAS, NASKH_NOTES)
    fodt = fodt.replace(
        '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'"/>',
        '<style:font-face style:name="Noto Sans" svg:font-family="\'Noto Sans\'"/>'
        '<style:font-face style:name="Noto Naskh Arabic" svg:font-family="\'Noto Naskh Arabic\'"/>',
    )
    fodt = fodt.replace('style:font-name="DejaVu Sans"', 'style:font-name="Noto Sans"')
    fodt = fodt.replace(
        'style:font-name-complex="DejaVu Sans"', 'style:font-name-complex="Noto Naskh Arabic"'
    )
    fodt = fodt.replace('style:font-size-complex="10pt"', 'style:font-size-complex="11pt"')
    return fodt, expected


CHROMIUM_NASKH_HTML = """<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 1.5cm 1.4cm; }
body { font-family: 'Noto Naskh Arabic', 'Noto Serif', serif; font-size: 11pt; text-align: justify; }
.head { font-size: 8.5pt; text-align: center; margin-bottom: 1.2cm; }
h1 { font-size: 16pt; text-align: center; }
.folio { position: fixed; bottom: 0; width: 100%; text-align: center; font-size: 10pt; }
</style></head><body>
<div class="head">{header}</div>
<h1>{title}</h1>
{paras}
<div class="folio">۷</div>
</body></html>
"""
CHROMIUM_NASKH_HEADER = "ماهنامه شهر و جهان – شماره ۱۲"
CHROMIUM_NASKH_TITLE = "سخن شهرداران"
CHROMIUM_NASKH_PARAS = [
    "شهردار همدان در دیدار با هیئتی از شهر خواهرخوانده گفت این پیوند «پلی میان دو فرهنگ کهن است که "
    "باید با برنامه‌های دانشگاهی و گردشگری استوارتر شود» و خواستار دیدارهای بیشتر شد.",
    "شهردار قزوین نیز در همین نشست گفت: «شهرهای ما تاریخ مشترک دارند» و پیشنهاد داد که نمایشگاه "
    "سالانه صنایع دستی در هر دو شهر برگزار شود.",
    "این نشست با امضای یک برنامه کاری دوساله پایان یافت و قرار شد گزارش آن در پایان هر سال منتشر شود.",
]


def chromium_naskh() -> tuple[str, list[str]]:
    """Chromium with Noto Naskh Arabic: «…» quotes spanning lines, a one-page header and folio."""
    html = (
        CHROMIUM_NASKH_HTML.replace("{header}", CHROMIUM_NASKH_HEADER)
        .replace("{title}", CHROMIUM_NASKH_TITLE)
        .replace("{paras}", "".join(f"<p>{t}</p>" for t in CHROMIUM_NASKH_PARAS))
    )
    return html, [CHROMIUM_NASKH_TITLE, *CHROMIUM_NASKH_PARAS]


def convert_html(html: str, name: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.html"
        src.write_text(html, encoding="utf-8")
        dst = outdir / f"{name}.pdf"
        subprocess.run(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--user-data-dir={tmp}/profile", f"--print-to-pdf={dst}", src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )  # fmt: skip
    return dst


def lo_html_url() -> tuple[str, list[str]]:
    """Persian paragraphs holding left-to-right URLs, for LibreOffice's HTML import.

    Writer's HTML (StarWriter) filter lays a paragraph holding an LTR span out
    left to right: its Persian words run left to right around the URL and the
    final stop is drawn at the right end.
    """
    paras = [
        "گزارش سالانه این اداره در نشانی "
        '<span class="url">https://example.org/reports/twin-towns-2023</span>'
        " در دسترس همگان قرار گرفته است.",
        "متن کامل قرارداد همکاری دو شهر را می‌توانید از پایگاه "
        '<span class="url">https://example.org/agreements/full-text</span>'
        " دریافت کنید و نظر خود را برای ما بفرستید.",
        "این بند نشانی اینترنتی ندارد و مانند بندهای دیگر از راست به چپ چیده می‌شود.",
    ]
    html = (
        '<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><style>'
        "body { font-family: 'DejaVu Sans'; font-size: 11pt; margin: 2cm; text-align: justify; }"
        " .url { direction: ltr; unicode-bidi: embed; }</style></head><body>\n"
        + "\n".join(f"<p>{p}</p>" for p in paras)
        + "\n</body></html>\n"
    )
    expected = [re.sub(r"<[^>]+>", "", p) for p in paras]
    return html, expected


def convert_lo_html(html: str, name: str, outdir: Path) -> Path:
    """LibreOffice Writer's HTML import, then PDF export (as ``corpora/probe2/render.sh``)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                "soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                "--outdir", tmp, str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )  # fmt: skip
        dst = outdir / f"{name}.pdf"
        shutil.copy(Path(tmp) / f"{name}.pdf", dst)
    return dst


def no_text_pdf() -> bytes:
    """A one-page PDF that draws a square and has no text (like a scan without OCR)."""
    return _tiny_pdf(b"0 0 0 rg 100 100 200 200 re f")


def rotated_pdf() -> bytes:
    """One upright line and one line set at 90 degrees (Helvetica, a standard font)."""
    return _tiny_pdf(
        b"BT /F1 12 Tf 1 0 0 1 50 300 Tm (Upright line) Tj ET "
        b"BT /F1 12 Tf 0 1 -1 0 200 50 Tm (Rotated line) Tj ET"
    )


def upside_down_pdf() -> bytes:
    """One upright line and one line turned by 180 degrees on an unrotated page."""
    return _tiny_pdf(
        b"BT /F1 12 Tf 1 0 0 1 50 300 Tm (Upright line) Tj ET "
        b"BT /F1 12 Tf -1 0 0 -1 300 100 Tm (Upside down) Tj ET"
    )


def scanned_pdf(folio: bytes = b"") -> bytes:
    """A page that is one grey image (an inline 2x2 image scaled to the page), like a scan.

    ``folio``: a page number printed as text over it (a scan with a tiny text layer).
    """
    image = b"q 400 0 0 400 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x80\x90\xa0\xb0 EI Q"
    text = b" BT /F1 10 Tf 1 0 0 1 195 20 Tm (" + folio + b") Tj ET" if folio else b""
    return _tiny_pdf(image + text)


def damaged_page_pdf() -> bytes:
    """Four pages: text, a content stream whose FlateDecode data is damaged (every byte
    after the zlib header flipped), an empty page, text (issue 11: damaged is not blank)."""
    import zlib

    def text(s: bytes) -> bytes:
        return b"BT /F1 12 Tf 1 0 0 1 50 300 Tm (" + s + b") Tj ET"

    good = zlib.compress(text(b"Page two text that is lost"))
    bad = good[:2] + bytes(b ^ 0x5A for b in good[2:])
    return _pages_pdf([(text(b"First page."), False), (bad, True), (b"", False),
                       (text(b"Fourth page."), False)])  # fmt: skip


def _pages_pdf(pages: list[tuple[bytes, bool]]) -> bytes:
    """A PDF of 400×400 pages with the given content streams (``True``: FlateDecode)."""
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(pages)))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
    ]
    for i, (content, flate) in enumerate(pages):
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents %d 0 R"
            b" /Resources << " % (4 + 2 * i) + font + b" >> >>"
        )
        filt = b" /Filter /FlateDecode" if flate else b""
        objs.append(
            b"<< /Length %d%s >>\nstream\n" % (len(content), filt) + content + b"\nendstream"
        )
    return _assemble(objs)


def _tiny_pdf(content: bytes) -> bytes:
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << "
        + font
        + b" >> >>",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    return _assemble(objs)


def _assemble(objs: list[bytes]) -> bytes:
    """Objects 1..n with an xref table and a trailer (object 1 the catalogue)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def convert(fodt: str, name: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.fodt"
        src.write_text(fodt, encoding="utf-8")
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        dst = outdir / f"{name}.pdf"
        shutil.copy(Path(tmp) / f"{name}.pdf", dst)
    return dst


def main(argv: list[str]) -> int:
    outdir = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parent.parent / "tests" / "data" / "pdf"
    )
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in (
        ("lo-mixed-lines", mixed),
        ("lo-two-column", two_column),
        ("lo-footnote", footnote),
        ("lo-table", table),
        ("lo-naskh-notes", lo_naskh_notes),
        ("lo-plain-table", plain_table),
        ("lo-hyphen", hyphenated),
    ):
        fodt, expected = make()
        convert(fodt, name, outdir)
        (outdir / f"{name}.expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
    html, expected = lo_html_url()
    convert_lo_html(html, "lo-html-url", outdir)
    (outdir / "lo-html-url.expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
    if shutil.which("chromium"):
        html, expected = chromium()
        convert_html(html, "chromium-columns", outdir)
        (outdir / "chromium-columns.expected.txt").write_text(
            "\n".join(expected) + "\n", encoding="utf-8"
        )
        html, expected = chromium_naskh()
        convert_html(html, "chromium-naskh", outdir)
        (outdir / "chromium-naskh.expected.txt").write_text(
            "\n".join(expected) + "\n", encoding="utf-8"
        )
    if shutil.which("xelatex"):
        tex, expected = xelatex_multicol()
        convert_tex(tex, "xelatex-multicol", outdir)
        (outdir / "xelatex-multicol.expected.txt").write_text(
            "\n".join(expected) + "\n", encoding="utf-8"
        )
        tex, expected = xelatex_digits()
        convert_tex(tex, "xelatex-digits", outdir)
        (outdir / "xelatex-digits.expected.txt").write_text(
            "\n".join(expected) + "\n", encoding="utf-8"
        )
    good = outdir / "lo-mixed-lines.pdf"
    (outdir / "bad-not-a-pdf.pdf").write_text("این یک فایل متنی است، نه PDF.\n", encoding="utf-8")
    data = good.read_bytes()
    (outdir / "bad-truncated.pdf").write_bytes(data[: len(data) // 3])
    (outdir / "bad-no-text.pdf").write_bytes(no_text_pdf())
    (outdir / "rotated-line.pdf").write_bytes(rotated_pdf())
    (outdir / "upside-down-line.pdf").write_bytes(upside_down_pdf())
    (outdir / "bad-damaged-page.pdf").write_bytes(damaged_page_pdf())
    # page rotation (/Rotate) set by qpdf: the text must read as on the unrotated pages
    two = str(outdir / "lo-two-column.pdf")
    subprocess.run(
        ["qpdf", "--rotate=+90:1", "--rotate=+180:2", two, str(outdir / "rot-two-column.pdf")],
        check=True,
    )
    subprocess.run(
        ["qpdf", "--rotate=+270:1", str(outdir / "lo-table.pdf"), str(outdir / "rot-table.pdf")],
        check=True,
    )
    # pages with no text layer (an image, an image and a page number) between text pages
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp) / "scan.pdf"
        scan.write_bytes(scanned_pdf())
        folio = Path(tmp) / "folio.pdf"
        folio.write_bytes(scanned_pdf(b"3"))
        subprocess.run(
            [
                "qpdf",
                "--empty",
                "--pages",
                two,
                "1",
                str(scan),
                str(folio),
                two,
                "2",
                "--",
                str(outdir / "mixed-scanned.pdf"),
            ],
            check=True,
        )
    enc = outdir / "bad-encrypted.pdf"
    subprocess.run(
        ["qpdf", "--encrypt", "secret", "owner", "256", "--", str(good), str(enc)], check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
