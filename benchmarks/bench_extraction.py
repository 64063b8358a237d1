"""Time relation extraction against NER + linking on news articles.

Usage: python benchmarks/bench_extraction.py DIR [--limit N] [--backend NAME] [--repeat K]

Each article (a .txt file: title on the first line, then the body) is annotated by the NER
backend, linked with ``linker.kb.v1`` and then passed to ``extractor.rules.v1``. The script
prints milliseconds per article for NER + linking and for extraction, the ratio of the two
(target: extraction ≤ 15 % of NER + linking), and how many facts were extracted.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from pathlib import Path

from graphkit.models import Document
from graphkit.text import normalize_text

logger = logging.getLogger("bench_extraction")


def _documents(root: Path, limit: int) -> list[Document]:
    paths = sorted(root.glob("*.txt")) if root.is_dir() else [root]
    docs = []
    for path in paths[:limit]:
        lines = normalize_text(path.read_text(encoding="utf-8", errors="replace")).splitlines()
        title = lines[0].strip() if lines else ""
        body = "\n".join(lines[1:]).strip() or title
        docs.append(Document(doc_id=path.stem, title=title, text=body))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="A directory of .txt articles (or one file).")
    parser.add_argument("--limit", type=int, default=200, help="At most this many articles.")
    parser.add_argument("--backend", default="auto", help="NER backend (default: the best installed).")
    parser.add_argument("--repeat", type=int, default=3, help="Extraction runs per article (the best is kept).")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from graphkit.extraction import EXTRACTORS
    from graphkit.linking import LINKERS
    from graphkit.nlp.backends import create_backend

    docs = _documents(args.dir, args.limit)
    if not docs:
        logger.error("no .txt articles in %s", args.dir)
        return 2
    ner = create_backend(args.backend)
    linker = LINKERS.create("linker.kb.v1")
    extractor = EXTRACTORS.create("extractor.rules.v1", min_confidence=0.3)

    # warm-up: models load lazily, and the first call of each stage pays for it
    extractor.extract(linker.link(ner.annotate(docs[0])))

    t_ner = t_ext = 0.0
    facts: Counter[str] = Counter()
    for doc in docs:
        t0 = time.perf_counter()
        adoc = linker.link(ner.annotate(doc))
        t_ner += time.perf_counter() - t0
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t1 = time.perf_counter()
            result = extractor.extract(adoc)
            best = min(best, time.perf_counter() - t1)
        t_ext += best
        facts.update(str(t.predicate) for t in result.triples)

    n = len(docs)
    ner_ms = 1000 * t_ner / n
    ext_ms = 1000 * t_ext / n
    print(f"articles: {n}  backend: {ner.name}")
    print(f"NER + linking:       {ner_ms:8.1f} ms/article")
    print(f"relation extraction: {ext_ms:8.1f} ms/article")
    print(f"ratio extraction / (NER + linking): {100 * ext_ms / ner_ms:.1f} % (target <= 15 %)")
    print(f"facts: {sum(facts.values())} ({', '.join(f'{k} {v}' for k, v in facts.most_common())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
