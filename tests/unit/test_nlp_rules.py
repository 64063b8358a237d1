"""The rules-and-knowledge layer: titles, organisation heads, the gazetteer, capitalisation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from graphkit.models import AnnotatedDocument, Document, Mention, Sentence
from graphkit.nlp.rules import refine
from graphkit.nlp.underthesea_backend import UndertheseaBackend
from graphkit.text import match_key


@dataclass(frozen=True)
class _Entry:
    name: str
    type: str
    kb_id: str | None = None


class _TinyKB:
    """A stand-in for graphkit.linking.kb.KnowledgeBase (only what the rules use)."""

    ENTRIES = [
        _Entry("Nga", "COUNTRY", "Q159"),
        _Entry("Pháp", "COUNTRY", "Q142"),
        _Entry("Mỹ", "COUNTRY", "Q30"),
        _Entry("Ukraine", "COUNTRY", "Q212"),
        _Entry("Liên Hợp Quốc", "ORGANIZATION", "Q1065"),
        _Entry("Nhà Trắng", "ORGANIZATION", "Q35525"),
        _Entry("Reuters", "ORGANIZATION", "Q130879"),
        _Entry("Bắc Kinh", "LOCATION", "Q956"),
        _Entry("Anh", "COUNTRY", "Q145"),
        _Entry("Đài Loan", "LOCATION", "Q865"),
        _Entry("Philippines", "COUNTRY", "Q928"),
        _Entry("Thái Bình Dương", "LOCATION", "Q98"),
        _Entry("Quân đội Nga", "ORGANIZATION", None),
        _Entry("Hãng tin Reuters", "ORGANIZATION", "Q130879"),
        _Entry("Obama", "PERSON", "Q76"),
    ]

    def gazetteer(self, include_ambiguous: bool = False) -> dict[str, list[_Entry]]:
        return {match_key(e.name): [e] for e in self.ENTRIES}


KB = _TinyKB()


def _mentions(text: str, kb: object | None = KB) -> list[tuple[str, str, str | None, str | None]]:
    raw = UndertheseaBackend(rules=False).annotate(Document(doc_id="t", text=text))
    adoc = refine(raw, kb=kb, use_default_kb=False)
    for m in adoc.mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, str(m.type), m.role, m.affiliation) for m in adoc.mentions]


def test_nlp_rules_title_role_affiliation_and_country() -> None:
    got = _mentions("Tổng thống Nga Vladimir Putin tiếp người đồng cấp Pháp Emmanuel Macron.")
    assert got == [
        ("Nga", "COUNTRY", None, None),
        ("Vladimir Putin", "PERSON", "Tổng thống", "Nga"),
        ("Pháp", "COUNTRY", None, None),
        ("Emmanuel Macron", "PERSON", "người đồng cấp", "Pháp"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "etype"),
    [
        ("Bộ Ngoại giao Nga ra tuyên bố phản đối.", "Bộ Ngoại giao Nga", "ORGANIZATION"),
        ("Hội đồng Bảo an Liên Hợp Quốc họp khẩn về Ukraine.", "Hội đồng Bảo an Liên Hợp Quốc", "ORGANIZATION"),
        ("Ông Kim Jong-un thị sát vụ phóng thử.", "Kim Jong-un", "PERSON"),
        ("Tập đoàn ByteDance phải bán ứng dụng.", "ByteDance", "ORGANIZATION"),
        ("Giá điện ở châu Âu giảm mạnh.", "châu Âu", "LOCATION"),
        ("Đại sứ Mỹ được triệu tập tới Bắc Kinh.", "Bắc Kinh", "LOCATION"),
        ("Theo Reuters, cuộc họp bị hoãn.", "Reuters", "ORGANIZATION"),
    ],
)
def test_nlp_rules_single_spans(text: str, span: str, etype: str) -> None:
    got = {(t, ty) for t, ty, _, _ in _mentions(text)}
    assert (span, etype) in got
    # no mention overlaps the expected one without being it
    start = text.index(span)
    for t, _, _, _ in _mentions(text):
        s = text.index(t)
        assert s + len(t) <= start or s >= start + len(span) or t == span


@pytest.mark.parametrize("text", ["NATO và EU ủng hộ Ukraine.", "Ngoại trưởng các nước NATO và EU họp tại Mỹ."])
def test_nlp_rules_acronyms_are_organisations(text: str) -> None:
    got = {t: ty for t, ty, _, _ in _mentions(text)}
    assert got["NATO"] == "ORGANIZATION"
    assert got["EU"] == "ORGANIZATION"


def test_nlp_rules_spokesperson_of_ministry() -> None:
    got = _mentions("Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova cho biết.")
    assert ("Bộ Ngoại giao Nga", "ORGANIZATION", None, None) in got
    assert ("Maria Zakharova", "PERSON", "Người phát ngôn", "Bộ Ngoại giao Nga") in got


@pytest.mark.parametrize(
    "text",
    [
        "ông ấy không về nhà trắng tay sau cuộc họp.",
        "Các nước phương Tây đưa quân tới biên giới.",
        "Tổng thống Mỹ nói.",
    ],
)
def test_nlp_rules_lowercase_and_titles_alone_are_not_entities(text: str) -> None:
    got = _mentions(text)
    assert all(t[0] not in ("nhà trắng", "Tây", "Tổng thống", "ông") for t in got)
    assert all(ty in ("COUNTRY", "LOCATION", "PERSON", "ORGANIZATION", "MISC", "EVENT") for _, ty, _, _ in got)


def test_nlp_rules_kb_fixes_backend_type() -> None:
    text = "Nga và Pháp ký thỏa thuận."
    adoc = AnnotatedDocument(
        document=Document(doc_id="t", text=text),
        sentences=[Sentence(start=0, end=len(text), text=text)],
        mentions=[
            Mention(start=0, end=3, text="Nga", type="PERSON"),
            Mention(start=7, end=11, text="Pháp", type="PERSON"),
        ],
        backend="fake",
    )
    out = refine(adoc, kb=KB)
    assert [(m.text, str(m.type), m.kb_id) for m in out.mentions] == [
        ("Nga", "COUNTRY", "Q159"),
        ("Pháp", "COUNTRY", "Q142"),
    ]


def test_nlp_rules_without_kb_still_uses_titles() -> None:
    got = _mentions("Tổng thống Emmanuel Macron gặp ông Olaf Scholz.", kb=None)
    assert ("Emmanuel Macron", "PERSON", "Tổng thống", None) in got
    assert ("Olaf Scholz", "PERSON", "ông", None) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quân đội Nga tấn công thành phố này.", [("Nga", "COUNTRY")]),
        ("Hãng tin Reuters dẫn nguồn tin giấu tên.", [("Reuters", "ORGANIZATION")]),
        ("Tàu chiến tiến vào khu vực Tây Thái Bình Dương.", [("Tây Thái Bình Dương", "LOCATION")]),
        ("Bà Michelle Obama phát biểu tại hội nghị.", [("Michelle Obama", "PERSON")]),
        ("Cựu lãnh đạo Đài Loan Mã Anh Cửu thăm Bắc Kinh.", [("Mã Anh Cửu", "PERSON"), ("Bắc Kinh", "LOCATION")]),
        ("Giá đồng USD tăng mạnh trong phiên hôm qua.", []),
        ("Quan hệ Mỹ-EU đang căng thẳng.", [("Mỹ", "COUNTRY"), ("EU", "ORGANIZATION")]),
        ("Thành phố Pokrovsk bị tấn công dữ dội.", [("Pokrovsk", "LOCATION")]),
    ],
)
def test_nlp_rules_boundaries(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t, ty) for t, ty, _, _ in _mentions(text) if ty != "MISC"]
    assert [g for g in got if g[0] != "Đài Loan"] == expected


def test_nlp_rules_suffix_and_title_field() -> None:
    got = _mentions("Tổng thống Philippines Ferdinand Marcos Jr. chủ trì hội nghị.")
    assert ("Ferdinand Marcos Jr.", "PERSON", "Tổng thống", "Philippines") in got
    got = _mentions("Bộ trưởng An ninh Quốc gia Itamar Ben-Gvir đe dọa rút khỏi liên minh.")
    assert ("Itamar Ben-Gvir", "PERSON", "Bộ trưởng An ninh Quốc gia", None) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thượng nghị sỹ bang Iowa Joni Ernst dẫn đầu nhóm.",
            [("Iowa", "LOCATION", None, None), ("Joni Ernst", "PERSON", "Thượng nghị sỹ", "Iowa")],
        ),
        (
            "Thủ tướng Pháp, Jean Castex, phát biểu.",
            [("Pháp", "COUNTRY", None, None), ("Jean Castex", "PERSON", "Thủ tướng", "Pháp")],
        ),
        ("GS Carl Schuster nhận định.", [("Carl Schuster", "PERSON", "GS", None)]),
        ("Thế kỷ XXI là thế kỷ của châu Á.", [("châu Á", "LOCATION", None, None)]),
    ],
)
def test_nlp_rules_titles_places_and_apposition(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _mentions(text) == expected


class _NewsKB(_TinyKB):
    """The tiny KB plus the names the news-style cases below need."""

    ENTRIES = [
        *_TinyKB.ENTRIES,
        _Entry("Triều Tiên", "COUNTRY", "Q423"),
        _Entry("Hàn Quốc", "COUNTRY", "Q884"),
        _Entry("Iran", "COUNTRY", "Q794"),
        _Entry("Syria", "COUNTRY", "Q858"),
        _Entry("Seoul", "LOCATION", "Q8684"),
        _Entry("Kim Jong-un", "PERSON", "Q56226"),
        _Entry("Lao động Triều Tiên", "ORGANIZATION", None),
    ]


NEWS_KB = _NewsKB()


def _news(text: str) -> list[tuple[str, str]]:
    return [(t, ty) for t, ty, _, _ in _mentions(text, kb=NEWS_KB)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Pak Yong - nam đã tới Seoul hôm qua.", "Pak Yong - nam"),
        ("Tổng thống Moon Jae - in tiếp phái đoàn Mỹ.", "Moon Jae - in"),
        ("Cố vấn an ninh Chung Eui - yong cho biết như vậy.", "Chung Eui - yong"),
        ("Tổng thống Syria Bashar al - Assad tiếp phái đoàn Nga.", "Bashar al - Assad"),
        ("Nhà lãnh đạo Kim Jong - un thị sát nhà máy.", "Kim Jong - un"),
        ("Nhà lãnh đạo Kim Jong-un thị sát nhà máy.", "Kim Jong-un"),
    ],
)
def test_nlp_rules_spaced_hyphen_keeps_one_person(text: str, name: str) -> None:
    got = _mentions(text, kb=NEWS_KB)
    persons = [t for t, ty, _, _ in got if ty == "PERSON"]
    assert persons == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hà Nội - nơi diễn ra hội nghị - đã sẵn sàng.", "Hà Nội"),
        ("Quan hệ Mỹ - Nga vẫn căng thẳng.", "Mỹ"),
    ],
)
def test_nlp_rules_spaced_hyphen_before_common_words_is_no_name(text: str, expected: str) -> None:
    got = _news(text)
    assert got[0][0] == expected
    assert all(" - " not in t for t, _ in got)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("bộ Quốc phòng Nga cho biết tên lửa đã bị bắn hạ.", "bộ Quốc phòng Nga"),
        ("Theo bộ Ngoại giao Mỹ, cuộc gặp bị hoãn.", "bộ Ngoại giao Mỹ"),
        ("Ông là thành viên ủy ban Đối ngoại Thượng viện Mỹ.", "ủy ban Đối ngoại Thượng viện Mỹ"),
        ("Ông được bầu làm lãnh đạo đảng Dân chủ Tự do.", "Dân chủ Tự do"),
        ("Văn phòng An ninh quốc gia Hàn Quốc triệu tập cuộc họp.", "Văn phòng An ninh quốc gia Hàn Quốc"),
        ("Hội đồng lập pháp vùng Catalonia bỏ phiếu.", "Hội đồng lập pháp vùng Catalonia"),
        ("Liên minh dân chủ người Kurd kiểm soát thị trấn.", "Liên minh dân chủ người Kurd"),
        ("Cao ủy Liên Hợp Quốc về Người tị nạn (UNHCR) kêu gọi hỗ trợ.", "Cao ủy Liên Hợp Quốc về Người tị nạn"),
        ("Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm ra báo cáo.", "Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm"),
    ],
)
def test_nlp_rules_organisation_names_with_lowercase_words(text: str, org: str) -> None:
    got = _news(text)
    assert (org, "ORGANIZATION") in got
    start = text.index(org)
    for t, _ in got:
        s = text.index(t)
        assert s + len(t) <= start or s >= start + len(org) or t == org


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quân đội Nga rút khỏi khu vực.", [("Nga", "COUNTRY")]),
        ("Giới chức quân đội Nga cho biết như vậy.", [("Nga", "COUNTRY")]),
        ("Các lực lượng vũ trang Iran được đặt trong tình trạng báo động.", [("Iran", "COUNTRY")]),
        ("Toàn bộ Ukraine bị mất điện.", [("Ukraine", "COUNTRY")]),
        ("Ngân hàng trung ương Nga giữ nguyên lãi suất.", [("Nga", "COUNTRY")]),
        ("Chính phủ Pháp đề xuất ngân sách mới.", [("Pháp", "COUNTRY")]),
        ("Theo Chính phủ, dự luật sẽ được thông qua.", []),
        ("Chính phủ cho biết sẽ tăng thuế.", []),
        (
            "Reuters dẫn văn phòng Tổng thống Pháp Emmanuel Macron cho biết.",
            [("Reuters", "ORGANIZATION"), ("Pháp", "COUNTRY"), ("Emmanuel Macron", "PERSON")],
        ),
    ],
)
def test_nlp_rules_generic_heads_stay_outside(text: str, expected: list[tuple[str, str]]) -> None:
    assert _news(text) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Theo tờ Hankyoreh, Seoul đang chuẩn bị đối thoại.", "Hankyoreh"),
        ("Tờ Yomiuri dẫn nguồn tin chính phủ cho biết.", "Yomiuri"),
        ("Kênh Channel News Asia đưa tin về vụ việc.", "Channel News Asia"),
        ("Theo đài Arirang, hội nghị sẽ diễn ra vào tháng tới.", "Arirang"),
        ("Tạp chí Der Spiegel tiết lộ tài liệu mật.", "Der Spiegel"),
        ("Báo Kathimerini của Pháp cho biết.", "Kathimerini"),
    ],
)
def test_nlp_rules_media_outlets_after_cue_words(text: str, org: str) -> None:
    got = _news(text)
    assert (org, "ORGANIZATION") in got
    assert all(ty != "PERSON" for _, ty in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cao ủy Liên Hợp Quốc về nhân quyền Michelle Bachelet lên án vụ tấn công.",
            [("Liên Hợp Quốc", "ORGANIZATION"), ("Michelle Bachelet", "PERSON")],
        ),
        (
            "Đại diện đặc biệt của Mỹ về vấn đề Triều Tiên Sung Kim tới Seoul.",
            [("Mỹ", "COUNTRY"), ("Triều Tiên", "COUNTRY"), ("Sung Kim", "PERSON"), ("Seoul", "LOCATION")],
        ),
        ("Về vấn đề Iran Năm nay sẽ khác.", [("Iran", "COUNTRY")]),
    ],
)
def test_nlp_rules_titles_and_topics_before_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert _news(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhằm gây sức ép, Nga tăng cường tập trận.", [("Nga", "COUNTRY")]),
        ("Việc Kim Jong-un tới Seoul gây bất ngờ.", [("Kim Jong-un", "PERSON"), ("Seoul", "LOCATION")]),
        ("Để Nga rút quân, Ukraine cần thêm vũ khí.", [("Nga", "COUNTRY"), ("Ukraine", "COUNTRY")]),
        ("Dù Mỹ phản đối, Pháp vẫn ký.", [("Mỹ", "COUNTRY"), ("Pháp", "COUNTRY")]),
    ],
)
def test_nlp_rules_sentence_initial_function_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _news(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn bản được dịch sang tiếng Anh và tiếng Pháp.", []),
        ("Anh và Pháp ký thỏa thuận.", [("Anh", "COUNTRY"), ("Pháp", "COUNTRY")]),
        ("Quan hệ Mỹ - Triều căng thẳng trong nhiều tháng.", [("Mỹ", "COUNTRY")]),
        ("Hội nghị thượng đỉnh liên Triều bị hoãn.", []),
        ("Triều Tiên phóng tên lửa.", [("Triều Tiên", "COUNTRY")]),
        ("Lao động Triều Tiên bị cấm làm việc ở nước ngoài.", [("Triều Tiên", "COUNTRY")]),
        ("Hàng nghìn lao động Triều Tiên làm việc tại Nga.", [("Triều Tiên", "COUNTRY"), ("Nga", "COUNTRY")]),
        ("Theo Lao động Triều Tiên, ông Kim đã thị sát.", [("Lao động Triều Tiên", "ORGANIZATION")]),
    ],
)
def test_nlp_rules_languages_short_forms_and_common_words(text: str, expected: list[tuple[str, str]]) -> None:
    got = [g for g in _news(text) if g[1] != "PERSON"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lực lượng người Kurd rút khỏi vùng Đông Euphrates.", ("Euphrates", "LOCATION")),
        ("Giao tranh ác liệt ở phía Tây Mosul.", ("Mosul", "LOCATION")),
        ("Tàu chiến tiến vào khu vực Tây Thái Bình Dương.", ("Tây Thái Bình Dương", "LOCATION")),
    ],
)
def test_nlp_rules_direction_words_after_cues(text: str, expected: tuple[str, str]) -> None:
    got = _news(text)
    assert expected in got
    assert not any(t.startswith(("Đông ", "Tây M")) for t, _ in got)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Ông Macron phát biểu tại Paris (Ảnh: Minh Hà).", "Minh Hà", "Macron"),
        ("Binh sĩ Ukraine tại tiền tuyến. Ảnh: Trọng Giáp", "Trọng Giáp", "Ukraine"),
        ("Binh sĩ Ukraine tại tiền tuyến. Ảnh: Reuters", None, "Reuters"),
        ("Ảnh: Andrei Gromyko cắt cỏ năm 1971.", None, "Andrei Gromyko"),
    ],
)
def test_nlp_rules_photo_credits_are_not_entities(text: str, absent: str | None, present: str) -> None:
    got = [t for t, _ in _news(text)]
    assert present in got
    if absent is not None:
        assert absent not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Wayne White - quan chức tình báo cũ - cho biết.", [("Wayne White", "PERSON")]),
        ("Thương thuyết gia nổi tiếng Robert Gallucci có tên trong danh sách.", [("Robert Gallucci", "PERSON")]),
        ("Nghị sĩ đảng Dân chủ Mark Warner lên tiếng.", [("Dân chủ", "ORGANIZATION"), ("Mark Warner", "PERSON")]),
        ("UAV bị bắn hạ tại vùng phía Bắc al-Tanf.", [("al-Tanf", "LOCATION")]),
        ("Ông là giáo sư tại trường Đại học Bắc Kinh.", [("Đại học Bắc Kinh", "ORGANIZATION")]),
        (
            "Một chuyên gia tại Trung tâm Nghiên cứu về Chống phổ biến vũ khí nói.",
            [("Trung tâm Nghiên cứu", "ORGANIZATION")],
        ),
    ],
)
def test_nlp_rules_new_patterns_do_not_overreach(text: str, expected: list[tuple[str, str]]) -> None:
    assert [g for g in _news(text) if g[1] != "MISC"] == expected
