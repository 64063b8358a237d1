"""``graphkit load``, ``graphkit query`` and ``graphkit store`` through typer's CliRunner, on a real server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.sinks.falkordb_server import MAX_BOLT_PORT, free_port
from graphkit.sinks.loader import graph_counts
from graphkit.sinks.store import FalkorDBStore, GraphStore
from tests.integration.conftest import neo4j_target
from tests.integration.corpus import news_corpus

pytestmark = pytest.mark.integration


def auth_args() -> list[str]:
    target = neo4j_target()
    args = ["--user", target.user] if target else []
    if target and target.database:
        args += ["--database", target.database]
    return args


def invoke(*args: str) -> object:
    return CliRunner().invoke(app, [*args, *auth_args()])


def test_store_cli_load_is_idempotent_and_summarises(
    store: GraphStore, store_uri: str, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = news_corpus().write(tmp_path / "out")
    result = invoke("load", str(out), "--uri", store_uri, "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert "claims" in result.output and ":Claim" in result.output
    counts = graph_counts(store)
    assert counts[":Claim"] == 9
    result = invoke("load", str(out), "--uri", store_uri)
    assert result.exit_code == 0, result.output
    assert graph_counts(store) == counts

    result = invoke("load", "--remove-doc", "vnx-003", "--uri", store_uri)
    assert result.exit_code == 0, result.output
    assert "removed vnx-003" in result.output
    assert graph_counts(store)[":Claim"] == 6


def test_store_cli_query_raw_saved_and_json(
    store: GraphStore, store_uri: str, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = news_corpus().write(tmp_path / "out")
    assert invoke("load", str(out), "--uri", store_uri).exit_code == 0

    result = invoke(
        "query",
        "MATCH (e:Entity {name: $name}) RETURN e.name AS name, e.type AS type",
        "--param",
        "name=Tập Cận Bình",
        "--uri",
        store_uri,
        "--json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Tập Cận Bình", "type": "PERSON"}]

    result = invoke("query", "--saved", "meetings_of", "--param", "name=Putin", "--uri", store_uri, "--json")
    assert result.exit_code == 0, result.output
    assert [r["met"] for r in json.loads(result.output)] == ["Tập Cận Bình"]

    result = invoke("query", "--saved", "demands", "--param", "limit=1", "--uri", store_uri)
    assert result.exit_code == 0, result.output
    assert "Ukraine" in result.output and "1 row" in result.output

    result = invoke("query", "--saved", "nope", "--uri", store_uri)
    assert result.exit_code == 2
    assert "no saved query 'nope'" in result.output and "meetings_of" in result.output

    result = invoke("query", "--saved", "met", "--param", "bogus=1", "--uri", store_uri)
    assert result.exit_code == 2 and "has no parameter bogus" in result.output

    result = invoke("query", "MATCH (n RETURN n", "--uri", store_uri)
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


def test_store_cli_user_mistakes_are_clean_errors(falkordb_uri: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["load", str(tmp_path / "missing"), "--uri", falkordb_uri])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["load", str(tmp_path), "--uri", "http://localhost:7474"])
    assert result.exit_code == 2 and "unsupported store URI" in result.output
    result = runner.invoke(app, ["load", "--uri", falkordb_uri])
    assert result.exit_code == 2 and "--remove-doc" in result.output
    result = runner.invoke(app, ["query", "--uri", falkordb_uri])
    assert result.exit_code == 2 and "either a Cypher query or --saved" in result.output
    result = runner.invoke(app, ["query", "--list", "--json"])
    assert result.exit_code == 0
    assert "met" in {q["name"] for q in json.loads(result.output)}


def test_store_cli_start_status_stop_keeps_data(tmp_path: Path) -> None:
    runner = CliRunner()
    data = tmp_path / "falkordb"
    port = free_port()
    bolt = free_port(below=MAX_BOLT_PORT + 1)
    result = runner.invoke(app, ["store", "start", "--dir", str(data), "--port", str(port), "--bolt-port", str(bolt)])
    assert result.exit_code == 0, result.output
    try:
        assert f"falkordb://127.0.0.1:{port}" in result.output
        result = runner.invoke(app, ["store", "status", "--dir", str(data)])
        assert result.exit_code == 0 and "answering" in result.output
        again = runner.invoke(app, ["store", "start", "--dir", str(data), "--port", str(port)])
        assert again.exit_code == 2 and "already running" in again.output

        out = news_corpus().write(tmp_path / "out")
        uri = f"falkordb://127.0.0.1:{port}/news"
        assert runner.invoke(app, ["load", str(out), "--uri", uri]).exit_code == 0
        store = FalkorDBStore(uri)
        counts = graph_counts(store)
        store.close()
    finally:
        result = runner.invoke(app, ["store", "stop", "--dir", str(data)])
    assert result.exit_code == 0 and "stopped" in result.output
    result = runner.invoke(app, ["store", "status", "--dir", str(data)])
    assert result.exit_code == 1 and "not running" in result.output

    assert runner.invoke(app, ["store", "start", "--dir", str(data), "--port", str(port)]).exit_code == 0
    try:
        store = FalkorDBStore(f"falkordb://127.0.0.1:{port}/news")
        assert graph_counts(store) == counts
        store.close()
    finally:
        assert runner.invoke(app, ["store", "stop", "--dir", str(data)]).exit_code == 0
