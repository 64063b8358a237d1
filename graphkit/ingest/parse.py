"""From the bytes of one source to cleaned ``Document`` records (pure: no I/O)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from typing import Any

from graphkit.dates import article_date, parse_date
from graphkit.errors import InputError
from graphkit.ingest.clean import clean_text, is_dateline, line_caption
from graphkit.ingest.decode import DecodeError, decode_bytes, decode_html
from graphkit.models import Document, ErrorRecord, IngestResult, RawSource
from graphkit.text import normalize_text

__all__ = ["content_id", "ingest", "parse_html", "parse_jsonl", "parse_txt"]

log = logging.getLogger(__name__)

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?)(?!\d)\s*(?P<rest>.*)$", re.IGNORECASE)
_TITLE_MAX = 300


def content_id(text: str) -> str:
    """A document id from its content: the first 16 hex digits of the SHA-1 of the NFC text.

    >>> content_id("Hà Nội") == content_id("Ha\\u0300 Nội")
    True
    """
    return hashlib.sha1(normalize_text(text).strip().encode("utf-8")).hexdigest()[:16]


def _error(name: str, stage: str, exc: Exception | str, error: str | None = None) -> ErrorRecord:
    message = str(exc)
    return ErrorRecord(
        input=name,
        stage=stage,
        error=error or (type(exc).__name__ if isinstance(exc, Exception) else "InputError"),
        message=message,
    )


def _squash(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(normalize_text(str(text)).split())
    return text or None


def _title_like(line: str) -> bool:
    """Headlines do not end with a full stop; a line that does is the first paragraph."""
    if len(line) > _TITLE_MAX:
        return False
    return not (line.endswith(".") and not line.endswith(".."))


def _build(
    *,
    doc_id: str,
    name: str,
    body: str,
    title: str | None,
    date: dt.date | None,
    source: str | None,
    url: str | None,
) -> Document | ErrorRecord:
    cleaned = clean_text(body)
    if not cleaned.text.strip():
        return ErrorRecord(
            input=name, stage="clean", error="EmptyDocument", message=f"{name}: no article text left after cleaning"
        )
    if date is None:
        date = article_date(body)
    return Document(
        doc_id=doc_id,
        title=_squash(title),
        date=date,
        source=source,
        url=url,
        text=cleaned.text,
        captions=cleaned.captions,
        removed=cleaned.removed,
    )


# ------------------------------------------------------------------ txt


def parse_txt(text: str, *, name: str, doc_id: str | None) -> Document | ErrorRecord:
    """One article from plain text.

    The first non-empty line is the title, unless it is a ``date YYYY-MM[-DD]`` line: then
    it gives the date and the next non-empty line is the title (text after the date on the
    same line counts as a line of its own). A line that is only a photo caption, or that
    ends with a full stop like a paragraph, is not taken as the title (the title is None).
    Without a date line, the date comes from a dateline near the top.

    Parameters
    ----------
    text : str
        Decoded text of the file.
    name : str
        Display name of the input.
    doc_id : str or None
        The file name without extension; a content hash when None.

    Returns
    -------
    Document or ErrorRecord
    """
    lines = text.splitlines()
    date: dt.date | None = None
    idx = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if idx is not None:
        m = _DATE_LINE.match(lines[idx])
        if m:
            date = parse_date(m.group("date"))
            if date is None:
                return _error(name, "parse", f"{name}: invalid date line '{lines[idx].strip()}'", "InvalidDate")
            lines[idx] = m.group("rest")
        elif is_dateline(lines[idx]):
            date = article_date(lines[idx])
            lines[idx] = ""
    title: str | None = None
    title_idx = None
    for i, line in enumerate(lines):
        stripped = " ".join(line.split())
        if not stripped:
            continue
        if line_caption(stripped) is not None:
            continue
        if _title_like(stripped):
            title, title_idx = stripped, i
        break
    body_lines = [ln for i, ln in enumerate(lines) if i != title_idx]
    body = "\n".join(body_lines)
    return _build(
        doc_id=doc_id or content_id(text), name=name, body=body, title=title, date=date, source=name, url=None
    )


# ------------------------------------------------------------------ jsonl


def _jsonl_record(obj: Any, name: str) -> Document | ErrorRecord:
    if not isinstance(obj, dict):
        return _error(name, "parse", f"{name}: expected a JSON object, got {type(obj).__name__}", "InvalidRecord")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return _error(name, "parse", f"{name}: missing or empty 'text' field", "InvalidRecord")
    for field in ("title", "date", "url", "source", "id"):
        value = obj.get(field)
        if value is not None and not isinstance(value, str | int):
            return _error(name, "parse", f"{name}: field '{field}' must be a string", "InvalidRecord")
    text = normalize_text(text)
    date = None
    if obj.get("date") not in (None, ""):
        date = parse_date(str(obj["date"]))
        if date is None:
            log.warning("%s: unreadable date %r ignored", name, obj["date"])
    doc_id = str(obj["id"]).strip() if obj.get("id") not in (None, "") else content_id(text)
    return _build(
        doc_id=doc_id,
        name=name,
        body=text,
        title=obj.get("title"),
        date=date,
        source=_squash(obj.get("source")),
        url=_squash(obj.get("url")),
    )


def parse_jsonl(text: str, *, name: str) -> IngestResult:
    """One article per line; a bad line becomes an error record (``input`` = ``name:LINE``).

    Fields: ``text`` (required), ``title``, ``date`` (ISO or dd/mm/yyyy), ``url``,
    ``source``, ``id`` (the doc id; a content hash when absent).
    """
    result = IngestResult()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(_error(where, "parse", f"{where}: invalid JSON ({exc.msg})", "JSONDecodeError"))
            continue
        item = _jsonl_record(obj, where)
        if isinstance(item, ErrorRecord):
            result.errors.append(item)
        else:
            result.documents.append(item)
    return result


# ------------------------------------------------------------------ html


def parse_html(html: str, *, name: str, doc_id: str | None) -> Document | ErrorRecord:
    """The main article of an HTML page (trafilatura), with its title, date and URL."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        return _error(name, "parse", f"{name}: could not parse HTML ({exc})", "HTMLError")
    if extracted is None or not (extracted.text or "").strip():
        return _error(name, "parse", f"{name}: no article text found in the HTML", "EmptyDocument")
    title = _squash(extracted.title)
    lines = extracted.text.splitlines()
    if title and lines and _squash(lines[0]) == title:
        lines = lines[1:]
    body = "\n".join(lines)
    date = parse_date(extracted.date) if extracted.date else None
    source = _squash(extracted.sitename) or _squash(extracted.hostname) or name
    return _build(
        doc_id=doc_id or content_id(body),
        name=name,
        body=body,
        title=title,
        date=date,
        source=source,
        url=_squash(extracted.url),
    )


