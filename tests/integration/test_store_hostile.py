"""Hostile strings must round-trip intact through every store: values are parameters, never query text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from graphkit.errors import StoreError
from graphkit.models import Document, Entity, EntityRef, MentionRef, ValueRef, parse_triple
from graphkit.sinks.loader import graph_counts, load_output, read_documents, read_graph, remove_document
from graphkit.sinks.store import FalkorDBStore, GraphStore, open_store
from tests.integration.conftest import neo4j_target

pytestmark = pytest.mark.integration

HOSTILE = [
    "O'Brien",
    'Tổng thống "Putin"',
    "back\\slash",
    "trailing backslash \\",
    "\\'escaped quote\\'",
    '\\"escaped double\\"',
    "`backtick` ``double``",
    "{braces} {{double}} }{",
    "}) DETACH DELETE n //",
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "'; MATCH (n) DETACH DELETE n; //",
    "MATCH (n) RETURN n UNION CREATE (x) MERGE SET REMOVE",
    "CYPHER rows=1 RETURN 1",
    "$rows $name {id: $id}",
    "/* comment */ -- not sql",
    "tab\there\nnewline\r\nwindows",
    "Hà Nội ≠ Hạ Long — Đà Nẵng",
    unicodedata.normalize("NFD", "Nguyễn Phú Trọng (NFD)"),
    "emoji 🇻🇳🕊️ zero\u200bwidth\u200djoiner",
    "مرحبا עברית 中文 日本語 한국어",
    "%s %d {0} ${x} #{y}",
    " leading and trailing spaces ",
    "",
]


def hostile_output(tmp_path: Path) -> tuple[Path, list[Entity], list]:
    """An output directory whose every string field carries hostile text."""
    text = " ".join(s.replace("\n", " ") for s in HOSTILE if s)
    docs = [
        Document(
            doc_id=f"doc {h}",
            title=h,
            source=HOSTILE[(i + 1) % len(HOSTILE)],
            url=f"https://example.com/{i}?q={h}",
            date="2024-03-0" + str(1 + i % 9),
            text=text,
        )
        for i, h in enumerate(HOSTILE[:10])
    ]
    people = [
        Entity(
            id=f"e:{h}:{i}",
            name=h,
            type="PERSON",
            aliases=[h, HOSTILE[(i + 3) % len(HOSTILE)]],
            kb_id=h or None,
            roles=[HOSTILE[(i + 5) % len(HOSTILE)]],
            speaks_for=HOSTILE[(i + 7) % len(HOSTILE)] or None,
            mentions=[MentionRef(doc_id=docs[i % len(docs)].doc_id, start=i, end=i + 3, text=h)],
        )
        for i, h in enumerate(HOSTILE)
    ]
    country = Entity(id="e:country'\\", name="Nga 'x' \\ \"y\"", type="COUNTRY")
    triples = []
    for i, h in enumerate(HOSTILE):
        a, b = people[i], people[(i + 1) % len(people)]
        doc = docs[i % len(docs)]
        triples.append(
            parse_triple(
                {
                    "subject": EntityRef(id=a.id, name=a.name, type=a.type).model_dump(mode="json"),
                    "predicate": "MET",
                    "object": EntityRef(id=b.id, name=b.name, type=b.type).model_dump(mode="json"),
                    "doc_id": doc.doc_id,
                    "evidence": {"sentence": h, "start": i, "end": i + len(h)},
                    "date": "2024-03-01",
                    "confidence": 0.5,
                    "extractor": f"rules {h}",
                    "mode": "video",
                }
            )
        )
        triples.append(
            parse_triple(
                {
                    "subject": EntityRef(id=country.id, name=country.name, type="COUNTRY").model_dump(mode="json"),
                    "predicate": "DEMANDED",
                    "object": ValueRef(text=h, type="DEMAND", topic="other").model_dump(mode="json"),
                    "doc_id": doc.doc_id,
                    "evidence": {"sentence": f"Nga yêu cầu {h}", "start": 100 + i, "end": 200 + i},
                    "confidence": 0.7,
                    "extractor": "rules",
                    "addressee": EntityRef(id=a.id, name=a.name, type="PERSON").model_dump(mode="json"),
                }
            )
        )
    out = tmp_path / "hostile"
    out.mkdir()
    (out / "documents.jsonl").write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
    entities = [*people, country]
    (out / "entities.jsonl").write_text("".join(e.model_dump_json() + "\n" for e in entities), encoding="utf-8")
    (out / "triples.jsonl").write_text("".join(t.model_dump_json() + "\n" for t in triples), encoding="utf-8")
    return out, entities, triples


def check_round_trip(store: GraphStore, tmp_path: Path) -> None:
    out, entities, triples = hostile_output(tmp_path)
    load_output(store, out, batch_size=7)
    counts = graph_counts(store)
    assert counts[":Entity"] == len(entities)
    assert counts[":Claim"] == len(triples)
    assert counts[":Article"] == 10
    got_entities, got_triples = read_graph(store)
    assert {e.id: e for e in got_entities} == {e.id: e for e in entities}
    assert sorted(got_triples, key=lambda t: t.id) == sorted(triples, key=lambda t: t.id)
    docs = {d.doc_id: d for d in read_documents(store)}
    for h in HOSTILE[:10]:
        assert docs[f"doc {h}"].title == h
    for i, h in enumerate(HOSTILE):
        rows = store.run("MATCH (e:Entity {name: $name}) RETURN e.id AS id, e.aliases AS aliases", {"name": h})
        assert rows == [{"id": f"e:{h}:{i}", "aliases": [h, HOSTILE[(i + 3) % len(HOSTILE)]]}]
        rows = store.run("MATCH (c:Claim {sentence: $s}) RETURN c.extractor AS x", {"s": h})
        assert rows == [{"x": f"rules {h}"}]
    # loading again changes nothing; removing a hostile doc id works
    load_output(store, out, batch_size=7)
    assert graph_counts(store) == counts
    removed = remove_document(store, f"doc {HOSTILE[8]}")
    assert removed.article == 1 and removed.claims > 0
    assert graph_counts(store)[":Claim"] == len(triples) - removed.claims


TARGETS = ["falkordb-native"] + (["neo4j"] if neo4j_target() else [])
"""Always FalkorDB through its native client; Neo4j too when NEO4J_URI is set."""


@pytest.mark.parametrize("target", TARGETS)
def test_store_hostile_strings_round_trip(target: str, falkordb_store: FalkorDBStore, tmp_path: Path) -> None:
    if target == "falkordb-native":
        check_round_trip(falkordb_store, tmp_path)
        return
    neo = neo4j_target()
    assert neo is not None
    store = open_store(neo.uri, user=neo.user, password=neo.password, database=neo.database)
    try:
        store.run("MATCH (n) DETACH DELETE n")
        check_round_trip(store, tmp_path)
    finally:
        store.run("MATCH (n) DETACH DELETE n")
        store.close()


@pytest.mark.parametrize("bad_id", [" Putin", "Putin ", "", "\tPutin\n"])
def test_store_falkordb_refuses_keys_its_index_cannot_match(
    falkordb_store: FalkorDBStore, tmp_path: Path, bad_id: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    entity = Entity(id=bad_id, name="Vladimir Putin", type="PERSON")
    (out / "entities.jsonl").write_text(entity.model_dump_json() + "\n", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be a FalkorDB key"):
        load_output(falkordb_store, out)
    assert graph_counts(falkordb_store) == {}


CONTROL = [
    "\x01 start of heading",
    "bell \x07 and unit \x1f",
    "del \x7f",
    "\b\f\r\n\t",
    "a\\u0041 not an escape",
    "\u2028\u2029",
]
"""Control characters and escape look-alikes, on top of :data:`HOSTILE`."""


def test_store_falkordb_list_parameters_round_trip(falkordb_store: FalkorDBStore) -> None:
    from graphkit.sinks.store import _json_list

    encoded_as_json = 0
    for text in [*HOSTILE, *CONTROL]:
        rows = [[text, 0.25, None, True, 2**62, -1.5e20, [text, [text, ""]]], [f"{{{text}", text]]
        encoded_as_json += _json_list(rows) is not None
        assert falkordb_store.run("RETURN $rows AS rows", {"rows": rows}) == [{"rows": rows}]
        assert falkordb_store.run("RETURN $t AS t", {"t": text}) == [{"t": text}]
    assert encoded_as_json > len(HOSTILE) // 2  # most lists take the fast encoder, the rest the item-wise one
    for bad in (float("nan"), float("inf")):
        with pytest.raises(StoreError, match="cannot send the float"):
            falkordb_store.run("RETURN $rows AS rows", {"rows": [["x", bad]]})
