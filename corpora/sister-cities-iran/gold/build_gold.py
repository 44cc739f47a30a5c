# ruff: noqa: T201, E501 - a one-off data script: it prints what it wrote; affiliations are long
"""Write ``sister-cities-iran.json``, the gold annotations of the sample paper.

How the gold was made (reviewed by hand, record by record, against source.txt):

* table agreements come from the corpus's own ``expected/sister_cities.json``
  (91 partner entries under 9 Iranian cities), not from textkit's extractor; a
  pair listed under both of its cities (اصفهان–تبریز, اصفهان–یزد,
  اصفهان–نیشابور, تبریز–یزد) is one record with both rows as evidence → 87;
* prose and footnote agreements are the HAND list ``PROSE`` below (20 pairs,
  with the source.txt line); aggregate statements and pairs without two named
  cities («یک شهر انگلیس و یک شهر در فرانسه») are left out on purpose;
* memberships: the «عضو …» items of the sister-city table (not «ثبت … یونسکو»,
  which is a listing, not a membership) plus the cities named as members in the
  organisations table (FMDV: مشهد، تهران; Metropolis: 7 cities); a city listed as
  a Metropolis member in both tables is one record (27 statements → 23 records);
  organisation ids are the shipped gazetteer's exact matches;
* citations: the HAND list ``CITATIONS`` (51, in reading order);
* status: ``formal`` where the text says official/signed («رسمیت یافت»,
  «دوقلوی رسمی»), ``informal`` for «نارسمی» / «غیررسمی»; in the sister-city table,
  whose items are marked «نارسمی» where informal, an unmarked item is ``formal``
  (presented by contrast as a formal tie — annotation decision of 2026-11-26, the
  same policy as the extractor's, see ``textkit/extract/resolve.py``); prose and
  footnote pairs that the text states as existing ties, with no word of their stage,
  are ``formal`` too (annotation decision of 2026-12-03, the same as for the real
  documents of ``corpora/dev/README.md``: status says what the text says of the
  stage, and a tie stated as a fact is concluded; ``unknown`` is left for a text that
  gives no clue at all — none here);
* years: Gregorian as printed; Jalali years converted with Y + 621 (see
  ``textkit/dates.py``): ۱۳۷۳ → 1994.

Run: ``python corpora/sister-cities-iran/gold/build_gold.py`` (validates with
``textkit.schema.Result``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = HERE.parent / "expected"

_FA_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")

# Countries as printed in the table → ISO codes (hand-made for this paper).
COUNTRIES = {
    "چین": "CN",
    "مالزی": "MY",
    "ایتالیا": "IT",
    "روسیه": "RU",
    "رومانی": "RO",
    "اسپانیا": "ES",
    "ارمنستان": "AM",
    "کویت": "KW",
    "آلمان": "DE",
    "کوبا": "CU",
    "پاکستان": "PK",
    "سنگال": "SN",
    "لبنان": "LB",
    "ایران": "IR",
    "کره جنوبی": "KR",
    "هند": "IN",
    "ژاپن": "JP",
    "ترکیه": "TR",
    "آذربایجان": "AZ",
    "فلسطین": "PS",
    "اتریش": "AT",
    "تاجیکستان": "TJ",
    "بلاروس": "BY",
    "ویتنام": "VN",
    "قزاقستان": "KZ",
    "عراق": "IQ",
    "افغانستان": "AF",
    "قرقیزستان": "KG",
    "گرجستان": "GE",
    "قبرس": "CY",
    "مجارستان": "HU",
    "فرانسه": "FR",
    "صربستان": "RS",
    "سوریه": "SY",
}
# Home cities of the table, and Iranian partners printed without a country.
IRANIAN = {"اصفهان", "تبریز", "مشهد", "قزوین", "رشت", "شیراز", "نیشابور", "اراک", "یزد", "بم"}

# (party A, party B, year, calendar text, status, source, source.txt line)
# party = (name as written, name_en, country, region)
PROSE = [
    (
        ("کاونتری", "Coventry", "GB", None),
        ("استالینگراد", "Stalingrad", "RU", None),
        1944,
        "۱۹۴۴",
        "formal",
        "prose",
        22,
    ),
    (
        ("توکیو", "Tokyo", "JP", None),
        ("نیویورک", "New York", "US", None),
        1962,
        "۱۹۶۲",
        "formal",
        "prose",
        26,
    ),
    (
        ("سینسیناتی", "Cincinnati", "US", None),
        ("خارکف", "Kharkiv", "UA", None),
        None,
        None,
        "formal",
        "prose",
        28,
    ),
    (
        ("ونکوور", "Vancouver", "CA", None),
        ("اودسا", "Odessa", "UA", None),
        None,
        None,
        "informal",
        "prose",
        32,
    ),
    (
        ("بریستول", "Bristol", "GB", None),
        ("هانوفر", "Hanover", "DE", None),
        None,
        None,
        "formal",
        "prose",
        32,
    ),
    (
        ("اوکلند", "Oakland", "US", "کالیفرنیا"),
        ("فوکوگا", "Fukuoka", "JP", None),
        None,
        None,
        "formal",
        "prose",
        32,
    ),
    (
        ("اسکاتسدیل", "Scottsdale", "US", "آریزونا"),
        ("آلاموس", "Alamos", "MX", None),
        None,
        None,
        "formal",
        "prose",
        45,
    ),
    (
        ("ویلمینگتون", "Wilmington", "US", None),
        ("سان خوان ساکتگوز", "San Juan Sacatepequez", "GT", None),
        None,
        None,
        "formal",
        "prose",
        45,
    ),
    (
        ("سن آنتونیو", "San Antonio", "US", "تگزاس"),
        ("چنای", "Chennai", "IN", None),
        None,
        None,
        "formal",
        "prose",
        132,
    ),
    (
        ("Cincinnati", "Cincinnati", "US", "Ohio"),
        ("New Taipei City", "New Taipei City", "TW", None),
        None,
        None,
        "formal",
        "footnote",
        135,
    ),
    (
        ("Baltimore", "Baltimore", "US", "Maryland"),
        ("Xiamen", "Xiamen", "CN", None),
        None,
        None,
        "formal",
        "footnote",
        136,
    ),
    (
        ("Norfolk", "Norfolk", "US", "Virginia"),
        ("Ningbo-Beilun", "Ningbo-Beilun", "CN", None),
        None,
        None,
        "formal",
        "footnote",
        137,
    ),
    (
        ("Tacoma", "Tacoma", "US", "Washington"),
        ("Fuzhou", "Fuzhou", "CN", None),
        None,
        None,
        "formal",
        "footnote",
        138,
    ),
    (
        ("Taipei", "Taipei", "TW", None),
        ("Oklahoma City", "Oklahoma City", "US", "Oklahoma"),
        None,
        None,
        "formal",
        "footnote",
        139,
    ),
    (
        ("Hot Springs", "Hot Springs", "US", "AR"),
        ("Hanamaki", "Hanamaki", "JP", None),
        None,
        None,
        "formal",
        "footnote",
        140,
    ),
    (
        ("پیتمبورگ", "Pittsburgh", "US", None),
        ("شفیلد", "Sheffield", "GB", None),
        None,
        None,
        "formal",
        "prose",
        142,
    ),
    (
        ("هوستون", "Houston", "US", None),
        ("باکو", "Baku", "AZ", None),
        None,
        None,
        "formal",
        "prose",
        142,
    ),
    (
        ("جنوا", "Genoa", "IT", None),
        ("روتردام", "Rotterdam", "NL", None),
        None,
        None,
        "formal",
        "prose",
        142,
    ),
    (
        ("تولدو", "Toledo", "ES", None),
        ("تولدو", "Toledo", "US", "اوهایو"),
        None,
        None,
        "formal",
        "prose",
        153,
    ),
    (
        ("تهران", "Tehran", "IR", None),
        ("بیشکک", "Bishkek", "KG", None),
        1994,
        "۱۳۷۳",
        "formal",
        "prose",
        166,
    ),
]

# Members named in the organisations table (source.txt lines 91 and 96).
ORG_MEMBERS = [
    ("صندوق جهانی توسعه شهرها", ["مشهد", "تهران"], 91),
    ("سازمان متروپلیس", ["شیراز", "مشهد", "تهران", "اصفهان", "تبریز", "اهواز", "کرج"], 96),
]

# (name, acronym, founded, seat, line)
ORGANISATIONS = [
    ("سازمان بین‌المللی شهرها و پایتخت‌های اسلامی", "OICC", 1980, "مکه", 60),
    ("برنامه اسکان بشر سازمان ملل", "UN-HABITAT", 1978, "نایروبی کنیا", 70),
    ("برنامه توسعه سازمان ملل", "UNDP", 1965, "نیویورک", 74),
    ("سازمان شهرها و حکومت‌های محلی متحد", "UCLG", 2004, "بارسلونا، اسپانیا", 79),
    ("صندوق جهانی توسعه شهرها", "FMDV", 2010, "ستول", 83),
    ("سازمان متروپلیس", "METROPOLIS", 1985, "بارسلون", 92),
    ("بانک جهانی", None, 1944, "واشینگتن، دی. سی", 97),
    ("سایت مجمع شهرداران آسیایی", None, 2007, "تهران", 101),
    ("مجمع شهرداران برای صلح", None, 1982, "هیروشیما", 105),
    ("صندوق بین المللی پول", "IMF", 1945, "واشینگتن، دی. سی", 114),
    ("اتحادیه بین‌المللی مقامات محلی", "IULA", 1913, "گنت، بلژیک", 32),
    ("شورای شهرداری‌ها و مناطق اروپا", None, 1951, None, 32),
]

# (text as written, authors, year as written, gregorian, page, kind, line) in reading order
CITATIONS = [
    ("(اصغری، ۱۳۸۵۹: ۸۲)", ["اصغری"], "۱۳۸۵۹", None, "82", "parenthetical", 20),
    ("(زهرانی و رجایی، ۱۳۹۹: ۸)", ["زهرانی", "رجایی"], "۱۳۹۹", 2020, "8", "parenthetical", 21),
    ("(اصغری، ۱۳۹۵: ۳۵)", ["اصغری"], "۱۳۹۵", 2016, "35", "parenthetical", 22),
    ("(زینلی، ۱۳۸۷: ۱۱۰)", ["زینلی"], "۱۳۸۷", 2008, "110", "parenthetical", 26),
    ("(احسانی فرید: ۱۳۹۱: ۱۴)", ["احسانی فرید"], "۱۳۹۱", 2012, "14", "parenthetical", 26),
    ("(احسانی فرید، ۱۳۹۱: ۱۵)", ["احسانی فرید"], "۱۳۹۱", 2012, "15", "parenthetical", 26),
    ("زلینسکی۱ (۱۹۹۱)", ["زلینسکی"], "۱۹۹۱", 1991, None, "narrative", 28),
    ("کلارک (۲۰۱۰)", ["کلارک"], "۲۰۱۰", 2010, None, "narrative", 28),
    ("زلینسکی (۱۹۹۱)", ["زلینسکی"], "۱۹۹۱", 1991, None, "narrative", 28),
    ("(Gibbs, et al, 2015:20)", ["Gibbs"], "2015", 2015, "20", "parenthetical", 28),
    ("(Ogawa, 2012:17)", ["Ogawa"], "2012", 2012, "17", "parenthetical", 28),
    ("(Ogawa, 2012:18)", ["Ogawa"], "2012", 2012, "18", "parenthetical", 28),
    ("کلارک (۲۰۱۰)", ["کلارک"], "۲۰۱۰", 2010, None, "narrative", 32),
    ("(Gibbs, etal, 2015:19)", ["Gibbs"], "2015", 2015, "19", "parenthetical", 32),
    ("(Gibbs, 2015:20)", ["Gibbs"], "2015", 2015, "20", "parenthetical", 32),
    ("(Ogawa, 2012:16)", ["Ogawa"], "2012", 2012, "16", "parenthetical", 32),
    ("(زینلی، ۱۳۸۷:۱۱۰)", ["زینلی"], "۱۳۸۷", 2008, "110", "parenthetical", 32),
    ("(زینلی، ۱۳۸۷:۱۱۰)", ["زینلی"], "۱۳۸۷", 2008, "110", "parenthetical", 32),
    ("(Ritchie & Roser, 2019)", ["Ritchie", "Roser"], "2019", 2019, None, "parenthetical", 41),
    ("(Blanco & Ricard, 2020)", ["Blanco", "Ricard"], "2020", 2020, None, "parenthetical", 41),
    ("(Ritchie & Roser, 2019)", ["Ritchie", "Roser"], "2019", 2019, None, "parenthetical", 41),
    ("(پیشین)", [], None, None, None, "ibid", 41),
    ("(Ritchie & Roser, 2019)", ["Ritchie", "Roser"], "2019", 2019, None, "parenthetical", 42),
    ("(پیشین)", [], None, None, None, "ibid", 43),
    ("(worldbank, 2020)", ["worldbank"], "2020", 2020, None, "parenthetical", 43),
    ("(Ogawa, 2012: 16)", ["Ogawa"], "2012", 2012, "16", "parenthetical", 45),
    ("زلینسکی (۱۹۹۱)", ["زلینسکی"], "۱۹۹۱", 1991, None, "narrative", 51),
    ("(Gibbs, etal, 2015: 19)", ["Gibbs"], "2015", 2015, "19", "parenthetical", 51),
    ("(قورچی و امانی، ۱۳۸۸: ۷۵)", ["قورچی", "امانی"], "۱۳۸۸", 2009, "75", "parenthetical", 53),
    (
        "(sustainable development, 2006)",
        ["sustainable development"],
        "2006",
        2006,
        None,
        "parenthetical",
        53,
    ),
    ("(Gibbs, et al, 2015:81)", ["Gibbs"], "2015", 2015, "81", "parenthetical", 53),
    (
        "(بصیرت و جلیلی، ۱۳۹۳: ۵۷-۵۶)",
        ["بصیرت", "جلیلی"],
        "۱۳۹۳",
        2014,
        "57-56",
        "parenthetical",
        120,
    ),
    (
        "(TRUE EDUCATION PARTNERSHIPS, 2020)",
        ["TRUE EDUCATION PARTNERSHIPS"],
        "2020",
        2020,
        None,
        "parenthetical",
        129,
    ),
    ("(Pipa & Bouchet, 2020)", ["Pipa", "Bouchet"], "2020", 2020, None, "parenthetical", 132),
    ("(Sistercities, 2021 A)", ["Sistercities"], "2021 A", 2021, None, "parenthetical", 132),
    ("(Sistercities, 2021 B)", ["Sistercities"], "2021 B", 2021, None, "parenthetical", 132),
    ("(Gibbs, etal, 2015:16)", ["Gibbs"], "2015", 2015, "16", "parenthetical", 142),
    ("(Ibid:20)", [], None, None, "20", "ibid", 142),
    ("(Clingendael, 2007)", ["Clingendael"], "2007", 2007, None, "parenthetical", 142),
    ("(Gibbs, et al, 2015: 15-16)", ["Gibbs"], "2015", 2015, "15-16", "parenthetical", 144),
    (
        "(قورچی و کاویانی راد، ۱۳۹۸: ۶۸)",
        ["قورچی", "کاویانی راد"],
        "۱۳۹۸",
        2019,
        "68",
        "parenthetical",
        150,
    ),
    ("(فورچی و امانی، ۱۳۸۸: ۶۸)", ["فورچی", "امانی"], "۱۳۸۸", 2009, "68", "parenthetical", 151),
    ("(Gibbs, etal, 2015:15-16)", ["Gibbs"], "2015", 2015, "15-16", "parenthetical", 160),
    ("(Ibid:16)", [], None, None, "16", "ibid", 161),
    ("(مجتهد زاده، ۱۳۸۱: ۵۴)", ["مجتهد زاده"], "۱۳۸۱", 2002, "54", "parenthetical", 163),
    ("(shabestan, 1398)", ["shabestan"], "1398", 2019, None, "parenthetical", 163),
    (
        "(فورچی و کاویانی راد، ۱۳۹۸: ۶۹)",
        ["فورچی", "کاویانی راد"],
        "۱۳۹۸",
        2019,
        "69",
        "parenthetical",
        164,
    ),
    (
        "(قورچی و کاویانی راد، ۱۳۹۸: ۶۹)",
        ["قورچی", "کاویانی راد"],
        "۱۳۹۸",
        2019,
        "69",
        "parenthetical",
        165,
    ),
    (
        "(قورچی و کاویانی راد، ۱۳۹۸: ۷۱)",
        ["قورچی", "کاویانی راد"],
        "۱۳۹۸",
        2019,
        "71",
        "parenthetical",
        166,
    ),
    (
        "(قورچی و کاویانی راد، ۱۳۹۸: ۷۴)",
        ["قورچی", "کاویانی راد"],
        "۱۳۹۸",
        2019,
        "74",
        "parenthetical",
        167,
    ),
    (
        "(دهشیری، خرمی، ۱۳۹۷: ۱۰۷-۱۰۵)",
        ["دهشیری", "خرمی"],
        "۱۳۹۷",
        2018,
        "107-105",
        "parenthetical",
        197,
    ),
]

# (authors, year as written, gregorian, line) for the 20 reference entries
REFERENCES = [
    (["احسانی فرید، مینا"], "۱۳۹۱", 2012, 207),
    (["اصغری، رمضان"], "۱۳۸۵", 2006, 208),
    (["مجتهد زاده، پیروز"], "۱۳۸۱", 2002, 209),
    (["دهشیری، محمدرضا", "خرمی، مصطفی"], "۱۳۹۷", 2018, 210),
    (["بصیرت، میثم", "جلیلی، سید مصطفی"], "۱۳۹۳", 2014, 211),
    (["قورچی، مرتضی", "کاویانی راد، جواد"], "۱۳۹۸", 2019, 212),
    (["زهرانی، مصطفی", "رجایی، علیرضا"], "۱۳۹۹", 2020, 213),
    (["زینلی، هاجر"], "۱۳۸۷", 2008, 214),
    (["قورچی، مرتضی", "محمد امانی"], "۱۳۸۸", 2009, 215),
    (["Blanco, I.", "Ricard, G."], "2020", 2020, 216),
    (["Clingendael"], "2007", 2007, 217),
    (
        ["Melissa Gibbs", "Alex Gooding", "Ronald Woods", "Stefanie Pillora", "Ryan Smith"],
        "2015",
        2015,
        218,
    ),
    (["Pipa, A.", "Bouchet, M."], "2020", 2020, 219),
    (["Ritchie, H.", "Roser, M."], "2019", 2019, 220),
    (["Sistercities"], "2021 A", 2021, 221),
    (["Sistercities"], "2021 B", 2021, 222),
    (["shabestan.ir"], "1398", 2019, 223),
    (["sustainabledevelopment"], "2006", 2006, 224),
    (["TRUEEDUCATIONPARTNERSHIPS"], "2020", 2020, 225),
    (["worldbank"], "2020", 2020, 226),
]


def _party(
    name: str, name_en: str | None = None, country: str | None = None, region: str | None = None
) -> dict:
    latin = name.isascii()
    return {
        "name": name,
        "name_en": name_en or (name if latin else None),
        "name_fa": None if latin else name,
        "country": country,
        "gazetteer_id": None,
        "region": region,
    }


def _split_partner(printed: str) -> tuple[dict, str]:
    """«یاسرنی، مجارستان: نارسمی» → party, status (hand rules for this table's spellings)."""
    status = "informal" if "نارسمی" in printed else "unknown"
    text = printed.replace(": نارسمی", "").strip()
    parts = [p.strip() for p in re.split(r"[،:]", text) if p.strip()]
    country = None
    if len(parts) > 1 and parts[-1] in COUNTRIES:
        country = COUNTRIES[parts.pop()]
    elif len(parts) == 1 and parts[0].endswith(" صربستان"):
        parts, country = [parts[0].removesuffix(" صربستان")], "RS"
    name = parts[0]
    region = "، ".join(parts[1:]) or None
    if country is None and name in IRANIAN:
        country = "IR"
    return _party(name, country=country, region=region), status


def _table_agreements() -> list[dict]:
    rows = json.loads((EXPECTED / "sister_cities.json").read_text(encoding="utf-8"))
    lines = (EXPECTED / "source.txt").read_text(encoding="utf-8").split("\n")
    out: list[dict] = []
    index: dict[frozenset, int] = {}
    for row in rows:
        home = _party(row["city"], country="IR")
        line = next(i + 1 for i, text in enumerate(lines) if text.startswith(row["city_cell"])) + 1
        for sc in row["sister_cities"]:
            partner, status = _split_partner(sc["name"])
            year = int(sc["year"].translate(_FA_DIGITS)) if sc["year"] else None
            ev = {
                "page": None,
                "block": None,
                "quote": sc["text"],
                "start": None,
                "end": None,
                "line": line,
            }
            key = frozenset({home["name"], partner["name"]})
            if key in index:
                old = out[index[key]]
                old["evidence"].append(ev)
                if old["year"] is None and year is not None:
                    old["year"] = year
                continue
            index[key] = len(out)
            out.append(
                {
                    "parties": [home, partner],
                    "year": year,
                    "date": {"text": sc["year"], "calendar": "gregorian", "gregorian": year}
                    if year
                    else None,
                    "status": status,
                    "kind": "sister city",
                    "source": "table",
                    "evidence": [ev],
                    "confidence": 1.0,
                }
            )
    # Annotation decision (2026-11-26): the table marks some partners «نارسمی»; the
    # unmarked ones are presented by contrast as formal ties, so they are "formal"
    # (see ``textkit/extract/records.py``). A table with no marker at all keeps "unknown".
    if any(a["status"] == "informal" for a in out):
        for a in out:
            if a["status"] == "unknown":
                a["status"] = "formal"
    return out


def _prose_agreements(lines: list[str]) -> list[dict]:
    out = []
    for a, b, year, ytext, status, source, line in PROSE:
        cal = None
        if ytext:
            cal = "jalali" if 1200 <= int(ytext.translate(_FA_DIGITS)) < 1500 else "gregorian"
        out.append(
            {
                "parties": [_party(*a), _party(*b)],
                "year": year,
                "date": {"text": ytext, "calendar": cal, "gregorian": year} if ytext else None,
                "status": status,
                "kind": "sister city",
                "source": source,
                "evidence": [
                    {
                        "page": None,
                        "block": None,
                        "quote": lines[line - 1][:300],
                        "start": None,
                        "end": None,
                        "line": line,
                    }
                ],
                "confidence": 1.0,
            }
        )
    return out


def _memberships(lines: list[str]) -> list[dict]:
    rows = json.loads((EXPECTED / "sister_cities.json").read_text(encoding="utf-8"))
    out = []
    for row in rows:
        for m in row["memberships"]:
            if not m.startswith("عضو "):
                continue  # «ثبت … در فهرست میراث جهانی یونسکو» is a listing, not a membership
            out.append(
                {
                    "city": _party(row["city"], country="IR"),
                    "organisation": m.removeprefix("عضو ").strip(),
                    "organisation_id": None,
                    "year": None,
                    "source": "table",
                    "evidence": [
                        {
                            "quote": m,
                            "page": None,
                            "block": None,
                            "start": None,
                            "end": None,
                            "line": None,
                        }
                    ],
                    "confidence": 1.0,
                }
            )
    for org, cities, line in ORG_MEMBERS:
        for c in cities:
            out.append(
                {
                    "city": _party(c, country="IR"),
                    "organisation": org,
                    "organisation_id": None,
                    "year": None,
                    "source": "table",
                    "evidence": [
                        {
                            "quote": lines[line - 1],
                            "page": None,
                            "block": None,
                            "start": None,
                            "end": None,
                            "line": line,
                        }
                    ],
                    "confidence": 1.0,
                }
            )
    # Organisation ids from the shipped gazetteer (exact name matches only). The table's
    # «انجمن جهانی مترو پلیس‌ها» and the organisations table's «سازمان متروپلیس» are the
    # same body (Metropolis): a city listed as a member in both places is ONE membership.
    try:
        from textkit.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:
        gaz = None
    merged: list[dict] = []
    seen: dict[tuple[str, str], int] = {}
    for m in out:
        if gaz is not None:
            hits = [
                h
                for h in gaz.lookup(m["organisation"], type="org", fuzzy=False, limit=1)
                if h.exact
            ]
            m["organisation_id"] = hits[0].entry.id if hits else None
        key = (m["city"]["name"], m["organisation_id"] or m["organisation"])
        if key in seen:
            merged[seen[key]]["evidence"].extend(m["evidence"])
            continue
        seen[key] = len(merged)
        merged.append(m)
    return merged


def build() -> dict:
    lines = (EXPECTED / "source.txt").read_text(encoding="utf-8").split("\n")

    def ev(line: int) -> list[dict]:
        return [
            {
                "page": None,
                "block": None,
                "quote": lines[line - 1][:300],
                "start": None,
                "end": None,
                "line": line,
            }
        ]

    designations = [
        {
            "city": _party("اصفهان", country="IR"),
            "title": "پایتخت فرهنگی جهان اسلام",
            "year": 2006,
            "evidence": ev(173),
            "confidence": 1.0,
        },
        {
            "city": _party("تبریز", country="IR"),
            "title": "پایتخت گردشگری جهان اسلام",
            "year": 2018,
            "evidence": ev(176),
            "confidence": 1.0,
        },
        {
            "city": _party("شیراز", country="IR"),
            "title": "پایتخت فرهنگی جهان اسلام",
            "year": 2007,
            "evidence": ev(186),
            "confidence": 1.0,
        },
    ]
    result = {
        "schema_version": "1.0",
        "textkit_version": "gold",
        "document": {
            "path": "corpora/sister-cities-iran/expected/source.txt",
            "sha256": "",
            "pages": 1,
            "producer": None,
            "source_kind": "text",
            "encoding": "utf-8",
            "languages": ["fa", "en"],
        },
        "metadata": {
            "title": {"fa": lines[8], "en": lines[0]},
            "authors": [
                {
                    "name": "Hossein Tafazzoli",
                    "name_fa": "حسین تفضلی",
                    "affiliation": "Assistant Professor of Political Science, Islamic Azad University, Central Tehran Branch, Tehran, Iran",
                    "email": "Tafazzoli_hossein@yahoo.de",
                },
                {
                    "name": "Yusef Mohammadi",
                    "name_fa": "یوسف محمدی",
                    "affiliation": "PhD student in Political Science, Sociology, Islamic Azad University, Central Tehran Branch, Tehran, Iran",
                    "email": "Ymohammadi854@gmail.com",
                },
                {
                    "name": "Mohammed Tavakoli",
                    "name_fa": "محمد توکلی",
                    "affiliation": "PhD student in Political Science, Sociology, Islamic Azad University, Central Tehran Branch, Tehran, Iran",
                    "email": "M.tavakoli1879@gmail.com",
                },
            ],
            "keywords": {
                "fa": ["خواهرخواندگی", "دیپلماسی عمومی", "فرهنگ", "ایران", "خواهر شهر"],
                "en": ["sisterhood", "public diplomacy", "culture", "Iran", "sister city"],
            },
            "abstract": {"fa": lines[11], "en": lines[3]},
        },
        "agreements": _table_agreements() + _prose_agreements(lines),
        "memberships": _memberships(lines),
        "designations": designations,
        "organisations": [
            {
                "name": n,
                "acronym": a,
                "gazetteer_id": None,
                "founded": f,
                "seat": s,
                "evidence": ev(line),
            }
            for n, a, f, s, line in ORGANISATIONS
        ],
        "citations": [
            {
                "text": t,
                "authors": au,
                "year": y,
                "year_gregorian": g,
                "page": p,
                "kind": k,
                "reference": None,
                "block": None,
                "start": None,
                "end": None,
            }
            for t, au, y, g, p, k, _line in CITATIONS
        ],
        "references": [
            {
                "id": f"r{i}",
                "text": lines[line - 1],
                "authors": au,
                "year": y,
                "year_gregorian": g,
                "title": None,
                "lang": "fa" if re.search("[\u0600-\u06ff]", lines[line - 1][:20]) else "en",
            }
            for i, (au, y, g, line) in enumerate(REFERENCES, 1)
        ],
    }
    return result


if __name__ == "__main__":
    from textkit.schema import Result

    data = build()
    Result.model_validate(data)
    out = HERE / "sister-cities-iran.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{out}: {len(data['agreements'])} agreements, {len(data['memberships'])} memberships, "
        f"{len(data['citations'])} citations, {len(data['references'])} references"
    )