# ------------------------------------------------------------------ entry point


def ingest(raw: RawSource) -> IngestResult:
    """Decode, parse and clean one source. Never raises for bad input.

    Parameters
    ----------
    raw : RawSource
        The bytes of a file or of stdin, with its kind (``txt``, ``jsonl``, ``html``).

    Returns
    -------
    IngestResult
        The documents read, and one error record per input (or JSONL line) that could
        not be read: ``stage="decode"`` for undecodable bytes, ``"parse"`` for a bad
        record, ``"clean"`` for an article with no text left.
    """
    try:
        text = decode_html(raw.data, raw.name) if raw.kind == "html" else decode_bytes(raw.data, raw.name)
    except DecodeError as exc:
        return IngestResult(errors=[_error(raw.name, "decode", exc, "DecodeError")])
    try:
        if raw.kind == "jsonl":
            return parse_jsonl(text, name=raw.name)
        if raw.kind == "html":
            item = parse_html(text, name=raw.name, doc_id=raw.doc_id)
        elif raw.kind == "txt":
            item = parse_txt(text, name=raw.name, doc_id=raw.doc_id)
        else:
            raise InputError(f"{raw.name}: unknown input kind '{raw.kind}' (expected txt, jsonl or html)")
    except InputError as exc:
        return IngestResult(errors=[_error(raw.name, "parse", exc)])
    if isinstance(item, ErrorRecord):
        return IngestResult(errors=[item])
    return IngestResult(documents=[item])
