"""Role titles of the knowledge base: canonical titles, their Vietnamese synonyms, and groups.

This module is the one place that says which words name which office. ``KBEntry.roles``
use the canonical titles below; :func:`canonical_title` maps any surface form
("Bộ trưởng Ngoại giao", "ngoại trưởng") to its canonical title, and
:func:`titles_for` expands a query title into every canonical title it stands for
("nguyên thủ" → Tổng thống, Chủ tịch, Quốc vương…).

>>> canonical_title("Bộ trưởng Bộ Ngoại giao")
'Ngoại trưởng'
>>> canonical_title("phát ngôn viên")
'Người phát ngôn'
>>> "Tổng thống" in titles_for("nguyên thủ")
True
>>> titles_for("nhà lãnh đạo", of="Q145")
frozenset({'Thủ tướng'})
"""

from __future__ import annotations

from graphkit.text import match_key

TITLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Tổng thống": ("tổng thống", "tt"),
    "Phó Tổng thống": ("phó tổng thống",),
    "Thủ tướng": ("thủ tướng", "thủ tướng liên bang", "chính phủ trưởng"),
    "Chủ tịch": ("chủ tịch", "chủ tịch nước"),
    "Tổng Bí thư": ("tổng bí thư", "tbt"),
    "Quốc vương": (
        "quốc vương",
        "vua",
        "nhà vua",
        "hoàng đế",
        "nữ hoàng",
        "nhật hoàng",
        "tiểu vương",
        "quốc vương kiêm thủ tướng",
    ),
    "Thái tử": ("thái tử", "thái tử kiêm thủ tướng"),
    "Lãnh tụ tối cao": ("lãnh tụ tối cao", "giáo chủ"),
    "Ngoại trưởng": (
        "ngoại trưởng",
        "bộ trưởng ngoại giao",
        "bộ trưởng bộ ngoại giao",
        "bộ trưởng các vấn đề đối ngoại",
        "bộ trưởng ngoại giao và thịnh vượng chung",
    ),
    "Bộ trưởng Quốc phòng": (
        "bộ trưởng quốc phòng",
        "bộ trưởng bộ quốc phòng",
        "bộ trưởng chiến tranh",
        "người đứng đầu lầu năm góc",
    ),
    "Tổng thư ký": ("tổng thư ký",),
    "Người phát ngôn": ("người phát ngôn", "phát ngôn viên", "thư ký báo chí"),
    "Cố vấn An ninh Quốc gia": ("cố vấn an ninh quốc gia",),
    "Đại diện cấp cao": (
        "đại diện cấp cao",
        "đại diện cấp cao về chính sách an ninh và đối ngoại",
        "trưởng ban đối ngoại",
        "người đứng đầu chính sách đối ngoại",
    ),
    "Tổng giám đốc": ("tổng giám đốc",),
    "Giáo hoàng": ("giáo hoàng", "đức giáo hoàng"),
    "Chủ tịch Hạ viện": ("chủ tịch hạ viện",),
    "Chủ tịch Quốc hội": ("chủ tịch quốc hội",),
    "Phó Thủ tướng": ("phó thủ tướng",),
    "Chánh văn phòng": ("chánh văn phòng", "chánh văn phòng tổng thống"),
}
"""Canonical title → surface forms (lower case; compared through ``match_key``)."""

HEAD_OF_STATE: frozenset[str] = frozenset({"Tổng thống", "Chủ tịch", "Quốc vương", "Lãnh tụ tối cao"})
"""Titles that "nguyên thủ" (head of state) stands for."""

GROUP_SYNONYMS: dict[str, str] = {
    "nguyên thủ": "HEAD_OF_STATE",
    "nguyên thủ quốc gia": "HEAD_OF_STATE",
    "người đứng đầu nhà nước": "HEAD_OF_STATE",
    "nhà lãnh đạo": "LEADER",
    "lãnh đạo": "LEADER",
    "lãnh đạo cao nhất": "LEADER",
    "người đứng đầu": "LEADER",
    "người đứng đầu chính phủ": "HEAD_OF_GOVERNMENT",
}
"""Generic role words: they resolve to a group of titles, possibly depending on the country."""

LEADER_TITLE: dict[str, str] = {
    "Q145": "Thủ tướng",
    "Q183": "Thủ tướng",
    "Q17": "Thủ tướng",
    "Q16": "Thủ tướng",
    "Q408": "Thủ tướng",
    "Q38": "Thủ tướng",
    "Q29": "Thủ tướng",
    "Q55": "Thủ tướng",
    "Q31": "Thủ tướng",
    "Q34": "Thủ tướng",
    "Q20": "Thủ tướng",
    "Q35": "Thủ tướng",
    "Q28": "Thủ tướng",
    "Q36": "Thủ tướng",
    "Q40": "Thủ tướng",
    "Q41": "Thủ tướng",
    "Q668": "Thủ tướng",
    "Q801": "Thủ tướng",
    "Q843": "Thủ tướng",
    "Q869": "Thủ tướng",
    "Q424": "Thủ tướng",
    "Q334": "Thủ tướng",
    "Q833": "Thủ tướng",
    "Q664": "Thủ tướng",
    "Q148": "Chủ tịch",
    "Q423": "Chủ tịch",
    "Q881": "Tổng Bí thư",
    "Q819": "Tổng Bí thư",
    "Q241": "Chủ tịch",
    "Q794": "Lãnh tụ tối cao",
    "Q851": "Thái tử",
}
"""Country (kb_id) → the title of its leader, where the leader is not the "Tổng thống"."""

HEAD_OF_GOVERNMENT: frozenset[str] = frozenset({"Thủ tướng"})

_GROUPS: dict[str, str] = {match_key(k): v for k, v in GROUP_SYNONYMS.items()}
_CANONICAL: dict[str, str] = {}
for _canon, _forms in TITLE_SYNONYMS.items():
    _CANONICAL[match_key(_canon)] = _canon
    for _form in _forms:
        _CANONICAL[match_key(_form)] = _canon


def canonical_title(title: str) -> str | None:
    """The canonical title of a surface form, or ``None`` when it names no known office.

    Parameters
    ----------
    title : str
        A title as written ("Ngoại trưởng", "Bộ trưởng Ngoại giao", "tổng thống").

    Returns
    -------
    str or None
        A key of :data:`TITLE_SYNONYMS`.
    """
    return _CANONICAL.get(match_key(title))


def titles_for(title: str, of: str | None = None) -> frozenset[str]:
    """Every canonical title a query title stands for.

    Parameters
    ----------
    title : str
        A specific title ("Ngoại trưởng") or a generic role word ("nguyên thủ", "nhà lãnh đạo").
    of : str, optional
        The kb_id of the country or organisation, used by "nhà lãnh đạo" (a leader is the
        Prime Minister in the UK but the President in Russia).

    Returns
    -------
    frozenset of str
        Canonical titles; empty when the title is unknown.
    """
    key = match_key(title)
    group = _GROUPS.get(key)
    if group == "HEAD_OF_STATE":
        return HEAD_OF_STATE
    if group == "HEAD_OF_GOVERNMENT":
        return HEAD_OF_GOVERNMENT
    if group == "LEADER":
        if of is not None and of in LEADER_TITLE:
            return frozenset({LEADER_TITLE[of]})
        return HEAD_OF_STATE
    canon = _CANONICAL.get(key)
    return frozenset({canon}) if canon else frozenset()


def is_title(text: str) -> bool:
    """Whether ``text`` is a known title or generic role word."""
    key = match_key(text)
    return key in _CANONICAL or key in _GROUPS
