"""Removing web noise from scraped article text, and keeping photo captions apart.

Two kinds of input are handled:

* text with one paragraph per line, where noise sits on lines of its own (menus,
  related-article blocks, player residue, share buttons, comment counters, bylines);
* text flattened into long lines, where the noise is inline: photo credits
  ("… Ảnh: Reuters"), ">>>" related links, a trailing "Xem thêm:", the "./." end
  mark and a byline after the last sentence.

Rules are conservative: a line is dropped only when all of it is noise, and inline
noise only when its shape is unmistakable. Everything dropped is reported in
``CleanResult.removed`` with its kind.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from graphkit.ingest.sentences import split_sentences
from graphkit.models import Caption, Removed
from graphkit.text import normalize_text

__all__ = ["CleanResult", "clean_text", "is_byline", "is_dateline", "line_caption"]


class CleanResult(BaseModel):
    """The cleaned body, the captions taken out of it and the noise removed from it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    captions: list[Caption] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)


# ------------------------------------------------------------------ vocabularies

_RELATED_HEADERS = (
    r"xem\s+thêm|tin\s+liên\s+quan|đọc\s+thêm|bài\s+liên\s+quan|bài\s+viết\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|"
    r"cùng\s+chuyên\s+mục|tin\s+khác|các\s+tin\s+khác|có\s+thể\s+bạn\s+quan\s+tâm|bạn\s+có\s+thể\s+quan\s+tâm|"
    r"tin\s+mới\s+nhất|tin\s+mới|đọc\s+nhiều|đọc\s+nhiều\s+nhất|tin\s+nổi\s+bật|tin\s+hay|xem\s+nhiều|đọc\s+tiếp|"
    r"bài\s+đọc\s+nhiều|tin\s+đọc\s+nhiều"
)
_EVENT_HEADERS = r"dòng\s+sự\s+kiện|sự\s+kiện|chủ\s+đề|tiêu\s+điểm|theo\s+dòng\s+sự\s+kiện"
_HEADER = re.compile(
    rf"^(?:(?P<related>{_RELATED_HEADERS})|(?P<events>{_EVENT_HEADERS}))\s*(?:(?::|>>|»|\|)\s*(?P<rest>.*))?$", re.I
)

_SECTIONS = [
    "Trang chủ",
    "Trang nhất",
    "Thế giới",
    "Thời sự",
    "Kinh doanh",
    "Kinh tế",
    "Giải trí",
    "Thể thao",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
    "Sức khoẻ",
    "Đời sống",
    "Du lịch",
    "Khoa học",
    "Số hóa",
    "Số hoá",
    "Công nghệ",
    "Xe",
    "Ý kiến",
    "Tâm sự",
    "Video",
    "Podcast",
    "Podcasts",
    "Ảnh",
    "Quân sự",
    "Văn hóa",
    "Văn hoá",
    "Xã hội",
    "Chính trị",
    "Bạn đọc",
    "Tiêu điểm",
    "Phân tích",
    "Hồ sơ",
    "Tư liệu",
    "Multimedia",
    "Media",
    "Infographic",
    "Infographics",
    "Emagazine",
    "E-magazine",
    "Góc nhìn",
    "Bất động sản",
    "Tin tức",
    "Tin nóng",
    "Tin mới",
    "Mới nhất",
    "Pháp đình",
    "Người Việt bốn phương",
    "Quốc tế",
    "Châu Á",
    "Châu Âu",
    "Châu Mỹ",
    "Châu Phi",
    "Trung Đông",
    "Đông Nam Á",
    "Bình luận quốc tế",
    "Chuyện lạ",
    "Kiều bào",
    "Tài chính",
    "Chứng khoán",
    "Doanh nghiệp",
    "Nhịp sống",
    "Gia đình",
    "Ẩm thực",
    "Thời trang",
    "Âm nhạc",
    "Điện ảnh",
    "Sao",
    "Môi trường",
    "Lao động",
    "Việc làm",
    "Nông nghiệp",
    "Hồ sơ - Tư liệu",
    "English",
    "RSS",
    "Liên hệ",
    "Đăng nhập",
    "Đăng ký",
    "Tìm kiếm",
]
_SECTION_ALT = "|".join(sorted((re.escape(s) for s in _SECTIONS), key=len, reverse=True))
_SECTION_LINE = re.compile(rf"^(?:{_SECTION_ALT})$", re.I)
_MENU = re.compile(rf"^(?:(?:{_SECTION_ALT})(?:\s*[|•·/>»›\-–]\s*|\s+|$)){{3,}}$", re.I)
_CRUMB_SEG = r"[^\W\d_][^\s>»›|]*(?:\s+[^\s>»›|]+){0,3}"
_BREADCRUMB = re.compile(rf"^(?:{_CRUMB_SEG})(?:\s*[>»›]\s*(?:{_CRUMB_SEG})){{1,5}}$")

