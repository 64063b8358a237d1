"""Canonical-entity scoring: per-article and micro P/R/F1 against gold entity lists.

Gold lines are ``{"doc_id": …, "entities": [{"name": …, "type": …}, …]}``. Predictions are
``entities.jsonl`` records (:class:`graphkit.models.Entity`); an entity belongs to an
article when it has a mention there. Gold names are resolved to ids the way the linker
does it: a unique knowledge-base match of a compatible type gives ``kb:<QID>`` (or the
KB entry's id), anything else the hash of the name's match key and type. Only articles
in the gold file are scored.

>>> from graphkit.models import Entity, MentionRef
>>> gold = [GoldDocument(doc_id="a", entities=[GoldEntity(name="Nga", type="COUNTRY"),
...                                            GoldEntity(name="Lê Văn Tám", type="PERSON")])]
>>> pred = [Entity(id="kb:Q159", name="Nga", type="COUNTRY",
...                mentions=[MentionRef(doc_id="a", start=0, end=3, text="Nga")])]
>>> report = score_entities(gold, pred)
>>> (report.micro.tp, report.micro.fn, report.micro.precision, report.micro.recall)
(1, 1, 1.0, 0.5)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graphkit.errors import InputError
from graphkit.linking.kb import KnowledgeBase, load_kb
from graphkit.models import Entity, entity_id
from graphkit.ontology import EntityType
from graphkit.scoring import Counts

__all__ = [
    "DocEntityScore",
    "EntityEvalReport",
    "GoldDocument",
    "GoldEntity",
    "Score",
    "gold_entity_id",
    "read_gold",
    "read_predictions",
    "score_entities",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldEntity(_Model):
    name: str
    type: EntityType


class GoldDocument(_Model):
    doc_id: str
    entities: list[GoldEntity] = Field(default_factory=list)


class Score(Counts):
    """Entity-level counts and scores of one article (or micro over all)."""

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> Score:
        """Precision, recall and F1 from counts (1 when nothing was expected and nothing found)."""
        return cls(tp=tp, fp=fp, fn=fn).finish(empty=1.0)


class DocEntityScore(_Model):
    doc_id: str
    score: Score
    missed: list[str] = Field(default_factory=list, description="Gold entities not predicted: 'TYPE name'.")
    spurious: list[str] = Field(default_factory=list, description="Predicted entities not in gold: 'TYPE name'.")


class EntityEvalReport(_Model):
    documents: list[DocEntityScore]
    micro: Score
    macro_f1: float
    kb_version: str
    unscored_documents: list[str] = Field(
        default_factory=list, description="Documents with predicted entities but no gold line."
    )


def gold_entity_id(name: str, entity_type: str, kb: KnowledgeBase) -> str:
    """The id a gold entity resolves to: the unique compatible KB entry's id, else a name hash.

    Parameters
    ----------
    name, entity_type : str
        The gold name and type.
    kb : KnowledgeBase

    Returns
    -------
    str
    """
    found = kb.lookup(name, include_ambiguous=False)
    places = {"COUNTRY", "LOCATION"}
    typed = [e for e in found if str(e.type) == entity_type or {str(e.type), entity_type} <= places]
    if len(typed) == 1:
        return typed[0].id
    if not typed and len(found) == 1 and entity_type != "PERSON":
        return found[0].id
    return entity_id(name, entity_type)


def score_entities(
    gold: Iterable[GoldDocument], predicted: Iterable[Entity], kb: KnowledgeBase | None = None
) -> EntityEvalReport:
    """Score predicted canonical entities against gold, per article and micro-averaged.

    Parameters
    ----------
    gold : iterable of GoldDocument
    predicted : iterable of Entity
        The records of ``entities.jsonl``.
    kb : KnowledgeBase, optional
        Used to resolve gold names; the bundled KB by default.

    Returns
    -------
    EntityEvalReport
    """
    kb = kb if kb is not None else load_kb()
    per_doc_pred: dict[str, dict[str, str]] = {}
    for ent in predicted:
        for doc_id in {m.doc_id for m in ent.mentions}:
            per_doc_pred.setdefault(doc_id, {})[ent.id] = f"{ent.type} {ent.name}"
    rows: list[DocEntityScore] = []
    tp = fp = fn = 0
    gold_ids: set[str] = set()
    for doc in gold:
        gold_ids.add(doc.doc_id)
        expected = {gold_entity_id(g.name, str(g.type), kb): f"{g.type} {g.name}" for g in doc.entities}
        found = per_doc_pred.get(doc.doc_id, {})
        hit = expected.keys() & found.keys()
        missed = sorted(expected[k] for k in expected.keys() - hit)
        spurious = sorted(found[k] for k in found.keys() - hit)
        score = Score.from_counts(len(hit), len(spurious), len(missed))
        rows.append(DocEntityScore(doc_id=doc.doc_id, score=score, missed=missed, spurious=spurious))
        tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
    macro = round(sum(r.score.f1 for r in rows) / len(rows), 4) if rows else 0.0
    return EntityEvalReport(
        documents=rows,
        micro=Score.from_counts(tp, fp, fn),
        macro_f1=macro,
        kb_version=kb.version,
        unscored_documents=sorted(set(per_doc_pred) - gold_ids),
    )


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc


def read_gold(path: Path) -> list[GoldDocument]:
    """Read a gold file (one ``{"doc_id", "entities": [{"name", "type"}]}`` per line)."""
    out = []
    for lineno, row in _read_jsonl(path):
        try:
            out.append(GoldDocument.model_validate(row))
        except ValidationError as exc:
            raise InputError(f"{path}:{lineno}: bad gold line: {exc.errors()[0]['msg']}") from exc
    return out


def read_predictions(path: Path) -> list[Entity]:
    """Read ``entities.jsonl`` (a directory holding it, or the file itself)."""
    file = path / "entities.jsonl" if path.is_dir() else path
    out = []
    for lineno, row in _read_jsonl(file):
        try:
            out.append(Entity.model_validate(row))
        except ValidationError as exc:
            raise InputError(f"{file}:{lineno}: bad entity record: {exc.errors()[0]['msg']}") from exc
    return out
