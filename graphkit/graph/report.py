"""The analysis report as data: pure functions from a mirror graph to a :class:`Report`.

Renderers (:mod:`graphkit.graph.render`) turn a report into Markdown, JSON and HTML.
Every table row carries the claim ids behind it; :attr:`Report.claims` is the appendix
of those claims, whose evidence sentences :func:`attach_evidence` fills in.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import networkx as nx
import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from graphkit.graph import analysis as A
from graphkit.graph import views as V
from graphkit.graph._perf import without_gc

log = logging.getLogger(__name__)

DEMAND_PREDICATES = ("DEMANDED", "CALLED_FOR")
MEETING_PREDICATE = "MET"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorRow(_Model):
    id: str
    label: str
    type: str = ""
    value: float
    claim_ids: list[str] = Field(default_factory=list, description="Claims of the actor's heaviest facts.")


class MeasureTable(_Model):
    measure: str
    title: str
    method: str
    error_bound: float | None = None
    note: str = ""
    rows: list[ActorRow]


class MeetingRow(_Model):
    a_id: str
    a: str
    b_id: str
    b: str
    count: int
    first_date: str | None = None
    last_date: str | None = None
    modes: list[str] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list)


class DemandItem(_Model):
    predicate: str
    topic: str
    count: int
    texts: list[str] = Field(default_factory=list)
    addressees: list[str] = Field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    claim_ids: list[str] = Field(default_factory=list)


class DemanderRow(_Model):
    id: str
    label: str
    type: str = ""
    count: int
    demands: list[DemandItem]


class AddresseeRow(_Model):
    id: str
    label: str
    count: int
    claim_ids: list[str] = Field(default_factory=list)


class CommunityRow(_Model):
    index: int
    size: int
    members: list[ActorRow] = Field(description="Most connected members (value: weighted degree).")
    claim_ids: list[str] = Field(default_factory=list, description="Claims of the heaviest ties inside.")


class BridgeNodeRow(_Model):
    id: str
    label: str
    communities: list[int]
    reached: int
    weight: float


class BridgeEdgeRow(_Model):
    a_id: str
    a: str
    b_id: str
    b: str
    community_a: int
    community_b: int
    weight: float
    claim_ids: list[str] = Field(default_factory=list)


class TimelineRow(_Model):
    month: str
    counts: dict[str, int]


class NetworkFigure(_Model):
    """The top of the meeting network, as drawn in the report."""

    nodes: list[ActorRow]
    edges: list[tuple[str, str, int]]


class Claim(_Model):
    id: str
    subject: str
    predicate: str
    object: str
    status: str = "asserted"
    date: str | None = None
    doc_id: str | None = None
    sentence: str | None = None


class Report(_Model):
    title: str = "graphkit analysis report"
    source: str = ""
    generated: str = Field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())
    filters: dict[str, Any] = Field(default_factory=dict)
    stats: dict[str, int] = Field(default_factory=dict)
    measures: list[MeasureTable] = Field(default_factory=list)
    meetings: list[MeetingRow] = Field(default_factory=list)
    demanders: list[DemanderRow] = Field(default_factory=list)
    demanded_of: list[AddresseeRow] = Field(default_factory=list)
    community_method: str = ""
    modularity: float = 0.0
    communities: list[CommunityRow] = Field(default_factory=list)
    bridge_nodes: list[BridgeNodeRow] = Field(default_factory=list)
    bridge_edges: list[BridgeEdgeRow] = Field(default_factory=list)
    timeline: list[TimelineRow] = Field(default_factory=list)
    network: NetworkFigure | None = None
    claims: list[Claim] = Field(default_factory=list, description="Appendix: every claim a row links to.")

    def claim_ids(self) -> set[str]:
        """Ids of the claims in the appendix."""
        return {c.id for c in self.claims}


def _label(g: nx.Graph, n: Hashable) -> str:
    return str(g.nodes[n].get("label", n)) if n in g else str(n)


def _type(g: nx.Graph, n: Hashable) -> str:
    return str(g.nodes[n].get("type", "")) if n in g else ""


def _first(ids: Iterable[str], n: int) -> list[str]:
    return list(ids)[:n]


def _heaviest_claims(g: nx.MultiDiGraph, node: Hashable, n: int) -> list[str]:
    if n <= 0:
        return []
    if g.is_directed():
        datas = [d for _, _, d in g.out_edges(node, data=True)] + [d for _, _, d in g.in_edges(node, data=True)]
    else:
        datas = [d for _, _, d in g.edges(node, data=True)]
    out: list[str] = []
    for d in heapq.nlargest(n, datas, key=lambda d: d.get("count", 1)):
        for c in d.get("claim_ids") or ():
            out.append(c)
            if len(out) >= n:
                return out
    return out


def _actor_rows(
    g: nx.Graph, ranked: list[tuple[Hashable, float]], max_claims: int, memo: dict | None = None
) -> list[ActorRow]:
    memo = {} if memo is None else memo
    rows = []
    for n, v in ranked:
        if n not in memo:
            memo[n] = _heaviest_claims(g, n, max_claims)
        rows.append(ActorRow(id=str(n), label=_label(g, n), type=_type(g, n), value=float(v), claim_ids=memo[n]))
    return rows


def _is_entity(attrs: dict) -> bool:
    return attrs.get("kind", "entity") != "value"


def actor_arrays(g: nx.Graph) -> A.EdgeArrays:
    """Edge arrays of the actor network (value nodes left out), weighted by claims."""
    return A.EdgeArrays.from_graph(g, weight="count", nodes=[n for n, d in g.nodes(data=True) if _is_entity(d)])


MEASURE_TITLES = {
    "degree": "Degree (distinct relations)",
    "weighted_degree": "Weighted degree (claims)",
    "out_degree": "Out-degree (claims as subject: who demands, warns, visits)",
    "in_degree": "In-degree (claims as object: who is met, warned, visited)",
    "betweenness": "Betweenness (brokers between parts of the network)",
    "pagerank": "PageRank (weighted by claims)",
    "eigenvector": "Eigenvector centrality (connected to the well connected)",
}


def centrality_tables(
    g: nx.MultiDiGraph,
    top: int = 10,
    max_claims: int = 5,
    seed: int = 0,
    k: int = 256,
    arrays: A.EdgeArrays | None = None,
) -> list[MeasureTable]:
    """The most central actors by each measure.

    Degrees count every fact of an actor (demands included); betweenness, PageRank and
    eigenvector centrality use the actor network (value nodes dropped). Only entities are ranked.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="MET", predicate="MET", count=2, claim_ids=["c1", "c2"])
    'MET'
    >>> g.add_edge("b", "c", key="MET", predicate="MET", count=1, claim_ids=["c3"])
    'MET'
    >>> tables = {t.measure: t for t in centrality_tables(g, top=1)}
    >>> tables["betweenness"].rows[0].id, tables["weighted_degree"].rows[0].claim_ids
    ('b', ['c1', 'c2', 'c3'])
    """
    arrays = actor_arrays(g) if arrays is None else arrays
    directed = g.is_directed()
    results = [
        A.degree(g),
        A.degree(g, weight="count"),
        A.out_degree(g, weight="count") if directed else None,
        A.in_degree(g, weight="count") if directed else None,
        A.betweenness(arrays, k=k, seed=seed),
        A.pagerank(arrays),
        A.eigenvector(arrays),
    ]
    tables = []
    memo: dict = {}
    nodes = g.nodes
    for r in results:
        if r is None:
            continue
        ranked = heapq.nsmallest(
            top,
            ((n, v) for n, v in r.values.items() if v > 0 and _is_entity(nodes[n])),
            key=lambda kv: (-kv[1], str(kv[0])),
        )
        tables.append(
            MeasureTable(
                measure=r.measure,
                title=MEASURE_TITLES.get(r.measure, r.measure),
                method=r.method,
                error_bound=r.error_bound,
                note=r.note,
                rows=_actor_rows(g, ranked, max_claims, memo),
            )
        )
    return tables


def meeting_pairs(
    g: nx.MultiDiGraph, top: int = 10, max_claims: int = 5, met: nx.Graph | None = None
) -> list[MeetingRow]:
    """Who met whom most, with first/last dates and modes (MET in either direction).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", label="Putin"); g.add_node("x", label="Tập Cận Bình")
    >>> g.add_edge("p", "x", key="MET", predicate="MET", count=2, claim_ids=["c1", "c2"],
    ...     first_date="2023-03-20", last_date="2023-03-21", modes=["in_person"])
    'MET'
    >>> g.add_edge("x", "p", key="MET", predicate="MET", count=1, claim_ids=["c3"],
    ...     first_date="2024-05-16", last_date="2024-05-16", modes=["in_person"])
    'MET'
    >>> row = meeting_pairs(g)[0]
    >>> row.a, row.b, row.count, row.first_date, row.last_date
    ('Putin', 'Tập Cận Bình', 3, '2023-03-20', '2024-05-16')
    """
    met = V.predicate_view(g, MEETING_PREDICATE, undirected=True) if met is None else met
    edges = heapq.nsmallest(
        top, met.edges(data=True), key=lambda e: (-e[2]["count"], _label(met, e[0]), _label(met, e[1]))
    )
    rows = []
    for u, v, d in edges:
        a, b = sorted((u, v), key=lambda n: _label(met, n))
        rows.append(
            MeetingRow(
                a_id=str(a),
                a=_label(met, a),
                b_id=str(b),
                b=_label(met, b),
                count=int(d["count"]),
                first_date=d.get("first_date"),
                last_date=d.get("last_date"),
                modes=list(d.get("modes") or []),
                claim_ids=_first(d.get("claim_ids") or [], max_claims),
            )
        )
    return rows


def demanders(
    g: nx.MultiDiGraph, top: int = 10, max_claims: int = 5, predicates: tuple[str, ...] = DEMAND_PREDICATES
) -> tuple[list[DemanderRow], list[AddresseeRow]]:
    """The most active demanders with their demands (topics, texts, addressees), and the
    actors most often demanded of.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("ua", label="Ukraine"); g.add_node("ru", label="Nga")
    >>> g.add_node("v", label="troop withdrawal", kind="value", topic="troop_withdrawal")
    >>> g.add_edge("ua", "v", key="DEMANDED", predicate="DEMANDED", count=2, claim_ids=["c1", "c2"],
    ...     texts=["rút quân"], topics=["troop_withdrawal"], addressees=["ru"])
    'DEMANDED'
    >>> rows, asked = demanders(g)
    >>> rows[0].label, rows[0].demands[0].topic, rows[0].demands[0].addressees, asked[0].label
    ('Ukraine', 'troop_withdrawal', ['Nga'], 'Nga')
    """
    wanted = set(predicates)
    per_subject: dict[Hashable, list[tuple[Hashable, dict]]] = {}
    asked: Counter[Hashable] = Counter()
    asked_claims: dict[Hashable, list[str]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("predicate") not in wanted:
            continue
        per_subject.setdefault(u, []).append((v, d))
        for a in d.get("addressees") or ():
            asked[a] += d.get("count", 1)
            ids = asked_claims.setdefault(a, [])
            if len(ids) < max_claims:
                ids.extend((d.get("claim_ids") or [])[: max_claims - len(ids)])
    totals = sorted(
        ((u, sum(d.get("count", 1) for _, d in es)) for u, es in per_subject.items()),
        key=lambda t: (-t[1], _label(g, t[0])),
    )
    rows = []
    for u, total in totals[:top]:
        items = []
        for v, d in sorted(per_subject[u], key=lambda e: -e[1].get("count", 1))[:top]:
            topics = d.get("topics") or [str(g.nodes[v].get("topic", _label(g, v)))]
            items.append(
                DemandItem(
                    predicate=str(d.get("predicate")),
                    topic=", ".join(topics) if topics else _label(g, v),
                    count=int(d.get("count", 1)),
                    texts=list(d.get("texts") or [])[:5],
                    addressees=[_label(g, a) for a in d.get("addressees") or ()],
                    first_date=d.get("first_date"),
                    last_date=d.get("last_date"),
                    claim_ids=_first(d.get("claim_ids") or [], max_claims),
                )
            )
        rows.append(DemanderRow(id=str(u), label=_label(g, u), type=_type(g, u), count=int(total), demands=items))
    asked_rows = [
        AddresseeRow(id=str(a), label=_label(g, a), count=int(c), claim_ids=asked_claims.get(a, []))
        for a, c in sorted(asked.items(), key=lambda t: (-t[1], _label(g, t[0])))[:top]
    ]
    return rows, asked_rows


def community_section(
    g: nx.MultiDiGraph, top: int = 10, max_claims: int = 5, seed: int = 0, arrays: A.EdgeArrays | None = None
) -> tuple[A.Communities, list[CommunityRow], list[BridgeNodeRow], list[BridgeEdgeRow]]:
    """Louvain communities of the actor network (isolated actors left out), their best
    connected members and the bridges between them.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("Nga", "Belarus"), ("Belarus", "Iran"), ("Iran", "Nga"),
    ...     ("Mỹ", "Anh"), ("Anh", "Pháp"), ("Pháp", "Mỹ"), ("Nga", "Mỹ")])
    >>> parts, rows, bridge_nodes, bridge_edges = community_section(g)
    >>> len(rows), sorted((bridge_edges[0].a, bridge_edges[0].b))
    (2, ['Mỹ', 'Nga'])
    """
    arrays = actor_arrays(g) if arrays is None else arrays
    parts = A.communities(arrays, seed=seed, isolated=False)
    src, dst, ws = arrays.undirected()
    n = len(arrays.nodes)
    weights = np.bincount(src, weights=ws, minlength=n) + np.bincount(dst, weights=ws, minlength=n)
    strength = dict(zip(arrays.nodes, weights.tolist(), strict=True))
    member = np.asarray([parts.membership.get(x, -1) for x in arrays.nodes], dtype=np.int64)
    inside = np.flatnonzero((member[src] == member[dst]) & (member[src] >= 0) & (member[src] < top))
    heaviest: dict[int, list[tuple[Hashable, Hashable]]] = {}
    for e in inside[np.argsort(-ws[inside], kind="stable")].tolist():
        ties = heaviest.setdefault(int(member[src[e]]), [])
        if len(ties) < max_claims:
            ties.append((arrays.nodes[src[e]], arrays.nodes[dst[e]]))
    rows = []
    for i, group in enumerate(parts.groups[:top]):
        ranked = heapq.nsmallest(top, group, key=lambda x: (-strength.get(x, 0), str(x)))
        members = _actor_rows(g, [(x, float(strength.get(x, 0))) for x in ranked], 0)
        claims: list[str] = []
        for u, v in heaviest.get(i, []):
            claims.extend(_pair_claims(g, u, v, 1))
        rows.append(CommunityRow(index=i, size=len(group), members=members, claim_ids=claims[:max_claims]))
    bridges = A.community_bridges(arrays, parts, top=top)
    reached: dict[Hashable, set[int]] = {x: set() for x, _, _ in bridges.nodes}
    for a, b in zip(src.tolist(), dst.tolist(), strict=True):
        x, y = arrays.nodes[a], arrays.nodes[b]
        if x in reached and parts.membership[y] != parts.membership[x]:
            reached[x].add(parts.membership[y])
        if y in reached and parts.membership[x] != parts.membership[y]:
            reached[y].add(parts.membership[x])
    node_rows = [
        BridgeNodeRow(
            id=str(x),
            label=_label(g, x),
            communities=[parts.membership[x], *sorted(reached[x])],
            reached=r,
            weight=w,
        )
        for x, r, w in bridges.nodes
    ]
    edge_rows = [
        BridgeEdgeRow(
            a_id=str(u),
            a=_label(g, u),
            b_id=str(v),
            b=_label(g, v),
            community_a=cu,
            community_b=cv,
            weight=w,
            claim_ids=_pair_claims(g, u, v, max_claims),
        )
        for u, v, cu, cv, w in bridges.edges
    ]
    return parts, rows, node_rows, edge_rows


def _pair_claims(g: nx.Graph, u: Hashable, v: Hashable, n: int) -> list[str]:
    found: list[str] = []
    for a, b in ((u, v), (v, u)):
        if not g.has_edge(a, b):
            continue
        datas = g[a][b].values() if g.is_multigraph() else [g[a][b]]
        for d in sorted(datas, key=lambda d: -d.get("count", 1)):
            found.extend(d.get("claim_ids") or ())
    return found[:n]


def timeline(g: nx.Graph) -> list[TimelineRow]:
    """Claims per month by predicate (from per-claim ``dates``; undated claims are left out).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="MET", predicate="MET", dates=["2022-02-07", "2022-02-28", None])
    'MET'
    >>> g.add_edge("a", "b", key="WARNED", predicate="WARNED", dates=["2022-03-01"])
    'WARNED'
    >>> [(r.month, r.counts) for r in timeline(g)]
    [('2022-02', {'MET': 2}), ('2022-03', {'WARNED': 1})]
    """
    counts: Counter[tuple[str, str]] = Counter()
    for _, _, d in g.edges(data=True):
        pred = str(d.get("predicate"))
        dates = d.get("dates")
        if dates is None and d.get("first_date"):
            dates = [d["first_date"]] * int(d.get("count", 1))
        for date in dates or ():
            if date:
                counts[(date[:7], pred)] += 1
    months: dict[str, dict[str, int]] = {}
    for (month, pred), n in sorted(counts.items()):
        months.setdefault(month, {})[pred] = n
    return [TimelineRow(month=m, counts=c) for m, c in months.items()]


def network_figure(g: nx.MultiDiGraph, top: int = 25, met: nx.Graph | None = None) -> NetworkFigure:
    """The ``top`` actors of the meeting network by claims and the meetings among them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="MET", predicate="MET", count=2)
    'MET'
    >>> g.add_edge("b", "c", key="MET", predicate="MET", count=1)
    'MET'
    >>> f = network_figure(g, top=2)
    >>> [n.id for n in f.nodes], f.edges
    (['b', 'a'], [('a', 'b', 2)])
    """
    met = V.predicate_view(g, MEETING_PREDICATE, undirected=True) if met is None else met
    strength = heapq.nsmallest(top, met.degree(weight="count"), key=lambda t: (-t[1], str(t[0])))
    keep = {n for n, _ in strength}
    nodes = [ActorRow(id=str(n), label=_label(met, n), type=_type(met, n), value=float(w)) for n, w in strength]
    edges = sorted(
        ((str(u), str(v), int(d["count"])) for u, v, d in met.subgraph(keep).edges(data=True)),
        key=lambda e: (-e[2], e[0], e[1]),
    )
    return NetworkFigure(nodes=nodes, edges=[tuple(sorted(e[:2])) + (e[2],) for e in edges])


def _claims_from_graph(g: nx.MultiDiGraph, wanted: set[str]) -> list[Claim]:
    out: dict[str, Claim] = {}
    for u, v, d in g.edges(data=True):
        ids = d.get("claim_ids") or ()
        if not wanted.intersection(ids):
            continue
        dates = d.get("dates") or [None] * len(ids)
        for cid, date in zip(ids, dates, strict=False):
            if cid in wanted and cid not in out:
                out[cid] = Claim(
                    id=cid,
                    subject=_label(g, u),
                    predicate=str(d.get("predicate")),
                    object=_label(g, v),
                    status=str(d.get("status", "asserted")),
                    date=date or d.get("first_date"),
                )
    return sorted(out.values(), key=lambda c: (c.date or "", c.id))


def referenced_claims(report: Report) -> set[str]:
    """Every claim id a table row of the report links to."""
    ids: set[str] = set()
    for t in report.measures:
        for r in t.rows:
            ids.update(r.claim_ids)
    for m in report.meetings:
        ids.update(m.claim_ids)
    for d in report.demanders:
        for item in d.demands:
            ids.update(item.claim_ids)
    for a in report.demanded_of:
        ids.update(a.claim_ids)
    for b in report.bridge_edges:
        ids.update(b.claim_ids)
    for c in report.communities:
        ids.update(c.claim_ids)
    return ids


@without_gc
def build_report(
    g: nx.MultiDiGraph,
    *,
    top: int = 10,
    max_claims: int = 5,
    seed: int = 0,
    pivots: int = 256,
    network_top: int = 25,
    source: str = "",
    filters: Mapping[str, Any] | None = None,
) -> Report:
    """All sections of the analysis report for an (already filtered) mirror graph.

    Examples
    --------
    >>> from graphkit.graph.mirror import build_graph
    >>> r = build_report(build_graph([], []))
    >>> r.stats["nodes"], r.measures[0].rows
    (0, [])
    """
    n_claims = sum(int(c) for _, _, c in g.edges(data="count", default=1))
    log.info("report: %d nodes, %d edges, %d claims", g.number_of_nodes(), g.number_of_edges(), n_claims)
    arrays = actor_arrays(g)
    met = V.predicate_view(g, MEETING_PREDICATE, undirected=True)
    measures = centrality_tables(g, top=top, max_claims=max_claims, seed=seed, k=pivots, arrays=arrays)
    meetings = meeting_pairs(g, top=top, max_claims=max_claims, met=met)
    dem, asked = demanders(g, top=top, max_claims=max_claims)
    parts, comm_rows, bridge_nodes, bridge_edges = community_section(
        g, top=top, max_claims=max_claims, seed=seed, arrays=arrays
    )
    report = Report(
        source=source,
        filters=dict(filters or {}),
        stats={
            "nodes": g.number_of_nodes(),
            "entities": sum(1 for _, d in g.nodes(data=True) if d.get("kind", "entity") == "entity"),
            "relations": g.number_of_edges(),
            "claims": n_claims,
            "documents": int(g.graph.get("documents", 0) or 0),
            "communities": len(parts.groups),
        },
        measures=measures,
        meetings=meetings,
        demanders=dem,
        demanded_of=asked,
        community_method=parts.method,
        modularity=parts.modularity,
        communities=comm_rows,
        bridge_nodes=bridge_nodes,
        bridge_edges=bridge_edges,
        timeline=timeline(g),
        network=network_figure(g, top=network_top, met=met),
    )
    report.claims = _claims_from_graph(g, referenced_claims(report))
    return report


def attach_evidence(report: Report, evidence: Mapping[str, Mapping[str, Any]]) -> Report:
    """A copy of the report whose appendix claims carry their document and evidence sentence.

    ``evidence`` maps a claim id to ``{"doc_id", "sentence", "date"}`` (any may be missing).

    Examples
    --------
    >>> r = Report(claims=[Claim(id="c1", subject="Nga", predicate="WARNED", object="NATO")])
    >>> attach_evidence(r, {"c1": {"doc_id": "d1", "sentence": "Nga cảnh báo NATO."}}).claims[0].sentence
    'Nga cảnh báo NATO.'
    """
    claims = []
    for c in report.claims:
        e = evidence.get(c.id)
        if e:
            c = c.model_copy(
                update={
                    "doc_id": e.get("doc_id", c.doc_id),
                    "sentence": e.get("sentence", c.sentence),
                    "date": c.date or e.get("date"),
                }
            )
        claims.append(c)
    return report.model_copy(update={"claims": claims})


@without_gc
def analyze(
    g: nx.MultiDiGraph,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    predicates: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    all_statuses: bool = False,
    ego: str | None = None,
    radius: int = 1,
    **options: Any,
) -> Report:
    """Apply the views (asserted only unless ``all_statuses``, time window, predicates,
    entity types, then the ``ego`` network of an entity id or name within ``radius`` hops)
    and build the report.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="MET", predicate="MET", status="asserted", count=1, dates=["2022-01-01"])
    'MET'
    >>> g.add_edge("a", "b", key="MET|planned", predicate="MET", status="planned", count=1, dates=["2022-01-01"])
    'MET|planned'
    >>> analyze(g).stats["claims"], analyze(g, all_statuses=True).stats["claims"]
    (1, 2)
    """
    predicates = list(predicates or [])
    types = list(types or [])
    filters: dict[str, Any] = {"statuses": "all" if all_statuses else "asserted"}
    h = g if all_statuses else V.asserted_only(g)
    if since or until:
        h = V.time_window(h, since, until)
        filters.update(since=str(since) if since else None, until=str(until) if until else None)
    if predicates:
        h = V.predicate_view(h, predicates, undirected=False)
        filters["predicates"] = predicates
    if types:
        h = V.type_view(h, types)
        filters["types"] = types
    if ego:
        center = V.find_node(h, ego)
        h = V.ego_view(h, center, radius=radius)
        filters.update(ego=str(center), radius=radius)
    return build_report(h, filters=filters, **options)