_SHARE_TOKENS = [
    "Chia sẻ bài viết",
    "Chia sẻ",
    "Share",
    "Facebook",
    "Twitter",
    "Zalo",
    "Messenger",
    "LinkedIn",
    "Pinterest",
    "Telegram",
    "Email",
    "E-mail",
    "Tweet",
    "In bài",
    "In bài viết",
    "In",
    "Lưu bài",
    "Lưu",
    "Gửi bài",
    "Gửi",
    "Copy link",
    "Sao chép liên kết",
    "Sao chép link",
    "Thích",
    "Like",
    "Báo lỗi",
    "Theo dõi",
    "Follow",
    "Bookmark",
    "Google News",
    "Tải về",
    "Phản hồi",
    "Quay lại",
    "Lên đầu trang",
    "Về đầu trang",
    "Tweet",
    "Print",
    "\\d+",
]
_SHARE_ALT = "|".join(sorted((t if t == "\\d+" else re.escape(t) for t in _SHARE_TOKENS), key=len, reverse=True))
_SHARE = re.compile(rf"^(?:(?:{_SHARE_ALT})(?:\s*[|•·,:/]\s*|\s+|$))+$", re.I)

_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:bình\s+luận|ý\s+kiến|comments?)(?:\s*\(\s*\d+\s*\))?$|"
    r"^(?:gửi|viết|xem|ẩn|hiện)\s+(?:bình\s+luận|ý\s+kiến)(?:\s*\(\s*\d+\s*\))?$|"
    r"^(?:ý\s+kiến\s+(?:của\s+)?bạn(?:\s+đọc)?|ý\s+kiến\s+bạn\s+đọc|bình\s+luận\s+của\s+bạn)$",
    re.I,
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_PLAYER = re.compile(
    rf"^(?:{_TIME}(?:\s*/\s*{_TIME})?|video\s+đang\s+phát|đang\s+phát|play|pause|replay|phát\s+lại|tạm\s+dừng|"
    r"tắt\s+tiếng|bật\s+tiếng|tắt\s+âm|bật\s+âm|toàn\s+màn\s+hình|thoát\s+toàn\s+màn\s+hình|hd|auto|"
    r"(?:xem\s+)?video\s*:?|quảng\s+cáo|advertisement|ads?|xem\s+tiếp|tiếp\s+tục\s+xem|"
    r"(?:play|phát)\s+video|video\s+đang\s+tải|đang\s+tải(?:\.{3}|…)?)$",
    re.I,
)

# Photo credits: agencies and outlets that appear after "Ảnh:" / "Nguồn:".
_AGENCIES = [
    "Reuters",
    "AFP",
    "AP",
    "AP Photo",
    "Getty",
    "Getty Images",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Tass",
    "TASS",
    "Sputnik",
    "RIA Novosti",
    "Xinhua",
    "Tân Hoa Xã",
    "THX",
    "Yonhap",
    "Kyodo",
    "KCNA",
    "CNN",
    "BBC",
    "NHK",
    "RT",
    "TTXVN",
    "VNA",
    "VOV",
    "VTV",
    "VnExpress",
    "Shutterstock",
    "Bloomberg",
    "NYT",
    "New York Times",
    "Washington Post",
    "WSJ",
    "CNBC",
    "Al Jazeera",
    "Anadolu",
    "Twitter",
    "Facebook",
    "YouTube",
    "Youtube",
    "Instagram",
    "Weibo",
    "Internet",
    "Telegraph",
    "Guardian",
    "Independent",
    "SCMP",
    "Nikkei",
    "Politico",
    "Daily Mail",
    "Global Times",
    "Pixabay",
    "Wikipedia",
    "Vietnamplus",
    "Dân trí",
    "Zing",
    "Sky News",
    "Fox News",
    "ABC",
    "NBC",
    "CBS",
    "DW",
    "AA",
    "UPI",
    "Kremlin",
    "Kremlin.ru",
    "Nhà Trắng",
    "Bộ Quốc phòng Nga",
    "minh họa",
    "minh hoạ",
]
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in _AGENCIES), key=len, reverse=True))
_AGENCY_RUN = rf"(?:{_AGENCY_ALT})(?:\s*(?:/|,|-|&|\+|và)\s*(?:{_AGENCY_ALT}))*(?![\w])"
_CAP = r"[A-ZÀ-ỸĐ0-9][\w.'&-]*"
_MARK = r"(?:Ảnh|ảnh|Nguồn|nguồn|Photo|Đồ\s+họa|Đồ\s+hoạ|Infographic|Video|Clip)(?:\s+minh\s+h(?:ọa|oạ))?"
_BARE_MARK = r"(?:Ảnh|Nguồn|Photo|Đồ\s+họa|Đồ\s+hoạ)(?:\s+minh\s+h(?:ọa|oạ))?"
# "(Ảnh: Reuters)", "(Ảnh minh họa: Getty)", "(Ảnh minh họa)", "(Nguồn: AFP)"
_CREDIT_PAREN = re.compile(
    rf"\(\s*(?:{_MARK}\s*:\s*(?P<credit>[^()]{{1,80}}?)|(?P<bare>Ảnh\s+minh\s+h(?:ọa|oạ)|ảnh\s+minh\s+h(?:ọa|oạ)))\s*\)"
)
# "Ảnh: Reuters", "Ảnh: AFP/TTXVN", "Nguồn: CNN", "Ảnh: Nguyễn Văn Hùng."
# (an unknown credit must end the line or a sentence)
_CREDIT_BARE = re.compile(
    rf"(?<![\w(])(?:{_BARE_MARK})\s*:\s*(?:(?P<known>{_AGENCY_RUN})|(?P<other>{_CAP}(?:\s+{_CAP}){{0,4}})(?=\s*(?:\.|\)|$)))"
)
_CREDIT_ONLY_LINE = re.compile(rf"^(?:{_BARE_MARK})\s*:\s*\S.{{0,60}}$")

