"""From raw sources to documents: txt, JSONL and HTML; titles, dates, ids, errors."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from graphkit.ingest import content_id, ingest
from graphkit.models import RawSource

LEAD = "Bộ trưởng Ngoại giao hai nước đã có cuộc hội đàm kéo dài hai giờ tại thủ đô."
BODY = "Hai bên thống nhất sẽ tổ chức vòng đàm phán tiếp theo vào tháng sau."


def _txt(text: str, name: str = "bai-01.txt", doc_id: str | None = "bai-01") -> RawSource:
    return RawSource(name=name, doc_id=doc_id, kind="txt", data=text.encode("utf-8"))


# ------------------------------------------------------------------ txt


def test_txt_title_and_body() -> None:
    result = ingest(_txt(f"Hai nước nối lại đối thoại\n{LEAD}\n{BODY}\n"))
    assert result.errors == []
    (doc,) = result.documents
    assert doc.doc_id == "bai-01"
    assert doc.title == "Hai nước nối lại đối thoại"
    assert doc.text == f"{LEAD}\n\n{BODY}"
    assert doc.date is None
    assert doc.source == "bai-01.txt"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("date 2022-02-08", dt.date(2022, 2, 8)),
        ("date 2022-02", dt.date(2022, 2, 1)),
        ("  date 2021-12-30  ", dt.date(2021, 12, 30)),
    ],
)
def test_txt_date_line(first: str, expected: dt.date) -> None:
    (doc,) = ingest(_txt(f"\n{first}\n\nHai nước nối lại đối thoại\n{LEAD}")).documents
    assert doc.date == expected
    assert doc.title == "Hai nước nối lại đối thoại"
    assert doc.text == LEAD


def test_txt_date_line_followed_by_caption_on_same_line() -> None:
    text = f"date 2022-02 Tổng thống phát biểu tại lễ kỷ niệm (Ảnh: Tass).\n\n{LEAD}\n\n{BODY}"
    (doc,) = ingest(_txt(text)).documents
    assert doc.date == dt.date(2022, 2, 1)
    assert [(c.text, c.credit) for c in doc.captions] == [("Tổng thống phát biểu tại lễ kỷ niệm", "Tass")]
    assert LEAD in doc.text and BODY in doc.text


def test_txt_sentence_after_date_line_is_not_a_title() -> None:
    (doc,) = ingest(_txt(f"date 2022-02-08\n{LEAD}\n{BODY}")).documents
    assert doc.title is None
    assert doc.text == f"{LEAD}\n\n{BODY}"


def test_txt_long_paragraph_is_not_a_title() -> None:
    para = '"' + "Chúng tôi kêu gọi tất cả các bên kiềm chế, " * 6 + '", người phát ngôn nói hôm qua.'
    (doc,) = ingest(_txt(f"date 2022-02-08\n{para}\n{BODY}")).documents
    assert doc.title is None
    assert doc.text.startswith('"Chúng tôi kêu gọi')


def test_txt_invalid_date_line_is_an_error() -> None:
    result = ingest(_txt(f"date 2022-13-45\nTiêu đề\n{LEAD}"))
    assert result.documents == []
    assert result.errors[0].stage == "parse"
    assert "2022-13-45" in result.errors[0].message


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Thứ Ba, 8/2/2022, 06:30 (GMT+7)", dt.date(2022, 2, 8)),
        ("08/02/2022 14:30", dt.date(2022, 2, 8)),
        ("Ngày 8/2/2022", dt.date(2022, 2, 8)),
        ("(Hà Nội) 8-2-2022", dt.date(2022, 2, 8)),
        ("Cập nhật: 08:15 08/02/2022", dt.date(2022, 2, 8)),
    ],
)
def test_txt_dateline_in_text(dateline: str, expected: dt.date) -> None:
    (doc,) = ingest(_txt(f"Hai nước nối lại đối thoại\n{dateline}\n{LEAD}")).documents
    assert doc.date == expected
    assert doc.title == "Hai nước nối lại đối thoại"
    assert LEAD in doc.text


def test_txt_empty_after_cleaning_is_an_error() -> None:
    result = ingest(_txt("Tiêu đề\nBình luận (0)\nChia sẻ\n"))
    assert result.documents == []
    assert result.errors[0].error == "EmptyDocument"


def test_txt_from_stdin_gets_content_id() -> None:
    text = f"Tiêu đề bài\n{LEAD}"
    (doc,) = ingest(_txt(text, name="<stdin>", doc_id=None)).documents
    assert doc.doc_id == content_id(text)
    assert len(doc.doc_id) == 16


# ------------------------------------------------------------------ jsonl


def _jsonl(*lines: str, name: str = "tin.jsonl") -> RawSource:
    return RawSource(name=name, doc_id="tin", kind="jsonl", data="\n".join(lines).encode("utf-8"))


def test_jsonl_fields() -> None:
    rec = {
        "id": "vn-001",
        "title": "Hội đàm cấp cao",
        "date": "08/02/2022",
        "url": "https://example.vn/hoi-dam",
        "source": "Báo Thử",
        "text": f"{LEAD}\n{BODY}",
    }
    (doc,) = ingest(_jsonl(json.dumps(rec, ensure_ascii=False))).documents
    assert doc.doc_id == "vn-001"
    assert doc.title == "Hội đàm cấp cao"
    assert doc.date == dt.date(2022, 2, 8)
    assert doc.url == "https://example.vn/hoi-dam"
    assert doc.source == "Báo Thử"
    assert doc.text == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-08", dt.date(2022, 2, 8)),
        ("2022-02-08T10:30:00+07:00", dt.date(2022, 2, 8)),
        ("8/2/2022", dt.date(2022, 2, 8)),
        ("không rõ", None),
        (None, None),
    ],
)
def test_jsonl_date_values(value: str | None, expected: dt.date | None) -> None:
    (doc,) = ingest(_jsonl(json.dumps({"text": LEAD, "date": value}, ensure_ascii=False))).documents
    assert doc.date == expected


def test_jsonl_id_defaults_to_content_hash() -> None:
    (doc,) = ingest(_jsonl(json.dumps({"text": LEAD}, ensure_ascii=False))).documents
    assert doc.doc_id == hashlib.sha1(LEAD.encode("utf-8")).hexdigest()[:16]


def test_jsonl_bad_lines_keep_the_rest() -> None:
    good1 = json.dumps({"id": "a", "text": LEAD}, ensure_ascii=False)
    good2 = json.dumps({"id": "b", "text": BODY}, ensure_ascii=False)
    result = ingest(
        _jsonl(
            good1,
            "{không phải json",
            "",
            json.dumps({"title": "thiếu text"}, ensure_ascii=False),
            "[1, 2]",
            json.dumps({"text": BODY, "title": ["sai kiểu"]}, ensure_ascii=False),
            good2,
        )
    )
    assert [d.doc_id for d in result.documents] == ["a", "b"]
    assert [e.input for e in result.errors] == ["tin.jsonl:2", "tin.jsonl:4", "tin.jsonl:5", "tin.jsonl:6"]
    assert all(e.stage == "parse" for e in result.errors)
    assert "text" in result.errors[1].message


def test_jsonl_with_bom() -> None:
    data = "\ufeff" + json.dumps({"id": "x", "text": LEAD}, ensure_ascii=False)
    (doc,) = ingest(RawSource(name="t.jsonl", kind="jsonl", data=data.encode("utf-8"))).documents
    assert doc.doc_id == "x"


# ------------------------------------------------------------------ html

HTML = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Ngoại trưởng hai nước hội đàm - Báo Thử</title>
<meta property="og:title" content="Ngoại trưởng hai nước hội đàm">
<meta property="og:url" content="https://baothu.example.vn/the-gioi/hoi-dam.html">
<meta property="article:published_time" content="2022-02-08T09:15:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a> <a href="/ts">Thời sự</a></nav>
<article>
<h1>Ngoại trưởng hai nước hội đàm</h1>
<p>{lead}</p>
<figure><img src="a.jpg"><figcaption>Hai ngoại trưởng tại cuộc gặp. Ảnh: Reuters</figcaption></figure>
<p>{body}</p>
<p>Người phát ngôn cho biết các nhóm chuyên gia sẽ tiếp tục làm việc trong tuần tới để chuẩn bị văn kiện.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/x">Một bài khác về kinh tế</a></li></ul></aside>
<footer>Bản quyền thuộc Báo Thử. Liên hệ quảng cáo.</footer>
</body></html>
"""


