"""Exact-span NER scoring against CoNLL gold (pure functions, pydantic report).

Gold files hold one ``token<TAB>BIO-tag`` per line and a blank line between sentences;
a token may join syllables with ``_``. Tags may be ``PER/LOC/ORG/MISC`` or the long
names. Each sentence's plain text is rebuilt (``_`` → space, no space before closing
punctuation or after opening punctuation) with the character offsets of every gold
span, so any NER system can be run on the text and compared span by span.

COUNTRY counts as LOC and EVENT as MISC; the overall figures are on PER, LOC and ORG.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from graphkit.errors import InputError
from graphkit.scoring import Counts

EVAL_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")
OVERALL_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")

_TAG_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "COUNTRY": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "MISC": "MISC",
    "MISCELLANEOUS": "MISC",
    "EVENT": "MISC",
}
_NO_SPACE_BEFORE = frozenset(",.:;!?)”]}%…")
_NO_SPACE_AFTER = frozenset("(“[{")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A typed character span of a sentence."""

    start: int
    end: int
    type: str
    text: str = ""


class GoldSentence(_Model):
    """One gold sentence: rebuilt text and its gold spans."""

    text: str
    spans: list[Span] = Field(default_factory=list)


class TypeScore(Counts):
    """Exact-span counts and scores of one type (or overall)."""

    support: int = 0


class ErrorExample(_Model):
    """A sentence where prediction and gold differ (for error analysis)."""

    text: str
    missed: list[Span]
    spurious: list[Span]


class NerReport(_Model):
    """Result of ``graphkit eval ner``."""

    backend: str = ""
    sentences: int = 0
    per_type: dict[str, TypeScore] = Field(default_factory=dict)
    overall: TypeScore = Field(default_factory=TypeScore)
    errors: list[ErrorExample] = Field(default_factory=list)


def eval_type(label: str) -> str | None:
    """The evaluation type of a tag or entity type (``COUNTRY`` → ``LOC``), or None.

    >>> eval_type("COUNTRY"), eval_type("B-PER"), eval_type("O")
    ('LOC', 'PER', None)
    """
    if label in ("O", ""):
        return None
    if len(label) > 2 and label[1] == "-" and label[0] in "BIES":
        label = label[2:]
    return _TAG_MAP.get(label.upper())


