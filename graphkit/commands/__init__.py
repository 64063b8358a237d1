"""Command groups of the CLI; each module has ``register(app, eval_app, models_app)``."""

from graphkit.commands import build, eval_entities, eval_relations, graph, models, ner, store

COMMAND_MODULES = [build, ner, graph, store, eval_entities, eval_relations, models]
