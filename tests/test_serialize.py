from __future__ import annotations

import pytest

from textkit.errors import OutputError
from textkit.serialize import dumps, write_atomic


def test_serialize_keeps_persian_readable():
    assert dumps({"name": "تهران"}, indent=None) == '{"name": "تهران"}'


def test_serialize_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "sub" / "out.json"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text("utf-8") == "second\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_serialize_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    write_atomic(target, "old")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OutputError, match=r"out\.json: cannot write \(disk full\)"):
        write_atomic(target, "new")
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_serialize_files_get_umask_permissions(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def test_serialize_output_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        write_atomic(blocker / "a.json", "{}")
