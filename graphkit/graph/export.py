"""Exports of the mirror: GraphML, GEXF, node-link JSON and ``neo4j-admin`` import CSVs."""

from __future__ import annotations

import csv
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from graphkit.errors import ConfigError
from graphkit.graph._perf import without_gc
from graphkit.graph.graphml import is_empty, key_kinds, raw_text, write_graphml
from graphkit.ontology import ONTOLOGY

log = logging.getLogger(__name__)

FORMATS = ("graphml", "gexf", "json", "neo4j-csv")

NODE_COLUMNS: list[tuple[str, str]] = [
    ("type", "type"),
    ("kb_id", "kb_id"),
    ("aliases", "aliases:string[]"),
    ("roles", "roles:string[]"),
    ("mentions", "mentions:int"),
    ("doc_count", "doc_count:int"),
    ("speaks_for", "speaks_for"),
]
VALUE_COLUMNS: list[tuple[str, str]] = [("type", "type"), ("topic", "topic")]
REL_COLUMNS: list[tuple[str, str]] = [
    ("status", "status"),
    ("count", "count:int"),
    ("first_date", "first_date:date"),
    ("last_date", "last_date:date"),
    ("confidence", "confidence:float"),
    ("cameo", "cameo"),
    ("goldstein", "goldstein:float"),
    ("claim_ids", "claim_ids:string[]"),
    ("dates", "dates:string[]"),
    ("doc_ids", "doc_ids:string[]"),
    ("modes", "modes:string[]"),
    ("topics", "topics:string[]"),
    ("texts", "texts:string[]"),
    ("addressees", "addressees:string[]"),
]
ARRAY_DELIMITER = ";"


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)
    return path


_GEXF_TYPES = {0: "boolean", 1: "long", 2: "double", 3: "string"}
_GEXF_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
    "<meta><creator>graphkit</creator></meta>\n"
)


def _attvalues(attrs: dict[str, Any], ids: dict[str, int], kinds: dict[str, int], skip: tuple[str, ...]) -> str:
    values = "".join(
        f'<attvalue for="{ids[k]}" value={quoteattr(raw_text(v, kinds[k]))}/>'
        for k, v in attrs.items()
        if k not in skip and not is_empty(v)
    )
    return f"<attvalues>{values}</attvalues>" if values else ""


