"""Read an extraction output directory (the JSONL contract) into the mirror, and look up
the evidence of given claims."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.graph._perf import without_gc
from graphkit.graph.mirror import build_graph
from graphkit.sinks.jsonl import DOCUMENTS, TRIPLES, read_entities, read_triples

log = logging.getLogger(__name__)
_ID = re.compile(r'\{\s*"id"\s*:\s*"([^"\\]*)"')


def _count_lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


@without_gc
def load_graph(outdir: Path) -> nx.MultiDiGraph:
    """Build the mirror from ``entities.jsonl`` and ``triples.jsonl`` (validated against the
    contract); ``graph.graph["documents"]`` is the number of lines of ``documents.jsonl``."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise InputError(f"{outdir} is not a directory (expected a graphkit output directory)")
    g = build_graph(read_entities(outdir), read_triples(outdir))
    g.graph["documents"] = _count_lines(outdir / DOCUMENTS)
    g.graph["source"] = str(outdir)
    log.info("loaded %s: %d nodes, %d edges", outdir, g.number_of_nodes(), g.number_of_edges())
    return g


def read_evidence(outdir: Path, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``{claim id: {"doc_id", "sentence", "date"}}`` for the wanted claims of ``triples.jsonl``."""
    wanted = set(claim_ids)
    found: dict[str, dict[str, Any]] = {}
    path = Path(outdir) / TRIPLES
    if not wanted or not path.is_file():
        return found
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            m = _ID.match(line)
            if m and m.group(1) not in wanted:
                continue
            obj = json.loads(line)
            cid = obj.get("id")
            if not cid:
                from graphkit.models import parse_triple

                cid = parse_triple(obj).id
            if cid in wanted:
                ev = obj.get("evidence") or {}
                found[cid] = {"doc_id": obj.get("doc_id"), "sentence": ev.get("sentence"), "date": obj.get("date")}
                if len(found) == len(wanted):
                    break
    return found
