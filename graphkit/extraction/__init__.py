"""Typed relation and event extraction.

``EXTRACTORS`` holds the extractor factories by versioned name; every factory takes
``min_confidence``.

>>> "extractor.rules.v1" in EXTRACTORS.names()
True
"""

from __future__ import annotations

from graphkit.registry import Registry
from graphkit.stages import Extractor

EXTRACTORS: Registry[Extractor] = Registry("extractor")


@EXTRACTORS.register("extractor.rules.v1")
def _rules_v1(min_confidence: float = 0.3, use_dependencies: bool = True, use_model: bool = True) -> Extractor:
    from graphkit.extraction.rules import RuleExtractor

    return RuleExtractor(min_confidence=min_confidence, use_dependencies=use_dependencies, use_model=use_model)


__all__ = ["EXTRACTORS"]
