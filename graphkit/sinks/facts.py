"""The aggregates of a fact relationship, computed from its claims and merged with stored ones.

A fact (one typed relationship per subject, predicate and object) carries, over the asserted
claims that support it: ``count`` (number of claims), ``first_date``/``last_date`` (min/max of
their dates, nulls ignored), ``doc_ids`` (their distinct doc ids, sorted), ``confidence`` (the
highest) and, for some predicates, a sorted list of the distinct values of one claim property
(``modes`` of MET…, see :data:`graphkit.sinks.cypher.FACT_EXTRAS`).

Every one of these is a count, a min/max or a set, so the aggregates of a set of claims are the
merge of the aggregates of any partition of it: the loader aggregates the new claims of a batch in
Python and merges them with what the store holds (:meth:`FactAggregate.merge_stored`), which is
equal to computing them from all claims (:meth:`FactAggregate.of_claims`, used when claims were
changed or removed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class FactAggregate:
    """The aggregates of one fact over some of its claims."""

    count: int = 0
    first_date: str | None = None
    last_date: str | None = None
    doc_ids: set[str] = field(default_factory=set)
    confidence: float | None = None
    extras: set[Any] = field(default_factory=set)

    def add(self, date: str | None, doc_id: str, confidence: float | None, extra: Any = None) -> None:
        """Count one claim."""
        self.count += 1
        if date is not None:
            if self.first_date is None or date < self.first_date:
                self.first_date = date
            if self.last_date is None or date > self.last_date:
                self.last_date = date
        self.doc_ids.add(doc_id)
        if confidence is not None and (self.confidence is None or confidence > self.confidence):
            self.confidence = confidence
        if extra is not None:
            self.extras.add(extra)

    def merge_stored(self, stored: Mapping[str, Any]) -> None:
        """Add the aggregates a stored fact holds (``count``, ``first_date``… and ``extra``, its list)."""
        self.count += stored.get("count") or 0
        for date in (stored.get("first_date"), stored.get("last_date")):
            if date is not None:
                if self.first_date is None or date < self.first_date:
                    self.first_date = date
                if self.last_date is None or date > self.last_date:
                    self.last_date = date
        self.doc_ids.update(stored.get("doc_ids") or ())
        confidence = stored.get("confidence")
        if confidence is not None and (self.confidence is None or confidence > self.confidence):
            self.confidence = confidence
        self.extras.update(x for x in stored.get("extra") or () if x is not None)

    def values(self, with_extra: bool) -> list[Any]:
        """The property values in the order of :data:`graphkit.sinks.cypher.FACT_VALUES`, then the
        sorted extra list when the predicate has one."""
        doc_ids = self.doc_ids
        out = [self.count, self.first_date, self.last_date, sorted(doc_ids) if len(doc_ids) > 1 else list(doc_ids)]
        out.append(self.confidence)
        if with_extra:
            out.append(sorted(self.extras) if len(self.extras) > 1 else list(self.extras))
        return out

    @classmethod
    def of_claims(cls, claims: Iterable[Iterable[Any]]) -> FactAggregate:
        """The aggregates of claims given as ``[date, doc_id, confidence, extra]``.

        Examples
        --------
        >>> agg = FactAggregate.of_claims([["2024-05-02", "b", 0.5, "phone"], [None, "a", 0.9, None]])
        >>> agg.values(with_extra=True)
        [2, '2024-05-02', '2024-05-02', ['a', 'b'], 0.9, ['phone']]
        """
        agg = cls()
        for date, doc_id, confidence, extra in claims:
            agg.add(date, doc_id, confidence, extra)
        return agg
