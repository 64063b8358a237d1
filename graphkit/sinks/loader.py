"""Load an output directory into a graph store, remove an article, read the graph back.

The loader streams ``documents.jsonl``, ``entities.jsonl`` and ``triples.jsonl`` line by
line and writes them in batches of ``UNWIND $rows …`` statements grouped by label or
relationship type (memory is bounded by the batch size, not by the input). Triples are parsed,
validated and grouped into the rows of the next batch while one writer thread sends the previous
batch (a hand-over: at most two batches are in memory, one being written and one being built;
batches are written in order, and the first store error stops the load).

Triple lines in the form graphkit writes are read without pydantic (:func:`_fast_claim`, which
gives the same result); any other line is validated by pydantic, so a bad line is still an
error naming its file and line.

Per batch of triples, the articles, entities and values the load has not seen yet are merged
by key, which gives their node ids (kept for later batches, up to a bound); claims are then
created with their links in one statement per object kind, finding their nodes by node id.
Stored claims (a reload) or a stale node id make that statement write fewer rows, and the batch
is then merged and updated by key instead. Claims are keyed by their own id. When every claim of a
batch was new, its facts get the batch's aggregates merged into their stored ones
(:mod:`graphkit.sinks.facts`); otherwise the facts the batch touched are computed from all their
claims. Either way loading twice changes nothing and new articles update counts and dates exactly.

A load into a graph that holds no claims and no facts (a first load) skips the lookups: a claim
or fact it has not written itself cannot be stored, so claims are created without looking up
their ids and new facts without reading them first. What the load has written is remembered in a
Bloom filter of fixed size (:class:`_Seen`); a key it may have written (a repeated line) takes the
checked path.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import math
import queue
import re
import threading
import time
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from graphkit.errors import InputError, StoreError
from graphkit.models import (
    TRIPLE_ADAPTER,
    Document,
    Entity,
    EntityRef,
    Evidence,
    MentionRef,
    Status,
    Triple,
    TripleBase,
    ValueRef,
    parse_triple,
)
from graphkit.ontology import ONTOLOGY, EntityType, Topic
from graphkit.sinks import cypher as q
from graphkit.sinks.facts import FactAggregate
from graphkit.sinks.store import FiniteList, GraphStore, has_nonfinite

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int], None]
"""Called as ``progress(stage, n)`` after ``n`` more records of ``stage`` (documents, entities,
triples) were written."""

FILES = {"documents": "documents.jsonl", "entities": "entities.jsonl", "triples": "triples.jsonl"}

_BASE_FIELDS = set(TripleBase.model_fields)
_CLAIM_INTERNAL = set(q.CLAIM_COLUMNS)

T = TypeVar("T")


@dataclass
class LoadStats:
    """What a load wrote (records read from the output directory and statements sent)."""

    documents: int = 0
    entities: int = 0
    mentions: int = 0
    values: int = 0
    claims: int = 0
    facts_recomputed: int = 0
    batches: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The statistics as a plain dict."""
        return asdict(self)


@dataclass
class RemoveStats:
    """What ``remove_document`` deleted or updated."""

    doc_id: str
    article: int = 0
    claims: int = 0
    facts_updated: int = 0
    facts_deleted: int = 0
    entities_deleted: int = 0
    values_deleted: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The statistics as a plain dict."""
        return asdict(self)


def _batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _hash_key(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _value_key(value_type: str, topic: str, text: str) -> str:
    return _hash_key("v:", value_type, topic, text)


def value_key(value: ValueRef) -> str:
    """Key of a value node: its type, topic and exact text (so distinct demands stay distinct).

    Examples
    --------
    >>> from graphkit.models import ValueRef
    >>> value_key(ValueRef(text="rút quân", type="DEMAND", topic="troop_withdrawal"))[:2]
    'v:'
    """
    return _value_key(value.type, str(value.topic), value.text)


def object_id(obj: EntityRef | ValueRef) -> str:
    """The node key of a triple's object: an entity id or a value key."""
    return obj.id if isinstance(obj, EntityRef) else value_key(obj)


def fact_of(triple: TripleBase, object_key: str | None = None) -> tuple[str, str, str] | None:
    """The fact a triple supports: ``(fact key, subject id, object id)``, or ``None``.

    Only asserted claims support a fact; negated, planned and conditional claims stay in the
    evidence layer with their status. For a symmetric predicate (MET) the pair is ordered by
    id, so "A met B" and "B met A" are one fact. ``object_key`` is ``object_id(triple.object)``
    when the caller has it already.
    """
    if triple.status != Status.asserted:
        return None
    object_key = object_key or object_id(triple.object)
    return _fact(str(triple.predicate), triple.subject.id, object_key, isinstance(triple.object, EntityRef))


def _fact(predicate: str, s: str, o: str, entity_object: bool) -> tuple[str, str, str]:
    """The fact of an asserted claim (the pair of a symmetric predicate ordered by id)."""
    if entity_object and o < s and ONTOLOGY.predicate(predicate).symmetric:
        s, o = o, s
    return _hash_key("f:", predicate, s, o), s, o


def _read_jsonl(path: Path, model: Callable[[str], T]) -> Iterator[T]:
    """Stream validated records from a JSONL file; a bad line is an InputError naming it.

    ``model`` validates one line of JSON text (pydantic parses and validates it in one pass).
    """
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield model(line)
            except (ValidationError, ValueError) as exc:
                raise InputError(f"{path}:{lineno}: invalid record: {exc}") from None


def _validator(cls: type[BaseModel]) -> Callable[[str], Any]:
    return cls.model_validate_json


class _Writer:
    """Sends buffered rows to the store."""

    def __init__(self, store: GraphStore, stats: LoadStats) -> None:
        self.store = store
        self.stats = stats
        self.check_keys = store.dialect is q.Dialect.falkordb

    def key(self, value: str, what: str) -> None:
        """Refuse a key the store's index cannot look up exactly (FalkorDB trims whitespace)."""
        if not self.check_keys:
            return
        problem = q.falkordb_key_problem(value)
        if problem:
            raise StoreError(
                f"{what} {value!r} cannot be a FalkorDB key ({problem}): FalkorDB's string index trims "
                "whitespace and skips empty strings, so lookups would miss or merge records; use Neo4j or fix the id"
            )

    def write(self, query: str, rows: list[Any], name: str = "rows", **params: Any) -> list[dict[str, Any]]:
        """Send ``rows`` as parameter ``name`` (numbers in rows are finite: the input was validated)."""
        self.stats.batches += 1
        return self.store.write(query, {name: FiniteList(rows), **params})


