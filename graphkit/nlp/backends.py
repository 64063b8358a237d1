"""The registry of NER backends and the ``auto`` choice between them.

``ner.stanza.v1`` is used when its Vietnamese models are installed, else the offline
``ner.underthesea.v1`` (its models ship inside the underthesea wheel).
"""

from __future__ import annotations

import importlib
import inspect
import logging
from pathlib import Path

from graphkit.registry import Registry
from graphkit.stages import NerBackend

logger = logging.getLogger(__name__)

NER_BACKENDS: Registry[NerBackend] = Registry("ner")
"""NER backend factories by versioned name."""

AUTO = "auto"
STANZA = "ner.stanza.v1"
UNDERTHESEA = "ner.underthesea.v1"
_MODULES = ("graphkit.nlp.underthesea_backend", "graphkit.nlp.stanza_backend")


def load_builtin_backends() -> list[str]:
    """Import the modules that register the built-in backends; return the known names."""
    for module in _MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            logger.debug("NER backend module %s not importable: %s", module, exc)
    return NER_BACKENDS.names()


def stanza_installed(models_dir: Path | None = None) -> bool:
    """Whether the Stanza backend and its Vietnamese models are available."""
    try:
        from graphkit.nlp.stanza_backend import models_installed
    except ImportError as exc:
        logger.debug("Stanza backend not importable: %s", exc)
        return False
    try:
        return bool(models_installed(models_dir))
    except Exception as exc:  # noqa: BLE001 - a broken install counts as not installed
        logger.warning("cannot check the Stanza models (%s); using %s", exc, UNDERTHESEA)
        return False


def resolve_backend_name(name: str = AUTO, models_dir: Path | None = None) -> str:
    """The concrete backend name ``name`` stands for (``auto`` → Stanza or underthesea)."""
    if name != AUTO:
        return name
    return STANZA if stanza_installed(models_dir) else UNDERTHESEA


def create_backend(name: str = AUTO, models_dir: Path | None = None, **options: object) -> NerBackend:
    """Create a NER backend by name.

    Parameters
    ----------
    name : str
        ``auto`` (Stanza when its models are installed, else underthesea),
        ``ner.stanza.v1`` or ``ner.underthesea.v1``.
    models_dir : Path, optional
        Where Stanza models live; default :func:`graphkit.nlp.paths.models_dir`.
    **options
        Extra keyword arguments for the factory (e.g. ``kb``); ones the factory does not
        accept are ignored.

    Returns
    -------
    NerBackend
        Its ``name`` says which backend was chosen.

    Raises
    ------
    ConfigError
        For an unknown backend name.
    """
    load_builtin_backends()
    chosen = resolve_backend_name(name, models_dir)
    factory = NER_BACKENDS.get(chosen)
    kwargs: dict[str, object] = {"models_dir": models_dir, **options}
    try:
        params = inspect.signature(factory).parameters
    except (TypeError, ValueError):
        params = {}
    if params and not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    backend = factory(**kwargs)
    logger.info("NER backend: %s%s", backend.name, " (auto)" if name == AUTO else "")
    return backend
