"""Training data, word vectors and training runs for Stanza NER models.

The training itself is Stanza's own trainer (:mod:`stanza.models.ner_tagger`); this module
prepares what it needs:

* CoNLL files (one word per line, a blank line between sentences, the BIO tag in the last
  column) are converted into Stanza's NER JSON (a list of sentences, each a list of
  ``{"text", "ner"}`` words).
* Word vectors are given (a ``.vec`` text file or a Stanza ``.pt`` pretrain) or built:
  positive PMI over a small co-occurrence window, reduced with a randomised SVD (numpy
  only), written as a ``.vec`` file and converted to a Stanza pretrain.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from graphkit.errors import GraphkitError, InputError

logger = logging.getLogger(__name__)

TaggedSentence = list[tuple[str, str]]
"""One sentence: ``(word, tag)`` pairs; a word may contain spaces ("Hà Nội")."""

SHORTHAND = "vi_graphkit"
MODEL_NAME = "graphkit"


class TrainingError(GraphkitError):
    """A Stanza NER training run could not be prepared or failed."""


# ------------------------------------------------------------------ CoNLL


def normalize_word(word: str) -> str:
    """Turn a segmented word into Stanza's Vietnamese spelling (syllables joined by spaces).

    Parameters
    ----------
    word : str
        A word as written in a CoNLL or segmented file: ``"Hà_Nội"`` or ``"Hà Nội"``.

    Returns
    -------
    str
        ``"Hà Nội"``; runs of whitespace become one space, and a word made only of
        underscores is kept as it is.

    Examples
    --------
    >>> normalize_word("Tổng_thống")
    'Tổng thống'
    >>> normalize_word("_")
    '_'
    """
    if word.strip("_") and "_" in word:
        word = " ".join(p for p in word.split("_") if p)
    return " ".join(word.split()) or word


def _fix_tag(tag: str, previous: str) -> str:
    tag = tag.strip()
    if tag in ("", "O", "_", "-"):
        return "O"
    prefix, sep, label = tag.partition("-")
    if not sep:
        return f"B-{tag}"
    prefix = prefix.upper()
    if prefix in ("S", "U"):
        return f"B-{label}"
    if prefix in ("E", "L"):
        prefix = "I"
    if prefix not in ("B", "I"):
        raise InputError(f"bad NER tag {tag!r}")
    if prefix == "I" and previous[2:] != label:
        return f"B-{label}"
    return f"{prefix}-{label}"


def parse_conll(lines: Iterable[str], source: str = "<conll>") -> list[TaggedSentence]:
    """Read CoNLL NER data into sentences of ``(word, BIO tag)``.

    Parameters
    ----------
    lines : iterable of str
        One word per line; the word in the first column and the tag in the last,
        separated by tabs (words may then contain spaces) or by whitespace (syllables of a
        word joined with ``_``). Blank lines end sentences; ``#`` lines are comments.
    source : str
        Name used in error messages.

    Returns
    -------
    list of TaggedSentence
        Tags repaired into BIO (BIOES ``S-``/``E-`` become ``B-``/``I-``; an ``I-`` that
        does not continue an entity of its type becomes ``B-``).

    Raises
    ------
    InputError
        A line without a tag, or a malformed tag.

    Examples
    --------
    >>> parse_conll(["Ông\\tO", "Vladimir_Putin\\tB-PER", "", "Nga O"])
    [[('Ông', 'O'), ('Vladimir Putin', 'B-PER')], [('Nga', 'O')]]
    """
    sentences: list[TaggedSentence] = []
    current: TaggedSentence = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n\r")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#") and not current and "\t" not in line and len(line.split()) != 2:
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            raise InputError(f"{source}:{number}: expected a word and a tag, got {line!r}")
        word, tag = normalize_word(parts[0]), parts[-1]
        try:
            current.append((word, _fix_tag(tag, current[-1][1] if current else "O")))
        except InputError as exc:
            raise InputError(f"{source}:{number}: {exc}") from None
    if current:
        sentences.append(current)
    return sentences


def read_conll(path: Path) -> list[TaggedSentence]:
    """Read a CoNLL NER file (see :func:`parse_conll`).

    Raises
    ------
    InputError
        The file is missing, unreadable or malformed.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            return parse_conll(fh, source=str(path))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def write_conll(sentences: Iterable[TaggedSentence], path: Path) -> int:
    """Write sentences as tab-separated CoNLL; return how many were written."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for sent in sentences:
            for word, tag in sent:
                fh.write(f"{word}\t{tag}\n")
            fh.write("\n")
            n += 1
    return n


def to_stanza_json(sentences: Iterable[TaggedSentence]) -> list[list[dict[str, str]]]:
    """Convert sentences into Stanza's NER training format.

    Examples
    --------
    >>> to_stanza_json([[("Ông", "O"), ("Putin", "B-PER")]])
    [[{'text': 'Ông', 'ner': 'O'}, {'text': 'Putin', 'ner': 'B-PER'}]]
    """
    return [[{"text": word, "ner": tag} for word, tag in sent] for sent in sentences if sent]


def conll_to_stanza_json(conll: Path, out: Path) -> int:
    """Convert a CoNLL file into a Stanza NER ``.json`` file; return the sentence count."""
    data = to_stanza_json(read_conll(conll))
    if not data:
        raise InputError(f"{conll}: no sentences")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data)


def entity_types(sentences: Iterable[TaggedSentence]) -> Counter[str]:
    """Count entities by type."""
    counts: Counter[str] = Counter()
    for sent in sentences:
        for _, tag in sent:
            if tag.startswith("B-"):
                counts[tag[2:]] += 1
    return counts


# ------------------------------------------------------------------ word vectors


def read_segmented_corpus(directory: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Sentences of a word-segmented corpus (``_`` joins syllables, spaces separate words).

    Parameters
    ----------
    directory : Path
        A directory of text files (read recursively, sorted) or a single file.
    limit : int, optional
        Stop after this many files.

    Yields
    ------
    list of str
        The words of one non-empty line, in Stanza spelling (see :func:`normalize_word`).
    """
    files = [directory] if directory.is_file() else sorted(p for p in directory.rglob("*") if p.is_file())
    if not files:
        raise InputError(f"no files in {directory}")
    for count, path in enumerate(files):
        if limit is not None and count >= limit:
            break
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                words = [normalize_word(w) for w in line.split()]
                if words:
                    yield words


