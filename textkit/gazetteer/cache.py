"""Load a gazetteer: the shipped data with the user's folders layered on top,
from a compiled cache when there is one.

Layers, lowest first: the base folder (the shipped data unless another is
given), then each folder of ``$TEXTKIT_GAZETTEER`` (``os.pathsep``-separated),
then the folders passed as *overlays* (``--gazetteer DIR``).  A user row wins on
the same id; the shipped names keep working.

The base layer is compiled once per data version (the sha256 of its files) into
``$XDG_CACHE_HOME/textkit`` (or ``~/.cache/textkit``): ``gazetteer-v<N>-<fp>.marshal``
holds the entries and the key index, ``….fuzzy.marshal`` the fuzzy index (written
on the first fuzzy lookup).  User folders are small and are read from their TSVs
each time.  Only the :data:`KEEP` most recently used data versions are kept.
If the cache folder is not writable, everything is simply read from the TSVs.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit.errors import GazetteerError
from textkit.gazetteer.index import HOME_COUNTRY, Gazetteer
from textkit.gazetteer.load import data_files, env_overlays, fingerprint, read_layer, shipped_dir

if TYPE_CHECKING:
    from textkit.gazetteer.fuzzy import FuzzyIndex

log = logging.getLogger(__name__)

#: Bumped whenever the compiled layout or the key function changes (old files are
#: then deleted).  9: keys from textkit.script.fold_key (ے and ؠ fold to ی too).
CACHE_VERSION = 9
#: How many data versions keep their compiled files.
KEEP = 4

PathArg = str | os.PathLike[str]

_CACHE: dict[tuple[str, str | None], Gazetteer] = {}


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/textkit`` or ``~/.cache/textkit``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "textkit"


def _main_file(fp: str) -> Path:
    return cache_dir() / f"gazetteer-v{CACHE_VERSION}-{fp}.marshal"


def _fuzzy_file(fp: str) -> Path:
    return cache_dir() / f"gazetteer-v{CACHE_VERSION}-{fp}.fuzzy.marshal"


def layer_dirs(
    path: PathArg | None = None, overlays: Sequence[PathArg] = ()
) -> tuple[Path, list[Path]]:
    """The base folder and the overlay folders, resolved, in stacking order.

    Example:
        >>> base, tops = layer_dirs("tests/data/gazetteer/mini")
        >>> base.name, tops
        ('mini', [])
    """
    if path is None:
        base = shipped_dir().resolve()
        tops = [*env_overlays(), *(Path(p) for p in overlays)]
    else:
        base = Path(path).resolve()
        tops = [Path(p) for p in overlays]
    out: list[Path] = []
    for d in tops:
        if not d.is_dir():
            raise GazetteerError(
                "gazetteer folder not found",
                path=str(d),
                hint="give a folder of gazetteer TSVs (it may start empty)",
            )
        r = d.resolve()
        if r != base and r not in out:
            out.append(r)
    return base, out


def load_gazetteer(
    path: PathArg | None = None,
    *,
    overlays: Sequence[PathArg] = (),
    home_country: str | None = HOME_COUNTRY,
) -> Gazetteer:
    """Load a gazetteer, cached per process and compiled on disk.

    Args:
        path: the base folder; ``None`` for the shipped data with the folders of
            ``$TEXTKIT_GAZETTEER`` on top.
        overlays: user folders stacked on top, lowest first (``--gazetteer DIR``).
        home_country: ISO code of the country whose towns the texts name without
            context (a setting of the matcher, not data).

    Raises:
        GazetteerError: no data, or an overlay folder that does not exist.

    Example:
        >>> gaz = load_gazetteer(overlays=["my-places/"])  # doctest: +SKIP
        >>> gaz.lookup("شاندیز")[0].entry.id  # doctest: +SKIP
        'cur:shandiz'
    """
    base, tops = layer_dirs(path, overlays)
    base_files = data_files(base)
    if not base_files:
        raise GazetteerError("no .tsv files", path=str(base), hint="point to a gazetteer directory")
    base_fp = fingerprint(base_files)
    top_files = [data_files(d) for d in tops]
    top_fps = [fingerprint(f) for f in top_files]
    version = base_fp if not tops else _combine([base_fp, *top_fps])
    key = (version, home_country)
    if key in _CACHE:
        return _CACHE[key]
    gaz = _load_base(base, base_files, base_fp, home_country)
    for d, files in zip(tops, top_files, strict=True):
        gaz.add_layer(read_layer(d, files))
    gaz.version = version
    _CACHE[key] = gaz
    return gaz


def _combine(fps: list[str]) -> str:
    import hashlib

    return hashlib.sha256("+".join(fps).encode()).hexdigest()[:24]


def _load_base(base: Path, files: list[Path], fp: str, home_country: str | None) -> Gazetteer:
    gaz = None
    main = _main_file(fp)
    try:
        gaz = Gazetteer.from_state(marshal.loads(main.read_bytes()), home_country=home_country)
        _touch(main)
    except (OSError, EOFError, ValueError, TypeError):
        gaz = None
    if gaz is None:
        gaz = Gazetteer(home_country=home_country)
        gaz.add_layer(read_layer(base, files))
        _write(main, gaz.state())
        clean(keep=fp)
    gaz.path = str(base)
    gaz.version = fp
    gaz.mark_base(fp)
    return gaz


def load_fuzzy(fp: str) -> FuzzyIndex | None:
    """The cached fuzzy index of base data version *fp*, or ``None``."""
    from textkit.gazetteer.fuzzy import FuzzyIndex

    try:
        return FuzzyIndex.from_state(marshal.loads(_fuzzy_file(fp).read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        return None


def save_fuzzy(fp: str, fx: FuzzyIndex) -> None:
    """Cache the fuzzy index of base data version *fp* (best effort)."""
    _write(_fuzzy_file(fp), fx.state())


def _write(path: Path, state: tuple[Any, ...]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        tmp.write_bytes(marshal.dumps(state))
        tmp.replace(path)
    except (OSError, ValueError) as e:
        log.info("gazetteer cache not written (%s); loading from TSV each time", e)


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)  # "recently used", for clean()


def clean(*, keep: str | None = None) -> list[Path]:
    """Delete compiled files of other cache layouts, and of all but the
    :data:`KEEP` most recently used data versions (always keeping *keep*).
    Returns the deleted files."""
    d = cache_dir()
    try:
        files = list(d.glob("gazetteer-v*.marshal"))
    except OSError:
        return []
    prefix = f"gazetteer-v{CACHE_VERSION}-"
    current: dict[str, float] = {}
    doomed: list[Path] = []
    for p in files:
        if not p.name.startswith(prefix):
            doomed.append(p)
            continue
        fp = p.name[len(prefix) :].split(".")[0]
        if not p.name.endswith(".fuzzy.marshal"):
            current[fp] = _mtime(p)
    recent = sorted(current, key=lambda f: -current[f])[:KEEP]
    kept = {*recent, keep}
    doomed += [
        p
        for p in files
        if p.name.startswith(prefix) and p.name[len(prefix) :].split(".")[0] not in kept
    ]
    removed = []
    for p in doomed:
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            continue
    return removed


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except OSError:
        return 0.0
