"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM,
Windows-1256, or another encoding the bytes clearly fit (see :func:`decode`).

Plain-text versions of papers come with their tables flattened to one row per
line (cells separated by tabs, often wrapped in HTML fragments such as
``<p>…</p>`` or ``<ul> • item • item``) and footnote markers written as ``^۱`` or
``¹``. This reader turns them into the same :class:`~textkit.model.Block` kinds
the PDF reader produces: one block per non-empty line, tables as ``table``
blocks, ``^۱ …`` lines as footnotes.
"""

from __future__ import annotations

import bisect
import codecs
import html
import itertools
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from textkit.errors import EncodingError, InputError, printable
from textkit.model import Block, Document, Table, Warning_
from textkit.script import detect_lang, direction_of

log = logging.getLogger(__name__)

# Superscript digits → plain digits, so ``Tafazzoli¹`` → ``Tafazzoli1``.
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPER_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = "0-9۰-۹٠-٩"

# A footnote body line: ``^۱ استادیار …`` or ``¹Assistant Professor …``.
_FOOTNOTE_LINE = re.compile(rf"^\s*(?:\^([{_DIGITS}]+)|([{_SUPER_CHARS}]+))\s*(\S.*)$")
# An in-text marker: ``زلینسکی^۱`` → label ``۱``; ``Tafazzoli¹`` → label ``1``.
_CARET_MARKER = re.compile(rf"\^([{_DIGITS}]+)")
_SUPER_MARKER = re.compile(rf"[{_SUPER_CHARS}]+")
# List items keep their marker: ``- افزایش …``, ``• …``.
_LIST_ITEM = re.compile(r"^\s*[-•*▪◦]\s+\S")
# HTML fragments inside table cells.
# Only real HTML tags are markup: «<https://…>», «a < b > c» and «<3» are text.
_HTML_TAGS = (
    "a|abbr|b|big|blockquote|br|center|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|li|ol|p|pre|"
    "s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul"
)
_TAG = re.compile(rf"</?(?:{_HTML_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_PARA_BREAK = re.compile(r"</(?:p|li|div)>\s*<(?:p|li|div)[^>]*>|<br\s*/?>", re.IGNORECASE)
_BULLET_SPLIT = re.compile(r"\s*•\s*")
_SENTENCE_END = tuple(".!?؟:;؛»)\"'")


_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: A file is UTF-8 with damage (not another encoding) when one byte sequence or
#: at most this share of its non-ASCII sequences are invalid: Persian in
#: Windows-1256 read as UTF-8 fails on most letters, a UTF-8 file with a stray
#: byte on very few.
UTF8_DAMAGE_SHARE = 0.05
#: The legacy encodings charset-normalizer may choose from (after Windows-1256,
#: which is tried first). Central European code pages (cp1250, cp1257) are left
#: out: they decode Western European text without error but to wrong letters
#: («à» → «ŕ»), and charset-normalizer ranks them on a par with cp1252. A text
#: in one of them, or Turkish cp1254 (often ranked below cp1252), may be
#: misread: the reader says which encoding it used in a warning.
LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "cp1253", "cp1254", "cp1255", "koi8_r", "shift_jis", "gb18030",
    "big5", "euc_kr",
)  # fmt: skip
#: charset-normalizer's coherence (did the text read as some language?) needed
#: before its guess is taken.
MIN_COHERENCE = 0.2
_WARN_LINES = 10


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text file: the text, the encoding used, and what went wrong."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_errors = threading.local()


def _note_error(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    _errors.starts.append(err.start)
    return "\ufffd", err.end


codecs.register_error("textkit-note", _note_error)


def _decode_noting(data: bytes, encoding: str) -> tuple[str, list[int]]:
    """Decode with U+FFFD for bad bytes; return the text and each bad run's offset."""
    _errors.starts = []
    try:
        return data.decode(encoding, errors="textkit-note"), _errors.starts
    finally:
        _errors.starts = []


def _lines_of(data: bytes, offsets: list[int]) -> list[int]:
    """1-based line numbers of byte *offsets* (sorted), in one pass."""
    newlines = [m.start() for m in re.finditer(b"\n", data)]
    return sorted({bisect.bisect_left(newlines, off) + 1 for off in offsets})


def _damage_warning(what: str, data: bytes, offsets: list[int]) -> str:
    lines = _lines_of(data, offsets)
    shown = ", ".join(map(str, lines[:_WARN_LINES])) + (", …" if len(lines) > _WARN_LINES else "")
    return (
        f"{what}: {len(offsets)} invalid byte sequence(s) on line(s) {shown}, "
        "shown as \ufffd; check the file's encoding"
    )


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return bool(letters) and arabic / len(letters) >= 0.5


