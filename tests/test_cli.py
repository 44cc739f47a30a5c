from __future__ import annotations

import json

import pytest

from textkit.cli import build_parser, main
from textkit.schema import Result

VERBS = ["extract", "text", "normalize", "batch", "gazetteer", "schema", "eval"]


@pytest.mark.parametrize("verb", VERBS)
def test_cli_every_verb_has_help(verb, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([verb, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: textkit {verb}")


def test_cli_lists_every_verb():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(VERBS) <= set(sub.choices)


def test_cli_schema_is_the_shipped_file(run_cli):
    from importlib.resources import files

    code, out, _ = run_cli("schema")
    assert code == 0
    shipped = json.loads(files("textkit").joinpath("data/schema.json").read_text("utf-8"))
    assert json.loads(out) == shipped, "run `python -m textkit.schema` after changing schema.py"


def test_cli_error_is_one_line_without_traceback(run_cli, tmp_path):
    missing = tmp_path / "missing.pdf"
    code, out, err = run_cli("text", str(missing))
    assert code == 1 and out == ""
    assert err == f"textkit: error: {missing}: no such file; check the path\n"


def test_cli_debug_shows_the_exception(tmp_path):
    from textkit.errors import InputError

    with pytest.raises(InputError):
        main(["--debug", "text", str(tmp_path / "missing.txt")])


def test_cli_normalize_one_line_out_per_line_in(run_cli, monkeypatch):
    import io

    lines = ["میشود", "", "https://doi.org/10.1000/182", "شهر ها"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = run_cli("normalize")
    assert code == 0
    got = out.split("\n")
    assert got[-1] == "" and len(got) - 1 == len(lines)
    assert got[0] == "می\u200cشود" and got[1] == "" and got[2] == lines[2]


def test_cli_text_on_a_text_file(run_cli, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("عنوان\n\nشهرداریها بهعنوان بازیگران مهم هستند.\n", encoding="utf-8")
    code, out, _ = run_cli("text", str(p))
    assert code == 0
    assert out == "عنوان\nشهرداری\u200cها به\u200cعنوان بازیگران مهم هستند.\n"


def test_cli_extract_single_file_to_stdout(run_cli, tmp_path):
    p = tmp_path / "news.txt"
    p.write_text(
        "شهر اصفهان در سال ۱۹۸۹ با شهر شیان چین پیمان خواهرخواندگی امضا کرد.\n", encoding="utf-8"
    )
    code, out, err = run_cli("extract", str(p))
    assert code == 0
    result = Result.model_validate_json(out)
    assert result.document.source_kind == "text" and result.blocks
    assert f"{p}: 1 pages" in err


def test_cli_batch_and_extract_take_limits_and_jobs():
    for verb in ("batch", "extract"):
        args = build_parser().parse_args([verb, "x", *(["-o", "o"] if verb == "batch" else [])])
        assert (args.time_limit, args.memory_limit, args.jobs) == (300.0, 4096, None)


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--time-limit", "0", "time limit must be positive"),
        ("--memory-limit", "10", "memory limit must be at least 64 MB"),
        ("-j", "0", "-j must be at least 1"),
    ],
)
def test_cli_batch_rejects_bad_limits(run_cli, tmp_path, flag, value, message):
    code, _, err = run_cli("batch", str(tmp_path), "-o", str(tmp_path / "o"), flag, value)
    assert code == 1 and message in err and err.count("\n") == 1


def test_cli_eval_reports_bad_json_with_line(run_cli, tmp_path):
    bad = tmp_path / "pred.json"
    bad.write_text("{\n  oops\n}", encoding="utf-8")
    code, _, err = run_cli("eval", str(bad), str(bad))
    assert code == 1 and f"{bad}:2: not valid JSON" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param('{"a": 1}', "not a textkit result", id="other-json"),
        pytest.param("[]", "not a textkit result", id="json-array"),
    ],
)
def test_cli_eval_rejects_json_that_is_not_a_result(run_cli, tmp_path, content, message):
    pred = tmp_path / "pred.json"
    pred.write_text(content, encoding="utf-8")
    code, _, err = run_cli("eval", str(pred), str(pred))
    assert code == 1 and f"{pred}: {message}" in err and err.count("\n") == 1


def test_cli_extract_unwritable_output_is_a_clear_error(run_cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("متن.\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run_cli("extract", str(src), "-o", str(blocker / "out"))
    assert code == 1
    assert err.startswith(f"textkit: error: {blocker / 'out'}: cannot create output folder")
    assert "internal error" not in err
