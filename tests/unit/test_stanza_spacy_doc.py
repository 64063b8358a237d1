"""spaCy Docs from graphkit sentences: tokens, POS, parse, entities and offsets."""

from __future__ import annotations

import pytest

from graphkit.models import Mention, Sentence, Token
from graphkit.nlp.spacy_doc import shared_vocab, span_offsets, to_spacy_doc, token_offsets, upos

TEXT = "Mở đầu.  Tổng thống Nga Vladimir Putin gặp Thủ tướng Ấn Độ tại Moskva."
#       0         1         2         3         4         5         6         7


def _tok(text: str, word: str, pos: str, head: int | None = None, dep: str | None = None, after: int = 0) -> Token:
    start = text.index(word, after)
    return Token(text=word, start=start, end=start + len(word), pos=pos, head=head, deprel=dep)


def _sentence(parse: bool = True) -> Sentence:
    start = TEXT.index("Tổng")
    words = [
        ("Tổng thống", "N", 3, "nsubj"),
        ("Nga", "Np", 0, "nmod"),
        ("Vladimir Putin", "Np", 0, "appos"),
        ("gặp", "V", -1, "root"),
        ("Thủ tướng", "N", 3, "obj"),
        ("Ấn Độ", "Np", 4, "nmod"),
        ("tại", "E", 7, "case"),
        ("Moskva", "Np", 3, "obl"),
        (".", "CH", 3, "punct"),
    ]
    tokens: list[Token] = []
    after = start
    for word, pos, head, dep in words:
        tok = _tok(TEXT, word, pos, head if parse else None, dep if parse else None, after)
        after = tok.end
        tokens.append(tok)
    return Sentence(start=start, end=len(TEXT), text=TEXT[start:], tokens=tokens)


def _mention(text: str, etype: str, **kw: object) -> Mention:
    s = TEXT.index(text)
    return Mention(start=s, end=s + len(text), text=text, type=etype, **kw)


def test_stanza_spacy_doc_tokens_pos_and_offsets() -> None:
    sent = _sentence()
    doc = to_spacy_doc(sent, [])
    assert [t.text for t in doc] == [t.text for t in sent.tokens]
    assert doc[2].text == "Vladimir Putin"
    assert doc[2].tag_ == "Np" and doc[2].pos_ == "PROPN"
    assert doc[3].pos_ == "VERB" and doc[8].pos_ == "PUNCT"
    offsets = token_offsets(doc)
    for tok, (s, e) in zip(sent.tokens, offsets, strict=True):
        assert TEXT[s:e] == tok.text
    assert doc[7].whitespace_ == "" and doc[0].whitespace_ == " "


def test_stanza_spacy_doc_parse_heads_and_root() -> None:
    doc = to_spacy_doc(_sentence(), [])
    assert doc.has_annotation("DEP")
    assert doc[3].head.i == 3 and doc[3].dep_ == "root"
    assert doc[0].head.text == "gặp" and doc[0].dep_ == "nsubj"
    assert doc[5].head.text == "Thủ tướng"
    assert len(list(doc.sents)) == 1


def test_stanza_spacy_doc_dependency_matcher_finds_subject_and_object() -> None:
    from spacy.matcher import DependencyMatcher

    doc = to_spacy_doc(_sentence(), [])
    matcher = DependencyMatcher(shared_vocab())
    matcher.add(
        "MEET",
        [
            [
                {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": "gặp"}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subj", "RIGHT_ATTRS": {"DEP": "nsubj"}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "obj", "RIGHT_ATTRS": {"DEP": "obj"}},
            ]
        ],
    )
    matches = matcher(doc)
    assert len(matches) == 1
    _, (verb, subj, obj) = matches[0]
    assert (doc[verb].text, doc[subj].text, doc[obj].text) == ("gặp", "Tổng thống", "Thủ tướng")


