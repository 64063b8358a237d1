"""Constructions of news prose that must not yield a fact, or must yield the right one:
a reported clause with its own subject, links to other articles, nominal accusations,
hopes, passives, agentive "do", transfers of materiel, attendees, several addressees."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import Ent, make_doc, pairs

EXTRA = [
    Ent("Nga", "COUNTRY", "Nga"),
    Ent("Mỹ", "COUNTRY", "Mỹ"),
    Ent("Đức", "COUNTRY", "Đức"),
    Ent("Pháp", "COUNTRY", "Pháp"),
    Ent("Ukraine", "COUNTRY", "Ukraine"),
    Ent("Nhật Bản", "COUNTRY", "Nhật Bản"),
    Ent("Hàn Quốc", "COUNTRY", "Hàn Quốc"),
    Ent("Trung Quốc", "COUNTRY", "Trung Quốc"),
    Ent("NATO", "ORGANIZATION", "NATO"),
    Ent("EU", "ORGANIZATION", "Liên minh châu Âu"),
    Ent("Điện Kremlin", "ORGANIZATION", "Điện Kremlin"),
    Ent("Ngoại trưởng Nga Sergei Lavrov", "PERSON", "Sergei Lavrov", role="Ngoại trưởng", affiliation="Nga"),
    Ent("Tổng thống Putin", "PERSON", "Vladimir Putin", role="Tổng thống"),
    Ent("Tổng thống Macron", "PERSON", "Emmanuel Macron", role="Tổng thống"),
    Ent("Thủ tướng Đức Olaf Scholz", "PERSON", "Olaf Scholz", role="Thủ tướng", affiliation="Đức"),
    Ent("Ngoại trưởng Mỹ Antony Blinken", "PERSON", "Antony Blinken", role="Ngoại trưởng", affiliation="Mỹ"),
    Ent("người đồng cấp Pháp", "PERSON", "Emmanuel Macron", role="Tổng thống", affiliation="Pháp"),
]


def _facts(extractor, text: str, predicate: str) -> list:
    return [t for t in extractor.extract(make_doc(text, EXTRA)).triples if t.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # the reported clause has its own subject: the reporter did not agree / commit
        ("Ngoại trưởng Nga Sergei Lavrov cho biết bộ trưởng các nước đã nhất trí về hướng đi mới.", "AGREED"),
        (
            "Ngoại trưởng Nga Sergei Lavrov nhấn mạnh có ít nhất 31 nhóm vũ trang cam kết liên minh với Nga.",
            "COMMITTED",
        ),
        # a bracketed link to another article
        ("[Ngoại trưởng Nga Sergei Lavrov sắp hội đàm với Ngoại trưởng Mỹ Antony Blinken] Nga trừng phạt Mỹ.", "MET"),
        # the clause after a nominal accusation is the accusation, not a fact
        ("EU trừng phạt Nga với cáo buộc Nga hỗ trợ phe nổi dậy.", "SUPPORTED"),
        ("Mỹ áp thuế với lý do Trung Quốc hỗ trợ Nga, theo các cáo buộc Trung Quốc hỗ trợ Nga.", "SUPPORTED"),
        # a hope or a wish about another actor
        ("Nhật Bản hy vọng Mỹ tiếp tục hỗ trợ Ukraine.", "SUPPORTED"),
        ("Nhật Bản muốn Mỹ hỗ trợ Ukraine.", "SUPPORTED"),
        # a condition clause closed by "thì" does not give its subject to the main clause
        ("Trong khi Mỹ rút khỏi hiệp định thì nhiều công ty vẫn cam kết tuân thủ hiệp định này.", "COMMITTED"),
        # the agent of a passive is not the subject of an agreement
        ("Kế hoạch được Nhật Bản đồng ý vào tháng trước.", "AGREED"),
        ("Đây là lần trao đổi đầu tiên được chính quyền Nhật Bản đồng ý kể từ tháng 1.", "AGREED"),
        # the second of two coordinated nouns is a noun too
        ("Nhật Bản luôn biết ơn sự ủng hộ, giúp đỡ to lớn mà Mỹ đã dành cho Nhật Bản.", "SUPPORTED"),
        # "do X hậu thuẫn" after a common noun names nobody supported
        ("Phe ly khai do Nga hậu thuẫn đã tấn công.", "SUPPORTED"),
        # a transfer verb without materiel is no support
        ("Mỹ gửi thư cho Nga.", "SUPPORTED"),
        ("Nga cung cấp thông tin cho Mỹ về vụ việc.", "SUPPORTED"),
        ("Nhật Bản gửi thông điệp cho Trung Quốc về vũ khí hạt nhân.", "SUPPORTED"),
        # a press meeting is no meeting of the two
        ("Thủ tướng Đức Olaf Scholz phát biểu trong cuộc gặp báo chí cùng với Tổng thống Macron.", "MET"),
    ],
)
def test_extraction_precision_no_fact(extractor, text: str, predicate: str) -> None:
    assert _facts(extractor, text, predicate) == []


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Điện Kremlin cho biết đã đồng ý tổ chức đàm phán.", "AGREED", {("Điện Kremlin", "negotiations")}),
        ("Ngoại trưởng Nga Sergei Lavrov cho biết sẽ hỗ trợ Ukraine.", "SUPPORTED", {("Sergei Lavrov", "Ukraine")}),
        (
            "Ngoại trưởng Nga Sergei Lavrov cho biết sẽ hỗ trợ Ukraine và kêu gọi đàm phán.",
            "CALLED_FOR",
            {("Sergei Lavrov", "negotiations")},
        ),
        ("Ukraine do Mỹ hậu thuẫn đã phản công.", "SUPPORTED", {("Mỹ", "Ukraine")}),
        ("Đức sẽ gửi 14 xe tăng Leopard 2 cho Ukraine.", "SUPPORTED", {("Đức", "Ukraine")}),
        ("Mỹ cung cấp thêm 31 xe tăng Abrams cho Ukraine.", "SUPPORTED", {("Mỹ", "Ukraine")}),
        ("Pháp đã chuyển giao 12 hệ thống phòng không cho Ukraine.", "SUPPORTED", {("Pháp", "Ukraine")}),
        ("Nhật Bản gửi 500 tấn lương thực tới Ukraine.", "SUPPORTED", {("Nhật Bản", "Ukraine")}),
    ],
)
def test_extraction_precision_fact(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, predicate)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Đức sẽ gửi 14 xe tăng Leopard 2 cho Ukraine.", "military"),
        ("Mỹ cung cấp thêm 31 xe tăng Abrams cho Ukraine.", "military"),
        ("Nhật Bản gửi 500 tấn lương thực tới Ukraine.", "humanitarian"),
    ],
)
def test_extraction_transfer_kind(extractor, text: str, kind: str) -> None:
    (fact,) = _facts(extractor, text, "SUPPORTED")
    assert fact.kind == kind


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "addressees"),
    [
        ("Nga yêu cầu Mỹ và NATO rút quân khỏi Đông Âu.", "DEMANDED", "Nga", {"Mỹ", "NATO"}),
        (
            "Trung Quốc kêu gọi Mỹ, Nhật Bản và Hàn Quốc kiềm chế.",
            "CALLED_FOR",
            "Trung Quốc",
            {"Mỹ", "Nhật Bản", "Hàn Quốc"},
        ),
    ],
)
def test_extraction_one_fact_per_addressee(extractor, text, predicate, subject, addressees) -> None:
    facts = _facts(extractor, text, predicate)
    assert {t.subject.name for t in facts} == {subject}
    assert {t.addressee.name for t in facts if t.addressee} == addressees
    assert len({t.id for t in facts}) == len(facts) == len(addressees)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Tổng thống Putin hội đàm với Tổng thống Macron với sự tham dự của Thủ tướng Đức Olaf Scholz.",
            {
                ("Vladimir Putin", "Emmanuel Macron"),
                ("Vladimir Putin", "Olaf Scholz"),
                ("Emmanuel Macron", "Olaf Scholz"),
            },
        ),
        (
            "Cuộc gặp giữa Tổng thống Putin và Tổng thống Macron có sự tham gia của Thủ tướng Đức Olaf Scholz.",
            {
                ("Vladimir Putin", "Emmanuel Macron"),
                ("Vladimir Putin", "Olaf Scholz"),
                ("Emmanuel Macron", "Olaf Scholz"),
            },
        ),
        (
            "Tổng thống Putin hội đàm với Tổng thống Macron, sau đó ông dự lễ khai mạc "
            "với sự tham dự của Thủ tướng Đức Olaf Scholz.",
            {("Vladimir Putin", "Emmanuel Macron")},
        ),
        (
            "Tổng thống Putin hội đàm với Tổng thống Macron. "
            "Sau đó Thủ tướng Đức Olaf Scholz giục hai ông kết thúc cuộc gặp.",
            {("Vladimir Putin", "Emmanuel Macron")},
        ),
    ],
)
def test_extraction_meeting_attendees(extractor, text: str, pairs: set) -> None:
    found = {tuple(sorted((t.subject.name, t.object.name))) for t in _facts(extractor, text, "MET")}
    assert found == {tuple(sorted(p)) for p in pairs}


def test_extraction_relative_clause_visitor(extractor) -> None:
    text = "Tổng thống Putin đã tiếp Ngoại trưởng Mỹ Antony Blinken, người đang có chuyến thăm chính thức Nga."
    assert pairs(_facts(extractor, text, "VISITED")) == {("Antony Blinken", "Nga")}


def test_extraction_counterpart_phrase_holds_no_role(extractor) -> None:
    text = "Ngoại trưởng Nga Sergei Lavrov đã điện đàm với người đồng cấp Pháp."
    roles = pairs(_facts(extractor, text, "HOLDS_ROLE"))
    assert ("Sergei Lavrov", "Nga") in roles
    assert all(subject != "Emmanuel Macron" for subject, _ in roles)


def test_extraction_commitment_has_no_addressee(extractor) -> None:
    (fact,) = _facts(extractor, "Điện Kremlin cam kết Nga sẽ tiếp tục đàm phán với Ukraine.", "COMMITTED")
    assert fact.addressee is None
    assert fact.object.text.startswith("Nga sẽ")


EXTRA_MORE = [*EXTRA, Ent("Iraq", "COUNTRY", "Iraq"), Ent("Liên hợp quốc", "ORGANIZATION", "Liên hợp quốc")]


def _facts_more(extractor, text: str, predicate: str) -> list:
    return [t for t in extractor.extract(make_doc(text, EXTRA_MORE)).triples if t.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # after "song", the actors opening the new clause are the subject of its verbs
        (
            "Mặc dù Iraq phủ nhận, song Mỹ và Pháp vẫn quy kết ngược lại, và yêu cầu Liên hợp quốc thanh tra.",
            "DEMANDED",
            {("Mỹ", "other"), ("Pháp", "other")},
        ),
        # a comma after "và" closes the list of the partners of a meeting
        (
            "Sau cuộc hội đàm giữa Tổng thống Putin và Tổng thống Macron, Thủ tướng Đức Olaf Scholz cho biết "
            "Đức ủng hộ đàm phán.",
            "MET",
            {("Vladimir Putin", "Emmanuel Macron")},
        ),
        # "các nhà lãnh đạo X" after "với": the partners are the states
        (
            "Tổng thống Macron đã nói chuyện với các nhà lãnh đạo Nga và Đức.",
            "MET",
            {("Emmanuel Macron", "Nga"), ("Emmanuel Macron", "Đức")},
        ),
    ],
)
def test_extraction_clause_subjects(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts_more(extractor, text, predicate)) == expected


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Địa điểm do Tổng thống Macron đề nghị bao gồm Berlin.", "PROPOSED"),
        ("Bất chấp cảnh báo, Tổng thống Macron vẫn tin rằng liên quân sẽ thắng.", "WARNED"),
        ("Gói vũ khí Mỹ cung cấp cho Ukraine bao gồm radar cảnh báo sớm.", "WARNED"),
        ("Nga cho rằng Ukraine đủ khả năng đe dọa NATO.", "THREATENED"),
    ],
)
def test_extraction_precision_no_fact_more(extractor, text: str, predicate: str) -> None:
    assert _facts_more(extractor, text, predicate) == []


def test_extraction_summit_venue_is_no_partner(extractor) -> None:
    text = "Tổng thống Putin sẽ gặp Tổng thống Macron bên lề hội nghị thượng đỉnh NATO."
    assert pairs(_facts_more(extractor, text, "MET")) == {("Vladimir Putin", "Emmanuel Macron")}


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Tổng thống Putin bày tỏ trông đợi vào cuộc gặp với Tổng thống Macron trong tuần tới.", "MET", "planned"),
        ("Ukraine không thể đánh giá thấp cam kết của Mỹ và Đức về vấn đề an ninh.", "COMMITTED", "asserted"),
    ],
)
def test_extraction_status_of_nominal_triggers(extractor, text: str, predicate: str, status: str) -> None:
    facts = _facts_more(extractor, text, predicate)
    assert facts
    assert {str(t.status) for t in facts} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng thống Putin đã nhất trí với Tổng thống Macron về phát triển thương mại.",
            {("Vladimir Putin", "trade"), ("Emmanuel Macron", "trade")},
        ),
        ("Nga và Mỹ đã ký thỏa thuận thương mại.", {("Nga", "trade"), ("Mỹ", "trade")}),
        ("Thẩm phán Nga, người ký lệnh truy nã cho biết ông sẽ bị phạt.", set()),
        ("Thỏa thuận đã được ký kết với Mỹ.", set()),
    ],
)
def test_extraction_agreement_partners_and_signing(extractor, text: str, expected: set) -> None:
    assert pairs(_facts_more(extractor, text, "AGREED")) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ukraine được Mỹ hậu thuẫn trong cuộc chiến.", "political"),
        ("Ukraine được Mỹ viện trợ vũ khí trong cuộc chiến.", "military"),
    ],
)
def test_extraction_passive_support_has_kind(extractor, text: str, kind: str) -> None:
    (fact,) = _facts_more(extractor, text, "SUPPORTED")
    assert (fact.subject.name, fact.object.name, fact.kind) == ("Mỹ", "Ukraine", kind)


def test_extraction_envoy_at_body_is_the_subject(extractor) -> None:
    ents = [*EXTRA, Ent("Alexander Grushko", "PERSON", "Alexander Grushko")]
    doc = make_doc("Tại cuộc họp, Đại sứ Nga tại NATO Alexander Grushko yêu cầu Mỹ rút quân khỏi châu Âu.", ents)
    facts = [t for t in extractor.extract(doc).triples if t.predicate == "DEMANDED"]
    assert [(t.subject.name, t.addressee.name if t.addressee else None) for t in facts] == [("Alexander Grushko", "Mỹ")]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # "còn" after a subject is the adverb "also", not a clause break
        (
            "Ngoại trưởng Mỹ Antony Blinken còn kêu gọi các nước đàm phán.",
            "CALLED_FOR",
            {("Antony Blinken", "negotiations")},
        ),
        # ", còn X …" opens a new clause with its own subject
        ("Nga ủng hộ đàm phán, còn Mỹ kêu gọi trừng phạt.", "CALLED_FOR", {("Mỹ", "sanctions")}),
        # a subordinate "trước khi" clause does not lend its subject to the main clause
        (
            "Vài giờ trước khi Nga phóng tên lửa, Ngoại trưởng Mỹ Antony Blinken đã phát biểu tại Liên hợp quốc "
            "và kêu gọi đàm phán.",
            "CALLED_FOR",
            {("Antony Blinken", "negotiations")},
        ),
        # what a passive demand asks for is not a fact
        ("Nhật Bản được yêu cầu phải điều chỉnh, trong đó có việc chấm dứt hỗ trợ Ukraine.", "SUPPORTED", set()),
        # a nominalised reaction after a comma is not a participle of the earlier clause
        ("Sau khi Tổng thống Macron ký sắc lệnh, sự phản đối càng mạnh mẽ hơn.", "REJECTED", set()),
        # a singular counterpart after "nhất trí với" is a person, not the state
        (
            "Tổng thống Putin nhất trí với người đồng cấp Đức về đàm phán.",
            "AGREED",
            {("Vladimir Putin", "negotiations")},
        ),
    ],
)
def test_extraction_clause_boundaries(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts_more(extractor, text, predicate)) == expected


def test_extraction_passive_patient_is_near(extractor) -> None:
    text = "Mỹ có lập trường cứng rắn về Iran, quốc gia được Nga ủng hộ."
    assert ("Nga", "Mỹ") not in pairs(_facts_more(extractor, text, "SUPPORTED"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma inside a list of destinations is not the end of an introductory phrase
        ("Theo kế hoạch, ông sẽ có chuyến công du đến Nga, Nhật Bản và Hàn Quốc từ ngày 19/5.", set()),
        ("Tôi tin rằng chuyến thăm tới Nga, Nhật Bản, Hàn Quốc và Trung Quốc sẽ là cơ hội tốt.", set()),
        # … but an introductory meeting phrase still gives the main clause's subject
        (
            "Trong chuyến thăm Nhật Bản, Tổng thống Macron đã cảnh báo Nga.",
            {("Emmanuel Macron", "Nhật Bản")},
        ),
    ],
)
def test_extraction_list_comma_is_no_intro(extractor, text: str, expected: set) -> None:
    found = pairs(_facts_more(extractor, text, "VISITED"))
    assert {(s, o) for s, o in found if s in ("Nga", "Nhật Bản", "Hàn Quốc", "Trung Quốc")} == set()
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # "thống nhất" as the adjective "unified": the value is one word cut by a break
        ("Ông là người lèo lái nước Đức thống nhất sau khi bức tường sụp đổ.", "AGREED", set()),
        # a meeting with someone unnamed is no meeting between the two subjects
        (
            "Tổng thống Putin và Tổng thống Macron vừa có cuộc gặp với người đồng cấp Qatar.",
            "MET",
            set(),
        ),
        (
            "Tổng thống Putin và Tổng thống Macron hội đàm ở phòng họp NATO.",
            "MET",
            {("Vladimir Putin", "Emmanuel Macron")},
        ),
        # a name after a common noun at the sentence start is no subject
        ("Về vấn đề Ukraine, dù đồng ý đàm phán nhưng Nga vẫn bác bỏ đề xuất.", "AGREED", set()),
        # "cảnh báo X sẽ …": X is the subject of the warned clause
        ("Tổng thống Macron cảnh báo Pháp sẽ phản ứng.", "WARNED", {("Emmanuel Macron", "other")}),
        ("Tổng thống Macron cảnh báo Nga về hậu quả.", "WARNED", {("Emmanuel Macron", "Nga")}),
    ],
)
def test_extraction_short_values_and_partners(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts_more(extractor, text, predicate)) == expected


def test_extraction_list_of_demands_is_a_noun(extractor) -> None:
    text = "Ngoại trưởng Nga Sergei Lavrov đã nhận danh sách yêu cầu Mỹ rút quân."
    assert _facts_more(extractor, text, "DEMANDED") == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # "từ bỏ" (give up) is a verb, not the preposition "từ"
        ("Nhật Bản kêu gọi Nga từ bỏ chương trình vũ khí hạt nhân và tên lửa đạn đạo.", "denuclearization"),
        ("Mỹ kêu gọi Trung Quốc từ chối hỗ trợ quân sự cho Nga.", "arms_supply"),
    ],
)
def test_extraction_value_opening_with_verb(extractor, text: str, topic: str) -> None:
    facts = _facts_more(extractor, text, "CALLED_FOR")
    assert facts
    assert {t.object.topic for t in facts} == {topic}


@pytest.mark.parametrize(
    ("text", "predicate", "subjects"),
    [
        (
            "Theo tuyên bố chung, Mỹ, Nhật Bản và Pháp cũng cam kết tập trận. "
            "Ba nước cũng cáo buộc Trung Quốc gây hấn.",
            "ACCUSED",
            {"Mỹ", "Nhật Bản", "Pháp"},
        ),
        ("Mỹ và Nga ký thỏa thuận. Hai nước kêu gọi đàm phán.", "CALLED_FOR", {"Mỹ", "Nga"}),
        # a number that does not match the states named before refers to nobody
        ("Mỹ và Nga ký thỏa thuận. Ba nước kêu gọi đàm phán.", "CALLED_FOR", set()),
        # "hai nước" inside a noun phrase is not the subject
        ("Mỹ và Nga ký thỏa thuận. Quan hệ hai nước kêu gọi đàm phán.", "CALLED_FOR", set()),
    ],
)
def test_extraction_states_named_before(extractor, text: str, predicate: str, subjects: set) -> None:
    assert {t.subject.name for t in _facts_more(extractor, text, predicate)} == subjects


def test_extraction_votes_in_favour_are_no_support(extractor) -> None:
    assert (
        _facts_more(extractor, "Với 275 phiếu ủng hộ, Nga vượt qua cuộc bỏ phiếu tại Liên hợp quốc.", "SUPPORTED") == []
    )
