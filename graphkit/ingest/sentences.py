"""Sentence splitting for Vietnamese news text, with character offsets.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quotes and
brackets) followed by whitespace and something that can start a sentence: a capital
letter, a digit or an opening quote. It does not end after an abbreviation ("TP.",
"ThS.", "PGS.", "Mr.", "v.v." before a lowercase word), after an initial ("J. Biden",
"U.S."), or inside a number ("1.800", "3,5%", "7/12/2021"). A photo credit ("(Ảnh:
Reuters)", "Nguồn: scmp.com") ends the caption before it. A line break always ends a
sentence.

>>> text = 'TP. Hồ Chí Minh đón 1.800 khách. "Chúng tôi sẵn sàng." Ông nói thêm.'
>>> [text[s:e] for s, e in split_sentences(text)]
['TP. Hồ Chí Minh đón 1.800 khách.', '"Chúng tôi sẵn sàng."', 'Ông nói thêm.']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "split_sentences"]

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Vietnamese titles and place prefixes
        "tp",
        "tt",
        "ths",
        "ts",
        "pgs",
        "gs",
        "bs",
        "ks",
        "cn",
        "th",
        "q",
        "p",
        "tx",
        "hđnd",
        "ubnd",
        "đ/c",
        "đc",
        "nxb",
        "tr",
        "vd",
        # English titles and ranks common in world news
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "vs",
        "no",
        "nos",
        "ft",
        "mt",
    }
)

# A photo credit ends a caption even without a full stop: "… tại Hà Nội (Ảnh: Reuters) Cuộc họp …",
# "… bắt tay. Nguồn: scmp.com Hai bên …".
_CREDIT = (
    r"\(\s*(?:Ảnh|ảnh|Nguồn|nguồn|Photo)(?:\s+minh\s+h(?:ọa|oạ))?\s*(?::[^()\n]{1,80})?\)"
    r"|(?<![^\W\d_])(?:Ảnh|Nguồn|Photo)\s*:\s*[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|vn|cn|ru|uk|jp|kr)"
)
_END = re.compile(rf"(?:(?:\.{{3}}|…|[.!?])+[\"'”’»)\]]*|{_CREDIT})(?=\s)")
_START_OK = re.compile(r"[\"'“‘«(\[\-–—]*\s*(?:[^\W\d_]|\d)")
_PREV_TOKEN = re.compile(r"(\S+)$")


def _is_abbreviation(before: str) -> bool:
    m = _PREV_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1).lstrip("\"'“‘«([")
    last = token.split(".")[-1]
    if not last:
        return False
    if len(last) == 1 and "A" <= last <= "Z":
        return True  # an initial: "J. Biden", "U.S. Army" (not "châu Á.", "nước Ý.")
    return last.casefold() in ABBREVIATIONS


def _boundary_ok(text: str, end_match: re.Match[str], next_start: int) -> bool:
    punct = end_match.group(0)
    nxt = text[next_start : next_start + 8]
    if not _START_OK.match(nxt):
        return False
    first_letter = next((c for c in nxt if c.isalnum()), "")
    if first_letter.isalpha() and not first_letter.isupper():
        return False  # "v.v. và", "… rồi ông nói"
    if punct.startswith(".") and not punct.startswith("..."):
        before = text[: end_match.start()]
        if _is_abbreviation(before):
            return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Parameters
    ----------
    text : str
        Cleaned document text (paragraphs separated by blank lines).

    Returns
    -------
    list of tuple of (int, int)
        ``(start, end)`` character offsets into ``text``; each span is stripped of
        surrounding whitespace and non-empty.

    Examples
    --------
    >>> text = "Ông J. Biden đến vào ngày 7/12/2021... rồi về nước.\\n\\nGiá tăng 3,5%."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Ông J. Biden đến vào ngày 7/12/2021... rồi về nước.', 'Giá tăng 3,5%.']
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        chunk = line.group(0)
        start = 0
        for m in _END.finditer(chunk):
            nxt = m.end()
            while nxt < len(chunk) and chunk[nxt].isspace():
                nxt += 1
            if nxt >= len(chunk) or not _boundary_ok(chunk, m, nxt):
                continue
            spans.append((base + start, base + m.end()))
            start = nxt
        spans.append((base + start, base + len(chunk)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
