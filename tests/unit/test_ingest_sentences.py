"""Sentence splitting with offsets: abbreviations, numbers, quotes, paragraphs."""

from __future__ import annotations

import pytest

from graphkit.ingest import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn tới TP.HCM hôm qua. Sau đó đoàn đi Cần Thơ.", ["Đoàn tới TP.HCM hôm qua.", "Sau đó đoàn đi Cần Thơ."]),
        ("TP. Hồ Chí Minh có nhiều khu công nghiệp.", ["TP. Hồ Chí Minh có nhiều khu công nghiệp."]),
        ("Ông làm việc tại Tp. Đà Nẵng nhiều năm.", ["Ông làm việc tại Tp. Đà Nẵng nhiều năm."]),
        (
            "ThS. Lê An, TS. Võ Bình, PGS. Đỗ Cường và GS. Hồ Dũng dự hội thảo.",
            ["ThS. Lê An, TS. Võ Bình, PGS. Đỗ Cường và GS. Hồ Dũng dự hội thảo."],
        ),
        ("Mr. Brown gặp đại diện U.S. Army tại căn cứ.", ["Mr. Brown gặp đại diện U.S. Army tại căn cứ."]),
        ("Ông J. Biden phát biểu tại Nhà Trắng.", ["Ông J. Biden phát biểu tại Nhà Trắng."]),
        (
            "Ông George W. Bush thăm châu Á. Thủ tướng đón ông.",
            ["Ông George W. Bush thăm châu Á.", "Thủ tướng đón ông."],
        ),
        ("Đoàn đã tới Ý. Sau đó đoàn sang Pháp.", ["Đoàn đã tới Ý.", "Sau đó đoàn sang Pháp."]),
        ("Ông H.R. McMaster có mặt tại St. Petersburg.", ["Ông H.R. McMaster có mặt tại St. Petersburg."]),
        (
            "Các nước Anh, Pháp v.v. và nhiều nước khác phản đối.",
            ["Các nước Anh, Pháp v.v. và nhiều nước khác phản đối."],
        ),
        ("Họ bàn về thuế, năng lượng v.v. Cuộc họp kéo dài.", ["Họ bàn về thuế, năng lượng v.v.", "Cuộc họp kéo dài."]),
        ("Hội nghị diễn ra ngày 7/12/2021 tại Paris.", ["Hội nghị diễn ra ngày 7/12/2021 tại Paris."]),
        (
            "Mỹ điều thêm 1.800 binh sĩ. Chi tiêu tăng 3,5% so với năm trước.",
            ["Mỹ điều thêm 1.800 binh sĩ.", "Chi tiêu tăng 3,5% so với năm trước."],
        ),
        ("Tỷ lệ đạt 2.75 điểm trong quý.", ["Tỷ lệ đạt 2.75 điểm trong quý."]),
        ("Ông nói rằng... chưa có gì chắc chắn.", ["Ông nói rằng... chưa có gì chắc chắn."]),
        ("Ông nói rằng… chưa có gì chắc chắn.", ["Ông nói rằng… chưa có gì chắc chắn."]),
        ('"Chúng tôi sẵn sàng đàm phán…", ông nói.', ['"Chúng tôi sẵn sàng đàm phán…", ông nói.']),
        ('"Chúng tôi sẵn sàng.", ông nói.', ['"Chúng tôi sẵn sàng.", ông nói.']),
        (
            '"Chúng tôi sẵn sàng." Ông nói thêm rằng hai bên cần gặp lại.',
            ['"Chúng tôi sẵn sàng."', "Ông nói thêm rằng hai bên cần gặp lại."],
        ),
        (
            "“Chúng tôi sẵn sàng.” Ông nói thêm rằng hai bên cần gặp lại.",
            ["“Chúng tôi sẵn sàng.”", "Ông nói thêm rằng hai bên cần gặp lại."],
        ),
        ("Tại sao lại như vậy? Không ai trả lời!", ["Tại sao lại như vậy?", "Không ai trả lời!"]),
        (
            "Vụ việc xảy ra lúc rạng sáng. 12 người bị thương.",
            ["Vụ việc xảy ra lúc rạng sáng.", "12 người bị thương."],
        ),
        ("Đoạn một không có dấu chấm\n\nĐoạn hai.", ["Đoạn một không có dấu chấm", "Đoạn hai."]),
        ("Câu một.\n\n\nCâu hai.\nCâu ba.", ["Câu một.", "Câu hai.", "Câu ba."]),
        (
            "Ông Putin (Nga) đã tới. (Ông ở lại hai ngày.) Sau đó ông về.",
            ["Ông Putin (Nga) đã tới.", "(Ông ở lại hai ngày.)", "Sau đó ông về."],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_split_sentences_empty(text: str) -> None:
    assert split_sentences(text) == []


def test_split_sentences_offsets_are_stripped_and_ordered() -> None:
    text = "  Câu một.   Câu hai.  \n\n  Câu ba.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Câu một.", "Câu hai.", "Câu ba."]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hai ngoại trưởng bắt tay ở Jakarta (Ảnh: AFP) Cuộc hội đàm diễn ra sau đó.",
            ["Hai ngoại trưởng bắt tay ở Jakarta (Ảnh: AFP)", "Cuộc hội đàm diễn ra sau đó."],
        ),
        (
            "Hai thủ tướng tại lễ đón (phải). Nguồn: example.com Sau lễ đón, hai bên hội đàm.",
            ["Hai thủ tướng tại lễ đón (phải).", "Nguồn: example.com", "Sau lễ đón, hai bên hội đàm."],
        ),
        (
            "Thủ tướng nói (ảnh minh họa) rằng hai bên sẽ gặp lại.",
            ["Thủ tướng nói (ảnh minh họa) rằng hai bên sẽ gặp lại."],
        ),
    ],
)
def test_split_sentences_photo_credit_ends_a_caption(text: str, expected: list[str]) -> None:
    assert _split(text) == expected
