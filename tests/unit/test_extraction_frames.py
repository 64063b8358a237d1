"""Reporting frames, coordination and metonyms."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "reporter"),
    [
        (
            "Điện Kremlin cho biết Tổng thống Putin đã cảnh báo NATO về việc mở rộng.",
            "WARNED",
            "Vladimir Putin",
            "Điện Kremlin",
        ),
        ("Theo Reuters, Mỹ đã cáo buộc Nga tấn công mạng.", "ACCUSED", "Mỹ", "Reuters"),
        (
            '"Mỹ và NATO phải xem xét các yêu cầu của Nga về đảm bảo an ninh", Điện Kremlin cho biết.',
            "DEMANDED",
            "Nga",
            "Điện Kremlin",
        ),
        (
            "Điện Kremlin cho biết Tổng thống Putin nói với Tổng thống Macron rằng NATO trang bị vũ khí cho Ukraine.",
            "SUPPORTED",
            "NATO",
            "Vladimir Putin",
        ),
        ("Người phát ngôn Peskov nhấn mạnh Nga sẽ không rút quân.", None, None, None),
    ],
)
def test_reported_by(extractor, text, predicate, subject, reporter):
    triples = extractor.extract(make_doc(text)).triples
    if predicate is None:
        assert all(t.predicate in ("HOLDS_ROLE", "SPEAKS_FOR") for t in triples)
        return
    fact = next(t for t in triples if t.predicate == predicate)
    assert fact.subject.name == subject
    assert fact.reported_by is not None and fact.reported_by.name == reporter


def test_self_report_has_no_source_and_the_speaker_is_subject(extractor):
    text = "Tổng thống Macron cho biết sẽ ủng hộ Ukraine."
    fact = next(t for t in extractor.extract(make_doc(text)).triples if t.predicate == "SUPPORTED")
    assert fact.subject.name == "Emmanuel Macron"
    assert fact.reported_by is None
    assert fact.status == "planned"


def test_frame_fact_outside_quote_has_no_source(extractor):
    text = "Mỹ cảnh báo Nga, Nhà Trắng cho biết hôm qua."
    fact = next(t for t in extractor.extract(make_doc(text)).triples if t.predicate == "WARNED")
    assert fact.subject.name == "Mỹ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine, Mỹ và NATO cáo buộc Nga vi phạm lệnh ngừng bắn.",
            {("ACCUSED", s, "Nga", "asserted") for s in ("Ukraine", "Mỹ", "NATO")},
        ),
        (
            "Nga cảnh báo Mỹ và NATO không được triển khai tên lửa.",
            {("WARNED", "Nga", o, "asserted") for o in ("Mỹ", "NATO")},
        ),
        (
            "Mỹ, Anh và Pháp ủng hộ Ukraine.",
            {("SUPPORTED", s, "Ukraine", "asserted") for s in ("Mỹ", "Anh", "Pháp")},
        ),
    ],
)
def test_coordination_gives_one_fact_per_conjunct(extractor, text, expected):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert expected <= got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Moskva bác bỏ cáo buộc của phương Tây.", ("DENIED", "Nga", "~other", "asserted")),
        ("Moskva từ chối đề xuất ngừng bắn.", ("REJECTED", "Nga", "~ceasefire", "asserted")),
        ("Washington trừng phạt Moskva.", ("SANCTIONED", "Mỹ", "Nga", "asserted")),
        ("Điện Kremlin cảnh báo Kiev.", ("WARNED", "Điện Kremlin", "Ukraine", "asserted")),
    ],
)
def test_metonyms_map_to_states_only_when_needed(extractor, text, fact):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert fact in got


def test_preposition_object_is_not_subject(extractor):
    text = "Tại cuộc họp với Nga, Mỹ kêu gọi đối thoại."
    fact = next(t for t in extractor.extract(make_doc(text)).triples if t.predicate == "CALLED_FOR")
    assert fact.subject.name == "Mỹ"
