"""The rules-and-knowledge layer every NER backend's output goes through.

Statistical taggers get Vietnamese news names half right: titles end up inside spans
("Tổng thống Putin"), organisation names are cut at their first lower-case syllable
("Bộ Ngoại giao Nga"), acronyms and countries get the wrong type. :func:`refine`
rebuilds the mentions of each sentence from four kinds of evidence, in this order of
trust:

1. organisation head words ("Bộ", "Hội đồng", "Ủy ban"…) with their capitalised
   continuation, which keeps a country inside ("Bộ Ngoại giao Nga" is one ORGANIZATION);
2. titles and honorifics ("Tổng thống", "Ngoại trưởng", "ông"), which never belong to a
   span but become ``Mention.role`` of the name that follows, with the country or
   organisation between them as ``Mention.affiliation``;
3. the knowledge base's gazetteer (longest match, case-checked), which also fixes types
   (countries are COUNTRY, other places LOCATION);
4. runs of capitalised syllables, typed by the context words before them, the
   backend's own tags, and finally the POS tags.

Lower-case common nouns are never entities, and the capitalised first word of a
sentence is only a name when more evidence says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graphkit.models import AnnotatedDocument, Mention, Sentence
from graphkit.nlp.segment import vietnamese_syllables, vietnamese_words
from graphkit.text import match_key

logger = logging.getLogger(__name__)

PERSON, ORG, COUNTRY, LOCATION, EVENT, MISC = "PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT", "MISC"

_SYL = re.compile(
    r"\w+(?:\.\w+)*\.(?:vn|com|net|org|gov|info)\b|\w+(?:[-‐'’]\w+)*|[^\w\s]",
    re.UNICODE,
)


def _keys(items: Iterable[str]) -> frozenset[str]:
    return frozenset(match_key(i) for i in items)


# Titles and honorifics: never inside a span; they become Mention.role.
_TITLE_BASE = (
    "tổng thống",
    "phó tổng thống",
    "thủ tướng",
    "phó thủ tướng",
    "ngoại trưởng",
    "bộ trưởng",
    "thứ trưởng",
    "quốc vụ khanh",
    "chủ tịch",
    "phó chủ tịch",
    "chủ tịch nước",
    "tổng bí thư",
    "bí thư",
    "tổng thư ký",
    "phó tổng thư ký",
    "người phát ngôn",
    "phát ngôn viên",
    "thư ký báo chí",
    "đại sứ",
    "thượng nghị sĩ",
    "hạ nghị sĩ",
    "nghị sĩ",
    "dân biểu",
    "quốc vương",
    "nhà vua",
    "vua",
    "nữ hoàng",
    "hoàng tử",
    "công chúa",
    "hoàng đế",
    "giáo hoàng",
    "đức giáo hoàng",
    "thái tử",
    "thái tử kiêm thủ tướng",
    "tướng",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đô đốc",
    "phó đô đốc",
    "chuẩn đô đốc",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "ông",
    "bà",
    "ngài",
    "tiến sĩ",
    "giáo sư",
    "người đồng cấp",
    "đồng cấp",
    "lãnh đạo",
    "nhà lãnh đạo",
    "lãnh tụ",
    "lãnh tụ tối cao",
    "giáo chủ",
    "tổng tư lệnh",
    "tư lệnh",
    "chỉ huy",
    "thủ lĩnh",
    "cố vấn",
    "cố vấn an ninh quốc gia",
    "trợ lý",
    "đặc phái viên",
    "đặc sứ",
    "đại diện",
    "đại diện cấp cao",
    "thống đốc",
    "thị trưởng",
    "chánh văn phòng",
    "giám đốc",
    "tổng giám đốc",
    "người đứng đầu",
    "ứng viên",
    "ứng cử viên",
    "nguyên thủ",
    "phu nhân",
    "đệ nhất phu nhân",
    "tỷ phú",
    "nhà báo",
    "phóng viên",
    "chuyên gia",
    "nhà phân tích",
    "luật sư",
    "thẩm phán",
    "công tố viên",
    "nghi phạm",
    "đảng viên",
    "quan chức",
    "nhà ngoại giao",
    "tổng chỉ huy",
    "tổng tham mưu trưởng",
    "tham mưu trưởng",
    "chủ nhiệm",
    "viện trưởng",
    "trưởng đoàn",
    "trưởng ban",
    "trưởng nhóm",
    "bộ trưởng tư pháp",
    "tổng chưởng lý",
    "người sáng lập",
    "nhà sáng lập",
    "thủ hiến",
    "tổng đốc",
    "toàn quyền",
    "thủ tướng chính phủ",
    "cố vấn nhà nước",
    "nhà khoa học",
    "nhà nghiên cứu",
    "học giả",
    "nhà hoạt động",
    "tác giả",
    "nhà văn",
    "bác sĩ",
    "cầu thủ",
    "huấn luyện viên",
    "ca sĩ",
    "diễn viên",
    "doanh nhân",
    "chính trị gia",
    "chính khách",
    "nhà sử học",
    "nhà kinh tế",
    "binh sĩ",
    "người dân",
    "thủ lĩnh đối lập",
    "lãnh đạo đối lập",
    "nhà lãnh đạo đối lập",
    "tổng biên tập",
    "anh",
    "chị",
    "cô",
    "em",
    "cậu",
    "thượng phụ",
    "hồng y",
    "tổng giám mục",
    "thân vương",
    "nhật hoàng",
    "hoàng hậu",
    "thái hậu",
    "công nương",
    "hoàng thân",
    "trùm",
    "trùm ma túy",
    "ủy viên",
    "ủy viên cấp cao",
    "tổng cục trưởng",
    "cục trưởng",
    "giám đốc điều hành",
    "chủ tịch kiêm tổng giám đốc",
    "thư ký",
    "lãnh đạo phe đa số",
    "lãnh đạo phe thiểu số",
    "cao ủy",
    "cao uỷ",
    "cao ủy nhân quyền",
    "cao ủy tị nạn",
)
_TITLE_DOMAINS = (
    "ngoại giao",
    "quốc phòng",
    "tài chính",
    "nội vụ",
    "tư pháp",
    "thương mại",
    "năng lượng",
    "kinh tế",
    "an ninh",
    "an ninh nội địa",
    "y tế",
    "giáo dục",
    "công an",
    "ngoại thương",
    "đối ngoại",
    "môi trường",
    "giao thông",
    "công nghiệp",
    "nông nghiệp",
    "lao động",
    "văn hóa",
    "thông tin",
    "kế hoạch và đầu tư",
    "các vấn đề đối ngoại",
    "chiến tranh",
    "quốc phòng và an ninh",
)
_TITLE_PREFIXES = ("cựu", "tân", "phó", "quyền", "nguyên", "đương kim", "cố", "ngài")
_TITLE_SUFFIXES = ("đắc cử", "mãn nhiệm", "sắp mãn nhiệm", "tạm quyền", "lâm thời", "thường trực")


def _title_forms() -> frozenset[str]:
    forms = set(_TITLE_BASE)
    for head in ("bộ trưởng", "thứ trưởng", "phó thủ tướng"):
        for dom in _TITLE_DOMAINS:
            forms.add(f"{head} {dom}")
    for form in list(forms):
        for suffix in _TITLE_SUFFIXES:
            forms.add(f"{form} {suffix}")
    # the older spelling "sỹ" of "sĩ" (thượng nghị sỹ, tiến sỹ)
    forms |= {f.replace("sĩ", "sỹ") for f in forms if "sĩ" in f}
    forms |= {"tt", "tbt", "gs", "ts", "pgs", "ths", "bs", "đs", "ttg"}
    return _keys(forms)


TITLES: frozenset[str] = _title_forms()
"""Match keys of every title or honorific (without the "cựu"/"tân" prefixes)."""
_TITLE_PREFIX_KEYS = _keys(_TITLE_PREFIXES)
_HONORIFICS = _keys(("ông", "bà", "ngài", "đức", "cố", "anh", "chị", "cô", "em", "cậu"))
# Honorifics that are titles only in lower case ("Anh" is the United Kingdom).
_LOWER_ONLY_HONORIFICS = _keys(("anh", "chị", "cô", "em", "cậu"))
# Common surnames: a capitalised run of 3+ syllables starting with one is a person.
_SURNAMES = _keys(
    (
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
        "trương",
        "đinh",
        "lương",
        "tô",
        "tập",
        "kim",
        "moon",
        "park",
        "lee",
        "tôn",
        "mai",
        "trịnh",
        "đoàn",
        "vương",
        "lưu",
    )
)
_DIRECTIONS = _keys(("đông", "tây", "nam", "bắc", "trung", "đông bắc", "đông nam", "tây bắc", "tây nam"))
_DIRECTION_CUES = _keys(("miền", "phía", "vùng", "hướng", "mạn", "phương"))
# Capitalised only because they start a sentence or a caption: never part of a name.
_FUNCTION_WORDS = _keys(
    (
        "theo",
        "trong",
        "về",
        "khi",
        "sau",
        "trước",
        "tại",
        "ở",
        "với",
        "và",
        "của",
        "từ",
        "đến",
        "nhưng",
        "tuy",
        "nếu",
        "dù",
        "mặc",
        "bởi",
        "do",
        "vì",
        "cho",
        "các",
        "những",
        "một",
        "đây",
        "đó",
        "này",
        "trên",
        "dưới",
        "giữa",
        "ngoài",
        "hôm",
        "ngày",
        "tháng",
        "năm",
        "lúc",
        "còn",
        "cũng",
        "đã",
        "sẽ",
        "đang",
        "hiện",
        "không",
        "chưa",
        "tất",
        "mọi",
        "nhiều",
        "ít",
        "thế",
        "như",
        "bên",
        "qua",
        "tới",
        "đối",
        "hơn",
        "ngay",
        "chỉ",
        "riêng",
        "đồng",
        "phía",
        "nhà",
        "nhằm",
        "việc",
        "để",
        "vào",
        "nhờ",
        "bất chấp",
        "thay vì",
        "kể",
        "tuy nhiên",
        "mặc dù",
        "ngoài ra",
        "cả",
        "toàn",
        "hầu hết",
        "gần",
        "hầu",
    )
)
_PLACE_CUE_LEX_KEYS = _keys(("bang", "thành phố", "tỉnh", "vùng", "khu vực", "thủ đô", "đảo", "thị trấn", "quận"))
_NAME_SUFFIXES = _keys(("jr", "sr", "ii", "iii", "iv"))
_NON_ENTITY_ACRONYMS = _keys(
    (
        "usd",
        "eur",
        "vnd",
        "gdp",
        "gnp",
        "cpi",
        "ceo",
        "cfo",
        "uav",
        "tv",
        "ok",
        "km",
        "kg",
        "mw",
        "gw",
        "kwh",
        "pdf",
        "sms",
        "ai",
        "it",
        "vip",
        "covid",
        "tp",
        "tx",
        "icbm",
        "slbm",
        "irbm",
        "gps",
        "dna",
        "atm",
    )
)
_WEEKDAY_PREFIX = _keys(("thứ",))
_WEEKDAYS = _keys(("hai", "ba", "tư", "năm", "sáu", "bảy"))
_COORD = _keys(("và", ",", "hay", "hoặc", "cùng", "với"))
_SPEECH = _keys(
    (
        "nói",
        "cho biết",
        "khẳng định",
        "tuyên bố",
        "nhận định",
        "nhấn mạnh",
        "viết",
        "phát biểu",
        "chia sẻ",
        "bày tỏ",
        "cho rằng",
        "thừa nhận",
        "giải thích",
        "tiết lộ",
        "trả lời",
        "nhận xét",
        "bình luận",
    )
)

# Organisation head words: with a capitalised continuation they open an ORGANIZATION.
_ORG_HEADS = _keys(
    (
        "bộ",
        "tổ chức",
        "hội đồng",
        "liên minh",
        "quốc hội",
        "ủy ban",
        "uỷ ban",
        "ngân hàng",
        "đảng",
        "quân đội",
        "thượng viện",
        "hạ viện",
        "nghị viện",
        "tòa án",
        "toà án",
        "cơ quan",
        "hãng",
        "hãng tin",
        "tập đoàn",
        "viện",
        "trung tâm",
        "văn phòng",
        "lực lượng",
        "quỹ",
        "công ty",
        "hiệp hội",
        "mặt trận",
        "phong trào",
        "nhóm",
        "hội",
        "thông tấn xã",
        "đài",
        "đài truyền hình",
        "báo",
        "tờ",
        "trường",
        "đại học",
        "học viện",
        "cục",
        "tổng cục",
        "ban",
        "bộ tư lệnh",
        "bộ tổng tham mưu",
        "hạm đội",
        "sư đoàn",
        "lữ đoàn",
        "tiểu đoàn",
        "trung đoàn",
        "quân đoàn",
        "hải quân",
        "không quân",
        "lục quân",
        "quân khu",
        "chính phủ",
        "nội các",
        "đại sứ quán",
        "tòa đại sứ",
        "lãnh sự quán",
        "tổng lãnh sự quán",
        "phái đoàn",
        "cộng đồng",
        "khối",
        "liên đoàn",
        "diễn đàn",
        "sở",
        "cảnh sát",
        "tòa thị chính",
        "điện",
        "nhà nước",
        "quân",
        "phòng",
        "lực lượng vũ trang",
        "đại hội",
        "cao ủy",
        "ủy hội",
        "đại lễ đường",
        "tổng lãnh sự quán",
        "phủ",
        "bảo tàng",
        "trung ương đảng",
        "bộ chính trị",
        "ban bí thư",
        "hãng thông tấn",
        "hãng hàng không",
        "ủy ban châu âu",
        "cơ quan tình báo",
        "hiệp hội các quốc gia",
        "tổ chức hiệp ước",
        "kênh",
        "kênh truyền hình",
        "tạp chí",
        "nhật báo",
        "tuần báo",
        "trang tin",
    )
)
# Heads that open an organisation name even in lower case ("bộ Quốc phòng Nga"), before a
# capitalised Vietnamese word.
_LOWER_ORG_HEADS = _keys(("bộ", "ủy ban", "uỷ ban", "bộ tư lệnh", "văn phòng", "hội đồng", "tòa án", "toà án"))
# Lower-case words that some sites keep inside an organisation name before its capitalised rest.
_ORG_INNER_WORDS = _keys(
    (
        "quốc gia",
        "lập pháp",
        "hành pháp",
        "tư pháp",
        "vũ trang",
        "dân chủ",
        "nhân dân",
        "người",
        "vùng",
        "tối cao",
        "liên bang",
        "quốc tế",
        "trung ương",
        "cách mạng",
        "hồi giáo",
        "thống nhất",
        "giải phóng",
        "an ninh",
        "quốc phòng",
        "tự do",
        "xã hội",
        "cộng sản",
        "hồi giáo",
        "dân tộc",
        "tình báo",
        "đặc biệt",
        "phía",
    )
)
# Words for a kind of outlet that never belong to the outlet's name ("hãng thông tấn Tân Hoa xã").
_OUTLET_HEADS = _keys(("tờ", "tạp chí", "hãng tin", "hãng thông tấn", "kênh", "kênh truyền hình"))
_MEDIA_HEADS = _keys(
    ("tờ", "báo", "đài", "kênh", "kênh truyền hình", "tạp chí", "nhật báo", "tuần báo", "hãng tin", "trang tin")
)
# Capitalised org names that stand alone without a continuation.
# Generic heads that stay outside a foreign name or an acronym: "tập đoàn ByteDance",
# "Hội nghị thượng đỉnh BRICS", "Hiệp định RCEP".
_GENERIC_HEADS = _keys(
    (
        "công ty",
        "tập đoàn",
        "hãng",
        "hãng tin",
        "hãng thông tấn",
        "hãng hàng không",
        "nhóm",
        "đảng",
        "lực lượng",
        "phong trào",
        "tờ",
        "báo",
        "đài",
        "ngân hàng",
        "quỹ",
        "hội nghị",
        "hiệp định",
        "hiệp ước",
        "thỏa thuận",
        "thoả thuận",
        "chiến dịch",
        "kế hoạch",
        "sáng kiến",
        "giải",
        "diễn tập",
        "cuộc tập trận",
        "liên minh",
        "khối",
        "mạng",
        "bão",
        "siêu bão",
        "tàu",
        "tàu sân bay",
        "tàu chở hàng",
        "tàu chở dầu",
        "tàu tuần dương",
        "thành phố",
        "eo biển",
        "đảo",
        "bảo tàng",
        "tổ chức",
        "kênh",
        "kênh truyền hình",
        "tạp chí",
        "nhật báo",
        "tuần báo",
        "trang tin",
    )
)
_ORG_STANDALONE = _keys(
    (
        "quốc hội",
        "thượng viện",
        "hạ viện",
        "nghị viện",
        "quốc vụ viện",
        "nội các",
        "điện kremlin",
        "chính phủ",
        "trung ương đảng",
        "bộ chính trị",
        "ban bí thư",
    )
)
# Heads that are ordinary nouns at the start of a sentence followed by a mere country name.
_WEAK_HEADS = _keys(
    (
        "lực lượng",
        "quân đội",
        "chính phủ",
        "quân",
        "hãng",
        "cơ quan",
        "báo",
        "tờ",
        "nhóm",
        "cộng đồng",
        "khối",
        "phái đoàn",
        "cảnh sát",
        "hải quân",
        "không quân",
        "lục quân",
        "nhà nước",
        "đài",
        "trường",
        "sở",
        "tình báo",
        "ban",
        "hội",
        "điện",
        "phòng",
    )
)
# Heads whose names may contain those lower-case words (not generic ones: "ngân hàng trung ương Nhật Bản").
_INNER_HEADS = (_ORG_HEADS - _GENERIC_HEADS - _WEAK_HEADS) | _keys(("liên minh",))
# Heads that are a title unless a topic follows ("Cao ủy Liên Hợp Quốc về Người tị nạn" is the agency).
_TITLE_HEADS = _keys(("cao ủy", "cao uỷ"))
# Heads dropped before a country in a KB alias ("Quân đội Nga" → "Nga").
_STRIP_HEADS = _keys(("quân đội", "lực lượng", "chính phủ", "quân", "hải quân", "không quân", "lục quân"))
# Event heads: "Hội nghị thượng đỉnh G20", "Diễn đàn Kinh tế Thế giới" stays ORG.
_EVENT_HEADS = _keys(("hội nghị", "chiến dịch", "chiến tranh", "đối thoại", "thế vận hội", "diễn tập", "cuộc tập trận"))
_MISC_HEADS = _keys(
    (
        "hiệp ước",
        "hiệp định",
        "công ước",
        "nghị quyết",
        "hiến chương",
        "hiến pháp",
        "luật",
        "đạo luật",
        "thỏa thuận",
        "thoả thuận",
        "tuyên bố chung",
        "sáng kiến",
        "kế hoạch",
        "bức tường",
        "giải",
        "bão",
        "siêu bão",
        "tàu",
        "tàu sân bay",
        "tàu chở hàng",
        "tàu chở dầu",
        "tàu tuần dương",
    )
)
# Heads of state names: "Cộng hòa Liên bang Đức", "Vương quốc Anh".
_LOC_HEADS = _keys(
    (
        "cộng hòa",
        "cộng hoà",
        "liên bang",
        "vương quốc",
        "tiểu vương quốc",
        "đế chế",
        "quần đảo",
        "bán đảo",
        "biển",
        "mũi",
        "bờ biển",
        "vịnh",
        "eo biển",
        "hồ",
        "sông",
        "núi",
        "đảo",
        "dãy",
        "cao nguyên",
        "sa mạc",
        "thành phố",
        "quảng trường",
        "cao nguyên",
        "hợp chúng quốc",
    )
)

# Words before a capitalised run that say what it is.
_LOC_CUES = _keys(
    (
        "thành phố",
        "thủ đô",
        "tỉnh",
        "thị trấn",
        "làng",
        "khu vực",
        "vùng",
        "bang",
        "đảo",
        "quần đảo",
        "sông",
        "biển",
        "vịnh",
        "eo biển",
        "bán đảo",
        "miền",
        "thị xã",
        "quận",
        "huyện",
        "xã",
        "phường",
        "căn cứ",
        "sân bay",
        "cảng",
        "núi",
        "hồ",
        "đường",
        "phố",
        "quảng trường",
        "cao nguyên",
        "sa mạc",
        "khu",
        "vùng lãnh thổ",
        "nước",
        "tại",
        "ở",
        "đến",
        "tới",
        "từ",
        "thăm",
        "về",
        "sang",
        "khỏi",
    )
)
_ORG_CUES = _keys(
    (
        "hãng tin",
        "hãng thông tấn",
        "thông tấn xã",
        "kênh",
        "tờ",
        "báo",
        "tạp chí",
        "trang",
        "trang tin",
        "đài",
        "mạng",
        "công ty",
        "tập đoàn",
        "hãng",
        "nhóm",
        "tổ chức",
        "phong trào",
        "đảng",
        "lực lượng",
        "liên minh",
        "khối",
        "phiến quân",
        "nhóm phiến quân",
        "tổ chức khủng bố",
        "mạng lưới",
        "hãng hàng không",
        "trường",
        "đh",
        "đại học",
        "viện",
        "học viện",
        "chuyên san",
        "nhật báo",
        "tuần báo",
        "tạp chí",
        "hãng",
    )
)
_PER_CUES = _keys(("nói", "cho biết", "tuyên bố", "khẳng định", "nhấn mạnh"))
_MISC_CUES = _keys(
    (
        "hiệp ước",
        "hiệp định",
        "thỏa thuận",
        "thoả thuận",
        "công ước",
        "nghị quyết",
        "chiến dịch",
        "kế hoạch",
        "dự án",
        "xe tăng",
        "tên lửa",
        "pháo",
        "pháo tự hành",
        "hệ thống",
        "hệ thống phòng không",
        "hệ thống tên lửa",
        "tiêm kích",
        "máy bay",
        "máy bay chiến đấu",
        "máy bay không người lái",
        "tàu",
        "tàu sân bay",
        "tàu tuần dương",
        "tàu ngầm",
        "tàu chiến",
        "khu trục hạm",
        "đường ống",
        "bão",
        "siêu bão",
        "chương trình",
        "gói",
        "gói trừng phạt",
        "cuộc tập trận",
        "tập trận",
        "sách",
        "kinh",
        "đạo luật",
        "định dạng",
        "mang tên",
        "lớp",
        "chống hạm",
        "chiến đấu cơ",
        "ứng dụng",
        "mạng xã hội",
        "nền tảng",
        "vệ tinh",
        "tàu chở dầu",
        "tàu hàng",
        "tàu khu trục",
        "chiếc",
        "nhãn hiệu",
        "thương hiệu",
        "dòng xe",
        "mẫu xe",
        "dòng",
        "phim",
        "bộ phim",
    )
)

# Lower-case particles inside foreign person names.
_NAME_PARTICLES = frozenset(("al", "el", "bin", "ibn", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le"))
_HYPHEN_PARTICLES = frozenset(("al", "el", "bin", "ibn", "abu"))
_HYPHENS = frozenset("-‐–")
_PAIR_DASHES = frozenset("-‐–—")
# Lower-case first syllables allowed to start a gazetteer name ("châu Âu", "miền Trung").
_LOWER_GAZ_PREFIXES = _keys(("châu", "biển", "bán đảo", "vịnh", "eo biển", "quần đảo", "đảo", "miền", "vùng"))
# Capitalised words that alone are never a name (sentence-initial common nouns, months…).
_NEVER_ALONE = _keys(
    (
        "tháng",
        "thứ",
        "chủ nhật",
        "ngày",
        "năm",
        "theo",
        "trong",
        "khi",
        "sau",
        "trước",
        "tuy nhiên",
        "ngoài ra",
        "đồng thời",
        "bên cạnh",
        "nhà nước",
        "chính phủ",
        "đảng",
        "nhà",
        "người",
        "điều",
        "việc",
        "các",
        "những",
        "một",
        "hai",
        "ba",
        "đây",
        "đó",
        "này",
        "tin",
        "ảnh",
        "video",
        "clip",
        "nguồn",
    )
)
# Common nouns that start KB aliases ("Lao động Triều Tiên" is a newspaper) but, capitalised only
# by their position before a country, mean the country's workers or people.
_COMMON_ALIAS_WORDS = _keys(("lao động", "nhân dân", "người dân", "công nhân", "người lao động", "dân chúng"))
# "Ảnh: Minh Hà": the author credited after these words is no entity of the article.
_CREDIT_WORDS = _keys(("ảnh", "video", "clip", "đồ họa", "đồ hoạ", "minh họa", "minh hoạ", "bài", "thực hiện"))
# Short forms of country names used only in compounds ("Mỹ - Triều", "liên Triều"): not names alone.
_COMPOUND_SHORT_FORMS = _keys(("triều",))
# Single ambiguous syllables that are also common words: sentence-initially a name only if tagged.
_AMBIGUOUS_INITIAL = _keys(("anh", "đức", "ý", "nam", "bắc", "đông", "tây", "hà", "tân", "mỹ", "chị", "em", "tàu"))

SPLIT_FIRST_WORD = False
SINGLE_PER: str | None = ORG
# Model numbers of weapons and products (M109A6, MQ9, COP28), not groups such as G7 or P5.
_MODEL_NUMBER = re.compile(r"(?![GP]\d+$)[A-Z]{1,4}\d+[A-Z0-9]*")
# POS tags of proper nouns: VLSP (underthesea, Stanza xpos) and Universal Dependencies.
_PROPER_POS = frozenset({"Np", "NNP", "PROPN"})
_BACKEND_TYPES = {
    "PER": PERSON,
    "PERSON": PERSON,
    "LOC": LOCATION,
    "LOCATION": LOCATION,
    "GPE": LOCATION,
    "ORG": ORG,
    "ORGANIZATION": ORG,
    "MISC": MISC,
    "COUNTRY": COUNTRY,
    "EVENT": EVENT,
}


@lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return match_key(text)


@dataclass(slots=True)
class _Unit:
    text: str
    start: int
    end: int
    key: str
    word: int
    word_start: bool
    word_end: bool
    cap: bool
    acro: bool
    alpha: bool
    pos: str | None
    lower_word: bool = False


@dataclass(slots=True)
class _Span:
    i: int
    j: int  # exclusive
    type: str
    source: str
    role: str | None = None
    affiliation: str | None = None
    kb_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _is_cap(s: str) -> bool:
    if s[:1].isupper():
        return True
    head, sep, rest = s.partition("-")
    return bool(sep) and head in _NAME_PARTICLES and rest[:1].isupper()


def _is_acro(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(s) >= 2 and bool(letters) and all(c.isupper() for c in letters) and (len(letters) >= 2 or s[0].isalpha())


def _pieces(text: str, offset: int) -> Iterable[tuple[int, int, str]]:
    """Syllables with offsets; "Mỹ-EU" and "Jean-Noël" split at a hyphen before a capital."""
    for m in _SYL.finditer(text):
        piece = m.group(0)
        start = m.start() + offset
        if "-" not in piece and "‐" not in piece:
            yield start, start + len(piece), piece
            continue
        parts = re.split(r"([-‐])", piece)
        cur, cur_start, pos = parts[0], start, start + len(parts[0])
        for k in range(1, len(parts), 2):
            hyphen, nxt = parts[k], parts[k + 1]
            if nxt[:1].isupper() and not (cur.islower() and cur.lower() in _NAME_PARTICLES):
                yield cur_start, cur_start + len(cur), cur
                yield pos, pos + 1, hyphen
                cur, cur_start = nxt, pos + 1
            else:
                cur += hyphen + nxt
            pos += 1 + len(nxt)
        yield cur_start, cur_start + len(cur), cur


def _units(text: str, sentence: Sentence, offset: int) -> list[_Unit]:
    """Syllables of a sentence, with the word (token) each belongs to."""
    tokens = sentence.tokens
    bounds = [(t.start, t.end, t.pos) for t in tokens]
    units: list[_Unit] = []
    ti = 0
    for s, e, piece in _pieces(sentence.text, offset):
        while ti < len(bounds) and bounds[ti][1] <= s:
            ti += 1
        if ti < len(bounds) and bounds[ti][0] <= s < bounds[ti][1]:
            word, pos = ti, bounds[ti][2]
            ws, we = s == bounds[ti][0], e >= bounds[ti][1]
        else:
            word, pos, ws, we = -1 - len(units), None, True, True
        alpha = piece[0].isalnum()
        units.append(
            _Unit(
                text=piece,
                start=s,
                end=e,
                key=_key(piece),
                word=word,
                word_start=ws,
                word_end=we,
                cap=alpha and _is_cap(piece),
                acro=alpha and _is_acro(piece),
                alpha=alpha,
                pos=pos,
            )
        )
    # A unit that starts mid-token but the token's earlier part was not alphanumeric
    # (e.g. "(NATO" glued) still counts as a word start.
    for k in range(1, len(units)):
        if not units[k - 1].alpha and units[k].word == units[k - 1].word:
            units[k].word_start = True
            units[k - 1].word_end = True
    viet = vietnamese_syllables()
    words = vietnamese_words()
    for k in range(len(units) - 1):
        x = units[k]
        if x.key not in viet or not x.cap:
            continue
        tail = []
        prev = x
        for nxt in units[k + 1 : k + 4]:
            if not nxt.alpha or nxt.cap or nxt.acro or nxt.text.isdigit() or nxt.start - prev.end > 1:
                break
            prev = nxt
            if nxt.text in _NAME_PARTICLES:
                break
            tail.append(nxt.key)
        # a capitalised common word ("Hội nghị"), not a name glued to a verb ("Cửu thăm")
        x.lower_word = bool(tail) and any(" ".join([x.key, *tail[:n]]) in words for n in range(1, len(tail) + 1))
    return units


class _Lexicon:
    """Multi-syllable lookup by match key with longest match."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = frozenset(keys)
        self.max_len = max((k.count(" ") + 1 for k in self.keys), default=1)

    def longest(self, units: Sequence[_Unit], i: int, word_aligned: bool = True) -> int:
        """Length of the longest entry starting at unit ``i`` (0 when none)."""
        if not units[i].alpha or (word_aligned and not units[i].word_start):
            return 0
        best = 0
        parts: list[str] = []
        for n in range(1, min(self.max_len, len(units) - i) + 1):
            u = units[i + n - 1]
            if not u.alpha:
                break
            parts.append(u.key)
            if " ".join(parts) in self.keys and (not word_aligned or u.word_end):
                best = n
        return best


