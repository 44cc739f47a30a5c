"""Year parsing: calendars, conversion, markers."""

from __future__ import annotations

import pytest

from textkit.dates import (
    classify_year,
    find_years,
    hijri_to_gregorian_year,
    jalali_to_gregorian_year,
    parse_year,
    to_ascii_digits,
)


@pytest.mark.parametrize(
    ("text", "calendar", "gregorian"),
    [
        pytest.param("۱۳۷۳", "jalali", 1994, id="bare-jalali"),
        pytest.param("(۱۹۸۹)", "gregorian", 1989, id="persian-digits-gregorian"),
        pytest.param("1398", "jalali", 2019, id="latin-digits-jalali"),
        pytest.param("سال ۱۴۴۰ ه.ق", "hijri", 2018, id="hijri-marker"),
        pytest.param("۱۹۹۹ م", "gregorian", 1999, id="gregorian-marker"),
        pytest.param("۱۳۹۸/۰۸/۱۱", "jalali", 2019, id="full-jalali-date"),
        pytest.param("۱۳۹۹/۱۲/۲۰", "jalali", 2021, id="full-date-after-new-year"),
        pytest.param("٢٠١٢", "gregorian", 2012, id="arabic-indic-digits"),
    ],
)
def test_dates_parse_year(text: str, calendar: str, gregorian: int) -> None:
    y = parse_year(text)
    assert y is not None
    assert (y.calendar, y.gregorian) == (calendar, gregorian)


@pytest.mark.parametrize("text", ["", "۱۰۰۰ نفر", "12345", "سال ۹۵", "شماره ۹۲"])
def test_dates_no_year(text: str) -> None:
    assert parse_year(text) is None


def test_dates_jalali_rule_is_start_year() -> None:
    # Farvardin 1 of 1357 fell on 21 March 1978
    assert jalali_to_gregorian_year(1357) == 1978


def test_dates_hijri_conversion() -> None:
    assert hijri_to_gregorian_year(1400) == 1979  # 1 Muharram 1400 = 21 November 1979


def test_dates_find_years_offsets() -> None:
    text = "در سال ۱۳۷۳ و 1989"
    ys = find_years(text)
    assert [text[y.start : y.end] for y in ys] == ["۱۳۷۳", "1989"]


def test_dates_classify_and_digits() -> None:
    assert classify_year(1100) is None
    assert to_ascii_digits("۱۲۳٤") == "1234"


DAY_FIRST_CASES = [
    ("۲۰/۱۰/۱۳۹۵", 2017, "2017-01-09"),  # Jalali day/month/year: exact conversion
    ("۱۳۹۵/۱۰/۲۰", 2017, "2017-01-09"),
    ("25/12/2016", 2016, "2016-12-25"),  # day above 12: unambiguous
    ("05/06/2016", 2016, None),  # 5 June or May 6: only the year is sure
]


@pytest.mark.parametrize(("text", "year", "iso"), DAY_FIRST_CASES)
def test_find_years_day_first(text: str, year: int, iso: str | None) -> None:
    from textkit.dates import find_years

    ys = find_years(text)
    assert [(y.gregorian, y.iso) for y in ys] == [(year, iso)]


def test_dates_day_in_words() -> None:
    from textkit.dates import find_years as _fy

    ys = _fy("در بیست و هفتم مهر ۱۴۰۱ امضا شد")
    assert [(y.gregorian, y.iso) for y in ys] == [(2022, "2022-10-19")]
    assert _fy("پانزدهم خرداد ۱۳۹۸")[0].iso == "2019-06-05"


@pytest.mark.parametrize(
    ("text", "gregorian"),
    [
        pytest.param("روز سه شنبه ۶ حوت ۱۳۹۸ امضا شد", 2020, id="afghan-month-late-in-the-year"),
        pytest.param("۱۶ اسد ۱۳۹۸", 2019, id="afghan-month-early-in-the-year"),
        pytest.param("۶ اسفند ۱۳۹۸", 2020, id="iranian-month"),
    ],
)
def test_dates_day_and_month_decide_the_gregorian_year(text: str, gregorian: int) -> None:
    assert [y.gregorian for y in find_years(text)] == [gregorian]
