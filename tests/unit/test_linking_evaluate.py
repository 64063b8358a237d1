"""Canonical-entity scoring (pure function) and the ``eval entities`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from graphkit.commands import eval_entities
from graphkit.errors import InputError
from graphkit.linking.evaluate import GoldDocument, gold_entity_id, read_gold, score_entities
from graphkit.linking.kb import load_kb
from graphkit.models import Entity, MentionRef, entity_id


def _ent(eid: str, name: str, etype: str, *docs: str) -> Entity:
    refs = [MentionRef(doc_id=d, start=0, end=len(name), text=name) for d in docs]
    return Entity(id=eid, name=name, type=etype, mentions=refs)


GOLD = [
    {
        "doc_id": "a",
        "entities": [
            {"name": "Liên bang Nga", "type": "COUNTRY"},
            {"name": "Putin", "type": "PERSON"},
            {"name": "Trần Văn Hoà", "type": "PERSON"},
        ],
    },
    {"doc_id": "b", "entities": [{"name": "Hoa Kỳ", "type": "COUNTRY"}]},
]
PRED = [
    _ent("kb:Q159", "Nga", "COUNTRY", "a"),
    _ent("kb:Q7747", "Vladimir Putin", "PERSON", "a"),
    _ent(entity_id("Trần Văn Hòa", "PERSON"), "Trần Văn Hòa", "PERSON", "a"),
    _ent(entity_id("Lê Thị Hạ", "PERSON"), "Lê Thị Hạ", "PERSON", "a", "b"),
    _ent("kb:Q30", "Mỹ", "COUNTRY", "b"),
    _ent("kb:Q142", "Pháp", "COUNTRY", "c"),
]


@pytest.mark.parametrize(
    ("name", "etype", "expected"),
    [
        ("Liên bang Nga", "COUNTRY", "kb:Q159"),
        ("Nga", "LOCATION", "kb:Q159"),
        ("Zelenskiy", "PERSON", "kb:Q3874799"),
        ("Trần Văn Hoà", "PERSON", entity_id("Trần Văn Hòa", "PERSON")),
    ],
)
def test_gold_names_resolve_like_the_linker(name: str, etype: str, expected: str) -> None:
    assert gold_entity_id(name, etype, load_kb()) == expected


def test_score_per_doc_and_micro() -> None:
    report = score_entities([GoldDocument.model_validate(g) for g in GOLD], PRED)
    a, b = report.documents
    assert (a.score.tp, a.score.fp, a.score.fn) == (3, 1, 0)
    assert (b.score.tp, b.score.fp, b.score.fn) == (1, 1, 0)
    assert a.spurious == ["PERSON Lê Thị Hạ"]
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (4, 2, 0)
    assert report.micro.precision == pytest.approx(4 / 6, abs=1e-4)
    assert report.micro.recall == 1.0
    assert report.unscored_documents == ["c"]


def test_diacritic_difference_is_a_miss() -> None:
    gold = [GoldDocument.model_validate({"doc_id": "a", "entities": [{"name": "Lê Thị Hà", "type": "PERSON"}]})]
    report = score_entities(gold, [_ent(entity_id("Lê Thị Hạ", "PERSON"), "Lê Thị Hạ", "PERSON", "a")])
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)
    assert report.micro.f1 == 0.0


def test_empty_gold_doc_with_no_predictions_is_perfect() -> None:
    report = score_entities([GoldDocument(doc_id="z")], [])
    assert report.documents[0].score.f1 == 1.0


def test_bad_gold_line_names_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "a", "entities": []}\n{"doc_id": "b", "entities": [{"name": "X"}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        read_gold(path)


def _app() -> typer.Typer:
    app = typer.Typer()
    eval_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    eval_entities.register(app, eval_app, typer.Typer())
    return app


def _write_files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "entities.jsonl").write_text("\n".join(e.model_dump_json() for e in PRED) + "\n", encoding="utf-8")
    return gold, out


def test_cli_json_report(tmp_path: Path) -> None:
    gold, out = _write_files(tmp_path)
    result = CliRunner().invoke(_app(), ["eval", "entities", str(gold), "--pred", str(out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["micro"]["tp"] == 4
    assert [d["doc_id"] for d in data["documents"]] == ["a", "b"]


def test_cli_table_and_details(tmp_path: Path) -> None:
    gold, out = _write_files(tmp_path)
    result = CliRunner().invoke(_app(), ["eval", "entities", str(gold), "--pred", str(out), "--details"])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output
    assert "spurious PERSON Lê Thị Hạ" in result.output


def test_cli_missing_predictions_is_a_clean_error(tmp_path: Path) -> None:
    gold, _ = _write_files(tmp_path)
    result = CliRunner().invoke(_app(), ["eval", "entities", str(gold), "--pred", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
