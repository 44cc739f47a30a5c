"""Build the probe corpus sources (HTML, LaTeX, plain text) and expected text from one spec.

Every document is written once, as a list of blocks, in ``docs_spec.py``; this
script turns it into

* ``src/<name>.lo.html``   – HTML for LibreOffice Writer (real footnotes via
  LibreOffice's own ``sdfootnote`` anchors), rendered with ``soffice``;
* ``src/<name>.chromium.html`` – HTML for Chromium print-to-PDF (footnotes as a
  small block after their paragraph, optional running header, CSS columns);
* ``src/<name>.tex``        – XeLaTeX + xepersian source (when the spec asks for it);
* ``docs/<name>.txt``       – the document as plain text (encoding per spec);
* ``expected/<name>.expected.txt`` – expected text, same conventions as
  ``corpora/sister-cities-iran/expected/source.txt``: one paragraph per line,
  footnote ``۱ text`` after the paragraph citing it, marker glued to its word,
  table header cells then rows, one cell per line, no running header or page
  numbers, Persian ی/ک everywhere.

Blocks whose spec has ``ar=True`` are written with Arabic ي/ك in every source
(as text pasted from an Arabic keyboard layout); the expected text keeps ی/ک.

usage: python corpora/probe/make.py   (then corpora/probe/render.sh)
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from docs_spec import DOCS  # type: ignore[import-not-found]

HERE = Path(__file__).parent
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# A footnote in a spec string: «word[[fn:Footnote text]]».
FN = re.compile(r"\[\[fn:(.*?)\]\]")


def arabize(s: str) -> str:
    """Persian ی/ک → Arabic ي/ك, as an Arabic keyboard types them."""
    return s.replace("ی", "ي").replace("ک", "ك")


def fa_num(n: int) -> str:
    return str(n).translate(FA_DIGITS)


def expected_lines(doc: dict) -> list[str]:
    out: list[str] = []
    n = 0
    for b in doc["blocks"]:
        if b["t"] == "table":
            out += b["header"]
            for row in b["rows"]:
                out += row
            continue
        text = b["text"]
        notes = []

        def mark(m: re.Match[str]) -> str:
            nonlocal n
            n += 1
            notes.append(f"{fa_num(n)} {m.group(1)}")  # noqa: B023 (called at once)
            return fa_num(n)

        out.append(FN.sub(mark, text))
        out += notes
    return out


def plain_text(doc: dict) -> str:
    lines: list[str] = []
    n = 0
    for b in doc["blocks"]:
        if b["t"] == "table":
            lines.append("\t".join(b["header"]))
            lines += ["\t".join(r) for r in b["rows"]]
            continue
        text = b["text"]
        notes = []

        def mark(m: re.Match[str]) -> str:
            nonlocal n
            n += 1
            notes.append(f"{fa_num(n)} {m.group(1)}")  # noqa: B023 (called at once)
            return fa_num(n)

        t = FN.sub(mark, text)
        lines.append(arabize(t) if b.get("ar") else t)
        lines += notes
    s = "\n".join(lines) + "\n"
    if doc.get("txt_zwnj_lost"):
        s = s.replace("\u200c", "")
    return s


def _dir(b: dict, doc: dict) -> str:
    return b.get("dir", doc.get("dir", "rtl"))


def html_doc(doc: dict, target: str) -> str:
    """target: 'lo' (LibreOffice, ruled tables), 'lo-plain' (no rules) or 'chromium'."""
    font = doc.get("font_" + target.split("-")[0], "Noto Naskh Arabic")
    latin = "Noto Serif"
    css = [
        f"body {{ font-family: '{font}', '{latin}'; font-size: 11.5pt; line-height: 1.45; }}",
        "p { margin: 0 0 0.45em 0; text-align: justify; }",
        "h1 { font-size: 16pt; text-align: center; margin-top: 12mm; } h2 { font-size: 13pt; }",
        "table { border-collapse: collapse; margin: 0.5em auto; }",
        "td, th { border: 1px solid #444; padding: 2px 8px; }",
        "p.fn { font-size: 9pt; margin: 0 0 0.3em 0; }",
        ".en { direction: ltr; text-align: left; font-family: 'Noto Serif'; }",
        "li { margin: 0; }",
    ]
    if target == "chromium":
        css.append("@page { size: A4; margin: 22mm 18mm 20mm 18mm; }")
        if doc.get("columns"):
            css.append(".cols { column-count: 2; column-gap: 9mm; }")
        if doc.get("header"):
            css.append(
                ".runhead { position: fixed; top: 0; left: 0; right: 0; font-size: 9pt;"
                " border-bottom: 0.5pt solid #666; }"
                ".runfoot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center;"
                " font-size: 9pt; }"
            )
    d = doc.get("dir", "rtl")
    lang = "fa" if d == "rtl" else "en"
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{d}">\n<head>\n<meta charset="utf-8">',
        f"<title>{html.escape(doc['title'])}</title>",
        "<style>\n" + "\n".join(css) + "\n</style>\n</head>\n<body>",
    ]
    if target == "chromium" and doc.get("header"):
        parts.append(f'<div class="runhead">{html.escape(doc["header"])}</div>')
        parts.append(f'<div class="runfoot">{html.escape(doc.get("folio", ""))}</div>')
    n = 0
    lo_notes: list[str] = []
    in_list = False
    in_cols = False
    for b in doc["blocks"]:
        if target == "chromium" and doc.get("columns") and b.get("col") and not in_cols:
            parts.append('<div class="cols">')
            in_cols = True
        if b["t"] != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        bd = _dir(b, doc)
        cls = ' class="en" dir="ltr"' if bd == "ltr" and d == "rtl" else ""
        if b["t"] == "table":
            rows = ["<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in b["header"]) + "</tr>"]
            for r in b["rows"]:
                rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            tdir = doc.get("table_dir", "rtl")
            # LibreOffice takes the rules from the border attribute; the lo-plain variant has none
            border = ' border="1" cellpadding="3"' if target == "lo" else ""
            parts.append(f'<table dir="{tdir}"{border}>\n' + "\n".join(rows) + "\n</table>")
            continue
        text = b["text"]
        notes: list[str] = []

        def mark(m: re.Match[str]) -> str:
            nonlocal n
            n += 1
            label = fa_num(n) if d == "rtl" else str(n)
            note = html.escape(m.group(1))
            if target.startswith("lo"):
                lo_notes.append(
                    f'<div id="sdfootnote{n}"><p class="sdfootnote">'
                    f'<a class="sdfootnotesym" name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a>'
                    f"{note}</p></div>"
                )
                return (
                    f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
                    f"<sup>{n}</sup></a>"
                )
            notes.append(f'<p class="fn">{label} {note}</p>')  # noqa: B023
            return f"<sup>{label}</sup>"

        # escape first, then put the footnote markup in
        raw = arabize(text) if b.get("ar") else text
        pieces = FN.split(raw)
        buf = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                buf.append(html.escape(piece))
            else:
                buf.append(mark(re.match(r"(.*)", piece, re.S)))  # type: ignore[arg-type]
        body = "".join(buf)
        tag = {"title": "h1", "h": "h2", "p": "p", "caption": "p", "ref": "p", "meta": "p"}.get(
            b["t"], "p"
        )
        if b["t"] == "li":
            # list items as paragraphs with a literal bullet, as word processors often have them
            ind = "left" if bd == "ltr" else "right"
            parts.append(f'<p{cls} style="margin-{ind}: 1.5em">{body}</p>')
        else:
            extra = ' style="text-align: center"' if b["t"] in ("meta", "caption") else ""
            parts.append(f"<{tag}{cls}{extra}>{body}</{tag}>")
        parts += notes
    if in_list:
        parts.append("</ul>")
    if in_cols:
        parts.append("</div>")
    parts += lo_notes
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


TEX_ESC = {"&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "$": r"\$"}


def tex_escape(s: str) -> str:
    return "".join(TEX_ESC.get(c, c) for c in s)


def _tex_inline(s: str) -> str:
    """Latin runs inside Persian text go in \\lr{} so xepersian sets them LTR; URLs in \\url{}."""
    out = []
    # a URL: scheme or www., up to whitespace; trailing punctuation stays outside
    for i, part in enumerate(re.split(r"((?:https?://|www\.)[^\s،)]+[^\s،).])", s)):
        if i % 2:
            out.append(r"\lr{\url{" + part + "}}")
            continue
        part = tex_escape(part)
        out.append(
            re.sub(
                r"(?<![\\{])\b([A-Za-z][A-Za-z0-9 ,.:&'\-–]*[A-Za-z0-9.])",
                lambda m: r"\lr{" + m.group(1) + "}",
                part,
            )
        )
    return "".join(out)


def _tex_latin(s: str) -> str:
    out = []
    for i, part in enumerate(re.split(r"((?:https?://|www\.)\S+[^\s.])", s)):
        out.append(r"\url{" + part + "}" if i % 2 else tex_escape(part))
    return "".join(out)


def tex_doc(doc: dict) -> str:
    head = (
        r"""\documentclass[11pt,a4paper]{article}
