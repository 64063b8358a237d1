"""The registry, confidence threshold, rejected candidates and the dependency-parse path."""

from __future__ import annotations

import pytest

from graphkit.errors import ConfigError
from graphkit.extraction import EXTRACTORS
from graphkit.models import Token
from graphkit.stages import Extractor
from tests.unit.extraction_docs import COMMON, Ent, make_doc


def test_registry_creates_the_rules_extractor():
    ex = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.5)
    assert isinstance(ex, Extractor)
    assert ex.name == "extractor.rules.v1"
    with pytest.raises(ConfigError):
        EXTRACTORS.create("extractor.nope.v9")


def test_min_confidence_drops_weak_facts():
    text = "Tổng thống Macron cũng cho biết sẽ nối lại đối thoại, đồng thời cảnh báo Nga."
    low = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0).extract(make_doc(text)).triples
    warned = [t for t in low if t.predicate == "WARNED"]
    assert warned and all(0.0 < t.confidence < 1.0 for t in low)
    high = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.99).extract(make_doc(text)).triples
    assert high == []


def test_confidence_decays_with_distance():
    ex = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0)
    near = ex.extract(make_doc("Nga cảnh báo NATO.")).triples[0]
    far_text = "Nga hôm qua sau nhiều ngày im lặng trước những diễn biến mới đã mạnh mẽ cảnh báo NATO."
    far = next(t for t in ex.extract(make_doc(far_text)).triples if t.predicate == "WARNED")
    assert far.subject.name == "Nga"
    assert far.confidence < near.confidence


def test_signature_violations_are_counted_not_emitted():
    ents = [*COMMON, Ent("Thị trưởng Kiev Vitali Klitschko", "PERSON", "Vitali Klitschko", "Thị trưởng", "Kiev")]
    ents = [e for e in ents if e.surface != "Kiev"] + [Ent("Kiev", "LOCATION", "Kiev")]
    doc = make_doc("Thị trưởng Kiev Vitali Klitschko phát biểu. Kiev là thủ đô.", ents)
    result = EXTRACTORS.create("extractor.rules.v1").extract(doc)
    assert result.rejected == 1
    assert not [t for t in result.triples if t.predicate == "HOLDS_ROLE"]


def test_unlinked_mentions_still_give_facts_with_lower_confidence():
    linked = make_doc("Nga cảnh báo NATO.")
    unlinked = make_doc(
        "Nga cảnh báo NATO.", [Ent("Nga", "COUNTRY", "Nga", linked=False), Ent("NATO", "ORGANIZATION", "NATO")]
    )
    ex = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0)
    a = ex.extract(linked).triples[0]
    b = ex.extract(unlinked).triples[0]
    assert b.subject.name == "Nga" and b.subject.id.startswith("e:")
    assert b.confidence < a.confidence


def _parsed(text, words, heads, deprels):
    doc = make_doc(text)
    sent = doc.sentences[0]
    tokens, pos = [], 0
    for w, h, d in zip(words, heads, deprels, strict=True):
        start = text.index(w, pos)
        tokens.append(Token(text=w, start=start, end=start + len(w), head=h, deprel=d))
        pos = start + len(w)
    sent.tokens = tokens
    return doc


def test_dependency_subject_wins_over_the_nearest_mention():
    text = "Điện Kremlin hôm qua, theo hãng tin Nga, cảnh báo NATO."
    words = ["Điện Kremlin", "hôm qua", ",", "theo", "hãng tin", "Nga", ",", "cảnh báo", "NATO", "."]
    heads = [7, 7, 7, 4, 7, 4, 7, -1, 7, 7]
    deps = ["nsubj", "obl:tmod", "punct", "case", "obl", "nmod", "punct", "root", "obj", "punct"]
    ex = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0)
    parsed = ex.extract(_parsed(text, words, heads, deps)).triples
    warned = next(t for t in parsed if t.predicate == "WARNED")
    assert warned.subject.name == "Điện Kremlin"
    assert warned.object.name == "NATO"
    surface = next(t for t in ex.extract(make_doc(text)).triples if t.predicate == "WARNED")
    assert warned.confidence > surface.confidence * 0.99


def test_no_dependency_path_when_disabled():
    text = "Điện Kremlin hôm qua, theo hãng tin Nga, cảnh báo NATO."
    words = ["Điện Kremlin", "hôm qua", ",", "theo", "hãng tin", "Nga", ",", "cảnh báo", "NATO", "."]
    heads = [7, 7, 7, 4, 7, 4, 7, -1, 7, 7]
    deps = ["nsubj", "obl:tmod", "punct", "case", "obl", "nmod", "punct", "root", "obj", "punct"]
    ex = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0, use_dependencies=False)
    warned = next(t for t in ex.extract(_parsed(text, words, heads, deps)).triples if t.predicate == "WARNED")
    assert warned.subject.name != "Điện Kremlin" or warned.confidence < 0.9
