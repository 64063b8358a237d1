"""``graphkit build``, ``graphkit extract`` and ``graphkit schemas``."""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graphkit.config import load_pipeline
from graphkit.errors import GraphkitError
from graphkit.pipeline import BatchAborted, BatchResult, run_batch
from graphkit.sinks.jsonl import write_output

log = logging.getLogger(__name__)
err_console = Console(stderr=True)

PROGRESS_MIN_DOCS = 4

INPUTS = typer.Argument(..., help="Files or directories (.txt, .jsonl, .html); '-' reads standard input.")
OUT = typer.Option(..., "--out", "-o", help="Output directory (created if missing).")
PIPELINE = typer.Option("vi-news", "--pipeline", "-p", help="Pipeline name (pipelines/*.toml) or a .toml path.")
STRICT = typer.Option(False, "--strict", help="Stop at the first input that cannot be processed.")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar or summary; errors only.")
WORKERS = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: the pipeline's setting).")


def _run(inputs: list[str], out: Path, pipeline: str, strict: bool, quiet: bool, workers: int | None) -> BatchResult:
    config = load_pipeline(pipeline)
    from graphkit.ingest import iter_sources

    if workers:
        config = config.model_copy(update={"batch": config.batch.model_copy(update={"workers": workers})})
    stdin = sys.stdin.buffer if "-" in inputs else None
    sources = iter_sources(inputs, stdin=stdin)

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=quiet,
    )
    task = None

    def on_start(total: int) -> None:
        nonlocal task
        if total >= PROGRESS_MIN_DOCS:
            progress.start()
            task = progress.add_task("articles", total=total)

    def on_document(_doc_id: str) -> None:
        if task is not None:
            progress.advance(task)

    try:
        result = run_batch(sources, config, strict=strict, on_start=on_start, on_document=on_document)
    except BatchAborted as exc:
        raise GraphkitError(f"stopped (--strict): {exc}") from None
    finally:
        progress.stop()
    out.mkdir(parents=True, exist_ok=True)
    write_output(out, result.documents, result.entities, result.triples, result.errors)
    return result


def config_batch_size(pipeline: str) -> int:
    return load_pipeline(pipeline).store.batch_size


def _report_errors(result: BatchResult, out: Path) -> None:
    if not result.errors:
        return
    err_console.print(f"[red]{len(result.errors)} input(s) skipped[/red] (listed in {out / 'errors.jsonl'}):")
    for e in result.errors:
        err_console.print(f"  [red]✗[/red] {e.input}: {e.message}", markup=True, highlight=False)


def _summary(result: BatchResult, out: Path, files: list[str]) -> None:
    mentions = Counter({e.name: len(e.mentions) for e in result.entities})
    by_pred = Counter(str(t.predicate) for t in result.triples)
    console = Console()
    console.print(f"[bold green]Done.[/bold green] Results in [bold]{out}/[/bold] (NER backend: {result.backend})")
    console.print(
        f"  articles: {len(result.documents)}   entities: {len(result.entities)}   "
        f"facts: {len(result.triples)}   skipped inputs: {len(result.errors)}"
    )
    if by_pred:
        console.print("  facts by predicate: " + ", ".join(f"{p} {n}" for p, n in by_pred.most_common()))
    if mentions:
        console.print("  top entities: " + ", ".join(f"{n} ({c})" for n, c in mentions.most_common(8)))
    console.print("  files: " + ", ".join(files))
    console.print(f"  next: graphkit analyze {out} --out {out / 'analysis'}   (centrality, meetings, demands)")


def _exit_code(result: BatchResult) -> None:
    if result.errors:
        raise typer.Exit(1)


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    @app.command()
    def extract(
        inputs: list[str] = INPUTS,
        out: Path = OUT,
        pipeline: str = PIPELINE,
        strict: bool = STRICT,
        quiet: bool = QUIET,
        workers: int | None = WORKERS,
    ) -> None:
        """Extract entities and facts; write the JSONL contract only.

        Writes documents.jsonl, entities.jsonl, triples.jsonl and errors.jsonl into OUT.
        Inputs that cannot be read are listed and skipped (exit code 1), unless --strict.

        Examples:

            graphkit extract examples/ --out out/ex

            cat articles.jsonl | graphkit extract - --out out/stdin
        """
        result = _run(inputs, out, pipeline, strict, quiet, workers)
        _report_errors(result, out)
        if not quiet:
            _summary(result, out, ["documents.jsonl", "entities.jsonl", "triples.jsonl", "errors.jsonl"])
        _exit_code(result)

    @app.command()
    def build(
        inputs: list[str] = INPUTS,
        out: Path = OUT,
        pipeline: str = PIPELINE,
        strict: bool = STRICT,
        quiet: bool = QUIET,
        workers: int | None = WORKERS,
        neo4j: str | None = typer.Option(
            None, "--neo4j", help="Also load into a graph store: bolt://, neo4j://, neo4j+s:// or falkordb:// URI."
        ),
        user: str | None = typer.Option(
            None, "--user", help="User name (Neo4j default: neo4j); the password comes from NEO4J_PASSWORD."
        ),
        database: str | None = typer.Option(None, "--database", help="Neo4j database name."),
    ) -> None:
        """Ingest → NER → linking → extraction → graph files (and optionally a graph store).

        Writes the JSONL contract plus graph.graphml and report.md into OUT.

        Examples:

            graphkit build examples/ --out out/demo

            graphkit build news/ --out out/news --neo4j bolt://localhost:7687
        """
        from graphkit.graph import build_graph, summary_markdown, write_graphml

        result = _run(inputs, out, pipeline, strict, quiet, workers)
        graph = build_graph(result.entities, result.triples, result.documents)
        write_graphml(graph, out / "graph.graphml")
        (out / "report.md").write_text(summary_markdown(graph, result.documents), encoding="utf-8")
        files = ["documents.jsonl", "entities.jsonl", "triples.jsonl", "errors.jsonl", "graph.graphml", "report.md"]
        if neo4j:
            from graphkit.sinks.loader import load_into

            stats = load_into(
                neo4j, out, user=user, database=database, batch_size=config_batch_size(pipeline), quiet=quiet
            )
            files.append(f"loaded into {stats}")
        _report_errors(result, out)
        if not quiet:
            _summary(result, out, files)
        _exit_code(result)

    schemas_app = typer.Typer(help="Export or check the JSON Schemas of the output records.", no_args_is_help=True)
    app.add_typer(schemas_app, name="schemas")

    @schemas_app.command("export")
    def schemas_export(
        out: Path | None = typer.Option(None, "--out", help="Directory (default: the project's schemas/json)."),
    ) -> None:
        """Write the JSON Schema of each output record (document, entity, triple, error).

        Example:

            graphkit schemas export
        """
        from graphkit.schema_export import export_schemas

        for path in export_schemas(out):
            typer.echo(str(path))

    @schemas_app.command("check")
    def schemas_check() -> None:
        """Fail when the exported JSON Schemas differ from the pydantic models.

        Example:

            graphkit schemas check
        """
        from graphkit.schema_export import stale_schemas

        stale = stale_schemas()
        if stale:
            typer.echo("stale: " + ", ".join(stale) + " (run `graphkit schemas export`)", err=True)
            raise typer.Exit(1)
        typer.echo("schemas up to date")
