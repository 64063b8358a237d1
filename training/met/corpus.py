"""The articles the meeting-pair model learns from, and the pairs it scores.

Articles come from the word-segmented corpus (``../shared/corpus/vietnews-seg`` by default).
A fifth of the files (by a hash of the file name) is held back for evaluation sets and
never used here, and so are files named in ``EXCLUDED``.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graphkit.config import load_pipeline
from graphkit.extraction.pairs import PairCandidate, candidates
from graphkit.extraction.rules import RuleExtractor, _related
from graphkit.models import AnnotatedDocument
from graphkit.nlp.silver import read_segmented_article
from graphkit.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "vietnews-seg"
EXCLUDED_FILE = Path(__file__).resolve().parent / "excluded.txt"


def held_back(name: str) -> bool:
    """True for the files kept for evaluation sets (one in five, by the name's hash)."""
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 5 == 0


def training_files(corpus: Path = CORPUS, seed: int = 13) -> list[Path]:
    """The corpus files this training may read, in a fixed shuffled order."""
    excluded = set(EXCLUDED_FILE.read_text(encoding="utf-8").split()) if EXCLUDED_FILE.exists() else set()
    files = [
        p for p in sorted(corpus.glob("*.txt.seg")) if not held_back(p.name) and p.name.split(".")[0] not in excluded
    ]
    random.Random(seed).shuffle(files)
    return files


@dataclass
class Pair:
    """One scored pair: where it is, who, and its features."""

    file: str
    start: int
    sentence: str
    a_id: str
    b_id: str
    a_text: str
    b_text: str
    a_name: str
    b_name: str
    rule_met: bool
    features: list[str]
    scored: bool
    """True when the pair model decides the pair (its trigger was left empty by the rules)."""


def sentence_pairs(extractor: RuleExtractor, adoc: AnnotatedDocument, name: str) -> Iterator[Pair]:
    """The candidate pairs of every sentence of an annotated article."""
    for analysis, facts in extractor.sentence_facts(adoc):
        cands: list[PairCandidate] = candidates(analysis)
        if not cands:
            continue
        scored = {frozenset(c.args(analysis)[i].ref.id for i in (0, 1)) for c in analysis.pair_candidates()}
        related = _related(facts)
        for cand in cands:
            a, b = cand.args(analysis)
            yield Pair(
                file=name,
                start=analysis.sentence.start,
                sentence=analysis.sentence.text,
                a_id=a.ref.id,
                b_id=b.ref.id,
                a_text=analysis.units[cand.left].text,
                b_text=analysis.units[cand.right].text,
                a_name=a.ref.name,
                b_name=b.ref.name,
                rule_met="MET" in related.get(frozenset((a.ref.id, b.ref.id)), []),
                features=analysis.pair_features(cand, related),
                scored=frozenset((a.ref.id, b.ref.id)) in scored,
            )


def corpus_pairs(files: list[Path]) -> Iterator[Pair]:
    """Candidate pairs of the given corpus files, through the default pipeline."""
    pipeline = Pipeline(load_pipeline())
    extractor = RuleExtractor(min_confidence=0.0, use_model=False)
    for path in files:
        adoc = pipeline.annotate(read_segmented_article(path))
        yield from sentence_pairs(extractor, adoc, path.name.split(".")[0])
