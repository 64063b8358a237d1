"""Time segmentation + NER + linking over news articles: words/s, articles/s, peak memory.

Usage: python benchmarks/bench_ner.py DIR [--limit N] [--backend NAME] [--no-link]

Each article (a .txt file: title on the first line, then the body) is annotated by the
NER backend (offline default: ``ner.underthesea.v1``) and linked with ``linker.kb.v1``.
For the underthesea backend the per-stage share is also measured (sentence splitting,
word segmentation + POS, CRF NER, the rules-and-knowledge layer, linking).
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import time
from pathlib import Path

from graphkit.models import AnnotatedDocument, Document, Mention, Sentence, Token
from graphkit.text import normalize_text

logger = logging.getLogger("bench_ner")


def _staged(doc: Document, kb: object, stages: dict[str, float]) -> AnnotatedDocument:
    """The underthesea backend's work, stage by stage, timed."""
    from graphkit.nlp import underthesea_backend as ub
    from graphkit.nlp.rules import refine
    from graphkit.nlp.segment import group_words, pos_tags, syllables

    text = doc.text
    t0 = time.perf_counter()
    spans = ub.split_sentences(text)
    t1 = time.perf_counter()
    stages["sentences"] += t1 - t0
    sentences, mentions = [], []
    for start, end in spans:
        t0 = time.perf_counter()
        words = group_words(syllables(text, start, end))
        model_words = [" ".join(s.norm for s in w) for w in words]
        tags = pos_tags(model_words)
        tokens = [
            Token(text=text[w[0].start : w[-1].end], start=w[0].start, end=w[-1].end, pos=p)
            for w, p in zip(words, tags, strict=True)
        ]
        t1 = time.perf_counter()
        bio = ub.ner_tags(model_words, tags)
        for a, b, label in ub._spans_from_bio(tokens, bio):
            s, e = tokens[a].start, tokens[b].end
            mentions.append(Mention(start=s, end=e, text=text[s:e], type=ub._BIO_TYPES[label]))
        t2 = time.perf_counter()
        stages["segment+pos"] += t1 - t0
        stages["crf ner"] += t2 - t1
        sentences.append(Sentence(start=start, end=end, text=text[start:end], tokens=tokens))
    adoc = AnnotatedDocument(document=doc, sentences=sentences, mentions=mentions, backend=ub.BACKEND_NAME)
    t0 = time.perf_counter()
    adoc = refine(adoc, kb=kb)
    stages["rules"] += time.perf_counter() - t0
    return adoc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=200, help="Only the first N files (sorted); 0 = all.")
    parser.add_argument("--backend", default="ner.underthesea.v1", help="NER backend name (or auto).")
    parser.add_argument("--no-link", action="store_true", help="Skip linking.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    files = sorted(args.directory.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no .txt files in {args.directory}", file=sys.stderr)
        return 2
    docs = []
    for path in files:
        text = normalize_text(path.read_text(encoding="utf-8", errors="replace"))
        docs.append(Document(doc_id=path.stem, text=text))
    words = sum(len(d.text.split()) for d in docs)

    from graphkit.commands.ner import make_linker
    from graphkit.nlp.backends import create_backend
    from graphkit.nlp.rules import default_kb

    t_load = time.perf_counter()
    nlp = create_backend(args.backend)
    linker = None if args.no_link else make_linker()
    kb = default_kb()
    nlp.annotate(Document(doc_id="warmup", text="Tổng thống Nga Vladimir Putin tiếp Ngoại trưởng Mỹ."))
    load = time.perf_counter() - t_load

    staged = nlp.name == "ner.underthesea.v1"
    stages = {"sentences": 0.0, "segment+pos": 0.0, "crf ner": 0.0, "rules": 0.0, "linking": 0.0}
    mentions = 0
    t_start = time.perf_counter()
    for doc in docs:
        adoc = _staged(doc, kb, stages) if staged else nlp.annotate(doc)
        if linker is not None:
            t0 = time.perf_counter()
            adoc = linker.link(adoc)
            stages["linking"] += time.perf_counter() - t0
        mentions += len(adoc.mentions)
    elapsed = time.perf_counter() - t_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"backend           {nlp.name}{'' if linker else ' (no linking)'}")
    print(f"articles          {len(docs)}")
    print(f"words             {words}")
    print(f"mentions          {mentions}")
    print(f"model load        {load:.2f} s")
    print(f"elapsed           {elapsed:.2f} s")
    print(f"words/s           {words / elapsed:,.0f}")
    print(f"articles/s        {len(docs) / elapsed:.1f}")
    print(f"peak RSS          {peak_mb:,.0f} MB")
    measured = sum(stages.values())
    if measured:
        for name, secs in stages.items():
            if secs:
                print(f"  {name:<15} {secs:7.2f} s  {100 * secs / elapsed:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
