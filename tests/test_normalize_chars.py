"""Tests for textkit.normalize.chars: letter folding, controls, ZWNJ cleanup."""

from __future__ import annotations

import pytest

from textkit.normalize.chars import DROP, LETTERS, SPACES, clean_zwnj, fold_chars
from textkit.offsets import apply_edits

Z = "\u200c"


def _fold(text: str) -> str:
    text = apply_edits(text, fold_chars(text))
    return apply_edits(text, clean_zwnj(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("علي و كتاب", "علی و کتاب", id="arabic-yeh-kaf"),
        pytest.param("موسى", "موسی", id="alef-maksura"),
        pytest.param("ایـــران", "ایران", id="tatweel"),
        pytest.param("ﺳﻼﻡ", "سلام", id="presentation-forms-lam-alef"),
        pytest.param("ﻛﺘﺎﺏ", "کتاب", id="presentation-kaf-becomes-keheh"),
        pytest.param("\u202bشهر\u202c \u200fتهران\u200e", "شهر تهران", id="bidi-controls"),
        pytest.param("ﬁle ﬂow", "file flow", id="latin-ligatures"),
        pytest.param("سال\u00a0۱۴۰۲", "سال ۱۴۰۲", id="nbsp"),
        pytest.param("سال 1402 و ۲۰۲۳ و ۱۳۹۹", "سال 1402 و ۲۰۲۳ و ۱۳۹۹", id="digits-kept"),
        pytest.param("سال ۲۰۰٦ و ٢٠٢٣", "سال ۲۰۰۶ و ۲۰۲۳", id="arabic-indic-digits-to-persian"),
        pytest.param("کاملاً خانهٔ کِتاب", "کاملاً خانهٔ کِتاب", id="diacritics-kept"),
        pytest.param("سلام ،خوبی ؟", "سلام ،خوبی ؟", id="punctuation-spacing-kept"),
        pytest.param(f"کتاب{Z}{Z}ها", f"کتاب{Z}ها", id="double-zwnj"),
        pytest.param(f"{Z}کتاب{Z} ها{Z}", "کتاب ها", id="zwnj-at-edges"),
        pytest.param(f"کتاب{Z}\u200e ها", "کتاب ها", id="zwnj-next-to-space-after-control"),
        pytest.param(f"می{Z}شود", f"می{Z}شود", id="zwnj-kept"),
        pytest.param("a\tb\nc", "a\tb\nc", id="tabs-newlines-kept"),
    ],
)
def test_normalize_chars_fold(text: str, expected: str) -> None:
    assert _fold(text) == expected


def test_normalize_chars_protected_span_untouched() -> None:
    s = "علي https://fa.example.org/علي"
    start = s.index("https")
    assert apply_edits(s, fold_chars(s, [(start, len(s))])) == "علی https://fa.example.org/علي"


def test_normalize_chars_tables_have_each_codepoint_once() -> None:
    keys = list(LETTERS) + list(DROP) + list(SPACES)
    assert len(keys) == len(set(keys))
    assert "\u200c" not in keys  # ZWNJ is never dropped by folding


@pytest.mark.parametrize("text", ["علي كتاب", "ﺳﻼﻡ ایـران", f"{Z}a{Z}{Z}b{Z}", "\u202bx\u202c"])
def test_normalize_chars_idempotent(text: str) -> None:
    assert _fold(_fold(text)) == _fold(text)