class _Pipeline:
    """Runs ``work(item)`` for each submitted item, in order, on one writer thread.

    :meth:`submit` hands an item over and returns once the writer has taken it, so the caller
    prepares the next item while the writer works on this one: at most two items are alive (one
    being written, one being prepared) and memory stays bounded by the batch size. The first error
    of ``work`` stops the writing: later items are dropped and the error is raised in the caller by
    the next :meth:`submit` or by :meth:`close`.
    """

    _DONE = object()

    def __init__(self, work: Callable[[Any], None]) -> None:
        self._work = work
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="graphkit-load-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            self._queue.task_done()
            if item is self._DONE:
                return
            if self._error is None:
                try:
                    self._work(item)
                except BaseException as exc:
                    self._error = exc
            del item  # not kept alive while the next one is awaited

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, item: Any) -> None:
        """Hand one item to the writer (blocks until it takes it); raises an earlier error of the writer."""
        self._raise()
        self._queue.put(item)
        self._queue.join()

    def close(self) -> None:
        """Wait until every submitted item is written; raises an error of the writer."""
        self._queue.put(self._DONE)
        self._thread.join()
        self._raise()


def _entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": str(entity.type),
        "aliases": list(entity.aliases),
        "kb_id": entity.kb_id,
        "roles": list(entity.roles),
        "speaks_for": entity.speaks_for,
    }


def _mention_rows(entity: Entity) -> list[dict[str, Any]]:
    by_doc: dict[str, list[MentionRef]] = defaultdict(list)
    for m in entity.mentions:
        by_doc[m.doc_id].append(m)
    rows = []
    for doc_id, mentions in by_doc.items():
        mentions.sort(key=lambda m: (m.start, m.end))
        rows.append(
            {
                "entity_id": entity.id,
                "doc_id": doc_id,
                "count": len(mentions),
                "starts": [m.start for m in mentions],
                "ends": [m.end for m in mentions],
                "texts": [m.text for m in mentions],
            }
        )
    return rows


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value


@cache
def _typed_fields(cls: type[TripleBase]) -> tuple[str, ...]:
    """The fields a triple class adds to :class:`TripleBase`."""
    return tuple(name for name in cls.model_fields if name not in _BASE_FIELDS)


def claim_row(
    triple: TripleBase, fact: tuple[str, str, str] | None = None, object_key: str | None = None
) -> dict[str, Any]:
    """The parameters of one claim: its properties and the keys of the nodes it links.

    ``fact`` is ``fact_of(triple)`` and ``object_key`` is ``object_id(triple.object)`` when the
    caller has them already.
    """
    obj = triple.object
    if object_key is None:
        object_key = object_id(obj)
    if fact is None:
        fact = fact_of(triple, object_key)
    props: dict[str, Any] = {
        "id": triple.id,
        "predicate": str(triple.predicate),
        "date": _iso(triple.date),
        "status": str(triple.status),
        "sentence": triple.evidence.sentence,
        "start": triple.evidence.start,
        "end": triple.evidence.end,
        "confidence": triple.confidence,
        "cameo": triple.cameo,
        "goldstein": triple.goldstein,
        "extractor": triple.extractor,
        "doc_id": triple.doc_id,
        "fact": fact[0] if fact else None,
        "subject_id": triple.subject.id,
        "object_id": object_key,
        "object_kind": "entity" if isinstance(obj, EntityRef) else "value",
        "reported_by_id": triple.reported_by.id if triple.reported_by else None,
        "addressee_id": None,
    }
    for name in _typed_fields(type(triple)):
        value = getattr(triple, name)
        if name == "addressee" and value is None:
            continue
        if isinstance(value, EntityRef):
            if name != "addressee":
                raise StoreError(f"claim {triple.id}: entity-valued field {name!r} has no graph mapping")
            props["addressee_id"] = value.id
        elif isinstance(value, BaseModel):
            raise StoreError(f"claim {triple.id}: field {name!r} has no graph mapping")
        else:
            props[name] = _plain(value)
    return {
        "id": triple.id,
        "doc_id": triple.doc_id,
        "subject_id": triple.subject.id,
        "object_id": props["object_id"],
        "props": props,
    }


Ref = tuple[str, str, str]
"""An entity a claim refers to: ``(id, name, type)``."""


@dataclass(slots=True)
class _Claim:
    """One line of ``triples.jsonl`` as the loader writes it.

    ``row`` holds the claim's properties (``claim_row(triple)["props"]``) in the order of
    :data:`~graphkit.sinks.cypher.CLAIM_COLUMNS` followed by its predicate-specific ``extras``
    (sorted names); ``refs`` are the entities it refers to (subject, entity object, reporter,
    addressee), ``value`` its value object as ``(key, type, topic, text)`` and ``fact`` its fact
    (:func:`fact_of`).
    """

    row: list[Any]
    extras: tuple[str, ...]
    refs: list[Ref]
    value: tuple[str, str, str, str] | None
    fact: tuple[str, str, str] | None


def _claim_of(triple: TripleBase) -> _Claim:
    """A validated triple as a :class:`_Claim`."""
    obj = triple.object
    value = None
    if isinstance(obj, ValueRef):
        key = value_key(obj)
        value = (key, obj.type, str(obj.topic), obj.text)
    else:
        key = obj.id
    fact = fact_of(triple, key)
    refs = [triple.subject]
    if isinstance(obj, EntityRef):
        refs.append(obj)
    if triple.reported_by:
        refs.append(triple.reported_by)
    addressee = triple.__dict__.get("addressee")
    if isinstance(addressee, EntityRef):
        refs.append(addressee)
    props = claim_row(triple, fact, key)["props"]
    extras = tuple(sorted(set(props) - _CLAIM_INTERNAL))
    row = [props[c] for c in (*q.CLAIM_COLUMNS, *extras)]
    return _Claim(row, extras, [(r.id, r.name, str(r.type)) for r in refs], value, fact)


# ------------------------------------------------------------------ reading triples fast

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_BASE_KEYS = frozenset(
    {
        "id",
        "subject",
        "predicate",
        "object",
        "doc_id",
        "evidence",
        "date",
        "confidence",
        "extractor",
        "status",
        "reported_by",
        "cameo",
        "goldstein",
    }
)


@dataclass(frozen=True)
class _Shape:
    """What one triple class admits, for :func:`_fast_claim`."""

    keys: frozenset[str]
    required: frozenset[str]
    entity_object: bool
    value_object: bool
    extras: tuple[tuple[str, str, frozenset[str]], ...]
    names: tuple[str, ...]
    """The claim properties of ``extras`` (all but the addressee, which is ``addressee_id``)."""


