"""Tests for textkit.normalize.protect and protection inside normalize_text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _full_scan(text: str) -> list[tuple[int, int]]:
    """The obvious (slower) way: the protect pattern over the whole text."""
    from textkit.normalize.protect import _PROTECT_RE, _protected_in

    return _protected_in(text, 0, len(text)) if _PROTECT_RE.search(text) else []


_PIECES = st.sampled_from(
    [
        "https://",
        "www.",
        "doi.org/",
        "10.1000/",
        "a@b.ir",
        "@",
        ".pdf",
        ".",
        "/",
        "x",
        "کتاب",
        " ",
        "  ",
        "\n",
        ")",
        "(",
        "»",
        "،",
        "1",
        "_",
        "-",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_normalize_protect_token_search_equals_full_scan(text: str) -> None:
    assert find_protected(text) == _full_scan(text)


@pytest.mark.issue(11)
def test_normalize_protect_long_token_is_not_searched() -> None:
    text = "a" * 100_000 + ".txtx " + "see https://x.org/a"
    assert [text[a:b] for a, b in find_protected(text)] == ["https://x.org/a"]
