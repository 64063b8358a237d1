"""Store URIs, passwords and connection errors, without a server."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.commands.store import resolve_password
from graphkit.errors import ConfigError, StoreError
from graphkit.sinks.falkordb_server import free_port
from graphkit.sinks.store import open_store, redact, store_kind

SECRET = "s3cr3t-Pässwörd"


@pytest.mark.parametrize(
    ("uri", "kind"),
    [
        ("bolt://localhost:7687", "neo4j"),
        ("bolt+s://db.example.com", "neo4j"),
        ("neo4j://localhost", "neo4j"),
        ("neo4j+s://x.databases.neo4j.io", "neo4j"),
        ("falkordb://127.0.0.1:6379/news", "falkordb"),
    ],
)
def test_store_kind_from_uri(uri: str, kind: str) -> None:
    assert store_kind(uri) == kind


def test_store_unknown_scheme_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unsupported store URI"):
        store_kind("http://localhost:7474")


def test_store_redact_drops_credentials() -> None:
    assert SECRET not in redact(f"falkordb://user:{SECRET}@host:1/g")


def test_store_password_from_env_even_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "")
    assert resolve_password("bolt://localhost:7687") == ""
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    assert resolve_password("neo4j://localhost") == SECRET


def test_store_password_missing_without_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(ConfigError, match="NEO4J_PASSWORD"):
        resolve_password("bolt://localhost:7687")


def test_store_password_prompt_on_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda *a, **k: SECRET)
    assert resolve_password("bolt://localhost:7687") == SECRET


def test_store_falkordb_needs_no_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALKORDB_PASSWORD", raising=False)
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    assert resolve_password("falkordb://localhost:6379") is None


def test_store_cli_without_password_and_terminal_is_a_clean_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "NEO4J_PASSWORD" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("scheme", ["bolt", "neo4j", "falkordb"])
def test_store_connection_errors_never_show_the_password(scheme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(StoreError) as info:
        open_store(f"{scheme}://127.0.0.1:{port}", user="neo4j", password=SECRET)
    assert SECRET not in str(info.value)
    assert "127.0.0.1" in str(info.value)
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    monkeypatch.setenv("FALKORDB_PASSWORD", SECRET)
    result = CliRunner().invoke(app, ["query", "RETURN 1", "--uri", f"{scheme}://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert SECRET not in result.output
    assert "error:" in result.output
