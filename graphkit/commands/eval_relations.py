"""``graphkit eval relations GOLD.jsonl --pred OUTDIR``: score extracted facts against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from graphkit.commands._common import fail
from graphkit.errors import InputError


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON-lines file (blank lines skipped); a bad line raises ``InputError``."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
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


def load_gold(path: Path) -> list[Any]:
    """Gold facts of a ``relations.jsonl`` file."""
    from graphkit.extraction.evaluate import GoldFact

    facts = []
    for n, row in enumerate(read_jsonl(path), 1):
        try:
            facts.append(GoldFact.model_validate(row))
        except ValidationError as exc:
            raise InputError(f"{path}: gold fact {n}: {exc.errors()[0]['msg']}") from None
    return facts


def _kb() -> Any | None:
    try:
        from graphkit.linking.kb import load_kb

        return load_kb()
    except Exception:  # the KB is optional for scoring: names still match by key
        return None


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    @eval_app.command("relations")
    def eval_relations_command(
        gold: Path = typer.Argument(..., help="Gold facts (JSON lines: doc_id, subject, predicate, object, status…)."),
        pred: Path = typer.Option(..., "--pred", help="Output directory of `graphkit extract` (triples.jsonl)."),
        gold_only_docs: bool = typer.Option(False, "--gold-only-docs", help="Score only documents present in gold."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        show_errors: int = typer.Option(0, "--errors", help="List up to N missed/spurious facts."),
    ) -> None:
        """Score extracted relations: per-predicate precision, recall and F1, and micro overall.

        Example:

            graphkit extract articles.jsonl --out out/ && graphkit eval relations gold.jsonl --pred out/
        """
        from graphkit.extraction.evaluate import score_relations

        if not gold.is_file():
            fail(f"gold file not found: {gold}")
        triples_path = pred / "triples.jsonl"
        if not triples_path.is_file():
            fail(f"{triples_path} not found (run `graphkit extract … --out {pred}` first)")
        entities_path = pred / "entities.jsonl"
        try:
            gold_facts = load_gold(gold)
            triples = read_jsonl(triples_path)
            entities = read_jsonl(entities_path) if entities_path.is_file() else []
        except InputError as exc:
            fail(str(exc))
        report = score_relations(gold_facts, triples, entities, kb=_kb(), gold_only_docs=gold_only_docs)
        if as_json:
            typer.echo(report.model_dump_json(indent=2))
            return
        _print_report(report, show_errors)


def _print_report(report: Any, show_errors: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(
        title=f"Relations: {report.documents} documents, {report.gold_facts} gold / "
        f"{report.predicted_facts} predicted facts"
    )
    for col in ("predicate", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "predicate" else "right")
    for s in [*report.per_predicate, report.micro]:
        style = "bold" if s.predicate == "ALL" else None
        table.add_row(
            s.predicate,
            str(s.tp),
            str(s.fp),
            str(s.fn),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            style=style,
        )
    console.print(table)
    for a in report.attributes:
        console.print(f"{a.attribute}: {a.correct}/{a.compared} correct ({a.accuracy:.3f})")
    for e in report.errors[:show_errors]:
        console.print(f"[{e.kind}] {e.doc_id} {e.predicate}({e.subject}, {e.object}) {e.status} :: {e.sentence or ''}")
