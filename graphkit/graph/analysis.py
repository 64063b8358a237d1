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


@dataclass(frozen=True)
class EdgeArrays:
    """A compact, read-only copy of a graph's edges as numpy arrays (one row per edge).

    Build it once with :meth:`from_graph` and pass it to :func:`betweenness`,
    :func:`pagerank`, :func:`eigenvector`, :func:`communities` and
    :func:`community_bridges` instead of the graph: on large graphs this saves a pass
    over the networkx edges per measure. Its weights are those chosen at build time.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Lào", "Việt Nam", key="MET", predicate="MET", count=2)
    'MET'
    >>> g.add_edge("Việt Nam", "Lào", key="MET", predicate="MET", count=1)
    'MET'
    >>> arr = EdgeArrays.from_graph(g)
    >>> arr.undirected()[2].tolist(), arr.directed()[2].tolist()
    ([3.0], [3.0, 3.0])
    """

    nodes: list[Hashable]
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray
    symmetric: np.ndarray

    @classmethod
    def from_graph(
        cls, g: nx.Graph, weight: str | None = "count", nodes: Iterable[Hashable] | None = None
    ) -> EdgeArrays:
        """Edges of ``g`` (restricted to ``nodes`` when given); symmetric predicates and
        undirected graphs are marked to count in both directions."""
        keep = None if nodes is None else set(nodes)
        node_list = list(g) if keep is None else [n for n in g if n in keep]
        idx = {n: i for i, n in enumerate(node_list)}
        src: list[int] = []
        dst: list[int] = []
        ws: list[float] = []
        sym: list[bool] = []
        multi, directed = g.is_multigraph(), g.is_directed()
        symmetric = _symmetric_predicates()
        for u, nbrs in g.adj.items():
            a = idx.get(u)
            if a is None:
                continue
            for v, data in nbrs.items():
                b = idx.get(v)
                if b is None or (not directed and b < a):
                    continue
                for d in data.values() if multi else (data,):
                    src.append(a)
                    dst.append(b)
                    ws.append(d.get(weight, 1) if weight else 1)
                    sym.append(not directed or d.get("predicate") in symmetric)
        return cls(
            node_list,
            np.asarray(src, dtype=np.int64),
            np.asarray(dst, dtype=np.int64),
            np.asarray(ws, dtype=float),
            np.asarray(sym, dtype=bool),
        )

    def _collapse(self, a: np.ndarray, b: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        keep = a != b
        a, b, w = a[keep], b[keep], w[keep]
        if not len(a):
            return a, b, w
        n = len(self.nodes)
        keys, inverse = np.unique(a * n + b, return_inverse=True)
        return keys // n, keys % n, np.bincount(inverse, weights=w)

    def undirected(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(u, v, weight)`` with ``u < v``: one row per node pair, weights summed, no self-loops."""
        return self._collapse(np.minimum(self.src, self.dst), np.maximum(self.src, self.dst), self.weight)

    def directed(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(source, target, weight)``: symmetric edges in both directions, weights summed."""
        s = self.symmetric
        return self._collapse(
            np.concatenate([self.src, self.dst[s]]),
            np.concatenate([self.dst, self.src[s]]),
            np.concatenate([self.weight, self.weight[s]]),
        )


def _symmetric_predicates() -> set[str]:
    return {name for name, p in ONTOLOGY.predicates.items() if p.symmetric}


def _as_arrays(g: nx.Graph | EdgeArrays, weight: str | None) -> EdgeArrays:
    return g if isinstance(g, EdgeArrays) else EdgeArrays.from_graph(g, weight=weight)


def _igraph_graph(n: int, src: np.ndarray, dst: np.ndarray):
    ig = _igraph()
    return ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist(), directed=False)


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

    Parameters
    ----------
    g : networkx.Graph or EdgeArrays
        Any graph; direction, parallel edges and weights are ignored.
    method : {"auto", "exact", "sampled"}
        How to compute.
    k : int
        Pivots of the sampled estimate.
    seed : int
        Seed of the pivot choice.

    Returns
    -------
    Centrality
        Scores normalised to ``[0, 1]`` (by ``(n-1)(n-2)/2``), the method used, and the
        error bound when sampled.

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
    arr = _as_arrays(g, None)
    nodes = arr.nodes
    src, dst, _ = arr.undirected()
    n, m = len(nodes), len(src)
    if n < 3:
        return Centrality("betweenness", {x: 0.0 for x in nodes}, "exact")
    ig = _igraph()
    budget = EXACT_WORK_IGRAPH if ig else EXACT_WORK_NETWORKX
    exact = method == "exact" or (method == "auto" and n * m <= budget) or k >= n
    scale = 2.0 / ((n - 1) * (n - 2))
    if ig is not None:
        h = _igraph_graph(n, src, dst)
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

    Parameters
    ----------
    g : networkx.Graph or EdgeArrays
        The graph; parallel edges add their weights.
    alpha : float
        Damping factor.
    weight : str or None
        Edge attribute used as weight (``None``: every edge weighs 1).
    tol, max_iter
        Stop when the L1 change falls under ``n * tol``, or after ``max_iter`` iterations.

    Returns
    -------
    Centrality
        ``converged`` is False (with a note) when ``max_iter`` was reached.

    Examples
    --------
    >>> g = nx.DiGraph([("Pháp", "Đức"), ("Đức", "Ý"), ("Ý", "Pháp")])
    >>> sorted(round(v, 4) for v in pagerank(g).values.values())
    [0.3333, 0.3333, 0.3333]
    >>> star = nx.DiGraph([("Lào", "Việt Nam"), ("Campuchia", "Việt Nam")])
    >>> pagerank(star).top(1)[0][0]
    'Việt Nam'
    """
    arr = _as_arrays(g, weight)
    nodes = arr.nodes
    src, dst, ws = arr.directed()
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

    Parameters
    ----------
    g : networkx.Graph or EdgeArrays
        The graph, taken as undirected; parallel edges add their weights.
    weight : str or None
        Edge attribute used as weight.
    tol, max_iter
        Convergence threshold (L1 change under ``n * tol``) and iteration cap.

    Returns
    -------
    Centrality
        Scores with unit Euclidean norm.

    Examples
    --------
    >>> g = nx.Graph([("Mỹ", "Nhật Bản"), ("Mỹ", "Hàn Quốc"), ("Mỹ", "Úc")])
    >>> r = eigenvector(g, weight=None)
    >>> r.top(1)[0][0], round(r.values["Mỹ"], 4), r.converged
    ('Mỹ', 0.7071, True)
    >>> eigenvector(g, weight=None, max_iter=1).method
    'igraph ARPACK (power iteration did not converge)'
    """
    arr = _as_arrays(g, weight)
    nodes = arr.nodes
    src, dst, ws = arr.undirected()
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
        h = _igraph_graph(n, src, dst)
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


def communities(
    g: nx.Graph | EdgeArrays,
    weight: str | None = "count",
    seed: int = 0,
    resolution: float = 1.0,
    method: str = "auto",
    isolated: bool = True,
) -> Communities:
    """Louvain communities of the undirected weighted projection, seeded (deterministic).

    ``method``: ``"networkx"`` (:func:`networkx.community.louvain_communities`),
    ``"igraph"`` (multilevel, same algorithm in C) or ``"auto"`` (networkx up to
    :data:`LOUVAIN_NETWORKX_MAX_EDGES` edges). ``isolated=False`` leaves out nodes without
    edges (each would be a community of its own).

    Parameters
    ----------
    g : networkx.Graph or EdgeArrays
        The graph, taken as undirected; parallel edges add their weights.
    weight : str or None
        Edge attribute used as weight.
    seed : int
        Seed of the Louvain node order; the same seed gives the same partition.
    resolution : float
        Above 1 favours smaller communities.

    Returns
    -------
    Communities
        Groups largest first, the method used, the modularity and each node's group index.

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
    arr = _as_arrays(g, weight)
    src, dst, ws = arr.undirected()
    if not weight:
        ws = np.ones_like(ws)
    nodes = arr.nodes
    if not isolated:
        touched = np.zeros(len(nodes), dtype=bool)
        touched[src] = True
        touched[dst] = True
        remap = np.cumsum(touched) - 1
        nodes = [x for x, t in zip(nodes, touched.tolist(), strict=True) if t]
        src, dst = remap[src], remap[dst]
    ig = _igraph()
    if method == "auto":
        method = "igraph" if ig is not None and len(src) > LOUVAIN_NETWORKX_MAX_EDGES else "networkx"
    if method == "igraph":
        h = _igraph_graph(len(nodes), src, dst)
        h.es["weight"] = ws.tolist()
        ig.set_random_number_generator(random.Random(seed))
        try:
            parts = h.community_multilevel(weights="weight", resolution=resolution)
        finally:
            ig.set_random_number_generator(random)
        groups = [{nodes[i] for i in part} for part in parts]
        label = "igraph multilevel (Louvain)"
        score = h.modularity(parts.membership, weights="weight", resolution=resolution) if len(src) else 0.0
    else:
        u = nx.Graph()
        u.add_nodes_from(nodes)
        u.add_weighted_edges_from(
            zip((nodes[i] for i in src.tolist()), (nodes[i] for i in dst.tolist()), ws.tolist(), strict=True)
        )
        found = nx.community.louvain_communities(u, weight="weight", resolution=resolution, seed=seed)
        groups = [set(x) for x in found]
        label = "networkx Louvain"
        score = nx.community.modularity(u, groups, weight="weight") if len(src) else 0.0
    groups.sort(key=lambda c: (-len(c), min(str(x) for x in c)))
    membership = {x: i for i, c in enumerate(groups) for x in c}
    return Communities(groups, label, float(score), membership)


def community_bridges(
    g: nx.Graph | EdgeArrays, parts: Communities | Iterable[set], weight: str | None = "count", top: int | None = None
) -> Bridges:
    """Nodes and edges that connect different communities (the ``top`` of each when given).

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
    arr = _as_arrays(g, weight)
    src, dst, ws = arr.undirected()
    if not weight:
        ws = np.ones_like(ws)
    mem = np.asarray([membership.get(x, -1) for x in arr.nodes], dtype=np.int64)
    if not len(src):
        return Bridges([], [], {})
    cu, cv = mem[src], mem[dst]
    cross = (cu != cv) & (cu >= 0) & (cv >= 0)
    src, dst, ws, cu, cv = src[cross], dst[cross], ws[cross], cu[cross], cv[cross]
    n, c = len(arr.nodes), len(groups)
    node_w = np.bincount(src, weights=ws, minlength=n) + np.bincount(dst, weights=ws, minlength=n)
    reach_keys = np.unique(np.concatenate([src * c + cv, dst * c + cu]))
    reached = np.bincount(reach_keys // c, minlength=n)
    names = arr.nodes
    nodes = sorted(
        ((names[i], int(reached[i]), float(node_w[i])) for i in np.flatnonzero(reached).tolist()),
        key=lambda t: (-t[1], -t[2], str(t[0])),
    )
    candidates = np.arange(len(src))
    if top is not None and len(src) > top:
        candidates = np.flatnonzero(ws >= np.partition(ws, len(ws) - top)[len(ws) - top])
    rows = zip(
        src[candidates].tolist(),
        dst[candidates].tolist(),
        cu[candidates].tolist(),
        cv[candidates].tolist(),
        ws[candidates].tolist(),
        strict=True,
    )
    edges = sorted(
        ((names[a], names[b], ca, cb, w) for a, b, ca, cb, w in rows), key=lambda t: (-t[4], str(t[0]), str(t[1]))
    )
    pairs: dict[tuple[int, int], float] = {}
    for a, b, w in zip(np.minimum(cu, cv).tolist(), np.maximum(cu, cv).tolist(), ws.tolist(), strict=True):
        pairs[(a, b)] = pairs.get((a, b), 0.0) + w
    if top is not None:
        nodes, edges = nodes[:top], edges[:top]
    return Bridges(nodes, edges, pairs)
