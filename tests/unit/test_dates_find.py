"""find_dates: Vietnamese date expressions resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.dates import find_dates

ANCHOR = dt.date(2022, 2, 8)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "span", "expected", "precision"),
    [
        ("Hai ông điện đàm hôm 20/2.", "hôm 20/2", "2022-02-20", "day"),
        ("Ngày 7-2, quân đội thông báo rút quân.", "Ngày 7-2", "2022-02-07", "day"),
        ("Chiều 30/12, hai bên ký kết.", "Chiều 30/12", "2021-12-30", "day"),
        ("Sáng 5/3, đoàn sẽ lên đường.", "Sáng 5/3", "2022-03-05", "day"),
        ("Hiệp định được ký ngày 7/12/2021 tại Paris.", "ngày 7/12/2021", "2021-12-07", "day"),
        ("Hiệp định được ký 7/12/2021 tại Paris.", "7/12/2021", "2021-12-07", "day"),
        ("Hội nghị khai mạc ngày 8 tháng 2 tại Geneva.", "ngày 8 tháng 2", "2022-02-08", "day"),
        ("Văn kiện ra đời ngày 8 tháng 2 năm 2020.", "ngày 8 tháng 2 năm 2020", "2020-02-08", "day"),
        ("Kế hoạch được công bố tháng 4/2021.", "tháng 4/2021", "2021-04-01", "month"),
        ("Kế hoạch được công bố tháng 4 năm 2021.", "tháng 4 năm 2021", "2021-04-01", "month"),
        ("Hai bên đã gặp nhau hồi tháng 4.", "hồi tháng 4", "2021-04-01", "month"),
        ("Hai bên đã gặp nhau hồi tháng 1.", "hồi tháng 1", "2022-01-01", "month"),
        ("Cuộc bầu cử diễn ra vào tháng 12 năm ngoái.", "vào tháng 12 năm ngoái", "2021-12-01", "month"),
        ("Hội nghị sẽ diễn ra vào tháng 3 tới.", "vào tháng 3 tới", "2022-03-01", "month"),
        ("Sự kiện xảy ra năm 2021.", "năm 2021", "2021-01-01", "year"),
        ("Hôm qua, ông tới Moskva.", "Hôm qua", "2022-02-07", "day"),
        ("Hôm nay ông tới Moskva.", "Hôm nay", "2022-02-08", "day"),
        ("Ngày mai ông sẽ tới Moskva.", "Ngày mai", "2022-02-09", "day"),
        ("Tuần trước, hai bên đã điện đàm.", "Tuần trước", "2022-01-31", "week"),
        ("Tuần tới, hai bên sẽ điện đàm.", "Tuần tới", "2022-02-14", "week"),
        ("Căng thẳng leo thang từ cuối năm ngoái.", "từ cuối năm ngoái", "2021-01-01", "year"),
        ("Đầu năm nay, giá dầu tăng mạnh.", "Đầu năm nay", "2022-01-01", "year"),
        ("Năm ngoái, hai nước ký hiệp định.", "Năm ngoái", "2021-01-01", "year"),
        ("Tháng trước, kim ngạch giảm.", "Tháng trước", "2022-01-01", "month"),
        ("Ông đã tới Kiev thứ Hai tuần trước.", "thứ Hai tuần trước", "2022-01-31", "day"),
        ("Ông đã tới Kiev hôm thứ Hai.", "hôm thứ Hai", "2022-02-07", "day"),
        ("Ông đã tới Kiev hôm thứ Ba.", "hôm thứ Ba", "2022-02-01", "day"),
        ("Ông đã tới Kiev hôm Chủ nhật.", "hôm Chủ nhật", "2022-02-06", "day"),
        ("Ông sẽ tới Kiev vào thứ Sáu tới.", "vào thứ Sáu tới", "2022-02-11", "day"),
        ("Tối 31/1 vừa qua, lệnh giới nghiêm được dỡ bỏ.", "Tối 31/1 vừa qua", "2022-01-31", "day"),
    ],
)
def test_find_dates_resolves(sentence: str, span: str, expected: str, precision: str) -> None:
    mentions = find_dates(sentence, ANCHOR)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert m.text == span
    assert sentence[m.start : m.end] == span
    assert m.date == dt.date.fromisoformat(expected)
    assert m.precision == precision


def test_find_dates_year_rollover_for_january_article() -> None:
    (m,) = find_dates("Chiều 30/12, hai bên ký kết.", dt.date(2022, 1, 5))
    assert m.date == dt.date(2021, 12, 30)
    (m,) = find_dates("Sáng 3/1, đoàn lên đường.", dt.date(2021, 12, 28))
    assert m.date == dt.date(2021, 1, 3)
    (m,) = find_dates("Sáng 3/1 tới, đoàn lên đường.", dt.date(2021, 12, 28))
    assert m.date == dt.date(2022, 1, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai ông điện đàm hôm 20/2.",
        "Hai bên đã gặp nhau hồi tháng 4.",
        "Hôm qua, ông tới Moskva.",
        "Tuần trước, hai bên đã điện đàm.",
        "Ông đã tới Kiev hôm thứ Hai.",
    ],
)
def test_find_dates_without_anchor_never_invents(sentence: str) -> None:
    mentions = find_dates(sentence, None)
    assert len(mentions) == 1
    assert mentions[0].date is None


def test_find_dates_with_own_year_needs_no_anchor() -> None:
    (m,) = find_dates("Hiệp định ký ngày 7/12/2021.", None)
    assert m.date == dt.date(2021, 12, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "Khoảng 1/3 dân số ủng hộ đề xuất.",
        "Tỷ số là 2-1 sau hiệp một.",
        "Đây là lần thứ hai ông tới đây.",
        "Ông có 5 năm kinh nghiệm.",
        "Ngày 32/13 không tồn tại.",
        "Giá tăng 3,5% trong tháng.",
        "Tình hình đã thay đổi nhiều trong một năm qua.",
        "Chỉ 2 tuần sau khi nhậm chức, ông đã ký sắc lệnh.",
        "Trong vài tháng qua, giá dầu biến động mạnh.",
        "Một năm sau đó, hai nước lập quan hệ ngoại giao.",
    ],
)
def test_find_dates_ignores_non_dates(sentence: str) -> None:
    assert find_dates(sentence, ANCHOR) == []


def test_find_dates_several_in_order_without_overlap() -> None:
    text = "Hôm qua ông nói rằng năm 2021 và tháng 4/2020 là khó khăn, còn ngày 8 tháng 2 là mốc mới."
    mentions = find_dates(text, ANCHOR)
    assert [m.text for m in mentions] == ["Hôm qua", "năm 2021", "tháng 4/2020", "ngày 8 tháng 2"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