def _union(annotation: Any) -> tuple[Any, ...]:
    return typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)


def _extra_kind(annotation: Any, required: bool) -> tuple[str, frozenset[str]] | None:
    """How :func:`_fast_claim` checks a predicate-specific field, or ``None`` when it cannot."""
    options = _union(annotation)
    optional = type(None) in options
    rest = [o for o in options if o is not type(None)]
    if len(rest) != 1 or optional == required:
        return None
    (kind,) = rest
    if kind is str:
        return ("str?" if optional else "str"), frozenset()
    if optional and isinstance(kind, type) and issubclass(kind, StrEnum):
        return "enum?", frozenset(m.value for m in kind)
    if optional and kind is EntityRef:
        return "ref?", frozenset()
    return None


@cache
def _shapes() -> dict[str, _Shape]:
    """Predicate → shape of its triple class; empty (every line goes to pydantic) if the models changed."""
    if (
        set(TripleBase.model_fields) != _BASE_KEYS
        or set(EntityRef.model_fields) != {"id", "name", "type"}
        or set(ValueRef.model_fields) != {"text", "type", "topic"}
        or set(Evidence.model_fields) != {"sentence", "start", "end"}
    ):
        return {}
    shapes = {}
    for cls in typing.get_args(typing.get_args(Triple)[0]):
        extras = []
        for name in _typed_fields(cls):
            field = cls.model_fields[name]
            kind = _extra_kind(field.annotation, field.is_required())
            if kind is None or (kind[0] == "ref?" and name != "addressee"):
                break
            extras.append((name, *kind))
        else:
            objects = _union(cls.model_fields["object"].annotation)
            shape = _Shape(
                keys=frozenset(cls.model_fields),
                required=frozenset(n for n, f in cls.model_fields.items() if f.is_required()),
                entity_object=EntityRef in objects,
                value_object=ValueRef in objects,
                extras=tuple(sorted(extras)),
                names=tuple(sorted(name for name, kind, _ in extras if kind != "ref?")),
            )
            for predicate in typing.get_args(cls.model_fields["predicate"].annotation):
                shapes[predicate] = shape
    return shapes


_ENTITY_TYPES = frozenset(t.value for t in EntityType)
_TOPICS = frozenset(t.value for t in Topic)
_STATUSES = frozenset(s.value for s in Status)


def _ref(value: Any) -> Ref | None:
    if type(value) is not dict or len(value) != 3:
        return None
    i, name, kind = value.get("id"), value.get("name"), value.get("type")
    if type(i) is not str or type(name) is not str or type(kind) is not str or kind not in _ENTITY_TYPES:
        return None
    return i, name, kind


@lru_cache(maxsize=4096)
def _is_date(text: str) -> bool:
    """Whether ``text`` is a valid ``YYYY-MM-DD`` date (the form pydantic reads back unchanged)."""
    if not _DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _number(value: Any) -> float | None:
    if (type(value) is float or type(value) is int) and math.isfinite(value):
        return float(value)
    return None


@dataclass(frozen=True, slots=True)
class _Rule:
    """What :func:`_fast_claim` accepts for one predicate: its triple class's shape and the ontology's
    constraints on its arguments."""

    shape: _Shape
    subjects: frozenset[str]
    """Entity types admitted as subject."""
    objects: frozenset[str]
    """Entity types admitted as object (none when the triple class takes no entity object)."""
    values: bool
    """Whether a value object is admitted."""
    cameo: str | None
    goldstein: float | None
    symmetric: bool


@cache
def _rules() -> dict[str, _Rule]:
    """Predicate → :class:`_Rule` (empty when :func:`_shapes` is: every line then goes to pydantic)."""
    rules = {}
    for predicate, shape in _shapes().items():
        pred = ONTOLOGY.predicate(predicate)
        rules[predicate] = _Rule(
            shape=shape,
            subjects=frozenset(t for t in _ENTITY_TYPES if pred.admits_subject(t)),
            objects=frozenset(t for t in _ENTITY_TYPES if shape.entity_object and pred.admits_object(t)),
            values=shape.value_object and pred.admits_object(None),
            cameo=pred.cameo,
            goldstein=pred.goldstein,
            symmetric=pred.symmetric,
        )
    return rules


_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


