"""GraphML that Gephi, Cytoscape and yEd open: only str/int/float/bool attributes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from graphkit.graph._perf import without_gc

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, str):
        return _INVALID_XML.sub("", value)
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | dict):
        if not value:
            return None
        text = json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False, default=str)
        return _INVALID_XML.sub("", text)
    return _INVALID_XML.sub("", str(value))


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


_GRAPHML_TYPES = {0: "boolean", 1: "long", 2: "double", 3: "string"}
_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


_CONTAINERS = (list, tuple, set, dict)
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
_TYPE_KIND = {bool: 0, int: 1, float: 2, str: 3}


def key_kinds(records: Any) -> dict[str, int]:
    """One GraphML kind per attribute name over all records (see :func:`_unify`)."""
    signatures = {(tuple(a), tuple(map(type, a.values()))) for a in records}
    kinds: dict[str, set[int]] = {}
    for names, types in signatures:
        for k, t in zip(names, types, strict=True):
            if t is type(None):
                continue
            kind = _TYPE_KIND.get(t)
            if kind is None:
                kind = 3 if issubclass(t, _CONTAINERS + (str,)) else _kind_of_type(t)
            kinds.setdefault(k, set()).add(kind)
    return {k: ks.pop() if len(ks) == 1 else (3 if 3 in ks or 0 in ks else 2) for k, ks in kinds.items()}


def _kind_of_type(t: type) -> int:
    if issubclass(t, bool):
        return 0
    if issubclass(t, int):
        return 1
    if issubclass(t, float):
        return 2
    return 3


def raw_text(value: Any, kind: int) -> str:
    """The unescaped text of a value for an attribute of the given kind (see :func:`_key_kinds`)."""
    if kind == 3:
        if type(value) is str:
            return _INVALID_XML.sub("", value)
        if isinstance(value, _CONTAINERS):
            return _JSON.encode(sorted(value) if isinstance(value, set) else value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return _INVALID_XML.sub("", str(value))
    if kind == 0:
        return "true" if value else "false"
    if kind == 2:
        return repr(float(value))
    return str(int(value))


def _text(value: Any, kind: int) -> str:
    return escape(raw_text(value, kind)) if kind == 3 else raw_text(value, kind)


def is_empty(value: Any) -> bool:
    """Dropped from exports: None and empty containers."""
    return value is None or (isinstance(value, _CONTAINERS) and not value)


def _id(value: Any) -> str:
    return quoteattr(_INVALID_XML.sub("", str(value)))


def _data(attrs: dict[str, Any], ids: dict[str, str], kinds: dict[str, int]) -> str:
    return "".join(f'<data key="{ids[k]}">{_text(v, kinds[k])}</data>' for k, v in attrs.items() if not is_empty(v))


def _count_elements(path: Path) -> tuple[int, int]:
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    node, edge = ns + "node", ns + "edge"
    nodes = edges = 0
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is optional
        import xml.etree.ElementTree as ET

        for _, el in ET.iterparse(str(path), events=("end",)):
            if el.tag in (node, edge):
                nodes += el.tag == node
                edges += el.tag == edge
                el.clear()
        return nodes, edges
    for _, el in etree.iterparse(str(path), events=("end",), tag=(node, edge)):
        if el.tag == node:
            nodes += 1
        else:
            edges += 1
        el.clear()
        parent = el.getparent()
        if parent is not None:
            del parent[:]
    return nodes, edges


@without_gc
def write_graphml(g: nx.MultiDiGraph, path: Path, check: bool = True) -> Path:
    """Write GraphML atomically, streaming (no copy of the graph).

    Attribute hygiene as in :func:`to_exportable`: lists as JSON strings, None dropped, one
    type per attribute, ``label`` on every node, ``interaction`` on every edge, and unique
    edge ids (``e0``, ``e1``…; Gephi merges edges that share an id). With ``check``, the
    file is parsed back and its node and edge counts compared.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("Hà Nội", "Viêng Chăn", key="VISITED", predicate="VISITED", count=2, dates=["2024-01-01"])
    'VISITED'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     back = nx.read_graphml(write_graphml(g, Path(d) / "g.graphml"), force_multigraph=True)
    >>> back.nodes["Hà Nội"]["label"], next(iter(back.edges(data="interaction")))[2]
    ('Hà Nội', 'VISITED')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    node_kinds = key_kinds(d for _, d in g.nodes(data=True))
    node_kinds["label"] = 3
    edge_kinds = key_kinds(d for _, _, d in g.edges(data=True))
    edge_kinds["interaction"] = 3
    node_ids = {k: f"d{i}" for i, k in enumerate(node_kinds)}
    edge_ids = {k: f"d{i + len(node_ids)}" for i, k in enumerate(edge_kinds)}
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(_HEADER)
        for scope, kinds, ids in (("node", node_kinds, node_ids), ("edge", edge_kinds, edge_ids)):
            for k, kind in kinds.items():
                fh.write(
                    f'<key id="{ids[k]}" for="{scope}" attr.name={quoteattr(k)} attr.type="{_GRAPHML_TYPES[kind]}"/>\n'
                )
        fh.write(f'<graph edgedefault="{"directed" if g.is_directed() else "undirected"}">\n')
        write = fh.write
        for n, d in g.nodes(data=True):
            if d.get("label") is None:
                d = {**d, "label": str(n)}
            write(f"<node id={_id(n)}>{_data(d, node_ids, node_kinds)}</node>\n")
        for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True) if g.is_multigraph() else ()):
            if d.get("interaction") is None:
                d = {**d, "interaction": str(d.get("predicate", k))}
            write(f'<edge id="e{i}" source={_id(u)} target={_id(v)}>{_data(d, edge_ids, edge_kinds)}</edge>\n')
        if not g.is_multigraph():
            for i, (u, v, d) in enumerate(g.edges(data=True)):
                if d.get("interaction") is None:
                    d = {**d, "interaction": str(d.get("predicate", ""))}
                write(f'<edge id="e{i}" source={_id(u)} target={_id(v)}>{_data(d, edge_ids, edge_kinds)}</edge>\n')
        fh.write("</graph>\n</graphml>\n")
    if check:
        nodes, edges = _count_elements(tmp)
        if (nodes, edges) != (g.number_of_nodes(), g.number_of_edges()):
            tmp.unlink(missing_ok=True)
            raise RuntimeError(f"GraphML check failed for {path}: {nodes} nodes, {edges} edges after reading it back")
    os.replace(tmp, path)
    return path
