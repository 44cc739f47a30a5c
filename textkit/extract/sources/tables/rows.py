"""The three ways a table's rows are read into candidates.

* :func:`by_role` — the header names the columns (:mod:`.columns`): each row gives one
  tie, its home city from the city column (a spanning cell covers the empty cells
  below it) or the table's home city, its partner from the partner column, and its
  country, year, status and notes from theirs.
* :func:`by_content` — a row of cells recognised by content (:mod:`.cells`): the home
  cell's city is tied to every item of the row's partner cells; a row with a partner
  cell and no home cell continues the row above (a row broken across pages).
* :func:`loose_row` — in a table about twinning, a row of plain cells: a place (or
  two, or «A – B» in one cell), a country, a year, a status
  («هرات | افغانستان | ۱۳۸۶ | رسمی»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from textkit.dates import YearInfo
from textkit.extract.context import Context
from textkit.extract.model import Candidate, Place
from textkit.extract.sources.tables.cells import (
    CellKind,
    cell_kind_of,
    home_cell_place,
    item_place,
)
from textkit.extract.sources.tables.columns import Role
from textkit.extract.sources.tables.grid import Cell, Grid
from textkit.extract.sources.tables.items import read_item, split_items
from textkit.extract.sources.tables.setting import Setting
from textkit.extract.sources.tables.values import cell_kind, cell_stage, cell_year, is_empty
from textkit.script import DIGIT

__all__ = ["PAIR_ROW", "TABLE", "by_content", "by_role", "loose_row"]

TABLE = 0.95  # an item or a row of a table whose home city is known
PAIR_ROW = 0.9  # a row that names both of its places, with no home city

# «Shiraz – Dushanbe, Tajikistan (2007)» in the partner cell of Shiraz: the item names
# its home city first.
_DASH_PAIR = re.compile(r"\s*([^–—\-،,():]{2,40}?)\s+[-–—]\s+(\S.*)$", re.S)  # used with match()
# A cell that is only a year or a date: «۱۳۸۶», "2001", «۱۳۸۹/۰۷/۰۵», "(1999)".
_YEAR_CELL = re.compile(rf"[\s(]*{DIGIT}{{4}}(?:[/\-.]{DIGIT}{{1,2}}){{0,2}}[\s)]*")
_MAX_PLACE_WORDS = 4


def _candidate(
    grid: Grid,
    subject: Place,
    partner: Place,
    span: tuple[int, int],
    *,
    stage: str | None,
    kind: str,
    year: YearInfo | None,
    strength: float = TABLE,
) -> Candidate:
    return Candidate(
        subject=subject,
        partner=partner,
        source="table",
        block=grid.block,
        start=span[0],
        end=span[1],
        strength=strength,
        kind=kind,
        stage=stage,
        year=year,
        year_from="table" if year is not None else None,
    )


def _span(grid: Grid, cells: Sequence[Cell]) -> tuple[int, int]:
    """The span of the block that prints *cells* (the whole block if none is found)."""
    found = [c for c in cells if c.found and c.text]
    if not found:
        return 0, len(grid.block.text)
    return min(c.start for c in found), max(c.end for c in found)


# --- by role -------------------------------------------------------------------------


def by_role(ctx: Context, grid: Grid, roles: dict[int, Role], setting: Setting) -> list[Candidate]:
    """One candidate per row of a table whose header names its columns."""
    out = []
    above: dict[int, Cell] = {}
    for row in grid.rows:
        cells = _fill_spanning(row, roles, above)
        found = _role_row(ctx, grid, row, cells, roles, setting)
        if found is not None:
            out.append(found)
    return out


def _fill_spanning(
    row: tuple[Cell, ...], roles: dict[int, Role], above: dict[int, Cell]
) -> list[Cell]:
    """A home-city cell spanning several rows leaves the cells below it empty: they take
    the nearest filled cell above them in the same column."""
    cells = list(row)
    if not any(c.text for c in cells):
        return cells
    for i, role in roles.items():
        if role != "city" or i >= len(cells):
            continue
        if cells[i].text:
            above[i] = cells[i]
        elif i in above:
            cells[i] = above[i]
    return cells


def _role_row(
    ctx: Context,
    grid: Grid,
    row: tuple[Cell, ...],
    cells: list[Cell],
    roles: dict[int, Role],
    setting: Setting,
) -> Candidate | None:
    """The tie of one row; *cells* are the row's cells with spanning cells filled in."""
    by: dict[Role, Cell] = {}
    for i, cell in enumerate(cells):
        role = roles.get(i)
        if role is not None and role not in by and not is_empty(cell.text):
            by[role] = cell
    partner_cell = by.get("partner")
    if partner_cell is None:
        return None
    item = read_item(partner_cell.text, ctx.linker)
    if item is None:
        return None
    country = ctx.linker.country_code(by["country"].text) if "country" in by else None
    partner = item_place(grid.block, _base(partner_cell), item, ctx.linker, country=country)
    subject = _city_cell(ctx, grid, by["city"]) if "city" in by else None
    subject = subject or setting.home
    if subject is None or subject.same_place(partner):
        return None
    notes = [by[r].text for r in ("status", "notes") if r in by]
    stage = next((s for s in map(cell_stage, notes) if s), None) or item.stage
    year = cell_year(by["year"].text) if "year" in by else item.year
    if year is None and "notes" in by and stage in (None, "formal", "informal"):
        year = cell_year(by["notes"].text)
    kind = next((k for k in map(cell_kind, notes) if k), None) or item.kind or setting.kind
    own = [c for c, mine in zip(cells, row, strict=True) if c is mine]  # not the spanning cells
    return _candidate(grid, subject, partner, _span(grid, own), stage=stage, kind=kind, year=year)


