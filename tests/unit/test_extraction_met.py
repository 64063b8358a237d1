"""MET: partner patterns, symmetry, coordination and meeting modes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "pair", "mode"),
    [
        (
            "Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron.",
            ("Vladimir Putin", "Emmanuel Macron"),
            "phone",
        ),
        (
            "Sau cuộc hội đàm giữa Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergei Lavrov, hai bên họp báo.",
            ("Antony Blinken", "Sergei Lavrov"),
            "in_person",
        ),
        ("Trung Quốc và Nga đã hội đàm trực tuyến hôm qua.", ("Trung Quốc", "Nga"), "video"),
        (
            "Ngoại trưởng Nga Sergei Lavrov tiếp người đồng cấp Pháp tại Moskva.",
            ("Sergei Lavrov", "Emmanuel Macron"),
            "in_person",
        ),
        (
            "Tổng thống Macron có cuộc gọi điện với Tổng thống Putin kéo dài hai giờ.",
            ("Emmanuel Macron", "Vladimir Putin"),
            "phone",
        ),
        (
            "Thủ tướng Đức Olaf Scholz và Tổng thống Putin gặp nhau tại Moskva.",
            ("Olaf Scholz", "Vladimir Putin"),
            "in_person",
        ),
    ],
)
def test_met_patterns(extractor, text, pair, mode):
    triples = [t for t in extractor.extract(make_doc(text)).triples if t.predicate == "MET"]
    assert len(triples) == 1
    met = triples[0]
    assert (met.subject.name, met.object.name) == pair
    assert met.mode == mode
    assert met.status == "asserted"
    assert met.cameo == "040"


def test_met_intro_phrase_takes_main_clause_subject(extractor):
    text = "Trong cuộc điện đàm với Tổng thống Putin, Thủ tướng Đức Olaf Scholz kêu gọi ngừng bắn."
    got = facts(extractor.extract(make_doc(text)).triples)
    assert ("MET", "Olaf Scholz", "Vladimir Putin", "asserted") in got


def test_met_three_way_coordination_gives_each_pair_once(extractor):
    text = "Mỹ, Pháp và Đức đã họp với nhau tại Hà Nội. Mỹ gặp Pháp."
    triples = [t for t in extractor.extract(make_doc(text)).triples if t.predicate == "MET"]
    first = {frozenset((t.subject.name, t.object.name)) for t in triples if t.evidence.start == 0}
    assert first == {frozenset(p) for p in [("Mỹ", "Pháp"), ("Mỹ", "Đức"), ("Pháp", "Đức")]}
    assert len([t for t in triples if t.evidence.start == 0]) == 3


def test_met_partner_coordination(extractor):
    text = "Tổng thống Putin gặp gỡ ông Macron và Thủ tướng Đức Olaf Scholz."
    got = facts(extractor.extract(make_doc(text)).triples)
    assert ("MET", "Vladimir Putin", "Emmanuel Macron", "asserted") in got
    assert ("MET", "Vladimir Putin", "Olaf Scholz", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "Nga tiếp tục tấn công Ukraine.",
        "Mỹ và Nga tiếp tục căng thẳng.",
        "Tổng thống Putin tổ chức họp báo tại Moskva.",
        "Hai nước đã trao đổi tù binh.",
    ],
)
def test_no_met_from_lookalike_words(extractor, text):
    assert not [t for t in extractor.extract(make_doc(text)).triples if t.predicate == "MET"]


def test_met_date_is_nearest_expression_not_article_date(extractor):
    doc = make_doc("Tổng thống Putin điện đàm với Tổng thống Macron hôm 20/2.", date=dt.date(2022, 2, 21))
    met = next(t for t in extractor.extract(doc).triples if t.predicate == "MET")
    assert met.date == dt.date(2022, 2, 20)
    doc = make_doc("Tổng thống Putin điện đàm với Tổng thống Macron.", date=dt.date(2022, 2, 21))
    met = next(t for t in extractor.extract(doc).triples if t.predicate == "MET")
    assert met.date is None


def test_evidence_points_into_document(extractor):
    text = "Nga cảnh báo NATO. Tổng thống Putin điện đàm với Tổng thống Macron."
    doc = make_doc(text)
    met = next(t for t in extractor.extract(doc).triples if t.predicate == "MET")
    assert text[met.evidence.start : met.evidence.end] == met.evidence.sentence
    assert met.evidence.sentence.startswith("Tổng thống Putin")
    assert met.extractor == "extractor.rules.v1"