def test_html_article_and_metadata() -> None:
    data = HTML.format(lead=LEAD, body=BODY).encode("utf-8")
    result = ingest(RawSource(name="trang/hoi-dam.html", doc_id="hoi-dam", kind="html", data=data))
    assert result.errors == []
    (doc,) = result.documents
    assert doc.doc_id == "hoi-dam"
    assert doc.title == "Ngoại trưởng hai nước hội đàm"
    assert doc.date == dt.date(2022, 2, 8)
    assert doc.url == "https://baothu.example.vn/the-gioi/hoi-dam.html"
    assert LEAD in doc.text and BODY in doc.text
    assert "Trang chủ" not in doc.text
    assert "Bản quyền" not in doc.text
    assert not doc.text.startswith("Ngoại trưởng hai nước hội đàm")


def test_html_without_article_text_is_an_error() -> None:
    data = "<html><head><title>Trang trống</title></head><body><nav>Trang chủ</nav></body></html>".encode()
    result = ingest(RawSource(name="rong.html", doc_id="rong", kind="html", data=data))
    assert result.documents == []
    assert result.errors[0].stage in {"parse", "clean"}


def test_unknown_kind_is_an_error_not_an_exception() -> None:
    result = ingest(RawSource(name="x.pdf", doc_id="x", kind="pdf", data=b"abc"))
    assert result.errors[0].stage == "parse"
    assert "pdf" in result.errors[0].message