_SELF_CONTAINED = re.compile(r"^(?P<text>.{3,}?[.;,])\s*(?:Nguồn|Ảnh|Photo)\s*:\s*(?P<credit>.+)$")
_TRUNCATED = re.compile(r"(?:…|\.{3})\s*$")
_QUOTE_START = re.compile(r"^[\"'“‘«\-–—]")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)]\s*$")
_INLINE_RELATED = re.compile(r"(?:^|\s)(?:>>>?|»»)\s*")
_INLINE_XEMTHEM = re.compile(
    r"(?:(?<=[.!?\"”])|^)\s*(?:Xem\s+thêm|Tin\s+liên\s+quan|Đọc\s+thêm)\s*:?(?P<rest>.{0,200})$"
)
_END_MARK = re.compile(r"\./\.")
_COLON_BREAK = re.compile(r":\s+(?=[A-ZĐÀ-Ỹ])")
_HAS_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}")
_CONTINUED = re.compile(r"\s*\((?:xem\s+tiếp|còn\s+tiếp|còn\s+nữa|hết|kỳ\s+\d+)\)", re.I)
_REFS_START = re.compile(r"(?:(?<=\s)|^)\[1\]\s*(?=\S)")
_URL = re.compile(r"https?://\S+")
_MEDIA_TAIL = re.compile(r"^(?:clip|video)\b|^.{0,120}\b(?:clip|video)\b.*:$", re.I)
_ATTRIBUTION_TAIL = re.compile(r"^[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)+\s*,\s*\S")
_SOURCE_WORD = r"(?:[A-ZĐ][^\s.]*(?:\.[A-Za-z]+)*|[a-z][\w-]*\.(?:vn|com|net)(?:\.vn)?)"
# "… câu cuối. Theo Dân trí", "… câu cuối Theo tuoitre.vn" (no full stop at the end)
_THEO_TAIL = re.compile(
    rf"(?:(?<=[.!?\"”’»)])\s*\(?[Tt]heo|\s\(?Theo)\s+{_SOURCE_WORD}(?:\s+(?:{_SOURCE_WORD}|trí|và)){{0,3}}\)?\s*$"
)
_OUTLETS = {
    "TPO",
    "VOV",
    "VTV",
    "VTC",
    "TTXVN",
    "VNA",
    "PLO",
    "CAO",
    "ANTĐ",
    "QĐND",
    "SGGP",
    "NLĐ",
    "TTO",
    "NDO",
    "CAND",
    "HNM",
    "GDVN",
    "GD&TĐ",
    "ĐCSVN",
    "VTC NEWS",
    "VIETNAMPLUS",
    "DÂN TRÍ",
    "DÂN VIỆT",
    "THANH NIÊN",
    "TUỔI TRẺ",
    "ZING",
    "BAONGHEAN",
}
_SOURCE_PREFIX = re.compile(
    r"^(?:\((?P<paren>[^()]{2,25})\)|(?P<plain>[\w&]+(?:\s[\w&]+)?(?:\.(?:vn|net|com)(?:\.vn)?)?))\s*[-–—]\s+(?=\S)"
)

