"""One error hierarchy for the whole package: every user-facing failure is a GraphkitError."""

from __future__ import annotations


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class InputError(GraphkitError):
    """An input file or record could not be read or understood."""


class ConfigError(GraphkitError):
    """A pipeline configuration or a command-line option is wrong."""


class ModelNotFoundError(GraphkitError):
    """A model is not installed; the message names the command that installs it."""


class StoreError(GraphkitError):
    """The graph store failed or could not be reached."""


class NotAvailableError(GraphkitError):
    """A capability that this installation does not provide."""