_TITLE_LEX = _Lexicon(TITLES | _TITLE_PREFIX_KEYS)
_ORG_HEAD_LEX = _Lexicon(_ORG_HEADS)
_ORG_INNER_LEX = _Lexicon(_ORG_INNER_WORDS)
_LOWER_ORG_HEAD_LEX = _Lexicon(_LOWER_ORG_HEADS)
_EVENT_HEAD_LEX = _Lexicon(_EVENT_HEADS)
_MISC_HEAD_LEX = _Lexicon(_MISC_HEADS)
_LOC_HEAD_LEX = _Lexicon(_LOC_HEADS)
_SPEECH_LEX = _Lexicon(_SPEECH)
_PLACE_CUE_LEX = _Lexicon(_PLACE_CUE_LEX_KEYS)
_HEAD_LEXICONS = ((_ORG_HEAD_LEX, ORG), (_EVENT_HEAD_LEX, EVENT), (_MISC_HEAD_LEX, MISC), (_LOC_HEAD_LEX, LOCATION))
_LOC_CUE_LEX = _Lexicon(_LOC_CUES)
_ORG_CUE_LEX = _Lexicon(_ORG_CUES)
_MISC_CUE_LEX = _Lexicon(_MISC_CUES)


class Gazetteer:
    """Longest-match scanner over the knowledge base's aliases.

    Parameters
    ----------
    index : mapping of str to list
        Match key of an alias → KB entries (with ``.type``, ``.kb_id``, ``.name``), as
        returned by ``KnowledgeBase.gazetteer()``.
    ambiguous : mapping of str to list, optional
        Extra aliases that are only names after a title or honorific.
    compound : mapping of str to list, optional
        Short forms that are names only inside a dash-joined pair ("Triều" in "Mỹ - Triều").
    """

    def __init__(
        self,
        index: Mapping[str, Sequence[Any]],
        ambiguous: Mapping[str, Sequence[Any]] | None = None,
        compound: Mapping[str, Sequence[Any]] | None = None,
    ):
        self.index = dict(index)
        self.compound = {k: list(v) for k, v in (compound or {}).items()}
        self.ambiguous = {k: v for k, v in (ambiguous or {}).items() if k not in self.index}
        keys = list(self.index) + list(self.ambiguous)
        pieces = [[p for _, _, p in _pieces(k, 0)] for k in keys]
        self.max_len = max((len(p) for p in pieces), default=1)
        self.prefixes: frozenset[str] = frozenset(_key(p[0]) for p in pieces if p)

    def match(self, units: Sequence[_Unit], i: int, after_title: bool = False) -> tuple[int, list[Any]]:
        """Longest alias starting at unit ``i``: its length in units and its entries.

        Ambiguous aliases count after a title, and mid-sentence for countries and places.
        """
        if not units[i].alpha or units[i].key not in self.prefixes:
            return 0, []
        i_is_first = not after_title and not any(u.alpha for u in units[:i])
        best, entries = 0, []
        key = ""
        after_hyphen = False
        for n in range(1, min(self.max_len, len(units) - i) + 1):
            u = units[i + n - 1]
            glued = n > 1 and u.start == units[i + n - 2].end
            if not u.alpha:
                spaced = (
                    n > 1
                    and u.text in _HYPHENS
                    and i + n < len(units)
                    and units[i + n].alpha
                    and not units[i + n].cap
                    and units[i + n].text.isascii()
                )
                if not (glued and u.text in "-‐'’.") and not spaced:
                    break
                key += u.text if glued else "-"
                after_hyphen = spaced
                continue
            key += u.key if (glued or n == 1 or after_hyphen) else " " + u.key
            after_hyphen = False
            found = self.index.get(key)
            if found is None and (after_title or not i_is_first):
                found = self.ambiguous.get(key)
                if found and not after_title:
                    found = [e for e in found if str(getattr(e, "type", "")) in (COUNTRY, LOCATION)] or None
            if found:
                best, entries = n, list(found)
        if best and not _case_ok(units[i : i + best]):
            return 0, []
        if best and i + best < len(units) and units[i + best].word == units[i + best - 1].word:
            # the alias ends inside a word ("Mỹ tin" glued by the segmenter): fine mid-sentence,
            # but a capitalised first word of a sentence may be a common noun ("Pháp luật")
            nxt = units[i + best]
            first = not any(u.alpha for u in units[:i])
            if best == 1 and not (nxt.cap or nxt.acro) and first and units[i].key in vietnamese_syllables():
                return 0, []
        return best, entries


