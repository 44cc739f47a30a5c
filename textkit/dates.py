"""Year parsing for Persian and English text: Jalali, Gregorian and Hijri years.

Rule for a bare Jalali year: a Jalali (Solar Hijri) year *Y* runs from Nowruz
(about 21 March of Gregorian year *Y* + 621) to the day before the next Nowruz,
so it covers parts of two Gregorian years. We map it to **Y + 621**, the
Gregorian year in which it starts and in which about 9 of its 12 months fall.
When a full date is written (``۱۳۹۸/۰۸/۱۱``) it is converted exactly with
``jdatetime``.

Which calendar a bare four-digit year is in: an explicit marker wins
(«ه.ش»، «شمسی» → Jalali; «ه.ق»، «قمری» → Hijri; «م»، «میلادی»، AD → Gregorian);
otherwise 1200–1499 is Jalali (a Hijri lunar year in this literature carries a
marker) and 1500–2199 is Gregorian.

Example:
    >>> parse_year("۱۳۷۳").gregorian
    1994
    >>> parse_year("(۱۹۸۹)").calendar
    'gregorian'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.script import to_latin_digits

#: Any decimal digit we read: Latin, Persian (U+06F0..9) or Arabic-Indic (U+0660..9).
DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"

# A four-digit year not glued to other digits: «۱۳۷۳» → ۱۳۷۳, "x12345" → no match.
_YEAR_RE = re.compile(rf"(?<!{DIGIT}){DIGIT}{{4}}(?!{DIGIT})")
# A full numeric date, Y/M/D or D/M/Y: «۱۳۹۸/۰۸/۱۱» → (۱۳۹۸, ۰۸, ۱۱).
_FULL_DATE_RE = re.compile(rf"({DIGIT}{{4}})[/\-.]({DIGIT}{{1,2}})[/\-.]({DIGIT}{{1,2}})")
# Day first: «۲۰/۱۰/۱۳۹۵» (a Persian date written day/month/year, or printed reversed by a
# right-to-left renderer); read only when unambiguous: a Jalali year, or a day above 12.
_DAY_FIRST_RE = re.compile(
    rf"(?<![0-9\u06f0-\u06f9/])({DIGIT}{{1,2}})[/\-.]({DIGIT}{{1,2}})[/\-.]({DIGIT}{{4}})(?![0-9\u06f0-\u06f9])"
)
# Calendar markers right after the year: «۱۳۷۳ ه.ش», «۱۴۰۰ق», "1999 AD", «۱۹۹۹ م».
_JALALI_MARK = re.compile(r"^\s*(?:ه\s*\.?\s*ش|هجری\s+شمسی|شمسی|ش\b|SH\b|AP\b)")
_HIJRI_MARK = re.compile(r"^\s*(?:ه\s*\.?\s*ق|هجری\s+قمری|قمری|ق\b|AH\b)")
_GREG_MARK = re.compile(r"^\s*(?:میلادی|م\b|م\.|AD\b|CE\b)")


def to_ascii_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits with ASCII digits.

    Example:
        >>> to_ascii_digits("سال ۱۳۷۳")
        'سال 1373'
    """
    return to_latin_digits(text)


@dataclass(frozen=True, slots=True)
class YearInfo:
    """A year found in text.

    Attributes:
        text: the year as written (digits as printed).
        calendar: ``"gregorian"``, ``"jalali"`` or ``"hijri"``.
        gregorian: the Gregorian year (see the module rule for Jalali years).
        start: offset of the year in the searched text.
        end: end offset.
        iso: the full Gregorian date ``YYYY-MM-DD`` when day and month are written
            with the year («۱۴ اردیبهشت ۱۳۹۸» → ``2019-05-04``), else ``None``.
    """

    text: str
    calendar: str
    gregorian: int
    start: int = 0
    end: int = 0
    iso: str | None = None


def jalali_to_gregorian_year(year: int) -> int:
    """Gregorian year in which Jalali year *year* begins.

    Example:
        >>> jalali_to_gregorian_year(1357)
        1978
    """
    return year + 621


