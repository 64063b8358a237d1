"""`graphkit build --neo4j URI` end to end: the examples' graph lands in the store intact."""

import json
from pathlib import Path

from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.sinks.loader import graph_counts, read_graph

runner = CliRunner()


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_build_loads_the_examples_into_the_store(tmp_path, examples_dir, store, store_uri, cli_env):
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["build", str(examples_dir), "--out", str(out), "--neo4j", store_uri, "-q"], env=cli_env
    )
    assert result.exit_code == 0, result.output
    entities = _lines(out / "entities.jsonl")
    triples = _lines(out / "triples.jsonl")
    counts = graph_counts(store)
    assert counts[":Claim"] == len(triples)
    assert counts[":Article"] == len(_lines(out / "documents.jsonl"))
    back_entities, back_triples = read_graph(store)
    assert {e.id for e in back_entities} >= {t["subject"]["id"] for t in triples}
    assert {t.id for t in back_triples} == {t["id"] for t in triples}
    assert len(back_entities) <= len(entities) + 5

    again = runner.invoke(app, ["load", str(out), "--uri", store_uri, "-q"], env=cli_env)
    assert again.exit_code == 0, again.output
    assert graph_counts(store) == counts


def test_analyze_reads_the_graph_back_from_the_store(tmp_path, examples_dir, store, store_uri, cli_env):
    out = tmp_path / "out"
    built = runner.invoke(app, ["build", str(examples_dir), "--out", str(out), "--neo4j", store_uri, "-q"], env=cli_env)
    assert built.exit_code == 0, built.output
    from_files = runner.invoke(
        app, ["analyze", str(out), "--out", str(tmp_path / "a_files"), "--top", "500"], env=cli_env
    )
    from_store = runner.invoke(
        app, ["analyze", "--from-neo4j", store_uri, "--out", str(tmp_path / "a_store"), "--top", "500"], env=cli_env
    )
    assert from_files.exit_code == 0, from_files.output
    assert from_store.exit_code == 0, from_store.output
    files_report = json.loads((tmp_path / "a_files" / "report.json").read_text(encoding="utf-8"))
    store_report = json.loads((tmp_path / "a_store" / "report.json").read_text(encoding="utf-8"))
    for path in ("report.md", "report.html"):
        assert (tmp_path / "a_store" / path).is_file()
    assert _meetings(store_report) == _meetings(files_report)
    assert _meetings(files_report)


def _meetings(report: dict) -> set[tuple]:
    return {
        (frozenset((m["a_id"], m["b_id"])), m["count"], m["first_date"], m["last_date"], tuple(sorted(m["modes"])))
        for m in report["meetings"]
    }
