"""Dated office holders added for role phrases the linker must resolve (spokespeople,
foreign ministers of the Middle East and the Americas)."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(
    ("title", "of", "day", "expected"),
    [
        ("Ngoại trưởng", "Jordan", "2017-06-01", ["Ayman Safadi"]),
        ("Ngoại trưởng", "Jordan", "2023-11-01", ["Ayman Safadi"]),
        ("Ngoại trưởng", "Ả Rập Xê Út", "2017-06-01", ["Adel al-Jubeir"]),
        ("Ngoại trưởng", "Ả Rập Xê Út", "2022-06-01", ["Faisal bin Farhan"]),
        ("Ngoại trưởng", "Qatar", "2017-06-01", ["Mohammed bin Abdulrahman Al Thani"]),
        ("Ngoại trưởng", "Syria", "2017-06-01", ["Walid Muallem"]),
        ("Ngoại trưởng", "Ai Cập", "2023-10-20", ["Sameh Shoukry"]),
        ("Tổng thống", "Mexico", "2017-02-01", ["Enrique Peña Nieto"]),
        ("Quốc vương", "Jordan", "2017-06-01", ["Abdullah II"]),
        ("Người phát ngôn", "Bộ Ngoại giao Mỹ", "2017-06-01", ["Heather Nauert"]),
        ("Người phát ngôn", "Bộ Ngoại giao Mỹ", "2022-02-01", ["Ned Price"]),
        ("Người phát ngôn", "Bộ Ngoại giao Mỹ", "2024-02-01", ["Matthew Miller"]),
        (
            "phát ngôn viên",
            "Bộ Ngoại giao Trung Quốc",
            "2021-03-01",
            ["Hoa Xuân Oánh", "Triệu Lập Kiên", "Uông Văn Bân"],
        ),
    ],
)
def test_office_holder_on_date(kb, title: str, of: str, day: str, expected: list[str]) -> None:
    assert sorted(e.name for e in kb.holders(title, of, dt.date.fromisoformat(day))) == sorted(expected)


@pytest.mark.parametrize(
    ("name", "day", "of"),
    [
        ("Lục Khảng", "2017-06-01", "Bộ Ngoại giao Trung Quốc"),
        ("Cảnh Sảng", "2018-06-01", "Bộ Ngoại giao Trung Quốc"),
        ("Mao Ninh", "2023-06-01", "Bộ Ngoại giao Trung Quốc"),
    ],
)
def test_spokesperson_role_is_dated(kb, name: str, day: str, of: str) -> None:
    entry = kb.lookup(name)[0]
    when = dt.date.fromisoformat(day)
    current = [r for r in entry.roles if (r.start is None or r.start <= when) and (r.end is None or when <= r.end)]
    assert [r.title for r in current] == ["Người phát ngôn"]
    assert kb.get(current[0].of).name == of
