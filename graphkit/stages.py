"""The stage interfaces: plain callables with typed input and output, no I/O inside.

``ingest`` (graphkit.ingest) → ``NerBackend.annotate`` (graphkit.nlp) →
``Linker.link`` (graphkit.linking) → ``Extractor.extract`` (graphkit.extraction) →
``merge_entities`` across documents → graph and sinks.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import Field

from graphkit.models import AnnotatedDocument, Document, Record, TripleBase


@runtime_checkable
class NerBackend(Protocol):
    """Sentences, tokens and typed mentions for one document."""

    name: str

    def annotate(self, doc: Document) -> AnnotatedDocument: ...


@runtime_checkable
class Linker(Protocol):
    """Resolves a document's mentions to canonical entities (fills ``entities``,
    ``Mention.entity_id`` and ``Mention.kb_id``)."""

    name: str

    def link(self, adoc: AnnotatedDocument) -> AnnotatedDocument: ...


class ExtractionResult(Record):
    triples: list[TripleBase] = Field(default_factory=list)
    rejected: int = Field(default=0, description="Candidate facts that broke the ontology's domain/range.")


@runtime_checkable
class Extractor(Protocol):
    """Typed facts from one linked document."""

    name: str

    def extract(self, adoc: AnnotatedDocument) -> ExtractionResult: ...
