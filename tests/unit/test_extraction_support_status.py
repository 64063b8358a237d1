"""Support that ends is negated; the name of a sponsors' list is no act of support."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import COMMON, Ent, facts, make_doc

ENTS = COMMON + [Ent("Triều Tiên", "COUNTRY", "Triều Tiên"), Ent("Pakistan", "COUNTRY", "Pakistan")]


def _supported(extractor, text: str) -> set[tuple[str, str, str, str]]:
    return {f for f in facts(extractor.extract(make_doc(text, ENTS)).triples) if f[0] == "SUPPORTED"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mỹ ngừng viện trợ quân sự cho Pakistan.", "negated"),
        ("Mỹ quyết định cắt viện trợ cho Pakistan.", "negated"),
        ("Mỹ chấm dứt chương trình hỗ trợ Pakistan.", "negated"),
        ("Mỹ tiếp tục viện trợ quân sự cho Pakistan.", "asserted"),
    ],
)
def test_support_that_ends_is_negated(extractor, text: str, status: str) -> None:
    assert _supported(extractor, text) == {("SUPPORTED", "Mỹ", "Pakistan", status)}


def test_a_list_of_state_sponsors_is_no_support(extractor) -> None:
    assert _supported(extractor, "Mỹ đưa Triều Tiên vào danh sách các nước tài trợ khủng bố.") == set()
    assert _supported(extractor, "Mỹ viện trợ cho Pakistan dù đưa Triều Tiên vào danh sách đen.") == {
        ("SUPPORTED", "Mỹ", "Pakistan", "asserted")
    }


def test_an_unnamed_group_or_a_rating_before_the_trigger_is_no_named_supporter(extractor) -> None:
    for text in (
        "Mỹ trừng phạt các cá nhân và thực thể hỗ trợ Triều Tiên.",
        "Nga và những nước ủng hộ Triều Tiên bị chỉ trích.",
        "Ông Putin, người có tỷ lệ ủng hộ cao, tái tranh cử.",
    ):
        assert _supported(extractor, text) == set()
