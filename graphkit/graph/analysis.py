"""Centrality and community measures: pure functions over a networkx graph.

Degrees count aggregated relations (one edge per subject, predicate, object and status);
weighted degrees count claims (the ``count`` edge attribute). Betweenness, eigenvector
and communities work on the undirected projection, PageRank on the directed one (edges of
symmetric predicates such as MET point both ways).

Large graphs: betweenness is exact (igraph, or networkx without igraph) while the work
``nodes × edges`` stays under a budget, and otherwise estimated from ``k`` random pivots
(Brandes–Pich), whose Hoeffding bound is reported in :attr:`Centrality.error_bound`.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from graphkit.ontology import ONTOLOGY

log = logging.getLogger(__name__)

EXACT_WORK_IGRAPH = 2e8
"""Largest ``nodes × edges`` for exact igraph betweenness (about 5 s here)."""
EXACT_WORK_NETWORKX = 5e6
"""Largest ``nodes × edges`` for exact networkx betweenness (without igraph)."""
LOUVAIN_NETWORKX_MAX_EDGES = 20_000
"""Above this many edges, communities come from igraph's multilevel (Louvain) when installed."""
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Centrality:
    """Scores of one measure, with how they were obtained.

    ``error_bound``: with probability :data:`CONFIDENCE`, each normalised score is within
    this distance of the exact value (``None`` when the scores are exact).
    """

    measure: str
    values: dict[Hashable, float]
    method: str
    error_bound: float | None = None
    converged: bool = True
    note: str = ""

    def top(self, n: int) -> list[tuple[Hashable, float]]:
        """The ``n`` highest scores, ties broken by node id."""
        return sorted(self.values.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]


