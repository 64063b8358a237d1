"""MET: negotiating with a named partner, partners listed after a partner noun, telling a
head of state in a named place, and a place adjunct before "giữa" the parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import facts, linked_doc


def _met_pairs(extractor, text: str) -> set[frozenset[str]]:
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    return {frozenset((a, b)) for p, a, b, _s in facts(extractor.extract(adoc).triples) if p == "MET"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Tổng thống Mỹ Joe Biden đã đàm phán với Thủ tướng Nhật Bản Fumio Kishida về thương mại.",
            {frozenset(("Joe Biden", "Fumio Kishida"))},
        ),
        (
            "Mỹ đã thương lượng với Nhật Bản và Hàn Quốc về thuế quan.",
            {frozenset(("Mỹ", "Nhật Bản")), frozenset(("Mỹ", "Hàn Quốc"))},
        ),
        ("Ông Kishida nói cuộc đàm phán với Trung Quốc sẽ còn nhiều khó khăn.", set()),
        ("Nga và Ukraine đã nối lại đàm phán sau nhiều tháng.", set()),
        ("Việc đàm phán về thuế quan vẫn chưa có kết quả.", set()),
    ],
)
def test_met_negotiating_with_a_partner(extractor, text, pairs) -> None:
    assert _met_pairs(extractor, text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ đã đàm phán với các đối tác trong khu vực gồm Nhật Bản, Hàn Quốc và Úc về an ninh hàng hải.",
        "Mỹ đã hội đàm với các nước như Nhật Bản, Hàn Quốc và Úc về an ninh hàng hải.",
        "Mỹ đã họp với những đồng minh là Nhật Bản, Hàn Quốc và Úc về an ninh hàng hải.",
    ],
)
def test_met_partners_listed_after_a_partner_noun(extractor, text) -> None:
    assert _met_pairs(extractor, text) == {frozenset(("Mỹ", x)) for x in ("Nhật Bản", "Hàn Quốc", "Australia")}


def test_met_partner_noun_without_a_list_names_no_one(extractor) -> None:
    text = "Mỹ đã hội đàm với các đối tác trong khu vực về an ninh hàng hải."
    assert _met_pairs(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            '"Đây là lựa chọn đúng đắn", ông Abe nói với Tổng thống Mỹ Donald Trump tại Washington hồi tháng trước.',
            {frozenset(("Shinzo Abe", "Donald Trump"))},
        ),
        ("Ông Abe nói với Tổng thống Mỹ Donald Trump rằng Nhật Bản sẽ hợp tác.", set()),
        ("Ông Abe nói với Ngoại trưởng Mỹ Mike Pompeo tại Tokyo rằng Nhật Bản sẽ hợp tác.", set()),
    ],
)
def test_met_telling_a_head_of_state_in_a_named_place(extractor, text, pairs) -> None:
    assert _met_pairs(extractor, text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Ông Lavrov cho biết hội nghị thượng đỉnh tại Ankara giữa Nga, Iran và Thổ Nhĩ Kỳ sẽ diễn ra vào tuần tới.",
            {frozenset(("Nga", "Iran")), frozenset(("Nga", "Thổ Nhĩ Kỳ")), frozenset(("Iran", "Thổ Nhĩ Kỳ"))},
        ),
        ("Cuộc gặp tại Hà Nội giữa tháng 2 đã kết thúc sớm.", set()),
    ],
)
def test_met_place_adjunct_before_the_parties(extractor, text, pairs) -> None:
    assert _met_pairs(extractor, text) == pairs


@pytest.mark.parametrize(("day", "status"), [("20/6", "planned"), ("2/6", "asserted"), ("20/5", "asserted")])
def test_met_dated_after_the_article_is_planned(extractor, day, status) -> None:
    text = f"Tổng thống Nga Vladimir Putin hội đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan ngày {day}."
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    got = {s for p, _a, _b, s in facts(extractor.extract(adoc).triples) if p == "MET"}
    assert got == {status}


def test_met_marked_past_stays_asserted_whatever_its_date(extractor) -> None:
    text = "Ngày 20/6, Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan."
    adoc = linked_doc(text, dt.date(2019, 6, 1))
    got = {s for p, _a, _b, s in facts(extractor.extract(adoc).triples) if p == "MET"}
    assert got == {"asserted"}
