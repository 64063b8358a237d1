"""Backend registry, the auto choice and the models directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import ConfigError
from graphkit.models import Document
from graphkit.nlp import backends
from graphkit.nlp.paths import models_dir
from graphkit.stages import NerBackend


def test_nlp_backends_models_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GRAPHKIT_MODELS_DIR", str(tmp_path))
    assert models_dir() == tmp_path
    monkeypatch.delenv("GRAPHKIT_MODELS_DIR")
    assert models_dir() == Path.home() / ".cache" / "graphkit" / "models"


def test_nlp_backends_auto_without_stanza_is_underthesea(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "stanza_installed", lambda models_dir=None: False)
    nlp = backends.create_backend("auto")
    assert isinstance(nlp, NerBackend)
    assert nlp.name == "ner.underthesea.v1"
    adoc = nlp.annotate(Document(doc_id="d", text="Ông Putin đến Bắc Kinh."))
    assert adoc.backend == "ner.underthesea.v1"


def test_nlp_backends_auto_with_stanza_models_names_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "stanza_installed", lambda models_dir=None: True)
    assert backends.resolve_backend_name("auto") == "ner.stanza.v1"
    assert backends.resolve_backend_name("ner.underthesea.v1") == "ner.underthesea.v1"


def test_nlp_backends_unknown_name_is_config_error() -> None:
    with pytest.raises(ConfigError, match="ner.underthesea.v1"):
        backends.create_backend("ner.nope.v9")


def test_nlp_backends_stanza_check_survives_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "graphkit.nlp.stanza_backend", None)
    assert backends.stanza_installed(Path("/nonexistent")) is False
