"""``graphkit eval relations GOLD.jsonl --pred OUTDIR``: score extracted facts against gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from graphkit.commands._common import fail
from graphkit.errors import InputError


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
        from graphkit.extraction.evaluate import evaluate_relations, load_gold

        if not gold.is_file():
            fail(f"gold file not found: {gold}")
        try:
            report = evaluate_relations(load_gold(gold), pred, gold_only_docs=gold_only_docs)
        except InputError as exc:
            fail(str(exc))
        if as_json:
            typer.echo(report.model_dump_json(indent=2))
            return
        _print_report(report, show_errors)


def _print_report(report: Any, show_errors: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(
        title=f"Relations: {report.documents} documents, {report.gold_facts} gold / {report.predicted_facts} predicted"
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
