"""``graphkit models``: download, inspect, train and install Stanza NER models."""

from __future__ import annotations

import json
import logging
from importlib import metadata
from pathlib import Path
from typing import Any

import typer

from graphkit.commands._common import fail
from graphkit.errors import GraphkitError

log = logging.getLogger(__name__)

SMALL_MODEL_DIR = "stanza-vi-ner-small"


def small_model_dir() -> Path:
    """Where the small Stanza NER model shipped with graphkit lives."""
    from graphkit.resources import data_dir

    return data_dir() / "models" / SMALL_MODEL_DIR


def _dir(option: Path | None) -> Path:
    from graphkit.nlp.paths import models_dir

    return option.expanduser() if option is not None else models_dir()


def _say(message: str) -> None:
    typer.echo(message, err=True)


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def models_status(directory: Path) -> dict[str, Any]:
    """What is installed in a models directory, as a JSON-ready dict.

    Returns
    -------
    dict
        ``models_dir``, ``resources_json``, ``processors`` (name → ``{path, bytes}``),
        ``custom_ner`` (``{model, pretrain, bytes}`` or None), ``small_model`` (the shipped
        one, or None), ``stanza_version``, ``underthesea_version``, ``auto_backend``.
    """
    from graphkit.nlp.backends import resolve_backend_name
    from graphkit.nlp.stanza_backend import custom_ner_model, installed_processors

    processors = {
        name: {"path": path, "bytes": _size(Path(path))} for name, path in installed_processors(directory).items()
    }
    custom = custom_ner_model(directory)
    small = small_model_dir()
    small_info = None
    if (small / "graphkit.pt").is_file():
        small_info = {
            "path": str(small),
            "bytes": sum(_size(p) for p in small.glob("*.pt")),
        }
        meta = small / "training.json"
        if meta.is_file():
            small_info["dev_f1"] = json.loads(meta.read_text(encoding="utf-8")).get("dev_f1")
    return {
        "models_dir": str(directory),
        "exists": directory.is_dir(),
        "resources_json": (directory / "resources.json").is_file(),
        "processors": processors,
        "custom_ner": (
            {"model": str(custom[0]), "pretrain": str(custom[1]), "bytes": _size(custom[0]) + _size(custom[1])}
            if custom
            else None
        ),
        "small_model": small_info,
        "stanza_version": _version("stanza"),
        "underthesea_version": _version("underthesea"),
        "auto_backend": resolve_backend_name("auto", directory),
    }


