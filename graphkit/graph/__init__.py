"""networkx mirror, analysis, reports and exports."""

from graphkit.graph.graphml import to_exportable, write_graphml
from graphkit.graph.mirror import build_graph
from graphkit.graph.summary import summary_markdown

__all__ = ["build_graph", "summary_markdown", "to_exportable", "write_graphml"]
