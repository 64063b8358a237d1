"""Media outlets, UN offices, places and name orders in the bundled knowledge base."""

from __future__ import annotations

import pytest

from graphkit.linking.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(
    ("surface", "name", "type_"),
    [
        ("Yonhap", "Yonhap", "ORGANIZATION"),
        ("Hankyoreh", "Hankyoreh", "ORGANIZATION"),
        ("Yomiuri", "Yomiuri", "ORGANIZATION"),
        ("Asahi Shimbun", "Asahi Shimbun", "ORGANIZATION"),
        ("Arirang", "Arirang", "ORGANIZATION"),
        ("Kommersant", "Kommersant", "ORGANIZATION"),
        ("Haaretz", "Haaretz", "ORGANIZATION"),
        ("Der Spiegel", "Der Spiegel", "ORGANIZATION"),
        ("Channel News Asia", "Channel NewsAsia", "ORGANIZATION"),
        ("Al Arabiya", "Al Arabiya", "ORGANIZATION"),
        ("Rodong", "Rodong Sinmun", "ORGANIZATION"),
        ("báo Lao động", "Rodong Sinmun", "ORGANIZATION"),
        ("UNHCR", "Cao ủy Liên Hợp Quốc về Người tị nạn", "ORGANIZATION"),
        ("OHCHR", "Văn phòng Cao ủy Liên Hợp Quốc về Nhân quyền", "ORGANIZATION"),
        ("Ulaanbaatar", "Ulan Bator", "LOCATION"),
        ("Ulan Bator", "Ulan Bator", "LOCATION"),
        ("Euphrates", "Euphrates", "LOCATION"),
        ("Đông Jerusalem", "Đông Jerusalem", "LOCATION"),
        ("Kishida Fumio", "Fumio Kishida", "PERSON"),
        ("Fumio Kishida", "Fumio Kishida", "PERSON"),
    ],
)
def test_kb_media_places_lookup(kb, surface: str, name: str, type_: str) -> None:
    assert [(e.name, str(e.type)) for e in kb.lookup(surface)] == [(name, type_)]


def test_kb_workers_party_is_not_the_newspaper(kb) -> None:
    names = {e.name for e in kb.lookup("Lao động Triều Tiên")}
    assert "Rodong Sinmun" not in names
    assert all(e.name != "Rodong Sinmun" for e in kb.gazetteer().get("lao động", []))


def test_kb_japanese_names_in_both_orders(kb) -> None:
    for entry in kb.entries:
        parts = entry.name.split()
        japanese = entry.country == "Q17" or any(r.of == "Q17" for r in entry.roles or [])
        if str(entry.type) == "PERSON" and japanese and len(parts) == 2:
            assert f"{parts[1]} {parts[0]}" in entry.aliases, entry.name
