"""probe3 sources: write src/*.html, docs/*.txt and expected/*.expected.txt.

Each document is written once here as blocks; the HTML goes to LibreOffice and
Chromium (render.sh), the plain text is what a user would paste or save.
usage: cd /work/main && .venv/bin/python corpora/probe3/make.py
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).parent
Z = "\u200c"
E = html.escape

# ---------------------------------------------------------------- (a) press-fa
PRESS_TITLE = f"امضای سه سند همکاری در سفر شهردار کاشان به ایتالیا"
PRESS_P = [
    f"به گزارش اداره ارتباطات و امور بین{Z}الملل شهرداری کاشان، شهردار شهر کاشان در استان اصفهان "
    f"در رأس هیئتی هشت{Z}نفره از بیست و پنجم مهر ۱۴۰۱ به مدت پنج روز میهمان سه شهر ایتالیایی بود.",
    f"در جریان این سفر، اسناد زیر به امضای طرفین رسید:",
]
PRESS_LIST = [
    f"تفاهم{Z}نامه همکاری فرهنگی و گردشگری با شهر فلورانس، در بیست و هفتم مهر ۱۴۰۱؛",
    f"پیمان دوستی با شهر سی{Z}ینا (Siena)، در بیست و هشتم مهر ۱۴۰۱؛",
    f"بیانیه مشترک برای آغاز مذاکره درباره پیمان خواهرخواندگی با شهر پروجا.",
]
PRESS_P2 = [
    f"شهردار کاشان پس از بازگشت گفت: «صنایع دستی و گلاب کاشان می{Z}تواند پل ارتباطی ما با "
    f"شهرهای تاریخی توسکانا باشد و این اسناد تنها نقطه آغاز است.»",
    f"یادآوری می{Z}شود که کاشان پیش از این، در سال ١٣٩٤، با شهر قونیه ترکیه پیمان خواهرخواندگی "
    f"امضا کرده است و این نخستین بار است که مدیریت شهری کاشان با شهرهای اروپایی سند همکاری امضا می{Z}کند.",
]


def press_blocks() -> list[tuple[str, str]]:
    return ([("h1", PRESS_TITLE)] + [("p", p) for p in PRESS_P] + [("li", x) for x in PRESS_LIST]
            + [("p", p) for p in PRESS_P2])


# ---------------------------------------------------------------- (b) wiki-en
WIKI_INTRO = "Kerman is twinned with:"
WIKI_COLS = [
    [("Trabzon", "Turkey", "2008", ""), ("Gyumri", "Armenia", "2013", ""),
     ("Herat", "Afghanistan", "2004", "")],
    [("Kunming", "China", "2016", " (friendship city)"), ("Ferrara", "Italy", "2012", ""),
     ("Khujand", "Tajikistan", "2009", "")],
]
WIKI_FORMER_P = ("Kerman's partnership with Nizhny Novgorod, Russia, signed in 2002, was "
                 "ended by the city council in 2014.")
WIKI_FORMER = [("Split", "Croatia", "1999–2011")]


def wiki_blocks() -> list[tuple[str, str]]:
    b = [("h2", "Twin towns – sister cities"), ("p", WIKI_INTRO)]
    for col in WIKI_COLS:
        for c, k, y, note in col:
            b.append(("li", f"{c}, {k} ({y}){note}"))
    b += [("h3", "Former twin towns"), ("p", WIKI_FORMER_P)]
    b += [("li", f"{c}, {k} ({y})") for c, k, y in WIKI_FORMER]
    return b


# ---------------------------------------------------------------- (c) academic-fa
ACAD_H = "۳. دیپلماسی شهری در ایران و ترکیه: یک مقایسه"
ACAD_P = [
    (f"ترکیه در دو دهه اخیر دیپلماسی شهری را به ابزاری مکمل برای سیاست خارجی بدل کرده است؛ "
     f"به{Z}تنهایی شهرداری کلان{Z}شهر استانبول تا سال ۲۰۲۰ با ۸۸ شهر خواهرخوانده در پنج قاره پیوند "
     f"داشته است.", "۱"),
    (f"در مقابل، شمار کل پیمان{Z}های خواهرخواندگی همه شهرهای ایران به زحمت به ۱۲۰ سند می{Z}رسد و "
     f"بخش بزرگی از آنها پس از امضا فعالیتی نداشته{Z}اند.", "۲"),
    (f"شیراز نمونه{Z}ای گویاست: این شهر در سال ۱۳۷۸ با شهر دوشنبه، پایتخت تاجیکستان، پیمان "
     f"خواهرخواندگی بست، اما پیش{Z}نویس پیمان شیراز و شهر ورونا در ایتالیا، با وجود دو دور "
     f"گفت{Z}وگو، هیچ{Z}گاه به امضا نرسید.", "۳"),
    (f"در سوی دیگر، شهرداری قونیه و شهرداری نیشابور در سال ۲۰۱۶ یک تفاهم{Z}نامه دوستی امضا "
     f"کردند که بیشتر بر گردشگری عرفانی تکیه دارد. استانبول همچنین عضو سازمان شهرها و "
     f"دولت{Z}های محلی متحد (UCLG) است و دبیرخانه منطقه{Z}ای این سازمان را میزبانی می{Z}کند.", "۴"),
]
ACAD_FN = [
    ("۱", "Aksoy, 2021: 45."),
    ("۲", "ملکی، ۱۳۹۹: ۸۸."),
    ("۳", "همان، ۹۲؛ Pluijm & Melissen, 2007: 11."),
    ("۴", "Aksoy, 2021: 60."),
]


def acad_expected() -> list[str]:
    out = [ACAD_H]
    fn = dict(ACAD_FN)
    for text, mark in ACAD_P:
        out.append(text + mark)
        out.append(f"{mark} {fn[mark]}")
    return out


# ---------------------------------------------------------------- (d) table-en
TAB_INTRO = ("Table 3 summarises the twinning ties of six provincial capitals in western and "
             "north-western Iran, as reported by the municipalities in 2023. Persian names are "
             "given as printed on the municipal websites.")
TAB_CAP = "Table 3. Twinning ties of six provincial capitals (municipal websites, 2023)"
TAB_HEAD1 = [("No.", 1, 2), ("Iranian city", 2, 1), ("Partner", 2, 1), ("Agreement", 2, 1)]
TAB_HEAD2 = ["Persian", "English", "City", "Country", "Year", "Type"]
TAB_ROWS = [
    ["1", "کرمانشاه", "Kermanshah", "Sulaymaniyah", "Iraq", "2011", "sister city"],
    ["2", "اردبیل", "Ardabil", "Ganja", "Azerbaijan", "2013", "friendship city"],
    ["3", "قزوین", "Qazvin", "Zhenjiang", "China", "2017", "MoU"],
    ["4", "سمنان", "Semnan", "Makhachkala", "Russia", "–", "under negotiation"],
    ["5", "ارومیه", "Urmia", "Van", "Turkey", "2009", "sister city (suspended 2018)"],
    ["6", "زنجان", "Zanjan", "Ordu", "Turkey", "2014", "sister city"],
]
TAB_NOTE = ("Note: the year is the year of signature. The Urmia–Van tie was suspended in 2018 "
            "and has not been renewed.")


def table_expected() -> list[str]:
    head = ["No.", "Iranian city", "Partner", "Agreement"] + TAB_HEAD2
    return [TAB_INTRO, TAB_CAP] + head + [c for r in TAB_ROWS for c in r] + [TAB_NOTE]


# ---------------------------------------------------------------- writers
CSS = ("body { font-family: %s; font-size: 12pt; line-height: 1.5; margin: 2cm; } "
       "h1 { font-size: 16pt; } h2 { font-size: 14pt; }")
FLAG = ('<svg width="18" height="12" style="vertical-align:middle"><rect width="18" height="12" '
        'fill="#%s"/><rect y="4" width="18" height="4" fill="#fff"/></svg> ')


def page(lang: str, body: str, extra_css: str = "") -> str:
    d = "rtl" if lang == "fa" else "ltr"
    font = "'Noto Naskh Arabic', 'Noto Sans Arabic'" if lang == "fa" else "'Noto Serif'"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="{d}"><head><meta charset="utf-8">'
            f"<title>probe3</title>\n<style>{CSS % font} {extra_css}</style></head><body>\n"
            f"{body}\n</body></html>\n")


def write() -> None:
    src, docs, exp = HERE / "src", HERE / "docs", HERE / "expected"
    # (a) press-fa: heading, paragraphs, a real <ul>
    pb = press_blocks()
    body, in_list = [], False
    for tag, t in pb:
        if tag == "li" and not in_list:
            body.append("<ul>"); in_list = True
        if tag != "li" and in_list:
            body.append("</ul>"); in_list = False
        body.append(f"<{tag}>{E(t)}</{tag}>")
    (src / "press-fa.html").write_text(page("fa", "\n".join(body)), encoding="utf-8")
    exp_a = [("• " + t) if tag == "li" else t for tag, t in pb]
    (exp / "press-fa.expected.txt").write_text("\n".join(exp_a) + "\n", encoding="utf-8")
    # plain text: as typed in a CMS, dash bullets, blank lines between paragraphs
    txt = "\n\n".join(("- " + t) if tag == "li" else t for tag, t in pb)
    (docs / "press-fa.txt").write_text(txt + "\n", encoding="utf-8")
    exp_txt = [("- " + t) if tag == "li" else t for tag, t in pb]
    (exp / "press-fa.txt.expected.txt").write_text("\n".join(exp_txt) + "\n", encoding="utf-8")

    # (b) wiki-en: two-column list as a borderless two-cell table of <ul>s, flags as images
    colours = iter(["c00", "d80", "060", "c00", "00c", "070"])
    cols = []
    for col in WIKI_COLS:
        items = "".join(f"<li>{FLAG % next(colours)}{E(c)}, {E(k)} ({y}){E(n)}</li>"
                        for c, k, y, n in col)
        cols.append(f'<td style="vertical-align:top; width:50%"><ul>{items}</ul></td>')
    body = (f"<h2>Twin towns – sister cities</h2>\n<p>{E(WIKI_INTRO)}</p>\n"
            f'<table style="width:100%"><tr>{"".join(cols)}</tr></table>\n'
            f"<h3>Former twin towns</h3>\n<p>{E(WIKI_FORMER_P)}</p>\n<ul>"
            + "".join(f"<li>{FLAG % '08f'}{E(c)}, {E(k)} ({y})</li>" for c, k, y in WIKI_FORMER)
            + "</ul>")
    (src / "wiki-en.html").write_text(page("en", body), encoding="utf-8")
    wb = wiki_blocks()
    (exp / "wiki-en.expected.txt").write_text(
        "\n".join(("• " + t) if tag == "li" else t for tag, t in wb) + "\n", encoding="utf-8")
    # plain text: a copy from a browser (list items without markers, one per line)
    (docs / "wiki-en.txt").write_text("\n".join(t for _, t in wb) + "\n", encoding="utf-8")
    (exp / "wiki-en.txt.expected.txt").write_text("\n".join(t for _, t in wb) + "\n",
                                                  encoding="utf-8")

    # (c) academic-fa: footnote markers as <sup>, footnotes at the page foot (HTML: after a rule)
    body = [f"<h2>{E(ACAD_H)}</h2>", "<p>" + " ".join(
        f"{E(t)}<sup>{m}</sup>" for t, m in ACAD_P[:2]) + "</p>"]
    body.append("<p>" + " ".join(f"{E(t)}<sup>{m}</sup>" for t, m in ACAD_P[2:]) + "</p>")
    body.append('<hr style="width:30%; margin-right:0">')
    body += [f'<p style="font-size:9pt; margin:0">{m} {E(t)}</p>' for m, t in ACAD_FN]
    (src / "academic-fa.html").write_text(page("fa", "\n".join(body)), encoding="utf-8")
    fn = dict(ACAD_FN)
    exp_c = [ACAD_H, " ".join(t + m for t, m in ACAD_P[:2])]
    exp_c += [f"{m} {fn[m]}" for _, m in ACAD_P[:2]]
    exp_c += [" ".join(t + m for t, m in ACAD_P[2:])]
    exp_c += [f"{m} {fn[m]}" for _, m in ACAD_P[2:]]
    (exp / "academic-fa.expected.txt").write_text("\n".join(exp_c) + "\n", encoding="utf-8")
    # plain text: Word "save as text": markers in brackets, notes at the end
    paras = [ACAD_H, " ".join(f"{t}[{m}]" for t, m in ACAD_P[:2]),
             " ".join(f"{t}[{m}]" for t, m in ACAD_P[2:]), "________________"]
    paras += [f"[{m}] {t}" for m, t in ACAD_FN]
    (docs / "academic-fa.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")

    # (d) table-en: landscape page, merged header cells
    h1 = "".join(f'<th colspan="{c}" rowspan="{r}">{E(t)}</th>' for t, c, r in TAB_HEAD1)
    h2 = "".join(f"<th>{E(t)}</th>" for t in TAB_HEAD2)
    rows = "".join("<tr>" + "".join(
        f'<td{" dir=rtl lang=fa" if i == 1 else ""}>{E(c)}</td>' for i, c in enumerate(r)) + "</tr>\n"
        for r in TAB_ROWS)
    body = (f"<p>{E(TAB_INTRO)}</p>\n<p><b>{E(TAB_CAP)}</b></p>\n"
            f'<table border="1" cellspacing="0" cellpadding="4"><tr>{h1}</tr><tr>{h2}</tr>\n{rows}</table>\n'
            f"<p>{E(TAB_NOTE)}</p>")
    (src / "table-en.html").write_text(page("en", body, "@page { size: A4 landscape; } "
        "td, th { padding: 3px 10px; } td[lang=fa] { font-family: 'Noto Naskh Arabic'; }"),
        encoding="utf-8")
    (exp / "table-en.expected.txt").write_text("\n".join(table_expected()) + "\n", encoding="utf-8")
    # plain text: space-aligned table with a two-line header
    w = [4, 10, 12, 14, 12, 6, 28]
    def line(cells):
        return "".join(c.ljust(x) for c, x in zip(cells, w)).rstrip()
    t = [TAB_INTRO, "", TAB_CAP, "",
         line(["No.", "Iranian city", "", "Partner", "", "Agreement", ""]),
         line(["", "Persian", "English", "City", "Country", "Year", "Type"])]
    t += [line(r) for r in TAB_ROWS] + ["", TAB_NOTE]
    (docs / "table-en.txt").write_text("\n".join(t) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
