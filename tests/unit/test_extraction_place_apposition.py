"""Places in adjuncts: a state after a place ("tại Seoul, Hàn Quốc, …") only locates it;
a trip made "tại" a place visits it."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from graphkit.config import load_pipeline
    from graphkit.pipeline import Pipeline

    return Pipeline(load_pipeline())


def _met(pipeline, text: str) -> set[frozenset[str]]:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2024, 3, 1)))
    return {frozenset((t.subject.name, t.object.name)) for t in result.triples if t.predicate == "MET"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ngoại trưởng Mỹ Antony Blinken phát biểu hôm nay tại Seoul, Hàn Quốc, "
            "sau cuộc hội đàm với Tổng thống Yoon Suk-yeol.",
            ("Antony Blinken", "Yoon Suk-yeol"),
        ),
        (
            "Tổng thống Pháp Emmanuel Macron phát biểu ở Berlin, Đức, sau cuộc gặp với Thủ tướng Olaf Scholz.",
            ("Emmanuel Macron", "Olaf Scholz"),
        ),
    ],
)
def test_state_in_apposition_to_a_place_is_no_participant(pipeline, text: str, pair: tuple[str, str]) -> None:
    assert _met(pipeline, text) == {frozenset(pair)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tổng thống Pháp Emmanuel Macron đang công du tại Nhật Bản.", "Nhật Bản"),
        ("Thủ tướng Đức Olaf Scholz có chuyến thăm chính thức tại Việt Nam từ ngày 12/11.", "Việt Nam"),
    ],
)
def test_trip_made_in_a_place_is_a_visit(pipeline, text: str, place: str) -> None:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2024, 3, 1)))
    assert place in {t.object.name for t in result.triples if t.predicate == "VISITED"}
