"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

Plain-text versions of papers come with their tables flattened to one row per
line (cells separated by tabs, often wrapped in HTML fragments such as
``<p>…</p>`` or ``<ul> • item • item``) and footnote markers written as ``^۱`` or
``¹``. This reader turns them into the same :class:`~textkit.model.Block` kinds
the PDF reader produces: one block per non-empty line, tables as ``table``
blocks, ``^۱ …`` lines as footnotes.
"""

from __future__ import annotations

import html
import itertools
import os
import re
from pathlib import Path

from textkit.errors import EncodingError, InputError
from textkit.lang import detect_lang, direction_of
from textkit.model import Block, Document, Table, Warning_

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
_TAG = re.compile(r"<[^>]+>")
_PARA_BREAK = re.compile(r"</(?:p|li|div)>\s*<(?:p|li|div)[^>]*>|<br\s*/?>", re.IGNORECASE)
_BULLET_SPLIT = re.compile(r"\s*•\s*")
_SENTENCE_END = tuple(".!?؟:;؛»)\"'")


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode *data*, returning ``(text, encoding)``.

    Order: BOMs, strict UTF-8, then Windows-1256 when the result is mostly
    Arabic-script letters. Anything else is an :class:`EncodingError`.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(
            "binary file, not text", path=path, hint="textkit reads PDF and plain-text files"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as e:
        raise EncodingError(
            f"not UTF-8 (byte {utf8_error.start}) nor Windows-1256",
            path=path,
            hint="convert the file to UTF-8 (e.g. iconv -f <encoding> -t utf-8)",
        ) from e
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    if letters and arabic / len(letters) >= 0.5:
        return text, "windows-1256"
    line = data[: utf8_error.start].count(b"\n") + 1
    raise EncodingError(
        f"not valid UTF-8 at line {line}, and not Persian in Windows-1256 either",
        path=path,
        hint="convert the file to UTF-8 (e.g. iconv -f <encoding> -t utf-8)",
    )


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
    padded = [line.ljust(width) for line in run]
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
        if i > 0 and j < width:
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
            if wide >= 2 and wide >= 2 * narrow:
                cuts.append((i, j))
        i = j
    if len(cuts) < 2:
        return None
    rows = []
    for line in padded:
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
        rows.append(cells)
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
            add("footnote", f"{label} {m.group(3)}", line_no, label=label)
            continue
        body, labels = _markers(body)
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        if _LIST_ITEM.match(body):
            kind = "list_item"
        elif _is_heading(body, prev_blank, next_blank):
            kind = "heading"
        else:
            kind = "paragraph"
        add(kind, body, line_no, markers=labels)
    flush_table()
    return blocks


def load_text(path: str | os.PathLike[str]) -> Document:
    """Read a plain-text file into a :class:`Document` of blocks.

    Raises :class:`~textkit.errors.InputError` for empty or binary files and
    :class:`~textkit.errors.EncodingError` when the encoding cannot be told.
    """
    from textkit.readers import check_readable, file_sha256

    p: Path = check_readable(path)
    data = p.read_bytes()
    text, encoding = decode_bytes(data, str(p))
    blocks = text_to_blocks(text)
    warnings: list[Warning_] = []
    if not blocks:
        raise InputError("no text in file (only white space)", path=str(p), hint="check the file")
    return Document(
        path=str(p),
        sha256=file_sha256(data),
        source_kind="text",
        pages=1,
        blocks=blocks,
        encoding=encoding,
        warnings=warnings,
    )
