"""The records that cross stages and the output contract (DESIGN.md), as pydantic v2 models.

Every model forbids unknown fields. ``Document``, ``Entity`` and ``Triple`` are the three
output records (``documents.jsonl``, ``entities.jsonl``, ``triples.jsonl``); their JSON
Schemas are exported into ``schemas/`` by ``graphkit schemas export``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from graphkit.ontology import ONTOLOGY, EntityType, MeetingMode, Predicate, Topic


class Record(BaseModel):
    """Base of every record: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid")


# ------------------------------------------------------------------ ingest


class ErrorRecord(Record):
    """One skipped input: a line of ``errors.jsonl``."""

    input: str
    stage: str
    error: str
    message: str


class Caption(Record):
    """A photo caption kept out of the body text, with its credit ("Ảnh: Reuters")."""

    text: str
    credit: str | None = None


class Removed(Record):
    """A piece of web noise the cleaner removed, and why."""

    kind: str = Field(description="related, comments, player, menu, events, caption, byline, …")
    text: str


class Document(Record):
    """A cleaned article: one line of ``documents.jsonl``."""

    doc_id: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    text: str = Field(description="Body text after cleaning (NFC); all offsets point into it.")
    captions: list[Caption] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)


class RawSource(Record):
    """Bytes of one input (a file, or stdin) before decoding; produced by the I/O layer."""

    name: str = Field(description="Display name: the path as given, or '<stdin>'.")
    doc_id: str | None = Field(default=None, description="File name without extension; None for stdin.")
    kind: str = Field(description="txt, jsonl or html")
    data: bytes


class IngestResult(Record):
    """Documents read from one source, and the records of it that could not be read."""

    documents: list[Document] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


# ------------------------------------------------------------------ annotate


class Token(Record):
    """A word (possibly several syllables) with character offsets into the document text."""

    text: str
    start: int
    end: int
    pos: str | None = None
    lemma: str | None = None
    head: int | None = Field(default=None, description="Index of the head token in the sentence, -1 for the root.")
    deprel: str | None = None


class Sentence(Record):
    start: int
    end: int
    text: str
    tokens: list[Token] = Field(default_factory=list)


class Mention(Record):
    """A named-entity mention in a document (offsets into ``Document.text``)."""

    start: int
    end: int
    text: str
    type: EntityType
    role: str | None = Field(default=None, description="Title or honorific before the name: 'Tổng thống', 'ông'.")
    affiliation: str | None = Field(
        default=None, description="Country/organisation named with the role: 'Nga' in 'Tổng thống Nga Vladimir Putin'."
    )
    source: str | None = Field(default=None, description="Which backend or rule produced the mention.")
    entity_id: str | None = None
    kb_id: str | None = None


class AnnotatedDocument(Record):
    """A document after NER (and, later, linking): sentences, tokens and mentions."""

    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    backend: str
    entities: list[Entity] = Field(
        default_factory=list, description="Filled by linking: this document's canonical entities."
    )


# ------------------------------------------------------------------ link


class MentionRef(Record):
    """Where an entity is mentioned: character offsets into a document's cleaned text."""

    doc_id: str
    start: int
    end: int
    text: str


