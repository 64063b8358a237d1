"""Train the meeting-pair model from hand-labelled pairs.

Usage: python training/met/train.py [--labels FILE] [--out FILE] [--add LABELLED.jsonl ...]

``--add`` merges labelled candidate files (written by ``candidates.py``, a ``label`` added to
every pair) into the labels file first. The script then re-runs the default pipeline on the
labelled corpus files, rebuilds every pair's features, cross-validates a logistic regression
(folds by article) to choose the regularisation and the decision threshold, prints the
figures, and writes the model fitted on all labels. Needs the ``train`` extra
(scikit-learn) and the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPUS, corpus_pairs  # noqa: E402

from graphkit.extraction.pairs import MODEL_PATH, PairModel  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels.jsonl"


def _key(file: str, start: int, a: str, b: str) -> tuple[str, int, str, str]:
    x, y = sorted((a, b))
    return (file, int(start), x, y)


def read_labels(path: Path) -> dict[tuple[str, int, str, str], int]:
    """Labels by (file, sentence start, entity id, entity id)."""
    out: dict[tuple[str, int, str, str], int] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[_key(r["file"], r["start"], r["a_id"], r["b_id"])] = int(r["label"])
    return out


def add_labelled(paths: list[Path], labels: dict[tuple[str, int, str, str], int]) -> int:
    """Merge labelled candidate files into ``labels``; the number of pairs read."""
    n = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for p in row["pairs"]:
                if p.get("label") in (0, 1):
                    labels[_key(row["file"], row["start"], p["a_id"], p["b_id"])] = int(p["label"])
                    n += 1
    return n


def write_labels(path: Path, labels: dict[tuple[str, int, str, str], int]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for (file, start, a, b), label in sorted(labels.items()):
            out.write(json.dumps({"file": file, "start": start, "a_id": a, "b_id": b, "label": label}) + "\n")


def _prf(gold: list[int], pred: list[bool]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--add", type=Path, nargs="*", default=[])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min-precision", type=float, default=0.6, help="Precision floor of added pairs.")
    args = parser.parse_args(argv)

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    labels = read_labels(args.labels)
    if args.add:
        print(f"merged {add_labelled(args.add, labels)} labelled pairs")
        write_labels(args.labels, labels)
    files = sorted({k[0] for k in labels})
    print(f"{len(labels)} labels ({sum(labels.values())} meetings) in {len(files)} articles")
    rows, gold, groups, rule = [], [], [], []
    all_gold, all_rule = [], []
    for pair in corpus_pairs([args.corpus / f"{f}.txt.seg" for f in files]):
        key = _key(pair.file, pair.start, pair.a_id, pair.b_id)
        if key not in labels:
            continue
        if pair.scored:
            rows.append({name: 1.0 for name in pair.features})
            gold.append(labels[key])
            groups.append(pair.file)
            rule.append(pair.rule_met)
        else:
            all_gold.append(labels[key])
            all_rule.append(pair.rule_met)
    print(
        f"{len(rows) + len(all_gold)} labelled pairs found again by the pipeline, "
        f"{len(rows)} at meeting triggers the rules left empty (the model's)"
    )
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    folds = GroupKFold(n_splits=5)
    base = _prf(all_gold + gold, all_rule + rule)
    print("rules alone: P {:.3f} R {:.3f} F1 {:.3f}".format(*base))
    best = None
    for c in (0.1, 0.3, 1.0):
        clf = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
        proba = cross_val_predict(clf, x, gold, groups=groups, cv=folds, method="predict_proba")[:, 1]
        for t in [i / 100 for i in range(30, 91, 5)]:
            added = [p >= t and not r for p, r in zip(proba, rule, strict=True)]
            prec_added = _prf(gold, added)[0] if any(added) else 1.0
            union = all_rule + [r or a for r, a in zip(rule, added, strict=True)]
            p, r_, f = _prf(all_gold + gold, union)
            if prec_added >= args.min_precision and (best is None or f > best[0]):
                best = (f, c, t, p, r_, prec_added, sum(added))
    assert best is not None
    f, c, t, p, r_, pa, n_added = best
    print(
        f"rules + model (5-fold CV by article): C={c} threshold={t}: P {p:.3f} R {r_:.3f} F1 {f:.3f}; "
        f"{n_added} pairs added at precision {pa:.3f}"
    )
    clf = LogisticRegression(C=c, max_iter=2000, fit_intercept=False).fit(x, gold)
    names = vec.get_feature_names_out()
    weights = {name: round(float(w), 4) for name, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    meta = {
        "pairs": len(gold),
        "meetings": int(sum(gold)),
        "articles": len(files),
        "C": c,
        "cv": {"precision": round(p, 3), "recall": round(r_, 3), "f1": round(f, 3), "added_precision": round(pa, 3)},
        "rules_alone": dict(zip(("precision", "recall", "f1"), (round(v, 3) for v in base), strict=True)),
    }
    args.out.write_text(PairModel(weights, t, meta).to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
