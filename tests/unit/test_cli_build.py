"""The CLI through typer's runner: build/extract end to end, batch errors, strict mode."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.schema_export import default_dir

runner = CliRunner()

GOOD = (
    "Nga và Pháp điện đàm\n\nTổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron hôm 20/2.\n"
)


def _schema(name: str) -> dict:
    return json.loads((default_dir() / f"{name}.schema.json").read_text())


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cli_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "extract", "ner", "load", "analyze", "export", "eval", "models", "query", "store"):
        assert command in result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory, examples_dir):
    out = tmp_path_factory.mktemp("build")
    result = runner.invoke(app, ["build", str(examples_dir), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_cli_build_writes_the_output_contract(built, examples_dir):
    for name in ("documents.jsonl", "entities.jsonl", "triples.jsonl", "errors.jsonl", "graph.graphml", "report.md"):
        assert (built / name).is_file(), name
    docs = _lines(built / "documents.jsonl")
    assert {d["doc_id"] for d in docs} == {p.stem for p in examples_dir.glob("*.txt")}
    for name, schema in (("documents", "document"), ("entities", "entity"), ("triples", "triple")):
        records = _lines(built / f"{name}.jsonl")
        assert records, name
        for record in records:
            jsonschema.validate(record, _schema(schema))


def test_cli_build_offsets_point_into_cleaned_text(built):
    texts = {d["doc_id"]: d["text"] for d in _lines(built / "documents.jsonl")}
    for entity in _lines(built / "entities.jsonl"):
        for m in entity["mentions"]:
            assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]
    for triple in _lines(built / "triples.jsonl"):
        ev = triple["evidence"]
        assert texts[triple["doc_id"]][ev["start"] : ev["end"]] == ev["sentence"]


def test_cli_build_graphml_reads_back(built):
    import networkx as nx

    g = nx.read_graphml(built / "graph.graphml", force_multigraph=True)
    entities = _lines(built / "entities.jsonl")
    assert g.number_of_nodes() >= len(entities)
    assert all("label" in d for _, d in g.nodes(data=True))


def test_cli_build_finds_the_examples_gold_facts(built, examples_dir):
    from graphkit.extraction.evaluate import evaluate_relations, load_gold

    report = evaluate_relations(load_gold(examples_dir / "gold" / "relations.jsonl"), built)
    assert report.micro.recall >= 0.7, report
    assert report.micro.precision >= 0.85, report


def test_cli_extract_skips_bad_files_and_exits_nonzero(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03garbage\x00\xff\xfe\x00" * 20)
    (inputs / "broken.jsonl").write_text(
        '{"id": "ok1", "text": "Ông Biden thăm Hà Nội."}\n{not json\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out)])
    assert result.exit_code == 1, result.output
    errors = _lines(out / "errors.jsonl")
    failed = {e["input"] for e in errors}
    assert any("binary.txt" in f for f in failed)
    assert any("broken.jsonl" in f for f in failed)
    assert {d["doc_id"] for d in _lines(out / "documents.jsonl")} == {"good", "ok1"}
    assert "binary.txt" in result.output


def test_cli_extract_strict_stops_at_first_error(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(b"\x00\x00binary\x00")
    (inputs / "b.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code != 0
    assert not (tmp_path / "out" / "documents.jsonl").exists()


def test_cli_extract_reads_stdin(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", "-", "--out", str(out), "--quiet"], input=GOOD)
    assert result.exit_code == 0, result.output
    docs = _lines(out / "documents.jsonl")
    assert len(docs) == 1 and "Putin" in docs[0]["text"]


def test_cli_missing_input_is_reported_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_cli_unknown_pipeline_is_a_clean_error(tmp_path, examples_dir):
    src = tmp_path / "a.txt"
    shutil.copy(next(examples_dir.glob("*.txt")), src)
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o"), "--pipeline", "nope"])
    assert result.exit_code != 0
    assert "nope" in str(result.exception) or "nope" in result.output
