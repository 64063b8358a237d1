"""General constructions of news prose: sanctions as noun phrases, the target of a threat,
comma-listed subjects, and commitments or demands used as nouns."""

from __future__ import annotations

import pytest

from graphkit.extraction.lexicon import build_lexicon
from tests.unit.extraction_docs import Ent, make_doc, pairs

ENTS = [
    Ent("Nga", "COUNTRY", "Nga"),
    Ent("Mỹ", "COUNTRY", "Mỹ"),
    Ent("Đức", "COUNTRY", "Đức"),
    Ent("Pháp", "COUNTRY", "Pháp"),
    Ent("Anh", "COUNTRY", "Anh"),
    Ent("Italy", "COUNTRY", "Italy"),
    Ent("Iran", "COUNTRY", "Iran"),
    Ent("Canada", "COUNTRY", "Canada"),
    Ent("Ukraine", "COUNTRY", "Ukraine"),
    Ent("Nhật Bản", "COUNTRY", "Nhật Bản"),
    Ent("Triều Tiên", "COUNTRY", "Triều Tiên"),
    Ent("Thổ Nhĩ Kỳ", "COUNTRY", "Thổ Nhĩ Kỳ"),
    Ent("EU", "ORGANIZATION", "Liên minh châu Âu"),
    Ent("Hội đồng Bảo an", "ORGANIZATION", "Hội đồng Bảo an"),
    Ent("Hà Nội", "LOCATION", "Hà Nội"),
    Ent("Guam", "LOCATION", "Guam"),
    Ent("Xyzland", "LOCATION", "Xyzland"),
    Ent("Donald Trump", "PERSON", "Donald Trump"),
]


