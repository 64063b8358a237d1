"""`graphkit ner` and `graphkit eval ner` through the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graphkit.cli import app

runner = CliRunner()


def test_nlp_cli_ner_one_json_line_per_input_line() -> None:
    text = "Tổng thống Nga Vladimir Putin tiếp Ngoại trưởng Mỹ.\nNATO họp tại Brussels.\n"
    result = runner.invoke(app, ["ner", "-", "--backend", "ner.underthesea.v1"], input=text)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 2
    first = lines[0]
    assert first["text"].startswith("Tổng thống Nga")
    putin = next(e for e in first["entities"] if e["text"] == "Vladimir Putin")
    assert putin["type"] == "PERSON" and putin["role"] == "Tổng thống"
    assert putin["id"]
    for e in first["entities"]:
        assert first["text"][e["start"] : e["end"]] == e["text"]
    assert any(e["text"] == "NATO" and e["type"] == "ORGANIZATION" for e in lines[1]["entities"])
    assert "ner.underthesea.v1" in result.stderr


def test_nlp_cli_ner_unknown_backend_fails_cleanly() -> None:
    result = runner.invoke(app, ["ner", "-", "--backend", "ner.nope.v1"], input="Nga.\n")
    assert result.exit_code != 0


def test_nlp_cli_eval_ner_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conll"
    gold.write_text(
        "Ông\tO\nVladimir\tB-PER\nPutin\tI-PER\nđến\tO\nBắc\tB-LOC\nKinh\tI-LOC\n.\tO\n\n"
        "Bộ\tB-ORG\nNgoại_giao\tI-ORG\nNga\tI-ORG\ncho_biết\tO\n.\tO\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "ner", str(gold), "--json", "--backend", "ner.underthesea.v1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{") :])
    assert report["sentences"] == 2
    assert report["per_type"]["ORG"]["tp"] == 1
    assert report["overall"]["f1"] == 1.0