@dataclass(frozen=True)
class Communities:
    """A partition of the nodes, largest community first."""

    groups: list[set[Hashable]]
    method: str
    modularity: float
    membership: dict[Hashable, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Bridges:
    """What connects communities.

    ``nodes``: ``(node, other communities reached, weight of edges to them)``, strongest first;
    ``edges``: ``(u, v, community of u, community of v, weight)``, heaviest first;
    ``pairs``: total weight between each pair of communities.
    """

    nodes: list[tuple[Hashable, int, float]]
    edges: list[tuple[Hashable, Hashable, int, int, float]]
    pairs: dict[tuple[int, int], float]


def _igraph() -> Any | None:
    try:
        import igraph
    except ImportError:  # pragma: no cover - igraph is a dependency
        return None
    return igraph


def _symmetric(d: dict) -> bool:
    p = d.get("predicate")
    return p in ONTOLOGY.predicates and ONTOLOGY.predicate(p).symmetric


def _index(g: nx.Graph) -> tuple[list[Hashable], dict[Hashable, int]]:
    nodes = list(g)
    return nodes, {n: i for i, n in enumerate(nodes)}


def _arrays(
    g: nx.Graph, weight: str | None, directed: bool
) -> tuple[list[Hashable], np.ndarray, np.ndarray, np.ndarray]:
    """Edge arrays (source, target, weight); parallel edges summed, self-loops dropped.

    ``directed=False`` gives each undirected pair once; ``directed=True`` gives directed
    edges, with both directions for undirected graphs and symmetric predicates.
    """
    nodes, idx = _index(g)
    acc: dict[tuple[int, int], float] = {}
    both = not g.is_directed()
    for u, v, d in g.edges(data=True):
        if u == v:
            continue
        w = float(d.get(weight, 1)) if weight else 1.0
        a, b = idx[u], idx[v]
        if not directed:
            key = (a, b) if a < b else (b, a)
            acc[key] = acc.get(key, 0.0) + w
            continue
        acc[(a, b)] = acc.get((a, b), 0.0) + w
        if both or _symmetric(d):
            acc[(b, a)] = acc.get((b, a), 0.0) + w
    if acc:
        pairs = np.fromiter((x for ab in acc for x in ab), dtype=np.int64, count=2 * len(acc)).reshape(-1, 2)
        ws = np.fromiter(acc.values(), dtype=float, count=len(acc))
        return nodes, pairs[:, 0].copy(), pairs[:, 1].copy(), ws
    empty = np.zeros(0, dtype=np.int64)
    return nodes, empty, empty, np.zeros(0)


def _to_igraph(g: nx.Graph, weight: str | None):
    ig = _igraph()
    nodes, src, dst, ws = _arrays(g, weight, directed=False)
    h = ig.Graph(n=len(nodes), edges=np.column_stack([src, dst]).tolist(), directed=False)
    h.es["weight"] = ws.tolist()
    return nodes, h


def degree(g: nx.Graph, weight: str | None = None) -> Centrality:
    """Degree (relations) or, with ``weight="count"``, weighted degree (claims).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Putin", "Tập Cận Bình", key="MET", count=3)
    'MET'
    >>> g.add_edge("Putin", "Ukraine", key="WARNED", count=1)
    'WARNED'
    >>> degree(g).values["Putin"], degree(g, weight="count").values["Putin"]
    (2, 4)
    """
    return Centrality("weighted_degree" if weight else "degree", dict(g.degree(weight=weight)), "exact")


def in_degree(g: nx.DiGraph, weight: str | None = None) -> Centrality:
    """In-degree: who is demanded of, warned, visited… (``weight="count"`` counts claims).

    Examples
    --------
    >>> g = nx.MultiDiGraph([("Mỹ", "Nga"), ("EU", "Nga"), ("Nga", "Mỹ")])
    >>> in_degree(g).values["Nga"]
    2
    """
    return Centrality("in_degree", dict(g.in_degree(weight=weight)), "exact")


def out_degree(g: nx.DiGraph, weight: str | None = None) -> Centrality:
    """Out-degree: who demands, warns, visits… (``weight="count"`` counts claims).

    Examples
    --------
    >>> g = nx.MultiDiGraph([("Mỹ", "Nga"), ("EU", "Nga"), ("Nga", "Mỹ")])
    >>> out_degree(g).values["Nga"], out_degree(g).values["EU"]
    (1, 1)
    """
    return Centrality("out_degree", dict(g.out_degree(weight=weight)), "exact")


def hoeffding_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """Per-node error bound of pivot-sampled normalised betweenness with ``k`` pivots.

    Each pivot contributes a value in ``[0, n/(n-1)]``, so by Hoeffding's inequality the
    mean of ``k`` pivots is within ``n/(n-1) * sqrt(ln(2/δ) / 2k)`` of the exact value with
    probability ``1-δ``.

    Examples
    --------
    >>> round(hoeffding_bound(256, 10_000), 3)
    0.085
    """
    delta = 1.0 - confidence
    return (n / max(n - 1, 1)) * math.sqrt(math.log(2.0 / delta) / (2.0 * k))


def betweenness(g: nx.Graph, method: str = "auto", k: int = 256, seed: int = 0) -> Centrality:
    """Normalised betweenness on the undirected, unweighted projection (hops).

    ``method``: ``"exact"``, ``"sampled"`` (``k`` random pivots) or ``"auto"``: exact while
    ``nodes × edges`` stays under :data:`EXACT_WORK_IGRAPH` (igraph) or
    :data:`EXACT_WORK_NETWORKX` (networkx only), else sampled. The sampled estimate is
    unbiased and :attr:`Centrality.error_bound` holds its Hoeffding bound.

    Examples
    --------
    A path: the middle node lies on the only path between the two ends.

    >>> g = nx.MultiDiGraph([("Kyiv", "Warszawa"), ("Warszawa", "Berlin")])
    >>> r = betweenness(g)
    >>> r.values["Warszawa"], r.values["Kyiv"], r.method
    (1.0, 0.0, 'igraph exact')
    >>> s = betweenness(nx.path_graph(10), method="sampled", k=3)
    >>> s.method, round(s.error_bound, 2)
    ('igraph sampled (3 pivots)', 0.87)
    """
    nodes, src, dst, _ = _arrays(g, None, directed=False)
    n, m = len(nodes), len(src)
    if n < 3:
        return Centrality("betweenness", {x: 0.0 for x in nodes}, "exact")
    ig = _igraph()
    budget = EXACT_WORK_IGRAPH if ig else EXACT_WORK_NETWORKX
    exact = method == "exact" or (method == "auto" and n * m <= budget) or k >= n
    scale = 2.0 / ((n - 1) * (n - 2))
    if ig is not None:
        h = ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist(), directed=False)
        if exact:
            raw = h.betweenness(directed=False)
            return Centrality("betweenness", {x: b * scale for x, b in zip(nodes, raw, strict=True)}, "igraph exact")
        pivots = random.Random(seed).sample(range(n), k)
        raw = h.betweenness(directed=False, sources=pivots)
        factor = scale * n / k
        values = {x: b * factor for x, b in zip(nodes, raw, strict=True)}
        return Centrality(
            "betweenness",
            values,
            f"igraph sampled ({k} pivots)",
            error_bound=hoeffding_bound(k, n),
            note=f"±{hoeffding_bound(k, n):.3f} per node at {CONFIDENCE:.0%} (Hoeffding)",
        )
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from(zip((nodes[i] for i in src), (nodes[i] for i in dst), strict=True))
    if exact:
        return Centrality("betweenness", nx.betweenness_centrality(simple), "networkx exact")
    values = nx.betweenness_centrality(simple, k=k, seed=seed)
    return Centrality(
        "betweenness",
        values,
        f"networkx sampled ({k} pivots)",
        error_bound=hoeffding_bound(k, n),
        note=f"±{hoeffding_bound(k, n):.3f} per node at {CONFIDENCE:.0%} (Hoeffding)",
    )


