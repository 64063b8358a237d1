"""Scoring of extracted facts against gold facts (``graphkit eval relations``).

Facts are compared per document as sets: a fact is ``(predicate, subject, object,
status)``, where

- subject and object are matched by canonical entity: a gold name is resolved through the
  knowledge base (when one is given) to its entity and Wikidata ids, and otherwise by its
  matching key, against the predicted entity's id, kb id, name and aliases;
- a content object (a demand, an appeal…) is matched on its topic; a gold object may give
  the topic itself, ``{"topic": …}`` or a text whose topic is read with the ontology's cues;
- a gold entity object of a predicate whose range admits both ("WARNED Pháp → Iran") is
  matched by a predicted entity, or by a value whose text names that entity;
- MET is symmetric (either order matches);
- the status must match (gold defaults to ``asserted``).

Repeated facts (the same fact in several sentences) count once on both sides. Mode,
addressee, reporting source and date are scored as attribute accuracy over the matched
facts whose gold gives them.

>>> gold = [GoldFact(doc_id="d", subject="Nga", predicate="DEMANDED", object="security_guarantees")]
>>> pred = [{"doc_id": "d", "predicate": "DEMANDED", "status": "asserted",
...          "subject": {"id": "e:1", "name": "Nga", "type": "COUNTRY"},
...          "object": {"text": "đảm bảo an ninh", "type": "DEMAND", "topic": "security_guarantees"}}]
>>> score_relations(gold, pred).micro.f1
1.0
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graphkit.errors import InputError
from graphkit.extraction.lexicon import build_lexicon, syllable_keys
from graphkit.ontology import ONTOLOGY
from graphkit.scoring import Counts
from graphkit.text import match_key


class _KB(Protocol):
    def lookup(self, surface: str) -> Sequence[Any]: ...


class GoldFact(BaseModel):
    """One gold fact (a line of a gold ``relations.jsonl``)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str
    subject: str
    predicate: str
    object: str | dict[str, Any] | None = None
    status: str = "asserted"
    mode: str | None = None
    addressee: str | None = None
    text: str | None = None
    topic: str | None = None
    date: str | None = None
    reported_by: str | None = None
    sentence: str | None = None


class PredicateScore(Counts):
    """Precision, recall and F1 of one predicate (or of all: ``predicate="ALL"``)."""

    predicate: str


class AttributeScore(BaseModel):
    """Accuracy of one attribute over matched facts whose gold gives it."""

    model_config = ConfigDict(extra="forbid")

    attribute: str
    compared: int = 0
    correct: int = 0
    accuracy: float = 0.0


class FactDiff(BaseModel):
    """A missed gold fact (``fn``) or a spurious predicted fact (``fp``)."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    doc_id: str
    predicate: str
    subject: str
    object: str
    status: str
    sentence: str | None = None


class RelationReport(BaseModel):
    """The result of :func:`score_relations`."""

    model_config = ConfigDict(extra="forbid")

    per_predicate: list[PredicateScore]
    micro: PredicateScore
    attributes: list[AttributeScore] = Field(default_factory=list)
    documents: int = 0
    gold_facts: int = 0
    predicted_facts: int = 0
    errors: list[FactDiff] = Field(default_factory=list)

    @property
    def overall(self) -> PredicateScore:
        """The micro average over every predicate (same as :attr:`micro`)."""
        return self.micro


# ---------------------------------------------------------------------- files


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON-lines file (blank lines skipped); a bad line raises ``InputError``."""
    rows: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}: expected a JSON object")
            rows.append(row)
    return rows


def load_gold(path: Path) -> list[GoldFact]:
    """Gold facts of a ``relations.jsonl`` file (raises ``InputError`` on a bad line)."""
    facts = []
    for n, row in enumerate(read_jsonl(path), 1):
        try:
            facts.append(GoldFact.model_validate(row))
        except ValidationError as exc:
            raise InputError(f"{path}: gold fact {n}: {exc.errors()[0]['msg']}") from None
    return facts


