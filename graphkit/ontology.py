"""The ontology (schemas/ontology.toml) loaded into typed objects and enums.

Everything that names an entity type or a predicate — pydantic validation, the
extractor's triggers, Cypher labels and relationship types — comes from here.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from graphkit.resources import schemas_dir


class _Def(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityTypeDef(_Def):
    label: str
    description: str
    vlsp: str


class PredicateDef(_Def):
    name: str
    description: str
    kind: Literal["actor", "content", "role"]
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool = False
    cameo: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    value_type: str | None = None
    triggers: tuple[str, ...] = ()
    modes: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    kinds: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @property
    def rel_type(self) -> str:
        """The Neo4j relationship type of the fact layer (same as the name)."""
        return self.name

    def admits_subject(self, entity_type: str) -> bool:
        return entity_type in self.domain

    def admits_object(self, entity_type: str | None) -> bool:
        """``None`` stands for a non-entity value object."""
        if entity_type is None:
            return "VALUE" in self.range
        return entity_type in self.range


class Ontology(_Def):
    version: str
    entity_types: dict[str, EntityTypeDef]
    groups: dict[str, tuple[str, ...]]
    topics: dict[str, tuple[str, ...]]
    predicates: dict[str, PredicateDef]

    def label(self, entity_type: str) -> str:
        """The Neo4j node label of an entity type (``PERSON`` → ``Person``)."""
        return self.entity_types[entity_type].label

    def predicate(self, name: str) -> PredicateDef:
        return self.predicates[name]


def _expand(names: list[str], groups: dict[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        for item in groups.get(name, [name]):
            if item not in out:
                out.append(item)
    return tuple(out)


@cache
def load_ontology() -> Ontology:
    """Read and validate ``schemas/ontology.toml`` (cached)."""
    raw = tomllib.loads((schemas_dir() / "ontology.toml").read_text(encoding="utf-8"))
    groups: dict[str, list[str]] = raw["groups"]
    predicates = {}
    for name, spec in raw["predicates"].items():
        spec = dict(spec)
        spec["domain"] = _expand(spec["domain"], groups)
        spec["range"] = _expand(spec["range"], groups)
        predicates[name] = PredicateDef(name=name, **spec)
    onto = Ontology(
        version=raw["version"],
        entity_types=raw["entity_types"],
        groups={k: tuple(v) for k, v in groups.items()},
        topics={k: tuple(v) for k, v in raw["topics"].items()},
        predicates=predicates,
    )
    known = set(onto.entity_types) | {"VALUE"}
    for pred in onto.predicates.values():
        unknown = (set(pred.domain) | set(pred.range)) - known
        if unknown:
            raise ValueError(f"ontology: predicate {pred.name} uses unknown types {unknown}")
    return onto


ONTOLOGY = load_ontology()

EntityType = StrEnum("EntityType", {name: name for name in ONTOLOGY.entity_types})
"""Entity types of the ontology (PERSON, ORGANIZATION, COUNTRY, LOCATION, EVENT, MISC)."""

Predicate = StrEnum("Predicate", {name: name for name in ONTOLOGY.predicates})
"""Predicates of the ontology (MET, DEMANDED, …)."""

Topic = StrEnum("Topic", {name: name for name in ONTOLOGY.topics})
"""Normalised topics of non-entity objects (security_guarantees, troop_withdrawal, …)."""

MeetingMode = StrEnum("MeetingMode", {"in_person": "in_person", **{m: m for m in ONTOLOGY.predicates["MET"].modes}})
"""How two actors met: in person, by phone, by video."""
