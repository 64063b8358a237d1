"""Output sinks: JSONL contract files, graph stores (Neo4j, FalkorDB).

The graph-store API is importable from here: ``open_store``, ``load_output``, ``load_into``,
``read_graph``, ``remove_document`` (loaded on first use).
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "open_store": "graphkit.sinks.store",
    "GraphStore": "graphkit.sinks.store",
    "resolve_password": "graphkit.sinks.store",
    "load_output": "graphkit.sinks.loader",
    "load_into": "graphkit.sinks.loader",
    "read_graph": "graphkit.sinks.loader",
    "read_documents": "graphkit.sinks.loader",
    "remove_document": "graphkit.sinks.loader",
    "LoadStats": "graphkit.sinks.loader",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'graphkit.sinks' has no attribute {name!r}")
