"""Tables found from text alignment (textkit.layout.texttables)."""

from __future__ import annotations

from textkit.layout.lines import Glyph
from textkit.layout.texttables import find_text_tables


def _word(x: float, top: float, n: int = 4, size: float = 10.0) -> list[Glyph]:
    """A Persian word of ``n`` touching glyphs starting at ``x``."""
    return [Glyph(x + 5 * k, x + 5 * (k + 1), top, top + size, size, "ب", "F") for k in range(n)]


def _line(top: float, starts: list[float], n: int = 4) -> list[Glyph]:
    return [g for x in starts for g in _word(x, top, n)]


def test_texttables_empty() -> None:
    assert find_text_tables([], 1) == []


def test_texttables_aligned_cells_make_a_table() -> None:
    glyphs = [g for k in range(4) for g in _line(20 * k, [50, 150, 250, 350])]
    (t,) = find_text_tables(glyphs, 3)
    assert t.page == 3
    assert len(t.cells) == 4
    assert len(t.cells[0]) == 4


def test_texttables_cell_filling_its_column_is_cut_at_the_aligned_edge() -> None:
    # row 4: the cell of column 2 runs up to column 3's text, closer than a cell gap
    rows = [_line(20 * k, [50, 150, 250, 350]) for k in range(3)]
    rows.append(_line(60, [50, 350]) + _word(150, 60, 19) + _word(250, 60))
    (t,) = find_text_tables([g for r in rows for g in r], 1)
    cut = t.cells[3][1][2]  # right edge of row 4, column 2
    assert 245 <= cut <= 250
    assert 170 <= t.cells[0][1][2] <= 250


def test_texttables_prose_and_two_columns_are_not_tables() -> None:
    # justified prose: word gaps only
    prose = [g for k in range(6) for g in _line(14 * k, [50 + 25 * i for i in range(16)])]
    assert find_text_tables(prose, 1) == []
    # two columns of prose: two segments per line
    cols = [g for k in range(6) for g in _line(14 * k, [50, 75, 100, 300, 325, 350])]
    assert find_text_tables(cols, 1) == []
    # three columns of long lines (more than a few words per segment) are prose too
    three = [
        g
        for k in range(6)
        for g in _line(14 * k, [x + 25 * i for x in (50, 250, 450) for i in range(7)])
    ]
    assert find_text_tables(three, 1) == []
