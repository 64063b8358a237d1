"""A server that dies in the middle of a load: the load fails clearly; a rerun gives a clean load's graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import StoreError
from graphkit.sinks.falkordb_server import free_port
from graphkit.sinks.loader import graph_counts, load_output
from graphkit.sinks.store import FalkorDBStore
from tests.integration.conftest import start_or_fail
from tests.integration.corpus import news_corpus
from tests.integration.test_store_load import all_fact_properties

pytestmark = pytest.mark.integration


def test_store_server_stopped_mid_load_then_rerun(tmp_path: Path) -> None:
    out = news_corpus().write(tmp_path / "out")
    port = free_port()
    data = tmp_path / "data"
    server = start_or_fail(data, port=port, persistent=True)
    try:
        reference = FalkorDBStore(f"{server.uri}/reference")
        load_output(reference, out, batch_size=2)
        clean = graph_counts(reference)
        clean_facts = all_fact_properties(reference)
        reference.close()

        store = FalkorDBStore(f"{server.uri}/news", retries=2, backoff=0.1)
        seen: list[str] = []

        def crash_after_first_triples(stage: str, n: int) -> None:
            seen.append(stage)
            if stage == "triples":
                server.kill()

        with pytest.raises(StoreError, match="connection lost.*gave up after 3 attempts"):
            load_output(store, out, batch_size=2, progress=crash_after_first_triples)
        assert seen.count("triples") == 1
        store.close()

        result = CliRunner().invoke(app, ["load", str(out), "--uri", f"{server.uri}/news"])
        assert result.exit_code == 2
        assert "cannot connect to falkordb" in result.output
        assert "Traceback" not in result.output
    finally:
        server.stop()

    server = start_or_fail(data, port=port, persistent=True)
    try:
        store = FalkorDBStore(f"{server.uri}/news")
        partial = graph_counts(store)
        assert partial and partial != clean  # the first batches survived the crash
        result = CliRunner().invoke(app, ["load", str(out), "--uri", f"{server.uri}/news", "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        assert graph_counts(store) == clean
        assert all_fact_properties(store) == clean_facts
        store.close()
    finally:
        server.stop()
