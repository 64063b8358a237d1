"""``ner.underthesea.v1``: the offline NER backend built on underthesea's CRF models.

Sentences → syllables → words (+POS) → underthesea's 2017 CRF NER tagger → the rules
and knowledge layer (:func:`graphkit.nlp.rules.refine`). Everything ships inside the
underthesea wheel, so this backend works without downloads.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache

from graphkit.errors import NotAvailableError
from graphkit.models import AnnotatedDocument, Document, Mention, Sentence, Token
from graphkit.nlp.backends import NER_BACKENDS
from graphkit.nlp.segment import CrfFeaturizer, group_words, pos_tags, syllables

logger = logging.getLogger(__name__)

BACKEND_NAME = "ner.underthesea.v1"
_BIO_TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}

# A sentence ends at . ! ? … (plus closing quotes/brackets) before whitespace and an
# upper-case letter, a digit or an opening quote; or at a line break.
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[\d\w])|\n+")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|St|Mr|Mrs|Dr|ThS|TS|PGS|GS|Q|P|ông|bà|v\.v)|\b[A-ZĐ])\.$")


def fallback_split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans without trailing or leading whitespace.

    Parameters
    ----------
    text : str
        The document text.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` offsets of each sentence.

    Examples
    --------
    >>> t = "Ông Putin đến Bắc Kinh. Ông gặp ông Tập Cận Bình."
    >>> [t[s:e] for s, e in fallback_split_sentences(t)]
    ['Ông Putin đến Bắc Kinh.', 'Ông gặp ông Tập Cận Bình.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" in m.group(0):
            _add_span(text, start, m.start(), spans)
            start = m.end()
            continue
        following = text[m.end() :].lstrip()[:1]
        if _ABBREV.search(text[start : m.end()]) or following.islower():
            continue
        _add_span(text, start, m.end(), spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    s = start + (len(piece) - len(piece.lstrip()))
    spans.append((s, s + len(stripped)))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans from :mod:`graphkit.ingest.sentences`, or the built-in fallback."""
    try:
        from graphkit.ingest.sentences import split_sentences as ingest_split
    except ImportError:
        return fallback_split_sentences(text)
    return list(ingest_split(text))


@cache
def _ner_model() -> tuple[object, CrfFeaturizer]:
    try:
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    except ImportError as exc:  # pragma: no cover - underthesea is a dependency
        raise NotAvailableError(f"underthesea is not installed: {exc}") from exc
    predictor = CRFNERPredictor.Instance()
    return predictor.model, CrfFeaturizer(predictor.transformer.template)


def ner_tags(words: Sequence[str], pos: Sequence[str]) -> list[str]:
    """BIO tags of underthesea's CRF NER model for one sentence.

    Parameters
    ----------
    words : sequence of str
        Words in model spelling (syllables joined by a space).
    pos : sequence of str
        Their POS tags.

    Returns
    -------
    list of str
        ``B-PER``, ``I-LOC``, ``O``… one per word (the chunk column is not a feature of
        the model, so it is not computed).
    """
    if not words:
        return []
    model, featurizer = _ner_model()
    n = len(words)
    feats = featurizer.features([list(words), list(pos), ["X"] * n, ["X"] * n])
    return list(model.tag(feats))  # type: ignore[attr-defined]


def _spans_from_bio(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    cur: list[int] | None = None
    cur_type = ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and cur is not None and label == cur_type:
            cur[1] = i
            continue
        if cur is not None:
            spans.append((cur[0], cur[1], cur_type))
            cur = None
        if prefix in ("B", "I") and label in _BIO_TYPES:
            cur = [i, i]
            cur_type = label
    if cur is not None:
        spans.append((cur[0], cur[1], cur_type))
    return spans


class UndertheseaBackend:
    """Offline NER: underthesea segmentation, POS and CRF NER, then the rules layer.

    Parameters
    ----------
    kb : KnowledgeBase, optional
        Knowledge base for the rules layer; loaded lazily from :mod:`graphkit.linking`
        when omitted.
    rules : bool
        Apply :func:`graphkit.nlp.rules.refine` (on by default; off gives the raw model).
    """

    name = BACKEND_NAME

    def __init__(self, kb: object | None = None, rules: bool = True) -> None:
        self._kb = kb
        self._rules = rules

    def annotate(self, doc: Document) -> AnnotatedDocument:
        """Sentences, tokens (with POS) and typed mentions of one document."""
        text = doc.text
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        for start, end in split_sentences(text):
            words = group_words(syllables(text, start, end))
            tokens = [Token(text=text[w[0].start : w[-1].end], start=w[0].start, end=w[-1].end) for w in words]
            model_words = [" ".join(s.norm for s in w) for w in words]
            tags = pos_tags(model_words)
            for token, tag in zip(tokens, tags, strict=True):
                token.pos = tag
            bio = ner_tags(model_words, tags)
            for a, b, label in _spans_from_bio(tokens, bio):
                s, e = tokens[a].start, tokens[b].end
                mentions.append(Mention(start=s, end=e, text=text[s:e], type=_BIO_TYPES[label], source="underthesea"))
            sentences.append(Sentence(start=start, end=end, text=text[start:end], tokens=tokens))
        adoc = AnnotatedDocument(document=doc, sentences=sentences, mentions=mentions, backend=self.name)
        if not self._rules:
            return adoc
        from graphkit.nlp.rules import refine

        return refine(adoc, kb=self._kb)


@NER_BACKENDS.register(BACKEND_NAME)
def _create(models_dir: object | None = None, kb: object | None = None, rules: bool = True) -> UndertheseaBackend:
    return UndertheseaBackend(kb=kb, rules=rules)
