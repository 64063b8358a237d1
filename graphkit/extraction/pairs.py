"""A learned decision for meetings: did this sentence say that these two actors met?

The rules of :mod:`graphkit.extraction.rules` know many meeting constructions, but news
writes meetings in more ways than any list of rules covers. This module scores every pair
of actors named in a sentence that contains a meeting trigger ("hội đàm", "gặp", "điện
đàm"…) with a logistic-regression model over features of the pair: the trigger and where
it stands, the words between and around the two mentions, their entity types, how far
apart they are, whether one is the other's state, and what the rules said about the pair.

The model is a JSON file of feature weights (``graphkit/data/models/met_pairs.json``),
trained by ``training/met/train.py`` from hand-labelled pairs; scoring needs no library
beyond the standard one. The rules keep deciding status, mode and date; the model only
adds meetings that the rules missed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from graphkit.extraction.units import Arg, Unit

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "met_pairs.json"
ACTOR_TYPES = frozenset({"PERSON", "ORGANIZATION", "COUNTRY"})
QUOTES = frozenset({'"', "“", "”"})
_WITH = frozenset({"với", "cùng"})
MAX_ACTORS = 8
"""Sentences naming more actors than this are lists, not meetings; no pair is scored."""


class _Hit(Protocol):
    start: int
    end: int
    kind: str
    preds: tuple[str, ...]


class SentenceView(Protocol):
    """What the features read from a sentence's analysis."""

    units: list[Unit]
    keys: list[str]
    hits: list[Any]
    n: int


@dataclass(frozen=True)
class PairCandidate:
    """Two actors of one sentence (unit indices, ``left < right``) and the meeting trigger
    nearest to them."""

    left: int
    right: int
    trigger: Any

    def args(self, view: SentenceView) -> tuple[Arg, Arg]:
        """The two arguments, left first."""
        a, b = view.units[self.left].arg, view.units[self.right].arg
        assert a is not None and b is not None
        return a, b


def actor_units(view: SentenceView) -> dict[str, list[int]]:
    """Unit indices of each actor entity named in the sentence, by entity id."""
    out: dict[str, list[int]] = {}
    for i, u in enumerate(view.units):
        arg = u.arg
        if u.kind == "m" and arg is not None and not arg.attributive and str(arg.ref.type) in ACTOR_TYPES:
            out.setdefault(arg.ref.id, []).append(i)
    return out


def met_triggers(view: SentenceView) -> list[Any]:
    """The sentence's meeting trigger hits."""
    return [h for h in view.hits if h.kind == "trigger" and "MET" in h.preds]


def _gap(hit: _Hit, a: int, b: int) -> int:
    """Units between the trigger and the span ``a..b`` (0 when it lies inside)."""
    if hit.end <= a:
        return a - hit.end
    if hit.start > b:
        return hit.start - b
    return 0


def candidates(view: SentenceView, exclude: Collection[int] = ()) -> list[PairCandidate]:
    """Every pair of distinct actors of a sentence with a meeting trigger, each placed at the
    two mentions and the trigger closest together; triggers starting at a unit in ``exclude``
    are left out."""
    triggers = [h for h in met_triggers(view) if h.start not in exclude]
    actors = actor_units(view)
    if not triggers or len(actors) < 2 or len(actors) > MAX_ACTORS:
        return []
    ids = sorted(actors, key=lambda e: actors[e][0])
    out: list[PairCandidate] = []
    for x, ea in enumerate(ids):
        for eb in ids[x + 1 :]:
            best: tuple[int, int, int, Any] | None = None
            for i in actors[ea]:
                for j in actors[eb]:
                    a, b = min(i, j), max(i, j)
                    for hit in triggers:
                        cost = (b - a) + 2 * _gap(hit, a, b)
                        if best is None or cost < best[0]:
                            best = (cost, a, b, hit)
            assert best is not None
            out.append(PairCandidate(best[1], best[2], best[3]))
    return out


def _bucket(n: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (15, "9-15")):
        if n <= limit:
            return name
    return "16+"


