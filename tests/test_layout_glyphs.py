"""Letter repair of single glyphs (textkit.layout.glyphs)."""

from __future__ import annotations

import pytest

from textkit.layout.glyphs import fold_glyph, is_digit_text, is_space
from textkit.script import to_latin_digits, to_persian_digits


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("ب", "ب", id="plain-letter"),
        pytest.param("ﻰ", "ی", id="alef-maksura-final-to-farsi-yeh"),
        pytest.param("ﻳ", "ی", id="arabic-yeh-initial-to-farsi-yeh"),
        pytest.param("ﻜ", "ک", id="arabic-kaf-medial-to-keheh"),
        pytest.param("ﮐ", "ک", id="keheh-presentation-form"),
        pytest.param("ك", "ک", id="arabic-kaf"),
        pytest.param("ﻻ", "لا", id="lam-alef-ligature-logical-order"),
        pytest.param("ﻼ", "لا", id="lam-alef-final"),
        pytest.param("ال", "لا", id="lam-alef-glyph-mapped-in-visual-order"),
        pytest.param("آل", "لآ", id="lam-alef-madda-glyph-mapped-in-visual-order"),
        pytest.param("لا", "لا", id="lam-alef-glyph-mapped-in-logical-order"),
        pytest.param("(cid:30)", "", id="unmapped-kashida-glyph"),
        pytest.param("\u0640", "", id="tatweel"),
        pytest.param("\u00ad", "", id="soft-hyphen"),
        pytest.param("\ufffe", "", id="non-character"),
        pytest.param("ﬁ", "fi", id="latin-fi-ligature"),
        pytest.param("۱", "۱", id="persian-digit-kept"),
        pytest.param("\u200c", "\u200c", id="zwnj-kept"),
        pytest.param("ۀ", "ۀ", id="heh-with-yeh-kept"),
    ],
)
def test_glyphs_fold(raw: str, expected: str) -> None:
    assert fold_glyph(raw) == expected


def test_glyphs_fold_is_idempotent() -> None:
    for raw in ("ﻰ", "ﻻ", "ﮐ", "ب", "(cid:3)", "ﬁ"):
        once = fold_glyph(raw)
        assert "".join(fold_glyph(c) for c in once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", False), (" ", True), ("\u00a0", True), ("\u200c", True), ("ب", False), (" ب", False)],
)
def test_glyphs_is_space(raw: str, expected: bool) -> None:
    assert is_space(raw) is expected


@pytest.mark.parametrize(
    ("text", "persian", "latin"),
    [("", "", ""), ("12", "۱۲", "12"), ("۳۴", "۳۴", "34"), ("٥", "٥", "5"), ("a1", "a۱", "a1")],
)
def test_glyphs_digits(text: str, persian: str, latin: str) -> None:
    assert to_persian_digits(text) == persian
    assert to_latin_digits(text) == latin


@pytest.mark.parametrize(
    ("text", "expected"), [("", False), ("۱۲", True), ("12", True), ("1a", False), ("۱-", False)]
)
def test_glyphs_is_digit_text(text: str, expected: bool) -> None:
    assert is_digit_text(text) is expected