@without_gc
def write_gexf(g: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF 1.2 (Gephi), streamed, with the same attribute hygiene as GraphML.

    Node ``label`` and edge ``label`` (the predicate) and ``weight`` (claims) are GEXF's own
    fields; the edge key is kept as ``networkx_key`` so :func:`networkx.read_gexf` restores it.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kb:Q881", label="Việt Nam", aliases=["VN"])
    >>> g.add_edge("kb:Q881", "kb:Q819", key="MET", predicate="MET", count=3, dates=["2024-01-01"])
    'MET'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     back = nx.read_gexf(write_gexf(g, Path(d) / "g.gexf"))
    >>> back.nodes["kb:Q881"]["label"], back.edges["kb:Q881", "kb:Q819"]["weight"]
    ('Việt Nam', 3.0)
    """
    node_kinds = key_kinds(d for _, d in g.nodes(data=True))
    node_kinds.pop("label", None)
    edge_kinds = key_kinds(d for _, _, d in g.edges(data=True))
    edge_kinds["networkx_key"] = 3
    node_ids = {k: i for i, k in enumerate(node_kinds)}
    edge_ids = {k: i + len(node_ids) for i, k in enumerate(edge_kinds)}
    multi = g.is_multigraph()

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(_GEXF_HEADER)
            kind = "directed" if g.is_directed() else "undirected"
            fh.write(f'<graph defaultedgetype="{kind}" mode="static">\n')
            for cls, kinds, ids in (("node", node_kinds, node_ids), ("edge", edge_kinds, edge_ids)):
                fh.write(f'<attributes class="{cls}" mode="static">\n')
                for k, kd in kinds.items():
                    fh.write(f'<attribute id="{ids[k]}" title={quoteattr(k)} type="{_GEXF_TYPES[kd]}"/>\n')
                fh.write("</attributes>\n")
            fh.write("<nodes>\n")
            for n, d in g.nodes(data=True):
                label = raw_text(d.get("label", n), 3) if d.get("label") is not None else str(n)
                values = _attvalues(d, node_ids, node_kinds, ("label",))
                fh.write(f"<node id={quoteattr(raw_text(n, 3))} label={quoteattr(label)}>{values}</node>\n")
            fh.write("</nodes>\n<edges>\n")
            edges = g.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in g.edges(data=True))
            for i, (u, v, k, d) in enumerate(edges):
                attrs = {**d, "networkx_key": k} if multi else d
                label = raw_text(d.get("predicate", k if k is not None else ""), 3)
                weight = d.get("count", 1)
                weight = weight if isinstance(weight, int | float) and not isinstance(weight, bool) else 1
                fh.write(
                    f'<edge id="{i}" source={quoteattr(raw_text(u, 3))} target={quoteattr(raw_text(v, 3))} '
                    f'label={quoteattr(label)} weight="{float(weight)!r}">'
                    f"{_attvalues(attrs, edge_ids, edge_kinds, ())}</edge>\n"
                )
            fh.write("</edges>\n</graph>\n</gexf>\n")

    return _atomic(Path(path), write)


@without_gc
def write_node_link(g: nx.MultiDiGraph, path: Path) -> Path:
    """Node-link JSON (:func:`networkx.node_link_data`, edges under ``"edges"``); lists stay lists."""
    data = nx.node_link_data(g, edges="edges")

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, default=str)

    return _atomic(Path(path), write)


def _cell(value: Any, header: str) -> str:
    if value is None:
        return ""
    if header.endswith("[]"):
        items = value if isinstance(value, list | tuple | set) else [value]
        return ARRAY_DELIMITER.join(
            ("" if x is None else str(x)).replace(ARRAY_DELIMITER, ",").replace("\n", " ") for x in items
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\n", " ")


def node_label(attrs: dict[str, Any]) -> str:
    """The ``:LABEL`` of a node: the ontology label of its type, ``Value;<Type>`` for values.

    Examples
    --------
    >>> node_label({"type": "PERSON", "kind": "entity"}), node_label({"type": "DEMAND", "kind": "value"})
    ('Person', 'Value;Demand')
    """
    t = str(attrs.get("type", ""))
    if attrs.get("kind") == "value":
        return f"Value;{t.title().replace('_', '')}" if t else "Value"
    if t in ONTOLOGY.entity_types:
        return ONTOLOGY.label(t)
    return "Entity"


@without_gc
def write_neo4j_csv(g: nx.MultiDiGraph, outdir: Path) -> list[Path]:
    """CSV files for ``neo4j-admin database import full``: ``nodes_<Label>.csv`` per label
    group, ``relationships.csv``, and ``import.sh`` with the matching command line.

    Arrays use ``;`` (``--array-delimiter=";"``); a ``;`` inside an element becomes ``,``.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    groups: dict[str, list[tuple[Any, dict]]] = {}
    for n, d in g.nodes(data=True):
        groups.setdefault(node_label(d), []).append((n, d))
    paths = []
    for label, members in sorted(groups.items()):
        cols = VALUE_COLUMNS if label.startswith("Value") else NODE_COLUMNS
        name = "nodes_" + label.split(";")[-1] + ("_value" if label.startswith("Value") else "") + ".csv"

        def write(tmp: Path, members=members, cols=cols, label=label) -> None:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["id:ID", "name", ":LABEL", *(h for _, h in cols)])
                for n, d in members:
                    w.writerow([n, _cell(d.get("label", n), "name"), label, *(_cell(d.get(a), h) for a, h in cols)])

        paths.append(_atomic(outdir / name, write))

    def write_rels(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", *(h for _, h in REL_COLUMNS)])
            for u, v, k, d in g.edges(keys=True, data=True):
                rel = str(d.get("predicate", k))
                w.writerow([u, v, rel, *(_cell(d.get(a), h) for a, h in REL_COLUMNS)])

    rels = _atomic(outdir / "relationships.csv", write_rels)
    nodes_args = " ".join(f"--nodes={p.name}" for p in paths)
    script = (
        "#!/bin/sh\n# Bulk initial load into an empty database (stop Neo4j first).\n"
        f'cd "$(dirname "$0")" && neo4j-admin database import full {nodes_args} '
        f'--relationships={rels.name} --array-delimiter=";" --overwrite-destination "${{1:-neo4j}}"\n'
    )
    sh = _atomic(outdir / "import.sh", lambda tmp: tmp.write_text(script, encoding="utf-8"))
    return [*paths, rels, sh]


def export_graph(g: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``g`` in one of :data:`FORMATS`; ``out`` is a file, or a directory for ``neo4j-csv``."""
    out = Path(out)
    if fmt == "graphml":
        return [write_graphml(g, out)]
    if fmt == "gexf":
        return [write_gexf(g, out)]
    if fmt == "json":
        return [write_node_link(g, out)]
    if fmt == "neo4j-csv":
        if out.exists() and not out.is_dir():
            raise ConfigError(f"--format neo4j-csv writes a directory, but {out} is a file")
        return write_neo4j_csv(g, out)
    raise ConfigError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