_BYLINE_WORDS = {
    "theo",
    "lược",
    "dịch",
    "tổng",
    "hợp",
    "ghi",
    "biên",
    "soạn",
    "tin",
    "tâm",
    "và",
    "từ",
    "tại",
    "nguồn",
    "thực",
    "hiện",
    "phóng",
    "viên",
    "thường",
    "trú",
    "nhóm",
    "pv",
    "ctv",
    "bài",
    "ảnh",
    "clip",
    "video",
    "thông",
    "tấn",
    "xã",
    "báo",
    "đài",
    "trí",
    "sỹ",
    "sĩ",
    "tá",
    "tướng",
    "tức",
}
# "Trọng Giáp.": only an author's name (2-4 capitalised syllables), closed by a period.
_NAME_ONLY = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?:\s[A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,3}\.$")
_NOT_NAME_STARTS = {"ông", "bà", "người", "nước", "tổng", "thủ", "chủ", "bộ", "quân", "đảng", "cảm", "xin"}
# "… hết bài.Trọng Giáp": an author name (2-4 capitalised syllables) glued to the final period.
_GLUED_BYLINE = re.compile(
    r"(?<=[a-zà-ỹđ][.!?])(?P<tail>[A-ZÀ-ỸĐ][\w]*(?:\s+[A-ZÀ-ỸĐ][\w]*){1,3}"
    r"(?:\s*(?:\((?:[Tt]heo\s+)?[^()]{2,40}\)|[-–/]\s*[\w.]+(?:\s+[\w.]+)?))?)$"
)
_BYLINE_TOKEN = re.compile(r"^[(\[]*(?P<core>[^()\[\]]*?)[)\].,;:]*$")
_DATE_OR_TIME = re.compile(r"^\d{1,2}([:/.-]\d{1,4}){1,2}$|^\(?GMT[+-]\d+\)?$")
_PURE_DATELINE = re.compile(
    r"^(?:(?:cập\s+nhật|đăng|ngày\s+đăng|thời\s+gian|xuất\s+bản|published|updated)\s*(?:lúc|ngày)?\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
    rf"(?:{_TIME}\s*,?\s*)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}(?:\s*,?\s*(?:lúc\s+)?{_TIME})?(?:\s*\(?GMT\s*[+-]\s*\d+\)?)?$",
    re.I,
)


def is_dateline(line: str) -> bool:
    """True when ``line`` is only a publication date/time: "Thứ Ba, 8/2/2022, 06:30 (GMT+7)".

    >>> is_dateline("Cập nhật: 08:15 08/02/2022")
    True
    """
    return bool(_PURE_DATELINE.match(" ".join(line.split())))


def is_byline(text: str) -> bool:
    """True when ``text`` is only an author/source line: "Minh Anh (Theo Reuters, AFP)",
    "Thanh Hà / VOV.VN", "Hồng Nhung | 08:15 08/02/2022", "Theo TTXVN".

    Examples
    --------
    >>> is_byline("Minh Anh (Theo Reuters, AFP)")
    True
    >>> is_byline("Theo Reuters, hai bên đã nhất trí.")
    False
    """
    text = text.strip()
    if not text or len(text) > 90 or text[-1] in "?!:" or text[0] in "\"“'‘«-–":
        return False
    # A byline does not end like a sentence; only short "Theo Reuters." closings may.
    ends_like_sentence = text.endswith(".") and not re.search(r"\.(?:vn|VN|com|net)\.?$|\./\.$", text)
    if ends_like_sentence and _NAME_ONLY.match(text) and text.split()[0].casefold() not in _NOT_NAME_STARTS:
        return True
    if ends_like_sentence and (not re.match(r"^\(?[Tt]heo\s", text) or len(text.split()) > 5):
        return False
    tokens = re.split(r"\s+|(?<=\S)(?=[/|])|(?<=[/|])(?=\S)", text)
    capitals = 0
    for tok in tokens:
        if not tok or tok in {"/", "|", "-", "–", "—", "&", "+", ",", "./."}:
            continue
        m = _BYLINE_TOKEN.match(tok)
        core = (m.group("core") if m else tok).strip("./-–")
        if not core:
            continue
        if _DATE_OR_TIME.match(core):
            continue
        parts = [p for p in re.split(r"[-–/.]", core) if p]
        for part in parts:
            if part[0].isupper() or part[0].isdigit():
                if part[0].isalpha():
                    capitals += 1
            elif part.casefold() not in _BYLINE_WORDS:
                return False
    words = [t for t in tokens if any(c.isalnum() for c in t)]
    return capitals >= 1 and len(words) <= 12


# ------------------------------------------------------------------ helpers


def _squash(line: str) -> str:
    return _NAME_HYPHEN.sub(r"\1-", " ".join(line.split()))