def _facts(extractor, text: str, predicate: str) -> list:
    return [t for t in extractor.extract(make_doc(text, ENTS)).triples if t.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Những biện pháp trừng phạt của Canada nhằm vào Iran bắt đầu có hiệu lực.", {("Canada", "Iran")}),
        ("Các biện pháp trừng phạt của EU đối với Nga sẽ được gia hạn.", {("Liên minh châu Âu", "Nga")}),
        ("Gói trừng phạt mới của Anh với Iran tập trung vào ngành dầu mỏ.", {("Anh", "Iran")}),
        ("Mỹ hôm qua đưa Iran vào danh sách trừng phạt.", {("Mỹ", "Iran")}),
        ("Canada đã đóng băng tài sản của Nga.", {("Canada", "Nga")}),
        ("Nhật Bản áp đặt thêm biện pháp trừng phạt nhằm vào Triều Tiên.", {("Nhật Bản", "Triều Tiên")}),
        ("Hội đồng Bảo an thông qua nghị quyết tăng cường trừng phạt Triều Tiên.", {("Hội đồng Bảo an", "Triều Tiên")}),
    ],
)
def test_extraction_sanction_noun_phrases(extractor, text: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, "SANCTIONED")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the possessor of the sanctions is not their target
        "Nga lên án các biện pháp trừng phạt của Mỹ.",
        # a list with no sanctioner named
        "Iran bị đưa vào danh sách trừng phạt.",
        # the assets of the sanctioner are not sanctioned by it
        "Tài sản của Nga tại Anh vẫn được giữ nguyên.",
    ],
)
def test_extraction_sanction_noun_phrases_no_fact(extractor, text: str) -> None:
    assert _facts(extractor, text, "SANCTIONED") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran dọa trả đũa Mỹ.", {("Iran", "Mỹ")}),
        ("Donald Trump đe dọa sẽ tàn phá nền kinh tế của Thổ Nhĩ Kỳ.", {("Donald Trump", "Thổ Nhĩ Kỳ")}),
        ("Triều Tiên đe dọa sẽ tấn công các căn cứ của Mỹ.", {("Triều Tiên", "Mỹ")}),
        ("Nga đe dọa phóng tên lửa nhằm vào Ukraine.", {("Nga", "Ukraine")}),
        # no hostile action aimed at anyone: the threat stays a value
        ("Nga đe dọa phủ quyết gói viện trợ cho Ukraine.", {("Nga", "other")}),
        # a place aimed at stands for the country the knowledge base puts it in
        ("Triều Tiên đe dọa phóng tên lửa về phía Guam.", {("Triều Tiên", "Mỹ")}),
        # a place of no known country stays a value
        ("Triều Tiên đe dọa phóng tên lửa về phía Xyzland.", {("Triều Tiên", "other")}),
    ],
)
def test_extraction_threat_target(extractor, text: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, "THREATENED")) == expected


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Anh, Pháp, Đức vẫn cam kết duy trì thỏa thuận.",
            "COMMITTED",
            {("Anh", "other"), ("Pháp", "other"), ("Đức", "other")},
        ),
        (
            "Các nước như Pháp, Đức, Italy phản đối kế hoạch.",
            "REJECTED",
            {("Pháp", "other"), ("Đức", "other"), ("Italy", "other")},
        ),
        ("Pháp, Đức kêu gọi đàm phán.", "CALLED_FOR", {("Pháp", "negotiations"), ("Đức", "negotiations")}),
        # an introductory place before a comma is no subject
        ("Tại Hà Nội, Nga cam kết duy trì thỏa thuận.", "COMMITTED", {("Nga", "other")}),
        ("Sau khi Mỹ rút quân, Nga cam kết duy trì thỏa thuận.", "COMMITTED", {("Nga", "other")}),
    ],
)
def test_extraction_comma_listed_subjects(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, predicate)) == expected


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Nga chưa thực hiện cam kết với Ukraine.", "COMMITTED"),
        ("Các cam kết của Mỹ đối với Nhật Bản vẫn được duy trì.", "COMMITTED"),
        ("Mỹ tôn trọng các cam kết an ninh với Nhật Bản.", "COMMITTED"),
        ("Nhật Bản tuân thủ những cam kết đã ký.", "COMMITTED"),
        ("Mỹ đáp ứng yêu cầu đàm phán.", "DEMANDED"),
        ("Ukraine xem xét đề nghị ngừng bắn.", "PROPOSED"),
    ],
)
def test_extraction_noun_object_no_fact(extractor, text: str, predicate: str) -> None:
    assert _facts(extractor, text, predicate) == []


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Mỹ cam kết sẽ bảo vệ Nhật Bản.", "COMMITTED", {("Mỹ", "other")}),
        ("Mỹ đưa ra cam kết sẽ bảo vệ Nhật Bản.", "COMMITTED", {("Mỹ", "other")}),
        # meeting a demand is evidence of the demand, by its owner
        ("Mỹ không thể đáp ứng yêu cầu của Nga về an ninh.", "DEMANDED", {("Nga", "other")}),
        # a question asks for nothing
        ("Nga yêu cầu gì?", "DEMANDED", set()),
    ],
)
def test_extraction_verb_frame_fact(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, predicate)) == expected


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("rút khỏi thỏa thuận hạt nhân", "respect_for_law"),
        ("rút khỏi hiệp ước", "respect_for_law"),
        ("rút quân khỏi Syria", "troop_withdrawal"),
        ("phóng tên lửa về phía đảo", "other"),
        ("chấm dứt chiến tranh thương mại", "trade"),
        ("chấm dứt chiến tranh", "ceasefire"),
        ("hạ nhiệt căng thẳng", "ceasefire"),
        # forces leaving a place withdraw; a state leaving a bloc or a deal does not
        ("các binh sĩ nước ngoài phải rời khỏi thành phố", "troop_withdrawal"),
        ("mọi lực lượng vũ trang cần rời đi ngay", "troop_withdrawal"),
        ("Hungary rời khỏi EU", "other"),
        ("rời khỏi thỏa thuận thương mại", "respect_for_law"),
        # accounting for an incident is an investigation
        ("giải thích về vụ máy bay bị bắn rơi", "investigation"),
        ("đưa ra bằng chứng về vụ tấn công", "investigation"),
    ],
)
def test_extraction_topic_cues(text: str, topic: str) -> None:
    assert build_lexicon().topic_of(text) == topic


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # an embedded yes/no question asserts nothing
        ("Chưa rõ Nga có đồng ý đàm phán với Ukraine hay không.", "AGREED"),
        ("Liệu Mỹ có trừng phạt Nga vẫn là điều chưa rõ.", "SANCTIONED"),
        ("Giới quan sát đặt câu hỏi liệu Nhật Bản có hỗ trợ Ukraine.", "SUPPORTED"),
        # "đe dọa" + a noun: something is endangered, nobody threatened
        ("Nhóm vũ trang đe dọa an ninh khu vực.", "THREATENED"),
        ("Căng thẳng đe dọa sự ổn định của Ukraine.", "THREATENED"),
        # a commitment that is only a quality of something else
        ("Nhật Bản chưa đưa ra tín hiệu mang tính cam kết về sự hiện diện.", "COMMITTED"),
        ("Mỹ thực thi đầy đủ cam kết rút khỏi thỏa thuận.", "COMMITTED"),
    ],
)
def test_extraction_not_asserted(extractor, text: str, predicate: str) -> None:
    assert _facts(extractor, text, predicate) == []


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Nga đồng ý đàm phán với Ukraine.", "AGREED", "asserted"),
        ("Mỹ không ngần ngại đe dọa sử dụng vũ lực.", "THREATENED", "asserted"),
        ("Mỹ không đe dọa sử dụng vũ lực.", "THREATENED", "negated"),
        ("Mỹ không biết Nga có đồng ý hay không, nhưng Pháp kêu gọi đàm phán.", "CALLED_FOR", "asserted"),
    ],
)
def test_extraction_status_of_constructions(extractor, text: str, predicate: str, status: str) -> None:
    assert [t.status.value for t in _facts(extractor, text, predicate)] == [status]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ukraine đề nghị Mỹ phải cung cấp thêm vũ khí.", "DEMANDED"),
        ("Ukraine đề nghị Mỹ hãy cung cấp thêm vũ khí.", "CALLED_FOR"),
        ("Ukraine đề nghị Mỹ cung cấp thêm vũ khí.", "CALLED_FOR"),
        ("Nga lo ngại về tình hình, đồng thời đề nghị các bên đàm phán.", "CALLED_FOR"),
        ("Ukraine đưa ra đề nghị ngừng bắn.", "PROPOSED"),
        ("Ukraine đề nghị ngừng bắn trong ba ngày.", "PROPOSED"),
    ],
)
def test_extraction_proposal_call_or_demand(extractor, text: str, predicate: str) -> None:
    preds = {t.predicate for t in extractor.extract(make_doc(text, ENTS)).triples} & {
        "DEMANDED",
        "CALLED_FOR",
        "PROPOSED",
    }
    assert preds == {predicate}


