from __future__ import annotations

import pytest

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
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
