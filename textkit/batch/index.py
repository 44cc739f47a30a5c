"""``OUTDIR/index.jsonl``: one JSON object per input, merged across runs.

Each line holds ``input`` (path relative to the input folder), ``sha256``,
``status`` (``ok``, ``error`` or ``skipped`` — unchanged since an earlier ``ok``
run, its output still there), ``output`` (relative to OUTDIR, or null),
``error`` (message or null), ``seconds``, the ``textkit_version`` and
``gazetteer_version`` it was made with, and the document's counts (``pages``,
``agreements``, …).

Writers take a file lock (``OUTDIR/.index.jsonl.lock``), read the index as it is
on disk, merge their entries by ``input`` and replace the file atomically, so
two batches writing into one OUTDIR at once keep every entry, and an interrupted
run leaves the last complete index.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     index = Index(Path(tmp))
    ...     index.add({"input": "a.txt", "status": "ok"})
    ...     index.flush()
    ...     sorted(read_index(index.path))
    ['a.txt']
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from textkit.errors import printable

log = logging.getLogger(__name__)

INDEX_NAME = "index.jsonl"
LOCK_NAME = ".index.jsonl.lock"
#: Seconds between two rewrites of the index while a run goes on.
FLUSH_EVERY = 1.0
STATUSES = ("ok", "error", "skipped")


def read_index(path: Path) -> dict[str, dict[str, Any]]:
    """The entries of the index at *path* by input (an absent file: none).
    Lines that are not index entries are skipped with a warning."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            entry = None
        if not isinstance(entry, dict) or not isinstance(entry.get("input"), str):
            log.warning("%s:%d: not an index entry; dropped", printable(str(path)), n)
            continue
        entries[entry["input"]] = entry
    return entries


class Index:
    """The index of one OUTDIR, with entries of this run waiting to be written."""

    def __init__(self, outdir: Path) -> None:
        from filelock import FileLock

        self.path = outdir / INDEX_NAME
        self._lock = FileLock(str(outdir / LOCK_NAME))
        self._pending: dict[str, dict[str, Any]] = {}
        self._flushed = time.monotonic()

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """The entries on disk now (read under the lock)."""
        with self._lock:
            return read_index(self.path)

    def add(self, entry: dict[str, Any]) -> None:
        """Queue *entry*; the index is rewritten at most every :data:`FLUSH_EVERY` s."""
        self._pending[entry["input"]] = entry
        if time.monotonic() - self._flushed >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Merge the queued entries into the file on disk, under the lock."""
        from textkit.serialize import to_jsonl_line, write_atomic

        self._flushed = time.monotonic()
        if not self._pending:
            return
        with self._lock:
            entries = read_index(self.path)
            entries.update(self._pending)
            lines = [to_jsonl_line(entries[key]) for key in sorted(entries)]
            write_atomic(self.path, "\n".join(lines))
        self._pending.clear()


def is_current(
    entry: dict[str, Any] | None, sha256: str, versions: dict[str, str], outdir: Path
) -> bool:
    """True when *entry* says the input with *sha256* was done with the same
    versions and its output is still there (so this run may skip it)."""
    if entry is None or entry.get("status") not in ("ok", "skipped"):
        return False
    if entry.get("sha256") != sha256:
        return False
    if any(entry.get(key) != value for key, value in versions.items()):
        return False
    output = entry.get("output")
    return isinstance(output, str) and (outdir / output).is_file()