MET_ENTS = [
    *ENTS,
    Ent("Tổng thống Hàn Quốc Moon Jae-in", "PERSON", "Moon Jae-in", role="Tổng thống", affiliation="Hàn Quốc"),
    Ent("Kim Jong-un", "PERSON", "Kim Jong-un"),
    Ent("Thủ tướng Anh Theresa May", "PERSON", "Theresa May", role="Thủ tướng", affiliation="Anh"),
    Ent("Hàn Quốc", "COUNTRY", "Hàn Quốc"),
]


def _met(extractor, text: str) -> set[frozenset[str]]:
    doc = make_doc(text, MET_ENTS)
    return {frozenset((t.subject.name, t.object.name)) for t in extractor.extract(doc).triples if t.predicate == "MET"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuộc gặp Donald Trump - Kim Jong-un diễn ra tại Singapore.", {frozenset(("Donald Trump", "Kim Jong-un"))}),
        ("Thượng đỉnh Kim Jong-un – Donald Trump kết thúc tốt đẹp.", {frozenset(("Donald Trump", "Kim Jong-un"))}),
        (
            "Thủ tướng Anh Theresa May tổ chức họp báo chung với Donald Trump tại Nhà Trắng.",
            {frozenset(("Theresa May", "Donald Trump"))},
        ),
        (
            "Tổng thống Hàn Quốc Moon Jae-in trao đổi qua điện thoại với Donald Trump.",
            {frozenset(("Moon Jae-in", "Donald Trump"))},
        ),
        ("Donald Trump đón tiếp Thủ tướng Anh Theresa May.", {frozenset(("Theresa May", "Donald Trump"))}),
        # the speaker at a meeting took part in it
        (
            "Thủ tướng Anh Theresa May phát biểu tại cuộc họp thượng đỉnh với Donald Trump.",
            {frozenset(("Theresa May", "Donald Trump"))},
        ),
        (
            "Donald Trump nói trong cuộc điện đàm với Thủ tướng Anh Theresa May rằng Mỹ sẵn sàng.",
            {frozenset(("Theresa May", "Donald Trump"))},
        ),
        # a speaker reporting on a meeting of others
        ("Donald Trump cho biết Hàn Quốc phản đối cuộc gặp với Kim Jong-un.", set()),
        # two states joined by a dash after a summit noun: a summit of the two states
        ("Thượng đỉnh Mỹ - Triều Tiên có thể diễn ra vào tháng tới.", {frozenset(("Mỹ", "Triều Tiên"))}),
        # a summit noun alone names no partner
        ("Donald Trump dự thượng đỉnh tại Nhật Bản.", set()),
        # a press conference without a partner
        ("Donald Trump tổ chức họp báo tại Nhà Trắng.", set()),
        # a meeting called off
        ("Thượng đỉnh Donald Trump - Kim Jong-un đã bị hủy.", set()),
    ],
)
def test_extraction_met_constructions(extractor, text: str, expected: set) -> None:
    assert _met(extractor, text) == expected


