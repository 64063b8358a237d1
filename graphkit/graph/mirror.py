"""The networkx mirror of the knowledge graph: one node per entity (and per value object),
one aggregated edge per (subject, predicate, object, status) fact."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphkit.models import Document, Entity, EntityRef, TripleBase, ValueRef

ASSERTED = "asserted"


def value_node_id(value: ValueRef) -> str:
    """Node id of a value object (a demand, a proposal…): its value type and topic."""
    return f"value:{value.type}:{value.topic}"


def fact_key(predicate: str, status: str) -> str:
    """Edge key of a fact: the predicate, suffixed by the status when it is not asserted."""
    return predicate if status == ASSERTED else f"{predicate}|{status}"


def build_graph(
    entities: Iterable[Entity], triples: Iterable[TripleBase], documents: Iterable[Document] | None = None
) -> nx.MultiDiGraph:
    """Build the fact-layer graph from the extraction output.

    Nodes carry ``label``, ``type``, ``kb_id``, ``aliases``, ``mentions`` and ``doc_count``;
    edges carry ``predicate``, ``interaction``, ``status``, ``count``, ``first_date``,
    ``last_date``, ``doc_ids``, ``claim_ids``, ``confidence`` (maximum) and, where they
    apply, ``modes``, ``topics`` and ``texts``.

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
    """
    g = nx.MultiDiGraph()
    docs = list(documents or [])
    g.graph["documents"] = len(docs)
    for e in entities:
        g.add_node(
            e.id,
            label=e.name,
            type=str(e.type),
            kind="entity",
            kb_id=e.kb_id,
            aliases=list(e.aliases),
            roles=list(e.roles),
            mentions=len(e.mentions),
            doc_count=len({m.doc_id for m in e.mentions}),
            speaks_for=e.speaks_for,
        )
    for t in triples:
        _add_fact(g, t)
    return g


def _ensure_ref(g: nx.MultiDiGraph, ref: EntityRef) -> None:
    if ref.id not in g:
        g.add_node(ref.id, label=ref.name, type=str(ref.type), kind="entity", aliases=[], roles=[], mentions=0)


def _add_fact(g: nx.MultiDiGraph, t: TripleBase) -> None:
    _ensure_ref(g, t.subject)
    if isinstance(t.object, EntityRef):
        _ensure_ref(g, t.object)
        target = t.object.id
    else:
        target = value_node_id(t.object)
        if target not in g:
            label = str(t.object.topic).replace("_", " ")
            g.add_node(target, label=label, type=t.object.type, kind="value", topic=str(t.object.topic))
    pred, status = str(t.predicate), str(t.status)
    key = fact_key(pred, status)
    date = t.date.isoformat() if t.date else None
    if g.has_edge(t.subject.id, target, key):
        d = g.edges[t.subject.id, target, key]
        if t.id in d["claim_ids"]:
            return
        d["count"] += 1
        d["claim_ids"].append(t.id)
        if t.doc_id not in d["doc_ids"]:
            d["doc_ids"].append(t.doc_id)
        d["confidence"] = max(d["confidence"], t.confidence)
        if date:
            d["first_date"] = min(filter(None, [d["first_date"], date]))
            d["last_date"] = max(filter(None, [d["last_date"], date]))
    else:
        g.add_edge(
            t.subject.id,
            target,
            key=key,
            predicate=pred,
            interaction=pred,
            status=status,
            count=1,
            claim_ids=[t.id],
            doc_ids=[t.doc_id],
            first_date=date,
            last_date=date,
            confidence=t.confidence,
            cameo=t.cameo,
            goldstein=t.goldstein,
            modes=[],
            topics=[],
            texts=[],
        )
        d = g.edges[t.subject.id, target, key]
    mode = getattr(t, "mode", None)
    if mode and str(mode) not in d["modes"]:
        d["modes"].append(str(mode))
    if isinstance(t.object, ValueRef) and t.object.text not in d["texts"]:
        d["texts"].append(t.object.text)
        if str(t.object.topic) not in d["topics"]:
            d["topics"].append(str(t.object.topic))
