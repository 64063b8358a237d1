"""CoNLL reading, sentence rebuilding and exact-span scoring."""

from __future__ import annotations

import pytest

from graphkit.errors import InputError
from graphkit.nlp.evaluate import Span, eval_type, evaluate_ner, load_gold, read_conll, score_spans

CONLL = """Tổng_thống\tO
Nga\tB-LOC
Vladimir\tB-PER
Putin\tI-PER
(\tO
ảnh\tO
)\tO
,\tO
Bộ\tB-ORGANIZATION
Ngoại_giao\tI-ORGANIZATION
Nga\tI-ORGANIZATION
.\tO

“\tO
NATO\tB-ORG
”\tO
họp\tO
"""


def test_nlp_evaluate_rebuilds_text_and_offsets() -> None:
    gold = load_gold(CONLL)
    assert len(gold) == 2
    first = gold[0]
    assert first.text == "Tổng thống Nga Vladimir Putin (ảnh), Bộ Ngoại giao Nga."
    assert [(s.text, s.type) for s in first.spans] == [
        ("Nga", "LOC"),
        ("Vladimir Putin", "PER"),
        ("Bộ Ngoại giao Nga", "ORG"),
    ]
    for s in first.spans:
        assert first.text[s.start : s.end] == s.text
    assert gold[1].text == "“NATO” họp"


@pytest.mark.parametrize(
    ("label", "expected"),
    [("B-PER", "PER"), ("I-LOCATION", "LOC"), ("COUNTRY", "LOC"), ("EVENT", "MISC"), ("O", None), ("B-XYZ", None)],
)
def test_nlp_evaluate_type_mapping(label: str, expected: str | None) -> None:
    assert eval_type(label) == expected


def test_nlp_evaluate_scores_exact_spans_only() -> None:
    gold = [[Span(start=0, end=5, type="PER"), Span(start=10, end=13, type="LOC"), Span(start=20, end=24, type="ORG")]]
    pred = [
        [
            Span(start=0, end=5, type="PERSON"),
            Span(start=10, end=14, type="COUNTRY"),
            Span(start=30, end=32, type="MISC"),
        ]
    ]
    report = score_spans(gold, pred, ["x" * 40])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 2)
    assert report.overall.precision == 0.5
    assert report.overall.recall == pytest.approx(0.3333, abs=1e-4)
    assert report.per_type["MISC"].fp == 1
    assert report.errors and report.errors[0].missed[0].text == "x" * 3


def test_nlp_evaluate_runs_a_predictor() -> None:
    gold = load_gold("Ông\tO\nTrump\tB-PER\n")

    def predict(text: str) -> list[Span]:
        i = text.index("Trump")
        return [Span(start=i, end=i + 5, type="PERSON")]

    report = evaluate_ner(gold, predict, backend="fake")
    assert report.overall.f1 == 1.0 and report.backend == "fake"


def test_nlp_evaluate_bad_line_is_input_error() -> None:
    with pytest.raises(InputError):
        read_conll("Nga\n")
