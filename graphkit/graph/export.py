"""Exports of the mirror: GraphML, GEXF, node-link JSON and ``neo4j-admin`` import CSVs."""

from __future__ import annotations

import csv
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import ConfigError
from graphkit.graph._perf import without_gc
from graphkit.graph.graphml import to_exportable, write_graphml
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


@without_gc
def write_gexf(g: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF 1.2 (Gephi) with the same attribute hygiene as GraphML."""
    h = to_exportable(g)
    return _atomic(Path(path), lambda tmp: nx.write_gexf(h, tmp))


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
