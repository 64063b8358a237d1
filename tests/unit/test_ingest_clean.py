"""The cleaner removes web noise and never removes real content."""

from __future__ import annotations

import pytest

from graphkit.ingest.clean import clean_text, is_byline, line_caption

BODY = "Ngoại trưởng hai nước đã hội đàm tại Hà Nội về hợp tác kinh tế và an ninh khu vực."
BODY2 = "Hai bên nhất trí tăng cường trao đổi đoàn cấp cao trong thời gian tới."


def _clean(*lines: str):
    return clean_text("\n".join([BODY, *lines, BODY2]))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Bình luận (0)", "comments"),
        ("Bình luận", "comments"),
        ("0 bình luận", "comments"),
        ("12 Bình luận", "comments"),
        ("Gửi bình luận", "comments"),
        ("0:00 / 0:00", "player"),
        ("00:00 / 02:15", "player"),
        ("0:00", "player"),
        ("Video đang phát", "player"),
        ("Play", "player"),
        ("Quảng cáo", "player"),
        ("Trang chủ Thế giới Thời sự Kinh doanh", "menu"),
        ("Thời sự | Thế giới | Quân sự | Video", "menu"),
        ("Thế giới > Quân sự", "menu"),
        ("Trang chủ » Quốc tế » Châu Á", "menu"),
        ("Chia sẻ", "share"),
        ("Facebook Twitter", "share"),
        ("In bài", "share"),
        ("Chia sẻ Facebook Zalo Email", "share"),
        ("Thứ Ba, 8/2/2022, 06:30 (GMT+7)", "dateline"),
        ("Cập nhật: 08:15 08/02/2022", "dateline"),
    ],
)
def test_clean_removes_noise_lines(line: str, kind: str) -> None:
    result = _clean(line)
    assert result.text == f"{BODY}\n\n{BODY2}"
    assert [(r.kind, r.text) for r in result.removed] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Bức ảnh chụp hai nhà lãnh đạo bắt tay được chia sẻ rộng rãi trên mạng xã hội.",
        "Hình ảnh vệ tinh cho thấy nhiều xe quân sự tập trung gần biên giới.",
        "Ông cho biết cuộc đàm phán vẫn đang tiếp diễn và chưa có kết quả cuối cùng…",
        "Tình hình vẫn còn nhiều bất ổn...",
        '"Chúng tôi sẽ không nhượng bộ trước sức ép", ông nói.',
        "“Hòa bình là lựa chọn duy nhất”, bà khẳng định.",
        "Theo Reuters, hai bên đã đạt được thỏa thuận sơ bộ vào tối qua.",
        "Theo TTXVN, phái đoàn sẽ lưu lại thủ đô trong ba ngày.",
        "Bình luận về sự kiện này, giới phân tích cho rằng căng thẳng sẽ giảm.",
        "Chia sẻ với báo chí, người phát ngôn khẳng định lập trường không thay đổi.",
        "Xem thêm các chi tiết trong báo cáo, các chuyên gia kết luận rủi ro vẫn cao.",
        "Sự kiện này đánh dấu bước ngoặt trong quan hệ hai nước.",
        "Thế giới đang theo dõi sát diễn biến tại khu vực.",
        "Ông Putin nói: Không.",
        "Hội nghị kết thúc lúc 17:30 cùng ngày.",
        "Video ghi lại cảnh đoàn xe đi qua trung tâm thành phố đã lan truyền nhanh chóng.",
        "Nga phản đối.",
    ],
)
def test_clean_keeps_real_content(line: str) -> None:
    result = _clean(line)
    assert result.text == f"{BODY}\n\n{line}\n\n{BODY2}"
    assert result.removed == []
    assert result.captions == []


