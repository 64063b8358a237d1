"""Actor predicates: entity objects, value objects, VISITED places, SUPPORTED kinds, passives."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.models import EntityRef, ValueRef
from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Mỹ cáo buộc Trung Quốc do thám.", ("ACCUSED", "Mỹ", "Trung Quốc", "asserted")),
        ("Tổng thống Putin chỉ trích NATO.", ("ACCUSED", "Vladimir Putin", "NATO", "asserted")),
        ("Nga cảnh báo Ba Lan.", ("WARNED", "Nga", "Ba Lan", "asserted")),
        ("Trung Quốc đe dọa Nhật Bản.", ("THREATENED", "Trung Quốc", "Nhật Bản", "asserted")),
        ("Mỹ phản đối Nga.", ("REJECTED", "Mỹ", "Nga", "asserted")),
        ("Nga bị Mỹ và EU trừng phạt.", ("SANCTIONED", "Mỹ", "Nga", "asserted")),
        ("EU áp lệnh trừng phạt đối với Nga.", ("SANCTIONED", "Liên minh châu Âu", "Nga", "asserted")),
        ("Tổng thống Macron đến thăm Moskva.", ("VISITED", "Emmanuel Macron", "Moskva", "asserted")),
        ("Ngoại trưởng Mỹ Antony Blinken công du Nhật Bản.", ("VISITED", "Antony Blinken", "Nhật Bản", "asserted")),
        (
            "Trong chuyến thăm Ba Lan, Ngoại trưởng Mỹ Antony Blinken phát biểu.",
            ("VISITED", "Antony Blinken", "Ba Lan", "asserted"),
        ),
    ],
)
def test_actor_fact(extractor, text, fact):
    assert fact in facts(extractor.extract(make_doc(text)).triples)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mỹ cung cấp vũ khí cho Ukraine.", "military"),
        ("Nhật Bản hỗ trợ tài chính cho Ukraine.", "financial"),
        ("EU viện trợ nhân đạo cho Ukraine.", "humanitarian"),
        ("Pháp ủng hộ Ukraine.", "political"),
    ],
)
def test_supported_kind(extractor, text, kind):
    fact = next(t for t in extractor.extract(make_doc(text)).triples if t.predicate == "SUPPORTED")
    assert isinstance(fact.object, EntityRef) and fact.object.name == "Ukraine"
    assert fact.kind == kind


def test_value_object_when_no_entity(extractor):
    fact = next(
        t
        for t in extractor.extract(make_doc("Nga từ chối đề xuất đàm phán của phương Tây.")).triples
        if t.predicate == "REJECTED"
    )
    assert isinstance(fact.object, ValueRef)
    assert fact.object.type == "REJECTION"
    assert fact.object.text == "đề xuất đàm phán của phương Tây"
    assert fact.object.topic == "negotiations"


@pytest.mark.parametrize(
    "text",
    [
        "Người dân đã được sơ tán đến Nga.",
        "Mỹ triển khai quân tới Ba Lan để tập trận.",
        "Sự ủng hộ của người dân tăng mạnh.",
        "Các lệnh trừng phạt đối với Nga vẫn còn hiệu lực.",
    ],
)
def test_no_fact_from_ambiguous_or_nominal_words(extractor, text):
    triples = extractor.extract(make_doc(text)).triples
    assert not [t for t in triples if t.predicate in ("VISITED", "SUPPORTED", "SANCTIONED")]


def test_visit_dated_after_the_article_is_planned(extractor):
    text = "Ngoại trưởng Mỹ Antony Blinken thăm Nhật Bản ngày 3/11."
    doc = make_doc(text, date=dt.date(2023, 10, 20))
    assert ("VISITED", "Antony Blinken", "Nhật Bản", "planned") in facts(extractor.extract(doc).triples)
    doc = make_doc(text, date=dt.date(2023, 11, 5))
    assert ("VISITED", "Antony Blinken", "Nhật Bản", "asserted") in facts(extractor.extract(doc).triples)


def test_sanction_cannot_target_a_place(extractor):
    got = facts(extractor.extract(make_doc("Mỹ trừng phạt Donbass.")).triples)
    assert not [f for f in got if f[0] == "SANCTIONED"]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Nga Vladimir Putin cảnh báo Nga có thể phải điều chỉnh chính sách.",
        "Nga cáo buộc Tổng thống Nga Vladimir Putin bị lừa dối.",
        "Điện Kremlin cảnh báo Nga sẽ phải chịu thiệt hại.",
    ],
)
def test_no_hostile_fact_between_a_state_and_its_own_side(extractor, text):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert not [f for f in got if f[0] in ("WARNED", "ACCUSED") and f[2] in ("Nga", "Vladimir Putin")]
