"""Versioned component registries (``ner.stanza.v1``, ``extractor.rules.v1``…).

Pipeline configurations name components; an unknown name fails at once with the list of
known ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from graphkit.errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    """Factories registered under versioned names."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        def decorator(factory: Callable[..., T]) -> Callable[..., T]:
            if name in self._factories:
                raise ValueError(f"{self.kind} component '{name}' registered twice")
            self._factories[name] = factory
            return factory

        return decorator

    def names(self) -> list[str]:
        return sorted(self._factories)

    def get(self, name: str) -> Callable[..., T]:
        try:
            return self._factories[name]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise ConfigError(f"unknown {self.kind} component '{name}' (known: {known})") from None

    def create(self, name: str, **kwargs: object) -> T:
        return self.get(name)(**kwargs)
