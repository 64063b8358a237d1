"""Wiring of the stages for a batch of inputs: ingest → annotate → link → extract → merge.

The stages are pure; this module runs them per document (in this process or in worker
processes), collects every skipped input as an :class:`ErrorRecord`, and merges the
per-document entities into canonical ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from graphkit.config import PipelineConfig
from graphkit.errors import GraphkitError
from graphkit.models import (
    AnnotatedDocument,
    Document,
    Entity,
    EntityRef,
    ErrorRecord,
    RawSource,
    TripleBase,
)
from graphkit.stages import Extractor, Linker, NerBackend

log = logging.getLogger(__name__)


class BatchAborted(GraphkitError):
    """Raised in strict mode at the first input that could not be processed."""

    def __init__(self, error: ErrorRecord) -> None:
        super().__init__(f"{error.input}: {error.message} (stage {error.stage})")
        self.error = error


@dataclass
class DocResult:
    """What the per-document stages produce for one document (sentences and tokens are
    dropped once extraction is done, so a large batch keeps only what the sinks need)."""

    document: Document
    entities: list[Entity]
    triples: list[TripleBase]
    rejected: int = 0
    words: int = 0
    backend: str = ""


@dataclass
class BatchResult:
    """Everything a batch produced, ready for the sinks."""

    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    triples: list[TripleBase] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    rejected: int = 0
    backend: str = ""
    words: int = 0


class Pipeline:
    """The per-document stages built from a pipeline configuration."""

    def __init__(self, config: PipelineConfig) -> None:
        from graphkit.extraction import EXTRACTORS
        from graphkit.linking import LINKERS
        from graphkit.nlp.backends import create_backend

        self.config = config
        self.ner: NerBackend = create_backend(config.ner.backend)
        self.linker: Linker = LINKERS.create(config.linking.component)
        self.extractor: Extractor = EXTRACTORS.create(
            config.extraction.component, min_confidence=config.extraction.min_confidence
        )

    def annotate(self, doc: Document) -> AnnotatedDocument:
        """NER and linking of one document."""
        return self.linker.link(self.ner.annotate(doc))

    def process(self, doc: Document) -> DocResult:
        """Annotate, link and extract one document."""
        adoc = self.annotate(doc)
        result = self.extractor.extract(adoc)
        return DocResult(
            document=adoc.document,
            entities=adoc.entities,
            triples=list(result.triples),
            rejected=result.rejected,
            words=sum(len(s.tokens) for s in adoc.sentences),
            backend=adoc.backend,
        )


# ---------------------------------------------------------------- worker processes

_WORKER: Pipeline | None = None


def _init_worker(config: PipelineConfig) -> None:
    global _WORKER
    _WORKER = Pipeline(config)


def _work(doc: Document) -> DocResult | ErrorRecord:
    assert _WORKER is not None
    return _process_safely(_WORKER, doc)


def _process_safely(pipeline: Pipeline, doc: Document) -> DocResult | ErrorRecord:
    try:
        return pipeline.process(doc)
    except Exception as exc:  # one bad document must not stop the batch
        log.debug("document %s failed", doc.doc_id, exc_info=True)
        return ErrorRecord(input=doc.doc_id, stage="process", error=type(exc).__name__, message=str(exc) or repr(exc))


# ---------------------------------------------------------------- batch driver


def ingest_all(sources: Iterable[RawSource | ErrorRecord], *, strict: bool = False) -> Iterator[Document | ErrorRecord]:
    """Decode and clean every source; yields documents and error records in input order."""
    from graphkit.ingest import ingest

    seen: set[str] = set()
    for item in sources:
        if isinstance(item, ErrorRecord):
            if strict:
                raise BatchAborted(item)
            yield item
            continue
        result = ingest(item)
        for err in result.errors:
            if strict:
                raise BatchAborted(err)
            yield err
        for doc in result.documents:
            if doc.doc_id in seen:
                err = ErrorRecord(
                    input=item.name, stage="ingest", error="DuplicateDocId", message=f"duplicate doc_id '{doc.doc_id}'"
                )
                if strict:
                    raise BatchAborted(err)
                yield err
                continue
            seen.add(doc.doc_id)
            yield doc


def run_batch(
    sources: Iterable[RawSource | ErrorRecord],
    config: PipelineConfig,
    *,
    strict: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[str], None] | None = None,
    pipeline: Pipeline | None = None,
) -> BatchResult:
    """Run the whole flow over a batch of sources.

    Parameters
    ----------
    sources
        Raw inputs (and read errors) from :func:`graphkit.ingest.iter_sources`.
    config
        The pipeline configuration.
    strict
        Stop at the first input that cannot be processed (raises :class:`BatchAborted`).
    on_start
        Called with the number of documents once ingest is done (progress reporting).
    on_document
        Called with each document id once it is processed (progress reporting).
    pipeline
        An already-built pipeline to reuse (in-process runs only).
    """
    from graphkit.linking.linker import merge_entities

    out = BatchResult()
    docs: list[Document] = []
    for item in ingest_all(sources, strict=strict):
        if isinstance(item, ErrorRecord):
            out.errors.append(item)
        else:
            docs.append(item)

    if on_start:
        on_start(len(docs))
    results: list[DocResult] = []

    def collect(res: DocResult | ErrorRecord, doc_id: str) -> None:
        if isinstance(res, ErrorRecord):
            if strict:
                raise BatchAborted(res)
            out.errors.append(res)
        else:
            results.append(res)
        if on_document:
            on_document(doc_id)

    workers = config.batch.workers
    if workers > 1 and len(docs) > 1 and pipeline is None:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(config,)) as pool:
            for doc, res in zip(docs, pool.map(_work, docs, chunksize=4), strict=True):
                collect(res, doc.doc_id)
        out.backend = results[0].backend if results else ""
    else:
        pipeline = pipeline or Pipeline(config)
        out.backend = pipeline.ner.name
        for doc in docs:
            collect(_process_safely(pipeline, doc), doc.doc_id)

    out.documents = [r.document for r in results]
    out.entities = merge_entities(r.entities for r in results)
    out.triples = _restamp([t for r in results for t in r.triples], out.entities)
    out.rejected = sum(r.rejected for r in results)
    out.words = sum(r.words for r in results)
    return out


def _restamp(triples: list[TripleBase], entities: list[Entity]) -> list[TripleBase]:
    """Give every triple argument the canonical name chosen when merging across documents."""
    names = {e.id: e.name for e in entities}

    def fix(ref: EntityRef | None) -> EntityRef | None:
        if ref is None or ref.id not in names or names[ref.id] == ref.name:
            return ref
        return ref.model_copy(update={"name": names[ref.id]})

    fixed: list[TripleBase] = []
    for t in triples:
        update: dict[str, object] = {"subject": fix(t.subject), "reported_by": fix(t.reported_by)}
        if isinstance(t.object, EntityRef):
            update["object"] = fix(t.object)
        addressee = getattr(t, "addressee", None)
        if isinstance(addressee, EntityRef):
            update["addressee"] = fix(addressee)
        fixed.append(t.model_copy(update=update))
    return fixed