class Entity(Record):
    """A canonical entity: one line of ``entities.jsonl``."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    kb_id: str | None = None
    mentions: list[MentionRef] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    speaks_for: str | None = Field(
        default=None, description="Entity id of the state a metonym speaks for (Điện Kremlin → Nga)."
    )


def entity_id(name: str, entity_type: str, kb_id: str | None = None) -> str:
    """Deterministic entity id: the KB id when known, else a hash of NFC name + type.

    The key keeps diacritics ("Hà" and "Hạ" differ) and only unifies tone-mark placement
    and case through :func:`graphkit.text.match_key`.
    """
    from graphkit.text import match_key

    if kb_id:
        return f"kb:{kb_id}"
    digest = hashlib.sha1(f"{entity_type}\x1f{match_key(name)}".encode()).hexdigest()[:16]
    return f"e:{digest}"


# ------------------------------------------------------------------ extract


class Status(StrEnum):
    asserted = "asserted"
    negated = "negated"
    planned = "planned"
    conditional = "conditional"


class EntityRef(Record):
    """An entity as a triple argument."""

    id: str
    name: str
    type: EntityType


class ValueRef(Record):
    """A non-entity object (a demand, a proposal…): its text, value type and topic."""

    text: str
    type: str = Field(description="DEMAND, APPEAL, PROPOSAL, COMMITMENT, AGREEMENT, …")
    topic: Topic = Topic.other


class Evidence(Record):
    sentence: str
    start: int = Field(description="Offset of the sentence in the document's cleaned text.")
    end: int


class TripleBase(Record):
    """Fields every fact carries; subclasses add the predicate's own typed fields."""

    id: str = ""
    subject: EntityRef
    predicate: Predicate
    object: EntityRef | ValueRef
    doc_id: str
    evidence: Evidence
    date: dt.date | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str
    status: Status = Status.asserted
    reported_by: EntityRef | None = None
    cameo: str | None = None
    goldstein: float | None = None

    @model_validator(mode="after")
    def _check_signature(self) -> TripleBase:
        pred = ONTOLOGY.predicate(str(self.predicate))
        if not pred.admits_subject(str(self.subject.type)):
            raise ValueError(f"{pred.name}: subject type {self.subject.type} not in domain {pred.domain}")
        obj_type = str(self.object.type) if isinstance(self.object, EntityRef) else None
        if not pred.admits_object(obj_type):
            raise ValueError(f"{pred.name}: object type {obj_type or 'VALUE'} not in range {pred.range}")
        if self.cameo is None:
            self.cameo = pred.cameo
        if self.goldstein is None:
            self.goldstein = pred.goldstein
        if not self.id:
            self.id = triple_id(self)
        return self


def triple_id(t: TripleBase) -> str:
    """Stable claim id: document, predicate, arguments and evidence position."""
    obj = t.object.id if isinstance(t.object, EntityRef) else f"{t.object.topic}:{t.object.text}"
    addressee = getattr(t, "addressee", None)
    parts = [t.doc_id, str(t.predicate), t.subject.id, obj, str(t.evidence.start), str(t.status)]
    if addressee is not None:
        parts.append(addressee.id)
    key = "\x1f".join(parts)
    return "c:" + hashlib.sha1(key.encode()).hexdigest()[:20]


def _preds(kind: str, exclude: tuple[str, ...] = ()) -> Any:
    names = tuple(n for n, p in ONTOLOGY.predicates.items() if p.kind == kind and n not in exclude)
    return Literal[names]  # type: ignore[valid-type]


class Met(TripleBase):
    """Two actors met (symmetric): in person, by phone or by video."""

    predicate: Literal["MET"]  # type: ignore[assignment]
    object: EntityRef  # type: ignore[assignment]
    mode: MeetingMode | None = None


class ContentTriple(TripleBase):
    """DEMANDED, CALLED_FOR, AGREED, PROPOSED, COMMITTED: the object is a typed value."""

    predicate: _preds("content")  # type: ignore[valid-type]
    object: ValueRef  # type: ignore[assignment]
    addressee: EntityRef | None = None


class Supported(TripleBase):
    predicate: Literal["SUPPORTED"]  # type: ignore[assignment]
    kind: str | None = Field(default=None, description="military, financial, humanitarian, political")


class HoldsRole(TripleBase):
    predicate: Literal["HOLDS_ROLE"]  # type: ignore[assignment]
    object: EntityRef  # type: ignore[assignment]
    role: str


class ActorTriple(TripleBase):
    """Every other predicate: an entity object (or a value where the range admits one)."""

    predicate: _preds("actor", exclude=("MET", "SUPPORTED"))  # type: ignore[valid-type]


Triple = Annotated[
    Union[Met, ContentTriple, Supported, HoldsRole, ActorTriple],  # noqa: UP007
    Field(discriminator="predicate"),
]
"""One line of ``triples.jsonl``; the predicate selects the typed class."""


TRIPLE_ADAPTER: TypeAdapter[TripleBase] = TypeAdapter(Triple)


def parse_triple(data: dict[str, Any]) -> TripleBase:
    """Validate a triple dict into its typed class (raises ``pydantic.ValidationError``)."""
    return TRIPLE_ADAPTER.validate_python(data)


# ------------------------------------------------------------------ batch errors


AnnotatedDocument.model_rebuild()


def schema_models() -> dict[str, TypeAdapter[Any]]:
    """The output records whose JSON Schemas live in ``schemas/json/``."""
    return {
        "document": TypeAdapter(Document),
        "entity": TypeAdapter(Entity),
        "triple": TRIPLE_ADAPTER,
        "error": TypeAdapter(ErrorRecord),
    }
