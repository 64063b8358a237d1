"""Dependency evidence for the rule extractor, through spaCy's ``DependencyMatcher``.

When a sentence's tokens carry heads (the Stanza backend parses), the sentence becomes a
spaCy ``Doc`` and a few dependency patterns say which token is the subject of which verb
(``nsubj``, or the subject of the governing verb for an ``xcomp``/``conj`` chain). The
rule extractor prefers such a subject over the nearest-mention heuristic and gives it a
higher confidence; the triples keep the same schema either way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from graphkit.models import Sentence

log = logging.getLogger(__name__)

_SUBJ_DEPS = ["nsubj", "nsubj:pass", "csubj", "nsubjpass"]
_CHAIN_DEPS = ["xcomp", "conj"]


@cache
def _vocab() -> Any:
    from spacy.vocab import Vocab

    return Vocab()


@cache
def _matcher() -> Any:
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(_vocab())
    verb = {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["punct"]}}}
    matcher.add(
        "SUBJ",
        [[verb, {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": {"IN": _SUBJ_DEPS}}}]],
    )
    matcher.add(
        "CHAIN_SUBJ",
        [
            [
                {"RIGHT_ID": "gov", "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["punct"]}}},
                {"LEFT_ID": "gov", "REL_OP": ">", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": {"IN": _CHAIN_DEPS}}},
                {"LEFT_ID": "gov", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": {"IN": _SUBJ_DEPS}}},
            ]
        ],
    )
    return matcher


def to_doc(sentence: Sentence) -> Any:
    """A spaCy ``Doc`` of the sentence's tokens with their heads and relations."""
    from spacy.tokens import Doc

    toks = sentence.tokens
    words = [t.text.replace(" ", "_") or "_" for t in toks]
    spaces = [i + 1 < len(toks) and toks[i + 1].start > t.end for i, t in enumerate(toks)]
    heads = [t.head if t.head is not None and 0 <= t.head < len(toks) else i for i, t in enumerate(toks)]
    deps = [(t.deprel or "dep") if heads[i] != i else "ROOT" for i, t in enumerate(toks)]
    return Doc(_vocab(), words=words, spaces=spaces, heads=heads, deps=deps)


@dataclass
class DependencyIndex:
    """Which token is the subject of which verb, mapped back to the sentence's units."""

    starts: list[int]
    ends: list[int]
    subjects: dict[int, list[tuple[int, int]]]

    @classmethod
    def build(cls, sentence: Sentence, units: Sequence[Any]) -> DependencyIndex | None:
        """The index of a parsed sentence, or None when the tokens carry no heads."""
        toks = sentence.tokens
        if not toks or all(t.head is None for t in toks):
            return None
        try:
            doc = to_doc(sentence)
            matches = _matcher()(doc)
        except Exception as exc:  # pragma: no cover - a malformed parse falls back to surface rules
            log.debug("dependency matching failed: %s", exc)
            return None
        subjects: dict[int, list[tuple[int, int]]] = {}
        strings = _vocab().strings
        for match_id, token_ids in matches:
            label = strings[match_id]
            if label == "SUBJ":
                verb, subj = token_ids
                subjects.setdefault(verb, []).append((0, subj))
            else:
                _gov, verb, subj = token_ids
                subjects.setdefault(verb, []).append((1, subj))
        for verb in subjects:
            subjects[verb].sort()
        return cls([t.start for t in toks], [t.end for t in toks], subjects)

    def _token_at(self, offset: int) -> int | None:
        for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True)):
            if s <= offset < e:
                return i
        return None

    def subject_of(self, unit_index: int, units: Sequence[Any]) -> int | None:
        """Unit index of the mention that is the parse's subject of the trigger at ``unit_index``."""
        tok = self._token_at(units[unit_index].start)
        if tok is None:
            return None
        for _prio, subj in self.subjects.get(tok, []):
            offset = self.starts[subj]
            for k, unit in enumerate(units):
                if unit.kind == "m" and unit.start <= offset < unit.end:
                    return k
        return None
