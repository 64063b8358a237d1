"""linker.kb.v1 inside one document: KB links, type fixes, unknown names, acronyms, ambiguity."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.errors import ConfigError
from graphkit.linking import LINKERS
from graphkit.linking.linker import KBLinker
from graphkit.stages import Linker
from tests.unit.linking_docs import make_doc


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker()


def _entity_of(out, surface: str, occurrence: int = 0):
    hits = [m for m in out.mentions if m.text == surface]
    mention = hits[occurrence]
    (entity,) = [e for e in out.entities if e.id == mention.entity_id]
    return entity


def test_registered_and_protocol() -> None:
    linker = LINKERS.create("linker.kb.v1")
    assert isinstance(linker, Linker)
    assert linker.name == "linker.kb.v1"
    with pytest.raises(ConfigError):
        LINKERS.create("linker.nothing.v9")


def test_putin_variants_are_one_entity(linker: KBLinker) -> None:
    text = (
        "Tổng thống Nga Vladimir Putin tới Bắc Kinh. Ông Putin nói chuyện lâu. "
        "Tổng thống Putin sau đó rời đi. Putin không trả lời."
    )
    adoc = make_doc(
        text,
        [
            ("Vladimir Putin", "PERSON", "Tổng thống", "Nga"),
            ("Nga", "LOCATION"),
            ("Bắc Kinh", "LOCATION"),
            ("Putin", "PERSON", "Ông", None, 1),
            ("Tổng thống Putin", "PERSON"),
            ("Putin", "PERSON", None, None, 3),
        ],
        date=dt.date(2023, 5, 1),
    )
    out = linker.link(adoc)
    persons = [e for e in out.entities if e.type == "PERSON"]
    assert len(persons) == 1
    putin = persons[0]
    assert (putin.id, putin.kb_id, putin.name) == ("kb:Q7747", "Q7747", "Vladimir Putin")
    assert len(putin.mentions) == 4
    assert "Putin" in putin.aliases
    assert "Tổng thống Nga" in putin.roles
    for ref in putin.mentions:
        assert text[ref.start : ref.end] == ref.text
    assert all(m.entity_id for m in out.mentions)


def test_link_is_pure(linker: KBLinker) -> None:
    adoc = make_doc("Ông Putin đến Moskva.", [("Putin", "PERSON", "Ông"), ("Moskva", "LOCATION")])
    before = adoc.model_dump()
    linker.link(adoc)
    assert adoc.model_dump() == before


@pytest.mark.parametrize(
    ("text", "surface", "given", "expected", "speaks_for"),
    [
        ("Pháp phản đối kế hoạch.", "Pháp", "LOCATION", "COUNTRY", None),
        ("Hàn Quốc lên tiếng.", "Hàn Quốc", "PERSON", "COUNTRY", None),
        ("Nhà Trắng ra thông báo.", "Nhà Trắng", "LOCATION", "ORGANIZATION", "kb:Q30"),
        ("Điện Kremlin bác bỏ tin này.", "Điện Kremlin", "LOCATION", "ORGANIZATION", "kb:Q159"),
        ("Moskva cảnh báo phương Tây.", "Moskva", "LOCATION", "LOCATION", "kb:Q159"),
        ("Bình Nhưỡng phóng tên lửa.", "Bình Nhưỡng", "ORGANIZATION", "LOCATION", "kb:Q423"),
    ],
)
def test_type_fixed_from_kb(linker: KBLinker, text, surface, given, expected, speaks_for) -> None:
    out = linker.link(make_doc(text, [(surface, given)]))
    (m,) = out.mentions
    assert m.type == expected
    entity = _entity_of(out, surface)
    assert entity.type == expected
    assert entity.speaks_for == speaks_for


def test_person_title_blocks_retyping_to_place(linker: KBLinker) -> None:
    out = linker.link(make_doc("Bộ trưởng Washington phát biểu.", [("Washington", "PERSON", "Bộ trưởng")]))
    assert out.mentions[0].type == "PERSON"
    assert out.mentions[0].kb_id is None


@pytest.mark.parametrize(
    ("name_a", "name_b"),
    [("Nguyễn Văn Hoà", "Nguyễn Văn Hòa"), ("Lê Thuỵ Anh", "Lê Thụy Anh")],
)
def test_tone_mark_variants_are_one_entity(linker: KBLinker, name_a: str, name_b: str) -> None:
    text = f"{name_a} đến họp. Sau đó {name_b} phát biểu."
    out = linker.link(make_doc(text, [(name_a, "PERSON"), (name_b, "PERSON")]))
    assert len(out.entities) == 1
    assert out.entities[0].aliases == [name_b]


@pytest.mark.parametrize(("name_a", "name_b"), [("Lê Thị Hà", "Lê Thị Hạ"), ("Trần Văn Hải", "Trần Văn Hài")])
def test_diacritics_never_merge(linker: KBLinker, name_a: str, name_b: str) -> None:
    text = f"{name_a} gặp {name_b} hôm qua."
    out = linker.link(make_doc(text, [(name_a, "PERSON"), (name_b, "PERSON")]))
    assert len(out.entities) == 2
    assert out.mentions[0].entity_id != out.mentions[1].entity_id


@pytest.mark.parametrize(
    ("full", "short", "role"),
    [("Nguyễn Mạnh Hùng", "Hùng", "ông"), ("John Smithers", "Smithers", None), ("Lê Minh Khuê", "Khuê", "bà")],
)
def test_unknown_short_name_links_to_longer_name(linker: KBLinker, full: str, short: str, role) -> None:
    text = f"{full} đến thăm. Sau đó {short} nói thêm."
    out = linker.link(make_doc(text, [(full, "PERSON"), (short, "PERSON", role, None, 1)]))
    assert len(out.entities) == 1
    assert out.entities[0].name == full
    assert out.entities[0].aliases == [short]


@pytest.mark.parametrize(("full", "short"), [("Hwang Kyo-ahn", "Hwang"), ("Choe Son-hui", "Choe")])
def test_family_name_first_links_to_the_full_name(linker: KBLinker, full: str, short: str) -> None:
    text = f"Thủ tướng {full} tiếp đoàn. Ông {short} nói thêm."
    out = linker.link(make_doc(text, [(full, "PERSON"), (short, "PERSON", "ông", None, 1)]))
    assert len(out.entities) == 1
    assert out.entities[0].name == full


def test_family_name_shared_by_two_people_stays_apart(linker: KBLinker) -> None:
    text = "Bà Choe Son-hui gặp ông Choe Ryong-hae. Choe nói."
    out = linker.link(
        make_doc(text, [("Choe Son-hui", "PERSON"), ("Choe Ryong-hae", "PERSON"), ("Choe", "PERSON", None, None, 2)])
    )
    assert len(out.entities) == 3


def test_short_name_shared_by_two_people_stays_apart(linker: KBLinker) -> None:
    text = "Anna Smithers gặp John Smithers. Smithers nói."
    out = linker.link(
        make_doc(
            text, [("Anna Smithers", "PERSON"), ("John Smithers", "PERSON"), ("Smithers", "PERSON", None, None, 2)]
        )
    )
    assert len(out.entities) == 3


def test_unknown_org_acronym_in_parentheses(linker: KBLinker) -> None:
    text = "Tổ chức Hợp tác Kinh tế Biển Đen (BSEC) họp. Sau đó BSEC ra tuyên bố."
    out = linker.link(
        make_doc(text, [("Tổ chức Hợp tác Kinh tế Biển Đen", "ORGANIZATION"), ("BSEC", "ORGANIZATION", None, None, 1)])
    )
    assert len(out.entities) == 1
    assert out.entities[0].name == "Tổ chức Hợp tác Kinh tế Biển Đen"
    assert out.entities[0].aliases == ["BSEC"]


def test_known_acronym_links_unknown_long_form(linker: KBLinker) -> None:
    text = "Tổ chức vì An ninh và Hợp tác ở châu Âu (OSCE) cử quan sát viên."
    out = linker.link(make_doc(text, [("Tổ chức vì An ninh và Hợp tác ở châu Âu", "ORGANIZATION")]))
    assert out.mentions[0].entity_id == "kb:Q81299"


@pytest.mark.parametrize(
    ("day", "expected"),
    [(dt.date(2024, 6, 1), "Lý Cường"), (dt.date(2016, 6, 1), "Lý Khắc Cường")],
)
def test_ambiguous_alias_resolved_by_title_and_date(linker: KBLinker, day: dt.date, expected: str) -> None:
    out = linker.link(make_doc("Thủ tướng Lý phát biểu.", [("Lý", "PERSON", "Thủ tướng")], date=day))
    assert out.entities[0].name == expected


def test_ambiguous_alias_without_title_is_not_linked(linker: KBLinker) -> None:
    out = linker.link(make_doc("Kim nói rằng trời đẹp.", [("Kim", "PERSON")], date=dt.date(2020, 1, 1)))
    assert out.mentions[0].kb_id is None
    assert not out.mentions[0].entity_id.startswith("kb:")


def test_ambiguous_alias_linked_when_full_name_in_article(linker: KBLinker) -> None:
    text = "Tập Cận Bình tới Moskva. Tập nói rằng quan hệ tốt."
    out = linker.link(make_doc(text, [("Tập Cận Bình", "PERSON"), ("Tập", "PERSON", None, None, 1)]))
    assert {m.entity_id for m in out.mentions} == {"kb:Q15031"}


@pytest.mark.parametrize(
    ("text", "surface", "given", "expected_text", "expected_type"),
    [
        ("Nga cáo buộc Kiev phá hoại các thỏa thuận Minsk.", "Minsk", "LOCATION", "thỏa thuận Minsk", "MISC"),
        ("Hai bên bàn về Định dạng Normandy hôm qua.", "Normandy", "MISC", "Định dạng Normandy", "MISC"),
        ("Theo Bộ Ngoại giao Nga, cuộc họp bị hoãn.", "Nga", "COUNTRY", "Bộ Ngoại giao Nga", "ORGANIZATION"),
    ],
)
def test_mention_grows_to_longer_kb_name(linker: KBLinker, text, surface, given, expected_text, expected_type) -> None:
    out = linker.link(make_doc(text, [(surface, given)]))
    (m,) = out.mentions
    assert (m.text, m.type) == (expected_text, expected_type)
    assert text[m.start : m.end] == m.text
    assert out.entities[0].mentions[0].text == expected_text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quân đội của nước Nga rút đi.", "Nga"),
        ("Ông nói với Nga, Ukraine và Pháp.", "Pháp"),
        ("Tổng thống Pháp nói.", "Pháp"),
    ],
)
def test_mention_does_not_grow_without_kb_name(linker: KBLinker, text: str, surface: str) -> None:
    out = linker.link(make_doc(text, [(surface, "LOCATION")]))
    assert [m.text for m in out.mentions if m.source != "linker.role"] == [surface]
