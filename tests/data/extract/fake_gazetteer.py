"""A tiny stand-in with the Gazetteer API, for the extraction tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from textkit.extract.model import name_key


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name_en: str
    name_fa: str
    country: str | None
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    matched: str
    exact: bool


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entry: Entry
    score: float
    type: str


CITIES = [
    ("c:tehran", "Tehran", "تهران", "IR"),
    ("c:bishkek", "Bishkek", "بیشکک", "KG"),
    ("c:isfahan", "Isfahan", "اصفهان", "IR"),
    ("c:yazd", "Yazd", "یزد", "IR"),
    ("c:kerman", "Kerman", "کرمان", "IR"),
    ("c:herat", "Herat", "هرات", "AF"),
    ("c:portland", "Portland", "پورتلند", "US"),
    ("c:utrecht", "Utrecht", "اوترخت", "NL"),
    ("c:xian", "Xi'an", "شیان", "CN"),
    ("c:toledo-es", "Toledo", "تولدو", "ES"),
    ("c:shiraz", "Shiraz", "شیراز", "IR"),
    ("c:dushanbe", "Dushanbe", "دوشنبه", "TJ"),
    ("c:mashhad", "Mashhad", "مشهد", "IR"),
    ("c:karbala", "Karbala", "کربلا", "IQ"),
    ("c:tabriz", "Tabriz", "تبریز", "IR"),
    ("c:zanjan", "Zanjan", "زنجان", "IR"),
    ("c:qazvin", "Qazvin", "قزوین", "IR"),
    ("c:hamadan", "Hamadan", "همدان", "IR"),
    ("c:ardabil", "Ardabil", "اردبیل", "IR"),
    ("c:urmia", "Urmia", "ارومیه", "IR"),
]
ORGS = [
    ("o:metropolis", "Metropolis", "متروپلیس", None, ("انجمن جهانی مترو پلیس‌ها", "سازمان متروپلیس"))
]
REGIONS = [("r:oh", "Ohio", "اوهایو", "US")]


class FakeGazetteer:
    def __init__(self) -> None:
        self.entries = [Entry(i, "city", en, fa, cc) for i, en, fa, cc in CITIES]
        self.entries += [Entry(i, "org", en, fa, cc, al) for i, en, fa, cc, al in ORGS]
        self.entries += [Entry(i, "region", en, fa, cc) for i, en, fa, cc in REGIONS]

    def get(self, id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == id), None)

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        type: str | None = None,
        fuzzy: bool = True,
        limit: int = 5,
    ) -> list[Match]:
        k = name_key(name)
        out = []
        for e in self.entries:
            if (type and e.type != type) or (country and e.country != country):
                continue
            if k in {name_key(n) for n in (e.name_en, e.name_fa, *e.aliases)}:
                out.append(Match(e, 1.0, name, True))
        return out[:limit]

    def country_code(self, name: str) -> str | None:
        return None

    def find_mentions(self, text: str, *, types: set[str] | None = None) -> list[Mention]:
        out = []
        for e in self.entries:
            if types and e.type not in types:
                continue
            for n in (e.name_fa, e.name_en):
                i = text.find(n)
                if i >= 0:
                    out.append(Mention(i, i + len(n), n, e, 1.0, e.type.upper()))
        return sorted(out, key=lambda m: m.start)