def default_kb() -> _KB | None:
    """The bundled knowledge base, or None when it cannot be loaded (names then match by key)."""
    try:
        from graphkit.linking.kb import load_kb

        return load_kb()
    except Exception:  # the KB is optional for scoring
        return None


def evaluate_relations(
    gold: Sequence[GoldFact], pred_dir: Path, kb: _KB | None = None, gold_only_docs: bool = False
) -> RelationReport:
    """Score the ``triples.jsonl`` (and ``entities.jsonl``) of an output directory against ``gold``.

    Parameters
    ----------
    gold
        Gold facts (:func:`load_gold`).
    pred_dir
        An output directory of ``graphkit extract``/``build``.
    kb
        Knowledge base for resolving gold names; the bundled one when None.
    gold_only_docs
        Score only documents present in gold.
    """
    pred_dir = Path(pred_dir)
    triples_path = pred_dir / "triples.jsonl"
    if not triples_path.is_file():
        raise InputError(f"{triples_path} not found (run `graphkit extract … --out {pred_dir}` first)")
    entities_path = pred_dir / "entities.jsonl"
    entities = read_jsonl(entities_path) if entities_path.is_file() else []
    return score_relations(
        gold,
        read_jsonl(triples_path),
        entities,
        kb=kb if kb is not None else default_kb(),
        gold_only_docs=gold_only_docs,
    )


# ---------------------------------------------------------------------- keys