@dataclass
class WordVectors:
    """Words and their vectors (row ``i`` belongs to ``words[i]``)."""

    words: list[str]
    vectors: np.ndarray

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def write_text(self, path: Path) -> None:
        """Write a word2vec text file (header ``count dim``; words may contain spaces)."""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(f"{len(self.words)} {self.dim}\n")
            for word, row in zip(self.words, self.vectors, strict=True):
                fh.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")


def build_vectors(
    sentences: Iterable[Sequence[str]],
    dim: int = 50,
    max_vocab: int = 15000,
    max_contexts: int = 5000,
    window: int = 3,
    min_count: int = 2,
    lowercase: bool = True,
    seed: int = 0,
) -> WordVectors:
    """Word vectors from positive PMI over a co-occurrence window, reduced by randomised SVD.

    Parameters
    ----------
    sentences : iterable of sequence of str
        Tokenised sentences (words may contain spaces).
    dim : int
        Vector size.
    max_vocab : int
        Keep this many most frequent words.
    max_contexts : int
        Context columns: the most frequent words.
    window : int
        Words on each side that count as context (weighted by ``1/distance``).
    min_count : int
        Drop words seen fewer times.
    lowercase : bool
        Lower-case words first (Stanza's NER looks words up lower-cased by default).
    seed : int
        Seed of the random projection.

    Returns
    -------
    WordVectors
        Unit-length rows, most frequent word first.

    Raises
    ------
    TrainingError
        Too little text for vectors of this size.
    """
    sents = [[w.lower() if lowercase else w for w in s] for s in sentences if s]
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(max_vocab) if c >= min_count]
    if len(vocab) <= dim:
        raise TrainingError(f"only {len(vocab)} words occur {min_count}+ times: too little text for {dim}-d vectors")
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(max_contexts, len(vocab))
    matrix = np.zeros((len(vocab), n_ctx), dtype=np.float32)
    for sent in sents:
        ids = np.fromiter((index.get(w, -1) for w in sent), dtype=np.int64, count=len(sent))
        for d in range(1, window + 1):
            if len(ids) <= d:
                break
            left, right = ids[:-d], ids[d:]
            for a, b in ((left, right), (right, left)):
                keep = (a >= 0) & (b >= 0) & (b < n_ctx)
                np.add.at(matrix, (a[keep], b[keep]), 1.0 / d)
    total = matrix.sum()
    if total <= 0:
        raise TrainingError("no co-occurrences: too little text for word vectors")
    row = matrix.sum(axis=1, keepdims=True)
    col = matrix.sum(axis=0, keepdims=True) ** 0.75
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * col.sum() / (row * col))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    vectors = _randomized_svd(ppmi, dim, seed=seed)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1.0)
    logger.info("built %d-d vectors for %d words (%d contexts)", dim, len(vocab), n_ctx)
    return WordVectors(words=vocab, vectors=vectors.astype(np.float32))


