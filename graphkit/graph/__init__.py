"""networkx mirror, analysis, reports and exports."""
