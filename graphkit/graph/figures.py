"""Report figures drawn with matplotlib (Agg backend), returned as PNG bytes."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

from graphkit.graph.report import NetworkFigure, TimelineRow  # noqa: E402


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def network_png(figure: NetworkFigure, seed: int = 0) -> bytes:
    """Draw the top of the meeting network: node size by claims, edge width by meetings.

    Examples
    --------
    >>> from graphkit.graph.report import ActorRow
    >>> f = NetworkFigure(nodes=[ActorRow(id="a", label="Nga", value=2), ActorRow(id="b", label="Mỹ", value=2)],
    ...                   edges=[("a", "b", 2)])
    >>> network_png(f)[:4]
    b'\\x89PNG'
    """
    g = nx.Graph()
    for n in figure.nodes:
        g.add_node(n.id, label=n.label, value=n.value)
    for u, v, c in figure.edges:
        g.add_edge(u, v, count=c)
    fig, ax = plt.subplots(figsize=(9, 7))
    ax.set_axis_off()
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no meetings in this selection", ha="center", va="center")
        return _png(fig)
    pos = nx.spring_layout(g, seed=seed, weight="count", k=1.5 / max(g.number_of_nodes(), 1) ** 0.5)
    top = max((d["value"] for _, d in g.nodes(data=True)), default=1) or 1
    heaviest = max((d["count"] for _, _, d in g.edges(data=True)), default=1) or 1
    nx.draw_networkx_edges(
        g, pos, ax=ax, width=[0.5 + 5 * d["count"] / heaviest for _, _, d in g.edges(data=True)], alpha=0.45
    )
    nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        node_size=[120 + 1500 * d["value"] / top for _, d in g.nodes(data=True)],
        node_color="#4c72b0",
        alpha=0.85,
    )
    nx.draw_networkx_labels(g, pos, labels={n: d["label"] for n, d in g.nodes(data=True)}, font_size=8, ax=ax)
    ax.set_title("Meeting network (MET): most active actors")
    return _png(fig)


def timeline_png(rows: list[TimelineRow]) -> bytes:
    """Claims per month, one line per predicate.

    Examples
    --------
    >>> timeline_png([TimelineRow(month="2022-02", counts={"MET": 2})])[:4]
    b'\\x89PNG'
    """
    fig, ax = plt.subplots(figsize=(10, 4))
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated claims in this selection", ha="center", va="center")
        return _png(fig)
    months = [r.month for r in rows]
    totals: dict[str, int] = {}
    for r in rows:
        for p, n in r.counts.items():
            totals[p] = totals.get(p, 0) + n
    colours = plt.get_cmap("tab20").colors
    for i, pred in enumerate(sorted(totals, key=lambda p: -totals[p])):
        ax.plot(
            range(len(months)),
            [r.counts.get(pred, 0) for r in rows],
            marker="o",
            markersize=3,
            label=pred,
            color=colours[i % len(colours)],
        )
    step = max(1, len(months) // 12)
    ax.set_xticks(range(0, len(months), step), [months[i] for i in range(0, len(months), step)], rotation=45)
    ax.set_ylabel("claims")
    ax.set_title("Claims per month by predicate")
    ax.legend(fontsize=7, ncol=2, loc="upper left")
    ax.grid(alpha=0.3)
    return _png(fig)
