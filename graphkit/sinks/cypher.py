"""Every Cypher statement graphkit sends to a graph store, for both engines.

The graph model is documented in ``schemas/neo4j/README.md``. Labels and relationship
types are formatted into query text only from the ontology (``graphkit.ontology``) after
:func:`safe_name` validated them; every value travels as a parameter.

The two engines differ in a few places, all behind :class:`Dialect`:

* schema: Neo4j has ``CREATE CONSTRAINT … IF NOT EXISTS``; FalkorDB has ``CREATE INDEX``
  (not idempotent: an existing index is an error the store ignores) and unique constraints
  through the ``GRAPH.CONSTRAINT`` command (see :data:`SCHEMA` and the FalkorDB store);
* shortest paths: FalkorDB only supports directed ``shortestPath`` in ``WITH``/``RETURN``,
  so saved queries may carry a FalkorDB variant;
* node ids: the loader finds nodes it has already seen by their store id (:func:`node_id`:
  ``id(n)`` on FalkorDB, ``elementId(n)`` on Neo4j) instead of an index lookup.

Dates are stored as ISO strings (``YYYY-MM-DD``) on both engines: they sort and compare
correctly with ``min``/``max``/``<``, and survive Bolt and the native client unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from graphkit.errors import StoreError
from graphkit.ontology import ONTOLOGY


class Dialect(StrEnum):
    """The Cypher dialect of a store."""

    neo4j = "neo4j"
    falkordb = "falkordb"


_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

ENTITY = "Entity"
ARTICLE = "Article"
CLAIM = "Claim"
VALUE = "Value"

CLAIM_LINKS = ("SUBJECT", "OBJECT", "REPORTED_IN", "REPORTED_BY", "ADDRESSEE")
"""Relationship types of the evidence layer (fixed, not from data)."""


def safe_name(name: str) -> str:
    """Check that a label or relationship type is a plain identifier before it enters query text.

    Parameters
    ----------
    name : str
        A label or relationship type taken from the ontology.

    Returns
    -------
    str
        The same name.

    Raises
    ------
    StoreError
        If the name is not a plain identifier.

    Examples
    --------
    >>> safe_name("Person")
    'Person'
    """
    if not _NAME.match(name):
        raise StoreError(f"refusing to use {name!r} as a label or relationship type")
    return name


@cache
def entity_label(entity_type: str) -> str:
    """The node label of an entity type, from the ontology only.

    Examples
    --------
    >>> entity_label("PERSON")
    'Person'
    """
    if entity_type not in ONTOLOGY.entity_types:
        raise StoreError(f"unknown entity type {entity_type!r} (not in the ontology)")
    return safe_name(ONTOLOGY.label(entity_type))


def entity_labels() -> list[str]:
    """All entity-type labels of the ontology."""
    return [entity_label(t) for t in ONTOLOGY.entity_types]


@cache
def value_types() -> dict[str, str]:
    """Value types declared by the ontology's predicates, mapped to their node labels.

    Examples
    --------
    >>> value_types()["DEMAND"]
    'Demand'
    """
    out: dict[str, str] = {}
    for pred in ONTOLOGY.predicates.values():
        if pred.value_type:
            out[pred.value_type] = safe_name(pred.value_type.capitalize())
    return out


@cache
def value_label(value_type: str) -> str | None:
    """The extra node label of a value type, or ``None`` for a type the ontology does not declare."""
    return value_types().get(value_type)


@cache
def rel_type(predicate: str) -> str:
    """The fact-layer relationship type of a predicate, from the ontology only.

    Examples
    --------
    >>> rel_type("MET")
    'MET'
    """
    if predicate not in ONTOLOGY.predicates:
        raise StoreError(f"unknown predicate {predicate!r} (not in the ontology)")
    return safe_name(ONTOLOGY.predicate(predicate).rel_type)


def fact_rel_types() -> list[str]:
    """All fact-layer relationship types."""
    return [rel_type(p) for p in ONTOLOGY.predicates]


# ------------------------------------------------------------------ schema


@dataclass(frozen=True)
class SchemaItem:
    """A property that is indexed, and unique when ``unique`` is set."""

    name: str
    label: str
    prop: str
    unique: bool
    falkordb: bool = True


SCHEMA: tuple[SchemaItem, ...] = (
    SchemaItem("entity_id", ENTITY, "id", True),
    SchemaItem("article_doc_id", ARTICLE, "doc_id", True),
    SchemaItem("claim_id", CLAIM, "id", True),
    SchemaItem("value_key", VALUE, "key", True),
    SchemaItem("claim_fact", CLAIM, "fact", False),
    SchemaItem("claim_doc_id", CLAIM, "doc_id", False),
    SchemaItem("entity_name", ENTITY, "name", False, falkordb=False),
    SchemaItem("value_topic", VALUE, "topic", False),
)


def schema_items(dialect: Dialect) -> list[SchemaItem]:
    """The indexed properties of a dialect.

    FalkorDB 4.16 string indexes trim leading/trailing whitespace and skip empty strings
    (measured): an indexed lookup of ``" a"`` misses and one of ``"a"`` also finds ``"a "``.
    Free-text properties (names) are therefore not indexed on FalkorDB, and key properties
    are checked by :func:`falkordb_key_problem` before they are written.
    """
    return [item for item in SCHEMA if dialect is Dialect.neo4j or item.falkordb]


def falkordb_key_problem(value: str) -> str | None:
    """Why a key value cannot be used with FalkorDB's string index, or ``None`` when it can.

    Examples
    --------
    >>> falkordb_key_problem("e:1a2b") is None
    True
    >>> falkordb_key_problem(" x")
    'leading or trailing whitespace'
    """
    if value == "":
        return "empty"
    if value != value.strip():
        return "leading or trailing whitespace"
    return None


def schema_statements(dialect: Dialect) -> list[str]:
    """Cypher DDL for :data:`SCHEMA` in a dialect.

    Neo4j statements are idempotent (``IF NOT EXISTS``). FalkorDB statements create the
    indexes; the store ignores "already indexed" errors and adds unique constraints with
    ``GRAPH.CONSTRAINT``.
    """
    out = []
    for item in schema_items(dialect):
        label, prop = safe_name(item.label), safe_name(item.prop)
        if dialect is Dialect.neo4j:
            if item.unique:
                out.append(f"CREATE CONSTRAINT {item.name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE")
            else:
                out.append(f"CREATE INDEX {item.name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
        else:
            out.append(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
    return out


# ------------------------------------------------------------------ writes

UPSERT_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {doc_id: row.doc_id})
SET a.title = row.title, a.date = row.date, a.source = row.source, a.url = row.url
"""


