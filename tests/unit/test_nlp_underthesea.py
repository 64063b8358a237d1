"""The underthesea backend: sentence fallback, parity with underthesea's NER, raw spans."""

from __future__ import annotations

import pytest
from underthesea import ner

from graphkit.models import Document
from graphkit.nlp.segment import group_words, pos_tags, syllables
from graphkit.nlp.underthesea_backend import UndertheseaBackend, fallback_split_sentences, ner_tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Putin đến Bắc Kinh. Ông gặp ông Tập.", ["Ông Putin đến Bắc Kinh.", "Ông gặp ông Tập."]),
        ("TP. Hồ Chí Minh đón khách.\nNgày mai trời mưa!", ["TP. Hồ Chí Minh đón khách.", "Ngày mai trời mưa!"]),
        ("  Nga và Mỹ họp.  ", ["Nga và Mỹ họp."]),
        ("Giá tăng 3.5 lần. vs. năm ngoái", ["Giá tăng 3.5 lần. vs. năm ngoái"]),
        ("", []),
    ],
)
def test_nlp_underthesea_fallback_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in fallback_split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Nga Vladimir Putin điện đàm với người đồng cấp Pháp Emmanuel Macron.",
        "Bộ Ngoại giao Nga và Hội đồng Bảo an Liên Hợp Quốc (LHQ) ra tuyên bố.",
    ],
)
def test_nlp_underthesea_ner_tags_match_underthesea(text: str) -> None:
    words = [" ".join(s.norm for s in w) for w in group_words(syllables(text))]
    ours = list(zip(words, ner_tags(words, pos_tags(words)), strict=True))
    assert ours == [(w, tag) for w, _, _, tag in ner(text)]


def test_nlp_underthesea_raw_backend_keeps_model_spans() -> None:
    text = "Ông Putin ca ngợi Liên Xô."
    adoc = UndertheseaBackend(rules=False).annotate(Document(doc_id="d", text=text))
    assert adoc.backend == "ner.underthesea.v1"
    assert len(adoc.sentences) == 1 and adoc.sentences[0].tokens
    assert all(t.pos for t in adoc.sentences[0].tokens)
    for m in adoc.mentions:
        assert text[m.start : m.end] == m.text
        assert m.source == "underthesea"


def test_nlp_underthesea_document_level_types() -> None:
    text = "Thượng nghị sĩ Joni Ernst phát biểu tại Washington. Sau đó Ernst nói thêm."
    adoc = UndertheseaBackend().annotate(Document(doc_id="d", text=text))
    ernst = [m for m in adoc.mentions if m.text == "Ernst"]
    assert ernst and all(str(m.type) == "PERSON" for m in ernst)
