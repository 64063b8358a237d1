"""Time `graphkit build` on a directory: articles/s, words/s and peak memory.

Usage: python benchmarks/bench_build.py DIR [--limit N] [--workers N] [--pipeline NAME]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from graphkit.config import load_pipeline
from graphkit.graph import build_graph, summary_markdown, write_graphml
from graphkit.ingest import iter_sources
from graphkit.pipeline import run_batch
from graphkit.sinks.jsonl import write_output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="Only the first N files (sorted).")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pipeline", default="vi-news")
    args = parser.parse_args()

    files = sorted(p for p in args.directory.rglob("*") if p.suffix in {".txt", ".jsonl", ".html", ".htm"})
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no input files in {args.directory}", file=sys.stderr)
        return 2
    config = load_pipeline(args.pipeline)
    config = config.model_copy(update={"batch": config.batch.model_copy(update={"workers": args.workers})})
    chars = sum(p.stat().st_size for p in files)

    t0 = time.perf_counter()
    result = run_batch(iter_sources([str(p) for p in files]), config)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_output(out, result.documents, result.entities, result.triples, result.errors)
        graph = build_graph(result.entities, result.triples, result.documents)
        write_graphml(graph, out / "graph.graphml")
        (out / "report.md").write_text(summary_markdown(graph, result.documents), encoding="utf-8")
    t2 = time.perf_counter()

    words = sum(len(d.text.split()) for d in result.documents)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    total = t2 - t0
    print(f"inputs: {len(files)} files, {chars / 1e6:.1f} MB; NER backend: {result.backend}; workers: {args.workers}")
    print(f"articles: {len(result.documents)}  skipped: {len(result.errors)}  syllables (words): {words}")
    print(f"entities: {len(result.entities)}  facts: {len(result.triples)}  rejected by ontology: {result.rejected}")
    print(f"time: {total:.1f} s total ({t1 - t0:.1f} s pipeline, {t2 - t1:.1f} s writing + graph)")
    print(f"speed: {len(result.documents) / total:.2f} articles/s, {words / total:,.0f} words/s")
    print(f"peak memory: {rss_self:.0f} MB (main process), {rss_children:.0f} MB (largest worker)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
