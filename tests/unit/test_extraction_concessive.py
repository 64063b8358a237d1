"""Subjects across clauses: a main clause after "nhưng / song" with no subject of its own takes the
subject of the concessive clause before it; a verb in a subjectless sentence-opening time clause
takes the main clause's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, linked_doc


def _demands(extractor, text: str) -> set[str]:
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    return {a for p, a, _o, _s in facts(extractor.extract(adoc).triples) if p == "DEMANDED"}


@pytest.mark.parametrize(
    "text",
    [
        "Mặc dù Nhật Bản không tin Triều Tiên sẽ đồng ý, nhưng vẫn yêu cầu Bình Nhưỡng rút quân khỏi biên giới.",
        "Hãng tin AFP cho biết, dù Nhật Bản không tin Triều Tiên sẽ đồng ý, nhưng vẫn yêu cầu Bình Nhưỡng rút quân.",
    ],
)
def test_concessive_subject_carries_to_the_main_clause(extractor, text) -> None:
    assert _demands(extractor, text) == {"Nhật Bản"}


def test_main_clause_with_its_own_subject_keeps_it(extractor) -> None:
    text = "Dù Nhật Bản phản đối, nhưng Hàn Quốc vẫn yêu cầu Bình Nhưỡng rút quân khỏi biên giới."
    assert _demands(extractor, text) == {"Hàn Quốc"}


def _pairs(extractor, text: str, pred: str) -> set[tuple[str, str]]:
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    return {(a, o) for p, a, o, _s in facts(extractor.extract(adoc).triples) if p == pred}


@pytest.mark.parametrize(
    ("text", "pred", "pair"),
    [
        (
            "Kể từ khi can thiệp vào cuộc nội chiến Libya, ủng hộ Tướng Khalifa Haftar vào năm 2019, "
            "Nga luôn giữ vai trò trung gian.",
            "SUPPORTED",
            ("Nga", "Khalifa Haftar"),
        ),
        ("Khi Nga tấn công Ukraine, Mỹ đã trừng phạt Moskva.", "SANCTIONED", ("Mỹ", "Nga")),
    ],
)
def test_subjectless_time_opener_takes_the_main_clause_subject(extractor, text, pred, pair) -> None:
    assert _pairs(extractor, text, pred) == {pair}
