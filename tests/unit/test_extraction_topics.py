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
