"""``graphkit models`` status, download (offline) and install commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from graphkit.commands import models as models_commands
from graphkit.nlp.stanza_backend import (
    ModelDownloadError,
    custom_ner_model,
    download_models,
    installed_processors,
    models_installed,
)

runner = CliRunner()

RESOURCES = {
    "vi": {
        "lang_name": "Vietnamese",
        "default_processors": {"tokenize": "vtb", "pos": "vtb_charlm", "depparse": "vtb_charlm", "ner": "vlsp"},
        "default_dependencies": {
            "pretrain": {"model": "pretrain", "package": "conll17"},
            "forward_charlm": {"model": "forward_charlm", "package": "conll17"},
        },
        "ner": {"vlsp": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
    }
}


def _app() -> typer.Typer:
    app = typer.Typer()
    eval_app = typer.Typer()
    models_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    app.add_typer(models_app, name="models")
    models_commands.register(app, eval_app, models_app)
    return app


def _touch(path: Path, size: int = 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    return path


def _official(root: Path) -> Path:
    (root / "resources.json").parent.mkdir(parents=True, exist_ok=True)
    (root / "resources.json").write_text(json.dumps(RESOURCES), encoding="utf-8")
    _touch(root / "vi" / "tokenize" / "vtb.pt")
    _touch(root / "vi" / "pos" / "vtb_charlm.pt", 2048)
    _touch(root / "vi" / "ner" / "vlsp.pt", 4096)
    _touch(root / "vi" / "ner" / "other.pt")
    _touch(root / "vi" / "pretrain" / "conll17.pt")
    return root


def test_stanza_models_installed_processors_follow_resources(tmp_path: Path) -> None:
    root = _official(tmp_path / "m")
    found = installed_processors(root)
    assert found["ner"] == str(root / "vi" / "ner" / "vlsp.pt")
    assert found["pos"].endswith("vtb_charlm.pt")
    assert set(found) == {"tokenize", "pos", "ner", "pretrain"}
    assert models_installed(root)
    assert custom_ner_model(root) is None


def test_stanza_models_custom_model_alone_counts_as_installed(tmp_path: Path) -> None:
    root = tmp_path / "m"
    assert not models_installed(root)
    _touch(root / "vi" / "ner" / "graphkit.pt")
    assert not models_installed(root), "a model without its pretrain is not usable"
    _touch(root / "vi" / "pretrain" / "graphkit.pt")
    assert models_installed(root)
    assert installed_processors(root) == {}
    assert custom_ner_model(root) == (root / "vi" / "ner" / "graphkit.pt", root / "vi" / "pretrain" / "graphkit.pt")


def test_stanza_models_ner_without_resources_json_is_not_official(tmp_path: Path) -> None:
    root = tmp_path / "m"
    _touch(root / "vi" / "ner" / "vlsp.pt")
    assert "ner" in installed_processors(root)
    assert not models_installed(root)


def test_stanza_models_status_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _official(tmp_path / "m")
    monkeypatch.setenv("GRAPHKIT_MODELS_DIR", str(root))
    result = runner.invoke(_app(), ["models", "status", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["models_dir"] == str(root)
    assert info["resources_json"] is True
    assert info["processors"]["ner"] == {"path": str(root / "vi" / "ner" / "vlsp.pt"), "bytes": 4096}
    assert "depparse" not in info["processors"]
    assert info["custom_ner"] is None
    assert info["auto_backend"] == "ner.stanza.v1"
    assert info["underthesea_version"]


def test_stanza_models_status_text_for_empty_dir(tmp_path: Path) -> None:
    root = tmp_path / "none"
    result = runner.invoke(_app(), ["models", "status", "--dir", str(root)])
    assert result.exit_code == 0, result.output
    assert "(missing)" in result.stdout
    assert "stanza models:   none" in result.stdout
    assert "auto backend:    ner.underthesea.v1" in result.stdout


def test_stanza_models_status_text_lists_sizes(tmp_path: Path) -> None:
    root = _official(tmp_path / "m")
    result = runner.invoke(_app(), ["models", "status", "--dir", str(root)])
    assert result.exit_code == 0, result.output
    assert "4.0 KB" in result.stdout and "vlsp.pt" in result.stdout
    assert "auto backend:    ner.stanza.v1" in result.stdout


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
    for var in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")


@pytest.mark.usefixtures("offline")
def test_stanza_models_download_offline_fails_clearly(tmp_path: Path) -> None:
    target = tmp_path / "dl"
    result = runner.invoke(_app(), ["models", "download", "--dir", str(target), "--timeout", "3"])
    assert result.exit_code == 2
    assert "could not reach the Stanza model hub" in result.output
    assert "GRAPHKIT_MODELS_DIR" in result.output
    assert not (target / "resources.json").exists()


@pytest.mark.usefixtures("offline")
def test_stanza_models_download_offline_raises_graphkit_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stanza

    called: list[object] = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: called.append(a))
    with pytest.raises(ModelDownloadError, match="graphkit models download"):
        download_models(tmp_path / "dl", timeout=3)
    assert called == [], "stanza.download must not run when the hub is unreachable"


def test_stanza_models_download_wraps_errors_during_download(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import requests
    import stanza

    class _Ok:
        def raise_for_status(self) -> None:
            return None

    seen: dict[str, object] = {}

    def fake_download(lang: str, model_dir: str, processors: str, **kwargs: object) -> None:
        seen.update(lang=lang, model_dir=model_dir, processors=processors)
        requests.get("https://example.invalid/x")

    def fake_get(url: str, **kwargs: object) -> None:
        seen["timeout"] = kwargs.get("timeout")
        raise requests.ConnectionError("refused")

    monkeypatch.setattr(requests, "head", lambda *a, **k: _Ok())
    monkeypatch.setattr(requests, "get", fake_get)
    monkeypatch.setattr(stanza, "download", fake_download)
    with pytest.raises(ModelDownloadError, match="could not reach"):
        download_models(tmp_path / "dl", processors=["tokenize", "ner"], timeout=4)
    assert seen == {"lang": "vi", "model_dir": str(tmp_path / "dl"), "processors": "tokenize,ner", "timeout": 4}
    assert requests.get is fake_get, "the timeout wrapper is removed afterwards"


def test_stanza_models_install_small_copies_shipped_model(tmp_path: Path) -> None:
    src = models_commands.small_model_dir()
    if not (src / "graphkit.pt").is_file():
        pytest.skip("the small model is not shipped in this checkout")
    root = tmp_path / "m"
    result = runner.invoke(_app(), ["models", "install-small", "--dir", str(root)])
    assert result.exit_code == 0, result.output
    model, pretrain = custom_ner_model(root) or (None, None)
    assert model is not None and model.read_bytes() == (src / "graphkit.pt").read_bytes()
    assert pretrain is not None and pretrain.stat().st_size == (src / "graphkit.pretrain.pt").stat().st_size
    status = runner.invoke(_app(), ["models", "status", "--dir", str(root), "--json"])
    assert json.loads(status.stdout)["auto_backend"] == "ner.stanza.v1"


def test_stanza_models_train_ner_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        _app(),
        [
            "models",
            "train-ner",
            "--train",
            str(tmp_path / "no.conll"),
            "--dev",
            str(tmp_path / "no.conll"),
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 2


def test_stanza_models_resources_without_vietnamese_do_not_count(tmp_path: Path) -> None:
    root = _official(tmp_path / "m")
    (root / "resources.json").write_text(json.dumps({"en": {"lang_name": "English"}}), encoding="utf-8")
    assert not models_installed(root)
