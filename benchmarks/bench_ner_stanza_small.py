"""Score the small Stanza NER model against underthesea on the hand-labelled gold set.

Usage: python benchmarks/bench_ner_stanza_small.py [--gold tests/data/ner/gold.conll] [--model DIR]

Each gold sentence is annotated as a document of its own by ``ner.underthesea.v1`` and by
``ner.stanza.v1`` with a Stanza model directory holding ``graphkit.pt`` and
``graphkit.pretrain.pt`` (default: the model shipped in
``graphkit/data/models/stanza-vi-ner-small``), each raw and with the rules layer. Prints
exact-span precision, recall and F1 (overall on PER/LOC/ORG) and F1 per type.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from graphkit.models import Document
from graphkit.nlp.evaluate import Span, evaluate_ner, load_gold
from graphkit.stages import NerBackend


def _score(name: str, backend: NerBackend, gold: list) -> None:
    def predict(text: str) -> list[Span]:
        adoc = backend.annotate(Document(doc_id="gold", text=text))
        return [Span(start=m.start, end=m.end, type=str(m.type)) for m in adoc.mentions]

    t0 = time.perf_counter()
    report = evaluate_ner(gold, predict, backend=name)
    secs = time.perf_counter() - t0
    per_type = "  ".join(f"{t} {s.f1:.3f}" for t, s in sorted(report.per_type.items()))
    o = report.overall
    print(f"{name:<28} P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}   {per_type}   ({secs:.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=Path("tests/data/ner/gold.conll"))
    parser.add_argument("--model", type=Path, default=None, help="Directory with graphkit.pt + graphkit.pretrain.pt.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("stanza").setLevel(logging.ERROR)

    from graphkit.commands.models import small_model_dir
    from graphkit.nlp.stanza_backend import StanzaBackend
    from graphkit.nlp.underthesea_backend import UndertheseaBackend

    model_dir = args.model or small_model_dir()
    gold = load_gold(args.gold.read_text(encoding="utf-8"))
    print(f"gold: {args.gold} ({len(gold)} sentences); Stanza model: {model_dir}")
    model, pretrain = model_dir / "graphkit.pt", model_dir / "graphkit.pretrain.pt"
    _score("underthesea raw", UndertheseaBackend(rules=False), gold)
    _score("underthesea + rules", UndertheseaBackend(), gold)
    _score("stanza small raw", StanzaBackend(ner_model_path=model, pretrain_path=pretrain, rules=False), gold)
    _score("stanza small + rules", StanzaBackend(ner_model_path=model, pretrain_path=pretrain), gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
