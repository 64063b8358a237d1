"""CLI commands (placeholder until implemented)."""

from __future__ import annotations

import typer


def register(app: typer.Typer, eval_app: typer.Typer, models_app: typer.Typer) -> None:
    pass