def _case_ok(span: Sequence[_Unit]) -> bool:
    first = span[0]
    if first.cap or first.acro:
        return True
    return first.key in _LOWER_GAZ_PREFIXES and len(span) > 1 and any(u.cap for u in span[1:])


def _kb_type(entries: Sequence[Any]) -> str | None:
    types = [str(getattr(e, "type", "")) for e in entries]
    for t in (COUNTRY, ORG, PERSON, LOCATION, EVENT, MISC):
        if t in types:
            return t
    return None


def _kb_id(entries: Sequence[Any]) -> str | None:
    ids = {getattr(e, "kb_id", None) for e in entries}
    ids.discard(None)
    return ids.pop() if len(ids) == 1 else None


_GAZETTEERS: dict[int, tuple[Any, Gazetteer]] = {}


def gazetteer_for(kb: Any) -> Gazetteer:
    """The (cached) gazetteer of a knowledge base object."""
    cached = _GAZETTEERS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    index = kb.gazetteer()
    ambiguous: dict[str, list[Any]] = {}
    try:
        full = kb.gazetteer(include_ambiguous=True)
        ambiguous = {k: v for k, v in full.items() if k not in index}
    except TypeError:
        pass
    compound = kb.compound_forms() if hasattr(kb, "compound_forms") else {}
    gaz = Gazetteer(index, ambiguous, compound)
    if len(_GAZETTEERS) > 8:
        _GAZETTEERS.clear()
    _GAZETTEERS[id(kb)] = (kb, gaz)
    return gaz


