"""Views of the mirror: pure functions that return a new, smaller graph.

Each function leaves its input untouched. Edge attributes are those of
:func:`graphkit.graph.mirror.build_graph`; node attributes are shallow copies.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Hashable, Iterable
from typing import Any

import networkx as nx

from graphkit.graph._perf import without_gc
from graphkit.graph.mirror import ASSERTED
from graphkit.ontology import ONTOLOGY

_MERGED_LISTS = ("doc_ids", "modes", "topics", "texts", "addressees")


def iter_edges(g: nx.Graph) -> Iterable[tuple[Any, Any, Any, dict]]:
    """``(u, v, key, data)`` for every edge (key ``None`` in simple graphs); faster than
    ``g.edges(keys=True, data=True)`` on directed graphs.

    Examples
    --------
    >>> list(iter_edges(nx.MultiDiGraph([("Huế", "Vinh")])))
    [('Huế', 'Vinh', 0, {})]
    """
    if g.is_directed():
        if g.is_multigraph():
            return ((u, v, k, d) for u, nbrs in g._adj.items() for v, kd in nbrs.items() for k, d in kd.items())
        return ((u, v, None, d) for u, nbrs in g._adj.items() for v, d in nbrs.items())
    if g.is_multigraph():
        return g.edges(keys=True, data=True)
    return ((u, v, None, d) for u, v, d in g.edges(data=True))


def _as_set(values: str | Iterable[str]) -> set[str]:
    return {values} if isinstance(values, str) else {str(v) for v in values}


def _iso(value: dt.date | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def _add_edges(h: nx.Graph, edges: Iterable[tuple[Any, Any, Any, dict]]) -> None:
    """Add ``(u, v, key, data)`` edges between nodes already in ``h`` (data copied)."""
    if type(h) is nx.MultiDiGraph:
        succ, pred = h._succ, h._pred
        for u, v, k, d in edges:
            keydict = succ[u].get(v)
            if keydict is None:
                keydict = succ[u][v] = pred[v][u] = h.edge_key_dict_factory()
            keydict[k] = dict(d)
    elif h.is_multigraph():
        h.add_edges_from((u, v, k, d) for u, v, k, d in edges)
    else:
        h.add_edges_from((u, v, d) for u, v, _k, d in edges)


def _induced(g: nx.MultiDiGraph | nx.Graph, keep: set) -> nx.MultiDiGraph | nx.Graph:
    h = g.__class__()
    h.graph.update(g.graph)
    h.add_nodes_from((n, d) for n, d in g.nodes(data=True) if n in keep)
    _add_edges(h, ((u, v, k, d) for u, v, k, d in iter_edges(g) if u in keep and v in keep))
    return h


def _from_edges(g: nx.MultiDiGraph, edges: Iterable[tuple[Any, Any, Any, dict]], keep_nodes: Iterable | None = None):
    h = g.__class__()
    h.graph.update(g.graph)
    edges = list(edges)
    nodes = set(keep_nodes) if keep_nodes is not None else set()
    for u, v, _k, _d in edges:
        nodes.add(u)
        nodes.add(v)
    h.add_nodes_from((n, d) for n, d in g.nodes(data=True) if n in nodes)
    _add_edges(h, edges)
    return h


@without_gc
def asserted_only(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Keep only asserted facts (drop negated, planned and conditional ones); every node stays.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Nga", "Mỹ", key="WARNED", predicate="WARNED", status="asserted", count=2)
    'WARNED'
    >>> g.add_edge("Nga", "Mỹ", key="MET|planned", predicate="MET", status="planned", count=1)
    'MET|planned'
    >>> list(asserted_only(g).edges(keys=True))
    [('Nga', 'Mỹ', 'WARNED')]
    """
    edges = ((u, v, k, d) for u, v, k, d in iter_edges(g) if d.get("status", ASSERTED) == ASSERTED)
    return _from_edges(g, edges, keep_nodes=g.nodes)


@without_gc
def predicate_view(
    g: nx.MultiDiGraph, predicates: str | Iterable[str], undirected: bool | None = None
) -> nx.MultiDiGraph | nx.Graph:
    """The network of one predicate (or several): only their edges and the nodes they touch.

    With ``undirected=None`` a view of symmetric predicates only (MET) is projected onto an
    undirected :class:`networkx.Graph` by :func:`undirected_projection`; otherwise the
    directed multigraph is kept.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Putin", "Macron", key="MET", predicate="MET", status="asserted", count=2)
    'MET'
    >>> g.add_edge("Macron", "Putin", key="MET", predicate="MET", status="asserted", count=1)
    'MET'
    >>> g.add_edge("Putin", "Kyiv", key="WARNED", predicate="WARNED", status="asserted", count=1)
    'WARNED'
    >>> met = predicate_view(g, "MET")
    >>> type(met).__name__, met.number_of_edges(), met.edges["Putin", "Macron"]["count"]
    ('Graph', 1, 3)
    >>> predicate_view(g, ["WARNED"]).number_of_nodes()
    2
    """
    wanted = _as_set(predicates)
    edges = ((u, v, k, d) for u, v, k, d in iter_edges(g) if d.get("predicate") in wanted)
    if undirected is None:
        undirected = all(p in ONTOLOGY.predicates and ONTOLOGY.predicate(p).symmetric for p in wanted)
    if undirected:
        return _project(g, list(edges), "count", merge=True, only_touched=True)
    return _from_edges(g, edges)


