"""Export the output records' JSON Schemas into ``schemas/json/`` and detect stale files."""

from __future__ import annotations

import json
from pathlib import Path

from graphkit.models import schema_models
from graphkit.resources import schemas_dir


def _schemas() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(adapter.json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        for name, adapter in schema_models().items()
    }


def default_dir() -> Path:
    return schemas_dir() / "json"


def export_schemas(out: Path | None = None) -> list[Path]:
    """Write one ``<record>.schema.json`` per output record; returns the paths written."""
    out = out or default_dir()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in _schemas().items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def stale_schemas(directory: Path | None = None) -> list[str]:
    """Names of schema files that are missing or differ from the current models."""
    directory = directory or default_dir()
    stale = []
    for name, text in _schemas().items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
