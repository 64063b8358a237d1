"""The Cypher module, saved queries and loader helpers, without a server."""

from __future__ import annotations

import re

import pytest

from graphkit.errors import ConfigError, StoreError
from graphkit.models import parse_triple
from graphkit.ontology import ONTOLOGY
from graphkit.sinks import cypher as q
from graphkit.sinks.loader import _Pipeline, claim_row, fact_of, value_key
from graphkit.sinks.saved_queries import get_saved, parse_param, saved_queries

PUTIN = {"id": "kb:Q7747", "name": "Vladimir Putin", "type": "PERSON"}
TAP = {"id": "kb:Q15031", "name": "Tập Cận Bình", "type": "PERSON"}


def met(subject: dict, obj: dict, status: str = "asserted", **extra: object):
    return parse_triple(
        {
            "subject": subject,
            "predicate": "MET",
            "object": obj,
            "doc_id": "vnx-001",
            "evidence": {"sentence": "Putin hội đàm với Tập Cận Bình.", "start": 0, "end": 31},
            "date": "2024-05-16",
            "confidence": 0.9,
            "extractor": "test",
            "status": status,
            **extra,
        }
    )


@pytest.mark.parametrize("bad", ["Person) DETACH DELETE n //", "Person`", "", "1abc", "Per son", "Người"])
def test_store_safe_name_rejects_anything_but_identifiers(bad: str) -> None:
    with pytest.raises(StoreError):
        q.safe_name(bad)


def test_store_labels_and_types_come_from_the_ontology() -> None:
    assert q.entity_label("COUNTRY") == "Country"
    assert set(q.entity_labels()) == {d.label for d in ONTOLOGY.entity_types.values()}
    assert q.rel_type("DEMANDED") == "DEMANDED"
    with pytest.raises(StoreError):
        q.entity_label("Person) DETACH DELETE n //")
    with pytest.raises(StoreError):
        q.rel_type("MET]->() DETACH DELETE n //")
    assert q.value_label("DEMAND") == "Demand"
    assert q.value_label("no such type") is None
    assert "REMOVE e:Organization:Country:Location:Event:Misc" in q.upsert_entities("Person")


def test_store_write_queries_take_values_only_as_parameters() -> None:
    queries = [
        q.UPSERT_ARTICLES,
        q.UPSERT_MENTIONS,
        q.upsert_entities("Person"),
        q.upsert_entities("Person", q.Dialect.neo4j),
        q.ensure_entities("Country"),
        q.upsert_values("Demand"),
        q.upsert_values(None),
        q.upsert_values("Demand", q.Dialect.neo4j),
        q.ensure_entities("Person", q.Dialect.neo4j),
        q.upsert_claims(q.ENTITY, q.CLAIM_COLUMNS),
        q.ensure_articles(),
        q.read_facts_by_node("MET"),
        q.read_facts_by_node("DEMANDED", q.Dialect.neo4j),
        q.write_facts_by_node("MET", q.ENTITY),
        q.create_facts_by_node("MET", q.ENTITY),
        q.create_facts_by_node("DEMANDED", q.VALUE, q.Dialect.neo4j),
        q.write_facts_by_node("DEMANDED", q.VALUE, q.Dialect.neo4j),
        q.create_claims(q.VALUE, [*q.CLAIM_COLUMNS, "mode"], q.Dialect.neo4j),
        q.create_claims(q.ENTITY, q.CLAIM_COLUMNS),
        q.create_claims(q.VALUE, [*q.CLAIM_COLUMNS, "mode"]),
        q.upsert_claims(q.VALUE, [*q.CLAIM_COLUMNS, "mode"]),
        q.link_claims("ADDRESSEE"),
        q.fact_claims("MET"),
        q.fact_claims("DEMANDED"),
        q.write_facts("MET", q.ENTITY),
        q.write_facts("DEMANDED", q.VALUE),
        q.delete_empty_facts("MET"),
    ]
    for text in queries:
        assert "UNWIND $" in text
        assert not re.search(r"'[^']*'|\"[^\"]*\"", text), text  # no literal strings at all
    with pytest.raises(StoreError):
        q.link_claims("DETACH DELETE")
    with pytest.raises(StoreError):
        q.upsert_claims(q.ENTITY, [*q.CLAIM_COLUMNS, "mode = 1 DETACH DELETE c //"])
    with pytest.raises(StoreError):
        q.upsert_claims(q.ENTITY, ["id"])
    with pytest.raises(StoreError):
        q.create_claims(q.ENTITY, [*q.CLAIM_COLUMNS, "mode: 1}) DETACH DELETE c //"])
    with pytest.raises(StoreError):
        q.create_claims(q.ENTITY, ["id"])


