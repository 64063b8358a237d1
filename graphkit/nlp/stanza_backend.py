"""``ner.stanza.v1``: Stanza's Vietnamese pipeline as a graphkit NER backend.

Sentences come from the sentence splitter and words from the underthesea word
segmenter (:mod:`graphkit.nlp.segment`), so every token keeps its character offsets in
the document. Stanza receives those words pretokenised (``tokenize_pretokenized=True``:
a list of sentences, each a list of words, multi-syllable words with inner spaces) and
runs ``ner`` and, when installed, ``pos`` and ``depparse``. Its BIOES tags become
graphkit mentions (PER → PERSON, ORG → ORGANIZATION, LOC → LOCATION, MISC → MISC; the
rules layer later upgrades countries), its parse fills ``Token.pos``/``head``/``deprel``,
and the result goes through :func:`graphkit.nlp.rules.refine`.

Models live in one directory (:func:`graphkit.nlp.paths.models_dir`) in Stanza's own
layout: ``resources.json`` and ``vi/<processor>/<package>.pt``. A NER model trained by
``graphkit models train-ner --install`` sits beside them as ``vi/ner/graphkit.pt`` with
``vi/pretrain/graphkit.pt``. Pipelines are built once per process and never touch the
network (``download_method=None``).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphkit.errors import GraphkitError, ModelNotFoundError, NotAvailableError
from graphkit.models import AnnotatedDocument, Document, Mention, Sentence, Token
from graphkit.nlp.backends import NER_BACKENDS
from graphkit.ontology import EntityType

logger = logging.getLogger(__name__)

BACKEND_NAME = "ner.stanza.v1"
LANG = "vi"
CUSTOM_NAME = "graphkit"
PROCESSORS = ("tokenize", "pos", "depparse", "ner", "pretrain", "forward_charlm", "backward_charlm")
FIX_HINT = (
    "run `graphkit models download` (needs internet) or `graphkit models train-ner … --install` "
    "(or `graphkit models install-small`)"
)

TAG_TYPES: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "LOC": "LOCATION",
    "LOCATION": "LOCATION",
    "GPE": "LOCATION",
    "COUNTRY": "COUNTRY",
    "MISC": "MISC",
    "EVENT": "EVENT",
}
"""NER labels (VLSP, CoNLL and graphkit's own) → graphkit entity types."""

_MINIMAL_RESOURCES = {LANG: {"lang_name": "Vietnamese"}}
_LOCK = threading.Lock()


# ------------------------------------------------------------------ what is installed


def _resolve_dir(models_dir: Path | None) -> Path:
    if models_dir is not None:
        return Path(models_dir).expanduser()
    from graphkit.nlp.paths import models_dir as default_dir

    return default_dir()


def _resources(directory: Path) -> dict[str, Any] | None:
    path = directory / "resources.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("cannot read %s: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def _default_packages(resources: dict[str, Any] | None) -> dict[str, str]:
    if not resources or LANG not in resources:
        return {}
    lang = resources[LANG]
    while isinstance(lang, dict) and "alias" in lang:
        lang = resources.get(lang["alias"], {})
    packages: dict[str, str] = {}
    for proc, pkg in (lang.get("default_processors") or {}).items():
        if isinstance(pkg, str):
            packages[proc] = pkg
    default_deps = lang.get("default_dependencies")
    for dep in default_deps.values() if isinstance(default_deps, dict) else []:
        if isinstance(dep, dict) and "model" in dep and "package" in dep:
            packages.setdefault(dep["model"], dep["package"])
    ner_pkg = packages.get("ner")
    if ner_pkg:
        for dep in lang.get("ner", {}).get(ner_pkg, {}).get("dependencies", []):
            packages.setdefault(dep.get("model"), dep.get("package"))
    return packages


def installed_processors(models_dir: Path | None = None) -> dict[str, str]:
    """The official Stanza Vietnamese models present in the models directory.

    Parameters
    ----------
    models_dir : Path, optional
        Default :func:`graphkit.nlp.paths.models_dir`.

    Returns
    -------
    dict of str to str
        Processor name (``tokenize``, ``pos``, ``depparse``, ``ner``, ``pretrain``,
        ``forward_charlm``, ``backward_charlm``) → model file path, for the processors
        whose file exists. The package comes from ``resources.json`` (its Vietnamese
        default) when present, else the first ``.pt`` file of the processor directory.
        The custom graphkit model is not listed (see :func:`custom_ner_model`).
    """
    directory = _resolve_dir(models_dir)
    lang_dir = directory / LANG
    if not lang_dir.is_dir():
        return {}
    defaults = _default_packages(_resources(directory))
    found: dict[str, str] = {}
    for proc in PROCESSORS:
        proc_dir = lang_dir / proc
        if not proc_dir.is_dir():
            continue
        pkg = defaults.get(proc)
        if pkg and (proc_dir / f"{pkg}.pt").is_file():
            found[proc] = str(proc_dir / f"{pkg}.pt")
            continue
        candidates = sorted(p for p in proc_dir.glob("*.pt") if p.stem != CUSTOM_NAME)
        if candidates:
            found[proc] = str(candidates[0])
    return found


def custom_ner_model(models_dir: Path | None = None) -> tuple[Path, Path] | None:
    """The graphkit-trained NER model installed in the models directory, if any.

    Returns
    -------
    tuple of Path or None
        ``(model, pretrain)``: ``vi/ner/graphkit.pt`` and ``vi/pretrain/graphkit.pt``.
    """
    directory = _resolve_dir(models_dir)
    model = directory / LANG / "ner" / f"{CUSTOM_NAME}.pt"
    pretrain = directory / LANG / "pretrain" / f"{CUSTOM_NAME}.pt"
    if model.is_file() and pretrain.is_file():
        return model, pretrain
    return None


def official_ner_installed(models_dir: Path | None = None) -> bool:
    """Whether Stanza's own Vietnamese NER model (with ``resources.json``) is installed."""
    directory = _resolve_dir(models_dir)
    return _has_vi_resources(directory) and "ner" in installed_processors(directory)


def _has_vi_resources(directory: Path) -> bool:
    resources = _resources(directory)
    return resources is not None and LANG in resources


def models_installed(models_dir: Path | None = None) -> bool:
    """Whether a Stanza Vietnamese NER model is installed (Stanza's own or a graphkit one).

    Examples
    --------
    >>> import tempfile
    >>> models_installed(Path(tempfile.mkdtemp()))
    False
    """
    return official_ner_installed(models_dir) or custom_ner_model(models_dir) is not None


def install_model(model: Path, pretrain: Path, models_dir: Path | None = None) -> tuple[Path, Path]:
    """Copy a trained NER model and its pretrain into the models directory.

    Returns
    -------
    tuple of Path
        The installed ``(model, pretrain)`` paths (``vi/ner/graphkit.pt``,
        ``vi/pretrain/graphkit.pt``).
    """
    import shutil

    directory = _resolve_dir(models_dir)
    for src in (model, pretrain):
        if not Path(src).is_file():
            raise ModelNotFoundError(f"{src} does not exist; train it with `graphkit models train-ner`")
    dst_model = directory / LANG / "ner" / f"{CUSTOM_NAME}.pt"
    dst_pretrain = directory / LANG / "pretrain" / f"{CUSTOM_NAME}.pt"
    dst_model.parent.mkdir(parents=True, exist_ok=True)
    dst_pretrain.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, dst_model)
    shutil.copyfile(pretrain, dst_pretrain)
    _pipeline_cached.cache_clear()
    return dst_model, dst_pretrain


