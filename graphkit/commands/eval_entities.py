"""``graphkit eval entities``: canonical-entity P/R/F1 against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from graphkit.commands._common import fail
from graphkit.errors import GraphkitError

if TYPE_CHECKING:
    from graphkit.linking.evaluate import EntityEvalReport


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    """Add ``entities`` to the ``eval`` group."""

    @eval_app.command("entities")
    def eval_entities_command(
        gold: Path = typer.Argument(..., help="Gold JSONL: {doc_id, entities: [{name, type}]} per line."),
        pred: Path = typer.Option(..., "--pred", help="Output directory holding entities.jsonl (or the file)."),
        kb: Path | None = typer.Option(None, "--kb", help="Knowledge-base directory (default: the bundled one)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        details: bool = typer.Option(False, "--details", help="List missed and spurious entities per article."),
    ) -> None:
        """Score canonical entities per article and micro-averaged over all gold articles.

        Gold names are resolved through the knowledge base exactly like the linker does
        (KB entries by their id, other names by match key + type).

        Example:

            graphkit eval entities examples/gold/entities.jsonl --pred out/
        """
        from graphkit.linking.evaluate import read_gold, read_predictions, score_entities
        from graphkit.linking.kb import load_kb

        if not gold.is_file():
            fail(f"gold file not found: {gold}")
        if not pred.exists():
            fail(f"predictions not found: {pred} (run `graphkit extract INPUT --out {pred}` first)")
        try:
            report = score_entities(read_gold(gold), read_predictions(pred), kb=load_kb(kb))
        except GraphkitError as exc:
            fail(str(exc))
        if as_json:
            typer.echo(report.model_dump_json(indent=2))
            return
        _print(report, details)


def _print(report: EntityEvalReport, details: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"Canonical entities (KB {report.kb_version})")
    for col in ("doc_id", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "doc_id" else "right")
    for label, s in [*((row.doc_id, row.score) for row in report.documents), ("micro", report.micro)]:
        table.add_row(label, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(table)
    console.print(f"macro F1 {report.macro_f1:.3f}", highlight=False)
    if report.unscored_documents:
        console.print(f"{len(report.unscored_documents)} predicted document(s) have no gold line", highlight=False)
    if details:
        for row in report.documents:
            for name in row.missed:
                console.print(f"{row.doc_id}  missed   {name}", highlight=False, markup=False)
            for name in row.spurious:
                console.print(f"{row.doc_id}  spurious {name}", highlight=False, markup=False)
