"""One exception hierarchy. Every error names the file (and page or line) and
says what to try; the CLI prints ``str(err)`` on one line."""

from __future__ import annotations


class TextkitError(Exception):
    """Base class. ``str()`` gives ``path[, page N | :line]: message; hint``."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        page: int | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.page = page
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = printable(self.path)
            if self.line is not None:
                where += f":{self.line}"
            if self.page is not None:
                where += f", page {self.page}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


class InputError(TextkitError):
    """The input file is missing, empty, or of a kind textkit does not read."""


class PdfError(InputError):
    """A PDF that cannot be read: corrupt, truncated, encrypted, no text layer."""


class EncodingError(InputError):
    """A text file whose encoding could not be determined."""


class OutputError(TextkitError):
    """An output file or folder that cannot be written."""


class GazetteerError(TextkitError):
    """A gazetteer data file with bad rows."""


class SchemaError(TextkitError):
    """A JSON document that does not fit the output schema."""


class LimitError(TextkitError):
    """A document that ran past ``--time-limit`` or ``--memory-limit``, or whose
    worker process died while reading it."""


class ClusterError(TextkitError):
    """The Dask scheduler cannot be reached, or went away during a run."""


def printable(text: str) -> str:
    """*text* safe to print or write as UTF-8: a file name's undecodable bytes
    (kept by Python as lone surrogates) become ``\\xNN`` escapes.

    Example:
        >>> import os
        >>> printable(os.fsdecode(b"caf\\xe9.txt"))
        'caf\\\\xe9.txt'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate that no file name produced
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text