def test_store_schema_statements_per_dialect() -> None:
    neo = q.schema_statements(q.Dialect.neo4j)
    assert "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE" in neo
    assert all("IF NOT EXISTS" in s for s in neo)
    falkor = q.schema_statements(q.Dialect.falkordb)
    assert "CREATE INDEX FOR (n:Entity) ON (n.id)" in falkor
    assert not any("name" in s for s in falkor)  # free text is not indexed on FalkorDB
    assert len(neo) == len(q.SCHEMA)


@pytest.mark.parametrize(("value", "problem"), [("e:1", None), ("", "empty"), (" a", "leading or trailing whitespace")])
def test_store_falkordb_key_problems(value: str, problem: str | None) -> None:
    assert q.falkordb_key_problem(value) == problem


def test_store_fact_key_is_symmetric_for_met_only_when_asserted() -> None:
    ab, ba = fact_of(met(PUTIN, TAP)), fact_of(met(TAP, PUTIN))
    assert ab is not None and ab == ba
    assert ab[1] < ab[2]
    assert fact_of(met(PUTIN, TAP, status="negated")) is None
    demand = parse_triple(
        {
            "subject": {"id": "e:nga", "name": "Nga", "type": "COUNTRY"},
            "predicate": "DEMANDED",
            "object": {"text": "rút quân", "type": "DEMAND", "topic": "troop_withdrawal"},
            "doc_id": "d",
            "evidence": {"sentence": "Nga yêu cầu rút quân.", "start": 0, "end": 21},
            "confidence": 0.5,
            "extractor": "test",
        }
    )
    fact = fact_of(demand)
    assert fact is not None and fact[2] == value_key(demand.object)


def test_store_value_keys_keep_diacritics_apart() -> None:
    from graphkit.models import ValueRef

    a = ValueRef(text="Hà", type="DEMAND", topic="other")
    b = ValueRef(text="Hạ", type="DEMAND", topic="other")
    assert value_key(a) != value_key(b)


def test_store_claim_row_carries_typed_fields() -> None:
    row = claim_row(met(PUTIN, TAP, mode="phone", reported_by={"id": "e:p", "name": "Peskov", "type": "PERSON"}))
    props = row["props"]
    assert props["mode"] == "phone"
    assert props["reported_by_id"] == "e:p"
    assert props["date"] == "2024-05-16"
    assert props["object_kind"] == "entity"
    assert props["fact"].startswith("f:")


def test_store_saved_queries_only_name_ontology_labels_and_types() -> None:
    known_labels = set(q.entity_labels()) | {q.ENTITY, q.ARTICLE, q.CLAIM, q.VALUE} | set(q.value_types().values())
    known_types = set(q.fact_rel_types()) | set(q.CLAIM_LINKS) | {"MENTIONS"}
    for query in saved_queries().values():
        for text in filter(None, [query.cypher, query.falkordb]):
            for label in re.findall(r"\(\w*:(\w+)", text):
                assert label in known_labels, (query.name, label)
            for types in re.findall(r"\[\w*:([\w|]+)", text):
                for rel in types.split("|"):
                    assert rel in known_types, (query.name, rel)
            for param in re.findall(r"\$(\w+)", text):
                assert param in query.params, (query.name, param)
        if query.neo4j_only:
            assert query.falkordb, f"{query.name} is Neo4j-only and needs a FalkorDB variant"


def test_store_saved_query_params() -> None:
    query = get_saved("meetings_of")
    assert query.bind({"name": "Putin"}) == {"name": "Putin"}
    with pytest.raises(ConfigError, match="has no parameter"):
        query.bind({"nme": "Putin"})
    with pytest.raises(ConfigError, match="no saved query"):
        get_saved("drop_everything")
    assert parse_param("limit=5") == ("limit", 5)
    assert parse_param('name="5"') == ("name", "5")
    assert parse_param("name=a=b") == ("name", "a=b")
    with pytest.raises(ConfigError):
        parse_param("novalue")


def test_store_load_pipeline_writes_in_order_and_stops_at_the_first_error() -> None:
    done: list[int] = []

    def work(item: int) -> None:
        if item == 2:
            raise StoreError("boom")
        done.append(item)

    pipeline = _Pipeline(work)
    pipeline.submit(0)
    pipeline.submit(1)
    pipeline.close()
    assert done == [0, 1]

    pipeline = _Pipeline(work)
    with pytest.raises(StoreError, match="boom"):
        for item in range(10):
            pipeline.submit(item)
        pipeline.close()
    with pytest.raises(StoreError, match="boom"):
        pipeline.close()
    assert done == [0, 1, 0, 1]