def hijri_to_gregorian_year(year: int) -> int:
    """Gregorian year in which (lunar) Hijri year *year* begins, to within a year.

    Uses the mean lengths of the two calendars (354.367 vs 365.2425 days).

    Example:
        >>> hijri_to_gregorian_year(1400)
        1979
    """
    return int(year * 354.367 / 365.2425 + 621.5643)


def classify_year(value: int, after: str = "") -> str | None:
    """The calendar of a four-digit year *value*, given the text right after it.

    Returns ``None`` when the number is not a plausible year.

    Example:
        >>> classify_year(1373)
        'jalali'
        >>> classify_year(1440, " ه.ق")
        'hijri'
    """
    if _HIJRI_MARK.match(after):
        return "hijri" if 1000 <= value <= 1600 else None
    if _JALALI_MARK.match(after):
        return "jalali" if 1000 <= value <= 1600 else None
    if _GREG_MARK.match(after):
        return "gregorian" if 1000 <= value <= 2200 else None
    if 1200 <= value <= 1499:
        return "jalali"
    if 1500 <= value <= 2199:
        return "gregorian"
    return None


def to_gregorian(value: int, calendar: str) -> int:
    """Convert a year of *calendar* to Gregorian (see the module rule).

    Example:
        >>> to_gregorian(1398, "jalali")
        2019
    """
    if calendar == "jalali":
        return jalali_to_gregorian_year(value)
    if calendar == "hijri":
        return hijri_to_gregorian_year(value)
    return value


def find_years(text: str) -> list[YearInfo]:
    """All plausible years in *text*, in order.

    A full Jalali date («۱۳۹۸/۰۸/۱۱») is converted exactly with jdatetime.

    Example:
        >>> [y.gregorian for y in find_years("در سال ۱۳۷۳ و ۱۹۸۹")]
        [1994, 1989]
    """
    isos = _full_dates(text)
    out: list[YearInfo] = []
    for m in _YEAR_RE.finditer(text):
        value = int(to_ascii_digits(m.group()))
        cal = classify_year(value, text[m.end() : m.end() + 12])
        if cal is None:
            continue
        iso = isos.get(m.start())
        greg = int(iso[:4]) if iso else to_gregorian(value, cal)
        out.append(YearInfo(m.group(), cal, greg, m.start(), m.end(), iso))
    return out


