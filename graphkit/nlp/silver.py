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

from graphkit.errors import GraphkitError
from graphkit.models import AnnotatedDocument, Document
from graphkit.nlp.stanza_train import TaggedSentence, entity_types, write_conll
from graphkit.stages import NerBackend

logger = logging.getLogger(__name__)

_SPACE_BEFORE = re.compile(r" +([,.;:!?%…)\]}»])")
_SPACE_AFTER = re.compile(r"([(\[{«]) +")


class SilverError(GraphkitError):
    """Silver data could not be produced."""


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
    abort_after: int = 20,
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
    abort_after : int
        Give up when this many articles fail before any succeeds.

    Returns
    -------
    SilverStats
        Counts; articles the backend failed on are listed in ``skipped``.

    Raises
    ------
    SilverError
        The backend failed on each of the first ``abort_after`` articles.
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
            if stats.documents == 0 and len(stats.skipped) >= abort_after:
                raise SilverError(
                    f"the backend failed on the first {len(stats.skipped)} articles; last error: {exc}"
                ) from exc
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


def resegment(sentences: Iterable[TaggedSentence]) -> tuple[list[TaggedSentence], int]:
    """Re-tokenise tagged sentences with graphkit's word segmenter, keeping their entities.

    Hand-labelled data may split words differently from the segmenter that feeds the
    model at run time (e.g. one token per syllable of a name). Each sentence's text is
    rebuilt (as :func:`graphkit.nlp.evaluate.rebuild_sentence` does), segmented with
    :func:`graphkit.nlp.segment.segment`, and every entity is projected onto the new
    words.

    Parameters
    ----------
    sentences : iterable of TaggedSentence
        ``(word, BIO tag)`` pairs; words may join syllables with ``_`` or spaces.

    Returns
    -------
    tuple
        The re-tokenised sentences, and how many entities could not be projected
        because a new word crosses their boundary (the entity's words are then tagged
        with the entity anyway, widened to whole words).
    """
    from graphkit.nlp.evaluate import rebuild_sentence
    from graphkit.nlp.segment import segment

    out: list[TaggedSentence] = []
    widened = 0
    for sent in sentences:
        gold = rebuild_sentence([(w.replace(" ", "_"), t) for w, t in sent])
        tokens = segment(gold.text, pos=False)
        tags = ["O"] * len(tokens)
        for span in gold.spans:
            inside = [i for i, t in enumerate(tokens) if t.start < span.end and t.end > span.start]
            if not inside or any(tags[i] != "O" for i in inside):
                widened += 1
                continue
            if tokens[inside[0]].start != span.start or tokens[inside[-1]].end != span.end:
                widened += 1
            tags[inside[0]] = f"B-{span.type}"
            for i in inside[1:]:
                tags[i] = f"I-{span.type}"
        out.append([(" ".join(t.text.split()), tag) for t, tag in zip(tokens, tags, strict=True)])
    return out, widened
