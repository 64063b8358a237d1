"""Precision, recall and F1 from counts: the one scoring model every ``graphkit eval`` uses."""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict


class Counts(BaseModel):
    """True/false positives and false negatives with the derived scores.

    Examples
    --------
    >>> Counts(tp=3, fp=1, fn=2).finish().f1
    0.6667
    >>> Counts().finish(empty=1.0).precision
    1.0
    """

    model_config = ConfigDict(extra="forbid")

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    def finish(self, empty: float = 0.0) -> Self:
        """Fill precision, recall and F1 (rounded to 4 places).

        ``empty`` is the precision (recall) when nothing was predicted (expected) and
        nothing was missed (spurious): 0 for a strict score, 1 to count "nothing to find,
        nothing found" as perfect.
        """
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (empty if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (empty if self.fp == 0 else 0.0)
        self.precision = round(p, 4)
        self.recall = round(r, 4)
        self.f1 = round(2 * p * r / (p + r), 4) if p + r else 0.0
        return self
