"""A date right before the subject ("ngày 23-2 Mỹ yêu cầu …") does not hide it."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hôm 5/3 Nga đã yêu cầu NATO rút quân khỏi Ba Lan.", "Nga"),
        ("Sau đó, ngày 12-4 Mỹ cũng yêu cầu Trung Quốc rút quân khỏi biên giới.", "Mỹ"),
        ("Tối 20/11/2023 Pháp kêu gọi Nga rút quân khỏi Ukraine.", "Pháp"),
    ],
)
def test_subject_after_a_date(extractor, text, subject):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert [f for f in got if f[0] in ("DEMANDED", "CALLED_FOR") and f[1] == subject and f[3] == "asserted"]
