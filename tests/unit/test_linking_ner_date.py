"""`graphkit ner --date`: role phrases without a name resolve to the holder on that day."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.linking.kb import load_kb

runner = CliRunner()


def _entities(text: str, *extra: str) -> list[dict]:
    result = runner.invoke(app, ["ner", "-", "--backend", "ner.underthesea.v1", *extra], input=text + "\n")
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)["entities"]


def _holder_id(name: str) -> str:
    entry = load_kb().lookup(name)[0]
    return entry.id


@pytest.mark.parametrize(
    ("text", "phrase", "day", "holder"),
    [
        ("Thủ tướng Anh hội đàm với Tổng thống Pháp.", "Thủ tướng Anh", "2018-05-01", "Theresa May"),
        ("Thủ tướng Anh hội đàm với Tổng thống Pháp.", "Thủ tướng Anh", "2021-05-01", "Boris Johnson"),
        ("Ngoại trưởng Jordan đã điện đàm với Ngoại trưởng Mỹ.", "Ngoại trưởng Jordan", "2017-06-01", "Ayman Safadi"),
        ("Ngoại trưởng Jordan đã điện đàm với Ngoại trưởng Mỹ.", "Ngoại trưởng Mỹ", "2017-06-01", "Rex Tillerson"),
    ],
)
def test_linking_ner_date_resolves_role_phrase(text: str, phrase: str, day: str, holder: str) -> None:
    ents = {e["text"]: e for e in _entities(text, "--date", day)}
    assert ents[phrase]["type"] == "PERSON"
    assert ents[phrase]["id"] == _holder_id(holder)


def test_linking_ner_without_date_leaves_role_phrase_unresolved() -> None:
    ents = _entities("Thủ tướng Anh hội đàm với Tổng thống Pháp.")
    assert all(e["type"] != "PERSON" for e in ents)


def test_linking_ner_bad_date_fails_cleanly() -> None:
    result = runner.invoke(app, ["ner", "-", "--date", "2022-13-40"], input="Nga.\n")
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output
