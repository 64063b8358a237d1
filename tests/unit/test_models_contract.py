import pytest
from pydantic import ValidationError

from graphkit.models import Document, EntityRef, ValueRef, entity_id, parse_triple
from graphkit.ontology import ONTOLOGY


def _ref(name: str, type_: str) -> dict:
    return EntityRef(id=entity_id(name, type_), name=name, type=type_).model_dump()


def _triple(predicate: str, subject: dict, obj: dict, **extra) -> dict:
    return {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "doc_id": "d1",
        "evidence": {"sentence": "Câu bằng chứng.", "start": 0, "end": 15},
        "confidence": 0.8,
        "extractor": "test",
        **extra,
    }


PERSON = _ref("Vladimir Putin", "PERSON")
COUNTRY = _ref("Pháp", "COUNTRY")
DEMAND = ValueRef(text="đảm bảo an ninh", type="DEMAND", topic="security_guarantees").model_dump()


@pytest.mark.parametrize("predicate", sorted(ONTOLOGY.predicates))
def test_models_every_predicate_has_a_typed_class(predicate):
    pred = ONTOLOGY.predicates[predicate]
    extra = {"role": "Tổng thống"} if pred.kind == "role" else {}
    obj = DEMAND if pred.kind == "content" else COUNTRY
    subject = PERSON
    triple = parse_triple(_triple(predicate, subject, obj, **extra))
    assert str(triple.predicate) == predicate
    assert triple.cameo == pred.cameo
    assert triple.id.startswith("c:")


@pytest.mark.parametrize(
    ("predicate", "subject", "obj"),
    [
        ("MET", PERSON, DEMAND),  # MET needs an actor object
        ("VISITED", PERSON, PERSON),  # a person is not a place
        ("HOLDS_ROLE", COUNTRY, COUNTRY),  # only people hold roles
        ("SANCTIONED", _ref("Donbass", "LOCATION"), COUNTRY),  # a region is not an actor
    ],
)
def test_models_domain_and_range_are_enforced(predicate, subject, obj):
    extra = {"role": "x"} if predicate == "HOLDS_ROLE" else {}
    with pytest.raises(ValidationError):
        parse_triple(_triple(predicate, subject, obj, **extra))


def test_models_records_forbid_unknown_fields():
    with pytest.raises(ValidationError):
        Document(doc_id="a", text="x", unexpected=1)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Hòa Bình", "Hoà Bình", True),
        ("Thủy", "Thuỷ", True),
        ("Hà", "Hạ", False),
        ("Nga", "NGA", True),
    ],
)
def test_models_entity_ids_unify_tone_placement_but_keep_diacritics(a, b, same):
    assert (entity_id(a, "PERSON") == entity_id(b, "PERSON")) is same


def test_models_entity_ids_depend_on_type_and_kb():
    assert entity_id("Washington", "PERSON") != entity_id("Washington", "LOCATION")
    assert entity_id("Nga", "COUNTRY", kb_id="Q159") == "kb:Q159"


def test_models_claim_id_is_stable_and_distinguishes_evidence():
    a = parse_triple(_triple("MET", PERSON, _ref("Emmanuel Macron", "PERSON")))
    b = parse_triple(_triple("MET", PERSON, _ref("Emmanuel Macron", "PERSON")))
    moved = _triple("MET", PERSON, _ref("Emmanuel Macron", "PERSON"))
    moved["evidence"] = {"sentence": "Khác.", "start": 40, "end": 45}
    assert a.id == b.id
    assert parse_triple(moved).id != a.id
