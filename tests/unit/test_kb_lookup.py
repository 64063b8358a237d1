"""The bundled knowledge base: contents, lookup by match key, gazetteer, references."""

from __future__ import annotations

import pytest

from graphkit.linking.kb import load_kb
from graphkit.linking.kb_titles import TITLE_SYNONYMS
from graphkit.text import match_key


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_kb_is_large_and_versioned(kb) -> None:
    assert len(kb) >= 600
    assert kb.version and kb.version != "0"


@pytest.mark.parametrize(
    ("surface", "kb_id"),
    [
        ("Nga", "Q159"),
        ("Liên bang Nga", "Q159"),
        ("Hoa Kỳ", "Q30"),
        ("nước Mỹ", "Q30"),
        ("Vương quốc Anh", "Q145"),
        ("CHDCND Triều Tiên", "Q423"),
        ("Bắc Triều Tiên", "Q423"),
        ("Hàn Quốc", "Q884"),
        ("Nhật Bản", "Q17"),
        ("Thổ Nhĩ Kỳ", "Q43"),
        ("Ả Rập Xê Út", "Q851"),
        ("UAE", "Q878"),
        ("Liên Hợp Quốc", "Q1065"),
        ("Liên hợp quốc", "Q1065"),
        ("LHQ", "Q1065"),
        ("Khối Hiệp ước Bắc Đại Tây Dương", "Q7184"),
        ("Liên minh châu Âu", "Q458"),
        ("ASEAN", "Q7768"),
        ("OSCE", "Q81299"),
        ("Zelenskiy", "Q3874799"),
        ("Zelenskyy", "Q3874799"),
        ("Erdogan", "Q39259"),
        ("Moscow", "Q649"),
        ("Moskva", "Q649"),
        ("Tập Cận Bình", "Q15031"),
    ],
)
def test_lookup_finds_known_names(kb, surface: str, kb_id: str) -> None:
    assert [e.kb_id for e in kb.lookup(surface)] == [kb_id]


@pytest.mark.parametrize(("written", "other"), [("Thuỵ Điển", "Thụy Điển"), ("Toà Thánh", "Tòa Thánh")])
def test_lookup_unifies_tone_mark_placement(kb, written: str, other: str) -> None:
    assert kb.lookup(written) and kb.lookup(written) == kb.lookup(other)


@pytest.mark.parametrize("surface", ["Hạ Nội", "Ha Noi Moi", "Nga Nga"])
def test_lookup_keeps_diacritics(kb, surface: str) -> None:
    assert kb.lookup(surface) == []


@pytest.mark.parametrize("alias", ["Tập", "Lý", "Kim", "Vương"])
def test_ambiguous_aliases_stay_out_of_gazetteer(kb, alias: str) -> None:
    assert match_key(alias) not in kb.gazetteer()
    assert match_key(alias) in kb.gazetteer(include_ambiguous=True)
    assert kb.lookup(alias, include_ambiguous=False) == []
    assert kb.lookup(alias)


def test_gazetteer_keys_are_match_keys(kb) -> None:
    gaz = kb.gazetteer()
    assert all(key == match_key(key) for key in gaz)
    assert gaz[match_key("Liên Hợp Quốc")][0].kb_id == "Q1065"


@pytest.mark.parametrize(
    ("name", "speaks_for"),
    [
        ("Điện Kremlin", "Q159"),
        ("Nhà Trắng", "Q30"),
        ("Điện Élysée", "Q142"),
        ("Phố Downing", "Q145"),
        ("Trung Nam Hải", "Q148"),
        ("Moskva", "Q159"),
        ("Bình Nhưỡng", "Q423"),
        ("Washington", "Q30"),
    ],
)
def test_metonyms_speak_for_their_state(kb, name: str, speaks_for: str) -> None:
    (entry,) = kb.lookup(name)
    assert entry.speaks_for == speaks_for
    assert kb.get(speaks_for).type == "COUNTRY"


def test_get_accepts_kb_id_and_graphkit_id(kb) -> None:
    assert kb.get("Q159").name == "Nga"
    assert kb.get("kb:Q159").name == "Nga"
    entry = kb.lookup("Bộ Ngoại giao Nga")[0]
    assert entry.kb_id is None and kb.get(entry.id) == entry
    assert entry.country == "Q159"


def test_every_role_uses_a_canonical_title_and_known_target(kb) -> None:
    for entry in kb:
        for role in entry.roles:
            assert role.title in TITLE_SYNONYMS
            assert kb.get(role.of) is not None
            assert role.end is None or role.start is None or role.start <= role.end


def test_kb_ids_are_unique_and_types_sane(kb) -> None:
    ids = [e.kb_id for e in kb if e.kb_id]
    assert len(ids) == len(set(ids))
    assert all(e.kb_id is None or e.kb_id.startswith("Q") for e in kb)
    countries = [e for e in kb if e.type == "COUNTRY"]
    assert len(countries) >= 197
