"""``graphkit ner`` (tag text) and ``graphkit eval ner`` (score against CoNLL gold)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Any

import typer

from graphkit.errors import ConfigError, InputError
from graphkit.models import AnnotatedDocument, Document, entity_id
from graphkit.stages import NerBackend
from graphkit.text import normalize_text

logger = logging.getLogger(__name__)

LINKER_NAME = "linker.kb.v1"

_BACKEND_HELP = (
    "NER backend: auto (Stanza when its models are installed, else underthesea), ner.underthesea.v1, ner.stanza.v1."
)


def _backend_name(backend: str | None, pipeline: str | None) -> str:
    if backend:
        return backend
    if pipeline:
        from graphkit.config import load_pipeline

        return load_pipeline(pipeline).ner.backend
    return "auto"


def make_backend(backend: str | None = None, pipeline: str | None = None) -> NerBackend:
    """The NER backend named on the command line or in the pipeline; says which on stderr."""
    from graphkit.nlp.backends import create_backend

    nlp = create_backend(_backend_name(backend, pipeline))
    typer.echo(f"ner backend: {nlp.name}", err=True)
    return nlp


def make_linker(pipeline: str | None = None) -> Any | None:
    """The KB linker (``linker.kb.v1``) when :mod:`graphkit.linking` provides it, else None."""
    name = LINKER_NAME
    if pipeline:
        from graphkit.config import load_pipeline

        name = load_pipeline(pipeline).linking.component
    try:
        import graphkit.linking as linking
    except ImportError:
        return None
    for attr in ("LINKERS", "LINKER_REGISTRY"):
        registry = getattr(linking, attr, None)
        if registry is not None:
            try:
                return registry.create(name)
            except ConfigError:
                raise
            except Exception as exc:  # noqa: BLE001 - fall back to hash ids
                logger.warning("linker %s unavailable: %s", name, exc)
                return None
    factory = getattr(linking, "create_linker", None)
    if factory is not None:
        try:
            return factory(name)
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - fall back to hash ids
            logger.warning("linker %s unavailable: %s", name, exc)
    return None


def entities_json(adoc: AnnotatedDocument) -> list[dict[str, Any]]:
    """The mentions of a document as ``graphkit ner`` JSON entities."""
    out = []
    for m in adoc.mentions:
        out.append(
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "type": str(m.type),
                "id": m.entity_id or entity_id(m.text, str(m.type), m.kb_id),
                "kb_id": m.kb_id,
                "role": m.role,
            }
        )
    return out


def tag_lines(
    lines: list[str], nlp: NerBackend, linker: Any | None = None, date: dt.date | None = None
) -> list[dict[str, Any]]:
    """Run NER (and linking) on each line; one result dict per line.

    ``date`` is the publication date the linker resolves dated role phrases at
    ("Thủ tướng Anh" → the holder on that day)."""
    results = []
    for n, line in enumerate(lines, 1):
        text = normalize_text(line.rstrip("\r\n"))
        adoc = nlp.annotate(Document(doc_id=f"line-{n}", text=text, date=date))
        if linker is not None:
            adoc = linker.link(adoc)
        results.append({"text": text, "entities": entities_json(adoc)})
    return results


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    @app.command("ner")
    def ner_command(
        file: str = typer.Argument("-", help="Text file, one text per line; '-' reads standard input."),
        backend: str = typer.Option(None, "--backend", "-b", help=_BACKEND_HELP),
        pipeline: str = typer.Option(None, "--pipeline", "-p", help="Pipeline name or .toml (default: vi-news)."),
        date: str = typer.Option(
            None, "--date", help="Publication date YYYY-MM-DD: role phrases resolve to the holder on that day."
        ),
    ) -> None:
        """Tag named entities: one JSON line per input line.

        Each output line is `{"text", "entities": [{"start", "end", "text", "type", "id",
        "kb_id", "role"}]}` with offsets into that line. The backend used is printed on
        stderr.

        Examples:

            echo "Tổng thống Nga Vladimir Putin tiếp Ngoại trưởng Mỹ." | graphkit ner

            graphkit ner news.txt --backend ner.underthesea.v1 > entities.jsonl

            echo "Thủ tướng Anh hội đàm với Tổng thống Pháp." | graphkit ner --date 2022-02-10
        """
        day: dt.date | None = None
        if date is not None:
            try:
                day = dt.date.fromisoformat(date)
            except ValueError:
                raise InputError(f"--date must be YYYY-MM-DD, got {date!r}") from None
        if file == "-":
            lines = sys.stdin.read().splitlines()
        else:
            path = Path(file)
            if not path.is_file():
                raise InputError(f"no such file: {file}")
            lines = path.read_text(encoding="utf-8").splitlines()
        nlp = make_backend(backend, pipeline)
        linker = make_linker(pipeline)
        for row in tag_lines(lines, nlp, linker, day):
            typer.echo(json.dumps(row, ensure_ascii=False))

    @eval_app.command("ner")
    def eval_ner_command(
        gold: Path = typer.Argument(..., help="CoNLL gold: token<TAB>BIO-tag per line, blank line between sentences."),
        backend: str = typer.Option(None, "--backend", "-b", help=_BACKEND_HELP),
        pipeline: str = typer.Option(None, "--pipeline", "-p", help="Pipeline name or .toml (default: vi-news)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        errors: int = typer.Option(0, "--errors", help="Also show this many sentences with errors."),
    ) -> None:
        """Exact-span precision / recall / F1 of the NER against CoNLL gold.

        COUNTRY counts as LOC and EVENT as MISC; the overall score is on PER, LOC and ORG.

        Examples:

            graphkit eval ner tests/data/ner/gold.conll

            graphkit eval ner gold.conll --backend ner.underthesea.v1 --json
        """
        from graphkit.nlp.evaluate import Span, evaluate_ner, load_gold

        if not gold.is_file():
            raise InputError(f"no such file: {gold}")
        sentences = load_gold(gold.read_text(encoding="utf-8"))
        if not sentences:
            raise InputError(f"{gold}: no sentences")
        nlp = make_backend(backend, pipeline)

        def predict(text: str) -> list[Span]:
            adoc = nlp.annotate(Document(doc_id="gold", text=text))
            return [Span(start=m.start, end=m.end, type=str(m.type), text=m.text) for m in adoc.mentions]

        report = evaluate_ner(sentences, predict, backend=nlp.name, max_errors=max(errors, 0))
        if as_json:
            typer.echo(report.model_dump_json(indent=2))
            return
        _print_report(report, errors)


def _print_report(report: Any, errors: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"NER exact-span scores ({report.backend}, {report.sentences} sentences)")
    for col in ("type", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "type" else "left")
    rows = list(report.per_type.items()) + [("overall (PER/LOC/ORG)", report.overall)]
    for name, s in rows:
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    console.print(table)
    for ex in report.errors[:errors]:
        console.print(f"[bold]{ex.text}[/bold]", highlight=False)
        for s in ex.missed:
            console.print(f"  missed   {s.type:5} {s.text}", highlight=False)
        for s in ex.spurious:
            console.print(f"  spurious {s.type:5} {s.text}", highlight=False)