def _fast_claim(line: str | bytes) -> _Claim | None:
    """A line (UTF-8 bytes or text) in the form graphkit writes, as a :class:`_Claim`; else ``None``.

    Only plain JSON types are accepted (strings as strings, numbers as numbers, ``YYYY-MM-DD``
    dates, no lone surrogates, no unknown fields), for which the result is what pydantic
    validation and :func:`claim_row` give; every other line is left to pydantic (``None``).
    """
    if type(line) is bytes:
        if b"\\u" in line and _SURROGATE_BYTES.search(line):
            return None
    elif "\\u" in line and _SURROGATE.search(line):
        return None
    try:
        d = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if type(d) is not dict:
        return None
    predicate = d.get("predicate")
    rule = _rules().get(predicate) if type(predicate) is str else None
    if rule is None:
        return None
    shape = rule.shape
    if not shape.keys.issuperset(d) or not shape.required.issubset(d):
        return None
    subject, obj = d["subject"], d["object"]
    if type(subject) is not dict or len(subject) != 3 or type(obj) is not dict:
        return None
    s_id, s_type = subject.get("id"), subject.get("type")
    if type(s_id) is not str or type(s_type) is not str or s_type not in rule.subjects:
        return None
    s_name = subject.get("name")
    if type(s_name) is not str:
        return None
    s_ref = (s_id, s_name, s_type)
    value = None
    if "id" in obj:
        object_key, o_name, o_type = obj["id"], obj.get("name"), obj.get("type")
        if (
            len(obj) != 3
            or type(object_key) is not str
            or type(o_name) is not str
            or type(o_type) is not str
            or o_type not in rule.objects
        ):
            return None
        refs = [s_ref, (object_key, o_name, o_type)]
    else:
        text, value_type, topic = obj.get("text"), obj.get("type"), obj.get("topic", "other")
        if (
            not rule.values
            or not _VALUE_KEYS.issuperset(obj)
            or type(text) is not str
            or type(value_type) is not str
            or type(topic) is not str
            or topic not in _TOPICS
        ):
            return None
        object_key = _value_key(value_type, topic, text)
        value = (object_key, value_type, topic, text)
        refs = [s_ref]
    evidence, doc_id, extractor = d["evidence"], d["doc_id"], d["extractor"]
    if type(evidence) is not dict or len(evidence) != 3 or type(doc_id) is not str or type(extractor) is not str:
        return None
    sentence, start, end = evidence.get("sentence"), evidence.get("start"), evidence.get("end")
    if type(sentence) is not str or type(start) is not int or type(end) is not int:
        return None
    date = d.get("date")
    if date is not None and (type(date) is not str or not _is_date(date)):
        return None
    confidence = d["confidence"]
    if type(confidence) is not float:
        confidence = _number(confidence)
        if confidence is None:
            return None
    status = d.get("status", "asserted")
    if not 0.0 <= confidence <= 1.0 or type(status) is not str or status not in _STATUSES:
        return None
    reported_by = d.get("reported_by")
    if reported_by is not None:
        reported_by = _ref(reported_by)
        if reported_by is None:
            return None
        refs.append(reported_by)
    cameo, goldstein = d.get("cameo"), d.get("goldstein")
    if cameo is None:
        cameo = rule.cameo
    elif type(cameo) is not str:
        return None
    if goldstein is None:
        goldstein = rule.goldstein
    else:
        goldstein = _number(goldstein)
        if goldstein is None:
            return None
    claim_id = d.get("id", "")
    if type(claim_id) is not str:
        return None
    addressee = None
    extras: list[Any] = []
    for name, kind, allowed in shape.extras:
        item = d.get(name)
        if kind == "ref?":
            if item is None:
                continue
            addressee = _ref(item)
            if addressee is None:
                return None
            refs.append(addressee)
            continue
        if item is None and kind != "str":
            extras.append(None)
        elif type(item) is str and (kind != "enum?" or item in allowed):
            extras.append(item)
        else:
            return None
    if not claim_id:
        obj_part = object_key if value is None else f"{topic}:{text}"
        parts = [doc_id, predicate, s_id, obj_part, str(start), status]
        if addressee is not None:
            parts.append(addressee[0])
        claim_id = "c:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]
    if status == "asserted":
        fs, fo = s_id, object_key
        if value is None and fo < fs and rule.symmetric:
            fs, fo = fo, fs
        fact: tuple[str, str, str] | None = (_hash_key("f:", predicate, fs, fo), fs, fo)
    else:
        fact = None
    row = [
        claim_id,
        predicate,
        date,
        status,
        sentence,
        start,
        end,
        confidence,
        cameo,
        goldstein,
        extractor,
        doc_id,
        fact[0] if fact else None,
        s_id,
        object_key,
        "entity" if value is None else "value",
        reported_by[0] if reported_by else None,
        addressee[0] if addressee else None,
        *extras,
    ]
    return _Claim(row, shape.names, refs, value, fact)


_VALUE_KEYS = frozenset({"text", "type", "topic"})


def _read_claims(path: Path) -> Iterator[_Claim]:
    """Stream the claims of ``triples.jsonl``; a bad line is an InputError naming it.

    Lines (read as UTF-8 bytes) in graphkit's canonical form take :func:`_fast_claim`; any other
    line is validated by pydantic (which accepts what the models accept and explains what they
    reject, invalid UTF-8 included).
    """
    validate = TRIPLE_ADAPTER.validate_json
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            claim = _fast_claim(line)
            if claim is not None:
                yield claim
                continue
            if not line.strip():
                continue
            try:
                triple = validate(line)
            except (ValidationError, ValueError) as exc:
                raise InputError(f"{path}:{lineno}: invalid record: {exc}") from None
            claim = _claim_of(triple)
            if has_nonfinite(claim.row):
                raise InputError(f"{path}:{lineno}: invalid record: a number is NaN or infinite")
            yield claim


# ------------------------------------------------------------------ writing triples


@dataclass
class _TriplePlan:
    """One batch of triples turned into the rows of each statement.

    Entities, values and articles are keyed so that the writer sends only those whose node id it
    does not know; claim rows are positional (``columns``), facts are ``(key, subject, object)``.
    """

    size: int
    entities: dict[str, dict[str, Ref]]
    values: dict[str | None, dict[str, tuple[str, str, str, str]]]
    doc_ids: list[str]
    claims: list[tuple[str, list[str], list[list[Any]]]]
    links: dict[str, list[dict[str, Any]]]
    facts: dict[tuple[str, str], dict[str, tuple[str, str, str]]]
    aggregates: dict[tuple[str, str], dict[str, _Aggregate]]
    """The aggregates of each fact over the claims of the batch (merged into the stored ones when
    every claim of the batch is new)."""


_Single = tuple[str | None, str, float, Any]
"""The one claim of a fact in a batch: ``(date, doc_id, confidence, extra)``."""
_Aggregate = _Single | FactAggregate
"""A fact's aggregates over the claims of a batch: its one claim, or a :class:`FactAggregate`."""


def _fact_values(agg: _Aggregate, with_extra: bool) -> list[Any]:
    """:meth:`FactAggregate.values` of an :data:`_Aggregate`."""
    if type(agg) is not tuple:
        return agg.values(with_extra)
    date, doc_id, confidence, extra = agg
    if with_extra:
        return [1, date, date, [doc_id], confidence, [] if extra is None else [extra]]
    return [1, date, date, [doc_id], confidence]


def _fact_aggregate(agg: _Aggregate) -> FactAggregate:
    """An :data:`_Aggregate` as a :class:`FactAggregate`."""
    return FactAggregate.of_claims([agg]) if type(agg) is tuple else agg


_ID, _PREDICATE, _CLAIM_DATE, _CONFIDENCE, _DOC_ID, _FACT, _REPORTED_BY, _ADDRESSEE = (
    q.CLAIM_COLUMNS.index(c)
    for c in ("id", "predicate", "date", "confidence", "doc_id", "fact", "reported_by_id", "addressee_id")
)


def _aggregate(
    claims: dict[tuple[str, tuple[str, ...]], dict[str, list[Any]]],
) -> dict[tuple[str, str], dict[str, _Aggregate]]:
    """The aggregates of every fact over the claim rows of a batch (grouped by object label and extras)."""
    out: dict[tuple[str, str], dict[str, _Aggregate]] = defaultdict(dict)
    for (object_label, extras), rows in claims.items():
        extra_at: dict[str, int | None] = {}
        for row in rows.values():
            key = row[_FACT]
            if not key:
                continue
            predicate = row[_PREDICATE]
            if predicate not in extra_at:
                extra = q.FACT_EXTRAS.get(predicate)
                extra_at[predicate] = (
                    len(q.CLAIM_COLUMNS) + extras.index(extra[0]) if extra and extra[0] in extras else None
                )
            at = extra_at[predicate]
            group = out[(predicate, object_label)]
            claim = (row[_CLAIM_DATE], row[_DOC_ID], row[_CONFIDENCE], None if at is None else row[at])
            found = group.get(key)
            if found is None:
                group[key] = claim
            else:
                if type(found) is tuple:
                    found = group[key] = FactAggregate.of_claims([found])
                found.add(*claim)
    return out