def _full_dates(text: str) -> dict[int, str]:
    """ISO dates of the full dates in *text*, by where their year starts: numeric
    («۱۳۹۸/۰۸/۱۱», "16/02/1992"), with a month name ("February 16, 1992", «۲۷ مهر ۱۴۰۱»)
    and with the day in words («بیست و هفتم مهر ۱۴۰۱»)."""
    isos: dict[int, str] = {}

    def keep(at: int, iso: str | None) -> None:
        if iso and at not in isos:
            isos[at] = iso

    for m in _FULL_DATE_RE.finditer(text):
        y, mo, d = (int(to_ascii_digits(g)) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            keep(m.start(1), _iso(y, mo, d))
    for m in _DAY_FIRST_RE.finditer(text):
        d, mo, y = (int(to_ascii_digits(g)) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31 and (1200 <= y <= 1499 or d > 12):
            keep(m.start(3), _iso(y, mo, d))
    for m in _MONTH_DATE_RE.finditer(text):
        day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        named = MONTHS.get(month.casefold())
        if named is not None and day is not None:
            y = int(to_ascii_digits(m.group("y")))
            keep(m.start("y"), _iso(y, named[1], int(to_ascii_digits(day)), named[0]))
    for m in _WORD_DATE_RE.finditer(text):
        named = MONTHS.get(m.group("m").casefold())
        day = word_day(m.group("tens"), m.group("ord"))
        if named is not None and day is not None:
            y = int(to_ascii_digits(m.group("y")))
            keep(m.start("y"), _iso(y, named[1], day, named[0]))
    return isos


def _iso(y: int, mo: int, d: int, calendar: str | None = None) -> str | None:
    """ISO Gregorian date of a written date (Jalali when 1200–1499 or *calendar* says so)."""
    try:
        if calendar == "jalali" or (calendar is None and 1200 <= y <= 1499):
            if not 1200 <= y <= 1499:
                return None
            import jdatetime  # type: ignore[import-untyped]

            return str(jdatetime.date(y, mo, d).togregorian().isoformat())
        if calendar in (None, "gregorian") and 1500 <= y <= 2199:
            import datetime

            return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None
    return None


# Month names: Jalali (Persian), Gregorian in Persian transliteration and in English.
_JALALIMONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_GREGMONTHS_FA = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)
_GREGMONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# The same solar months as named in Afghanistan (zodiac names): «۶ حوت ۱۳۹۸».
_AFGHAN_MONTHS = (
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
)
MONTHS: dict[str, tuple[str, int]] = {
    **{n: ("jalali", i + 1) for i, n in enumerate(_JALALIMONTHS)},
    **{n: ("jalali", i + 1) for i, n in enumerate(_AFGHAN_MONTHS)},
    **{n: ("gregorian", i + 1) for i, n in enumerate(_GREGMONTHS_FA)},
    # "Apr 7, 2015", "7 Sept 2021": the usual English abbreviations
    **{n[:3]: ("gregorian", i + 1) for i, n in enumerate(_GREGMONTHS_EN)},
    "sept": ("gregorian", 9),
    **{n: ("gregorian", i + 1) for i, n in enumerate(_GREGMONTHS_EN)},
}
# «۱۴ اردیبهشت ۱۳۹۸», "14 May 2019", "May 14, 2019".
_MONTH_DATE_RE = re.compile(
    rf"(?:(?P<d>{DIGIT}{{1,2}})\s+(?P<m>[^\W\d]+)|(?P<m2>[A-Za-z]+)\s+(?P<d2>{DIGIT}{{1,2}}),?)"
    rf"\s+(?P<y>{DIGIT}{{4}})(?!{DIGIT})"
)


# Ordinal days written in words: «یکم»/«اول» … «نوزدهم», «بیستم», «بیست و هفتم», «سی‌ام».
_ORD_UNITS = {
    "یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6,
    "هفتم": 7, "هشتم": 8, "نهم": 9,
}  # fmt: skip
_ORD_TEENS = {
    "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
    "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19,
    "بیستم": 20, "سی\u200cام": 30, "سی ام": 30, "سیام": 30,
}  # fmt: skip
_ORD_ALT = "|".join(
    sorted([*_ORD_UNITS, *_ORD_TEENS], key=len, reverse=True)
)
# «بیست و هفتم مهر ۱۴۰۱»: (tens «بیست و»/«سی و»)? ordinal, month name, year.
_WORD_DATE_RE = re.compile(
    rf"(?:(?P<tens>بیست|سی)\s+و\s+)?(?P<ord>{_ORD_ALT})\s+(?P<m>[^\W\d]+)\s+(?P<y>{DIGIT}{{4}})(?!{DIGIT})"
)


def word_day(tens: str | None, ordinal: str) -> int | None:
    """Day of month written as a Persian ordinal («بیست», «هفتم») → 27.

    Example:
        >>> word_day("بیست", "هفتم"), word_day(None, "پانزدهم")
        (27, 15)
    """
    if tens:
        unit = _ORD_UNITS.get(ordinal)
        return None if unit is None else (20 if tens == "بیست" else 30) + unit
    return _ORD_UNITS.get(ordinal) or _ORD_TEENS.get(ordinal)


def parse_year(text: str) -> YearInfo | None:
    """The first plausible year in *text*, or ``None``.

    Example:
        >>> parse_year("یزد (۱۳۷۳ ه.ش)").gregorian
        1994
    """
    years = find_years(text)
    return years[0] if years else None
