"""Command line: argument parsing and file loops only; every verb is a thin
layer over one public function.

Example:
    textkit extract paper.pdf -o out/
    textkit text paper.pdf
    echo "میشود" | textkit normalize
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit import __version__
from textkit.errors import TextkitError

if TYPE_CHECKING:
    from textkit.batch import BatchOptions, Outcome
    from textkit.pipeline import Config

PROG = "textkit"


def _config(args: argparse.Namespace) -> Config:
    from textkit.pipeline import Config

    return Config(
        password=getattr(args, "password", None),
        gazetteer=getattr(args, "gazetteer", None),
        engine=getattr(args, "engine", "auto"),
    )


def _add_engine(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--engine",
        choices=("auto", "pdfium", "pdfplumber"),
        default="auto",
        help="how PDF characters are read: auto (PDFium, and pdfplumber for a page PDFium"
        " reads badly; the default), pdfium, or pdfplumber (slower)",
    )


def _print_summary(path: str, summary: dict[str, Any]) -> None:
    print(
        f"{path}: {summary.get('pages')} pages, {summary.get('agreements')} agreements, "
        f"{summary.get('entities')} entities, {summary.get('memberships')} memberships, "
        f"{summary.get('citations')} citations, {summary.get('warnings')} warnings",
        file=sys.stderr,
    )


def _options(args: argparse.Namespace) -> BatchOptions:
    from textkit.batch import BatchOptions, Limits

    try:
        limits = Limits(args.time_limit, args.memory_limit)
    except ValueError as e:
        raise TextkitError(str(e), hint="see --help") from e
    if args.jobs is not None and args.jobs < 1:
        raise TextkitError(f"-j must be at least 1, not {args.jobs}")
    _config(args)  # checks the gazetteer folder before any worker starts
    return BatchOptions(
        jobs=args.jobs,
        limits=limits,
        force=getattr(args, "force", False),
        scheduler=getattr(args, "scheduler", None),
        progress=not getattr(args, "quiet", True),
        password=args.password,
        gazetteer=tuple(args.gazetteer or ()),
        debug=args.debug,
        engine=getattr(args, "engine", "auto"),
    )


def _report_outcome(display: str, outcome: Outcome, debug: bool) -> None:
    if outcome.ok:
        _print_summary(display, outcome.summary or {})
        return
    print(f"{PROG}: error: {outcome.error}", file=sys.stderr)
    if debug and outcome.detail:
        print(outcome.detail, file=sys.stderr, end="")


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract structured JSON from one or more files. Each file is read in a
    worker process under --time-limit and --memory-limit."""
    from textkit.batch.runner import run_files
    from textkit.errors import printable
    from textkit.serialize import ensure_dir

    options = _options(args)
    paths = [Path(f) for f in args.files]
    to_stdout = len(paths) == 1 and args.output is None
    outdir = None if to_stdout else ensure_dir(args.output or ".")
    results = run_files(paths, outdir, options)
    failed = 0
    for path, outcome in results:
        if to_stdout and outcome.ok:
            sys.stdout.write((outcome.json or "") + "\n")
        failed += not outcome.ok
        _report_outcome(printable(str(path)), outcome, args.debug)
    if failed and len(results) > 1:
        print(f"{PROG}: {failed} of {len(results)} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_text(args: argparse.Namespace) -> int:
    """Print the extracted, normalised text in reading order, one block per line."""
    from textkit.pipeline import text

    out = text(args.file, config=_config(args))
    sys.stdout.write(out + ("\n" if out else ""))
    return 0


#: Normaliser steps that are on by default, each with a --no-STEP option.
NORMALIZE_STEPS = (
    "letters",
    "presentation-forms",
    "kashida",
    "controls",
    "spaces",
    "zwnj",
    "punctuation",
    "collapse-spaces",
)


def cmd_normalize(args: argparse.Namespace) -> int:
    """Normalise FILEs (or stdin) line by line to stdout: exactly one line out per line in."""
    from textkit.normalize import Normalizer

    switches = {
        s.replace("-", "_"): not getattr(args, "no_" + s.replace("-", "_")) for s in NORMALIZE_STEPS
    }
    norm = Normalizer(**switches, diacritics=args.diacritics, digits=args.digits)
    failed = 0
    for name in args.files or ["-"]:
        try:
            lines = sys.stdin if name == "-" else _read_text(name)
        except TextkitError as e:
            failed += 1
            print(f"{PROG}: error: {e}", file=sys.stderr)
            continue
        for raw in lines:
            line = raw.removesuffix("\n").removesuffix("\r")
            out = norm(line, lang=args.lang).text
            # A normaliser must never split a line: keep the one-in-one-out contract.
            sys.stdout.write(out.replace("\n", " ").replace("\r", " ") + "\n")
    sys.stdout.flush()
    if failed:
        print(f"{PROG}: {failed} of {len(args.files)} failed", file=sys.stderr)
    return 1 if failed else 0


def _read_text(name: str) -> list[str]:
    """The ``\\n``-separated lines of a text file (BOM and encoding handled as by
    ``textkit extract``)."""
    from textkit.errors import InputError
    from textkit.readers.text import decode_bytes

    try:
        data = Path(name).read_bytes()
    except OSError as e:
        raise InputError(
            f"cannot read ({e.strerror})", path=name, hint="check the path and its permissions"
        ) from e
    lines = decode_bytes(data, name)[0].split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def cmd_batch(args: argparse.Namespace) -> int:
    """Process every PDF/TXT under DIR into OUTDIR: the folder tree mirrored
    (DIR/a/b.pdf → OUTDIR/a/b.pdf.json) plus OUTDIR/index.jsonl. Documents run in
    parallel worker processes, each under --time-limit and --memory-limit; inputs
    unchanged since an earlier ok run are skipped (--force redoes them)."""
    from textkit.batch import run_batch

    report = run_batch(args.dir, args.output, _options(args))
    for entry in report.entries:
        if entry["status"] == "ok":
            _print_summary(entry["input"], entry)
        elif entry["status"] == "error":
            print(f"{PROG}: error: {entry['error']}", file=sys.stderr)
    done = sum(1 for e in report.entries if e["status"] in ("ok", "error"))
    ok = done - report.failed
    line = f"{report.total} documents: {ok} ok, {report.failed} failed"
    if report.skipped:
        line += f", {report.skipped} skipped (unchanged since an earlier run; --force redoes them)"
    line += f"; {report.seconds:.1f} s"
    slowest = report.slowest(3)
    if ok and slowest:
        line += "; slowest: " + ", ".join(f"{name} {sec:.1f} s" for name, sec in slowest)
    print(f"{line}; index: {report.index_path}", file=sys.stderr)
    if report.interrupted:
        pending = report.total - done - report.skipped
        print(
            f"{PROG}: interrupted with {pending} of {report.total} documents left; the index "
            "is written: run the same command again to resume",
            file=sys.stderr,
        )
        return 130
    if report.failed:
        print(
            f"{PROG}: {report.failed} of {report.total} failed (see {report.index_path})",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Merge the agreements of every result under OUTDIR (by their two cities)
    into one table, map or network: stdout, or FILE with -o."""
    from textkit.export import export

    text, skipped = export(args.outdir, args.format, gazetteer=_config(args).load_gazetteer())
    for warning in skipped:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    from textkit.serialize import write_atomic

    write_atomic(args.output, text)
    print(f"{args.format} written to {args.output}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write one self-contained HTML page (offline; no requests) to review the
    results under OUTDIR: the twinning map, the merged agreements with their
    evidence, and each document's text with its entities highlighted."""
    from textkit.report import write_report

    path, skipped = write_report(args.outdir, args.output, gazetteer=_config(args).load_gazetteer())
    for warning in skipped:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    print(f"report written to {path}", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the output."""
    import json

    from textkit.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score a predicted JSON against a gold JSON."""
    import json

    def read(path: str) -> dict[str, Any]:
        from pydantic import ValidationError

        from textkit.errors import SchemaError
        from textkit.schema import Result

        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError as e:
            raise TextkitError("no such file", path=path, hint="check the path") from e
        except IsADirectoryError as e:
            raise TextkitError("is a folder", path=path, hint="give one JSON file") from e
        except UnicodeDecodeError as e:
            raise TextkitError("not UTF-8 text", path=path, hint="is it a textkit output?") from e
        except json.JSONDecodeError as e:
            raise TextkitError(
                f"not valid JSON ({e.msg})",
                path=path,
                line=e.lineno,
                hint="is it a textkit output?",
            ) from e
        if not isinstance(data, dict):
            raise SchemaError(
                "not a textkit result (not a JSON object)",
                path=path,
                hint="give the JSON written by `textkit extract`",
            )
        try:
            Result.model_validate(data)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "top level"
            raise SchemaError(
                f"not a textkit result ({e.error_count()} problems; "
                f"first at {where}: {first['msg']})",
                path=path,
                hint="give the JSON written by `textkit extract` "
                "and a gold file in the same schema",
            ) from e
        return data

    pred, gold = read(args.pred), read(args.gold)
    from textkit.evaluate import format_scores, score

    scores = score(pred, gold)
    if args.json:
        sys.stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_scores(scores) + "\n")
    return 0


def _add_run_arguments(p: argparse.ArgumentParser) -> None:
    from textkit.batch import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT

    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="documents at once, one worker process each (default: the usable cores)",
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"a document taking longer fails (default: {DEFAULT_TIME_LIMIT:g})",
    )
    p.add_argument(
        "--memory-limit",
        type=int,
        default=DEFAULT_MEMORY_LIMIT,
        metavar="MB",
        help=f"a worker needing more memory fails its document (default: {DEFAULT_MEMORY_LIMIT})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Bilingual Persian–English document processing for city-diplomacy papers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "extract", help="PDF/TXT files → JSON documents", description=cmd_extract.__doc__
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="folder for <name>.json (default: stdout for one file)",
    )
    p.add_argument("--password", help="password of an encrypted PDF")
    _add_engine(p)
    p.add_argument(
        "--gazetteer",
        metavar="DIR",
        action="append",
        help="your gazetteer folder, layered over the shipped data (repeatable)",
    )
    _add_run_arguments(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "text", help="the normalised text in reading order", description=cmd_text.__doc__
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--password", help="password of an encrypted PDF")
    _add_engine(p)
    p.set_defaults(func=cmd_text)

    p = sub.add_parser(
        "normalize",
        help="normalise files (or stdin) → stdout, line by line",
        description=cmd_normalize.__doc__,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files (default: stdin; - too)")
    p.add_argument(
        "--lang", choices=["fa", "en", "mixed"], default=None, help="skip language detection"
    )
    for step in NORMALIZE_STEPS:
        p.add_argument(f"--no-{step}", action="store_true", help=f"skip the {step} step")
    p.add_argument("--diacritics", action="store_true", help="remove Arabic diacritics")
    p.add_argument(
        "--digits",
        choices=["keep", "fa", "latin"],
        default="keep",
        help="digit script: as written, Persian in Persian text, or ASCII (default keep)",
    )
    p.set_defaults(func=cmd_normalize)

    p = sub.add_parser(
        "batch", help="a folder of documents → JSON + index.jsonl", description=cmd_batch.__doc__
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument("-o", "--output", metavar="OUTDIR", required=True)
    p.add_argument("--password", help="password for encrypted PDFs")
    _add_engine(p)
    p.add_argument(
        "--gazetteer",
        metavar="DIR",
        action="append",
        help="your gazetteer folder, layered over the shipped data (repeatable)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_run_arguments(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="redo every input, even those unchanged since an ok run",
    )
    p.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run the documents on this Dask cluster (needs textkit[dask]) instead of locally",
    )
    p.set_defaults(func=cmd_batch)

    try:
        from textkit import cli_gazetteer
    except (
        ImportError
    ):  # only while the gazetteer package is being written; test_cli checks the verb
        logging.getLogger(__name__).debug("gazetteer verbs unavailable")
    else:
        cli_gazetteer.add_parser(sub)

    from textkit.export.formats import WRITERS

    p = sub.add_parser(
        "export", help="all agreements of a batch as one CSV/JSONL/GeoJSON/GraphML file",
        description=cmd_export.__doc__,
    )  # fmt: skip
    p.add_argument("outdir", metavar="OUTDIR")
    p.add_argument("--format", choices=list(WRITERS), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--gazetteer", metavar="DIR", action="append",
        help="your gazetteer folder, layered over the shipped data (repeatable)",
    )  # fmt: skip
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "report", help="one offline HTML page to review a batch", description=cmd_report.__doc__
    )
    p.add_argument("outdir", metavar="OUTDIR")
    p.add_argument("-o", "--output", metavar="FILE", help="default: OUTDIR/report.html")
    p.add_argument(
        "--gazetteer", metavar="DIR", action="append",
        help="your gazetteer folder, layered over the shipped data (repeatable)",
    )  # fmt: skip
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "schema", help="print the output JSON Schema", description=cmd_schema.__doc__
    )
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser(
        "eval", help="score PRED JSON against GOLD JSON", description=cmd_eval.__doc__
    )
    p.add_argument("pred", metavar="PRED")
    p.add_argument("gold", metavar="GOLD")
    p.add_argument("--json", action="store_true", help="machine-readable scores")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (0 ok, 1 failure, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format=f"{PROG}: %(levelname)s: %(message)s",
    )
    if not args.debug:
        # pdfminer logs font trivia ("Could not get FontBBox") without naming the file;
        # what matters reaches the output's warnings through the PDF reader.
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        return int(args.func(args))
    except TextkitError as e:
        if args.debug:
            raise
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        if args.debug:
            raise
        print(
            f"{PROG}: internal error: {type(e).__name__}: {e} (run with --debug for the traceback, "
            "and please report it)",
            file=sys.stderr,
        )
        return 1


def run() -> None:  # console-script wrapper
    sys.exit(main())


if __name__ == "__main__":
    run()
