"""``graphkit analyze`` (centrality/community reports) and ``graphkit export`` (graph files)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import networkx as nx
import typer
from rich.console import Console

from graphkit.errors import ConfigError, NotAvailableError

log = logging.getLogger(__name__)
err_console = Console(stderr=True)


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_names(values: list[str], known: set[str], option: str) -> list[str]:
    bad = [v for v in values if v not in known]
    if bad:
        raise ConfigError(f"unknown {option} {', '.join(bad)} (choose from {', '.join(sorted(known))})")
    return values


def read_store(uri: str, user: str | None, database: str | None) -> tuple[nx.MultiDiGraph, dict[str, dict]]:
    """The mirror of a graph store's contents, and the evidence of every claim in it."""
    try:
        from graphkit.sinks.loader import read_graph
        from graphkit.sinks.store import open_store, redact
    except ImportError as exc:
        raise NotAvailableError(
            f"reading a graph back from a store is not available here ({exc}); "
            "analyse an output directory instead: graphkit analyze OUTDIR --out DIR"
        ) from None
    from graphkit.commands.store import resolve_password
    from graphkit.graph.mirror import build_graph

    store = open_store(uri, user=user, password=resolve_password(uri), database=database)
    try:
        entities, triples = read_graph(store)
    finally:
        store.close()
    graph = build_graph(entities, triples)
    graph.graph["source"] = redact(uri)
    evidence = {t.id: {"doc_id": t.doc_id, "sentence": t.evidence.sentence} for t in triples}
    log.info("read %d entities and %d claims from %s", len(entities), len(triples), redact(uri))
    return graph, evidence


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    @app.command()
    def analyze(
        outdir: Path | None = typer.Argument(None, help="An output directory of `graphkit extract`/`build`."),
        out: Path = typer.Option(..., "--out", "-o", help="Directory for report.md, report.json, report.html."),
        since: str | None = typer.Option(None, "--since", help="Only claims dated on or after (YYYY-MM-DD)."),
        until: str | None = typer.Option(None, "--until", help="Only claims dated on or before (YYYY-MM-DD)."),
        predicate: list[str] | None = typer.Option(None, "--predicate", help="Only these predicates (repeatable)."),
        entity_type: list[str] | None = typer.Option(
            None, "--type", help="Only entities of these types, e.g. PERSON (repeatable)."
        ),
        ego: str | None = typer.Option(None, "--ego", help="Only this entity's ego network (id or name)."),
        radius: int = typer.Option(1, "--radius", min=1, help="Hops of the --ego network."),
        top: int = typer.Option(10, "--top", min=1, help="Rows per table."),
        all_statuses: bool = typer.Option(
            False, "--all-statuses", help="Also count negated, planned and conditional claims."
        ),
        pivots: int = typer.Option(256, "--pivots", min=8, help="Pivots for sampled betweenness on large graphs."),
        seed: int = typer.Option(0, "--seed", help="Seed of communities, sampling and layout."),
        from_neo4j: str | None = typer.Option(
            None, "--from-neo4j", help="Read the graph from a store instead: bolt://, neo4j:// or falkordb:// URI."
        ),
        user: str | None = typer.Option(
            None, "--user", help="Store user (password from NEO4J_PASSWORD, or FALKORDB_PASSWORD)."
        ),
        database: str | None = typer.Option(None, "--database", help="Store database name."),
    ) -> None:
        """Centrality, meetings, demands, communities and a timeline: report.md/.json/.html.

        Asserted claims only unless --all-statuses. Each table row links to the claims and
        evidence sentences behind it (appendix of report.html).

        Examples:

            graphkit analyze out/news --out out/news/analysis --since 2022-01-01 --top 15

            graphkit analyze out/news --out out/leaders --type PERSON --predicate MET

            graphkit analyze out/news --out out/putin --ego "Vladimir Putin" --radius 2

            graphkit analyze --from-neo4j bolt://localhost:7687 --out out/live
        """
        from graphkit.graph._perf import paused_gc
        from graphkit.graph.load import load_graph, read_evidence
        from graphkit.graph.render import write_report
        from graphkit.graph.report import analyze as run_analysis
        from graphkit.graph.report import attach_evidence
        from graphkit.graph.views import NodeNotFound
        from graphkit.ontology import ONTOLOGY

        if (outdir is None) == (from_neo4j is None):
            raise ConfigError("give either an output directory or --from-neo4j URI (exactly one)")
        lo, hi = _date(since, "--since"), _date(until, "--until")
        if lo and hi and lo > hi:
            raise ConfigError(f"--since {lo} is after --until {hi}")
        predicates = _check_names(list(predicate or []), set(ONTOLOGY.predicates), "--predicate")
        value_types = {p.value_type for p in ONTOLOGY.predicates.values() if p.value_type}
        types = _check_names(list(entity_type or []), set(ONTOLOGY.entity_types) | value_types, "--type")
        options = dict(
            since=lo,
            until=hi,
            predicates=predicates,
            types=types,
            all_statuses=all_statuses,
            ego=ego,
            radius=radius,
            top=top,
            seed=seed,
        )

        def run(graph: nx.MultiDiGraph, source: str, evidence_of: Any) -> Any:
            with err_console.status("analysing…"):
                try:
                    report = run_analysis(graph, pivots=pivots, source=source, **options)
                except NodeNotFound as exc:
                    raise ConfigError(f"--ego: {exc.args[0]}") from None
                if evidence_of is not None and report.claims:
                    report = attach_evidence(report, evidence_of(report.claim_ids()))
            return report

        with paused_gc():
            if outdir is not None:
                with err_console.status("reading the graph…"):
                    graph = load_graph(outdir)
                report = run(graph, str(outdir), lambda ids: read_evidence(outdir, ids))
            else:
                with err_console.status("reading the graph from the store…"):
                    graph, evidence = read_store(from_neo4j, user, database)
                report = run(graph, graph.graph["source"], lambda ids: {i: evidence[i] for i in ids if i in evidence})
            with err_console.status("writing the report…"):
                paths = write_report(report, out)
        typer.echo(
            f"{report.stats.get('entities', 0)} entities, {report.stats.get('claims', 0)} claims, "
            f"{report.stats.get('communities', 0)} communities"
        )
        for t in report.measures:
            extra = f" (±{t.error_bound:.3f} at 95%)" if t.error_bound is not None else ""
            typer.echo(f"  {t.measure}: {t.method}{extra}")
        typer.echo("wrote " + ", ".join(str(p) for p in paths))

    @app.command("export")
    def export_cmd(
        outdir: Path = typer.Argument(..., help="An output directory of `graphkit extract`/`build`."),
        fmt: str = typer.Option("graphml", "--format", "-f", help="graphml, gexf, json or neo4j-csv."),
        out: Path = typer.Option(..., "--out", "-o", help="Output file (a directory for neo4j-csv)."),
        asserted_only: bool = typer.Option(False, "--asserted-only", help="Leave out non-asserted claims."),
    ) -> None:
        """Export the graph: GraphML (Gephi, Cytoscape, yEd), GEXF, node-link JSON or
        CSV files for `neo4j-admin database import`.

        Examples:

            graphkit export out/news --format graphml --out news.graphml

            graphkit export out/news --format neo4j-csv --out out/news/neo4j-import
        """
        from graphkit.graph._perf import paused_gc
        from graphkit.graph.export import FORMATS, export_graph
        from graphkit.graph.load import load_graph
        from graphkit.graph.views import asserted_only as only_asserted

        if fmt not in FORMATS:
            raise ConfigError(f"unknown --format {fmt!r} (choose from {', '.join(FORMATS)})")
        with paused_gc():
            with err_console.status("reading the graph…"):
                graph = load_graph(outdir)
            if asserted_only:
                graph = only_asserted(graph)
            with err_console.status(f"writing {fmt}…"):
                paths = export_graph(graph, fmt, out)
        typer.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges → " + ", ".join(map(str, paths)))
