import csv
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.graph.sample import sample_records
from graphkit.sinks.jsonl import write_output

runner = CliRunner()


@pytest.fixture(scope="module")
def outdir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tin_the_gioi")
    write_output(out, *sample_records())
    return out


def test_graph_cli_analyze_writes_the_three_reports(outdir, tmp_path: Path):
    result = runner.invoke(app, ["analyze", str(outdir), "--out", str(tmp_path / "rep"), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert "betweenness: igraph exact" in result.output
    for name in ("report.md", "report.json", "report.html"):
        assert (tmp_path / "rep" / name).stat().st_size > 0
    page = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert "Ông Zelensky yêu cầu Nga rút quân khỏi lãnh thổ Ukraine." in page


def test_graph_cli_analyze_with_filters(outdir, tmp_path: Path):
    args = ["analyze", str(outdir), "--out", str(tmp_path), "--since", "2022-01-01", "--until", "2022-06-30"]
    result = runner.invoke(app, [*args, "--predicate", "MET", "--type", "PERSON"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert '"predicates": ["MET"]' in md and '"types": ["PERSON"]' in md
    assert "Joe Biden | Volodymyr Zelensky" not in md, "December meeting is outside the window"
    assert "Emmanuel Macron | Vladimir Putin | 2 |" in md


def test_graph_cli_analyze_ego_network(outdir, tmp_path: Path):
    result = runner.invoke(app, ["analyze", str(outdir), "--out", str(tmp_path), "--ego", "joe biden"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert '"ego": "kb:Q6279"' in md
    assert "Tập Cận Bình" not in md.split("## Appendix")[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2022-13-01"], "not an ISO date"),
        (["--since", "2023-01-01", "--until", "2022-01-01"], "is after"),
        (["--predicate", "HUG"], "unknown --predicate"),
        (["--type", "ANIMAL"], "unknown --type"),
        (["--from-neo4j", "bolt://localhost:7687"], "exactly one"),
        (["--ego", "Hồ Chí Minh"], "no entity named"),
    ],
)
def test_graph_cli_analyze_rejects_bad_options(outdir, tmp_path: Path, args, message):
    result = runner.invoke(app, ["analyze", str(outdir), "--out", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_graph_cli_analyze_missing_outdir_is_a_clean_error(tmp_path: Path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "không-có"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


class _FakeStore:
    def __init__(self, records):
        self.records = records
        self.closed = False

    def close(self):
        self.closed = True


def test_graph_cli_analyze_from_store_reads_graph(monkeypatch, tmp_path: Path):
    import graphkit.sinks.loader as loader
    import graphkit.sinks.store as store_module

    _, entities, triples = sample_records()
    opened = []

    def fake_open(uri, user=None, password=None, database=None):
        opened.append((uri, user, password, database))
        return _FakeStore((entities, triples))

    monkeypatch.setattr(store_module, "open_store", fake_open)
    monkeypatch.setattr(loader, "read_graph", lambda store: store.records)
    monkeypatch.setenv("NEO4J_PASSWORD", "mật-khẩu")
    uri = "bolt://127.0.0.1:7687"
    result = runner.invoke(
        app, ["analyze", "--from-neo4j", uri, "--out", str(tmp_path), "--database", "tin", "--user", "analyst"]
    )
    assert result.exit_code == 0, result.output
    assert opened == [(uri, "analyst", "mật-khẩu", "tin")]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Ông Tập Cận Bình hội đàm với ông Putin tại Điện Kremlin." in page
    assert "mật-khẩu" not in page


def test_graph_cli_analyze_from_store_unreachable_is_a_clean_error(tmp_path: Path):
    result = runner.invoke(app, ["analyze", "--from-neo4j", "ftp://127.0.0.1:1", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(("fmt", "name"), [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json")])
def test_graph_cli_export_files(outdir, tmp_path: Path, fmt, name):
    result = runner.invoke(app, ["export", str(outdir), "--format", fmt, "--out", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    path = tmp_path / name
    if fmt == "graphml":
        g = nx.read_graphml(path, force_multigraph=True)
        assert g.number_of_edges() == 11
        import igraph

        assert igraph.Graph.Read_GraphML(str(path)).ecount() == 11
    elif fmt == "gexf":
        assert nx.read_gexf(path).number_of_nodes() == 12
    else:
        assert '"edges"' in path.read_text(encoding="utf-8")


def test_graph_cli_export_neo4j_csv(outdir, tmp_path: Path):
    result = runner.invoke(app, ["export", str(outdir), "--format", "neo4j-csv", "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "csv" / "relationships.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "status"]


def test_graph_cli_export_asserted_only(outdir, tmp_path: Path):
    path = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", str(outdir), "--out", str(path), "--asserted-only"])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(path, force_multigraph=True).number_of_edges() == 10


def test_graph_cli_export_unknown_format(outdir, tmp_path: Path):
    result = runner.invoke(app, ["export", str(outdir), "--format", "dot", "--out", str(tmp_path / "g.dot")])
    assert result.exit_code == 2
    assert "unknown --format" in result.output
