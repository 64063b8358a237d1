"""Vietnamese date expressions: parsing, finding them in text, resolving them against an anchor.

An article date (the *anchor*) turns relative expressions ("hôm qua", "tuần trước",
"thứ Hai tuần trước") and partial ones ("chiều 30/12", "hồi tháng 4") into calendar
dates. Nothing is invented: an expression that cannot be resolved keeps ``date=None``.

>>> import datetime as dt
>>> parse_date("8/2/2022")
datetime.date(2022, 2, 8)
>>> [(m.text, m.date.isoformat()) for m in find_dates("Chiều 30/12, hai bên gặp nhau.", dt.date(2022, 1, 5))]
[('Chiều 30/12', '2021-12-30')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from graphkit.text import normalize_text

__all__ = ["DateMention", "article_date", "find_dates", "parse_date"]

Precision = Literal["day", "week", "month", "year"]

# A day/month without a year lies at most this far after the article date; later
# candidates are taken to be in the previous year ("chiều 30/12" in a January article).
_FUTURE_SLACK = dt.timedelta(days=62)


class DateMention(BaseModel):
    """A date expression found in a text, with character offsets and its resolved date.

    ``date`` is the first day of the period for ``week`` (the Monday), ``month`` and
    ``year`` precision, and ``None`` when the expression cannot be resolved.
    """

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    text: str
    date: dt.date | None = None
    precision: Precision


# ------------------------------------------------------------------ parse_date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$")
_ISO_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T].*)?$")
_VI_LONG = re.compile(
    r"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*(\d{4})$",
    re.IGNORECASE,
)
_MY = re.compile(r"^(?:tháng\s+)?(\d{1,2})[/-](\d{4})$", re.IGNORECASE)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """Parse one date value: ISO (``2022-02-08``, ``2022-02``, with a time), ``8/2/2022``,
    ``08-02-2022``, ``ngày 8 tháng 2 năm 2022``, ``tháng 2/2022``.

    Parameters
    ----------
    value : str
        The value, e.g. a JSON ``date`` field or an HTML meta date.

    Returns
    -------
    datetime.date or None
        The date (the first of the month for a year-month), or None when the value is
        not a valid date.

    Examples
    --------
    >>> parse_date("2022-02")
    datetime.date(2022, 2, 1)
    >>> parse_date("ngày 8 tháng 2 năm 2022")
    datetime.date(2022, 2, 8)
    >>> parse_date("31/2/2022") is None
    True
    """
    if not value:
        return None
    text = " ".join(normalize_text(str(value)).split()).strip()
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3] or 1))
    if m := _ISO_SLASH.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _VI_LONG.match(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _MY.match(text):
        return _make(int(m[2]), int(m[1]), 1)
    return None


# ------------------------------------------------------------------ find_dates

_W = r"(?<![\w/.,-])"  # start of a token
_E = r"(?![\w]|[/.-]\d|,\d)"  # end of a token (not a longer number)
_PART = r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya)"
_LEAD = rf"(?:(?:{_PART}\s+)?(?:ngày|hôm)|{_PART}|vào|hồi)"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_WEEKDAYS = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "4": 2,
    "năm": 3,
    "5": 3,
    "sáu": 4,
    "6": 4,
    "bảy": 5,
    "7": 5,
}
_REL_YEAR = r"(?:năm\s+(?:ngoái|trước|qua|nay|này|tới|sau))"
_REL_WEEK = r"(?:tuần\s+(?:trước|qua|rồi|này|tới|sau))"
_REL_MONTH = r"(?:tháng\s+(?:trước|qua|rồi|này|tới|sau))"
_EDGE = r"(?:(?:cuối|đầu|giữa)\s+)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 7/12/2021, ngày 7-12-2021, ngày 8 tháng 2 năm 2022
    (
        "dmy",
        re.compile(
            rf"{_W}(?:{_LEAD}\s+)?(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy_words",
        re.compile(
            rf"{_W}(?:{_LEAD}\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|/|,\s*)(?P<y>\d{{4}})|\s+(?P<rel>{_REL_YEAR}))?{_E}",
            re.IGNORECASE,
        ),
    ),
    # ISO dates inside text
    ("iso", re.compile(rf"{_W}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_E}")),
    # tháng 4/2021, tháng 4 năm 2021, hồi tháng 4, tháng 12 năm ngoái, tháng 1 tới
    (
        "month",
        re.compile(
            rf"{_W}(?:(?:hồi|vào|từ|trong|đến|tới|hết)\s+)?{_EDGE}?tháng\s+(?P<m>\d{{1,2}})"
            rf"(?:\s*(?:[/-]|năm\s+)(?P<y>\d{{4}})|\s+(?P<rel>{_REL_YEAR})|\s+(?P<fwd>tới|sắp\s+tới|sau)|\s+(?P<back>vừa\s+qua|trước|qua|rồi))?{_E}",
            re.IGNORECASE,
        ),
    ),
    # hôm 20/2, ngày 7-2, chiều 30/12 (a day/month needs a lead word: a bare "1/3" is a fraction)
    (
        "dm",
        re.compile(
            rf"{_W}(?P<lead>{_LEAD}|(?:{_WEEKDAY}\s*,?\s*))\s+(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})"
            rf"(?:\s+(?P<fwd>tới|sắp\s+tới)|\s+(?P<back>vừa\s+qua|qua))?{_E}",
            re.IGNORECASE,
        ),
    ),
    # thứ Hai tuần trước, hôm thứ Hai, thứ Sáu tới
    (
        "weekday",
        re.compile(
            rf"{_W}(?P<lead>(?:{_PART}\s+)?(?:hôm|ngày|vào|hồi|{_PART})\s+)?(?P<wd>{_WEEKDAY})"
            rf"(?:\s+(?P<rel>{_REL_WEEK})|\s+(?P<fwd>tới|sắp\s+tới)|\s+(?P<back>vừa\s+qua|qua))?{_E}",
            re.IGNORECASE,
        ),
    ),
    # năm 2021, cuối năm ngoái, đầu năm nay
    (
        "year",
        re.compile(rf"{_W}(?:(?:hồi|vào|từ|trong)\s+)?{_EDGE}?năm\s+(?P<y>(?:19|20)\d{{2}}){_E}", re.IGNORECASE),
    ),
    ("rel_year", re.compile(rf"{_W}(?:(?:hồi|vào|từ|trong)\s+)?{_EDGE}?(?P<rel>{_REL_YEAR}){_E}", re.IGNORECASE)),
    ("rel_month", re.compile(rf"{_W}(?:(?:hồi|vào|từ|trong)\s+)?{_EDGE}?(?P<rel>{_REL_MONTH}){_E}", re.IGNORECASE)),
    ("rel_week", re.compile(rf"{_W}(?:(?:hồi|vào|từ|trong)\s+)?{_EDGE}?(?P<rel>{_REL_WEEK}){_E}", re.IGNORECASE)),
    (
        "rel_day",
        re.compile(
            rf"{_W}(?:{_PART}\s+)?(?P<rel>hôm\s+qua|hôm\s+nay|ngày\s+mai|hôm\s+kia|ngày\s+kia|ngày\s+hôm\s+qua){_E}",
            re.IGNORECASE,
        ),
    ),
]

_BACK = {"trước", "qua", "rồi", "ngoái"}
_FWD = {"tới", "sau"}


def _shift_word(rel: str) -> int:
    last = rel.split()[-1].lower()
    if last in _BACK:
        return -1
    if last in _FWD:
        return 1
    return 0


def _roll_day(anchor: dt.date | None, month: int, day: int, direction: int = 0) -> dt.date | None:
    if anchor is None:
        return None
    cand = _make(anchor.year, month, day)
    if cand is None:
        cand = _make(anchor.year - 1, month, day) if (month, day) == (2, 29) else None
        return cand
    if direction > 0:
        if cand < anchor - _FUTURE_SLACK:
            cand = _make(anchor.year + 1, month, day)
    elif direction < 0:
        if cand > anchor:
            cand = _make(anchor.year - 1, month, day)
    elif cand > anchor + _FUTURE_SLACK:
        cand = _make(anchor.year - 1, month, day)
    return cand


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _resolve(kind: str, m: re.Match[str], anchor: dt.date | None) -> tuple[dt.date | None, Precision] | None:
    g = m.groupdict()
    direction = 1 if g.get("fwd") else (-1 if g.get("back") else 0)
    if direction == 0 and m.group(0).lower().startswith("hồi"):
        direction = -1  # "hồi tháng 4": back then
    if kind in ("dmy", "iso"):
        d = _make(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d, "day") if d else None
    if kind == "dmy_words":
        day, month = int(g["d"]), int(g["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if g.get("y"):
            return _make(int(g["y"]), month, day), "day"
        if g.get("rel"):
            if anchor is None:
                return None, "day"
            return _make(anchor.year + _shift_word(g["rel"]), month, day), "day"
        return _roll_day(anchor, month, day), "day"
    if kind == "dm":
        day, month = int(g["d"]), int(g["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _roll_day(anchor, month, day, direction), "day"
    if kind == "month":
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        if g.get("y"):
            return dt.date(int(g["y"]), month, 1), "month"
        if anchor is None:
            return None, "month"
        if g.get("rel"):
            return dt.date(anchor.year + _shift_word(g["rel"]), month, 1), "month"
        cand = dt.date(anchor.year, month, 1)
        this_month = dt.date(anchor.year, anchor.month, 1)
        if direction > 0 and cand < this_month:
            cand = dt.date(anchor.year + 1, month, 1)
        elif direction < 0 and cand > this_month or direction == 0 and cand > anchor + _FUTURE_SLACK:
            cand = dt.date(anchor.year - 1, month, 1)
        return cand, "month"
    if kind == "weekday":
        wd_text = g["wd"].lower().split()
        target = 6 if wd_text[0] == "chủ" else _WEEKDAYS[wd_text[-1]]
        rel = g.get("rel")
        if not (g.get("lead") or rel or direction):
            return None  # a bare "thứ Hai" is too often something else ("thứ hai" = second)
        if anchor is None:
            return None, "day"
        if rel:
            shift = _shift_word(rel)
            return _monday(anchor) + dt.timedelta(weeks=shift, days=target), "day"
        if direction > 0:
            delta = (target - anchor.weekday()) % 7 or 7
            return anchor + dt.timedelta(days=delta), "day"
        delta = (anchor.weekday() - target) % 7 or 7
        return anchor - dt.timedelta(days=delta), "day"
    if kind == "year":
        return dt.date(int(g["y"]), 1, 1), "year"
    if anchor is None:
        return None, {"rel_year": "year", "rel_month": "month", "rel_week": "week", "rel_day": "day"}[kind]  # type: ignore[return-value]
    rel = " ".join(g["rel"].lower().split())
    if kind == "rel_year":
        return dt.date(anchor.year + _shift_word(rel), 1, 1), "year"
    if kind == "rel_month":
        shift = _shift_word(rel)
        index = anchor.year * 12 + anchor.month - 1 + shift
        return dt.date(index // 12, index % 12 + 1, 1), "month"
    if kind == "rel_week":
        return _monday(anchor) + dt.timedelta(weeks=_shift_word(rel)), "week"
    offsets = {"hôm qua": -1, "ngày hôm qua": -1, "hôm nay": 0, "ngày mai": 1, "hôm kia": -2, "ngày kia": 2}
    return anchor + dt.timedelta(days=offsets[rel]), "day"


_QUANTIFIER = re.compile(r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|các|những|mỗi|hàng)\s+$", re.I)
_AFTER_THAT = re.compile(r"^\s+(?:khi|đó|này|nữa)\b", re.I)


def _counted(text: str, m: re.Match[str]) -> bool:
    """ "hai năm qua" (a duration), "2 tuần sau khi" (relative to an event), not a date."""
    if _QUANTIFIER.search(text[max(0, m.start() - 12) : m.start()]):
        return True
    return m.group(0).rstrip().endswith("sau") and bool(_AFTER_THAT.match(text[m.end() : m.end() + 8]))


def find_dates(text: str, anchor: dt.date | None = None) -> list[DateMention]:
    """Find Vietnamese date expressions in ``text`` and resolve them against ``anchor``.

    Parameters
    ----------
    text : str
        A sentence or a whole document (offsets refer to this string).
    anchor : datetime.date or None
        The article date. Without it, only expressions that carry their own year are
        resolved; the others are still reported, with ``date=None``.

    Returns
    -------
    list of DateMention
        Non-overlapping mentions in text order; longer expressions win.

    Examples
    --------
    >>> import datetime as dt
    >>> [(m.text, str(m.date), m.precision) for m in find_dates("Hôm qua và năm 2021", dt.date(2022, 2, 8))]
    [('Hôm qua', '2022-02-07', 'day'), ('năm 2021', '2021-01-01', 'year')]
    >>> find_dates("hồi tháng 4", None)[0].date is None
    True
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind.startswith("rel_") and kind != "rel_day" and _counted(text, m):
                continue
            resolved = _resolve(kind, m, anchor)
            if resolved is None:
                continue
            date, precision = resolved
            found.append(DateMention(start=start, end=end, text=m.group(0), date=date, precision=precision))
            taken.append((start, end))
    found.sort(key=lambda x: x.start)
    return found