@pytest.mark.parametrize(
    "header",
    ["Xem thêm:", "Tin liên quan", "Đọc thêm:", "Tin liên quan:", "Dòng sự kiện"],
)
def test_clean_removes_related_block_with_headlines(header: str) -> None:
    text = "\n".join(
        [
            BODY,
            header,
            "Hai nước ký hiệp định thương mại tự do",
            "Thủ tướng kêu gọi tăng cường hợp tác…",
            "Căng thẳng leo thang ở biên giới phía Bắc...",
            "",
            BODY2,
        ]
    )
    result = clean_text(text)
    assert result.text == f"{BODY}\n\n{BODY2}"
    assert len(result.removed) == 4
    assert {r.kind for r in result.removed} <= {"related", "events"}


def test_clean_removes_inline_related_header_line() -> None:
    result = _clean("Xem thêm: Tổng thống hai nước điện đàm về tình hình khu vực")
    assert result.text == f"{BODY}\n\n{BODY2}"
    assert result.removed[0].kind == "related"


def test_clean_removes_run_of_truncated_headlines_but_not_a_single_one() -> None:
    run = clean_text(
        "\n".join([BODY, "Nga cảnh báo phương Tây về việc mở rộng…", "Liên minh châu Âu họp khẩn về…", BODY2])
    )
    assert run.text == f"{BODY}\n\n{BODY2}"
    assert [r.kind for r in run.removed] == ["related", "related"]
    single = clean_text("\n".join([BODY, "Nga cảnh báo phương Tây về việc mở rộng…", BODY2]))
    assert "Nga cảnh báo phương Tây về việc mở rộng…" in single.text


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Hai ngoại trưởng bắt tay trước cuộc hội đàm. (Ảnh: Reuters)",
            "Hai ngoại trưởng bắt tay trước cuộc hội đàm.",
            "Reuters",
        ),
        ("Tàu hải quân tham gia cuộc tập trận chung. Ảnh: AFP", "Tàu hải quân tham gia cuộc tập trận chung.", "AFP"),
        ("Quang cảnh phiên họp (Ảnh minh họa: Getty)", "Quang cảnh phiên họp", "Getty"),
        ("Binh sĩ tuần tra gần biên giới. Ảnh: AFP/TTXVN", "Binh sĩ tuần tra gần biên giới.", "AFP/TTXVN"),
        ("Thủ tướng phát biểu tại hội nghị. Ảnh: Trần Minh Đức.", "Thủ tướng phát biểu tại hội nghị.", "Trần Minh Đức"),
        ("Tổng thống tiếp đón phái đoàn (Nguồn: Tass).", "Tổng thống tiếp đón phái đoàn", "Tass"),
    ],
)
def test_clean_moves_captions_out_of_the_body(line: str, caption: str, credit: str) -> None:
    result = _clean(line)
    assert result.text == f"{BODY}\n\n{BODY2}"
    assert [(c.text, c.credit) for c in result.captions] == [(caption, credit)]


def test_clean_extracts_inline_caption_from_flattened_paragraph() -> None:
    text = (
        "Phái đoàn đã tới thủ đô vào sáng nay. Đoàn xe rời sân bay dưới mưa. Ảnh: Reuters "
        "Cuộc hội đàm kéo dài ba giờ và kết thúc bằng một thông cáo chung."
    )
    result = clean_text(text)
    assert result.text == (
        "Phái đoàn đã tới thủ đô vào sáng nay. Cuộc hội đàm kéo dài ba giờ và kết thúc bằng một thông cáo chung."
    )
    assert [(c.text, c.credit) for c in result.captions] == [("Đoàn xe rời sân bay dưới mưa.", "Reuters")]


def test_clean_inline_caption_with_a_web_address_credit() -> None:
    text = (
        "Phái đoàn đã tới thủ đô vào sáng nay. Hai bộ trưởng tại lễ đón (trái). Nguồn: reuters.com "
        "Trong cuộc gặp, hai bên bàn về thương mại."
    )
    result = clean_text(text)
    assert result.text == "Phái đoàn đã tới thủ đô vào sáng nay. Trong cuộc gặp, hai bên bàn về thương mại."
    assert [(c.text, c.credit) for c in result.captions] == [("Hai bộ trưởng tại lễ đón (trái).", "reuters.com")]


