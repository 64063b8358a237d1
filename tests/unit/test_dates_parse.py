"""parse_date and article_date."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.dates import article_date, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-08", dt.date(2022, 2, 8)),
        ("2022-02-08T14:30:00+07:00", dt.date(2022, 2, 8)),
        ("2022-02-08 14:30", dt.date(2022, 2, 8)),
        ("2022-02", dt.date(2022, 2, 1)),
        ("2022/02/08", dt.date(2022, 2, 8)),
        ("8/2/2022", dt.date(2022, 2, 8)),
        ("08/02/2022", dt.date(2022, 2, 8)),
        ("08-02-2022", dt.date(2022, 2, 8)),
        ("8.2.2022", dt.date(2022, 2, 8)),
        ("ngày 8 tháng 2 năm 2022", dt.date(2022, 2, 8)),
        ("Ngày 08 tháng 02 năm 2022", dt.date(2022, 2, 8)),
        ("tháng 4/2021", dt.date(2021, 4, 1)),
        ("  8/2/2022  ", dt.date(2022, 2, 8)),
        ("30/2/2022", None),
        ("2022-13-01", None),
        ("hôm qua", None),
        ("", None),
        ("không rõ", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Ba, 8/2/2022, 06:30 (GMT+7)\nNội dung bài.", dt.date(2022, 2, 8)),
        ("08/02/2022 14:30\nNội dung bài.", dt.date(2022, 2, 8)),
        ("Ngày 8/2/2022\nNội dung bài.", dt.date(2022, 2, 8)),
        ("(Hà Nội) 8-2-2022\nNội dung bài.", dt.date(2022, 2, 8)),
        ("Cập nhật: 08:15 08/02/2022\nNội dung bài.", dt.date(2022, 2, 8)),
        ("Tiêu đề\nHồng Nhung | 08:15 08/02/2022\nNội dung.", dt.date(2022, 2, 8)),
        ("Thứ Hai, ngày 7 tháng 2 năm 2022\nNội dung.", dt.date(2022, 2, 7)),
        ("Tiêu đề\nNội dung không có ngày.", None),
        ("Tiêu đề\nĐoàn công tác sẽ tới vào năm 2023.", None),
        ("Tiêu đề\n" + "Câu văn dài. " * 20 + "Hiệp ước ký ngày 1/1/1990.", None),
        ("31/2/2022\nNgày không hợp lệ.", None),
    ],
)
def test_article_date(text: str, expected: dt.date | None) -> None:
    assert article_date(text) == expected


def test_article_date_only_looks_near_the_top() -> None:
    text = "\n".join(["Đoạn văn."] * 10 + ["Ngày 8/2/2022"])
    assert article_date(text) is None
