"""Role phrases without a name: the person the same article names with that office, and
short country names ("Nhật") after a title."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.linker import ROLE_SOURCE, KBLinker
from tests.unit.linking_docs import make_doc


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker()


def _roles(out) -> list[str]:
    names = {e.id: e.name for e in out.entities}
    return [names[m.entity_id] for m in out.mentions if m.source == ROLE_SOURCE]


@pytest.mark.parametrize(
    ("text", "spans", "day", "expected"),
    [
        # no date: the holder the article names elsewhere
        (
            "Thủ tướng Nhật Bản Shinzo Abe tới Mỹ. Thủ tướng Nhật Bản cho biết sẽ hợp tác.",
            [("Shinzo Abe", "PERSON"), ("Nhật Bản", "COUNTRY", None, None, 0), ("Nhật Bản", "COUNTRY", None, None, 1)],
            None,
            ["Shinzo Abe"],
        ),
        (
            "Ngoại trưởng Nga cảnh báo. Ngoại trưởng Sergei Lavrov nói thêm.",
            [("Nga", "COUNTRY"), ("Sergei Lavrov", "PERSON")],
            None,
            ["Sergei Lavrov"],
        ),
        # a short country name after a title
        ("Thủ tướng Nhật lên án vụ phóng.", [("Nhật", "COUNTRY")], dt.date(2017, 8, 29), ["Shinzo Abe"]),
        ("nhà lãnh đạo Triều Tiên cảnh báo Mỹ.", [("Triều Tiên", "COUNTRY")], dt.date(2017, 8, 9), ["Kim Jong-un"]),
        # no date and nobody named: unresolved
        ("Thủ tướng Nhật Bản cho biết sẽ hợp tác.", [("Nhật Bản", "COUNTRY")], None, []),
        # the named person never held that office of that state
        (
            "Ngoại trưởng Mỹ cảnh báo. Ngoại trưởng Sergei Lavrov nói thêm.",
            [("Mỹ", "COUNTRY"), ("Sergei Lavrov", "PERSON")],
            None,
            [],
        ),
    ],
)
def test_linking_role_phrase_named_in_article(linker: KBLinker, text, spans, day, expected) -> None:
    assert _roles(linker.link(make_doc(text, spans, date=day))) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Ngoại trưởng Nga Sergei Lavrov tới Bắc Kinh. Ông Lavrov hội đàm với người đồng cấp Trung Quốc.",
            [("Ngoại trưởng Nga Sergei Lavrov", "PERSON", "Ngoại trưởng", "Nga"), ("Lavrov", "PERSON", "Ông")],
            ["Vương Nghị"],
        ),
        (
            "Ông Lavrov đến Bắc Kinh hôm qua. Sau đó, người đồng cấp Trung Quốc đón ông tại sân bay.",
            [("Lavrov", "PERSON", "Ông")],
            ["Vương Nghị"],
        ),
    ],
)
def test_linking_counterpart_of_a_person_named_without_title(linker: KBLinker, text, spans, expected) -> None:
    out = linker.link(make_doc(text, spans, date=dt.date(2019, 5, 13)))
    assert _roles(out) == expected
