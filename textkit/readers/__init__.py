"""Input readers: ``load(path)`` picks one by the file's content and suffix."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from textkit.errors import InputError, PdfError
from textkit.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_readable(path: str | os.PathLike[str]) -> Path:
    """Raise a clear :class:`InputError` for a missing, unreadable or empty file."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(p), hint="check the path")
    if p.is_dir():
        raise InputError(
            "is a folder, not a file", path=str(p), hint="use `textkit batch DIR -o OUT`"
        )
    try:
        size = p.stat().st_size
    except OSError as e:
        raise InputError(
            f"cannot read ({e.strerror})", path=str(p), hint="check permissions"
        ) from e
    if size == 0:
        raise InputError(
            "file is empty",
            path=str(p),
            hint="nothing to extract; check the file was copied completely",
        )
    return p


def load(
    path: str | os.PathLike[str], *, password: str | None = None, engine: str = "auto"
) -> Document:
    """Read a PDF or a plain-text file into a :class:`Document`.

    PDFs are recognised by their ``%PDF-`` header; a file named ``.pdf`` without
    one is an error rather than being read as text.
    """
    p = check_readable(path)
    with p.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head:
        from textkit.readers.pdf import load_pdf

        return load_pdf(p, password=password, engine=engine)
    suffix = p.suffix.lower()
    if suffix == ".pdf":
        raise PdfError(
            "not a PDF (no %PDF- header)",
            path=str(p),
            hint="the file may be HTML or text saved with a .pdf name; "
            "rename it or download the real PDF",
        )
    if suffix in TEXT_SUFFIXES or suffix not in {".doc", ".docx", ".odt", ".html", ".htm", ".epub"}:
        from textkit.readers.text import load_text

        return load_text(p)
    raise InputError(
        f"textkit does not read {suffix} files",
        path=str(p),
        hint="convert it to PDF or plain text first",
    )