def read_conll(text: str) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` pairs from CoNLL text.

    Extra columns between the token and the tag are ignored (the tag is the last column).
    Lines starting with ``#`` are comments.

    Raises
    ------
    InputError
        When a line has no tag.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#") and not current and "\t" not in line:
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            raise InputError(f"CoNLL line {lineno}: expected 'token<TAB>tag', got {line!r}")
        current.append((parts[0], parts[-1].strip()))
    if current:
        sentences.append(current)
    return sentences


def rebuild_sentence(tokens: Sequence[tuple[str, str]]) -> GoldSentence:
    """Plain text of a CoNLL sentence and the character spans of its gold entities.

    Examples
    --------
    >>> g = rebuild_sentence([("Ông", "O"), ("Vladimir_Putin", "B-PER"), (",", "O"), ("Nga", "B-LOC")])
    >>> g.text, [(s.text, s.type) for s in g.spans]
    ('Ông Vladimir Putin, Nga', [('Vladimir Putin', 'PER'), ('Nga', 'LOC')])
    """
    text = ""
    spans: list[Span] = []
    open_span: list | None = None
    prev = ""
    for raw_token, tag in tokens:
        token = raw_token.replace("_", " ")
        if text and token[:1] not in _NO_SPACE_BEFORE and prev[-1:] not in _NO_SPACE_AFTER:
            text += " "
        start = len(text)
        text += token
        end = len(text)
        prev = token
        label = eval_type(tag)
        prefix = tag[:1]
        if label is not None and prefix == "I" and open_span is not None and open_span[2] == label:
            open_span[1] = end
            continue
        if open_span is not None:
            spans.append(Span(start=open_span[0], end=open_span[1], type=open_span[2]))
            open_span = None
        if label is not None:
            open_span = [start, end, label]
    if open_span is not None:
        spans.append(Span(start=open_span[0], end=open_span[1], type=open_span[2]))
    for s in spans:
        s.text = text[s.start : s.end]
    return GoldSentence(text=text, spans=spans)


def load_gold(text: str) -> list[GoldSentence]:
    """Gold sentences (rebuilt text + spans) from CoNLL text."""
    return [rebuild_sentence(s) for s in read_conll(text)]


def _finish(score: TypeScore) -> TypeScore:
    score.support = score.tp + score.fn
    return score.finish()


def score_spans(
    gold: Sequence[Iterable[Span]],
    predicted: Sequence[Iterable[Span]],
    texts: Sequence[str] | None = None,
    max_errors: int = 50,
) -> NerReport:
    """Exact-span precision, recall and F1 per type and overall (PER/LOC/ORG).

    Parameters
    ----------
    gold, predicted : sequences of iterables of Span
        One entry per sentence; span types are mapped through :func:`eval_type` and
        spans of other types are ignored.
    texts : sequence of str, optional
        Sentence texts, to report error examples.
    max_errors : int
        How many error examples to keep.

    Examples
    --------
    >>> g = [[Span(start=0, end=5, type="PER"), Span(start=9, end=12, type="LOC")]]
    >>> p = [[Span(start=0, end=5, type="PERSON"), Span(start=9, end=12, type="ORG")]]
    >>> r = score_spans(g, p)
    >>> r.overall.tp, r.overall.fp, r.overall.fn, r.per_type["PER"].f1
    (1, 1, 1, 1.0)
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have one entry per sentence")
    counts = {t: TypeScore() for t in EVAL_TYPES}
    errors: list[ErrorExample] = []
    for idx, (g_spans, p_spans) in enumerate(zip(gold, predicted, strict=True)):
        g = {(s.start, s.end, t): s for s in g_spans if (t := eval_type(s.type))}
        p = {(s.start, s.end, t): s for s in p_spans if (t := eval_type(s.type))}
        for key in g.keys() & p.keys():
            counts[key[2]].tp += 1
        for key in p.keys() - g.keys():
            counts[key[2]].fp += 1
        for key in g.keys() - p.keys():
            counts[key[2]].fn += 1
        if texts is not None and len(errors) < max_errors and g.keys() != p.keys():
            text = texts[idx]

            def _spans(keys: Iterable[tuple[int, int, str]], text: str = text) -> list[Span]:
                return [Span(start=s, end=e, type=t, text=text[s:e]) for s, e, t in sorted(keys)]

            errors.append(
                ErrorExample(text=text, missed=_spans(g.keys() - p.keys()), spurious=_spans(p.keys() - g.keys()))
            )
    overall = TypeScore(
        tp=sum(counts[t].tp for t in OVERALL_TYPES),
        fp=sum(counts[t].fp for t in OVERALL_TYPES),
        fn=sum(counts[t].fn for t in OVERALL_TYPES),
    )
    return NerReport(
        sentences=len(gold),
        per_type={t: _finish(s) for t, s in counts.items()},
        overall=_finish(overall),
        errors=errors,
    )


def evaluate_ner(
    gold: Sequence[GoldSentence],
    predict: Callable[[str], Iterable[Span]],
    backend: str = "",
    max_errors: int = 50,
) -> NerReport:
    """Run ``predict`` on every gold sentence text and score it.

    Parameters
    ----------
    gold : sequence of GoldSentence
        From :func:`load_gold`.
    predict : callable
        Sentence text → predicted spans (offsets into that text, any type names).
    backend : str
        Name recorded in the report.
    """
    predicted = [list(predict(g.text)) for g in gold]
    report = score_spans([g.spans for g in gold], predicted, [g.text for g in gold], max_errors)
    report.backend = backend
    return report
