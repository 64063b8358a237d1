"""Role phrases without a name resolve through the KB and the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.linker import ROLE_SOURCE, KBLinker
from tests.unit.linking_docs import make_doc


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker()


def _role_mentions(out):
    return [m for m in out.mentions if m.source == ROLE_SOURCE]


def _name(out, mention) -> str:
    return next(e.name for e in out.entities if e.id == mention.entity_id)


@pytest.mark.parametrize(
    ("text", "affil", "day", "expected"),
    [
        ("Ngoại trưởng Mỹ tới Seoul.", "Mỹ", dt.date(2019, 6, 1), "Mike Pompeo"),
        ("Ngoại trưởng Mỹ tới Seoul.", "Mỹ", dt.date(2022, 6, 1), "Antony Blinken"),
        ("Bộ trưởng Ngoại giao Mỹ tới Seoul.", "Mỹ", dt.date(2017, 6, 1), "Rex Tillerson"),
        ("Tổng thống Mỹ ký sắc lệnh.", "Mỹ", dt.date(2018, 1, 5), "Donald Trump"),
        ("Tổng thống Mỹ ký sắc lệnh.", "Mỹ", dt.date(2023, 1, 5), "Joe Biden"),
        ("nhà lãnh đạo Nga cảnh báo.", "Nga", dt.date(2022, 3, 1), "Vladimir Putin"),
        ("Thủ tướng Anh từ chức.", "Anh", dt.date(2022, 7, 7), "Boris Johnson"),
        ("Người phát ngôn Điện Kremlin bác bỏ.", "Điện Kremlin", dt.date(2021, 1, 1), "Dmitry Peskov"),
        ("Tổng thư ký NATO kêu gọi.", "NATO", dt.date(2020, 1, 1), "Jens Stoltenberg"),
    ],
)
def test_role_phrase_resolves_by_date(linker: KBLinker, text, affil, day, expected) -> None:
    out = linker.link(make_doc(text, [(affil, "LOCATION")], date=day))
    (role,) = _role_mentions(out)
    assert role.type == "PERSON"
    assert text[role.start : role.end] == role.text
    assert role.text.endswith(affil)
    assert _name(out, role) == expected


def test_role_phrase_ignores_unannotated_affiliation_only_if_not_in_kb(linker: KBLinker) -> None:
    out = linker.link(make_doc("Ngoại trưởng Mỹ tới Seoul.", [], date=dt.date(2019, 6, 1)))
    (role,) = _role_mentions(out)
    assert _name(out, role) == "Mike Pompeo"


@pytest.mark.parametrize(
    "text",
    [
        "cựu Tổng thống Mỹ phát biểu.",
        "Phó Ngoại trưởng Mỹ tới Seoul.",
        "các Ngoại trưởng Mỹ tiền nhiệm.",
    ],
)
def test_former_deputy_plural_are_not_resolved(linker: KBLinker, text: str) -> None:
    out = linker.link(make_doc(text, [("Mỹ", "LOCATION")], date=dt.date(2019, 6, 1)))
    assert _role_mentions(out) == []


def test_no_date_no_resolution(linker: KBLinker) -> None:
    out = linker.link(make_doc("Ngoại trưởng Mỹ tới Seoul.", [("Mỹ", "LOCATION")]))
    assert _role_mentions(out) == []


def test_named_title_is_not_a_role_phrase(linker: KBLinker) -> None:
    text = "Tổng thống Mỹ Joe Biden tới Kiev."
    out = linker.link(
        make_doc(text, [("Mỹ", "LOCATION"), ("Joe Biden", "PERSON", "Tổng thống", "Mỹ")], date=dt.date(2023, 2, 20))
    )
    assert _role_mentions(out) == []
    assert [e.name for e in out.entities if e.type == "PERSON"] == ["Joe Biden"]


def test_role_phrase_and_name_share_entity(linker: KBLinker) -> None:
    text = "Ngoại trưởng Mỹ Antony Blinken tới Kiev. Ngoại trưởng Mỹ nói."
    out = linker.link(
        make_doc(
            text,
            [("Mỹ", "LOCATION"), ("Antony Blinken", "PERSON", "Ngoại trưởng", "Mỹ"), ("Mỹ", "LOCATION", None, None, 1)],
            date=dt.date(2022, 9, 8),
        )
    )
    persons = [e for e in out.entities if e.type == "PERSON"]
    assert len(persons) == 1
    assert len(persons[0].mentions) == 2
    assert persons[0].aliases == []


@pytest.mark.parametrize(
    ("text", "spans", "day", "expected"),
    [
        (
            "Tổng thống Nga Vladimir Putin đã điện đàm với người đồng cấp Pháp.",
            [("Nga", "LOCATION"), ("Vladimir Putin", "PERSON", "Tổng thống", "Nga"), ("Pháp", "LOCATION")],
            dt.date(2022, 2, 20),
            "Emmanuel Macron",
        ),
        (
            "Ngoại trưởng Nga Sergei Lavrov gặp người đồng cấp Trung Quốc.",
            [("Nga", "LOCATION"), ("Sergei Lavrov", "PERSON", "Ngoại trưởng", "Nga"), ("Trung Quốc", "LOCATION")],
            dt.date(2021, 3, 22),
            "Vương Nghị",
        ),
        (
            "Ngoại trưởng Nga Sergei Lavrov gặp người đồng cấp Trung Quốc.",
            [("Nga", "LOCATION"), ("Sergei Lavrov", "PERSON", "Ngoại trưởng", "Nga"), ("Trung Quốc", "LOCATION")],
            dt.date(2023, 3, 22),
            "Tần Cương",
        ),
        (
            "Thủ tướng Nhật Bản Fumio Kishida hội đàm với người đồng cấp Anh.",
            [("Nhật Bản", "LOCATION"), ("Fumio Kishida", "PERSON", "Thủ tướng", "Nhật Bản"), ("Anh", "LOCATION")],
            dt.date(2023, 5, 18),
            "Rishi Sunak",
        ),
    ],
)
def test_counterpart_takes_title_of_preceding_person(linker: KBLinker, text, spans, day, expected) -> None:
    out = linker.link(make_doc(text, spans, date=day))
    (role,) = _role_mentions(out)
    assert role.text.startswith("người đồng cấp")
    assert _name(out, role) == expected


def test_counterpart_without_titled_person_is_left_alone(linker: KBLinker) -> None:
    text = "Ông ấy gặp người đồng cấp Pháp."
    out = linker.link(make_doc(text, [("Pháp", "LOCATION")], date=dt.date(2022, 2, 20)))
    assert _role_mentions(out) == []


@pytest.mark.parametrize(
    "text",
    ["Tổng thống Mỹ đắc cử sẽ nhậm chức.", "Tổng thống Mỹ tiền nhiệm từng nói.", "ứng viên Tổng thống Mỹ vận động."],
)
def test_elect_and_predecessor_are_not_resolved(linker: KBLinker, text: str) -> None:
    out = linker.link(make_doc(text, [("Mỹ", "LOCATION")], date=dt.date(2020, 11, 20)))
    assert _role_mentions(out) == []
