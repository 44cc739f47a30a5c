"""Persian/English text normalisation that keeps a map back to the input.

Steps, each a pure function returning edits on its own input:

1. :func:`~textkit.normalize.protect.find_protected`: URLs, DOIs, e-mail
   addresses and file names are left untouched by every later step;
2. :func:`~textkit.normalize.chars.fold_chars`: letter variants, presentation
   forms, tatweel, bidi controls, odd spaces, Latin ligatures;
3. :func:`~textkit.normalize.chars.clean_zwnj`: stray and doubled ZWNJ;
4. :func:`~textkit.normalize.zwnj.restore_zwnj`: lost ZWNJ in glued words and
   spaced affixes (Persian text only; the lexicon loads on first use).

Digits, punctuation and spacing between words are kept as written (except a
space that stands for a ZWNJ).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from textkit.offsets import Edit, OffsetMap, apply_edits

__all__ = ["Edit", "Normalized", "normalize_text"]

_LANGS = (None, "fa", "en", "mixed")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The result of :func:`normalize_text`.

    Attributes:
        text: the normalised text.
        source: the input, unchanged.
        edits: every change, as :class:`~textkit.offsets.Edit` objects in source
            coordinates (``start``, ``end`` in ``source``, ``replacement``, ``reason``),
            in the order the steps made them.
    """

    text: str
    source: str
    edits: list[Edit] = field(default_factory=list)
    offset_map: OffsetMap | None = None

    def to_source(self, i: int) -> int:
        """Index in :attr:`text` -> index in :attr:`source`."""
        if self.offset_map is None:
            if not 0 <= i <= len(self.text):
                raise IndexError(f"index {i} outside 0..{len(self.text)}")
            return i
        return self.offset_map.to_source(i)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Span ``[start, end)`` of :attr:`text` -> the span of :attr:`source` it came from.

        Example:
            >>> n = normalize_text("همکاریهای شهرها")
            >>> a, b = n.span_to_source(0, 10)
            >>> n.source[a:b]
            'همکاریهای'
        """
        if self.offset_map is None:
            if not 0 <= start <= end <= len(self.text):
                raise IndexError(f"span {start}..{end} outside 0..{len(self.text)}")
            return start, end
        return self.offset_map.span_to_source(start, end)


def normalize_text(text: str, *, lang: str | None = None) -> Normalized:
    """Normalise one block or line of text.

    Args:
        text: the input (any length; newlines are kept, never added).
        lang: ``"fa"``, ``"en"``, ``"mixed"`` or ``None`` (auto). ``"en"`` gets
            only the light treatment (ligatures, spaces, controls); the others get
            the Persian letter folding and ZWNJ restoration, which only ever touch
            runs of Arabic-script letters.

    Returns:
        A :class:`Normalized` with the text, the edits and the offset map.

    Example:
        >>> n = normalize_text("شهرداریها بهعنوان کلانشهرها")
        >>> n.text == "شهرداری\u200cها به\u200cعنوان کلان\u200cشهرها"
        True
    """
    from textkit.normalize.chars import clean_zwnj, fold_chars
    from textkit.normalize.protect import find_protected
    from textkit.normalize.zwnj import restore_zwnj

    if lang not in _LANGS:
        raise ValueError(f"lang must be one of 'fa', 'en', 'mixed' or None, got {lang!r}")
    if not text:
        return Normalized(text, text)
    current = text
    omap: OffsetMap | None = None
    all_edits: list[Edit] = []

    def _clean(t: str, _protected: list[tuple[int, int]]) -> list[Edit]:
        return clean_zwnj(t)

    steps: list[Callable[[str, list[tuple[int, int]]], list[Edit]]] = [
        fold_chars,
        _clean,
        restore_zwnj,
    ]
    for step in steps:
        if step is restore_zwnj and (lang == "en" or not _has_arabic_script(current)):
            break
        protected = find_protected(current) if any(c in current for c in ".@/") else []
        edits = step(current, protected)
        if not edits:
            continue
        step_map = OffsetMap.from_edits(len(current), edits)
        all_edits.extend(_edits_to_source(edits, omap))
        omap = step_map if omap is None else step_map.compose(omap)
        current = apply_edits(current, edits)
    return Normalized(current, text, all_edits, omap)


def _has_arabic_script(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _edits_to_source(edits: list[Edit], omap: OffsetMap | None) -> list[Edit]:
    if omap is None:
        return edits
    out = []
    for e in edits:
        start, end = (
            omap.span_to_source(e.start, e.end)
            if e.end > e.start
            else (omap.to_source(e.start),) * 2
        )
        out.append(Edit(start, end, e.replacement, e.reason))
    return out