def pagerank(
    g: nx.Graph, alpha: float = 0.85, weight: str | None = "count", tol: float = 1e-10, max_iter: int = 200
) -> Centrality:
    """PageRank by power iteration (numpy) on the directed weighted projection.

    Edges of symmetric predicates (MET) and of undirected graphs count in both directions;
    the rank of nodes without out-edges is spread evenly. Scores sum to 1.

    Examples
    --------
    >>> g = nx.DiGraph([("Pháp", "Đức"), ("Đức", "Ý"), ("Ý", "Pháp")])
    >>> sorted(round(v, 4) for v in pagerank(g).values.values())
    [0.3333, 0.3333, 0.3333]
    >>> star = nx.DiGraph([("Lào", "Việt Nam"), ("Campuchia", "Việt Nam")])
    >>> pagerank(star).top(1)[0][0]
    'Việt Nam'
    """
    nodes, src, dst, ws = _arrays(g, weight, directed=True)
    n = len(nodes)
    if n == 0:
        return Centrality("pagerank", {}, "power iteration")
    out = np.bincount(src, weights=ws, minlength=n)
    dangling = out == 0
    share = np.divide(ws, out[src], out=np.zeros_like(ws), where=out[src] > 0)
    x = np.full(n, 1.0 / n)
    converged = False
    for _ in range(max_iter):
        y = alpha * np.bincount(dst, weights=share * x[src], minlength=n)
        y += (alpha * x[dangling].sum() + (1.0 - alpha)) / n
        err = np.abs(y - x).sum()
        x = y
        if err < n * tol:
            converged = True
            break
    x /= x.sum()
    return Centrality(
        "pagerank",
        dict(zip(nodes, x.tolist(), strict=True)),
        "power iteration",
        converged=converged,
        note="" if converged else f"not converged after {max_iter} iterations",
    )


def eigenvector(g: nx.Graph, weight: str | None = "count", tol: float = 1e-8, max_iter: int = 1000) -> Centrality:
    """Eigenvector centrality of the undirected weighted projection (unit Euclidean norm).

    Power iteration on ``A + I`` (which converges on bipartite graphs too). When it does not
    converge within ``max_iter`` the result falls back to igraph's ARPACK solver, or keeps
    the last iterate with ``converged=False`` and a note.

    Examples
    --------
    >>> g = nx.Graph([("Mỹ", "Nhật Bản"), ("Mỹ", "Hàn Quốc"), ("Mỹ", "Úc")])
    >>> r = eigenvector(g, weight=None)
    >>> r.top(1)[0][0], round(r.values["Mỹ"], 4), r.converged
    ('Mỹ', 0.7071, True)
    >>> eigenvector(g, weight=None, max_iter=1).method
    'igraph ARPACK (power iteration did not converge)'
    """
    nodes, src, dst, ws = _arrays(g, weight, directed=False)
    n = len(nodes)
    if n == 0:
        return Centrality("eigenvector", {}, "power iteration")
    x = np.full(n, 1.0 / n)
    converged = False
    for _ in range(max_iter):
        y = x + np.bincount(dst, weights=ws * x[src], minlength=n) + np.bincount(src, weights=ws * x[dst], minlength=n)
        norm = np.linalg.norm(y)
        if norm == 0:
            break
        y /= norm
        if np.abs(y - x).sum() < n * tol:
            x = y
            converged = True
            break
        x = y
    if converged:
        return Centrality("eigenvector", dict(zip(nodes, x.tolist(), strict=True)), "power iteration")
    ig = _igraph()
    if ig is not None and len(src):
        h = ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist(), directed=False)
        vals = np.asarray(h.eigenvector_centrality(scale=False, weights=ws.tolist() if weight else None))
        vals = np.abs(vals) / (np.linalg.norm(vals) or 1.0)
        return Centrality(
            "eigenvector",
            dict(zip(nodes, vals.tolist(), strict=True)),
            "igraph ARPACK (power iteration did not converge)",
        )
    log.warning("eigenvector centrality did not converge after %d iterations", max_iter)
    return Centrality(
        "eigenvector",
        dict(zip(nodes, x.tolist(), strict=True)),
        "power iteration",
        converged=False,
        note=f"not converged after {max_iter} iterations",
    )


