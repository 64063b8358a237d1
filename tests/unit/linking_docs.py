"""Hand-built annotated documents for the linking tests."""

from __future__ import annotations

import datetime as dt

from graphkit.models import AnnotatedDocument, Document, Mention, Sentence


def make_doc(
    text: str,
    spans: list[tuple],
    date: dt.date | None = None,
    doc_id: str = "d1",
) -> AnnotatedDocument:
    """Build a document; each span is ``(surface, type[, role[, affiliation[, occurrence]]])``.

    The surface is located in ``text`` (its ``occurrence``-th appearance, from 0).
    Sentences are split at ". ".
    """
    mentions = []
    for spec in spans:
        surface, etype = spec[0], spec[1]
        role = spec[2] if len(spec) > 2 else None
        affiliation = spec[3] if len(spec) > 3 else None
        occurrence = spec[4] if len(spec) > 4 else 0
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        mentions.append(
            Mention(start=start, end=start + len(surface), text=surface, type=etype, role=role, affiliation=affiliation)
        )
    sentences = []
    pos = 0
    for piece in text.split(". "):
        end = pos + len(piece)
        sentences.append(Sentence(start=pos, end=min(end + 1, len(text)), text=text[pos : min(end + 1, len(text))]))
        pos = end + 2
    return AnnotatedDocument(
        document=Document(doc_id=doc_id, text=text, date=date),
        sentences=sentences,
        mentions=mentions,
        backend="test",
    )
