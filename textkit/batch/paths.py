"""Which files a run reads and where each output goes.

The output tree mirrors the input tree: ``DIR/a/b.txt`` → ``OUTDIR/a/b.txt.json``.
Keeping the whole input name (suffix included) makes the mapping one-to-one, so
two inputs never share an output, and an output (``….json``) is never one of the
inputs (``.pdf``/``.txt``).

Example:
    >>> from pathlib import Path
    >>> output_path(Path("out"), "a/b.txt").as_posix()
    'out/a/b.txt.json'
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from textkit.errors import printable

#: Suffixes that ``textkit batch`` picks up in a folder.
INPUT_SUFFIXES = (".pdf", ".txt")
OUTPUT_SUFFIX = ".json"


def find_inputs(root: Path, *, exclude: Path | None = None) -> list[Path]:
    """Every PDF/TXT file under *root*, sorted; hidden files and folders and the
    *exclude* folder (an output folder inside *root*) are skipped, and symbolic
    links to folders are not followed (no loops)."""
    skip = os.path.realpath(exclude) if exclude is not None else None
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and os.path.realpath(os.path.join(folder, d)) != skip
        )
        for name in files:
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            path = Path(folder, name)
            if path.is_file():
                found.append(path)
    return sorted(found)


def relative_name(path: Path, root: Path) -> str:
    """*path* relative to *root* with ``/`` separators, printable (the index key)."""
    return printable(path.relative_to(root).as_posix())


def output_path(outdir: Path, rel: str | os.PathLike[str]) -> Path:
    """The output for the input at *rel* (relative to the input root)."""
    rel_path = Path(rel)
    return outdir / rel_path.parent / (rel_path.name + OUTPUT_SUFFIX)


def extract_outputs(paths: list[Path], outdir: Path) -> dict[Path, Path]:
    """Outputs for ``textkit extract FILE... -o OUTDIR``: the inputs' tree below
    their common folder, mirrored (one input: ``OUTDIR/<name>.json``)."""
    absolute = [Path(os.path.abspath(p)) for p in paths]
    if len(absolute) == 1:
        return {paths[0]: outdir / (absolute[0].name + OUTPUT_SUFFIX)}
    common = Path(os.path.commonpath([a.parent for a in absolute]))
    return {
        p: output_path(outdir, a.relative_to(common)) for p, a in zip(paths, absolute, strict=True)
    }


def real_paths(paths: Iterable[Path]) -> frozenset[str]:
    """The inputs' real paths, for :func:`overwrites_input`."""
    return frozenset(os.path.realpath(p) for p in paths)


def overwrites_input(output: Path, inputs: frozenset[str]) -> bool:
    """True when writing *output* would replace one of the *inputs* (their
    :func:`real_paths`), directly or through a link."""
    return os.path.realpath(output) in inputs


def file_sha256(path: Path, *, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of the file's bytes, read in chunks (constant memory)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
