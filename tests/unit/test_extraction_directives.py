"""Demands made by saying that another party must act, and verb phrases coordinated after an
object or a comma."""

from __future__ import annotations

import pytest

from graphkit.extraction.rules import RuleExtractor
from tests.unit.extraction_docs import COMMON, Ent, facts, make_doc

EXTRA = COMMON + [
    Ent("Triều Tiên", "COUNTRY", "Triều Tiên"),
    Ent("Bộ Ngoại giao Nga", "ORGANIZATION", "Bộ Ngoại giao Nga", speaks_for="Nga"),
    Ent("Valery Fedorov", "PERSON", "Valery Fedorov"),
    Ent("Baker", "PERSON", "Baker"),
]


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    ex = RuleExtractor(min_confidence=0.0)
    return facts(ex.extract(make_doc(text, EXTRA)).triples)


def _demands(text: str) -> list:
    ex = RuleExtractor(min_confidence=0.0)
    return [t for t in ex.extract(make_doc(text, EXTRA)).triples if t.predicate == "DEMANDED"]


@pytest.mark.parametrize(
    ("text", "subject", "topic", "addressees"),
    [
        ("Nga cho rằng Mỹ phải đưa ra bằng chứng thu được từ vệ tinh.", "Nga", "investigation", {"Mỹ"}),
        ('"Triều Tiên sẽ phải công bố số đầu đạn hạt nhân", Baker nói.', "Baker", "denuclearization", {"Triều Tiên"}),
        (
            "Ngoại trưởng Nga Sergei Lavrov khẳng định Mỹ và NATO phải rút quân khỏi Ba Lan.",
            "Sergei Lavrov",
            "troop_withdrawal",
            {"Mỹ", "NATO"},
        ),
    ],
)
def test_a_reporter_saying_another_party_must_act_demands_it(text, subject, topic, addressees) -> None:
    found = _demands(text)
    assert {t.subject.name for t in found} == {subject}
    assert {t.object.topic for t in found} == {topic}
    assert {t.addressee.name for t in found if t.addressee is not None} == addressees
    assert all(t.status.value == "asserted" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's own side: an obligation, not a demand
        "Tổng thống Nga Vladimir Putin cho biết Nga phải tăng cường quốc phòng.",
        "Bộ Ngoại giao Nga cho biết Nga phải đáp trả.",
        # an expert's opinion
        "Chuyên gia Valery Fedorov cho rằng Mỹ phải tính đến thế hệ lãnh đạo kế cận.",
        # the party is the object of another verb ("buộc X phải"), or a possessor
        "Nga cho rằng các biện pháp trừng phạt có thể buộc Triều Tiên phải ngồi vào bàn đàm phán.",
        "Nga cho rằng vấn đề hạt nhân của Triều Tiên phải được giải quyết.",
        # "is not", "must bear"
        "Nga cho biết Mỹ không phải là kẻ thù.",
        "Nga cho biết Ukraine sẽ phải chịu trách nhiệm.",
        # no reporter at all
        "Mỹ phải rút quân khỏi Ba Lan.",
    ],
)
def test_no_demand_from_must_without_a_reporter_of_another_side(text) -> None:
    assert _demands(text) == []


def test_a_second_verb_after_an_object_keeps_the_subject() -> None:
    found = _facts("Mỹ lên án Nga và yêu cầu Nga trả tự do cho các thủy thủ.")
    assert ("ACCUSED", "Mỹ", "Nga", "asserted") in found
    assert ("DEMANDED", "Mỹ", "~release_of_detainees", "asserted") in found


def test_a_noun_after_and_is_no_second_verb() -> None:
    found = _facts("Nga lên án Mỹ và yêu cầu của Washington về Ukraine.")
    assert not any(f[0] == "DEMANDED" and f[1] == "Nga" for f in found)


def test_a_verb_after_a_comma_keeps_the_subject_but_not_the_negation_of_the_first() -> None:
    found = _facts("Nga bác bỏ cáo buộc, kêu gọi Anh điều tra minh bạch.")
    assert ("CALLED_FOR", "Nga", "~investigation", "asserted") in found
    found = _facts("Moskva lên án lệnh trừng phạt là một tội ác, yêu cầu Washington thu hồi quyết định.")
    assert ("DEMANDED", "Nga", "~other", "asserted") in found


def test_a_quotation_before_an_agency_citing_a_speaker_is_the_speakers() -> None:
    found = _demands('"Chúng tôi yêu cầu Nga đóng cửa lãnh sự quán", Reuters dẫn lời Ngoại trưởng Mỹ Antony Blinken.')
    assert [(t.subject.name, t.object.topic) for t in found] == [("Antony Blinken", "other")]
    found = _demands('"Mỹ phải rút quân khỏi Ba Lan", Reuters dẫn lời Ngoại trưởng Nga Sergei Lavrov.')
    assert [(t.subject.name, t.object.topic) for t in found] == [("Sergei Lavrov", "troop_withdrawal")]


def test_an_office_holder_named_only_by_title_and_state_speaks_for_the_state() -> None:
    found = _demands("Đại sứ Triều Tiên tại Liên hợp quốc yêu cầu Mỹ trả lại tàu hàng.")
    assert [(t.subject.name, t.addressee.name if t.addressee else None) for t in found] == [("Triều Tiên", "Mỹ")]
    # a named office holder stays the actor
    found = _demands("Ngoại trưởng Nga Sergei Lavrov yêu cầu Mỹ trả lại tàu hàng.")
    assert [t.subject.name for t in found] == ["Sergei Lavrov"]


def test_a_trigger_after_the_comma_closing_a_reported_clause_is_the_reporters() -> None:
    found = _demands("Triều Tiên cho rằng Mỹ có ý đồ xấu, yêu cầu Washington thay đổi cách tiếp cận.")
    assert [(t.subject.name, t.addressee.name if t.addressee else None) for t in found] == [("Triều Tiên", "Mỹ")]


@pytest.mark.parametrize(
    ("text", "subject", "addressee", "status"),
    [
        ("Mỹ gây sức ép để buộc Triều Tiên phải từ bỏ vũ khí hạt nhân.", "Mỹ", "Triều Tiên", "asserted"),
        ("Washington quyết tâm buộc Triều Tiên phải từ bỏ vũ khí hạt nhân.", "Mỹ", "Triều Tiên", "asserted"),
        ("Mỹ sẽ buộc Nga phải chịu trách nhiệm.", "Mỹ", "Nga", "planned"),
    ],
)
def test_an_actor_compelling_another_to_act_demands_it(text, subject, addressee, status) -> None:
    found = _demands(text)
    assert [(t.subject.name, t.addressee.name, t.status.value) for t in found] == [(subject, addressee, status)]


@pytest.mark.parametrize(
    "text",
    [
        "Nga buộc phải đáp trả.",
        "Nga cáo buộc Mỹ phải chịu trách nhiệm về vụ việc.",
        "Nga cho rằng các biện pháp trừng phạt có thể buộc Triều Tiên phải ngồi vào bàn đàm phán.",
        "Thỏa thuận ràng buộc Mỹ phải rút quân.",
    ],
)
def test_forced_accused_or_bound_parties_are_no_demand(text) -> None:
    assert _demands(text) == []
