"""Write the probe2 gold files ``gold/<name>.gold.json`` (``textkit.schema.Result``).

Hand-annotated: what the text states. Conventions as ``corpora/probe/build_gold.py``
(name as written, ISO country, Gregorian year; a full Jalali date is converted
exactly, e.g. ۱۳۹۵/۱۰/۲۰ → 2017-01-09 → 2017; a bare Jalali year Y → Y + 621),
plus: a renewed agreement keeps the year it was *first* signed and the status of
its last event (renewed → formal); a table «Type» cell saying «informal» gives
status informal; «دوستی» in a «نوع رابطه» column → kind friendship city, informal
(team policy, 2026-11-26: a friendship-city tie is a less formal relationship than
twinning, often a first step, even when it has a signing date; it was "formal" in the
first annotation); «تفاهم‌نامه همکاری» → informal.

usage: cd /work/main && .venv/bin/python corpora/probe2/build_gold.py
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
    return {"name": name, "name_en": en, "name_fa": fa or (name if is_fa else None),
            "country": cc, "gazetteer_id": None, "region": None}


def agr(a, b, year, status, source, quote, kind="sister city", date=None, iso=None) -> dict:
    d = None
    if date:
        d = {"text": date[0], "calendar": date[1], "gregorian": year, "iso": iso}
    return {"parties": [a, b], "year": year, "date": d, "status": status, "kind": kind,
            "source": source, "evidence": [{"quote": quote}], "confidence": 1.0}


def mem(city, org, org_id, year, source, quote) -> dict:
    return {"city": city, "organisation": org, "organisation_id": org_id, "year": year,
            "source": source, "evidence": [{"quote": quote}], "confidence": 1.0}


def cite(text, authors, year, gy, page, kind="parenthetical") -> dict:
    return {"text": text, "authors": authors, "year": year, "year_gregorian": gy,
            "page": page, "kind": kind}


def ref(rid, text, authors, year, gy, lang) -> dict:
    return {"id": rid, "text": text, "authors": authors, "year": year,
            "year_gregorian": gy, "lang": lang}


def result(name: str, langs: list[str], **records) -> dict:
    r = {"schema_version": "1.0", "textkit_version": "gold",
         "document": {"path": f"corpora/probe2/expected/{name}.expected.txt", "sha256": "",
                      "pages": 1, "producer": None, "source_kind": "text",
                      "encoding": "utf-8", "languages": langs},
         **records}
    return Result.model_validate(r).model_dump(mode="json")


J, G = "jalali", "gregorian"
HAMADAN = party("Hamadan", "Hamadan", "IR", "همدان")
NEWS = result("news-en", ["en"], agreements=[
    agr(HAMADAN, party("Graz", "Graz", "AT"), 1999, "formal", "prose",
        "renewed the twinning agreement between the two cities on 12 May 2016",
        kind="twinning", date=("1999", G)),
    agr(HAMADAN, party("Kutaisi", "Kutaisi", "GE"), 2012, "informal", "prose",
        "Hamadan has also been a friendship city of Kutaisi, Georgia, since 2012",
        kind="friendship city", date=("2012", G)),
    agr(HAMADAN, party("Plovdiv", "Plovdiv", "BG"), None, "planned", "prose",
        "a memorandum of understanding with Plovdiv, Bulgaria, is expected to be signed next year",
        kind="memorandum of understanding"),
])

ISF, RASHT, YAZD = (party(n, n, "IR", fa) for n, fa in
                    (("Isfahan", "اصفهان"), ("Rasht", "رشت"), ("Yazd", "یزد")))
T = []
for home, partner, cc, y, typ in [
    (ISF, "Freiburg im Breisgau", "DE", 2000, "formal"), (ISF, "Xi'an", "CN", 1989, "formal"),
    (ISF, "Kuala Lumpur", "MY", 1997, "informal"), (RASHT, "Astrakhan", "RU", 2002, "formal"),
    (RASHT, "Sochi", "RU", 2009, "informal"), (YAZD, "Bukhara", "UZ", 2005, "formal"),
    (YAZD, "Herat", "AF", 2015, "suspended"),
]:
    T.append(agr(home, party(partner, partner, cc), y, typ, "table", f"{partner} {y}",
                 kind="sister city" if typ == "formal" else "friendship city", date=(str(y), G)))
TABLE = result("table-en", ["en"], agreements=T,
    memberships=[mem(ISF, "Organization of World Heritage Cities", None, 1999, "prose",
                     "Isfahan has been a member of the Organization of World Heritage Cities since 1999")],
    citations=[cite("(Clarke, 2009)", ["Clarke"], "2009", 2009, None),
               cite("(see Zelinsky, 1991)", ["Zelinsky"], "1991", 1991, None)])

MASHHAD = party("مشهد", "Mashhad", "IR")
REPORT = result("report-fa", ["fa"], agreements=[
    agr(MASHHAD, party("نجف", "Najaf", "IQ"), 2006, "formal", "prose",
        "نخستین این پیمان‌ها در سال ۱۳۸۵ با نجف امضا شد", date=("۱۳۸۵", J)),
    agr(MASHHAD, party("کربلا", "Karbala", "IQ"), None, "formal", "prose", "کربلا (عراق)"),
    agr(MASHHAD, party("لاهور", "Lahore", "PK"), None, "formal", "prose", "لاهور (پاکستان)"),
    agr(MASHHAD, party("کازان", "Kazan", "RU"), 2019, "formal", "prose",
        "آخرین آنها در سال ۱۳۹۸ با کازان", date=("۱۳۹۸", J)),
    agr(MASHHAD, party("دوشنبه", "Dushanbe", "TJ"), 2019, "suspended", "prose",
        f"تفاهم{Z}نامه همکاری با شهر دوشنبه (تاجیکستان) در سال 2019 امضا شد",
        kind="memorandum of understanding", date=("2019", G)),
    agr(MASHHAD, party("سمرقند", "Samarkand", "UZ"), None, "planned", "prose",
        "مذاکره با شهر سمرقند (ازبکستان) برای انعقاد پیمان خواهرخواندگی آغاز شده است"),
], memberships=[
    mem(MASHHAD, f"سازمان شهرها و دولت{Z}های محلی متحد", "UCLG", None, "prose",
        f"مشهد عضو سازمان شهرها و دولت{Z}های محلی متحد است"),
    mem(MASHHAD, f"سازمان پایتخت{Z}ها و شهرهای اسلامی", "OICC", 2016, "prose",
        f"از سال ۱۳۹۵ نیز به عضویت سازمان پایتخت{Z}ها و شهرهای اسلامی درآمده است"),
])

TABRIZ = party("تبریز", "Tabriz", "IR")
TH = []
for partner, en, cc, kind, status, d, iso in [
    ("استانبول", "Istanbul", "TR", "sister city", "formal", "۱۳۸۵/۰۴/۱۲", "2006-07-03"),
    ("باکو", "Baku", "AZ", "friendship city", "informal", "۱۳۹۰/۰۷/۰۳", "2011-09-25"),
    ("کازان", "Kazan", "RU", "memorandum of understanding", "informal", "۱۳۹۵/۱۰/۲۰", "2017-01-09"),
    ("لیون", "Lyon", "FR", "sister city", "formal", "۱۳۸۸/۰۲/۳۰", "2009-05-20"),
]:
    TH.append(agr(TABRIZ, party(partner, en, cc), int(iso[:4]), status, "table",
                  f"{partner} {d}", kind=kind, date=(d, J), iso=iso))
TH.append(agr(TABRIZ, party("تفلیس", "Tbilisi", "GE"), None, "planned", "prose",
              "مذاکره برای انعقاد پیمان خواهرخواندگی با شهر تفلیس"))
THESIS = result("thesis-fa", ["fa", "en"], agreements=TH,
    memberships=[mem(TABRIZ, "شبکه شهرهای خلاق یونسکو", None, 2015, "prose",
                     "از سال ۱۳۹۴ عضو شبکه شهرهای خلاق یونسکو")],
    citations=[cite("(طاهری، ۱۳۹۶، ص ۳۴)", ["طاهری"], "۱۳۹۶", 2017, "۳۴"),
               cite("(Brown & Lee, 2018, p. 7)", ["Brown", "Lee"], "2018", 2018, "7"),
               cite("(Brown & Lee, 2018, p. 12)", ["Brown", "Lee"], "2018", 2018, "12")],
    references=[ref("r1", "طاهری، محمد (۱۳۹۶). دیپلماسی شهری و توسعه محلی. تهران: نشر شهر.",
                    ["طاهری"], "۱۳۹۶", 2017, "fa"),
                ref("r2", "Brown, A., & Lee, K. (2018). Twinning beyond symbols: Economic ties "
                    "between partner cities. Urban Studies Review, 12(3), 1–19. "
                    "https://doi.org/10.5555/usr.2018.0123", ["Brown", "Lee"], "2018", 2018, "en")])

if __name__ == "__main__":
    for name, r in [("news-en", NEWS), ("table-en", TABLE), ("report-fa", REPORT),
                    ("thesis-fa", THESIS)]:
        (HERE / "gold" / f"{name}.gold.json").write_text(
            json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(r["agreements"]), "agreements")
