"""layouts sources: write src/*.html, src/*.tex and expected/*.expected.txt.

Four short documents written for textkit's PDF layer (issue 14), each with a
layout that has gone wrong before or could: a Persian encyclopedia-style page
(right-aligned headings over bullet lists, a two-column list), a Word-like
Persian report (centred title and author lines, right-aligned numbered
headings, a centred caption, a ruled table), a two-column Persian page, and a
page of brackets and other mirrored characters in mixed Persian/English runs.
Each document is written once here as blocks; render.sh turns the HTML into
PDFs with LibreOffice and Chromium and the .tex with XeLaTeX.

usage: cd <repo> && .venv/bin/python corpora/layouts/make.py
"""

from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).parent
Z = "\u200c"
E = html.escape

Block = tuple[str, str]  # (tag, text): h1 h2 h3 p li center caption td:<row>|<cells>

# ---------------------------------------------------------------- (a) encyclopedia-fa
ENC = [
    ("h1", "یزد"),
    (
        "p",
        f"یزد (Yazd) مرکز استان یزد در مرکز ایران است. این شهر با بادگیرها، قنات{Z}ها و "
        f"بافت تاریخی خشتی{Z}اش شناخته می{Z}شود و در سال ۲۰۱۷ در فهرست میراث جهانی یونسکو "
        f"(UNESCO) ثبت شد [۱].",
    ),
    ("h2", "شهرهای خواهرخوانده"),
    ("p", "یزد با این شهرها پیمان خواهرخواندگی دارد:"),
    ("li", "نیشابور، ایران"),
    ("li", "کوسکو، پرو (۲۰۱۶)"),
    ("li", "بخارا، ازبکستان (۲۰۱۸)"),
    ("li", "ویلنیوس، لیتوانی (پیمان دوستی)"),
    ("h2", f"همکاری{Z}های فرهنگی"),
    ("p", f"شهرداری یزد با چند شهر دیگر نیز تفاهم{Z}نامه همکاری فرهنگی امضا کرده است:"),
    ("li", "شیان، چین"),
    ("li", "کاشغر، چین"),
    ("li", "هرات، افغانستان"),
    ("h3", "پیوندهای پیشین"),
    ("li", "شهر ورونا، ایتالیا (۱۳۸۵ تا ۱۳۹۰)"),
    ("h2", "جستارهای وابسته"),
    ("li", "فهرست شهرهای خواهرخوانده ایران"),
    ("li", "معماری خشتی"),
]

# ---------------------------------------------------------------- (b) report-word-fa
REP = [
    ("center", f"گزارش همکاری{Z}های بین{Z}المللی شهرداری رشت"),
    ("center", f"مریم احمدی، کارشناس روابط بین{Z}الملل"),
    ("center", "پاییز ۱۴۰۲"),
    ("h2", "۱. مقدمه"),
    (
        "p",
        f"شهرداری رشت در ده سال گذشته با شش شهر در چهار کشور سند همکاری امضا کرده است. "
        f"این گزارش وضعیت هر سند را بر پایه نامه{Z}های رسمی و گزارش{Z}های سالانه شورای شهر "
        f"بررسی می{Z}کند و پیشنهادهایی برای سال آینده می{Z}دهد.",
    ),
    ("h2", "۲. اسناد امضاشده"),
    ("p", f"جدول ۱ اسناد امضاشده را نشان می{Z}دهد. سال{Z}ها بر پایه تقویم خورشیدی است."),
    ("caption", "جدول ۱. اسناد همکاری شهرداری رشت"),
    ("td", "شهر|کشور|سال|نوع سند"),
    ("td", "باتومی|گرجستان|۱۳۹۵|خواهرخواندگی"),
    ("td", f"آستاراخان|روسیه|۱۳۹۲|تفاهم{Z}نامه"),
    ("td", "کازان|روسیه|۱۳۹۷|خواهرخواندگی"),
    ("td", f"بورسا|ترکیه|۱۳۹۹|تفاهم{Z}نامه"),
    ("h2", "۳. پیشنهادها"),
    (
        "p",
        f"پیشنهاد می{Z}شود برای هر سند یک کارگروه مشترک تشکیل شود و گزارش کار آن هر شش ماه "
        f"یک بار به شورای شهر برسد.",
    ),
]

