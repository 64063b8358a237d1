"""Sanctions imposed, extended or lifted; denials of allegations; owners of condemned,
supported and rejected acts; commitments that nobody makes in the sentence."""

from __future__ import annotations

import pytest

from graphkit.extraction.lexicon import build_lexicon
from tests.unit.extraction_docs import COMMON, Ent, make_doc, pairs

ENTS = [
    *COMMON,
    Ent("Triều Tiên", "COUNTRY", "Triều Tiên"),
    Ent("Iran", "COUNTRY", "Iran"),
    Ent("Kuwait", "COUNTRY", "Kuwait"),
    Ent("Ba Lan", "COUNTRY", "Ba Lan"),
    Ent("Tokyo", "LOCATION", "Tokyo", speaks_for="Nhật Bản"),
    Ent("Thượng viện Mỹ", "ORGANIZATION", "Thượng viện Mỹ"),
    Ent("Hội đồng Bảo an", "ORGANIZATION", "Hội đồng Bảo an Liên Hợp Quốc"),
]


def _pairs(extractor, text: str, predicate: str) -> set[tuple[str, str]]:
    return pairs([t for t in extractor.extract(make_doc(text, ENTS)).triples if t.predicate == predicate])


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # verbs that extend or tighten sanctions carry the noun like a light verb
        (
            "Hội đồng Bảo an tăng cường các lệnh trừng phạt đối với Triều Tiên.",
            "SANCTIONED",
            {("Hội đồng Bảo an Liên Hợp Quốc", "Triều Tiên")},
        ),
        ("EU gia hạn thêm 6 tháng các biện pháp trừng phạt đối với Nga.", "SANCTIONED", {("Liên minh châu Âu", "Nga")}),
        (
            "Thượng viện Mỹ thông qua dự luật với các biện pháp trừng phạt chống lại Iran.",
            "SANCTIONED",
            {("Thượng viện Mỹ", "Iran")},
        ),
        ("Mỹ áp đặt các biện pháp trừng phạt chống Iran.", "SANCTIONED", {("Mỹ", "Iran")}),
        # coordinated imposing verbs, a resolution that imposes, a decision's author
        (
            "Mỹ và EU đã nhiều lần gia hạn và mở rộng trừng phạt Nga.",
            "SANCTIONED",
            {("Mỹ", "Nga"), ("Liên minh châu Âu", "Nga")},
        ),
        (
            "Thượng viện Mỹ đã dễ dàng thông qua một nghị quyết áp đặt các biện pháp trừng phạt mới nhằm vào Iran.",
            "SANCTIONED",
            {("Thượng viện Mỹ", "Iran")},
        ),
        (
            "Cuộc họp bị hủy sau quyết định của Mỹ mở rộng các lệnh trừng phạt nhằm vào Nga.",
            "SANCTIONED",
            {("Mỹ", "Nga")},
        ),
        # the object of a verb before the sanctioner is not the sanctioner
        ("Pháp gặp Đức và áp đặt trừng phạt đối với Nga.", "SANCTIONED", {("Pháp", "Nga")}),
        # a one-syllable "dọa" states a threat; its condition names the threatened
        ("Iran dọa đóng cửa eo biển.", "THREATENED", {("Iran", "other")}),
        ("Pháp dọa rút khỏi hiệp ước nếu Nga tiếp tục tấn công.", "THREATENED", {("Pháp", "Nga")}),
        # the sanctioner in a relative clause after the target
        (
            "Các lệnh trừng phạt nhằm vào Iran mà EU vừa thông qua có hiệu lực.",
            "SANCTIONED",
            {("Liên minh châu Âu", "Iran")},
        ),
        # a lifted sanction is not imposed
        (
            "Mọi động thái nới lỏng, đình chỉ hoặc hủy bỏ trừng phạt Nga phải được Thượng viện Mỹ phê chuẩn.",
            "SANCTIONED",
            set(),
        ),
        ("Mỹ cân nhắc bãi bỏ các lệnh trừng phạt đối với Triều Tiên.", "SANCTIONED", set()),
        ("Năm 1994, Mỹ đã dỡ bỏ hoàn toàn cấm vận kinh tế chống Nga.", "SANCTIONED", set()),
        # an option, or an act named with "việc" and no agent
        ("Mỹ không có nhiều lựa chọn trừng phạt Nga.", "SANCTIONED", set()),
        ("Ông Putin nói việc cô lập và trừng phạt Iran không giải quyết được vấn đề.", "SANCTIONED", set()),
        # "đe dọa hạt nhân" is a noun: a nuclear threat
        (
            "Nhật Bản sẽ không tha thứ các hành động khiêu khích và đe dọa hạt nhân như vậy của Nga.",
            "THREATENED",
            set(),
        ),
        # a nominal call or demand whose content stands before its possessor
        ("Lời kêu gọi ngừng bắn của Pháp không được các bên đáp ứng.", "CALLED_FOR", {("Pháp", "ceasefire")}),
        ("Yêu cầu rút quân của Nga đã bị Ukraine bác bỏ.", "DEMANDED", {("Nga", "troop_withdrawal")}),
        ("Mỹ đã đáp ứng các yêu cầu của Nga.", "DEMANDED", set()),
        # "bác bỏ" an allegation is a denial, not a rejection
        ("Điện Kremlin đã bác bỏ, gọi cáo buộc là vô lý.", "DENIED", {("Điện Kremlin", "other")}),
        ("Điện Kremlin đã bác bỏ, gọi cáo buộc là vô lý.", "REJECTED", set()),
        # a manner adverb between the verb and its object
        (
            "Hội đồng Bảo an lên án mạnh mẽ Triều Tiên về vụ phóng tên lửa.",
            "ACCUSED",
            {("Hội đồng Bảo an Liên Hợp Quốc", "Triều Tiên")},
        ),
        # the author of a condemned, supported or rejected act
        ("Pháp lên án vụ thử tên lửa mới nhất của Triều Tiên.", "ACCUSED", {("Pháp", "Triều Tiên")}),
        ("Mỹ ủng hộ nỗ lực hòa giải của Kuwait.", "SUPPORTED", {("Mỹ", "Kuwait")}),
        ("Nga bác bỏ quyết định của Ba Lan.", "REJECTED", {("Nga", "Ba Lan")}),
        # the author of sanctions warned about, condemned or opposed ("được/mà/của X")
        (
            "Nga cảnh báo các lệnh trừng phạt Iran mới được Thượng viện Mỹ thông qua sẽ gây hại.",
            "WARNED",
            {("Nga", "Thượng viện Mỹ")},
        ),
        (
            "Nga lên án các biện pháp trừng phạt nhằm vào Iran mà Thượng viện Mỹ vừa thông qua.",
            "ACCUSED",
            {("Nga", "Thượng viện Mỹ")},
        ),
        ("Trung Quốc phản đối các biện pháp trừng phạt của Mỹ.", "REJECTED", {("Trung Quốc", "Mỹ")}),
        ("Nga cảnh báo các lệnh trừng phạt sẽ gây hại cho kinh tế châu Âu.", "WARNED", {("Nga", "sanctions")}),
        # supporting sanctions keeps the topic
        ("Nhật Bản ủng hộ lệnh trừng phạt mới nhất của EU đối với Nga.", "SUPPORTED", {("Nhật Bản", "sanctions")}),
        # a proposal keeps its topic
        ("Mỹ bác bỏ đề xuất ngừng bắn của Nga.", "REJECTED", {("Mỹ", "ceasefire")}),
        # "cam kết" as a bare noun nobody makes here
        ("Hội đồng Bảo an nhấn mạnh tầm quan trọng của việc Iran chứng tỏ một cam kết thực sự.", "COMMITTED", set()),
        # a promise is one act: its means give no further topic
        (
            "Pháp cam kết chuyển hàng cứu trợ nhân đạo tới Syria bằng máy bay và tàu quân sự.",
            "COMMITTED",
            {("Pháp", "humanitarian_aid")},
        ),
        # the rest of a value after "trong đó có" still belongs to it
        (
            "Hội đồng Bảo an cam kết sẽ tăng cường các biện pháp trong đó có các lệnh trừng phạt.",
            "COMMITTED",
            {("Hội đồng Bảo an Liên Hợp Quốc", "sanctions")},
        ),
        # withdrawing a demand or a criticism states no act; refusing to withdraw it keeps it
        ("Pháp đã từ bỏ yêu cầu về việc Nga rút quân.", "DEMANDED", set()),
        ("Nga sẽ không từ bỏ yêu cầu về việc NATO ngừng mở rộng.", "DEMANDED", {("Nga", "nato_non_expansion")}),
        ("Tổng thống Macron đã dỡ bỏ mọi chỉ trích công khai như vậy.", "ACCUSED", set()),
        # a statement speaks for its author
        (
            "Nhật Bản bác bỏ tuyên bố của Trung Quốc yêu cầu Tokyo ngừng tuần tra.",
            "DEMANDED",
            {("Trung Quốc", "other")},
        ),
        # "đòi hỏi" as "require": a situation requires something
        ("Nhật Bản cho rằng tình hình ở Ukraine đòi hỏi sự lên án mạnh mẽ.", "DEMANDED", set()),
        # a trigger naming only an issue
        ("Nga sẽ giữ lập trường về các vấn đề trừng phạt Iran.", "SANCTIONED", set()),
        # "bác bỏ" news as a whole is a denial; "phản đối việc chia sẻ tin tức" is not
        ("Mỹ bác bỏ những tin đồn về việc rút quân.", "DENIED", {("Mỹ", "other")}),
        ("Đức phản đối việc chia sẻ tin tức tình báo với Nga.", "DENIED", set()),
        # markers of an accusation's target; the government of a state is the state
        ("Mỹ tăng cường cáo buộc nhằm vào NATO.", "ACCUSED", {("Mỹ", "NATO")}),
        ("Pháp lên án chính phủ Iran.", "ACCUSED", {("Pháp", "Iran")}),
        # a common noun heading the subject: an unnamed group acts
        ("Mỹ không tìm kiếm xung đột với những lực lượng khác ủng hộ Nga.", "SUPPORTED", set()),
        ("Theo bà, mọi người đều đồng ý tăng cường hợp tác với Nhật Bản.", "AGREED", set()),
        ("Pháp phản đối chính sách của Nga, người ủng hộ Ukraine đã nói.", "SUPPORTED", set()),
        # a person named only to identify a government or its officials
        ("Một số quan chức chính quyền Tổng thống Putin đã kêu gọi Pháp rút quân.", "CALLED_FOR", set()),
        # "thống nhất" a country is to unify it
        ("Ông Putin muốn thống nhất nước Nga.", "AGREED", set()),
        # witnessing a signing ceremony is not signing
        ("Hai nhà lãnh đạo Nga và Đức chứng kiến lễ ký kết ba văn kiện hợp tác.", "AGREED", set()),
        # an embedded yes-no question asserts nothing
        ("Việc Mỹ có ủng hộ Ukraine hay không là một câu chuyện khác.", "SUPPORTED", set()),
        # the agent of a passive or of "do" does not make the sentence's subject act
        ("Hội đồng Bảo an thông qua nghị quyết được Mỹ và Trung Quốc nhất trí.", "AGREED", set()),
    ],
)
def test_sanctions_denials_owners(extractor, text: str, predicate: str, expected: set) -> None:
    assert _pairs(extractor, text, predicate) == expected


