"""GraphML that Gephi, Cytoscape and yEd open: only str/int/float/bool attributes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx


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


def to_exportable(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are GraphML-safe: lists as JSON strings, None dropped,
    a ``label`` on every node and an ``interaction`` on every edge."""
    h = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        a = _clean(attrs)
        a.setdefault("label", str(n))
        h.add_node(n, **a)
    for u, v, k, attrs in g.edges(keys=True, data=True):
        a = _clean(attrs)
        a.setdefault("interaction", str(attrs.get("predicate", k)))
        h.add_edge(u, v, key=k, **a)
    h.graph.update(_clean(g.graph))
    return h


def write_graphml(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write GraphML atomically and check it by reading it back."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    h = to_exportable(g)
    nx.write_graphml(h, tmp, named_key_ids=True)
    back = nx.read_graphml(tmp, force_multigraph=True)
    if back.number_of_nodes() != h.number_of_nodes() or back.number_of_edges() != h.number_of_edges():
        raise RuntimeError(f"GraphML check failed for {path}: counts differ after reading it back")
    os.replace(tmp, path)
    return path
