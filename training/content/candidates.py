"""Write sentences to label for demands and calls, and extracted values to judge.

Usage: python training/content/candidates.py DEMANDS.jsonl VALUES.jsonl [--skip K] [--files N]

``DEMANDS.jsonl``: sentences with a demand or call cue ("yêu cầu", "đòi", "kêu gọi", … always;
"phải", "cần", "muốn" in about a third of the sentences) and at least one actor, with the actors
the pipeline found (``{file, start, sentence, actors: [{id, name, type, as_written}]}``); a
labeller adds ``demands`` (see GUIDE_demands.md). ``VALUES.jsonl``: every value of a content
fact the rules extract (``{file, start, sentence, predicate, subject, text}``); a labeller adds
``topics`` and ``ok`` (see GUIDE_values.md). The sentence text is for the labeller only; the
repository keeps offsets (see ``merge.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "met"))

from corpus import training_files  # noqa: E402

from graphkit.config import load_pipeline  # noqa: E402
from graphkit.extraction.rules import RuleExtractor  # noqa: E402
from graphkit.nlp.silver import read_segmented_article  # noqa: E402
from graphkit.ontology import ONTOLOGY  # noqa: E402
from graphkit.pipeline import Pipeline  # noqa: E402

STRONG = re.compile(r"\b(yêu cầu|đòi|đề nghị|kêu gọi|hối thúc|thúc giục|tối hậu thư|buộc)\b", re.IGNORECASE)
WEAK = re.compile(r"\b(phải|cần|muốn|điều kiện)\b", re.IGNORECASE)
ACTORS = ("PERSON", "ORGANIZATION", "COUNTRY")
CONTENT = {name for name, p in ONTOLOGY.predicates.items() if p.kind == "content"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("demands", type=Path)
    parser.add_argument("values", type=Path)
    parser.add_argument("--skip", type=int, default=0, help="Skip this many files of the training order first.")
    parser.add_argument("--files", type=int, default=300, help="Read this many files.")
    parser.add_argument("--weak-share", type=float, default=0.35, help="Share of sentences with only a weak cue kept.")
    args = parser.parse_args(argv)
    pipeline = Pipeline(load_pipeline())
    extractor = RuleExtractor(min_confidence=0.0, use_model=False)
    rng = random.Random(7)
    seen: set[tuple] = set()
    with args.demands.open("w", encoding="utf-8") as dout, args.values.open("w", encoding="utf-8") as vout:
        for n, path in enumerate(training_files()[args.skip : args.skip + args.files]):
            if n % 50 == 0:
                print(f"{n} files", file=sys.stderr)
            name = path.name.split(".")[0]
            adoc = pipeline.annotate(read_segmented_article(path))
            entities = {e.id: e for e in adoc.entities}
            for analysis, facts in extractor.sentence_facts(adoc):
                s = analysis.sentence
                actors: dict[str, dict] = {}
                for m in adoc.mentions:
                    if s.start <= m.start and m.end <= s.end and m.entity_id and str(m.type) in ACTORS:
                        e = entities.get(m.entity_id)
                        row = actors.setdefault(
                            m.entity_id,
                            {"id": m.entity_id, "name": e.name if e else m.text, "type": str(m.type), "as_written": []},
                        )
                        if m.text not in row["as_written"]:
                            row["as_written"].append(m.text)
                if actors and (STRONG.search(s.text) or (WEAK.search(s.text) and rng.random() < args.weak_share)):
                    line = {"file": name, "start": s.start, "sentence": s.text, "actors": list(actors.values())}
                    dout.write(json.dumps(line, ensure_ascii=False) + "\n")
                for fact in facts:
                    obj = fact.get("object")
                    if fact["predicate"] not in CONTENT or not isinstance(obj, dict) or not obj.get("text"):
                        continue
                    key = (name, s.start, fact["predicate"], obj["text"])
                    if key in seen:
                        continue
                    seen.add(key)
                    line = {
                        "file": name,
                        "start": s.start,
                        "sentence": s.text,
                        "predicate": fact["predicate"],
                        "subject": fact["subject"]["name"],
                        "text": obj["text"],
                    }
                    vout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