def test_extraction_reaffirmed_commitment_has_the_speaker(extractor) -> None:
    text = "Donald Trump gặp Thủ tướng Anh Theresa May và tái khẳng định cam kết của Mỹ đối với an ninh của Anh."
    facts = [t for t in extractor.extract(make_doc(text, MET_ENTS)).triples if t.predicate == "COMMITTED"]
    assert {(t.subject.name, t.object.topic) for t in facts} == {("Donald Trump", "security_guarantees")}


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # the planning verb scopes over its own clause, not over the coordinated appeal
        ("Mỹ đang nỗ lực sắp xếp cuộc gặp và kêu gọi các bên đàm phán.", "CALLED_FOR", {("Mỹ", "asserted")}),
        # an auxiliary of the future scopes over both verbs
        ("Nga sẽ rút quân và kêu gọi các bên đàm phán.", "CALLED_FOR", {("Nga", "planned")}),
        # arranging a meeting: planned
        ("Nhật Bản đang sắp xếp cuộc gặp với Triều Tiên.", "MET", {("Nhật Bản", "planned")}),
    ],
)
def test_extraction_planning_scope(extractor, text: str, predicate: str, expected: set) -> None:
    assert {(t.subject.name, t.status.value) for t in _facts(extractor, text, predicate)} == expected


def test_extraction_contacted_party_is_no_partner(extractor) -> None:
    text = "Nhật Bản liên lạc với phía Triều Tiên nhằm sắp xếp cuộc gặp với Donald Trump."
    facts = _facts(extractor, text, "MET")
    assert {(t.subject.name, t.object.name, t.status.value) for t in facts} == {("Nhật Bản", "Donald Trump", "planned")}


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Pháp ủng hộ thỏa thuận ngừng bắn.", "SUPPORTED", {("Pháp", "ceasefire")}),
        # welcoming an event supports no one
        ("Pháp hoan nghênh thỏa thuận ngừng bắn.", "SUPPORTED", set()),
        ("Nga không sẵn sàng đàm phán với Ukraine.", "REJECTED", {("Nga", "negotiations")}),
        ("Nga từ chối đàm phán với Ukraine.", "REJECTED", {("Nga", "negotiations")}),
        ("Iran sẽ không đối thoại với Mỹ.", "REJECTED", {("Iran", "negotiations")}),
    ],
)
def test_extraction_more_triggers(extractor, text: str, predicate: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, predicate)) == expected


@pytest.mark.parametrize(
    ("text", "predicate", "value"),
    [
        # a value starts at a word, never inside one ("quyết định", "tiếp cận", "thêm vào")
        ("Pháp ủng hộ quyết định của Đức.", "SUPPORTED", "quyết định của Đức"),
        ("Nga kêu gọi tiếp cận nhân đạo tới Ukraine.", "CALLED_FOR", "tiếp cận nhân đạo tới Ukraine"),
        ("Nga kêu gọi tiếp tục đàm phán.", "CALLED_FOR", "đàm phán"),
        ("Nga kiên quyết phản đối mạnh mẽ kế hoạch.", "REJECTED", "kế hoạch"),
        ("Pháp kêu gọi mạnh mẽ quyết liệt hơn.", "CALLED_FOR", "quyết liệt hơn"),
    ],
)
def test_extraction_value_starts_at_a_word(extractor, text: str, predicate: str, value: str) -> None:
    assert [t.object.text for t in _facts(extractor, text, predicate)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nga cảnh báo chiến tranh sẽ nổ ra nếu Mỹ tấn công.", {("Nga", "Mỹ")}),
        ("Nga cảnh báo về nguy cơ xung đột nếu Ukraine gia nhập liên minh.", {("Nga", "Ukraine")}),
        ("Nga cảnh báo Mỹ rằng sẽ đáp trả.", {("Nga", "Mỹ")}),
        # a time clause between the warning and its condition
        ("Nga cảnh báo không loại trừ biện pháp nào khi đối phó nếu Mỹ tấn công.", {("Nga", "Mỹ")}),
        # no condition naming anyone: the warning stays a value
        ("Nga cảnh báo về nguy cơ xung đột.", {("Nga", "other")}),
        # a name before the condition is the warning's own topic
        ("Nga cảnh báo Mỹ sẽ phải trả giá nếu Ukraine gia nhập liên minh.", {("Nga", "other")}),
    ],
)
def test_extraction_warned_party_of_a_condition(extractor, text: str, expected: set) -> None:
    assert pairs(_facts(extractor, text, "WARNED")) == expected


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # complying with or backing sanctions is no sanction by the subject
        ("Nga tuân thủ đầy đủ các nghị quyết trừng phạt Triều Tiên.", "SANCTIONED"),
        ("Nhật Bản ủng hộ các nghị quyết trừng phạt Triều Tiên.", "SANCTIONED"),
        ("Canada muốn nới lỏng các lệnh trừng phạt Iran.", "SANCTIONED"),
        # a threat as a noun, a capability or a purpose
        ("Mỹ không muốn thêm những lời đe dọa.", "THREATENED"),
        ("Tên lửa mới có khả năng đe dọa Nhật Bản.", "THREATENED"),
        ("Triều Tiên thử tên lửa để đe dọa Nhật Bản.", "THREATENED"),
        # a hedged passive
        ("Donald Trump có thể đang bị Nga đe dọa.", "THREATENED"),
    ],
)
def test_extraction_sanction_and_threat_no_fact(extractor, text: str, predicate: str) -> None:
    assert _facts(extractor, text, predicate) == []