_DEFAULT_KB: list[Any] = []


def default_kb() -> Any | None:
    """The packaged knowledge base from :mod:`graphkit.linking.kb`, or ``None``."""
    if not _DEFAULT_KB:
        try:
            from graphkit.linking.kb import load_kb

            _DEFAULT_KB.append(load_kb())
        except Exception as exc:  # noqa: BLE001 - rules still work without a KB
            logger.warning("knowledge base not available for NER (%s); continuing without gazetteer", exc)
            _DEFAULT_KB.append(None)
    return _DEFAULT_KB[0]


def _name_unit(u: _Unit) -> bool:
    """A syllable that can be part of a proper name: capitalised, not in a lower-case word."""
    return (
        u.alpha
        and (u.cap or u.acro)
        and not u.text.isdigit()
        and not u.lower_word
        and not (u.key in _FUNCTION_WORDS and u.pos not in _PROPER_POS)
    )


def _cap_unit(u: _Unit) -> bool:
    return u.alpha and (u.cap or u.acro) and not u.text.isdigit()


class _SentenceRules:
    def __init__(self, units: list[_Unit], gaz: Gazetteer | None, backend: list[Mention]):
        self.u = units
        self.n = len(units)
        self.gaz = gaz
        self.backend = backend
        self.backend_starts = {m.start for m in backend}
        self.backend_ends = {m.end for m in backend}
        self.spans: list[_Span] = []
        self.first_alpha = next((k for k, x in enumerate(units) if x.alpha), 0)
        self._title_cache: dict[int, int] = {}
        self._gaz_cache: dict[tuple[int, bool], tuple[int, list[Any]]] = {}
        self._place_at = -1

    # ------------------------------------------------------------------ helpers
    def _cap_word_at(self, k: int) -> int:
        """End of a capitalised word starting at ``k`` (its lower-case syllables included), or ``k``."""
        if k >= self.n or not _cap_unit(self.u[k]):
            return k
        end = k + 1
        foreign = self.u[k].key not in vietnamese_syllables()
        while end < self.n and self.u[end].word == self.u[k].word and self.u[end].alpha and self.u[end].word >= 0:
            if (foreign and not _cap_unit(self.u[end])) or (_cap_unit(self.u[end]) and not self.u[end - 1].cap):
                break
            end += 1
        if end == k + 1 and end < self.n and self.u[end].alpha and not _cap_unit(self.u[end]):
            # the segmenter split a capitalised word ("Cấp | cao"): rejoin dictionary words
            words = vietnamese_words()
            for n in (3, 2):
                tail = self.u[k + 1 : k + n]
                if (
                    k + n <= self.n
                    and all(x.alpha and not _cap_unit(x) for x in tail)
                    and " ".join(x.key for x in self.u[k : k + n]) in words
                ):
                    return k + n
        return end

    def _backend_type(self, i: int, j: int) -> str | None:
        s, e = self.u[i].start, self.u[j - 1].end
        best, best_overlap = None, 0
        for m in self.backend:
            overlap = min(e, m.end) - max(s, m.start)
            if overlap > best_overlap:
                best, best_overlap = _BACKEND_TYPES.get(str(m.type)), overlap
        return best

    def _gaz(self, i: int, after_title: bool = False) -> tuple[int, list[Any]]:
        if self.gaz is None:
            return 0, []
        cached = self._gaz_cache.get((i, after_title))
        if cached is not None:
            return cached
        n, entries = self.gaz.match(self.u, i, after_title)
        ambiguous_initial = n == 1 and i == self.first_alpha and self.u[i].key in _AMBIGUOUS_INITIAL
        if ambiguous_initial and not after_title and self._backend_type(i, i + 1) is None and not self._listed(i):
            n, entries = 0, []
        if n and i > 0 and self.u[i - 1].key in _WEEKDAY_PREFIX and self.u[i].key in _WEEKDAYS:
            n, entries = 0, []
        if n > 2 and i == self.first_alpha and self._common_word_and_country(i, n):
            n, entries = 0, []
        self._gaz_cache[(i, after_title)] = (n, entries)
        return n, entries

    def _common_word_and_country(self, i: int, n: int) -> bool:
        """A first word capitalised only by position, then a country: "Lao động Triều Tiên" (workers)."""
        u = self.u
        for w in (3, 2, 1):
            words = u[i : i + w]
            if (
                i + w < self.n
                and " ".join(x.key for x in words) in _COMMON_ALIAS_WORDS
                and not any(x.cap for x in words[1:])
            ):
                g, entries = self.gaz.match(u, i + w) if self.gaz is not None else (0, [])
                return g == n - w and _kb_type(entries) == COUNTRY
        return False

    def _listed(self, i: int) -> bool:
        """ "Anh, Pháp và Đức": a name followed by a list of KB countries."""
        k = i + 1
        if k + 1 < self.n and self.u[k].key in _COORD and self.gaz is not None:
            g, entries = self.gaz.match(self.u, k + 1)
            return bool(g) and _kb_type(entries) == COUNTRY
        return False

    def _title(self, i: int) -> int:
        """Length of a title (with prefixes such as "cựu") at ``i``."""
        cached = self._title_cache.get(i)
        if cached is not None:
            return cached
        k = i
        while k < self.n:
            n = _TITLE_LEX.longest(self.u, k, word_aligned=False)
            if not n or (k == i and not self.u[k].word_start):
                break
            nxt = k + n
            mid_word = nxt < self.n and self.u[nxt].word == self.u[nxt - 1].word and not _cap_unit(self.u[nxt])
            if mid_word and n == 1 and not _TITLE_LEX.longest(self.u, nxt, word_aligned=False):
                break
            if n == 1 and self.u[k].key in _LOWER_ONLY_HONORIFICS and self.u[k].cap:
                break
            k = nxt
        length = k - i
        keys = " ".join(x.key for x in self.u[i:k])
        if length and keys in _TITLE_PREFIX_KEYS and keys not in TITLES:
            length = 0
        if length and keys not in _HONORIFICS:
            k = self._title_domain(k)
            length = k - i
        self._title_cache[i] = length
        return length

    def _title_domain(self, k: int) -> int:
        """ "Bộ trưởng An ninh Quốc gia", "Giám đốc Tình báo Quốc gia": capitalised Vietnamese field words."""
        u = self.u
        words = vietnamese_words()
        while k < self.n and u[k].cap and not u[k].acro:
            if self._gaz(k)[0] or _ORG_HEAD_LEX.longest(u, k, word_aligned=False) or self._person_like(k):
                break
            end = k + 1
            while end < self.n and u[end].alpha and not _cap_unit(u[end]) and u[end].start - u[end - 1].end <= 1:
                end += 1
            if end - k < 2 or " ".join(x.key for x in u[k:end]) not in words:
                break
            k = end
        return k

    def _person_like(self, k: int, strict: bool = False) -> bool:
        """A Vietnamese full name (common surname + 1-3 capitalised syllables) starts at ``k``."""
        if k >= self.n or self.u[k].key not in _SURNAMES or not self.u[k].cap:
            return False
        run = 1
        while k + run < self.n and _name_unit(self.u[k + run]) and run < 4:
            run += 1
        if run >= 3:
            return True
        if run == 2 and ("-" in self.u[k + 1].text or self._spaced_hyphen(k + 2)):
            return True
        return not strict and run == 2 and self._backend_type(k, k + 2) == PERSON

    def _foreign_person_at(self, k: int) -> bool:
        """Two or more capitalised foreign syllables start at ``k`` ("Maria Zakharova")."""
        viet = vietnamese_syllables()
        run = 0
        while k + run < self.n and _name_unit(self.u[k + run]) and not self.u[k + run].acro:
            run += 1
        if run < 2:
            return False
        return all(x.key not in viet for x in self.u[k : k + run])

    def _continent(self, i: int) -> int:
        """ "châu Âu", "châu Á - Thái Bình Dương": a lower-case "châu" and its capitalised name."""
        u = self.u
        if u[i].key != "châu" or u[i].cap or i + 1 >= self.n or not u[i + 1].cap:
            return 0
        k = i + 1
        while k < self.n and _name_unit(u[k]):
            k += 1
        if k + 1 < self.n and u[k].text in "-–" and _name_unit(u[k + 1]) and u[k + 1].key in ("thái", "đại"):
            k += 1
            while k < self.n and _name_unit(u[k]):
                k += 1
        return k - i

    def _headed(self, i: int) -> tuple[int, str]:
        """An organisation, event, treaty or state opened by a capitalised head word at ``i``."""
        u = self.u
        if not u[i].cap:
            h = _LOWER_ORG_HEAD_LEX.longest(u, i, word_aligned=False)
            nxt = i + h
            if not h or nxt >= self.n or not u[nxt].cap or u[nxt].acro or not u[nxt].lower_word:
                return 0, ""
            if self._title(nxt) or self._gaz(nxt)[0]:
                return 0, ""
            if i > 0 and u[i - 1].alpha and f"{u[i - 1].key} {u[i].key}" in vietnamese_words():
                return 0, ""
        elif not u[i].word_start:
            return 0, ""
        best_h, head_type = 0, ""
        for lex, t in (
            (_ORG_HEAD_LEX, ORG),
            (_EVENT_HEAD_LEX, EVENT),
            (_MISC_HEAD_LEX, MISC),
            (_LOC_HEAD_LEX, LOCATION),
        ):
            h = lex.longest(u, i, word_aligned=False)
            if h > best_h:
                best_h, head_type = h, t
        h = best_h
        if not h:
            return 0, ""
        if (
            h == 1
            and i + 1 < self.n
            and u[i + 1].word == u[i].word
            and u[i].pos in _PROPER_POS
            and u[i + 1].cap
            and u[i + 1].key in vietnamese_syllables()
        ):
            return 0, ""
        if self._gaz(i)[0] > h:
            return 0, ""
        if i + h < self.n and u[i + h].word == u[i + h - 1].word and not _cap_unit(u[i + h]):
            return 0, ""
        head_key = " ".join(x.key for x in u[i : i + h])
        k = i + h
        parts = 0
        only_place = True
        media = head_key in _MEDIA_HEADS
        while k < self.n:
            if self._title(k) and not u[k].cap:
                break
            if self._person_like(k) or (self._foreign_person_at(k) and not media):
                break
            g, entries = self._gaz(k)
            if g:
                t = _kb_type(entries)
                if t == PERSON:
                    break
                k += g
                parts += 1
                if t in (COUNTRY, LOCATION):
                    break
                only_place = False
                if t == ORG:
                    break
                continue
            if u[k].key in _LOWER_GAZ_PREFIXES and k + 1 < self.n and _cap_unit(u[k + 1]):
                k, parts, only_place = self._cap_word_at(k + 1), parts + 1, False
                continue
            end = self._cap_word_at(k)
            if end == k:
                inner = self._inner_words(k, head_type, parts) if u[i].cap and head_key in _INNER_HEADS else 0
                if not inner:
                    break
                end = k + inner
            k, parts, only_place = end, parts + 1, False
        if head_type == ORG and parts and k + 1 < self.n and u[k].key == "về" and u[k + 1].cap and not u[k + 1].acro:
            end = k + 1
            while end < self.n and not self._gaz(end)[0]:
                if u[end].key == "và" and end + 1 < self.n and _cap_unit(u[end + 1]) and not self._gaz(end + 1)[0]:
                    end += 1
                nxt = self._cap_word_at(end)
                if nxt == end:
                    break
                end = nxt
            tail = end
            while tail < self.n and tail - end < 3 and u[tail].alpha and not _cap_unit(u[tail]):
                tail += 1
            if tail > end and tail < self.n and u[tail].text == "(":
                end = tail
            elif (
                tail > end
                and u[end - 1].word_start
                and u[end - 1].word_end
                and u[end - 1].key in vietnamese_syllables()
            ):
                end = k
            if end > k + 1:
                k = end
        if parts == 0:
            if head_key == "chính phủ" and not (i > 1 and u[i - 2].key == "trụ" and u[i - 1].key == "sở"):
                return 0, ""
            if head_key in _ORG_STANDALONE and not (i == self.first_alpha and head_key in _WEAK_HEADS):
                return h, head_type
            return 0, ""
        if i == self.first_alpha and only_place and head_key in _WEAK_HEADS:
            return 0, ""
        if head_key in _TITLE_HEADS and not any(x.key == "về" for x in u[i + h : k]):
            return 0, ""
        return k - i, head_type

    def _inner_words(self, k: int, head_type: str, parts: int) -> int:
        """Lower-case words inside an organisation name before its capitalised rest.

        "Hội đồng lập pháp vùng Catalonia", "Văn phòng An ninh quốc gia Hàn Quốc",
        "Liên minh dân chủ người Kurd"; a final "quốc gia" ends the name.
        """
        if head_type != ORG:
            return 0
        u = self.u
        end = k
        for _ in range(3):
            n = _ORG_INNER_LEX.longest(u, end, word_aligned=False)
            if not n or u[end].cap:
                break
            end += n
            if end < self.n and u[end].cap and not u[end].acro and not self._person_like(end) and not self._title(end):
                return end - k
        if parts and end > k and " ".join(x.key for x in u[k:end]) == "quốc gia":
            return end - k
        return 0

    def _generic_head(self, i: int, length: int, head_type: str) -> tuple[int, str] | None:
        """For "tập đoàn ByteDance", "Hội nghị thượng đỉnh BRICS": the name without its head."""
        u = self.u
        h = 0
        lexicons = [_ORG_HEAD_LEX, _EVENT_HEAD_LEX, _MISC_HEAD_LEX]
        if i == self.first_alpha:
            lexicons.append(_LOC_HEAD_LEX)
        for lex in lexicons:
            h = max(h, lex.longest(u, i, word_aligned=False))
        key = " ".join(x.key for x in u[i : i + h])
        if not h or (key not in _GENERIC_HEADS and not (head_type == LOCATION and i == self.first_alpha)):
            return None
        rest = u[i + h : i + length]
        if not rest:
            return None
        viet = vietnamese_syllables()
        nested = _ORG_HEAD_LEX.longest(u, i + h, word_aligned=False)
        if key in _OUTLET_HEADS and rest[0].cap and not nested:
            return i + h, ORG
        if nested and u[i + h].cap and " ".join(x.key for x in u[i + h : i + h + nested]) != "nhà nước":
            return i + h, ORG
        if all(x.acro or (x.key not in viet and x.alpha) or not x.alpha for x in rest):
            t = {MISC: MISC, LOCATION: LOCATION}.get(head_type, ORG)
            if len(rest) == 1 and _MODEL_NUMBER.fullmatch(rest[0].text):
                t = MISC
            return i + h, t
        return None

    # ------------------------------------------------------------------ passes
    def run(self) -> list[_Span]:
        i = 0
        pending_title: tuple[int, int] | None = None
        place_next = False
        while i < self.n:
            unit = self.u[i]
            if not unit.alpha:
                if unit.text != ",":
                    pending_title = None
                i += 1
                continue
            if pending_title is not None and not unit.cap:
                cue = _PLACE_CUE_LEX.longest(self.u, i, word_aligned=False)
                if cue and i + cue < self.n and _cap_unit(self.u[i + cue]):
                    place_next = True
                    i += cue
                    continue
            skip = self._not_a_name(i)
            if skip:
                pending_title = None
                i += skip
                continue
            cont = self._continent(i) or self._direction_place(i)
            if cont:
                self._add(_Span(i, i + cont, LOCATION, "rules:place"), pending_title)
                if not self._title_continues(i + cont):
                    pending_title = None
                i += cont
                continue
            head, head_type = self._headed(i)
            title = self._title(i)
            g, entries = self._gaz(i, after_title=pending_title is not None)
            if g > 1:
                stripped = self._strip_generic(i, g)
                if stripped is not None:
                    i, g, entries = stripped
            if g and _kb_type(entries) == EVENT and self.u[i + g - 1].acro:
                g, entries = 0, []
            longer_name = g and i + g < self.n and _name_unit(self.u[i + g]) and not self._gaz(i + g)[0]
            if longer_name and _kb_type(entries) == PERSON and self._title(i) == 0:
                g, entries = 0, []
            if title and title >= max(head, g):
                if title == 1 and unit.key in _HONORIFICS and not self._followed_by_name(i + 1):
                    pending_title = None
                    i += 1
                    continue
                pending_title = (i, i + title)
                place_next = False
                i += title
                continue
            if head and head > g:
                generic = self._generic_head(i, head, head_type)
                if generic is not None:
                    self._add(_Span(generic[0], i + head, generic[1], "rules:head"), pending_title)
                    pending_title = None
                    i += head
                    continue
                self._add(_Span(i, i + head, head_type, "rules:head"), pending_title)
                if not self._title_continues(i + head) or head_type not in (ORG, LOCATION):
                    pending_title = None
                i += head
                continue
            if g:
                t = _kb_type(entries) or MISC
                inner = self._title(i) if t == PERSON else 0
                if 0 < inner < g:
                    pending_title = (i, i + inner)
                    span = _Span(i + inner, i + g, t, "rules:gazetteer", kb_id=_kb_id(entries))
                else:
                    span = _Span(i, i + g, t, "rules:gazetteer", kb_id=_kb_id(entries))
                self._add(span, pending_title)
                place_next = False
                if t not in (COUNTRY, ORG, LOCATION) or not self._title_continues(i + g):
                    pending_title = None
                i += g
                continue
            cue_org = self._cue_org(i)
            if cue_org:
                self._add(_Span(i, i + cue_org, ORG, "rules:cue"), None)
                pending_title = None
                i += cue_org
                continue
            if self._run_start(i):
                end = self._run_end(i)
                if end > i:
                    if place_next and pending_title is not None:
                        place_end = end
                        if end - i >= 3:
                            place_end = i + (self._gaz(i)[0] or 1)
                        self._add(_Span(i, place_end, LOCATION, "rules:cue"), None)
                        place_next = False
                        if place_end < end:
                            self._add(_Span(place_end, end, PERSON, "rules:title"), pending_title)
                            pending_title = None
                        elif not self._title_continues(end):
                            pending_title = None
                    elif pending_title is not None and end - i == 1 and self.u[i].acro:
                        self._add(_Span(i, end, ORG, "rules:acronym"), None)
                        if not self._title_continues(end):
                            pending_title = None
                    else:
                        self._add_run(i, end, pending_title)
                        pending_title = None
                    i = end
                    continue
            pending_title = None
            place_next = False
            i += 1
        self._dash_pairs()
        return self.spans

    def _dash_pairs(self) -> None:
        """ "Mỹ - Triều", "Nga-Mỹ", "Trump – Kim": two states or two people joined by a dash.

        A state's short form ("Trung", "Triều", "Hàn") names it only next to another state,
        and a lone capitalised word next to a person is that person's surname.
        """
        u = self.u
        compound = self.gaz.compound if self.gaz is not None else {}
        for d in range(1, self.n - 1):
            if u[d].text not in _PAIR_DASHES or not (u[d - 1].alpha and u[d + 1].alpha):
                continue
            sides = [self._pair_side(d - 1, at_end=True), self._pair_side(d + 1, at_end=False)]
            if any(side is None for side in sides):
                continue
            states = [
                kind == COUNTRY and span is not None or k >= 0 and u[k].key in compound and u[k].cap
                for span, kind, k in sides
            ]
            if all(states):
                for span, _, k in sides:
                    if span is None or span.kb_id is None and span.type != COUNTRY:
                        self._set_pair_side(span, k, COUNTRY, compound)
                continue
            types = [side[1] for side in sides]
            if PERSON in types:
                for span, kind, k in sides:
                    if kind != PERSON and k >= 0 and (span is None or span.kb_id is None) and self._surname_like(k):
                        self._set_pair_side(span, k, PERSON, compound)

    def _pair_side(self, k: int, at_end: bool) -> tuple[_Span | None, str | None, int] | None:
        """One side of a dash pair: (its span or None, the span's type, the unit of a one-unit
        side); None when the side cannot take part."""
        for s in self.spans:
            if (s.j == k + 1) if at_end else (s.i == k):
                if s.j - s.i > 1 or s.kb_id is not None:
                    return s, s.type, -1 if s.j - s.i > 1 else k
                return s, s.type, k
        if any(s.i <= k < s.j for s in self.spans) or not self.u[k].cap:
            return None
        return None, None, k

    def _set_pair_side(self, span: _Span | None, k: int, kind: str, compound: Mapping[str, Sequence[Any]]) -> None:
        if k < 0:
            return
        kb_id = _kb_id(compound.get(self.u[k].key, ())) if kind == COUNTRY else None
        if kind == COUNTRY and kb_id is None:
            return
        if span is None:
            self.spans.append(_Span(k, k + 1, kind, "rules:dash-pair", kb_id=kb_id))
        else:
            span.type, span.source, span.kb_id = kind, "rules:dash-pair", kb_id

    def _surname_like(self, k: int) -> bool:
        """A lone capitalised word that can stand for a person named next to it."""
        x = self.u[k]
        glued = k + 1 < self.n and self.u[k + 1].word == x.word and _cap_unit(self.u[k + 1])
        if not x.cap or x.acro or not x.word_start or glued:
            return False
        if x.key in _NEVER_ALONE or x.key in _DIRECTIONS or x.key in _FUNCTION_WORDS or self._title(k):
            return False
        return not any(lex.longest(self.u, k, word_aligned=False) for lex, _ in _HEAD_LEXICONS)

    def _strip_generic(self, i: int, g: int) -> tuple[int, int, list[Any]] | None:
        """A KB alias that starts with a generic head ("Hãng tin Reuters", "Quân đội Nga"): the name alone."""
        u = self.u
        h = 0
        for lex in (_ORG_HEAD_LEX, _MISC_HEAD_LEX):
            h = max(h, lex.longest(u, i, word_aligned=False))
        key = " ".join(x.key for x in u[i : i + h])
        if not h or h >= g or (key not in _GENERIC_HEADS and key not in _STRIP_HEADS):
            return None
        rest, entries = self._gaz(i + h)
        if rest != g - h:
            return None
        viet = vietnamese_syllables()
        foreign = all(x.acro or x.key not in viet for x in u[i + h : i + g] if x.alpha)
        place = _kb_type(entries) in (COUNTRY, LOCATION) and key in _STRIP_HEADS
        if not (foreign or place or key in _OUTLET_HEADS):
            return None
        return i + h, rest, entries

    def _not_a_name(self, i: int) -> int:
        """Capitalised units at ``i`` that are no name: "tiếng Anh" (a language), "phía Đông" (a direction)."""
        u = self.u
        if u[i].cap and _ORG_HEAD_LEX.longest(u, i) == 2 and u[i].key == "chính" and u[i + 1].key == "phủ":
            return 0 if self._headed(i)[0] else 2
        if not u[i].cap or i == 0 or u[i - 1].cap:
            return 0
        prev = u[i - 1].key
        if prev == ":" and i > 1 and u[i - 2].key in _CREDIT_WORDS and _name_unit(u[i]):
            g, entries = self._gaz(i)
            end = max(self._run_end(i), i + g)
            if (g and _kb_type(entries) == ORG) or (end < self.n and u[end].alpha):
                return 0
            return end - i
        if prev == "tiếng" and u[i - 1].word_start and u[i - 1].word_end:
            end = self._run_end(i) if _name_unit(u[i]) else i
            return max(end - i, self._gaz(i)[0], 1)
        if prev in _DIRECTION_CUES and u[i].key in _DIRECTIONS and i + 1 < self.n and _name_unit(u[i + 1]):
            g = self._gaz(i)[0]
            if g <= 1 and not (u[i + 1].key in _DIRECTIONS and self._gaz(i + 1)[0] <= 1):
                self._place_at = i + 1
                return 1
        return 0

    def _direction_place(self, i: int) -> int:
        """ "Tây Thái Bình Dương", "Đông Địa Trung Hải": a capitalised direction and a KB place."""
        u = self.u
        if not u[i].cap or u[i].key not in _DIRECTIONS or (i > 0 and u[i - 1].key in _DIRECTION_CUES):
            return 0
        d = 2 if i + 1 < self.n and u[i + 1].cap and u[i + 1].key in _DIRECTIONS else 1
        if i + d >= self.n or self._gaz(i)[0]:
            return 0
        g, entries = self._gaz(i + d)
        if g and _kb_type(entries) in (LOCATION, COUNTRY):
            return d + g
        return 0

    def _person_starts(self, k: int) -> bool:
        """A foreign name, or one the backend tags as a person, starts at ``k``."""
        if self._foreign_person_at(k):
            return True
        start = self.u[k].start
        return any(m.start == start and _BACKEND_TYPES.get(str(m.type)) == PERSON for m in self.backend)

    def _cue_org(self, i: int) -> int:
        """ "đảng Cộng hòa", "phong trào Hồi giáo": capitalised words after a lower-case organisation cue."""
        u = self.u
        if not u[i].cap or _name_unit(u[i]) or i == 0:
            return 0
        before = (u[i - 1].word_start and _ORG_CUE_LEX.longest(u, i - 1, word_aligned=False) == 1) or (
            i > 1 and u[i - 2].word_start and _ORG_CUE_LEX.longest(u, i - 2, word_aligned=False) == 2
        )
        if not before or u[i - 1].cap:
            return 0
        k = i
        while k < self.n:
            end = self._cap_word_at(k)
            if k > i and self._gaz(k)[0]:
                g, entries = self._gaz(k)
                if _kb_type(entries) in (COUNTRY, LOCATION):
                    k += g
                break
            if end == k or (k > i and (self._title(k) or self._person_like(k) or self._person_starts(k))):
                break
            k = end
        return k - i

    def _run_start(self, i: int) -> bool:
        u = self.u[i]
        if i == self.first_alpha and u.key in _FUNCTION_WORDS:
            return False
        if _name_unit(u):
            return not (i > 0 and self.u[i - 1].key in _WEEKDAY_PREFIX and u.key in _WEEKDAYS)
        return self._initial(i) > 0

    def _initial(self, k: int) -> int:
        """Length of a name initial such as "V." before a capitalised syllable (2), else 0."""
        u = self.u
        if (
            k + 2 < self.n
            and len(u[k].text) == 1
            and u[k].cap
            and u[k + 1].text == "."
            and u[k + 1].start == u[k].end
            and u[k + 2].cap
            and u[k + 2].start - u[k + 1].end <= 1
        ):
            return 2
        return 0

    def _title_continues(self, k: int) -> bool:
        """After an affiliation, does a person name (possibly another affiliation) follow?"""
        if k + 1 < self.n and self.u[k].text == ",":
            k += 1
        return k < self.n and (_name_unit(self.u[k]) or self._initial(k) > 0)

    def _followed_by_name(self, k: int) -> bool:
        return k < self.n and (_name_unit(self.u[k]) or self._initial(k) > 0)

    def _run_end(self, i: int) -> int:
        """End of a capitalised run starting at ``i`` (stops at titles, heads, KB names)."""
        k = i
        u = self.u
        while k < self.n:
            if k > i:
                if self._title(k) or self._headed(k)[0]:
                    break
                g, entries = self._gaz(k)
                if g and not self._inside_name(k, g, entries):
                    break
                if self._person_like(k, strict=True) and not self._person_like(i):
                    break
                if u[k - 1].acro and not u[k].acro and self._foreign_person_at(k):
                    break
            ini = self._initial(k)
            if ini:
                k += ini
            elif k > i and u[k].key in _NAME_SUFFIXES and u[k].cap:
                k += 1
                if k < self.n and u[k].text == "." and u[k].start == u[k - 1].end:
                    k += 1
                break
            elif k > i and self._spaced_hyphen(k):
                k += 2
                break
            elif k > i and self._spaced_particle(k):
                k += 3
            elif (
                (
                    k > i
                    and u[k].text in "-‐"
                    and u[k].start == u[k - 1].end
                    and k + 1 < self.n
                    and u[k + 1].start == u[k].end
                    and _name_unit(u[k + 1])
                )
                or _name_unit(u[k])
                or u[k].key in _NAME_PARTICLES
                and k + 1 < self.n
                and _name_unit(u[k + 1])
                and k > i
            ):
                k += 1
            else:
                break
        return k

    def _spaced_hyphen(self, k: int) -> bool:
        """ "Moon Jae - in", "Kim Yong - nam": a spaced hyphen and the lower-case end of a foreign given name."""
        u = self.u
        if not (0 < k < self.n - 1 and u[k].text in _HYPHENS and u[k].start > u[k - 1].end):
            return False
        prev, nxt = u[k - 1], u[k + 1]
        if nxt.start <= u[k].end or not nxt.alpha or nxt.cap or not nxt.text.isascii() or len(nxt.text) > 5:
            return False
        if k + 2 < self.n and u[k + 2].start == nxt.end and u[k + 2].text in _HYPHENS:
            return False
        if k + 2 < self.n and u[k + 2].alpha and f"{nxt.key} {u[k + 2].key}" in vietnamese_words():
            return False
        viet = vietnamese_syllables()
        return prev.cap and not prev.acro and prev.key not in viet and k >= 2 and _name_unit(u[k - 2])

    def _spaced_particle(self, k: int) -> bool:
        """ "Bashar al - Assad": a name particle, a spaced hyphen and a capitalised syllable."""
        u = self.u
        return (
            k + 2 < self.n
            and u[k].key in _HYPHEN_PARTICLES
            and u[k + 1].text in _HYPHENS
            and u[k + 1].start > u[k].end
            and _name_unit(u[k + 2])
        )

    def _inside_name(self, k: int, g: int, entries: list[Any]) -> bool:
        """A KB match inside a longer capitalised name: "Obama" in "Michelle Obama", "Anh" in "Mã Anh Cửu"."""
        u = self.u
        if _kb_type(entries) == PERSON:
            return True
        if u[k - 1].text in "-‐" and u[k - 1].start == u[k - 2].end and not self._gaz(k - 2)[0]:
            return True
        viet = vietnamese_syllables()
        return (
            g == 1
            and u[k].key in viet
            and _name_unit(u[k - 1])
            and u[k - 1].key in viet
            and u[k - 1].pos in _PROPER_POS
        )

    def _affiliation_split(self, i: int, j: int) -> int:
        """Where a place ends and a person name begins in a run after a title, else 0.

        "Ba Lan Mateusz Morawiecki": Vietnamese syllables, then foreign ones;
        "Ukraine Volodymyr Zelensky": one word, then a name of two or more syllables.
        """
        u = self.u
        if j - i < 3 or self._person_like(i):
            return 0
        viet = vietnamese_syllables()
        v = i
        while v < j and u[v].key in viet and not u[v].acro:
            v += 1
        if i < v and j - v >= 2 and all(x.key not in viet for x in u[v:j]):
            return v
        k = i
        while k < j and u[k].word == u[i].word:
            k += 1
        if SPLIT_FIRST_WORD and k < j and j - k >= 2 and k - i <= 2:
            return k
        return 0

    def _context_type(self, i: int) -> str | None:
        """Type suggested by the cue words right before unit ``i``."""
        for back in range(5, 0, -1):
            s = i - back
            if s < 0:
                continue
            for lex, t in ((_ORG_CUE_LEX, ORG), (_LOC_CUE_LEX, LOCATION), (_MISC_CUE_LEX, MISC)):
                if lex.longest(self.u, s) == back:
                    return t
            glued = self.u[s].word_start and self.u[s].word == self.u[i].word
            if glued and _ORG_CUE_LEX.longest(self.u, s, word_aligned=False) == back:
                return ORG
        return None

    def _after_org_word(self, i: int) -> bool:
        """An organisation cue word a little before ``i`` ("đảng Tisza đối lập", "băng đảng Sinaloa")."""
        return any(_ORG_CUE_LEX.longest(self.u, s) == i - s for s in range(max(0, i - 3), i))

    def _coordinated_type(self, i: int) -> str | None:
        """Type of the name this one is coordinated with ("Donetsk và Avdiivka")."""
        if i < 2 or self.u[i - 1].key not in _COORD or not self.spans:
            return None
        prev = self.spans[-1]
        if prev.j != i - 1:
            return None
        return {COUNTRY: LOCATION}.get(prev.type, prev.type)

    def _after_topic_place(self, i: int) -> bool:
        """Right after "(đặc phái viên) về vấn đề Triều Tiên": the envoy's name follows the place."""
        prev = self.spans[-1] if self.spans else None
        if prev is None or prev.j != i or prev.type not in (COUNTRY, LOCATION):
            return False
        k = prev.i
        while k > 0 and self.u[k - 1].alpha and not self.u[k - 1].cap and prev.i - k < 4:
            if " ".join(x.key for x in self.u[k - 1 : k + 1]) == "vấn đề" or self.u[k - 1].key == "trách":
                return True
            k -= 1
        return False

    def _followed_by_speech(self, j: int) -> bool:
        return _SPEECH_LEX.longest(self.u, j) > 0 if j < self.n else False

    def _add_run(self, i: int, j: int, pending_title: tuple[int, int] | None) -> None:
        u = self.u
        sentence_initial = i == self.first_alpha
        backend = self._backend_type(i, j)
        n = j - i
        if pending_title is not None:
            if n == 1 and u[i].acro:
                self._add(_Span(i, j, ORG, "rules:acronym"), None)
                return
            split = self._affiliation_split(i, j)
            if split:
                self._add(_Span(i, split, LOCATION, "rules:affiliation"), None)
                i = split
            self._add(_Span(i, j, PERSON, "rules:title"), pending_title)
            return
        if n == 1 and u[i].key in _COMPOUND_SHORT_FORMS:
            return
        if n >= 2 and self._after_topic_place(i) and u[i].key not in _NEVER_ALONE:
            self._add(_Span(i, j, PERSON, "rules:title"), None)
            return
        if (n == 1 and u[i].key in _NEVER_ALONE) or any(x.key in _NON_ENTITY_ACRONYMS for x in u[i:j]):
            return
        if n == 1 and any(lex.longest(u, i, word_aligned=False) == 1 for lex, _ in _HEAD_LEXICONS):
            return
        if n == 1 and u[i].key in _DIRECTIONS and i > 0 and u[i - 1].key in _DIRECTION_CUES:
            return
        viet = vietnamese_syllables()
        if n == 1 and u[i].pos not in _PROPER_POS and u[i].key in viet and not u[i].acro:
            return
        if sentence_initial and n == 1 and u[i].pos not in _PROPER_POS and backend is None and u[i].key in viet:
            return
        ctx = LOCATION if i == self._place_at else self._context_type(i)
        if i > 1 and u[i - 1].text == "(" and j < self.n and u[j].text == ")" and self.spans:
            prev = self.spans[-1]
            if prev.j == i - 1 and not (n == 1 and u[i].acro):
                self._add(_Span(i, j, prev.type, "rules:parenthesis"), None)
                return
        if re.fullmatch(r"[IVXLC]+", u[i].text) and n == 1:
            return
        if all(x.key in _DIRECTIONS for x in u[i:j]):
            return
        if re.fullmatch(r"[A-Z][A-Za-z]*-\d+[A-Za-z]*", u[i].text) or _MODEL_NUMBER.fullmatch(u[i].text):
            self._add(_Span(i, j, MISC, "rules:model-number"), None)
            return
        if n == 1 and u[i].acro:
            t = ctx if ctx in (ORG, MISC) else ORG
            if re.fullmatch(r"[A-Z]+-\d+[A-Z]*", u[i].text):
                t = MISC
            if i > 1 and u[i - 1].text == "(" and self.spans and self.spans[-1].j == i - 1:
                t = self.spans[-1].type if self.spans[-1].type in (ORG, MISC, EVENT) else ORG
            self._add(_Span(i, j, t, "rules:acronym"), None)
            return
        if ctx is not None and ctx != LOCATION:
            self._add(_Span(i, j, ctx, "rules:cue"), None)
            return
        if n >= 2 and u[i].key == "the":
            self._add(_Span(i, j, ORG, "rules:capitalised"), None)
            return
        if self._person_like(i) and ctx != LOCATION:
            self._add(_Span(i, j, PERSON, "rules:surname"), None)
            return
        coord = self._coordinated_type(i)
        if coord in (PERSON, LOCATION) and backend in (None, PERSON, LOCATION, MISC):
            self._add(_Span(i, j, coord, "rules:coordination"), None)
            return
        if coord in (ORG, MISC) and u[i - 1].key != "," and backend != PERSON:
            self._add(_Span(i, j, coord, "rules:coordination"), None)
            return
        if ctx is None and backend in (None, LOCATION) and n >= 2 and self._followed_by_speech(j):
            self._add(_Span(i, j, PERSON, "rules:speech"), None)
            return
        parts = [x for x in u[i:j] if x.alpha and x.key not in _NAME_PARTICLES]
        foreign = [x for x in parts if x.key not in viet and not x.acro]
        if (
            ctx is None
            and n >= 2
            and backend in (None, LOCATION)
            and len(foreign) >= 2
            and all(x in foreign or (x.text.isascii() and not x.acro) for x in parts)
        ):
            self._add(_Span(i, j, PERSON, "rules:foreign-name"), None)
            return
        if backend is not None:
            if ctx == LOCATION and backend in (PERSON, LOCATION):
                backend = LOCATION
            if n == 1 and backend == PERSON and SINGLE_PER is not None:
                if SINGLE_PER == "drop":
                    return
                backend = SINGLE_PER
            self._add(_Span(i, j, backend, "rules:backend"), None)
            return
        if ctx == LOCATION:
            self._add(_Span(i, j, LOCATION, "rules:cue"), None)
            return
        if n == 1 and u[i].key not in viet and (sentence_initial or self._after_org_word(i)):
            self._add(_Span(i, j, ORG, "rules:capitalised"), None)
            return
        if sentence_initial and n == 1:
            return
        if n >= 2:
            self._add(_Span(i, j, PERSON, "rules:capitalised"), None)
        elif u[i].pos in _PROPER_POS:
            self._add(_Span(i, j, MISC, "rules:capitalised"), None)

    def _add(self, span: _Span, pending_title: tuple[int, int] | None) -> None:
        u = self.u
        if (
            span.j < self.n
            and u[span.j - 1].key in _NAME_SUFFIXES
            and u[span.j].text == "."
            and u[span.j].start == u[span.j - 1].end
        ):
            span.j += 1
        if pending_title is not None:
            ti, tj = pending_title
            if span.type in (PERSON, MISC, EVENT):
                span.type = PERSON
                span.role = " ".join(x.text for x in self.u[ti:tj])
                affs = [s for s in self.spans if s.i >= tj and s.type in (COUNTRY, ORG, LOCATION)]
                if affs:
                    span.affiliation = self._text(affs[-1])
        self.spans.append(span)

    def _text(self, span: _Span) -> str:
        return " ".join(x.text for x in self.u[span.i : span.j])


