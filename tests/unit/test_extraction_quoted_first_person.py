"""'"Chúng tôi …", X nói': a first-person plural subject inside a quotation is its speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, linked_doc


def _facts(extractor, text: str) -> set[tuple[str, str]]:
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    return {(p, a) for p, a, _o, _s in facts(extractor.extract(adoc).triples) if p != "HOLDS_ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Chúng tôi yêu cầu Nga rút toàn bộ quân đội khỏi lãnh thổ Ukraine", Tổng thống Volodymyr Zelensky nói.',
            {("DEMANDED", "Volodymyr Zelensky")},
        ),
        (
            'Tổng thống Volodymyr Zelensky nói: "Chúng tôi phản đối đề xuất này".',
            {("REJECTED", "Volodymyr Zelensky")},
        ),
        ("Họ nói rằng chúng tôi phản đối đề xuất này.", set()),
    ],
)
def test_quoted_we_is_the_speaker(extractor, text, expected) -> None:
    assert _facts(extractor, text) == expected
