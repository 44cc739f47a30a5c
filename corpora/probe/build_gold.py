"""Write the probe gold files ``gold/<name>.gold.json`` (``textkit.schema.Result``).

Hand-annotated from the documents in ``docs_spec.py``: what the text states.
Conventions (same as ``corpora/sister-cities-iran/gold``): ``name`` as written,
``country`` ISO 3166-1 alpha-2, ``year`` Gregorian (a Jalali year Y → Y + 621,
the year in which most of it falls), ``status`` only from words in the text
(signed/امضا → formal; memorandum of understanding that was never upgraded →
informal; «قرار است», «در حال مذاکره», «expected to follow» → planned;
تعلیق/متوقف/suspended → suspended; ended → ended; nothing said → unknown).
One agreement per pair even when table and prose both state it (the later
status word wins, the evidence lists both).

usage: cd /work/main && .venv/bin/python corpora/probe/build_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from textkit.schema import Result  # noqa: E402

Z = "\u200c"


def party(name: str, en: str, cc: str, fa: str | None = None) -> dict:
    is_fa = any("\u0600" <= c <= "\u06ff" for c in name)
    return {
        "name": name,
        "name_en": en,
        "name_fa": fa or (name if is_fa else None),
        "country": cc,
        "gazetteer_id": None,
        "region": None,
    }


def agr(
    a: dict,
    b: dict,
    year: int | None,
    status: str,
    source: str,
    quote: str,
    kind: str = "sister city",
    date: tuple[str, str] | None = None,
) -> dict:
    return {
        "parties": [a, b],
        "year": year,
        "date": {"text": date[0], "calendar": date[1], "gregorian": year} if date else None,
        "status": status,
        "kind": kind,
        "source": source,
        "evidence": [{"quote": quote}],
        "confidence": 1.0,
    }


def mem(
    city: dict, org: str, org_id: str | None, year: int | None, source: str, quote: str
) -> dict:
    return {
        "city": city,
        "organisation": org,
        "organisation_id": org_id,
        "year": year,
        "source": source,
        "evidence": [{"quote": quote}],
        "confidence": 1.0,
    }


def cite(
    text: str,
    authors: list[str],
    year: str,
    gy: int | None,
    page: str | None,
    kind: str = "parenthetical",
) -> dict:
    return {
        "text": text,
        "authors": authors,
        "year": year,
        "year_gregorian": gy,
        "page": page,
        "kind": kind,
    }


def ref(rid: str, text: str, authors: list[str], year: str, gy: int, lang: str) -> dict:
    return {
        "id": rid,
        "text": text,
        "authors": authors,
        "year": year,
        "year_gregorian": gy,
        "lang": lang,
    }


def result(name: str, langs: list[str], **records: list) -> dict:
    r = {
        "schema_version": "1.0",
        "textkit_version": "gold",
        "document": {
            "path": f"corpora/probe/expected/{name}.expected.txt",
            "sha256": "",
            "pages": 1,
            "producer": None,
            "source_kind": "text",
            "encoding": "utf-8",
            "languages": langs,
        },
        **records,
    }
    return Result.model_validate(r).model_dump(mode="json")


SHIRAZ = party("شیراز", "Shiraz", "IR")
TABRIZ = party("تبریز", "Tabriz", "IR")
URMIA = party("ارومیه", "Urmia", "IR")
ARDABIL = party("اردبیل", "Ardabil", "IR")
ZANJAN = party("زنجان", "Zanjan", "IR")
MASHHAD = party("مشهد", "Mashhad", "IR")
J = "jalali"
G = "gregorian"

NEWS = result(
    "news-fa",
    ["fa"],
    agreements=[
        agr(
            SHIRAZ,
            party("خجند", "Khujand", "TJ"),
            2019,
            "formal",
            "prose",
            "سند خواهرخواندگی شیراز و خجند روز شنبه در کاخ فرهنگ خجند به امضای شهرداران دو شهر رسید",
            date=("۱۴ اردیبهشت ۱۳۹۸", J),
        ),
        agr(
            SHIRAZ,
            party("اوش", "Osh", "KG"),
            2020,
            "planned",
            "prose",
            f"تفاهم{Z}نامه همکاری میان شیراز و شهر اوش در قرقیزستان نیز امضا شد و قرار است پیمان "
            "خواهرخواندگی کامل دو شهر در سال 2020 منعقد شود",
            date=("2020", G),
        ),
        agr(
            SHIRAZ,
            party("دوشنبه", "Dushanbe", "TJ"),
            2007,
            "formal",
            "list",
            "دوشنبه، تاجیکستان (۱۳۸۶)",
            date=("۱۳۸۶", J),
        ),
        agr(
            SHIRAZ,
            party("وایمار", "Weimar", "DE"),
            2009,
            "formal",
            "list",
            "وایمار، آلمان (۱۳۸۸)",
            date=("۱۳۸۸", J),
        ),
        agr(
            SHIRAZ,
            party("سارایوو", "Sarajevo", "BA"),
            2011,
            "suspended",
            "list",
            "سارایوو، بوسنی و هرزگوین (۱۳۹۰)",
            date=("۱۳۹۰", J),
        ),
        agr(
            SHIRAZ,
            party("چنگدو", "Chengdu", "CN"),
            2015,
            "formal",
            "list",
            "چنگدو، چین (۱۳۹۴)",
            date=("۱۳۹۴", J),
        ),
        agr(
            SHIRAZ,
            party("ناپل", "Naples", "IT"),
            2016,
            "formal",
            "list",
            "ناپل، ایتالیا (۱۳۹۵)",
            date=("۱۳۹۵", J),
        ),
    ],
    memberships=[
        mem(
            SHIRAZ,
            f"سازمان شهرها و دولت{Z}های محلی متحد (UCLG)",
            None,
            2014,
            "prose",
            f"شیراز همچنین از سال 2014 عضو سازمان شهرها و دولت{Z}های محلی متحد (UCLG) است",
        ),
    ],
)

PAPER = result(
    "paper-fa",
    ["fa", "en"],
    agreements=[
        agr(
            TABRIZ,
            party("باکو", "Baku", "AZ"),
            1999,
            "formal",
            "table",
            "۱ تبریز باکو جمهوری آذربایجان ۱۹۹۹",
            date=("۱۹۹۹", G),
        ),
        agr(
            TABRIZ,
            party("کازان", "Kazan", "RU"),
            2009,
            "unknown",
            "table",
            "۲ تبریز کازان روسیه ۲۰۰۹",
            date=("۲۰۰۹", G),
        ),
        agr(
            TABRIZ,
            party("لاهور", "Lahore", "PK"),
            2004,
            "unknown",
            "table",
            "۳ تبریز لاهور پاکستان ۲۰۰۴",
            date=("۲۰۰۴", G),
        ),
        agr(
            URMIA,
            party("وان", "Van", "TR"),
            2010,
            "suspended",
            "table",
            "۴ ارومیه وان ترکیه ۲۰۱۰",
            date=("۲۰۱۰", G),
        ),
        agr(
            ARDABIL,
            party("گنجه", "Ganja", "AZ"),
            2006,
            "unknown",
            "table",
            "۵ اردبیل گنجه جمهوری آذربایجان ۲۰۰۶",
            date=("۲۰۰۶", G),
        ),
        agr(
            ZANJAN,
            party("سلیمانیه", "Sulaymaniyah", "IQ"),
            2012,
            "unknown",
            "table",
            "۶ زنجان سلیمانیه عراق ۲۰۱۲",
            date=("۲۰۱۲", G),
        ),
        agr(
            ARDABIL,
            party("نخجوان", "Nakhchivan", "AZ"),
            None,
            "unknown",
            "table",
            "۷ اردبیل نخجوان جمهوری آذربایجان -",
        ),
    ],
    memberships=[
        mem(
            TABRIZ,
            "شبکه شهرهای خلاق یونسکو",
            "org:uccn",
            2018,
            "prose",
            "تبریز همچنین از سال ۲۰۱۸ عضو شبکه شهرهای خلاق یونسکو در حوزه صنایع دستی است",
        ),
    ],
    citations=[
        cite("(نوروزی، ۱۳۹۵: ۱۲)", ["نوروزی"], "۱۳۹۵", 2016, "12"),
        cite("(Zelinsky, 1991:4)", ["Zelinsky"], "1991", 1991, "4"),
        cite("(Smith, 2019:4)", ["Smith"], "2019", 2019, "4"),
        cite("(رحیمی، ۱۳۹۷: ۴۵)", ["رحیمی"], "۱۳۹۷", 2018, "45"),
        cite("(رحیمی و نوروزی، ۱۳۹۸)", ["رحیمی", "نوروزی"], "۱۳۹۸", 2019, None),
    ],
    references=[
        ref(
            "ref-1",
            "رحیمی، مریم (۱۳۹۷). خواهرخواندگی در شمال غرب ایران.",
            ["رحیمی، مریم"],
            "۱۳۹۷",
            2018,
            "fa",
        ),
        ref(
            "ref-2",
            "رحیمی، مریم و نوروزی، علیرضا (۱۳۹۸). گردشگری شهری و پیوندهای بین‌المللی.",
            ["رحیمی، مریم", "نوروزی، علیرضا"],
            "۱۳۹۸",
            2019,
            "fa",
        ),
        ref(
            "ref-3", "نوروزی، علیرضا (۱۳۹۵). دیپلماسی شهری.", ["نوروزی، علیرضا"], "۱۳۹۵", 2016, "fa"
        ),
        ref(
            "ref-4",
            "Smith, J. (2019). Twin Towns and Soft Power.",
            ["Smith, J."],
            "2019",
            2019,
            "en",
        ),
        ref(
            "ref-5",
            "Zelinsky, W. (1991). The twinning of the world.",
            ["Zelinsky, W."],
            "1991",
            1991,
            "en",
        ),
    ],
)

ISFAHAN_EN = party("Isfahan", "Isfahan", "IR", "اصفهان")
SHIRAZ_EN = party("Shiraz", "Shiraz", "IR", "شیراز")
MASHHAD_EN = party("Mashhad", "Mashhad", "IR", "مشهد")
TABRIZ_EN = party("Tabriz", "Tabriz", "IR", "تبریز")


def li(
    a: dict,
    name: str,
    cc: str,
    year: int | None,
    status: str,
    quote: str,
    kind: str = "sister city",
) -> dict:
    return agr(
        a,
        party(name, name, cc),
        year,
        status,
        "list",
        quote,
        kind=kind,
        date=(str(year), G) if year else None,
    )


REPORT = result(
    "report-en",
    ["en"],
    agreements=[
        li(SHIRAZ_EN, "Dushanbe", "TJ", 2007, "formal", "Shiraz – Dushanbe, Tajikistan (2007)"),
        li(
            SHIRAZ_EN,
            "Weimar",
            "DE",
            2009,
            "informal",
            "Shiraz – Weimar, Germany (2009), friendship city",
            kind="friendship city",
        ),
        li(SHIRAZ_EN, "Chengdu", "CN", 2015, "formal", "Shiraz – Chengdu, China (2015)"),
        li(ISFAHAN_EN, "Florence", "IT", 1998, "formal", "Isfahan – Florence, Italy (1998)"),
        li(
            ISFAHAN_EN,
            "Kuala Lumpur",
            "MY",
            2005,
            "informal",
            "Isfahan – Kuala Lumpur, Malaysia (2005, memorandum of understanding)",
            kind="memorandum of understanding",
        ),
        li(
            ISFAHAN_EN,
            "Yerevan",
            "AM",
            2000,
            "ended",
            "Isfahan – Yerevan, Armenia (2000); ended in 2011",
        ),
        li(
            MASHHAD_EN,
            "Karbala",
            "IQ",
            2012,
            "suspended",
            "Mashhad – Karbala, Iraq (2012); suspended in 2015",
        ),
        li(MASHHAD_EN, "Lahore", "PK", 2006, "formal", "Mashhad – Lahore, Pakistan (2006)"),
        li(TABRIZ_EN, "Baku", "AZ", 1999, "formal", "Tabriz – Baku, Azerbaijan (1999)"),
        li(TABRIZ_EN, "Kazan", "RU", 2009, "formal", "Tabriz - Kazan, Russia (2009)"),
        agr(
            party("Kish Island", "Kish", "IR", "کیش"),
            party("Varadero", "Varadero", "CU"),
            2016,
            "planned",
            "prose",
            "In 2016 Kish Island and Varadero (Cuba) signed a memorandum of understanding on tourism; "
            "a full sister-city agreement is expected to follow",
            kind="memorandum of understanding",
            date=("2016", G),
        ),
    ],
    memberships=[
        mem(
            party("Yazd", "Yazd", "IR", "یزد"),
            "League of Historical Cities",
            "org:lhc",
            2010,
            "prose",
            "Yazd has been a member of the League of Historical Cities since 2010",
        ),
        mem(
            ISFAHAN_EN,
            "UNESCO Creative Cities Network",
            "org:uccn",
            2015,
            "prose",
            "Isfahan joined the UNESCO Creative Cities Network in 2015",
        ),
    ],
    citations=[
        cite("(Zelinsky, 1991)", ["Zelinsky"], "1991", 1991, None),
        cite("Clarke (2009)", ["Clarke"], "2009", 2009, None, kind="narrative"),
    ],
    references=[
        ref(
            "ref-1",
            "Clarke, N. (2009). In what sense 'spaces of neoliberalism'?",
            ["Clarke, N."],
            "2009",
            2009,
            "en",
        ),
        ref(
            "ref-2",
            "Zelinsky, W. (1991). The twinning of the world.",
            ["Zelinsky, W."],
            "1991",
            1991,
            "en",
        ),
    ],
)

TWOCOL = result(
    "twocol-fa",
    ["fa"],
    agreements=[
        agr(
            MASHHAD,
            party("کربلا", "Karbala", "IQ"),
            2012,
            "suspended",
            "prose",
            "مشهد و کربلا در سال ۱۳۹۱ پیمان خواهرخواندگی امضا کردند و این پیمان در سال 2015 به دلیل شرایط "
            "امنیتی متوقف شد",
            date=("۱۳۹۱", J),
        ),
        agr(
            party("کرمان", "Kerman", "IR"),
            party("هرات", "Herat", "AF"),
            2005,
            "formal",
            "prose",
            "کرمان نیز در سال ۱۳۸۴ با هرات در افغانستان پیمان خواهرخواندگی منعقد کرد",
            date=("۱۳۸۴", J),
        ),
        agr(
            party("زاهدان", "Zahedan", "IR"),
            party("کراچی", "Karachi", "PK"),
            2008,
            "informal",
            "prose",
            f"زاهدان و کراچی در پاکستان در سال 2008 تفاهم{Z}نامه همکاری امضا کردند، اما این تفاهم{Z}نامه "
            "هرگز به پیمان رسمی تبدیل نشد",
            kind="memorandum of understanding",
            date=("2008", G),
        ),
        agr(
            party("بیرجند", "Birjand", "IR"),
            party("دوشنبه", "Dushanbe", "TJ"),
            None,
            "planned",
            "prose",
            "بیرجند در حال مذاکره با شهر دوشنبه در تاجیکستان برای انعقاد پیمان دوستی است",
            kind="friendship city",
        ),
        agr(
            party("نیشابور", "Neyshabur", "IR"),
            party("قونیه", "Konya", "TR"),
            2010,
            "formal",
            "prose",
            "نیشابور و قونیه (Konya) در ترکیه نیز در سال ۱۳۸۹ شهرهای خواهرخوانده شدند",
            date=("۱۳۸۹", J),
        ),
    ],
    memberships=[
        mem(
            MASHHAD,
            f"سازمان پایتخت{Z}ها و شهرهای اسلامی",
            None,
            2006,
            "prose",
            f"مشهد از سال ۲۰۰۶ عضو سازمان پایتخت{Z}ها و شهرهای اسلامی است",
        ),
    ],
    designations=[
        {
            "city": MASHHAD,
            "title": "پایتخت فرهنگی جهان اسلام",
            "year": 2017,
            "evidence": [{"quote": "در سال ۲۰۱۷ به عنوان پایتخت فرهنگی جهان اسلام برگزیده شد"}],
            "confidence": 1.0,
        },
    ],
)


def trow(
    a: tuple[str, str],
    b: str,
    cc: str,
    year: int | None,
    status: str,
    quote: str,
    kind: str = "sister city",
) -> dict:
    return agr(
        party(a[0], a[0], "IR", a[1]),
        party(b, b, cc),
        year,
        status,
        "table",
        quote,
        kind=kind,
        date=(str(year), G) if year else None,
    )


ISF = ("Isfahan", "اصفهان")
TABLE = result(
    "table-en",
    ["en"],
    agreements=[
        trow(ISF, "Xi'an", "CN", 1989, "formal", "1 Isfahan (اصفهان) Xi'an China 1989 active"),
        trow(
            ISF, "Florence", "IT", 1998, "formal", "2 Isfahan (اصفهان) Florence Italy 1998 active"
        ),
        trow(
            ISF,
            "Freiburg im Breisgau",
            "DE",
            2000,
            "suspended",
            "3 Isfahan (اصفهان) Freiburg im Breisgau Germany 2000 suspended",
        ),
        trow(
            ("Shiraz", "شیراز"),
            "Weimar",
            "DE",
            2009,
            "informal",
            "4 Shiraz (شیراز) Weimar Germany 2009 friendship city",
            kind="friendship city",
        ),
        trow(
            ("Tabriz", "تبریز"),
            "Kazan",
            "RU",
            2009,
            "formal",
            "5 Tabriz (تبریز) Kazan Russia 2009 active",
        ),
        trow(
            ("Yazd", "یزد"),
            "Bukhara",
            "UZ",
            2016,
            "informal",
            "6 Yazd (یزد) Bukhara Uzbekistan 2016 memorandum of understanding",
            kind="memorandum of understanding",
        ),
        trow(
            ("Qazvin", "قزوین"),
            "Nizhny Novgorod",
            "RU",
            None,
            "planned",
            "7 Qazvin (قزوین) Nizhny Novgorod Russia – under negotiation",
        ),
        trow(
            ("Hamedan", "همدان"),
            "Kutaisi",
            "GE",
            2017,
            "formal",
            "8 Hamedan (همدان) Kutaisi Georgia 2017 active",
        ),
        trow(
            ("Rasht", "رشت"),
            "Astrakhan",
            "RU",
            2004,
            "formal",
            "9 Rasht (رشت) Astrakhan Russia 2004 active",
        ),
        trow(
            ("Kermanshah", "کرمانشاه"),
            "Sulaymaniyah",
            "IQ",
            2014,
            "formal",
            "10 Kermanshah (کرمانشاه) Sulaymaniyah Iraq 2014 active",
        ),
        agr(
            party("Ahvaz", "Ahvaz", "IR", "اهواز"),
            party("Basra", "Basra", "IQ"),
            None,
            "planned",
            "prose",
            "Ahvaz and Basra (Iraq) have discussed a partnership since 2019, but no agreement has been signed",
        ),
    ],
    memberships=[
        mem(
            party("Rasht", "Rasht", "IR", "رشت"),
            "UNESCO Creative Cities Network",
            "org:uccn",
            2015,
            "prose",
            "Rasht also joined the UNESCO Creative Cities Network in 2015 as a City of Gastronomy",
        ),
    ],
)


def main() -> None:
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for name, r in (
        ("news-fa", NEWS),
        ("paper-fa", PAPER),
        ("report-en", REPORT),
        ("twocol-fa", TWOCOL),
        ("table-en", TABLE),
    ):
        (out / f"{name}.gold.json").write_text(
            json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
