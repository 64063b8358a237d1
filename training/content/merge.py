"""Merge labelled batches into the repository's label files (offsets only, no text).

Usage: python training/content/merge.py [--demands LABELLED.jsonl ...] [--values LABELLED.jsonl ...]

Labelled demand sentences (``demands`` added to the lines of ``candidates.py``) go to
``demands.jsonl`` as ``{file, start, demands: [{predicate, subject, addressee, topic, status,
span}]}``, where ``span`` holds the character offsets of the demanded content in the cleaned
article. Judged values (``topics`` and ``ok`` added) go to ``values.jsonl`` as ``{file, start,
predicate, subject, lo, hi, topics, ok}``. A line already present (same file and sentence, or
same value) is replaced.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMANDS = HERE / "demands.jsonl"
VALUES = HERE / "values.jsonl"


def _find(sentence: str, text: str) -> int:
    at = sentence.find(text)
    return at if at >= 0 else sentence.lower().find(text.lower())


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def demand_rows(labelled: list[dict]) -> list[dict]:
    """Repository rows of labelled demand sentences (demands whose text is not in the sentence
    keep ``span`` null)."""
    out = []
    for line in labelled:
        demands = []
        for d in line.get("demands", []):
            at = _find(line["sentence"], d.get("text") or "") if d.get("text") else -1
            span = [line["start"] + at, line["start"] + at + len(d["text"])] if at >= 0 else None
            demands.append(
                {k: d.get(k) for k in ("predicate", "subject", "addressee", "topic", "status")} | {"span": span}
            )
        out.append({"file": line["file"], "start": line["start"], "demands": demands})
    return out


def value_rows(labelled: list[dict]) -> list[dict]:
    """Repository rows of judged values (values not found in their sentence are dropped)."""
    out = []
    for line in labelled:
        at = _find(line["sentence"], line["text"])
        if at < 0:
            continue
        lo = line["start"] + at
        out.append(
            {
                "file": line["file"],
                "start": line["start"],
                "predicate": line["predicate"],
                "subject": line["subject"],
                "lo": lo,
                "hi": lo + len(line["text"]),
                "topics": line["topics"],
                "ok": bool(line["ok"]),
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demands", type=Path, nargs="*", default=[])
    parser.add_argument("--values", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    new = demand_rows([r for p in args.demands for r in _read(p)])
    keys = {(r["file"], r["start"]) for r in new}
    rows = [r for r in _read(DEMANDS) if (r["file"], r["start"]) not in keys] + new
    _write(DEMANDS, sorted(rows, key=lambda r: (r["file"], r["start"])))
    vnew = value_rows([r for p in args.values for r in _read(p)])
    vkeys = {(r["file"], r["lo"], r["predicate"], r["subject"]) for r in vnew}
    vrows = [r for r in _read(VALUES) if (r["file"], r["lo"], r["predicate"], r["subject"]) not in vkeys] + vnew
    _write(VALUES, sorted(vrows, key=lambda r: (r["file"], r["lo"], r["predicate"], r["subject"])))
    print(f"{len(rows)} labelled sentences, {len(vrows)} judged values")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
