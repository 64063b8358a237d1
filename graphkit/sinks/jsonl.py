"""The JSONL output contract: ``documents.jsonl``, ``entities.jsonl``, ``triples.jsonl``, ``errors.jsonl``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ValidationError

from graphkit.errors import InputError
from graphkit.models import Document, Entity, ErrorRecord, TripleBase, parse_triple

DOCUMENTS = "documents.jsonl"
ENTITIES = "entities.jsonl"
TRIPLES = "triples.jsonl"
ERRORS = "errors.jsonl"


def write_jsonl(path: Path, records: Iterable[BaseModel]) -> int:
    """Write records one JSON object per line, atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(record.model_dump_json())
            fh.write("\n")
            n += 1
    os.replace(tmp, path)
    return n


def write_output(
    outdir: Path,
    documents: Iterable[Document],
    entities: Iterable[Entity],
    triples: Iterable[TripleBase],
    errors: Iterable[ErrorRecord] = (),
) -> dict[str, int]:
    """Write the four contract files into ``outdir``; returns the number of records of each."""
    return {
        DOCUMENTS: write_jsonl(outdir / DOCUMENTS, documents),
        ENTITIES: write_jsonl(outdir / ENTITIES, entities),
        TRIPLES: write_jsonl(outdir / TRIPLES, triples),
        ERRORS: write_jsonl(outdir / ERRORS, errors),
    }


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield ``(line number, object)`` for each non-blank line of a JSONL file."""
    if not path.is_file():
        raise InputError(f"{path} not found (is this a graphkit output directory?)")
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None


def _read(path: Path, parse) -> Iterator:
    for lineno, obj in iter_jsonl(path):
        try:
            yield parse(obj)
        except ValidationError as exc:
            raise InputError(f"{path}:{lineno}: does not match the output contract: {exc}") from None


def read_documents(outdir: Path) -> Iterator[Document]:
    return _read(outdir / DOCUMENTS, Document.model_validate)


def read_entities(outdir: Path) -> Iterator[Entity]:
    return _read(outdir / ENTITIES, Entity.model_validate)


def read_triples(outdir: Path) -> Iterator[TripleBase]:
    return _read(outdir / TRIPLES, parse_triple)