DEFAULT_DOWNLOAD = ("tokenize", "pos", "depparse", "ner")


class ModelDownloadError(GraphkitError):
    """Stanza's model hub could not be reached or the download failed."""


def _offline_hint(directory: Path) -> str:
    return (
        "on a machine with internet run `graphkit models download --dir DIR`, then copy DIR here "
        f"as {directory} or point GRAPHKIT_MODELS_DIR at it"
    )


def download_models(
    models_dir: Path | None = None,
    processors: Sequence[str] = DEFAULT_DOWNLOAD,
    timeout: float = 10.0,
) -> dict[str, str]:
    """Download Stanza's Vietnamese models into the models directory (Stanza's layout).

    Parameters
    ----------
    models_dir : Path, optional
        Default :func:`graphkit.nlp.paths.models_dir`.
    processors : sequence of str
        Stanza processors to fetch (their word vectors and character models come along).
    timeout : float
        Seconds to wait for the model hub to answer before giving up.

    Returns
    -------
    dict of str to str
        :func:`installed_processors` after the download.

    Raises
    ------
    ModelDownloadError
        The hub is unreachable (offline, proxy refused…) or the download failed.
    """
    import requests

    try:
        import stanza
        from stanza.resources import common as stanza_common
    except ImportError as exc:
        raise NotAvailableError(f"stanza is not installed ({exc}); pip install 'graphkit[stanza]'") from exc
    directory = _resolve_dir(models_dir)
    url = f"{stanza_common.DEFAULT_RESOURCES_URL}/resources_{stanza_common.DEFAULT_RESOURCES_VERSION}.json"
    try:
        probe = requests.head(url, timeout=timeout, allow_redirects=True)
        probe.raise_for_status()
    except requests.RequestException as exc:
        raise ModelDownloadError(
            f"could not reach the Stanza model hub ({type(exc).__name__}: {exc}); {_offline_hint(directory)}"
        ) from exc
    directory.mkdir(parents=True, exist_ok=True)
    original_get = requests.get

    def get_with_timeout(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", timeout)
        return original_get(*args, **kwargs)

    requests.get = get_with_timeout  # type: ignore[assignment]
    try:
        stanza.download(LANG, model_dir=str(directory), processors=",".join(processors), logging_level="WARN")
    except requests.RequestException as exc:
        raise ModelDownloadError(
            f"could not reach the Stanza model hub ({type(exc).__name__}: {exc}); {_offline_hint(directory)}"
        ) from exc
    except (OSError, ValueError) as exc:
        raise ModelDownloadError(f"the Stanza download failed ({exc}); {_offline_hint(directory)}") from exc
    finally:
        requests.get = original_get  # type: ignore[assignment]
    _pipeline_cached.cache_clear()
    return installed_processors(directory)


# ------------------------------------------------------------------ pipeline


def build_pipeline(
    models_dir: Path | None = None,
    ner_model_path: Path | None = None,
    pretrain_path: Path | None = None,
    with_syntax: bool = True,
    prefer: str = "auto",
) -> Any:
    """A Stanza ``Pipeline`` for pretokenised Vietnamese, cached per process.

    Parameters
    ----------
    models_dir : Path, optional
        Stanza's model directory; default :func:`graphkit.nlp.paths.models_dir`.
    ner_model_path, pretrain_path : Path, optional
        An explicit NER model file and its word vectors (a Stanza pretrain).
    with_syntax : bool
        Add ``pos`` and ``depparse`` when Stanza's models for them are installed.
    prefer : {"auto", "official", "custom"}
        Which installed NER model to use without an explicit one: ``auto`` takes
        Stanza's own when installed, else the graphkit model.

    Returns
    -------
    stanza.Pipeline

    Raises
    ------
    ModelNotFoundError
        No NER model; the message names the command that installs one.
    NotAvailableError
        Stanza is not installed.
    """
    directory = _resolve_dir(models_dir).resolve()
    return _pipeline_cached(
        str(directory),
        str(Path(ner_model_path).resolve()) if ner_model_path else None,
        str(Path(pretrain_path).resolve()) if pretrain_path else None,
        with_syntax,
        prefer,
    )


@lru_cache(maxsize=8)
def _pipeline_cached(
    directory: str, ner_model: str | None, pretrain: str | None, with_syntax: bool, prefer: str
) -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise NotAvailableError(f"stanza is not installed ({exc}); pip install 'graphkit[stanza]'") from exc
    dir_path = Path(directory)
    official = installed_processors(dir_path)
    has_resources = _has_vi_resources(dir_path)
    kwargs: dict[str, Any] = {}
    if ner_model is None:
        custom = custom_ner_model(dir_path)
        use_official = has_resources and "ner" in official and (prefer != "custom" or custom is None)
        if prefer == "custom" and custom is None:
            raise ModelNotFoundError(f"no graphkit NER model in {dir_path}; {FIX_HINT}")
        if not use_official:
            if custom is None:
                raise ModelNotFoundError(f"no Stanza Vietnamese NER model in {dir_path}; {FIX_HINT}")
            ner_model, pretrain = str(custom[0]), str(custom[1])
    if ner_model is not None:
        if not Path(ner_model).is_file():
            raise ModelNotFoundError(f"NER model {ner_model} not found; {FIX_HINT}")
        if pretrain is not None and not Path(pretrain).is_file():
            raise ModelNotFoundError(f"word vectors {pretrain} not found; {FIX_HINT}")
        kwargs["ner_model_path"] = ner_model
        kwargs["ner_forward_charlm_path"] = ""
        kwargs["ner_backward_charlm_path"] = ""
        if pretrain is not None:
            kwargs["ner_pretrain_path"] = pretrain
    processors = ["tokenize", "ner"]
    if with_syntax and has_resources:
        processors += [p for p in ("pos", "depparse") if p in official]
        if "depparse" in processors and "pos" not in processors:
            processors.remove("depparse")
        if "depparse" in processors:
            processors.insert(processors.index("depparse"), "lemma")
            kwargs["lemma_use_identity"] = True
    resources_kwargs: dict[str, Any] = {}
    if not has_resources:
        resources_kwargs["resources_filepath"] = str(_minimal_resources_file())
        resources_kwargs["package"] = None
        proc_arg: Any = {p: CUSTOM_NAME for p in processors}
    else:
        proc_arg = ",".join(processors)
    logger.info(
        "loading Stanza (%s) from %s%s", ",".join(processors), directory, f", NER {ner_model}" if ner_model else ""
    )
    with _LOCK:
        try:
            return stanza.Pipeline(
                lang=LANG,
                dir=directory,
                processors=proc_arg,
                tokenize_pretokenized=True,
                download_method=None,
                use_gpu=False,
                logging_level="WARN",
                **resources_kwargs,
                **kwargs,
            )
        except FileNotFoundError as exc:
            raise ModelNotFoundError(f"a Stanza model file is missing ({exc}); {FIX_HINT}") from exc
        except Exception as exc:
            if type(exc).__name__ in ("ResourcesFileNotFoundError", "LanguageNotDownloadedError"):
                raise ModelNotFoundError(f"Stanza models are incomplete in {directory} ({exc}); {FIX_HINT}") from exc
            raise


@lru_cache(maxsize=1)
def _minimal_resources_file() -> Path:
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="graphkit-stanza-")) / "resources.json"
    path.write_text(json.dumps(_MINIMAL_RESOURCES), encoding="utf-8")
    return path


