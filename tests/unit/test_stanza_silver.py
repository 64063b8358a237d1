"""Silver training data from a word-segmented corpus, and re-segmentation of gold CoNLL."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.models import AnnotatedDocument, Document, Mention, Sentence, Token
from graphkit.nlp.silver import SilverError, detokenize, make_silver, read_segmented_article, resegment, tag_sentences
from graphkit.nlp.stanza_train import read_conll


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Bộ_trưởng Quốc_phòng Anh nói , hôm_nay .", "Bộ trưởng Quốc phòng Anh nói, hôm nay."),
        ("( Reuters ) Ông Kofi_Mensah", "(Reuters) Ông Kofi Mensah"),
        ("tăng 5 %", "tăng 5%"),
        ("a _ b", "a _ b"),
    ],
)
def test_stanza_silver_detokenize(line: str, text: str) -> None:
    assert detokenize(line) == text


def test_stanza_silver_article_title_and_body(tmp_path: Path) -> None:
    path = tmp_path / "a_001.txt.seg"
    path.write_text("Tiêu_đề bài\n\nCâu một .\nCâu hai .\n", encoding="utf-8")
    doc = read_segmented_article(path)
    assert doc.doc_id == "a_001"
    assert doc.title == "Tiêu đề bài"
    assert doc.text == "Câu một.\nCâu hai."


def _adoc() -> AnnotatedDocument:
    text = "Ông Olaf Brandt tới Oslo  hôm qua."
    words = ["Ông", "Olaf Brandt", "tới", "Oslo", "hôm qua", "."]
    tokens, pos = [], 0
    for w in words:
        s = text.index(w, pos)
        tokens.append(Token(text=w, start=s, end=s + len(w)))
        pos = s + len(w)
    sent = Sentence(start=0, end=len(text), text=text, tokens=tokens)
    mentions = [
        Mention(start=4, end=15, text="Olaf Brandt", type="PERSON"),
        Mention(start=20, end=24, text="Oslo", type="COUNTRY"),
        Mention(start=4, end=8, text="Olaf", type="PERSON"),
        Mention(start=26, end=29, text="hôm", type="MISC"),
    ]
    return AnnotatedDocument(document=Document(doc_id="x", text=text), sentences=[sent], mentions=mentions, backend="t")


def test_stanza_silver_tag_sentences_vlsp_labels() -> None:
    [sent] = list(tag_sentences(_adoc()))
    assert sent == [
        ("Ông", "O"),
        ("Olaf Brandt", "B-PER"),
        ("tới", "O"),
        ("Oslo", "B-LOC"),
        ("hôm qua", "O"),
        (".", "O"),
    ]


def test_stanza_silver_tag_sentences_graphkit_labels() -> None:
    [sent] = list(tag_sentences(_adoc(), labels="graphkit"))
    assert sent[1] == ("Olaf Brandt", "B-PERSON") and sent[3] == ("Oslo", "B-COUNTRY")


class _FakeBackend:
    name = "fake"

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on

    def annotate(self, doc: Document) -> AnnotatedDocument:
        if self.fail_on is not None and self.fail_on in doc.text:
            raise RuntimeError("boom")
        tokens, sents, mentions = [], [], []
        start = 0
        for line in doc.text.split("\n"):
            toks = []
            pos = start
            for w in line.split(" "):
                s = doc.text.index(w, pos)
                toks.append(Token(text=w, start=s, end=s + len(w)))
                pos = s + len(w)
                if w[:1].isupper() and len(w) > 3:
                    mentions.append(Mention(start=s, end=s + len(w), text=w, type="LOCATION"))
            sents.append(Sentence(start=start, end=start + len(line), text=line, tokens=toks))
            tokens += toks
            start += len(line) + 1
        return AnnotatedDocument(document=doc, sentences=sents, mentions=mentions, backend=self.name)


def _corpus(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        (root / f"d{i:03d}.seg").write_text(f"Tựa {i}\nđến Lima ngày {i}\nkhông có gì\n", encoding="utf-8")
    return root


def test_stanza_silver_make_silver_writes_train_and_dev(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    train, dev = tmp_path / "t.conll", tmp_path / "d.conll"
    stats = make_silver(corpus, train, dev, backend=_FakeBackend(), dev_fraction=0.25, keep_empty=0.0)
    assert stats.documents == 12 and not stats.skipped
    assert stats.train_sentences + stats.dev_sentences == 12, "sentences without entities are dropped"
    assert stats.dev_sentences > 0 and stats.train_sentences > 0
    assert read_conll(train)[0][:2] == [("đến", "O"), ("Lima", "B-LOC")]
    assert stats.entities == {"LOC": stats.train_sentences}


def test_stanza_silver_make_silver_lists_skipped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 4)
    stats = make_silver(corpus, tmp_path / "t", tmp_path / "d", backend=_FakeBackend(fail_on="ngày 2"), keep_empty=1.0)
    assert stats.documents == 3
    assert len(stats.skipped) == 1 and stats.skipped[0].startswith("d002.seg: boom")


def test_stanza_silver_make_silver_gives_up_when_backend_always_fails(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 6)
    with pytest.raises(SilverError, match="first 3 articles"):
        make_silver(corpus, tmp_path / "t", tmp_path / "d", backend=_FakeBackend(fail_on="Lima"), abort_after=3)


def test_stanza_silver_resegment_projects_entities_onto_words() -> None:
    gold = [
        [
            ("Tổng_thống", "O"),
            ("Nga", "B-LOC"),
            ("Vladimir", "B-PER"),
            ("Putin", "I-PER"),
            ("đến", "O"),
            ("Hà", "B-LOC"),
            ("Nội", "I-LOC"),
            (".", "O"),
        ]
    ]
    [sent], widened = resegment(gold)
    assert widened == 0
    tagged = [(w, t) for w, t in sent if t != "O"]
    assert ("Nga", "B-LOC") in tagged
    assert ("Hà Nội", "B-LOC") in tagged
    words = [w for w, _ in sent]
    assert "Tổng thống" in words
    assert "".join(w for w, _ in sent).replace(" ", "") == "TổngthốngNgaVladimirPutinđếnHàNội."