def _human(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    """Add ``download``, ``status``, ``train-ner``, ``install-small`` and ``make-silver`` to ``graphkit models``."""

    @models_app.command("download")
    def download(
        directory: Path | None = typer.Option(None, "--dir", help="Models directory (default: GRAPHKIT_MODELS_DIR)."),
        processors: str = typer.Option("tokenize,pos,depparse,ner", "--processors", help="Stanza processors."),
        timeout: float = typer.Option(10.0, "--timeout", min=0.1, help="Seconds to wait for the model hub."),
    ) -> None:
        """Download Stanza's Vietnamese models (needs internet).

        Examples:

            graphkit models download

            graphkit models download --dir /data/models --processors tokenize,pos,depparse,ner
        """
        from graphkit.nlp.stanza_backend import download_models

        target = _dir(directory)
        wanted = [p.strip() for p in processors.split(",") if p.strip()]
        _say(f"downloading Stanza Vietnamese models ({', '.join(wanted)}) into {target} …")
        try:
            found = download_models(target, wanted, timeout=timeout)
        except GraphkitError as exc:
            fail(str(exc))
        for name, path in sorted(found.items()):
            typer.echo(f"{name:16} {path}")

    @models_app.command("status")
    def status(
        directory: Path | None = typer.Option(None, "--dir", help="Models directory (default: GRAPHKIT_MODELS_DIR)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """Show installed Stanza models, the custom NER model and the backend `auto` picks.

        Examples:

            graphkit models status

            GRAPHKIT_MODELS_DIR=/data/models graphkit models status --json
        """
        info = models_status(_dir(directory))
        if as_json:
            typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
            return
        typer.echo(f"models dir:      {info['models_dir']}{'' if info['exists'] else ' (missing)'}")
        typer.echo(f"resources.json:  {'yes' if info['resources_json'] else 'no'}")
        typer.echo("stanza models:   " + ("" if info["processors"] else "none"))
        for name, p in sorted(info["processors"].items()):
            typer.echo(f"  {name:16} {_human(p['bytes']):>9}  {p['path']}")
        custom = info["custom_ner"]
        typer.echo(
            "custom NER:      "
            + (f"{custom['model']} ({_human(custom['bytes'])} with its pretrain)" if custom else "none")
        )
        small = info["small_model"]
        typer.echo(
            "shipped small:   "
            + (f"{small['path']} (dev F1 {small.get('dev_f1')}; `graphkit models install-small`)" if small else "none")
        )
        typer.echo(f"stanza:          {info['stanza_version'] or 'not installed'}")
        typer.echo(f"underthesea:     {info['underthesea_version'] or 'not installed'}")
        typer.echo(f"auto backend:    {info['auto_backend']}")

    @models_app.command("train-ner")
    def train_ner(
        train: Path = typer.Option(..., "--train", exists=True, dir_okay=False, help="Training data (CoNLL, BIO)."),
        dev: Path = typer.Option(..., "--dev", exists=True, dir_okay=False, help="Dev data (CoNLL, BIO)."),
        out: Path = typer.Option(..., "--out", help="Output directory for the model."),
        vectors: Path | None = typer.Option(
            None, "--vectors", exists=True, dir_okay=False, help="Word vectors: word2vec text or a Stanza .pt pretrain."
        ),
        vectors_corpus: Path | None = typer.Option(
            None, "--vectors-corpus", exists=True, help="Build vectors from this word-segmented corpus (dir or file)."
        ),
        epochs: int | None = typer.Option(None, "--epochs", min=1, help="Passes over the training data."),
        max_steps: int | None = typer.Option(None, "--max-steps", min=1, help="Training steps (overrides --epochs)."),
        batch_size: int = typer.Option(32, "--batch-size", min=1),
        hidden_dim: int = typer.Option(128, "--hidden-dim", min=8),
        vector_dim: int = typer.Option(50, "--vector-dim", min=4, help="Size of vectors built here."),
        vector_vocab: int = typer.Option(15000, "--vector-vocab", min=10, help="Words kept in vectors built here."),
        eval_interval: int | None = typer.Option(None, "--eval-interval", min=1, help="Steps between dev scores."),
        charlm: bool = typer.Option(False, "--charlm/--no-charlm", help="Use pretrained character LMs."),
        known_only: bool = typer.Option(
            False, "--finetune-known-only", help="Fine-tune vectors of known words only (smaller model)."
        ),
        resegment: bool = typer.Option(
            False, "--resegment", help="Re-tokenise the data with graphkit's word segmenter (as at run time)."
        ),
        install: bool = typer.Option(False, "--install", help="Install into the models directory for ner.stanza.v1."),
        directory: Path | None = typer.Option(None, "--dir", help="Models directory for --install."),
    ) -> None:
        """Train a Stanza NER model with Stanza's own trainer (stanza.models.ner_tagger).

        Example:

            graphkit models train-ner --train train.conll --dev dev.conll --out models/my-ner --install
        """
        from graphkit.nlp.stanza_backend import install_model
        from graphkit.nlp.stanza_train import TrainConfig
        from graphkit.nlp.stanza_train import train_ner as run

        config = TrainConfig(
            max_steps=max_steps,
            epochs=epochs,
            batch_size=batch_size,
            hidden_dim=hidden_dim,
            vector_dim=vector_dim,
            vector_vocab=vector_vocab,
            eval_interval=eval_interval,
            charlm=charlm,
            finetune_known_only=known_only,
            resegment=resegment,
        )
        try:
            result = run(train, dev, out, vectors=vectors, vectors_corpus=vectors_corpus, config=config, progress=_say)
            typer.echo(f"model:    {result.model}")
            typer.echo(f"pretrain: {result.pretrain}")
            typer.echo(f"dev F1:   {result.dev_f1:.4f}")
            if install:
                model, pretrain = install_model(result.model, result.pretrain, _dir(directory))
                typer.echo(f"installed: {model} (+ {pretrain}); ner.stanza.v1 now uses it")
        except GraphkitError as exc:
            fail(str(exc))

    @models_app.command("install-small")
    def install_small(
        directory: Path | None = typer.Option(None, "--dir", help="Models directory (default: GRAPHKIT_MODELS_DIR)."),
    ) -> None:
        """Install the small Stanza NER model shipped with graphkit into the models directory.

        Example:

            graphkit models install-small
        """
        from graphkit.nlp.stanza_backend import install_model

        src = small_model_dir()
        try:
            model, pretrain = install_model(src / "graphkit.pt", src / "graphkit.pretrain.pt", _dir(directory))
        except GraphkitError as exc:
            fail(str(exc))
        typer.echo(f"installed: {model} (+ {pretrain})")

    @models_app.command("make-silver")
    def make_silver(
        corpus: Path = typer.Option(..., "--corpus", exists=True, file_okay=False, help="Word-segmented articles."),
        train_out: Path = typer.Option(..., "--train-out", help="CoNLL file for training sentences."),
        dev_out: Path = typer.Option(..., "--dev-out", help="CoNLL file for dev sentences."),
        backend: str = typer.Option("ner.underthesea.v1", "--backend", help="NER backend that tags the corpus."),
        limit: int | None = typer.Option(None, "--limit", min=1, help="Use at most this many articles."),
        dev_fraction: float = typer.Option(0.1, "--dev-fraction", min=0.0, max=0.9),
        labels: str = typer.Option("vlsp", "--labels", help="vlsp (PER/ORG/LOC/MISC) or graphkit (entity types)."),
    ) -> None:
        """Tag a word-segmented corpus with a NER backend into silver CoNLL training data.

        Example:

            graphkit models make-silver --corpus seg/ --train-out silver.conll --dev-out silver-dev.conll
        """
        from graphkit.nlp.backends import create_backend
        from graphkit.nlp.silver import make_silver as run

        if labels not in ("vlsp", "graphkit"):
            fail("--labels must be vlsp or graphkit")
        try:
            ner = create_backend(backend)
            step = {"n": 0}

            def progress(done: int, total: int) -> None:
                if done == total or done - step["n"] >= max(1, total // 20):
                    step["n"] = done
                    _say(f"{done}/{total} articles")

            stats = run(
                corpus,
                train_out,
                dev_out,
                backend=ner,
                limit=limit,
                dev_fraction=dev_fraction,
                labels=labels,
                progress=progress,
            )
        except GraphkitError as exc:
            fail(str(exc))
        typer.echo(
            f"{stats.documents} articles → {stats.train_sentences} training / {stats.dev_sentences} dev sentences; "
            f"entities {stats.entities}"
        )
        for item in stats.skipped[:20]:
            _say(f"skipped {item}")
        if len(stats.skipped) > 20:
            _say(f"… and {len(stats.skipped) - 20} more skipped")
        if stats.skipped:
            raise typer.Exit(1)