def _variants(record: dict) -> list[dict]:
    """Lines graphkit does not write itself: defaults left out, other JSON types, bad values."""
    import copy

    out = []

    def change(path: tuple, value: object, drop: bool = False) -> None:
        variant = copy.deepcopy(record)
        node = variant
        for key in path[:-1]:
            node = node[key]
        if drop:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value
        out.append(variant)

    for key in ("id", "status", "date", "cameo", "goldstein", "reported_by", "mode", "addressee", "kind"):
        change((key,), None, drop=True)
    for value in (1, 0, True, "0.5", 1.5, -0.1, None):
        change(("confidence",), value)
    for value in ("2024-02-30", "2024-5-16", "20240516", 20240516, "2024-05-16T00:00:00"):
        change(("date",), value)
    for value in (7.0, "7", True, None):
        change(("evidence", "start"), value)
    change(("evidence", "extra"), 1)
    change(("subject", "type"), "person")
    change(("subject", "id"), 5)
    change(("subject", "kb_id"), "Q1")
    change(("object",), {"text": "x", "type": "DEMAND"})
    change(("object",), {"id": "e:x", "name": "X", "type": "LOCATION"})
    change(("object",), {"id": "e:x", "name": "X", "type": "PERSON", "text": "x"})
    change(("status",), "denied")
    change(("goldstein",), 3)
    change(("goldstein",), "3")
    change(("cameo",), 42)
    change(("mode",), "telepathy")
    change(("extractor",), None)
    change(("unknown",), 1)
    change(("doc_id",), "tài liệu 😀")
    change(("doc_id",), 'tài liệu \x00\n"\\')
    return out


def test_store_fast_triple_reading_matches_pydantic() -> None:
    """Every line the loader reads without pydantic gives what pydantic validation gives."""
    import json

    from graphkit.models import TRIPLE_ADAPTER
    from graphkit.sinks.loader import _claim_of, _fast_claim
    from tests.integration.corpus import news_corpus

    lines = [t.model_dump_json() for t in news_corpus().triples]
    assert all(_fast_claim(line) is not None for line in lines)  # canonical lines take the fast path
    checked = rejected = 0
    for line in lines:
        record = json.loads(line)
        for variant in [record, *_variants(record)]:
            for text in (json.dumps(variant, ensure_ascii=False), json.dumps(variant)):
                fast = _fast_claim(text)
                assert _fast_claim(text.encode("utf-8")) == fast  # the loader reads bytes
                try:
                    expected = _claim_of(TRIPLE_ADAPTER.validate_json(text))
                except ValueError:
                    assert fast is None, text
                    rejected += 1
                    continue
                if fast is not None:
                    assert fast == expected, text
                    checked += 1
    assert checked > 100 and rejected > 100
    for bad in ("", "[]", "null", '{"predicate": "MET"}', '{"predicate": ["MET"]}', "{", '"\\ud800"'):
        assert _fast_claim(bad) is None
        assert _fast_claim(bad.encode()) is None
    assert _fast_claim(b"\xff\xfe") is None  # not UTF-8: left to pydantic, which names the line


def test_store_seen_keys_have_no_false_negatives_and_fixed_memory() -> None:
    from graphkit.sinks.loader import _Seen

    seen = _Seen(bits=1 << 16)
    keys = [f"c:{i:020x}" for i in range(3000)]
    assert seen.add(keys[0]) is False  # nothing recorded yet: certainly new
    assert sum(seen.add(k) for k in keys[1:1000]) < 20  # false positives are rare
    assert all(seen.add(k) for k in keys[:1000])  # every key recorded is reported as seen
    assert sum(seen.add(k) for k in keys[1000:]) < 200
    assert len(seen._bits) == (1 << 16) // 8
    with pytest.raises(ValueError):
        _Seen(bits=1000)


def test_store_claim_and_fact_counts_cover_every_fact_type() -> None:
    counts = q.count_claims_and_facts()
    assert counts[0] == "MATCH (c:Claim) RETURN count(c) AS n"
    assert {c.split("[r:")[1].split("]")[0] for c in counts[1:]} == set(q.fact_rel_types())
    for text in (q.create_new_claims(q.ENTITY, q.CLAIM_COLUMNS), q.DELETE_REPEATED_CLAIMS):
        assert not re.search(r"'[^']*'|\"[^\"]*\"", text)
