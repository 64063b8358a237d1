"""Status: negated, planned, conditional; denials scope over other triggers."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import facts, make_doc


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Tổng thống Putin không gặp Tổng thống Macron.", ("MET", "Vladimir Putin", "Emmanuel Macron", "negated")),
        ("Nga chưa đồng ý rút quân khỏi biên giới.", ("AGREED", "Nga", "~troop_withdrawal", "negated")),
        ("Mỹ không có ý định trừng phạt Trung Quốc.", ("SANCTIONED", "Mỹ", "Trung Quốc", "negated")),
        ("Mỹ chẳng hề ủng hộ Nga.", ("SUPPORTED", "Mỹ", "Nga", "negated")),
        (
            "Ngoại trưởng Mỹ Antony Blinken sẽ gặp Ngoại trưởng Nga Sergei Lavrov tuần tới.",
            ("MET", "Antony Blinken", "Sergei Lavrov", "planned"),
        ),
        ("Tổng thống Macron dự kiến thăm Moskva.", ("VISITED", "Emmanuel Macron", "Moskva", "planned")),
        (
            "Tổng thống Putin có kế hoạch gặp Tổng thống Macron.",
            ("MET", "Vladimir Putin", "Emmanuel Macron", "planned"),
        ),
        ("Nếu Nga tấn công Ukraine, Mỹ sẽ trừng phạt Nga.", ("SANCTIONED", "Mỹ", "Nga", "conditional")),
        (
            "Trong trường hợp Nga rút quân, EU sẽ dỡ bỏ trừng phạt và ủng hộ Nga.",
            ("SUPPORTED", "Liên minh châu Âu", "Nga", "conditional"),
        ),
        ("Tổng thống Putin điện đàm với Tổng thống Macron.", ("MET", "Vladimir Putin", "Emmanuel Macron", "asserted")),
    ],
)
def test_status(extractor, text, fact):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert fact in got
    others = {(p, s, o, st) for p, s, o, st in got if (p, s, o) == fact[:3] and st != fact[3]}
    assert not others, "a fact must not be emitted with two statuses"


def test_negated_fact_is_never_asserted(extractor):
    got = facts(extractor.extract(make_doc("Nga không hề cáo buộc Ukraine.")).triples)
    assert ("ACCUSED", "Nga", "Ukraine", "negated") in got
    assert ("ACCUSED", "Nga", "Ukraine", "asserted") not in got


def test_not_only_is_not_negation(extractor):
    got = facts(extractor.extract(make_doc("Mỹ không chỉ ủng hộ Ukraine mà còn viện trợ.")).triples)
    assert ("SUPPORTED", "Mỹ", "Ukraine", "asserted") in got


def test_denial_is_asserted_and_the_accusation_is_not_its_own(extractor):
    got = facts(extractor.extract(make_doc("Nga phủ nhận cáo buộc tấn công Ukraine.")).triples)
    assert ("DENIED", "Nga", "~other", "asserted") in got
    assert not [f for f in got if f[0] == "ACCUSED"]


def test_denied_action_is_negated(extractor):
    got = facts(extractor.extract(make_doc("Nga phủ nhận hỗ trợ phe ly khai ở Donbass.")).triples)
    assert ("DENIED", "Nga", "~other", "asserted") in got
    supported = [f for f in got if f[0] == "SUPPORTED"]
    assert supported and all(f[3] == "negated" for f in supported)


def test_accused_action_is_not_a_fact(extractor):
    got = facts(extractor.extract(make_doc("Ukraine cáo buộc Nga hậu thuẫn phe ly khai.")).triples)
    assert ("ACCUSED", "Ukraine", "Nga", "asserted") in got
    assert not [f for f in got if f[0] == "SUPPORTED"]


def test_threat_object_and_no_sanction_fact(extractor):
    got = facts(extractor.extract(make_doc("Mỹ đe dọa trừng phạt Nga.")).triples)
    assert ("THREATENED", "Mỹ", "Nga", "asserted") in got
    assert not [f for f in got if f[0] == "SANCTIONED"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # considering a demand is not making it
        (
            "Tổng thống Putin cho biết đang cân nhắc yêu cầu NATO rút quân khỏi Ba Lan.",
            ("DEMANDED", "Vladimir Putin", "~troop_withdrawal", "planned"),
        ),
        (
            "Nhật Bản đang cân nhắc kêu gọi các bên đàm phán.",
            ("CALLED_FOR", "Nhật Bản", "~negotiations", "planned"),
        ),
        # a relative clause after the subject does not qualify the main verb
        (
            "Thủ tướng Đức Olaf Scholz, người sẽ tới Kiev vào cuối tuần, kêu gọi đàm phán.",
            ("CALLED_FOR", "Olaf Scholz", "~negotiations", "asserted"),
        ),
        (
            "Thủ tướng Đức Olaf Scholz, người sẽ tới Kiev vào cuối tuần cũng kêu gọi đàm phán.",
            ("CALLED_FOR", "Olaf Scholz", "~negotiations", "asserted"),
        ),
        # a plan inside the clause before a contrast does not qualify the main verb
        (
            "Mặc dù Nga không tin Ukraine sẽ đồng ý, nhưng vẫn yêu cầu các bên kiên nhẫn.",
            ("DEMANDED", "Nga", "~other", "asserted"),
        ),
        (
            "Thủ tướng Đức Olaf Scholz, người vừa tới Kiev, sẽ kêu gọi đàm phán.",
            ("CALLED_FOR", "Olaf Scholz", "~negotiations", "planned"),
        ),
    ],
)
def test_status_of_considered_acts_and_relative_clauses(extractor, text, fact):
    assert fact in facts(extractor.extract(make_doc(text)).triples)


@pytest.mark.parametrize(
    "text",
    [
        "Nga và Mỹ họp kín nhiều tuần để cố gắng đạt được thỏa thuận về vùng an toàn.",
        "Các nhà ngoại giao Nga và Mỹ gặp nhau nhằm đạt thỏa thuận ngừng bắn.",
    ],
)
def test_no_agreement_from_a_purpose_clause(extractor, text):
    assert not [f for f in facts(extractor.extract(make_doc(text)).triples) if f[0] == "AGREED"]


def test_purpose_of_a_material_act_still_states_it(extractor):
    got = facts(extractor.extract(make_doc("Anh sẽ chi 500 triệu bảng để hỗ trợ Pháp.")).triples)
    assert ("SUPPORTED", "Anh", "Pháp", "planned") in got


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng không quân Ukraine do Mỹ hỗ trợ đã đánh chặn nhiều tên lửa.",
        "Mỹ hỗ trợ Ukraine tăng cường phòng không trước mùa đông.",
        "Pháp ủng hộ Ukraine sau các đợt không kích của Nga.",
        "Ngành hàng không Đức ủng hộ Ukraine bằng các chuyến bay nhân đạo.",
    ],
)
def test_air_and_space_words_do_not_negate(extractor, text):
    got = facts(extractor.extract(make_doc(text)).triples)
    assert [f for f in got if f[0] == "SUPPORTED" and f[3] == "asserted"]
    assert not [f for f in got if f[3] == "negated"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Nga sẽ không chấp nhận bất kỳ điều kiện nào của NATO.", "asserted"),
        ("Mỹ sẽ không đàm phán với Nga về vấn đề này.", "asserted"),
        ("Mỹ sẽ bác bỏ đề xuất của Nga.", "planned"),
        ("Nga không hề chấp nhận đề xuất ngừng bắn của Ukraine.", "asserted"),
        ("Trung Quốc không bao giờ chấp nhận việc Mỹ bán vũ khí cho Đài Loan.", "asserted"),
    ],
)
def test_refusal_of_what_is_to_come_is_made_now(extractor, text, status):
    got = [f for f in facts(extractor.extract(make_doc(text)).triples) if f[0] == "REJECTED"]
    assert got and {f[3] for f in got} == {status}