# ---------------------------------------------------------------- (c) twocol-fa
TWO = [
    ("h1", "پیوند شهرهای ساحلی دریای خزر"),
    (
        "p",
        f"بندرهای ایرانی دریای خزر از دهه ۱۳۷۰ با شهرهای روسیه، قزاقستان و آذربایجان پیوند "
        f"برقرار کرده{Z}اند. بندر انزلی نخستین بندری بود که با آستاراخان پیمان همکاری "
        f"بازرگانی بست و این پیمان هنوز پابرجاست.",
    ),
    (
        "p",
        f"نوشهر و شهر آکتائو در قزاقستان در سال ۲۰۱۴ تفاهم{Z}نامه{Z}ای برای گردشگری دریایی "
        f"امضا کردند، اما کشتیرانی مسافری میان دو بندر هرگز آغاز نشد و این تفاهم{Z}نامه "
        f"بیشتر روی کاغذ ماند.",
    ),
    (
        "p",
        f"امیرآباد و شهر ماخاچ{Z}قلعه در داغستان نیز درباره ساخت انبار مشترک غلات "
        f"گفتگو کرده{Z}اند. "
        f"کارشناسان می{Z}گویند این همکاری{Z}ها بیش از پیمان{Z}های رسمی به پیوندهای بازرگانی "
        f"روزمره بستگی دارد.",
    ),
    (
        "p",
        f"در سال{Z}های اخیر شهرداری بندر انزلی نمایشگاه سالانه{Z}ای با حضور بازرگانان "
        f"آستاراخان برگزار می{Z}کند که به گفته برگزارکنندگان هر سال بیش از پنج هزار بازدیدکننده "
        f"دارد.",
    ),
]

# ---------------------------------------------------------------- (d) brackets-mixed
BRA = [
    ("h2", f"پرانتزها و نشانه{Z}های قرینه"),
    (
        "p",
        f"سازمان شهرها و دولت{Z}های محلی متحد (United Cities and Local Governments, UCLG) در سال "
        f"۲۰۰۴ در بارسلون (Barcelona) بنیان گذاشته شد [۲].",
    ),
    (
        "p",
        "به گفته اوگاوا (Ogawa, 2012: 17) نخستین پیوند در سال ۱۹۲۰ میان Keighley و "
        "Poix-du-Nord بسته شد.",
    ),
    ("p", "نشانی سازمان <https://www.uclg.org/en> است و گزارش آن در [uclg.org/reports] آمده است."),
    ("p", "The mayor of Shiraz (شیراز) signed the memorandum [see note 3] in 2019 (1398)."),
    (
        "p",
        "عنوان گزارش «Sister Cities International (SCI)» بود و در آن شمار پیوندها (n = 1850) "
        "آمده است.",
    ),
    ("p", "شهر Yazd (Iran) با شهر Cusco (Peru) پیوند دارد {نگاه کنید به جدول ۲}."),
]


# ---------------------------------------------------------------- expected texts
def expected(blocks: list[Block]) -> list[str]:
    """One block per line in reading order: list items with «• », a table one cell per line."""
    out: list[str] = []
    for tag, text in blocks:
        if tag == "li":
            out.append("• " + text)
        elif tag == "td":
            out.extend(text.split("|"))
        else:
            out.append(text)
    return out


# ---------------------------------------------------------------- HTML
CSS = (
    "body { font-family: %s; font-size: 12pt; line-height: 1.5; margin: 2cm; } "
    "h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12.5pt; } "
    ".center { text-align: center; } caption { font-weight: bold; padding: 4px; } "
    "table { border-collapse: collapse; margin: 0 auto; } td { border: 1px solid #000; "
    "padding: 3px 12px; } p { text-align: justify; }"
)


def page(body: str, extra_css: str = "", direction: str = "rtl") -> str:
    font = "'Noto Naskh Arabic', 'Noto Serif'"
    return (
        f'<!DOCTYPE html>\n<html lang="fa" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>layouts</title>\n<style>{CSS % font} {extra_css}</style></head><body>\n"
        f"{body}\n</body></html>\n"
    )


# (e) encyclopedia-ltr-fa: the page of (a) from a site template without dir="rtl":
# the page runs left to right, headings and paragraphs are set right-aligned by CSS,
# list items keep the default alignment (left, bullets on the left)
LTR_CSS = "h1, h2, h3, p { text-align: right; }"


def html_body(blocks: list[Block], two_columns: bool = False) -> str:
    out: list[str] = []
    in_list = in_table = False
    for tag, text in blocks:
        if tag != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if tag not in ("td", "caption") and in_table:
            out.append("</table>")
            in_table = False
        if tag == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{E(text)}</li>")
        elif tag == "caption":
            out.append(f"<table><caption>{E(text)}</caption>")
            in_table = True
        elif tag == "td":
            out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in text.split("|")) + "</tr>")
        elif tag == "center":
            out.append(f'<p class="center">{E(text)}</p>')
        elif tag == "p" and _english(text):
            out.append(f'<p dir="ltr">{E(text)}</p>')
        else:
            out.append(f"<{tag}>{E(text)}</{tag}>")
    if in_list:
        out.append("</ul>")
    if in_table:
        out.append("</table>")
    if two_columns:
        out.insert(1, '<div style="column-count: 2; column-gap: 1cm;">')
        out.append("</div>")
    return "\n".join(out)


