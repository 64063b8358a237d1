"""The I/O layer: files, directories, stdin, and read errors as records."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from graphkit.ingest import guess_kind, iter_sources
from graphkit.models import ErrorRecord, RawSource


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".an").mkdir()
    (root / "a" / "gold").mkdir()
    (root / "b" / "z.txt").write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    (root / "a" / "y.jsonl").write_text('{"text": "Nội dung."}', encoding="utf-8")
    (root / "a" / "x.html").write_text("<html><body><p>Nội dung.</p></body></html>", encoding="utf-8")
    (root / "a" / "w.HTM").write_text("<html></html>", encoding="utf-8")
    (root / "a" / "gold" / "v.txt").write_text("Vàng", encoding="utf-8")
    (root / "a" / "ghi-chu.md").write_text("bỏ qua", encoding="utf-8")
    (root / ".an" / "u.txt").write_text("ẩn", encoding="utf-8")
    (root / ".u.txt").write_text("ẩn", encoding="utf-8")
    (root / "c.txt").write_text("Tiêu đề\nNội dung.", encoding="utf-8")


def test_directory_is_read_recursively_sorted_skipping_hidden_and_gold(tmp_path: Path) -> None:
    _tree(tmp_path)
    items = list(iter_sources([str(tmp_path)]))
    assert all(isinstance(i, RawSource) for i in items)
    rel = [str(Path(i.name).relative_to(tmp_path)) for i in items]
    assert rel == ["a/w.HTM", "a/x.html", "a/y.jsonl", "b/z.txt", "c.txt"]
    kinds = {Path(i.name).name: (i.kind, i.doc_id) for i in items}
    assert kinds["x.html"] == ("html", "x")
    assert kinds["w.HTM"] == ("html", "w")
    assert kinds["y.jsonl"] == ("jsonl", "y")
    assert kinds["z.txt"] == ("txt", "z")


def test_missing_path_yields_error_and_continues(tmp_path: Path) -> None:
    good = tmp_path / "tin-1.txt"
    good.write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    items = list(iter_sources([str(tmp_path / "khong-co.txt"), str(good)]))
    assert isinstance(items[0], ErrorRecord)
    assert items[0].stage == "read"
    assert "khong-co.txt" in items[0].message
    assert isinstance(items[1], RawSource) and items[1].doc_id == "tin-1"
    assert items[1].data == good.read_bytes()


def test_unsupported_file_named_explicitly_is_an_error(tmp_path: Path) -> None:
    pdf = tmp_path / "bai.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    (item,) = iter_sources([str(pdf)])
    assert isinstance(item, ErrorRecord)
    assert ".pdf" in item.message


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "khoa.txt"
    f.write_text("x", encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "khoa.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    (item,) = iter_sources([str(f)])
    assert isinstance(item, ErrorRecord) and item.stage == "read"
    assert "Permission denied" in item.message or "permission" in item.message.lower()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ('{"text": "Nội dung"}\n'.encode(), "jsonl"),
        ('\n\n  {"text": "Nội dung"}'.encode(), "jsonl"),
        (b"<!DOCTYPE html><html><body></body></html>", "html"),
        (b"  <html lang='vi'><body><p>x</p></body></html>", "html"),
        ("Tiêu đề\nNội dung bài báo.".encode(), "txt"),
        ("date 2022-02-08\nTiêu đề".encode(), "txt"),
        ('\ufeff{"text": "x"}'.encode(), "jsonl"),
        ('{"text": "x"}'.encode("utf-16"), "jsonl"),
    ],
)
def test_guess_kind(data: bytes, kind: str) -> None:
    assert guess_kind(data) == kind


def test_stdin_dash(tmp_path: Path) -> None:
    stdin = io.BytesIO('{"id": "s1", "text": "Nội dung."}\n'.encode())
    (item,) = iter_sources(["-"], stdin=stdin)
    assert isinstance(item, RawSource)
    assert item.name == "<stdin>" and item.doc_id is None and item.kind == "jsonl"


def test_stdin_dash_without_stream_is_an_error() -> None:
    (item,) = iter_sources(["-"], stdin=None)
    assert isinstance(item, ErrorRecord) and item.stage == "read"


def test_gold_file_named_explicitly_is_read(tmp_path: Path) -> None:
    _tree(tmp_path)
    (item,) = iter_sources([str(tmp_path / "a" / "gold" / "v.txt")])
    assert isinstance(item, RawSource) and item.doc_id == "v"