def test_clean_duplicate_caption_is_kept_once() -> None:
    cap = "Hai nhà lãnh đạo tại buổi họp báo chung. Ảnh: Reuters"
    result = _clean(cap, cap)
    assert len(result.captions) == 1
    assert result.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "byline",
    [
        "Minh Anh (Theo Reuters, AFP)",
        "Thanh Hà / VOV.VN",
        "Thanh Hà/VOV-Bắc Kinh",
        "Hồng Nhung | 08:15 08/02/2022",
        "Theo TTXVN",
        "Lan Phương (lược dịch)",
        "Quốc Bảo (tổng hợp)",
        "TTXVN/Tin Tức",
        "Hoài An",
    ],
)
def test_clean_removes_byline_at_the_end(byline: str) -> None:
    as_line = clean_text(f"{BODY}\n{BODY2}\n{byline}")
    assert as_line.text == f"{BODY}\n\n{BODY2}"
    assert [(r.kind, r.text) for r in as_line.removed] == [("byline", byline)]
    inline = clean_text(f"{BODY}\n{BODY2} {byline}")
    assert inline.text == f"{BODY}\n\n{BODY2}"
    assert inline.removed[-1].text == byline


def test_clean_keeps_name_like_line_in_the_middle() -> None:
    result = clean_text(f"{BODY}\nHoài An\n{BODY2}")
    assert "Hoài An" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Minh Anh (Theo Reuters, AFP)",
        "Thanh Hà / VOV.VN",
        "Theo TTXVN",
        "PV/VOV-Washington",
    ],
)
def test_is_byline_true(text: str) -> None:
    assert is_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo Reuters, hai bên đã nhất trí.",
        "Nga phản đối kế hoạch này.",
        "Ông Trump nói",
        '"Chúng tôi sẵn sàng"',
        "Hội nghị diễn ra tại Paris?",
    ],
)
def test_is_byline_false(text: str) -> None:
    assert not is_byline(text)


def test_line_caption_requires_a_credit() -> None:
    assert line_caption("Bức ảnh cho thấy đoàn xe tiến vào thành phố.") is None
    assert line_caption("Đoàn xe tiến vào thành phố. Ảnh: Tass") is not None


def test_clean_paragraphs_and_whitespace() -> None:
    result = clean_text("  Câu   thứ nhất\tở đây.  \n\n\n\nCâu thứ hai\u00a0ở đây.\r\nCâu thứ ba.")
    assert result.text == "Câu thứ nhất ở đây.\n\nCâu thứ hai ở đây.\n\nCâu thứ ba."


def test_clean_inline_noise_in_flattened_text() -> None:
    text = "Hai bên ký kết thỏa thuận hợp tác./. Ngọc Lan/VOV-Paris"
    result = clean_text(text)
    assert result.text == "Hai bên ký kết thỏa thuận hợp tác."
    kinds = [r.kind for r in result.removed]
    assert "byline" in kinds and "marker" in kinds


def test_clean_removes_inline_related_links() -> None:
    text = f"{BODY} >>> Thủ tướng hai nước điện đàm >>> Hội nghị khu vực khai mạc"
    result = clean_text(text)
    assert result.text == BODY
    assert [r.kind for r in result.removed] == ["related", "related"]


def test_clean_removes_source_prefix_of_lead() -> None:
    result = clean_text(f"(Báo Thử) - {BODY}")
    assert result.text == BODY
    assert result.removed[0].kind == "source"


def test_clean_keeps_dash_in_first_sentence() -> None:
    text = "NATO - Nga tiếp tục đối thoại về an ninh châu Âu."
    assert clean_text(text).text == text


def test_clean_offsets_point_into_cleaned_text() -> None:
    result = clean_text(f"{BODY}\nBình luận (3)\n{BODY2}")
    start = result.text.index(BODY2)
    assert result.text[start : start + len(BODY2)] == BODY2


