"""A date right before the subject leaves the subject in place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, linked_doc


def _facts(extractor, text: str) -> set[tuple[str, str, str, str]]:
    adoc = linked_doc(text, dt.date(2019, 4, 10))
    return {f for f in facts(extractor.extract(adoc).triples) if f[0] != "HOLDS_ROLE"}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3-4 Mỹ cũng đã yêu cầu Liên Hợp Quốc trừng phạt một số công ty của Iran.",
        "Ngày 3 Mỹ yêu cầu Liên Hợp Quốc trừng phạt một số công ty của Iran.",
    ],
)
def test_date_before_the_subject_is_no_count(extractor, text) -> None:
    assert ("DEMANDED", "Mỹ", "~sanctions", "asserted") in _facts(extractor, text)


def test_blacklisting_is_a_sanctions_topic(extractor) -> None:
    text = "Mỹ đã yêu cầu Hội đồng Bảo an đưa một số công ty của Iran vào danh sách đen."
    assert ("DEMANDED", "Mỹ", "~sanctions", "asserted") in _facts(extractor, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Tổng thống Trump đã đề nghị Anh, Pháp và Đức sửa lại thỏa thuận hạt nhân.", "CALLED_FOR"),
        ("Nga đề nghị Mỹ một kế hoạch hòa bình mới cho Syria.", "PROPOSED"),
    ],
)
def test_de_nghi_with_addressed_parties(extractor, text, predicate) -> None:
    got = {p for p, *_rest in _facts(extractor, text)}
    assert got == {predicate}
