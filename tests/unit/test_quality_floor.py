"""Quality floors on the project's own gold data, through the eval commands.

The held-out set in tests/data/heldout/ is deliberately not used here: it only measures.
"""

import json

import pytest
from typer.testing import CliRunner

from graphkit.cli import app

runner = CliRunner()


def _json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{") :])


def test_quality_ner_gold_floor(repo_root):
    report = _json(runner.invoke(app, ["eval", "ner", str(repo_root / "tests/data/ner/gold.conll"), "--json"]))
    assert report["overall"]["f1"] >= 0.93
    assert report["per_type"]["ORG"]["recall"] >= 0.85
    assert report["per_type"]["PER"]["f1"] >= 0.93


@pytest.fixture(scope="module")
def relations_out(tmp_path_factory, repo_root):
    out = tmp_path_factory.mktemp("rel")
    result = runner.invoke(
        app, ["extract", str(repo_root / "tests/data/relations/articles.jsonl"), "--out", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_quality_relations_floor(relations_out, repo_root):
    gold = repo_root / "tests/data/relations/gold.jsonl"
    report = _json(runner.invoke(app, ["eval", "relations", str(gold), "--pred", str(relations_out), "--json"]))
    assert report["micro"]["precision"] >= 0.9
    assert report["micro"]["f1"] >= 0.8
    met = next(p for p in report["per_predicate"] if p["predicate"] == "MET")
    assert met["precision"] >= 0.95


def test_quality_entities_on_examples_floor(tmp_path, examples_dir):
    out = tmp_path / "ex"
    assert runner.invoke(app, ["extract", str(examples_dir), "--out", str(out), "-q"]).exit_code == 0
    gold = examples_dir / "gold" / "entities.jsonl"
    report = _json(runner.invoke(app, ["eval", "entities", str(gold), "--pred", str(out), "--json"]))
    assert report["micro"]["f1"] >= 0.9
