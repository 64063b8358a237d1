"""spaCy ``Doc`` objects built from graphkit sentences, for spaCy's ``DependencyMatcher``.

A :class:`~graphkit.models.Sentence` becomes a ``Doc`` with one spaCy token per graphkit
token (a multi-syllable word such as "Hà Nội" stays one token), so token ``i`` of the
Doc is ``sentence.tokens[i]``. It carries:

* ``tag_``: the token's POS as the backend gave it (VLSP tags such as ``Np``, or UPOS);
* ``pos_``: its Universal POS (VLSP tags mapped, UPOS kept);
* ``head``/``dep_``: the dependency parse when every token has a head (the root is its
  own head, ``dep_`` is the backend's label, e.g. ``root``/``nsubj``);
* one sentence (sentence start on the first token) when there is no parse;
* ``ents``: the mentions (label = entity type, ``kb_id_`` = entity id or KB id), and
  ``doc.spans["mentions"]`` with every mention even when they overlap;
* character offsets into the *document* text: ``doc.user_data["offsets"][i]`` is
  ``(start, end)`` of token ``i`` (see :func:`token_offsets`), and
  ``doc.user_data["mentions"]`` maps each span of ``doc.spans["mentions"]`` back to its
  :class:`~graphkit.models.Mention` index in the list given.

The Doc's own text joins tokens with single spaces, so ``token.idx`` is an offset into
that text, not into the document; use :func:`token_offsets` for document offsets.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import Any

from graphkit.errors import NotAvailableError
from graphkit.models import AnnotatedDocument, Mention, Sentence

logger = logging.getLogger(__name__)

UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ"}
    | {"SYM", "VERB", "X"}
)
VLSP_TO_UPOS: dict[str, str] = {
    "N": "NOUN",
    "Nc": "NOUN",
    "Nu": "NOUN",
    "Nb": "NOUN",
    "Ni": "NOUN",
    "Np": "PROPN",
    "Ny": "PROPN",
    "NNP": "PROPN",
    "V": "VERB",
    "Vb": "VERB",
    "Vy": "VERB",
    "A": "ADJ",
    "Ab": "ADJ",
    "P": "PRON",
    "Pp": "PRON",
    "R": "ADV",
    "L": "DET",
    "M": "NUM",
    "E": "ADP",
    "Eb": "ADP",
    "C": "CCONJ",
    "Cc": "CCONJ",
    "CC": "CCONJ",
    "I": "INTJ",
    "T": "PART",
    "B": "X",
    "Y": "PROPN",
    "S": "SYM",
    "X": "X",
    "Z": "X",
    "CH": "PUNCT",
    "PUNCT": "PUNCT",
}
"""Vietnamese (VLSP/VTB) POS tags → Universal POS."""


def upos(tag: str | None) -> str:
    """The Universal POS of a VLSP or UD tag (``""`` when unknown or missing).

    Examples
    --------
    >>> upos("Np"), upos("CH"), upos("VERB"), upos(None)
    ('PROPN', 'PUNCT', 'VERB', '')
    """
    if not tag:
        return ""
    if tag in UPOS:
        return tag
    return VLSP_TO_UPOS.get(tag, VLSP_TO_UPOS.get(tag[:1], "X"))


@cache
def shared_vocab() -> Any:
    """The spaCy ``Vocab`` shared by every Doc built here (give it to matchers).

    It comes from ``spacy.blank("xx")`` so lexical attributes (``LOWER``, ``IS_PUNCT``,
    ``LIKE_NUM``…) work in patterns.
    """
    try:
        import spacy
    except ImportError as exc:
        raise NotAvailableError(f"spaCy is not installed ({exc}); pip install 'graphkit[stanza]'") from exc
    return spacy.blank("xx").vocab


def _parse(sentence: Sentence) -> tuple[list[int], list[str]] | None:
    n = len(sentence.tokens)
    heads: list[int] = []
    deps: list[str] = []
    roots = 0
    for i, tok in enumerate(sentence.tokens):
        if tok.head is None:
            return None
        head = i if tok.head < 0 else tok.head
        if not 0 <= head < n:
            logger.debug("head %d out of range in sentence at %d; parse ignored", tok.head, sentence.start)
            return None
        roots += head == i
        heads.append(head)
        deps.append(tok.deprel or ("root" if head == i else "dep"))
    if roots == 0:
        return None
    for i in range(n):
        seen = set()
        j = i
        while heads[j] != j:
            if j in seen:
                logger.debug("cycle in the parse of sentence at %d; parse ignored", sentence.start)
                return None
            seen.add(j)
            j = heads[j]
    return heads, deps


def _token_span(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    first = last = None
    for i, (s, e) in enumerate(offsets):
        if s < end and e > start:
            if first is None:
                first = i
            last = i
    if first is None or last is None:
        return None
    return first, last + 1


def to_spacy_doc(sentence: Sentence, mentions: Sequence[Mention] = ()) -> Any:
    """Build a spaCy ``Doc`` for one sentence (see the module docstring for what it holds).

    Parameters
    ----------
    sentence : Sentence
        With tokens (POS, heads and relations used when present).
    mentions : sequence of Mention
        Mentions of the document (offsets into the document text); the ones inside the
        sentence become ``ents`` and ``doc.spans["mentions"]``. A mention that does not
        fall on token boundaries covers every token it overlaps.

    Returns
    -------
    spacy.tokens.Doc
        Token ``i`` is ``sentence.tokens[i]``.

    Examples
    --------
    >>> from graphkit.models import Token
    >>> s = Sentence(start=0, end=13, text="Ông Putin nói", tokens=[
    ...     Token(text="Ông", start=0, end=3, pos="Nc"), Token(text="Putin", start=4, end=9, pos="Np"),
    ...     Token(text="nói", start=10, end=13, pos="V")])
    >>> doc = to_spacy_doc(s, [Mention(start=4, end=9, text="Putin", type="PERSON")])
    >>> [(t.text, t.pos_, t.tag_) for t in doc]
    [('Ông', 'NOUN', 'Nc'), ('Putin', 'PROPN', 'Np'), ('nói', 'VERB', 'V')]
    >>> [(e.text, e.label_) for e in doc.ents], token_offsets(doc)[1]
    ([('Putin', 'PERSON')], (4, 9))
    """
    from spacy.tokens import Doc, Span

    tokens = sentence.tokens
    words = [t.text if t.text else "_" for t in tokens]
    if not words:
        doc = Doc(shared_vocab(), words=[])
        doc.user_data["offsets"] = []
        doc.user_data["mentions"] = []
        doc.user_data["sentence"] = (sentence.start, sentence.end)
        return doc
    offsets = [(t.start, t.end) for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
    tags = [t.pos or "" for t in tokens]
    pos = [upos(t.pos) for t in tokens]
    parse = _parse(sentence)
    kwargs: dict[str, Any] = {"words": words, "spaces": spaces, "tags": tags}
    if all(pos):
        kwargs["pos"] = pos
    if parse is not None:
        kwargs["heads"], kwargs["deps"] = parse
    else:
        kwargs["sent_starts"] = [i == 0 for i in range(len(words))]
    doc = Doc(shared_vocab(), **kwargs)
    if "pos" not in kwargs:
        for tok, p in zip(doc, pos, strict=True):
            if p:
                tok.pos_ = p

    inside = [
        (i, m) for i, m in enumerate(mentions) if m.start < sentence.end and m.end > sentence.start and m.end > m.start
    ]
    all_spans: list[Any] = []
    index: list[int] = []
    for i, m in inside:
        bounds = _token_span(offsets, m.start, m.end)
        if bounds is None:
            continue
        kb = m.entity_id or m.kb_id or ""
        all_spans.append(Span(doc, bounds[0], bounds[1], label=str(m.type), kb_id=kb))
        index.append(i)
    doc.spans["mentions"] = all_spans
    chosen: list[Any] = []
    taken: set[int] = set()
    for span in sorted(all_spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(chosen, key=lambda s: s.start)
    doc.user_data["offsets"] = offsets
    doc.user_data["mentions"] = index
    doc.user_data["sentence"] = (sentence.start, sentence.end)
    return doc


def token_offsets(doc: Any) -> list[tuple[int, int]]:
    """Document character offsets ``(start, end)`` of every token of a Doc from :func:`to_spacy_doc`."""
    return list(doc.user_data.get("offsets", []))


def span_offsets(span: Any) -> tuple[int, int]:
    """Document character offsets of a spaCy ``Span`` (or single token) of such a Doc."""
    offsets = span.doc.user_data["offsets"]
    if hasattr(span, "start") and hasattr(span, "end") and not hasattr(span, "i"):
        return offsets[span.start][0], offsets[span.end - 1][1]
    return offsets[span.i]


def to_spacy_docs(adoc: AnnotatedDocument) -> list[Any]:
    """One spaCy ``Doc`` per sentence of an annotated document (see :func:`to_spacy_doc`)."""
    return [to_spacy_doc(sentence, adoc.mentions) for sentence in adoc.sentences]
