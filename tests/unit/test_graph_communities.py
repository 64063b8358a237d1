import networkx as nx
import pytest

from graphkit.graph.analysis import communities, community_bridges


def _two_blocs() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    east = ["Nga", "Belarus", "Iran", "Triều Tiên"]
    west = ["Mỹ", "Anh", "Pháp", "Đức"]
    for bloc in (east, west):
        for i, a in enumerate(bloc):
            for b in bloc[i + 1 :]:
                g.add_edge(a, b, key="MET", predicate="MET", count=3, claim_ids=[f"{a}-{b}"])
    g.add_edge("Nga", "Pháp", key="MET", predicate="MET", count=1, claim_ids=["cầu nối"])
    return g


@pytest.mark.parametrize("method", ["networkx", "igraph"])
def test_graph_communities_find_the_two_blocs(method):
    c = communities(_two_blocs(), seed=3, method=method)
    assert sorted(sorted(x) for x in c.groups) == [
        sorted(["Mỹ", "Anh", "Pháp", "Đức"]),
        sorted(["Nga", "Belarus", "Iran", "Triều Tiên"]),
    ]
    assert c.modularity > 0.3
    assert c.membership["Nga"] != c.membership["Pháp"]


def test_graph_communities_are_deterministic_for_a_seed():
    g = nx.relabel_nodes(nx.les_miserables_graph(), lambda n: f"nhân vật {n}")
    first = communities(g, weight="weight", seed=11)
    again = communities(g, weight="weight", seed=11)
    assert first.groups == again.groups
    ig_first = communities(g, weight="weight", seed=11, method="igraph")
    ig_again = communities(g, weight="weight", seed=11, method="igraph")
    assert ig_first.groups == ig_again.groups


def test_graph_communities_largest_first():
    c = communities(nx.relabel_nodes(nx.les_miserables_graph(), str), seed=0)
    sizes = [len(x) for x in c.groups]
    assert sizes == sorted(sizes, reverse=True)
    assert sum(sizes) == 77


def test_graph_bridges_between_communities():
    g = _two_blocs()
    c = communities(g, seed=0)
    b = community_bridges(g, c)
    assert len(b.edges) == 1
    u, v, cu, cv, w = b.edges[0]
    assert {u, v} == {"Nga", "Pháp"} and cu != cv and w == 1.0
    assert {n for n, _, _ in b.nodes} == {"Nga", "Pháp"}
    assert b.pairs == {(min(cu, cv), max(cu, cv)): 1.0}