# First parts of hyphenated given names ("Jean-Claude", "Frank-Walter") that sources often
# print with spaces round the hyphen: "Jean - Claude Juncker" is one name.
_GIVEN_FIRST = (
    "Jean",
    "Marie",
    "Pierre",
    "Anne",
    "Hans",
    "Karl",
    "Frank",
    "Franz",
    "Klaus",
    "Heinz",
    "Carl",
    "Paul",
    "Louis",
    "José",
    "Jose",
    "Juan",
    "Maria",
    "María",
    "Ana",
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_HYPHEN = re.compile(
    rf"(?<![\w-])({'|'.join(_GIVEN_FIRST)}) [-‐] (?=[{_UPPER}][^\W\d_]+ [{_UPPER}Đ])",
)


def _credit_text(credit: str) -> str:
    return credit.strip().rstrip(".").strip()


def line_caption(line: str) -> Caption | None:
    """The caption when the whole line is a photo caption ending with a credit, else None.

    Examples
    --------
    >>> line_caption("Hai ngoại trưởng bắt tay tại Hà Nội. (Ảnh: Reuters)")
    Caption(text='Hai ngoại trưởng bắt tay tại Hà Nội.', credit='Reuters')
    >>> line_caption("Bức ảnh gây tranh cãi đã được gỡ xuống.") is None
    True
    """
    if len(line) > 320:
        return None
    for m in _CREDIT_PAREN.finditer(line):
        tail = line[m.end() :].strip()
        if tail in ("", "."):
            body = line[: m.start()].strip()
            credit = _credit_text(m.group("credit")) if m.group("credit") else None
            if not body:
                return None
            return Caption(text=body, credit=credit)
    bare = list(_CREDIT_BARE.finditer(line))
    m = bare[-1] if bare else None
    if m is not None and line[m.end() :].strip() in ("", "."):
        body = line[: m.start()].strip()
        if body:
            credit = m.group("known") or m.group("other")
            return Caption(text=body, credit=_credit_text(credit))
    return None


def _headline_like(line: str) -> bool:
    if not line or len(line) > 160:
        return False
    if _TRUNCATED.search(line):
        return True
    bare = line.rstrip("\"'”’»)] ")
    return not re.search(r"[.!?:;]$", bare) and len(split_sentences(line)) == 1


_INLINE_MARK = re.compile(
    r"(?<![^\W\d_])(?P<mark>Trong\s+ảnh|[Ảả]nh\s+minh\s+h(?:ọa|oạ)|Ảnh|ẢNH|Nguồn|Photo|Đồ\s+h(?:ọa|oạ)|ảnh|nguồn)\s*:\s*"
)
# "… câu chú thích. Ảnh minh họa. …" with no credit
_ILLUSTRATION = re.compile(r"(?<![^\W\d_])[Ảả]nh\s+minh\s+h(?:ọa|oạ)(?:\s*[.\-–](?=\s|$)|\s*$|(?=\s+[A-ZĐ]))")
_PUBLICATION_WORDS = {"Thời", "Báo", "Tạp", "Đài", "Kênh", "Hãng", "Tờ", "Trang", "Nhật", "Tuần"}
_KNOWN_CREDIT = re.compile(rf"(?:{_AGENCY_RUN})(?=[\s.,)]|$)", re.I)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|cn|vn|ru|uk|jp|kr|info|gov)(?:\.[a-z]{2})?(?![\w])", re.I)
_VI_DIACRITIC = re.compile(r"[À-ỹĐđ]")
_VI_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptiouy])?$", re.I
)
_WORD_RE = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|$")


def _plain(word: str) -> str:
    """``word`` without Vietnamese diacritics (for the syllable-shape test)."""
    import unicodedata

    base = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c))


def _credit_token(tok: str) -> bool:
    """A word that can continue a photo credit ("Radio New Zealand", "US Navy") but not start a sentence."""
    core = tok.rstrip(".,;")
    if not core or not core[0].isupper():
        return False
    if _VI_DIACRITIC.search(core):
        return core.isupper() and len(core) > 1
    if core.isupper():
        return True
    return not _VI_SYLLABLE.match(core)


def _next_credit(line: str) -> tuple[int, int, str | None, str | None] | None:
    """The first photo credit in ``line``: (start, end, credit, caption that follows the marker)."""
    best: tuple[int, int, str | None, str | None] | None = None
    m = _CREDIT_PAREN.search(line)
    if m:
        credit = _credit_text(m.group("credit")) if m.group("credit") else None
        best = (m.start(), m.end(), credit, None)
    illustr = _ILLUSTRATION.search(line)
    if illustr and (best is None or illustr.start() < best[0]):
        best = (illustr.start(), illustr.end(), None, None)
    for mark in _INLINE_MARK.finditer(line):
        if best is not None and mark.start() >= best[0]:
            break
        found = _inline_credit(line, mark)
        if found is not None:
            return found
    return best