def _entity_keys(entities: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ent in entities:
        keys = {f"id:{ent['id']}", f"n:{match_key(ent.get('name', ''))}"}
        if ent.get("kb_id"):
            keys.add(f"qid:{ent['kb_id']}")
        for alias in ent.get("aliases") or []:
            keys.add(f"n:{match_key(alias)}")
        out[ent["id"]] = keys
    return out


class _Resolver:
    def __init__(self, entities: Iterable[dict[str, Any]], kb: _KB | None):
        self.entity_keys = _entity_keys(entities)
        self.kb = kb
        self._gold: dict[str, set[str]] = {}

    def pred_keys(self, ref: dict[str, Any]) -> set[str]:
        keys = set(self.entity_keys.get(ref.get("id", ""), set()))
        keys.add(f"id:{ref.get('id', '')}")
        keys.add(f"n:{match_key(ref.get('name', ''))}")
        return keys

    def gold_keys(self, name: str) -> set[str]:
        if name in self._gold:
            return self._gold[name]
        keys = {f"n:{match_key(name)}"}
        if self.kb is not None:
            try:
                entries = self.kb.lookup(name)
            except Exception:  # pragma: no cover - a broken KB must not break scoring
                entries = []
            for entry in entries:
                keys.add(f"id:{entry.id}")
                if getattr(entry, "kb_id", None):
                    keys.add(f"qid:{entry.kb_id}")
                keys.add(f"n:{match_key(entry.name)}")
        self._gold[name] = keys
        return keys


def _gold_topic(fact: GoldFact) -> str | None:
    lex = build_lexicon()
    obj = fact.object
    if fact.topic:
        return fact.topic
    if isinstance(obj, dict):
        if obj.get("topic"):
            return str(obj["topic"])
        text = obj.get("text") or ""
        return lex.topic_of(text) if text else None
    if isinstance(obj, str):
        if obj in ONTOLOGY.topics:
            return obj
        return lex.topic_of(obj)
    if fact.text:
        return lex.topic_of(fact.text)
    return None


def _gold_object_name(fact: GoldFact) -> str | None:
    obj = fact.object
    if isinstance(obj, dict):
        return obj.get("name")
    if isinstance(obj, str) and obj not in ONTOLOGY.topics:
        return obj
    return None


def _is_value(obj: Any) -> bool:
    return isinstance(obj, dict) and "id" not in obj


def _label(obj: Any) -> str:
    if isinstance(obj, dict):
        if "id" in obj:
            return str(obj.get("name", obj["id"]))
        return f"[{obj.get('topic', 'other')}] {obj.get('text', '')}"
    return str(obj)


# ---------------------------------------------------------------------- matching


def _matches(gold: GoldFact, pred: dict[str, Any], res: _Resolver) -> bool:
    if str(pred.get("status", "asserted")) != gold.status:
        return False
    pdef = ONTOLOGY.predicates.get(gold.predicate)
    subj_gold = res.gold_keys(gold.subject)
    obj = pred.get("object") or {}
    if pdef is not None and pdef.kind == "content" or _is_value(obj):
        if not _is_value(obj):
            return False
        name = _gold_object_name(gold)
        if pdef is not None and pdef.kind != "content" and name is not None:
            # the gold object is an entity ("WARNED Pháp → Iran"): a value matches it only when
            # its text names that entity ("Iran sẽ không đạt được gì …")
            if not res.pred_keys(pred["subject"]) & subj_gold:
                return False
            return _names(str(obj.get("text", "")), res.gold_keys(name))
        if not res.pred_keys(pred["subject"]) & subj_gold:
            return False
        topic = _gold_topic(gold)
        return topic is None or topic == obj.get("topic", "other")
    name = _gold_object_name(gold)
    if name is None:
        return False
    obj_gold = res.gold_keys(name)
    s_keys, o_keys = res.pred_keys(pred["subject"]), res.pred_keys(obj)
    if s_keys & subj_gold and o_keys & obj_gold:
        return True
    symmetric = pdef is not None and pdef.symmetric
    return symmetric and bool(s_keys & obj_gold and o_keys & subj_gold)


def _names(text: str, keys: set[str]) -> bool:
    """True when ``text`` contains, as whole words, one of the ``n:`` name keys."""
    body = f" {' '.join(syllable_keys(text))} "
    names = (" ".join(syllable_keys(k[2:])) for k in keys if k.startswith("n:"))
    return any(name and f" {name} " in body for name in names)


def _pred_key(pred: dict[str, Any]) -> tuple[Any, ...]:
    obj = pred.get("object") or {}
    okey = obj.get("id") if "id" in obj else f"topic:{obj.get('topic', 'other')}"
    skey = pred["subject"].get("id")
    pair: tuple[Any, ...] = (skey, okey)
    pdef = ONTOLOGY.predicates.get(str(pred.get("predicate")))
    if pdef is not None and pdef.symmetric:
        pair = tuple(sorted((str(skey), str(okey))))
    return (pred.get("doc_id"), pred.get("predicate"), *pair, pred.get("status", "asserted"))


def _gold_key(g: GoldFact) -> tuple[Any, ...]:
    obj = (
        _gold_topic(g)
        if ONTOLOGY.predicates.get(g.predicate, None) and (ONTOLOGY.predicates[g.predicate].kind == "content")
        else _gold_object_name(g) or _gold_topic(g)
    )
    pair: tuple[Any, ...] = (match_key(g.subject), match_key(str(obj)))
    pdef = ONTOLOGY.predicates.get(g.predicate)
    if pdef is not None and pdef.symmetric:
        pair = tuple(sorted(pair))
    return (g.doc_id, g.predicate, *pair, g.status)


def _attr(pred: dict[str, Any], name: str) -> str | None:
    value = pred.get(name)
    if isinstance(value, dict):
        return value.get("name")
    return None if value is None else str(value)


def score_relations(
    gold: Sequence[GoldFact],
    predicted: Sequence[dict[str, Any]],
    entities: Sequence[dict[str, Any]] = (),
    kb: _KB | None = None,
    gold_only_docs: bool = False,
) -> RelationReport:
    """Per-predicate and micro P/R/F1 of ``predicted`` triples against ``gold`` facts.

    Parameters
    ----------
    gold
        Gold facts.
    predicted
        Predicted triples as dicts (lines of ``triples.jsonl``).
    entities
        Predicted canonical entities (lines of ``entities.jsonl``): their kb ids and aliases
        let a gold name match.
    kb
        A knowledge base with ``lookup(name)`` (``graphkit.linking.kb.load_kb()``), or None.
    gold_only_docs
        Score only documents that have at least one gold fact.

    Returns
    -------
    RelationReport
        Per-predicate scores, the micro average, attribute accuracies and the differences.
    """
    res = _Resolver(entities, kb)
    gold_docs = {g.doc_id for g in gold}
    preds = [p for p in predicted if not gold_only_docs or p.get("doc_id") in gold_docs]
    unique_preds: dict[tuple[Any, ...], dict[str, Any]] = {}
    for p in preds:
        key = _pred_key(p)
        if key not in unique_preds or p.get("confidence", 0) > unique_preds[key].get("confidence", 0):
            unique_preds[key] = p
    unique_gold: dict[tuple[Any, ...], GoldFact] = {}
    for g in gold:
        unique_gold.setdefault(_gold_key(g), g)
    by_doc_pred: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for p in unique_preds.values():
        by_doc_pred[(str(p.get("doc_id")), str(p.get("predicate")))].append(p)
    scores: dict[str, PredicateScore] = {}
    attrs = {name: AttributeScore(attribute=name) for name in ("mode", "addressee", "reported_by", "date")}
    used: set[int] = set()
    errors: list[FactDiff] = []
    for g in unique_gold.values():
        score = scores.setdefault(g.predicate, PredicateScore(predicate=g.predicate))
        match = None
        for p in by_doc_pred.get((g.doc_id, g.predicate), []):
            if id(p) not in used and _matches(g, p, res):
                match = p
                break
        if match is None:
            score.fn += 1
            obj = _gold_object_name(g) or f"[{_gold_topic(g)}]"
            errors.append(
                FactDiff(
                    kind="fn",
                    doc_id=g.doc_id,
                    predicate=g.predicate,
                    subject=g.subject,
                    object=obj,
                    status=g.status,
                    sentence=g.sentence,
                )
            )
            continue
        used.add(id(match))
        score.tp += 1
        for name in attrs:
            expected = getattr(g, name)
            if expected is None:
                continue
            attrs[name].compared += 1
            got = _attr(match, name)
            if name in ("addressee", "reported_by"):
                ok = got is not None and bool(res.gold_keys(expected) & res.pred_keys(match.get(name) or {}))
            else:
                ok = got == expected
            attrs[name].correct += int(ok)
    for p in unique_preds.values():
        if id(p) in used:
            continue
        name = str(p.get("predicate"))
        scores.setdefault(name, PredicateScore(predicate=name)).fp += 1
        evidence = p.get("evidence") or {}
        errors.append(
            FactDiff(
                kind="fp",
                doc_id=str(p.get("doc_id")),
                predicate=name,
                subject=_label(p.get("subject")),
                object=_label(p.get("object")),
                status=str(p.get("status", "asserted")),
                sentence=evidence.get("sentence"),
            )
        )
    micro = PredicateScore(predicate="ALL")
    for s in scores.values():
        s.finish()
        micro.tp += s.tp
        micro.fp += s.fp
        micro.fn += s.fn
    micro.finish()
    for a in attrs.values():
        a.accuracy = round(a.correct / a.compared, 4) if a.compared else 0.0
    order = list(ONTOLOGY.predicates)
    per = sorted(scores.values(), key=lambda s: order.index(s.predicate) if s.predicate in order else len(order))
    docs = gold_docs if gold_only_docs else gold_docs | {str(p.get("doc_id")) for p in preds}
    return RelationReport(
        per_predicate=per,
        micro=micro,
        attributes=[a for a in attrs.values() if a.compared],
        documents=len(docs),
        gold_facts=len(unique_gold),
        predicted_facts=len(unique_preds),
        errors=errors,
    )
