"""HOLDS_ROLE and SPEAKS_FOR from mentions with a role and an affiliation."""

from __future__ import annotations

import pytest

from graphkit.extraction import EXTRACTORS
from graphkit.models import HoldsRole
from tests.unit.extraction_docs import Ent, make_doc


@pytest.fixture(scope="module")
def extractor():
    return EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0)


@pytest.mark.parametrize(
    ("text", "person", "org", "role"),
    [
        ("Tổng thống Nga Vladimir Putin phát biểu tại Moskva.", "Vladimir Putin", "Nga", "Tổng thống"),
        ("Ngoại trưởng Mỹ Antony Blinken tới châu Âu.", "Antony Blinken", "Mỹ", "Ngoại trưởng"),
        ("Thủ tướng Đức Olaf Scholz nói.", "Olaf Scholz", "Đức", "Thủ tướng"),
    ],
)
def test_holds_role(extractor, text, person, org, role):
    roles = [t for t in extractor.extract(make_doc(text)).triples if t.predicate == "HOLDS_ROLE"]
    assert len(roles) == 1
    fact = roles[0]
    assert isinstance(fact, HoldsRole)
    assert (fact.subject.name, fact.object.name, fact.role) == (person, org, role)


def test_speaks_for(extractor):
    text = "Theo người phát ngôn Điện Kremlin Dmitry Peskov, Nga sẵn sàng đàm phán."
    ents = [
        Ent("Điện Kremlin", "ORGANIZATION", "Điện Kremlin"),
        Ent("Dmitry Peskov", "PERSON", "Dmitry Peskov", role="người phát ngôn", affiliation="Điện Kremlin"),
        Ent("Nga", "COUNTRY", "Nga"),
    ]
    triples = extractor.extract(make_doc(text, ents)).triples
    speaks = [t for t in triples if t.predicate == "SPEAKS_FOR"]
    assert [(t.subject.name, t.object.name) for t in speaks] == [("Dmitry Peskov", "Điện Kremlin")]
    roles = [t for t in triples if t.predicate == "HOLDS_ROLE"]
    assert [(t.subject.name, t.object.name, t.role) for t in roles] == [
        ("Dmitry Peskov", "Điện Kremlin", "Người phát ngôn")
    ]


@pytest.mark.parametrize(
    "ent",
    [
        Ent("người đồng cấp Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", "người đồng cấp", "Pháp"),
        Ent("nhà lãnh đạo Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", "nhà lãnh đạo", "Pháp"),
        Ent("Tổng thống Pháp", "PERSON", "Emmanuel Macron", "Tổng thống", "Pháp"),
    ],
)
def test_no_role_from_counterpart_words_or_role_only_mentions(extractor, ent):
    doc = make_doc(f"{ent.surface} phát biểu tại Pháp.", [ent, Ent("Pháp", "COUNTRY", "Pháp")])
    assert not [t for t in extractor.extract(doc).triples if t.predicate == "HOLDS_ROLE"]


def test_role_fact_once_per_document(extractor):
    text = "Tổng thống Nga Vladimir Putin phát biểu. Sau đó Tổng thống Nga Vladimir Putin rời đi."
    roles = [t for t in extractor.extract(make_doc(text)).triples if t.predicate == "HOLDS_ROLE"]
    assert len(roles) == 1


def test_honorific_is_not_a_role(extractor):
    doc = make_doc(
        "Ông Putin phát biểu.",
        [Ent("Ông Putin", "PERSON", "Vladimir Putin", role="Ông", affiliation="Nga"), Ent("Nga", "COUNTRY", "Nga")],
    )
    assert not extractor.extract(doc).triples
