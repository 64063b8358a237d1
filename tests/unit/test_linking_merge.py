"""merge_entities across documents."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.linking.linker import KBLinker, merge_entities
from graphkit.models import Entity, MentionRef, entity_id
from tests.unit.linking_docs import make_doc


@pytest.fixture(scope="module")
def linker() -> KBLinker:
    return KBLinker()


def _linked(linker: KBLinker):
    d1 = linker.link(
        make_doc(
            "Ông Putin gặp Nguyễn Văn Hoà.",
            [("Putin", "PERSON", "Ông"), ("Nguyễn Văn Hoà", "PERSON")],
            date=dt.date(2020, 1, 1),
            doc_id="d1",
        )
    )
    d2 = linker.link(
        make_doc(
            "Vladimir Putin nói với Nguyễn Văn Hòa và Lê Thị Hạ.",
            [("Vladimir Putin", "PERSON"), ("Nguyễn Văn Hòa", "PERSON"), ("Lê Thị Hạ", "PERSON")],
            date=dt.date(2020, 1, 2),
            doc_id="d2",
        )
    )
    d3 = linker.link(make_doc("Lê Thị Hà đến Kiev.", [("Lê Thị Hà", "PERSON"), ("Kiev", "LOCATION")], doc_id="d3"))
    return [d1.entities, d2.entities, d3.entities]


def test_merge_across_documents(linker: KBLinker) -> None:
    merged = merge_entities(_linked(linker))
    by_name = {e.name: e for e in merged}
    putin = by_name["Vladimir Putin"]
    assert putin.id == "kb:Q7747"
    assert [r.doc_id for r in putin.mentions] == ["d1", "d2"]
    assert "Putin" in putin.aliases
    hoa = [e for e in merged if e.id == entity_id("Nguyễn Văn Hoà", "PERSON")]
    assert len(hoa) == 1 and len(hoa[0].mentions) == 2
    assert {hoa[0].name, *hoa[0].aliases} == {"Nguyễn Văn Hoà", "Nguyễn Văn Hòa"}
    assert "Lê Thị Hà" in by_name and "Lê Thị Hạ" in by_name
    assert by_name["Lê Thị Hà"].id != by_name["Lê Thị Hạ"].id
    assert len({e.id for e in merged}) == len(merged)


def test_merge_is_order_independent_in_ids_and_mentions(linker: KBLinker) -> None:
    groups = _linked(linker)
    forward = merge_entities(groups)
    backward = merge_entities(list(reversed(groups)))
    assert [e.id for e in forward] == [e.id for e in backward]
    assert [e.mentions for e in forward] == [e.mentions for e in backward]


@pytest.mark.parametrize(("t1", "t2", "count"), [("PERSON", "PERSON", 1), ("PERSON", "ORGANIZATION", 2)])
def test_unknown_names_merge_on_key_and_type(t1: str, t2: str, count: int) -> None:
    a = Entity(
        id=entity_id("Sao Mai", t1),
        name="Sao Mai",
        type=t1,
        mentions=[MentionRef(doc_id="x", start=0, end=7, text="Sao Mai")],
    )
    b = Entity(
        id=entity_id("SAO MAI", t2),
        name="SAO MAI",
        type=t2,
        mentions=[MentionRef(doc_id="y", start=3, end=10, text="SAO MAI")],
    )
    assert len(merge_entities([[a], [b]])) == count


def test_merge_unions_roles_and_dedupes_mentions() -> None:
    ref = MentionRef(doc_id="x", start=0, end=5, text="Putin")
    a = Entity(
        id="kb:Q7747", kb_id="Q7747", name="Vladimir Putin", type="PERSON", mentions=[ref], roles=["Tổng thống Nga"]
    )
    b = Entity(id="kb:Q7747", kb_id="Q7747", name="Vladimir Putin", type="PERSON", mentions=[ref], roles=["ông"])
    (m,) = merge_entities([[a], [b]])
    assert m.roles == ["Tổng thống Nga", "ông"]
    assert m.mentions == [ref]