def _randomized_svd(m: np.ndarray, k: int, n_iter: int = 4, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    k_eff = min(k, min(m.shape) - 1)
    q = m @ rng.standard_normal((m.shape[1], k_eff + 10))
    for _ in range(n_iter):
        q, _ = np.linalg.qr(q)
        q = m @ (m.T @ q)
    q, _ = np.linalg.qr(q)
    u_small, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    u = (q @ u_small)[:, :k_eff] * np.sqrt(s[:k_eff])
    if k_eff < k:
        u = np.hstack([u, np.zeros((u.shape[0], k - k_eff))])
    return u


def vectors_to_pretrain(vec_file: Path, pretrain_file: Path, max_vocab: int = -1) -> Path:
    """Convert a word2vec text file into a Stanza pretrain (``.pt``) with Stanza's own loader."""
    from stanza.models.common.pretrain import Pretrain

    pretrain_file.parent.mkdir(parents=True, exist_ok=True)
    if pretrain_file.exists():
        pretrain_file.unlink()
    pt = Pretrain(str(pretrain_file), str(vec_file), max_vocab=max_vocab, save_to_file=True)
    pt.load()
    if not pretrain_file.exists():
        raise TrainingError(f"Stanza could not write the pretrain {pretrain_file}")
    return pretrain_file


# ------------------------------------------------------------------ training


@dataclass
class TrainConfig:
    """Options of one training run (sizes default to a small, shippable model)."""

    max_steps: int | None = None
    epochs: int | None = None
    batch_size: int = 32
    hidden_dim: int = 128
    char_hidden_dim: int = 64
    char_emb_dim: int = 32
    vector_dim: int = 50
    vector_vocab: int = 15000
    eval_interval: int | None = None
    learning_rate: float = 0.1
    optimizer: str = "sgd"
    dropout: float = 0.5
    seed: int = 1234
    charlm: bool = False
    finetune_known_only: bool = False
    resegment: bool = False
    extra_args: list[str] = field(default_factory=list)


@dataclass
class TrainResult:
    """What a training run produced."""

    model: Path
    pretrain: Path
    dev_f1: float
    dev_f1_by_type: dict[str, float]
    steps: int
    train_sentences: int
    dev_sentences: int


def steps_for(n_sentences: int, config: TrainConfig) -> int:
    """Training steps for the run: ``max_steps``, else ``epochs`` over the data, else 20 epochs."""
    if config.max_steps is not None:
        return max(1, config.max_steps)
    per_epoch = max(1, math.ceil(n_sentences / config.batch_size))
    return per_epoch * (config.epochs if config.epochs is not None else 20)


def train_ner(
    train: Path,
    dev: Path,
    out_dir: Path,
    vectors: Path | None = None,
    vectors_corpus: Path | None = None,
    config: TrainConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> TrainResult:
    """Train a Stanza NER model with Stanza's own trainer.

    Parameters
    ----------
    train, dev : Path
        CoNLL files (see :func:`parse_conll`).
    out_dir : Path
        Receives ``graphkit.pt`` (the model), ``graphkit.pretrain.pt`` (its word vectors),
        the JSON training data and ``training.json`` (options and dev scores).
    vectors : Path, optional
        Word vectors: a word2vec text file or a Stanza pretrain ``.pt``. Without it,
        vectors are built from ``vectors_corpus`` (a word-segmented corpus) or else from
        the training data itself.
    config : TrainConfig, optional
        Sizes and steps.
    progress : callable, optional
        Receives one-line progress messages.

    Returns
    -------
    TrainResult
        Paths and the entity-level F1 of the saved model on ``dev``.

    Raises
    ------
    TrainingError, InputError
        Unreadable data, or Stanza's trainer failed.
    """
    config = config or TrainConfig()
    say = progress or (lambda msg: logger.info("%s", msg))
    out_dir.mkdir(parents=True, exist_ok=True)
    train_sents, dev_sents = read_conll(train), read_conll(dev)
    if not train_sents or not dev_sents:
        raise InputError("the training and dev files must each hold at least one sentence")
    if config.resegment:
        from graphkit.nlp.silver import resegment

        train_sents, widened_train = resegment(train_sents)
        dev_sents, widened_dev = resegment(dev_sents)
        widened = widened_train + widened_dev
        say(f"re-segmented with graphkit's word segmenter ({widened} entities widened to whole words)")
    train_json, dev_json = out_dir / "train.json", out_dir / "dev.json"
    train_json.write_text(json.dumps(to_stanza_json(train_sents), ensure_ascii=False), encoding="utf-8")
    dev_json.write_text(json.dumps(to_stanza_json(dev_sents), ensure_ascii=False), encoding="utf-8")
    counts = dict(entity_types(train_sents))
    say(f"data: {len(train_sents)} training and {len(dev_sents)} dev sentences; entities {counts}")

    pretrain = out_dir / f"{MODEL_NAME}.pretrain.pt"
    if vectors is not None and vectors.suffix == ".pt":
        if vectors.resolve() != pretrain.resolve():
            shutil.copyfile(vectors, pretrain)
        say(f"word vectors: {vectors}")
    else:
        if vectors is not None:
            vec_file = vectors
            say(f"word vectors: {vectors}")
        else:
            if vectors_corpus is not None:
                say(f"building word vectors from {vectors_corpus}")
                source: Iterable[Sequence[str]] = read_segmented_corpus(vectors_corpus)
            else:
                say("building word vectors from the training data")
                source = [[w for w, _ in s] for s in train_sents]
            wv = build_vectors(source, dim=config.vector_dim, max_vocab=config.vector_vocab)
            vec_file = out_dir / f"{MODEL_NAME}.vec"
            wv.write_text(vec_file)
            say(f"word vectors: {len(wv.words)} words × {wv.dim}")
        vectors_to_pretrain(vec_file, pretrain, max_vocab=config.vector_vocab + 4)

    steps = steps_for(len(train_sents), config)
    per_epoch = max(1, math.ceil(len(train_sents) / config.batch_size))
    eval_interval = config.eval_interval or max(1, min(steps, per_epoch, 500))
    args = [
        "--mode", "train",
        "--shorthand", SHORTHAND,
        "--train_file", str(train_json),
        "--eval_file", str(dev_json),
        "--wordvec_pretrain_file", str(pretrain),
        "--save_dir", str(out_dir),
        "--save_name", f"{MODEL_NAME}.pt",
        "--max_steps", str(steps),
        "--eval_interval", str(eval_interval),
        "--max_steps_no_improve", str(max(steps, 2500)),
        "--batch_size", str(config.batch_size),
        "--hidden_dim", str(config.hidden_dim),
        "--char_hidden_dim", str(config.char_hidden_dim),
        "--char_emb_dim", str(config.char_emb_dim),
        "--lr", str(config.learning_rate),
        "--optim", config.optimizer,
        "--dropout", str(config.dropout),
        "--seed", str(config.seed),
        "--log_step", str(max(1, min(50, steps // 10 or 1))),
        "--cpu",
    ]  # fmt: skip
    if config.charlm:
        args.append("--charlm")
    if config.finetune_known_only:
        args.append("--emb_finetune_known_only")
    args += config.extra_args
    say(f"training with stanza.models.ner_tagger: {steps} steps, dev every {eval_interval}")
    model_file = out_dir / f"{MODEL_NAME}.pt"
    if model_file.exists():
        model_file.unlink()
    _run_stanza_trainer(args, say)
    if not model_file.exists():
        raise TrainingError(f"Stanza's trainer did not save a model in {out_dir}")
    f1, by_type = evaluate_model(model_file, pretrain, dev_sents)
    say(f"dev F1 {f1:.4f} {json.dumps({k: round(v, 4) for k, v in by_type.items()})}")
    result = TrainResult(
        model=model_file,
        pretrain=pretrain,
        dev_f1=f1,
        dev_f1_by_type=by_type,
        steps=steps,
        train_sentences=len(train_sents),
        dev_sentences=len(dev_sents),
    )
    meta = {
        "model": model_file.name,
        "pretrain": pretrain.name,
        "dev_f1": round(f1, 4),
        "dev_f1_by_type": {k: round(v, 4) for k, v in by_type.items()},
        "steps": steps,
        "train_sentences": len(train_sents),
        "dev_sentences": len(dev_sents),
        "train_file": train.name,
        "dev_file": dev.name,
        "stanza_args": [a.replace(str(out_dir), "<out>") for a in args],
    }
    (out_dir / "training.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return result


class _ForwardToProgress(logging.Handler):
    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__(logging.INFO)
        self._say = say

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if ": step " in msg or "dev_score" in msg or "Best dev F1" in msg or "Training ended" in msg:
            self._say(msg.strip())


def _run_stanza_trainer(args: list[str], say: Callable[[str], None]) -> None:
    from stanza.models import ner_tagger

    stanza_logger = logging.getLogger("stanza")
    handler = _ForwardToProgress(say)
    saved = (stanza_logger.level, stanza_logger.handlers[:], stanza_logger.propagate)
    stanza_logger.handlers = [handler]
    stanza_logger.propagate = False
    stanza_logger.setLevel(logging.INFO)
    try:
        ner_tagger.main(args)
    except (ValueError, RuntimeError, OSError, KeyError) as exc:
        raise TrainingError(f"Stanza's NER trainer failed: {exc}") from exc
    finally:
        stanza_logger.setLevel(saved[0])
        stanza_logger.handlers = saved[1]
        stanza_logger.propagate = saved[2]


def evaluate_model(model: Path, pretrain: Path, sentences: Sequence[TaggedSentence]) -> tuple[float, dict[str, float]]:
    """Entity-level F1 of a saved Stanza NER model on tagged sentences (Stanza's scorer).

    Returns
    -------
    tuple
        Micro F1 and F1 per entity type.
    """
    tags = predict_tags(model, pretrain, [[w for w, _ in s] for s in sentences])
    gold = [[t for _, t in s] for s in sentences]
    return score_tags(tags, gold)


def bio_to_bioes(tags: Sequence[str]) -> list[str]:
    """Convert one sentence of BIO tags to BIOES.

    Examples
    --------
    >>> bio_to_bioes(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"])
    ['B-PER', 'E-PER', 'O', 'S-LOC', 'S-ORG']
    """
    fixed: list[str] = []
    for tag in tags:
        fixed.append(_fix_tag(tag, fixed[-1] if fixed else "O"))
    out: list[str] = []
    for i, tag in enumerate(fixed):
        if tag == "O":
            out.append(tag)
            continue
        prefix, label = tag[0], tag[2:]
        nxt = fixed[i + 1] if i + 1 < len(fixed) else "O"
        continues = nxt == f"I-{label}"
        if prefix == "B":
            out.append(f"B-{label}" if continues else f"S-{label}")
        else:
            out.append(f"I-{label}" if continues else f"E-{label}")
    return out


def score_tags(pred: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> tuple[float, dict[str, float]]:
    """Entity-level micro F1 and F1 per type of tag sequences (BIO or BIOES), with Stanza's scorer."""
    from stanza.models.ner import scorer

    def norm(seqs: Sequence[Sequence[str]]) -> list[list[str]]:
        return [s if any(t[:2] in ("S-", "E-") for t in s) else bio_to_bioes(s) for s in map(list, seqs)]

    _, _, f1, by_type = scorer.score_by_entity(norm(pred), norm(gold), verbose=False)
    return float(f1), {k: float(v) for k, v in by_type.items()}


def predict_tags(model: Path, pretrain: Path, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIOES tags of a saved Stanza NER model for pretokenised sentences (real Pipeline)."""
    from graphkit.nlp.stanza_backend import build_pipeline

    pipeline = build_pipeline(ner_model_path=model, pretrain_path=pretrain, with_syntax=False)
    doc = pipeline([list(s) for s in sentences])
    return [[tok.ner for tok in sent.tokens] for sent in doc.sentences]