def _mention(text: str, units: list[_Unit], span: _Span) -> Mention:
    s, e = units[span.i].start, units[span.j - 1].end
    return Mention(
        start=s,
        end=e,
        text=text[s:e],
        type=span.type,
        role=span.role if span.type == PERSON else None,
        affiliation=span.affiliation,
        source=span.source,
        kb_id=span.kb_id,
    )


def refine_sentence(
    text: str, sentence: Sentence, backend_mentions: list[Mention], gazetteer: Gazetteer | None
) -> list[Mention]:
    """The refined mentions of one sentence.

    Parameters
    ----------
    text : str
        The document text (offsets of ``sentence`` point into it).
    sentence : Sentence
        The sentence with its tokens (words), used for word boundaries and POS tags.
    backend_mentions : list of Mention
        The backend's mentions inside the sentence: evidence for the type of a name.
    gazetteer : Gazetteer or None
        The knowledge base's aliases.

    Returns
    -------
    list of Mention
        Sorted by offset, non-overlapping.
    """
    units = _units(text, sentence, sentence.start)
    if not units:
        return []
    spans = _SentenceRules(units, gazetteer, backend_mentions).run()
    return [_mention(text, units, s) for s in sorted(spans, key=lambda s: s.i)]


def refine(adoc: AnnotatedDocument, kb: Any | None = None, use_default_kb: bool = True) -> AnnotatedDocument:
    """Rebuild a document's mentions with titles, organisation heads, the KB and capitalisation.

    Parameters
    ----------
    adoc : AnnotatedDocument
        A backend's output: sentences with tokens, and its raw mentions.
    kb : KnowledgeBase, optional
        Anything with ``gazetteer() -> dict[match_key, list[entry]]`` whose entries have
        ``type``, ``kb_id`` and ``name``. Default: :func:`graphkit.linking.kb.load_kb`.
    use_default_kb : bool
        Load the packaged KB when ``kb`` is None (set False to run without one).

    Returns
    -------
    AnnotatedDocument
        A copy with refined ``mentions``; titles are in ``Mention.role`` and the
        country/organisation named with a title in ``Mention.affiliation``.

    Examples
    --------
    >>> from graphkit.models import Document, Sentence
    >>> text = "Ông Putin đến Bắc Kinh."
    >>> adoc = AnnotatedDocument(document=Document(doc_id="d", text=text),
    ...     sentences=[Sentence(start=0, end=len(text), text=text)], mentions=[], backend="x")
    >>> [(m.text, str(m.type), m.role) for m in refine(adoc, use_default_kb=False).mentions]
    [('Putin', 'PERSON', 'Ông'), ('Bắc Kinh', 'LOCATION', None)]
    """
    if kb is None and use_default_kb:
        kb = default_kb()
    gazetteer = gazetteer_for(kb) if kb is not None else None
    text = adoc.document.text
    mentions: list[Mention] = []
    backend = sorted(adoc.mentions, key=lambda m: m.start)
    bi = 0
    for sentence in adoc.sentences:
        inside: list[Mention] = []
        while bi < len(backend) and backend[bi].start < sentence.start:
            bi += 1
        k = bi
        while k < len(backend) and backend[k].start < sentence.end:
            inside.append(backend[k])
            k += 1
        mentions.extend(refine_sentence(text, sentence, inside, gazetteer))
    return adoc.model_copy(update={"mentions": harmonise_types(mentions)})


