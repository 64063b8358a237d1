"""A title, a body with its short name in brackets, then the person: the person holds the office."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from graphkit.config import load_pipeline
    from graphkit.pipeline import Pipeline

    return Pipeline(load_pipeline())


@pytest.mark.parametrize(
    ("text", "person", "body", "title"),
    [
        (
            "Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg kêu gọi các nước tăng chi tiêu.",
            "Jens Stoltenberg",
            "NATO",
            "Tổng thư ký",
        ),
        (
            "Hôm qua, Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker đã tới Athens.",
            "Jean-Claude Juncker",
            "Ủy ban châu Âu",
            "Chủ tịch",
        ),
    ],
)
def test_office_across_a_bracketed_short_name(pipeline, text: str, person: str, body: str, title: str) -> None:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2016, 7, 1)))
    roles = {(t.subject.name, t.object.name, t.role) for t in result.triples if t.predicate == "HOLDS_ROLE"}
    assert (person, body, title) in roles
    assert not [t for t in result.triples if t.predicate == "HOLDS_ROLE" and t.subject.name != person]
