"""The ``graphkit`` command line: a thin layer over the library.

Each command group lives in ``graphkit/commands/<area>.py`` and exposes
``register(app, eval_app, models_app)``. User mistakes and ``GraphkitError`` end with a
one-line message and exit code 2 (1 for a batch that skipped inputs), never a traceback.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from graphkit import __version__
from graphkit.commands import COMMAND_MODULES
from graphkit.errors import GraphkitError


class _Group(TyperGroup):
    """Turns every GraphkitError into a one-line message and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except GraphkitError as exc:
            typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
            raise typer.Exit(2) from None


app = typer.Typer(
    name="graphkit",
    cls=_Group,
    help="Vietnamese news → typed knowledge graph (NER, linking, relations, Neo4j, networkx, GraphML).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
eval_app = typer.Typer(help="Score NER or relation extraction against gold annotations.", no_args_is_help=True)
models_app = typer.Typer(help="Install, inspect and train models (Stanza NER).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(models_app, name="models")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphkit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv for debug)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


for _module in COMMAND_MODULES:
    _module.register(app, eval_app, models_app)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except GraphkitError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        sys.exit(2)
