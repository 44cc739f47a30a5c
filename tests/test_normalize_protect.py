"""Tests for textkit.normalize.protect and protection inside normalize_text."""

from __future__ import annotations

import pytest

from textkit.normalize import normalize_text
from textkit.normalize.protect import find_protected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("https://doi.org/10.1000/182", ["https://doi.org/10.1000/182"], id="url"),
        pytest.param("(https://a.org/x).", ["https://a.org/x"], id="url-trailing-punctuation"),
        pytest.param(
            "https://en.wikipedia.org/wiki/A_(b)",
            ["https://en.wikipedia.org/wiki/A_(b)"],
            id="url-balanced",
        ),
        pytest.param("doi:10.1016/j.cities.2020.1،", ["10.1016/j.cities.2020.1"], id="doi"),
        pytest.param("Tafazzoli_hossein@yahoo.de", ["Tafazzoli_hossein@yahoo.de"], id="email"),
        pytest.param("فایل Image2.jpg را", ["Image2.jpg"], id="file-name"),
        pytest.param("www.tehran.ir،", ["www.tehran.ir"], id="www"),
        pytest.param("سال ۱۳۹۹ و 2020", [], id="numbers-need-no-span"),
    ],
)
def test_normalize_protect_spans(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in find_protected(text)] == spans


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("نگاه کنید به https://doi.org/10.1000/182 برای جزئیات", id="doi-url"),
        pytest.param("فایل Image2.jpg و گزارش.pdf", id="file-names"),
        pytest.param("Shiraz و … (1999 م.)", id="latin-number-spacing"),
        pytest.param("سال 1402 و ۲۰۲۳ و ۱۳۹۹", id="digits"),
        pytest.param("ایمیل: Tafazzoli_hossein@yahoo.de", id="email"),
    ],
)
def test_normalize_protect_left_intact(text: str) -> None:
    assert normalize_text(text).text == text


def test_normalize_protect_persian_url_path() -> None:
    s = "https://fa.wikipedia.org/wiki/کتابها"
    assert normalize_text(s).text == s
