"""``textkit gazetteer …``: validate, add, lookup, candidates.

Each sub-verb is a thin layer over one public function in
:mod:`textkit.gazetteer`; handlers return an exit code and raise
:class:`~textkit.errors.GazetteerError` (printed on one line by ``cli.py``).

Example:
    textkit gazetteer validate gazetteer/
    textkit gazetteer lookup «تولدو» --country ES
    textkit gazetteer add --alias «فوکوگا» --to gn:1863967 --kind misspelling
    textkit gazetteer candidates out/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from textkit.errors import GazetteerError


def _dir(args: argparse.Namespace) -> Path:
    from textkit.gazetteer.load import default_dir

    return Path(args.dir) if getattr(args, "dir", None) else default_dir()


def cmd_validate(args: argparse.Namespace) -> int:
    """Report every bad row; exit 1 if there is any."""
    from textkit.gazetteer.validate import validate

    problems = validate(_dir(args))
    for p in problems:
        sys.stdout.write(f"{p}\n")
    sys.stderr.write(f"{_dir(args)}: {len(problems)} problem(s)\n")
    return 1 if problems else 0


def cmd_lookup(args: argparse.Namespace) -> int:
    """Print matches as TSV: score, exact, id, type, country, name_en, name_fa, matched."""
    from textkit.gazetteer import load_gazetteer

    gaz = load_gazetteer(args.gazetteer)
    country = args.country
    if country is not None:
        # An ISO code or a country name («ایران», "Iran"); an unknown one is an error,
        # not a silent "no match".
        code = (
            country.upper() if gaz.get(f"country:{country.upper()}") else gaz.country_code(country)
        )
        if code is None:
            raise GazetteerError(
                f"unknown country {country!r}",
                hint="give an ISO 3166-1 alpha-2 code such as IR, or a country name",
            )
        country = code
    if args.limit < 1:
        raise GazetteerError("--limit must be 1 or more")
    matches = gaz.lookup(
        args.name, country=country, type=args.type, fuzzy=not args.exact, limit=args.limit
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
    """Add an entry (``--type``…) or an alias (``--alias … --to ID``) to the curated files."""
    from textkit.gazetteer.edit import add_alias, add_entry

    d = _dir(args)
    if args.alias:
        if not args.to:
            raise GazetteerError(
                "--alias needs --to ID", hint="find the id with `textkit gazetteer lookup NAME`"
            )
        line = add_alias(d, args.to, args.alias, lang=args.lang, kind=args.kind, source=args.source)
        sys.stderr.write(
            f"{d / 'aliases_curated.tsv'}:{line}: added {args.alias!r} for {args.to}\n"
        )
    else:
        if not args.type:
            raise GazetteerError(
                "give --type (city, country, region, org) for a new entry, or --alias … --to ID"
            )
        eid = add_entry(
            d,
            type=args.type,
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
        )
        sys.stdout.write(eid + "\n")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    """List unknown names found in result JSON files, as TSV."""
    from textkit.gazetteer import load_gazetteer
    from textkit.gazetteer.candidates import find_candidates

    cands = find_candidates(args.outdir, load_gazetteer(args.gazetteer))
    sys.stdout.write("name\tkind\tcountry\tcount\tdocuments\tsuggestion\tcontext\n")
    for c in cands:
        row = [
            c.name,
            c.kind,
            c.country or "",
            str(c.count),
            ";".join(c.documents),
            c.suggestion or "",
            " | ".join(c.contexts),
        ]
        sys.stdout.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    sys.stderr.write(f"{len(cands)} unknown name(s)\n")
    return 0


def add_parser(subparsers: Any) -> None:
    """Register ``gazetteer`` and its sub-verbs on the main CLI's subparsers."""
    p = subparsers.add_parser(
        "gazetteer",
        help="check, search and extend the gazetteer",
        description=__doc__.split("\n")[0],
    )
    sub = p.add_subparsers(dest="gazetteer_command", metavar="{validate,add,lookup,candidates}")
    sub.required = True

    v = sub.add_parser(
        "validate",
        help="report every bad row (file:line: problem)",
        description="Check the gazetteer TSVs and list every bad row in one pass.",
    )
    v.add_argument("dir", nargs="?", help="gazetteer folder (default: the shipped one)")
    v.set_defaults(func=cmd_validate)

    a = sub.add_parser(
        "add",
        help="add an entry or an alias to the curated files",
        description="Append a curated entry (--type …) or a spelling (--alias … --to ID).",
    )
    a.add_argument("--dir", help="gazetteer folder (default: the shipped one)")
    a.add_argument("--alias", help="a new spelling for an existing entry")
    a.add_argument("--to", metavar="ID", help="the entry the alias belongs to, e.g. gn:1863967")
    a.add_argument("--lang", default="fa", help="alias language: fa, en, ar, und (default fa)")
    a.add_argument(
        "--kind",
        default="alt",
        help="alias kind: alt, historical, translit, misspelling, acronym, …",
    )
    a.add_argument(
        "--type", choices=["city", "country", "region", "org"], help="type of a new entry"
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

    lk = sub.add_parser(
        "lookup",
        help="find entries by name, exact and fuzzy, with scores",
        description="Look a name up; prints score, exact/fuzzy, id, type, country, names.",
    )
    lk.add_argument("name", help="a name in Persian or English, e.g. «تولدو، اسپانیا»")
    lk.add_argument("--country", help="restrict to this country (ISO code or name)")
    lk.add_argument("--type", choices=["city", "country", "region", "org"])
    lk.add_argument("--exact", action="store_true", help="no fuzzy matches")
    lk.add_argument("--limit", type=int, default=5)
    lk.add_argument(
        "--gazetteer", metavar="DIR", help="gazetteer folder (default: the shipped one)"
    )
    lk.set_defaults(func=cmd_lookup)

    c = sub.add_parser(
        "candidates",
        help="list unknown names found in `textkit batch` output",
        description="Read result JSON in OUTDIR; list parties/organisations with no gazetteer id.",
    )
    c.add_argument("outdir", help="folder of result JSON files")
    c.add_argument("--gazetteer", metavar="DIR", help="gazetteer folder (default: the shipped one)")
    c.set_defaults(func=cmd_candidates)