@without_gc
def type_view(g: nx.MultiDiGraph, types: str | Iterable[str]) -> nx.MultiDiGraph:
    """Only nodes of the given types (``PERSON`` for "leaders only") and the edges among them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Tập Cận Bình", type="PERSON")
    >>> g.add_node("Trung Quốc", type="COUNTRY")
    >>> g.add_node("Lula", type="PERSON")
    >>> g.add_edge("Tập Cận Bình", "Lula", key="MET", predicate="MET", count=1)
    'MET'
    >>> g.add_edge("Lula", "Trung Quốc", key="VISITED", predicate="VISITED", count=1)
    'VISITED'
    >>> h = type_view(g, "PERSON")
    >>> sorted(h.nodes), h.number_of_edges()
    (['Lula', 'Tập Cận Bình'], 1)
    """
    wanted = _as_set(types)
    return _induced(g, {n for n, d in g.nodes(data=True) if d.get("type") in wanted})


@without_gc
def entity_view(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop value nodes (demands, proposals…): the actor network.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Nga", kind="entity")
    >>> g.add_node("value:DEMAND:ceasefire", kind="value")
    >>> list(entity_view(g))
    ['Nga']
    """
    return _induced(g, {n for n, d in g.nodes(data=True) if d.get("kind", "entity") != "value"})


@without_gc
def time_window(
    g: nx.MultiDiGraph | nx.Graph, since: dt.date | str | None = None, until: dt.date | str | None = None
) -> nx.MultiDiGraph | nx.Graph:
    """Facts dated within ``[since, until]`` (both inclusive; either may be open).

    When an edge has per-claim ``dates``, only its claims inside the window are kept and
    ``count``, ``claim_ids``, ``dates``, ``first_date`` and ``last_date`` are recomputed;
    undated claims fall outside any bounded window. An edge without ``dates`` is kept
    whole when its ``first_date``–``last_date`` range intersects the window. Nodes left
    without edges are dropped.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Modi", "Putin", key="MET", predicate="MET", count=3, claim_ids=["c1", "c2", "c3"],
    ...     dates=["2022-01-05", "2022-07-01", None], first_date="2022-01-05", last_date="2022-07-01")
    'MET'
    >>> w = time_window(g, since="2022-06-01")
    >>> d = w.edges["Modi", "Putin", "MET"]
    >>> d["count"], d["claim_ids"], d["first_date"]
    (1, ['c2'], '2022-07-01')
    >>> time_window(g, until="2021-12-31").number_of_edges()
    0
    """
    lo, hi = _iso(since), _iso(until)
    if lo is None and hi is None:
        return g.copy()

    def inside(date: str | None) -> bool:
        return date is not None and (lo is None or date >= lo) and (hi is None or date <= hi)

    kept = []
    multi = g.is_multigraph()
    for u, v, k, d in iter_edges(g):
        dates = d.get("dates")
        if dates:
            idx = [i for i, date in enumerate(dates) if inside(date)]
            if not idx:
                continue
            d = dict(d)
            claim_ids = d.get("claim_ids") or []
            if len(claim_ids) == len(dates):
                d["claim_ids"] = [claim_ids[i] for i in idx]
            d["dates"] = [dates[i] for i in idx]
            d["count"] = len(idx)
            d["first_date"] = min(d["dates"])
            d["last_date"] = max(d["dates"])
        else:
            first, last = d.get("first_date"), d.get("last_date")
            if first is None or (hi is not None and first > hi) or (lo is not None and (last or first) < lo):
                continue
        kept.append((u, v, k, d) if multi else (u, v, d))
    h = g.__class__()
    h.graph.update(g.graph)
    nodes = {x for e in kept for x in e[:2]}
    h.add_nodes_from((n, g.nodes[n]) for n in g if n in nodes)
    h.add_edges_from(kept)
    return h


def ego_view(g: nx.MultiDiGraph | nx.Graph, node: str, radius: int = 1) -> nx.MultiDiGraph | nx.Graph:
    """An entity's ego network: every node within ``radius`` hops (either direction) and the
    edges among them.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("Zelensky", "Biden"), ("Biden", "Sunak"), ("Sunak", "Macron")])
    >>> sorted(ego_view(g, "Biden"))
    ['Biden', 'Sunak', 'Zelensky']
    >>> sorted(ego_view(g, "Zelensky", radius=2))
    ['Biden', 'Sunak', 'Zelensky']
    """
    if node not in g:
        raise NodeNotFound(f"{node!r} is not in the graph")
    return nx.ego_graph(g, node, radius=radius, undirected=True)


class NodeNotFound(KeyError):
    """No node, or more than one, answers to a name."""


def find_node(g: nx.Graph, name: str) -> Hashable:
    """The node whose id is ``name``, else the one whose label or alias is ``name`` (NFC,
    case-insensitive; diacritics count). Raises ``KeyError`` when none or several match.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kb:Q7747", label="Vladimir Putin", aliases=["Putin"])
    >>> g.add_node("kb:Q1", label="Hà Nội")
    >>> find_node(g, "putin"), find_node(g, "kb:Q1")
    ('kb:Q7747', 'kb:Q1')
    >>> find_node(g, "Hạ Nội")
    Traceback (most recent call last):
    ...
    graphkit.graph.views.NodeNotFound: "no entity named 'Hạ Nội'"
    """
    if name in g:
        return name
    key = unicodedata.normalize("NFC", name).casefold()
    found = [
        n
        for n, d in g.nodes(data=True)
        if key
        in {unicodedata.normalize("NFC", str(x)).casefold() for x in [d.get("label", ""), *(d.get("aliases") or [])]}
    ]
    if not found:
        raise NodeNotFound(f"no entity named {name!r}")
    if len(found) > 1:
        raise NodeNotFound(f"{name!r} names several entities: {', '.join(map(str, found[:5]))}; use the id")
    return found[0]


@without_gc
def undirected_projection(g: nx.MultiDiGraph | nx.Graph, weight: str = "count", merge: bool = True) -> nx.Graph:
    """Collapse direction and parallel facts into one undirected edge per node pair.

    ``count`` (the weight) is summed; ``claim_ids`` and ``dates`` are concatenated;
    ``first_date``/``last_date`` span both; ``predicates``, ``doc_ids``, ``modes``,
    ``topics``, ``texts`` and ``addressees`` are merged in order of appearance. With
    ``merge=False`` only the weight is kept (much faster on large graphs).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Hà Nội", "Bắc Kinh", key="MET", predicate="MET", count=2, first_date="2023-12-12")
    'MET'
    >>> g.add_edge("Bắc Kinh", "Hà Nội", key="MET", predicate="MET", count=1, first_date="2023-01-02")
    'MET'
    >>> h = undirected_projection(g)
    >>> h.edges["Hà Nội", "Bắc Kinh"]["count"], h.edges["Hà Nội", "Bắc Kinh"]["first_date"]
    (3, '2023-01-02')
    >>> undirected_projection(g, merge=False).edges["Hà Nội", "Bắc Kinh"]
    {'count': 3}
    """
    return _project(g, iter_edges(g), weight, merge=merge, only_touched=False)


def _project(g: nx.Graph, edges: Iterable[tuple], weight: str, merge: bool, only_touched: bool) -> nx.Graph:
    h = nx.Graph()
    h.graph.update(g.graph)
    if only_touched:
        edges = list(edges)
        touched = {x for e in edges for x in e[:2]}
        h.add_nodes_from((n, d) for n, d in g.nodes(data=True) if n in touched)
    else:
        h.add_nodes_from(g.nodes(data=True))
    if not merge:
        sums: dict[tuple, float] = {}
        for u, v, _k, d in edges:
            w = d.get(weight, 1)
            pair = (u, v) if (v, u) not in sums else (v, u)
            sums[pair] = sums.get(pair, 0) + w
        h.add_edges_from((u, v, {weight: w}) for (u, v), w in sums.items())
        return h
    merged: dict[tuple, dict[str, Any]] = {}
    for u, v, _k, d in edges:
        pair = (u, v) if (v, u) not in merged else (v, u)
        m = merged.get(pair)
        if m is None:
            m = merged[pair] = {
                weight: 0,
                "predicates": {},
                "claim_ids": [],
                "dates": [],
                "first_date": None,
                "last_date": None,
                **{name: {} for name in _MERGED_LISTS},
            }
        m[weight] += d.get(weight, 1)
        if "predicate" in d:
            m["predicates"][d["predicate"]] = None
        m["claim_ids"].extend(d.get("claim_ids") or ())
        m["dates"].extend(d.get("dates") or ())
        for name in _MERGED_LISTS:
            for x in d.get(name) or ():
                m[name][x] = None
        first, last = d.get("first_date"), d.get("last_date") or d.get("first_date")
        if first is not None and (m["first_date"] is None or first < m["first_date"]):
            m["first_date"] = first
        if last is not None and (m["last_date"] is None or last > m["last_date"]):
            m["last_date"] = last
    for m in merged.values():
        m["predicates"] = list(m["predicates"])
        for name in _MERGED_LISTS:
            m[name] = list(m[name])
        if len(m["predicates"]) == 1:
            m["predicate"] = m["predicates"][0]
    h.add_edges_from((u, v, m) for (u, v), m in merged.items())
    return h
