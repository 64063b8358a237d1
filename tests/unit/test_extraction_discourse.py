"""Pronouns, group anaphora, relative clauses, nominal triggers and captions."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import COMMON, Ent, facts, make_doc

EXTRA = [
    *COMMON,
    Ent("Tổng thống Mỹ Joe Biden", "PERSON", "Joe Biden", "Tổng thống", "Mỹ"),
    Ent("ông Biden", "PERSON", "Joe Biden", "ông"),
    Ent("Chủ tịch Trung Quốc Tập Cận Bình", "PERSON", "Tập Cận Bình", "Chủ tịch", "Trung Quốc"),
    Ent("VEB", "ORGANIZATION", "VEB"),
    Ent("Promsvyazbank", "ORGANIZATION", "Promsvyazbank"),
]


def _facts(extractor, text):
    return facts(extractor.extract(make_doc(text, EXTRA)).triples)


def test_group_phrase_refers_to_the_last_meeting(extractor):
    text = (
        "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình hôm qua đã hội đàm trực tuyến. "
        "Hai nhà lãnh đạo nhất trí tăng cường hợp tác thương mại."
    )
    got = _facts(extractor, text)
    assert ("MET", "Joe Biden", "Tập Cận Bình", "asserted") in got
    assert ("AGREED", "Joe Biden", "~cooperation", "asserted") in got
    assert ("AGREED", "Tập Cận Bình", "~cooperation", "asserted") in got


def test_group_phrase_with_the_wrong_size_gives_nothing(extractor):
    text = "Tổng thống Putin điện đàm với Tổng thống Macron. Ba nhà lãnh đạo nhất trí tăng cường hợp tác."
    assert not [f for f in _facts(extractor, text) if f[0] == "AGREED"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Tổng thống Macron tới Moskva hôm qua. Ông cảnh báo NATO về nguy cơ leo thang.",
            ("WARNED", "Emmanuel Macron", "NATO", "asserted"),
        ),
        (
            "Ngoại trưởng Mỹ Antony Blinken, người đang thăm Ba Lan, cảnh báo Nga.",
            ("VISITED", "Antony Blinken", "Ba Lan", "asserted"),
        ),
        (
            "Cuộc điện đàm diễn ra một tuần sau chuyến thăm Moskva của ông Macron.",
            ("VISITED", "Emmanuel Macron", "Moskva", "asserted"),
        ),
        (
            "Tổng thống Mỹ Joe Biden hôm qua công bố loạt biện pháp trừng phạt mới nhằm vào Nga.",
            ("SANCTIONED", "Joe Biden", "Nga", "asserted"),
        ),
        (
            "Tổng thống Mỹ Joe Biden công bố trừng phạt hai ngân hàng Nga là VEB và Promsvyazbank.",
            ("SANCTIONED", "Joe Biden", "Promsvyazbank", "asserted"),
        ),
        (
            "Tổng thống Macron cam kết sẽ tiếp tục ủng hộ Ukraine.",
            ("SUPPORTED", "Emmanuel Macron", "Ukraine", "planned"),
        ),
    ],
)
def test_discourse_patterns(extractor, text, fact):
    assert fact in _facts(extractor, text)


def test_committed_action_is_not_also_a_commitment(extractor):
    got = _facts(extractor, "Tổng thống Macron cam kết sẽ tiếp tục ủng hộ Ukraine.")
    assert not [f for f in got if f[0] == "COMMITTED"]


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Tổng thống Putin hội đàm với Tổng thống Macron tại Moskva.",
        "Tổng thống Putin gặp Tổng thống Macron (Ảnh: Reuters).",
    ],
)
def test_no_fact_from_captions(extractor, text):
    assert not [f for f in _facts(extractor, text) if f[0] == "MET"]


@pytest.mark.parametrize(
    "text",
    [
        "Nga từ chối bình luận về thông tin này.",
        "Các lệnh trừng phạt đối với Nga vẫn còn hiệu lực.",
        "Mỹ lo ngại Trung Quốc có thể hỗ trợ Nga.",
        "Nếu Mỹ hỗ trợ Ukraine, Nga sẽ đáp trả.",
    ],
)
def test_no_fact_from_hedges_antecedents_and_idioms(extractor, text):
    got = _facts(extractor, text)
    assert not [f for f in got if f[0] in ("REJECTED", "SANCTIONED", "SUPPORTED")]


def test_same_day_takes_the_previous_sentence_date(extractor):
    import datetime as dt

    text = "Tổng thống Putin điện đàm với Tổng thống Macron hôm 20/2. Cùng ngày, Nga cảnh báo NATO."
    doc = make_doc(text, EXTRA, date=dt.date(2022, 2, 21))
    warned = next(t for t in extractor.extract(doc).triples if t.predicate == "WARNED")
    assert warned.date == dt.date(2022, 2, 20)


def test_pronoun_reporter_is_the_source(extractor):
    text = "Tổng thống Macron tới Moskva. Ông cho biết Nga đã cảnh báo NATO."
    warned = next(t for t in extractor.extract(make_doc(text, EXTRA)).triples if t.predicate == "WARNED")
    assert warned.subject.name == "Nga"
    assert warned.reported_by is not None and warned.reported_by.name == "Emmanuel Macron"