@pytest.mark.parametrize(
    ("text", "kept", "caption", "credit"),
    [
        (
            "Đoàn xe tiến vào thủ đô. Ảnh: Sina Ông Lê Văn Hòa cho biết cuộc họp sẽ kéo dài.",
            "Ông Lê Văn Hòa cho biết cuộc họp sẽ kéo dài.",
            "Đoàn xe tiến vào thủ đô.",
            "Sina",
        ),
        (
            "Các tàu chiến neo đậu tại cảng. Ảnh: Radio Free Asia Cũng trong ngày, hải quân công bố kế hoạch.",
            "Cũng trong ngày, hải quân công bố kế hoạch.",
            "Các tàu chiến neo đậu tại cảng.",
            "Radio Free Asia",
        ),
        (
            "Thủ tướng phát biểu. Ảnh: REUTERS Sau đó ông rời hội trường.",
            "Sau đó ông rời hội trường.",
            "Thủ tướng phát biểu.",
            "REUTERS",
        ),
        (
            "Phái đoàn tại sân bay. Ảnh: Lê Minh/TTXVN Trả lời báo chí, ông nói hai bên đã nhất trí.",
            "Trả lời báo chí, ông nói hai bên đã nhất trí.",
            "Phái đoàn tại sân bay.",
            "Lê Minh/TTXVN",
        ),
        (
            "Ông nhậm chức năm 1991. Trong ảnh: Ông Nam ký văn kiện năm 1993. Sau đó ông thúc đẩy hợp tác.",
            "Ông nhậm chức năm 1991. Sau đó ông thúc đẩy hợp tác.",
            "Ông Nam ký văn kiện năm 1993.",
            None,
        ),
        (
            "Quan hệ hai nước căng thẳng. Ảnh minh họa. Theo báo chí địa phương, đàm phán bị hoãn.",
            "Theo báo chí địa phương, đàm phán bị hoãn.",
            "Quan hệ hai nước căng thẳng.",
            None,
        ),
        (
            "Hai lãnh đạo tại Nhà Trắng, ảnh: thoisu.example.com. Hai bên bắt tay nhiều lần.",
            "Hai bên bắt tay nhiều lần.",
            "Hai lãnh đạo tại Nhà Trắng,",
            "thoisu.example.com",
        ),
    ],
)
def test_clean_inline_credit_variants(text: str, kept: str, caption: str, credit: str | None) -> None:
    result = clean_text(text)
    assert result.text == kept
    assert [(c.text, c.credit) for c in result.captions] == [(caption, credit)]


@pytest.mark.parametrize(
    "text",
    [
        "Hình ảnh: đoàn xe dài hàng cây số xuất hiện trên mạng xã hội khiến dư luận lo ngại.",
        "Ông nói về bức ảnh chụp năm 1990 và vai trò của Nga trong khu vực.",
        "Nguồn tin cho biết hai bên sẽ gặp lại vào tuần sau.",
    ],
)
def test_clean_prose_about_photos_stays(text: str) -> None:
    result = clean_text(text)
    assert result.text == text
    assert result.captions == []


def test_clean_vietnamese_name_credit_ending_a_sentence() -> None:
    text = "Bộ trưởng phát biểu tại hội thảo. Ảnh: Lê Hòa. Theo quy định hiện hành, tỷ lệ phải đạt 85%."
    result = clean_text(text)
    assert result.text == "Theo quy định hiện hành, tỷ lệ phải đạt 85%."
    assert [(c.text, c.credit) for c in result.captions] == [("Bộ trưởng phát biểu tại hội thảo.", "Lê Hòa")]


def test_clean_removes_dated_byline_above_the_body() -> None:
    result = clean_text(f"Hồng Nhung | 08:15 08/02/2022\n{BODY}")
    assert result.text == BODY
    assert [r.kind for r in result.removed] == ["byline"]


@pytest.mark.parametrize(
    "text",
    [
        "Hai đoàn tại hội nghị. Ảnh: Hoài Lan Cuộc họp lần này thống nhất mở rộng hợp tác với các nước khác.",
        "Ông nhậm chức năm 1991. Ảnh: Ông Hoàng Nam ký văn kiện năm 1993.",
        "Lễ ký kết diễn ra sáng nay. Ảnh: Thời báo Tự do Tuy nhiên, hai bên vẫn còn bất đồng.",
    ],
)
def test_clean_ambiguous_credit_keeps_every_sentence(text: str) -> None:
    result = clean_text(text)
    assert result.text == text
    assert result.captions == []


