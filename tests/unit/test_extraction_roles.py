"""HOLDS_ROLE and SPEAKS_FOR from mentions with a role and an affiliation."""

from __future__ import annotations

import pytest

from graphkit.models import HoldsRole
from tests.unit.extraction_docs import Ent, make_doc


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
        Ent("Tổng thống Pháp", "PERSON", "Emmanuel Macron", "Tổng thống", "Pháp"),
        Ent("nhà lãnh đạo Pháp", "PERSON", "Emmanuel Macron", "nhà lãnh đạo", "Pháp"),
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


@pytest.mark.parametrize(
    "ent",
    [
        Ent("nhà lãnh đạo Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", "nhà lãnh đạo", "Pháp"),
        Ent("Lãnh đạo Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", "Lãnh đạo", "Pháp"),
        Ent("người đứng đầu Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", "người đứng đầu", "Pháp"),
    ],
)
def test_no_holds_role_from_a_leader_description(extractor, ent):
    doc = make_doc(f"{ent.surface} phát biểu tại Pháp.", [ent, Ent("Pháp", "COUNTRY", "Pháp")])
    assert not [t for t in extractor.extract(doc).triples if t.predicate == "HOLDS_ROLE"]


def test_no_leader_role_of_a_single_word(extractor):
    ents = [Ent("Lãnh đạo Nga, Trung", "PERSON", "Trung", "Lãnh đạo", "Nga"), Ent("Nga", "COUNTRY", "Nga")]
    doc = make_doc("Lãnh đạo Nga, Trung nói gì.", ents)
    assert not [t for t in extractor.extract(doc).triples if t.predicate == "HOLDS_ROLE"]


def test_no_leader_role_of_a_body(extractor):
    ents = [
        Ent("lãnh đạo Điện Kremlin Dmitry Peskov", "PERSON", "Dmitry Peskov", "lãnh đạo", "Điện Kremlin"),
        Ent("Điện Kremlin", "ORGANIZATION", "Điện Kremlin"),
    ]
    doc = make_doc("Theo lãnh đạo Điện Kremlin Dmitry Peskov, Nga sẵn sàng.", ents)
    assert not [t for t in extractor.extract(doc).triples if t.predicate == "HOLDS_ROLE"]


LEAD_ENTS = [
    Ent("Điện Kremlin", "ORGANIZATION", "Điện Kremlin"),
    Ent("Nhà Trắng", "ORGANIZATION", "Nhà Trắng"),
    Ent("Liên Hợp Quốc", "ORGANIZATION", "Liên Hợp Quốc"),
    Ent("Mỹ", "COUNTRY", "Mỹ"),
    Ent("Nga", "COUNTRY", "Nga"),
    Ent("Dmitry Peskov", "PERSON", "Dmitry Peskov", role="ông"),
    Ent("Sarah Sanders", "PERSON", "Sarah Sanders", role="bà"),
    Ent("Nikki Haley", "PERSON", "Nikki Haley"),
    Ent("Vassily Nebenzia", "PERSON", "Vassily Nebenzia"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Người phát ngôn của Điện Kremlin, ông Dmitry Peskov, cho biết Nga sẵn sàng.",
            {
                ("HOLDS_ROLE", "Dmitry Peskov", "Điện Kremlin"),
                ("SPEAKS_FOR", "Dmitry Peskov", "Điện Kremlin"),
            },
        ),
        (
            "Theo phát ngôn viên Nhà Trắng, bà Sarah Sanders, Mỹ sẽ đáp trả.",
            {("HOLDS_ROLE", "Sarah Sanders", "Nhà Trắng"), ("SPEAKS_FOR", "Sarah Sanders", "Nhà Trắng")},
        ),
        ("Đại sứ Mỹ tại Liên Hợp Quốc Nikki Haley phát biểu.", {("HOLDS_ROLE", "Nikki Haley", "Mỹ")}),
        ("Đại sứ Nga tại Mỹ Vassily Nebenzia phát biểu.", {("HOLDS_ROLE", "Vassily Nebenzia", "Nga")}),
        # a person merely named after a body names no role
        ("Sau cuộc gặp tại Điện Kremlin, ông Dmitry Peskov cho biết Nga sẵn sàng.", set()),
        ("Mỹ tại Liên Hợp Quốc Nikki Haley phát biểu.", set()),
    ],
)
def test_role_phrase_before_the_person(extractor, text, expected):
    triples = extractor.extract(make_doc(text, LEAD_ENTS)).triples
    got = {(t.predicate, t.subject.name, t.object.name) for t in triples if t.predicate in ("HOLDS_ROLE", "SPEAKS_FOR")}
    assert got == expected


@pytest.mark.parametrize(
    ("ent", "expected"),
    [
        (Ent("Ngoại trưởng Lavrov", "PERSON", "Sergei Lavrov", role="Ngoại trưởng"), [("Sergei Lavrov", "Nga")]),
        (Ent("Ngoại trưởng Tillerson", "PERSON", "Rex Tillerson", role="Ngoại trưởng"), [("Rex Tillerson", "Mỹ")]),
        # a name the knowledge base does not know gives no office
        (Ent("Ngoại trưởng Xyzabc", "PERSON", "Xyzabc", role="Ngoại trưởng"), []),
    ],
)
def test_holds_role_from_the_kb_by_name(extractor, ent, expected):
    doc = make_doc(f"{ent.surface} phát biểu.", [ent])
    roles = [t for t in extractor.extract(doc).triples if t.predicate == "HOLDS_ROLE"]
    assert [(t.subject.name, t.object.name) for t in roles] == expected
