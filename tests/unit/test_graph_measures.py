import networkx as nx
import pytest

from graphkit.graph import analysis as A


def _karate() -> nx.Graph:
    return nx.karate_club_graph()


def test_graph_degree_counts_relations_and_claims():
    g = nx.MultiDiGraph()
    g.add_edge("Nga", "Trung Quốc", key="MET", count=5)
    g.add_edge("Nga", "Trung Quốc", key="AGREED", count=1)
    g.add_edge("Ấn Độ", "Nga", key="MET", count=2)
    assert A.degree(g).values == {"Nga": 3, "Trung Quốc": 2, "Ấn Độ": 1}
    assert A.degree(g, weight="count").values == {"Nga": 8, "Trung Quốc": 6, "Ấn Độ": 2}


def test_graph_in_and_out_degree_separate_demanders_from_demanded():
    g = nx.MultiDiGraph()
    for who in ("Ukraine", "EU", "Mỹ"):
        g.add_edge(who, "Nga", key="DEMANDED", count=2)
    g.add_edge("Nga", "NATO", key="DEMANDED", count=1)
    assert A.in_degree(g, weight="count").values["Nga"] == 6
    assert A.out_degree(g, weight="count").values["Nga"] == 1
    assert A.out_degree(g).top(1)[0] == ("EU", 1)


def test_graph_betweenness_star_center_is_one():
    star = nx.star_graph(5)
    r = A.betweenness(star)
    assert r.values[0] == pytest.approx(1.0)
    assert all(r.values[i] == 0 for i in range(1, 6))
    assert r.error_bound is None


def test_graph_betweenness_matches_networkx_exactly():
    g = _karate()
    expected = nx.betweenness_centrality(g)
    r = A.betweenness(g, method="exact")
    assert r.method == "igraph exact"
    for n in g:
        assert r.values[n] == pytest.approx(expected[n], abs=1e-12)


def test_graph_betweenness_multigraph_ignores_direction_and_parallel_edges():
    g = nx.MultiDiGraph([("Kyiv", "Warszawa"), ("Warszawa", "Kyiv"), ("Berlin", "Warszawa")])
    g.add_edge("Kyiv", "Warszawa", key="x")
    assert A.betweenness(g).values["Warszawa"] == pytest.approx(1.0)


def test_graph_betweenness_sampled_is_within_its_bound():
    g = nx.barabasi_albert_graph(600, 3, seed=7)
    exact = nx.betweenness_centrality(g)
    r = A.betweenness(g, method="sampled", k=200, seed=1)
    assert r.method == "igraph sampled (200 pivots)"
    assert r.error_bound == pytest.approx(A.hoeffding_bound(200, 600))
    worst = max(abs(r.values[n] - exact[n]) for n in g)
    assert worst <= r.error_bound
    top_exact = {n for n, _ in sorted(exact.items(), key=lambda kv: -kv[1])[:3]}
    assert r.top(1)[0][0] in top_exact


def test_graph_betweenness_auto_switches_to_sampling(monkeypatch):
    monkeypatch.setattr(A, "EXACT_WORK_IGRAPH", 10)
    r = A.betweenness(nx.path_graph(50), k=16)
    assert r.method.startswith("igraph sampled") and r.error_bound is not None


def test_graph_betweenness_networkx_fallback(monkeypatch):
    monkeypatch.setattr(A, "_igraph", lambda: None)
    g = _karate()
    assert A.betweenness(g).method == "networkx exact"
    monkeypatch.setattr(A, "EXACT_WORK_NETWORKX", 10)
    r = A.betweenness(g, k=20)
    assert r.method == "networkx sampled (20 pivots)" and r.error_bound is not None


def test_graph_pagerank_matches_igraph_weighted():
    import igraph

    g = _karate()
    ours = A.pagerank(g, weight="weight")
    h = igraph.Graph.from_networkx(g)
    theirs = h.pagerank(weights="weight")
    for n in g:
        assert ours.values[n] == pytest.approx(theirs[n], abs=1e-6)
    assert sum(ours.values.values()) == pytest.approx(1.0)


def test_graph_pagerank_symmetric_predicate_counts_both_ways():
    g = nx.MultiDiGraph()
    g.add_edge("Macron", "Scholz", key="MET", predicate="MET", count=1)
    r = A.pagerank(g)
    assert r.values["Macron"] == pytest.approx(r.values["Scholz"])
    d = nx.MultiDiGraph()
    d.add_edge("Macron", "Scholz", key="WARNED", predicate="WARNED", count=1)
    assert A.pagerank(d).values["Scholz"] > A.pagerank(d).values["Macron"]


def test_graph_eigenvector_matches_networkx():
    g = _karate()
    ours = A.eigenvector(g, weight="weight")
    theirs = nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-10)
    assert ours.converged
    for n in g:
        assert ours.values[n] == pytest.approx(theirs[n], abs=1e-5)


def test_graph_eigenvector_bipartite_converges():
    g = nx.complete_bipartite_graph(2, 3)
    r = A.eigenvector(g, weight=None)
    assert r.converged
    assert r.values[0] > r.values[2]


def test_graph_eigenvector_non_convergence_falls_back(monkeypatch):
    g = _karate()
    r = A.eigenvector(g, weight=None, max_iter=2)
    assert "igraph" in r.method
    expected = nx.eigenvector_centrality(g, max_iter=1000, tol=1e-10)
    assert r.values[33] == pytest.approx(expected[33], abs=1e-4)
    monkeypatch.setattr(A, "_igraph", lambda: None)
    r = A.eigenvector(g, weight=None, max_iter=2)
    assert not r.converged and "not converged" in r.note


def test_graph_measures_on_empty_graph():
    g = nx.MultiDiGraph()
    assert A.pagerank(g).values == {}
    assert A.eigenvector(g).values == {}
    assert A.betweenness(g).values == {}
