"""Write the probe3 gold files ``gold/<name>.gold.json`` (``textkit.schema.Result``).

Hand-annotated: what the text states (facts illustrative, unchecked). Conventions as
``corpora/probe2/build_gold.py`` plus the team status policy (2026-11-26):
friendship city / friendship pact → informal; MoU («تفاهم‌نامه») → informal;
under negotiation / talks to begin → planned; suspended / ended as written; in a
sister-city list or table where some items are marked informal, the unmarked ones are
formal; otherwise unknown. A bare Jalali year Y → Y + 621; a full Jalali date written
in words is converted exactly («بیست و هفتم مهر ۱۴۰۱» → 2022-10-19).
Not agreements: a province named with its city («کاشان در استان اصفهان»), aggregate
counts («با ۸۸ شهر خواهرخوانده»), a negated pact («… هیچ‌گاه به امضا نرسید»).
A former twin town listed as «Split, Croatia (1999–2011)» → year 1999, status ended.

usage: cd /work/main && .venv/bin/python corpora/probe3/build_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from textkit.schema import Result  # noqa: E402

Z = "\u200c"
J, G = "jalali", "gregorian"


def party(name: str, en: str, cc: str, fa: str | None = None) -> dict:
    is_fa = any("\u0600" <= c <= "\u06ff" for c in name)
    return {"name": name, "name_en": en, "name_fa": fa or (name if is_fa else None),
            "country": cc, "gazetteer_id": None, "region": None}


def agr(a, b, year, status, source, quote, kind="sister city", date=None, iso=None) -> dict:
    d = {"text": date[0], "calendar": date[1], "gregorian": year, "iso": iso} if date else None
    return {"parties": [a, b], "year": year, "date": d, "status": status, "kind": kind,
            "source": source, "evidence": [{"quote": quote}], "confidence": 1.0}


def mem(city, org, org_id, year, source, quote) -> dict:
    return {"city": city, "organisation": org, "organisation_id": org_id, "year": year,
            "source": source, "evidence": [{"quote": quote}], "confidence": 1.0}


def cite(text, authors, year, gy, page, kind="parenthetical") -> dict:
    return {"text": text, "authors": authors, "year": year, "year_gregorian": gy,
            "page": page, "kind": kind}


def result(name: str, langs: list[str], **records) -> dict:
    r = {"schema_version": "1.0", "textkit_version": "gold",
         "document": {"path": f"corpora/probe3/expected/{name}.expected.txt", "sha256": "",
                      "pages": 1, "producer": None, "source_kind": "text",
                      "encoding": "utf-8", "languages": langs},
         **records}
    return Result.model_validate(r).model_dump(mode="json")


KASHAN = party("کاشان", "Kashan", "IR")
PRESS = result("press-fa", ["fa"], agreements=[
    agr(KASHAN, party("فلورانس", "Florence", "IT"), 2022, "informal", "list",
        f"تفاهم{Z}نامه همکاری فرهنگی و گردشگری با شهر فلورانس، در بیست و هفتم مهر ۱۴۰۱",
        kind="memorandum of understanding", date=("بیست و هفتم مهر ۱۴۰۱", J), iso="2022-10-19"),
    agr(KASHAN, party(f"سی{Z}ینا", "Siena", "IT"), 2022, "informal", "list",
        f"پیمان دوستی با شهر سی{Z}ینا (Siena)، در بیست و هشتم مهر ۱۴۰۱",
        kind="friendship city", date=("بیست و هشتم مهر ۱۴۰۱", J), iso="2022-10-20"),
    agr(KASHAN, party("پروجا", "Perugia", "IT"), None, "planned", "list",
        "بیانیه مشترک برای آغاز مذاکره درباره پیمان خواهرخواندگی با شهر پروجا"),
    agr(KASHAN, party("قونیه", "Konya", "TR"), 2015, "formal", "prose",
        "در سال ١٣٩٤، با شهر قونیه ترکیه پیمان خواهرخواندگی امضا کرده است",
        date=("١٣٩٤", J)),
])

KERMAN = party("Kerman", "Kerman", "IR", "کرمان")
W = [agr(KERMAN, party(c, c, cc), y, st, "list", f"{c}, {k} ({y})", kind=kind, date=(str(y), G))
     for c, k, cc, y, st, kind in [
         ("Trabzon", "Turkey", "TR", 2008, "formal", "sister city"),
         ("Gyumri", "Armenia", "AM", 2013, "formal", "sister city"),
         ("Herat", "Afghanistan", "AF", 2004, "formal", "sister city"),
         ("Kunming", "China", "CN", 2016, "informal", "friendship city"),
         ("Ferrara", "Italy", "IT", 2012, "formal", "sister city"),
         ("Khujand", "Tajikistan", "TJ", 2009, "formal", "sister city")]]
W.append(agr(KERMAN, party("Nizhny Novgorod", "Nizhny Novgorod", "RU"), 2002, "ended", "prose",
             "Kerman's partnership with Nizhny Novgorod, Russia, signed in 2002, was ended by "
             "the city council in 2014", kind="partner city", date=("2002", G)))
W.append(agr(KERMAN, party("Split", "Split", "HR"), 1999, "ended", "list",
             "Split, Croatia (1999–2011)", date=("1999", G)))
WIKI = result("wiki-en", ["en"], agreements=W)

ACAD = result("academic-fa", ["fa", "en"], agreements=[
    agr(party("شیراز", "Shiraz", "IR"), party("دوشنبه", "Dushanbe", "TJ"), 1999, "formal", "prose",
        "این شهر در سال ۱۳۷۸ با شهر دوشنبه، پایتخت تاجیکستان، پیمان خواهرخواندگی بست",
        date=("۱۳۷۸", J)),
    agr(party("قونیه", "Konya", "TR"), party("نیشابور", "Neyshabur", "IR"), 2016, "informal",
        "prose", f"شهرداری قونیه و شهرداری نیشابور در سال ۲۰۱۶ یک تفاهم{Z}نامه دوستی امضا کردند",
        kind="memorandum of understanding", date=("۲۰۱۶", G)),
], memberships=[
    mem(party("استانبول", "Istanbul", "TR"), f"سازمان شهرها و دولت{Z}های محلی متحد", "UCLG",
        None, "prose", f"استانبول همچنین عضو سازمان شهرها و دولت{Z}های محلی متحد (UCLG) است"),
], citations=[
    cite("Aksoy, 2021: 45", ["Aksoy"], "2021", 2021, "45"),
    cite("ملکی، ۱۳۹۹: ۸۸", ["ملکی"], "۱۳۹۹", 2020, "۸۸"),
    cite("همان، ۹۲", [], None, None, "۹۲", kind="ibid"),
    cite("Pluijm & Melissen, 2007: 11", ["Pluijm", "Melissen"], "2007", 2007, "11"),
    cite("Aksoy, 2021: 60", ["Aksoy"], "2021", 2021, "60"),
])

T = []
for fa, en, partner, cc, y, st, kind in [
    ("کرمانشاه", "Kermanshah", "Sulaymaniyah", "IQ", 2011, "formal", "sister city"),
    ("اردبیل", "Ardabil", "Ganja", "AZ", 2013, "informal", "friendship city"),
    ("قزوین", "Qazvin", "Zhenjiang", "CN", 2017, "informal", "memorandum of understanding"),
    ("سمنان", "Semnan", "Makhachkala", "RU", None, "planned", "sister city"),
    ("ارومیه", "Urmia", "Van", "TR", 2009, "suspended", "sister city"),
    ("زنجان", "Zanjan", "Ordu", "TR", 2014, "formal", "sister city"),
]:
    T.append(agr(party(en, en, "IR", fa), party(partner, partner, cc), y, st, "table",
                 f"{en} {partner} {y or '–'}", kind=kind, date=(str(y), G) if y else None))
TABLE = result("table-en", ["en", "fa"], agreements=T)

if __name__ == "__main__":
    for name, r in [("press-fa", PRESS), ("wiki-en", WIKI), ("academic-fa", ACAD),
                    ("table-en", TABLE)]:
        (HERE / "gold" / f"{name}.gold.json").write_text(
            json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(r["agreements"]), "agreements")
