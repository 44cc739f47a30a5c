"""Word lists for extraction: country names, twinning words, status markers.

Country names come from CLDR (via ``babel``, Persian and English territory
names) plus a short curated list of spellings Persian papers use that CLDR
lacks («انگلستان», «اتحاد جماهیر شوروی»). The gazetteer, when given, is asked
after these.

Example:
    >>> country_code("کره جنوبی")
    'KR'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# Spellings used in Persian and English papers that CLDR does not list.
# Historic states map to their successor's code (SU → RU) or to a user-assigned one.
_EXTRA_COUNTRIES: dict[str, str] = {
    "انگلستان": "GB",
    "انگلیس": "GB",
    "بریتانیا": "GB",
    "England": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "UK": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "اسکاتلند": "GB",
    "ولز": "GB",
    "ایالات متحده آمریکا": "US",
    "آمریکا": "US",
    "امریکا": "US",
    "USA": "US",
    "U.S.": "US",
    "US": "US",
    "United States of America": "US",
    "اتحاد جماهیر شوروی": "SU",
    "شوروی": "SU",
    "Soviet Union": "SU",
    "USSR": "SU",
    "فلسطین": "PS",
    "Palestine": "PS",
    "آذربایجان": "AZ",
    "جمهوری آذربایجان": "AZ",
    "کره": "KR",
    "Korea": "KR",
    "Republic of Korea": "KR",
    "کره شمالی": "KP",
    "جمهوری فدرال آلمان": "DE",
    "West Germany": "DE",
    "آلمان غربی": "DE",
    "Turkey": "TR",
    "ترکیه": "TR",
    "چک": "CZ",
    "Czech Republic": "CZ",
    "امارات": "AE",
    "امارات متحده عربی": "AE",
    "UAE": "AE",
    "بلاروس": "BY",
    "روسیه سفید": "BY",
    "هندوستان": "IN",
    "اسپانیا": "ES",
    "هلند": "NL",
    "Holland": "NL",
    "ویتنام": "VN",
    "Russian Federation": "RU",
    "People's Republic of China": "CN",
    "PRC": "CN",
    "ارمنستان": "AM",
    "لبنان": "LB",
    "سوئیس": "CH",
    "تایوان": "TW",
}

# Names that are also city names or too ambiguous to end an item by themselves.
_NOT_COUNTRY = {
    "جیبوتی",
    "کویت",
    "سنگاپور",
    "موناکو",
    "مکزیک",
    "واتیکان",
    "لوکزامبورگ",
    "Djibouti",
    "Kuwait",
    "Singapore",
    "Monaco",
    "Mexico",
    "Luxembourg",
    "Guatemala",
    "Panama",
    "پاناما",
    "گواتمالا",
    "الجزایر",
    "Algeria",
    "تونس",
    "Tunisia",
    "Georgia",
    "Washington",
}

#: Words that mark a twinning relationship, Persian and English (matched on keys).
TWINNING_WORDS_FA = (
    "خواهرخواندگی",
    "خواهرخوانده",
    "خواهر خوانده",
    "خواهرشهر",
    "خواهر شهر",
    "شهرهای خواهر",
    "شهر خواهر",
    "شهرهای دوقلو",
    "دوقلو",
    "دو قلو",
    "پیوند",
    "شهرخواهر",
    "شهر دوست",
    "شهرهای دوست",
    "دوقلوی",
    "پیمان دوستی",
    "رابطه دوستی",
    "روابط دوستی",
    "تفاهم\u200cنامه همکاری",
    "تفاهم\u200cنامه دوستی",
    "تفاهم نامه دوستی",
    "تفاهم نامه همکاری",
    "شهرهای همکار",
)
TWINNING_WORDS_EN = (
    "sister city",
    "sister cities",
    "sister-city",
    "twin town",
    "twin towns",
    "twin city",
    "twinned",
    "twinning",
    "twins",
    "partner city",
    "partner cities",
    "partnership city",
    "friendship city",
    "friendship cities",
    "sister town",
    "sister relationship",
    "sister-state",
    "sister province",
    "town twinning",
    "jumelage",
    "städtepartnerschaft",
    "partnership agreement",
    "friendship agreement",
    "twinning agreement",
    "twin cities",
    "sister-cities",
    "friendship pact",
    "friendship ties",
    "cooperation agreement",
    "co-operation agreement",
    "memorandum of understanding",
    "partner towns",
    "partner town",
)

# Status words, checked in the item or the clause that states the pair.
STATUS_WORDS: tuple[tuple[str, str], ...] = (
    # a memorandum that never became a formal tie: checked before «رسمی»/"formal"
    ("رسمی تبدیل نشد", "informal"),
    ("رسمی نرسید", "informal"),
    ("رسمی نرسیده", "informal"),
    ("never became", "informal"),
    ("never turned", "informal"),
    ("not yet formal", "informal"),
    ("memorandum of understanding", "informal"),
    ("تفاهم\u200cنامه دوستی", "informal"),
    ("تفاهم نامه دوستی", "informal"),
    ("in talks", "planned"),
    ("lapsed", "ended"),
    ("expired", "ended"),
    ("dormant", "suspended"),
    ("نارسمی", "informal"),
    ("غیررسمی", "informal"),
    ("غیر رسمی", "informal"),
    ("informal", "informal"),
    ("unofficial", "informal"),
    ("پیشنهادی", "planned"),
    ("مطرح شده", "planned"),
    ("مطرح است", "planned"),
    ("امضا خواهد", "planned"),
    ("منعقد خواهد", "planned"),
    ("would be signed", "planned"),
    ("would sign", "planned"),
    ("to sign", "planned"),
    ("پیشنهاد", "planned"),
    ("در دست اقدام", "planned"),
    ("مذاکره", "planned"),
    ("در دست بررسی", "planned"),
    ("قرار است", "planned"),
    ("negotiat", "planned"),
    ("expected to", "planned"),
    ("to be signed", "planned"),
    ("will be signed", "planned"),
    ("plans to", "planned"),
    ("intends to", "planned"),
    ("متوقف", "suspended"),
    ("halted", "suspended"),
    ("paused", "suspended"),
    ("on hold", "suspended"),
    ("در حال انعقاد", "planned"),
    ("planned", "planned"),
    ("proposed", "planned"),
    ("pending", "planned"),
    ("under discussion", "planned"),
    ("will sign", "planned"),
    ("تعلیق", "suspended"),
    ("معلق", "suspended"),
    ("suspended", "suspended"),
    ("frozen", "suspended"),
    ("لغو", "ended"),
    ("قطع", "ended"),
    ("پایان", "ended"),
    ("ended", "ended"),
    ("terminated", "ended"),
    ("cancelled", "ended"),
    ("canceled", "ended"),
    ("severed", "ended"),
    ("revoked", "ended"),
    # «پیمان خواهرخواندگی بست / بستند / بسته‌اند»: a twinning pact concluded
    ("خواهرخواندگی بست", "formal"),
    ("رسمیت یافت", "formal"),
    ("رسمی", "formal"),
    ("امضا", "formal"),
    ("امضای", "formal"),
    ("منعقد", "formal"),
    ("official", "formal"),
    ("formal", "formal"),
    ("signed", "formal"),
    ("concluded", "formal"),
    ("established", "formal"),
)

_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "إ": "ا",
        "أ": "ا",
        "ٱ": "ا",
        "\u200c": " ",
        "\u200d": "",
        "\u200f": "",
        "\u200e": "",
        "ـ": "",
        "\u0654": "",
        "\u0670": "",
    }
)
# Arabic diacritics (fatha … sukun, superscript alef): «کِتابُ» → «کتاب».
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
# Anything that is not a letter or digit: "New-York, NY." → "New York NY".
_NON_WORD = re.compile(r"[^\w]+")


def name_key(text: str) -> str:
    """Canonical comparison key: letters folded, case folded, no spaces or punctuation.

    Example:
        >>> name_key("کرهٔ جنوبی") == name_key("کره‌جنوبی")
        True
    """
    t = unicodedata.normalize("NFKC", text).translate(_FOLD)
    t = _DIACRITICS.sub("", t).casefold()
    t = _NON_WORD.sub("", t)
    return t.replace("_", "")


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        from babel import Locale

        for loc in ("en", "fa"):
            for code, name in Locale(loc).territories.items():
                if len(code) == 2 and code.isalpha():
                    table.setdefault(name_key(name), code)
    except Exception:  # babel missing or without data: curated names only
        pass
    for name, code in _EXTRA_COUNTRIES.items():
        table[name_key(name)] = code
    return table


def country_code(name: str, gazetteer: Any = None, *, strict: bool = False) -> str | None:
    """ISO alpha-2 code for a country name in Persian or English, else ``None``.

    With ``strict=True`` names that are also city names («کویت», "Mexico") are
    not taken for countries (used where no separator marks the country).

    Example:
        >>> country_code("ترکیه"), country_code("Japan"), country_code("شیان")
        ('TR', 'JP', None)
    """
    key = name_key(name)
    if not key:
        return None
    if strict and key in _not_country_keys():
        return None
    code = _country_table().get(key)
    if code:
        return code
    if gazetteer is not None and len(key) > 3:
        # exact names only: a fuzzy country match turns towns into countries («کویته» → Kuwait)
        if _GAZ_COUNTRY_OWNER[0] is not gazetteer or len(_GAZ_COUNTRY_CACHE) > 50_000:
            # one gazetteer at a time (holding it keeps its id() from being reused)
            _GAZ_COUNTRY_CACHE.clear()
            _GAZ_COUNTRY_OWNER[0] = gazetteer
        ck = (id(gazetteer), key)
        if ck not in _GAZ_COUNTRY_CACHE:
            try:
                hits = [
                    m
                    for m in gazetteer.lookup(name.strip(), type="country", fuzzy=False, limit=1)
                    if m.exact
                ]
                _GAZ_COUNTRY_CACHE[ck] = hits[0].entry.country if hits else None
            except Exception:  # a gazetteer bug must not stop extraction
                _GAZ_COUNTRY_CACHE[ck] = None
        return _GAZ_COUNTRY_CACHE[ck]
    return None


_GAZ_COUNTRY_CACHE: dict[tuple[int, str], str | None] = {}
_GAZ_COUNTRY_OWNER: list[Any] = [None]


@lru_cache(maxsize=1)
def _not_country_keys() -> frozenset[str]:
    return frozenset(name_key(n) for n in _NOT_COUNTRY)


def has_twinning_word(text: str) -> bool:
    """Whether *text* contains a twinning word (Persian or English).

    Example:
        >>> has_twinning_word("پیمان خواهرخواندگی امضا شد")
        True
    """
    return twinning_word_at(text) is not None


@lru_cache(maxsize=1)
def _twinning_re() -> re.Pattern[str]:
    # one alternation, longest words first: Persian anywhere, English from a word start
    fa = sorted({w.translate(_FOLD) for w in TWINNING_WORDS_FA}, key=len, reverse=True)
    en = sorted(set(TWINNING_WORDS_EN), key=len, reverse=True)
    return re.compile("|".join([re.escape(w) for w in fa] + [r"\b" + re.escape(w) for w in en]))


def twinning_word_at(text: str) -> str | None:
    """The first twinning word found in *text* (folded form), else ``None``.

    Example:
        >>> twinning_word_at("Seattle and Kobe became sister cities")
        'sister cities'
    """
    m = _twinning_re().search(text.casefold().translate(_FOLD))
    return m.group() if m else None


def status_of(text: str, *, default: str = "unknown") -> str:
    """Status stated in *text*: the first status word found wins, in the order of
    :data:`STATUS_WORDS` (informal/planned/suspended/ended before formal).

    Example:
        >>> status_of("یاسرنی، مجارستان: نارسمی")
        'informal'
    """
    low = text.casefold().translate(_FOLD)
    for word, status in STATUS_WORDS:
        w = word.translate(_FOLD)
        if w.isascii():
            if re.search(r"\b" + re.escape(w) + (r"\w*\b" if w == "negotiat" else r"\b"), low):
                # "informal" also contains "formal"; \b keeps them apart.
                return status
        elif w in low:
            return status
    return default


# Kinds of relationship named by the twinning word found in a clause.
_KINDS = (
    (r"friendship|دوستی|شهر\s*دوست|شهرهای\s+دوست", "friendship city"),
    (r"partner(?:ship)?\s+cit|städtepartnerschaft|partnership\s+agreement", "partner city"),
    (r"twin(?:ned|ning|s)?\b|twin\s+town|jumelage|دوقلو", "twin town"),
)


def kind_of(text: str) -> str:
    """The kind of relationship a clause names; "sister city" unless it says otherwise.

    Example:
        >>> kind_of("Seattle and Kobe became friendship cities"), kind_of("خواهرخواندگی")
        ('friendship city', 'sister city')
    """
    if re.search(r"sister|خواهر", text, re.I):
        return "sister city"
    for rx, kind in _KINDS:
        if re.search(rx, text, re.I):
            return kind
    return "sister city"
