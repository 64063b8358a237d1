"""Locate the project's data directories (schemas/, pipelines/) in a checkout or a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    for candidate in (_PACKAGE / f"_{name}", _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"graphkit data directory '{name}' not found next to {_PACKAGE}")


@cache
def schemas_dir() -> Path:
    """The directory holding the ontology, JSON Schemas and Neo4j assets."""
    return _locate("schemas")


@cache
def pipelines_dir() -> Path:
    """The directory holding the named pipeline configurations."""
    return _locate("pipelines")


def data_dir() -> Path:
    """Package data bundled with the code (knowledge base, lexicons)."""
    return _PACKAGE / "data"