def _key(view: SentenceView, i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= view.n:
        return "</s>"
    u = view.units[i]
    if u.kind == "m" and u.arg is not None:
        return "@" + str(u.arg.ref.type)
    return view.keys[i]


def _inside_quote(view: SentenceView, i: int) -> bool:
    return sum(1 for k in range(i) if view.units[k].text in QUOTES) % 2 == 1


def features(
    view: SentenceView,
    cand: PairCandidate,
    own_state: bool = False,
    rule_predicates: Sequence[str] = (),
    context: Sequence[str] = (),
) -> list[str]:
    """The names of the pair's binary features.

    Parameters
    ----------
    view
        The sentence's analysis.
    cand
        The pair and its trigger.
    own_state
        True when one of the two is the other's state (a leader and the country they lead).
    rule_predicates
        The predicates the rules extracted between the two in this sentence.
    context
        Further feature names from the rules (the trigger's status, hedges, the complement
        it stands in).
    """
    a, b, hit = cand.left, cand.right, cand.trigger
    arg_a, arg_b = cand.args(view)
    ta, tb = str(arg_a.ref.type), str(arg_b.ref.type)
    trig = " ".join(view.keys[hit.start : hit.end])
    if hit.end <= a:
        where = "before"
    elif hit.start > b:
        where = "after"
    else:
        where = "between"
    out = [
        "bias",
        f"types:{ta}|{tb}",
        f"ta:{ta}",
        f"tb:{tb}",
        f"trig:{trig}",
        f"where:{where}",
        f"trig_where:{trig}|{where}",
        f"dab:{_bucket(b - a)}",
        f"dt:{_bucket(_gap(hit, a, b))}",
        f"prev_a:{_key(view, a - 1)}",
        f"next_a:{_key(view, a + 1)}",
        f"prev_b:{_key(view, b - 1)}",
        f"next_b:{_key(view, b + 1)}",
        f"next2_b:{_key(view, b + 1)}|{_key(view, b + 2)}",
        f"prev2_a:{_key(view, a - 2)}|{_key(view, a - 1)}",
        f"prev2_b:{_key(view, b - 2)}|{_key(view, b - 1)}",
        f"tprev:{_key(view, hit.start - 1)}",
        f"tnext:{_key(view, hit.end)}",
        f"tprev_trig:{_key(view, hit.start - 1)}|{trig}",
        f"tnext_trig:{trig}|{_key(view, hit.end)}",
        f"nact:{_bucket(len(actor_units(view)))}",
        f"ntrig:{_bucket(len(met_triggers(view)))}",
    ]
    between = [_key(view, k) for k in range(a + 1, b)]
    out += [f"btw:{k}" for k in between[:12]]
    if len(between) <= 3:
        out.append("btw_seq:" + " ".join(between))
    if where == "before":
        gap = [_key(view, k) for k in range(hit.end, a)]
    elif where == "after":
        gap = [_key(view, k) for k in range(b + 1, hit.start)]
    else:
        gap = [_key(view, k) for k in range(a + 1, hit.start)]
    out += [f"tw:{k}" for k in gap[:8]]
    if len(gap) <= 2:
        out.append(f"tw_seq:{where}|" + " ".join(gap))
    out += [f"tb4:{_key(view, k)}" for k in range(max(0, hit.start - 4), hit.start)]
    if any(view.keys[k] in _WITH for k in range(hit.end, min(view.n, hit.end + 3))):
        out.append(f"partner_after:{where}")
    lead = next((k for k in range(view.n) if view.units[k].kind == "m"), None)
    if lead == a:
        out.append("a_leads")
    others = [k for ks in actor_units(view).values() for k in ks if k not in (a, b)]
    if any(k < hit.start and k < a for k in others):
        out.append(f"other_first:{where}")
    if any(a < k < b for k in others):
        out.append("other_between")
    if any(view.units[k].text == "," for k in range(a + 1, b)):
        out.append("comma_between")
    if _inside_quote(view, a):
        out.append("quote_a")
    if _inside_quote(view, b):
        out.append("quote_b")
    if own_state:
        out.append("own_state")
    for pred in sorted(set(rule_predicates)):
        out.append(f"rule:{pred}")
    if not rule_predicates:
        out.append("rule:none")
    out.extend(context)
    return out


@dataclass(frozen=True)
class PairModel:
    """Logistic-regression weights over feature names, and the decision threshold."""

    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def probability(self, names: Sequence[str]) -> float:
        """The model's probability that the pair met."""
        z = sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        """The model as JSON text."""
        return json.dumps(
            {"threshold": self.threshold, "meta": self.meta, "weights": dict(sorted(self.weights.items()))},
            ensure_ascii=False,
            indent=0,
        )

    @classmethod
    def from_json(cls, text: str) -> PairModel:
        """A model from the JSON written by :meth:`to_json`."""
        data = json.loads(text)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["threshold"]), data.get("meta", {}))


@cache
def load_model(path: Path = MODEL_PATH) -> PairModel | None:
    """The packaged meeting-pair model, or None when it is not installed."""
    if not path.is_file():
        return None
    return PairModel.from_json(path.read_text(encoding="utf-8"))