def test_extraction_sanctions_named_inside_a_complied_phrase(extractor) -> None:
    text = "Nga thực thi các lệnh trừng phạt của EU nhằm vào Iran."
    assert pairs(_facts(extractor, text, "SANCTIONED")) == {("Liên minh châu Âu", "Iran")}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ông có nghĩ Nga sẽ yêu cầu Mỹ rút quân?", "DEMANDED"),
        ("Liệu Nhật Bản có gặp Triều Tiên?", "MET"),
        ("Triển vọng hợp tác giữa Mỹ và Nhật Bản rất hứa hẹn.", "COMMITTED"),
        ("Mỹ có một kế hoạch đầy hứa hẹn.", "COMMITTED"),
    ],
)
def test_extraction_questions_and_adjectives_no_fact(extractor, text: str, predicate: str) -> None:
    assert _facts(extractor, text, predicate) == []


@pytest.mark.parametrize(
    "text",
    [
        # a summit named after an organisation is no meeting with it
        "Nhật Bản tham gia hội nghị thượng đỉnh EU.",
        # not ruling a meeting out is no meeting
        "Donald Trump không loại trừ cuộc gặp với Kim Jong-un.",
        # a trip to meet someone that was put off
        "Chuyến đi của Donald Trump tới Hà Nội gặp Kim Jong-un đã bị hoãn lại.",
        # keeping in touch is no meeting
        "Hàn Quốc sẽ giữ liên lạc và tiếp xúc chặt chẽ với Nhật Bản.",
    ],
)
def test_extraction_met_no_fact(extractor, text: str) -> None:
    assert _met(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('"Nga sẽ không đạt được gì khi rút khỏi hiệp ước", Tổng thống Donald Trump cảnh báo hôm 3/7.', "asserted"),
        (
            '"Nếu Nga tấn công, chúng tôi sẽ đáp trả", Tổng thống Donald Trump cảnh báo, nhắc tới đồng minh.',
            "conditional",
        ),
    ],
)
def test_extraction_speech_verb_after_a_quote_says_the_quote(extractor, text: str, status: str) -> None:
    facts = _facts(extractor, text, "WARNED")
    quote = text[1 : text.index('",')]
    assert [(t.subject.name, t.object.text, t.status.value) for t in facts] == [("Donald Trump", quote, status)]


def test_extraction_quote_opened_inside_a_value_closes_inside_it(extractor) -> None:
    facts = _facts(extractor, "Mỹ cảnh báo “mối đe dọa” từ Triều Tiên sau vụ phóng mới nhất.", "WARNED")
    assert len(facts) == 1
    assert facts[0].object.text.endswith("từ Triều Tiên sau vụ phóng mới nhất")


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        ("Donald Trump, đại diện của chính phủ Mỹ tại cuộc đàm phán, đã ký kết văn bản này.", "AGREED", "Donald Trump"),
        ("Donald Trump, trong chuyến thăm Nhật Bản, kêu gọi đàm phán.", "CALLED_FOR", "Donald Trump"),
        ("Donald Trump, người vừa tới Italy, kêu gọi đàm phán.", "CALLED_FOR", "Donald Trump"),
    ],
)
def test_extraction_names_in_an_aside_are_not_the_subject(extractor, text: str, predicate: str, subject: str) -> None:
    assert [t.subject.name for t in _facts(extractor, text, predicate)] == [subject]