def upsert_entities(label: str, dialect: Dialect = Dialect.falkordb) -> str:
    """Create or update entities of one type; other type labels are removed (a type may change).

    On FalkorDB missing entities are first created with both labels (adding a label to a node
    just created is slow there); on Neo4j ``MERGE`` creates them.
    """
    label = safe_name(label)
    others = [other for other in entity_labels() if other != label]
    remove = f"\nREMOVE e:{':'.join(others)}" if others else ""
    update = f"""SET e:{label}, e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.kb_id = row.kb_id,
    e.roles = row.roles, e.speaks_for = row.speaks_for{remove}
"""
    if dialect is Dialect.neo4j:
        return f"""
UNWIND $rows AS row
MERGE (e:{ENTITY} {{id: row.id}})
{update}"""
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH (found:{ENTITY} {{id: row.id}})
WITH row WHERE found IS NULL
CREATE (:{ENTITY}:{label} {{id: row.id}})
WITH count(*) AS created
UNWIND $rows AS row
MATCH (e:{ENTITY} {{id: row.id}})
{update}"""


def node_id(dialect: Dialect) -> str:
    """The function that gives a node's store id in a dialect (``id`` or ``elementId``).

    Examples
    --------
    >>> node_id(Dialect.falkordb), node_id(Dialect.neo4j)
    ('id', 'elementId')
    """
    return "id" if dialect is Dialect.falkordb else "elementId"


def _seek(var: str, node: str, dialect: Dialect) -> str:
    """Match a node by its store id (the caller checks its label and key: a stale id is dropped)."""
    return f"MATCH ({var}) WHERE {node_id(dialect)}({var}) = {node}"


def _is(var: str, label: str, prop: str, value: str) -> str:
    """The check that a node found by id is the one meant: its label and key."""
    return f"{var}:{safe_name(label)} AND {var}.{safe_name(prop)} = {value}"


def ensure_entities(label: str, dialect: Dialect = Dialect.falkordb) -> str:
    """Make sure entities a triple refers to exist, without overwriting a loaded one.

    Rows are ``[id, name, type]``; returns one row with the ids (``keys``) and their node ids
    (``nodes``), in the same order. On FalkorDB missing entities are created with both labels at
    once (adding a label to a node just created is slow there); on Neo4j ``MERGE`` locks the key.
    """
    label = safe_name(label)
    if dialect is Dialect.neo4j:
        return f"""
