"""Knowledge base and entity linking."""

from graphkit.registry import Registry
from graphkit.stages import Linker

LINKERS: Registry[Linker] = Registry("linker")
"""Linkers by versioned name (``linker.kb.v1``)."""


def _register_builtin() -> None:
    from graphkit.linking import linker  # noqa: F401  (registers linker.kb.v1)


_register_builtin()
