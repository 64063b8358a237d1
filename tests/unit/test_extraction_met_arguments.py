"""MET, VISITED and SPEAKS_FOR arguments in real news constructions: office holders named
by a title and a count or a list of states, phone calls "cho" a partner, pronoun partners,
receptions in the passive, officials standing for no state, described conjuncts, and aides
named before or after their principal."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction_docs import Ent, make_doc

ENTS = [
    Ent("Nga", "COUNTRY", "Nga"),
    Ent("Mỹ", "COUNTRY", "Mỹ"),
    Ent("Ấn Độ", "COUNTRY", "Ấn Độ"),
    Ent("Brazil", "COUNTRY", "Brazil"),
    Ent("Tổng thống Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", role="Tổng thống", affiliation="Pháp"),
    Ent("Thủ tướng Đức Olaf Scholz", "PERSON", "Olaf Scholz", role="Thủ tướng", affiliation="Đức"),
    Ent("Thủ tướng Ấn Độ Narendra Modi", "PERSON", "Narendra Modi", role="Thủ tướng", affiliation="Ấn Độ"),
    Ent("Tổng thống Brazil Lula da Silva", "PERSON", "Lula da Silva", role="Tổng thống", affiliation="Brazil"),
    Ent("Tổng thống Indonesia Joko Widodo", "PERSON", "Joko Widodo", role="Tổng thống", affiliation="Indonesia"),
    Ent("Thủ tướng Nhật Bản Fumio Kishida", "PERSON", "Fumio Kishida", role="Thủ tướng", affiliation="Nhật Bản"),
    Ent("Thủ tướng Scholz", "PERSON", "Olaf Scholz", role="Thủ tướng"),
    Ent("ông Macron", "PERSON", "Emmanuel Macron", role="ông"),
    Ent("ông Kishida", "PERSON", "Fumio Kishida", role="ông"),
    Ent("ông Modi", "PERSON", "Narendra Modi", role="ông"),
    Ent("Angela Merkel", "PERSON", "Angela Merkel"),
    Ent("Joe Biden", "PERSON", "Joe Biden"),
    Ent("Hiroshima", "LOCATION", "Hiroshima"),
]


def _facts(extractor, text: str, predicate: str) -> set[tuple[str, str, str]]:
    doc = make_doc(text, ENTS, date=dt.date(2023, 6, 15))
    return {
        (t.subject.name, t.object.name, t.status) for t in extractor.extract(doc).triples if t.predicate == predicate
    }


def _met(extractor, text: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((s, o)), st) for s, o, st in _facts(extractor, text, "MET")}


def _pair(a: str, b: str, status: str = "asserted") -> tuple[frozenset[str], str]:
    return frozenset((a, b)), status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone call "cho" a partner
        (
            "Tổng thống Pháp Emmanuel Macron đã gọi điện thoại cho Thủ tướng Đức Olaf Scholz.",
            {_pair("Emmanuel Macron", "Olaf Scholz")},
        ),
        # a pronoun partner is the person the sentence opens with
        (
            "Angela Merkel cho biết Joe Biden đã gọi điện cho bà và xin lỗi.",
            {_pair("Angela Merkel", "Joe Biden")},
        ),
        # a guest received by a host in the passive
        (
            "Thủ tướng Đức Olaf Scholz được Tổng thống Pháp Emmanuel Macron tiếp đón tại Paris.",
            {_pair("Olaf Scholz", "Emmanuel Macron")},
        ),
        (
            "Thủ tướng Scholz đã được Tổng thống Pháp Emmanuel Macron dành sự tiếp đón nồng nhiệt.",
            {_pair("Olaf Scholz", "Emmanuel Macron")},
        ),
        # "2 nhà lãnh đạo" written with a digit refers back to the last meeting
        (
            "Tổng thống Pháp Emmanuel Macron và Thủ tướng Scholz gặp nhau ở Paris. Chiều nay, 2 nhà lãnh đạo "
            "sẽ có cuộc hội đàm riêng.",
            {_pair("Emmanuel Macron", "Olaf Scholz"), _pair("Emmanuel Macron", "Olaf Scholz", "planned")},
        ),
        # a partner introduced by a description and a dash is still a partner
        (
            "Tổng thống Pháp Emmanuel Macron đã hội đàm với Tổng thống Brazil Lula da Silva và chủ nhà hội nghị "
            "năm nay - Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Emmanuel Macron", "Lula da Silva"), _pair("Emmanuel Macron", "Narendra Modi")},
        ),
        # the subject of the clause a meeting phrase modifies took part in the meeting
        (
            "Thủ tướng Đức Olaf Scholz đã nêu vấn đề khí hậu trong cuộc gặp với Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Olaf Scholz", "Narendra Modi")},
        ),
        # talking with someone is meeting them
        (
            "Tổng thống Pháp Emmanuel Macron trò chuyện với Thủ tướng Ấn Độ Narendra Modi bên lề hội nghị.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
        # looking forward to a meeting plans it
        (
            "Thủ tướng Nhật Bản Fumio Kishida cho biết ông mong đợi cuộc gặp với Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Fumio Kishida", "Narendra Modi", "planned")},
        ),
        # officials named by their state are not the state: no meeting of Nga
        ("Một quan chức Nga cấp cao đã gặp Tổng thống Indonesia Joko Widodo.", set()),
        ("Các nhà ngoại giao Mỹ đã gặp Thủ tướng Ấn Độ Narendra Modi tại New Delhi.", set()),
        ("Ông ấy là người Mỹ duy nhất từng gặp mặt trực tiếp Thủ tướng Ấn Độ Narendra Modi.", set()),
    ],
)
def test_met_argument_constructions(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time phrase between the place and the possessor
        (
            "Chuyến thăm Ấn Độ vào tháng tới của Thủ tướng Scholz đang được chuẩn bị.",
            {("Olaf Scholz", "Ấn Độ", "planned")},
        ),
        # a trip that was put off is no visit
        ("Chuyến công du của ông Kishida tới Ấn Độ gặp ông Modi đã bị hoãn lại.", set()),
    ],
)
def test_visited_argument_constructions(extractor, text: str, expected: set) -> None:
    assert _facts(extractor, text, "VISITED") == expected


def test_postponed_trip_is_no_meeting(extractor) -> None:
    assert _met(extractor, "Chuyến công du của ông Kishida tới Ấn Độ gặp ông Modi đã bị hoãn lại.") == set()


# ---------------------------------------------------------------- through NER, linking and the KB


@pytest.fixture(scope="module")
def pipeline():
    from graphkit.config import load_pipeline
    from graphkit.pipeline import Pipeline

    return Pipeline(load_pipeline())


def _run(pipeline, text: str, day: dt.date = dt.date(2023, 6, 15)) -> set[tuple[str, str, str, str]]:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=day))
    return {
        (t.predicate, t.subject.name, getattr(t.object, "name", ""), t.status)
        for t in result.triples
        if t.predicate in ("MET", "SPEAKS_FOR", "HOLDS_ROLE")
    }


def _met_of(facts: set[tuple[str, str, str, str]]) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((s, o)), st) for p, s, o, st in facts if p == "MET"}


def test_presidents_of_the_two_states_are_their_office_holders(pipeline) -> None:
    text = (
        "Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergei Lavrov hôm qua điện đàm. Hai ông thảo luận "
        "về cuộc gặp sắp tới giữa Tổng thống hai nước. Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Joe Biden "
        "từng gặp nhau tại Geneva."
    )
    met = _met_of(_run(pipeline, text))
    assert _pair("Vladimir Putin", "Joe Biden", "planned") in met
    assert _pair("Antony Blinken", "Sergei Lavrov") in met


def test_leaders_of_listed_states(pipeline) -> None:
    text = (
        "Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Joe Biden dự hội nghị. Người phát ngôn cho biết "
        "hai nhà lãnh đạo Nga và Mỹ đã gặp nhau ngoài hành lang."
    )
    assert _met_of(_run(pipeline, text)) == {_pair("Vladimir Putin", "Joe Biden")}


def test_leader_named_by_seat_of_power(pipeline) -> None:
    text = "Ông chủ Điện Kremlin đã gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdoğan tại Sochi."
    assert _met_of(_run(pipeline, text)) == {_pair("Vladimir Putin", "Recep Tayyip Erdoğan")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lowercase seat word between the spokesperson title and the body
        ("Người phát ngôn điện Kremlin Dmitry Peskov cho biết như vậy.", ("Dmitry Peskov", "Điện Kremlin")),
        ("Phát ngôn viên điện Kremlin, Dmitry Peskov, nói với các phóng viên.", ("Dmitry Peskov", "Điện Kremlin")),
        # the aide described after the name speaks for the principal named next
        ("Ông Dmitry Peskov - người phát ngôn của Tổng thống Nga cho hay.", ("Dmitry Peskov", "Vladimir Putin")),
        # the title after "trợ lý của" is the principal's, not the aide's
        ("Trợ lý của Tổng thống Nga Yury Ushakov nói với báo giới.", ("Yury Ushakov", "Vladimir Putin")),
        ("Phụ tá của Tổng thống Putin Yury Ushakov nói với báo giới.", ("Yury Ushakov", "Vladimir Putin")),
    ],
)
def test_aides_speak_for_their_principal(pipeline, text: str, expected: tuple[str, str]) -> None:
    facts = _run(pipeline, text)
    assert ("SPEAKS_FOR", *expected, "asserted") in facts
    assert ("HOLDS_ROLE", "Yury Ushakov", "Nga", "asserted") not in facts


def test_ambassador_holds_a_role(pipeline) -> None:
    facts = _run(pipeline, "Đại sứ Trung Quốc Tạ Phong cũng có mặt tại buổi lễ.")
    assert ("HOLDS_ROLE", "Tạ Phong", "Trung Quốc", "asserted") in facts


# ---------------------------------------------------------------- travel and asides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short aside in parentheses between coordinated people (photo captions)
        (
            "Tổng thống Pháp Emmanuel Macron (trái) và Thủ tướng Đức Olaf Scholz gặp nhau tại Berlin.",
            {_pair("Emmanuel Macron", "Olaf Scholz")},
        ),
    ],
)
def test_met_across_asides(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


def test_visit_in_a_when_clause_of_a_plan_is_planned(extractor) -> None:
    text = "Thủ tướng Đức Olaf Scholz dự kiến sẽ ký thỏa thuận khi ông tới Ấn Độ vào tuần sau."
    assert _facts(extractor, text, "VISITED") == {("Olaf Scholz", "Ấn Độ", "planned")}


def test_visit_in_a_when_clause_of_a_past_event_is_asserted(extractor) -> None:
    text = "Thủ tướng Đức Olaf Scholz đã ký thỏa thuận khi ông tới Ấn Độ hôm qua."
    assert _facts(extractor, text, "VISITED") == {("Olaf Scholz", "Ấn Độ", "asserted")}


def test_seat_of_power_is_no_place_visited(extractor) -> None:
    ents = [*ENTS, Ent("Nhà Trắng", "ORGANIZATION", "Nhà Trắng", speaks_for="Mỹ")]
    doc = make_doc("Thủ tướng Đức Olaf Scholz sẽ tới Nhà Trắng để gặp Joe Biden.", ents, date=dt.date(2023, 6, 15))
    triples = extractor.extract(doc).triples
    assert not [t for t in triples if t.predicate == "VISITED"]
    assert {(t.subject.name, t.object.name, t.status) for t in triples if t.predicate == "MET"} == {
        ("Olaf Scholz", "Joe Biden", "planned")
    }


def test_trip_called_off_is_no_visit(extractor) -> None:
    text = "Thủ tướng Scholz cho biết chuyến công du tới Ấn Độ gặp ông Modi đã bị hoãn lại."
    assert _facts(extractor, text, "VISITED") == set()


@pytest.mark.parametrize(
    "text",
    [
        # companions between the traveller and the verb
        "Thủ tướng Đức Olaf Scholz và phu nhân cùng đoàn đại biểu cấp cao Đức hôm qua tới Ấn Độ.",
        # the place left before the place reached
        "Thủ tướng Đức Olaf Scholz đã rời Hiroshima đến Ấn Độ.",
    ],
)
def test_visit_constructions(pipeline, text: str) -> None:
    from graphkit.models import Document

    triples = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2023, 6, 15))).triples
    assert {(t.subject.name, t.object.name) for t in triples if t.predicate == "VISITED"} == {("Olaf Scholz", "Ấn Độ")}


def test_bare_title_refers_to_the_last_holder_named(extractor) -> None:
    text = (
        "Thủ tướng Ấn Độ Narendra Modi đã tới Hiroshima. Tại đây, Thủ tướng sẽ có cuộc hội đàm với "
        "Tổng thống Pháp Emmanuel Macron."
    )
    assert _met(extractor, text) == {_pair("Narendra Modi", "Emmanuel Macron", "planned")}


def test_bare_title_without_a_holder_names_nobody(extractor) -> None:
    text = "Tại đây, Thủ tướng sẽ có cuộc hội đàm với Tổng thống Pháp Emmanuel Macron."
    assert _met(extractor, text) == set()


def test_segmenter_joined_verb_and_place(pipeline) -> None:
    # the segmenter may read "thăm Đức" as one word: the visit is still found
    from graphkit.models import Document

    text = "Trong chuyến thăm Đức, Tổng thống Pháp Emmanuel Macron đã gặp Thủ tướng Olaf Scholz."
    facts = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2023, 6, 15))).triples
    assert ("Emmanuel Macron", "Đức") in {(t.subject.name, t.object.name) for t in facts if t.predicate == "VISITED"}


def test_elided_title_of_a_second_state(pipeline) -> None:
    text = (
        "Thủ tướng Nhật Bản Fumio Kishida và Tổng thống Hàn Quốc Yoon Suk-yeol dự hội nghị. Tổng thống Mỹ "
        "Joe Biden sẽ có cuộc gặp ba bên với lãnh đạo Nhật Bản và Hàn Quốc."
    )
    met = _met_of(_run(pipeline, text))
    assert met == {
        _pair("Joe Biden", "Fumio Kishida", "planned"),
        _pair("Joe Biden", "Yoon Suk-yeol", "planned"),
        _pair("Fumio Kishida", "Yoon Suk-yeol", "planned"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people shaking hands met; states joining hands cooperate
        (
            "Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã bắt tay nhau tại hội nghị.",
            {_pair("Emmanuel Macron", "Olaf Scholz")},
        ),
        ("Ấn Độ bắt tay với Brazil để thúc đẩy thương mại.", set()),
        # a meeting agreed to be held is planned
        (
            "Ấn Độ và Brazil đã nhất trí tổ chức cuộc hội đàm cấp cao tại New Delhi.",
            {_pair("Ấn Độ", "Brazil", "planned")},
        ),
        ("Ấn Độ và Brazil đã tổ chức cuộc hội đàm cấp cao tại New Delhi.", {_pair("Ấn Độ", "Brazil")}),
        # a meeting noun with its person object and no "với", in an introductory phrase
        (
            "Trong cuộc gặp Thủ tướng Ấn Độ Narendra Modi, Tổng thống Pháp Emmanuel Macron đã nêu vấn đề khí hậu.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
        # a speaker's object between the verb and the meeting phrase
        (
            "Tổng thống Pháp Emmanuel Macron đã tiết lộ thông tin trong cuộc gặp với Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
    ],
)
def test_met_more_constructions(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


def test_conjunct_with_an_unfolded_title(pipeline) -> None:
    text = (
        "Tổng thống Mỹ Joe Biden đã gặp Ngoại trưởng Nga Sergei Lavrov và Đại sứ Nga tại Mỹ Anatoly Antonov "
        "tại Nhà Trắng."
    )
    met = _met_of(_run(pipeline, text))
    assert _pair("Joe Biden", "Sergei Lavrov") in met
    assert any("Antonov" in " ".join(p) and "Joe Biden" in p for p, _ in met)


def test_counterpart_synonym(pipeline) -> None:
    text = "Trong cuộc hội đàm với người đồng nhiệm Pháp Catherine Colonna, Ngoại trưởng Nga Sergei Lavrov tuyên bố."
    assert _pair("Sergei Lavrov", "Catherine Colonna") in _met_of(_run(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people said to be present at a meeting named before: they met its participants and each other
        (
            "Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Narendra Modi đã hội đàm. Tham gia cuộc họp kín này "
            "còn có Thủ tướng Đức Olaf Scholz và Tổng thống Brazil Lula da Silva.",
            {
                _pair("Emmanuel Macron", "Narendra Modi"),
                _pair("Emmanuel Macron", "Olaf Scholz"),
                _pair("Narendra Modi", "Olaf Scholz"),
                _pair("Emmanuel Macron", "Lula da Silva"),
                _pair("Narendra Modi", "Lula da Silva"),
                _pair("Olaf Scholz", "Lula da Silva"),
            },
        ),
        # attendees named with "với sự góp mặt của" meet each other too
        (
            "Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Ấn Độ Narendra Modi với sự góp mặt của "
            "Thủ tướng Đức Olaf Scholz và Tổng thống Brazil Lula da Silva.",
            {
                _pair("Emmanuel Macron", "Narendra Modi"),
                _pair("Emmanuel Macron", "Olaf Scholz"),
                _pair("Narendra Modi", "Olaf Scholz"),
                _pair("Emmanuel Macron", "Lula da Silva"),
                _pair("Narendra Modi", "Lula da Silva"),
                _pair("Olaf Scholz", "Lula da Silva"),
            },
        ),
        # partners described, then named after "là"
        (
            "Tổng thống Pháp Emmanuel Macron hội đàm với hai nhà lãnh đạo châu Á là Thủ tướng Ấn Độ Narendra Modi "
            "và Thủ tướng Nhật Bản Fumio Kishida.",
            {_pair("Emmanuel Macron", "Narendra Modi"), _pair("Emmanuel Macron", "Fumio Kishida")},
        ),
        # a quoted word between the meeting noun and "giữa"
        (
            'Cuộc gặp "lịch sử" giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Narendra Modi kéo dài hai giờ.',
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
        # "hai bên" after two people acted together
        (
            "Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Narendra Modi đã nhất trí tăng cường hợp tác. Hai bên "
            "đạt được thỏa thuận tại một cuộc gặp song phương ở Paris.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
    ],
)
def test_met_attendance_and_reference(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accepted invitation plans the visit
        (
            "Thủ tướng Ấn Độ Narendra Modi đã nhận lời mời của ông Macron sang thăm Hiroshima.",
            {("Narendra Modi", "Hiroshima", "planned")},
        ),
        # a trip noun whose place is introduced by "tới"
        (
            "Hợp tác bắt đầu sau chuyến thăm của Thủ tướng Ấn Độ Narendra Modi tới Brazil năm 2015.",
            {("Narendra Modi", "Brazil", "asserted")},
        ),
        # "đến thẳng" a place
        ("Thủ tướng Scholz sẽ đến thẳng Hiroshima.", {("Olaf Scholz", "Hiroshima", "planned")}),
    ],
)
def test_visited_more_constructions(extractor, text: str, expected: set) -> None:
    assert _facts(extractor, text, "VISITED") == expected


def test_people_between_with_long_titles_and_an_aside(pipeline) -> None:
    text = (
        "Đây là kết quả cuộc gặp giữa Giám đốc Văn phòng Tổng thống Ấn Độ Ajit Doval, hiện đang ở thăm Mỹ, "
        "và Cố vấn an ninh quốc gia Mỹ Jake Sullivan."
    )
    facts = _run(pipeline, text)
    assert any(p == "MET" and {s, o} == {"Ajit Doval", "Jake Sullivan"} for p, s, o, _ in facts)


def test_attending_a_summit_together_is_no_bilateral_meeting(extractor) -> None:
    text = (
        "Tổng thống Pháp Emmanuel Macron cùng Thủ tướng Ấn Độ Narendra Modi tới Hiroshima dự hội nghị thượng đỉnh G7."
    )
    assert _met(extractor, text) == set()


def test_people_of_a_state_visiting_are_not_the_state(extractor) -> None:
    assert _facts(extractor, "Các binh sĩ Ấn Độ đã đến Brazil để tập trận.", "VISITED") == set()


def test_invited_leaders_of_states_visit_later(extractor) -> None:
    text = "Tổng thống Pháp Emmanuel Macron đã mời lãnh đạo các nước Ấn Độ và Brazil đến Hiroshima."
    assert {st for _s, _o, st in _facts(extractor, text, "VISITED")} <= {"planned"}


def test_spokesperson_title_of_the_next_person(pipeline) -> None:
    text = "Khi được hỏi về cuộc gặp với ông Putin, phát ngôn viên Điện Kremlin Dmitry Peskov nói với phóng viên."
    facts = _run(pipeline, text)
    assert ("SPEAKS_FOR", "Dmitry Peskov", "Điện Kremlin", "asserted") in facts
    assert not [f for f in facts if f[0] == "SPEAKS_FOR" and f[1] == "Vladimir Putin"]


def test_leaders_of_abbreviated_states_are_the_people_last_together(pipeline) -> None:
    text = (
        "Thủ tướng Nhật Bản Fumio Kishida và Tổng thống Hàn Quốc Yoon Suk-yeol dự hội nghị thượng đỉnh tại Hiroshima. "
        "Người phát ngôn của Tokyo cho biết hai nhà lãnh đạo Nhật - Hàn đã gặp nhau bên lề hội nghị."
    )
    assert _met_of(_run(pipeline, text)) == {_pair("Fumio Kishida", "Yoon Suk-yeol")}


def test_pronoun_in_a_quotation_is_not_the_speaker(extractor) -> None:
    text = (
        'Tổng thống Pháp Emmanuel Macron nói: "Tôi chào đón Thủ tướng Ấn Độ Narendra Modi tới Paris và đánh giá '
        'cao chuyến thăm của ông ấy tới Hiroshima".'
    )
    visits = _facts(extractor, text, "VISITED")
    assert ("Narendra Modi", "Hiroshima", "asserted") in visits
    assert not [v for v in visits if v[0] == "Emmanuel Macron"]


def test_titled_name_with_another_first_name_links_to_the_holder(pipeline) -> None:
    facts = _run(pipeline, "Tổng thống Pháp Francois Macron đã gặp Thủ tướng Đức Olaf Scholz.", dt.date(2017, 7, 8))
    assert ("HOLDS_ROLE", "Emmanuel Macron", "Pháp", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and the host country standing for the partner's name
        (
            "Tổng thống Pháp Emmanuel Macron đã hội kiến Thủ tướng nước chủ nhà Narendra Modi tại New Delhi.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
        # manner words between the verb and its object
        (
            "Tổng thống Pháp Emmanuel Macron đã gặp mặt trực tiếp Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Emmanuel Macron", "Narendra Modi")},
        ),
    ],
)
def test_met_objects_after_titles_and_manner_words(extractor, text: str, expected: set) -> None:
    doc = make_doc(text, [*ENTS, Ent("Narendra Modi", "PERSON", "Narendra Modi")], date=dt.date(2023, 6, 15))
    met = {
        (frozenset((t.subject.name, t.object.name)), t.status)
        for t in extractor.extract(doc).triples
        if t.predicate == "MET"
    }
    assert met == expected


def test_credit_run_into_a_body_sentence_is_read(extractor) -> None:
    text = "Ảnh: Reuters Tổng thống Pháp Emmanuel Macron đã gặp Thủ tướng Đức Olaf Scholz tại Berlin vào chiều hôm qua."
    assert _met(extractor, text) == {_pair("Emmanuel Macron", "Olaf Scholz")}


def test_short_caption_with_a_credit_is_not_read(extractor) -> None:
    assert _met(extractor, "Ảnh: Reuters Macron gặp Scholz.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a way of travelling between the travellers and "tới"
        (
            "Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz hôm qua cùng đi tàu hỏa tới Ấn Độ.",
            {("Emmanuel Macron", "Ấn Độ", "asserted"), ("Olaf Scholz", "Ấn Độ", "asserted")},
        ),
        # a place noun and its description before the name
        (
            "Thủ tướng Ấn Độ Narendra Modi hôm nay tới thành phố cảng Hiroshima.",
            {("Narendra Modi", "Hiroshima", "asserted")},
        ),
    ],
)
def test_visited_travel_and_place_nouns(extractor, text: str, expected: set) -> None:
    assert _facts(extractor, text, "VISITED") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hai bên" after a meeting phrase with a partner: the other side is the person spoken of
        (
            "Thủ tướng Ấn Độ Narendra Modi tới Paris hôm qua. Trong cuộc hội đàm với Tổng thống Pháp Emmanuel "
            "Macron, hai bên nhất trí tăng cường hợp tác.",
            {_pair("Narendra Modi", "Emmanuel Macron")},
        ),
        # "hai nhà lãnh đạo" after a meeting phrase without a partner: the people last seen together
        (
            "Thủ tướng Ấn Độ Narendra Modi và Tổng thống Pháp Emmanuel Macron dự lễ đón. Trong cuộc hội đàm tại "
            "Điện Élysée, hai nhà lãnh đạo nhất trí tăng cường hợp tác.",
            {_pair("Narendra Modi", "Emmanuel Macron")},
        ),
    ],
)
def test_met_group_after_an_introductory_meeting(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


# ---------------------------------------------------------------- adjuncts, quotations, summits and purposes


def _met_modes(pipeline, text: str) -> set[tuple[frozenset[str], str, str]]:
    from graphkit.models import Document

    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2023, 6, 15)))
    return {
        (frozenset((t.subject.name, t.object.name)), t.status, t.mode) for t in result.triples if t.predicate == "MET"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an introductory meeting phrase, then a coordinated subject and an agreement verb
        (
            "Trong cuộc điện đàm kéo dài 40 phút hôm qua, Thủ tướng Nhật Bản Fumio Kishida và Tổng thống Pháp "
            "Emmanuel Macron đã nhất trí tăng cường hợp tác.",
            {(frozenset(("Fumio Kishida", "Emmanuel Macron")), "asserted", "phone")},
        ),
        # the first person in a quotation is the speaker of the frame
        (
            '"Tôi đã nói chuyện với Thủ tướng Ấn Độ Narendra Modi qua điện thoại sáng nay", ông Macron cho biết.',
            {(frozenset(("Emmanuel Macron", "Narendra Modi")), "asserted", "phone")},
        ),
        (
            'Tổng thống Pháp Emmanuel Macron dự hội nghị. "Tôi đã nói chuyện với Thủ tướng Ấn Độ Narendra Modi '
            'qua điện thoại", Macron nói.',
            {(frozenset(("Emmanuel Macron", "Narendra Modi")), "asserted", "phone")},
        ),
        # talking on the phone, the way named before the partner
        (
            "Tổng thống Pháp Emmanuel Macron đã nói chuyện qua điện thoại với Thủ tướng Ấn Độ Narendra Modi.",
            {(frozenset(("Emmanuel Macron", "Narendra Modi")), "asserted", "phone")},
        ),
        # talking with someone in person stays in person
        (
            "Tổng thống Pháp Emmanuel Macron đã nói chuyện với Thủ tướng Ấn Độ Narendra Modi tại New Delhi.",
            {(frozenset(("Emmanuel Macron", "Narendra Modi")), "asserted", "in_person")},
        ),
        # a partner named by a title, a comma and a second title
        (
            "Thủ tướng Đức Olaf Scholz đã hội đàm với Thủ tướng, quyền tổng thống Hàn Quốc Han Duck-soo tại Berlin.",
            {(frozenset(("Olaf Scholz", "Han Duck-soo")), "asserted", "in_person")},
        ),
        # the person quoted by an agency during a call took part in it
        (
            "Reuters dẫn lời Thủ tướng Đức Olaf Scholz trong cuộc điện đàm với Thủ tướng Ấn Độ Narendra Modi "
            "cho biết hai nước sẽ hợp tác.",
            {(frozenset(("Olaf Scholz", "Narendra Modi")), "asserted", "phone")},
        ),
        # a medium named first is no participant
        (
            "Trên trang Twitter cá nhân, Tổng thống Pháp Emmanuel Macron cho biết ông đã gặp Thủ tướng Đức "
            "Olaf Scholz.",
            {(frozenset(("Emmanuel Macron", "Olaf Scholz")), "asserted", "in_person")},
        ),
        (
            "Tổng thống Pháp Emmanuel Macron viết trên Facebook rằng ông đã điện đàm với Thủ tướng Đức Olaf Scholz.",
            {(frozenset(("Emmanuel Macron", "Olaf Scholz")), "asserted", "phone")},
        ),
        (
            "Tổng thống Pháp Emmanuel Macron đăng trên Telegram rằng ông đã điện đàm với Thủ tướng Đức Olaf Scholz.",
            {(frozenset(("Emmanuel Macron", "Olaf Scholz")), "asserted", "phone")},
        ),
        # attending a body's session or a conference is no meeting with the body
        ("Thủ tướng Ấn Độ Narendra Modi đã dự phiên họp Đại Hội đồng Liên Hợp Quốc tại New York.", set()),
        ("Thủ tướng Ấn Độ Narendra Modi đã tham dự hội nghị ASEAN tại Jakarta.", set()),
        # a verb of discussion after the coordinated subject
        (
            "Trong cuộc hội đàm, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz thảo luận về khí hậu.",
            {(frozenset(("Emmanuel Macron", "Olaf Scholz")), "asserted", "in_person")},
        ),
        # a press conference or a multilateral summit before a coordinated subject is no meeting
        (
            "Trong cuộc họp báo hôm qua, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã nhất trí "
            "tăng cường hợp tác.",
            set(),
        ),
        (
            "Tại hội nghị thượng đỉnh G20, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã nhất trí "
            "tăng cường hợp tác.",
            set(),
        ),
        # people acting before a meeting or about it are not said to have met
        (
            "Trước cuộc gặp, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã cảnh báo Nga.",
            set(),
        ),
        ("Về cuộc gặp, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Olaf Scholz đã cảnh báo Nga.", set()),
        # a phone talk in a quotation, the speaker named with a title after it
        (
            'Thủ tướng Đức Olaf Scholz tới Paris hôm qua. "Tôi vừa nói chuyện điện thoại với Tổng thống Pháp '
            'Emmanuel Macron", Thủ tướng Nhật Bản Fumio Kishida nói.',
            {(frozenset(("Fumio Kishida", "Emmanuel Macron")), "asserted", "phone")},
        ),
        (
            '"Tôi sẽ nói chuyện với Tổng thống Pháp Emmanuel Macron qua điện thoại", Thủ tướng Nhật Bản Fumio Kishida '
            "nói.",
            {(frozenset(("Fumio Kishida", "Emmanuel Macron")), "planned", "phone")},
        ),
        # an ordinal and a time clause between the meeting noun and the partner
        (
            "Thủ tướng Đức Olaf Scholz đã có cuộc điện đàm đầu tiên sau khi tái đắc cử với Tổng thống Pháp "
            "Emmanuel Macron.",
            {(frozenset(("Olaf Scholz", "Emmanuel Macron")), "asserted", "phone")},
        ),
        # talking to the press is no meeting
        ("Tổng thống Pháp Emmanuel Macron nói chuyện với báo chí qua điện thoại.", set()),
    ],
)
def test_met_through_the_pipeline(pipeline, text: str, expected: set) -> None:
    assert _met_modes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short time adjunct between the meeting noun and its partner
        (
            "Thủ tướng Đức Olaf Scholz đã nêu vấn đề khí hậu trong cuộc điện đàm sau khi nhậm chức với "
            "Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Olaf Scholz", "Narendra Modi")},
        ),
        (
            "Thủ tướng Đức Olaf Scholz đã nêu vấn đề khí hậu trong cuộc điện đàm kéo dài 45 phút hôm thứ Hai với "
            "Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Olaf Scholz", "Narendra Modi")},
        ),
        # a speaker at a meeting took part in it
        (
            "Thủ tướng Đức Olaf Scholz phát biểu trong cuộc gặp với Thủ tướng Ấn Độ Narendra Modi tại Hiroshima.",
            {_pair("Olaf Scholz", "Narendra Modi")},
        ),
        # two states joined by a dash after a summit noun; not after other nouns
        ("Hội nghị thượng đỉnh Ấn Độ - Brazil đã diễn ra tại New Delhi.", {_pair("Ấn Độ", "Brazil")}),
        ("Hội nghị thượng đỉnh Ấn Độ – Brazil sẽ diễn ra tại Hiroshima.", {_pair("Ấn Độ", "Brazil", "planned")}),
        ("Tuyến đường sắt Ấn Độ - Brazil sẽ được khởi công.", set()),
        # a meeting named as the purpose of an act is planned
        (
            "Thủ tướng Đức Olaf Scholz tới Ấn Độ để mở đường cho một cuộc gặp giữa Tổng thống Pháp Emmanuel Macron "
            "và Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Emmanuel Macron", "Narendra Modi", "planned")},
        ),
        (
            "Các nhà ngoại giao đang làm việc nhằm chuẩn bị cho cuộc gặp giữa Tổng thống Pháp Emmanuel Macron và "
            "Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Emmanuel Macron", "Narendra Modi", "planned")},
        ),
        # a trip made to meet someone is not a purpose clause of a meeting noun
        (
            "Thủ tướng Đức Olaf Scholz đã tới Hiroshima để hội đàm với Thủ tướng Ấn Độ Narendra Modi.",
            {_pair("Olaf Scholz", "Narendra Modi")},
        ),
    ],
)
def test_met_adjuncts_summits_and_purposes(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc gặp thượng đỉnh Macron – Scholz lần hai diễn ra tại Berlin.",
        "Hội nghị thượng đỉnh Macron - Scholz (lần hai) đã diễn ra tại Berlin.",
    ],
)
def test_summit_of_two_people_joined_by_a_dash(extractor, text: str) -> None:
    ents = [*ENTS, Ent("Macron", "PERSON", "Emmanuel Macron"), Ent("Scholz", "PERSON", "Olaf Scholz")]
    doc = make_doc(text, ents, date=dt.date(2023, 6, 15))
    met = {
        (frozenset((t.subject.name, t.object.name)), t.status)
        for t in extractor.extract(doc).triples
        if t.predicate == "MET"
    }
    assert met == {_pair("Emmanuel Macron", "Olaf Scholz")}


def test_platforms_are_organisations_not_places(pipeline) -> None:
    from graphkit.models import Document

    text = "Tổng thống Pháp Emmanuel Macron đăng trên Telegram rằng ông đã điện đàm với Thủ tướng Đức Olaf Scholz."
    result = pipeline.process(Document(doc_id="t", text=text, date=dt.date(2023, 6, 15)))
    assert {str(e.type) for e in result.entities if e.name == "Telegram"} == {"ORGANIZATION"}
