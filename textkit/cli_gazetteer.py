"""``textkit gazetteer …``: validate, add, import, lookup, candidates.

Each sub-verb is a thin layer over one public function in
:mod:`textkit.gazetteer`; handlers return an exit code and raise
:class:`~textkit.errors.GazetteerError` (printed on one line by ``cli.py``).

The gazetteer is the shipped data with the user's folders on top:
``$TEXTKIT_GAZETTEER`` (``os.pathsep``-separated) and ``--gazetteer DIR``
(repeatable).  ``add`` and ``import`` write into the user's folder (``--dir``,
default: the last folder of ``$TEXTKIT_GAZETTEER``).

Example:
    textkit gazetteer validate my-places/
    textkit gazetteer lookup «تولدو» --country ES
    textkit gazetteer lookup gn:115019
    textkit gazetteer add --dir my-places --alias «فوکوگا» --to gn:1863967 --kind misspelling
    textkit gazetteer candidates out/ -o review.tsv
    textkit gazetteer import review.tsv --dir my-places
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit.errors import GazetteerError

if TYPE_CHECKING:
    from textkit.gazetteer.protocol import GazetteerProtocol


def _user_dir(args: argparse.Namespace) -> Path:
    from textkit.gazetteer.load import default_dir

    return Path(args.dir) if getattr(args, "dir", None) else default_dir()


def cmd_validate(args: argparse.Namespace) -> int:
    """Report every bad row as ``file:line: problem``; exit 1 if there is any."""
    from textkit.gazetteer.cache import layer_dirs
    from textkit.gazetteer.edit import layers_below
    from textkit.gazetteer.validate import validate

    d = Path(args.dir) if args.dir else layer_dirs(None)[0]
    below = layers_below(d) if d.is_dir() else None
    known = set(below.entries.ids()) if below is not None else set()
    problems = validate(d, known_ids=known)
    for p in problems:
        sys.stdout.write(f"{p}\n")
    sys.stderr.write(f"{d}: {len(problems)} problem(s)\n")
    return 1 if problems else 0


def _country(gaz: GazetteerProtocol, country: str | None) -> str | None:
    """An ISO code or a country name («ایران», "Iran"); an unknown one is an error,
    not a silent "no match"."""
    if country is None:
        return None
    code = country.upper() if gaz.get(f"country:{country.upper()}") else gaz.country_code(country)
    if code is None:
        raise GazetteerError(
            f"unknown country {country!r}",
            hint="give an ISO 3166-1 alpha-2 code such as IR, or a country name",
        )
    return str(code)


def cmd_lookup(args: argparse.Namespace) -> int:
    """Print matches as TSV: score, exact, id, type, country, name_en, name_fa, matched."""
    from textkit.gazetteer import load_gazetteer

    gaz = load_gazetteer(overlays=args.gazetteer or ())
    if args.limit < 1:
        raise GazetteerError("--limit must be 1 or more")
    matches = gaz.lookup(
        args.name,
        country=_country(gaz, args.country),
        type=args.type,
        fuzzy=not args.exact,
        limit=args.limit,
    )
    for m in matches:
        e = m.entry
        row = [
            f"{m.score:.3f}",
            "exact" if m.exact else "fuzzy",
            e.id,
            e.type,
            e.country or "",
            e.name_en,
            e.name_fa,
            m.matched,
        ]
        sys.stdout.write("\t".join(row) + "\n")
    if not matches:
        sys.stderr.write(f"no match for {args.name!r}\n")
        return 1
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add an entry (``--type``…), correct one (``--update --id``), or add a
    spelling (``--alias … --to ID``); print the entry (id, names, type, country)
    on stdout and the file and line written on stderr."""
    from textkit.gazetteer.edit import add_alias, add_entry, describe

    d = _user_dir(args)
    if args.alias:
        if not args.to:
            raise GazetteerError(
                "--alias needs --to ID", hint="find the id with `textkit gazetteer lookup NAME`"
            )
        added = add_alias(
            d, args.to, args.alias, lang=args.lang, kind=args.kind, source=args.source
        )
    else:
        if not args.type and not args.update:
            raise GazetteerError(
                "give --type (city, country, region, org) for a new entry, "
                "--update --id ID to change one, or --alias … --to ID"
            )
        added = add_entry(
            d,
            type=args.type or _type_of(args.id, d),
            name_en=args.name_en or "",
            name_fa=args.name_fa or "",
            country=args.country or "",
            lat=args.lat,
            lon=args.lon,
            population=args.population,
            geonames_id=args.geonames_id,
            wikidata=args.wikidata or "",
            source=args.source,
            id=args.id,
            update=args.update,
        )
    # stdout: the entry (id first, for scripts); stderr: where the row went
    sys.stdout.write(f"{describe(added.entry)}\n")
    what = f"alias {added.alias!r} added" if added.alias else added.action
    sys.stderr.write(f"{added.path}:{added.line}: {what}\n")
    return 0


def _type_of(eid: str | None, d: Path) -> str:
    """The type of the entry ``--update --id`` names (so ``--type`` may be left out)."""
    from textkit.gazetteer.edit import layers_below

    below = layers_below(d)
    entry = below.get(eid) if below is not None and eid else None
    return entry.type if entry is not None else "city"


