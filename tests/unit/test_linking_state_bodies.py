"""A ministry named without its state is the ministry of the state its office holder serves."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.linker import KBLinker
from tests.unit.linking_docs import make_doc


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker()


def _entity(out, surface: str) -> str | None:
    m = next(m for m in out.mentions if m.text == surface)
    return next((e.name for e in out.entities if e.id == m.entity_id), None)


@pytest.mark.parametrize(
    "text",
    [
        "Phát ngôn viên Bộ Ngoại giao Maria Zakharova nói Moskva sẽ đáp trả.",
        "Người phát ngôn Bộ Ngoại giao, bà Maria Zakharova, bình luận về lệnh cấm vận.",
        "Bà Maria Zakharova, phát ngôn viên Bộ Ngoại giao, lên tiếng phản đối.",
    ],
)
def test_bare_ministry_next_to_its_spokesperson(linker: KBLinker, text: str) -> None:
    doc = make_doc(text, [("Bộ Ngoại giao", "ORGANIZATION"), ("Maria Zakharova", "PERSON")], dt.date(2022, 5, 1))
    out = linker.link(doc)
    assert _entity(out, "Bộ Ngoại giao") == "Bộ Ngoại giao Nga"


def test_bare_ministry_without_a_holder_stays_unlinked(linker: KBLinker) -> None:
    text = "Bộ Ngoại giao hôm nay ra thông cáo về cuộc gặp với ông Putin."
    out = linker.link(make_doc(text, [("Bộ Ngoại giao", "ORGANIZATION"), ("Putin", "PERSON")], dt.date(2022, 5, 1)))
    assert _entity(out, "Bộ Ngoại giao") == "Bộ Ngoại giao"
