"""Silver NER training data: a word-segmented corpus tagged by an existing NER backend.

Each corpus file holds one article in word-segmented form (syllables of a word joined by
``_``, tokens separated by spaces, the title on the first line). The article is turned
back into plain text, annotated by a graphkit NER backend (by default the offline
underthesea backend with the rules-and-knowledge layer), and each sentence is written as
CoNLL: the backend's own words, one per line, with BIO tags. A Stanza model trained on
this learns to reproduce the backend on the words the segmenter produces at run time.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.models import AnnotatedDocument, Document
from graphkit.nlp.stanza_train import TaggedSentence, entity_types, write_conll
from graphkit.stages import NerBackend

logger = logging.getLogger(__name__)

_SPACE_BEFORE = re.compile(r" +([,.;:!?%…)\]}»])")
_SPACE_AFTER = re.compile(r"([(\[{«]) +")

VLSP_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC", "EVENT": "MISC"}
"""graphkit entity types → the VLSP NER labels of Stanza's Vietnamese models."""


def detokenize(line: str) -> str:
    """Plain text from one word-segmented line.

    Examples
    --------
    >>> detokenize("Tổng_thống Mỹ ( Washington ) nói , hôm_nay .")
    'Tổng thống Mỹ (Washington) nói, hôm nay.'
    """
    words = [w.replace("_", " ") if w.strip("_") else w for w in line.split()]
    text = " ".join(words)
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def read_segmented_article(path: Path) -> Document:
    """A Document from one word-segmented article (first non-empty line = title)."""
    lines = [detokenize(line) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line.strip()]
    title = lines[0] if lines else None
    body = "\n".join(lines[1:]) if len(lines) > 1 else (title or "")
    doc_id = path.name.split(".")[0]
    return Document(doc_id=doc_id, title=title, text=body)


def tag_sentences(adoc: AnnotatedDocument, labels: str = "vlsp") -> Iterator[TaggedSentence]:
    """The sentences of an annotated document as ``(word, BIO tag)`` pairs.

    Parameters
    ----------
    adoc : AnnotatedDocument
        Sentences with tokens, and mentions.
    labels : {"vlsp", "graphkit"}
        ``vlsp``: PER/ORG/LOC/MISC, as Stanza's Vietnamese models; ``graphkit``: the
        entity types themselves (PERSON, COUNTRY…).

    Yields
    ------
    TaggedSentence
        Words in Stanza spelling (internal whitespace collapsed to one space). A mention
        that does not start and end on token boundaries is left out.
    """
    mentions = sorted(adoc.mentions, key=lambda m: (m.start, -m.end))
    for sent in adoc.sentences:
        tokens = sent.tokens
        if not tokens:
            continue
        tags = ["O"] * len(tokens)
        starts = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i for i, t in enumerate(tokens)}
        for m in mentions:
            if m.start < sent.start or m.end > sent.end:
                continue
            a, b = starts.get(m.start), ends.get(m.end)
            if a is None or b is None or b < a or any(t != "O" for t in tags[a : b + 1]):
                continue
            label = str(m.type)
            if labels == "vlsp":
                label = VLSP_LABELS.get(label, "MISC")
            tags[a] = f"B-{label}"
            for i in range(a + 1, b + 1):
                tags[i] = f"I-{label}"
        yield [(" ".join(t.text.split()), tag) for t, tag in zip(tokens, tags, strict=True)]


@dataclass
class SilverStats:
    """What :func:`make_silver` wrote."""

    documents: int = 0
    train_sentences: int = 0
    dev_sentences: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def make_silver(
    corpus: Path,
    train_out: Path,
    dev_out: Path,
    backend: NerBackend | None = None,
    limit: int | None = None,
    dev_fraction: float = 0.1,
    keep_empty: float = 0.3,
    labels: str = "vlsp",
    seed: int = 13,
    progress: Callable[[int, int], None] | None = None,
) -> SilverStats:
    """Tag a word-segmented corpus with a NER backend and write CoNLL train/dev files.

    Parameters
    ----------
    corpus : Path
        Directory of word-segmented articles (one per file).
    train_out, dev_out : Path
        CoNLL files to write; whole articles go to one or the other.
    backend : NerBackend, optional
        Default: ``ner.underthesea.v1`` (with the rules layer).
    limit : int, optional
        Use at most this many articles (taken in sorted order).
    dev_fraction : float
        Share of articles for the dev file.
    keep_empty : float
        Share of sentences without entities that are kept.
    labels : {"vlsp", "graphkit"}
        Label set (see :func:`tag_sentences`).
    seed : int
        Seed for the split and the sampling.
    progress : callable, optional
        Called with ``(done, total)`` after each article.

    Returns
    -------
    SilverStats
        Counts; articles the backend failed on are listed in ``skipped``.
    """
    if backend is None:
        from graphkit.nlp.backends import create_backend

        backend = create_backend("ner.underthesea.v1")
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if limit is not None:
        files = files[:limit]
    rng = random.Random(seed)
    train: list[TaggedSentence] = []
    dev: list[TaggedSentence] = []
    stats = SilverStats()
    for done, path in enumerate(files, 1):
        try:
            doc = read_segmented_article(path)
            adoc = backend.annotate(doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
            logger.warning("skipped %s: %s", path.name, exc)
            stats.skipped.append(f"{path.name}: {exc}")
            continue
        stats.documents += 1
        target = dev if rng.random() < dev_fraction else train
        for sent in tag_sentences(adoc, labels=labels):
            if any(tag != "O" for _, tag in sent) or rng.random() < keep_empty:
                target.append(sent)
        if progress is not None:
            progress(done, len(files))
    stats.train_sentences = write_conll(train, train_out)
    stats.dev_sentences = write_conll(dev, dev_out)
    stats.entities = dict(entity_types(train))
    return stats


def iter_articles(corpus: Path, limit: int | None = None) -> Iterable[Document]:
    """Documents of a word-segmented corpus directory, in sorted file order."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    for path in files[:limit] if limit is not None else files:
        yield read_segmented_article(path)
