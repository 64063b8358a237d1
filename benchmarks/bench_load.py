"""Load speed: the batched loader vs one query per row, on a FalkorDB this script starts itself.

Synthetic output directories (100,000 claims over 10,000 entities by default) are written
to a temporary directory and loaded with :func:`graphkit.sinks.loader.load_output`. Prints
claims/s of the batched loader, the rate of a one-query-per-row load on a sample (one statement
per claim that merges its article, subject and object, writes the claim with its links and
recomputes its fact; checked to write the same graph as the loader), extrapolated to the full
size, their ratio, and the RSS of this process while it loads 25k, 50k and 100k claims (it must
not grow with the input).

    .venv/bin/python benchmarks/bench_load.py [--claims 100000] [--entities 10000] [--sample 2000]
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from graphkit.models import entity_id
from graphkit.ontology import ONTOLOGY
from graphkit.sinks import cypher as q
from graphkit.sinks.falkordb_server import start_local
from graphkit.sinks.loader import LoadStats, _read_claims, graph_counts, load_output
from graphkit.sinks.store import FalkorDBStore

log = logging.getLogger("bench_load")

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Xuân", "Ngọc", "Hải"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hạ", "Khánh", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn"]
TOPICS = [t for t in ONTOLOGY.topics if t != "other"]
TYPES = ["PERSON"] * 6 + ["COUNTRY"] * 2 + ["ORGANIZATION"] * 2


def rss_mb() -> float:
    """Current resident set size of this process in MiB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write_output(outdir: Path, n_claims: int, n_entities: int, seed: int = 7) -> Path:
    """Stream a synthetic output directory to disk (nothing held in memory)."""
    rng = random.Random(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    n_docs = max(1, n_claims // 20)
    ents = []
    for i in range(n_entities):
        etype = TYPES[i % len(TYPES)]
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {i}"
        ents.append((entity_id(name, etype), name, etype))
    with (outdir / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for d in range(n_docs):
            day = 1 + d % 28
            doc = {
                "doc_id": f"doc-{d}",
                "title": f"Tin số {d}",
                "date": f"2024-{1 + d % 12:02d}-{day:02d}",
                "text": "…",
            }
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with (outdir / "entities.jsonl").open("w", encoding="utf-8") as fh:
        for eid, name, etype in ents:
            mentions = [
                {"doc_id": f"doc-{rng.randrange(n_docs)}", "start": k * 10, "end": k * 10 + 5, "text": name}
                for k in range(2)
            ]
            fh.write(json.dumps({"id": eid, "name": name, "type": etype, "mentions": mentions}, ensure_ascii=False))
            fh.write("\n")
    actors = [e for e in ents if e[2] in ("PERSON", "COUNTRY", "ORGANIZATION")]
    with (outdir / "triples.jsonl").open("w", encoding="utf-8") as fh:
        for c in range(n_claims):
            s = actors[rng.randrange(len(actors))]
            d = rng.randrange(n_docs)
            date = f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}"
            kind = rng.random()
            triple: dict[str, object] = {
                "subject": {"id": s[0], "name": s[1], "type": s[2]},
                "doc_id": f"doc-{d}",
                "evidence": {"sentence": f"{s[1]} phát biểu lần {c}.", "start": c % 5000, "end": c % 5000 + 30},
                "date": date,
                "confidence": round(rng.uniform(0.3, 1.0), 3),
                "extractor": "bench.synthetic.v1",
            }
            if kind < 0.5:
                o = actors[rng.randrange(len(actors))]
                triple.update(predicate="MET", object={"id": o[0], "name": o[1], "type": o[2]}, mode="phone")
            elif kind < 0.8:
                topic = rng.choice(TOPICS)
                text = f"yêu cầu về {topic.replace('_', ' ')} {rng.randrange(50)}"
                triple.update(predicate="DEMANDED", object={"text": text, "type": "DEMAND", "topic": topic})
            else:
                o = actors[rng.randrange(len(actors))]
                triple.update(predicate="ACCUSED", object={"id": o[0], "name": o[1], "type": o[2]})
            fh.write(json.dumps(triple, ensure_ascii=False) + "\n")
    return outdir


class CountingStore:
    """A store that counts the statements (round trips) sent through it."""

    def __init__(self, store: FalkorDBStore) -> None:
        self.store = store
        self.dialect = store.dialect
        self.description = store.description
        self.statements = 0

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self.statements += 1
        return self.store.run(query, params)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self.statements += 1
        return self.store.write(query, params)

    def ensure_schema(self) -> None:
        self.store.ensure_schema()

    def close(self) -> None:
        self.store.close()


def fact_props(store: FalkorDBStore) -> list[tuple[Any, ...]]:
    """Every fact relationship with its aggregates, sorted (to compare two loads)."""
    rows = store.run(
        "MATCH (a)-[r]->(b) WHERE r.fact IS NOT NULL RETURN a.id AS a, type(r) AS t, coalesce(b.id, b.key) AS b, "
        "r.count AS n, r.first_date AS f, r.last_date AS l, r.doc_ids AS d, r.confidence AS c, r.modes AS m"
    )
    return sorted(tuple(str(v) for v in r.values()) for r in rows)


def timed_load(store: FalkorDBStore, outdir: Path, batch_size: int) -> tuple[LoadStats, float, float, int]:
    """Load; return the stats, the seconds spent in the triples stage, the peak RSS seen, and the
    number of statements sent during the triples stage."""
    marks: dict[str, float] = {}
    peak = [rss_mb()]
    counting = CountingStore(store)
    statements_before_triples = [0]

    def progress(stage: str, n: int) -> None:
        now = time.perf_counter()
        marks.setdefault(f"{stage}:first", now)
        marks[f"{stage}:last"] = now
        if stage != "triples":
            statements_before_triples[0] = counting.statements
        peak[0] = max(peak[0], rss_mb())

    start = time.perf_counter()
    marks["start"] = start
    stats = load_output(counting, outdir, batch_size=batch_size, progress=progress)
    # the triples stage starts when the entities stage ended
    triples_start = marks.get("entities:last", start)
    triples_seconds = marks.get("triples:last", time.perf_counter()) - triples_start
    return stats, triples_seconds, peak[0], counting.statements - statements_before_triples[0]


def per_row_query(object_label: str, columns: list[str], labels: tuple[str, str], fact: bool, predicate: str) -> str:
    """One statement that writes one claim completely: its article, subject, object, the claim with
    its links, and (for an asserted claim) its fact recomputed from the claims that support it
    (doc ids and modes sorted, as :mod:`graphkit.sinks.facts` defines them)."""
    subject_label, object_label_extra = labels
    if object_label == q.ENTITY:
        merge_object = (
            "MERGE (o:Entity {id: $o[0]}) "
            f"ON CREATE SET o:{object_label_extra}, o.name = $o[1], o.type = $o[2], o.aliases = [], o.roles = []"
        )
    else:
        extra = f"o:{object_label_extra}, " if object_label_extra else ""
        merge_object = f"MERGE (o:Value {{key: $o[0]}}) SET {extra}o.type = $o[1], o.topic = $o[2], o.text = $o[3]"
    sets = ", ".join(f"c.{c} = $row[{i}]" for i, c in enumerate(columns) if c != "id")
    text = f"""
MERGE (a:Article {{doc_id: $row[{columns.index("doc_id")}]}})
MERGE (s:Entity {{id: $s[0]}})
ON CREATE SET s:{subject_label}, s.name = $s[1], s.type = $s[2], s.aliases = [], s.roles = []
{merge_object}
MERGE (c:Claim {{id: $row[0]}})
SET {sets}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:REPORTED_IN]->(a)
"""
    if not fact:
        return text
    key = "id" if object_label == q.ENTITY else "key"
    extra_prop, extra_agg, extra_set, sort_extra = "", "", "", ""
    if predicate in q.FACT_EXTRAS:
        claim_prop, fact_prop = q.FACT_EXTRAS[predicate]
        extra_prop = f", x.{claim_prop} AS extra_value"
        extra_agg = ", collect(DISTINCT extra_value) AS extra"
        extra_set = f", r.{fact_prop} = extra"
        kept = "n, first_date, last_date, doc_ids, confidence"
        sort_extra = f"""UNWIND (CASE WHEN size(extra) = 0 THEN [null] ELSE extra END) AS m
WITH {kept}, m ORDER BY m
WITH {kept}, collect(m) AS extra
"""
    return (
        text
        + f"""WITH count(c) AS written
MATCH (x:Claim {{fact: $fact[0]}})
WITH x.date AS date, x.doc_id AS doc_id, x.confidence AS confidence{extra_prop}
ORDER BY doc_id
WITH count(*) AS n, min(date) AS first_date, max(date) AS last_date, collect(DISTINCT doc_id) AS doc_ids,
     max(confidence) AS confidence{extra_agg}
{sort_extra}MATCH (fs:Entity {{id: $fact[1]}})
MATCH (fo:{object_label} {{{key}: $fact[2]}})
MERGE (fs)-[r:{q.rel_type(predicate)}]->(fo)
SET r.fact = $fact[0], r.count = n, r.first_date = first_date, r.last_date = last_date,
    r.doc_ids = doc_ids, r.confidence = confidence{extra_set}
"""
    )


def per_row_load(store: FalkorDBStore, outdir: Path, workdir: Path) -> tuple[float, int]:
    """Load the triples of ``outdir`` with one statement per claim (articles and entities are loaded
    first, batched and untimed); return the seconds and the number of statements for the triples."""
    nodes = workdir / "nodes"
    nodes.mkdir(parents=True, exist_ok=True)
    for name in ("documents.jsonl", "entities.jsonl"):
        (nodes / name).write_bytes((outdir / name).read_bytes())
    load_output(store, nodes)
    statements = 0
    start = time.perf_counter()
    for claim in _read_claims(outdir / "triples.jsonl"):
        if len(claim.refs) != (1 if claim.value else 2):
            raise SystemExit("the per-row baseline writes no reporters or addressees")
        row = claim.row
        columns = [*q.CLAIM_COLUMNS, *claim.extras]
        predicate = row[q.CLAIM_COLUMNS.index("predicate")]
        subject = claim.refs[0]
        if claim.value:
            object_label, obj = q.VALUE, list(claim.value)
            labels = (q.entity_label(subject[2]), q.value_label(claim.value[1]))
        else:
            object_label, obj = q.ENTITY, list(claim.refs[1])
            labels = (q.entity_label(subject[2]), q.entity_label(obj[2]))
        query = per_row_query(object_label, columns, labels, claim.fact is not None, predicate)
        params = {"row": row, "s": list(subject), "o": obj}
        if claim.fact:
            params["fact"] = list(claim.fact)
        store.write(query, params)
        statements += 1
    return time.perf_counter() - start, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=2_000, help="Claims loaded one query per row.")
    parser.add_argument("--batch-size", type=int, default=None, help="Default: the pipeline config's.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        root = Path(tmp)
        server = start_local(root / "falkordb", persistent=False)
        try:
            sizes = sorted({args.claims // 4, args.claims // 2, args.claims})
            print(
                f"FalkorDB {server.uri}; {args.claims:,} claims over {args.entities:,} entities; "
                f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"
            )
            rows = []
            for n in sizes:
                outdir = write_output(root / f"out-{n}", n, args.entities)
                gc.collect()
                store = FalkorDBStore(f"{server.uri}/bench_{n}")
                before = rss_mb()
                stats, seconds, peak, statements = timed_load(store, outdir, args.batch_size or _default_batch())
                counts = graph_counts(store)
                store.delete_graph()
                store.close()
                rows.append((n, stats, seconds, before, peak, counts))
                print(
                    f"  batched   {n:>7,} claims: {stats.seconds:6.1f}s total, triples {seconds:6.1f}s "
                    f"= {n / seconds:8,.0f} claims/s; RSS before {before:6.1f} MiB, peak during load {peak:6.1f} MiB; "
                    f"claims {counts.get(':Claim', 0):,}, MET facts {counts.get('[:MET]', 0):,}; "
                    f"{statements:,} statements for the triples"
                )
            full = rows[-1]
            batched_rate = full[0] / full[2]

            sample_dir = write_output(root / "sample", args.sample, args.entities, seed=11)
            store = FalkorDBStore(f"{server.uri}/bench_rows")
            store.ensure_schema()
            seconds, statements = per_row_load(store, sample_dir, root / "per-row")
            check = FalkorDBStore(f"{server.uri}/bench_check")
            load_output(check, sample_dir)
            if fact_props(store) != fact_props(check) or graph_counts(store) != graph_counts(check):
                raise SystemExit("the per-row baseline wrote a different graph than the loader")
            for s in (store, check):
                s.delete_graph()
                s.close()
            row_rate = args.sample / seconds
            print(
                f"  per row   {args.sample:>7,} claims: triples {seconds:6.1f}s = {row_rate:8,.0f} claims/s "
                f"({statements:,} statements for the triples = {statements / args.sample:.1f} round trips per claim); "
                f"extrapolated to {args.claims:,}: {args.claims / row_rate:,.0f}s"
            )
            print(f"batched: {batched_rate:,.0f} claims/s (target >= 20,000)")
            print(f"ratio batched / per-row: {batched_rate / row_rate:,.1f}x (target >= 50x)")
            print("RSS while loading: " + ", ".join(f"{n // 1000}k: {peak:.1f} MiB" for n, _, _, _, peak, _ in rows))
            maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"peak RSS of this process (ru_maxrss): {maxrss:.1f} MiB")
            print(f"load average at the end: {os.getloadavg()[0]:.2f}")
        finally:
            server.stop()


def _default_batch() -> int:
    from graphkit.config import StoreConfig

    return StoreConfig().batch_size


if __name__ == "__main__":
    main()
