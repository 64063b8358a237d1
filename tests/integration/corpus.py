"""A small Vietnamese world-politics corpus built in code, written as graphkit output directories."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphkit.models import Document, Entity, EntityRef, MentionRef, TripleBase, ValueRef, entity_id, parse_triple


def ent(name: str, etype: str, aliases: tuple[str, ...] = (), kb_id: str | None = None) -> Entity:
    """An entity without mentions (mentions are added from the documents)."""
    return Entity(id=entity_id(name, etype, kb_id), name=name, type=etype, aliases=list(aliases), kb_id=kb_id)


def ref(entity: Entity) -> dict[str, Any]:
    return EntityRef(id=entity.id, name=entity.name, type=entity.type).model_dump(mode="json")


@dataclass
class Corpus:
    """Documents, entities and triples; ``write`` saves any subset of documents as an output dir."""

    documents: list[Document] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    triples: list[TripleBase] = field(default_factory=list)

    def add_entity(self, entity: Entity) -> Entity:
        self.entities[entity.id] = entity
        return entity

    def add_doc(self, doc_id: str, date: str, title: str, sentences: list[str], **meta: Any) -> Document:
        doc = Document(doc_id=doc_id, date=dt.date.fromisoformat(date), title=title, text=" ".join(sentences), **meta)
        self.documents.append(doc)
        return doc

    def sentence(self, doc: Document, index: int) -> tuple[str, int, int]:
        sentences = []
        start = 0
        for sent in _split(doc.text):
            sentences.append((sent, start, start + len(sent)))
            start += len(sent) + 1
        return sentences[index]

    def fact(self, doc: Document, index: int, subject: Entity, predicate: str, obj: Entity | ValueRef, **extra: Any):
        sentence, start, end = self.sentence(doc, index)
        data: dict[str, Any] = {
            "subject": ref(subject),
            "predicate": predicate,
            "object": obj.model_dump(mode="json") if isinstance(obj, ValueRef) else ref(obj),
            "doc_id": doc.doc_id,
            "evidence": {"sentence": sentence, "start": start, "end": end},
            "date": doc.date.isoformat() if doc.date else None,
            "confidence": extra.pop("confidence", 0.9),
            "extractor": "test.rules.v1",
        }
        for key, value in extra.items():
            data[key] = ref(value) if isinstance(value, Entity) else value
        triple = parse_triple(data)
        self.triples.append(triple)
        return triple

    def entities_with_mentions(self, doc_ids: set[str]) -> list[Entity]:
        """Entities mentioned in (or referred to by triples of) the chosen documents, with mentions there."""
        out = []
        used = set()
        for t in self.triples:
            if t.doc_id in doc_ids:
                used.add(t.subject.id)
                if isinstance(t.object, EntityRef):
                    used.add(t.object.id)
                for extra in (t.reported_by, getattr(t, "addressee", None)):
                    if extra is not None:
                        used.add(extra.id)
        for entity in self.entities.values():
            mentions = []
            for doc in self.documents:
                if doc.doc_id not in doc_ids:
                    continue
                for surface in [entity.name, *entity.aliases]:
                    pos = doc.text.find(surface)
                    while pos >= 0:
                        mentions.append(MentionRef(doc_id=doc.doc_id, start=pos, end=pos + len(surface), text=surface))
                        pos = doc.text.find(surface, pos + len(surface))
            if mentions or entity.id in used:
                out.append(entity.model_copy(update={"mentions": mentions}))
        return out

    def write(self, outdir: Path, doc_ids: list[str] | None = None) -> Path:
        chosen = set(doc_ids) if doc_ids is not None else {d.doc_id for d in self.documents}
        outdir.mkdir(parents=True, exist_ok=True)
        docs = [d for d in self.documents if d.doc_id in chosen]
        triples = [t for t in self.triples if t.doc_id in chosen]
        (outdir / "documents.jsonl").write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
        (outdir / "entities.jsonl").write_text(
            "".join(e.model_dump_json() + "\n" for e in self.entities_with_mentions(chosen)), encoding="utf-8"
        )
        (outdir / "triples.jsonl").write_text("".join(t.model_dump_json() + "\n" for t in triples), encoding="utf-8")
        return outdir


def _split(text: str) -> list[str]:
    out, current = [], []
    for word in text.split(" "):
        current.append(word)
        if word.endswith("."):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def news_corpus() -> Corpus:
    """Three articles: Putin and Tập Cận Bình meet three times; demands, a visit, a negated meeting."""
    c = Corpus()
    putin = c.add_entity(ent("Vladimir Putin", "PERSON", ("Putin",), kb_id="Q7747"))
    tap = c.add_entity(ent("Tập Cận Bình", "PERSON", ("ông Tập",), kb_id="Q15031"))
    zelensky = c.add_entity(ent("Volodymyr Zelensky", "PERSON", ("Zelensky",)))
    nga = c.add_entity(ent("Nga", "COUNTRY"))
    ukraine = c.add_entity(ent("Ukraine", "COUNTRY"))
    trung_quoc = c.add_entity(ent("Trung Quốc", "COUNTRY"))
    c.add_entity(ent("Bắc Kinh", "LOCATION"))
    c.add_entity(ent("Astana", "LOCATION"))
    nato = c.add_entity(ent("NATO", "ORGANIZATION"))
    peskov = c.add_entity(ent("Dmitry Peskov", "PERSON", ("Peskov",)))

    d1 = c.add_doc(
        "vnx-001",
        "2024-05-16",
        "Tổng thống Nga Vladimir Putin thăm Trung Quốc",
        [
            "Tổng thống Nga Vladimir Putin ngày 16/5 hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh.",
            "Nga yêu cầu NATO ngừng mở rộng về phía đông.",
            "Tổng thống Vladimir Putin tới thăm Trung Quốc trong hai ngày.",
        ],
        source="VnExpress",
        url="https://vnexpress.net/putin-tham-trung-quoc-1.html",
    )
    c.fact(d1, 0, putin, "MET", tap, mode="in_person")
    c.fact(
        d1,
        1,
        nga,
        "DEMANDED",
        ValueRef(text="NATO ngừng mở rộng về phía đông", type="DEMAND", topic="nato_non_expansion"),
        addressee=nato,
    )
    c.fact(d1, 2, putin, "VISITED", trung_quoc)

    d2 = c.add_doc(
        "tt-002",
        "2024-06-20",
        "Lãnh đạo Nga và Trung Quốc điện đàm",
        [
            "Chủ tịch Tập Cận Bình điện đàm với Tổng thống Vladimir Putin.",
            "Ukraine yêu cầu Nga rút toàn bộ quân khỏi lãnh thổ.",
            "Người phát ngôn Dmitry Peskov cho biết Vladimir Putin sẽ không gặp Volodymyr Zelensky.",
        ],
        source="Tuổi Trẻ",
    )
    c.fact(d2, 0, tap, "MET", putin, mode="phone")
    c.fact(
        d2,
        1,
        ukraine,
        "DEMANDED",
        ValueRef(text="Nga rút toàn bộ quân khỏi lãnh thổ", type="DEMAND", topic="troop_withdrawal"),
        addressee=nga,
    )
    c.fact(d2, 2, putin, "MET", zelensky, status="negated", reported_by=peskov)

    d3 = c.add_doc(
        "vnx-003",
        "2024-07-03",
        "Thượng đỉnh SCO tại Kazakhstan",
        [
            "Tại Astana, Vladimir Putin gặp Tập Cận Bình bên lề thượng đỉnh.",
            "Ukraine yêu cầu Nga rút toàn bộ quân khỏi lãnh thổ.",
            "Volodymyr Zelensky cáo buộc Nga tấn công hạ tầng năng lượng.",
        ],
        source="VnExpress",
    )
    c.fact(d3, 0, putin, "MET", tap, mode="in_person")
    c.fact(
        d3,
        1,
        ukraine,
        "DEMANDED",
        ValueRef(text="Nga rút toàn bộ quân khỏi lãnh thổ", type="DEMAND", topic="troop_withdrawal"),
    )
    c.fact(d3, 2, zelensky, "ACCUSED", nga)
    return c


def meetings_corpus() -> Corpus:
    """Twelve short articles in which four leaders meet in changing pairs, ways and dates.

    Every third article is undated (its claims have no date); some meetings have no mode; two
    articles repeat a meeting, so facts gather claims from many articles.
    """
    c = Corpus()
    names = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Quốc Dũng")
    leaders = [c.add_entity(ent(name, "PERSON")) for name in names]
    viet_nam = c.add_entity(ent("Việt Nam", "COUNTRY"))
    modes = ["in_person", "phone", "video", None]
    for i in range(12):
        a, b = leaders[i % 4], leaders[(i + 1 + i // 4) % 4]
        sentences = [
            f"Ông {a.name} gặp ông {b.name} sáng nay.",
            f"Hai bên nhất trí gặp lại lần thứ {i + 2}.",
            f"Việt Nam đề nghị tăng cường hợp tác lần {i % 3}.",
        ]
        if i % 3 == 2:
            doc = Document(doc_id=f"hn-{i:02d}", title=f"Tin ngắn {i}", text=" ".join(sentences))
            c.documents.append(doc)
        else:
            doc = c.add_doc(f"hn-{i:02d}", f"2024-{1 + (7 * i) % 12:02d}-{1 + i:02d}", f"Tin ngắn {i}", sentences)
        mode = modes[i % 4]
        c.fact(doc, 0, a, "MET", b, confidence=0.5 + i / 40, **({"mode": mode} if mode else {}))
        if i % 2:
            c.fact(doc, 1, b, "MET", a, confidence=0.6, mode=modes[(i + 1) % 3])
        c.fact(
            doc,
            2,
            viet_nam,
            "DEMANDED",
            ValueRef(text=f"tăng cường hợp tác lần {i % 3}", type="DEMAND", topic="other"),
            confidence=0.4 + i / 100,
        )
    return c