def test_clean_caption_after_colon_keeps_the_lead_in() -> None:
    text = "Giới quan sát nêu ba điểm sau: Hai tổng thống tại cuộc gặp ngày 28/1. Ảnh: Reuters Thứ nhất là thương mại."
    result = clean_text(text)
    assert result.text == "Giới quan sát nêu ba điểm sau: Thứ nhất là thương mại."
    assert [c.text for c in result.captions] == ["Hai tổng thống tại cuộc gặp ngày 28/1."]


def test_clean_related_block_with_topic_and_quoted_headline() -> None:
    text = "\n".join(
        [
            BODY,
            "Dòng sự kiện: Căng thẳng hai miền",
            'Bộ trưởng: Nguy cơ đối đầu là "rất thấp"',
            "Hai bên nối lại đường dây nóng",
            "",
            "Hoài An (Theo Yonhap)",
        ]
    )
    result = clean_text(text)
    assert result.text == BODY
    assert [r.kind for r in result.removed] == ["events", "events", "events", "byline"]


def test_clean_related_block_stops_at_a_real_paragraph() -> None:
    text = "\n".join(["Tin liên quan", "Hai bên nối lại đường dây nóng", BODY, BODY2])
    result = clean_text(text)
    assert result.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "ending",
    [
        "\nVăn Khải",
        " Văn Khải",
        "Văn Khải",
        "\nVăn Khải.",
        " Văn Khải.",
        "Văn Khải (Theo AP)",
        "Văn Khải - TTXVN",
        "\nBảo Ngọc/Báo Tin tức",
    ],
)
def test_clean_removes_author_name_glued_to_the_last_paragraph(ending: str) -> None:
    result = clean_text(f"{BODY}\n{BODY2}{ending}")
    assert result.text == f"{BODY}\n\n{BODY2}"
    assert "Văn Khải" in result.removed[-1].text or "Bảo Ngọc" in result.removed[-1].text


@pytest.mark.parametrize(
    "ending",
    [
        " Ông Lavrov.",
        " Người Nga.",
        " Hai bên sẽ gặp lại tại Hà Nội",
        "\nNga cũng phản đối.",
    ],
)
def test_clean_keeps_short_final_sentences_that_are_not_bylines(ending: str) -> None:
    result = clean_text(f"{BODY}\n{BODY2}{ending}")
    assert ending.strip() in result.text


@pytest.mark.parametrize(("text", "expected"), [("Văn Khải.", True), ("Nguyễn Thị Thu.", True), ("Ông Lavrov.", False)])
def test_is_byline_name_closed_by_a_period(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


def test_clean_credit_with_outlet_and_photographer_name() -> None:
    text = (
        "Thủ tướng tới sân bay quốc tế Nội Bài. Ảnh: VGP/Minh Khôi Tiếp đó, Thủ tướng dự lễ đón chính thức "
        "tại Phủ Chủ tịch cùng nhiều quan chức cấp cao."
    )
    cleaned = clean_text(text)
    assert "VGP/Minh Khôi" in [c.credit for c in cleaned.captions]
    assert all("Khôi" not in c.text for c in cleaned.captions)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Thủ tướng Pháp Jean - Marc Ayrault đã tới Hà Nội chiều qua.", "Jean-Marc Ayrault"),
        ("Tổng thống Đức Frank - Walter Steinmeier tiếp người đồng cấp Ý.", "Frank-Walter Steinmeier"),
        ("Bộ trưởng Jean - Noël Barrot nói với báo giới.", "Jean-Noël Barrot"),
    ],
)
def test_spaced_hyphen_in_a_given_name_is_closed(raw: str, name: str) -> None:
    assert name in clean_text(raw).text


def test_spaced_hyphen_between_two_states_is_kept() -> None:
    text = "Quan hệ Iran - Saudi Arabia và cuộc gặp Jean - các nhà báo vẫn giữ nguyên."
    assert clean_text(text).text == text