@cache
def _entity_labels() -> dict[str, str]:
    """Entity type → node label, for every type of the ontology."""
    return {t: q.entity_label(t) for t in ONTOLOGY.entity_types}


def _plan_triples(writer: _Writer, batch: list[_Claim]) -> _TriplePlan:
    """Group one batch of claims into the rows of each statement (no I/O).

    A claim id repeated in the batch keeps its last line.
    """
    entities: dict[str, dict[str, Ref]] = defaultdict(dict)
    values: dict[str | None, dict[str, tuple[str, str, str, str]]] = defaultdict(dict)
    claims: dict[tuple[str, tuple[str, ...]], dict[str, list[Any]]] = defaultdict(dict)
    group_of: dict[str, tuple[str, tuple[str, ...]]] = {}
    doc_ids: dict[str, None] = {}
    links: dict[str, list[dict[str, Any]]] = defaultdict(list)
    facts: dict[tuple[str, str], dict[str, tuple[str, str, str]]] = defaultdict(dict)
    key, check = writer.key, writer.check_keys
    labels = _entity_labels()
    for c in batch:
        row = c.row
        claim_id, doc_id = row[_ID], row[_DOC_ID]
        # the same test as falkordb_key_problem, inline: this runs for every claim
        if check and (not claim_id or claim_id[0].isspace() or claim_id[-1].isspace()):
            key(claim_id, "claim id")
        if doc_id not in doc_ids:
            if check and (not doc_id or doc_id[0].isspace() or doc_id[-1].isspace()):
                key(doc_id, f"doc_id of claim {claim_id}")
            doc_ids[doc_id] = None
        for ref in c.refs:
            ref_id = ref[0]
            group = entities[labels[ref[2]]]
            if ref_id not in group and check and (not ref_id or ref_id[0].isspace() or ref_id[-1].isspace()):
                key(ref_id, "entity id")
            group[ref_id] = ref
        value = c.value
        if value is None:
            object_label = q.ENTITY
        else:
            object_label = q.VALUE
            values[q.value_label(value[1])][value[0]] = value
        group_key = (object_label, c.extras)
        previous = group_of.get(claim_id)
        if previous is not None and previous != group_key:
            del claims[previous][claim_id]
        group_of[claim_id] = group_key
        claims[group_key][claim_id] = row
        if row[_REPORTED_BY]:
            links["REPORTED_BY"].append({"id": claim_id, "entity_id": row[_REPORTED_BY]})
        if row[_ADDRESSEE]:
            links["ADDRESSEE"].append({"id": claim_id, "entity_id": row[_ADDRESSEE]})
        fact = c.fact
        if fact:
            facts[(row[_PREDICATE], object_label)][fact[0]] = fact
    positional = [
        (object_label, [*q.CLAIM_COLUMNS, *extras], list(rows.values()))
        for (object_label, extras), rows in claims.items()
        if rows
    ]
    return _TriplePlan(len(batch), entities, values, list(doc_ids), positional, links, facts, _aggregate(claims))


class _NodeIds:
    """Store ids of the entities, values and articles a load has written, by key.

    At most ``limit`` keys per kind are kept (the oldest go first, between batches), so memory
    does not grow with the input. An id is only a hint: every statement that uses one checks the
    node's label and key, and a short count sends the batch down the keyed path.
    """

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self.kinds: dict[str, dict[str, Any]] = {q.ENTITY: {}, q.VALUE: {}, q.ARTICLE: {}}

        self.stale = False

    def trim(self) -> None:
        """Between batches: forget every id if one was found stale, else the oldest beyond the limit."""
        for ids in self.kinds.values():
            if self.stale:
                ids.clear()
            while len(ids) > self.limit:
                del ids[next(iter(ids))]
        self.stale = False

    def resolve(self, writer: _Writer, kind: str, query: str, rows: list[Any]) -> None:
        """Write ``rows`` with ``query`` (which returns ``keys`` and ``nodes``) and keep their ids."""
        (result,) = writer.write(query, rows)
        self.kinds[kind].update(zip(result["keys"], result["nodes"], strict=True))


class _Seen:
    """The claim ids and fact keys a load has written, in a Bloom filter of fixed size.

    Used by a load into a graph that held no claims and no facts when the load began: a claim or
    fact that this load has not written is then certainly not stored, and is created without a
    lookup. :meth:`add` records a key and answers whether it may have been recorded before:
    ``False`` is certain (a Bloom filter has no false negatives), ``True`` only likely (two bits of
    2**25 per key: about 0.3% false positives after a million keys, 7% after five million), and a
    false positive merely sends the row down the checked path. Memory is fixed (4 MiB) whatever the
    size of the input.
    """

    def __init__(self, bits: int = 1 << 25) -> None:
        if bits & (bits - 1) or bits < 8:
            raise ValueError("the number of bits must be a power of two, at least 8")
        self._bits = bytearray(bits >> 3)
        self._mask = bits - 1

    def add(self, key: str) -> bool:
        """Record ``key``; whether it may have been recorded before (``False``: certainly not)."""
        h = hash(key)
        i, j = h & self._mask, (h >> 32) & self._mask
        bits = self._bits
        a, b = 1 << (i & 7), 1 << (j & 7)
        i >>= 3
        j >>= 3
        before = bits[i] & a and bits[j] & b
        bits[i] |= a
        bits[j] |= b
        return bool(before)


def _holds_claims_or_facts(store: GraphStore) -> bool:
    """Whether the graph holds a claim or a fact relationship."""
    return any(row["n"] for query in q.count_claims_and_facts() for row in store.run(query))


