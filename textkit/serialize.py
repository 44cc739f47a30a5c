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


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* to *path* via a temporary file in the same folder."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if not text.endswith("\n"):
                fh.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dump(obj: BaseModel | dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write one JSON document to *path* atomically."""
    write_atomic(path, dumps(obj))


def to_jsonl_line(record: dict[str, Any]) -> str:
    """One compact JSON line (for ``index.jsonl``)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
