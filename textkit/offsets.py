"""Edits and offset maps: the only place that does index arithmetic.

A text transform describes what it did as a sorted list of non-overlapping
:class:`Edit` objects on its input. :func:`apply_edits` produces the output, and
:class:`OffsetMap` maps any index of the output back to the input. Maps of
successive steps are chained with :meth:`OffsetMap.compose`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (insertion if start == end).

    Example:
        >>> Edit(4, 4, "\u200c", "zwnj-suffix")  # کتاب|ها -> کتاب‌ها
        Edit(start=4, end=4, replacement='\u200c', reason='zwnj-suffix')
    """

    start: int
    end: int
    replacement: str
    reason: str


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``.

    Example:
        >>> apply_edits("کتابها", [Edit(4, 4, "\u200c", "zwnj")]) == "کتاب\u200cها"
        True
    """
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > len(text):
            raise ValueError(f"edits overlap or fall outside the text: {e!r} after position {pos}")
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


class OffsetMap:
    """Maps indices of an output text back to the text it was made from.

    Characters outside edits map one to one. Inside a replacement of the same
    length, characters map one to one too (``ي`` -> ``ی``); inside a replacement of
    a different length every character maps to the start of the replaced span.
    Index ``len(output)`` maps to ``len(source)``.

    Example:
        >>> m = OffsetMap.from_edits(6, [Edit(4, 4, "\u200c", "zwnj")])
        >>> [m.to_source(i) for i in range(8)]
        [0, 1, 2, 3, 4, 4, 5, 6]
    """

    __slots__ = ("_edits", "_ends", "_out_starts", "_parent", "out_len", "source_len")

    def __init__(
        self,
        source_len: int,
        out_len: int,
        out_starts: list[int],
        edits: list[Edit],
        parent: OffsetMap | None = None,
    ) -> None:
        self.source_len = source_len
        self.out_len = out_len
        self._out_starts = out_starts
        self._edits = edits
        self._ends = [s + len(e.replacement) for s, e in zip(out_starts, edits, strict=True)]
        self._parent = parent

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a step that changed nothing."""
        return cls(length, length, [], [])

    @classmethod
    def from_edits(cls, source_len: int, edits: Sequence[Edit]) -> OffsetMap:
        """Build the map of ``apply_edits(source, edits)`` back to ``source``."""
        out_starts: list[int] = []
        shift = 0
        for e in edits:
            out_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)
        return cls(source_len, source_len + shift, out_starts, list(edits))

    def compose(self, first: OffsetMap) -> OffsetMap:
        """Chain maps: ``self`` maps step-2 output to step-1 output, ``first`` maps
        step-1 output to the source; the result maps step-2 output to the source."""
        if first.out_len != self.source_len:
            raise ValueError("offset maps do not chain: lengths differ")
        chained = OffsetMap(
            self.source_len, self.out_len, self._out_starts, self._edits, self._own_parent(first)
        )
        return chained

    def _own_parent(self, first: OffsetMap) -> OffsetMap:
        return first if self._parent is None else self._parent.compose(first)

    def _local(self, i: int) -> int:
        if not 0 <= i <= self.out_len:
            raise IndexError(f"index {i} outside 0..{self.out_len}")
        k = bisect.bisect_right(self._out_starts, i) - 1
        if k < 0:
            return i
        e, start, end = self._edits[k], self._out_starts[k], self._ends[k]
        if i < end:
            if len(e.replacement) == e.end - e.start:
                return e.start + (i - start)
            return e.start
        return e.end + (i - end)

    def to_source(self, i: int) -> int:
        """Index in the output -> index in the (original) source."""
        j = self._local(i)
        return j if self._parent is None else self._parent.to_source(j)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Output span ``[start, end)`` -> the smallest source span that produced it."""
        if start > end:
            raise ValueError(f"empty or reversed span {start}..{end}")
        if start == end:
            s = self.to_source(start)
            return s, s
        s = self.to_source(start)
        e = self._end_to_source(end)
        return s, max(s, e)

    def _end_to_source(self, end: int) -> int:
        """Source end of the last output character before ``end``."""
        j = self._local_end(end)
        return j if self._parent is None else self._parent._end_to_source(j)

    def _local_end(self, end: int) -> int:
        if end == 0:
            return 0
        i = end - 1
        k = bisect.bisect_right(self._out_starts, i) - 1
        if k >= 0 and i < self._ends[k]:
            e = self._edits[k]
            if len(e.replacement) == e.end - e.start:
                return e.start + (i - self._out_starts[k]) + 1
            return e.end
        return self._local(i) + 1
