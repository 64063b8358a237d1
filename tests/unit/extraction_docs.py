"""Linked documents for the extraction tests: hand-built ones (no NER, no KB) and ones run
through the offline NER backend and the knowledge-base linker."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from graphkit.linking.kb import load_kb
from graphkit.linking.linker import KBLinker
from graphkit.models import AnnotatedDocument, Document, Entity, Mention, Sentence, TripleBase, entity_id
from graphkit.nlp.underthesea_backend import UndertheseaBackend


@dataclass(frozen=True)
class Ent:
    """A surface form to mark in the text and the entity it links to."""

    surface: str
    type: str
    name: str
    role: str | None = None
    affiliation: str | None = None
    speaks_for: str | None = None
    linked: bool = True


COMMON = [
    Ent("Nga", "COUNTRY", "Nga"),
    Ent("Mỹ", "COUNTRY", "Mỹ"),
    Ent("Pháp", "COUNTRY", "Pháp"),
    Ent("Đức", "COUNTRY", "Đức"),
    Ent("Anh", "COUNTRY", "Anh"),
    Ent("Ukraine", "COUNTRY", "Ukraine"),
    Ent("Trung Quốc", "COUNTRY", "Trung Quốc"),
    Ent("Nhật Bản", "COUNTRY", "Nhật Bản"),
    Ent("Ba Lan", "COUNTRY", "Ba Lan"),
    Ent("NATO", "ORGANIZATION", "NATO"),
    Ent("EU", "ORGANIZATION", "Liên minh châu Âu"),
    Ent("Liên hợp quốc", "ORGANIZATION", "Liên hợp quốc"),
    Ent("Điện Kremlin", "ORGANIZATION", "Điện Kremlin", speaks_for="Nga"),
    Ent("Nhà Trắng", "ORGANIZATION", "Nhà Trắng", speaks_for="Mỹ"),
    Ent("Moskva", "LOCATION", "Moskva", speaks_for="Nga"),
    Ent("Washington", "LOCATION", "Washington", speaks_for="Mỹ"),
    Ent("Kiev", "LOCATION", "Kiev", speaks_for="Ukraine"),
    Ent("Hà Nội", "LOCATION", "Hà Nội"),
    Ent("Donbass", "LOCATION", "Donbass"),
    Ent("Reuters", "ORGANIZATION", "Reuters"),
    Ent("Tổng thống Nga Vladimir Putin", "PERSON", "Vladimir Putin", role="Tổng thống", affiliation="Nga"),
    Ent("Tổng thống Pháp Emmanuel Macron", "PERSON", "Emmanuel Macron", role="Tổng thống", affiliation="Pháp"),
    Ent("Thủ tướng Đức Olaf Scholz", "PERSON", "Olaf Scholz", role="Thủ tướng", affiliation="Đức"),
    Ent("Ngoại trưởng Mỹ Antony Blinken", "PERSON", "Antony Blinken", role="Ngoại trưởng", affiliation="Mỹ"),
    Ent("Ngoại trưởng Nga Sergei Lavrov", "PERSON", "Sergei Lavrov", role="Ngoại trưởng", affiliation="Nga"),
    Ent(
        "người phát ngôn Điện Kremlin Dmitry Peskov",
        "PERSON",
        "Dmitry Peskov",
        role="người phát ngôn",
        affiliation="Điện Kremlin",
    ),
    Ent("Tổng thống Putin", "PERSON", "Vladimir Putin", role="Tổng thống"),
    Ent("Tổng thống Macron", "PERSON", "Emmanuel Macron", role="Tổng thống"),
    Ent("ông Putin", "PERSON", "Vladimir Putin", role="ông"),
    Ent("ông Macron", "PERSON", "Emmanuel Macron", role="ông"),
    Ent("ông Blinken", "PERSON", "Antony Blinken", role="ông"),
    Ent("ông Lavrov", "PERSON", "Sergei Lavrov", role="ông"),
    Ent("Putin", "PERSON", "Vladimir Putin"),
    Ent("Macron", "PERSON", "Emmanuel Macron"),
    Ent("Scholz", "PERSON", "Olaf Scholz"),
    Ent("Joe Biden", "PERSON", "Joe Biden"),
    Ent("người đồng cấp Pháp", "PERSON", "Emmanuel Macron"),
    Ent("Peskov", "PERSON", "Dmitry Peskov"),
]

_SENT = re.compile(r"[^.!?]+[.!?]?")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences at '.', '!' or '?' with their offsets."""
    out = []
    for m in _SENT.finditer(text):
        chunk = m.group(0)
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            start = m.start() + lead
            out.append(Sentence(start=start, end=start + len(body), text=body))
    return out


def make_doc(
    text: str,
    ents: list[Ent] | None = None,
    date: dt.date | None = None,
    doc_id: str = "d1",
) -> AnnotatedDocument:
    """A linked document: every surface of ``ents`` (longest first) becomes a mention."""
    ents = sorted(ents if ents is not None else COMMON, key=lambda e: -len(e.surface))
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    ids: dict[str, str] = {}
    for ent in ents:
        ids.setdefault(ent.name, entity_id(ent.name, ent.type))
    for ent in ents:
        for m in re.finditer(r"(?<!\w)" + re.escape(ent.surface) + r"(?!\w)", text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            eid = ids[ent.name]
            mentions.append(
                Mention(
                    start=s,
                    end=e,
                    text=ent.surface,
                    type=ent.type,
                    role=ent.role,
                    affiliation=ent.affiliation,
                    entity_id=eid if ent.linked else None,
                )
            )
            if ent.linked and eid not in entities:
                entities[eid] = Entity(
                    id=eid,
                    name=ent.name,
                    type=ent.type,
                    speaks_for=ids.get(ent.speaks_for) if ent.speaks_for else None,
                )
    for ent in ents:
        if ent.speaks_for and ids.get(ent.speaks_for) not in entities:
            target = next(x for x in ents if x.name == ent.speaks_for)
            tid = ids[target.name]
            entities[tid] = Entity(id=tid, name=target.name, type=target.type)
    mentions.sort(key=lambda m: m.start)
    return AnnotatedDocument(
        document=Document(doc_id=doc_id, text=text, date=date),
        sentences=split_sentences(text),
        mentions=mentions,
        backend="test",
        entities=list(entities.values()),
    )


def facts(triples: list[TripleBase]) -> set[tuple[str, str, str, str]]:
    """``(predicate, subject name, object name or topic, status)`` of each triple."""
    out = set()
    for t in triples:
        obj = t.object.name if hasattr(t.object, "name") else f"~{t.object.topic}"
        out.add((str(t.predicate), t.subject.name, obj, str(t.status)))
    return out


def pairs(triples: list[TripleBase]) -> set[tuple[str, str]]:
    """``(subject name, object name or topic)`` of each triple."""
    return {(t.subject.name, t.object.name if hasattr(t.object, "name") else t.object.topic) for t in triples}


@cache
def _linker() -> KBLinker:
    return KBLinker(load_kb())


def linked_doc(text: str, date: dt.date, doc_id: str = "t") -> AnnotatedDocument:
    """``text`` run through the underthesea NER backend and the knowledge-base linker."""
    return _linker().link(UndertheseaBackend().annotate(Document(doc_id=doc_id, text=text, date=date)))
