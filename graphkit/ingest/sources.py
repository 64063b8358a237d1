"""The I/O layer: files, directories and stdin to ``RawSource`` records."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from graphkit.models import ErrorRecord, RawSource

__all__ = ["KINDS", "SKIP_DIRS", "guess_kind", "iter_sources"]

log = logging.getLogger(__name__)

# Annotation folders next to articles (``examples/gold/``) are not articles.
SKIP_DIRS: frozenset[str] = frozenset({"gold"})
KINDS: dict[str, str] = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<!--|<meta|<div|<p[\s>])", re.I)
_STDIN = "<stdin>"


def guess_kind(data: bytes) -> str:
    """The kind of unnamed input (stdin) from its content: jsonl, html or txt.

    >>> guess_kind(b'  {"text": "Xin chao"}')
    'jsonl'
    >>> guess_kind(b"<!DOCTYPE html><html></html>")
    'html'
    >>> guess_kind(b"Tieu de\\nNoi dung")
    'txt'
    """
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            if bom != b"\xef\xbb\xbf":
                try:
                    head = head[2:].decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be").encode("utf-8")
                except UnicodeDecodeError:
                    return "txt"
            else:
                head = head[3:]
            break
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML_START.match(head) or re.search(rb"<html[\s>]|<body[\s>]", head[:1024], re.I):
        return "html"
    return "txt"


def _read_error(name: str, message: str, error: str = "ReadError") -> ErrorRecord:
    return ErrorRecord(input=name, stage="read", error=error, message=message)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, name: str) -> RawSource | ErrorRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _read_error(name, f"{name}: cannot read file ({exc.strerror or exc})")
    return RawSource(name=name, doc_id=path.stem, kind=KINDS[path.suffix.lower()], data=data)


def _walk(root: Path) -> Iterator[Path]:
    """Supported files under ``root``, recursively, in sorted order, skipping hidden ones."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda exc: log.warning("%s", exc)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        for filename in filenames:
            path = Path(dirpath) / filename
            if filename.startswith(".") or path.suffix.lower() not in KINDS:
                continue
            found.append(path)
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


def iter_sources(inputs: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[RawSource | ErrorRecord]:
    """Read every input: files, directories (recursively) and ``-`` for stdin.

    Directories contribute their ``.txt``, ``.jsonl``, ``.html`` and ``.htm`` files in
    sorted order; hidden files and directories and ``gold/`` annotation folders are
    skipped. A file named explicitly
    must have one of those extensions.

    Parameters
    ----------
    inputs : sequence of str
        Paths as given on the command line.
    stdin : binary file or None
        Where ``-`` reads from; its kind is guessed from the content.

    Yields
    ------
    RawSource or ErrorRecord
        One record per file read, or an error record (``stage="read"``) for a path that
        is missing, unreadable or of an unsupported type. Nothing is raised.
    """
    for given in inputs:
        if given == "-":
            if stdin is None:
                yield _read_error(_STDIN, "'-' given but no standard input is available")
                continue
            try:
                data = stdin.read()
            except OSError as exc:
                yield _read_error(_STDIN, f"cannot read standard input ({exc})")
                continue
            yield RawSource(name=_STDIN, doc_id=None, kind=guess_kind(data), data=data)
            continue
        path = Path(given)
        if path.is_dir():
            count = 0
            for file in _walk(path):
                count += 1
                yield _read_file(file, str(file))
            if count == 0:
                log.warning("%s: no .txt, .jsonl or .html files found", given)
            continue
        if not path.exists():
            yield _read_error(given, f"{given}: no such file or directory", "FileNotFoundError")
            continue
        if path.suffix.lower() not in KINDS:
            yield _read_error(
                given,
                f"{given}: unsupported file type '{path.suffix}' (expected .txt, .jsonl, .html or .htm)",
                "UnsupportedType",
            )
            continue
        yield _read_file(path, given)