def _detect_legacy(data: bytes) -> Decoded | None:
    """A legacy 8-bit or CJK encoding that the bytes clearly fit, else ``None``."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _mostly_arabic(text):
        return Decoded(text, "windows-1256")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.coherence < MIN_COHERENCE:
        return None
    return Decoded(str(best), best.encoding)


def decode(data: bytes, path: str) -> Decoded:
    """Decode a text file's bytes.

    Order: a BOM (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-8 with a few
    invalid bytes (replaced, with a warning naming their lines); Windows-1256
    when the result is mostly Persian/Arabic letters; another encoding that
    charset-normalizer reads as some language. Anything else is an
    :class:`EncodingError`. Every encoding other than UTF-8 comes with a warning.

    Example:
        >>> decode("سلام".encode("utf-8") + b"\\xff\\n", "a.txt").warnings[0][:48]
        'not valid UTF-8: 1 invalid byte sequence(s) on l'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_noting(data, encoding)
            warnings = (_damage_warning(f"not valid {encoding}", data, bad),) if bad else ()
            return Decoded(text, encoding, warnings)
    if b"\x00" in data[:4096]:
        raise InputError(
            "binary file, not text", path=path, hint="textkit reads PDF and plain-text files"
        )
    text, bad = _decode_noting(data, "utf-8")
    if not bad:
        return Decoded(text, "utf-8")
    valid = len(text) - len(text.encode("ascii", "ignore")) - len(bad)  # good non-ASCII
    if len(bad) <= max(1.0, UTF8_DAMAGE_SHARE * (len(bad) + valid)):
        return Decoded(text, "utf-8", (_damage_warning("not valid UTF-8", data, bad),))
    legacy = _detect_legacy(data)
    line = _lines_of(data, bad[:1])[0]
    if legacy is None:
        raise EncodingError(
            f"not valid UTF-8 at line {line}, and no other encoding clearly fits",
            path=path,
            hint="convert the file to UTF-8 (e.g. iconv -f <encoding> -t utf-8)",
        )
    note = f"read as {legacy.encoding}: not valid UTF-8 (first at line {line})"
    return Decoded(legacy.text, legacy.encoding, (note,))


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """``(text, encoding)`` of :func:`decode` (its warnings dropped)."""
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def _clean_cell(cell: str) -> str:
    """Strip HTML from a table cell; one bullet item or paragraph per line."""
    cell = _PARA_BREAK.sub("\n", cell)
    cell = html.unescape(_TAG.sub(" ", cell))
    lines = []
    for part in cell.split("\n"):
        for item in _BULLET_SPLIT.split(part):
            item = " ".join(item.split())
            if item:
                lines.append(item)
    return "\n".join(lines)


def _markers(text: str) -> tuple[str, tuple[str, ...]]:
    """Glue footnote markers to their word as plain digits; return the labels."""
    labels: list[str] = []

    def caret(m: re.Match[str]) -> str:
        labels.append(m.group(1))
        return m.group(1)

    def sup(m: re.Match[str]) -> str:
        label = m.group(0).translate(_SUPERSCRIPTS)
        labels.append(label)
        return label

    text = _CARET_MARKER.sub(caret, text)
    text = _SUPER_MARKER.sub(sup, text)
    return text, tuple(labels)


def _is_heading(line: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short standalone line without sentence punctuation reads as a heading."""
    stripped = line.strip()
    if not (prev_blank and next_blank) or len(stripped) > 70:
        return False
    if stripped.endswith(_SENTENCE_END) or _LIST_ITEM.match(stripped):
        return False
    # "Keywords: a, b", e-mail addresses and URLs are not headings.
    if "@" in stripped or "://" in stripped or re.search(r"[:：]\s*\S", stripped):
        return False
    return len(stripped.split()) <= 10


# A Latin word broken at a line end: "cere-" + "mony".
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)")


#: Widest line of a table laid out with spaces (wider runs are prose).
MAX_TABLE_WIDTH = 400


def _is_wide_break(padded: list[str], i: int, j: int) -> bool:
    """Whether the blank columns ``i:j`` separate cells: most lines with text on
    both sides leave a gap of two or more spaces there."""
    width = len(padded[0])
    wide = narrow = 0
    for line in padded:
        if line[i:j].strip():
            continue
        left, right = i, j
        while left > 0 and line[left - 1] == " ":
            left -= 1
        while right < width and line[right] == " ":
            right += 1
        if left == 0 or right == width:
            continue  # no text on one side: says nothing about this break
        if right - left >= 2:
            wide += 1
        else:
            narrow += 1
    return wide >= 2 and wide >= 2 * narrow


def _column_cuts(padded: list[str]) -> list[tuple[int, int]]:
    """The column breaks of a run of lines padded to one width."""
    width = len(padded[0])
    # Only the first line may cross a break (a spanning header cell).
    blank = [all(line[i] == " " for line in padded[1:]) for i in range(width)]
    cuts: list[tuple[int, int]] = []
    i = 0
    while i < width:
        if not blank[i]:
            i += 1
            continue
        j = i
        while j < width and blank[j]:
            j += 1
        if i > 0 and j < width and _is_wide_break(padded, i, j):
            cuts.append((i, j))
        i = j
    return cuts


def _cut_line(line: str, cuts: list[tuple[int, int]]) -> list[str]:
    """The cells of one padded line; a cell spanning a break stays whole."""
    cells: list[str] = []
    start = 0
    absorbed = 0
    for a, b in cuts:
        if line[a:b].strip():
            gap = line.rfind(" ", a, b)
            if gap < 0:  # a cell spanning this break stays whole
                absorbed += 1
                continue
            a, b = gap, gap + 1  # a header word ends inside the break: cut at its space
        cells.append(line[start:a].strip())
        cells.extend([""] * absorbed)
        absorbed = 0
        start = b
    cells.append(line[start:].strip())
    cells.extend([""] * absorbed)
    return cells


def _space_table(run: list[str]) -> list[list[str]] | None:
    """Cells of a table laid out with spaces, or ``None``.

    A column break is a run of positions that the lines of the run leave blank (a
    missing cell is blank too, e.g. a spanning home city printed once), where most
    lines with text on both sides leave a gap of two or more spaces (a header may
    sit closer: ``No. Iranian city``). The first line may cross a break: a header
    cell spanning two columns (``Iranian city`` over ``Persian  English``) stays
    whole in the first of them. At least 3 columns and 3 lines are needed, so a
    wrapped paragraph never qualifies.
    """
    if len(run) < 3 or sum("  " in line for line in run) < len(run) - 1:
        return None
    width = max(len(line) for line in run)
    if width > MAX_TABLE_WIDTH:
        return None  # prose; padding every line to it would cost lines × width
    padded = [line.ljust(width) for line in run]
    cuts = _column_cuts(padded)
    if len(cuts) < 2:
        return None
    rows = [_cut_line(line, cuts) for line in padded]
    if sum(sum(1 for c in row if c) >= 2 for row in rows) < len(rows) * 2 / 3:
        return None
    return rows


def _hard_wrapped(lines: list[str]) -> int:
    """The wrap width when the text is hard-wrapped (paragraphs broken into
    lines of similar length), else 0."""
    inner = [
        len(line.rstrip())
        for line, nxt in itertools.pairwise(lines)
        if line.strip() and nxt.strip() and "\t" not in line
    ]
    longest = max((len(line.rstrip()) for line in lines), default=0)
    if len(inner) < 3 or longest > 120:
        return 0
    inner.sort()
    median = inner[len(inner) // 2]
    return longest if median >= 40 else 0


def _join_wrapped(first: str, second: str, words: set[str]) -> str:
    """Join two wrapped lines; a word broken at a hyphen is rejoined unless the
    document spells it with the hyphen elsewhere («descriptive-analytical»)."""
    m, n = _HYPHEN_END.search(first), _WORD_START.match(second)
    if m and n:
        whole = m.group(1) + n.group(1)
        if whole.lower() in words or f"{m.group(1)}-{n.group(1)}".lower() not in words:
            return first[:-1] + second
        return first + second
    return f"{first} {second}"


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(1-based line number, text) after two repairs of plain-text layouts:
    space-aligned tables become tab-separated rows, and hard-wrapped paragraphs
    are joined (list items, footnotes and table rows still start their own line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and "\t" not in lines[j]:
            j += 1
        run = lines[i:j]
        cells = _space_table(run) if run else None
        if cells is not None:
            out.extend((i + k + 1, "\t".join(row)) for k, row in enumerate(cells))
        else:
            out.extend((i + k + 1, line) for k, line in enumerate(run))
        if j < len(lines):
            out.append((j + 1, lines[j]))
        i = j + 1
    width = _hard_wrapped([t for _, t in out])
    if not width:
        return out
    words = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)}
    words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    joined: list[tuple[int, str]] = []
    for line_no, line in out:
        starts_new = (
            not line.strip() or "\t" in line or _LIST_ITEM.match(line) or _FOOTNOTE_LINE.match(line)
        )
        if joined and not starts_new:
            prev_no, prev = joined[-1]
            prev_open = prev.strip() and "\t" not in prev and not _FOOTNOTE_LINE.match(prev)
            # The previous line ran to the wrap width: this line continues it.
            if prev_open and len(prev.rstrip()) >= 0.6 * width:
                joined[-1] = (prev_no, _join_wrapped(prev.rstrip(), line.strip(), words))
                continue
        joined.append((line_no, line))
    return joined


def text_to_blocks(text: str) -> list[Block]:
    """Split decoded text into blocks (see the module docstring)."""
    numbered = _logical_lines(text)
    lines = [t for _, t in numbered]
    blocks: list[Block] = []
    table_rows: list[list[str]] = []
    table_start = 0
    blanks_in_table = 0

    def add(kind: str, body: str, line_no: int, **extra: object) -> None:
        lang = detect_lang(body)
        blocks.append(
            Block(
                id=f"b{len(blocks) + 1}",
                page=1,
                kind=kind,
                text=body,
                lang=lang if lang != "unknown" else "fa",
                direction=direction_of(lang, body),
                line=line_no,
                **extra,  # type: ignore[arg-type]
            )
        )

    def flush_table() -> None:
        nonlocal table_rows
        if not table_rows:
            return
        width = max(len(r) for r in table_rows)
        rows = [tuple(r + [""] * (width - len(r))) for r in table_rows]
        table = Table(header=rows[0], rows=tuple(rows[1:]), pages=(1,), direction="rtl")
        body = "\n".join(cell for row in rows for cell in row if cell)
        add("table", body, table_start, table=table)
        table_rows = []

    for i, raw in enumerate(lines):
        line_no = numbered[i][0]
        line = raw.strip("\ufeff")
        if "\t" in line and line.strip():
            if not table_rows:
                table_start = line_no
            table_rows.append([_clean_cell(c) for c in line.split("\t")])
            blanks_in_table = 0
            continue
        if not line.strip():
            if table_rows:
                blanks_in_table += 1
                if blanks_in_table > 1:
                    flush_table()
            continue
        flush_table()
        blanks_in_table = 0
        body = " ".join(_clean_cell(line).split("\n")) if "<" in line else " ".join(line.split())
        m = _FOOTNOTE_LINE.match(body)
        if m and not _LIST_ITEM.match(body):
            label = (m.group(1) or m.group(2)).translate(_SUPERSCRIPTS)
            for piece in split_long(f"{label} {m.group(3)}"):
                add("footnote", piece, line_no, label=label)
            continue
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        for piece in split_long(body):
            piece, labels = _markers(piece)
            if _LIST_ITEM.match(piece):
                kind = "list_item"
            elif _is_heading(piece, prev_blank, next_blank):
                kind = "heading"
            else:
                kind = "paragraph"
            add(kind, piece, line_no, markers=labels)
    flush_table()
    return blocks


#: Longest block the reader makes from one line. A longer line (text saved
#: without line breaks) is cut at sentence ends, so later stages, which work
#: block by block, see paragraph-sized pieces whatever the file's layout.
MAX_BLOCK_CHARS = 10_000
_SENTENCE_BREAK = re.compile(r"[.!?؟۔][\"'»”)\]]*\s+")


def _last_break(text: str, lo: int, hi: int) -> int:
    """Where to cut ``text[:hi]``: after the last sentence end in ``text[lo:hi]``,
    else after its last space, else at *hi*."""
    end = -1
    for m in _SENTENCE_BREAK.finditer(text, lo, hi):
        end = m.end()
    if end > lo:
        return end
    space = text.rfind(" ", lo, hi)
    return space + 1 if space >= lo else hi


def split_long(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """*text* cut into pieces of at most *limit* characters, at sentence ends
    where it can (see :data:`MAX_BLOCK_CHARS`); linear in ``len(text)``.

    Example:
        >>> split_long("One two. Three four. Five.", limit=12)
        ['One two.', 'Three four.', 'Five.']
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _last_break(text, start + limit // 2, start + limit)
        pieces.append(text[start:cut].rstrip())
        start = cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


def load_text(path: str | os.PathLike[str]) -> Document:
    """Read a plain-text file into a :class:`Document` of blocks.

    Raises :class:`~textkit.errors.InputError` for empty or binary files and
    :class:`~textkit.errors.EncodingError` when the encoding cannot be told.
    """
    from textkit.readers import check_readable, file_sha256

    p: Path = check_readable(path)
    data = p.read_bytes()
    decoded = decode(data, str(p))
    blocks = text_to_blocks(decoded.text)
    warnings = [Warning_(code="encoding", message=w) for w in decoded.warnings]
    for w in decoded.warnings:
        log.warning("%s: %s", printable(str(p)), w)
    if not blocks:
        raise InputError("no text in file (only white space)", path=str(p), hint="check the file")
    return Document(
        path=str(p),
        sha256=file_sha256(data),
        source_kind="text",
        pages=1,
        blocks=blocks,
        encoding=decoded.encoding,
        warnings=warnings,
    )
