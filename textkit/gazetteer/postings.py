"""Postings: how the key index stores where a spelling comes from.

A posting is one int packing (entry index, spelling index, number of words,
flags); a key maps to one posting or a tuple of them, which keeps the compiled
cache small and quick to load.  The flags say how a spelling may match.
"""

from __future__ import annotations

from textkit.gazetteer.keys import ARABIC_SCRIPT_RE

#: Rank bonus for an entry's own display name over an alias («آبادان»: Abadan,
#: not Ibadan, whose untagged alternate name it also is).
NAME_BONUS = 1.0
# Posting flags.
F_ACRONYM = 1  # match only text written in capitals (IMF, UCLG)
F_LATIN = 2  # Latin-script alias: the text must start with a capital
F_NAME = 4  # the entry's own display name (not an alias)
F_WEAK_KIND = 8  # machine-generated or misspelling: scored a little lower
F_UND = 16  # GeoNames' untagged alternate name (language unknown: Arabic, Urdu, …)

#: ``(entry index, text index, tokens, flags)``.
Posting = tuple[int, int, int, int]


def pack(ei: int, ti: int, ntok: int, flags: int) -> int:
    """One posting as an int.

    Example:
        >>> unpack(pack(40000, 150000, 3, F_NAME))
        (40000, 150000, 3, 4)
    """
    return (ei << 29) | (ti << 9) | (min(ntok, 15) << 5) | flags


def unpack(v: int) -> Posting:
    """The inverse of :func:`pack`."""
    return v >> 29, (v >> 9) & 0xFFFFF, (v >> 5) & 0xF, v & 0x1F


def as_tuple(v: int | tuple[int, ...]) -> tuple[int, ...]:
    """An index value (one posting or several) as a tuple of postings."""
    return (v,) if isinstance(v, int) else v


def name_bonus(flags: int) -> float:
    """Rank bonus of a posting.  Persian display names beat untagged
    Arabic-script alternates («آبادان» is Abadan, not Ibadan); Latin names and
    alternates weigh almost the same ("Hanover" is Hannover, an exonym, not
    Hanover, Pennsylvania)."""
    if flags & F_LATIN:
        # an untagged Latin alternate ("Islamabad", a former name of Chattogram) is
        # weaker than a city's own name ("Islamabad", Pakistan's capital)
        return 0.3 if flags & F_NAME else (-0.6 if flags & F_UND else 0.0)
    return (NAME_BONUS if flags & F_NAME else 0.0) - (0.5 if flags & F_UND else 0.0)


def flags_of(text: str, kind: str) -> int:
    """The flags of a spelling *text* of alias kind *kind* (``"name"`` for a display name).

    Example:
        >>> flags_of("UCLG", "acronym") == F_LATIN | F_ACRONYM
        True
    """
    flags = 0
    if not ARABIC_SCRIPT_RE.search(text):
        flags |= F_LATIN
        if kind == "acronym" or (text.isupper() and len(text) <= 6):
            flags |= F_ACRONYM
    if kind in ("generated", "misspelling"):
        flags |= F_WEAK_KIND
    return flags