def _modularity(g: nx.Graph, groups: list[set], weight: str | None) -> float:
    if g.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(g, groups, weight=weight)


def communities(
    g: nx.Graph, weight: str | None = "count", seed: int = 0, resolution: float = 1.0, method: str = "auto"
) -> Communities:
    """Louvain communities of the undirected weighted projection, seeded (deterministic).

    ``method``: ``"networkx"`` (:func:`networkx.community.louvain_communities`),
    ``"igraph"`` (multilevel, same algorithm in C) or ``"auto"`` (networkx up to
    :data:`LOUVAIN_NETWORKX_MAX_EDGES` edges).

    Examples
    --------
    Two triangles joined by one edge:

    >>> g = nx.Graph([("Nga", "Belarus"), ("Belarus", "Iran"), ("Iran", "Nga"),
    ...               ("Mỹ", "Anh"), ("Anh", "Pháp"), ("Pháp", "Mỹ"), ("Nga", "Mỹ")])
    >>> c = communities(g, weight=None)
    >>> sorted(sorted(x) for x in c.groups)
    [['Anh', 'Mỹ', 'Pháp'], ['Belarus', 'Iran', 'Nga']]
    >>> c.membership["Nga"] == c.membership["Iran"]
    True
    """
    from graphkit.graph.views import undirected_projection

    u = g if not g.is_directed() and not g.is_multigraph() else undirected_projection(g, weight=weight or "count")
    u = u.copy()
    u.remove_edges_from(list(nx.selfloop_edges(u)))
    ig = _igraph()
    if method == "auto":
        method = "igraph" if ig is not None and u.number_of_edges() > LOUVAIN_NETWORKX_MAX_EDGES else "networkx"
    if method == "igraph":
        nodes, h = _to_igraph(u, weight)
        ig.set_random_number_generator(random.Random(seed))
        try:
            parts = h.community_multilevel(weights="weight" if weight else None, resolution=resolution)
        finally:
            ig.set_random_number_generator(random)
        groups = [{nodes[i] for i in part} for part in parts]
        label = "igraph multilevel (Louvain)"
        score = h.modularity(parts.membership, weights="weight" if weight else None, resolution=resolution)
    else:
        groups = [set(c) for c in nx.community.louvain_communities(u, weight=weight, resolution=resolution, seed=seed)]
        label = "networkx Louvain"
        score = _modularity(u, groups, weight)
    groups.sort(key=lambda c: (-len(c), min(str(x) for x in c)))
    membership = {x: i for i, c in enumerate(groups) for x in c}
    return Communities(groups, label, float(score), membership)


def community_bridges(g: nx.Graph, parts: Communities | Iterable[set], weight: str | None = "count") -> Bridges:
    """Nodes and edges that connect different communities.

    Examples
    --------
    >>> g = nx.Graph([("Nga", "Belarus"), ("Mỹ", "Anh"), ("Nga", "Mỹ")])
    >>> b = community_bridges(g, [{"Nga", "Belarus"}, {"Mỹ", "Anh"}], weight=None)
    >>> b.edges
    [('Nga', 'Mỹ', 0, 1, 1.0)]
    >>> sorted(x for x, _, _ in b.nodes)
    ['Mỹ', 'Nga']
    """
    groups = parts.groups if isinstance(parts, Communities) else list(parts)
    membership = {x: i for i, c in enumerate(groups) for x in c}
    node_w: dict[Hashable, float] = {}
    node_c: dict[Hashable, set[int]] = {}
    edge_w: dict[tuple[Hashable, Hashable], float] = {}
    pairs: dict[tuple[int, int], float] = {}
    for u, v, d in g.edges(data=True):
        cu, cv = membership.get(u), membership.get(v)
        if cu is None or cv is None or cu == cv:
            continue
        w = float(d.get(weight, 1)) if weight else 1.0
        if (v, u) in edge_w:
            edge_w[(v, u)] += w
        else:
            edge_w[(u, v)] = edge_w.get((u, v), 0.0) + w
        for x, other in ((u, cv), (v, cu)):
            node_w[x] = node_w.get(x, 0.0) + w
            node_c.setdefault(x, set()).add(other)
        key = (min(cu, cv), max(cu, cv))
        pairs[key] = pairs.get(key, 0.0) + w
    nodes = sorted(((x, len(node_c[x]), w) for x, w in node_w.items()), key=lambda t: (-t[1], -t[2], str(t[0])))
    edges = sorted(
        ((u, v, membership[u], membership[v], w) for (u, v), w in edge_w.items()),
        key=lambda t: (-t[4], str(t[0]), str(t[1])),
    )
    return Bridges(nodes, edges, pairs)
