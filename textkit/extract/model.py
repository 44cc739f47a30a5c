"""The types every source of agreement evidence produces: :class:`Place` and
:class:`Candidate`.

A source (tables, lists, prose, footnotes) reads its part of the document and
returns candidates: a subject place, a partner place, the cues it saw (kind of tie,
stage, year) and where it saw them. :mod:`textkit.extract.resolve` alone merges
candidates and decides status, year and confidence.

Example:
    >>> p = Place(name="تبریز", block="b1", start=0, end=5)
    >>> p.key
    'name:تبریز'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from textkit.script import fold_key

if TYPE_CHECKING:
    from textkit.dates import YearInfo
    from textkit.gazetteer import Entry
    from textkit.model import Block

PlaceType = Literal["city", "region", "country", "unknown"]
SourceKind = Literal["table", "prose", "footnote", "list"]


def name_key(text: str) -> str:
    """Folded letters and digits only: the comparison key of a name.

    Example:
        >>> name_key("Xi’an") == name_key("Xian"), name_key("کرهٔ جنوبی") == name_key("کره‌جنوبی")
        (True, True)
    """
    return "".join(ch for ch in fold_key(text) if ch.isalnum())


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text.

    Attributes:
        name: as written (trimmed of punctuation).
        block: id of the block it is written in; ``start``/``end`` are offsets there.
        type: ``city``, ``region``, ``country``, or ``unknown`` (a name that context
            says is a place but that the gazetteer does not know).
        entry: the gazetteer entry it is linked to, if any.
        country: ISO code, from a written qualifier («کازان روسیه», "Valencia,
            Venezuela") or from the entry.
        region: a state/province written next to it ("Toledo, Ohio").
        score: link score (1.0 for an exact name).
        implicit: the place is not written here but carried from the context (the
            document's subject city standing for «این شهر», "the city").
        qualified: the text writes its country (or region) next to it.
    """

    name: str
    block: str
    start: int
    end: int
    type: PlaceType = "unknown"
    entry: Entry | None = None
    country: str | None = None
    region: str | None = None
    score: float = 0.0
    implicit: bool = False
    qualified: bool = False

    @property
    def key(self) -> str:
        """Identity for merging: the gazetteer id, else ``name:`` + the folded name."""
        if self.entry is not None:
            return self.entry.id
        return "name:" + (name_key(self.name) or self.name)

    def same_place(self, other: Place) -> bool:
        """Same gazetteer entry, or same folded name (and no two different countries)
        when either is unlinked."""
        if self.entry is not None and other.entry is not None:
            return self.entry.id == other.entry.id
        if self.country and other.country and self.country != other.country:
            return False
        names = {name_key(self.name)}
        if self.entry is not None:
            names |= {name_key(self.entry.name_en), name_key(self.entry.name_fa)}
        others = {name_key(other.name)}
        if other.entry is not None:
            others |= {name_key(other.entry.name_en), name_key(other.entry.name_fa)}
        return bool((names & others) - {""})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One piece of evidence that two places are tied.

    Attributes:
        subject: the place whose ties the evidence lists (the "home" city).
        partner: the other place.
        kind: the kind of tie the cue words name (``sister city``, ``friendship
            city``, ``partner city``), or ``None`` when none is written.
        stage: what the text says of the tie: ``formal`` (concluded, in force),
            ``planned``, ``suspended``, ``ended``, ``informal``, ``negated``
            (it never came to be), or ``None`` when nothing is said.
        year: the year the evidence gives for the tie, if any.
        year_from: ``item`` (written with the partner), ``clause`` (elsewhere in the
            statement), ``document`` (the document's own date, for "today").
        source: which source found it.
        block: the block it was found in; ``start``/``end`` the evidence span.
        strength: how direct the evidence is (see :mod:`textkit.extract.resolve`).
        by_contrast: the stage was inferred, not written (unmarked items of a list
            whose other items are marked informal).
        quote: the evidence text when it spans several blocks (``start``/``end`` are
            then not offsets into ``block``).
    """

    subject: Place
    partner: Place
    source: SourceKind
    block: Block
    start: int
    end: int
    strength: float
    kind: str | None = None
    stage: str | None = None
    year: YearInfo | None = None
    year_from: str | None = None
    by_contrast: bool = False
    quote: str | None = None
