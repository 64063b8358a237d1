"""Benchmark of the graph layer on a synthetic extraction output.

Generates ``--entities`` entities and ``--triples`` triples (the JSONL contract, written
with the pydantic models; subjects and objects drawn with a power-law / Zipf popularity
so degrees are heavy-tailed), then times:

1. reading the JSONL and building the networkx mirror,
2. the full analysis report (views, centralities, communities, figures, md/json/html),
3. the GraphML export (with its read-back check), then GEXF, node-link JSON and neo4j CSV.

Targets: report ≤ 60 s, GraphML ≤ 30 s for 100,000 entities / 500,000 triples.

    python benchmarks/bench_graph.py                  # full size
    python benchmarks/bench_graph.py --entities 10000 --triples 50000
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from graphkit.graph._perf import paused_gc
from graphkit.graph.export import write_gexf, write_neo4j_csv, write_node_link
from graphkit.graph.graphml import write_graphml
from graphkit.graph.load import load_graph, read_evidence
from graphkit.graph.render import write_report
from graphkit.graph.report import analyze, attach_evidence
from graphkit.models import Document, Entity, MentionRef, entity_id, parse_triple
from graphkit.ontology import ONTOLOGY
from graphkit.sinks.jsonl import write_output

log = logging.getLogger("bench_graph")

TYPES = {"PERSON": 0.5, "ORGANIZATION": 0.25, "COUNTRY": 0.02, "LOCATION": 0.18, "EVENT": 0.03, "MISC": 0.02}
PREDICATES = {
    "MET": 0.30,
    "DEMANDED": 0.08,
    "CALLED_FOR": 0.05,
    "AGREED": 0.04,
    "PROPOSED": 0.03,
    "COMMITTED": 0.02,
    "WARNED": 0.09,
    "ACCUSED": 0.07,
    "THREATENED": 0.03,
    "REJECTED": 0.03,
    "SUPPORTED": 0.07,
    "VISITED": 0.07,
    "SANCTIONED": 0.03,
    "DENIED": 0.02,
    "HOLDS_ROLE": 0.04,
    "SPEAKS_FOR": 0.03,
}
STATUSES = (["asserted"] * 46) + ["negated", "planned", "planned", "conditional"]
SYLLABLES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hạ",
    "Hải",
    "Hùng",
    "Lan",
    "Minh",
]
SENTENCE = "Theo nguồn tin, {s} {verb} {o} trong cuộc gặp được báo chí quốc tế đưa tin rộng rãi."


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(outdir: Path, n_entities: int, n_triples: int, seed: int = 0) -> dict[str, int]:
    """Write a synthetic output directory with heavy-tailed (Zipf-like) entity popularity."""
    rng = np.random.default_rng(seed)
    types = rng.choice(list(TYPES), size=n_entities, p=list(TYPES.values()))
    pools: dict[str, list[int]] = {t: [] for t in TYPES}
    entities: list[Entity] = []
    refs: list[dict[str, str]] = []
    n_docs = max(1, n_triples // 10)
    for i, t in enumerate(types):
        name = " ".join(rng.choice(SYLLABLES, size=3)) + f" {i}"
        eid = entity_id(name, str(t))
        mentions = [
            MentionRef(doc_id=f"doc{int(d)}", start=0, end=len(name), text=name)
            for d in rng.integers(0, n_docs, size=int(rng.integers(1, 4)))
        ]
        entities.append(Entity(id=eid, name=name, type=str(t), aliases=[name.split()[-2]], mentions=mentions))
        refs.append({"id": eid, "name": name, "type": str(t)})
        pools[str(t)].append(i)
    weights = {t: 1.0 / np.arange(1, len(p) + 1) ** 0.9 for t, p in pools.items() if p}
    weights = {t: w / w.sum() for t, w in weights.items()}

    def draw(allowed: tuple[str, ...], size: int) -> np.ndarray:
        allowed = tuple(t for t in allowed if pools.get(t))
        share = np.array([len(pools[t]) for t in allowed], dtype=float)
        which = rng.choice(len(allowed), size=size, p=share / share.sum())
        out = np.empty(size, dtype=np.int64)
        for j, t in enumerate(allowed):
            mask = which == j
            out[mask] = np.asarray(pools[t])[rng.choice(len(pools[t]), size=int(mask.sum()), p=weights[t])]
        return out

    preds = rng.choice(list(PREDICATES), size=n_triples, p=np.array(list(PREDICATES.values())) / 1.0)
    topics = [t for t in ONTOLOGY.topics if t != "other"]
    start = dt.date(2019, 1, 1).toordinal()
    days = rng.integers(0, 6 * 365, size=n_triples)
    triples = []
    for pred in PREDICATES:
        idx = np.flatnonzero(preds == pred)
        if not len(idx):
            continue
        p = ONTOLOGY.predicate(pred)
        subj = draw(p.domain, len(idx))
        entity_range = tuple(t for t in p.range if t != "VALUE")
        obj = draw(entity_range, len(idx)) if entity_range else None
        addressees = draw(("PERSON", "ORGANIZATION", "COUNTRY"), len(idx))
        for j, i in enumerate(idx.tolist()):
            s = int(subj[j])
            o = int(obj[j]) if obj is not None else None
            if o == s:
                o = int(pools[refs[s]["type"]][0]) if pools[refs[s]["type"]][0] != s else None
                if o is None:
                    continue
            if o is None:
                topic = topics[i % len(topics)]
                target = {"text": f"{topic.replace('_', ' ')} {i % 7}", "type": p.value_type, "topic": topic}
            else:
                target = refs[o]
            sentence = SENTENCE.format(s=refs[s]["name"], verb=pred.lower(), o=target.get("name", target.get("text")))
            record = {
                "subject": refs[s],
                "predicate": pred,
                "object": target,
                "doc_id": f"doc{i % n_docs}",
                "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
                "date": dt.date.fromordinal(start + int(days[i])).isoformat() if i % 20 else None,
                "confidence": 0.5 + (i % 50) / 100,
                "extractor": "bench.v1",
                "status": STATUSES[i % len(STATUSES)],
            }
            if pred == "MET":
                record["mode"] = ("in_person", "phone", "video")[i % 3]
            elif p.kind == "content" and i % 2:
                record["addressee"] = refs[int(addressees[j])]
            elif pred == "HOLDS_ROLE":
                record["role"] = "Bộ trưởng"
            triples.append(parse_triple(record))
    docs = (Document(doc_id=f"doc{d}", title=f"Bài {d}", text="…") for d in range(n_docs))
    return write_output(outdir, docs, entities, triples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--triples", type=int, default=500_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="Write everything here instead of a temp dir.")
    ap.add_argument("--data", type=Path, default=None, help="Reuse an existing output directory (no generation).")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="bench_graph_") as tmp, paused_gc():
        root = args.keep or Path(tmp)
        data, reports, exports = args.data or root / "output", root / "analysis", root / "exports"
        if args.data is None:
            t0 = time.perf_counter()
            counts = generate(data, args.entities, args.triples, args.seed)
            print(f"generate       {time.perf_counter() - t0:7.1f} s   {counts}  (peak {_peak_mb():.0f} MB)")
        print(f"load average   {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")

        t0, c0 = time.perf_counter(), time.process_time()
        g = load_graph(data)
        t_load = time.perf_counter() - t0
        print(
            f"read + mirror  {t_load:7.1f} s   (cpu {time.process_time() - c0:.1f} s) {g.number_of_nodes()} nodes, "
            f"{g.number_of_edges()} edges (peak {_peak_mb():.0f} MB)"
        )

        t0, c0 = time.perf_counter(), time.process_time()
        report = analyze(g, top=15)
        t_an = time.perf_counter() - t0
        report = attach_evidence(report, read_evidence(data, report.claim_ids()))
        t_ev = time.perf_counter() - t0 - t_an
        write_report(report, reports)
        t_report = time.perf_counter() - t0
        print(
            f"report         {t_report:7.1f} s   (cpu {time.process_time() - c0:.1f} s; analysis {t_an:.1f} s, "
            f"evidence {t_ev:.1f} s, render {t_report - t_an - t_ev:.1f} s; target ≤ 60 s) (peak {_peak_mb():.0f} MB)"
        )
        for t in report.measures:
            bound = f" ±{t.error_bound:.3f} (95%)" if t.error_bound is not None else ""
            print(f"    {t.measure:16s} {t.method}{bound}")
        print(f"    communities      {report.community_method}: {report.stats['communities']} groups")

        t0, c0 = time.perf_counter(), time.process_time()
        write_graphml(g, exports / "graph.graphml")
        t_gml = time.perf_counter() - t0
        size = (exports / "graph.graphml").stat().st_size / 1e6
        print(
            f"graphml        {t_gml:7.1f} s   (cpu {time.process_time() - c0:.1f} s) {size:.0f} MB, "
            "incl. read-back check (target ≤ 30 s)"
        )
        for name, fn, path in (
            ("gexf", write_gexf, exports / "graph.gexf"),
            ("json", write_node_link, exports / "graph.json"),
            ("neo4j-csv", write_neo4j_csv, exports / "neo4j"),
        ):
            t0 = time.perf_counter()
            fn(g, path)
            print(f"{name:14s} {time.perf_counter() - t0:7.1f} s")
        print(f"peak memory    {_peak_mb():7.0f} MB (ru_maxrss)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
