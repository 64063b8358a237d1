"""Vietnamese word segmentation and POS tagging with character offsets.

Word boundaries and POS tags come from underthesea's CRF models (shipped in its wheel).
Syllables are found with underthesea's own tokenisation regex directly on the document
text, so every token keeps exact ``start``/``end`` offsets into that text even when the
model sees a normalised spelling. Feature extraction for the CRF taggers is done here
with a precompiled template: it yields exactly the features underthesea computes, about
an order of magnitude faster.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from graphkit.errors import NotAvailableError
from graphkit.models import Token

logger = logging.getLogger(__name__)

_TEMPLATE = re.compile(r"T\[(?P<i1>-?\d+)(,(?P<i2>-?\d+))?\](\[(?P<col>\d+)\])?(\.(?P<fn>\w+))?$")
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Syllable:
    """One syllable (or punctuation mark, number…) and where it is in the text."""

    text: str
    norm: str
    start: int
    end: int


def _istitle(word: str) -> str:
    parts = word.split(" ")
    if not word or any(not p for p in parts):
        return "False"
    return str(all(p[0].istitle() for p in parts))


def _isallcap(word: str) -> str:
    return str(all(c.istitle() for c in word))


_FUNCTIONS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "istitle": _istitle,
    "isallcap": _isallcap,
    "isdigit": lambda w: str(w.isdigit()),
}


class CrfFeaturizer:
    """underthesea's ``T[i,j][col].fn`` feature templates, compiled once.

    Parameters
    ----------
    template : sequence of str
        Feature templates such as ``"T[-1,0]"`` or ``"T[0].istitle"``.
    """

    def __init__(self, template: Sequence[str]) -> None:
        self._specs: list[tuple[str, int, int | None, int, Callable[[str], str] | None]] = []
        for spec in template:
            m = _TEMPLATE.match(spec)
            if m is None:
                raise ValueError(f"bad feature template {spec!r}")
            i2 = m.group("i2")
            fn = m.group("fn")
            self._specs.append(
                (
                    f"{spec}=",
                    int(m.group("i1")),
                    int(i2) if i2 is not None else None,
                    int(m.group("col") or 0),
                    _FUNCTIONS[fn] if fn else None,
                )
            )

    def features(self, columns: Sequence[Sequence[str]]) -> list[list[str]]:
        """Feature lists for every position of one sentence.

        Parameters
        ----------
        columns : sequence of sequence of str
            ``columns[c][i]`` is column ``c`` (word, POS, …) of token ``i``.
        """
        n = len(columns[0])
        out: list[list[str]] = []
        for i in range(n):
            feats: list[str] = []
            for prefix, i1, i2, col, fn in self._specs:
                a = i + i1
                if a < 0:
                    feats.append(prefix + "BOS")
                    continue
                if a >= n:
                    feats.append(prefix + "EOS")
                    continue
                if i2 is not None:
                    b = i + i2
                    if b >= n:
                        feats.append(prefix + "EOS")
                        continue
                    value = " ".join(columns[col][a : b + 1])
                else:
                    value = columns[col][a]
                feats.append(prefix + (fn(value) if fn else value))
            out.append(feats)
        return out


@dataclass
class _Models:
    ws: object
    pos: object
    pos_features: CrfFeaturizer
    token_normalize: Callable[[str], str]
    char_normalize: Callable[[str], str]
    pattern: re.Pattern[str]


@cache
def _models() -> _Models:
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
        from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
        from underthesea.pipeline.text_normalize.token_normalize import token_normalize
        from underthesea.pipeline.word_tokenize import regex_tokenize
        from underthesea.pipeline.word_tokenize import word_tokenize as _wt
    except ImportError as exc:  # pragma: no cover - underthesea is a dependency
        raise NotAvailableError(f"underthesea is not installed: {exc}") from exc
    with _LOCK:
        _wt("khởi động")
        import underthesea.pipeline.word_tokenize as wt_module

        pos = CRFPOSTagPredictor.Instance()
        logger.debug("underthesea segmentation and POS models loaded")
        return _Models(
            ws=wt_module.word_tokenize_model,
            pos=pos.model,
            pos_features=CrfFeaturizer(pos.transformer.template),
            token_normalize=lambda s: token_normalize(s, use_character_normalize=False),
            char_normalize=normalize_characters_in_text,
            pattern=re.compile(regex_tokenize.regex_patterns_combine, re.VERBOSE | re.UNICODE),
        )


def syllables(text: str, start: int = 0, end: int | None = None) -> list[Syllable]:
    """Split ``text[start:end]`` into syllables, punctuation and numbers with offsets.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The region to split (a sentence); offsets stay relative to ``text``.

    Returns
    -------
    list of Syllable
        ``text[s.start:s.end] == s.text`` for every syllable; ``norm`` is the spelling the
        models expect.
    """
    m = _models()
    end = len(text) if end is None else end
    region = text[start:end]
    normalised = m.char_normalize(region)
    same_length = len(normalised) == len(region)
    scan = normalised if same_length else region
    out: list[Syllable] = []
    for match in m.pattern.finditer(scan):
        s, e = match.span()
        surface = region[s:e]
        if not surface.strip():
            continue
        norm = m.token_normalize(match.group(0))
        out.append(Syllable(surface, norm, start + s, start + e))
    return out


def segment(text: str, start: int = 0, end: int | None = None, pos: bool = True) -> list[Token]:
    """Word-segment ``text[start:end]`` into Tokens with offsets into ``text``.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The region (typically one sentence).
    pos : bool
        Also fill ``Token.pos`` with underthesea's POS tags (VLSP tag set: N, Np, V…).

    Returns
    -------
    list of Token
        Multi-syllable words such as "Tổng thống" are one token; ``Token.text`` is the
        exact text between ``start`` and ``end``.

    Examples
    --------
    >>> [t.text for t in segment("Thủ tướng Nhật Bản đến Hà Nội.")]
    ['Thủ tướng', 'Nhật Bản', 'đến', 'Hà Nội', '.']
    """
    sylls = syllables(text, start, end)
    words = group_words(sylls)
    tokens = [Token(text=text[w[0].start : w[-1].end], start=w[0].start, end=w[-1].end) for w in words]
    if pos and tokens:
        tags = pos_tags([" ".join(s.norm for s in w) for w in words])
        for token, tag in zip(tokens, tags, strict=True):
            token.pos = tag
    return tokens


def group_words(sylls: Sequence[Syllable]) -> list[list[Syllable]]:
    """Group syllables into words with underthesea's segmentation CRF."""
    if not sylls:
        return []
    tags = _models().ws.predict([[s.norm] for s in sylls])
    words: list[list[Syllable]] = []
    for tag, syl in zip(tags, sylls, strict=True):
        if tag == "I-W" and words:
            words[-1].append(syl)
        else:
            words.append([syl])
    return words


def pos_tags(words: Sequence[str]) -> list[str]:
    """POS tags (underthesea's CRF model) for a sentence of words in model spelling."""
    if not words:
        return []
    m = _models()
    feats = m.pos_features.features([list(words), ["X"] * len(words)])
    return list(m.pos.tag(feats))


@cache
def vietnamese_syllables() -> frozenset[str]:
    """Lower-case syllables of underthesea's Vietnamese dictionary (Viet74K).

    Used to tell Vietnamese names ("Ba Lan", "Tập Cận Bình") from foreign ones
    ("Mateusz Morawiecki").
    """
    try:
        from underthesea.pipeline.ner.tagged_feature import lower_words
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return frozenset()
    out: set[str] = set()
    for word in lower_words:
        out.update(word.split())
    return frozenset(out)


@cache
def vietnamese_words() -> frozenset[str]:
    """Lower-case words (single or multi-syllable) of underthesea's Vietnamese dictionary."""
    try:
        from underthesea.pipeline.ner.tagged_feature import lower_words
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return frozenset()
    return frozenset(lower_words)