# ---------------------------------------------------------------- TeX (xepersian)
TEX_HEAD = (
    "\\documentclass[12pt]{article}\n\\usepackage[a4paper,margin=2cm]{geometry}\n"
    "\\usepackage{multicol}\n\\usepackage{xepersian}\n\\settextfont{Nazli}\n"
    "\\setlatintextfont{Noto Serif}\n\\pagestyle{empty}\n\\begin{document}\n"
)
# a Latin run: letters, with digits and inner punctuation ("Ogawa, 2012: 17", "n = 1850")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.:/\-=]*[A-Za-z0-9]|[A-Za-z]")
# a Persian run inside an English paragraph
_PERSIAN = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\u200c ]*[\u0600-\u06ff]|[\u0600-\u06ff]")
_SPECIAL = {
    "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&", "#": "\\#", "_": "\\_",
    "<": "\\textless{}", ">": "\\textgreater{}",
}  # fmt: skip


def _esc(text: str) -> str:
    return "".join(_SPECIAL.get(ch, ch) for ch in text)


def _runs(text: str, pattern: re.Pattern[str], command: str) -> str:
    """``text`` escaped, with each match of ``pattern`` wrapped in ``command``."""
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(_esc(text[pos : m.start()]))
        out.append(f"\\{command}{{{_esc(m.group())}}}")
        pos = m.end()
    out.append(_esc(text[pos:]))
    return "".join(out)


def tex_text(text: str) -> str:
    """A block's text for xepersian: Latin runs in \\lr{}; an English paragraph in a latin
    environment with its Persian runs in \\rl{}."""
    if _english(text):
        return "\\begin{latin}" + _runs(text, _PERSIAN, "rl") + "\\end{latin}"
    return _runs(text, _LATIN, "lr")


def _english(text: str) -> bool:
    """The first letter of ``text`` is Latin."""
    for ch in text:
        if ch.isalpha():
            return ch.isascii()
    return False


def tex_body(blocks: list[Block], two_columns: bool = False) -> str:
    out: list[str] = []
    in_list = False
    rows: list[str] = []
    for i, (tag, text) in enumerate(blocks):
        if tag != "li" and in_list:
            out.append("\\end{itemize}")
            in_list = False
        t = tex_text(text)
        if tag == "li":
            if not in_list:
                out.append("\\begin{itemize}")
                in_list = True
            out.append(f"\\item {t}")
        elif tag in ("h1", "center"):
            size = "\\LARGE\\bfseries " if tag == "h1" else ""
            out.append(f"\\begin{{center}}{size}{t}\\end{{center}}")
        elif tag == "h2":
            out.append(f"\\section*{{{t}}}")
        elif tag == "h3":
            out.append(f"\\subsection*{{{t}}}")
        elif tag == "caption":
            out.append(f"\\begin{{center}}\\textbf{{{t}}}\\end{{center}}")
        elif tag == "td":
            rows.append(" & ".join(tex_text(c) for c in text.split("|")) + " \\\\ \\hline")
            if i + 1 == len(blocks) or blocks[i + 1][0] != "td":
                cols = "|c" * len(text.split("|")) + "|"
                out.append(f"\\begin{{center}}\\begin{{tabular}}{{{cols}}}\\hline")
                out += rows
                out.append("\\end{tabular}\\end{center}")
                rows = []
        else:
            out.append(f"{t}\n")
        if two_columns and i == 0:
            out.append("\\begin{multicols}{2}")
    if in_list:
        out.append("\\end{itemize}")
    if two_columns:
        out.append("\\end{multicols}")
    return "\n".join(out)


DOCS: dict[str, tuple[list[Block], bool]] = {
    "encyclopedia-fa": (ENC, False),
    "report-word-fa": (REP, False),
    "twocol-fa": (TWO, True),
    "brackets-mixed": (BRA, False),
}


def write() -> None:
    src, exp = HERE / "src", HERE / "expected"
    src.mkdir(exist_ok=True)
    exp.mkdir(exist_ok=True)
    for name, (blocks, two) in DOCS.items():
        (src / f"{name}.html").write_text(page(html_body(blocks, two)), encoding="utf-8")
        if name == "encyclopedia-fa":  # (e): HTML only (LibreOffice and Chromium)
            (src / "encyclopedia-ltr-fa.html").write_text(
                page(html_body(blocks), LTR_CSS, direction="ltr"), encoding="utf-8"
            )
            (exp / "encyclopedia-ltr-fa.expected.txt").write_text(
                "\n".join(expected(blocks)) + "\n", encoding="utf-8"
            )
        (src / f"{name}.tex").write_text(
            TEX_HEAD + tex_body(blocks, two) + "\n\\end{document}\n", encoding="utf-8"
        )
        (exp / f"{name}.expected.txt").write_text(
            "\n".join(expected(blocks)) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    write()