def _write_triples(writer: _Writer, plan: _TriplePlan, nodes: _NodeIds, seen: _Seen | None = None) -> int:
    """Write one planned batch: articles, entities and values, claims, links, then facts.

    Nodes the load has seen are found by node id; the others are merged by key first (which
    gives their ids). Claims are created, or merged and updated when some are stored already.
    When every claim of the batch was new, the batch's aggregates are merged into the stored facts;
    otherwise the facts the batch touched are computed from all their claims. ``seen`` is given for
    a load into a graph that held no claims and no facts when it began: claims and facts it
    has not written are then created without looking them up.
    """
    dialect = writer.store.dialect
    nodes.trim()
    ids = nodes.kinds
    entity_ids, value_ids, article_ids = ids[q.ENTITY], ids[q.VALUE], ids[q.ARTICLE]
    docs = [d for d in plan.doc_ids if d not in article_ids]
    if docs:
        nodes.resolve(writer, q.ARTICLE, q.ensure_articles(dialect), docs)
    for label, refs in plan.entities.items():
        rows = [row for i, row in refs.items() if i not in entity_ids]
        if rows:
            nodes.resolve(writer, q.ENTITY, q.ensure_entities(label, dialect), rows)
    for vlabel, values in plan.values.items():
        rows = [row for k, row in values.items() if k not in value_ids]
        if rows:
            nodes.resolve(writer, q.VALUE, q.upsert_values(vlabel, dialect), rows)
        writer.stats.values += len(values)
    all_new = True
    for object_label, columns, rows in plan.claims:
        s_at, o_at, d_at = columns.index("subject_id"), columns.index("object_id"), columns.index("doc_id")
        object_ids = entity_ids if object_label == q.ENTITY else value_ids
        for row in rows:
            row += (entity_ids[row[s_at]], object_ids[row[o_at]], article_ids[row[d_at]])
        new: list[list[Any]] = []
        checked = rows
        if seen is not None:
            add = seen.add
            checked = []
            for row in rows:
                (checked if add(row[0]) else new).append(row)
        written = 0
        if new:
            query = q.create_new_claims(object_label, columns, dialect)
            written += sum(r.get("n", 0) for r in writer.write(query, new, guard=new[0][0]))
        if checked:
            result = writer.write(q.create_claims(object_label, columns, dialect), checked)
            written += sum(r.get("n", 0) for r in result)
        if written == len(rows):
            continue
        # some claims are stored already (or a node id was stale): merge the whole batch by key
        nodes.stale = True
        all_new = False
        if new:
            writer.write(q.DELETE_REPEATED_CLAIMS, [row[0] for row in new], "ids")
        result = writer.write(q.upsert_claims(object_label, columns), rows)
        written = sum(r.get("n", 0) for r in result)
        if written != len(rows):
            raise StoreError(
                f"only {written} of {len(rows)} claims were written (missing subject or object nodes, "
                "or claims written concurrently by another load)"
            )
    for rel, link_rows in plan.links.items():
        writer.write(q.link_claims(rel), link_rows)
    total = 0
    for group, facts in plan.facts.items():
        n = None
        if all_new:
            n = _merge_facts(writer, group, facts, plan.aggregates.get(group, {}), nodes, seen)
        if n is None:
            if seen is not None:
                for key in facts:
                    seen.add(key)
            keyed = {k: (subject, obj) for k, subject, obj in facts.values()}
            n = _recompute(writer.store, {group: keyed}, writer.stats)
        total += n
    writer.stats.facts_recomputed += total
    return total


def _merge_facts(
    writer: _Writer,
    group: tuple[str, str],
    facts: dict[str, tuple[str, str, str]],
    aggregates: dict[str, _Aggregate],
    nodes: _NodeIds,
    seen: _Seen | None = None,
) -> int | None:
    """Add the aggregates of a batch's new claims to their stored facts; ``None`` if a node id was stale.

    ``facts`` maps fact keys to ``(key, subject id, object key)``. One statement reads the stored
    aggregates of the facts; new facts are created with the batch's aggregates (a statement that
    cannot be applied twice), stored ones get the merged values (absolute values: writing them
    twice changes nothing). With ``seen`` (see :func:`_write_triples`), only the facts this load
    may have written already are read.
    """
    if not aggregates:
        return 0
    predicate, object_label = group
    dialect = writer.store.dialect
    entity_ids = nodes.kinds[q.ENTITY]
    object_ids = entity_ids if object_label == q.ENTITY else nodes.kinds[q.VALUE]
    add = seen.add if seen is not None else None
    rows = []
    reads = []
    for k in aggregates:
        _, s, o = facts[k]
        row = [k, s, o, entity_ids.get(s), object_ids.get(o)]
        rows.append(row)
        if add is None or add(k):
            reads.append([k, row[3], row[4]])
    stored: dict[str, dict[str, Any]] = {}
    if reads:
        for found in writer.write(q.read_facts_by_node(predicate, dialect), reads, "facts"):
            stored[found["key"]] = found
    with_extra = predicate in q.FACT_EXTRAS
    created: list[list[Any]] = []
    updated: list[list[Any]] = []
    for row in rows:
        agg = aggregates[row[0]]
        found = stored.get(row[0])
        if found is None:
            row += _fact_values(agg, with_extra)
            created.append(row)
        else:
            merged = _fact_aggregate(agg)
            merged.merge_stored(found)
            row += merged.values(with_extra)
            updated.append(row)
    n = 0
    if created:
        query = q.create_facts_by_node(predicate, object_label, dialect)
        result = writer.write(query, created, "facts", guard=created[0][3], guard_key=created[0][0])
        n += sum(r.get("n", 0) for r in result)
    if updated:
        result = writer.write(q.write_facts_by_node(predicate, object_label, dialect), updated, "facts")
        n += sum(r.get("n", 0) for r in result)
    if n != len(rows):
        nodes.stale = True
        return None
    return n


def _recompute(
    store: GraphStore, facts: dict[tuple[str, str], dict[str, tuple[str, str]]], stats: LoadStats | None = None
) -> int:
    """Compute facts from all their claims and write them; facts without claims are left alone.

    ``facts`` maps ``(predicate, object label)`` to fact keys and their ``(subject id, object key)``.
    Returns the number of facts written.
    """
    total = 0
    for (predicate, object_label), keyed in facts.items():
        if not keyed:
            continue
        with_extra = predicate in q.FACT_EXTRAS
        claims = store.write(q.fact_claims(predicate), {"keys": list(keyed)})
        rows = []
        for r in claims:
            s, o = keyed[r["key"]]
            rows.append([r["key"], s, o, *FactAggregate.of_claims(r["claims"]).values(with_extra)])
        if rows:
            result = store.write(q.write_facts(predicate, object_label), {"facts": rows})
            total += sum(r.get("n", 0) for r in result)
        if stats is not None:
            stats.batches += 2
    return total


