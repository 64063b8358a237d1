"""Write candidate meeting pairs of corpus sentences for hand labelling.

Usage: python training/met/candidates.py OUT.jsonl [--sentences N] [--skip K]

Each output line is one sentence with its pairs: ``{file, start, sentence, pairs: [{a, b,
a_id, b_id, a_name, b_name, rule_met}]}``; a labeller adds ``label`` (1 or 0) to each pair.
The sentence text is for the labeller only; ``labels.jsonl`` in the repository keeps just
``file``, ``start``, the two entity ids and the label.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_pairs, training_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sentences", type=int, default=200, help="Stop after this many sentences.")
    parser.add_argument("--skip", type=int, default=0, help="Skip this many files of the training order first.")
    parser.add_argument("--every", type=int, default=2, help="Keep one sentence in this many (spreads articles).")
    args = parser.parse_args(argv)
    files = training_files()[args.skip :]
    rows: dict[tuple[str, int], dict] = {}
    seen = 0
    with args.out.open("w", encoding="utf-8") as out:
        for pair in corpus_pairs(files):
            key = (pair.file, pair.start)
            if key not in rows:
                if len(rows) and len(rows) % 50 == 0:
                    print(f"{len(rows)} sentences", file=sys.stderr)
                seen += 1
                if seen % args.every:
                    rows[key] = {}
                    continue
                if sum(1 for r in rows.values() if r) >= args.sentences:
                    break
                rows[key] = {"file": pair.file, "start": pair.start, "sentence": pair.sentence, "pairs": []}
            row = rows[key]
            if not row:
                continue
            row["pairs"].append(
                {
                    "a": pair.a_text,
                    "b": pair.b_text,
                    "a_id": pair.a_id,
                    "b_id": pair.b_id,
                    "a_name": pair.a_name,
                    "b_name": pair.b_name,
                    "rule_met": pair.rule_met,
                }
            )
        for row in rows.values():
            if row:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
