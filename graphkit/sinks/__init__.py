"""Output sinks: JSONL contract files, graph stores (Neo4j, FalkorDB)."""
