"""Sanctions named in relative and passive clauses, undergone by their target, kept or
continued; subjects listed after "gồm"; pronouns inside a first-person quote."""

from __future__ import annotations

import pytest

from tests.unit.extraction_docs import COMMON, Ent, facts, make_doc

ENTS = [
    *COMMON,
    Ent("Iran", "COUNTRY", "Iran"),
    Ent("Triều Tiên", "COUNTRY", "Triều Tiên"),
    Ent("Cuba", "COUNTRY", "Cuba"),
    Ent("Syria", "COUNTRY", "Syria"),
    Ent("Venezuela", "COUNTRY", "Venezuela"),
    Ent("Tehran", "LOCATION", "Tehran", speaks_for="Iran"),
    Ent("Obama", "PERSON", "Barack Obama"),
    Ent("Huawei", "ORGANIZATION", "Huawei"),
    Ent("ZTE", "ORGANIZATION", "ZTE"),
    Ent("Hội đồng Bảo an", "ORGANIZATION", "Hội đồng Bảo an Liên Hợp Quốc"),
    Ent(
        "Tổng thống Ukraine Volodymyr Zelensky",
        "PERSON",
        "Volodymyr Zelensky",
        role="Tổng thống",
        affiliation="Ukraine",
    ),
]


def _of(extractor, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {(s, o, st) for p, s, o, st in facts(extractor.extract(make_doc(text, ENTS)).triples) if p == predicate}


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # 1. a passive or "do" clause names the sanctioner after the sanction noun
        (
            "Lệnh trừng phạt được chính quyền Mỹ áp đặt lên Cuba từ nhiều thập kỷ vẫn còn hiệu lực.",
            "SANCTIONED",
            {("Mỹ", "Cuba", "asserted")},
        ),
        (
            "Các biện pháp trừng phạt do EU áp đặt đối với Syria đã được gia hạn thêm một năm.",
            "SANCTIONED",
            {("Liên minh châu Âu", "Syria", "asserted")},
        ),
        (
            "Lệnh trừng phạt được chính quyền Obama áp đặt lên Cuba chưa từng được dỡ bỏ hoàn toàn.",
            "SANCTIONED",
            {("Barack Obama", "Cuba", "asserted")},
        ),
        # 2. the target undergoes the sanction; one fact per listed target
        ("Iran chịu lệnh trừng phạt mà Mỹ áp đặt từ năm 2018.", "SANCTIONED", {("Mỹ", "Iran", "asserted")}),
        (
            "Hai công ty Huawei và ZTE chịu lệnh trừng phạt mà Mỹ công bố hồi tháng trước.",
            "SANCTIONED",
            {("Mỹ", "Huawei", "asserted"), ("Mỹ", "ZTE", "asserted")},
        ),
        (
            "Venezuela hứng chịu các lệnh trừng phạt do Mỹ áp đặt trong nhiều năm.",
            "SANCTIONED",
            {("Mỹ", "Venezuela", "asserted")},
        ),
        (
            "Triều Tiên bị các lệnh trừng phạt của Hội đồng Bảo an từ năm 2006.",
            "SANCTIONED",
            {("Hội đồng Bảo an Liên Hợp Quốc", "Triều Tiên", "asserted")},
        ),
        (
            "Nga phải hứng chịu hàng loạt lệnh trừng phạt do EU và Mỹ áp đặt.",
            "SANCTIONED",
            {("Liên minh châu Âu", "Nga", "asserted"), ("Mỹ", "Nga", "asserted")},
        ),
        # 3. a relative clause without "mà"; a condemned sanction names its author
        (
            "Các lệnh trừng phạt Mỹ tung ra nhằm vào Nga khiến đồng rúp mất giá.",
            "SANCTIONED",
            {("Mỹ", "Nga", "asserted")},
        ),
        (
            "Trung Quốc lên án các lệnh trừng phạt Mỹ áp đặt nhằm vào Triều Tiên.",
            "ACCUSED",
            {("Trung Quốc", "Mỹ", "asserted")},
        ),
        (
            "Nga chỉ trích các biện pháp trừng phạt EU vừa công bố đối với Moskva.",
            "ACCUSED",
            {("Nga", "Liên minh châu Âu", "asserted")},
        ),
        # 7. keeping or continuing sanctions
        (
            "Mỹ sẽ duy trì các lệnh trừng phạt với Triều Tiên cho tới khi Bình Nhưỡng từ bỏ vũ khí hạt nhân.",
            "SANCTIONED",
            {("Mỹ", "Triều Tiên", "planned")},
        ),
        (
            "EU tiếp tục các lệnh trừng phạt đối với Nga trong năm nay.",
            "SANCTIONED",
            {("Liên minh châu Âu", "Nga", "asserted")},
        ),
        (
            "EU quyết định duy trì các biện pháp trừng phạt chống lại Nga thêm sáu tháng.",
            "SANCTIONED",
            {("Liên minh châu Âu", "Nga", "asserted")},
        ),
        ("Mỹ tiếp tục duy trì lệnh trừng phạt đối với Cuba.", "SANCTIONED", {("Mỹ", "Cuba", "asserted")}),
    ],
)
def test_constructions(extractor, text, predicate, expected):
    assert _of(extractor, text, predicate) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no clause imposing anything: the noun's modifier is its target, not a sanctioner
        "Các lệnh trừng phạt Nga có hiệu lực từ hôm nay.",
        # a relative clause that lifts the sanction imposes nothing
        "Iran chịu lệnh trừng phạt mà Mỹ vừa dỡ bỏ.",
    ],
)
def test_no_sanctioner(extractor, text):
    assert _of(extractor, text, "SANCTIONED") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 4. a verb phrase coordinated under the subject of a temporal clause
        (
            "Sau khi Mỹ rút khỏi thỏa thuận hạt nhân năm 2015 và áp đặt hàng loạt biện pháp trừng phạt đối với Iran,"
            " Tehran tuyên bố sẽ tăng làm giàu urani.",
            {("Mỹ", "Iran", "asserted")},
        ),
        ("Mỹ rút khỏi thỏa thuận và áp đặt hàng loạt biện pháp trừng phạt đối với Iran.", {("Mỹ", "Iran", "asserted")}),
        # a reported clause in between: its subject is not carried
        ("Ông Putin cho biết Nga chưa nhận được phản hồi và áp đặt lệnh trừng phạt lên Ba Lan.", set()),
    ],
)
def test_coordinated_verb_phrase(extractor, text, expected):
    assert _of(extractor, text, "SANCTIONED") == expected


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # 5. the members listed after "gồm" / "bao gồm" are the subjects
        (
            "Các cường quốc gồm Anh, Pháp, Đức và Nga vẫn ủng hộ Ukraine.",
            "SUPPORTED",
            {("Anh", "Ukraine", "asserted"), ("Pháp", "Ukraine", "asserted"), ("Đức", "Ukraine", "asserted")}
            | {("Nga", "Ukraine", "asserted")},
        ),
        (
            "Nhóm các nước bao gồm Anh, Pháp và Đức đã lên án Nga.",
            "ACCUSED",
            {("Anh", "Nga", "asserted"), ("Pháp", "Nga", "asserted"), ("Đức", "Nga", "asserted")},
        ),
        # 6. a third-person pronoun in a first-person quote is the other person named there
        (
            '"Tôi đã nói chuyện với Tổng thống Pháp Emmanuel Macron qua điện thoại và ông ấy ủng hộ Ukraine",'
            " Tổng thống Ukraine Volodymyr Zelensky nói.",
            "SUPPORTED",
            {("Emmanuel Macron", "Ukraine", "asserted")},
        ),
        (
            'Tổng thống Ukraine Volodymyr Zelensky cho biết: "Tôi đã gặp Thủ tướng Đức Olaf Scholz và ông ấy ủng hộ'
            ' Kiev".',
            "SUPPORTED",
            {("Olaf Scholz", "Ukraine", "asserted")},
        ),
        (
            "Tổng thống Ukraine Volodymyr Zelensky cho biết ông đã điện đàm với Thủ tướng Đức Olaf Scholz và ông ấy"
            " ủng hộ Kiev.",
            "SUPPORTED",
            {("Olaf Scholz", "Ukraine", "asserted")},
        ),
        # no other person named: the pronoun keeps its usual referent
        (
            "Tổng thống Ukraine Volodymyr Zelensky nói rằng ông ấy ủng hộ Ba Lan.",
            "SUPPORTED",
            {("Volodymyr Zelensky", "Ba Lan", "asserted")},
        ),
    ],
)
def test_listed_subjects_and_pronouns(extractor, text, predicate, expected):
    assert _of(extractor, text, predicate) == expected


def test_administration_of_a_leader_acts_for_the_state(extractor):
    text = "Quan hệ giữa Mỹ và Cuba căng thẳng. Lệnh trừng phạt được chính quyền Obama áp đặt lên Cuba vẫn còn."
    doc = make_doc(text, ENTS)
    for ent in doc.entities:
        if ent.name == "Barack Obama":
            ent.roles = ["Tổng thống Mỹ"]
    got = {f for f in facts(extractor.extract(doc).triples) if f[0] == "SANCTIONED"}
    assert got == {("SANCTIONED", "Mỹ", "Cuba", "asserted")}
