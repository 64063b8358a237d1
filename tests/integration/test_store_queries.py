"""Every saved query runs on a small example graph and gives the expected answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graphkit.sinks.loader import load_output
from graphkit.sinks.saved_queries import get_saved, saved_queries
from graphkit.sinks.store import GraphStore
from tests.integration.corpus import news_corpus

pytestmark = pytest.mark.integration

Rows = list[dict[str, Any]]


def check_met(rows: Rows) -> None:
    assert len(rows) == 1
    row = rows[0]
    assert {row["actor"], row["other"]} == {"Vladimir Putin", "Tập Cận Bình"}
    assert (row["meetings"], row["first_date"], row["last_date"]) == (3, "2024-05-16", "2024-07-03")
    assert sorted(row["modes"]) == ["in_person", "phone"]


def check_meetings_of(rows: Rows) -> None:
    assert [(r["met"], r["type"], r["meetings"], r["last_date"]) for r in rows] == [
        ("Tập Cận Bình", "PERSON", 3, "2024-07-03")
    ]


def check_demands(rows: Rows) -> None:
    assert [(r["actor"], r["topic"], r["times"]) for r in rows] == [
        ("Ukraine", "troop_withdrawal", 2),
        ("Nga", "nato_non_expansion", 1),
    ]
    assert rows[0]["demand"] == "Nga rút toàn bộ quân khỏi lãnh thổ"


def check_demands_by_topic(rows: Rows) -> None:
    assert rows == [
        {"actor": "Ukraine", "demands": 1, "times": 2, "first_date": "2024-06-20", "last_date": "2024-07-03"}
    ]


def check_timeline(rows: Rows) -> None:
    assert [(r["date"], r["predicate"], r["role"], r["status"], r["doc_id"]) for r in rows] == [
        ("2024-06-20", "MET", "OBJECT", "negated", "tt-002"),
        ("2024-07-03", "ACCUSED", "SUBJECT", "asserted", "vnx-003"),
    ]
    assert rows[1]["sentence"] == "Volodymyr Zelensky cáo buộc Nga tấn công hạ tầng năng lượng."


def check_path(rows: Rows) -> None:
    assert len(rows) == 1
    assert rows[0]["path"] == ["Tập Cận Bình", "Vladimir Putin", "Trung Quốc"]
    assert rows[0]["facts"] == ["MET", "VISITED"]
    assert rows[0]["hops"] == 2


def check_central(rows: Rows) -> None:
    assert (rows[0]["actor"], rows[0]["degree"], rows[0]["claims"]) == ("Vladimir Putin", 2, 4)
    degrees = {r["actor"]: r["degree"] for r in rows}
    assert degrees == {
        "Vladimir Putin": 2,
        "Tập Cận Bình": 1,
        "Trung Quốc": 1,
        "Volodymyr Zelensky": 1,
        "Nga": 1,
    }


def check_evidence(rows: Rows) -> None:
    assert [(r["predicate"], r["date"], r["doc_id"]) for r in rows] == [
        ("MET", "2024-05-16", "vnx-001"),
        ("MET", "2024-06-20", "tt-002"),
        ("MET", "2024-07-03", "vnx-003"),
    ]
    assert rows[1]["sentence"] == "Chủ tịch Tập Cận Bình điện đàm với Tổng thống Vladimir Putin."
    assert rows[0]["title"] == "Tổng thống Nga Vladimir Putin thăm Trung Quốc"


def check_not_asserted(rows: Rows) -> None:
    assert [(r["status"], r["subject"], r["predicate"], r["object"]) for r in rows] == [
        ("negated", "Vladimir Putin", "MET", "Volodymyr Zelensky")
    ]


def check_article(rows: Rows) -> None:
    assert [(r["subject"], r["predicate"], r["object"], r["status"]) for r in rows] == [
        ("Tập Cận Bình", "MET", "Vladimir Putin", "asserted"),
        ("Ukraine", "DEMANDED", "Nga rút toàn bộ quân khỏi lãnh thổ", "asserted"),
        ("Vladimir Putin", "MET", "Volodymyr Zelensky", "negated"),
    ]


def check_between_dates(rows: Rows) -> None:
    assert sorted((r["subject"], r["predicate"], r["claims"]) for r in rows) == sorted(
        [
            (rows[0]["subject"], "MET", 3),
            ("Ukraine", "DEMANDED", 2),
        ]
    )
    assert {r["subject"] for r in rows if r["predicate"] == "MET"} <= {"Vladimir Putin", "Tập Cận Bình"}


def check_most_mentioned(rows: Rows) -> None:
    assert [(r["entity"], r["articles"], r["mentions"]) for r in rows[:3]] == [
        ("Vladimir Putin", 3, 10),
        ("Nga", 3, 5),
        ("Tập Cận Bình", 3, 3),
    ]


CASES: dict[str, tuple[dict[str, Any], Callable[[Rows], None]]] = {
    "met": ({}, check_met),
    "meetings_of": ({"name": "Putin"}, check_meetings_of),
    "demands": ({}, check_demands),
    "demands_by_topic": ({"topic": "troop_withdrawal"}, check_demands_by_topic),
    "timeline": ({"name": "Volodymyr Zelensky"}, check_timeline),
    "path": ({"a": "Tập Cận Bình", "b": "Trung Quốc"}, check_path),
    "central": ({}, check_central),
    "evidence": ({"a": "Vladimir Putin", "b": "Tập Cận Bình"}, check_evidence),
    "not_asserted": ({}, check_not_asserted),
    "article": ({"doc_id": "tt-002"}, check_article),
    "between_dates": ({"since": "2024-06-01", "until": "2024-06-30"}, check_between_dates),
    "most_mentioned": ({}, check_most_mentioned),
}


def test_store_every_saved_query_has_a_checked_case() -> None:
    assert set(CASES) == set(saved_queries())


@pytest.fixture
def example_store(store: GraphStore, tmp_path: Path) -> GraphStore:
    load_output(store, news_corpus().write(tmp_path / "out"), batch_size=3)
    return store


@pytest.mark.parametrize("name", sorted(CASES))
def test_store_saved_query_answers(example_store: GraphStore, name: str) -> None:
    params, check = CASES[name]
    query = get_saved(name)
    rows = example_store.run(query.text(example_store.dialect), query.bind(params))
    check(rows)


def test_store_evidence_query_filters_by_predicate(example_store: GraphStore) -> None:
    query = get_saved("evidence")
    params = query.bind({"a": "Vladimir Putin", "b": "Trung Quốc", "predicate": "VISITED"})
    rows = example_store.run(query.text(example_store.dialect), params)
    assert [(r["predicate"], r["doc_id"]) for r in rows] == [("VISITED", "vnx-001")]
    params = query.bind({"a": "Vladimir Putin", "b": "Trung Quốc", "predicate": "MET"})
    assert example_store.run(query.text(example_store.dialect), params) == []
