import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graphkit.graph.export import export_graph, write_gexf, write_neo4j_csv, write_node_link
from graphkit.graph.graphml import write_graphml
from graphkit.graph.mirror import build_graph
from graphkit.graph.sample import sample_records


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    _, entities, triples = sample_records()
    g = build_graph(entities, triples)
    g.add_node("e:khó", label='Tên "lạ" <&> ; xuống\ndòng\x07', type="MISC", kind="entity", aliases=["a;b", "c"])
    g.add_edge("e:khó", "kb:Q159", key="MET", predicate="MET", status="asserted", count=1, claim_ids=["c:x"])
    return g


def _safe(value) -> bool:
    return isinstance(value, str | int | float | bool)


def test_graph_graphml_reads_back_with_networkx(graph, tmp_path: Path):
    path = write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert all("label" in d for _, d in back.nodes(data=True))
    assert all("interaction" in d for _, _, d in back.edges(data=True))
    assert all(_safe(v) for _, d in back.nodes(data=True) for v in d.values())
    assert back.nodes["kb:Q7747"]["label"] == "Vladimir Putin"
    met = [d for u, v, d in back.edges("kb:Q15031", data=True) if d["interaction"] == "MET"]
    assert met[0]["count"] == 2 and json.loads(met[0]["dates"]) == ["2022-02-04", "2023-03-21"]
    assert back.nodes["e:khó"]["label"] == 'Tên "lạ" <&> ; xuống\ndòng'
    text = path.read_text(encoding="utf-8")
    assert "None" not in text and "null" not in text.split("<graph ")[0]


def test_graph_graphml_reads_back_with_igraph(graph, tmp_path: Path):
    import igraph

    path = write_graphml(graph, tmp_path / "g.graphml")
    h = igraph.Graph.Read_GraphML(str(path))
    assert h.vcount() == graph.number_of_nodes()
    assert h.ecount() == graph.number_of_edges()
    assert "Tập Cận Bình" in h.vs["label"]
    assert set(h.es["interaction"]) >= {"MET", "DEMANDED", "WARNED"}
    assert max(h.es["count"]) == 2


def test_graph_graphml_edge_ids_are_unique(graph, tmp_path: Path):
    import re

    text = write_graphml(graph, tmp_path / "g.graphml").read_text(encoding="utf-8")
    ids = re.findall(r'<edge id="([^"]+)"', text)
    assert len(ids) == len(set(ids)) == graph.number_of_edges()


def test_graph_graphml_one_type_per_attribute(tmp_path: Path):
    g = nx.MultiDiGraph()
    g.add_node("Huế", score=1, note=None)
    g.add_node("Đà Nẵng", score=2.5, note="x")
    back = nx.read_graphml(write_graphml(g, tmp_path / "t.graphml"))
    assert back.nodes["Huế"]["score"] == 1.0 and isinstance(back.nodes["Huế"]["score"], float)
    assert "note" not in back.nodes["Huế"]


def test_graph_gexf_reads_back(graph, tmp_path: Path):
    path = write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["kb:Q15031"]["label"] == "Tập Cận Bình"


def test_graph_node_link_json_reads_back(graph, tmp_path: Path):
    path = write_node_link(graph, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["kb:Q7747"]["label"] == "Vladimir Putin"


def test_graph_neo4j_csv_headers_and_rows(graph, tmp_path: Path):
    paths = write_neo4j_csv(graph, tmp_path / "neo4j")
    names = sorted(p.name for p in paths)
    assert names == [
        "import.sh",
        "nodes_Country.csv",
        "nodes_Demand_value.csv",
        "nodes_Misc.csv",
        "nodes_Organization.csv",
        "nodes_Person.csv",
        "relationships.csv",
    ]
    with (tmp_path / "neo4j" / "nodes_Person.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["id:ID", "name", ":LABEL"]
    assert "aliases:string[]" in rows[0] and "mentions:int" in rows[0]
    assert {r[2] for r in rows[1:]} == {"Person"}
    with (tmp_path / "neo4j" / "nodes_Misc.csv").open(encoding="utf-8") as fh:
        misc = list(csv.DictReader(fh))
    assert misc[0]["aliases:string[]"] == "a,b;c"
    assert "\n" not in misc[0]["name"]
    with (tmp_path / "neo4j" / "relationships.csv").open(encoding="utf-8") as fh:
        rels = list(csv.DictReader(fh))
    assert list(rels[0])[:4] == [":START_ID", ":END_ID", ":TYPE", "status"]
    assert "count:int" in rels[0] and "claim_ids:string[]" in rels[0]
    assert len(rels) == graph.number_of_edges()
    all_ids = set()
    for p in paths:
        if p.name.startswith("nodes_"):
            with p.open(encoding="utf-8") as fh:
                all_ids |= {r["id:ID"] for r in csv.DictReader(fh)}
    assert all(r[":START_ID"] in all_ids and r[":END_ID"] in all_ids for r in rels)
    assert {r[":TYPE"] for r in rels} <= {"MET", "DEMANDED", "WARNED", "SANCTIONED"}
    script = (tmp_path / "neo4j" / "import.sh").read_text(encoding="utf-8")
    assert "--relationships=relationships.csv" in script and '--array-delimiter=";"' in script


def test_graph_export_rejects_unknown_format(graph, tmp_path: Path):
    from graphkit.errors import ConfigError

    with pytest.raises(ConfigError):
        export_graph(graph, "dot", tmp_path / "g.dot")
