"""``graphkit models train-ner`` runs Stanza's own trainer and the result loads in ner.stanza.v1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from graphkit.commands import models as models_commands
from graphkit.models import Document

runner = CliRunner()

PEOPLE = ["Lê Văn Tám", "Maria Sorensen", "Olaf Brandt", "Trần Thị Mai", "Kofi Mensah", "Ahmed Karimi"]
PLACES = ["Hà Nội", "Oslo", "Nairobi", "Lima", "Hà Giang", "Tbilisi"]
ORGS = ["Ngân hàng Thế giới", "Hội đồng Châu Âu", "Quỹ Nhi đồng"]


def _sentences() -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    for i, person in enumerate(PEOPLE):
        place = PLACES[i % len(PLACES)]
        org = ORGS[i % len(ORGS)]
        out.append(
            [("Ông", "O"), (person, "B-PER"), ("đã", "O"), ("đến", "O"), (place, "B-LOC"), ("hôm qua", "O"), (".", "O")]
        )
        out.append(
            [
                ("Đại diện", "O"),
                (org, "B-ORG"),
                ("gặp", "O"),
                ("bà", "O"),
                (person, "B-PER"),
                ("tại", "O"),
                (place, "B-LOC"),
                (".", "O"),
            ]
        )
    return out


def _write(path: Path, sentences: list[list[tuple[str, str]]]) -> Path:
    path.write_text("\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sentences) + "\n", encoding="utf-8")
    return path


def _app() -> typer.Typer:
    app = typer.Typer()
    eval_app = typer.Typer()
    models_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    app.add_typer(models_app, name="models")
    models_commands.register(app, eval_app, models_app)
    return app


@pytest.mark.slow
def test_stanza_train_ner_cli_trains_installs_and_loads(tmp_path: Path) -> None:
    data = _sentences()
    train = _write(tmp_path / "train.conll", data * 3)
    dev = _write(tmp_path / "dev.conll", data[:4])
    out = tmp_path / "model"
    models = tmp_path / "models"
    result = runner.invoke(
        _app(),
        [
            "models", "train-ner", "--train", str(train), "--dev", str(dev), "--out", str(out),
            "--max-steps", "40", "--eval-interval", "20", "--batch-size", "8", "--hidden-dim", "32",
            "--vector-dim", "8", "--resegment", "--install", "--dir", str(models),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "training with stanza.models.ner_tagger" in result.output
    assert "re-segmented with graphkit's word segmenter" in result.output
    assert "dev F1" in result.output
    assert (out / "graphkit.pt").is_file() and (out / "graphkit.pretrain.pt").is_file()
    assert json.loads((out / "train.json").read_text(encoding="utf-8"))[0][1] == {"text": "Lê Văn Tám", "ner": "B-PER"}
    meta = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert meta["steps"] == 40 and 0.0 <= meta["dev_f1"] <= 1.0
    assert "--wordvec_pretrain_file" in meta["stanza_args"]

    from graphkit.nlp.backends import create_backend
    from graphkit.nlp.stanza_backend import custom_ner_model

    assert custom_ner_model(models) is not None
    backend = create_backend("auto", models_dir=models, rules=False)
    assert backend.name == "ner.stanza.v1"
    text = "Ông Olaf Brandt đã đến Oslo hôm qua. Đại diện Ngân hàng Thế giới gặp bà Maria Sorensen."
    adoc = backend.annotate(Document(doc_id="t", text=text))
    assert adoc.backend == "ner.stanza.v1"
    assert [s.text for s in adoc.sentences] == [
        "Ông Olaf Brandt đã đến Oslo hôm qua.",
        "Đại diện Ngân hàng Thế giới gặp bà Maria Sorensen.",
    ]
    for sent in adoc.sentences:
        for tok in sent.tokens:
            assert text[tok.start : tok.end] == tok.text
            assert tok.pos
    for m in adoc.mentions:
        assert text[m.start : m.end] == m.text and m.source == "stanza"


def test_stanza_train_ner_bad_conll_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("chỉ-một-cột\n", encoding="utf-8")
    result = runner.invoke(
        _app(), ["models", "train-ner", "--train", str(bad), "--dev", str(bad), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert "expected a word and a tag" in result.output
