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
    ["ông ấy không về nhà trắng tay sau cuộc họp.", "Các nước phương Tây đưa quân tới biên giới.", "Tổng thống Mỹ nói."],
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
        mentions=[Mention(start=0, end=3, text="Nga", type="PERSON"), Mention(start=7, end=11, text="Pháp", type="PERSON")],
        backend="fake",
    )
    out = refine(adoc, kb=KB)
    assert [(m.text, str(m.type), m.kb_id) for m in out.mentions] == [("Nga", "COUNTRY", "Q159"), ("Pháp", "COUNTRY", "Q142")]


def test_nlp_rules_without_kb_still_uses_titles() -> None:
    got = _mentions("Tổng thống Emmanuel Macron gặp ông Olaf Scholz.", kb=None)
    assert ("Emmanuel Macron", "PERSON", "Tổng thống", None) in got
    assert ("Olaf Scholz", "PERSON", "ông", None) in got
