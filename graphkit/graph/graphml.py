"""GraphML that Gephi, Cytoscape and yEd open: only str/int/float/bool attributes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.graph._perf import without_gc


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | dict):
        if not value:
            return None
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False, default=str)
    return str(value)


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in attrs.items():
        s = _scalar(v)
        if s is not None:
            out[k] = s
    return out


def _kind(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return 1
    if isinstance(value, float):
        return 2
    return 3


def _unify(records: list[dict[str, Any]]) -> None:
    """Give each attribute one type across all records (GraphML declares one per key):
    int and float mix to float; anything mixed with a string becomes a string."""
    kinds: dict[str, set[int]] = {}
    for a in records:
        for k, v in a.items():
            kinds.setdefault(k, set()).add(_kind(v))
    for k, ks in kinds.items():
        if len(ks) < 2:
            continue
        if 3 in ks or 0 in ks:
            cast: Any = str
        else:
            cast = float
        for a in records:
            if k in a:
                a[k] = cast(a[k])


@without_gc
def to_exportable(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are GraphML-safe: lists as JSON strings, None dropped,
    one type per attribute, a ``label`` on every node and an ``interaction`` on every edge.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kb:Q159", label="Nga", aliases=["Liên bang Nga"], kb_id=None, weight=1)
    >>> g.add_node("kb:Q30", weight=2.5)
    >>> g.add_edge("kb:Q159", "kb:Q30", key="WARNED", predicate="WARNED", dates=["2022-02-01"])
    'WARNED'
    >>> h = to_exportable(g)
    >>> h.nodes["kb:Q159"]
    {'label': 'Nga', 'aliases': '["Liên bang Nga"]', 'weight': 1.0}
    >>> h.nodes["kb:Q30"]["label"], h.edges["kb:Q159", "kb:Q30", "WARNED"]["interaction"]
    ('kb:Q30', 'WARNED')
    """
    h = nx.MultiDiGraph()
    nodes = []
    for n, attrs in g.nodes(data=True):
        a = _clean(attrs)
        a.setdefault("label", str(n))
        nodes.append((n, a))
    _unify([a for _, a in nodes])
    h.add_nodes_from(nodes)
    edges = []
    for u, v, k, attrs in g.edges(keys=True, data=True):
        a = _clean(attrs)
        a.setdefault("interaction", str(attrs.get("predicate", k)))
        edges.append((u, v, k, a))
    _unify([a for *_, a in edges])
    h.add_edges_from(edges)
    h.graph.update(_clean(g.graph))
    return h


@without_gc
def write_graphml(g: nx.MultiDiGraph, path: Path, check: bool = True) -> Path:
    """Write GraphML atomically; with ``check``, read it back and compare the counts."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    h = to_exportable(g)
    nx.write_graphml(h, tmp, named_key_ids=True)
    if check:
        back = nx.read_graphml(tmp, force_multigraph=True)
        if back.number_of_nodes() != h.number_of_nodes() or back.number_of_edges() != h.number_of_edges():
            raise RuntimeError(f"GraphML check failed for {path}: counts differ after reading it back")
    os.replace(tmp, path)
    return path
