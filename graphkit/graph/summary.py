"""The short ``report.md`` that ``graphkit build`` writes next to the graph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from graphkit.models import Document


def summary_markdown(g: nx.MultiDiGraph, documents: Iterable[Document], top: int = 10) -> str:
    """Articles, entities, facts by predicate, most mentioned entities and most frequent facts."""
    docs = list(documents)
    entities = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "entity"]
    facts = Counter()
    for _, _, d in g.edges(data=True):
        facts[(d["predicate"], d["status"])] += d["count"]
    lines = [
        "# graphkit build report",
        "",
        f"- articles: {len(docs)}",
        f"- entities: {len(entities)}",
        f"- facts (claims): {sum(facts.values())} in {g.number_of_edges()} distinct relations",
        "",
        "## Facts by predicate",
        "",
        "| predicate | status | claims |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {p} | {s} | {n} |" for (p, s), n in sorted(facts.items(), key=lambda kv: -kv[1])]
    lines += [
        "",
        "## Most mentioned entities",
        "",
        "| entity | type | mentions | articles |",
        "| --- | --- | --- | --- |",
    ]
    ranked = sorted(entities, key=lambda nd: (-nd[1].get("mentions", 0), nd[1]["label"]))[:top]
    lines += [f"| {d['label']} | {d['type']} | {d.get('mentions', 0)} | {d.get('doc_count', 0)} |" for _, d in ranked]
    lines += [
        "",
        "## Most frequent facts",
        "",
        "| subject | predicate | object | claims | dates |",
        "| --- | --- | --- | --- | --- |",
    ]
    edges = sorted(g.edges(data=True), key=lambda e: (-e[2]["count"], e[2]["predicate"]))[:top]
    for u, v, d in edges:
        dates = " – ".join(dict.fromkeys(filter(None, [d.get("first_date"), d.get("last_date")])))
        lines.append(f"| {g.nodes[u]['label']} | {d['predicate']} | {g.nodes[v]['label']} | {d['count']} | {dates} |")
    return "\n".join(lines) + "\n"