_STRONG_SOURCES = frozenset(
    {
        "rules:gazetteer",
        "rules:title",
        "rules:head",
        "rules:surname",
        "rules:affiliation",
        "rules:place",
        "rules:cue",
        "rules:parenthesis",
    }
)
_WEAK_SOURCES = frozenset(
    {"rules:backend", "rules:capitalised", "rules:foreign-name", "rules:coordination", "rules:speech"}
)


def harmonise_types(mentions: list[Mention]) -> list[Mention]:
    """Give weakly typed names the type the same name has elsewhere in the document.

    A name typed by strong evidence (the KB, a title, an organisation head, a cue word)
    lends its type to bare repetitions typed only by the statistical model or by
    capitalisation; the last word of a titled person name ("Ernst" after "Thượng nghị sỹ
    Joni Ernst") counts as that person.

    Examples
    --------
    >>> a = Mention(start=0, end=10, text="Joni Ernst", type="PERSON", source="rules:title")
    >>> b = Mention(start=20, end=25, text="Ernst", type="LOCATION", source="rules:backend")
    >>> [str(m.type) for m in harmonise_types([a, b])]
    ['PERSON', 'PERSON']
    """
    strong: dict[str, str] = {}
    for m in mentions:
        if m.source in _STRONG_SOURCES:
            strong.setdefault(match_key(m.text), str(m.type))
            if str(m.type) == PERSON and " " in m.text.strip():
                strong.setdefault(match_key(m.text.split()[-1]), PERSON)
    if not strong:
        return mentions
    out = []
    for m in mentions:
        if m.source in _WEAK_SOURCES:
            t = strong.get(match_key(m.text))
            if t is not None and t != str(m.type):
                m = m.model_copy(update={"type": t, "source": f"{m.source}+document"})
        out.append(m)
    return out
