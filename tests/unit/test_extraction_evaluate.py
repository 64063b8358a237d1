"""Relation scoring: canonical matching, symmetric MET, topics, status, gold-only documents, CLI."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from graphkit.commands import eval_relations
from graphkit.extraction.evaluate import GoldFact, score_relations


def _ent(eid, name, etype="PERSON", kb_id=None, aliases=()):
    return {"id": eid, "name": name, "type": etype, "kb_id": kb_id, "aliases": list(aliases)}


def _triple(doc, pred, subj, obj, status="asserted", **extra):
    return {"doc_id": doc, "predicate": pred, "subject": subj, "object": obj, "status": status, **extra}


PUTIN = {"id": "kb:Q7747", "name": "Vladimir Putin", "type": "PERSON"}
MACRON = {"id": "kb:Q3052772", "name": "Emmanuel Macron", "type": "PERSON"}
NGA = {"id": "kb:Q159", "name": "Nga", "type": "COUNTRY"}
ENTITIES = [
    _ent("kb:Q7747", "Vladimir Putin", kb_id="Q7747", aliases=["Putin"]),
    _ent("kb:Q3052772", "Emmanuel Macron", kb_id="Q3052772", aliases=["Macron"]),
    _ent("kb:Q159", "Nga", "COUNTRY", kb_id="Q159", aliases=["Liên bang Nga"]),
]


def test_met_is_symmetric_and_aliases_match():
    gold = [GoldFact(doc_id="d", subject="Macron", predicate="MET", object="Putin", mode="phone")]
    pred = [_triple("d", "MET", PUTIN, MACRON, mode="phone")]
    report = score_relations(gold, pred, ENTITIES)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 0, 0)
    assert report.attributes[0].attribute == "mode" and report.attributes[0].accuracy == 1.0


def test_actor_predicate_is_not_symmetric():
    gold = [GoldFact(doc_id="d", subject="Nga", predicate="WARNED", object="Emmanuel Macron")]
    pred = [_triple("d", "WARNED", MACRON, NGA)]
    report = score_relations(gold, pred, ENTITIES)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    ("gold_object", "topic", "expected_tp"),
    [
        ("security_guarantees", "security_guarantees", 1),
        ({"topic": "security_guarantees"}, "security_guarantees", 1),
        ("Mỹ phải đưa ra bảo đảm an ninh", "security_guarantees", 1),
        ("troop_withdrawal", "security_guarantees", 0),
    ],
)
def test_content_objects_match_on_topic(gold_object, topic, expected_tp):
    gold = [GoldFact(doc_id="d", subject="Liên bang Nga", predicate="DEMANDED", object=gold_object)]
    pred = [_triple("d", "DEMANDED", NGA, {"text": "đảm bảo an ninh", "type": "DEMAND", "topic": topic})]
    assert score_relations(gold, pred, ENTITIES).micro.tp == expected_tp


@pytest.mark.parametrize(
    ("gold_object", "expected_tp"),
    [
        ("Emmanuel Macron", 0),  # an entity object is matched by a value only when it names it
        ("Pháp", 1),
        ("other", 1),
    ],
)
def test_value_matches_an_entity_object_only_when_it_names_it(gold_object, expected_tp):
    gold = [GoldFact(doc_id="d", subject="Nga", predicate="WARNED", object=gold_object)]
    value = {"text": "Pháp sẽ chịu hậu quả (nghiêm trọng)", "type": "WARNING", "topic": "other"}
    pred = [_triple("d", "WARNED", NGA, value)]
    assert score_relations(gold, pred, ENTITIES).micro.tp == expected_tp


def test_status_must_match():
    gold = [GoldFact(doc_id="d", subject="Putin", predicate="MET", object="Macron", status="planned")]
    pred = [_triple("d", "MET", PUTIN, MACRON, status="asserted")]
    report = score_relations(gold, pred, ENTITIES)
    assert report.micro.tp == 0 and report.micro.fn == 1 and report.micro.fp == 1


def test_repeated_facts_count_once_and_per_predicate_scores():
    gold = [
        GoldFact(doc_id="d", subject="Putin", predicate="MET", object="Macron"),
        GoldFact(doc_id="d", subject="Macron", predicate="MET", object="Putin"),
        GoldFact(doc_id="d", subject="Nga", predicate="DENIED", object="other"),
    ]
    pred = [_triple("d", "MET", PUTIN, MACRON), _triple("d", "MET", MACRON, PUTIN)]
    report = score_relations(gold, pred, ENTITIES)
    by = {s.predicate: s for s in report.per_predicate}
    assert by["MET"].f1 == 1.0
    assert by["DENIED"].recall == 0.0
    assert report.micro.precision == 1.0 and report.micro.recall == 0.5


def test_gold_only_docs_ignores_other_documents():
    gold = [GoldFact(doc_id="d", subject="Putin", predicate="MET", object="Macron")]
    pred = [_triple("d", "MET", PUTIN, MACRON), _triple("other", "MET", PUTIN, MACRON)]
    assert score_relations(gold, pred, ENTITIES).micro.fp == 1
    assert score_relations(gold, pred, ENTITIES, gold_only_docs=True).micro.fp == 0


class _KB:
    class _Entry:
        id = "kb:Q159"
        kb_id = "Q159"
        name = "Nga"

    def lookup(self, surface):
        return [self._Entry()] if surface in ("Nga", "nước Nga") else []


def test_gold_names_resolve_through_the_kb():
    gold = [GoldFact(doc_id="d", subject="nước Nga", predicate="WARNED", object="Emmanuel Macron")]
    pred = [_triple("d", "WARNED", NGA, MACRON)]
    assert score_relations(gold, pred, [], kb=None).micro.tp == 0
    assert score_relations(gold, pred, [], kb=_KB()).micro.tp == 1


def _app():
    app = typer.Typer()
    eval_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    eval_relations.register(app, eval_app, typer.Typer())
    return app


def test_cli_json_and_table(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "triples.jsonl").write_text(json.dumps(_triple("d", "MET", PUTIN, MACRON), ensure_ascii=False) + "\n")
    (out / "entities.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in ENTITIES) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc_id": "d", "subject": "Macron", "predicate": "MET", "object": "Putin", "status": "asserted"})
        + "\n"
    )
    runner = CliRunner()
    result = runner.invoke(_app(), ["eval", "relations", str(gold), "--pred", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["micro"]["f1"] == 1.0
    result = runner.invoke(_app(), ["eval", "relations", str(gold), "--pred", str(out)])
    assert result.exit_code == 0 and "MET" in result.output


def test_cli_missing_predictions_is_a_clean_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("")
    result = CliRunner().invoke(_app(), ["eval", "relations", str(gold), "--pred", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "triples.jsonl" in result.output
