"""Content predicates: value text, topic from the ontology's cues, addressee, subject."""

from __future__ import annotations

import pytest

from graphkit.models import ContentTriple
from tests.unit.extraction_docs import facts, make_doc


def _content(extractor, text, predicate):
    return [t for t in extractor.extract(make_doc(text)).triples if t.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "topic", "addressee"),
    [
        ("Nga yêu cầu Mỹ rút quân khỏi Đông Âu.", "DEMANDED", "Nga", "troop_withdrawal", "Mỹ"),
        ("Nga đòi phương Tây đưa ra bảo đảm an ninh pháp lý.", "DEMANDED", "Nga", "security_guarantees", None),
        ("Moskva hối thúc Mỹ rút binh sĩ khỏi Ba Lan.", "CALLED_FOR", "Nga", "troop_withdrawal", "Mỹ"),
        ("Liên hợp quốc kêu gọi các bên ngừng bắn ngay lập tức.", "CALLED_FOR", "Liên hợp quốc", "ceasefire", None),
        (
            "Tổng thống Macron đề xuất tổ chức hội nghị thượng đỉnh về an ninh châu Âu.",
            "PROPOSED",
            "Emmanuel Macron",
            "security_guarantees",
            None,
        ),
        ("Mỹ cam kết viện trợ nhân đạo cho người dân Ukraine.", "COMMITTED", "Mỹ", "humanitarian_aid", None),
        (
            "Tổng thống Putin và Tổng thống Macron nhất trí thúc đẩy giải pháp ngoại giao.",
            "AGREED",
            "Vladimir Putin",
            "negotiations",
            None,
        ),
        ("EU yêu cầu Nga trả tự do cho các nhà báo.", "DEMANDED", "Liên minh châu Âu", "release_of_detainees", "Nga"),
    ],
)
def test_content_fact(extractor, text, predicate, subject, topic, addressee):
    triples = _content(extractor, text, predicate)
    match = [t for t in triples if t.subject.name == subject]
    assert match, triples
    fact = match[0]
    assert isinstance(fact, ContentTriple)
    assert fact.object.topic == topic
    assert (
        fact.object.type
        == {
            "DEMANDED": "DEMAND",
            "CALLED_FOR": "APPEAL",
            "PROPOSED": "PROPOSAL",
            "COMMITTED": "COMMITMENT",
            "AGREED": "AGREEMENT",
        }[predicate]
    )
    assert (fact.addressee.name if fact.addressee else None) == addressee
    assert fact.object.text and fact.object.text in text
    assert len(fact.object.text.split()) <= 25


def test_agreement_by_coordinated_actors_gives_one_fact_each(extractor):
    triples = _content(extractor, "Mỹ và Nhật Bản đã ký thỏa thuận thương mại mới.", "AGREED")
    assert {t.subject.name for t in triples} == {"Mỹ", "Nhật Bản"}
    assert {t.object.topic for t in triples} == {"trade"}


def test_nominal_demand_with_possessor(extractor):
    text = "Mỹ và NATO phải xem xét các yêu cầu của Nga về đảm bảo an ninh."
    triples = _content(extractor, text, "DEMANDED")
    assert [(t.subject.name, t.object.topic) for t in triples] == [("Nga", "security_guarantees")]


def test_value_text_stops_at_clause_end(extractor):
    text = "Nga yêu cầu NATO ngừng mở rộng về phía đông, trong khi Mỹ kêu gọi đối thoại."
    demanded = _content(extractor, text, "DEMANDED")[0]
    assert demanded.object.text == "ngừng mở rộng về phía đông"
    assert demanded.object.topic == "nato_non_expansion"
    called = _content(extractor, text, "CALLED_FOR")[0]
    assert called.subject.name == "Mỹ"
    assert called.object.topic == "negotiations"


def test_long_clause_is_trimmed_to_25_words(extractor):
    tail = " ".join(["các biện pháp"] * 30)
    triples = _content(extractor, f"Nga yêu cầu Mỹ thực hiện {tail}.", "DEMANDED")
    assert len(triples[0].object.text.split()) == 25


def test_topic_other_when_no_cue(extractor):
    triples = _content(extractor, "Nga yêu cầu Mỹ suy nghĩ lại hành động của mình.", "DEMANDED")
    assert triples[0].object.topic == "other"


def test_no_content_fact_without_content(extractor):
    assert _content(extractor, "Nga đã gửi yêu cầu.", "DEMANDED") == []


def test_listed_demands_give_one_fact_per_topic(extractor):
    text = "Nga yêu cầu NATO ngừng mở rộng về phía đông và rút quân khỏi Đông Âu."
    topics = [t.object.topic for t in _content(extractor, text, "DEMANDED")]
    assert topics == ["nato_non_expansion", "troop_withdrawal"]


def test_demand_with_one_topic_is_one_fact(extractor):
    text = "Nga yêu cầu Mỹ rút quân khỏi Ba Lan và Đông Âu."
    assert [t.object.topic for t in _content(extractor, text, "DEMANDED")] == ["troop_withdrawal"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Tổng thống Macron đề cao cam kết phi hạt nhân hóa của Tổng thống Putin.", "Vladimir Putin"),
        ("Tổng thống Macron ghi nhận cam kết ngừng bắn của Nga.", "Nga"),
        # the verb's own value may end with a possessive: still the subject's commitment
        ("Tổng thống Macron cam kết ủng hộ kế hoạch của Nga.", "Emmanuel Macron"),
    ],
)
def test_regarded_commitment_belongs_to_its_possessor(extractor, text, owner):
    got = [f for f in facts(extractor.extract(make_doc(text)).triples) if f[0] == "COMMITTED"]
    assert [f[1] for f in got] == [owner]


def test_a_vow_is_a_commitment(extractor):
    doc = make_doc("Ngoại trưởng Mỹ Antony Blinken thề sẽ tăng cường quan hệ với Nhật Bản.")
    assert ("COMMITTED", "Antony Blinken", "~cooperation", "asserted") in facts(extractor.extract(doc).triples)


def test_the_administration_of_a_leader_calls_for_the_state(extractor):
    doc = make_doc("Chính quyền Tổng thống Nga Vladimir Putin hối thúc Pháp tăng cường đối thoại.")
    got = {f for f in facts(extractor.extract(doc).triples) if f[0] == "CALLED_FOR"}
    assert {f[1] for f in got} == {"Nga"}