UNWIND $rows AS row
MERGE (e:{ENTITY} {{id: row[0]}})
ON CREATE SET e:{label}, e.name = row[1], e.type = row[2], e.aliases = [], e.roles = []
RETURN collect(row[0]) AS keys, collect({node_id(dialect)}(e)) AS nodes
"""
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH (found:{ENTITY} {{id: row[0]}})
WITH row WHERE found IS NULL
CREATE (:{ENTITY}:{label} {{id: row[0], name: row[1], type: row[2], aliases: [], roles: []}})
WITH count(*) AS created
UNWIND $rows AS row
MATCH (e:{ENTITY} {{id: row[0]}})
RETURN collect(row[0]) AS keys, collect({node_id(dialect)}(e)) AS nodes
"""


def ensure_articles(dialect: Dialect = Dialect.falkordb) -> str:
    """Make sure the articles of claims exist; returns their ``keys`` (doc ids) and ``nodes``."""
    return f"""
UNWIND $rows AS doc_id
MERGE (a:{ARTICLE} {{doc_id: doc_id}})
RETURN collect(doc_id) AS keys, collect({node_id(dialect)}(a)) AS nodes
"""


UPSERT_MENTIONS = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity_id})
MERGE (a:Article {doc_id: row.doc_id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.texts = row.texts
"""


def upsert_values(label: str | None, dialect: Dialect = Dialect.falkordb) -> str:
    """Create value nodes (demands, appeals…) keyed by ``key``; ``label`` is the value type's label.

    Rows are ``[key, type, topic, text]``; the key is a hash of the other three, so a stored value
    is left as it is. Returns one row with the ``keys`` and their ``nodes``, in the same order.
    As for :func:`ensure_entities`, FalkorDB creates missing values with both labels at once and
    Neo4j merges them.
    """
    labels = f"{VALUE}:{safe_name(label)}" if label else VALUE
    if dialect is Dialect.neo4j:
        extra = f"v:{safe_name(label)}, " if label else ""
        return f"""
UNWIND $rows AS row
MERGE (v:{VALUE} {{key: row[0]}})
ON CREATE SET {extra}v.type = row[1], v.topic = row[2], v.text = row[3]
RETURN collect(row[0]) AS keys, collect({node_id(dialect)}(v)) AS nodes
"""
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH (found:{VALUE} {{key: row[0]}})
WITH row WHERE found IS NULL
CREATE (:{labels} {{key: row[0], type: row[1], topic: row[2], text: row[3]}})
WITH count(*) AS created
UNWIND $rows AS row
MATCH (v:{VALUE} {{key: row[0]}})
RETURN collect(row[0]) AS keys, collect({node_id(dialect)}(v)) AS nodes
"""


CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "predicate",
    "date",
    "status",
    "sentence",
    "start",
    "end",
    "confidence",
    "cameo",
    "goldstein",
    "extractor",
    "doc_id",
    "fact",
    "subject_id",
    "object_id",
    "object_kind",
    "reported_by_id",
    "addressee_id",
)
"""Claim properties every claim has (possibly null); predicate-specific fields follow them."""


def upsert_claims(object_label: str, columns: tuple[str, ...] | list[str]) -> str:
    """Merge claims with their SUBJECT, OBJECT and REPORTED_IN links and update their properties.

    The loader sends a batch here when :func:`create_claims` did not write all of it (some claims
    were stored already). Rows are lists of values in the order of ``columns`` (which starts with
    :data:`CLAIM_COLUMNS`; values after the columns are ignored): positional rows are several
    times smaller to send and parse than maps. ``object_label`` is ``Entity`` or ``Value``: the
    object is matched by ``id`` or ``key``; the article must exist (:func:`ensure_articles`).
    Returns the number of written claims (``n``) so that nothing is dropped unnoticed.
    """
    columns = _claim_columns(columns)
    at = {c: i for i, c in enumerate(columns)}
    key = "id" if object_label == ENTITY else "key"
    object_label = safe_name(object_label)
    sets = ",\n    ".join(f"c.{c} = row[{i}]" for i, c in enumerate(columns) if c != "id")
    return f"""
UNWIND $rows AS row
MATCH (s:{ENTITY} {{id: row[{at["subject_id"]}]}})
MATCH (o:{object_label} {{{key}: row[{at["object_id"]}]}})
MATCH (a:{ARTICLE} {{doc_id: row[{at["doc_id"]}]}})
MERGE (c:{CLAIM} {{id: row[0]}})
SET {sets}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:REPORTED_IN]->(a)
RETURN count(c) AS n
"""


def _claim_columns(columns: tuple[str, ...] | list[str]) -> list[str]:
    """Claim columns checked as identifiers and to start with :data:`CLAIM_COLUMNS`."""
    checked = [safe_name(c) for c in columns]
    if tuple(checked[: len(CLAIM_COLUMNS)]) != CLAIM_COLUMNS:
        raise StoreError("claim columns must start with CLAIM_COLUMNS")
    return checked


def _claim_ends(object_label: str, columns: list[str], dialect: Dialect) -> str:
    """The rows of ``$rows`` with their subject, object and article, sought by node id and checked by
    label and key (a row whose node ids are stale is dropped)."""
    at = {c: i for i, c in enumerate(columns)}
    key = "id" if object_label == ENTITY else "key"
    n = len(columns)
    return f"""UNWIND $rows AS row
WITH row, row[{n}] AS s_node, row[{n + 1}] AS o_node, row[{n + 2}] AS a_node
{_seek("s", "s_node", dialect)}
{_seek("o", "o_node", dialect)}
{_seek("a", "a_node", dialect)}
WITH row, s, o, a
WHERE {_is("s", ENTITY, "id", f"row[{at['subject_id']}]")} AND {_is("o", object_label, key, f"row[{at['object_id']}]")}
  AND {_is("a", ARTICLE, "doc_id", f"row[{at['doc_id']}]")}"""


def _create_claim(columns: list[str]) -> str:
    """``CREATE`` of claim ``c`` from ``row`` with one property map, linked to ``s``, ``o`` and ``a``."""
    props = ", ".join(f"`{c}`: row[{i}]" for i, c in enumerate(columns))
    return f"""CREATE (c:{CLAIM} {{{props}}})
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:REPORTED_IN]->(a)
RETURN count(c) AS n"""


def create_claims(object_label: str, columns: tuple[str, ...] | list[str], dialect: Dialect = Dialect.falkordb) -> str:
    """Create claims that are not stored yet, with their SUBJECT, OBJECT and REPORTED_IN links.

    The same rows as :func:`upsert_claims`, each followed by three node ids: of the subject, the
    object and the article (:func:`ensure_entities`, :func:`upsert_values`, :func:`ensure_articles`).
    Nodes are found by node id, checked against their label and key; ``CREATE`` with one property
    map instead of ``MERGE`` + ``SET``, so no relationship has to be looked up. A row whose claim id
    is stored already is skipped, and a row whose node ids are stale is not written; both make the
    returned count ``n`` smaller than the number of rows (the loader then sends the rows to
    :func:`upsert_claims`). Null values set no property, as with ``SET``.
    """
    columns = _claim_columns(columns)
    object_label = safe_name(object_label)
    return f"""
{_claim_ends(object_label, columns, dialect)}
OPTIONAL MATCH (known:{CLAIM} {{id: row[0]}})
WITH row, s, o, a WHERE known IS NULL
{_create_claim(columns)}
"""


def create_new_claims(
    object_label: str, columns: tuple[str, ...] | list[str], dialect: Dialect = Dialect.falkordb
) -> str:
    """:func:`create_claims` for claims the loader knows are not stored: no lookup per claim.

    The loader sends rows here during a load into a graph that held no claims and no facts when the
    load began, for claim ids the load has not written yet (``graphkit.sinks.loader._Seen``).
    ``$guard`` is the claim id of the first row: when that claim exists (this statement was applied
    before and is being retried) nothing is written. A row whose node ids are stale is not written.
    Either makes the returned count ``n`` smaller than the number of rows; the loader then removes
    any claim written twice (:data:`DELETE_REPEATED_CLAIMS`: a retried statement whose first row
    was stale writes its other rows again) and sends the rows to :func:`upsert_claims`.
    """
    columns = _claim_columns(columns)
    object_label = safe_name(object_label)
    return f"""
OPTIONAL MATCH (done:{CLAIM} {{id: $guard}})
WITH count(done) AS applied
WHERE applied = 0
{_claim_ends(object_label, columns, dialect)}
{_create_claim(columns)}
"""


DELETE_REPEATED_CLAIMS = """
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH id, collect(c) AS found
WHERE size(found) > 1
UNWIND found[1..] AS repeated
DETACH DELETE repeated
RETURN count(*) AS n
"""
"""Delete all but one of the claims stored under each of ``$ids`` (see :func:`create_new_claims`)."""


def link_claims(rel: str) -> str:
    """Link claims to a further entity (``REPORTED_BY`` or ``ADDRESSEE``)."""
    if rel not in CLAIM_LINKS:
        raise StoreError(f"unknown claim link {rel!r}")
    return f"""
UNWIND $rows AS row
MATCH (c:{CLAIM} {{id: row.id}})
MATCH (e:{ENTITY} {{id: row.entity_id}})
MERGE (c)-[:{rel}]->(e)
"""


FACT_EXTRAS: dict[str, tuple[str, str]] = {
    "MET": ("mode", "modes"),
    "SUPPORTED": ("kind", "kinds"),
    "HOLDS_ROLE": ("role", "roles"),
}
"""Predicate → (claim property, fact list property) aggregated on top of the common ones."""


def _fact_extra(predicate: str) -> tuple[str, str] | None:
    """The (claim property, fact list property) a predicate aggregates on top of the common ones."""
    extra = FACT_EXTRAS.get(predicate)
    return (safe_name(extra[0]), safe_name(extra[1])) if extra else None


FACT_VALUES: tuple[str, ...] = ("count", "first_date", "last_date", "doc_ids", "confidence")
"""Aggregate properties of every fact relationship, in the order of the values in fact rows; the
predicate's list property (:data:`FACT_EXTRAS`) follows them."""


def fact_claims(predicate: str) -> str:
    """The claims of some facts of one predicate, to compute their aggregates from scratch.

    ``$keys`` are fact keys; returns one row per fact that has claims: its ``key`` and ``claims``, a
    list of ``[date, doc_id, confidence, extra]`` (``extra`` is the predicate's :data:`FACT_EXTRAS`
    claim property, or null).
    """
    extra = _fact_extra(predicate)
    value = f"c.{extra[0]}" if extra else "null"
    return f"""
UNWIND $keys AS key
MATCH (c:{CLAIM} {{fact: key}})
RETURN key, collect([c.date, c.doc_id, c.confidence, {value}]) AS claims
"""


def read_facts_by_node(predicate: str, dialect: Dialect = Dialect.falkordb) -> str:
    """The stored aggregates of some facts of one predicate, found from the node ids of their ends.

    Rows are ``[key, subject node, object node]``; returns one row per stored fact: ``key``, the
    values of :data:`FACT_VALUES` and ``extra`` (the predicate's list property, or null). The fact
    key names its predicate and ends, so a relationship that carries it is that fact; a stale node
    id finds nothing (the write that follows then checks the ends by key).
    """
    rel = rel_type(predicate)
    extra = _fact_extra(predicate)
    values = ", ".join(f"r.{v} AS {v}" for v in FACT_VALUES)
    return f"""
UNWIND $facts AS f
WITH f[0] AS key, f[1] AS s_node, f[2] AS o_node
{_seek("s", "s_node", dialect)}
{_seek("o", "o_node", dialect)}
MATCH (s)-[r:{rel}]->(o)
WHERE r.fact = key
RETURN key, {values}, {f"r.{extra[1]}" if extra else "null"} AS extra
"""


def _set_fact(predicate: str, at: int) -> str:
    """``SET`` of a fact relationship ``r`` from row ``f``: key at 0, aggregates from ``at`` on."""
    extra = _fact_extra(predicate)
    names = [*FACT_VALUES, *([extra[1]] if extra else [])]
    return "SET r.fact = f[0], " + ", ".join(f"r.{name} = f[{at + i}]" for i, name in enumerate(names))


def _fact_ends(object_label: str, dialect: Dialect) -> str:
    """The rows of ``$facts`` with their two end nodes, sought by node id and checked by label and key."""
    key = "id" if object_label == ENTITY else "key"
    return f"""UNWIND $facts AS f
WITH f, f[3] AS s_node, f[4] AS o_node
{_seek("s", "s_node", dialect)}
{_seek("o", "o_node", dialect)}
WITH f, s, o
WHERE {_is("s", ENTITY, "id", "f[1]")} AND {_is("o", object_label, key, "f[2]")}"""


def write_facts_by_node(predicate: str, object_label: str, dialect: Dialect = Dialect.falkordb) -> str:
    """Write fact relationships of one predicate with their aggregates, finding their ends by node id.

    Rows are ``[key, subject id, object key, subject node, object node, *aggregates]`` (the values of
    :data:`FACT_VALUES`, then the predicate's list, if any). Values are absolute, so a repeated write
    changes nothing. Ends are checked against label and key: a row with a stale node id is not
    written, and the returned count ``n`` is then smaller than the number of rows.
    """
    rel = rel_type(predicate)
    return f"""
{_fact_ends(object_label, dialect)}
MERGE (s)-[r:{rel}]->(o)
{_set_fact(predicate, 5)}
RETURN count(r) AS n
"""


def create_facts_by_node(predicate: str, object_label: str, dialect: Dialect = Dialect.falkordb) -> str:
    """Create fact relationships that are not stored yet, with one property map (no lookup, no ``SET``).

    Rows as for :func:`write_facts_by_node`. ``$guard`` is the subject node and ``$guard_key`` the key
    of the first row: when that fact exists already (this statement was applied before, and is
    being retried) nothing is written. Either that or a stale node id makes the returned count
    ``n`` smaller than the number of rows, and the loader then writes the facts by key.
    """
    rel = rel_type(predicate)
    extra = _fact_extra(predicate)
    names = [*FACT_VALUES, *([extra[1]] if extra else [])]
    props = ", ".join(["fact: f[0]", *(f"{name}: f[{5 + i}]" for i, name in enumerate(names))])
    return f"""
MATCH (g) WHERE {node_id(dialect)}(g) = $guard
OPTIONAL MATCH (g)-[done:{rel}]->()
WHERE done.fact = $guard_key
WITH count(done) AS applied
WHERE applied = 0
{_fact_ends(object_label, dialect)}
CREATE (s)-[r:{rel} {{{props}}}]->(o)
RETURN count(r) AS n
"""


def write_facts(predicate: str, object_label: str) -> str:
    """:func:`write_facts_by_node` with the ends found by key.

    Rows are ``[key, subject id, object key, *aggregates]``; returns the written count ``n``.
    """
    rel = rel_type(predicate)
    key = "id" if object_label == ENTITY else "key"
    object_label = safe_name(object_label)
    return f"""
UNWIND $facts AS f
WITH f, f[1] AS s_key, f[2] AS o_key
MATCH (s:{ENTITY} {{id: s_key}})
MATCH (o:{object_label} {{{key}: o_key}})
MERGE (s)-[r:{rel}]->(o)
{_set_fact(predicate, 3)}
RETURN count(r) AS n
"""


def delete_empty_facts(predicate: str) -> str:
    """Delete fact relationships of one predicate that no claim supports any more."""
    rel = rel_type(predicate)
    return f"""
UNWIND $facts AS f
MATCH (s:{ENTITY} {{id: f.s}})-[r:{rel}]->()
WHERE r.fact = f.key
OPTIONAL MATCH (c:{CLAIM} {{fact: f.key}})
WITH r, count(c) AS n
WHERE n = 0
DELETE r
RETURN count(*) AS n
"""


def count_claims_and_facts() -> list[str]:
    """Statements that count the claims and the fact relationships of each type (one row, ``n``).

    A load into a graph where all are 0 knows that every claim and fact it meets is new unless it
    wrote it itself (see :func:`create_new_claims`). One statement per count: both engines answer
    such a count from their statistics, without a scan (FalkorDB 4.16 scans every node for one
    inside a ``UNION``).
    """
    if set(fact_rel_types()) & {*CLAIM_LINKS, "MENTIONS"}:
        raise StoreError("a fact relationship type is also an evidence-layer type")
    return [
        f"MATCH (c:{CLAIM}) RETURN count(c) AS n",
        *(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n" for rel in dict.fromkeys(fact_rel_types())),
    ]


# ------------------------------------------------------------------ remove a document

DOC_CLAIMS = """
MATCH (c:Claim {doc_id: $doc_id})
RETURN c.id AS id, c.predicate AS predicate, c.status AS status, c.subject_id AS subject_id,
       c.object_id AS object_id, c.object_kind AS object_kind, c.fact AS fact,
       c.reported_by_id AS reported_by_id, c.addressee_id AS addressee_id
"""

DOC_MENTIONED = """
MATCH (:Article {doc_id: $doc_id})-[:MENTIONS]->(e:Entity)
RETURN e.id AS id
"""

DELETE_DOC_CLAIMS = """
MATCH (c:Claim {doc_id: $doc_id})
DETACH DELETE c
RETURN count(*) AS n
"""

DELETE_ARTICLE = """
MATCH (a:Article {doc_id: $doc_id})
DETACH DELETE a
RETURN count(*) AS n
"""

DELETE_ORPHAN_ENTITIES = """
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[r]-()
WITH e, count(r) AS n
WHERE n = 0
DELETE e
RETURN count(*) AS n
"""

DELETE_ORPHAN_VALUES = """
UNWIND $keys AS key
MATCH (v:Value {key: key})
OPTIONAL MATCH (v)-[r]-()
WITH v, count(r) AS n
WHERE n = 0
DELETE v
RETURN count(*) AS n
"""

# ------------------------------------------------------------------ reads

READ_ARTICLES = """
MATCH (a:Article)
RETURN a.doc_id AS doc_id, a.title AS title, a.date AS date, a.source AS source, a.url AS url
ORDER BY doc_id
"""

READ_ENTITIES = """
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.kb_id AS kb_id,
       e.roles AS roles, e.speaks_for AS speaks_for
ORDER BY id
"""

READ_MENTIONS = """
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entity_id, a.doc_id AS doc_id, m.starts AS starts, m.ends AS ends, m.texts AS texts
ORDER BY entity_id, doc_id
"""

READ_CLAIMS = """
MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(rb:Entity)
OPTIONAL MATCH (c)-[:ADDRESSEE]->(ad:Entity)
RETURN properties(c) AS claim,
       s.id AS s_id, s.name AS s_name, s.type AS s_type,
       o.id AS o_id, o.name AS o_name, o.type AS o_type, o.text AS o_text, o.topic AS o_topic,
       rb.id AS rb_id, rb.name AS rb_name, rb.type AS rb_type,
       ad.id AS ad_id, ad.name AS ad_name, ad.type AS ad_type
ORDER BY c.doc_id, c.start, c.id
"""

COUNT_NODES = """
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
"""

COUNT_RELS = """
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n, sum(coalesce(r.count, 0)) AS weight
"""
