"""A subject that undergoes an act ("vấp phải chỉ trích", "bị … chỉ trích") does not do it;
"hiếm khi" negates."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


def _accused(extractor, text: str) -> set[tuple[str, str, str, str]]:
    return {f for f in facts(extractor.extract(make_doc(text)).triples) if f[0] == "ACCUSED"}


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ đã vấp phải chỉ trích vì hủy thỏa thuận.",
        "Mỹ vấp phải sự chỉ trích gay gắt vì hủy thỏa thuận.",
        "Mỹ bị nhiều nhà phê bình chỉ trích vì hủy thỏa thuận.",
    ],
)
def test_the_subject_of_criticism_suffered_is_no_accuser(extractor, text: str) -> None:
    assert _accused(extractor, text) == set()


def test_an_agent_after_bi_is_the_accuser_and_rarely_negates(extractor) -> None:
    assert _accused(extractor, "Mỹ bị Nga chỉ trích.") == {("ACCUSED", "Nga", "Mỹ", "asserted")}
    assert _accused(extractor, "Nga hiếm khi chỉ trích Mỹ.") == {("ACCUSED", "Nga", "Mỹ", "negated")}
    assert _accused(extractor, "Nga chỉ trích Mỹ.") == {("ACCUSED", "Nga", "Mỹ", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Nga bác đề xuất trở lại nhóm G7.",
        "Tổng thống Pháp Emmanuel Macron chấp nhận đề nghị gặp Tổng thống Nga Vladimir Putin.",
        "Nga từ chối đề nghị đàm phán.",
    ],
)
def test_a_proposal_the_subject_answers_is_not_its_own_and_proposes_no_meeting(extractor, text: str) -> None:
    found = facts(extractor.extract(make_doc(text)).triples)
    assert not any(f[0] in ("PROPOSED", "MET") for f in found)


def test_unification_and_united_fronts_are_no_agreement(extractor) -> None:
    for text in ("Nhật Bản và Mỹ lập nên một mặt trận thống nhất chống Nga.", "Đông Đức thống nhất với Tây Đức."):
        assert not any(f[0] == "AGREED" for f in facts(extractor.extract(make_doc(text)).triples))
    found = facts(extractor.extract(make_doc("Nga và Mỹ thống nhất tổ chức hội nghị.")).triples)
    assert {f[1] for f in found if f[0] == "AGREED"} == {"Nga", "Mỹ"}


def test_a_date_after_the_trigger_is_no_content(extractor) -> None:
    found = facts(extractor.extract(make_doc("Nga cảnh báo hôm 15/3 về nguy cơ xung đột hạt nhân.")).triples)
    assert ("WARNED", "Nga", "~denuclearization", "asserted") in found
    found = facts(extractor.extract(make_doc("Nga cũng cảnh báo hôm 15/3.")).triples)
    assert not any(f[0] == "WARNED" for f in found)


def test_a_manner_adverb_is_no_content(extractor) -> None:
    assert not any(f[0] == "ACCUSED" for f in facts(extractor.extract(make_doc("Nga lên án kịch liệt.")).triples))
    found = facts(extractor.extract(make_doc("Nga phản đối kịch liệt việc Mỹ rút quân khỏi Ba Lan.")).triples)
    assert ("REJECTED", "Nga", "~troop_withdrawal", "asserted") in found
