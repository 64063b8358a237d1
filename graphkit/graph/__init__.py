"""networkx mirror, analysis, reports and exports."""

from graphkit.graph.analysis import (
    Bridges,
    Centrality,
    Communities,
    EdgeArrays,
    betweenness,
    communities,
    community_bridges,
    degree,
    eigenvector,
    in_degree,
    out_degree,
    pagerank,
)
from graphkit.graph.export import export_graph, write_gexf, write_neo4j_csv, write_node_link
from graphkit.graph.graphml import to_exportable, write_graphml
from graphkit.graph.load import load_graph, read_evidence
from graphkit.graph.mirror import build_graph
from graphkit.graph.report import Report, analyze, attach_evidence, build_report
from graphkit.graph.summary import summary_markdown
from graphkit.graph.views import (
    NodeNotFound,
    asserted_only,
    ego_view,
    entity_view,
    find_node,
    predicate_view,
    time_window,
    type_view,
    undirected_projection,
)

__all__ = [
    "Bridges",
    "Centrality",
    "Communities",
    "EdgeArrays",
    "NodeNotFound",
    "Report",
    "analyze",
    "asserted_only",
    "attach_evidence",
    "betweenness",
    "build_graph",
    "build_report",
    "communities",
    "community_bridges",
    "degree",
    "ego_view",
    "eigenvector",
    "entity_view",
    "export_graph",
    "find_node",
    "in_degree",
    "load_graph",
    "out_degree",
    "pagerank",
    "predicate_view",
    "read_evidence",
    "summary_markdown",
    "time_window",
    "to_exportable",
    "type_view",
    "undirected_projection",
    "write_gexf",
    "write_graphml",
    "write_neo4j_csv",
    "write_node_link",
]
