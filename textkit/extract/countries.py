"""Country names in Persian and English → ISO 3166-1 alpha-2 codes, without a gazetteer.

The names come from Unicode CLDR (through ``babel``: the territory names of the ``en``
and ``fa`` locales) and from ``vocab/countries.tsv`` (spellings papers use that CLDR
lacks: «انگلستان», «شوروی», "USA"; names that are also cities' are flagged there).
The gazetteer, when there is one, is asked after these (:class:`~textkit.extract.linking.Linker`).

Example:
    >>> country_code("کره جنوبی"), country_code("Japan"), country_code("شیان")
    ('KR', 'JP', None)
    >>> is_city_too("Kuwait")
    True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from textkit.extract.model import name_key

__all__ = ["country_code", "is_city_too"]

_VOCAB = Path(__file__).parent / "vocab" / "countries.tsv"


def _rows() -> list[list[str]]:
    lines = _VOCAB.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith(("#", "name\t"))]


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        from babel import Locale

        for loc in ("en", "fa"):
            for code, name in Locale(loc).territories.items():
                if len(code) == 2 and code.isalpha():
                    table.setdefault(name_key(name), code)
    except ImportError:  # babel is a dependency; without it only the curated names
        pass
    for row in _rows():
        if len(row) > 1 and row[1]:
            table[name_key(row[0])] = row[1]
    return table


@cache
def _cities_too() -> frozenset[str]:
    return frozenset(name_key(r[0]) for r in _rows() if len(r) > 2 and r[2] == "yes")


def country_code(name: str) -> str | None:
    """ISO code of a country name (Persian or English, any letter variants), else ``None``."""
    key = name_key(name)
    return _table().get(key) if key else None


def is_city_too(name: str) -> bool:
    """Whether a country's name is also a city's («کویت», "Singapore", "Mexico")."""
    return name_key(name) in _cities_too()