def _inline_credit(line: str, mark: re.Match[str]) -> tuple[int, int, str | None, str | None] | None:
    rest_start = mark.end()
    rest = line[rest_start:]
    lower_mark = mark.group("mark")[0].islower()
    known = _DOMAIN.match(rest) or _KNOWN_CREDIT.match(rest)
    if known:
        credit = known.group(0)
        slash = re.match(r"/\s*(?:" + _AGENCY_ALT + r")", rest[known.end() :], re.I)
        end = rest_start + known.end() + (slash.end() if slash else 0)
        credit = line[rest_start:end]
        return mark.start(), end, _credit_text(credit), None
    if lower_mark and not mark.group("mark").startswith("Trong"):
        return None  # "hình ảnh: …" is prose unless a known credit follows
    words = list(_WORD_RE.finditer(rest))
    if not words:
        return mark.start(), len(line), None, None

    def description() -> tuple[int, int, str | None, str | None] | None:
        end_m = _CLAUSE_END.search(rest)
        end = end_m.end() if end_m else len(rest)
        text = rest[:end].strip()
        if not text or len(text) > 250:
            return None
        name = text.rstrip(".").split()
        if len(name) <= 4 and all(w[0].isupper() for w in name) and (end_m is None or end_m.group(0)):
            return mark.start(), rest_start + end, _credit_text(text), None  # "Ảnh: Lê Hiếu." is a credit
        if not mark.group("mark").startswith("Trong"):
            # "Ảnh: Hoài Thu Cuộc họp …" may be a credit glued to a body sentence: leave it alone
            return None
        return mark.start(), rest_start + end, None, text

    first = words[0].group(0)
    if mark.group("mark").startswith("Trong") or (len(words) > 1 and words[1].group(0)[0].islower()):
        return description()
    # "Ảnh: Nguyễn Dân/TTXVN"
    for w in words[:4]:
        if re.search(r"/\s*(?:" + _AGENCY_ALT + r")(?![\w])", w.group(0), re.I):
            end = rest_start + w.end()
            return mark.start(), end, _credit_text(line[rest_start:end]), None
    # "Ảnh: VGP/Quang Hiếu Tiếp đó, …": an outlet and a photographer's two-syllable name
    slash = re.fullmatch(r"[A-ZĐ][\w.]*/([A-ZĐ]\w*)", first)
    if slash and len(words) > 2 and _VI_SYLLABLE.match(_plain(slash.group(1))):
        second = words[1].group(0)
        if second[:1].isupper() and _VI_SYLLABLE.match(_plain(second.rstrip(".,"))):
            end = rest_start + words[1].end()
            return mark.start(), end, _credit_text(line[rest_start:end]), None
    if first in _PUBLICATION_WORDS:
        return None  # "Ảnh: Thời báo X" runs into the next sentence; too unclear to cut
    if _VI_DIACRITIC.search(first) and not first.isupper():
        return description()  # "Ảnh: Ông Hoàng Nam ký văn kiện…"
    taken = [words[0]]
    if not words[0].group(0).rstrip(".").endswith((".", ",")) and not words[0].group(0).endswith("."):
        for w in words[1:4]:
            if not _credit_token(w.group(0)):
                break
            taken.append(w)
            if w.group(0).endswith("."):
                break
    if len(words) > len(taken) and words[len(taken)].group(0)[0].islower():
        return description()  # "Ảnh: Andrei Ivanov cắt băng khánh thành…"
    end = rest_start + taken[-1].end()
    credit = _credit_text(line[rest_start:end])
    lower_ok = re.fullmatch(r"[a-z][a-z0-9]{3,}", credit) and not _VI_SYLLABLE.match(credit)
    if not credit or not (credit[0].isupper() or _DOMAIN.match(credit) or lower_ok):
        return None
    return mark.start(), end, credit, None


