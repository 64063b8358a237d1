"""Topics of a value: the first cue, then cues of phrases coordinated with it, not cues
inside a purpose or condition hanging off the value."""

from __future__ import annotations

import pytest

from graphkit.extraction.lexicon import build_lexicon


@pytest.fixture(scope="module")
def lex():
    return build_lexicon()


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("ngừng mở rộng về phía đông và rút hạ tầng quân sự", ["nato_non_expansion", "troop_withdrawal"]),
        ("một loạt biện pháp giảm căng thẳng, trong đó có đàm phán", ["ceasefire", "negotiations"]),
        (
            "rút toàn bộ quân khỏi lãnh thổ và bồi thường thiệt hại như điều kiện tiên quyết cho các cuộc đàm phán",
            ["troop_withdrawal"],
        ),
        ("dỡ bỏ trừng phạt để nối lại đàm phán", ["sanctions_relief"]),
        ("trả tự do cho các tù nhân và mở hành lang nhân đạo", ["release_of_detainees", "humanitarian_aid"]),
        # what is discussed is one value, not several
        ("đàm phán về các bước đi cũng như cách hợp tác kinh tế", ["negotiations"]),
    ],
)
def test_topics_of_coordinated_phrases(lex, text: str, topics: list[str]) -> None:
    assert lex.topics_of(text) == topics


@pytest.mark.parametrize(
    ("window", "kind"),
    [
        ("gửi 14 xe tăng Leopard 2", "military"),
        ("chuyển giao 12 hệ thống phòng không", "military"),
        ("gửi 500 tấn lương thực", "humanitarian"),
        ("gửi thư", None),
    ],
)
def test_support_kind_of_materiel(lex, window: str, kind: str | None) -> None:
    assert lex.support_kind(window) == kind


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the main clause names the value; a purpose or background clause does not
        ("gặp mặt để bàn về chương trình hạt nhân", "negotiations"),
        ("ngừng tấn công trong bối cảnh giá khí đốt tăng", "ceasefire"),
        # with nothing in the main clause, the purpose names it
        ("lập một nhóm công tác nhằm mở hành lang nhân đạo", "humanitarian_aid"),
        # militarising is not supplying arms; stopping a deployment is a withdrawal
        ("ngừng quân sự hóa các đảo nhân tạo", "other"),
        ("ngừng triển khai tàu chiến gần bờ biển", "troop_withdrawal"),
        # delaying sanctions relieves them; maximum pressure is a sanctions campaign
        ("trì hoãn các lệnh trừng phạt mới", "sanctions_relief"),
        ("cùng gây sức ép tối đa lên Bình Nhưỡng", "sanctions"),
        ("tổ chức thảo luận về các đề xuất", "negotiations"),
        # a condition names no topic, even when the main clause names none
        ("khởi động lại lò phản ứng nếu các bên không cứu thỏa thuận hạt nhân", "other"),
        # an aside on the addressee names no topic
        ("các nước, đặc biệt là những nước xuất khẩu vũ khí, sớm tham gia đàm phán", "negotiations"),
        # "armed" describes, arming supplies
        ("giải giáp phe đối lập vũ trang", "other"),
        ("ngừng vũ trang cho phe ly khai", "arms_supply"),
        # blacklisting is a sanction; a phone call or talks asked for is a negotiation
        ("đưa ba ngân hàng của nước này vào danh sách đen", "sanctions"),
        ("sớm điện đàm với người đồng cấp để hạ nhiệt căng thẳng", "negotiations"),
        ("nối lại các cuộc hội đàm cấp bộ trưởng", "negotiations"),
    ],
)
def test_topic_of_main_clause(lex, text: str, topic: str) -> None:
    assert lex.topic_of(text) == topic
    assert lex.topics_of(text)[0] == topic
