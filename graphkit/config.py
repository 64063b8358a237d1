"""Named pipeline configurations (``pipelines/*.toml``) as validated models."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graphkit.errors import ConfigError
from graphkit.resources import pipelines_dir


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NerConfig(_Section):
    backend: str = "auto"


class LinkingConfig(_Section):
    component: str = "linker.kb.v1"


class ExtractionConfig(_Section):
    component: str = "extractor.rules.v1"
    min_confidence: float = Field(default=0.3, ge=0.0, le=1.0)


class BatchConfig(_Section):
    workers: int = Field(default=1, ge=1)


class StoreConfig(_Section):
    batch_size: int = Field(default=10000, ge=1)


class PipelineConfig(_Section):
    name: str = "custom"
    description: str = ""
    ner: NerConfig = Field(default_factory=NerConfig)
    linking: LinkingConfig = Field(default_factory=LinkingConfig)
    extraction: ExtractionConfig = Field(default_factory=ExtractionConfig)
    batch: BatchConfig = Field(default_factory=BatchConfig)
    store: StoreConfig = Field(default_factory=StoreConfig)


DEFAULT_PIPELINE = "vi-news"


def available_pipelines() -> list[str]:
    return sorted(p.stem for p in pipelines_dir().glob("*.toml"))


def load_pipeline(name_or_path: str = DEFAULT_PIPELINE) -> PipelineConfig:
    """Load a pipeline by name (``vi-news``) or by the path of a TOML file."""
    path = Path(name_or_path)
    if not path.suffix:
        path = pipelines_dir() / f"{name_or_path}.toml"
    if not path.is_file():
        known = ", ".join(available_pipelines())
        raise ConfigError(f"pipeline '{name_or_path}' not found (known: {known}, or a .toml path)")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return PipelineConfig.model_validate(raw)
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ConfigError(f"pipeline {path}: {exc}") from None
