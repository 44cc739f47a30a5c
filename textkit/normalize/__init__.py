"""Persian/English text normalisation that keeps a map back to the input.

Steps, each a pure function returning edits on its own input:

1. :func:`~textkit.normalize.protect.find_protected`: URLs, DOIs, e-mail
   addresses and file names are left untouched by every later step;
2. :func:`~textkit.normalize.chars.fold_chars`: letter variants, presentation
   forms, tatweel, bidi controls, odd spaces, Latin ligatures;
3. :func:`~textkit.normalize.chars.clean_zwnj`: stray and doubled ZWNJ;
4. :func:`~textkit.normalize.zwnj.restore_zwnj`: lost ZWNJ in glued words and
   spaced affixes (Persian text only; the lexicon loads on first use).

:class:`Normalizer` switches each step on or off and adds optional ones
(:mod:`~textkit.normalize.spacing`: punctuation spacing, repeated spaces,
diacritics, digit script).  :func:`normalize_text`, the pipeline's preset, keeps
digits, punctuation and spacing between words as written (except a space that
stands for a ZWNJ).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from textkit.normalize.protect import find_protected
from textkit.offsets import Edit, OffsetMap, apply_edits

__all__ = ["Edit", "Normalized", "Normalizer", "normalize_text"]

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


_DIGITS = ("keep", "fa", "latin")
Step = Callable[[str, list[tuple[int, int]]], list[Edit]]


@dataclass(frozen=True, slots=True)
class Normalizer:
    """A normaliser configured once, with one switch per step; offsets are kept.

    Steps, in order (each sees the output of the one before; URLs, DOIs, e-mail
    addresses and file names are never touched):

    ===================== ======= ====================================================
    switch                default what it does
    ===================== ======= ====================================================
    ``letters``           on      Arabic ي ى ك ە ھ … → Persian ی ک ه
    ``presentation_forms`` on     ﺳﻼﻡ → سلام, ﬁ → fi (NFKC of presentation forms)
    ``diacritics``        off     harakat removed (first): کِتاب → کتاب
    ``kashida``           on      tatweel removed: ایـــران → ایران
    ``controls``          on      bidi marks, ZWJ, BOM, soft hyphen removed
    ``spaces``            on      no-break and other Unicode spaces → plain space
    ``digits``            keep    ``"keep"`` (Arabic-Indic → Persian, else as
                                  written), ``"fa"`` (Persian digits in Persian
                                  text), ``"latin"`` (ASCII digits everywhere)
    ``zwnj``              on      stray and doubled ZWNJ cleaned, lost ZWNJ restored:
                                  میشود → می‌شود, کتاب ها → کتاب‌ها (Persian text only)
    ``punctuation``       on      «۱۲۳ ،» → «۱۲۳،», «سلام.می» → «سلام. می», «( تهران )»
                                  → «(تهران)» (Persian text only)
    ``collapse_spaces``   on      runs of spaces → one space (tabs, newlines kept)
    ===================== ======= ====================================================

    :func:`normalize_text` (what the pipeline uses) is ``Normalizer(punctuation=False,
    collapse_spaces=False)``: it keeps spacing as written.

    Example:
        >>> norm = Normalizer(digits="fa")
        >>> n = norm("سلام.میشود  در سال 1395 ،")
        >>> n.text == "سلام. می‌شود در سال ۱۳۹۵،"
        True
        >>> n.source[slice(*n.span_to_source(6, 12))]
        'میشود'
    """

    letters: bool = True
    presentation_forms: bool = True
    kashida: bool = True
    controls: bool = True
    spaces: bool = True
    diacritics: bool = False
    digits: str = "keep"
    zwnj: bool = True
    punctuation: bool = True
    collapse_spaces: bool = True

    def __post_init__(self) -> None:
        if self.digits not in _DIGITS:
            raise ValueError(f"Normalizer: digits must be one of {_DIGITS}, got {self.digits!r}")

    def __call__(self, text: str, *, lang: str | None = None) -> Normalized:
        """Normalise one block or line of text.

        Args:
            text: the input (any length; newlines are kept, never added).
            lang: ``"fa"``, ``"en"``, ``"mixed"`` or ``None`` (auto). ``"en"`` gets
                only the character steps; Persian steps (ZWNJ, punctuation) only
                ever touch Arabic-script text.

        Returns:
            A :class:`Normalized` with the text, the edits and the offset map.
        """
        if lang not in _LANGS:
            raise ValueError(f"lang must be one of 'fa', 'en', 'mixed' or None, got {lang!r}")
        if not text:
            return Normalized(text, text)
        current = text
        omap: OffsetMap | None = None
        all_edits: list[Edit] = []
        for step in self._steps():
            if step.persian and (lang == "en" or not _has_arabic_script(current)):
                continue
            protected = find_protected(current) if any(c in current for c in ".@/") else []
            edits = step.run(current, protected)
            if not edits:
                continue
            step_map = OffsetMap.from_edits(len(current), edits)
            all_edits.extend(_edits_to_source(edits, omap))
            omap = step_map if omap is None else step_map.compose(omap)
            current = apply_edits(current, edits)
        return Normalized(current, text, all_edits, omap)

    normalize = __call__

    def _steps(self) -> list[_Step]:
        return _steps_of(self)


@dataclass(frozen=True, slots=True)
class _Step:
    run: Step
    persian: bool = False  # only for text with Arabic-script letters


@functools.cache
def _steps_of(norm: Normalizer) -> list[_Step]:
    from textkit.normalize import spacing
    from textkit.normalize.chars import Fold, clean_zwnj, fold_chars
    from textkit.normalize.zwnj import restore_zwnj

    fold = Fold(
        letters=norm.letters,
        forms=norm.presentation_forms,
        kashida=norm.kashida,
        controls=norm.controls,
        spaces=norm.spaces,
        digits=norm.digits == "keep",
    )
    # diacritics before folding (a no-break space kept between two Arabic-script
    # marks must not lose its neighbour after fold_chars decided about it) and
    # after (presentation-form ligatures decompose into letters and marks: ﲐ → یٰ)
    steps = [_Step(spacing.remove_diacritics)] if norm.diacritics else []
    steps.append(_Step(functools.partial(fold_chars, fold=fold)))
    if norm.diacritics:
        steps.append(_Step(spacing.remove_diacritics))
    if norm.digits == "latin":
        steps.append(_Step(spacing.latin_digits))
    elif norm.digits == "fa":
        steps.append(_Step(spacing.persian_digits))
    if norm.zwnj:
        steps.append(_Step(lambda t, _p: clean_zwnj(t)))
    if norm.punctuation:
        steps.append(_Step(spacing.drop_space_before_marks, persian=True))
        steps.append(_Step(spacing.space_after_marks, persian=True))
    if norm.collapse_spaces:
        steps.append(_Step(spacing.collapse_spaces))
    if norm.zwnj:
        steps.append(_Step(restore_zwnj, persian=True))
    return steps


#: What the pipeline uses: every step except the spacing ones.
PIPELINE = Normalizer(punctuation=False, collapse_spaces=False)


def normalize_text(text: str, *, lang: str | None = None) -> Normalized:
    """Normalise one block or line of text the way the pipeline does: characters
    unified, ZWNJ restored, spacing and digits as written (see :class:`Normalizer`).

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
    return PIPELINE(text, lang=lang)


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
