"""The neo4j-driver path (Bolt), exercised against FalkorDB's experimental Bolt port.

FalkorDB's Bolt layer mishandles string parameters that contain a single quote or a
backslash (a server bug), so this data is free of both; hostile strings are tested through
the native client (and against a real Neo4j when NEO4J_URI is set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import StoreError
from graphkit.sinks.cypher import Dialect
from graphkit.sinks.falkordb_server import LocalFalkorDB
from graphkit.sinks.loader import graph_counts, load_output, read_graph, remove_document
from graphkit.sinks.store import FalkorDBStore, Neo4jStore
from tests.integration.corpus import news_corpus

pytestmark = pytest.mark.integration


def bolt_safe(out: Path) -> None:
    for name in ("documents.jsonl", "entities.jsonl", "triples.jsonl"):
        text = (out / name).read_text(encoding="utf-8")
        assert "'" not in text and "\\" not in text, f"{name} must be free of ' and \\ for FalkorDB's Bolt port"


def test_store_bolt_driver_loads_and_reads_back(
    bolt_store: Neo4jStore, falkordb_server: LocalFalkorDB, tmp_path: Path
) -> None:
    assert bolt_store.dialect is Dialect.falkordb  # detected: the server has no dbms.components()
    corpus = news_corpus()
    first = corpus.write(tmp_path / "first", ["vnx-001", "tt-002"])
    everything = corpus.write(tmp_path / "all")
    bolt_safe(everything)

    load_output(bolt_store, first, batch_size=2)
    load_output(bolt_store, everything, batch_size=2)
    counts = graph_counts(bolt_store)
    load_output(bolt_store, everything, batch_size=2)
    assert graph_counts(bolt_store) == counts
    assert counts[":Claim"] == 9 and counts["[:MET]"] == 1

    rows = bolt_store.run(
        "MATCH (a:Entity {name: $a})-[r:MET]-(b:Entity) RETURN b.name AS b, r.count AS n, r.last_date AS last",
        {"a": "Vladimir Putin"},
    )
    assert rows == [{"b": "Tập Cận Bình", "n": 3, "last": "2024-07-03"}]

    entities, triples = read_graph(bolt_store)
    assert sorted(triples, key=lambda t: t.id) == sorted(corpus.triples, key=lambda t: t.id)
    assert {e.name for e in entities} == {e.name for e in corpus.entities.values()}

    # the same graph, seen through the native client (Bolt serves the graph "falkordb")
    native = FalkorDBStore(f"{falkordb_server.uri}/falkordb")
    try:
        assert graph_counts(native) == counts
    finally:
        native.close()

    remove_document(bolt_store, "vnx-003")
    rows = bolt_store.run("MATCH (:Entity)-[r:MET]->(:Entity) RETURN r.count AS n")
    assert rows == [{"n": 2}]


def test_store_bolt_to_falkordb_refuses_quotes_and_backslashes(bolt_store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match="Bolt port mishandles"):
        bolt_store.run("RETURN $name AS name", {"name": "O'Brien"})
    with pytest.raises(StoreError, match="falkordb://"):
        bolt_store.write("UNWIND $rows AS row RETURN row", {"rows": [{"sentence": "a \\ b"}]})
    assert bolt_store.run("RETURN $name AS name", {"name": 'Tổng thống "Putin" {x}'}) == [
        {"name": 'Tổng thống "Putin" {x}'}
    ]