GC_THRESHOLD = 200_000
"""Allocations between young-generation garbage collections while triples are loaded (Python's
default is 700): a batch allocates hundreds of thousands of lists and dicts, none of them in a
reference cycle, and collecting every 700 of them costs about as much as building them."""


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often inside the block (restored afterwards)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def load_output(
    store: GraphStore,
    outdir: str | Path,
    batch_size: int | None = None,
    progress: ProgressCallback | None = None,
) -> LoadStats:
    """Load an output directory (documents, entities, triples) into a graph store.

    Parameters
    ----------
    store : GraphStore
        An open store (:func:`graphkit.sinks.store.open_store`).
    outdir : str or Path
        Directory with ``documents.jsonl``, ``entities.jsonl`` and ``triples.jsonl``;
        a missing file counts as empty, a missing directory is an error.
    batch_size : int, optional
        Rows per ``UNWIND`` statement (default: ``store.batch_size`` of the default pipeline).
    progress : callable, optional
        ``progress(stage, n)`` after each written batch.

    Returns
    -------
    LoadStats
        Counts of what was written.

    Raises
    ------
    InputError
        If the directory is missing or a record is invalid (the message names file and line).
    StoreError
        If the store fails (after the store's retries).
    """
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise InputError(f"output directory {outdir} does not exist")
    if not any((outdir / name).is_file() for name in FILES.values()):
        raise InputError(f"{outdir} holds none of {', '.join(FILES.values())}")
    if batch_size is None:
        from graphkit.config import StoreConfig

        batch_size = StoreConfig().batch_size
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, got {batch_size}")
    started = time.perf_counter()
    stats = LoadStats()
    writer = _Writer(store, stats)
    report = progress or (lambda stage, n: None)
    store.ensure_schema()

    path = outdir / FILES["documents"]
    if path.is_file():
        for batch in _batched(_read_jsonl(path, _validator(Document)), batch_size):
            for d in batch:
                writer.key(d.doc_id, "doc_id")
            rows = [
                {"doc_id": d.doc_id, "title": d.title, "date": _iso(d.date), "source": d.source, "url": d.url}
                for d in batch
            ]
            writer.write(q.UPSERT_ARTICLES, rows)
            stats.documents += len(rows)
            report("documents", len(rows))

    path = outdir / FILES["entities"]
    if path.is_file():
        for batch in _batched(_read_jsonl(path, _validator(Entity)), batch_size):
            by_label: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
            label_of: dict[str, str] = {}
            mentions: list[dict[str, Any]] = []
            for entity in batch:
                writer.key(entity.id, "entity id")
                for m in entity.mentions:
                    writer.key(m.doc_id, f"doc_id of a mention of {entity.id}")
                label = q.entity_label(str(entity.type))
                if label_of.get(entity.id, label) != label:
                    del by_label[label_of[entity.id]][entity.id]  # a repeated id keeps its last line
                label_of[entity.id] = label
                by_label[label][entity.id] = _entity_row(entity)
                mentions.extend(_mention_rows(entity))
            for label, rows in by_label.items():
                if rows:
                    writer.write(q.upsert_entities(label, store.dialect), list(rows.values()))
            for rows in _batched(mentions, batch_size):
                writer.write(q.UPSERT_MENTIONS, rows)
            stats.entities += len(batch)
            stats.mentions += len(mentions)
            report("entities", len(batch))

    path = outdir / FILES["triples"]
    if path.is_file():
        nodes = _NodeIds()
        # in a graph without claims and facts, what this load has not written is certainly new
        seen = None if _holds_claims_or_facts(store) else _Seen()

        def write_plan(plan: _TriplePlan) -> None:
            _write_triples(writer, plan, nodes, seen)
            stats.claims += plan.size
            report("triples", plan.size)

        with _fewer_collections():
            pipeline = _Pipeline(write_plan)
            try:
                for batch in _batched(_read_claims(path), batch_size):
                    plan = _plan_triples(writer, batch)
                    del batch  # the plan holds what is written; the next batch is read meanwhile
                    pipeline.submit(plan)
                    del plan
            except BaseException:
                with suppress(BaseException):
                    pipeline.close()
                raise
            pipeline.close()

    stats.seconds = time.perf_counter() - started
    log.info("loaded %s into %s: %s", outdir, store.description, stats.as_dict())
    return stats


PROGRESS_MIN_RECORDS = 5000
"""Loads with fewer records than this show no progress bar."""


