"""Setting a quarrel aside rejects nothing; a call for talks is about negotiations."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Ukraine đã gạt bỏ những bất đồng để cùng tham gia hội nghị.",
        "Pháp và Đức tạm thời gạt bỏ sự đối đầu để ủng hộ kế hoạch chung.",
    ],
)
def test_setting_differences_aside_is_no_rejection(extractor, text):
    assert not [f for f in facts(extractor.extract(make_doc(text)).triples) if f[0] == "REJECTED"]


def test_rejecting_a_proposal_is_still_a_rejection(extractor):
    got = facts(extractor.extract(make_doc("Nga gạt bỏ đề xuất ngừng bắn của Ukraine.")).triples)
    assert [f for f in got if f[0] == "REJECTED" and f[1] == "Nga"]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Macron kêu gọi Nga và Ukraine khẩn trương hội đàm.",
        "Liên hợp quốc kêu gọi lãnh đạo hai nước sớm điện đàm để hạ nhiệt căng thẳng.",
    ],
)
def test_call_for_talks_is_about_negotiations(extractor, text):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert [f for f in got if f[0] == "CALLED_FOR" and f[2] == "~negotiations"]