class _Cleaner:
    def __init__(self) -> None:
        self.captions: list[Caption] = []
        self.removed: list[Removed] = []
        self._caption_keys: set[str] = set()

    def drop(self, kind: str, text: str) -> None:
        text = text.strip()
        if text:
            self.removed.append(Removed(kind=kind, text=text))

    def caption(self, cap: Caption) -> None:
        key = _squash(cap.text).casefold()
        if key in self._caption_keys:
            self.drop("caption", cap.text)
            return
        self._caption_keys.add(key)
        self.captions.append(cap)

    # -------------------------------------------------------------- line pass

    def lines(self, lines: list[str]) -> list[str]:
        kept: list[str] = []
        block: str | None = None
        block_count = 0
        for i, line in enumerate(lines):
            if not line:
                continue
            if block is not None:
                last = not any(lines[i + 1 :])
                if (
                    block_count < 15
                    and _headline_like(line)
                    and not self.line_kind(line)
                    and not (last and is_byline(line))
                ):
                    self.drop(block, line)
                    block_count += 1
                    continue
                block = None
            kind = self.line_kind(line)
            if kind is None and self._truncated_run(lines, i):
                kind = "related"
            if kind in ("related", "events"):
                self.drop(kind, line)
                if _HEADER.match(line):
                    block, block_count = kind, 0
                continue
            if kind is not None:
                self.drop(kind, line)
                continue
            cap = line_caption(line)
            if cap is not None:
                self.caption(cap)
                continue
            kept.append(line)
        return kept

    def line_kind(self, line: str) -> str | None:
        m = _HEADER.match(line)
        if m:
            rest = (m.group("rest") or "").strip()
            if not rest or _headline_like(rest):
                return "related" if m.group("related") else "events"
        if _COMMENTS.match(line):
            return "comments"
        if _PLAYER.match(line):
            return "player"
        if _SHARE.match(line):
            return "share"
        if (
            _MENU.match(line)
            or _SECTION_LINE.match(line)
            or (_BREADCRUMB.match(line) and len(line) <= 80 and not _SENTENCE_END.search(line))
        ):
            return "menu"
        if _PURE_DATELINE.match(line):
            return "dateline"
        if _CREDIT_ONLY_LINE.match(line) and line_caption("x " + line) is not None:
            return "caption"
        return None

    @staticmethod
    def _truncated_run(lines: list[str], i: int) -> bool:
        """Line ``i`` belongs to a run of two or more short lines that end in "…"."""

        def truncated(line: str) -> bool:
            return (
                bool(line)
                and len(line) <= 200
                and bool(_TRUNCATED.search(line))
                and not _QUOTE_START.match(line)
                and len(split_sentences(line)) == 1
            )

        if not truncated(lines[i]):
            return False
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j]:
                j += step
            if 0 <= j < len(lines) and truncated(lines[j]):
                return True
        return False

    # -------------------------------------------------------------- inline pass

    def inline(self, line: str) -> str:
        line = self._inline_related(line)
        line = self._inline_captions(line)
        for m in _CONTINUED.finditer(line):
            self.drop("marker", m.group(0))
        line = _CONTINUED.sub("", line)
        if _END_MARK.search(line):
            for m in _END_MARK.finditer(line):
                self.drop("marker", m.group(0))
            line = _END_MARK.sub(".", line)
        return _squash(line)

    def _inline_related(self, line: str) -> str:
        m = _INLINE_XEMTHEM.search(line)
        if m and (not m.group("rest").strip() or _headline_like(m.group("rest").strip())):
            self.drop("related", m.group(0))
            line = line[: m.start()]
        pieces = _INLINE_RELATED.split(line)
        if len(pieces) == 1:
            return line
        out = [pieces[0]]
        for piece in pieces[1:]:
            cut = self._related_piece_end(piece)
            if cut is None:
                out.append(">>> " + piece)
                continue
            self.drop("related", piece[:cut])
            out.append(piece[cut:])
        return " ".join(p.strip() for p in out if p.strip())

    @staticmethod
    def _related_piece_end(piece: str) -> int | None:
        """Where a ">>>" related headline ends inside ``piece`` (None: not a headline)."""
        m = _CREDIT_PAREN.search(piece)
        if m and m.end() <= 220:
            return m.end()
        spans = split_sentences(piece)
        if not spans:
            return 0
        first_end = spans[0][1]
        if len(spans) == 1 and len(piece) <= 220:
            return len(piece)
        if first_end <= 220 and piece[first_end - 1] not in ".!?":
            return first_end
        return first_end if first_end <= 160 else None

    def _inline_captions(self, line: str) -> str:
        for _ in range(50):
            found = _next_credit(line)
            if found is None:
                return line
            start, end, credit, description = found
            if description is not None:
                # "… Ảnh: Hai ngoại trưởng tại cuộc gặp năm 1990. …": the caption follows the marker
                self.caption(Caption(text=description, credit=credit))
                line = (line[:start].rstrip() + " " + line[end:].lstrip()).strip()
                continue
            inner = _SELF_CONTAINED.match(credit or "")
            if inner:
                # "(Ảnh: Cựu Tổng thống X. Nguồn: Reuters)": the caption is inside the brackets
                self.caption(Caption(text=inner.group("text").strip(), credit=_credit_text(inner.group("credit"))))
                line = (line[:start].rstrip() + " " + line[end:].lstrip(" .")).strip()
                continue
            prefix = line[:start].rstrip()
            spans = split_sentences(prefix)
            cap_start = spans[-1][0] if spans else len(prefix)
            colons = list(_COLON_BREAK.finditer(prefix, cap_start))
            if colons:
                cap_start = colons[-1].end()  # "… 5 vấn đề sau: <caption>": the lead-in stays in the body
            cap_text = prefix[cap_start:].strip()
            if len(cap_text) > 320:
                cap_start, cap_text = len(prefix), ""
            tail = line[end:]
            if tail.startswith("."):
                tail = tail[1:]
            if tail.startswith(" ."):
                tail = tail[2:]
            if cap_text:
                self.caption(Caption(text=cap_text, credit=credit))
            else:
                self.drop("caption", line[start:end])
            line = (prefix[:cap_start].rstrip() + " " + tail.lstrip()).strip()
        return line

    # -------------------------------------------------------------- ends

    def source_prefix(self, line: str) -> str:
        m = _SOURCE_PREFIX.match(line)
        if not m:
            return line
        label = (m.group("paren") or m.group("plain") or "").strip()
        if m.group("plain") and not ("." in label or label.upper() in _OUTLETS):
            return line
        if m.group("paren") and not (label[0].isupper() and len(label.split()) <= 3):
            return line
        self.drop("source", m.group(0))
        return line[m.end() :]

    def references(self, line: str) -> str:
        """Drop a trailing list of numbered references ("[1] http://…"), keeping what follows it."""
        m = _REFS_START.search(line)
        if not m:
            return line
        urls = list(_URL.finditer(line, m.start()))
        if not urls:
            return line
        end = urls[-1].end()
        self.drop("references", line[m.start() : end])
        return (line[: m.start()].rstrip() + " " + line[end:].lstrip()).strip()

    def _tail_kind(self, tail: str) -> str | None:
        tail = tail.strip()
        if is_byline(tail):
            return "byline"
        if _MEDIA_TAIL.match(tail) and len(tail) <= 200 and not tail.endswith("."):
            return "player"
        if _ATTRIBUTION_TAIL.match(tail) and len(tail) <= 160 and not tail.endswith("."):
            return "attribution"
        return None

    def trailing_byline(self, lines: list[str]) -> list[str]:
        while lines and self._tail_kind(lines[-1]) is not None:
            self.drop(self._tail_kind(lines[-1]) or "byline", lines.pop())
        if not lines:
            return lines
        last = self.references(lines[-1])
        for _ in range(3):
            spans = split_sentences(last)
            tail_start = spans[-1][0] if len(spans) > 1 else None
            kind = self._tail_kind(last[tail_start:]) if tail_start is not None else None
            if tail_start is not None and kind:
                self.drop(kind, last[tail_start:])
                last = last[:tail_start].rstrip()
                continue
            m = _THEO_TAIL.search(last)
            if m:
                self.drop("byline", m.group(0))
                last = last[: m.start()].rstrip()
                continue
            if tail_start is None:
                break
            # "… hết bài. Tên Tác Giả" glued to a last sentence without punctuation between
            m = re.search(r"(?<=[.!?\"”’»)])\s+(?P<tail>[^.!?\"”]{2,90})$", last)
            if m and is_byline(m.group("tail")):
                self.drop("byline", m.group("tail"))
                last = last[: m.start()].rstrip()
                continue
            break
        m = _GLUED_BYLINE.search(last)
        if m and is_byline(m.group("tail")):
            self.drop("byline", m.group("tail"))
            last = last[: m.start("tail")].rstrip()
        lines[-1] = last
        return lines


