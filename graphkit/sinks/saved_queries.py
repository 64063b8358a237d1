"""Saved Cypher queries (``schemas/neo4j/queries.toml``) for ``graphkit query --saved``."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graphkit.errors import ConfigError
from graphkit.resources import schemas_dir
from graphkit.sinks.cypher import Dialect


@dataclass(frozen=True)
class SavedQuery:
    """One saved query with its parameters (name → default value)."""

    name: str
    description: str
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)
    falkordb: str | None = None
    neo4j_only: bool = False

    def text(self, dialect: Dialect) -> str:
        """The query text for a dialect (the FalkorDB variant when there is one)."""
        if dialect is Dialect.falkordb and self.falkordb:
            return self.falkordb
        return self.cypher

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Defaults overridden by ``given``; an unknown parameter is an error."""
        unknown = set(given) - set(self.params)
        if unknown:
            known = ", ".join(sorted(self.params)) or "none"
            raise ConfigError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))} (known: {known})")
        return {**self.params, **given}


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """All saved queries by name.

    Examples
    --------
    >>> "met" in saved_queries()
    True
    """
    raw = tomllib.loads((schemas_dir() / "neo4j" / "queries.toml").read_text(encoding="utf-8"))
    out = {}
    for name, spec in raw.items():
        out[name] = SavedQuery(
            name=name,
            description=spec["description"],
            cypher=spec["cypher"].strip(),
            params=dict(spec.get("params", {})),
            falkordb=spec["falkordb"].strip() if "falkordb" in spec else None,
            neo4j_only=bool(spec.get("neo4j_only", False)),
        )
    return out


def get_saved(name: str) -> SavedQuery:
    """A saved query by name; an unknown name lists the known ones."""
    queries = saved_queries()
    if name not in queries:
        raise ConfigError(f"no saved query {name!r} (known: {', '.join(sorted(queries))})")
    return queries[name]


def parse_param(text: str) -> tuple[str, Any]:
    """Parse ``key=value``; the value is JSON when it parses as JSON (numbers, lists), else text.

    Examples
    --------
    >>> parse_param("limit=5")
    ('limit', 5)
    >>> parse_param("name=Vladimir Putin")
    ('name', 'Vladimir Putin')
    """
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise ConfigError(f"parameter {text!r} is not key=value")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value
