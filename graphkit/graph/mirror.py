"""The networkx mirror of the knowledge graph: one node per entity (and per value object),
one aggregated edge per (subject, predicate, object, status) fact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphkit.graph._perf import without_gc
from graphkit.models import Document, Entity, EntityRef, TripleBase, ValueRef

ASSERTED = "asserted"
_SET_ATTRS = ("doc_ids", "modes", "topics", "texts", "addressees")


def value_node_id(value: ValueRef) -> str:
    """Node id of a value object (a demand, a proposal…): its value type and topic."""
    return f"value:{value.type}:{value.topic}"


def fact_key(predicate: str, status: str) -> str:
    """Edge key of a fact: the predicate, suffixed by the status when it is not asserted."""
    return predicate if status == ASSERTED else f"{predicate}|{status}"


@without_gc
def build_graph(
    entities: Iterable[Entity], triples: Iterable[TripleBase], documents: Iterable[Document] | None = None
) -> nx.MultiDiGraph:
    """Build the fact-layer graph from the extraction output.

    Nodes carry ``label``, ``type``, ``kind`` (``entity`` or ``value``), ``kb_id``, ``aliases``,
    ``mentions`` and ``doc_count``; edges carry ``predicate``, ``interaction``, ``status``,
    ``count``, ``first_date``, ``last_date``, ``doc_ids``, ``claim_ids``, ``dates`` (the date of
    each claim, aligned with ``claim_ids``, ``None`` when undated), ``confidence`` (maximum) and,
    where they apply, ``modes``, ``topics``, ``texts`` and ``addressees`` (entity ids).

    Examples
    --------
    >>> from graphkit.models import Entity, parse_triple
    >>> a = Entity(id="kb:Q7747", name="Vladimir Putin", type="PERSON")
    >>> b = Entity(id="kb:Q3052772", name="Emmanuel Macron", type="PERSON")
    >>> t = parse_triple({"subject": {"id": a.id, "name": a.name, "type": "PERSON"}, "predicate": "MET",
    ...     "object": {"id": b.id, "name": b.name, "type": "PERSON"}, "doc_id": "d1", "date": "2022-02-07",
    ...     "evidence": {"sentence": "…", "start": 0, "end": 1}, "confidence": 0.9, "extractor": "x",
    ...     "mode": "in_person"})
    >>> g = build_graph([a, b], [t, t.model_copy(update={"id": "c:2", "doc_id": "d2"})])
    >>> g.edges["kb:Q7747", "kb:Q3052772", "MET"]["count"]
    2
    >>> g.edges["kb:Q7747", "kb:Q3052772", "MET"]["dates"]
    ['2022-02-07', '2022-02-07']
    """
    g = nx.MultiDiGraph()
    n_docs = sum(1 for _ in documents) if documents is not None else 0
    g.graph["documents"] = n_docs
    g.add_nodes_from(
        (
            e.id,
            {
                "label": e.name,
                "type": str(e.type),
                "kind": "entity",
                "kb_id": e.kb_id,
                "aliases": list(e.aliases),
                "roles": list(e.roles),
                "mentions": len(e.mentions),
                "doc_count": len({m.doc_id for m in e.mentions}),
                "speaks_for": e.speaks_for,
            },
        )
        for e in entities
    )
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    seen: set[str] = set()
    new_nodes: dict[str, dict[str, Any]] = {}
    for t in triples:
        if t.id in seen:
            continue
        seen.add(t.id)
        _add_fact(g, new_nodes, edges, t)
    g.add_nodes_from(new_nodes.items())
    for d in edges.values():
        for name in _SET_ATTRS:
            d[name] = list(d[name])
    g.add_edges_from((u, v, k, d) for (u, v, k), d in edges.items())
    return g


def _ensure_ref(g: nx.MultiDiGraph, new_nodes: dict[str, dict[str, Any]], ref: EntityRef) -> None:
    if ref.id not in g._node and ref.id not in new_nodes:
        new_nodes[ref.id] = {
            "label": ref.name,
            "type": str(ref.type),
            "kind": "entity",
            "aliases": [],
            "roles": [],
            "mentions": 0,
            "doc_count": 0,
        }


def _add_fact(
    g: nx.MultiDiGraph,
    new_nodes: dict[str, dict[str, Any]],
    edges: dict[tuple[str, str, str], dict[str, Any]],
    t: TripleBase,
) -> None:
    _ensure_ref(g, new_nodes, t.subject)
    obj = t.object
    if isinstance(obj, EntityRef):
        _ensure_ref(g, new_nodes, obj)
        target = obj.id
    else:
        target = value_node_id(obj)
        if target not in g._node and target not in new_nodes:
            topic = str(obj.topic)
            new_nodes[target] = {"label": topic.replace("_", " "), "type": obj.type, "kind": "value", "topic": topic}
    pred, status = str(t.predicate), str(t.status)
    key = (t.subject.id, target, fact_key(pred, status))
    date = t.date.isoformat() if t.date else None
    d = edges.get(key)
    if d is None:
        d = edges[key] = {
            "predicate": pred,
            "interaction": pred,
            "status": status,
            "count": 0,
            "claim_ids": [],
            "dates": [],
            "doc_ids": {},
            "first_date": None,
            "last_date": None,
            "confidence": t.confidence,
            "cameo": t.cameo,
            "goldstein": t.goldstein,
            "modes": {},
            "topics": {},
            "texts": {},
            "addressees": {},
        }
    d["count"] += 1
    d["claim_ids"].append(t.id)
    d["dates"].append(date)
    d["doc_ids"][t.doc_id] = None
    if t.confidence > d["confidence"]:
        d["confidence"] = t.confidence
    if date:
        if d["first_date"] is None or date < d["first_date"]:
            d["first_date"] = date
        if d["last_date"] is None or date > d["last_date"]:
            d["last_date"] = date
    mode = getattr(t, "mode", None)
    if mode:
        d["modes"][str(mode)] = None
    addressee = getattr(t, "addressee", None)
    if addressee is not None:
        _ensure_ref(g, new_nodes, addressee)
        d["addressees"][addressee.id] = None
    if isinstance(obj, ValueRef):
        d["texts"][obj.text] = None
        d["topics"][str(obj.topic)] = None
