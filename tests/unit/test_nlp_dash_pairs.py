"""Dash-joined pairs: short forms of states and bare surnames become linked entities."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.kb import load_kb
from graphkit.linking.linker import KBLinker
from graphkit.models import Document
from graphkit.nlp.underthesea_backend import UndertheseaBackend


@pytest.fixture(scope="module")
def backend() -> UndertheseaBackend:
    return UndertheseaBackend()


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker(load_kb())


def _linked(backend: UndertheseaBackend, linker: KBLinker, text: str) -> list[tuple[str, str, str]]:
    doc = Document(doc_id="t", text=text, date=dt.date(2019, 3, 1))
    out = linker.link(backend.annotate(doc))
    names = {e.id: e.name for e in out.entities}
    return [(m.text, str(m.type), names[m.entity_id]) for m in out.mentions if m.entity_id in names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quan hệ Mỹ - Trung căng thẳng hơn trong năm nay.",
            [("Mỹ", "COUNTRY", "Mỹ"), ("Trung", "COUNTRY", "Trung Quốc")],
        ),
        (
            "Cuộc gặp thượng đỉnh Mỹ – Triều thứ hai có thể diễn ra ở châu Á.",
            [("Mỹ", "COUNTRY", "Mỹ"), ("Triều", "COUNTRY", "Triều Tiên")],
        ),
        (
            "Quan hệ Nhật - Hàn về lịch sử lại bế tắc.",
            [("Nhật", "COUNTRY", "Nhật Bản"), ("Hàn", "COUNTRY", "Hàn Quốc")],
        ),
        (
            "Thương mại Nga-Ấn tăng mạnh.",
            [("Nga", "COUNTRY", "Nga"), ("Ấn", "COUNTRY", "Ấn Độ")],
        ),
    ],
)
def test_nlp_dash_pairs_state_short_forms_link_to_states(backend, linker, text, expected) -> None:
    got = _linked(backend, linker, text)
    assert [g for g in got if g[1] == "COUNTRY"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà Triều Nguyễn để lại nhiều công trình ở Huế.",
        "Ông đi từ miền Trung vào Nam bằng tàu hỏa.",
        "Món ăn của người Hàn khá cay.",
    ],
)
def test_nlp_dash_pairs_short_forms_alone_are_no_states(backend, linker, text) -> None:
    got = _linked(backend, linker, text)
    assert not [g for g in got if g[0] in ("Triều", "Trung", "Hàn", "Nhật") and g[1] == "COUNTRY"]


def test_nlp_dash_pairs_surname_next_to_a_person_is_that_person(backend, linker) -> None:
    text = (
        "Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un sẽ gặp lại nhau. "
        "Hội nghị thượng đỉnh Trump – Kim lần hai diễn ra ở Hà Nội."
    )
    got = _linked(backend, linker, text)
    assert ("Kim", "PERSON", "Kim Jong-un") in got
    assert ("Trump", "PERSON", "Donald Trump") in got


def test_nlp_dash_pairs_retype_a_lone_name_next_to_a_person(backend, linker) -> None:
    text = "Tổng thống Hàn Quốc Moon Jae-in tới Washington. Cuộc gặp Moon - Trump kéo dài hai giờ."
    got = _linked(backend, linker, text)
    assert ("Moon", "PERSON", "Moon Jae-in") in got


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trump - người từng hứa rút quân - đổi ý.",
        "Tuyến đường Hà Nội - Hải Phòng được mở rộng.",
    ],
)
def test_nlp_dash_pairs_leave_other_dashes_alone(backend, linker, text) -> None:
    got = _linked(backend, linker, text)
    assert all(g[1] != "PERSON" or g[0] == "Trump" for g in got)