def _base(cell: Cell) -> int:
    return cell.start if cell.found else -1


def _city_cell(ctx: Context, grid: Grid, cell: Cell) -> Place | None:
    """The home city of a city column's cell («Isfahan (اصفهان)»)."""
    item = read_item(cell.text, ctx.linker)
    if item is None:
        return None
    return item_place(grid.block, _base(cell), item, ctx.linker)


# --- by content ----------------------------------------------------------------------


def by_content(ctx: Context, grid: Grid, setting: Setting) -> list[Candidate]:
    """Candidates from rows read by content (see the module doc)."""
    out: list[Candidate] = []
    home: Place | None = None
    for row in grid.rows:
        kinds = [cell_kind_of(c.text, ctx.linker) for c in row]
        if "org" in kinds:
            continue  # an organisation's row («تاسیس: ۱۹۸۵ مقر: بارسلون»)
        if "partners" not in kinds and "members" not in kinds:
            if setting.about_twinning:
                out += loose_row(ctx, grid, row, setting)
            continue
        home = _home_of_row(grid, row, kinds, ctx) or home
        if home is None:
            continue  # partners before any home city: nothing to tie them to
        for cell, kind in zip(row, kinds, strict=True):
            if kind == "partners":
                out += _partner_items(ctx, grid, cell, home, setting)
    return out


def _home_of_row(
    grid: Grid, row: tuple[Cell, ...], kinds: list[CellKind], ctx: Context
) -> Place | None:
    """The city of the shortest ``other`` cell that reads as a home cell."""
    best: Place | None = None
    length = 0
    for cell, kind in zip(row, kinds, strict=True):
        if kind != "other" or not cell.text or (best is not None and len(cell.text) >= length):
            continue
        place = home_cell_place(grid.block, cell, ctx.linker)
        if place is not None:
            best, length = place, len(cell.text)
    return best


def _partner_items(
    ctx: Context, grid: Grid, cell: Cell, home: Place, setting: Setting
) -> list[Candidate]:
    out = []
    base = cell.start if cell.found else -1
    for s, e in split_items(cell.text):
        at = s
        pair = _DASH_PAIR.match(cell.text, s, e)
        if pair is not None and _names(pair.group(1), home):
            at = pair.start(2)  # «Shiraz – Dushanbe, Tajikistan (2007)» under Shiraz
        item = read_item(cell.text[at:e], ctx.linker)
        if item is None:
            continue
        where = base + at if base >= 0 else -1
        partner = item_place(grid.block, where, item, ctx.linker, home_country=home.country)
        if partner.same_place(home):
            continue
        span = (base + s, base + e) if base >= 0 else (0, len(grid.block.text))
        kind = item.kind or setting.kind
        out.append(
            _candidate(grid, home, partner, span, stage=item.stage, kind=kind, year=item.year)
        )
    return out


def _names(text: str, place: Place) -> bool:
    """Whether *text* is the name of *place* (as written or as the gazetteer has it)."""
    probe = Place(text.strip(), place.block, 0, 0)
    return probe.same_place(place)


# --- loose rows ----------------------------------------------------------------------


def loose_row(ctx: Context, grid: Grid, row: Sequence[Cell], setting: Setting) -> list[Candidate]:
    """The tie a row of plain cells states, if any (see the module doc)."""
    names: list[tuple[Cell, int, int]] = []  # the cell, and the name's span in it
    country: str | None = None
    year: YearInfo | None = None
    notes: list[str] = []
    for cell in row:
        text = cell.text
        if is_empty(text):
            continue
        if _YEAR_CELL.fullmatch(text) and cell_year(text) is not None:
            year = cell_year(text)
        elif (code := ctx.linker.country_code(text)) is not None:
            country = code
        elif (cell_stage(text) or cell_kind(text)) and len(text.split()) <= 3:
            notes.append(text)
        else:
            names += _row_names(cell)
    places = [
        _row_place(ctx, grid, cell, s, e, country if i == len(names) - 1 else None)
        for i, (cell, s, e) in enumerate(names)
    ]
    if len(places) == 1 and setting.home is not None and places[0] is not None:
        subject, partner, strength = setting.home, places[0], TABLE
    elif len(places) == 2 and places[0] is not None and places[1] is not None:
        subject, partner, strength = places[0], places[1], PAIR_ROW
    else:
        return []
    if subject.same_place(partner):
        return []
    note = " ".join(notes)
    kind = cell_kind(note) or setting.kind
    found = _candidate(
        grid,
        subject,
        partner,
        _span(grid, row),
        stage=cell_stage(note),
        kind=kind,
        year=year,
        strength=strength,
    )
    return [found]


def _row_names(cell: Cell) -> list[tuple[Cell, int, int]]:
    """The place names of a plain cell: one, or two in «اصفهان – فلورانس»."""
    text = cell.text
    if re.search(DIGIT, text):
        return []
    pair = re.fullmatch(r"(.{2,40}?)\s+[-–—]\s+(.{2,40})", text, re.S)
    if pair and all(len(g.split()) <= _MAX_PLACE_WORDS for g in pair.groups()):
        return [(cell, pair.start(1), pair.end(1)), (cell, pair.start(2), pair.end(2))]
    if len(text.split()) <= _MAX_PLACE_WORDS:
        return [(cell, 0, len(text))]
    return []


def _row_place(
    ctx: Context, grid: Grid, cell: Cell, start: int, end: int, country: str | None
) -> Place | None:
    item = read_item(cell.text[start:end], ctx.linker)
    if item is None:
        return None
    base = cell.start + start if cell.found else -1
    return item_place(grid.block, base, item, ctx.linker, country=country)
