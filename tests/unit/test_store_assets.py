"""The Neo4j assets (constraints, style sheet, docker-compose) stay in sync with the code."""

from __future__ import annotations

import re
from pathlib import Path

from graphkit.resources import schemas_dir
from graphkit.sinks import cypher as q

ROOT = Path(__file__).resolve().parents[2]


def test_store_constraints_file_matches_the_schema() -> None:
    text = (schemas_dir() / "neo4j" / "constraints.cypher").read_text(encoding="utf-8")
    statements = [line.rstrip(";") for line in text.splitlines() if line and not line.startswith("//")]
    assert statements == q.schema_statements(q.Dialect.neo4j)


def test_store_style_sheet_has_a_caption_and_colour_per_label() -> None:
    text = (schemas_dir() / "neo4j" / "style.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"node\.(\w+) \{(.*?)\n\}", text, flags=re.S))
    labels = [*q.entity_labels(), *q.value_types().values(), q.ARTICLE, q.CLAIM, q.VALUE, q.ENTITY]
    for label in labels:
        assert label in blocks, label
        assert "caption:" in blocks[label] and "color:" in blocks[label]
    for label in q.entity_labels():
        assert "caption: '{name}'" in blocks[label]
    colours = {re.search(r"\n  color: (#\w+)", blocks[label]).group(1) for label in q.entity_labels()}
    assert len(colours) == len(q.entity_labels())


def test_store_docker_compose_runs_neo4j_5_with_browser_bolt_auth_volume_healthcheck() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert re.search(r"image: neo4j:5[\w.-]*community", text)
    assert "7474:7474" in text and "7687:7687" in text
    assert "NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:-" in text
    assert "apoc" in text
    assert "neo4j-data:/data" in text and re.search(r"^volumes:\n  neo4j-data:", text, flags=re.M)
    assert "healthcheck:" in text
