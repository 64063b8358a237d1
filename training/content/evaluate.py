"""Score the extractor on the hand-labelled corpus sentences of this folder.

Usage: python training/content/evaluate.py [--corpus DIR] [--show N]

Two figures, both from the word-segmented corpus (``../shared/corpus/vietnews-seg``):

- demands and calls (``demands.jsonl``): per sentence, the demanders (and demander + topic)
  the extractor finds for DEMANDED and CALLED_FOR against the labelled ones; negated labels
  are left out, and a label whose demander is not among the tagged actors (a pronoun, a name
  the tagger missed) excuses one found demander from counting as wrong. Precision, recall and
  F1 by predicate.
- judged values (``values.jsonl``): of the content facts the rules gave when the values were
  judged (whatever their status), how many the extractor still gives as a positive fact, as a
  negated one, or not at all, split by the judgement (right or wrong; a value judged wrong
  because the sentence negates it is right when kept as negated), and how often the topic of a
  kept right value agrees with the labelled topic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "met"))

from corpus import CORPUS  # noqa: E402

from graphkit.config import load_pipeline  # noqa: E402
from graphkit.extraction.rules import RuleExtractor  # noqa: E402
from graphkit.nlp.silver import read_segmented_article  # noqa: E402
from graphkit.pipeline import Pipeline  # noqa: E402

HERE = Path(__file__).resolve().parent
PREDICATES = ("DEMANDED", "CALLED_FOR")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"tp {tp:4d}  fp {fp:4d}  fn {fn:4d}   P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", type=int, default=0, help="Print up to N sentences with a missed or spurious demand.")
    args = parser.parse_args(argv)
    demands = defaultdict(dict)
    for row in _rows(HERE / "demands.jsonl"):
        demands[row["file"]][row["start"]] = row["demands"]
    values = defaultdict(list)
    for row in _rows(HERE / "values.jsonl"):
        values[row["file"]].append(row)
    pipeline = Pipeline(load_pipeline())
    extractor = pipeline.extractor
    every = RuleExtractor(min_confidence=0.0, use_model=False)
    counts: Counter = Counter()
    shown = 0
    for n, name in enumerate(sorted(set(demands) | set(values))):
        if n % 100 == 0:
            print(f"{n} articles", file=sys.stderr)
        adoc = pipeline.annotate(read_segmented_article(args.corpus / f"{name}.txt.seg"))
        for analysis, facts in extractor.sentence_facts(adoc):
            labels = demands[name].get(analysis.sentence.start)
            if labels is None:
                continue
            for pred in PREDICATES:
                gold = [d for d in labels if d["predicate"] == pred and d["subject"] and d["status"] != "negated"]
                # a labelled demander the tagger did not offer (a pronoun, a missed name) cannot be
                # compared: as many found demanders as there are such labels are not counted wrong
                unnamed = [
                    d for d in labels if d["predicate"] == pred and not d["subject"] and d["status"] != "negated"
                ]
                found = [
                    f
                    for f in facts
                    if f["predicate"] == pred
                    and f["status"] != "negated"
                    and f["confidence"] >= extractor.min_confidence
                ]
                for level, g, p in (
                    ("who", {d["subject"] for d in gold}, {f["subject"]["id"] for f in found}),
                    (
                        "who+topic",
                        {(d["subject"], d["topic"]) for d in gold},
                        {(f["subject"]["id"], f["object"]["topic"]) for f in found},
                    ),
                ):
                    counts[pred, level, "tp"] += len(g & p)
                    counts[pred, level, "fp"] += max(0, len(p - g) - len(unnamed))
                    counts[pred, level, "fn"] += len(g - p)
                    if level == "who" and g != p and shown < args.show:
                        shown += 1
                        print(f"{name}@{analysis.sentence.start} {pred} labelled {sorted(g)} found {sorted(p)}")
        if values[name]:
            have = {}
            for analysis, facts in every.sentence_facts(adoc):
                for f in facts:
                    obj = f.get("object")
                    if isinstance(obj, dict) and obj.get("text"):
                        key = (analysis.sentence.start, f["predicate"], f["subject"]["name"], obj["text"])
                        have[key] = (obj.get("topic"), f["status"])
            text = adoc.document.text
            for v in values[name]:
                key = (v["start"], v["predicate"], v["subject"], text[v["lo"] : v["hi"]])
                judged = "right" if v["ok"] else "wrong"
                topic, status = have.get(key, (None, None))
                kept = "dropped" if key not in have else "negated" if status == "negated" else "kept"
                counts["values", judged, kept] += 1
                if kept == "kept" and v["ok"]:
                    counts["values", "topic", "agree" if topic == v["topics"][0] else "differ"] += 1
    print("\nDemands and calls (labelled sentences):")
    for pred in PREDICATES:
        for level in ("who", "who+topic"):
            print(f"  {pred:10s} {level:9s}  " + _prf(*(counts[pred, level, k] for k in ("tp", "fp", "fn"))))
    print("\nJudged values of content facts (all confidences; kept as a negated fact listed apart):")
    for judged in ("right", "wrong"):
        kept, negated, dropped = (counts["values", judged, k] for k in ("kept", "negated", "dropped"))
        print(f"  {judged}: kept {kept}, kept as negated {negated}, dropped {dropped}")
    right_kept, wrong_kept = counts["values", "right", "kept"], counts["values", "wrong", "kept"]
    if right_kept + wrong_kept:
        print(f"  share right among positive facts kept: {right_kept / (right_kept + wrong_kept):.3f}")
    agree, differ = counts["values", "topic", "agree"], counts["values", "topic", "differ"]
    if agree + differ:
        share = agree / (agree + differ)
        print(f"  topic agrees with the label on kept right values: {share:.3f} ({agree}/{agree + differ})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