def cmd_import(args: argparse.Namespace) -> int:
    """Add the reviewed rows of a candidates TSV to the user's folder, all or none."""
    from textkit.gazetteer.imports import import_rows

    added = import_rows(_user_dir(args), args.file)
    for a in added:
        sys.stdout.write(f"{a}\n")
    sys.stderr.write(f"{len(added)} row(s) imported\n")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    """Write unknown names found in result JSON files as a TSV to review."""
    from textkit.gazetteer import load_gazetteer
    from textkit.gazetteer.candidates import candidates_tsv, find_candidates

    cands = find_candidates(args.outdir, load_gazetteer(overlays=args.gazetteer or ()))
    text = candidates_tsv(cands)
    if args.output:
        from textkit.serialize import write_atomic

        write_atomic(args.output, text)
        sys.stderr.write(f"{len(cands)} unknown name(s) → {args.output}\n")
    else:
        sys.stdout.write(text)
        sys.stderr.write(f"{len(cands)} unknown name(s)\n")
    return 0


def _add_gazetteer_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gazetteer",
        metavar="DIR",
        action="append",
        help="a gazetteer folder layered over the shipped data (repeatable)",
    )


def add_parser(subparsers: Any) -> None:
    """Register ``gazetteer`` and its sub-verbs on the main CLI's subparsers."""
    p = subparsers.add_parser(
        "gazetteer",
        help="check, search and extend the gazetteer",
        description=(__doc__ or "").split("\n")[0],
    )
    sub = p.add_subparsers(
        dest="gazetteer_command", metavar="{validate,add,import,lookup,candidates}"
    )
    sub.required = True

    v = sub.add_parser(
        "validate",
        help="report every bad row (file:line: problem)",
        description="Check a gazetteer folder's TSVs and list every bad row in one pass.",
    )
    v.add_argument("dir", nargs="?", help="gazetteer folder (default: the shipped one)")
    v.set_defaults(func=cmd_validate)

    _add_add_parser(sub)

    i = sub.add_parser(
        "import",
        help="add the reviewed rows of a candidates TSV",
        description="Add every row of FILE.tsv whose action is add or alias, all or none.",
    )
    i.add_argument("file", metavar="FILE.tsv", help="written by `gazetteer candidates -o`")
    i.add_argument("--dir", help="your gazetteer folder (default: last of $TEXTKIT_GAZETTEER)")
    i.set_defaults(func=cmd_import)

    lk = sub.add_parser(
        "lookup",
        help="find entries by name or id, exact and fuzzy, with scores",
        description="Look a name (or an id) up; prints score, exact/fuzzy, id, type, country, "
        "names.",
    )
    lk.add_argument("name", help="a name in Persian or English, or an id such as gn:115019")
    lk.add_argument("--country", help="restrict to this country (ISO code or name)")
    lk.add_argument("--type", choices=["city", "country", "region", "org"])
    lk.add_argument("--exact", action="store_true", help="no fuzzy matches")
    lk.add_argument("--limit", type=int, default=5)
    _add_gazetteer_option(lk)
    lk.set_defaults(func=cmd_lookup)

    c = sub.add_parser(
        "candidates",
        help="list unknown names found in `textkit batch` output, as a TSV to review",
        description="Read result JSON in OUTDIR; write the unlinked places and organisations "
        "as a TSV (name, script, count, contexts, best matches, proposed type) to review "
        "and `gazetteer import`.",
    )
    c.add_argument("outdir", help="folder of result JSON files")
    c.add_argument("-o", "--output", metavar="FILE.tsv", help="write here (default: stdout)")
    _add_gazetteer_option(c)
    c.set_defaults(func=cmd_candidates)


def _add_add_parser(sub: Any) -> None:
    a = sub.add_parser(
        "add",
        help="add an entry or an alias to your gazetteer folder",
        description="Add an entry (--type …), correct one (--update --id ID …) or add a "
        "spelling (--alias … --to ID); prints the entry's id, names and country.",
    )
    a.add_argument("--dir", help="your gazetteer folder (default: last of $TEXTKIT_GAZETTEER)")
    a.add_argument("--alias", help="a new spelling for an existing entry")
    a.add_argument("--to", metavar="ID", help="the entry the alias belongs to, e.g. gn:1863967")
    a.add_argument("--lang", default="fa", help="alias language: fa, en, ar, und (default fa)")
    a.add_argument(
        "--kind",
        default="alt",
        help="alias kind: alt, historical, translit, misspelling, acronym, … (default alt)",
    )
    a.add_argument(
        "--type", choices=["city", "country", "region", "org"], help="type of a new entry"
    )
    a.add_argument(
        "--update",
        action="store_true",
        help="change the entry --id names (your row wins over the shipped one)",
    )
    a.add_argument("--name-en", help="English name")
    a.add_argument("--name-fa", help="Persian name")
    a.add_argument("--country", help="ISO 3166-1 alpha-2 code")
    a.add_argument("--lat", type=float)
    a.add_argument("--lon", type=float)
    a.add_argument("--population", type=int)
    a.add_argument("--geonames-id", type=int)
    a.add_argument("--wikidata", help="Wikidata id, e.g. Q42")
    a.add_argument("--id", help="explicit id (default: gn:<geonames id> or cur:<slug>)")
    a.add_argument("--source", default="curated", help="where the row came from (default: curated)")
    a.set_defaults(func=cmd_add)
