"""Command groups of the CLI; each module has ``register(app, eval_app, models_app)``."""

from graphkit.commands import build, graph, ner, store

COMMAND_MODULES = [build, ner, graph, store]
