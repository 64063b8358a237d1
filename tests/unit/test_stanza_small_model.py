"""The shipped small Stanza NER model through the real ``ner.stanza.v1`` code path."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.commands.models import small_model_dir
from graphkit.errors import ModelNotFoundError
from graphkit.models import Document
from graphkit.nlp.stanza_backend import StanzaBackend, build_pipeline

SMALL = small_model_dir()
MODEL = SMALL / "graphkit.pt"
PRETRAIN = SMALL / "graphkit.pretrain.pt"

needs_model = pytest.mark.skipif(not MODEL.is_file(), reason="the small Stanza model is not shipped in this checkout")

TEXT = (
    "Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch Trung Quốc tại Bắc Kinh.\nSau đó, ông Putin bay tới Ấn Độ."
)


@pytest.fixture(scope="module")
def backend() -> StanzaBackend:
    return StanzaBackend(ner_model_path=MODEL, pretrain_path=PRETRAIN, rules=False)


@needs_model
@pytest.mark.slow
def test_stanza_small_model_finds_entities_with_offsets(backend: StanzaBackend) -> None:
    adoc = backend.annotate(Document(doc_id="d", text=TEXT))
    assert adoc.backend == "ner.stanza.v1"
    found = {(m.text, str(m.type)) for m in adoc.mentions}
    for m in adoc.mentions:
        assert TEXT[m.start : m.end] == m.text
        assert m.source == "stanza"
    assert ("Vladimir Putin", "PERSON") in found
    assert ("Nga", "LOCATION") in found
    assert ("Bắc Kinh", "LOCATION") in found
    assert ("Trung Quốc", "LOCATION") in found
    second = TEXT.index("Sau đó")
    assert any(m.start > second and m.text == "Ấn Độ" for m in adoc.mentions)


@needs_model
@pytest.mark.slow
def test_stanza_small_model_tokens_keep_document_offsets(backend: StanzaBackend) -> None:
    adoc = backend.annotate(Document(doc_id="d", text=TEXT))
    assert len(adoc.sentences) == 2
    words = [t.text for t in adoc.sentences[0].tokens]
    assert "Vladimir Putin" in words and "Tổng thống" in words
    for sent in adoc.sentences:
        assert TEXT[sent.start : sent.end] == sent.text
        for tok in sent.tokens:
            assert TEXT[tok.start : tok.end] == tok.text
            assert tok.pos, "without Stanza's tagger the POS comes from underthesea"
            assert tok.head is None


@needs_model
@pytest.mark.slow
def test_stanza_small_model_pipeline_is_pretokenised_ner_only_and_cached(backend: StanzaBackend) -> None:
    pipeline = build_pipeline(ner_model_path=MODEL, pretrain_path=PRETRAIN)
    assert pipeline is backend.pipeline
    assert sorted(pipeline.processors) == ["ner", "tokenize"]
    doc = pipeline([["Ông", "Vladimir Putin", "tới", "Bắc Kinh", "."]])
    assert [t.text for t in doc.sentences[0].tokens] == ["Ông", "Vladimir Putin", "tới", "Bắc Kinh", "."]
    tags = [t.ner for t in doc.sentences[0].tokens]
    assert tags[1] in ("S-PER", "B-PER") and tags[3] in ("S-LOC", "B-LOC")


@needs_model
@pytest.mark.slow
def test_stanza_small_model_with_rules_layer_types_countries(backend: StanzaBackend) -> None:
    ruled = StanzaBackend(ner_model_path=MODEL, pretrain_path=PRETRAIN)
    adoc = ruled.annotate(Document(doc_id="d", text=TEXT))
    types = {m.text: str(m.type) for m in adoc.mentions}
    assert types.get("Nga") == "COUNTRY"
    assert types.get("Vladimir Putin") == "PERSON"


@needs_model
@pytest.mark.slow
def test_stanza_small_model_empty_document(backend: StanzaBackend) -> None:
    adoc = backend.annotate(Document(doc_id="e", text=""))
    assert adoc.sentences == [] and adoc.mentions == []


def test_stanza_small_model_missing_models_name_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="graphkit models download"):
        StanzaBackend(models_dir=tmp_path / "empty")


def test_stanza_small_model_missing_explicit_file_names_the_fix(tmp_path: Path) -> None:
    backend = StanzaBackend(ner_model_path=tmp_path / "nope.pt", pretrain_path=tmp_path / "nope.pretrain.pt")
    with pytest.raises(ModelNotFoundError, match="train-ner"):
        backend.annotate(Document(doc_id="x", text="Ông Putin tới Bắc Kinh."))


def _official_layout(root: Path) -> Path:
    """Stanza's own layout (resources.json + vi/<processor>/<package>.pt) holding the small model."""
    import json
    import shutil

    (root / "vi" / "ner").mkdir(parents=True)
    (root / "vi" / "pretrain").mkdir(parents=True)
    shutil.copyfile(MODEL, root / "vi" / "ner" / "vlsp.pt")
    shutil.copyfile(PRETRAIN, root / "vi" / "pretrain" / "conll17.pt")
    resources = {
        "vi": {
            "lang_name": "Vietnamese",
            "default_processors": {"tokenize": "vtb", "ner": "vlsp"},
            "packages": {"default": {"tokenize": "vtb", "ner": "vlsp"}},
            "tokenize": {"vtb": {}},
            "ner": {"vlsp": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
            "pretrain": {"conll17": {}},
        }
    }
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return root


@needs_model
@pytest.mark.slow
def test_stanza_small_model_loads_from_stanza_layout_via_resources_json(tmp_path: Path) -> None:
    from graphkit.nlp.backends import create_backend

    root = _official_layout(tmp_path / "models")
    backend = create_backend("auto", models_dir=root, rules=False)
    assert backend.name == "ner.stanza.v1"
    text = "Ông Vladimir Putin tới Bắc Kinh."
    adoc = backend.annotate(Document(doc_id="o", text=text))
    assert ("Vladimir Putin", "PERSON") in {(m.text, str(m.type)) for m in adoc.mentions}
    config = backend.pipeline.config
    assert config["ner_model_path"] == [str((root / "vi" / "ner" / "vlsp.pt").resolve())]
    assert config["ner_dependencies"] == [{"pretrain_path": str((root / "vi" / "pretrain" / "conll17.pt").resolve())}]


@needs_model
@pytest.mark.slow
def test_stanza_small_model_prefer_custom_over_official(tmp_path: Path) -> None:
    from graphkit.nlp.stanza_backend import install_model

    root = _official_layout(tmp_path / "models")
    custom, _ = install_model(MODEL, PRETRAIN, root)
    official = StanzaBackend(models_dir=root, rules=False)
    chosen = StanzaBackend(models_dir=root, rules=False, prefer="custom")
    assert official.pipeline.config["ner_model_path"][0].endswith("vlsp.pt")
    assert chosen.pipeline.config["ner_model_path"] == str(custom.resolve())