# ------------------------------------------------------------------ annotation


def spans_from_bioes(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, last, label)`` (inclusive token indices) from BIOES or BIO tags.

    A ``B-`` without its ``E-`` still closes at the last ``I-`` of its type; a stray
    ``I-``/``E-`` starts an entity.

    Examples
    --------
    >>> spans_from_bioes(["O", "B-PER", "E-PER", "S-LOC", "I-ORG", "O", "B-ORG", "I-ORG"])
    [(1, 2, 'PER'), (3, 3, 'LOC'), (4, 4, 'ORG'), (6, 7, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    cur: list[Any] | None = None
    for i, tag in enumerate(tags):
        prefix, _, label = (tag or "O").partition("-")
        if prefix in ("I", "E") and cur is not None and cur[2] == label:
            cur[1] = i
            if prefix == "E":
                spans.append((cur[0], cur[1], cur[2]))
                cur = None
            continue
        if cur is not None:
            spans.append((cur[0], cur[1], cur[2]))
            cur = None
        if prefix == "S" or (prefix == "E" and label):
            spans.append((i, i, label))
        elif prefix in ("B", "I") and label:
            cur = [i, i, label]
    if cur is not None:
        spans.append((cur[0], cur[1], cur[2]))
    return spans


def entity_type_for(label: str) -> str:
    """The graphkit entity type of a NER label (``PER`` → ``PERSON``; unknown → ``MISC``)."""
    label = label.upper()
    if label in TAG_TYPES:
        return TAG_TYPES[label]
    return label if label in EntityType.__members__ else "MISC"


def _segment_sentence(text: str, start: int, end: int) -> tuple[list[Token], list[str]]:
    from graphkit.nlp.segment import group_words, syllables

    words = group_words(syllables(text, start, end))
    tokens = [Token(text=text[w[0].start : w[-1].end], start=w[0].start, end=w[-1].end) for w in words]
    model_words = [" ".join(s.norm for s in w) for w in words]
    return tokens, model_words


def _split_sentences(text: str) -> list[tuple[int, int]]:
    try:
        from graphkit.ingest.sentences import split_sentences
    except ImportError:
        from graphkit.nlp.underthesea_backend import fallback_split_sentences as split_sentences
    return list(split_sentences(text))


class StanzaBackend:
    """NER (and, when installed, POS and dependencies) with Stanza's Vietnamese models.

    Parameters
    ----------
    models_dir : Path, optional
        Stanza's model directory; default :func:`graphkit.nlp.paths.models_dir`.
    ner_model_path, pretrain_path : Path, optional
        Use this NER model file (and its word-vector pretrain) instead of the installed one.
    syntax : bool
        Run Stanza's ``pos`` and ``depparse`` when installed (else Token.pos comes from
        underthesea's tagger and there are no heads).
    kb : KnowledgeBase, optional
        For the rules layer.
    rules : bool
        Apply :func:`graphkit.nlp.rules.refine` (on by default; off gives the raw model).
    prefer : {"auto", "official", "custom"}
        Which installed NER model to use (see :func:`build_pipeline`).

    Raises
    ------
    ModelNotFoundError
        At construction, when no NER model is installed.
    """

    name = BACKEND_NAME

    def __init__(
        self,
        models_dir: Path | None = None,
        ner_model_path: Path | None = None,
        pretrain_path: Path | None = None,
        syntax: bool = True,
        kb: object | None = None,
        rules: bool = True,
        prefer: str = "auto",
    ) -> None:
        self._models_dir = models_dir
        self._ner_model_path = ner_model_path
        self._pretrain_path = pretrain_path
        self._syntax = syntax
        self._prefer = prefer
        self._kb = kb
        self._rules = rules
        if ner_model_path is None and not models_installed(models_dir):
            raise ModelNotFoundError(f"no Stanza Vietnamese NER model in {_resolve_dir(models_dir)}; {FIX_HINT}")

    @property
    def pipeline(self) -> Any:
        """The (cached) Stanza pipeline."""
        return build_pipeline(
            self._models_dir, self._ner_model_path, self._pretrain_path, with_syntax=self._syntax, prefer=self._prefer
        )

    def annotate(self, doc: Document) -> AnnotatedDocument:
        """Sentences, tokens (POS, heads, relations) and typed mentions of one document."""
        text = doc.text
        sentences: list[Sentence] = []
        words: list[list[str]] = []
        for start, end in _split_sentences(text):
            tokens, model_words = _segment_sentence(text, start, end)
            if not tokens:
                continue
            sentences.append(Sentence(start=start, end=end, text=text[start:end], tokens=tokens))
            words.append(model_words)
        mentions: list[Mention] = []
        if sentences:
            sdoc = self.pipeline(words)
            if len(sdoc.sentences) != len(sentences):
                raise RuntimeError(f"Stanza returned {len(sdoc.sentences)} sentences for {len(sentences)}")
            has_pos = "pos" in self.pipeline.processors
            for sent, ssent, model_words in zip(sentences, sdoc.sentences, words, strict=True):
                mentions.extend(self._fill_sentence(text, sent, ssent, model_words, has_pos))
        adoc = AnnotatedDocument(document=doc, sentences=sentences, mentions=mentions, backend=self.name)
        if not self._rules:
            return adoc
        from graphkit.nlp.rules import refine

        return refine(adoc, kb=self._kb)

    def _fill_sentence(
        self, text: str, sent: Sentence, ssent: Any, model_words: list[str], has_pos: bool
    ) -> list[Mention]:
        tokens = sent.tokens
        if len(ssent.tokens) != len(tokens):
            raise RuntimeError(f"Stanza returned {len(ssent.tokens)} tokens for {len(tokens)} words")
        if has_pos:
            for token, sword in zip(tokens, ssent.words, strict=True):
                token.pos = sword.xpos or sword.upos
                if sword.head is not None:
                    token.head = sword.head - 1
                    token.deprel = sword.deprel
        else:
            from graphkit.nlp.segment import pos_tags

            for token, tag in zip(tokens, pos_tags(model_words), strict=True):
                token.pos = tag
        out: list[Mention] = []
        for a, b, label in spans_from_bioes([t.ner for t in ssent.tokens]):
            s, e = tokens[a].start, tokens[b].end
            out.append(Mention(start=s, end=e, text=text[s:e], type=entity_type_for(label), source="stanza"))
        return out


@NER_BACKENDS.register(BACKEND_NAME)
def _create(
    models_dir: Path | None = None,
    ner_model_path: Path | None = None,
    pretrain_path: Path | None = None,
    syntax: bool = True,
    kb: object | None = None,
    rules: bool = True,
    prefer: str = "auto",
) -> StanzaBackend:
    return StanzaBackend(
        models_dir=models_dir,
        ner_model_path=ner_model_path,
        pretrain_path=pretrain_path,
        syntax=syntax,
        kb=kb,
        rules=rules,
        prefer=prefer,
    )
