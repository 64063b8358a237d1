"""Who held an office on a date, and loading custom or broken KB files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graphkit.linking.kb import KBError, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(
    ("title", "of", "day", "expected"),
    [
        ("Ngoại trưởng", "Mỹ", "2019-03-01", "Mike Pompeo"),
        ("Ngoại trưởng", "Hoa Kỳ", "2022-03-01", "Antony Blinken"),
        ("Bộ trưởng Ngoại giao", "Q30", "2017-06-01", "Rex Tillerson"),
        ("Tổng thống", "Pháp", "2022-03-01", "Emmanuel Macron"),
        ("Tổng thống", "Pháp", "2016-03-01", "François Hollande"),
        ("nhà lãnh đạo", "Nga", "2010-01-01", "Dmitry Medvedev"),
        ("nhà lãnh đạo", "Anh", "2023-01-10", "Rishi Sunak"),
        ("Thủ tướng", "Đức", "2020-01-01", "Angela Merkel"),
        ("Thủ tướng", "Đức", "2023-01-01", "Olaf Scholz"),
        ("nguyên thủ", "Trung Quốc", "2020-01-01", "Tập Cận Bình"),
        ("Tổng thư ký", "Liên Hợp Quốc", "2015-01-01", "Ban Ki-moon"),
        ("Tổng thư ký", "NATO", "2025-01-01", "Mark Rutte"),
        ("Người phát ngôn", "Điện Kremlin", "2022-02-24", "Dmitry Peskov"),
        ("phát ngôn viên", "Bộ Ngoại giao Nga", "2022-02-24", "Maria Zakharova"),
        ("Tổng thống", "Ukraine", "2018-01-01", "Petro Poroshenko"),
        ("Bộ trưởng Quốc phòng", "Mỹ", "2022-01-01", "Lloyd Austin"),
        ("Thủ tướng", "Nhật Bản", "2019-01-01", "Shinzo Abe"),
        ("Tổng Bí thư", "Việt Nam", "2025-01-01", "Tô Lâm"),
    ],
)
def test_holders_on_date(kb, title: str, of: str, day: str, expected: str) -> None:
    assert [e.name for e in kb.holders(title, of, dt.date.fromisoformat(day))] == [expected]


@pytest.mark.parametrize(
    ("title", "of", "day"),
    [
        ("Hoàng đế", "Mỹ", "2020-01-01"),
        ("Tổng thống", "Nước Không Có", "2020-01-01"),
        ("Tổng thống", "Mỹ", "1900-01-01"),
    ],
)
def test_holders_unknown_is_empty(kb, title: str, of: str, day: str) -> None:
    assert kb.holders(title, of, dt.date.fromisoformat(day)) == []


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_custom_kb_directory_with_version(tmp_path: Path) -> None:
    _write(
        tmp_path / "a.jsonl",
        [
            {"kb_id": "Q1", "name": "Xứ Thử", "type": "COUNTRY", "aliases": ["Thử Quốc"]},
            {
                "name": "Trần Văn Thử",
                "type": "PERSON",
                "roles": [{"title": "Thủ tướng", "of": "Q1", "start": "2020-01-01", "end": None}],
            },
        ],
    )
    (tmp_path / "VERSION").write_text("7.1\n", encoding="utf-8")
    kb = load_kb(tmp_path)
    assert kb.version == "7.1"
    assert [e.name for e in kb.holders("thủ tướng", "Thử Quốc", dt.date(2021, 1, 1))] == ["Trần Văn Thử"]


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text(
        '{"name": "A", "type": "COUNTRY"}\n{"name": "B", "typo": 1}\n', encoding="utf-8"
    )
    with pytest.raises(KBError, match=r"bad\.jsonl:2"):
        load_kb(tmp_path)


def test_dangling_reference_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", [{"name": "Thành Phố", "type": "LOCATION", "country": "Q999999"}])
    with pytest.raises(KBError, match="Q999999"):
        load_kb(tmp_path)


def test_non_canonical_title_is_an_error(tmp_path: Path) -> None:
    _write(
        tmp_path / "a.jsonl",
        [
            {"kb_id": "Q1", "name": "Xứ Thử", "type": "COUNTRY"},
            {"name": "Ông Thử", "type": "PERSON", "roles": [{"title": "bộ trưởng ngoại giao", "of": "Q1"}]},
        ],
    )
    with pytest.raises(KBError, match="non-canonical"):
        load_kb(tmp_path)


def test_missing_kb_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KBError):
        load_kb(tmp_path / "nothing")