# ------------------------------------------------------------------ article_date

_DATELINE_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_DATELINE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATELINE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_DATELINE_MAX = 160


def article_date(text: str, max_lines: int = 6) -> dt.date | None:
    """The publication date from a dateline near the top of an article.

    Looks at the first few non-empty lines for a full date: "Thứ Ba, 8/2/2022, 06:30
    (GMT+7)", "08/02/2022 14:30", "Ngày 8/2/2022", "(Hà Nội) 8-2-2022", "Cập nhật:
    08:15 08/02/2022", "2022-02-08". A date inside a long body paragraph counts only
    when the paragraph starts with it.

    Parameters
    ----------
    text : str
        The article text (title and body, or body only).
    max_lines : int
        How many non-empty lines to inspect.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> article_date("Cập nhật: 08:15 08/02/2022\\nNội dung bài viết.")
    datetime.date(2022, 2, 8)
    >>> article_date("Hai bên đã ký thỏa thuận năm 2020.") is None
    True
    """
    lines = [ln.strip() for ln in normalize_text(text).splitlines() if ln.strip()][:max_lines]
    for line in lines:
        head = line if len(line) <= _DATELINE_MAX else line[:40]
        for pattern, order in ((_DATELINE_DMY, "dmy"), (_DATELINE_WORDS, "dmy"), (_DATELINE_ISO, "ymd")):
            m = pattern.search(head)
            if not m:
                continue
            a, b, c = (int(x) for x in m.groups())
            date = _make(c, b, a) if order == "dmy" else _make(a, b, c)
            if date is not None:
                return date
    return None