def test_stanza_spacy_doc_entities_with_kb_ids_and_document_offsets() -> None:
    mentions = [
        _mention("Mở đầu", "MISC"),
        _mention("Nga", "COUNTRY", kb_id="Q159"),
        _mention("Vladimir Putin", "PERSON", entity_id="kb:Q7747"),
        _mention("Ấn Độ", "COUNTRY"),
        _mention("Moskva", "LOCATION"),
    ]
    doc = to_spacy_doc(_sentence(), mentions)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Nga", "COUNTRY"),
        ("Vladimir Putin", "PERSON"),
        ("Ấn Độ", "COUNTRY"),
        ("Moskva", "LOCATION"),
    ]
    assert doc.ents[0].kb_id_ == "Q159" and doc.ents[1].kb_id_ == "kb:Q7747"
    for ent in doc.ents:
        s, e = span_offsets(ent)
        assert TEXT[s:e] == ent.text
    assert doc.user_data["mentions"] == [1, 2, 3, 4]
    assert span_offsets(doc[3]) == (TEXT.index("gặp"), TEXT.index("gặp") + 3)


def test_stanza_spacy_doc_overlapping_mentions_keep_longest_as_ent() -> None:
    mentions = [_mention("Nga Vladimir Putin", "PERSON"), _mention("Nga", "COUNTRY")]
    doc = to_spacy_doc(_sentence(), mentions)
    assert [e.text for e in doc.ents] == ["Nga Vladimir Putin"]
    assert sorted(s.text for s in doc.spans["mentions"]) == ["Nga", "Nga Vladimir Putin"]


def test_stanza_spacy_doc_mention_off_token_boundaries_expands() -> None:
    s = TEXT.index("Putin")
    doc = to_spacy_doc(_sentence(), [Mention(start=s, end=s + 5, text="Putin", type="PERSON")])
    assert [e.text for e in doc.ents] == ["Vladimir Putin"]


def test_stanza_spacy_doc_without_parse_is_one_sentence() -> None:
    doc = to_spacy_doc(_sentence(parse=False), [])
    assert not doc.has_annotation("DEP")
    assert len(list(doc.sents)) == 1


def test_stanza_spacy_doc_broken_parse_is_dropped() -> None:
    sent = _sentence()
    sent.tokens[3].head = 0
    sent.tokens[0].head = 3
    doc = to_spacy_doc(sent, [])
    assert not doc.has_annotation("DEP")
    assert [t.text for t in doc][:2] == ["Tổng thống", "Nga"]


def test_stanza_spacy_doc_empty_sentence() -> None:
    doc = to_spacy_doc(Sentence(start=0, end=0, text="", tokens=[]), [])
    assert len(doc) == 0 and token_offsets(doc) == []


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("Np", "PROPN"), ("Nc", "NOUN"), ("V", "VERB"), ("E", "ADP"), ("CH", "PUNCT"), ("PROPN", "PROPN"), ("Qx", "X")],
)
def test_stanza_spacy_doc_upos(tag: str, expected: str) -> None:
    assert upos(tag) == expected


def test_stanza_spacy_doc_one_doc_per_sentence() -> None:
    from graphkit.models import AnnotatedDocument, Document
    from graphkit.nlp.spacy_doc import to_spacy_docs

    sent = _sentence()
    first = Sentence(start=0, end=7, text="Mở đầu.", tokens=[_tok(TEXT, "Mở đầu", "V"), _tok(TEXT, ".", "CH")])
    adoc = AnnotatedDocument(
        document=Document(doc_id="d", text=TEXT),
        sentences=[first, sent],
        mentions=[_mention("Mở đầu", "MISC"), _mention("Moskva", "LOCATION")],
        backend="t",
    )
    docs = to_spacy_docs(adoc)
    assert [[e.text for e in d.ents] for d in docs] == [["Mở đầu"], ["Moskva"]]
    assert docs[1].user_data["sentence"] == (sent.start, sent.end)
