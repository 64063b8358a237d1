"""DEMANDED: an act done "theo yêu cầu của X" was X's demand; REJECTED: a name opening a
rejected clause is not the thing rejected."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, linked_doc


def _facts(extractor, text: str, pred: str) -> set[tuple[str, str]]:
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    return {(a, o) for p, a, o, _s in facts(extractor.extract(adoc).triples) if p == pred}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Nhật Bản đã đóng cửa căn cứ theo yêu cầu của Mỹ.", "Mỹ"),
        ("Hàn Quốc sẽ không rút quân theo như yêu cầu của Triều Tiên.", "Triều Tiên"),
    ],
)
def test_followed_demand_belongs_to_its_possessor(extractor, text, owner) -> None:
    assert {a for a, _o in _facts(extractor, text, "DEMANDED")} == {owner}


@pytest.mark.parametrize(
    "text", ["Hàn Quốc đã xem xét yêu cầu của Triều Tiên.", "Hàn Quốc đã đồng ý với yêu cầu của Triều Tiên."]
)
def test_demand_noun_not_followed_needs_content(extractor, text) -> None:
    assert _facts(extractor, text, "DEMANDED") == set()


def test_rejected_clause_opened_by_a_name_is_a_value(extractor) -> None:
    got = _facts(extractor, "Nhật Bản không bao giờ chấp nhận Triều Tiên có vũ khí hạt nhân.", "REJECTED")
    assert got and all(o != "Triều Tiên" for _a, o in got)
    assert _facts(extractor, "Nhật Bản bác bỏ Triều Tiên.", "REJECTED") == {("Nhật Bản", "Triều Tiên")}
