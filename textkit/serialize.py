"""JSON output. No other module writes JSON; every file is written atomically
(temporary file + rename), so an interrupted run never leaves half a document."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel


def dumps(obj: BaseModel | dict[str, Any], *, indent: int | None = 2) -> str:
    """Serialise a result (or any schema model / dict) to a JSON string."""
    data = obj if isinstance(obj, dict) else obj.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def ensure_dir(path: str | os.PathLike[str]) -> Path:
    """Create the output folder *path* (and parents), or raise a clear :class:`OutputError`."""
    from textkit.errors import OutputError

    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as e:
        raise OutputError(
            "exists and is not a folder", path=str(folder), hint="choose another output folder"
        ) from e
    except OSError as e:
        raise OutputError(
            f"cannot create output folder ({e.strerror})",
            path=str(folder),
            hint="check the path and its permissions",
        ) from e
    return folder


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* to *path* via a temporary file in the same folder, so the
    file is either the old one or the whole new one, never half written. The
    file gets the usual permissions (0666 less the umask)."""
    from textkit.errors import OutputError

    target = Path(path)
    ensure_dir(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise OutputError(
            f"cannot write ({e.strerror})", path=str(target), hint="check the folder's permissions"
        ) from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if not text.endswith("\n"):
                fh.write("\n")
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, IsADirectoryError):
            raise OutputError(
                "is a folder", path=str(target), hint="choose another output file name"
            ) from e
        if isinstance(e, OSError):
            raise OutputError(
                f"cannot write ({e.strerror or e})",
                path=str(target),
                hint="check free space and permissions; the previous file, if any, is unchanged",
            ) from e
        raise


def dump(obj: BaseModel | dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write one JSON document to *path* atomically."""
    write_atomic(path, dumps(obj))


def to_jsonl_line(record: dict[str, Any]) -> str:
    """One compact JSON line (for ``index.jsonl``)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
