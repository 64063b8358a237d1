"""The learned meeting-pair model: candidates, features, scoring, and how the extractor uses it."""

from __future__ import annotations

import math

import pytest

from graphkit.extraction import pairs, rules
from graphkit.extraction.pairs import MAX_ACTORS, PairModel, candidates, features, load_model
from graphkit.extraction.rules import DocState, RuleExtractor, _SentenceAnalysis
from tests.unit.extraction_docs import COMMON, Ent, make_doc

ALWAYS = PairModel({"bias": 6.0}, 0.5, {})
NEVER = PairModel({"bias": -6.0}, 0.5, {})


def _analysis(text: str, ents: list[Ent] | None = None) -> _SentenceAnalysis:
    adoc = make_doc(text, ents)
    ex = RuleExtractor(min_confidence=0.0, use_model=False)
    analysis = _SentenceAnalysis(ex, adoc, adoc.sentences[0], {e.id: e for e in adoc.entities}, DocState())
    analysis.facts()
    return analysis


def _met(text: str, model: PairModel | None, monkeypatch: pytest.MonkeyPatch, use_model: bool = True) -> set:
    monkeypatch.setattr(rules, "load_model", lambda: model)
    ex = RuleExtractor(min_confidence=0.0, use_model=use_model)
    return {
        (frozenset((t.subject.name, t.object.name)), t.status.value, t.mode.value)
        for t in ex.extract(make_doc(text)).triples
        if t.predicate == "MET"
    }


def test_model_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = PairModel({"bias": -1.0, "trig:gặp": 2.5, "btw:và": 0.5}, 0.4, {"pairs": 3})
    assert model.probability(["bias", "trig:gặp", "unknown"]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability([]) == pytest.approx(0.5)
    again = PairModel.from_json(model.to_json())
    assert again == model


def test_shipped_model_loads_with_a_threshold_and_its_training_figures() -> None:
    model = load_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert model.meta["pairs"] > 1000 and 0 < model.meta["meetings"] < model.meta["pairs"]
    assert model.meta["cv"]["f1"] > model.meta["rules_alone"]["f1"]


def test_a_missing_model_file_gives_none(tmp_path) -> None:
    assert pairs.load_model(tmp_path / "absent.json") is None


def test_candidates_pair_each_two_actors_once_at_the_nearest_trigger() -> None:
    an = _analysis("Tổng thống Putin, Tổng thống Macron và Thủ tướng Đức Olaf Scholz đã trao đổi tại Moskva.")
    got = candidates(an)
    names = {frozenset(a.ref.name for a in c.args(an)) for c in got}
    assert names == {
        frozenset(("Vladimir Putin", "Emmanuel Macron")),
        frozenset(("Vladimir Putin", "Olaf Scholz")),
        frozenset(("Emmanuel Macron", "Olaf Scholz")),
    }
    assert all(c.left < c.right for c in got)
    assert all(" ".join(an.keys[c.trigger.start : c.trigger.end]) == "trao đổi" for c in got)


def test_no_candidates_without_a_meeting_trigger_or_with_a_long_list() -> None:
    assert candidates(_analysis("Tổng thống Putin và Tổng thống Macron đều lo ngại.")) == []
    many = [Ent(f"Nước{i}", "COUNTRY", f"Nước{i}") for i in range(MAX_ACTORS + 1)]
    text = ", ".join(e.surface for e in many) + " đã gặp nhau."
    assert candidates(_analysis(text, many)) == []


def test_features_name_the_trigger_its_place_and_the_words_between() -> None:
    an = _analysis("Tổng thống Putin đã gặp Tổng thống Macron.")
    (cand,) = candidates(an)
    names = features(an, cand, own_state=True, rule_predicates=["MET"], context=["status:asserted"])
    assert {"bias", "trig:gặp", "where:between", "types:PERSON|PERSON", "own_state", "rule:MET"} <= set(names)
    assert "btw:đã" in names and "status:asserted" in names and "rule:none" not in names


def test_the_model_adds_a_meeting_the_rules_left_empty(monkeypatch) -> None:
    # the rules know no "cuộc gặp sẽ có A và B" (the meeting will have A and B)
    text = "Theo lịch, cuộc gặp tuần sau sẽ có Tổng thống Putin và Tổng thống Macron."
    assert _met(text, None, monkeypatch) == set()
    assert _met(text, NEVER, monkeypatch) == set()
    assert _met(text, ALWAYS, monkeypatch, use_model=False) == set()
    # the status and mode come from the rules' reading of the trigger
    assert _met(text, ALWAYS, monkeypatch) == {
        (frozenset(("Vladimir Putin", "Emmanuel Macron")), "planned", "in_person")
    }


def test_the_model_keeps_out_of_triggers_the_rules_decided(monkeypatch) -> None:
    # paired by the rules: the model adds nothing at that trigger
    paired = "Tổng thống Putin đã gặp Tổng thống Macron và Thủ tướng Đức Olaf Scholz."
    assert _met(paired, ALWAYS, monkeypatch) == _met(paired, None, monkeypatch)
    # declined by a rule (states joining hands cooperate; they do not meet)
    assert _met("Nga và Pháp bắt tay chống khủng bố.", ALWAYS, monkeypatch) == set()
    # a meeting called for has not been held
    assert _met("Nga kêu gọi Mỹ đàm phán với Ukraine.", ALWAYS, monkeypatch) == set()
    # co-subjects before "với" a partner are one side of the meeting
    assert _met("Tổng thống Putin và Tổng thống Macron đã trao đổi với người dân.", ALWAYS, monkeypatch) == set()


def test_common_entities_are_actors() -> None:
    assert {e.type for e in COMMON} >= {"PERSON", "COUNTRY", "ORGANIZATION"}
