"""A small, hand-made extraction output (Vietnamese world-politics news) for examples and tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graphkit.models import Document, Entity, MentionRef, TripleBase, entity_id, parse_triple

_ENTITIES = [
    ("Vladimir Putin", "PERSON", "Q7747"),
    ("Tập Cận Bình", "PERSON", "Q15031"),
    ("Emmanuel Macron", "PERSON", "Q3052772"),
    ("Volodymyr Zelensky", "PERSON", "Q3881665"),
    ("Joe Biden", "PERSON", "Q6279"),
    ("Nga", "COUNTRY", "Q159"),
    ("Ukraine", "COUNTRY", "Q212"),
    ("Mỹ", "COUNTRY", "Q30"),
    ("NATO", "ORGANIZATION", "Q7184"),
]

# (doc, date, sentence, subject, predicate, object, extra)
_FACTS: list[tuple[str, str | None, str, str, str, str | tuple[str, str], dict[str, Any]]] = [
    (
        "d1",
        "2022-02-07",
        "Tổng thống Vladimir Putin hội đàm với Tổng thống Emmanuel Macron tại Moskva.",
        "Vladimir Putin",
        "MET",
        "Emmanuel Macron",
        {"mode": "in_person"},
    ),
    (
        "d1",
        "2022-02-20",
        "Ông Macron điện đàm với ông Putin về tình hình Ukraine.",
        "Emmanuel Macron",
        "MET",
        "Vladimir Putin",
        {"mode": "phone"},
    ),
    (
        "d2",
        "2022-02-04",
        "Chủ tịch Tập Cận Bình gặp Tổng thống Putin tại Bắc Kinh.",
        "Tập Cận Bình",
        "MET",
        "Vladimir Putin",
        {"mode": "in_person"},
    ),
    (
        "d2",
        "2023-03-21",
        "Ông Tập Cận Bình hội đàm với ông Putin tại Điện Kremlin.",
        "Tập Cận Bình",
        "MET",
        "Vladimir Putin",
        {"mode": "in_person"},
    ),
    (
        "d3",
        "2022-12-21",
        "Tổng thống Joe Biden tiếp Tổng thống Volodymyr Zelensky tại Nhà Trắng.",
        "Joe Biden",
        "MET",
        "Volodymyr Zelensky",
        {"mode": "in_person"},
    ),
    (
        "d3",
        "2022-12-21",
        "Ông Zelensky yêu cầu Nga rút quân khỏi lãnh thổ Ukraine.",
        "Volodymyr Zelensky",
        "DEMANDED",
        ("rút quân khỏi lãnh thổ Ukraine", "troop_withdrawal"),
        {"addressee": "Nga"},
    ),
    (
        "d4",
        "2021-12-17",
        "Nga yêu cầu NATO đảm bảo an ninh pháp lý.",
        "Nga",
        "DEMANDED",
        ("đảm bảo an ninh pháp lý", "security_guarantees"),
        {"addressee": "NATO"},
    ),
    (
        "d4",
        "2022-01-10",
        "Nga yêu cầu NATO không mở rộng về phía đông.",
        "Nga",
        "DEMANDED",
        ("không mở rộng về phía đông", "nato_non_expansion"),
        {"addressee": "NATO"},
    ),
    (
        "d4",
        "2022-01-26",
        "Mỹ cảnh báo Nga về các lệnh trừng phạt.",
        "Mỹ",
        "WARNED",
        "Nga",
        {},
    ),
    (
        "d5",
        "2022-03-01",
        "Mỹ trừng phạt Nga.",
        "Mỹ",
        "SANCTIONED",
        "Nga",
        {},
    ),
    (
        "d5",
        "2022-05-15",
        "Ông Biden gặp ông Macron.",
        "Joe Biden",
        "MET",
        "Emmanuel Macron",
        {"mode": "video"},
    ),
    (
        "d5",
        "2022-06-01",
        "Ông Putin sẽ gặp ông Zelensky.",
        "Vladimir Putin",
        "MET",
        "Volodymyr Zelensky",
        {"status": "planned"},
    ),
]


def sample_records() -> tuple[list[Document], list[Entity], list[TripleBase]]:
    """Documents, entities and triples of a tiny news corpus; offsets and evidence are consistent.

    Examples
    --------
    >>> docs, ents, triples = sample_records()
    >>> len(docs), len(ents), len(triples)
    (5, 9, 12)
    >>> t = triples[0]
    >>> docs[0].text[t.evidence.start : t.evidence.end] == t.evidence.sentence
    True
    """
    ents = {
        name: Entity(id=entity_id(name, etype, kb), name=name, type=etype, kb_id=kb) for name, etype, kb in _ENTITIES
    }
    texts: dict[str, list[str]] = {}
    dates: dict[str, str | None] = {}
    triples: list[TripleBase] = []
    mentions: dict[str, list[MentionRef]] = {name: [] for name in ents}
    for doc, date, sentence, subj, pred, obj, extra in _FACTS:
        parts = texts.setdefault(doc, [])
        dates.setdefault(doc, date)
        start = sum(len(p) + 1 for p in parts)
        parts.append(sentence)
        for name in ents:
            short = name.split()[-1]
            for needle in (name, short):
                pos = sentence.find(needle)
                if pos >= 0:
                    mentions[name].append(
                        MentionRef(doc_id=doc, start=start + pos, end=start + pos + len(needle), text=needle)
                    )
                    break

        def ref(name: str) -> dict[str, str]:
            e = ents[name]
            return {"id": e.id, "name": e.name, "type": str(e.type)}

        record: dict[str, Any] = {
            "subject": ref(subj),
            "predicate": pred,
            "object": ref(obj) if isinstance(obj, str) else {"text": obj[0], "type": "DEMAND", "topic": obj[1]},
            "doc_id": doc,
            "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
            "date": date,
            "confidence": 0.9,
            "extractor": "sample.v1",
        }
        for k, v in extra.items():
            record[k] = ref(v) if k == "addressee" else v
        triples.append(parse_triple(record))
    documents = [
        Document(
            doc_id=doc,
            title=f"Bài {doc}",
            date=dt.date.fromisoformat(dates[doc]) if dates[doc] else None,
            source="sample",
            text=" ".join(parts),
        )
        for doc, parts in texts.items()
    ]
    entities = [e.model_copy(update={"mentions": mentions[name]}) for name, e in ents.items()]
    return documents, entities, triples
