"""Word segmentation with offsets: exact offsets and parity with underthesea."""

from __future__ import annotations

import pytest
from underthesea import pos_tag

from graphkit.nlp.segment import CrfFeaturizer, segment, syllables

SENTENCES = [
    "Tổng thống Nga Vladimir Putin điện đàm với người đồng cấp Pháp Emmanuel Macron hôm 3/2.",
    "Bộ Ngoại giao Trung Quốc cho biết Bắc Kinh phản đối lệnh trừng phạt của Mỹ.",
    "Ông Kim Jong-un thị sát vụ phóng thử tên lửa, theo hãng tin KCNA.",
    "Hội đồng Bảo an Liên Hợp Quốc (LHQ) họp khẩn   về tình hình Dải Gaza…",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_nlp_segment_offsets_point_into_text(text: str) -> None:
    tokens = segment(text)
    assert tokens
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


@pytest.mark.parametrize("text", SENTENCES)
def test_nlp_segment_matches_underthesea_pos_tag(text: str) -> None:
    ours = [(" ".join(t.text.split()), t.pos) for t in segment(text)]
    assert ours == [(w, p) for w, p in pos_tag(text)]


def test_nlp_segment_region_offsets_are_document_offsets() -> None:
    text = "Câu đầu. Thủ tướng Nhật Bản đến Hà Nội."
    start = text.index("Thủ")
    tokens = segment(text, start, len(text))
    assert tokens[0].start == start
    assert [t.text for t in tokens] == ["Thủ tướng", "Nhật Bản", "đến", "Hà Nội", "."]


def test_nlp_segment_multisyllable_words_and_no_pos() -> None:
    tokens = segment("Ngoại trưởng Mỹ thăm Hà Nội", pos=False)
    assert "Ngoại trưởng" in [t.text for t in tokens]
    assert all(t.pos is None for t in tokens)


def test_nlp_segment_syllables_skip_whitespace() -> None:
    sylls = syllables("  Nga  và\nMỹ ")
    assert [s.text for s in sylls] == ["Nga", "và", "Mỹ"]
    assert sylls[2].start == 10


def test_nlp_segment_featurizer_bos_eos_and_bigrams() -> None:
    feats = CrfFeaturizer(["T[-1]", "T[0,1]", "T[1].istitle", "T[0].lower"]).features([["Ông", "Putin"]])
    assert feats[0] == ["T[-1]=BOS", "T[0,1]=Ông Putin", "T[1].istitle=True", "T[0].lower=ông"]
    assert feats[1] == ["T[-1]=Ông", "T[0,1]=EOS", "T[1].istitle=EOS", "T[0].lower=putin"]