def clean_text(text: str) -> CleanResult:
    """Clean one article body.

    Parameters
    ----------
    text : str
        The body as scraped (any line structure; Unicode is normalised here).

    Returns
    -------
    CleanResult
        ``text``: paragraphs separated by a blank line, whitespace collapsed inside
        lines; ``captions``: photo captions with their credits; ``removed``: each piece
        of noise with its kind (related, events, comments, player, share, menu,
        dateline, caption, byline, marker, source).

    Examples
    --------
    >>> r = clean_text("Hai bên đã gặp nhau tại Paris.\\nBình luận (0)\\nChia sẻ Facebook")
    >>> r.text
    'Hai bên đã gặp nhau tại Paris.'
    >>> [x.kind for x in r.removed]
    ['comments', 'share']
    """
    cleaner = _Cleaner()
    lines = [_squash(ln) for ln in normalize_text(text).splitlines()]
    kept = cleaner.lines(lines)
    kept = [cleaner.inline(ln) for ln in kept]
    kept = [ln for ln in kept if ln]
    while kept and is_byline(kept[0]) and _HAS_DATE.search(kept[0]):
        cleaner.drop("byline", kept.pop(0))  # "Hồng Nhung | 08:15 08/02/2022" above the body
    if kept:
        kept[0] = cleaner.source_prefix(kept[0])
    kept = cleaner.trailing_byline([ln for ln in kept if ln])
    kept = [ln for ln in kept if ln]
    return CleanResult(text="\n\n".join(kept), captions=cleaner.captions, removed=cleaner.removed)
