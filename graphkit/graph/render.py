"""Renderers of a :class:`~graphkit.graph.report.Report`: Markdown, JSON and one
self-contained HTML file (inline CSS, figures as base64 PNG, only in-page links)."""

from __future__ import annotations

import base64
import html
import json
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from graphkit.graph.report import Report

log = logging.getLogger(__name__)

FIGURES = {
    "network": "Meeting network (MET): the most active actors; width = number of meeting claims.",
    "timeline": "Claims per month by predicate.",
}


def anchor(claim_id: str) -> str:
    """The in-page anchor of a claim in the appendix.

    Examples
    --------
    >>> anchor("c:1a2b")
    'claim-c-1a2b'
    """
    return "claim-" + re.sub(r"[^A-Za-z0-9_-]", "-", claim_id)


def _fmt(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.4f}"


def _dates(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if not last or last == first else f"{first} – {last}"


def _method(t) -> str:
    s = t.method
    if t.error_bound is not None:
        s += f", error ≤ ±{t.error_bound:.3f} at 95%"
    if t.note and t.error_bound is None:
        s += f" ({t.note})"
    return s


# ------------------------------------------------------------------ Markdown


def _md_links(ids: list[str]) -> str:
    return " ".join(f"[{i + 1}](#{anchor(c)})" for i, c in enumerate(ids))


def _md_cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """The report as Markdown; claim links point at anchors of the appendix.

    Examples
    --------
    >>> print(render_markdown(Report(generated="2024-01-01T00:00:00+00:00")).splitlines()[0])
    # graphkit analysis report
    """
    out = [f"# {report.title}", "", f"- source: {report.source or '—'}", f"- generated: {report.generated}"]
    out += [f"- filters: {json.dumps(report.filters, ensure_ascii=False)}"]
    out += [f"- {k}: {v}" for k, v in report.stats.items()]
    out += ["", "## Most central actors", ""]
    for t in report.measures:
        out += [f"### {t.title}", "", f"Method: {_method(t)}", "", "| # | actor | type | score | claims |"]
        out += ["| --- | --- | --- | --- | --- |"]
        out += [
            f"| {i} | {_md_cell(r.label)} | {r.type} | {_fmt(r.value)} | {_md_links(r.claim_ids)} |"
            for i, r in enumerate(t.rows, 1)
        ]
        out.append("")
    out += ["## Who met whom most", "", "| actor | actor | meetings | dates | modes | claims |"]
    out += ["| --- | --- | --- | --- | --- | --- |"]
    out += [
        f"| {_md_cell(m.a)} | {_md_cell(m.b)} | {m.count} | {_dates(m.first_date, m.last_date)} | "
        f"{', '.join(m.modes)} | {_md_links(m.claim_ids)} |"
        for m in report.meetings
    ]
    out += ["", "## Most active demanders", ""]
    out += ["| demander | claims | predicate | topic | demands | addressees | evidence |"]
    out += ["| --- | --- | --- | --- | --- | --- | --- |"]
    for d in report.demanders:
        for i, item in enumerate(d.demands):
            who = f"{_md_cell(d.label)} | {d.count}" if i == 0 else " | "
            out.append(
                f"| {who} | {item.predicate} | {item.topic} ({item.count}) | {_md_cell('; '.join(item.texts))} | "
                f"{_md_cell(', '.join(item.addressees))} | {_md_links(item.claim_ids)} |"
            )
    if report.demanded_of:
        out += ["", "### Most demanded of", "", "| addressee | claims | evidence |", "| --- | --- | --- |"]
        out += [f"| {_md_cell(a.label)} | {a.count} | {_md_links(a.claim_ids)} |" for a in report.demanded_of]
    out += ["", "## Communities", "", f"Method: {report.community_method}, modularity {report.modularity:.3f}", ""]
    for c in report.communities:
        members = ", ".join(f"{m.label} ({_fmt(m.value)})" for m in c.members)
        out.append(f"- **Community {c.index}** ({c.size} actors): {members} — ties: {_md_links(c.claim_ids)}")
    if report.bridge_nodes:
        out += ["", "### Bridges between communities", "", "| actor | communities | reached | weight |"]
        out += ["| --- | --- | --- | --- |"]
        out += [
            f"| {_md_cell(b.label)} | {', '.join(map(str, b.communities))} | {b.reached} | {_fmt(b.weight)} |"
            for b in report.bridge_nodes
        ]
        out += ["", "| actor | actor | communities | claims | evidence |", "| --- | --- | --- | --- | --- |"]
        out += [
            f"| {_md_cell(b.a)} | {_md_cell(b.b)} | {b.community_a}–{b.community_b} | {_fmt(b.weight)} | "
            f"{_md_links(b.claim_ids)} |"
            for b in report.bridge_edges
        ]
    preds = sorted({p for r in report.timeline for p in r.counts})
    out += ["", "## Timeline (claims per month)", ""]
    if preds:
        out += ["| month | " + " | ".join(preds) + " |", "| --- |" + " --- |" * len(preds)]
        out += [f"| {r.month} | " + " | ".join(str(r.counts.get(p, 0)) for p in preds) + " |" for r in report.timeline]
    out += ["", "## Appendix: claims and evidence", ""]
    for c in report.claims:
        head = f"{c.subject} —{c.predicate}→ {c.object}"
        meta = ", ".join(x for x in (c.date, c.doc_id, c.status if c.status != "asserted" else None) if x)
        out.append(f'- <a id="{anchor(c.id)}"></a>`{c.id}` **{_md_cell(head)}** ({meta}): {c.sentence or "—"}')
    return "\n".join(out) + "\n"


def render_json(report: Report) -> str:
    """The report model as indented JSON (figures are not embedded)."""
    return report.model_dump_json(indent=2)


# ------------------------------------------------------------------ HTML

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;
color:#222;line-height:1.45;padding:0 1rem}
h1{border-bottom:2px solid #4c72b0}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;width:100%;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f9}tr:target,li:target{background:#fff4c2}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.method{color:#666;font-size:.85rem}figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #eee}
figcaption{color:#555;font-size:.9rem}a.c{font-size:.8rem;margin-right:.2rem}
.claims li{margin:.35rem 0}.sent{display:block;color:#333;margin-left:1rem;font-style:italic}
.meta{color:#777;font-size:.85rem}nav a{margin-right:.8rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _links(ids: list[str]) -> str:
    return "".join(f'<a class="c" href="#{anchor(c)}">[{i + 1}]</a>' for i, c in enumerate(ids))


def _table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), table_id: str = "") -> str:
    tid = f' id="{table_id}"' if table_id else ""
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = []
    for row in rows:
        tds = "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        body.append(f"<tr>{tds}</tr>")
    return f"<table{tid}><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _figure(name: str, png: bytes | None, caption: str) -> str:
    if not png:
        return ""
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<figure id="fig-{name}"><img alt="{_e(FIGURES.get(name, name))}" src="data:image/png;base64,{data}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def render_html(report: Report, figures: Mapping[str, bytes] | None = None) -> str:
    """One self-contained HTML page: inline CSS, figures as data URIs, only ``#`` links.

    Examples
    --------
    >>> page = render_html(Report(generated="2024-01-01T00:00:00+00:00"))
    >>> page.startswith("<!DOCTYPE html>"), "http" in page
    (True, False)
    """
    figures = figures or {}
    p: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{_e(report.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        '<nav><a href="#central">Central actors</a><a href="#meetings">Meetings</a><a href="#demands">Demands</a>'
        '<a href="#communities">Communities</a><a href="#timeline">Timeline</a><a href="#claims">Claims</a></nav>',
        '<p class="meta">',
        f"source: {_e(report.source or '—')} · generated {_e(report.generated)} · "
        f"filters: {_e(json.dumps(report.filters, ensure_ascii=False))}<br>",
        " · ".join(f"{_e(k)}: {_e(v)}" for k, v in report.stats.items()),
        "</p>",
        '<h2 id="central">Most central actors</h2>',
        "<p>Numbers in brackets link to the claims (with their evidence sentences) behind each row.</p>",
    ]
    for t in report.measures:
        p.append(f'<h3 id="measure-{_e(t.measure)}">{_e(t.title)}</h3><p class="method">method: {_e(_method(t))}</p>')
        rows = [[str(i), _e(r.label), _e(r.type), _fmt(r.value), _links(r.claim_ids)] for i, r in enumerate(t.rows, 1)]
        p.append(_table(["#", "actor", "type", "score", "evidence"], rows, {0, 3}))
    p.append('<h2 id="meetings">Who met whom most</h2>')
    p.append(
        _figure(
            "network",
            figures.get("network"),
            f'{_e(FIGURES["network"])} The pairs and their claims are in <a href="#meeting-table">the table below</a>.',
        )
    )
    rows = [
        [
            _e(m.a),
            _e(m.b),
            str(m.count),
            _e(_dates(m.first_date, m.last_date)),
            _e(", ".join(m.modes)),
            _links(m.claim_ids),
        ]
        for m in report.meetings
    ]
    p.append(_table(["actor", "actor", "meetings", "first – last", "modes", "evidence"], rows, {2}, "meeting-table"))
    p.append('<h2 id="demands">Most active demanders</h2>')
    rows = []
    for d in report.demanders:
        for i, item in enumerate(d.demands):
            rows.append(
                [
                    f"<strong>{_e(d.label)}</strong> ({d.count})" if i == 0 else "",
                    _e(item.predicate),
                    f"{_e(item.topic)} ({item.count})",
                    _e("; ".join(item.texts)),
                    _e(", ".join(item.addressees)),
                    _e(_dates(item.first_date, item.last_date)),
                    _links(item.claim_ids),
                ]
            )
    p.append(_table(["demander (claims)", "predicate", "topic", "demands", "addressed to", "dates", "evidence"], rows))
    if report.demanded_of:
        p.append("<h3>Most demanded of</h3>")
        rows = [[_e(a.label), str(a.count), _links(a.claim_ids)] for a in report.demanded_of]
        p.append(_table(["addressee", "claims", "evidence"], rows, {1}))
    p.append('<h2 id="communities">Communities</h2>')
    p.append(f'<p class="method">method: {_e(report.community_method)}, modularity {report.modularity:.3f}</p>')
    rows = [
        [
            str(c.index),
            str(c.size),
            _e(", ".join(f"{m.label} ({_fmt(m.value)})" for m in c.members)),
            _links(c.claim_ids),
        ]
        for c in report.communities
    ]
    p.append(_table(["community", "actors", "most connected members (claims)", "strongest ties"], rows, {0, 1}))
    if report.bridge_nodes:
        p.append("<h3>Bridges between communities</h3>")
        rows = [
            [_e(b.label), _e(", ".join(map(str, b.communities))), str(b.reached), _fmt(b.weight)]
            for b in report.bridge_nodes
        ]
        p.append(_table(["actor", "own, reached communities", "reached", "claims across"], rows, {2, 3}))
        rows = [
            [_e(b.a), _e(b.b), f"{b.community_a}–{b.community_b}", _fmt(b.weight), _links(b.claim_ids)]
            for b in report.bridge_edges
        ]
        p.append(_table(["actor", "actor", "communities", "claims", "evidence"], rows, {3}))
    p.append('<h2 id="timeline">Timeline</h2>')
    p.append(
        _figure(
            "timeline",
            figures.get("timeline"),
            f'{_e(FIGURES["timeline"])} Counts per month are in <a href="#timeline-table">the table below</a>.',
        )
    )
    preds = sorted({x for r in report.timeline for x in r.counts})
    rows = [[_e(r.month), *[str(r.counts.get(x, 0)) for x in preds]] for r in report.timeline]
    p.append(_table(["month", *preds], rows, set(range(1, len(preds) + 1)), "timeline-table"))
    p.append('<h2 id="claims">Appendix: claims and evidence</h2><ol class="claims">')
    for c in report.claims:
        meta = " · ".join(_e(x) for x in (c.date, c.doc_id, c.status if c.status != "asserted" else None) if x)
        sentence = f'<span class="sent">“{_e(c.sentence)}”</span>' if c.sentence else ""
        p.append(
            f'<li id="{anchor(c.id)}"><strong>{_e(c.subject)}</strong> —{_e(c.predicate)}→ '
            f'<strong>{_e(c.object)}</strong> <span class="meta">{meta} · <code>{_e(c.id)}</code></span>{sentence}</li>'
        )
    p.append("</ol></body></html>")
    return "\n".join(p) + "\n"


def render_figures(report: Report, seed: int = 0) -> dict[str, bytes]:
    """PNG figures of the report: the meeting network and the timeline."""
    from graphkit.graph.figures import network_png, timeline_png

    figs = {"timeline": timeline_png(report.timeline)}
    if report.network is not None:
        figs["network"] = network_png(report.network, seed=seed)
    return figs


def _write(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def write_report(report: Report, outdir: Path, figures: Mapping[str, bytes] | None = None) -> list[Path]:
    """Write ``report.md``, ``report.json`` and ``report.html`` into ``outdir``."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    if figures is None:
        figures = render_figures(report)
    paths = [
        _write(outdir / "report.md", render_markdown(report)),
        _write(outdir / "report.json", render_json(report)),
        _write(outdir / "report.html", render_html(report, figures)),
    ]
    log.info("wrote %s", ", ".join(str(p) for p in paths))
    return paths
