"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from graphkit.extraction import EXTRACTORS
from graphkit.extraction.rules import RuleExtractor


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    """The rule extractor with no confidence floor, so tests see every candidate fact."""
    return EXTRACTORS.create("extractor.rules.v1", min_confidence=0.0)
