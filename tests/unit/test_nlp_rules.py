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