def test_other_is_not_a_co_topic():
    lex = build_lexicon()
    assert lex.topics_of("không tiến hành thêm các vụ phóng tên lửa và thử hạt nhân") == ["denuclearization"]
    assert lex.topics_of("phóng tên lửa") == ["other"]


def test_trao_tra_is_a_release():
    assert build_lexicon().topic_of("trao trả tất cả công dân bị bắt giữ") == "release_of_detainees"


def test_a_leader_does_not_address_his_own_state(extractor):
    """ "Ông cũng sẽ yêu cầu Mỹ …" resolved to the US president: a misread pronoun, no fact."""
    ents = [*ENTS, Ent("Tổng thống Mỹ Joe Biden", "PERSON", "Joe Biden", role="Tổng thống", affiliation="Mỹ")]
    text = "Tổng thống Mỹ Joe Biden đã tới Tokyo. Ông cũng sẽ yêu cầu Mỹ kiềm chế. Ông yêu cầu Nga rút quân."
    doc = make_doc(text, ents)
    for entity in doc.entities:
        if entity.name == "Joe Biden":
            entity.roles = ["Tổng thống Mỹ"]
    demands = {
        (t.subject.name, t.addressee.name if t.addressee else None)
        for t in extractor.extract(doc).triples
        if t.predicate == "DEMANDED"
    }
    assert ("Joe Biden", "Mỹ") not in demands
    assert ("Joe Biden", "Nga") in demands
