"""Where downloaded NLP models live on disk."""

from __future__ import annotations

import os
from pathlib import Path

MODELS_DIR_ENV = "GRAPHKIT_MODELS_DIR"


def models_dir() -> Path:
    """Return the directory holding downloaded models.

    Returns
    -------
    Path
        ``$GRAPHKIT_MODELS_DIR`` when set and non-empty, else ``~/.cache/graphkit/models``.
        The directory is not created.
    """
    env = os.environ.get(MODELS_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "graphkit" / "models"
