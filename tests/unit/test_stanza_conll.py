"""CoNLL → Stanza NER JSON conversion and tag-scheme helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.errors import InputError
from graphkit.nlp.stanza_backend import entity_type_for, spans_from_bioes
from graphkit.nlp.stanza_train import (
    bio_to_bioes,
    conll_to_stanza_json,
    normalize_word,
    parse_conll,
    read_conll,
    score_tags,
    to_stanza_json,
    write_conll,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hà_Nội", "Hà Nội"),
        ("Hà Nội", "Hà Nội"),
        ("Liên_Hợp_Quốc", "Liên Hợp Quốc"),
        ("_", "_"),
        ("__", "__"),
        ("Tổng  thống", "Tổng thống"),
    ],
)
def test_stanza_conll_normalize_word(raw: str, expected: str) -> None:
    assert normalize_word(raw) == expected


def test_stanza_conll_tab_separated_words_keep_spaces() -> None:
    lines = ["Thủ tướng\tO", "Phạm Minh Chính\tB-PER", "thăm\tO", "Nhật Bản\tB-LOC", "", "", "Xong\tO", ""]
    assert parse_conll(lines) == [
        [("Thủ tướng", "O"), ("Phạm Minh Chính", "B-PER"), ("thăm", "O"), ("Nhật Bản", "B-LOC")],
        [("Xong", "O")],
    ]


def test_stanza_conll_whitespace_columns_take_first_and_last() -> None:
    lines = ["Bộ_Ngoại_giao N B-NP B-ORG", "Mỹ Np B-NP I-ORG", "nói V B-VP O"]
    assert parse_conll(lines) == [[("Bộ Ngoại giao", "B-ORG"), ("Mỹ", "I-ORG"), ("nói", "O")]]


def test_stanza_conll_repairs_tags() -> None:
    lines = ["a\tI-PER", "b\tE-PER", "c\tS-LOC", "d\tI-ORG", "e\tB-ORG", "f\tI-LOC", "g\t_"]
    assert [t for _, t in parse_conll(lines)[0]] == ["B-PER", "I-PER", "B-LOC", "B-ORG", "B-ORG", "B-LOC", "O"]


def test_stanza_conll_rejects_line_without_tag() -> None:
    with pytest.raises(InputError, match=":2:"):
        parse_conll(["Mỹ\tB-LOC", "chỉ-một-cột"], source="x.conll")


def test_stanza_conll_to_json_file_is_stanza_format(tmp_path: Path) -> None:
    conll = tmp_path / "d.conll"
    conll.write_text("Ông\tO\nVladimir_Putin\tB-PER\n\nĐiện Kremlin\tB-ORG\nnói\tO\n", encoding="utf-8")
    out = tmp_path / "sub" / "d.json"
    assert conll_to_stanza_json(conll, out) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == [
        [{"text": "Ông", "ner": "O"}, {"text": "Vladimir Putin", "ner": "B-PER"}],
        [{"text": "Điện Kremlin", "ner": "B-ORG"}, {"text": "nói", "ner": "O"}],
    ]
    from stanza.models.common.doc import Document

    doc = Document(data)
    assert [w.text for w in doc.sentences[0].words] == ["Ông", "Vladimir Putin"]
    assert doc.sentences[1].tokens[0].ner == "B-ORG"


def test_stanza_conll_roundtrip(tmp_path: Path) -> None:
    sents = [[("Hà Nội", "B-LOC"), ("đẹp", "O")], [("Ông", "O"), ("Biden", "B-PER")]]
    path = tmp_path / "r.conll"
    assert write_conll(sents, path) == 2
    assert read_conll(path) == sents
    assert to_stanza_json(sents)[1][1] == {"text": "Biden", "ner": "B-PER"}


def test_stanza_conll_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "e.conll"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError):
        conll_to_stanza_json(path, tmp_path / "e.json")


def test_stanza_conll_bio_to_bioes() -> None:
    assert bio_to_bioes(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        "B-PER",
        "I-PER",
        "E-PER",
        "O",
        "S-LOC",
        "S-LOC",
        "S-ORG",
    ]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "E-PER"], [(0, 2, "PER")]),
        (["S-LOC", "S-LOC"], [(0, 0, "LOC"), (1, 1, "LOC")]),
        (["B-ORG", "I-ORG", "O"], [(0, 1, "ORG")]),
        (["B-PER", "I-LOC"], [(0, 0, "PER"), (1, 1, "LOC")]),
        (["O", "E-MISC"], [(1, 1, "MISC")]),
        (["B-LOC", "I-LOC", "B-LOC"], [(0, 1, "LOC"), (2, 2, "LOC")]),
    ],
)
def test_stanza_conll_spans_from_bioes(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert spans_from_bioes(tags) == spans


@pytest.mark.parametrize(
    ("label", "etype"),
    [
        ("PER", "PERSON"),
        ("LOC", "LOCATION"),
        ("ORG", "ORGANIZATION"),
        ("MISC", "MISC"),
        ("COUNTRY", "COUNTRY"),
        ("XYZ", "MISC"),
    ],
)
def test_stanza_conll_entity_types(label: str, etype: str) -> None:
    assert entity_type_for(label) == etype


def test_stanza_conll_score_tags_bio_and_bioes_agree() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    f1, by_type = score_tags([["B-PER", "E-PER", "O", "O"]], gold)
    assert f1 == pytest.approx(2 / 3)
    assert by_type["PER"] == pytest.approx(1.0)
    assert by_type["LOC"] == pytest.approx(0.0)