@contextmanager
def load_progress(outdir: str | Path, enabled: bool = True) -> Iterator[ProgressCallback]:
    """A rich progress bar on stderr for a load, as a :data:`ProgressCallback`.

    The bar shows only when ``enabled``, stderr is a terminal and the output directory
    holds at least :data:`PROGRESS_MIN_RECORDS` records (counted by streaming the files).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not (enabled and console.is_terminal):
        yield lambda stage, n: None
        return
    totals = count_records(outdir)
    if sum(totals.values()) < PROGRESS_MIN_RECORDS:
        yield lambda stage, n: None
        return
    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as bar:
        tasks = {stage: bar.add_task(stage, total=n) for stage, n in totals.items()}
        yield lambda stage, n: bar.advance(tasks[stage], n)


@dataclass
class LoadSummary:
    """Where a load went and what it wrote; ``str()`` is a one-line summary."""

    target: str
    stats: LoadStats

    def __str__(self) -> str:
        s = self.stats
        return f"{self.target} ({s.documents} articles, {s.entities} entities, {s.claims} claims)"


def load_into(
    uri: str,
    outdir: str | Path,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int | None = None,
    quiet: bool = False,
) -> LoadSummary:
    """Open a store, load an output directory into it, close it (for ``graphkit build --neo4j``).

    Parameters
    ----------
    uri : str
        Store URI (``bolt://``, ``neo4j://``, ``neo4j+s://``, ``falkordb://``).
    outdir : str or Path
        The output directory.
    user, database : str, optional
        As for :func:`graphkit.sinks.store.open_store`.
    password : str, optional
        The password; by default :func:`graphkit.sinks.store.resolve_password` finds it.
    batch_size : int, optional
        Rows per statement (default from the pipeline config).
    quiet : bool
        No progress bar.

    Returns
    -------
    LoadSummary
        The store's description and the load statistics.
    """
    from graphkit.sinks.store import open_store, resolve_password

    if password is None:
        password = resolve_password(uri)
    store = open_store(uri, user=user, password=password, database=database)
    try:
        with load_progress(outdir, enabled=not quiet) as progress:
            stats = load_output(store, outdir, batch_size=batch_size, progress=progress)
    finally:
        store.close()
    return LoadSummary(store.description, stats)


def count_records(outdir: str | Path) -> dict[str, int]:
    """Number of non-empty lines of each output file (for progress bars), streaming."""
    outdir = Path(outdir)
    counts = {}
    for stage, name in FILES.items():
        path = outdir / name
        n = 0
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                n = sum(1 for line in fh if line.strip())
        counts[stage] = n
    return counts


def remove_document(store: GraphStore, doc_id: str) -> RemoveStats:
    """Remove an article, its claims, and every fact, value or entity nothing else supports.

    Facts the article's claims supported are recomputed from the remaining claims (their
    counts and dates shrink) or deleted when no claim is left.

    Parameters
    ----------
    store : GraphStore
        An open store.
    doc_id : str
        The article's ``doc_id``.

    Returns
    -------
    RemoveStats
        What was deleted or updated.
    """
    stats = RemoveStats(doc_id=doc_id)
    claims = store.run(q.DOC_CLAIMS, {"doc_id": doc_id})
    entity_ids = {r["id"] for r in store.run(q.DOC_MENTIONED, {"doc_id": doc_id})}
    value_keys: set[str] = set()
    facts: dict[tuple[str, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    for c in claims:
        entity_ids.add(c["subject_id"])
        entity_ids.update(x for x in (c["reported_by_id"], c["addressee_id"]) if x)
        object_label = q.ENTITY if c["object_kind"] == "entity" else q.VALUE
        if object_label == q.ENTITY:
            entity_ids.add(c["object_id"])
        else:
            value_keys.add(c["object_id"])
        if c["fact"]:
            s, o = c["subject_id"], c["object_id"]
            if ONTOLOGY.predicate(c["predicate"]).symmetric and object_label == q.ENTITY and o < s:
                s, o = o, s
            facts[(c["predicate"], object_label)][c["fact"]] = (s, o)
    stats.claims = sum(r["n"] for r in store.write(q.DELETE_DOC_CLAIMS, {"doc_id": doc_id}))
    stats.article = sum(r["n"] for r in store.write(q.DELETE_ARTICLE, {"doc_id": doc_id}))
    stats.facts_updated = _recompute(store, facts)
    for predicate in sorted({p for p, _ in facts}):
        rows = [
            {"key": key, "s": s, "o": o}
            for (p, _), group in facts.items()
            if p == predicate
            for key, (s, o) in group.items()
        ]
        stats.facts_deleted += sum(r["n"] for r in store.write(q.delete_empty_facts(predicate), {"facts": rows}))
    if entity_ids:
        result = store.write(q.DELETE_ORPHAN_ENTITIES, {"ids": sorted(entity_ids)})
        stats.entities_deleted = sum(r["n"] for r in result)
    if value_keys:
        result = store.write(q.DELETE_ORPHAN_VALUES, {"keys": sorted(value_keys)})
        stats.values_deleted = sum(r["n"] for r in result)
    if not stats.article and not stats.claims:
        raise StoreError(f"no article with doc_id {doc_id!r} in {store.description}")
    log.info("removed %s from %s: %s", doc_id, store.description, stats.as_dict())
    return stats


def graph_counts(store: GraphStore) -> dict[str, int]:
    """Node counts by label and relationship counts by type (for summaries and tests)."""
    counts: dict[str, int] = {}
    for row in store.run(q.COUNT_NODES):
        counts[f":{row['label']}"] = row["n"]
    for row in store.run(q.COUNT_RELS):
        counts[f"[:{row['type']}]"] = row["n"]
    return dict(sorted(counts.items()))


# ------------------------------------------------------------------ read back


def read_documents(store: GraphStore) -> list[Document]:
    """Articles as documents (metadata only: the text is not stored in the graph, so it is empty)."""
    return [
        Document(
            doc_id=r["doc_id"],
            title=r["title"],
            date=r["date"],
            source=r["source"],
            url=r["url"],
            text="",
        )
        for r in store.run(q.READ_ARTICLES)
    ]


def read_graph(store: GraphStore) -> tuple[list[Entity], list[TripleBase]]:
    """Read entities (with their mentions) and triples (one per claim) back from a store.

    Parameters
    ----------
    store : GraphStore
        An open Neo4j or FalkorDB store loaded by :func:`load_output`.

    Returns
    -------
    tuple of (list of Entity, list of TripleBase)
        Entities sorted by id with mentions sorted by (doc_id, start); triples sorted by
        (doc_id, evidence start, id), each of its typed class.

    Raises
    ------
    StoreError
        If a stored claim no longer validates against the models.
    """
    mentions: dict[str, list[MentionRef]] = defaultdict(list)
    for r in store.run(q.READ_MENTIONS):
        for start, end, text in zip(r["starts"] or [], r["ends"] or [], r["texts"] or [], strict=False):
            mentions[r["entity_id"]].append(MentionRef(doc_id=r["doc_id"], start=start, end=end, text=text))
    entities = []
    for r in store.run(q.READ_ENTITIES):
        entities.append(
            Entity(
                id=r["id"],
                name=r["name"],
                type=r["type"],
                aliases=r["aliases"] or [],
                kb_id=r["kb_id"],
                roles=r["roles"] or [],
                speaks_for=r["speaks_for"],
                mentions=sorted(mentions.get(r["id"], []), key=lambda m: (m.doc_id, m.start, m.end)),
            )
        )
    triples = []
    for r in store.run(q.READ_CLAIMS):
        c = r["claim"]
        obj: dict[str, Any]
        if c.get("object_kind") == "entity":
            obj = {"id": r["o_id"], "name": r["o_name"], "type": r["o_type"]}
        else:
            obj = {"text": r["o_text"], "type": r["o_type"], "topic": r["o_topic"]}
        data: dict[str, Any] = {
            "id": c["id"],
            "subject": {"id": r["s_id"], "name": r["s_name"], "type": r["s_type"]},
            "predicate": c["predicate"],
            "object": obj,
            "doc_id": c["doc_id"],
            "evidence": {"sentence": c["sentence"], "start": c["start"], "end": c["end"]},
            "date": c.get("date"),
            "confidence": c["confidence"],
            "extractor": c["extractor"],
            "status": c["status"],
            "cameo": c.get("cameo"),
            "goldstein": c.get("goldstein"),
        }
        if r["rb_id"]:
            data["reported_by"] = {"id": r["rb_id"], "name": r["rb_name"], "type": r["rb_type"]}
        if r["ad_id"]:
            data["addressee"] = {"id": r["ad_id"], "name": r["ad_name"], "type": r["ad_type"]}
        for key, value in c.items():
            if key not in _CLAIM_INTERNAL and value is not None:
                data[key] = value
        try:
            triples.append(parse_triple(data))
        except ValidationError as exc:
            raise StoreError(f"claim {c['id']} read back from {store.description} is invalid: {exc}") from None
    return entities, triples