\usepackage[margin=22mm]{geometry}
\usepackage{fancyhdr}
\usepackage{url}
"""
        + (r"\usepackage{multicol}" + "\n" if doc.get("columns") else "")
        + r"""\usepackage{xepersian}
\settextfont{Nazli}
\setlatintextfont{Noto Serif}
\setdigitfont{Nazli}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{\small """
        + tex_escape(doc.get("header", ""))
        + r"""}
\fancyfoot[C]{\thepage}
\begin{document}
"""
    )
    body = []
    in_list = False
    in_cols = False
    for b in doc["blocks"]:
        if doc.get("columns") and b.get("col") and not in_cols:
            body.append(r"\begin{multicols}{2}")
            in_cols = True
        if b["t"] != "li" and in_list:
            body.append(r"\end{itemize}")
            in_list = False
        ltr = _dir(b, doc) == "ltr"
        if b["t"] == "table":
            cols = "|" + "c|" * len(b["header"])
            rows = [" & ".join(tex_escape(c) for c in b["header"]) + r" \\ \hline"]
            rows += [" & ".join(tex_escape(c) for c in r) + r" \\ \hline" for r in b["rows"]]
            body.append(
                r"\begin{center}\begin{tabular}{"
                + cols
                + r"}\hline"
                + "\n"
                + "\n".join(rows)
                + "\n"
                + r"\end{tabular}\end{center}"
            )
            continue
        raw = arabize(b["text"]) if b.get("ar") else b["text"]
        pieces = FN.split(raw)
        buf = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                buf.append(_tex_latin(piece) if ltr else _tex_inline(piece))
            else:
                note = tex_escape(piece)
                if re.match(r"[A-Za-z]", piece):
                    buf.append(r"\LTRfootnote{" + note + "}")
                else:
                    buf.append(r"\footnote{" + note + "}")
        t = "".join(buf)
        if b["t"] == "title":
            t = r"\begin{center}\Large\bfseries " + t + r"\end{center}"
        elif b["t"] == "h":
            t = r"\subsection*{" + t + "}"
        elif b["t"] in ("meta", "caption"):
            t = r"\begin{center}" + t + r"\end{center}"
        elif b["t"] == "li":
            if not in_list:
                body.append(r"\begin{itemize}")
                in_list = True
            t = r"\item[] " + t
        elif b["t"] == "ref":
            t = r"\noindent\hangindent=1.5em " + t
        if ltr:
            t = (
                r"\begin{latin}" + t + r"\end{latin}"
                if b["t"] != "li"
                else r"\item[] \lr{" + t[8:] + "}"
            )
        body.append(t + "\n")
    if in_list:
        body.append(r"\end{itemize}")
    if in_cols:
        body.append(r"\end{multicols}")
    return head + "\n".join(body) + "\n\\end{document}\n"


def main() -> None:
    for sub in ("src", "docs", "expected"):
        (HERE / sub).mkdir(exist_ok=True)
    for name, doc in DOCS.items():
        (HERE / "expected" / f"{name}.expected.txt").write_text(
            "\n".join(expected_lines(doc)) + "\n", encoding="utf-8"
        )
        enc = doc.get("txt_encoding", "utf-8")
        txt = plain_text(doc)
        if enc == "cp1256":
            # Windows-1256 has no Persian ی (U+06CC) and no Persian digits: files in this
            # encoding carry Arabic ي and Latin digits, so the expected text for this
            # variant has Latin digits too.
            txt = txt.replace("ی", "ي").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
            exp = "\n".join(expected_lines(doc)) + "\n"
            (HERE / "expected" / f"{name}.txt.expected.txt").write_text(
                exp.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")), encoding="utf-8"
            )
        (HERE / "docs" / f"{name}.txt").write_bytes(txt.encode(enc))
        for target in doc["producers"]:
            if target in ("lo", "lo-plain", "chromium"):
                (HERE / "src" / f"{name}.{target}.html").write_text(
                    html_doc(doc, target), encoding="utf-8"
                )
            elif target == "xelatex":
                (HERE / "src" / f"{name}.tex").write_text(tex_doc(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
