"""MET: dash-joined pairs and meetings named only as the place of another act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import COMMON, Ent, facts, linked_doc, make_doc

PAIRS = [
    *COMMON,
    Ent("Triều", "COUNTRY", "Triều Tiên"),
    Ent("Hàn", "COUNTRY", "Hàn Quốc"),
    Ent("Trump", "PERSON", "Donald Trump"),
    Ent("Kim", "PERSON", "Kim Jong-un"),
]


def _met(extractor, text: str, ents: list[Ent] | None = None) -> set[tuple[str, str, str, str]]:
    return {f for f in facts(extractor.extract(make_doc(text, ents or PAIRS)).triples) if f[0] == "MET"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mỹ - Triều đã nhất trí về lộ trình giải trừ vũ khí tại hội nghị thượng đỉnh ở Hà Nội.",
            ("Mỹ", "Triều Tiên"),
        ),
        ("Trump – Kim ký một tuyên bố chung tại cuộc gặp thượng đỉnh đầu tiên.", ("Donald Trump", "Kim Jong-un")),
    ],
)
def test_met_dash_pair_acts_at_a_summit(extractor, text, pair) -> None:
    got = _met(extractor, text)
    assert {(a, b) for _p, a, b, _s in got} in ({pair}, {pair[::-1]})


def test_met_dash_pair_is_a_coordinated_subject(extractor) -> None:
    got = facts(extractor.extract(make_doc("Mỹ - Triều đã nhất trí nối lại đàm phán.", PAIRS)).triples)
    agreed = {f[1] for f in got if f[0] == "AGREED"}
    assert agreed == {"Mỹ", "Triều Tiên"}


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Trung Quốc đã ký thỏa thuận khí đốt tại hội nghị thượng đỉnh NATO ở Madrid.",
        "Mỹ đã nhất trí về lộ trình mới tại hội nghị thượng đỉnh ở Hà Nội.",
    ],
)
def test_met_summit_adjunct_needs_two_actors_and_no_named_summit(extractor, text) -> None:
    assert not _met(extractor, text)


def test_met_meeting_noun_after_the_verbs_object_takes_the_clause_subject(extractor) -> None:
    text = "Tổng thống Putin từng chọc tức Mỹ bằng cuộc điện đàm sau khi nhậm chức với Thủ tướng Đức Olaf Scholz."
    adoc = linked_doc(text, dt.date(2022, 1, 10))
    got = {f for f in facts(extractor.extract(adoc).triples) if f[0] == "MET"}
    assert got == {("MET", "Vladimir Putin", "Olaf Scholz", "asserted")}


def test_met_quoted_person_took_part_in_the_call(extractor) -> None:
    text = (
        '"Nếu phương Tây không đổi ý, chúng tôi sẽ đáp trả", hãng Reuters dẫn lời Ngoại trưởng Nga Sergei Lavrov '
        "trong cuộc điện đàm với Ngoại trưởng Mỹ Antony Blinken."
    )
    got = _met(extractor, text)
    assert got == {("MET", "Sergei Lavrov", "Antony Blinken", "asserted")}


def test_met_condition_before_the_meeting_still_counts(extractor) -> None:
    text = "Nếu Mỹ rút quân, Tổng thống Putin sẽ hội đàm với Tổng thống Macron."
    assert _met(extractor, text) == {("MET", "Vladimir Putin", "Emmanuel Macron", "conditional")}


WORK = [
    *COMMON,
    Ent("Bộ trưởng Thương mại Pháp Marie Dubois", "PERSON", "Marie Dubois", role="Bộ trưởng Thương mại"),
    Ent("Lê Văn An", "PERSON", "Lê Văn An"),
    Ent("ông Hans Weber", "PERSON", "Hans Weber", role="ông"),
    Ent("Quốc hội Đức", "ORGANIZATION", "Quốc hội Đức"),
]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ngoại trưởng Nga Sergei Lavrov đã làm việc với Bộ trưởng Thương mại Pháp Marie Dubois tại Paris.",
            ("Sergei Lavrov", "Marie Dubois"),
        ),
        (
            "Ngoại trưởng Mỹ Antony Blinken làm việc cùng đại diện Quốc hội Đức Lê Văn An.",
            ("Antony Blinken", "Lê Văn An"),
        ),
    ],
)
def test_met_working_with_an_official_is_a_meeting(extractor, text, pair) -> None:
    assert {(a, b) for _p, a, b, _s in _met(extractor, text, WORK)} == {pair}


@pytest.mark.parametrize(
    "text",
    [
        "Ngoại trưởng Nga Sergei Lavrov nói ông rất thích làm việc với ông Hans Weber.",
        "Ngoại trưởng Mỹ Antony Blinken làm việc với các doanh nghiệp Pháp.",
        "Mỹ và Pháp sẽ làm việc cùng nhau để giải quyết khủng hoảng.",
    ],
)
def test_met_working_with_others_is_no_meeting(extractor, text) -> None:
    assert not _met(extractor, text, WORK)


def test_met_verb_phrase_chain_keeps_the_opening_subject(extractor) -> None:
    text = (
        "Hôm qua, Tổng thống Putin đã dự lễ khai mạc tại Moskva, phát biểu trước các nhà báo, "
        "tiếp Tổng thống Pháp Emmanuel Macron và dự tiệc tối."
    )
    assert _met(extractor, text) == {("MET", "Vladimir Putin", "Emmanuel Macron", "asserted")}


def test_met_chain_stops_at_a_new_subject(extractor) -> None:
    text = "Tổng thống Putin dự lễ khai mạc, Thủ tướng Đức Olaf Scholz phát biểu, tiếp Tổng thống Macron."
    assert ("MET", "Vladimir Putin", "Emmanuel Macron", "asserted") not in _met(extractor, text)


def test_met_speaker_of_a_long_clause_before_the_meeting_phrase(extractor) -> None:
    text = (
        "Báo chí Mỹ đưa tin, Tổng thống Putin đã tiết lộ những chi tiết mà giới quan sát coi là nhạy cảm "
        "về hoạt động của NATO (khối quân sự) trong cuộc gặp tuần trước với Thủ tướng Đức Olaf Scholz."
    )
    assert _met(extractor, text) == {("MET", "Vladimir Putin", "Olaf Scholz", "asserted")}


def test_met_first_person_in_a_quotation_that_goes_on(extractor) -> None:
    text = (
        '"Chúng tôi muốn hòa bình", Tổng thống Putin nói với các phóng viên. '
        '"Tôi đã nói chuyện với Tổng thống Macron qua điện thoại về việc này".'
    )
    got = {f for f in facts(extractor.extract(make_doc(text, PAIRS)).triples) if f[0] == "MET"}
    assert got == {("MET", "Vladimir Putin", "Emmanuel Macron", "asserted")}


def test_met_first_person_without_a_speaker_is_nobody(extractor) -> None:
    text = 'Tổng thống Putin tới Pháp. Ông Lavrov ở lại. "Tôi đã gặp Tổng thống Macron".'
    assert not _met(extractor, text)


MEMBERS = [*COMMON, Ent("Quốc hội Pháp", "ORGANIZATION", "Quốc hội Pháp")]


@pytest.mark.parametrize(
    "text",
    [
        "Ngoại trưởng Nga Sergei Lavrov đã điện đàm với một số nghị sĩ trong Quốc hội Pháp.",
        "Ngoại trưởng Nga Sergei Lavrov hội đàm với các thành viên của Quốc hội Pháp tại Paris.",
    ],
)
def test_met_members_of_an_organisation_stand_for_it(extractor, text) -> None:
    got = _met(extractor, text, MEMBERS)
    assert {(a, b) for _p, a, b, _s in got} == {("Sergei Lavrov", "Quốc hội Pháp")}


def test_met_members_of_a_state_are_no_organisation(extractor) -> None:
    got = _met(extractor, "Ngoại trưởng Nga Sergei Lavrov hội đàm với các nghị sĩ Pháp.", MEMBERS)
    assert all("Quốc hội Pháp" not in (a, b) for _p, a, b, _s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng thống Macron đã dự tiệc chiêu đãi do Tổng thống Putin chủ trì tại Điện Kremlin.",
            {("MET", "Emmanuel Macron", "Vladimir Putin", "asserted")},
        ),
        ("Tổng thống Macron dự tiệc tối tại Điện Kremlin cùng các doanh nhân.", set()),
        ("Tổng thống Macron dự tiệc do Nga tổ chức.", set()),
    ],
)
def test_met_guest_at_a_banquet_meets_its_host(extractor, text, expected) -> None:
    assert _met(extractor, text) == expected


def test_met_two_leaders_speaking_at_a_joint_press_conference(extractor) -> None:
    text = (
        "Tổng thống Putin mời Tổng thống Macron tới thăm Moskva. "
        "Hai nhà lãnh đạo hôm qua phát biểu trong họp báo chung tại Điện Kremlin."
    )
    assert _met(extractor, text) == {("MET", "Vladimir Putin", "Emmanuel Macron", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Putin đã họp báo chung tại Moskva.",
        "Tổng thống Putin và Tổng thống Macron tới Berlin. Hai nhà lãnh đạo phát biểu tại hội nghị G20.",
    ],
)
def test_met_no_joint_meeting_without_two_speakers(extractor, text) -> None:
    assert not _met(extractor, text)


ASIDE = [*COMMON, Ent("Ngoại trưởng nước chủ nhà Lê Văn An", "PERSON", "Lê Văn An", role="Ngoại trưởng")]


def test_met_attendee_after_a_place_in_apposition(extractor) -> None:
    text = (
        "Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau tại Hà Nội, Ba Lan, "
        "với sự tham dự của Ngoại trưởng nước chủ nhà Lê Văn An."
    )
    pairs = {frozenset((a, b)) for _p, a, b, _s in _met(extractor, text, ASIDE)}
    assert pairs == {
        frozenset(("Sergei Lavrov", "Antony Blinken")),
        frozenset(("Sergei Lavrov", "Lê Văn An")),
        frozenset(("Antony Blinken", "Lê Văn An")),
    }


def test_met_coordination_across_an_aside_between_commas(extractor) -> None:
    text = "Tổng thống Macron, đang trong chuyến thăm Đức, và Thủ tướng Đức Olaf Scholz đã hội đàm tại Berlin."
    assert _met(extractor, text) == {("MET", "Emmanuel Macron", "Olaf Scholz", "asserted")}


def test_met_the_one_told_at_a_meeting(extractor) -> None:
    text = (
        'Tổng thống Macron nói với Tổng thống Putin rằng "hòa bình là con đường duy nhất" '
        "trong cuộc gặp bên lề hội nghị ở Hà Nội."
    )
    assert _met(extractor, text) == {("MET", "Emmanuel Macron", "Vladimir Putin", "asserted")}


def test_met_both_sides_in_a_purpose_clause_plan_to_meet(extractor) -> None:
    text = (
        "Tổng thống Putin đã điện đàm với Tổng thống Macron. "
        "Tổng thống Putin đã mời Tổng thống Macron sang thăm Moskva để hai bên hội đàm trực tiếp."
    )
    got = _met(extractor, text)
    assert ("MET", "Vladimir Putin", "Emmanuel Macron", "planned") in got


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tổng thống Putin tuyên bố sẽ tôn trọng thỏa thuận trong cuộc điện đàm với Tổng thống Macron.", "asserted"),
        ("Tổng thống Putin sẽ tuyên bố tôn trọng thỏa thuận trong cuộc điện đàm với Tổng thống Macron.", "planned"),
    ],
)
def test_met_a_plan_said_at_a_call_leaves_the_call_asserted(extractor, text, status) -> None:
    assert _met(extractor, text) == {("MET", "Vladimir Putin", "Emmanuel Macron", status)}


def test_met_two_sides_are_not_two_unrelated_people(extractor) -> None:
    ents = [*COMMON, Ent("Lê Văn An", "PERSON", "Lê Văn An"), Ent("Trần Bình", "PERSON", "Trần Bình")]
    text = "Nhà báo Lê Văn An đã phỏng vấn chuyên gia Trần Bình. Hai bên sẽ trao đổi thêm vào tuần sau."
    assert not _met(extractor, text, ents)


def test_met_leaders_of_named_states_are_not_the_last_pair(extractor) -> None:
    text = (
        "Thủ tướng Đức Olaf Scholz và Ngoại trưởng Nga Sergei Lavrov tới Paris. "
        "Đây là lần đầu tiên hai nhà lãnh đạo Nga - Pháp hội đàm trong năm nay."
    )
    assert ("MET", "Olaf Scholz", "Sergei Lavrov", "asserted") not in _met(extractor, text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Thủ tướng Đức Angela Merkel điện đàm chúc mừng ông Emmanuel Macron.", True),
        ("Hôm qua, Tổng thống Pháp Emmanuel Macron đã gọi điện chia buồn với Thủ tướng Đức Angela Merkel.", True),
        ("Thủ tướng Đức Angela Merkel gửi điện chúc mừng ông Emmanuel Macron.", False),
    ],
)
def test_met_call_purpose_verb_takes_the_person_called(extractor, text, met) -> None:
    ents = [
        *COMMON,
        Ent("Thủ tướng Đức Angela Merkel", "PERSON", "Angela Merkel", role="Thủ tướng", affiliation="Đức"),
        Ent("ông Emmanuel Macron", "PERSON", "Emmanuel Macron", role="ông"),
    ]
    got = {(a, b) for _p, a, b, _s in _met(extractor, text, ents)}
    assert bool(got & {("Angela Merkel", "Emmanuel Macron"), ("Emmanuel Macron", "Angela Merkel")}) is met


def test_met_count_before_titled_names_is_no_head_noun(extractor) -> None:
    text = "Hai nhà lãnh đạo Obama và Medvedev đã có cuộc điện đàm vào tối thứ Sáu."
    adoc = linked_doc(text, dt.date(2010, 4, 2))
    got = {f for f in facts(extractor.extract(adoc).triples) if f[0] == "MET"}
    assert {(a, b) for _p, a, b, _s in got} in (
        {("Barack Obama", "Dmitry Medvedev")},
        {("Dmitry Medvedev", "Barack Obama")},
    )


def test_met_next_link_of_a_comma_chain_after_speaking_at_a_place(extractor) -> None:
    text = (
        "Trong chuyến thăm, ông Abe sẽ phát biểu tại một trường đại học Ấn Độ, gặp Thủ tướng Ấn Độ "
        "Narendra Modi vào hôm 5/3 và hội đàm với Tổng thống Pranab Mukherjee vào hôm sau."
    )
    adoc = linked_doc(text, dt.date(2017, 3, 1))
    got = {f for f in facts(extractor.extract(adoc).triples) if f[0] == "MET"}
    assert got == {
        ("MET", "Shinzo Abe", "Narendra Modi", "planned"),
        ("MET", "Shinzo Abe", "Pranab Mukherjee", "planned"),
    }


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Trong cuộc họp báo chung với Thủ tướng Canada Justin Trudeau, ông Trump cho biết Mỹ sẽ không rút quân.",
            True,
        ),
        ("Tổng thống Trump đã có cuộc họp báo chung với Thủ tướng Canada Justin Trudeau.", True),
        ("Thủ tướng Trudeau và Tổng thống Trump phát biểu trong cuộc họp báo chung.", True),
        ("Tổng thống Trump và Thủ tướng Trudeau lần lượt tổ chức cuộc họp báo tại Toronto.", False),
    ],
)
def test_met_joint_press_conference(extractor, text, met) -> None:
    adoc = linked_doc(text, dt.date(2018, 6, 9))
    got = {frozenset((a, b)) for _p, a, b, _s in facts(extractor.extract(adoc).triples) if _p == "MET"}
    assert (frozenset(("Donald Trump", "Justin Trudeau")) in got) is met
