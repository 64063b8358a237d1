"""Reporting sources ("Theo Reuters, …") are never participants of the facts they report."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Theo Reuters, sau cuộc hội đàm với Thủ tướng Đức Olaf Scholz hôm qua, "
            "Tổng thống Pháp Emmanuel Macron cho biết hai nước sẽ tăng cường hợp tác.",
            ("MET", "Emmanuel Macron", "Olaf Scholz", "asserted"),
        ),
        (
            "Theo Điện Kremlin, trong cuộc điện đàm với Tổng thống Macron tối qua, "
            "Tổng thống Putin đã nêu quan điểm của Nga về Ukraine.",
            ("MET", "Vladimir Putin", "Emmanuel Macron", "asserted"),
        ),
    ],
)
def test_source_named_before_an_adjunct_is_not_the_subject(extractor, text, fact):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert fact in got
    assert not [f for f in got if f[0] == "MET" and "Reuters" in f[1:3]]


def test_source_is_not_an_actor_of_the_clause(extractor):
    got = facts(extractor.extract(make_doc("Theo Reuters, Nga cáo buộc Ukraine tấn công Donbass.")).triples)
    assert ("ACCUSED", "Nga", "Ukraine", "asserted") in got
    assert not [f for f in got if f[1] == "Reuters"]


@pytest.fixture(scope="module")
def pipeline():
    from graphkit.config import load_pipeline
    from graphkit.pipeline import Pipeline

    return Pipeline(load_pipeline())


def _run(pipeline, text: str) -> set[tuple[str, str, str, str]]:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2024, 3, 1)))
    return {(t.predicate, t.subject.name, getattr(t.object, "name", ""), t.status) for t in result.triples}


@pytest.mark.parametrize(
    "text",
    [
        "Theo Hãng tin AFP, bước vào cuộc hội đàm với Thủ tướng Đức Olaf Scholz chiều 2/3, "
        "Tổng thống Pháp Emmanuel Macron cho biết hai nước sẽ phối hợp chặt chẽ hơn.",
        "Theo hãng Reuters, sau cuộc gặp với Thủ tướng Đức Olaf Scholz ở Berlin, "
        "Tổng thống Pháp Emmanuel Macron khẳng định châu Âu cần đoàn kết.",
    ],
)
def test_news_agency_is_no_participant(pipeline, text: str) -> None:
    facts = _run(pipeline, text)
    assert ("MET", "Emmanuel Macron", "Olaf Scholz", "asserted") in facts
    assert not [f for f in facts if f[1] in ("AFP", "Reuters") or f[2] in ("AFP", "Reuters")]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Hãng thông tấn KCNA dẫn thông cáo của Bộ Ngoại giao Triều Tiên cáo buộc Mỹ gây căng thẳng trên bán đảo.",
            ("ACCUSED", "Bộ Ngoại giao Triều Tiên", "Mỹ", "asserted"),
        ),
        (
            "Tân Hoa xã dẫn tuyên bố của Bộ Ngoại giao Trung Quốc phản đối việc Mỹ bán vũ khí cho Đài Loan.",
            ("REJECTED", "Bộ Ngoại giao Trung Quốc", "", "asserted"),
        ),
    ],
)
def test_body_whose_statement_is_cited_acts(pipeline, text: str, fact: tuple[str, str, str, str]) -> None:
    got = {(p, s, o if fact[2] else "", st) for p, s, o, st in _run(pipeline, text)}
    assert fact in got
