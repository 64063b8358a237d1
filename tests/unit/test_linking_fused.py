"""A person mention that swallowed the body before the name is split by the linker."""

from __future__ import annotations

import pytest

from graphkit.linking import LINKERS
from graphkit.models import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker():
    return LINKERS.create("linker.kb.v1")


def _doc(text: str, surface: str) -> AnnotatedDocument:
    start = text.index(surface)
    mention = Mention(start=start, end=start + len(surface), text=surface, type="PERSON")
    return AnnotatedDocument(
        document=Document(doc_id="d", text=text),
        sentences=[Sentence(start=0, end=len(text), text=text, tokens=[])],
        mentions=[mention],
        backend="test",
    )


@pytest.mark.parametrize(
    ("text", "surface", "body", "body_type", "person"),
    [
        (
            "Đại sứ Israel tại LHQ Gilad Erdan yêu cầu Hội đồng Bảo an họp khẩn.",
            "LHQ Gilad Erdan",
            "LHQ",
            "ORGANIZATION",
            "Gilad Erdan",
        ),
        ("Đặc phái viên NATO Kurt Volker đã tới Kiev.", "NATO Kurt Volker", "NATO", "ORGANIZATION", "Kurt Volker"),
    ],
)
def test_linking_splits_fused_body_and_name(linker, text, surface, body, body_type, person) -> None:
    out = linker.link(_doc(text, surface))
    found = {(m.text, str(m.type)) for m in out.mentions}
    assert (body, body_type) in found
    assert (person, "PERSON") in found
    assert (surface, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ông Vladimir Putin phát biểu tại Moskva.", "Vladimir Putin"),
        ("Ông Kim Jong-un thị sát nhà máy.", "Kim Jong-un"),
    ],
)
def test_linking_keeps_plain_person_names(linker, text, surface) -> None:
    out = linker.link(_doc(text, surface))
    assert [(m.text, str(m.type)) for m in out.mentions if str(m.type) == "PERSON"] == [(surface, "PERSON")]
