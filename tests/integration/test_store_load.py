"""Loading output directories into a real graph store: idempotence, increments, removal, read-back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graphkit.errors import InputError, StoreError
from graphkit.sinks.loader import graph_counts, load_output, read_documents, read_graph, remove_document
from graphkit.sinks.store import GraphStore
from tests.integration.corpus import meetings_corpus, news_corpus

pytestmark = pytest.mark.integration

ALL = ["vnx-001", "tt-002", "vnx-003"]


def met_fact(store: GraphStore, a: str = "Vladimir Putin", b: str = "Tập Cận Bình") -> dict[str, Any] | None:
    rows = store.run(
        "MATCH (a:Entity {name: $a})-[r:MET]-(b:Entity {name: $b}) "
        "RETURN r.count AS count, r.first_date AS first_date, r.last_date AS last_date, r.doc_ids AS doc_ids, "
        "r.modes AS modes, r.confidence AS confidence",
        {"a": a, "b": b},
    )
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def fact_props(store: GraphStore) -> list[tuple[Any, ...]]:
    rows = store.run(
        "MATCH (a)-[r]->(b) WHERE r.fact IS NOT NULL "
        "RETURN a.id AS a, type(r) AS t, coalesce(b.id, b.key) AS b, r.count AS n, r.first_date AS f, "
        "r.last_date AS l, r.doc_ids AS d"
    )
    return sorted((r["a"], r["t"], r["b"], r["n"], r["f"], r["l"], tuple(r["d"])) for r in rows)


def test_store_load_writes_the_graph_model(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    stats = load_output(store, out, batch_size=2)
    assert (stats.documents, stats.entities, stats.claims) == (3, 10, 9)
    counts = graph_counts(store)
    assert counts[":Article"] == 3
    assert counts[":Entity"] == 10
    assert counts[":Person"] == 4
    assert counts[":Country"] == 3
    assert counts[":Organization"] == 1
    assert counts[":Location"] == 2
    assert counts[":Claim"] == 9
    assert counts[":Demand"] == 2 and counts[":Value"] == 2
    # one MET fact for the pair (symmetric), the negated Putin–Zelensky meeting is a claim only
    assert counts["[:MET]"] == 1
    assert counts["[:DEMANDED]"] == 2
    assert counts["[:SUBJECT]"] == counts["[:OBJECT]"] == counts["[:REPORTED_IN]"] == 9
    assert counts["[:REPORTED_BY]"] == 1
    assert counts["[:ADDRESSEE]"] == 2
    met = met_fact(store)
    assert met is not None
    assert met["count"] == 3
    assert (met["first_date"], met["last_date"]) == ("2024-05-16", "2024-07-03")
    assert sorted(met["doc_ids"]) == sorted(ALL)
    assert sorted(met["modes"]) == ["in_person", "phone"]
    assert met_fact(store, "Vladimir Putin", "Volodymyr Zelensky") is None
    negated = store.run("MATCH (c:Claim {status: 'negated'})-[:REPORTED_BY]->(p:Entity) RETURN p.name AS who")
    assert negated == [{"who": "Dmitry Peskov"}]
    mentions = store.run(
        "MATCH (:Article {doc_id: 'vnx-001'})-[m:MENTIONS]->(e:Entity {name: 'Trung Quốc'}) RETURN m.count AS n"
    )
    assert mentions == [{"n": 2}]
    demand = store.run(
        "MATCH (:Entity {name: 'Ukraine'})-[r:DEMANDED]->(d:Demand) RETURN d.topic AS topic, r.count AS n, "
        "r.first_date AS f, r.last_date AS l"
    )
    assert demand == [{"topic": "troop_withdrawal", "n": 2, "f": "2024-06-20", "l": "2024-07-03"}]


def test_store_load_twice_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    load_output(store, out, batch_size=3)
    counts, facts = graph_counts(store), fact_props(store)
    load_output(store, out, batch_size=3)
    assert graph_counts(store) == counts
    assert fact_props(store) == facts
    load_output(store, out, batch_size=1000)
    assert graph_counts(store) == counts
    assert fact_props(store) == facts


def test_store_incremental_load_updates_counts_and_dates(store: GraphStore, tmp_path: Path) -> None:
    corpus = news_corpus()
    load_output(store, corpus.write(tmp_path / "first", ["vnx-001", "tt-002"]), batch_size=2)
    met = met_fact(store)
    assert met is not None
    assert (met["count"], met["first_date"], met["last_date"]) == (2, "2024-05-16", "2024-06-20")
    load_output(store, corpus.write(tmp_path / "third", ["vnx-003"]), batch_size=2)
    met = met_fact(store)
    assert met is not None
    assert (met["count"], met["first_date"], met["last_date"]) == (3, "2024-05-16", "2024-07-03")
    assert sorted(met["doc_ids"]) == sorted(ALL)
    # the same as loading everything at once into an empty graph
    incremental = (graph_counts(store), fact_props(store))
    remove_all(store)
    load_output(store, corpus.write(tmp_path / "all"), batch_size=2)
    assert (graph_counts(store), fact_props(store)) == incremental


def remove_all(store: GraphStore) -> None:
    store.run("MATCH (n) DETACH DELETE n")


def test_store_remove_doc_recomputes_facts_and_drops_orphans(store: GraphStore, tmp_path: Path) -> None:
    corpus = news_corpus()
    load_output(store, corpus.write(tmp_path / "all"), batch_size=4)
    removed = remove_document(store, "vnx-003")
    assert (removed.article, removed.claims) == (1, 3)
    met = met_fact(store)
    assert met is not None
    assert (met["count"], met["first_date"], met["last_date"]) == (2, "2024-05-16", "2024-06-20")
    names = {r["name"] for r in store.run("MATCH (e:Entity) RETURN e.name AS name")}
    assert "Astana" not in names  # mentioned only in vnx-003
    assert {"Volodymyr Zelensky", "Nga", "Ukraine"} <= names  # still supported by tt-002
    assert store.run("MATCH ()-[r:ACCUSED]->() RETURN count(r) AS n") == [{"n": 0}]

    removed = remove_document(store, "vnx-001")
    assert removed.facts_deleted == 2  # VISITED and the NATO demand; MET only shrinks
    met = met_fact(store)
    assert met is not None
    assert (met["count"], met["first_date"], met["last_date"], met["doc_ids"]) == (
        1,
        "2024-06-20",
        "2024-06-20",
        ["tt-002"],
    )
    names = {r["name"] for r in store.run("MATCH (e:Entity) RETURN e.name AS name")}
    assert not {"Trung Quốc", "Bắc Kinh", "NATO"} & names
    assert {r["topic"] for r in store.run("MATCH (d:Demand) RETURN d.topic AS topic")} == {"troop_withdrawal"}
    # equal to a clean load of what is left
    left = (graph_counts(store), fact_props(store))
    remove_all(store)
    load_output(store, corpus.write(tmp_path / "left", ["tt-002"]), batch_size=4)
    assert (graph_counts(store), fact_props(store)) == left

    remove_document(store, "tt-002")
    assert graph_counts(store) == {}
    with pytest.raises(StoreError, match="no article"):
        remove_document(store, "tt-002")


def test_store_read_graph_round_trips(store: GraphStore, tmp_path: Path) -> None:
    corpus = news_corpus()
    out = corpus.write(tmp_path / "out")
    load_output(store, out, batch_size=5)
    entities, triples = read_graph(store)
    expected = sorted(corpus.triples, key=lambda t: t.id)
    assert sorted(triples, key=lambda t: t.id) == expected
    assert {type(t).__name__ for t in triples} == {"Met", "ContentTriple", "ActorTriple"}
    want = {
        e.id: e.model_copy(update={"mentions": sorted(e.mentions, key=lambda m: (m.doc_id, m.start, m.end))})
        for e in corpus.entities_with_mentions(set(ALL))
    }
    assert {e.id: e for e in entities} == want
    docs = read_documents(store)
    assert [d.doc_id for d in docs] == sorted(ALL)
    first = next(d for d in docs if d.doc_id == "vnx-001")
    assert (first.title, first.source, str(first.date)) == (
        "Tổng thống Nga Vladimir Putin thăm Trung Quốc",
        "VnExpress",
        "2024-05-16",
    )


def test_store_load_rejects_bad_input(store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_output(store, tmp_path / "missing")
    out = news_corpus().write(tmp_path / "out")
    with (out / "triples.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"predicate": "MET"}\n')
    with pytest.raises(InputError, match=r"triples\.jsonl:10"):
        load_output(store, out)
    lines = (out / "triples.jsonl").read_bytes().splitlines()
    (out / "triples.jsonl").write_bytes(b"\n".join([*lines[:2], lines[2].replace(b'"', b'"\xff', 1)]) + b"\n")
    with pytest.raises(InputError, match=r"triples\.jsonl:3"):  # not UTF-8
        load_output(store, out)


def test_store_load_into_opens_loads_and_closes(falkordb_uri: str, tmp_path: Path) -> None:
    from graphkit.sinks import load_into
    from graphkit.sinks.store import FalkorDBStore

    out = news_corpus().write(tmp_path / "out")
    summary = load_into(f"{falkordb_uri}/load_into", out, quiet=True)
    assert summary.stats.claims == 9
    assert str(summary).endswith("(3 articles, 10 entities, 9 claims)")
    store = FalkorDBStore(f"{falkordb_uri}/load_into")
    try:
        assert graph_counts(store)[":Claim"] == 9
    finally:
        store.delete_graph()
        store.close()


def test_store_entity_type_change_swaps_the_label(store: GraphStore, tmp_path: Path) -> None:
    from graphkit.models import Entity

    out = tmp_path / "out"
    out.mkdir()
    for etype in ("ORGANIZATION", "COUNTRY"):
        entity = Entity(id="e:kremlin", name="Điện Kremlin", type=etype, aliases=["Kremlin"])
        (out / "entities.jsonl").write_text(entity.model_dump_json() + "\n", encoding="utf-8")
        load_output(store, out)
    rows = store.run("MATCH (e:Entity {id: 'e:kremlin'}) RETURN labels(e) AS labels, e.type AS type")
    assert len(rows) == 1
    assert sorted(rows[0]["labels"]) == ["Country", "Entity"]
    assert rows[0]["type"] == "COUNTRY"


def test_store_load_triples_alone_creates_their_entities_and_values(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    (out / "entities.jsonl").unlink()
    load_output(store, out, batch_size=4)
    counts = graph_counts(store)
    assert counts[":Claim"] == 9
    assert counts[":Demand"] == counts[":Value"] == 2
    rows = store.run("MATCH (e:Person {name: 'Vladimir Putin'}) RETURN e.type AS type, e.aliases AS aliases")
    assert rows == [{"type": "PERSON", "aliases": []}]
    facts = fact_props(store)
    load_output(store, out, batch_size=3)
    assert (graph_counts(store), fact_props(store)) == (counts, facts)


def test_store_reload_updates_changed_claims_and_merges_repeated_lines(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    load_output(store, out, batch_size=4)
    counts = graph_counts(store)
    met = met_fact(store)
    assert met is not None and met["confidence"] < 0.99
    records = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    target = next(r for r in records if r["predicate"] == "MET" and r["status"] == "asserted")
    target["confidence"] = 0.99
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    # the changed claim twice in the first batch, then every line again in a second batch
    (out / "triples.jsonl").write_text("\n".join([lines[records.index(target)], *lines, *lines]) + "\n", "utf-8")
    for fresh in (False, True):  # stored claims are updated; new claims are created once
        if fresh:
            remove_all(store)
        load_output(store, out, batch_size=len(lines) + 1)
        assert graph_counts(store) == counts
        rows = store.run("MATCH (c:Claim {id: $id}) RETURN c.confidence AS confidence", {"id": target["id"]})
        assert rows == [{"confidence": 0.99}]
        met = met_fact(store)
        assert met is not None
        assert (met["count"], met["confidence"]) == (3, 0.99)


def test_store_load_writes_the_batches_before_a_bad_line(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(6, '{"predicate": "MET"}')
    (out / "triples.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"triples\.jsonl:7"):
        load_output(store, out, batch_size=3)
    assert graph_counts(store)[":Claim"] == 6


def loaded_then_emptied(
    store: GraphStore, tmp_path: Path, facts: Callable[[GraphStore], Any]
) -> tuple[Path, tuple[Any, Any]]:
    """The news corpus written and loaded once, the graph's counts and ``facts`` taken, and
    the graph emptied again."""
    out = news_corpus().write(tmp_path / "out")
    load_output(store, out, batch_size=4)
    expected = (graph_counts(store), facts(store))
    remove_all(store)
    return out, expected


def misplace_node_ids(monkeypatch: pytest.MonkeyPatch, remap: Callable[[dict[Any, Any]], None]) -> None:
    """After the loader resolves node ids for a batch, ``remap`` moves some of them to other
    nodes (stale ids, as after a retried statement)."""
    from graphkit.sinks import loader

    resolve = loader._NodeIds.resolve

    def misplaced(self: Any, writer: Any, kind: str, query: str, rows: list[Any]) -> None:
        resolve(self, writer, kind, query, rows)
        remap(self.kinds[kind])

    monkeypatch.setattr(loader._NodeIds, "resolve", misplaced)


def test_store_load_with_stale_node_ids_writes_the_same_graph(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphkit.sinks import loader

    out, expected = loaded_then_emptied(store, tmp_path, fact_props)

    def rotate(ids: dict[Any, Any]) -> None:
        keys = list(ids)
        nodes = [ids[key] for key in keys]
        ids.update(zip(keys, nodes[1:] + nodes[:1], strict=True))  # each key points at another key's node

    keyed: list[str] = []
    upsert_claims = loader.q.upsert_claims

    def spy(*args: Any) -> str:
        keyed.append(args[0])
        return upsert_claims(*args)

    misplace_node_ids(monkeypatch, rotate)
    monkeypatch.setattr(loader.q, "upsert_claims", spy)
    stats = load_output(store, out, batch_size=4)
    assert stats.claims == 9
    assert keyed  # the stale ids sent batches down the keyed path
    assert (graph_counts(store), fact_props(store)) == expected


def all_fact_properties(store: GraphStore) -> list[tuple[Any, ...]]:
    """Every fact relationship with every property it has."""
    rows = store.run(
        "MATCH (a)-[r]->(b) WHERE r.fact IS NOT NULL "
        "RETURN a.id AS a, type(r) AS t, coalesce(b.id, b.key) AS b, properties(r) AS p"
    )
    return sorted((r["a"], r["t"], r["b"], sorted(r["p"].items())) for r in rows)


def recompute_all_facts(store: GraphStore) -> None:
    """Compute every fact from all its claims (the path taken for removed or changed claims)."""
    from graphkit.sinks import loader
    from graphkit.sinks.cypher import ENTITY, VALUE

    rows = store.run(
        "MATCH (a)-[r]->(b) WHERE r.fact IS NOT NULL "
        "RETURN type(r) AS t, r.fact AS key, a.id AS s, coalesce(b.id, b.key) AS o, b.key IS NULL AS entity"
    )
    facts: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    for r in rows:
        facts.setdefault((r["t"], ENTITY if r["entity"] else VALUE), {})[r["key"]] = (r["s"], r["o"])
    assert loader._recompute(store, facts) == len(rows)


def test_store_incremental_loads_equal_a_load_from_scratch(store: GraphStore, tmp_path: Path) -> None:
    corpus = meetings_corpus()
    docs = [d.doc_id for d in corpus.documents]
    increments = [docs[:3], docs[2:7], docs[:1], docs[5:10], docs[9:], docs[4:6] + docs[10:], docs]
    for i, chosen in enumerate(increments):
        load_output(store, corpus.write(tmp_path / f"part-{i}", chosen), batch_size=1 + i % 4)
    incremental = (graph_counts(store), all_fact_properties(store))
    met = [f for f in incremental[1] if f[1] == "MET"]
    assert met and max(dict(f[3])["count"] for f in met) >= 3  # facts gathered claims from several loads
    assert any(dict(f[3]).get("first_date") is None for f in incremental[1])  # only undated claims
    assert any(len(dict(f[3])["modes"]) > 1 for f in met)
    recompute_all_facts(store)
    assert (graph_counts(store), all_fact_properties(store)) == incremental
    remove_all(store)
    load_output(store, corpus.write(tmp_path / "all"), batch_size=1000)
    assert (graph_counts(store), all_fact_properties(store)) == incremental
    remove_all(store)
    load_output(store, corpus.write(tmp_path / "all"), batch_size=2)
    assert (graph_counts(store), all_fact_properties(store)) == incremental


class WritesTwice:
    """A store that runs writes whose text holds ``marker`` twice and answers with the second run, as
    a write retried after its reply was lost would."""

    def __init__(self, store: GraphStore, marker: str) -> None:
        self.store = store
        self.marker = marker
        self.dialect = store.dialect
        self.description = store.description

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.run(query, params)

    def write(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if self.marker in query:
            self.store.write(query, params)
        return self.store.write(query, params)

    def ensure_schema(self) -> None:
        self.store.ensure_schema()

    def close(self) -> None:
        self.store.close()


@pytest.mark.parametrize("marker", ["", "$guard", "UNWIND $facts", "MERGE"])
def test_store_writes_applied_twice_change_nothing(store: GraphStore, tmp_path: Path, marker: str) -> None:
    corpus = meetings_corpus()
    docs = [d.doc_id for d in corpus.documents]
    parts = [corpus.write(tmp_path / "first", docs[:6]), corpus.write(tmp_path / "rest", docs[4:])]
    for part in parts:
        load_output(store, part, batch_size=3)
    expected = (graph_counts(store), all_fact_properties(store))
    remove_all(store)
    for part in parts:
        load_output(WritesTwice(store, marker), part, batch_size=3)  # type: ignore[arg-type]
    assert (graph_counts(store), all_fact_properties(store)) == expected


def test_store_load_refuses_numbers_that_are_not_finite(store: GraphStore, tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    line = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()[0]
    for bad in ("NaN", "Infinity"):
        (out / "triples.jsonl").write_text(line[:-1] + f', "goldstein": {bad}}}\n', encoding="utf-8")
        with pytest.raises(InputError, match=r"triples\.jsonl:1"):
            load_output(store, out)


def test_store_first_load_creates_claims_without_lookups_and_later_loads_check(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphkit.sinks import loader

    used: list[str] = []
    create_new_claims = loader.q.create_new_claims

    def spy(*args: Any) -> str:
        used.append(args[0])
        return create_new_claims(*args)

    monkeypatch.setattr(loader.q, "create_new_claims", spy)
    out = news_corpus().write(tmp_path / "out")
    load_output(store, out, batch_size=4)
    assert used  # a graph without claims and facts: no claim looked up
    counts, facts = graph_counts(store), all_fact_properties(store)
    used.clear()
    load_output(store, out, batch_size=4)
    assert not used  # claims are stored now: every one is looked up
    assert (graph_counts(store), all_fact_properties(store)) == (counts, facts)


def test_store_graph_with_facts_but_no_claims_is_not_taken_for_empty(store: GraphStore, tmp_path: Path) -> None:
    from graphkit.sinks import loader

    assert not loader._holds_claims_or_facts(store)
    out = news_corpus().write(tmp_path / "out")
    load_output(store, out, batch_size=4)
    counts = graph_counts(store)
    assert loader._holds_claims_or_facts(store)
    store.run("MATCH (c:Claim) DETACH DELETE c")
    assert loader._holds_claims_or_facts(store)  # the facts are still there
    load_output(store, out, batch_size=4)
    # the facts were found and updated, not created a second time
    assert graph_counts(store) == counts


def test_store_first_load_with_stale_node_ids_and_writes_applied_twice(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, expected = loaded_then_emptied(store, tmp_path, all_fact_properties)

    def second_to_first(ids: dict[Any, Any]) -> None:
        keys = list(ids)
        if len(keys) > 1:  # the first key keeps its node; the second points at the first's
            ids[keys[1]] = ids[keys[0]]

    misplace_node_ids(monkeypatch, second_to_first)
    # a retried statement whose first row is valid writes nothing; one whose first row is stale
    # writes its other rows again, and the loader removes the claims written twice
    load_output(WritesTwice(store, "$guard"), out, batch_size=4)  # type: ignore[arg-type]
    assert (graph_counts(store), all_fact_properties(store)) == expected
