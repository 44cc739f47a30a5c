"""OCR for pages without a text layer (scans), with the Tesseract program.

Optional: used only when the ``tesseract`` command is on PATH with Persian
data (``fas``); nothing is downloaded.  On Debian or Ubuntu::

    apt-get install tesseract-ocr tesseract-ocr-fas

A page is rendered with PDFium at 300 dpi in grey, handed to Tesseract as a
PGM image on stdin (``-l fas+eng`` when English data is there, else
``fas``), and its text, which Tesseract gives in logical order, becomes one
block per paragraph.  The pipeline normalises these blocks like any other.

Example:
    >>> missing() is None or "apt-get install" in missing()
    True
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from functools import cache
from pathlib import Path

from textkit.model import Block
from textkit.script import detect_lang

log = logging.getLogger(__name__)

#: resolution the page is rendered at for Tesseract
DPI = 300
#: seconds Tesseract may take for one page
TIMEOUT = 120.0

_INSTALL = "on Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-fas"


class OcrError(RuntimeError):
    """Tesseract failed on a page (its message, or a timeout)."""


@cache
def _tesseract() -> tuple[str | None, frozenset[str], str]:
    """(path of the program, its languages, its version) — looked up once per process."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None, frozenset(), ""
    try:
        langs = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        ).stdout.split()
        version = subprocess.run(
            [exe, "--version"], capture_output=True, text=True, timeout=20, check=False
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("tesseract found at %s but cannot be run: %s", exe, e)
        return None, frozenset(), ""
    return exe, frozenset(langs), (version[1] if len(version) > 1 else "")


def missing() -> str | None:
    """Why OCR cannot run here (with how to install what is missing), or None when it can."""
    exe, langs, _ = _tesseract()
    if exe is None:
        return f"Tesseract is not installed; {_INSTALL}"
    if "fas" not in langs:
        return f"Tesseract has no Persian data (fas); {_INSTALL}"
    return None


def describe() -> str:
    """The OCR engine and languages, for warnings: ``Tesseract 5.3.0, fas+eng``."""
    _, _, version = _tesseract()
    return f"Tesseract {version}, {_languages()}".replace("Tesseract ,", "Tesseract,")


def _languages() -> str:
    _, langs, _ = _tesseract()
    return "fas+eng" if "eng" in langs else "fas"


def read_page(path: str | Path, number: int, *, password: str | None = None) -> list[Block]:
    """OCR page ``number`` (1-based) of a PDF; one block per paragraph.

    Raises:
        OcrError: Tesseract is missing, failed, or took longer than ``TIMEOUT``.
    """
    exe, _, _ = _tesseract()
    if exe is None or missing():
        raise OcrError(missing() or "no tesseract")
    image = render_pgm(path, number, password=password)
    try:
        run = subprocess.run(
            [exe, "stdin", "stdout", "-l", _languages(), "--psm", "3", "--dpi", str(DPI)],
            input=image,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise OcrError(f"Tesseract took longer than {TIMEOUT:.0f} s") from e
    except OSError as e:
        raise OcrError(f"Tesseract could not be run: {e}") from e
    if run.returncode != 0:
        err = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise OcrError(f"Tesseract exit {run.returncode}: {err[0]}")
    return text_to_blocks(run.stdout.decode("utf-8", "replace"), number)


def render_pgm(path: str | Path, number: int, *, password: str | None = None) -> bytes:
    """Page ``number`` rendered in grey at ``DPI`` as a binary PGM image."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path), password=password)
    try:
        page = doc[number - 1]
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buf = bytes(bitmap.buffer)
        rows = b"".join(buf[y * stride : y * stride + width] for y in range(height))
        bitmap.close()
        page.close()
    finally:
        doc.close()
    return b"P5\n%d %d\n255\n" % (width, height) + rows


def text_to_blocks(text: str, page: int) -> list[Block]:
    """Tesseract's text → paragraph blocks (lines joined; blank lines part paragraphs).

    Example:
        >>> [b.text for b in text_to_blocks("شهر تبریز\\nو استانبول\\n\\nCity text\\n", 2)]
        ['شهر تبریز و استانبول', 'City text']
        >>> [(b.lang, b.direction, b.page) for b in text_to_blocks("City text", 2)]
        [('en', 'ltr', 2)]
    """
    out: list[Block] = []
    for para in text.replace("\f", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in para.splitlines() if line.strip())
        if not joined:
            continue
        lang = detect_lang(joined)
        lang = "fa" if lang == "unknown" else lang
        out.append(
            Block(
                id=f"ocr{page}-{len(out) + 1}",
                page=page,
                kind="paragraph",
                text=joined,
                lang=lang,
                direction="ltr" if lang == "en" else "rtl",
            )
        )
    return out


__all__ = ["DPI", "OcrError", "describe", "missing", "read_page", "render_pgm", "text_to_blocks"]
