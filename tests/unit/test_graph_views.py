import networkx as nx
import pytest

from graphkit.graph.mirror import build_graph
from graphkit.graph.sample import sample_records
from graphkit.graph.views import (
    asserted_only,
    ego_view,
    entity_view,
    predicate_view,
    time_window,
    type_view,
    undirected_projection,
)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    _, entities, triples = sample_records()
    return build_graph(entities, triples)


def _id(g: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d.get("label") == label)


def test_graph_mirror_keeps_per_claim_dates(graph):
    tap, putin = _id(graph, "Tập Cận Bình"), _id(graph, "Vladimir Putin")
    d = graph.edges[tap, putin, "MET"]
    assert d["count"] == 2
    assert d["dates"] == ["2022-02-04", "2023-03-21"]
    assert len(d["claim_ids"]) == 2
    assert (d["first_date"], d["last_date"]) == ("2022-02-04", "2023-03-21")


def test_graph_mirror_keeps_addressees(graph):
    zelensky, nga = _id(graph, "Volodymyr Zelensky"), _id(graph, "Nga")
    d = graph.edges[zelensky, "value:DEMAND:troop_withdrawal", "DEMANDED"]
    assert d["addressees"] == [nga]


def test_graph_asserted_only_drops_planned_meeting(graph):
    putin, zelensky = _id(graph, "Vladimir Putin"), _id(graph, "Volodymyr Zelensky")
    assert graph.has_edge(putin, zelensky, "MET|planned")
    h = asserted_only(graph)
    assert not h.has_edge(putin, zelensky)
    assert h.number_of_nodes() == graph.number_of_nodes()
    assert graph.has_edge(putin, zelensky, "MET|planned"), "the input is left untouched"


def test_graph_met_network_is_undirected_and_merges_directions(graph):
    met = predicate_view(asserted_only(graph), "MET")
    assert not met.is_directed()
    putin, macron = _id(graph, "Vladimir Putin"), _id(graph, "Emmanuel Macron")
    d = met.edges[putin, macron]
    assert d["count"] == 2
    assert sorted(d["modes"]) == ["in_person", "phone"]
    assert (d["first_date"], d["last_date"]) == ("2022-02-07", "2022-02-20")
    assert all(dd["predicate"] == "MET" for _, _, dd in met.edges(data=True))
    assert _id(graph, "NATO") not in met


def test_graph_predicate_view_of_directed_predicate_stays_directed(graph):
    warned = predicate_view(graph, ["WARNED", "SANCTIONED"])
    assert warned.is_directed()
    assert warned.number_of_edges() == 2
    assert sorted(d["label"] for _, d in warned.nodes(data=True)) == ["Mỹ", "Nga"]


def test_graph_type_view_leaders_only(graph):
    leaders = type_view(graph, "PERSON")
    assert {d["type"] for _, d in leaders.nodes(data=True)} == {"PERSON"}
    assert leaders.number_of_nodes() == 5
    assert all(d["predicate"] == "MET" for _, _, d in leaders.edges(data=True))


def test_graph_entity_view_drops_value_nodes(graph):
    h = entity_view(graph)
    assert not [n for n in h if str(n).startswith("value:")]


@pytest.mark.parametrize(
    ("since", "until", "claims"),
    [
        ("2022-01-01", "2022-12-31", 9),
        ("2023-01-01", None, 1),
        (None, "2021-12-31", 1),
        ("2022-02-04", "2022-02-07", 2),
    ],
)
def test_graph_time_window_recounts_claims(graph, since, until, claims):
    h = time_window(asserted_only(graph), since, until)
    assert sum(d["count"] for _, _, d in h.edges(data=True)) == claims
    for _, _, d in h.edges(data=True):
        assert d["count"] == len(d["claim_ids"]) == len(d["dates"])
        assert (since or "") <= d["first_date"] <= d["last_date"] <= (until or "9999")


def test_graph_time_window_splits_an_edge(graph):
    tap, putin = _id(graph, "Tập Cận Bình"), _id(graph, "Vladimir Putin")
    h = time_window(graph, since="2023-01-01")
    d = h.edges[tap, putin, "MET"]
    assert (d["count"], d["first_date"], d["dates"]) == (1, "2023-03-21", ["2023-03-21"])
    assert graph.edges[tap, putin, "MET"]["count"] == 2


def test_graph_time_window_without_claim_dates_uses_range():
    g = nx.MultiDiGraph()
    g.add_edge("Hà Nội", "Tokyo", key="MET", predicate="MET", count=4, first_date="2020-01-01", last_date="2020-12-31")
    assert time_window(g, since="2020-06-01").edges["Hà Nội", "Tokyo", "MET"]["count"] == 4
    assert time_window(g, since="2021-01-01").number_of_edges() == 0


def test_graph_ego_network_radius(graph):
    biden = _id(graph, "Joe Biden")
    one = ego_view(graph, biden, radius=1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {"Joe Biden", "Volodymyr Zelensky", "Emmanuel Macron"}
    two = ego_view(graph, biden, radius=2)
    assert "Vladimir Putin" in {d["label"] for _, d in two.nodes(data=True)}
    with pytest.raises(KeyError):
        ego_view(graph, "không có")


def test_graph_undirected_projection_sums_weights():
    g = nx.MultiDiGraph()
    g.add_edge("Việt Nam", "Lào", key="MET", predicate="MET", count=2, claim_ids=["a", "b"])
    g.add_edge("Lào", "Việt Nam", key="VISITED", predicate="VISITED", count=1, claim_ids=["c"])
    h = undirected_projection(g)
    d = h.edges["Việt Nam", "Lào"]
    assert d["count"] == 3
    assert sorted(d["claim_ids"]) == ["a", "b", "c"]
    assert sorted(d["predicates"]) == ["MET", "VISITED"]
    assert undirected_projection(g, merge=False).edges["Lào", "Việt Nam"] == {"count": 3}
