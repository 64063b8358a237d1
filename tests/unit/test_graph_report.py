import json
import re
from pathlib import Path

import networkx as nx
import pytest

from graphkit.graph.mirror import build_graph
from graphkit.graph.render import anchor, render_html, render_markdown, write_report
from graphkit.graph.report import analyze, attach_evidence, build_report, referenced_claims
from graphkit.graph.sample import sample_records


@pytest.fixture(scope="module")
def records():
    return sample_records()


@pytest.fixture(scope="module")
def graph(records) -> nx.MultiDiGraph:
    _, entities, triples = records
    return build_graph(entities, triples)


@pytest.fixture(scope="module")
def report(graph, records):
    evidence = {t.id: {"doc_id": t.doc_id, "sentence": t.evidence.sentence} for t in records[2]}
    r = analyze(graph, top=5)
    return attach_evidence(r, evidence)


def test_graph_report_meetings_pairs_counts_and_dates(report):
    top = report.meetings[0]
    assert top.count == 2
    pairs = {(m.a, m.b): m for m in report.meetings}
    m = pairs[("Emmanuel Macron", "Vladimir Putin")]
    assert (m.first_date, m.last_date, sorted(m.modes)) == ("2022-02-07", "2022-02-20", ["in_person", "phone"])
    assert ("Vladimir Putin", "Volodymyr Zelensky") not in pairs, "planned meetings are not asserted"


def test_graph_report_demanders_with_topics_and_addressees(report):
    nga = next(d for d in report.demanders if d.label == "Nga")
    assert nga.count == 2
    assert {i.topic for i in nga.demands} == {"security_guarantees", "nato_non_expansion"}
    assert all(i.addressees == ["NATO"] for i in nga.demands)
    assert report.demanded_of[0].label in {"NATO", "Nga"}


def test_graph_report_central_actors_tables(report):
    tables = {t.measure: t for t in report.measures}
    assert set(tables) == {
        "degree",
        "weighted_degree",
        "out_degree",
        "in_degree",
        "betweenness",
        "pagerank",
        "eigenvector",
    }
    top2 = {(r.label, r.value) for r in tables["weighted_degree"].rows[:2]}
    assert top2 == {("Vladimir Putin", 4.0), ("Nga", 4.0)}
    assert tables["betweenness"].rows[0].label in {"Emmanuel Macron", "Joe Biden"}
    assert all(r.type for t in report.measures for r in t.rows)


def test_graph_report_communities_and_timeline(report):
    assert report.communities and report.community_method
    members = [{m.label for m in c.members} for c in report.communities]
    assert {"Vladimir Putin", "Tập Cận Bình"} <= next(m for m in members if "Vladimir Putin" in m)
    assert all(c.claim_ids for c in report.communities)
    months = [r.month for r in report.timeline]
    assert months == sorted(months) and "2022-02" in months
    assert sum(sum(r.counts.values()) for r in report.timeline) == report.stats["claims"]


def test_graph_report_every_linked_claim_is_in_the_appendix(report):
    linked = referenced_claims(report)
    assert linked
    assert linked == report.claim_ids()
    assert all(c.sentence for c in report.claims)


def test_graph_report_filters_are_recorded(graph):
    r = analyze(graph, since="2022-01-01", until="2022-12-31", types=["PERSON"], predicates=["MET"])
    assert r.filters["types"] == ["PERSON"] and r.filters["since"] == "2022-01-01"
    assert r.stats["claims"] == 5
    assert not r.demanders


def test_graph_report_on_empty_graph_renders():
    r = build_report(nx.MultiDiGraph())
    assert "graphkit analysis report" in render_markdown(r)
    assert render_html(r).count("<table") >= 1


def test_graph_report_files_and_self_contained_html(report, tmp_path: Path):
    paths = write_report(report, tmp_path)
    assert sorted(p.name for p in paths) == ["report.html", "report.json", "report.md"]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?http", page, re.I)
    assert "<link" not in page and "<script" not in page
    assert page.count("data:image/png;base64,") == 2
    ids = set(re.findall(r'id="([^"]+)"', page))
    hrefs = set(re.findall(r'href="#([^"]+)"', page))
    assert hrefs <= ids, hrefs - ids
    for c in report.claims:
        assert anchor(c.id) in ids
    assert "Tập Cận Bình" in page and "“Ông Tập Cận Bình hội đàm với ông Putin tại Điện Kremlin.”" in page
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["stats"]["claims"] == report.stats["claims"]
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f'<a id="{anchor(report.claims[0].id)}">' in md
    assert "## Who met whom most" in md


def test_graph_report_html_escapes_names():
    g = nx.MultiDiGraph()
    g.add_node("x", label="<b>Ông & Bà</b>", type="PERSON", kind="entity")
    g.add_node("y", label='"Nhà Trắng"', type="ORGANIZATION", kind="entity")
    g.add_edge("x", "y", key="MET", predicate="MET", status="asserted", count=1, claim_ids=["c:1"], dates=[None])
    page = render_html(build_report(g))
    assert "<b>Ông" not in page and "&lt;b&gt;Ông &amp; Bà&lt;/b&gt;" in page
