"""``extractor.rules.v1``: typed facts from surface patterns over words, mentions and (when
present) the dependency parse.

Per sentence the extractor

1. turns the sentence into units (:mod:`graphkit.extraction.units`): words, punctuation and
   argument mentions, with a person's title folded into the person;
2. finds the ontology's trigger phrases (longest match on syllables) and the grammar cues
   (reporting verbs, negation, plans, conditions, clause breaks);
3. builds reporting frames ("Điện Kremlin cho biết …", "Theo X, …", quotes followed by
   "X cho biết") so that facts inside them carry ``reported_by``;
4. for every trigger picks its arguments with the predicate's pattern (MET: "A hội đàm với
   B", "cuộc điện đàm giữa A và B", "A và B gặp nhau"; content predicates: the clause after
   the trigger as a typed value with a topic and an optional addressee; actor predicates:
   the entity on the right, else a value), expands coordinations into one fact per
   conjunct, maps metonyms (Moskva → Nga) when the predicate's signature needs it, and
   sets the status (negated / conditional / planned / asserted), the date and a confidence.

Triggers inside the complement of an accusation, a threat, a demand… are not facts of their
own ("Ukraine cáo buộc Nga hậu thuẫn phe ly khai" asserts no SUPPORTED); under a denial they
are negated ("Nga phủ nhận hỗ trợ phe ly khai" → SUPPORTED negated, DENIED asserted).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from graphkit.extraction.deps import DependencyIndex
from graphkit.extraction.lexicon import (
    BETWEEN,
    COMITATIVE,
    CONTINUATION,
    LIGHT_VERBS,
    NOMINALISER,
    OBJECT_MARKER,
    PASSIVE,
    POSSESSIVE,
    PREPOSITION,
    Lexicon,
    build_lexicon,
    key_set,
    syllable_keys,
)
from graphkit.extraction.pairs import PairCandidate, load_model
from graphkit.extraction.pairs import candidates as pair_candidates
from graphkit.extraction.pairs import features as pair_features
from graphkit.extraction.units import (
    HONORIFICS,
    TITLE_WORDS,
    Arg,
    Unit,
    _canonical_title,
    _is_title,
    build_units,
    kb_entity,
    make_arg,
    person_state,
)
from graphkit.models import (
    AnnotatedDocument,
    Entity,
    EntityRef,
    Mention,
    Sentence,
    Status,
    TripleBase,
    parse_triple,
)
from graphkit.ontology import ONTOLOGY, Ontology, PredicateDef
from graphkit.stages import ExtractionResult
from graphkit.text import match_key

log = logging.getLogger(__name__)

NAME = "extractor.rules.v1"
_CAPTION = re.compile(
    r"^\s*(?:Ảnh|Video|Clip|Nguồn|Đồ họa)\s*(?:minh họa)?\s*[:：]"
    r"|\((?:Ảnh|Nguồn)\s*:[^)]*\)\s*\.?\s*$"
    r"|Ảnh\s*:\s*[^.]{0,40}\.?\s*$"
)
"""Photo captions and credits: no facts are read from them."""
_CREDIT_THEN_BODY = re.compile(
    r"^\s*Ảnh\s*:\s*(?:[A-ZĐ][\w.]*/\S+(?:\s+[A-ZĐ]\w*)?|[A-Z]{2,}\S*|Reuters|Getty\s+Images|Sputnik|Xinhua|Yonhap|Kyodo)"
    r"\s+(?:\S+\s+){8,}\S+\s*[.!?…]?\s*$"
)
"""A photo credit run into the next sentence ("Ảnh: VGP/Quang Hiếu Tiếp đó, Thủ tướng … ."):
the words after the credit are body text, not a caption."""

_PREP = key_set(PREPOSITION)
_OBJ_MARK = key_set(OBJECT_MARKER)
_COMIT = key_set(COMITATIVE)
_BETWEEN = key_set(BETWEEN)
_NOMINAL = key_set(NOMINALISER)
_LIGHT = frozenset(k for phrase in LIGHT_VERBS for k in phrase.split())
_CONTINUE = key_set(CONTINUATION)
_TO_PLACE = key_set(("tới", "đến", "sang", "tại"))
_POSS = key_set(POSSESSIVE)
_POSS_FROM = key_set((*POSSESSIVE, "từ", "từ phía"))
_CONTENT_INTRO = key_set(
    ("về", "về việc", "là", "rằng", "trong đó có", "trong đó có việc", "trong đó", "nhằm", "đòi", ":", "để", "đối với")
)
_MARKERS = {
    "SUPPORTED": key_set(("cho",)),
    "SANCTIONED": key_set(("đối với", "lên", "nhằm vào", "nhắm vào", "với", "chống", "chống lại")),
    "WARNED": key_set(("đối với", "tới", "gửi tới")),
    "THREATENED": key_set(("đối với",)),
    "ACCUSED": key_set(("đối với", "nhằm vào", "nhắm vào", "chống lại")),
}
_SANCTION_MARK = key_set(("đối với", "nhằm vào", "nhắm vào", "vào", "với", "lên", "chống lại"))
_HOSTILE = key_set(
    (
        "trả đũa",
        "tấn công",
        "trừng phạt",
        "tàn phá",
        "phá hủy",
        "hủy diệt",
        "tiêu diệt",
        "xóa sổ",
        "đánh",
        "đáp trả",
        "áp thuế",
        "đánh thuế",
        "trục xuất",
        "cắt đứt quan hệ với",
        "cấm vận",
        "xâm lược",
        "bao vây",
        "phong tỏa",
        "tấn công quân sự",
        "đánh chiếm",
        "san phẳng",
    )
)
_AIMED_AT = key_set(("về phía", "nhằm vào", "nhắm vào", "vào lãnh thổ", "chống lại"))
_PLURAL_HEADS = frozenset({"nước", "gia", "minh", "viên", "phương", "tác", "khối", "tổ", "chức", "lãnh", "đạo"})
_NOUN_TAKERS = key_set(
    (
        "thực hiện",
        "mang tính",
        "thiếu",
        "ủng hộ",
        "dỡ bỏ",
        "gỡ bỏ",
        "nới lỏng",
        "lách",
        "né tránh",
        "tuân thủ",
        "vi phạm",
        "giữ",
        "giữ đúng",
        "duy trì",
        "đáp ứng",
        "phá vỡ",
        "rút lại",
        "xem xét",
        "theo",
        "làm theo",
        "chấp hành",
        "tôn trọng",
        "thực thi",
        "phản hồi",
        "trả lời",
        "nghiên cứu",
        "đánh giá",
    )
)
_ENDANGERED = frozenset(
    {
        "an",
        "sự",
        "hòa",
        "hoà",
        "ổn",
        "chủ",
        "lợi",
        "tính",
        "nền",
        "hệ",
        "tương",
        "quyền",
        "sinh",
        "tiến",
        "trật",
        "sức",
        "độc",
        "thị",
        "cuộc",
        "tình",
        "quan",
        "môi",
        "nguồn",
        "vị",
        "mạng",
        "đời",
        "tự",
    }
)
_REAFFIRM = key_set(("khẳng định", "nhắc lại", "đưa ra", "thể hiện", "bày tỏ", "nhấn mạnh", "tuyên bố"))
_VERB_OBJECT_LEAD = frozenset({"các", "những", "mọi", "tất", "hai", "phải", "rằng", "hãy", "cho", "việc"})
_PLAN_AUX = key_set(
    ("sẽ", "sắp", "dự kiến", "dự định", "định", "muốn", "mong muốn", "sẵn sàng", "hy vọng", "muốn tổ chức")
)
_THREAT_NOUN_LEAD = key_set(("để", "nhằm", "khả năng", "mối", "nguy cơ", "loại bỏ", "giảm"))
_NOUN_OBJECT_SKIP = frozenset(
    {"các", "những", "mọi", "này", "đó", "đầy", "đủ", "nghiêm", "túc", "đúng", "nghị", "quyết", "lệnh", "biện", "pháp"}
    | {"gói", "loạt", "đợt"}
)
_SUMMITS = key_set(("hội nghị thượng đỉnh", "thượng đỉnh", "họp thượng đỉnh", "cuộc gặp thượng đỉnh", "hội nghị"))
# meeting nouns that need no "cuộc" to head an adjunct ("tại hội nghị thượng đỉnh")
_SUMMIT_NOUNS = key_set(("hội nghị thượng đỉnh", "cuộc gặp thượng đỉnh", "hội đàm", "cuộc gặp", "cuộc hội đàm"))
_PASSIVE = frozenset(PASSIVE)
_SESSION = frozenset({"phiên", "buổi", "kỳ", "khóa"})
_TIME_ADJUNCT = frozenset(
    {"kéo", "dài", "phút", "giờ", "tiếng", "hôm", "ngày", "tuần", "tháng", "thứ", "qua", "nay", "trước", "tối", "sáng"}
    | {"chiều", "hai", "ba", "tư", "năm", "sáu", "bảy", "nhật", "đêm", "trưa", "sau", "khi", "đầu", "tiên"}
)
# first syllables of verbs of discussion after a coordinated subject ("thảo luận", "trao đổi")
_TALK = frozenset({"thảo", "trao", "bàn", "đánh", "hoan", "nhấn", "khẳng", "thống", "ký", "nhất"})
_MEDIUM_NOUNS = frozenset({"trang", "mạng", "xã", "hội", "tài", "khoản", "nền", "tảng", "ứng", "dụng", "kênh"})
_HARD_PUNCT = frozenset({";", ":", "?", "!"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_OPEN_QUOTES = frozenset({'"', "“"})
_CLOSE_QUOTES = frozenset({'"', "”"})
_ADVERBS = frozenset(
    {
        "đã",
        "sẽ",
        "cũng",
        "vừa",
        "đang",
        "mới",
        "từng",
        "vẫn",
        "còn",
        "lại",
        "liên",
        "tục",
        "luôn",
        "hôm",
        "nay",
        "qua",
        "đều",
        "chính",
        "thức",
        "trước",
        "đó",
        "tiếp",
        "mạnh",
        "mẽ",
        "công",
        "khai",
        "nhiều",
        "lần",
        "một",
        "nữa",
        "bất",
        "ngờ",
        "chiều",
        "sáng",
        "tối",
        "trưa",
        "đêm",
        "đầu",
        "tiên",
        "cùng",
        "ngày",
        "thứ",
        "sau",
    }
)
_DIRECT_SKIP = frozenset(
    {"phía", "cả", "các", "nước", "thủ", "đô", "thành", "phố", "lại", "ngay", "tới", "đến", "sang", "hai", "thẳng"}
)
_NHAU = "nhau"
_INTRANSITIVE_NEXT = frozenset({"trực", "riêng", "tại", "ở", "bên", "kín", "song", "lần", "thượng", "kéo"})
_DAY_MONTH = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$")
_DAY_LEADS = frozenset({"ngày", "hôm", "năm", "tháng", "sáng", "chiều", "tối", "trưa", "đêm", "khuya"})
_CITED = key_set(("thông cáo", "tuyên bố", "thông báo", "phát biểu", "lời", "báo cáo", "bài phát biểu"))
_TRIP_WORDS = key_set(("công du", "thăm chính thức", "thăm cấp nhà nước"))
_PERSUADE = key_set(("thuyết phục", "vận động", "lôi kéo", "thúc ép", "ép buộc"))
_INTRO = key_set(("trong", "sau", "tại", "trước", "khi", "nhân", "bên lề", "trong khi", "ngay sau", "qua", "sau khi"))
_COORD_VP = key_set(("đồng thời", "và", "cũng như", "song"))
_CARRY_BREAKS = key_set(("đồng thời", "song", "sau khi", "trước khi", "và"))
_PRONOUNS = frozenset({"ông", "bà", "ngài"})
_COMPEL = key_set(("buộc", "ép", "ép buộc", "cưỡng ép"))
_DATE_PREPS = frozenset({"vào", "trong", "từ", "hồi", "ngày"})
_UNITED_NAMES = key_set(("mặt trận", "bộ", "bộ trưởng", "ủy ban", "uỷ ban", "đảng", "lực lượng", "khối"))
_ANSWERS = key_set(
    (
        "chấp nhận",
        "chấp thuận",
        "nhận được",
        "phớt lờ",
        "bác",
        "bác bỏ",
        "từ chối",
        "khước từ",
        "hoan nghênh",
        "ủng hộ",
        "xem xét",
        "cân nhắc",
        "đáp ứng",
        "phản đối",
        "trả lời",
        "đồng ý với",
        "bình luận về",
        "thực hiện",
    )
)
_UNDERGONE_FILLERS = frozenset({"sự", "những", "các", "nhiều", "làn", "sóng", "lời", "một", "loạt"})
_LIST_NOUNS = key_set(("danh sách",))
_STOPPED = key_set(("ngừng", "dừng", "chấm dứt", "cắt", "cắt đứt", "cắt bỏ", "đình chỉ", "thôi"))
_MUST_ADVERBS = frozenset({"cũng", "sẽ", "cần", "vẫn", "đều", "nhất", "thiết", "buộc", "cả"}) - {"buộc"}
"""Words between a party and "phải" in "X (cũng/sẽ/cần) phải …"."""
_MUST_NOT_FOLLOW = frozenset({"là", "chăng", "không", "vì", "lòng", "đạo", "trái", "gánh", "trả", "được", "bị"})
_EXPERTS = key_set(
    ("chuyên gia", "nhà phân tích", "giáo sư", "học giả", "nhà nghiên cứu", "nhà báo", "tiến sĩ", "nhà bình luận")
)
_BORNE = key_set(("chịu", "đối mặt", "đối diện", "hứng chịu", "gánh chịu", "trả giá", "nhận", "sống", "chờ", "đợi"))
_GROUP_PHRASES = {
    key: n
    for n, word in ((2, "hai"), (3, "ba"), (2, "2"), (3, "3"))
    for key in (
        (word, "nhà", "lãnh", "đạo"),
        (word, "lãnh", "đạo"),
        (word, "tổng", "thống"),
        (word, "ngoại", "trưởng"),
        (word, "bên"),
        (word, "ông"),
        ("lãnh", "đạo", word, "nước"),
        ("lãnh", "đạo", word, "bên"),
        ("nguyên", "thủ", word, "nước"),
    )
}
_LEADER_TITLES = key_set(
    (
        "tổng thống",
        "thủ tướng",
        "ngoại trưởng",
        "bộ trưởng ngoại giao",
        "bộ trưởng quốc phòng",
        "chủ tịch",
        "lãnh đạo",
        "nhà lãnh đạo",
        "nguyên thủ",
        "người đứng đầu",
    )
)
"""Titles that name the office holders of states counted or listed after them ("Tổng thống
hai nước", "hai nhà lãnh đạo Nga - Mỹ")."""
_HEAD_TITLES = key_set(("tổng thống", "thủ tướng", "chủ tịch", "quốc vương", "nhà vua", "tổng bí thư"))
"""Titles of heads of state or government: telling one of them in a named place is meeting them."""
_IN_PLACE = frozenset({"tại", "ở"})
_PAST_MARKERS = frozenset({"đã", "vừa", "từng"})
_TIME_OPENERS = key_set(("kể từ khi", "từ khi", "sau khi", "trước khi", "khi"))
"""Subordinators opening a time clause at the start of a sentence."""
_ANSWER_LEADS = frozenset({"theo"})
"""Words right before a demand noun whose possessor asked for the act ("theo yêu cầu")."""
_GROUP_LAST = frozenset(p[-1] for p in _GROUP_PHRASES)
_LEADER_FIRST = frozenset(p[0] for p in _LEADER_TITLES)
_GROUP_COUNT = {"hai": 2, "2": 2, "ba": 3, "3": 3}
_GROUP_LEAD = frozenset({"các", "những", "cả"}) | frozenset(_GROUP_COUNT)
_STATE_JOINERS = frozenset({"và", "-", "–", ","})
_PAIR_DASHES = frozenset({"-", "–", "—", "‐"})
_STATE_PEOPLE = key_set(
    (
        "quan chức",
        "giới chức",
        "nhà ngoại giao",
        "các nhà ngoại giao",
        "quan chức cấp cao",
        "cố vấn quân sự",
        "binh sĩ",
        "chuyên gia",
        "công dân",
        "du khách",
        "người",
    )
)
"""Nouns before a state naming unnamed people of it ("quan chức Nga"): that state met no one."""
_HANDSHAKE = key_set(("bắt tay",))
_WORK_WITH = key_set(("làm việc",))
_NEGOTIATE = key_set(("đàm phán", "thương lượng"))
"""Verbs of negotiating: a meeting only with a partner after "với" ("đàm phán với X")."""
_PARTNER_NOUNS = key_set(("đối tác", "đồng minh", "nước", "quốc gia", "nền kinh tế", "bên"))
"""Nouns for a set of partners named by a list after them ("các đối tác gồm A, B và C")."""
_LIST_MARKERS = key_set(("gồm", "bao gồm", "gồm có", "là", "như"))
_FRONTING = frozenset({"trước", "về"})
_MEETING_COMPLEMENTS = frozenset({"AGREED", "COMMITTED", "WARNED"})
"""Predicates whose complement may report a real meeting ("nhất trí gặp lại", "cam kết đàm
phán"); the pair model may add meetings inside these only."""
_BANQUETS = key_set(
    ("dự tiệc", "dự tiệc chiêu đãi", "dự quốc yến", "dự bữa tối", "dự bữa trưa", "dự tiệc trưa", "dự tiệc tối")
)
_MEMBER_LEAD = frozenset({"một", "số", "các", "những", "nhiều", "đông", "đảo", "đoàn", "nhóm"})
_MEMBER_NOUNS = key_set(
    ("nghị sĩ", "thượng nghị sĩ", "hạ nghị sĩ", "thành viên", "đại diện", "đại biểu", "lãnh đạo", "quan chức")
)
_TRAVEL = frozenset({"đi", "bằng", "tàu", "hỏa", "hoả", "máy", "bay", "xe", "lửa", "cùng", "nhau", "chuyên", "cơ"})
"""Ways of travelling between a traveller and "tới" ("cùng đi tàu hỏa tới Kiev")."""
_PLACE_NOUNS = key_set(("thành phố", "thủ đô", "khu nghỉ dưỡng", "tỉnh", "bang", "đảo", "thị trấn", "căn cứ", "vùng"))
_HOST_WORDS = frozenset({"nước", "chủ", "nhà", "sở", "tại", "bạn"})
_MEET_MANNER = frozenset({"trực", "tiếp", "riêng", "chính", "thức", "lần", "đầu"})
"""Manner words between a meeting verb and its object ("gặp mặt trực tiếp X")."""
_CALL_PURPOSE = key_set(("chúc mừng", "chia buồn", "cảm ơn", "thăm hỏi", "cám ơn"))
"""Verbs of a call's purpose whose object is the person called ("điện đàm chúc mừng X")."""
_INVITEE_WORDS = frozenset({"lãnh", "đạo", "nhà", "các", "những", "nước", "quốc", "gia", "của"})
_ACCEPTED = key_set(("nhận lời", "nhận lời mời", "chấp nhận lời mời"))
"""An invitation accepted: the visit it names is planned ("nhận lời mời sang thăm Bắc Kinh")."""
_ARRANGE = key_set(("thỏa thuận", "thoả thuận", "nhất trí", "đồng ý", "quyết định", "cam kết"))
_PHONE_CALL = key_set(("gọi điện", "điện thoại", "gọi điện thoại"))
_SPEECH_ACTS = frozenset(
    {"DEMANDED", "CALLED_FOR", "PROPOSED", "COMMITTED", "ACCUSED", "WARNED", "THREATENED", "REJECTED", "DENIED"}
)
_CONJ_AND = frozenset({"và", "cùng", "lẫn"})
_CONTENT_LEAD = frozenset({"rằng", "việc", "là", ":", "về", "phải", "đã", "sẽ", "cần", "nên", ",", "hãy", "với"})
_MAX_CONTENT_WORDS = 25
_BAD_VALUE_START = frozenset(
    {
        "cho",
        "của",
        "và",
        "với",
        "tới",
        "đến",
        "từ",
        "này",
        "đó",
        "lại",
        "thêm",
        "nào",
        "hay",
        "hoặc",
        "mà",
        "năm",
        "ngày",
        "gì",
    }
)
_CAUSATIVE = key_set(("khiến", "mời", "giúp", "để", "cho phép", "làm cho", "buộc", "thuyết phục"))
_INVITE = key_set(("mời",))
_LEAD_ADVERBS = key_set(
    (
        "mạnh mẽ",
        "kiên quyết",
        "gay gắt",
        "tiếp tục",
        "thêm",
        "luôn",
        "vẫn",
        "cũng",
        "kịch liệt",
        "hoàn toàn",
        "nghiêm khắc",
        "chính thức",
        "thẳng thừng",
    )
)
_DATE_WORDS = frozenset(
    {"hôm", "ngày", "qua", "nay", "mai", "tuần", "tháng", "năm", "thứ", "chủ", "đêm", "sáng", "chiều", "tối"}
)
_THING_PRONOUNS = frozenset({"nó", "họ", "chúng", "điều", "đây", "đấy"})
_TRANSFER = key_set(("gửi", "gửi thêm", "cung cấp", "cung cấp thêm", "chuyển giao", "bàn giao", "viện trợ thêm"))
_RECIPIENT = key_set(("cho", "tới", "đến", "sang"))
_NEW_CLAUSE = key_set(("song",))
_VERB_START = key_set(("cho phép", "từ bỏ", "từ chối", "từ chức", "đến thăm", "tới thăm"))
"""Verbs whose first syllable is also a preposition ("từ bỏ" is not "từ")."""
_CLAUSE_AUX = frozenset({"sẽ", "đang", "đã", "vẫn"})
"""After "cảnh báo X", one of these makes X the subject of the warned clause, not the addressee."""
_ADVERB_BREAKS = frozenset({"còn"})
"""Clause breakers that are adverbs after a subject ("Mỹ còn kêu gọi …" = also)."""
_SIGN = key_set(("ký", "ký kết"))
_AGREEMENT_NOUNS = key_set(
    (
        "thỏa thuận",
        "thoả thuận",
        "hiệp định",
        "hiệp ước",
        "hợp đồng",
        "bản ghi nhớ",
        "ghi nhớ",
        "văn kiện",
        "tuyên bố chung",
        "công ước",
        "nghị định thư",
        "văn bản",
        "thỏa ước",
        "thư ý định",
        "kế hoạch hợp tác",
        "chương trình hợp tác",
    )
)
_CONCESSIVE = key_set(("bất chấp", "mặc dù", "dù", "dù cho"))
_FUTURE = key_set(
    (
        "tuần tới",
        "tháng tới",
        "năm tới",
        "sắp tới",
        "ngày mai",
        "tuần sau",
        "tháng sau",
        "sắp diễn ra",
        "dự kiến diễn ra",
        "được ấn định",
        "được lên lịch",
        "sẽ diễn ra",
        "dự kiến sẽ diễn ra",
        "dự kiến được tổ chức",
        "sẽ được tổ chức",
    )
)
_FIRST_PERSON = frozenset({"chúng", "tôi", "ta"})
_MODALS = frozenset({"cần", "phải", "nên", "có", "thể", "muốn", "đang", "vẫn", "hoàn", "toàn", "sẵn", "sàng", "rất"})
_ATTENDANCE = key_set(
    tuple(
        f"{lead}sự {verb} của"
        for lead in ("với ", "có ", "")
        for verb in ("tham dự", "tham gia", "có mặt", "góp mặt", "chứng kiến")
    )
)
_LIFT = key_set(
    (
        "dỡ bỏ",
        "gỡ bỏ",
        "nới lỏng",
        "hủy bỏ",
        "bãi bỏ",
        "xóa bỏ",
        "tạm ngừng",
        "đình chỉ",
        "giảm nhẹ",
        "rút lại",
        "chấm dứt",
        "thoát khỏi",
        "né tránh",
        "lách",
        "từ bỏ",
    )
)
"""Verbs that lift or escape a sanction: "nới lỏng, tạm ngừng hoặc hủy bỏ trừng phạt Nga" imposes nothing."""
_SANCTION_DET = frozenset(
    {
        "các",
        "những",
        "mọi",
        "lệnh",
        "biện",
        "pháp",
        "toàn",
        "bộ",
        "một",
        "số",
        "loạt",
        "gói",
        "lời",
        "sự",
        "hoàn",
        "phần",
    }
)
_ALLEGATION = key_set(
    ("cáo buộc", "thông tin", "luận điệu", "cáo giác", "lời buộc tội", "tin đồn", "tin tức", "báo cáo")
)
"""What "bác bỏ" denies rather than rejects ("bác bỏ, gọi cáo buộc là vô lý")."""
_COMMIT_MAKERS = key_set(
    (
        "đưa ra",
        "ra",
        "có",
        "ký",
        "ký kết",
        "giữ",
        "giữ vững",
        "giữ nguyên",
        "khẳng định",
        "tái khẳng định",
        "nhắc lại",
        "thể hiện",
        "bày tỏ",
        "tuyên bố",
        "đạt được",
        "công bố",
        "gửi",
        "nhận được",
    )
)
"""Verbs that make or restate a commitment; "cam kết" as the object of any other verb
("chứng tỏ một cam kết", "tuân thủ các cam kết", "vi phạm cam kết") is no new commitment."""
_COMMIT_DET = frozenset({"một", "các", "những", "mọi", "lời", "sự", "này", "đó"})
_SANCTION_HEADS = key_set(
    ("lệnh", "biện pháp", "gói", "đòn", "các lệnh", "các biện pháp", "những biện pháp", "những lệnh")
)
ANY_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT", "MISC")
_ACT_NOUNS = key_set(
    (
        "vụ",
        "cuộc",
        "việc",
        "hành động",
        "hành vi",
        "động thái",
        "quyết định",
        "chính sách",
        "vụ việc",
        "các vụ",
        "các cuộc",
    )
)
"""Heads of an act condemned or criticised ("lên án vụ thử tên lửa mới nhất của Triều Tiên")."""
_OWNED_ACTS = {
    "ACCUSED": _ACT_NOUNS,
    "WARNED": key_set(("việc",)),
    "SUPPORTED": key_set(("nỗ lực", "các nỗ lực", "những nỗ lực", "vai trò", "sự đóng góp", "đóng góp", "lập trường")),
    "REJECTED": key_set(
        (
            "quyết định",
            "tuyên bố",
            "phát ngôn",
            "phán quyết",
            "động thái",
            "hành động",
            "chính sách",
            "lập trường",
            "vụ",
            "hoạt động",
            "hành vi",
        )
    ),
}
"""Acts whose author a verb targets: "ủng hộ nỗ lực của Kuwait" → Kuwait, "bác bỏ quyết định
của ICC" → ICC (a demand or proposal keeps its topic: "bác bỏ đề xuất của Nga")."""
_DOCUMENTS = key_set(
    (
        "tuyên bố",
        "tuyên bố chung",
        "thông cáo",
        "thông báo",
        "nghị quyết",
        "văn bản",
        "thư",
        "bức thư",
        "lá thư",
        "bài xã luận",
        "xã luận",
        "báo cáo",
        "bản tuyên bố",
    )
)
"""Statements that speak for their author: "tuyên bố của Triều Tiên yêu cầu Seoul …" → Triều Tiên."""
_DECISIONS = key_set(("quyết định", "sắc lệnh", "nghị quyết", "dự luật", "kế hoạch", "động thái"))
_TOPIC_NOUNS = key_set(
    ("vấn đề", "chủ đề", "câu hỏi", "đề tài", "chuyện", "lựa chọn", "phương án", "tỷ lệ", "tỉ lệ", "mức độ")
)
"""Nouns a trigger only names the subject of ("các vấn đề trừng phạt Nga"): no act is stated."""
_GOVERNMENT = key_set(("chính quyền", "chính phủ"))
_UNIFIED = key_set(("nước", "đất nước", "hai miền", "bán đảo", "lãnh thổ", "dân tộc"))
_OFFICIALS = key_set(("chính quyền", "chính phủ", "quan chức", "giới chức", "nội các", "phái đoàn"))
_AGENT_NOUNS = key_set(
    (
        "lực lượng",
        "phe",
        "nhóm",
        "người",
        "đối tượng",
        "phần tử",
        "chiến binh",
        "phiến quân",
        "tay súng",
        "công ty",
        "ngân hàng",
        "đảng",
        "nhà hoạt động",
        "cử tri",
        "tư tưởng",
        "quan điểm",
        "lập trường",
        "người dân",
    )
)
"""Common nouns heading the subject of a trigger right after them ("các lực lượng ủng hộ
chính phủ Syria", "tư tưởng ủng hộ Brexit"): the act is theirs, not a named actor's."""
_GROUP_NOUNS = key_set(("nước", "quốc gia", "cá nhân", "thực thể"))
"""Nouns heading an unnamed plural group right before a trigger ("các cá nhân và thực thể hỗ
trợ IS", "những nước ủng hộ"); "nước này ủng hộ" names a state."""
_DETERMINERS = frozenset({"nhiều", "mọi", "lễ"})
_OWN_CLAUSE = key_set(("vì", "bởi", "bởi vì", "trong khi", "trong khi đó"))
"""Openers of a clause with its own subject: the main clause's subject is not carried into it."""
_SANCTION_CARRY = key_set(
    (
        "tăng cường",
        "siết chặt",
        "thắt chặt",
        "gia tăng",
        "bổ sung",
        "duy trì",
        "kéo dài",
        "quyết định",
        "áp",
        "áp dụng",
        "thi hành",
        "đưa ra",
        "nghị quyết",
        "dự luật",
        "sắc lệnh",
        "về",
        "với",
        "và",
        "một",
        "dễ dàng",
        "nhanh chóng",
        "vô căn cứ",
        "nhiều",
        "hàng loạt",
        "thêm",
        "tháng",
        "năm",
        "tuần",
        "ngày",
        "hai",
        "ba",
        "bốn",
        "sáu",
        "mười",
        "mười hai",
    )
)
"""Words between a sanctioner and "các lệnh trừng phạt" besides light verbs: verbs that
impose, extend or tighten sanctions, the act that carries them ("thông qua nghị quyết các
biện pháp trừng phạt") and durations ("gia hạn thêm 6 tháng")."""
_IMPOSE = key_set(
    (
        "áp đặt",
        "áp",
        "áp dụng",
        "công bố",
        "tung ra",
        "đưa ra",
        "ban hành",
        "thông qua",
        "gia hạn",
        "mở rộng",
        "duy trì",
        "thi hành",
        "thực thi",
    )
)
"""Verbs of a relative clause that imposes the sanction named before it ("các lệnh trừng
phạt (mà / do) Mỹ áp đặt", "lệnh trừng phạt được chính quyền X áp đặt lên Y")."""
_COORD_LIGHT = _IMPOSE | key_set(
    (
        "có",
        "thực hiện",
        "tiến hành",
        "bắt đầu",
        "kết thúc",
        "tham dự",
        "chủ trì",
        "tăng cường",
        "siết chặt",
        "thắt chặt",
        "gia tăng",
        "bổ sung",
        "kéo dài",
    )
)
"""Verbs that carry a nominal trigger in a verb phrase coordinated by "và"."""
_UNDERGO = key_set(("chịu", "bị", "hứng chịu", "gánh chịu", "phải chịu", "lãnh", "dính"))
"""Verbs whose subject undergoes the sanction that is their object ("Iran chịu lệnh trừng phạt")."""
_SUFFERED = _UNDERGO | key_set(("vấp phải", "gặp phải", "chịu sự", "hứng"))
"""Verbs whose subject undergoes the act named after them ("vấp phải chỉ trích")."""
_SANCTION_AGENT = frozenset({"được", "do", "mà", "của", "bởi"})
_MANNER = key_set(("mạnh mẽ", "gay gắt", "kịch liệt", "quyết liệt", "công khai", "thẳng thừng", "nghiêm khắc"))
"""Manner adverbs between a verb and its object ("lên án mạnh mẽ Triều Tiên")."""
_GENITIVE_OK = key_set(
    (
        "nước",
        "các nước",
        "phía",
        "chính quyền",
        "chính phủ",
        "giới chức",
        "quan chức",
        "phái đoàn",
        "nhà nước",
        "người",
        "quốc gia",
        "liên minh",
        "khối",
        "bên",
    )
)

_PURPOSE = frozenset({"để", "nhằm"})
_CONTRAST = key_set(("nhưng", "song", "tuy nhiên", "nhưng vẫn"))
_REGARD = key_set(("đề cao", "ghi nhận", "đánh giá cao", "trân trọng", "hoài nghi", "nghi ngờ", "tin tưởng vào"))
_WELCOME = key_set(("hoan nghênh", "chào mừng"))
_MAIN_AUX = frozenset({"cũng", "sẽ", "đã", "đang", "vẫn", "từng", "còn", "đều"})
_ATTEMPT = key_set(("cố gắng", "tìm cách", "nỗ lực", "cố"))
_RELATIVE_LEADS = frozenset({"người", "vốn", "là", "nhà"})
_HOSTILE_PREDICATES = frozenset({"WARNED", "THREATENED", "ACCUSED", "SANCTIONED"})
_BASE = {
    "between": 0.92,
    "with": 0.9,
    "direct": 0.88,
    "coord": 0.82,
    "of": 0.82,
    "marker": 0.8,
    "value": 0.78,
    "content": 0.85,
}


@dataclass
class Hit:
    """A matched phrase: unit span and what it is."""

    start: int
    end: int
    kind: str
    preds: tuple[str, ...] = ()


@dataclass
class Frame:
    """A reporting frame: who says it and which units it covers."""

    start: int
    end: int
    reporter: EntityRef
    at: int
    kind: str = "report"


@dataclass
class Subject:
    args: list[Arg]
    how: str
    distance: int
    via_deps: bool = False
    pos: int = -1


@dataclass
class Scope:
    start: int
    end: int
    pred: str
    negating: bool
    subject: Subject | None


@dataclass
class DocState:
    """What a sentence may refer back to: the last person spoken of, the last meeting."""

    last_person: Arg | None = None
    last_meeting: list[Arg] = field(default_factory=list)
    last_states: list[Arg] = field(default_factory=list)
    last_date: dt.date | None = None
    by_title: dict[str, Arg] = field(default_factory=dict)
    last_group: list[Arg] = field(default_factory=list)
    """The last people acting together ("Moon và Tập nhất trí …"), for a later "hai bên"."""
    last_pair: list[Arg] = field(default_factory=list)
    """The two people of the last sentence that named exactly two ("A mời B …"), a last
    resort for "hai lãnh đạo"."""
    quote_speaker: Arg | None = None
    """Who spoke the quotation of the last sentence ('"…", ông X nói'), for a quotation that
    goes on in the next sentence ('"Tôi đã …"')."""
    """The last person named with each title ("Thủ tướng" → Nguyễn Xuân Phúc)."""


class RuleExtractor:
    """Rule-based relation extractor over linked documents (``extractor.rules.v1``).

    Parameters
    ----------
    min_confidence
        Facts below this confidence are dropped.
    use_dependencies
        Use the dependency parse (spaCy ``DependencyMatcher``) when tokens carry heads.
    use_model
        Add the meetings the learned pair model finds beyond the rules
        (:mod:`graphkit.extraction.pairs`), when the model is installed.
    ontology
        The ontology to read triggers and signatures from.

    Examples
    --------
    >>> from graphkit.extraction import EXTRACTORS
    >>> EXTRACTORS.create("extractor.rules.v1", min_confidence=0.5).name
    'extractor.rules.v1'
    """

    name = NAME

    def __init__(
        self,
        min_confidence: float = 0.3,
        use_dependencies: bool = True,
        ontology: Ontology = ONTOLOGY,
        use_model: bool = True,
    ):
        self.min_confidence = float(min_confidence)
        self.use_dependencies = use_dependencies
        self.use_model = use_model
        self.ontology = ontology
        self.lexicon: Lexicon = build_lexicon(ontology)

    def extract(self, adoc: AnnotatedDocument) -> ExtractionResult:
        """Typed facts of one linked document.

        Parameters
        ----------
        adoc
            The document after NER and linking.

        Returns
        -------
        ExtractionResult
            The facts at or above ``min_confidence`` (deduplicated) and the number of
            candidates rejected by the ontology's domain/range.
        """
        entities = {e.id: e for e in adoc.entities}
        candidates: list[dict[str, Any]] = []
        for _analysis, facts in self.sentence_facts(adoc):
            candidates.extend(facts)
        candidates.extend(_role_facts(adoc, entities, self.lexicon))
        triples: dict[str, TripleBase] = {}
        rejected = 0
        for data in candidates:
            data["extractor"] = self.name
            data["doc_id"] = adoc.document.doc_id
            data["confidence"] = round(min(max(data["confidence"], 0.0), 1.0), 3)
            try:
                triple = parse_triple(data)
            except ValidationError as exc:
                rejected += 1
                log.debug("rejected candidate %s: %s", data.get("predicate"), exc.errors()[0].get("msg"))
                continue
            if triple.confidence < self.min_confidence:
                continue
            old = triples.get(triple.id)
            if old is None or old.confidence < triple.confidence:
                triples[triple.id] = triple
        return ExtractionResult(triples=list(triples.values()), rejected=rejected)

    def sentence_facts(self, adoc: AnnotatedDocument) -> Iterator[tuple[_SentenceAnalysis, list[dict[str, Any]]]]:
        """Each sentence's analysis with its candidate facts (before validation), in order.

        Photo captions are skipped; a sentence the extractor fails on is logged and skipped.
        """
        entities = {e.id: e for e in adoc.entities}
        state = DocState()
        for sentence in adoc.sentences:
            if _CAPTION.search(sentence.text) and not _CREDIT_THEN_BODY.match(sentence.text):
                continue
            try:
                analysis = _SentenceAnalysis(self, adoc, sentence, entities, state)
                facts = analysis.facts()
                analysis.update_state()
            except Exception:  # pragma: no cover - one odd sentence must not lose the document
                log.exception("extraction failed on a sentence of %s at %d", adoc.document.doc_id, sentence.start)
                continue
            yield analysis, facts


def _related(facts: Sequence[dict[str, Any]]) -> dict[frozenset[str], list[str]]:
    """The predicates of ``facts`` between two entities, by the pair of their ids."""
    out: dict[frozenset[str], list[str]] = {}
    for fact in facts:
        obj = fact.get("object")
        if isinstance(obj, dict) and obj.get("id"):
            out.setdefault(frozenset((fact["subject"]["id"], obj["id"])), []).append(fact["predicate"])
    return out


def _ref_dict(ref: EntityRef) -> dict[str, Any]:
    return ref.model_dump(mode="json")


class _SentenceAnalysis:
    """All the matching state of one sentence."""

    def __init__(
        self,
        ex: RuleExtractor,
        adoc: AnnotatedDocument,
        sentence: Sentence,
        entities: dict[str, Entity],
        state: DocState | None = None,
    ):
        self.ex = ex
        self.state = state if state is not None else DocState()
        self._top = True
        self._meeting: list[Arg] = []
        self._declined: set[int] = set()
        self._met_at: set[int] = set()
        self._states: dict[str, EntityRef | None] = {}
        self._pair_statuses: dict[tuple[int, int], Status | None] = {}
        self.pending: dict[int, Subject] = {}
        self.lex = ex.lexicon
        self.onto = ex.ontology
        self.adoc = adoc
        self.sentence = sentence
        self.entities = entities
        self._pred_name = ""
        self._rgroups: dict[int, tuple[int, list[Arg] | None]] | None = None
        self.text = adoc.document.text
        self.units: list[Unit] = build_units(adoc, sentence, self.lex, entities)
        self._elided_titles()
        self.keys = [u.key for u in self.units]
        self.n = len(self.units)
        self.hits: list[Hit] = []
        self.tag: list[Hit | None] = [None] * self.n
        self.pos_end = {t.end: t.pos for t in sentence.tokens if t.pos}
        self.pos_start = {t.start: t.pos for t in sentence.tokens if t.pos}
        self._match()
        self.deps = DependencyIndex.build(sentence, self.units) if ex.use_dependencies else None
        self.frames: list[Frame] = []
        self._source_commas: set[int] = set()
        self.subjects: list[tuple[int, Subject]] = []
        self._quote_speaker: Arg | None = None
        self.scopes: list[Scope] = []
        self._kb_states = False
        self._dates: list[Any] | None = None

    def update_state(self) -> None:
        """Carry this sentence's main person and meeting over to the next sentences."""
        bare_quote = self.n > 0 and self.units[0].text in _QUOTES and not self.frames
        people: list[Arg] = []
        for u in self.units:
            arg = u.arg
            named = u.kind == "m" and arg is not None and str(arg.ref.type) == "PERSON" and not arg.attributive
            if named and _office_holder(arg) and all(p.ref.id != arg.ref.id for p in people):  # type: ignore[arg-type, union-attr]
                people.append(arg)  # type: ignore[arg-type]
        self.state.last_pair = people if len(people) == 2 else []
        self.state.quote_speaker = self._quote_speaker or (self.state.quote_speaker if bare_quote else None)
        for _at, subj in self.subjects:
            people = [a for a in subj.args if str(a.ref.type) == "PERSON"]
            if people and subj.how in ("left", "deps", "intro", "pronoun"):
                self.state.last_person = people[0]
                break
        else:
            for u in self.units:
                if u.kind == "m" and u.arg is not None and str(u.arg.ref.type) == "PERSON" and not u.arg.attributive:
                    self.state.last_person = u.arg
                    break
        for u in self.units:
            arg = u.arg
            if u.kind == "m" and arg is not None and str(arg.ref.type) == "PERSON" and arg.mention.role:
                title = _canonical(arg.mention.role)
                if title is not None and not _names_nobody(arg.mention):
                    self.state.by_title[title] = arg
        for _at, subj in self.subjects:
            if len(subj.args) >= 2 and all(str(a.ref.type) == "PERSON" for a in subj.args):
                self.state.last_group = list(subj.args)
        lead = next((k for k in range(self.n) if self.usable(k, ("PERSON",)) and not self.prep_before(k)), None)
        if lead is not None:
            # "A và B dự hội nghị …": people acting together open the sentence
            group = self.group_right(lead, ("PERSON",))
            if len(group) >= 2:
                self.state.last_group = [self.units[x].arg for x in group]  # type: ignore[misc]
        if self._meeting:
            self.state.last_meeting = list(self._meeting)
        for _at, subj in self.subjects:
            if len(subj.args) >= 2 and all(str(a.ref.type) == "COUNTRY" for a in subj.args):
                self.state.last_states = list(subj.args)
        days = [d for d in self._date_list() if d.date is not None and getattr(d, "precision", "day") == "day"]
        if days:
            self.state.last_date = days[-1].date

    # ------------------------------------------------------------------ matching

    def _match(self) -> None:
        token_starts: set[int] = set()
        token_ends: set[int] = set()
        for tok in self.sentence.tokens:
            token_starts.add(tok.start)
            token_ends.add(tok.end)
        self._token_starts = token_starts
        for s, e, (kind, preds) in self.lex.phrases.find_all(self.keys):
            starts_word = self.units[s].start in token_starts or (s > 0 and self.is_word(s - 1, _NOMINAL) > 0)
            # the segmenter may join a one-syllable verb to the name after it ("thăm Đức")
            joined = s + 1 < self.n and self.units[s + 1].kind == "m" and self.units[s + 1].start not in token_starts
            aligned = starts_word and (self.units[s].end in token_ends or joined)
            if kind == "trigger" and e - s == 1 and token_starts and not aligned:
                continue
            if kind == "break" and self.keys[s] in _ADVERB_BREAKS and s > 0 and self.units[s - 1].kind != "p":
                continue
            hit = Hit(s, e, kind, preds)
            self.hits.append(hit)
            for i in range(s, e):
                self.tag[i] = hit

    def kind_at(self, i: int) -> str | None:
        hit = self.tag[i] if 0 <= i < self.n else None
        return hit.kind if hit else None

    def is_hard_break(self, i: int) -> bool:
        u = self.units[i]
        if u.kind == "p" and u.text in _HARD_PUNCT:
            return True
        kind = self.kind_at(i)
        return kind in ("break", "complementizer", "report", "source")

    def is_word(self, i: int, keys: frozenset[tuple[str, ...]]) -> int:
        """Length of the phrase of ``keys`` that ends at unit ``i`` (0 when none)."""
        for phrase in keys:
            n = len(phrase)
            if i - n + 1 >= 0 and tuple(self.keys[i - n + 1 : i + 1]) == phrase:
                return n
        return 0

    def starts_with(self, i: int, keys: frozenset[tuple[str, ...]]) -> int:
        """Length of the phrase of ``keys`` that starts at unit ``i`` (0 when none)."""
        best = 0
        for phrase in keys:
            n = len(phrase)
            if tuple(self.keys[i : i + n]) == phrase:
                best = max(best, n)
        return best

    def prep_before(self, i: int) -> bool:
        """True when a preposition (word list, or a token tagged E) precedes unit ``i``."""
        j = i - 1
        while j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _PRONOUNS or self.keys[j] == "phía"):
            j -= 1
        if j < 0 or self.units[j].kind != "w":
            return False
        if self.is_word(j, _PREP) > 0:
            return True
        pos = self.pos_end.get(self.units[j].end)
        return pos is not None and pos.startswith("E") and self.kind_at(j) is None

    def verb_before(self, i: int) -> bool:
        """True when unit ``i`` follows a verb (a trigger, or a token tagged V): an object."""
        if i == 0 or self.units[i - 1].kind != "w":
            return False
        if self.kind_at(i - 1) == "trigger":
            hit = self.tag[i - 1]
            return hit is not None and not (hit.start > 0 and self.is_word(hit.start - 1, _NOMINAL))
        if self.kind_at(i - 1) is not None:
            return False
        if self.is_word(i - 1, _CAUSATIVE) or self.keys[i - 1] == "hiện":
            return False
        pos = self.pos_end.get(self.units[i - 1].end)
        if pos is None or not pos.startswith("V"):
            return False
        k = i - 1
        while k > 0 and self.units[k - 1].kind == "w" and i - k < 4:
            k -= 1
        return not any(_is_title(self.text[self.units[x].start : self.units[i - 1].end]) for x in range(k, i))

    def usable(self, i: int, allowed: Sequence[str]) -> bool:
        """True when unit ``i`` is a non-attributive mention admitted by ``allowed``."""
        if not self.is_mention(i):
            return False
        arg = self.units[i].arg
        return arg is not None and not arg.attributive and self.admit(arg, allowed) is not None

    def is_mention(self, i: int) -> bool:
        return 0 <= i < self.n and self.units[i].kind == "m" and self.units[i].arg is not None

    # ------------------------------------------------------------------ arguments

    def admit(self, arg: Arg, allowed: Sequence[str]) -> EntityRef | None:
        """The entity to use for ``arg`` under a signature, mapping metonyms to their state."""
        if str(arg.ref.type) in allowed:
            return arg.ref
        if arg.state is not None and str(arg.state.type) in allowed:
            return arg.state
        # "Moskva bác bỏ" in an article that never writes "Nga": the state from the knowledge base
        speaks_for = arg.entity.speaks_for if arg.entity is not None else None
        if self._kb_states and speaks_for:
            state = kb_entity(speaks_for)
            if state is not None and str(state.type) in allowed:
                return state
        return None

    def group_left(self, j: int, allowed: Sequence[str]) -> list[int]:
        """Indices of the coordinated mentions ending at ``j`` ("Mỹ, Anh và Pháp")."""
        group = [j]
        saw_and = j + 1 < self.n and self.keys[j + 1] in _CONJ_AND
        k = j - 1
        while k - 1 >= 0:
            conj = self.keys[k]
            if conj in _CONJ_AND:
                saw_and = True
            elif conj == ",":
                if not self._same_kind(k - 1, group[0]):
                    break
                if not saw_and:
                    chain = self._comma_list(j, allowed)
                    return chain if chain is not None else group
            elif not self._dash_joined(k):
                break
            m = self._before_aside(k - 1) if conj in _CONJ_AND else k - 1
            if not self.is_mention(m) or self.units[m].arg.attributive:  # type: ignore[union-attr]
                break
            if self.admit(self.units[m].arg, allowed) is None:  # type: ignore[arg-type]
                break
            group.insert(0, m)
            k = m - 1
        return group

    def _dash_joined(self, k: int) -> bool:
        """ "Mỹ - Triều", "Trump – Kim": two states or two people joined by the dash at ``k``."""
        if self.keys[k] not in _PAIR_DASHES or not (self.is_mention(k - 1) and self.is_mention(k + 1)):
            return False
        kinds = {str(self.units[x].arg.ref.type) for x in (k - 1, k + 1)}  # type: ignore[union-attr]
        return len(kinds) == 1 and kinds <= {"COUNTRY", "PERSON"}

    def _before_aside(self, k: int) -> int:
        """ "Shinzo Abe (trái) và Donald Trump", "Kim Jong-un, đang thăm Nga, và Vladimir Putin":
        the unit before a short aside in parentheses or between commas that ends at ``k``
        (``k`` itself when there is none)."""
        if k >= 1 and self.units[k].text == ",":
            for p in range(k - 1, max(0, k - 12), -1):
                u = self.units[p]
                if u.text == ",":
                    opens = self.units[p + 1].kind == "w" and not self.units[p + 1].text[:1].isupper()
                    return p - 1 if opens and p + 1 < k and self.is_mention(p - 1) else k
                if u.kind == "p" or self.is_hard_break(p):
                    return k
                if u.kind == "m" and str(u.arg.ref.type) not in ("COUNTRY", "LOCATION"):  # type: ignore[union-attr]
                    return k
            return k
        if k < 0 or self.units[k].text != ")":
            return k
        for p in range(k - 1, max(-1, k - 5), -1):
            if self.units[p].text == "(":
                inside = range(p + 1, k)
                return p - 1 if all(self.units[x].kind == "w" for x in inside) else k
        return k

    def _after_aside(self, k: int) -> int:
        """The unit after a short aside in parentheses that starts at ``k`` (``k`` when none)."""
        if k >= self.n or self.units[k].text != "(":
            return k
        for q in range(k + 1, min(self.n, k + 5)):
            if self.units[q].text == ")":
                return q + 1 if all(self.units[x].kind == "w" for x in range(k + 1, q)) else k
        return k

    def _reaffirmed(self, hit: Hit) -> bool:
        """ "tái khẳng định cam kết … của X đối với Y": a verb stating the commitment anew."""
        j = hit.start - 1
        while j >= 0 and self.keys[j] in ("các", "những", "mọi", "sự"):
            j -= 1
        return j >= 0 and any(tuple(self.keys[j - len(v) + 1 : j + 1]) == v for v in _REAFFIRM if j - len(v) + 1 >= 0)

    def _noun_object(self, hit: Hit) -> bool:
        """ "thực hiện (các) cam kết", "đáp ứng yêu cầu": the trigger is the noun object of a
        verb that takes an existing commitment, demand or proposal."""
        j = hit.start - 1
        while j >= 0 and self.keys[j] in _NOUN_OBJECT_SKIP:
            j -= 1
        return j >= 0 and any(
            tuple(self.keys[j - len(v) + 1 : j + 1]) == v for v in _NOUN_TAKERS if j - len(v) + 1 >= 0
        )

    def _such_as(self, lead: int) -> bool:
        """ "các nước như Pháp, Đức": names exemplifying a plural noun subject."""
        if lead >= 2 and self.keys[lead - 1] == "gồm" and self.units[lead - 2].kind != "p":
            return True  # "các cường quốc (bao) gồm Anh, Pháp …": the members listed act
        return lead >= 2 and self.keys[lead - 1] == "như" and self.keys[lead - 2] in _PLURAL_HEADS

    def _comma_list(self, j: int, allowed: Sequence[str]) -> list[int] | None:
        """ "Anh, Pháp, Đức cam kết", "các nước như Pháp, Đức, Italy": a list joined by commas
        only, ending at ``j``; three names or more, or two opening the sentence or after
        "như"/"gồm"/"là"; None otherwise."""
        group = [j]
        k = j - 1
        while k - 1 >= 0 and self.keys[k] == ",":
            m = k - 1
            if not self.is_mention(m) or self.units[m].arg.attributive or not self._same_kind(m, j):  # type: ignore[union-attr]
                break
            if self.admit(self.units[m].arg, allowed) is None:  # type: ignore[arg-type]
                break
            group.insert(0, m)
            k = m - 1
        if len(group) < 2:
            return None
        first = group[0]
        lead = self.keys[first - 1] if first > 0 else ""
        if lead in ("như", "gồm", "là", "cả") or first == 0:
            return group
        if len(group) >= 3 and (lead == "" or self.units[first - 1].kind == "w" and self.kind_at(first - 1) is None):
            return group
        return None

    def _same_entity(self, a: int, b: int) -> bool:
        if not (self.is_mention(a) and self.is_mention(b)):
            return False
        return self.units[a].arg.ref.id == self.units[b].arg.ref.id  # type: ignore[union-attr]

    def _same_kind(self, a: int, b: int) -> bool:
        """Both units are person mentions, or both are not (a list does not mix them)."""
        if not (self.is_mention(a) and self.is_mention(b)):
            return False
        pa = str(self.units[a].arg.ref.type) == "PERSON"  # type: ignore[union-attr]
        pb = str(self.units[b].arg.ref.type) == "PERSON"  # type: ignore[union-attr]
        return pa == pb

    def group_right(self, j: int, allowed: Sequence[str]) -> list[int]:
        """Indices of the coordinated mentions starting at ``j``."""
        group = [j]
        commas: list[int] = []
        saw_and = False
        k = j + 1
        while k + 1 < self.n:
            aside = self._after_aside(k)
            if aside > k and aside < self.n and self.keys[aside] in _CONJ_AND:
                k = aside
            elif self.keys[k] == "," and str(self.units[group[-1]].arg.ref.type) == "PERSON":  # type: ignore[union-attr]
                # "A, hiện đang ở thăm Mỹ, và B": a comma aside between two people
                close = next((x for x in range(k + 1, min(self.n, k + 9)) if self.keys[x] == ","), None)
                inner = range(k + 1, close) if close is not None else range(0)
                people = any(
                    (self.kind_at(x) == "trigger" and self._pred_name != "MET")
                    or (self.is_mention(x) and str(self.units[x].arg.ref.type) == "PERSON")  # type: ignore[union-attr]
                    for x in inner
                )
                if close is not None and close + 1 < self.n and self.keys[close + 1] == "và" and not people:
                    k = close + 1
            conj = self.keys[k]
            step = 1
            if conj in _CONJ_AND:
                saw_and = True
                if self.keys[k + 1] == "với" and k + 2 < self.n:
                    step = 2
            elif conj == "," and not saw_and:
                commas.append(len(group))
            else:
                break
            m = k + step
            if conj in _CONJ_AND and not self.is_mention(m):
                m = self._described_person(m, group[-1])
            if not self.is_mention(m) or self.units[m].arg.attributive:  # type: ignore[union-attr]
                break
            if self.admit(self.units[m].arg, allowed) is None:  # type: ignore[arg-type]
                break
            group.append(m)
            k = m + 1
        if commas and not saw_and:
            group = group[: commas[0]]
        return group

    def _described_person(self, m: int, prev: int) -> int:
        """ "… và chủ nhà G20 năm nay - Thủ tướng Đức Angela Merkel": a person conjunct
        introduced by a short description and a dash; the person's index (``m`` when none)."""
        if str(self.units[prev].arg.ref.type) != "PERSON":  # type: ignore[union-attr]
            return m
        if m < self.n and any(self._titled(m, t) for t in range(m + 1, min(self.n, m + 4))):
            # "… và Đại sứ Nga tại Mỹ Sergey Kislyak": a title whose body is not folded
            for x in range(m + 1, min(self.n, m + 9)):
                if self.is_hard_break(x) or self.kind_at(x) == "trigger" or self.units[x].kind == "p":
                    break
                if self.is_mention(x) and str(self.units[x].arg.ref.type) == "PERSON":  # type: ignore[union-attr]
                    return x
        for x in range(m + 1, min(self.n - 1, m + 8)):
            if self.is_hard_break(x) or self.kind_at(x) == "trigger" or self.units[x].text == ",":
                return m
            if self.units[x].text in ("-", "–", "—"):
                nxt = x + 1
                person = self.is_mention(nxt) and str(self.units[nxt].arg.ref.type) == "PERSON"  # type: ignore[union-attr]
                return nxt if person else m
        return m

    def find_subject(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """The actor(s) left of unit ``i`` in the same clause.

        A mention right after a preposition, a verb or a number is not a subject; a pronoun
        ("ông") or a group phrase ("hai nhà lãnh đạo") resolves to the document's last
        person or last meeting; a name of a type the predicate cannot take blocks the
        search (its subject is that mistyped name, not an actor further left)."""
        if self.deps is not None:
            dep = self.deps.subject_of(i, self.units)
            if dep is not None and dep < i and self.usable(dep, allowed) and not self.prep_before(dep):
                group = self.group_left(dep, allowed)
                return Subject([self.units[x].arg for x in group], "deps", i - dep - 1, True, dep)  # type: ignore[misc]
        j = i - 1
        while j >= 0:
            if self.is_hard_break(j) or self.kind_at(j) == "condition_end":
                return None
            u = self.units[j]
            rgroup = self.role_group_ending(j)
            if rgroup is not None:
                lead, members = rgroup
                if (lead > 0 and self.keys[lead - 1] in ("của", "giữa", "với")) or self.prep_before(lead):
                    j = lead - 1
                    continue
                if members and all(self.admit(a, allowed) for a in members):
                    return Subject(list(members), "anaphor", i - j - 1, pos=j)
            if u.kind == "w":
                states = self._states_phrase(j)
                if states:
                    members = self.state.last_states
                    if len(members) == states and all(self.admit(a, allowed) for a in members):
                        return Subject(list(members), "anaphor", i - j - 1, pos=j)
                    return Subject([], "blocked", 0)
                n = self._group_phrase(j)
                skip = self._group_object_length(j) if n else 0
                if skip:
                    j -= skip
                    continue
                if n:
                    # the two office holders of the last sentence, unless the phrase names its
                    # states ("hai nhà lãnh đạo Nhật – Mỹ") or people came before it here
                    loose = not self.is_mention(j + 1) and not any(self.usable(x, ("PERSON",)) for x in range(j))
                    members = self._group_antecedent(n, loose=loose)
                    if len(members) == n and all(self.admit(a, allowed) for a in members):
                        return Subject(list(members), "anaphor", i - j - 1, pos=j)
                    return Subject([], "blocked", 0)
                titled = self._bare_title(j, allowed) if self._pred_name in ("MET", "VISITED") else None
                if titled is not None:
                    return titled if titled.args else Subject([], "blocked", 0)
                if (
                    u.key in _PRONOUNS
                    and not self.is_mention(j + 1)
                    and j + 1 < self.n
                    and self.units[j + 1].kind == "w"
                ):
                    person = self._antecedent(j)
                    if person is not None and self.admit(person, allowed) is not None:
                        return Subject([person], "pronoun", i - j - 1, pos=j)
                    return Subject([], "blocked", 0)
            if self.is_mention(j) and self._pred_name in ("MET", "VISITED"):
                companion = self._companion_start(j)
                if companion is not None:
                    j = companion - 1
                    continue
            led = u.key == "đầu" and j >= 3 and self.keys[j - 1] == "dẫn" and self.keys[j - 3] == "do"
            if led and self.usable(j - 2, allowed):
                return Subject([self.units[j - 2].arg], "left", i - j, pos=j - 2)  # type: ignore[list-item]
            relative = u.kind == "w" and u.key == "người" and j >= 2 and self.units[j - 1].text == ","
            if relative and self.usable(j - 2, allowed):
                group = self.group_left(j - 2, allowed)
                return Subject([self.units[x].arg for x in group], "relative", i - j, pos=j - 2)  # type: ignore[misc]
            if self.is_mention(j) and j > 1 and self.units[j - 1].text == "(" and self._same_entity(j, j - 2):
                j -= 1
                continue
            if self._place_apposition(j):
                j -= 2
                continue
            if self.usable(j, allowed) and self._inside_subjectless_opener(j, i):
                return self._main_after_opener(i, allowed)
            if self.usable(j, allowed) and self._cited_owner(j):
                return Subject([self.units[j].arg], "left", i - j - 1, pos=j)  # type: ignore[list-item]
            if self.usable(j, allowed) and (self._role_phrase(j) or self._genitive(j)):
                return Subject([], "blocked", 0)
            if self.usable(j, allowed):
                outer = self._appositive_head(j, i, allowed)
                if outer is not None:
                    j = outer
                group = self.group_left(j, allowed)
                lead = group[0]
                if self._wished(lead) or (lead != j and (self._role_phrase(lead) or self._genitive(lead))):
                    return Subject([], "blocked", 0)
                title = self._title_start(lead)
                if title is not None and (self.prep_before(title) or self.verb_before(title)):
                    j = title - 1
                    continue
                # "một đội gồm ông Yun và các nhân viên": a list going on with common nouns
                listed = self._such_as(lead) and not (
                    j + 2 < self.n and self.keys[j + 1] == "và" and not self.is_mention(j + 2)
                )
                if (
                    (self.prep_before(lead) and not listed)
                    or self._passive_agent(lead)
                    or (self.verb_before(lead) and not listed)
                    or self._number_before(j)
                ):
                    j = lead - 1
                    continue
                return Subject([self.units[x].arg for x in group], "left", i - j - 1, pos=j)  # type: ignore[misc]
            first_person = u.key == "chúng" and j + 1 < self.n and self.keys[j + 1] in ("tôi", "ta")
            if u.kind == "w" and u.key in _THING_PRONOUNS and i - j <= 3 and not first_person:
                return Subject([], "blocked", 0)
            near = self.is_mention(j) and not self.units[j].arg.attributive and i - j <= 2  # type: ignore[union-attr]
            if near and not self.prep_before(j) and not self.verb_before(j):
                return Subject([], "blocked", 0)
            j -= 1
        return None

    def _inside_subjectless_opener(self, j: int, i: int) -> bool:
        """ "Kể từ khi can thiệp vào cuộc nội chiến Syria, ủng hộ …, Nga …": a name inside a
        sentence-opening time clause that starts with a verb (no subject of its own) is not
        the subject of a verb after the clause's comma."""
        n = self.starts_with(0, _TIME_OPENERS)
        if not n or not self._verb_next(n) or j < n:
            return False
        comma = next((x for x in range(n, i) if self.units[x].text == ","), None)
        return comma is not None and j < comma

    def _main_after_opener(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """The subject opening the main clause after a sentence-opening clause: the first name
        after a comma past ``i`` that a word follows."""
        for x in range(i, self.n - 1):
            if self.is_hard_break(x) and self.units[x].text != ",":
                return None
            if self.units[x].text == "," and self.usable(x + 1, allowed):
                group = self.group_right(x + 1, allowed)
                if group[-1] + 1 < self.n and self.units[group[-1] + 1].kind == "w":
                    return Subject([self.units[g].arg for g in group], "intro", 2)  # type: ignore[misc]
        return None

    def _trip_at(self, hit: Hit) -> bool:
        """A trip word ("công du", "thăm chính thức") followed by "tại" / "ở"."""
        trip = tuple(self.keys[hit.start : hit.end]) in _TRIP_WORDS
        return trip and hit.end < self.n and self.keys[hit.end] in ("tại", "ở") and self.units[hit.end].kind == "w"

    def _cited_owner(self, j: int) -> bool:
        """ "KCNA dẫn thông cáo của Bộ Ngoại giao Triều Tiên cáo buộc …": the one whose
        statement an outlet cites is the actor of what follows, not the outlet."""
        k = j - 1
        if k < 1 or self.keys[k] != "của" or self.units[k].kind != "w":
            return False
        for noun in _CITED:
            start = k - len(noun)
            if start >= 1 and tuple(self.keys[start:k]) == noun and self.keys[start - 1] == "dẫn":
                return True
        return False

    def _place_apposition(self, j: int) -> bool:
        """ "tại Tokyo, Nhật Bản, …": the state or region after a place named by a preposition
        only locates it and is no actor."""
        if not (self.is_mention(j) and j >= 2 and self.units[j - 1].text == "," and self.is_mention(j - 2)):
            return False
        if str(self.units[j - 2].arg.ref.type) != "LOCATION" or not self.prep_before(j - 2):  # type: ignore[union-attr]
            return False
        if str(self.units[j].arg.ref.type) not in ("COUNTRY", "LOCATION"):  # type: ignore[union-attr]
            return False
        return j + 1 >= self.n or self.units[j + 1].kind == "p"

    def _bare_title(self, j: int, allowed: Sequence[str]) -> Subject | None:
        """ "Thủ tướng sẽ có cuộc hội đàm với …": a title with no name, ending at ``j``, as a
        subject refers to the last person named with that title (None when there is no
        bare title; a subject without arguments when its holder is unknown)."""
        if self.is_mention(j + 1) or (
            j + 1 < self.n
            and self.units[j + 1].kind == "w"
            and self.kind_at(j + 1) is None
            and self.keys[j + 1] not in _ADVERBS
            and self.keys[j + 1] != "và"
        ):
            return None
        for n in (4, 3, 2, 1):
            t = j - n + 1
            if t < 0 or any(self.units[x].kind != "w" for x in range(t, j + 1)):
                continue
            title = _canonical(self.text[self.units[t].start : self.units[j].end])
            if title is None:
                continue
            if t > 0 and (self.units[t - 1].kind == "m" or self.prep_before(t) or self.verb_before(t)):
                return None
            if (
                t > 0
                and self.units[t - 1].kind == "w"
                and self.kind_at(t - 1) is None
                and self.keys[t - 1] not in _ADVERBS
            ):
                return None
            person = self.state.by_title.get(title)
            if person is None or self.admit(person, allowed) is None:
                return Subject([], "blocked", 0)
            return Subject([person], "pronoun", 0, pos=j)
        return None

    def _title_start(self, j: int) -> int | None:
        """Where a plural title before the mention at ``j`` starts ("các nhà lãnh đạo Trung Quốc")."""
        if j == 0 or self.units[j - 1].kind != "w":
            return None
        k = j - 1
        while k > 0 and self.units[k - 1].kind == "w" and j - k < 5:
            k -= 1
        for x in range(k, j):
            if _is_title(self.text[self.units[x].start : self.units[j - 1].end]):
                while x > 0 and self.keys[x - 1] in ("các", "những"):
                    x -= 1
                return x
        return None

    def _unnamed_office(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """ "Đại sứ Triều Tiên tại Liên Hợp Quốc yêu cầu …": an office holder named only by a
        title and a state, right before the trigger, speaks for that state."""
        j = i - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j >= 2 and self.is_mention(j) and self.keys[j - 1] in ("tại", "ở"):
            j -= 2
        if not self.is_mention(j) or str(self.units[j].arg.ref.type) != "COUNTRY":  # type: ignore[union-attr]
            return None
        arg = self.units[j].arg
        assert arg is not None
        start = self._title_start(j)
        if start is None or not self._role_phrase(j) or self.admit(arg, allowed) is None:
            return None
        if start > 0 and not (self.units[start - 1].kind == "p" or self.kind_at(start - 1) in ("break", "report")):
            return None
        return Subject([arg], "office", i - j, pos=j)

    def _role_phrase(self, j: int) -> bool:
        """ "Thủ tướng Nhật" with no name: a title before a country names a person, not the state."""
        u = self.units[j]
        if u.arg is None or str(u.arg.ref.type) == "PERSON" or j == 0 or self.units[j - 1].kind != "w":
            return False
        k = j - 1
        while k > 0 and self.units[k - 1].kind == "w" and j - k < 5:
            k -= 1
        for x in range(k, j):
            if _is_title(self.text[self.units[x].start : self.units[j - 1].end]):
                return not (x > 0 and self.keys[x - 1] in ("các", "những"))
        return False

    def _genitive(self, j: int) -> bool:
        """ "quân đội Ukraine", "chính sách một Trung Quốc": a name after a common noun
        modifies it; the noun, not the name, is the subject."""
        if j == 0 or self.units[j - 1].kind != "w" or self.kind_at(j - 1) is not None or self.keys[j - 1] == "hiện":
            return False
        pos = self.pos_end.get(self.units[j - 1].end)
        if pos is None or pos[:1] not in ("N", "M", "L") or pos.startswith("Np"):
            return False
        arg = self.units[j].arg
        if pos[:1] == "M" and ((arg is not None and arg.mention.role) or self.units[j - 1].text[:1].isdigit()):
            # "Hai nhà lãnh đạo Obama và Medvedev", "ngày 3-4 Mỹ": a count before titled people
            # or a date, not a head noun
            return False
        if self.is_word(j - 1, _GENITIVE_OK) or self.is_word(j - 1, _NOMINAL):
            return False
        k = j - 1
        while k > 0 and self.units[k - 1].kind == "w" and j - k < 4:
            k -= 1
        return not any(_is_title(self.text[self.units[x].start : self.units[j - 1].end]) for x in range(k, j))

    def _appositive_head(self, j: int, i: int, allowed: Sequence[str]) -> int | None:
        """ "Bà Kim Yo-jong, em gái nhà lãnh đạo Kim Jong-un, hôm nay bác bỏ": a mention inside
        a parenthesis between commas gives way to the mention before the parenthesis."""
        close = next((x for x in range(j + 1, i) if self.units[x].text == ","), None)
        if close is None or any(
            not (self.keys[x] in _ADVERBS or self.kind_at(x) in ("negation", "planned")) for x in range(close + 1, i)
        ):
            return None
        k = j - 1
        while k > 0 and k > j - 8:
            if self.units[k].text == ",":
                if self.usable(k - 1, allowed) and not any(self.kind_at(x) for x in range(k + 1, j)):
                    return k - 1
                return None
            if self.is_hard_break(k) or self.kind_at(k) is not None:
                return None
            k -= 1
        return None

    def _antecedent(self, j: int, same_sentence: bool = False) -> Arg | None:
        """The person a pronoun at ``j`` refers to: the sentence's own leading person, else
        the last person of the previous sentences."""
        quoted_arg = self._quoted_antecedent(j)
        if quoted_arg is not None:
            return quoted_arg
        # inside a quotation a third-person pronoun does not name the speaker ("… chuyến thăm
        # của ông ấy", said by Tillerson, is someone else's visit)
        quoted = self._quoted(j)
        speakers = {f.reporter.id for f in self.frames if f.start <= j < f.end} if quoted else set()
        for k in range(j):
            u = self.units[k]
            person = u.kind == "m" and u.arg is not None and not u.arg.attributive and str(u.arg.ref.type) == "PERSON"
            if person and not self.prep_before(k) and u.arg.ref.id not in speakers:  # type: ignore[union-attr]
                return u.arg
        return None if same_sentence else self.state.last_person

    def _quoted(self, j: int) -> bool:
        """True when unit ``j`` is inside quotation marks opened earlier in the sentence."""
        inside = False
        for k in range(j):
            t = self.units[k].text
            if t in ("“", "”"):
                inside = t == "“"
            elif t == '"':
                inside = not inside
        return inside

    def _quoted_antecedent(self, j: int) -> Arg | None:
        """ "\"Tôi đã nói chuyện với Tổng thống X … và ông ấy ủng hộ …\"": a third-person
        pronoun ("ông ấy", "bà ta") in a quote or a reported clause refers to the one person
        named before it there, not to the speaker."""
        if j + 1 >= self.n or self.keys[j + 1] not in ("ấy", "ta"):
            return None
        straight = [x for x in range(j) if self.units[x].text == '"']
        curly = [x for x in range(j) if self.units[x].text == "“"]
        closed = [x for x in range(j) if self.units[x].text == "”"]
        if len(straight) % 2:
            start = straight[-1] + 1
        elif curly and (not closed or curly[-1] > closed[-1]):
            start = curly[-1] + 1
        else:
            # "X cho biết (rằng) …": the reported clause, whose reporter is not the referent
            said = [h.end for h in self.hits if h.kind in ("report", "complementizer") and h.end <= j]
            if not said:
                return None
            start = said[-1]
        people = [
            self.units[x].arg
            for x in range(start, j)
            if self.is_mention(x) and str(self.units[x].arg.ref.type) == "PERSON"  # type: ignore[union-attr]
        ]
        if len({a.ref.id for a in people}) != 1:  # type: ignore[union-attr]
            return None
        return people[-1]

    def index_of(self, arg: Arg) -> int:
        return next(k for k in range(self.n) if self.units[k].arg is arg)

    def _topic_window(self, start: int, end: int, text: str) -> str:
        """The value text plus the few words that finish a cue cut off at the value's end
        ("… mở rộng về phía" + "đông")."""
        if not text or end <= start:
            return text
        lo = self.text.find(text, self.units[start].start)
        if lo < 0:
            return text
        hi = lo + len(text)
        k = next((x for x in range(start, end) if self.units[x].start >= hi), end)
        stop = min(end, k + 3)
        if stop > k:
            hi = max(hi, self.units[stop - 1].end)
        return self.text[lo:hi]

    def _agreed_with(self, hit: Hit, start: int) -> tuple[list[Arg], int]:
        """ "nhất trí với Thủ tướng X về …": the partners who agreed too, and where the
        agreed content starts (after "về")."""
        if start != hit.end or self.keys[start : start + 1] != ["với"]:
            return [], start
        found = self._titled_mention(start + 1)
        m = found if found is not None else -1
        actors = self.onto.groups.get("ACTOR", ())
        if m < 0 or not self.usable(m, actors):
            return [], start
        group = self.group_right(m, actors)
        return [self.units[x].arg for x in group], group[-1] + 1  # type: ignore[misc]

    def _passive_before(self, hit: Hit) -> bool:
        """ "đã được ký kết", "bị từ chối": the trigger is passive; its subject is the patient."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        return j >= 0 and self.units[j].kind == "w" and self.keys[j] in _PASSIVE and self.kind_at(j) is None

    def _undergone(self, hit: Hit) -> bool:
        """ "vấp phải (sự) chỉ trích", "hứng chịu các lệnh trừng phạt", "bị nhiều nhà phê bình
        chỉ trích": the subject undergoes the act; it does not do it."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _UNDERGONE_FILLERS:
            j -= 1
        if j >= 0 and self.is_word(j, _SUFFERED):
            return True
        # "bị <agent> chỉ trích": a passive with its agent between
        for k in range(hit.start - 2, max(-1, hit.start - 6), -1):
            if self.kind_at(k) is not None or self.units[k].text in (",", ":"):
                return False
            if (
                self.units[k].kind == "w"
                and self.keys[k] == "bị"
                and not any(self.is_mention(x) for x in range(k + 1, hit.start))
                and self.keys[k + 1 : k + 3] != ["cho", "là"]
            ):
                return True
        return False

    def _signed_agreement(self, hit: Hit, start: int) -> bool:
        """ "ký thỏa thuận", "ký kết hiệp định": signing agrees only to an agreement, not
        to an order or a decree ("ký lệnh truy nã")."""
        if tuple(self.keys[hit.start : hit.end]) not in _SIGN:
            return True
        return any(self.starts_with(k, _AGREEMENT_NOUNS) for k in range(start, min(self.n, start + 5)))

    def _agent_of_relative(self, j: int) -> bool:
        """ "địa điểm do ông đề nghị": the actor after "do" acts inside a relative clause
        modifying the noun before it."""
        k = j - 1
        while k >= 0 and self.is_mention(k):
            k -= 1
        return k >= 0 and self.units[k].kind == "w" and self.keys[k] == "do"

    def _passive_agent_of(self, j: int) -> bool:
        """ "được chính quyền Seoul đồng ý": the mention at ``j`` is the agent of a passive."""
        k = j - 1
        while k >= 0 and self.is_mention(k):
            k -= 1
        if k >= 0 and self.units[k].kind == "w":
            k -= self.is_word(k, _GENITIVE_OK)
        return k >= 0 and self.units[k].kind == "w" and self.keys[k] in _PASSIVE and self.kind_at(k) is None

    def _wished(self, lead: int) -> bool:
        """ "hy vọng Mỹ hỗ trợ …", "muốn Nga rút quân": the actor of a hope or a wish does
        nothing yet, and the wisher is not the actor either."""
        if lead == 0 or self.units[lead - 1].kind != "w":
            return False
        # "thuyết phục Nga ủng hộ …": the one to be persuaded has not yet acted either
        if any(tuple(self.keys[max(0, lead - len(p)) : lead]) == p for p in _PERSUADE):
            return True
        return self.kind_at(lead - 1) in ("planned", "hedge") and self.keys[lead - 1] not in ("sẽ", "sắp", "định")

    def _states_phrase(self, j: int) -> int:
        """ "Ba nước cũng cáo buộc …", "Cả hai nước …" opening a clause: the number of states
        it refers back to (0 when the phrase is not there or is not the clause's subject)."""
        if j < 1 or self.keys[j] != "nước":
            return 0
        n = {"hai": 2, "ba": 3}.get(self.keys[j - 1], 0)
        k = j - 2
        if k >= 0 and self.keys[k] == "cả":
            k -= 1
        opens = k < 0 or self.units[k].kind == "p" or self.kind_at(k) in ("break", "complementizer", "report")
        return n if n and opens else 0

    def _group_object_length(self, j: int) -> int:
        """ "giục hai ông kết thúc …", "với hai bên": the length of a group phrase ending at
        ``j`` that follows a verb or a preposition (an object, not the subject); else 0."""
        if self.keys[j] not in _GROUP_LAST:
            return 0
        for phrase in _GROUP_PHRASES:
            k = len(phrase)
            if j - k + 1 >= 0 and tuple(self.keys[j - k + 1 : j + 1]) == phrase:
                lead = j - k + 1
                if lead > 0 and self.keys[lead - 1] == "để":
                    return 0  # "mời X sang thăm để hai bên hội đàm": the purpose clause's subject
                if (lead > 0 and self.keys[lead - 1] in ("của", "giữa")) or self.prep_before(lead):
                    return k
                return k if self.verb_before(lead) else 0
        return 0

    def _elided_titles(self) -> None:
        """ "với lãnh đạo Nhật Bản và Hàn Quốc", "Tổng thống Mỹ, Nga": a state joined to a
        title-and-state phrase shares its title; it names that state's office holder."""
        day = self.adoc.document.date
        if day is None:
            return
        units = self.units
        for k in range(2, len(units)):
            u, prev = units[k], units[k - 2]
            if u.kind != "m" or u.arg is None or str(u.arg.ref.type) != "COUNTRY" or u.arg.attributive:
                continue
            if units[k - 1].text not in ("và", ",") or prev.kind != "m" or prev.arg is None:
                continue
            lead = prev.arg.mention
            if str(lead.type) != "PERSON" or lead.source != "linker.role" or not lead.role:
                continue
            if k + 1 < len(units) and units[k + 1].kind == "m":
                continue
            ref = _kb_holder(lead.role, u.arg.ref.id, day)
            ent = self.entities.get(ref.id) if ref is not None else None
            if ent is None:
                continue
            own = EntityRef(id=ent.id, name=ent.name, type=ent.type)
            u.arg = Arg(mention=u.arg.mention, ref=own, entity=ent, linked=True)

    def role_groups(self) -> dict[int, tuple[int, list[Arg] | None]]:
        """Phrases naming office holders of states by a title ("Tổng thống hai nước", "hai nhà
        lãnh đạo Nga - Mỹ", "các Ngoại trưởng Mỹ và Nhật Bản"): start → (end, the holders, or
        None when the knowledge base cannot tell who they are)."""
        if self._rgroups is None:
            self._rgroups = {}
            if any(k in _GROUP_LEAD for k in self.keys):
                i = 0
                while i < self.n:
                    found = (
                        self._role_group_at(i) if self.keys[i] in _GROUP_LEAD or self.keys[i] in _LEADER_FIRST else None
                    )
                    if found is None:
                        i += 1
                        continue
                    self._rgroups[i] = found
                    i = found[0]
        return self._rgroups

    def _role_group_at(self, i: int) -> tuple[int, list[Arg] | None] | None:
        k = i
        if self.keys[k] == "cả":
            k += 1
        count = _GROUP_COUNT.get(self.keys[k], 0) if k < self.n else 0
        if k < self.n and self.keys[k] in _GROUP_LEAD:
            k += 1
        elif k > i:
            return None
        t = self.starts_with(k, _LEADER_TITLES) if k < self.n else 0
        if not t or any(self.units[x].kind != "w" for x in range(k, k + t)):
            return None
        title = " ".join(self.keys[k : k + t])
        k += t
        if k + 1 < self.n and not count and self.keys[k] in _GROUP_COUNT and self.keys[k + 1] == "nước":
            states = self._context_states(i, _GROUP_COUNT[self.keys[k]])
            return k + 2, (self._leaders(title, states) if states else None)
        if k == i + t or not self._is_state(k):
            return None
        listed = [k]
        m = k + 1
        while m + 1 < self.n and self.keys[m] in _STATE_JOINERS and self._is_state(m + 1):
            listed.append(m + 1)
            m += 2
        if len(listed) < 2 or (count and count != len(listed)) or self.is_mention(m):
            return None
        leaders = self._leaders(title, [self.units[x].arg for x in listed])  # type: ignore[misc]
        # "hai nhà lãnh đạo Nhật - Hàn": when the KB cannot name them, the people last seen together
        if leaders:
            return m, leaders
        members = self._group_antecedent(len(listed))
        states = {self.units[x].arg.ref.id for x in listed}  # type: ignore[union-attr]
        of = [_state_of(a) for a in members]
        if not members or any(s is not None and s.id not in states for s in of):
            # "hai nhà lãnh đạo Nga - Pháp" cannot be people of other states
            return m, None
        return m, members

    def _is_state(self, k: int) -> bool:
        """A state, or a short place name standing for one ("Nhật - Hàn")."""
        return self.is_mention(k) and str(self.units[k].arg.ref.type) in ("COUNTRY", "LOCATION")  # type: ignore[union-attr]

    def _context_states(self, i: int, n: int) -> list[Arg] | None:
        """The states "hai nước" refers to: a list of n states earlier in the sentence, the
        states last spoken of together, else the states of the last meeting's participants."""
        for j in range(i):
            if self._is_state(j) and (j == 0 or not self._is_state(j - 2) or self.keys[j - 1] not in _STATE_JOINERS):
                group = self.group_right(j, ("COUNTRY",))
                if len(group) == n:
                    return [self.units[x].arg for x in group]  # type: ignore[misc]
        if len(self.state.last_states) == n:
            return list(self.state.last_states)
        members = self._meeting if len(self._meeting) == n else self.state.last_meeting
        if len(members) != n:
            people = [j for j in range(i) if self.usable(j, ("PERSON",)) and not self.prep_before(j)]
            group = self.group_right(people[0], ("PERSON",)) if people else []
            if len(group) != n:
                return None
            members = [self.units[x].arg for x in group]  # type: ignore[misc]
        states = [_state_of(a) for a in members]
        if any(s is None for s in states) or len({s.id for s in states if s}) != n:
            return None
        return [Arg(mention=_fake_mention(s), ref=s, entity=None, linked=True) for s in states if s]

    def _leaders(self, title: str, states: Sequence[Arg]) -> list[Arg] | None:
        """The holders of ``title`` in each state on the article's date, when the knowledge base
        names exactly one and the article names that person too."""
        day = self.adoc.document.date
        if day is None:
            return None
        out: list[Arg] = []
        for st in states:
            ref = _kb_holder(title, st.ref.id, day)
            ent = self.entities.get(ref.id) if ref is not None else None
            if ent is None:
                return None
            own = EntityRef(id=ent.id, name=ent.name, type=ent.type)
            out.append(Arg(mention=_fake_mention(own), ref=own, entity=ent, linked=True))
        return out

    def role_group_ending(self, j: int) -> tuple[int, list[Arg] | None] | None:
        """(start, holders) of the role group whose last unit is ``j``."""
        for start, (end, members) in self.role_groups().items():
            if end - 1 == j:
                return start, members
        return None

    def group_members_at(self, k: int) -> list[Arg] | None:
        """The people a group phrase starting at ``k`` names: office holders of the states it
        lists or counts, or the last meeting's participants ("hai nhà lãnh đạo")."""
        found = self.role_groups().get(k)
        if found is not None:
            return found[1]
        for phrase, n in _GROUP_PHRASES.items():
            if tuple(self.keys[k : k + len(phrase)]) == phrase and not self.is_mention(k + len(phrase)):
                loose = not any(self.usable(x, ("PERSON",)) for x in range(k))
                members = self._group_antecedent(n, loose=loose)
                return list(members) if len(members) == n else None
        return None

    def _group_antecedent(self, n: int, loose: bool = False) -> list[Arg]:
        """Who "hai nhà lãnh đạo", "hai bên" refer to: the sentence's meeting, the last
        meeting, else the last people who acted together (n of them); ``loose``: else the
        two office holders the last sentence named."""
        pools = [self._meeting, self.state.last_meeting, self.state.last_group]
        if loose:
            pools.append(self.state.last_pair)
        for members in pools:
            if len(members) == n:
                return list(members)
        return []

    def _group_phrase(self, j: int) -> int:
        if self.keys[j] not in _GROUP_LAST:
            return 0
        for phrase, n in _GROUP_PHRASES.items():
            k = len(phrase)
            if j - k + 1 >= 0 and tuple(self.keys[j - k + 1 : j + 1]) == phrase:
                return n
        return 0

    def _number_before(self, j: int) -> bool:
        """A number right before a mention ("2 Mỹ"), but not a date ("ngày 23-2 Mỹ yêu cầu …")."""
        if not (j > 0 and self.units[j - 1].text[:1].isdigit()):
            return False
        k = j - 1
        while k >= 0 and (self.units[k].text.isdigit() or self.units[k].text in ("/", "-")):
            k -= 1
        piece = "".join(u.text for u in self.units[k + 1 : j])
        return not (_DAY_MONTH.match(piece) or (k >= 0 and self.keys[k] in _DAY_LEADS))

    def _passive_agent(self, j: int) -> bool:
        return j > 0 and self.keys[j - 1] in ("bị", "được") and self.units[j - 1].kind == "w"

    def fallback_subject(self, i: int, end: int, allowed: Sequence[str]) -> Subject | None:
        """No subject on the left: the reporter of the innermost frame starting just before
        ``i``, the main-clause subject after an introductory phrase, or the last subject."""
        conceded = self._concessive_subject(i, allowed)
        if conceded is not None:
            return conceded
        # introductory phrase: "Trong chuyến thăm Brazil, Tổng thống Macri …"
        k = end
        while k < self.n and not self.is_hard_break(k) and self.keys[k] != ",":
            k += 1
        concessive = any(h.kind == "break" and h.end == i and self.starts_with(h.start, _CONCESSIVE) for h in self.hits)
        listed = (
            0 < k < self.n - 1
            and self.is_mention(k - 1)
            and self.is_mention(k + 1)
            and len(self.group_right(k + 1, self.onto.groups.get("ANY", allowed))) > 1
        )
        if (
            k < self.n
            and self.keys[k] == ","
            and not concessive
            and not listed
            and self._clause_opens_before(i)
            and self._intro_phrase(i)
        ):
            m = k + 1
            if self.usable(m, allowed):
                group = self.group_right(m, allowed)
                if group[-1] + 1 < self.n and self.units[group[-1] + 1].kind == "w":
                    return Subject([self.units[x].arg for x in group], "intro", m - i)  # type: ignore[misc]
        frame = self.frame_opening_before(i)
        if frame is not None and frame.kind == "report" and self._bare_complement(frame.start, i):
            arg = make_arg(_fake_mention(frame.reporter), {})
            arg.ref = frame.reporter
            if self.admit(arg, allowed) is not None:
                return Subject([arg], "reporter", i - frame.at)
        carried = self._carry(i, allowed)
        if carried is not None:
            return carried
        lead = self.sentence_subject(i, allowed)
        if lead is not None:
            return lead
        return None

    def _concessive_subject(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """ "(X cho biết,) mặc dù A không tin …, nhưng vẫn yêu cầu …": a main clause with no
        subject of its own after "nhưng / song" takes the subject of the concessive clause."""
        j = i - 1
        while j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _ADVERBS or self.kind_at(j) == "planned"):
            j -= 1
        if j < 1 or self.keys[j] not in ("nhưng", "song") or self.units[j - 1].text != ",":
            return None
        c = j - 1
        if self.is_mention(j + 1):
            return None
        for x in range(c - 1, -1, -1):
            if self.units[x].kind == "p" and self.units[x].text in _HARD_PUNCT:
                return None
            n = self.starts_with(x, _CONCESSIVE)
            if n and (x == 0 or self.units[x - 1].kind == "p"):
                m = x + n
                if not self.usable(m, allowed):
                    return None
                group = self.group_right(m, allowed)
                return Subject([self.units[g].arg for g in group], "intro", i - j)  # type: ignore[misc]
        return None

    def _bare_complement(self, start: int, i: int) -> bool:
        """True when the reported clause between a reporting verb and the trigger at ``i``
        has no subject of its own, so the reporter is the subject: it opens with a verb
        ("Điện Kremlin cho biết sẽ hỗ trợ", "… nói: “Chúng tôi phản đối …”") or a
        prepositional phrase ("nói trong cuộc gặp"), not with a noun phrase ("cho biết các
        nước đã nhất trí", "nhấn mạnh có 31 nhóm … cam kết")."""
        for x in range(start, i):
            u = self.units[x]
            if u.kind == "p":
                if u.text in _QUOTES or u.text in (",", ":"):
                    continue
                return False
            if u.kind == "m":
                return False
            kind = self.kind_at(x)
            if kind in ("negation", "planned", "complementizer", "not_negation", "hedge"):
                continue
            if self.keys[x] in _ADVERBS or self.keys[x] in _CONTENT_LEAD or self.keys[x] in _MODALS:
                if self.keys[x] == "có" and kind is None and not self.is_nominal_next(x):
                    return False
                continue
            if self.keys[x] in _FIRST_PERSON:
                continue
            pos = self.pos_start.get(u.start)
            if pos is None:
                return False
            return pos.startswith(("V", "E")) or kind == "trigger"
        return True

    def is_nominal_next(self, x: int) -> bool:
        nxt = self.tag[x + 1] if x + 1 < self.n else None
        return nxt is not None and nxt.kind == "trigger" or self.starts_with(x + 1, _NOMINAL) > 0

    def _carry(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """The subject of an earlier clause of the sentence, across a coordinating break.

        After "X nói rằng …, đồng thời kêu gọi …" the subject returns to the outer clause:
        subjects found inside the reported clause are skipped."""
        breaks = [h for h in self.hits if h.start < i and h.kind in ("break", "complementizer")]
        limit = i
        if breaks:
            last = breaks[-1]
            if tuple(self.keys[last.start : last.end]) not in _CARRY_BREAKS:
                return None
            inner = [h for h in breaks[:-1] if h.kind == "complementizer"]
            if inner:
                limit = inner[-1].start
            own = self._clause_subject(last.end, i, allowed) if self.starts_with(last.start, _NEW_CLAUSE) else None
            if own is not None:
                return own if own.args else None
        for at, subj in reversed(self.subjects):
            if at < limit and subj.args and all(self.admit(a, allowed) is not None for a in subj.args):
                reports = [h for h in self.hits if h.kind == "report" and at <= h.start < i]
                coordinated = any(
                    h.kind == "break"
                    and tuple(self.keys[h.start : h.end]) in _CARRY_BREAKS
                    and reports
                    and reports[-1].end <= h.start < i
                    for h in self.hits
                )
                coordinated = coordinated or self._vp_coordinated(i)
                if reports and not coordinated:
                    head = next(
                        (h.start for h in self.hits if h.kind == "trigger" and reports[-1].end <= h.start < i), i
                    )
                    if not self._bare_complement(reports[-1].end, head):
                        continue
                return Subject(subj.args, "carry", i - at + 3, pos=subj.pos)
        if not breaks:
            return self.sentence_subject(i, allowed)
        return None

    def _clause_subject(self, start: int, i: int, allowed: Sequence[str]) -> Subject | None:
        """ "…, song Washington và London vẫn quy kết …, và yêu cầu …": the first actor
        opening the clause after a break is the subject of its coordinated verbs."""
        k = start
        while k < i and self.units[k].kind == "w" and (self.keys[k] in _ADVERBS or self.kind_at(k) is None):
            if self.is_mention(k):
                break
            k += 1
        if k >= i or not self.is_mention(k) or k - start > 3:
            return None
        if self.prep_before(k) or self.verb_before(k) or self._role_phrase(k) or self._genitive(k):
            return None
        if not self.usable(k, allowed):
            return Subject([], "blocked", 0)
        group = self.group_right(k, allowed)
        return Subject([self.units[x].arg for x in group], "carry", i - k, pos=group[-1])  # type: ignore[misc]

    def _carry_ok(self, at: int, i: int) -> bool:
        """A subject carries over only across coordinating breaks ("đồng thời", "song")."""
        for hit in self.hits:
            between = at < hit.start < i and hit.kind in ("break", "complementizer")
            if between and tuple(self.keys[hit.start : hit.end]) not in _CARRY_BREAKS:
                return False
        return True

    def sentence_subject(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """The first actor of the sentence's main clause (before ``i``); an if-clause or an
        introductory phrase before the first comma is skipped."""
        in_condition = False
        for j in range(0, i):
            u = self.units[j]
            kind = self.kind_at(j)
            if kind == "conditional" or (j == 0 and self.starts_with(0, _INTRO)):
                in_condition = True
            if u.text == "," and in_condition:
                in_condition = False
                continue
            if in_condition:
                continue
            if u.kind == "m" and u.arg is not None and not u.arg.attributive:
                if self.prep_before(j) or self.verb_before(j) or self.admit(u.arg, allowed) is None:
                    return None
                if self._passive_agent_of(j) or self._wished(j):
                    return None
                if self._genitive(j) or self._role_phrase(j):
                    return None
                if self._report_between(j, i):
                    return None
                own = any(self.starts_with(x, _OWN_CLAUSE) and self.kind_at(x) == "break" for x in range(j + 1, i))
                if own and self._own_predicate(i):
                    return None
                group = self.group_right(j, allowed)
                return Subject([self.units[x].arg for x in group], "carry", i - j + 3, pos=group[-1])  # type: ignore[misc]
            if kind in ("trigger", "report", "source") or u.kind == "p":
                return None
        return None

    def _report_between(self, a: int, b: int) -> bool:
        return any(h.kind in ("report", "complementizer") and a <= h.start < b for h in self.hits)

    def _intro_phrase(self, i: int) -> bool:
        """True when the trigger at ``i`` sits in an introductory phrase: at the clause start,
        used as a noun, or after "trong", "sau", "tại", "khi"…"""
        j = i - 1
        while j >= 0 and self.units[j].kind == "w" and not self.is_hard_break(j):
            j -= 1
        first = j + 1
        if first == i or (i > 0 and self.is_word(i - 1, _NOMINAL)):
            return True
        return self.starts_with(first, _INTRO) > 0

    def _clause_opens_before(self, i: int) -> bool:
        """True when no mention stands between the clause start and unit ``i``."""
        j = i - 1
        while j >= 0 and not self.is_hard_break(j) and j not in self._source_commas:
            if self.is_mention(j) and not self.prep_before(j):
                return False
            j -= 1
        return True

    def frame_opening_before(self, i: int) -> Frame | None:
        """A frame whose scope begins right before ``i`` (only words in between)."""
        for frame in sorted(self.frames, key=lambda f: -f.start):
            if frame.start <= i and all(
                self.units[x].kind != "m" and self.kind_at(x) not in ("trigger",) for x in range(frame.start, i)
            ):
                return frame
        return None

    def direct_object(self, e: int, allowed: Sequence[str], max_skip: int = 1) -> list[int]:
        """Mentions right after the trigger ending at ``e`` (a direct object)."""
        k = e + (self.starts_with(e, _MANNER) if e < self.n and self.is_mention(e + 2) else 0)
        if k < self.n and self.starts_with(k, _GOVERNMENT) and self.is_mention(k + 2):
            k += 2
        skipped = 0
        while k < self.n and self.units[k].kind == "w" and self.keys[k] in _DIRECT_SKIP and skipped < max_skip:
            k += 1
            skipped += 1
        if self.usable(k, allowed):
            return self.group_right(k, allowed)
        for t in range(1, 7):
            m = k + t
            if m >= self.n or self.units[m - 1].kind != "w":
                break
            host = self.keys[m - 1] in _HOST_WORDS
            if t > 4 and not host:
                break
            if not self._titled(k, m) and not (host and self._titled_host(k, m)):
                continue
            while self.is_mention(m) and str(self.units[m].arg.ref.type) != "PERSON" and m + 1 < self.n:  # type: ignore[union-attr]
                m += 1
            if self.usable(m, allowed) and str(self.units[m].arg.ref.type) == "PERSON":  # type: ignore[union-attr]
                return self.group_right(m, allowed)
            if self.is_mention(m) or self.keys[m] not in _HOST_WORDS:
                break
        return []

    def _titled_host(self, a: int, b: int) -> bool:
        """ "Quốc vương nước chủ nhà", "Thủ tướng nước sở tại": a title and the host country
        standing for its name."""
        for t in range(a + 1, b):
            if self._titled(a, t) and all(self.keys[x] in _HOST_WORDS for x in range(t, b)):
                return True
        return False

    def named_object(self, e: int, allowed: Sequence[str], limit: int = 12) -> list[int]:
        """ "trừng phạt hai ngân hàng Nga là VEB và Promsvyazbank", "…, trong đó có X": the
        entities a descriptive object is then named as."""
        k = e
        while k < min(self.n, e + limit):
            if self.is_hard_break(k) and self.keys[k] != "là" and not self.starts_with(k, _CONTINUE):
                return []
            if self.kind_at(k) == "trigger" and k > e:
                return []
            n = 0
            if self.keys[k] == "là":
                n = 1
            elif self.keys[k] == "," and self.starts_with(k + 1, _CONTINUE):
                n = 1 + self.starts_with(k + 1, _CONTINUE)
            if n:
                m = k + n
                while m < self.n and self.units[m].kind == "w" and m - k - n < 6:
                    m += 1
                if self.usable(m, allowed) and (m == k + n or self._titled(k + n, m)):
                    return self.group_right(m, allowed)
                return []
            k += 1
        return []

    def _titled(self, a: int, b: int) -> bool:
        return _is_title(self.text[self.units[a].start : self.units[b - 1].end])

    def marker_object(
        self, e: int, allowed: Sequence[str], markers: frozenset[tuple[str, ...]] = _OBJ_MARK, limit: int = 12
    ) -> list[int]:
        """Mentions after an object marker ("cho Ukraine", "đối với Nga") within the clause."""
        k = e
        while k < min(self.n, e + limit):
            n = self.starts_with(k, markers)
            if self.is_hard_break(k) or self.kind_at(k) == "trigger" and k > e and not n:
                return []
            if n and self.is_mention(k + n):
                arg = self.units[k + n].arg
                if arg is not None and not arg.attributive and self.admit(arg, allowed) is not None:
                    return self.group_right(k + n, allowed)
            if self.is_mention(k) and k > e:
                return []
            k += 1
        return []

    def clause_end(self, s: int) -> int:
        """End (exclusive) of the clause that continues at unit ``s``."""
        k = s
        opened = 0
        while k < self.n:
            u = self.units[k]
            if u.kind == "p" and u.text in _HARD_PUNCT:
                return k
            kind = self.kind_at(k)
            cont = self.starts_with(k, _CONTINUE) if kind == "break" else 0
            if cont and k > s:
                k += cont
                continue
            if kind in ("break", "report", "source") and k > s and not self.starts_with(k, _CONTINUE):
                return k
            if u.text == "," and k > s and self.starts_with(k + 1, _CONTINUE):
                k += 1 + self.starts_with(k + 1, _CONTINUE)
                continue
            if u.text == "," and k > s and self.is_mention(k - 1) and self.is_mention(k + 1):
                k += 1
                continue
            if u.text == "," and k > s:
                nxt = range(k + 1, min(self.n, k + 4))
                if any(self.kind_at(x) in ("report", "trigger", "break") or self.is_mention(x) for x in nxt):
                    return k
            if u.text in _OPEN_QUOTES and u.text not in _CLOSE_QUOTES:
                opened += 1
            elif u.text in _CLOSE_QUOTES and u.text not in _OPEN_QUOTES and k > s:
                if not opened:
                    return k
                # “mối đe dọa” từ Triều Tiên: a quote opened inside the value closes inside it
                opened -= 1
            k += 1
        return k

    def content_text(self, s: int, end: int) -> str:
        """The value text of units ``[s, end)``: leading fillers and quotes removed, ≤ 25 words."""
        first = s
        dates = self._date_spans()
        while s < end:
            lead = self.starts_with(s, _LEAD_ADVERBS)
            at = self.units[s + 1].start if self.keys[s] in _DATE_PREPS and s + 1 < end else self.units[s].start
            dated = next((de for ds, de in dates if ds == at), None)
            if lead and s + lead <= end:
                s += lead
            elif self.keys[s] in _CONTENT_LEAD or self.units[s].text in _QUOTES:
                s += 1
            elif dated is not None:
                # "cảnh báo hôm 15/3 rằng …", "cảnh báo trong tuần này …": the date is no content
                while s < end and self.units[s].start < dated:
                    s += 1
            else:
                break
        starts = getattr(self, "_token_starts", None)
        while starts and s > first and s < end and self.units[s].start not in starts:
            s -= 1
        words = 0
        stop = s
        while stop < end and words < _MAX_CONTENT_WORDS:
            if self.units[stop].kind != "p":
                words += 1
            stop += 1
        while stop > s and self.units[stop - 1].kind == "p":
            stop -= 1
        if stop <= s:
            return ""
        pos = self.pos_start.get(self.units[s].start) or ""
        bad = self.keys[s] in _BAD_VALUE_START and not self.starts_with(s, _VERB_START) and not pos.startswith("V")
        if bad or self.keys[s : s + 2] == ["đối", "với"]:
            return ""
        cut = end < self.n and self.kind_at(end) in ("report", "trigger", "source", "break")
        if words < 3 and cut:
            return ""
        return self.text[self.units[s].start : self.units[stop - 1].end].strip()

    # ------------------------------------------------------------------ frames

    def _build_frames(self) -> None:
        for hit in self.hits:
            if hit.kind == "report":
                self._report_frame(hit)
            elif hit.kind == "source":
                self._source_frame(hit)

    def _report_frame(self, hit: Hit) -> None:
        actor = self.onto.groups.get("ACTOR", ("PERSON", "ORGANIZATION", "COUNTRY"))
        if self.keys[hit.start : hit.end] == ["dẫn", "lời"]:
            group = self.direct_object(hit.end, actor)
            if group:
                ref = self.admit(self.units[group[0]].arg, actor)  # type: ignore[arg-type]
                if ref:
                    self.frames.append(Frame(group[-1] + 1, self.n, ref, hit.start))
                    quote = self._quote_before(hit.start)
                    if quote is not None:
                        # '"…", Reuters dẫn lời X': the quotation is X's
                        self.frames.append(Frame(quote[0], quote[1], ref, hit.start))
            return
        j = self._skip_back(hit.start - 1)
        if j >= 0 and self.units[j].kind == "w" and self.keys[j] in _PRONOUNS:
            person = self._antecedent(j)
            if person is not None and (j == 0 or self.units[j - 1].kind == "p"):
                self.subjects.append((hit.start, Subject([person], "pronoun", 0, pos=j)))
                self.frames.append(Frame(hit.end, self.n, person.ref, hit.start))
            return
        if not self.is_mention(j) or self.units[j].arg.attributive:  # type: ignore[union-attr]
            return
        ref = self.admit(self.units[j].arg, actor)  # type: ignore[arg-type]
        if ref is None or self.prep_before(j):
            return
        self.subjects.append((hit.start, Subject([self.units[j].arg], "left", 0, pos=j)))  # type: ignore[list-item]
        # '"…", X cho biết': the frame covers the quotation before the reporter
        q = j - 1
        if q >= 1 and self.units[q].text == "," and self.units[q - 1].text in _CLOSE_QUOTES:
            close = q - 1
            opened = next((x for x in range(close - 1, -1, -1) if self.units[x].text in _OPEN_QUOTES), None)
            if opened is not None:
                self.frames.append(Frame(opened + 1, close, ref, hit.start))
                if str(ref.type) == "PERSON":
                    self._quote_speaker = self.units[j].arg
                return
        if q >= 1 and self.units[q].text in _CLOSE_QUOTES:
            opened = next((x for x in range(q - 1, -1, -1) if self.units[x].text in _OPEN_QUOTES), None)
            if opened is not None:
                self.frames.append(Frame(opened + 1, q, ref, hit.start))
                return
        self.frames.append(Frame(hit.end, self.n, ref, hit.start))

    def _quote_before(self, i: int) -> tuple[int, int] | None:
        """The quotation (first and end unit) closed by '", ' right before the source that
        ends at ``i`` ('"…", Reuters dẫn lời'): at most one mention between."""
        j = i - 1
        if j >= 0 and self.is_mention(j):
            j -= 1
        if j < 1 or self.units[j].text != "," or self.units[j - 1].text not in _CLOSE_QUOTES:
            return None
        close = j - 1
        opened = next((x for x in range(close - 1, -1, -1) if self.units[x].text in _OPEN_QUOTES), None)
        return (opened + 1, close) if opened is not None else None

    def _source_frame(self, hit: Hit) -> None:
        if hit.start > 0 and not (self.units[hit.start - 1].kind == "p" or self.kind_at(hit.start - 1) == "break"):
            return
        actor = self.onto.groups.get("ACTOR", ("PERSON", "ORGANIZATION", "COUNTRY"))
        for k in range(hit.end, min(self.n, hit.end + 3)):
            if self.is_mention(k):
                ref = self.admit(self.units[k].arg, actor)  # type: ignore[arg-type]
                if ref is not None:
                    self.frames.append(Frame(k + 1, self.n, ref, hit.start, kind="source"))
                    self._source_only(k)
                return

    def _source_only(self, k: int) -> None:
        """ "Theo Hãng tin AFP, …", "Theo Điện Kremlin, …": an outlet or body named as the
        source of the clause that follows is its reporter, never one of its participants.
        A person keeps the role ("Theo ông X, Mỹ nên …" is X's call)."""
        arg = self.units[k].arg
        if arg is None or str(arg.ref.type) == "PERSON":
            return
        j = k + 1
        if j < self.n and self.units[j].text == "(":
            j = next((x + 1 for x in range(j + 1, min(self.n, j + 6)) if self.units[x].text == ")"), j)
        if j < self.n and self.units[j].text == ",":
            arg.attributive = True
            self._source_commas.add(j)

    def reported_by(self, i: int, subjects: Sequence[EntityRef]) -> EntityRef | None:
        ids = {s.id for s in subjects}
        inside = [f for f in self.frames if f.start <= i < f.end]
        inside.sort(key=lambda f: f.end - f.start)
        for frame in inside:
            if frame.reporter.id not in ids:
                return frame.reporter
        return None

    # ------------------------------------------------------------------ status, dates

    def _invited(self, subject_end: int) -> bool:
        """ "mời ông Moon đến thăm Paris": the invitee's visit is a plan."""
        if subject_end <= 0:
            return False
        k = subject_end - 1
        while k > 0 and self.is_mention(k - 1) and self.units[k - 1].arg is not None:
            k -= 1
        j = k - 1
        while j >= 0 and (self.is_mention(j) or self.keys[j] in (",", "và")):
            j -= 1
        # "mời lãnh đạo các nước Thái Lan, Philippines và Singapore đến Mỹ"
        while j >= 0 and k - j <= 12 and self.units[j].kind == "w" and self.keys[j] in _INVITEE_WORDS:
            j -= 1
        return j >= 0 and self.is_word(j, _INVITE) > 0

    def status(self, i: int, subject_end: int, pred: str = "") -> Status | None:
        """Negation / condition / plan markers around the trigger at unit ``i``.

        Negation counts right before the trigger, plans anywhere after the subject. A
        condition after the trigger ("Mỹ sẽ trừng phạt Nga nếu …") makes an action
        conditional, but not a speech act (a warning stays asserted). A trigger inside
        the if-clause itself ("nếu Mỹ hỗ trợ Israel") states nothing: None."""
        if self._questioned(i):
            return None
        if pred not in ("", "MET") and self._purpose_of(i, pred):
            return None
        if pred == "SUPPORTED" and any(self.is_word(k, _LIST_NOUNS) for k in range(max(0, i - 5), i)):
            # "danh sách các nước bảo trợ khủng bố": the name of a list, not an act of support
            return None
        lo = max(subject_end, i - 5, 0)
        if self._vp_coordinated(i):
            # "Nga bác bỏ cáo buộc, kêu gọi …": markers of the first verb phrase stay there
            lo = max(lo, next(j for j in range(i - 1, -1, -1) if self.keys[j] in ("và", ",", "thời")))
        negated = planned = False
        hit = self.tag[i]
        noun = (
            hit is not None
            and self.after_verb(hit)
            and self.kind_at(hit.start - 1) not in ("planned", "negation")
            and not self._adverb_before(hit.start)
            and all(self.onto.predicate(p).kind == "content" for p in hit.preds)
        )
        for k in range(lo, i):
            if self.kind_at(k) == "negation" and not noun:
                negated = True
        if pred == "SUPPORTED" and any(self.starts_with(k, _STOPPED) for k in range(lo, i)):
            # "chấm dứt chương trình hỗ trợ phiến quân", "cắt viện trợ cho X": support that ends
            negated = True
        aside = self._subject_aside(subject_end, i) if pred != "MET" else range(0)
        first = subject_end if subject_end > 0 else max(0, i - 5)
        if pred != "MET":
            # "mặc dù X không tin Y sẽ …, nhưng vẫn yêu cầu": markers of the clause before the
            # contrast do not qualify the main verb
            first = max([first, *(k + 1 for k in range(first, i) if self.is_word(k, _CONTRAST))])
        for k in range(first, i):
            if k in aside:
                continue
            if self.kind_at(k) == "planned" and not self.is_hard_break(k) and not noun:
                marker = self.tag[k]
                phrase = tuple(self.keys[marker.start : marker.end]) if marker is not None else (self.keys[k],)
                aux = phrase in _PLAN_AUX
                planned = planned or aux
                if not aux and not any(
                    self.keys[x] in ("và", ",") or self.is_word(x, _COORD_VP) for x in range(k + 1, i)
                ):
                    planned = True
        conditional = False
        j = i - 1
        comma = False
        while j >= 0:
            kind = self.kind_at(j)
            if kind == "condition_end" or (self.units[j].kind == "p" and self.units[j].text in _HARD_PUNCT):
                break
            if self.units[j].text == ",":
                comma = True
            if kind == "conditional":
                if not comma:
                    return None
                conditional = True
                break
            j -= 1
        if not conditional and pred not in _SPEECH_ACTS:
            for k in range(i + 1, min(self.n, i + 15)):
                if self.is_hard_break(k):
                    break
                if self.kind_at(k) == "conditional":
                    conditional = True
                    break
        if not planned:
            for k in range(i + 1, min(self.n, i + 20)):
                if self.is_hard_break(k) or (self.kind_at(k) == "trigger" and self.tag[k] is not hit):
                    break
                if self.keys[k] == "và" and k + 1 < self.n and self.units[k + 1].kind == "w":
                    break
                if self.starts_with(k, _FUTURE):
                    planned = True
                    break
        if negated:
            return Status.negated
        if conditional:
            return Status.conditional
        if planned and pred == "REJECTED" and hit is not None and self.kind_at(hit.start - 1) != "hedge":
            # "Nga sẽ không chấp nhận …": a refusal of what is to come is made now
            planned = self.keys[hit.start] != "không"
        accepted = subject_end > 0 and any(self.is_word(x, _ACCEPTED) for x in range(subject_end, i))
        if planned or accepted or self._invited(subject_end) or self._when_planned(i):
            return Status.planned
        return Status.asserted

    def _closes_quote(self, j: int) -> bool:
        """True when unit ``j`` is a closing quote (a straight quote after an odd number of them)."""
        mark = self.units[j].text
        if mark not in _CLOSE_QUOTES:
            return False
        if mark not in _OPEN_QUOTES:
            return True
        return sum(1 for u in self.units[:j] if u.text == mark) % 2 == 1

    def _attributed_quote(self, hit: Hit, start: int, end: int) -> tuple[int, int] | None:
        """ "“…”, Bộ Ngoại giao Pháp cảnh báo hôm 3/7(, đề cập đến …)": a speech verb closing
        the attribution of the quote that opens the sentence says the quote; its span, or None
        when words of its own follow the verb."""
        k = start
        while k < end and (self.units[k].kind == "p" or self._only_date_words(k, k + 1) or self.keys[k] == "hôm"):
            if self.keys[k] == ",":
                break
            k += 1
        if k < end and self.keys[k] != ",":
            return None
        if self.n == 0 or self.units[0].text not in _OPEN_QUOTES:
            return None
        close = next((x for x in range(1, hit.start) if self._closes_quote(x)), None)
        if close is None or close + 1 >= hit.start or self.keys[close + 1] != ",":
            return None
        return 1, close

    def _aside_subject(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """ "X, đại diện của chính phủ Y trong cuộc đàm phán, đã ký …", "X, trong chuyến thăm Y,
        kêu gọi …": the subject opens the clause before an aside set off by commas; names
        inside the aside are not the subject."""
        j = i - 1
        while j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _MAIN_AUX or self.keys[j] in _ADVERBS):
            j -= 1
        if j < 2 or self.keys[j] != ",":
            return None
        close = j
        k = close - 1
        while k > 0 and close - k <= 16 and self.keys[k] != ",":
            if self.units[k].kind == "p" and (self.units[k].text in _HARD_PUNCT or self.units[k].text in _QUOTES):
                return None
            k -= 1
        if k <= 0 or self.keys[k] != "," or close - k < 3:
            return None
        inside = range(k + 1, close)
        if all(self.is_mention(x) or self.keys[x] in _CONJ_AND for x in inside):
            return None  # "Nga, Mỹ và Pháp, …": a list, not an aside
        m = k - 1
        if not self.usable(m, allowed) or self.prep_before(m) or self.verb_before(m):
            return None
        group = self.group_left(m, allowed)
        lead = group[0] - 1
        while lead >= 0 and self.keys[lead] != "," and self.kind_at(lead) != "break":
            # only title or time words may stand before the subject in its clause
            if self.units[lead].kind != "w" or self.kind_at(lead) is not None:
                return None
            lead -= 1
        return Subject([self.units[x].arg for x in group], "left", i - m - 1, pos=m)  # type: ignore[misc]

    def _adverb_before(self, i: int) -> bool:
        """True when an adverb of the verb ("tiếp tục", "cũng", "vẫn") ends right before ``i``:
        "sẽ tiếp tục kêu gọi" is a verb chain, not a noun after a verb."""
        return any(i - n >= 0 and tuple(self.keys[i - n : i]) in _LEAD_ADVERBS for n in (1, 2))

    def _purpose_of(self, i: int, pred: str) -> bool:
        """ "… để cố gắng đạt được thỏa thuận", "nhằm tìm cách hỗ trợ": a trigger in a purpose
        clause that names an attempt or an agreement is a goal, not a fact ("chi tiền để hỗ
        trợ Pháp" still supports)."""
        j = i - 1
        attempt = pred == "AGREED"
        while j >= max(0, i - 4) and self.units[j].kind == "w":
            if self.keys[j] in _PURPOSE:
                return attempt
            attempt = attempt or self.is_word(j, _ATTEMPT) > 0
            if self.kind_at(j) is not None and self.kind_at(j) not in ("planned", "hedge"):
                return False
            j -= 1
        return False

    def _subject_aside(self, subject_end: int, i: int) -> range:
        """ "X, người sẽ tới Paris tuần tới, kêu gọi …": the relative clause set off after the
        subject; its markers do not qualify the trigger."""
        k = subject_end
        if not (0 < k < i - 1) or self.keys[k] != "," or self.keys[k + 1] not in _RELATIVE_LEADS:
            return range(0)
        end = next((x for x in range(k + 2, i) if self.keys[x] == ","), None)
        if end is None:
            # no closing comma: the clause runs up to the auxiliaries of the main verb
            end = i - 1
            while end > k + 1 and self.keys[end] in _MAIN_AUX:
                end -= 1
        return range(k, end + 1)

    def _when_planned(self, i: int) -> bool:
        """ "X dự kiến sẽ xác nhận kế hoạch khi ông tới Bắc Kinh": a "khi" clause of a planned
        main clause is planned too."""
        j = i - 1
        while j >= 0 and not (self.units[j].kind == "p" and self.units[j].text in _HARD_PUNCT):
            if self.keys[j] == "khi" and self.kind_at(j) == "break":
                break
            if self._closes_quote(j):
                # a verb after a closing quote attributes it: it is outside the quote's clauses
                return False
            j -= 1
        if j < 0 or self.keys[j] != "khi":
            return False
        k = j - 1
        while k >= 0 and not (self.units[k].kind == "p" and self.units[k].text in _HARD_PUNCT):
            hit = self.tag[k]
            if hit is not None and hit.kind == "planned":
                return True
            k -= 1
        return False

    def _questioned(self, i: int) -> bool:
        """ "liệu X có …", "chưa rõ X có đồng ý … hay không", a sentence asked as a question:
        a question around the trigger asserts nothing."""
        if self.sentence.text.rstrip().rstrip('"”»').endswith("?"):
            return True
        j = i - 1
        while j >= max(0, i - 12) and not self.is_hard_break(j):
            if self.keys[j] == "liệu" and self.units[j].kind == "w":
                return True
            j -= 1
        k = i + 1
        while k < min(self.n - 1, i + 25) and not self.is_hard_break(k):
            if self.keys[k] == "hay" and self.keys[k + 1] in ("không", "chưa"):
                return (
                    k + 2 >= self.n
                    or self.units[k + 2].kind != "w"
                    or self.keys[k + 2] in ("và", "nhưng", "là", "vẫn", "còn")
                )
            k += 1
        return False

    def date_near(self, i: int) -> dt.date | None:
        days = [d for d in self._date_list() if d.date is not None and getattr(d, "precision", "day") == "day"]
        if not days:
            same_day = any(self.keys[k : k + 2] == ["cùng", "ngày"] for k in range(self.n))
            return self.state.last_date if same_day else None
        pos = self.units[i].start - self.sentence.start
        best = min(days, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)))
        return best.date

    # ------------------------------------------------------------------ facts

    def facts(self) -> list[dict[str, Any]]:
        self._build_frames()
        out: list[dict[str, Any]] = []
        brackets = self._bracketed()
        for hit in self.hits:
            if hit.kind != "trigger" or any(a <= hit.start < b for a, b in brackets):
                continue
            before = len(self.scopes)
            out.extend(self._facts_of(hit))
            if len(self.scopes) == before and self._embeds(hit):
                end = self.clause_end(hit.end)
                end = next(
                    (
                        x
                        for x in range(hit.end, end)
                        if self.units[x].text == "," and not self.starts_with(x + 1, _CONTINUE)
                    ),
                    end,
                )
                self.scopes.append(Scope(hit.end, end, hit.preds[0], False, None))
        for hit in self.hits:
            if hit.kind == "report" and not any(a <= hit.start < b for a, b in brackets):
                out.extend(self._told_in_person(hit))
        out.extend(self._directives(out))
        out.extend(self._compelled(out))
        if self.ex.use_model:
            out.extend(self._learned_meetings(out))
        return out

    def _directives(self, found: Sequence[dict[str, Any]]) -> list[dict]:
        """ "Nga cho rằng Mỹ phải đưa ra bằng chứng", '"Bình Nhưỡng phải …", ông nói': a
        reporter who says that another party must act demands it of that party.

        Not a demand: the reporter's own side ("Nga phải …" said by Nga or by its leader),
        "không phải" (is not), "phải là" (must be), "buộc phải" (forced to), and what a
        party must bear ("phải chịu", "phải đối mặt", "phải hứng chịu")."""
        if not self.frames or "phải" not in self.keys:
            return []
        pred = self.onto.predicate("DEMANDED")
        actors = self.onto.groups.get("ACTOR", ())
        said = {f["subject"]["id"] for f in found if f["predicate"] == "DEMANDED"}
        out: list[dict] = []
        for k in range(1, self.n - 1):
            if self.units[k].kind != "w" or self.keys[k] != "phải" or self.keys[k + 1] in _MUST_NOT_FOLLOW:
                continue
            if self.is_word(k + 1, _BORNE):
                continue
            j = k - 1
            while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _MUST_ADVERBS:
                j -= 1
            if j < 0 or not self.usable(j, actors) or self.kind_at(k - 1) == "negation":
                continue
            group = sorted(self.group_left(j, actors))
            if not self._clause_opens_at(group[0]) or self.prep_before(group[0]) or self._genitive(group[0]):
                continue
            covering = [f for f in self.frames if f.kind == "report" and f.start <= group[0] < f.end]
            frame = max(covering, key=lambda f: f.start) if covering else None
            if frame is None or frame.reporter.id in said:
                continue
            if self._expert(frame.reporter):
                continue
            reporter = make_arg(_fake_mention(frame.reporter), {})
            reporter.ref = frame.reporter
            if self.admit(reporter, pred.domain) is None:
                continue
            addressees = [self.units[x].arg for x in group]
            if any(a.ref.id == frame.reporter.id or self._speaks_for_party(frame.reporter, a) for a in addressees):  # type: ignore[union-attr]
                continue
            end = self.clause_end(k + 1)
            text = self.content_text(k + 1, end)
            if not text or self.status(k, j + 1, pred.name) is None:
                continue
            hit = Hit(k, k + 1, "trigger", (pred.name,))
            said.add(frame.reporter.id)
            for addr in addressees:
                out += self._addressed_demand(pred, hit, frame.reporter, addr.ref, (k + 1, end, text), Status.asserted)  # type: ignore[union-attr]
        return out

    def _compelled(self, found: Sequence[dict[str, Any]]) -> list[dict]:
        """ "Mỹ gây sức ép để buộc Iran phải thay đổi hành vi": an actor compelling another party
        to act demands it of that party.

        The compeller is the subject of "buộc"/"ép", at most a few words before it with no
        reporting verb, clause break or other actor in between; "bị buộc", "buộc phải" (forced
        to) and "ràng buộc" (binding) compel no one."""
        pred = self.onto.predicate("DEMANDED")
        actors = self.onto.groups.get("ACTOR", ())
        said = {f["subject"]["id"] for f in found if f["predicate"] == "DEMANDED"}
        out: list[dict] = []
        if "buộc" not in self.keys and "ép" not in self.keys:
            return []
        self._pred_name, self._kb_states, self._top = pred.name, True, True
        for k in range(1, self.n - 2):
            n = self.is_word(k, _COMPEL)
            if not n or self.units[k].kind != "w" or self.keys[k - n] in ("bị", "được", "ràng", "cáo"):
                # "bị buộc" (forced), "ràng buộc" (binding), "cáo buộc" (accuse)
                continue
            if not self.usable(k + 1, actors):
                continue
            group = self.group_right(k + 1, actors)
            after = group[-1] + 1
            while after < self.n and self.keys[after] in ("cũng", "sẽ"):
                after += 1
            if after + 1 >= self.n or self.keys[after] != "phải" or self.keys[after + 1] in _MUST_NOT_FOLLOW:
                continue
            hit = Hit(k - n + 1, k + 1, "trigger", (pred.name,))
            subj = self.find_subject(hit.start, pred.domain)
            if subj is None or not subj.args or subj.how not in ("left", "deps", "pronoun", "anaphor", "relative"):
                continue
            lo = subj.pos if subj.pos >= 0 else hit.start
            owned = lo > 0 and self.keys[self.group_left(lo, actors)[0] - 1] == "của"
            if (
                owned
                or hit.start - lo > 8
                or any(
                    self.kind_at(x) in ("report", "complementizer", "break") or self.is_mention(x)
                    for x in range(lo + 1, hit.start)
                )
            ):
                continue
            status = self.status(hit.start, self._subject_end(subj, hit), pred.name)
            end = self.clause_end(after + 1)
            text = self.content_text(after + 1, end)
            if status is None or not text:
                continue
            addressees = [self.units[x].arg for x in group]
            for s in subj.args:
                ref = self.admit(s, pred.domain)
                if ref is None or ref.id in said:
                    continue
                for addr in addressees:
                    if addr is None or addr.ref.id == ref.id or self._same_side(s, ref, addr, addr.ref):
                        continue
                    out += self._addressed_demand(pred, hit, ref, addr.ref, (after + 1, end, text), status)
        return out

    def _addressed_demand(
        self,
        pred: PredicateDef,
        hit: Hit,
        ref: EntityRef,
        addressee: EntityRef,
        value: tuple[int, int, str],
        status: Status,
    ) -> list[dict[str, Any]]:
        """One fact per topic of the demanded ``value`` (its first unit, end and text), put to
        ``addressee``; further topics a little less confident."""
        start, end, text = value
        out = []
        for n, topic in enumerate(self.lex.topics_of(self._topic_window(start, end, text))):
            obj = {"text": text, "type": pred.value_type or "VALUE", "topic": topic}
            fact = self._base_fact(pred, hit, ref, obj, status, 0.6 * (0.9**n), [ref])
            fact["addressee"] = _ref_dict(addressee)
            out.append(fact)
        return out

    def _clause_opens_at(self, k: int) -> bool:
        """True when a clause starts at unit ``k``: after a reporting verb, "rằng", "là", a
        comma, a colon or an opening quote (not after a verb that governs it: "buộc X phải")."""
        if k == 0:
            return False
        before = self.units[k - 1]
        if before.text in _OPEN_QUOTES or before.text in (",", ":"):
            return True
        if self.keys[k - 1] in ("rằng", "là"):
            return True
        return any(h.kind == "report" and h.end == k for h in self.hits)

    def _expert(self, ref: EntityRef) -> bool:
        """True when the person is introduced as an expert, scholar or commentator, whose
        "X phải …" is an opinion, not a demand."""
        for k, unit in enumerate(self.units):
            if unit.arg is not None and unit.arg.ref.id == ref.id:
                lo = max(0, k - 4)
                if any(self.is_word(x, _EXPERTS) for x in range(lo, k)):
                    return True
        entity = next((e for e in self.adoc.entities if e.id == ref.id), None)
        return entity is not None and any(self._expert_role(r) for r in entity.roles)

    @staticmethod
    def _expert_role(role: str) -> bool:
        keys = syllable_keys(role)
        return any(tuple(keys[i : i + len(p)]) == p for p in _EXPERTS for i in range(len(keys)))

    def _speaks_for_party(self, reporter: EntityRef, arg: Arg) -> bool:
        """True when the reporter speaks for the addressed party: a person or office of that
        state ("Tổng thống Putin" or "Bộ Ngoại giao Nga" about "Nga"), or both of one state."""
        own = next((u.arg for u in self.units if u.arg is not None and u.arg.ref.id == reporter.id), None)
        if own is None:
            return False
        if self._same_side(own, own.ref, arg, arg.ref):
            return True
        home = person_state(own, self.adoc.entities) or _state_of(own)
        return home is not None and (home.id == arg.ref.id or (arg.state is not None and arg.state.id == home.id))

    def _learned_meetings(self, found: Sequence[dict[str, Any]]) -> list[dict]:
        """Meetings the pair model (:mod:`graphkit.extraction.pairs`) finds between two actors
        of the sentence that the rules left unrelated; status, mode and date as the rules set
        them for the nearest meeting trigger."""
        model = load_model()
        cands = self.pair_candidates() if model is not None else []
        if not cands:
            return []
        assert model is not None
        related = _related(found)
        pred = self.onto.predicate("MET")
        out: list[dict] = []
        for cand in cands:
            a, b = cand.args(self)
            hit = cand.trigger
            if "MET" in related.get(frozenset((a.ref.id, b.ref.id)), []):
                continue
            if cand.right < hit.start and self._partner_follows(hit):
                # "A và B gặp với C": A and B are on one side of the meeting
                continue
            p = model.probability(self.pair_features(cand, related))
            if p < model.threshold:
                continue
            status = self._pair_status(cand)
            ra, rb = self.admit(a, pred.domain), self.admit(b, pred.range)
            if status is None or ra is None or rb is None or ra.id == rb.id:
                continue
            fact = self._base_fact(pred, hit, ra, _ref_dict(rb), status, 0.9 * p, [ra, rb])
            fact["mode"] = self._met_mode(hit)
            out.append(fact)
        return out

    def _partner_follows(self, hit: Hit) -> bool:
        """True when "với"/"cùng" and a partner other than "nhau" follow the trigger."""
        for k in range(hit.end, min(self.n, hit.end + 3)):
            if self.keys[k] in ("với", "cùng"):
                return k + 1 < self.n and self.keys[k + 1] != "nhau"
        return False

    def pair_candidates(self) -> list[PairCandidate]:
        """The pairs the pair model may score: those of the meeting triggers the rules left
        empty (a trigger the rules paired, or declined, is theirs)."""
        brackets = self._bracketed()
        taken = self._declined | self._met_at
        for hit in self.hits:
            if hit.kind == "trigger" and "MET" in hit.preds and hit.start not in taken:
                scope = self._embedding(hit.start)
                if any(a <= hit.start < b for a, b in brackets) or (
                    scope is not None and not scope.negating and scope.pred not in _MEETING_COMPLEMENTS
                ):
                    # "X phản đối cuộc gặp với Y", "kêu gọi đàm phán với Y": a meeting opposed,
                    # called for or demanded has not been held (labelled pairs: 1 in 15 is one)
                    taken.add(hit.start)
        return pair_candidates(self, exclude=taken)

    def pair_features(self, cand: PairCandidate, related: dict[frozenset[str], list[str]]) -> list[str]:
        """The pair model's features of ``cand``, with what the rules know: the facts already
        found between the two (``related``), whether one is the other's state, whether the
        trigger is hedged or inside another predicate's complement, and its status."""
        a, b = cand.args(self)
        sa, sb = self._state_of(a), self._state_of(b)
        own = (sa is not None and sa.id == b.ref.id) or (sb is not None and sb.id == a.ref.id)
        context = []
        if sa is not None and sb is not None and sa.id == sb.id:
            context.append("same_state")
        if self._met_at:
            context.append("sentence_met_by_rules")
        for frame in self.frames:
            if frame.start <= cand.trigger.start < frame.end and frame.reporter.id in (a.ref.id, b.ref.id):
                context.append(f"reporter:{frame.kind}")
        scope = self._embedding(cand.trigger.start)
        if scope is not None:
            context.append(f"scope:{scope.pred}{'-not' if scope.negating else ''}")
        if self.hedged(cand.trigger.start):
            context.append("hedged")
        status = self._pair_status(cand)
        context.append(f"status:{status.value if status is not None else 'none'}")
        preds = related.get(frozenset((a.ref.id, b.ref.id)), [])
        return pair_features(self, cand, own_state=own, rule_predicates=preds, context=context)

    def _state_of(self, arg: Arg) -> EntityRef | None:
        """:func:`person_state` of ``arg``, once per entity and sentence."""
        if arg.ref.id not in self._states:
            self._states[arg.ref.id] = person_state(arg, list(self.entities.values()))
        return self._states[arg.ref.id]

    def _pair_status(self, cand: PairCandidate) -> Status | None:
        key = (cand.trigger.start, cand.left if cand.left < cand.trigger.start else -1)
        if key not in self._pair_statuses:
            self._pair_statuses[key] = self._trigger_status(cand)
        return self._pair_statuses[key]

    def _trigger_status(self, cand: PairCandidate) -> Status | None:
        hit = cand.trigger
        scope = self._embedding(hit.start)
        if scope is not None and scope.negating:
            return Status.negated
        status = self.status(hit.start, cand.left + 1 if cand.left < hit.start else 0, "MET")
        if status == Status.asserted and (self._arranged(hit) or self._purposed(hit)):
            return Status.planned
        return status

    def _told_in_person(self, hit: Hit) -> list[dict[str, Any]]:
        """ "A nói với Chủ tịch Trung Quốc B tại Bắc Kinh": speaking to a head of state or
        government in a named place is an in-person meeting with them."""
        p = hit.end + 1 if self.keys[hit.end : hit.end + 1] == ["với"] else hit.end
        if p == hit.end and self.keys[hit.end - 1] != "với":
            return []
        if not self.usable(p, ("PERSON",)) or p + 2 >= self.n:
            return []
        partner = self.units[p].arg
        role = partner.mention.role if partner is not None else None
        if not role or not _head_title(role):
            return []
        if self.keys[p + 1] not in _IN_PLACE or not self.is_mention(p + 2):
            return []
        place = self.units[p + 2].arg
        if place is None or str(place.ref.type) not in ("COUNTRY", "LOCATION"):
            return []
        met = self.onto.predicate("MET")
        subj = self.find_subject(hit.start, met.domain)
        if subj is None or not subj.args:
            return []
        status = self.status(hit.start, self._subject_end(subj, hit), met.name)
        if status is None or self.hedged(hit.start):
            return []
        out = []
        for a in subj.args:
            ra, rb = self.admit(a, met.domain), self.admit(partner, met.range)  # type: ignore[arg-type]
            if ra is None or rb is None or ra.id == rb.id:
                continue
            conf = self._confidence(_BASE["with"] * 0.9, subj, [a, partner])  # type: ignore[list-item]
            fact = self._base_fact(met, hit, ra, _ref_dict(rb), status, conf, [ra, rb])
            fact["mode"] = "in_person"
            out.append(fact)
        return out

    def _bracketed(self) -> list[tuple[int, int]]:
        """Unit spans inside square brackets: links to other articles ("[Nga và Mỹ sắp hội đàm]")."""
        spans = []
        opened: int | None = None
        for k, u in enumerate(self.units):
            if u.text == "[":
                opened = k
            elif u.text == "]" and opened is not None:
                spans.append((opened, k + 1))
                opened = None
        return spans

    def _embeds(self, hit: Hit) -> bool:
        """True for a speech-act trigger used as a noun ("với cáo buộc Nga hỗ trợ phe nổi dậy",
        "lời kêu gọi …"): the clause it heads is reported, not asserted."""
        if not any(p in _SPEECH_ACTS for p in hit.preds) or self.starts_with(hit.end, _POSS_FROM):
            return False
        after_marker = hit.start > 0 and self.keys[hit.start - 1] in ("với", "vì", "do")
        return self.is_nominal(hit) or after_marker or self._passive_before(hit)

    def _embedding(self, i: int) -> Scope | None:
        for scope in reversed(self.scopes):
            if scope.start <= i < scope.end:
                return scope
        return None

    def _facts_of(self, hit: Hit) -> list[dict[str, Any]]:
        preds = [self.onto.predicate(p) for p in hit.preds]
        if not {"MET", "VISITED", "SANCTIONED"} & set(hit.preds) and self._undergone(hit):
            # (sanctions suffered with their sender, "bị trừng phạt của X", are read in _actor)
            return []
        scope = self._embedding(hit.start)
        forced_status: Status | None = None
        inherited: Subject | None = None
        nominal_possessed = any(p.kind == "content" for p in preds) and self._possessor(hit) is not None
        if scope is not None and self._coordinated(hit.start, scope):
            for other in self.scopes:
                if other.start <= hit.start < other.end:
                    other.end = hit.start
            inherited = scope.subject
            scope = None
        elif scope is not None and nominal_possessed:
            scope = None
        if scope is not None and not scope.negating and "MET" in hit.preds and self._meeting_adjunct(hit):
            # "Hai bên đạt được thỏa thuận tại một cuộc gặp …": the meeting is where the act
            # happened, not part of what was said or agreed; the actors are its participants
            if scope.subject is not None and len(scope.subject.args) >= 2:
                inherited = scope.subject
            scope = None
        if scope is not None and scope.pred == "AGREED" and "MET" in hit.preds and self._arranged(hit):
            # "nhất trí tổ chức cuộc hội đàm": the meeting agreed on is planned
            inherited, forced_status, scope = scope.subject, Status.planned, None
        if scope is not None:
            if not scope.negating or "ACCUSED" in hit.preds or "DENIED" in hit.preds:
                return []
            own = self.find_subject(hit.start, preds[0].domain)
            if (
                own is not None
                and scope.subject is not None
                and {a.ref.id for a in own.args} != {a.ref.id for a in scope.subject.args}
            ):
                return []
            forced_status = Status.negated
            inherited = scope.subject
        if hit.start in self.pending and scope is None:
            inherited = self.pending[hit.start]
            forced_status = Status.planned
        pred = self._choose(preds, hit)
        if pred is None:
            return []
        self._top = scope is None
        self._pred_name = pred.name
        self._kb_states = pred.name not in ("MET", "VISITED")
        if pred.name == "MET":
            facts = self._met(hit, pred, forced_status, inherited)
        elif pred.kind == "content":
            facts = self._content(hit, pred, forced_status, inherited)
        else:
            facts = self._actor(hit, pred, forced_status, inherited)
        return facts

    def _coordinated(self, i: int, scope: Scope) -> bool:
        """True when the trigger at ``i`` starts a verb phrase coordinated with the scope's
        trigger ("lên án cuộc tấn công và kêu gọi …"): "và"/"đồng thời"/"," right before it."""
        j = i - 1
        while j > scope.start and (self.keys[j] in _ADVERBS or self.kind_at(j) in ("negation", "planned")):
            j -= 1
        if j < scope.start or (j == scope.start and self.keys[j] != ","):
            return False
        if self.keys[j] in ("và", ",") or self.is_word(j, _COORD_VP):
            if not self.is_mention(j - 1) or self.keys[j] == ",":
                return True
            # "lên án Nga và yêu cầu Nga …": after an object, a trigger that takes its own
            # object or clause is a second verb; "… Nga và yêu cầu của Mỹ" is a noun
            hit = next((h for h in self.hits if h.start == i and h.kind == "trigger"), None)
            return hit is not None and not self.is_nominal(hit) and self.keys[hit.end : hit.end + 1] != ["của"]
        return False

    def _choose(self, preds: list[PredicateDef], hit: Hit) -> PredicateDef | None:
        """Pick among predicates sharing a trigger: an addressee followed by a verb phrase
        reads as a demand/appeal; otherwise the last listed (the milder reading)."""
        if len(preds) == 1:
            return preds[0]
        names = [p.name for p in preds]
        if tuple(self.keys[hit.start : hit.end]) == ("đề", "nghị") and {"CALLED_FOR", "PROPOSED"} <= set(names):
            return self.onto.predicate(self._proposal_or_call(hit))
        actor = self.onto.groups.get("ACTOR", ())
        obj = self.direct_object(hit.end, actor, max_skip=0)
        if obj and obj[-1] + 1 < self.n and self.units[obj[-1] + 1].kind == "w":
            return preds[0]
        return preds[-1]

    def _proposal_or_call(self, hit: Hit) -> str:
        """ "đề nghị": a noun ("lời đề nghị", "đưa ra đề nghị") or a bare noun phrase after it
        is a proposal; an addressed party ("đề nghị Mỹ (hãy) …", "đề nghị các bên …") or
        "hãy" is a call; an addressed party that "phải" act is a demand."""
        if self.is_nominal(hit) or self._light_before(hit):
            return "PROPOSED"
        k = hit.end
        if k < self.n and self.keys[k] in ("hãy", "nên"):
            return "CALLED_FOR"
        if self.is_mention(k):
            # "đề nghị Anh, Pháp và Đức sửa lại …": the addressed parties, then a verb
            group = self.group_right(k, self.onto.groups.get("ACTOR", ()))
            after = group[-1] + 1
            if after < self.n and self.keys[after] in ("một", "các", "những"):
                # "đề nghị Mỹ một kế hoạch …": a thing offered to the party
                return "PROPOSED"
            if after < self.n and self.units[after].kind == "w":
                return "DEMANDED" if self.keys[after : after + 1] == ["phải"] else "CALLED_FOR"
        if self.keys[k : k + 2] in (["các", "bên"], ["hai", "bên"], ["các", "nước"], ["tất", "cả"], ["mọi", "bên"]):
            return "CALLED_FOR"
        return "PROPOSED"

    # -- shared pieces

    def _subject(
        self, hit: Hit, pred: PredicateDef, inherited: Subject | None, weak: bool, loose: bool = False
    ) -> tuple[Subject | None, float]:
        """The trigger's subject and a confidence factor for how it was found.

        Weak (one-syllable) triggers need their subject right before them (only adverbs,
        dates or a parenthesis in between) unless ``loose`` (an unambiguous partner)."""
        if pred.name not in ("MET", "VISITED"):
            reporter = self._after_reported_clause(hit.start, pred.domain)
            if reporter is not None:
                return reporter, 0.8
        if self._vp_coordinated(hit.start):
            carried = self._carry(hit.start, pred.domain)
            if carried is None and self.keys[hit.start - 1] == ",":
                carried = self._previous_verb_subject(hit.start, pred.domain)
            if carried is not None:
                return carried, 0.85
        if pred.name != "MET":
            aside = self._aside_subject(hit.start, pred.domain)
            if aside is not None:
                return aside, 0.95
        subj = self.find_subject(hit.start, pred.domain)
        factor = 1.0
        if subj is not None and subj.how == "blocked":
            office = self._unnamed_office(hit.start, pred.domain) if pred.kind == "content" else None
            return (office, 0.8) if office is not None else (None, 0.0)
        if (
            subj is not None
            and weak
            and not loose
            and (
                subj.how not in ("left", "deps", "pronoun", "relative", "anaphor")
                or not self._only_adverbs_between(subj, hit.start)
            )
        ):
            subj = None
        if subj is not None and subj.how in ("pronoun", "anaphor"):
            factor = 0.8
        if subj is None and inherited is not None:
            subj, factor = inherited, 0.9
        if subj is None:
            subj = self.fallback_subject(hit.start, hit.end, pred.domain)
            factor = 0.8 if subj is not None and subj.how in ("reporter", "intro") else 0.7
            if weak and not loose and subj is not None:
                subj = None
        return subj, factor

    def _base_fact(
        self,
        pred: PredicateDef,
        hit: Hit,
        subj: EntityRef,
        obj: dict[str, Any],
        status: Status,
        confidence: float,
        all_subjects: Sequence[EntityRef],
    ) -> dict[str, Any]:
        day = self.date_near(hit.start)
        published = self.adoc.document.date
        if (
            status is Status.asserted
            and day is not None
            and published
            and (
                (pred.name == "VISITED" and day > published)
                or (pred.name == "MET" and day > published + dt.timedelta(days=1) and not self._past_marked())
            )
        ):
            # "chuyến công du bắt đầu ngày 3/11" in an article of 24/10: a trip (or a meeting,
            # more than a day after the article) still to come
            status = Status.planned
        return {
            "subject": _ref_dict(subj),
            "predicate": pred.name,
            "object": obj,
            "evidence": {"sentence": self.sentence.text, "start": self.sentence.start, "end": self.sentence.end},
            "date": day,
            "confidence": confidence,
            "status": status.value,
            "reported_by": (lambda r: _ref_dict(r) if r else None)(self.reported_by(hit.start, all_subjects)),
        }

    def _verb_next(self, k: int) -> bool:
        """True when unit ``k`` is a word tagged as a verb."""
        if k >= self.n or self.units[k].kind != "w" or self.kind_at(k) is not None:
            return False
        pos = self.pos_start.get(self.units[k].start)
        return pos is not None and pos.startswith("V")

    def _past_marked(self) -> bool:
        """True when the sentence marks a past event ("đã", "vừa", "từng")."""
        return any(u.kind == "w" and k in _PAST_MARKERS for u, k in zip(self.units, self.keys, strict=True))

    def _confidence(self, base: float, subj: Subject | None, args: Sequence[Arg]) -> float:
        conf = base
        if subj is not None and subj.via_deps:
            conf = min(0.99, conf + 0.05)
        elif subj is not None:
            conf *= max(0.55, 1.0 - 0.025 * max(0, subj.distance - 3))
        if any(not a.linked for a in args):
            conf *= 0.85
        return conf

    def _vp_coordinated(self, i: int) -> bool:
        """True when "và"/"đồng thời" (plus adverbs) directly precedes the trigger."""
        j = i - 1
        while (
            j >= 0
            and self.units[j].kind == "w"
            and (self.keys[j] in _ADVERBS or self.kind_at(j) in ("negation", "planned"))
        ):
            j -= 1
        if j >= 0 and self.keys[j] == "," and self._asyndetic(i):
            return True
        return j >= 0 and (self.keys[j] == "và" or self.is_word(j, key_set(("đồng thời",))) > 0)

    def _after_reported_clause(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """ "Triều Tiên cho rằng Mỹ có ý đồ xấu, yêu cầu Washington …": a trigger right after the
        comma that closes a reported clause (no other trigger in it) is the reporter's."""
        if i == 0 or self.keys[i - 1] != ",":
            return None
        earlier = [h for h in self.hits if h.end < i]
        if not earlier or earlier[-1].kind != "report":
            return None
        report = earlier[-1]
        if any(self.units[x].text in _QUOTES for x in range(report.end, i)):
            return None
        for at, subj in reversed(self.subjects):
            if at == report.start and subj.args and all(self.admit(a, allowed) is not None for a in subj.args):
                return Subject(subj.args, "carry", i - at, pos=subj.pos)
        return None

    def _previous_verb_subject(self, i: int, allowed: Sequence[str]) -> Subject | None:
        """The subject of the nearest earlier trigger of the sentence ("X lên án …, yêu cầu …")."""
        for at, subj in reversed(self.subjects):
            if at < i and subj.args and all(self.admit(a, allowed) is not None for a in subj.args):
                return Subject(subj.args, "carry", i - at + 3, pos=subj.pos)
        return None

    def _asyndetic(self, i: int) -> bool:
        """ "X lên án …, yêu cầu Y …": a content trigger right after a comma that follows an
        earlier trigger of the same clause, with an addressee or a verb after it, is a second
        verb of that clause."""
        hit = self.tag[i]
        if hit is None or hit.kind != "trigger" or self.is_nominal(hit) or hit.end >= self.n:
            return False
        if not all(self.onto.predicate(p).kind == "content" for p in hit.preds):
            return False
        earlier = [h for h in self.hits if h.end < i]
        triggers = [h for h in earlier if h.kind == "trigger"]
        if not triggers or earlier[-1].kind == "break":
            return False
        last = triggers[-1].end
        if any(h.kind == "report" and h.start >= last for h in earlier):
            return False
        # "… là Mỹ coi trọng khu vực, cam kết …": a new clause with its own subject came between
        if any(self.is_mention(m) and self.keys[m - 1] in ("là", "rằng") for m in range(last + 1, i)):
            return False
        return self.keys[hit.end] != "của" and self.units[hit.end].kind in ("w", "m")

    def _only_adverbs_between(self, subj: Subject, i: int) -> bool:
        """True when only adverbs, cue words, a date or a parenthesis separate the subject
        from the trigger at ``i``."""
        if subj.how == "relative":
            subj = Subject(subj.args, "left", subj.distance, pos=subj.pos + 2)
        if subj.how not in ("left", "deps", "pronoun", "anaphor"):
            return True
        last = subj.args[-1]
        k = subj.pos if subj.pos >= 0 else next((x for x in range(i - 1, -1, -1) if self.units[x].arg is last), None)
        if k is None:
            return False
        dates = self._date_spans()
        x = k + 1
        while x < i:
            u = self.units[x]
            if u.text == ",":
                close = next((y for y in range(x + 1, i) if self.units[y].text == ","), None)
                if close is not None and not any(
                    self.is_mention(y) or self.kind_at(y) is not None for y in range(x + 1, close)
                ):
                    x = close + 1
                    continue
                # "X, hiện đang ở thăm Mỹ,": an apposed clause about the person before it
                return close is None and all(
                    self.keys[y] in _ADVERBS or self.keys[y] in ("hiện", "ở") for y in range(x + 1, i)
                )
            skip = self._companions(x, i) or self._departure(x, i) or (1 if self.keys[x] in _TRAVEL else 0)
            if skip:
                x += skip
                continue
            if not (
                self.keys[x] in _ADVERBS
                or self.kind_at(x) in ("negation", "planned")
                or any(ds <= u.start and u.end <= de for ds, de in dates)
            ):
                return False
            x += 1
        return True

    def _companions(self, x: int, i: int) -> int:
        """ "X và phu nhân cùng đoàn đại biểu cấp cao …": the people travelling with the
        subject; the number of units they take (0 when there are none)."""
        if self.keys[x] not in ("và", "cùng") or x + 1 >= i or self.keys[x + 1] not in ("phu", "đoàn", "các"):
            return 0
        y = x + 1
        while y < i and y - x < 12:
            if self.kind_at(y) is not None or self.units[y].kind == "p":
                break
            if self.is_mention(y) and str(self.units[y].arg.ref.type) == "PERSON":  # type: ignore[union-attr]
                return 0
            if self.keys[y] in _ADVERBS and self.keys[y] not in ("cùng",):
                break
            y += 1
        return y - x

    def _companion_start(self, j: int) -> int | None:
        """Start of a companions phrase ("cùng đoàn đại biểu cấp cao Việt Nam") that contains
        the mention at ``j``; None when it is in none."""
        for c in range(j - 1, max(-1, j - 12), -1):
            if self.units[c].kind == "p" or self.kind_at(c) is not None:
                return None
            if self.keys[c] in ("và", "cùng") and c + 1 < j and self.keys[c + 1] in ("phu", "đoàn"):
                people = any(
                    self.is_mention(y) and str(self.units[y].arg.ref.type) == "PERSON"  # type: ignore[union-attr]
                    for y in range(c + 1, j + 1)
                )
                return None if people else c
        return None

    def _departure(self, x: int, i: int) -> int:
        """ "rời New York (để) đến Washington": the place left before the place reached."""
        if self.keys[x] != "rời" or x + 1 >= i or not self.is_mention(x + 1):
            return 0
        return 3 if x + 2 < i and self.keys[x + 2] == "để" else 2

    def _date_list(self) -> list[Any]:
        """Date expressions of the sentence (computed once; skipped when no date can occur)."""
        if self._dates is None:
            text = self.sentence.text
            maybe = any(c.isdigit() for c in text) or any(k in _DATE_WORDS for k in self.keys)
            self._dates = _find_dates(text, self.adoc.document.date) if maybe else []
        return self._dates

    def _date_spans(self) -> list[tuple[int, int]]:
        base = self.sentence.start
        return [(d.start + base, d.end + base) for d in self._date_list()]

    def _subject_end(self, subj: Subject | None, hit: Hit) -> int:
        if subj is None or subj.pos < 0 or subj.pos >= hit.start:
            return 0
        return subj.pos + 1

    def _remember(self, hit: Hit, subj: Subject | None) -> None:
        if subj is not None and self._top and subj.how in ("left", "deps", "intro", "pronoun", "anaphor", "relative"):
            self.subjects.append((hit.start, subj))

    # -- MET

    def _met(self, hit: Hit, pred: PredicateDef, forced: Status | None, inherited: Subject | None) -> list[dict]:
        self._spoke_at: int | None = None
        if tuple(self.keys[hit.start : hit.end]) in _WORK_WITH and not self._official_partner(hit):
            return self._decline(hit)
        if tuple(self.keys[hit.start : hit.end]) in _BANQUETS:
            return self._banquet(hit, pred, forced) or self._decline(hit)
        if self._fronted_reference(hit):
            return self._decline(hit)
        if tuple(self.keys[hit.start : hit.end]) in _NEGOTIATE and (
            self.is_nominal(hit) or not self.starts_with(hit.end, _COMIT)
        ):
            return self._decline(hit)
        weak = hit.end - hit.start == 1
        nominal = self.is_nominal(hit)
        mode = self._met_mode(hit)
        pairs: list[tuple[Arg, Arg]] = []
        how = ""
        subj: Subject | None = None
        factor = 1.0
        # look right for "với B", "giữa A và B", or a direct object
        k = hit.end
        gap = 0
        nominal_hit = self.is_nominal(hit) or "cuộc" in self.keys[hit.start : hit.end]
        while (
            k < self.n
            and gap <= 5
            and (self.units[k].kind == "w" or self.units[k].text in _QUOTES)
            and (not self.is_hard_break(k) or self._time_clause(hit, k, nominal_hit))
        ):
            if self.keys[k] in {p[0] for p in _BETWEEN} or self.keys[k] in {p[0] for p in _COMIT}:
                break
            if self._phoned(hit, k):
                break
            phone = self.keys[hit.end : hit.end + 2] == ["điện", "thoại"] and k - hit.end < 2
            if self.kind_at(k) == "trigger" and not (k > 0 and self.keys[k - 1] == "qua") and not phone:
                break
            k += 1
            # "cuộc điện đàm kéo dài 40 phút hôm thứ Hai với X": time words do not count
            if not (nominal_hit and (self.keys[k - 1] in _TIME_ADJUNCT or self.keys[k - 1].isdigit())):
                gap += 1
        if self._place_before_between(hit, k):
            # "hội nghị thượng đỉnh tại Tehran giữa A, B và C": a place adjunct before the parties
            k += 1
        actor = pred.domain
        dashed = self._dashed_pair(hit.end, actor)
        received = self._received_by(hit, actor) if dashed is None else None
        if dashed is not None:
            pairs.append(dashed)
            how = "between"
        elif received is not None:
            subj, hosts = received
            pairs = [(g, h) for g in subj.args for h in hosts]
            how = "with"
        elif tuple(self.keys[hit.start : hit.end]) == ("thượng", "đỉnh"):
            return self._decline(hit)
        elif (
            k < self.n
            and (self.keys[k],) in _BETWEEN
            and (self.is_mention(k + 1) or self.group_members_at(k + 1) or self._named_partner(k + 1, "") is not None)
        ):
            members = self.group_members_at(k + 1)
            first = k + 1 if self.is_mention(k + 1) else self._named_partner(k + 1, "")
            args = members if members else [self.units[x].arg for x in self.group_right(first, actor)]  # type: ignore[arg-type]
            for a in range(len(args)):
                for b in range(a + 1, len(args)):
                    pairs.append((args[a], args[b]))  # type: ignore[arg-type]
            how = "between"
        elif k < self.n and (self.starts_with(k, _COMIT) or self._phoned(hit, k)):
            n = self.starts_with(k, _COMIT) or 1
            rgroup = self.role_groups().get(k + n)
            m = self._titled_mention(k + n) if rgroup is None or not rgroup[1] else None
            group_at = self.group_members_at(k + n) if m is None and k + n < self.n else None
            if m is None and not group_at:
                group_at = self._pronoun_partner(k + n)
            if m is None and not group_at:
                m = self._named_partner(k + n)
            if m is None and not group_at:
                m = self._second_title(k + n)
            if m is None and not group_at and tuple(self.keys[hit.start : hit.end]) in _WORK_WITH:
                m = self._positioned_person(k + n)
            if m is None and not group_at:
                m = self._members_of(k + n)
            if m is None and not group_at:
                m = self._listed_partner(k + n)
            if m is not None or group_at:
                partners = group_at or [self.units[x].arg for x in self.group_right(m, actor)]  # type: ignore[arg-type]
                chain = None if nominal else self._chain_subject(hit, actor)
                if chain is not None:
                    subj, factor = chain, 0.85
                else:
                    subj, factor = self._subject(hit, pred, inherited, weak, loose=gap == 0 or nominal)
                if subj is None and not nominal:
                    subj, factor = self._quoted_self(hit), 0.8
                if subj is None and nominal:
                    subj = self._speaker_at(hit, actor)
                    factor = max(factor, 0.8) if subj is not None else factor
                if subj is None and nominal:
                    # "Trong cuộc hội đàm với X, hai bên nhất trí …": the other side of the talks
                    ids = {p.ref.id for p in partners if p is not None}
                    others = [a for a in self._intro_group(hit) if a.ref.id not in ids]
                    if len(others) == 1:
                        subj = Subject(others, "anaphor", 0)
                if subj is not None:
                    pairs = [(s, p) for s in subj.args for p in partners]  # type: ignore[misc]
                    words = self.keys[hit.end : k]
                    if any(words[x : x + 2] in (["ba", "bên"], ["3", "bên"]) for x in range(len(words))):
                        # "cuộc gặp ba bên với A và B": the partners meet each other too
                        pairs += [(a, b) for x, a in enumerate(partners) for b in partners[x + 1 :]]  # type: ignore[misc]
                    how = "with"
        manner = hit.end
        while (
            manner < self.n
            and manner - hit.end < 3
            and self.keys[manner] in _MEET_MANNER
            and self.units[manner].kind == "w"
        ):
            manner += 1
        if mode == "phone" and not pairs and not nominal:
            manner += self.starts_with(manner, _CALL_PURPOSE)
        if not pairs and not nominal:
            obj = self.direct_object(manner, actor, max_skip=0)
            if obj:
                # "X sẽ phát biểu tại …, gặp Y": a verb opening a comma chain's next link
                chain = self._chain_subject(hit, actor)
                subj, factor = (
                    (chain, 0.85) if chain is not None else self._subject(hit, pred, inherited, weak, loose=True)
                )
                if subj is None:
                    subj, factor = self._quoted_self(hit), 0.8
                if subj is not None:
                    pairs = [(s, self.units[x].arg) for s in subj.args for x in obj]  # type: ignore[misc]
                    how = "direct"
        elif not pairs and gap == 0 and nominal and tuple(self.keys[hit.start : hit.end]) not in _SUMMITS:
            # "Trong cuộc gặp Thủ tướng Đức Angela Merkel, ông Lý Khắc Cường …": the meeting
            # noun takes a person as its object without "với"
            obj = self.direct_object(hit.end, ("PERSON",), max_skip=0)
            if obj:
                subj, factor = self._subject(hit, pred, inherited, weak, loose=True)
                if subj is None:
                    subj = self._speaker_at(hit, actor)
                    factor = max(factor, 0.8) if subj is not None else factor
                if subj is not None:
                    pairs = [(s, self.units[x].arg) for s in subj.args for x in obj]  # type: ignore[misc]
                    how = "with"
        if not pairs and nominal and not (k < self.n and self.starts_with(k, _COMIT)):
            # "Trong cuộc hội đàm tại Hà Nội, hai nhà lãnh đạo nhất trí …"
            members = self._intro_group(hit)
            if len(members) == 2:
                pairs = [(members[0], members[1])]
                how = "coord"
                subj = Subject(members, "anaphor", 0)
        if not pairs and nominal and not (k < self.n and self.starts_with(k, _COMIT)):
            # 'A nói với B rằng "…" trong cuộc gặp (bên lề …)': the one told was met
            told = self._told_at_meeting(hit, actor)
            if told is not None:
                subj, partner = told
                pairs = [(a, partner) for a in subj.args]
                how = "with"
        n_with = self.starts_with(k, _COMIT) if k < self.n else 0
        other_partner = n_with > 0 and k + n_with < self.n and self.keys[k + n_with] != _NHAU
        if not pairs and not other_partner:
            left = self.find_subject(hit.start, actor)
            if (left is None or len(left.args) < 2) and inherited is not None and len(inherited.args) >= 2:
                left = inherited if self._meeting_adjunct(hit) else left
            if left is None and tuple(self.keys[hit.start : hit.end]) not in _SUMMITS:
                # "Hai lãnh đạo phát biểu trong họp báo chung": speakers together at a meeting
                spoken = self._speaker_at(hit, actor)
                left = spoken if spoken is not None and len(spoken.args) >= 2 else None
            if left is not None and len(left.args) >= 2:
                nhau = any(self.keys[x] == _NHAU for x in range(hit.end, min(self.n, hit.end + 3)))
                alone = hit.end >= self.n or self.units[hit.end].kind == "p" or self.keys[hit.end] in _INTRANSITIVE_NEXT
                # "sau cuộc gặp này": a meeting referred back to is not stated again
                back = nominal and self.keys[hit.end : hit.end + 1] in (["này"], ["đó"], ["trên"], ["ấy"])
                carried = not back and (not nominal or self._light_before(hit) or self._meeting_adjunct(hit))
                if carried and (not weak or nhau or nominal or alone):
                    subj = left
                    args = left.args
                    pairs = [(args[a], args[b]) for a in range(len(args)) for b in range(a + 1, len(args))]
                    how = "coord"
        if pairs:
            pairs += self._attendees(hit, pairs, actor)
        guests = self._present_at(hit, actor)
        if guests:
            members: list[Arg] = []
            for pair in pairs:
                members += [a for a in pair if all(a.ref.id != m.ref.id for m in members)]
            if not members:
                k2 = hit.end
                while k2 < self.n and self.units[k2].kind == "w" and self.keys[k2] not in ("của", "giữa"):
                    k2 += 1
                found = self.group_members_at(k2 + 1) if k2 + 1 < self.n and self.keys[k2] in ("của", "giữa") else None
                members = found or list(self._meeting or self.state.last_meeting)
            if members:
                pairs += [(m, g) for g in guests for m in members]
                pairs += [(a, b) for x, a in enumerate(guests) for b in guests[x + 1 :]]
                how = how or "with"
                if subj is None:
                    subj = Subject(list(members), "anaphor", 0)
        if self.hedged(hit.start) or self._called_off(hit.end):
            return self._decline(hit)
        if not pairs:
            return []
        if subj is not None and subj.how in ("left", "deps") and any(self._officials_state(a) for a in subj.args):
            return self._decline(hit)
        if tuple(self.keys[hit.start : hit.end]) in _SUMMITS and how == "coord" and self._attends(hit):
            # "A cùng B tới Riyadh tham dự Hội nghị thượng đỉnh …": a multilateral summit
            return self._decline(hit)
        if self._attends(hit):
            # "dự phiên họp Đại Hội đồng Liên Hợp Quốc": attending a body's session is no
            # meeting with the body
            pairs = [(a, b) for a, b in pairs if "ORGANIZATION" not in (str(a.ref.type), str(b.ref.type))]
            if not pairs:
                return self._decline(hit)
        if tuple(self.keys[hit.start : hit.end]) in _HANDSHAKE and any(
            str(x.ref.type) != "PERSON" for pair in pairs for x in pair
        ):
            # people shaking hands met; states "bắt tay" (join hands) cooperate
            return self._decline(hit)
        summit = tuple(self.keys[hit.start : hit.end]) in _SUMMITS
        if summit and how == "direct" and any(str(b.ref.type) != "PERSON" for _a, b in pairs):
            return self._decline(hit)
        referred = any(self.keys[x] == "về" for x in range(max(0, hit.start - 4), hit.start))
        if nominal and subj is not None and subj.how == "carry" and referred:
            return self._decline(hit)
        self._remember(hit, subj)
        status = forced or self.status(hit.start, self._subject_end(subj, hit), pred.name)
        if status is None:
            return []
        if status == Status.asserted and (self._arranged(hit) or self._purposed(hit)):
            status = Status.planned
        if status == Status.conditional and self._condition_quoted(hit):
            status = Status.asserted
        if status == Status.planned and self._plan_was_said(hit, subj):
            status = Status.asserted
        base = _BASE[how] * (0.9 if weak else 1.0) * factor
        out = []
        seen: set[frozenset[str]] = set()
        for a, b in pairs:
            ra, rb = self.admit(a, actor), self.admit(b, pred.range)
            if ra is None or rb is None or ra.id == rb.id or self._medium(a) or self._medium(b):
                continue
            key = frozenset((ra.id, rb.id))
            if key in seen:
                continue
            seen.add(key)
            fact = self._base_fact(pred, hit, ra, _ref_dict(rb), status, self._confidence(base, subj, [a, b]), [ra, rb])
            fact["mode"] = mode
            for arg in (a, b):
                if all(m.ref.id != arg.ref.id for m in self._meeting):
                    self._meeting.append(arg)
            out.append(fact)
        if out:
            self._met_at.add(hit.start)
        return out

    def _fronted_reference(self, hit: Hit) -> bool:
        """ "Trước cuộc gặp, A và B …", "Về cuộc hội đàm, …": a meeting named in a fronted
        adjunct, with no partner, refers to a meeting; it says nothing of who met ("Trong
        cuộc hội đàm, A và B …" does)."""
        lead = 0
        while lead < hit.start and self.keys[lead] in _FRONTING:
            lead += 1
        if lead == 0 or not self.is_nominal(hit) or not all(self.units[k].kind == "w" for k in range(hit.start)):
            return False
        end = hit.end
        while end < self.n and self.units[end].kind == "w" and self.units[end].text != ",":
            end += 1
        return end < self.n and self.units[end].text == ","

    def _decline(self, hit: Hit) -> list[dict]:
        """No meeting, by a rule that read this trigger's construction (work in another sense,
        a multilateral summit, states joining hands…): the pair model must not add one."""
        self._declined.add(hit.start)
        return []

    def _met_mode(self, hit: Hit) -> str:
        """in_person, phone or video, from the words around a meeting trigger."""
        lo = max(0, hit.start - 3)
        mode = self.lex.met_mode(self.text[self.units[lo].start : self.units[min(self.n, hit.end + 4) - 1].end])
        return self._mode_later(hit) if mode == "in_person" else mode

    def _place_before_between(self, hit: Hit, k: int) -> bool:
        """True when unit ``k`` is a place named after "tại / ở" right before "giữa" a named
        party, within a few words of a meeting noun."""
        if not (hit.end < k < self.n - 2 and k - hit.end <= 3 and self.keys[k - 1] in _IN_PLACE):
            return False
        place = self.units[k].arg if self.is_mention(k) else None
        if place is None or str(place.ref.type) not in ("COUNTRY", "LOCATION"):
            return False
        return (self.keys[k + 1],) in _BETWEEN and self.is_mention(k + 2)

    def _time_clause(self, hit: Hit, k: int, nominal: bool) -> bool:
        """ "cuộc điện đàm sau khi nhậm chức với X": a short time clause right after a meeting
        noun, before its partner."""
        s = hit.end
        while s < min(self.n, hit.end + 3) and self.keys[s] in ("đầu", "tiên", "thứ", "hai", "ba", "trực", "tuyến"):
            s += 1
        if not nominal or k - s > 1 or self.keys[s : s + 2] not in (["sau", "khi"], ["trước", "khi"]):
            return False
        return any(self.keys[x] == "với" for x in range(s + 2, min(self.n, s + 7)))

    def _mode_later(self, hit: Hit) -> str:
        """ "nói chuyện với X qua điện thoại": a way of meeting named after the partner, in the
        same clause."""
        for k in range(hit.end, min(self.n, hit.end + 16)):
            if self.is_hard_break(k) or (self.kind_at(k) == "trigger" and self.tag[k] is not self.tag[hit.start]):
                break
            if self.keys[k] == "qua" and k + 1 < self.n:
                mode = self.lex.met_mode(self.text[self.units[k].start : self.units[min(self.n, k + 3) - 1].end])
                if mode != "in_person":
                    return mode
        return "in_person"

    def _medium(self, arg: Arg) -> bool:
        """ "trên (trang) Twitter (cá nhân)", "qua Zoom": an organisation named as the medium
        of a message or a call is no participant."""
        if str(arg.ref.type) != "ORGANIZATION":
            return False
        k = next((x for x in range(self.n) if self.units[x].arg is arg), -1) - 1
        while k >= 0 and self.units[k].kind == "w" and self.keys[k] in _MEDIUM_NOUNS:
            k -= 1
        return k >= 0 and self.units[k].kind == "w" and self.keys[k] in ("trên", "qua")

    def _received_by(self, hit: Hit, actor: Sequence[str]) -> tuple[Subject, list[Arg]] | None:
        """ "X được Y tiếp (đón)", "X được Thủ tướng nước chủ nhà Y dành sự tiếp đón": a guest
        received by a host in the passive; (the guest as subject, the hosts)."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w":
            n = self.is_word(j, _NOMINAL)
            if n:
                j -= n
            elif self.keys[j] in ("dành", "nồng", "nhiệt", "trọng", "thị", "rất") or self.keys[j] in _ADVERBS:
                j -= 1
            else:
                break
        if not self.usable(j, actor):
            return None
        hosts = self.group_left(j, actor)
        lead = hosts[0]
        p = lead - 1
        while p >= 0 and self.units[p].kind == "w" and self.keys[p] != "được" and lead - p <= 6:
            p -= 1
        if p < 0 or self.keys[p] != "được" or self.units[p].kind != "w":
            return None
        if p + 1 < lead and not any(self._titled(p + 1, x) for x in range(p + 2, min(lead, p + 4) + 1)):
            return None
        guest = self.find_subject(p, actor)
        if guest is None or not guest.args:
            return None
        return guest, [self.units[x].arg for x in hosts]  # type: ignore[misc]

    def _officials_state(self, arg: Arg) -> bool:
        """ "quan chức Nga (cấp cao nhất) gặp ông Trump": a state named after a noun for its
        officials stands for unnamed people, not for the state itself."""
        if str(arg.ref.type) == "PERSON":
            return False
        k = next((x for x in range(self.n) if self.units[x].arg is arg), -1)
        return k > 0 and self.is_word(k - 1, _STATE_PEOPLE) > 0

    def _named_partner(self, k: int, named_by: str = "là") -> int | None:
        """ "với hai người đồng cấp Ai Cập là X và Y" (``named_by="là"``), "giữa Giám đốc Văn
        phòng an ninh quốc gia … Chung Eui-yong" (``named_by=""``, a long title before the
        name): the first person named; None when there is none."""
        for x in range(k, min(self.n, k + 12)):
            u = self.units[x]
            if self.is_hard_break(x) and self.keys[x] != named_by or self.kind_at(x) == "trigger" or u.kind == "p":
                return None
            if self.is_mention(x) and str(u.arg.ref.type) == "PERSON":  # type: ignore[union-attr]
                if named_by:
                    return x if x > k and self.keys[x - 1] == named_by else None
                titled = any(self._titled(k, t) for t in range(k + 1, min(x, k + 4) + 1))
                return x if titled or self.units[k].text[:1].isupper() else None
        return None

    def _second_title(self, k: int) -> int | None:
        """ "với Thủ tướng, quyền tổng thống X": a person named by a title, a comma and a
        second title."""
        for t in range(1, 5):
            c = k + t
            if c + 1 >= self.n or self.units[c - 1].kind != "w":
                return None
            if self.units[c].text == ",":
                m = c + 1
                if not (self._titled(k, c) and self.is_mention(m) and str(self.units[m].arg.ref.type) == "PERSON"):  # type: ignore[union-attr]
                    return None
                return m if self.units[m].arg.mention.role else None  # type: ignore[union-attr]
        return None

    def _pronoun_partner(self, k: int) -> list[Arg] | None:
        """ "gọi điện cho bà", "hội đàm với ông": a pronoun partner is the person the sentence
        opens with (not the one acting here)."""
        if k >= self.n or self.keys[k] not in _PRONOUNS or self.units[k].kind != "w" or self.is_mention(k + 1):
            return None
        if k + 1 < self.n and self.units[k + 1].kind == "w" and self.keys[k + 1] not in ("và", "về", "để", "tại"):
            return None
        person = self._antecedent(k, same_sentence=True)
        return [person] if person is not None else None

    def _attends(self, hit: Hit) -> bool:
        """ "dự / tham dự / tham gia (hội nghị thượng đỉnh, phiên họp)": attending, not meeting
        someone."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and (self.is_word(j, _NOMINAL) or self.keys[j] in _SESSION):
            j -= max(1, self.is_word(j, _NOMINAL))
        return j >= 0 and (self.keys[j] == "dự" or self.keys[j - 1 : j + 1] in (["tham", "gia"], ["có", "mặt"]))

    def _meeting_adjunct(self, hit: Hit) -> bool:
        """ "tại / trong / sau (một) cuộc gặp": a meeting noun heading a place or time adjunct."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and (self.is_word(j, _NOMINAL) or self.keys[j] == "một"):
            j -= max(1, self.is_word(j, _NOMINAL))
        # "tại hội nghị thượng đỉnh" (but not "tại hội nghị thượng đỉnh G20", a multilateral one)
        noun = j < hit.start - 1 or (
            tuple(self.keys[hit.start : hit.end]) in _SUMMIT_NOUNS and not self.is_mention(hit.end)
        )
        return j >= 0 and noun and self.keys[j] in ("tại", "trong", "sau", "ở")

    def _arranged(self, hit: Hit) -> bool:
        """ "đã thỏa thuận / nhất trí tổ chức cuộc hội đàm": a meeting agreed or proposed to be
        held is planned, not yet held."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.is_word(j, _NOMINAL):
            j -= self.is_word(j, _NOMINAL)
        if j < 1 or self.keys[j - 1 : j + 1] not in (["tổ", "chức"], ["tiến", "hành"], ["sắp", "xếp"]):
            return False
        k = j - 2
        while k >= 0 and self.units[k].kind == "w" and self.keys[k] in _ADVERBS:
            k -= 1
        if k >= 0 and self.is_word(k, _ARRANGE):
            return True
        prev = self.tag[k] if k >= 0 else None
        return prev is not None and prev.kind == "trigger" and bool({"AGREED", "COMMITTED"} & set(prev.preds))

    def _purposed(self, hit: Hit) -> bool:
        """ "để mở đường cho / nhằm chuẩn bị cho (một) cuộc gặp", "mời X sang thăm để hai bên
        hội đàm": a meeting named as the purpose of an act is not yet held."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j >= 2 and self.keys[j] in _GROUP_LAST and self._group_phrase(j):
            lead = j - next(len(p) for p in _GROUP_PHRASES if tuple(self.keys[j - len(p) + 1 : j + 1]) == p)
            if lead >= 0 and self.keys[lead] == "để":
                return True
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and (self.is_word(j, _NOMINAL) or self.keys[j] in ("một", "các")):
            j -= max(1, self.is_word(j, _NOMINAL))
        if j < 1 or self.keys[j] != "cho" or j == hit.start - 1 and not self.is_nominal(hit):
            return False
        for x in range(j - 1, max(-1, j - 5), -1):
            if self.units[x].kind != "w" or self.kind_at(x) == "trigger":
                return False
            if self.keys[x] in ("để", "nhằm"):
                return True
        return False

    def _intro_group(self, hit: Hit) -> list[Arg]:
        """ "Trong/Tại cuộc hội đàm …, hai bên / hai nhà lãnh đạo …": the people the group
        phrase after an introductory meeting phrase refers to (empty when there is none)."""
        if not self._intro_phrase(hit.start) or not self._clause_opens_before(hit.start):
            return []
        comma = next(
            (
                x
                for x in range(hit.end, min(self.n, hit.end + 16))
                if self.units[x].text == "," or self.is_hard_break(x)
            ),
            None,
        )
        if comma is None or self.units[comma].text != ",":
            return []
        for phrase, n in _GROUP_PHRASES.items():
            if n == 2 and tuple(self.keys[comma + 1 : comma + 1 + len(phrase)]) == phrase:
                members = self._group_antecedent(2, loose=True)
                if not members and self.state.last_person is not None:
                    members = [self.state.last_person]
                return members
        keys = tuple(self.keys[hit.start : hit.end + 1])
        lead = hit.start - 1
        while lead >= 0 and self.units[lead].kind == "w" and (self.is_word(lead, _NOMINAL) or self.keys[lead] == "một"):
            lead -= max(1, self.is_word(lead, _NOMINAL))
        # "Trong / Tại / Sau cuộc điện đàm" (not "Trước cuộc gặp", "Về cuộc gặp")
        during = lead >= 0 and self.keys[lead] in ("trong", "tại", "sau", "lề", "ở")
        bilateral = during and keys[:-1] not in _SUMMITS and "báo" not in keys
        if bilateral and self.is_mention(comma + 1) and str(self.units[comma + 1].arg.ref.type) == "PERSON":  # type: ignore[union-attr]
            # "Trong cuộc điện đàm …, A và B (đã) nhất trí …": the coordinated subject (not
            # after a press conference or a multilateral summit)
            group = self.group_right(comma + 1, ("PERSON",))
            after = group[-1] + 1 if group else self.n
            while after < self.n and self.units[after].kind == "w" and self.keys[after] in _ADVERBS:
                after += 1
            acts = after < self.n and (self.kind_at(after) in ("trigger", "report") or self.keys[after] in _TALK)
            if len(group) == 2 and acts:
                return [self.units[x].arg for x in group]  # type: ignore[misc]
        return []

    def _present_at(self, hit: Hit, actor: Sequence[str]) -> list[Arg]:
        """ "Tham gia cuộc họp này còn có A và B", "Cũng có mặt trong cuộc gặp … là A, B": the
        people said to be present at the meeting named by the nominal trigger."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.is_word(j, _NOMINAL):
            j -= self.is_word(j, _NOMINAL)
        if j >= 0 and self.keys[j] in ("trong", "tại", "ở"):
            j -= 1
        if j < 1 or self.keys[j - 1 : j + 1] not in (["tham", "gia"], ["có", "mặt"], ["tham", "dự"], ["góp", "mặt"]):
            return []
        lead = j - 2
        while lead >= 0 and self.keys[lead] in ("cũng", "còn"):
            lead -= 1
        if lead >= 0 and not (self.units[lead].kind == "p" or self.kind_at(lead) in ("break", "source")):
            return []
        for k in range(hit.end, min(self.n - 1, hit.end + 12)):
            if self.is_hard_break(k) and self.keys[k] != "là":
                return []
            if self.keys[k] in ("có", "là") and k > hit.end:
                m = k + 1
                if not self.is_mention(m):
                    m = self._titled_mention(m) or -1
                if m < 0 or not self.usable(m, ("PERSON",)):
                    return []
                guests = [m]
                while m + 2 < self.n and self.keys[m + 1] in (",", "và", "cùng") and self.usable(m + 2, ("PERSON",)):
                    m += 2
                    guests.append(m)
                return [self.units[x].arg for x in guests]  # type: ignore[misc]
        return []

    def _phoned(self, hit: Hit, k: int) -> bool:
        """ "gọi điện (thoại) cho X": a phone call's partner after "cho"."""
        if self.keys[k : k + 1] != ["cho"]:
            return False
        keys = tuple(self.keys[hit.start : hit.end])
        return keys in _PHONE_CALL or (keys == ("gọi", "điện") and self.keys[hit.end : hit.end + 1] == ["thoại"])

    def _called_off(self, e: int) -> bool:
        """ "cuộc gặp … bị hoãn / đã bị hủy": a meeting noun whose clause calls it off."""
        k = e
        while k < min(self.n, e + 14) and not self.is_hard_break(k):
            if self.keys[k] in ("hoãn", "hủy", "huỷ") and self.keys[k - 1] in ("bị", "đã", "được", "trì", "tạm"):
                return True
            k += 1
        return False

    def _speaker_at(self, hit: Hit, actor: Sequence[str]) -> Subject | None:
        """ "X phát biểu / nói tại cuộc gặp với Y": the speaker at a meeting took part in it."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.is_word(j, _NOMINAL):
            j -= 1
        if j < 1 or self.keys[j] not in ("tại", "trong", "ở", "sau", "bằng", "qua"):
            return None
        j -= 1
        if self.usable(j, ("PERSON",)) and self._quoted_person(j):
            # "(Reuters) dẫn lời X trong cuộc điện đàm với Y": the person quoted at the meeting
            return Subject([self.units[j].arg], "left", hit.start - j - 1, pos=j)  # type: ignore[list-item]
        # "X tiết lộ thông tin (…) trong cuộc gặp": a short object between the verb and "trong"
        said = next(
            (
                x
                for x in range(j, max(-1, j - 5), -1)
                if self.kind_at(x) == "report" or self.is_mention(x) or self.units[x].kind == "p"
            ),
            None,
        )
        if said is not None and self.kind_at(said) == "report":
            j = said
        if self.kind_at(j) != "report":
            # "X đã nêu vấn đề … trong cuộc gặp với Y": the subject of the clause the meeting
            # phrase modifies took part in the meeting
            own = self.find_subject(j + 1, actor)
            if (own is None or not own.args) and self.is_mention(j) and self.units[j - 1].kind == "w":
                # "X chọc giận Trung Quốc bằng cuộc điện đàm với Y": past the verb's object
                own = self.find_subject(j, actor)
            if own is None or not own.args or own.how not in ("left", "deps", "pronoun") or own.distance > 12:
                # "X đã tiết lộ những thông tin … về Y (Z) trong cuộc gặp với W": a long object
                far = self._report_before(j)
                if far is None:
                    return None
                j = far
            else:
                return own
        report = self.tag[j]
        k = (report.start if report is not None else j) - 1
        self._spoke_at = k + 1
        while k >= 0 and self.units[k].kind == "w" and self.keys[k] in _ADVERBS:
            k -= 1
        if not self.usable(k, actor) or self.prep_before(k):
            group = self.find_subject(k + 1, actor) if k >= 0 else None
            return group if group is not None and group.how == "anaphor" and group.args else None
        group = self.group_left(k, actor)
        return Subject([self.units[x].arg for x in group], "left", hit.start - k - 1, pos=k)  # type: ignore[misc]

    def _banquet(self, hit: Hit, pred: PredicateDef, forced: Status | None) -> list[dict]:
        """ "X dự tiệc chiêu đãi (…) do Y chủ trì / tổ chức / mời": a guest met the host."""
        actor = pred.domain
        host = None
        for k in range(hit.end, min(self.n, hit.end + 8)):
            if self.units[k].kind != "w" or self.is_hard_break(k):
                break
            if self.keys[k] == "do" and self.usable(k + 1, ("PERSON",)):
                after = k + 2
                if after < self.n and self.keys[after] in ("chủ", "tổ", "mời", "thết", "khoản"):
                    host = k + 1
                break
        if host is None:
            return []
        subj, factor = self._subject(hit, pred, None, False, loose=True)
        if subj is None:
            subj, factor = self._chain_subject(hit, actor), 0.85
        if subj is None or not subj.args:
            return []
        status = forced or self.status(hit.start, self._subject_end(subj, hit), pred.name)
        if status is None:
            return []
        guest_of = self.units[host].arg
        out = []
        for a in subj.args:
            ra, rb = self.admit(a, actor), self.admit(guest_of, pred.range)  # type: ignore[arg-type]
            if ra is None or rb is None or ra.id == rb.id:
                continue
            fact = self._base_fact(
                pred,
                hit,
                ra,
                _ref_dict(rb),
                status,
                self._confidence(_BASE["with"] * factor, subj, [a, guest_of]),
                [ra, rb],  # type: ignore[list-item]
            )
            fact["mode"] = "in_person"
            out.append(fact)
        return out

    def _told_at_meeting(self, hit: Hit, actor: Sequence[str]) -> tuple[Subject, Arg] | None:
        """(speaker, addressee) of "A nói với B … trong / tại cuộc gặp" before the meeting noun."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.is_word(j, _NOMINAL):
            j -= 1
        if j < 1 or self.keys[j] not in ("tại", "trong"):
            return None
        for r in range(j - 1, max(-1, j - 40), -1):
            if self.units[r].kind == "p" and self.units[r].text in (".", ";", "!", "?"):
                return None
            tag = self.tag[r]
            if tag is None or tag.kind != "report" or tag.end != r + 1:
                continue
            if not (self.keys[tag.end : tag.end + 1] == ["với"] and self.usable(tag.end + 1, ("PERSON",))):
                return None
            speaker = self.find_subject(tag.start, actor)
            if speaker is None or not speaker.args:
                return None
            return speaker, self.units[tag.end + 1].arg  # type: ignore[return-value]
        return None

    def _members_of(self, k: int) -> int | None:
        """ "với (một số) nghị sĩ trong Quốc hội Mỹ", "với các thành viên của Hạ viện": unnamed
        members of an organisation stand for the organisation (its mention's index)."""
        x = k
        while x < self.n and self.units[x].kind == "w" and self.keys[x] in _MEMBER_LEAD:
            x += 1
        n = self.starts_with(x, _MEMBER_NOUNS) if x < self.n else 0
        if not n:
            return None
        x += n
        if x < self.n and self.units[x].kind == "w" and self.keys[x] in ("của", "trong", "thuộc"):
            x += 1
        if self.is_mention(x) and str(self.units[x].arg.ref.type) == "ORGANIZATION":  # type: ignore[union-attr]
            return x
        return None

    def _listed_partner(self, k: int) -> int | None:
        """ "với các đối tác (trong khu vực) gồm A, B và C", "với các nước như A và B": a partner
        noun whose members are listed after "gồm / bao gồm / như / là"; the first member's index
        when it is a named actor."""
        x = k
        while x < self.n and self.units[x].kind == "w" and self.keys[x] in _MEMBER_LEAD:
            x += 1
        n = self.starts_with(x, _PARTNER_NOUNS) if x < self.n else 0
        if not n or x == k:
            return None
        x += n
        for y in range(x, min(self.n, x + 5)):
            if self.units[y].kind != "w" or self.is_mention(y) or self.kind_at(y) == "trigger":
                return None
            m = self.starts_with(y, _LIST_MARKERS)
            if m:
                first = y + m
                return first if first < self.n and self.is_mention(first) else None
        return None

    def _quoted_self(self, hit: Hit) -> Subject | None:
        """'"…", ông X nói. "Tôi đã nói chuyện với Y …"': "tôi" in a quotation that goes on
        from the last sentence is its speaker."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j < 1 or self.keys[j] != "tôi" or self.keys[j - 1] == "chúng" or self.units[0].text not in _QUOTES:
            return None
        if any(self.units[x].text in _QUOTES for x in range(1, j)) or self.state.quote_speaker is None:
            return None
        return Subject([self.state.quote_speaker], "pronoun", hit.start - j - 1, pos=j)

    def _chain_subject(self, hit: Hit, actor: Sequence[str]) -> Subject | None:
        """ "X đã dự tiệc …, làm việc với …, tiếp Y": a verb phrase in a comma-separated chain
        takes the subject of the clause that opens the chain."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j < 1 or self.units[j].text != ",":
            return None
        for k in range(j - 1, -1, -1):
            u = self.units[k]
            tag = self.tag[k]
            leads = tag is not None and tag.kind == "report" and tag.start > 0 and self.units[tag.start - 1].text == ","
            # "phát biểu tại …": speaking at a place reports nothing
            leads = leads or (
                tag is not None
                and tag.kind == "report"
                and tag.end < self.n
                and self.keys[tag.end] in ("tại", "ở", "trước")
            )
            if u.kind == "p" and u.text in _HARD_PUNCT or self.keys[k] in _CONJ_AND:
                return None
            if self.is_hard_break(k) and not leads:
                return None
            if u.text != ",":
                continue
            if self.is_mention(k + 1):
                break
            if self.units[k + 1].kind != "w":
                return None
        else:
            k = -1
        # the clause opening the chain: "(Trước đó,) X đã <verb> …"
        m = k + 1
        if not self.usable(m, actor) or not (m + 1 < self.n and self.units[m + 1].kind == "w"):
            return None
        if self.prep_before(m) or self.is_mention(m + 1):
            return None
        return Subject([self.units[m].arg], "left", hit.start - m - 1, pos=m)  # type: ignore[list-item]

    def _report_before(self, j: int) -> int | None:
        """The nearest speech verb left of ``j`` in the same sentence part (no full stop,
        colon or semicolon in between; at most 30 units back)."""
        for x in range(j, max(-1, j - 30), -1):
            if self.kind_at(x) == "report":
                return x
            if self.units[x].kind == "p" and self.units[x].text in (".", ";", ":", "!", "?"):
                return None
        return None

    def _official_partner(self, hit: Hit) -> bool:
        """ "làm việc với / cùng (thành viên Bộ Chính trị) X": working with an official named by a
        title or a position is a meeting; working with "ông X", with companies or "cùng nhau"
        is not."""
        n = self.starts_with(hit.end, _COMIT) if hit.end < self.n else 0
        x = self._positioned_person(hit.end + n) if n else None
        if x is None:
            return False
        role = self.units[x].arg.mention.role  # type: ignore[union-attr]
        return x > hit.end + n or (role is not None and match_key(role) not in _PRONOUNS)

    def _positioned_person(self, k: int) -> int | None:
        """The person named at ``k`` or after a few lower-case words of position ("thành viên
        Bộ Chính trị X"); None when another kind of name or a clause boundary comes first."""
        for x in range(k, min(self.n, k + 5)):
            if self.is_mention(x):
                return x if str(self.units[x].arg.ref.type) == "PERSON" else None  # type: ignore[union-attr]
            if self.units[x].kind != "w" or self.kind_at(x) is not None or self.keys[x] in _CONJ_AND:
                return None
        return None

    def _plan_was_said(self, hit: Hit, subj: Subject | None) -> bool:
        """ "X tuyên bố sẽ … trong cuộc điện đàm với Y": the plan is what was said at the call,
        which itself took place (no plan marker before the speech verb)."""
        spoke = self._spoke_at
        if spoke is None or subj is None or not 0 <= subj.pos < spoke:
            return False
        if any(self.kind_at(x) == "planned" for x in range(subj.pos + 1, spoke)):
            return False
        return not (self._arranged(hit) or self._purposed(hit) or self._when_planned(hit.start))

    def _condition_quoted(self, hit: Hit) -> bool:
        """'"Nếu …, …", X nói trong cuộc điện đàm với Y': the condition belongs to the quote
        reported before the meeting, not to the meeting."""
        report = next((k for k in range(hit.start - 1, -1, -1) if self.kind_at(k) in ("report", "conditional")), -1)
        if report < 0 or self.kind_at(report) != "report":
            return False
        return any(self.kind_at(k) == "conditional" for k in range(report))

    def _quoted_person(self, j: int) -> bool:
        """ "dẫn lời / trích lời / theo lời X": the mention at ``j`` is the person quoted."""
        for k in range(j - 1, max(0, j - 10), -1):
            if self.keys[k - 1 : k + 1] in (["dẫn", "lời"], ["trích", "lời"], ["theo", "lời"]):
                return True
            if self.units[k].kind == "p" or self.is_hard_break(k):
                return False
        return False

    def _dashed_pair(self, e: int, actor: Sequence[str]) -> tuple[Arg, Arg] | None:
        """ "cuộc gặp (thượng đỉnh) Putin - Macron": two people joined by a dash right after
        a meeting noun. Two states joined so name a meeting of theirs only after a summit
        noun ("hội nghị thượng đỉnh Nga - Mỹ"), not after a plain meeting noun."""
        k = e
        while (
            k < min(self.n, e + 2) and self.units[k].kind == "w" and self.keys[k] in ("thượng", "đỉnh", "trực", "tuyến")
        ):
            k += 1
        summit = "đỉnh" in self.keys[max(0, e - 2) : k]
        people: tuple[str, ...] = ("PERSON",)
        if summit and k + 2 < self.n and self._is_state(k) and self._is_state(k + 2):
            people = ("PERSON", "COUNTRY")
        if k + 2 >= self.n or not (self.usable(k, people) and self.usable(k + 2, people)):
            return None
        if self.units[k + 1].text not in ("-", "–", "—"):
            return None
        return self.units[k].arg, self.units[k + 2].arg  # type: ignore[return-value]

    def _titled_mention(self, m: int) -> int | None:
        """The mention at ``m``, or after a plural title ("với các nhà lãnh đạo Trung Quốc")."""
        if self.is_mention(m):
            return m
        k = m
        while k < self.n and self.keys[k] in ("các", "những"):
            k += 1
        if k == m:
            return None
        for t in range(1, 5):
            if k + t < self.n and self._titled(k, k + t) and self.is_mention(k + t):
                return k + t
        return None

    def _attendees(self, hit: Hit, pairs: list[tuple[Arg, Arg]], actor: Sequence[str]) -> list[tuple[Arg, Arg]]:
        """ "A hội đàm với B với sự tham dự của C": the attendees join the meeting (C met A and B)."""
        k = hit.end
        while k < self.n and not self.is_hard_break(k) and not (self.kind_at(k) == "trigger" and k > hit.end):
            n = self.starts_with(k, _ATTENDANCE)
            first = (k + n if self.is_mention(k + n) else self._named_partner(k + n, "")) if n else None
            if first is not None:
                guests = [self.units[x].arg for x in self.group_right(first, actor)]
                members: list[Arg] = []
                for a, b in pairs:
                    for arg in (a, b):
                        if all(m.ref.id != arg.ref.id for m in members):
                            members.append(arg)
                among = [(a, b) for x, a in enumerate(guests) for b in guests[x + 1 :]]
                return [(m, g) for g in guests for m in members] + among  # type: ignore[misc]
            if self.units[k].text == "," and not self.starts_with(k + 1, _ATTENDANCE):
                # "tại thành phố Antalya, Thổ Nhĩ Kỳ, với sự tham dự của C": a place in apposition
                place = self.is_mention(k + 1) and str(self.units[k + 1].arg.ref.type) in ("COUNTRY", "LOCATION")  # type: ignore[union-attr]
                if not (place and k + 2 < self.n and self.units[k + 2].text == ","):
                    return []
                k += 1
            k += 1
        return []

    # -- content predicates

    def _content(self, hit: Hit, pred: PredicateDef, forced: Status | None, inherited: Subject | None) -> list[dict]:
        actor = pred.domain
        weak = hit.end - hit.start == 1
        nominal = self.is_nominal(hit)
        subj: Subject | None = None
        factor = 1.0
        start = hit.end
        how = "content"
        addressees: list[Arg] = []
        if self._agent_before(hit) is not None:
            return []
        owner = self._possessor(hit)
        if owner is None and self._noun_object(hit):
            return []
        if owner is None and pred.name == "PROPOSED" and self._answered_proposal(hit):
            # what the proposal says (a meeting, a visit) is proposed, not done
            self.scopes.append(Scope(hit.end, self.clause_end(hit.end), pred.name, False, None))
            return []
        if pred.name == "COMMITTED" and self._commitment_object(hit, owner is not None):
            return []
        if self._lifted(hit) or hit.start > 0 and self.is_word(hit.start - 1, _TOPIC_NOUNS):
            return []
        if self._agent_noun_before(hit) or self._agentless_act(hit):
            return []
        if (
            owner is not None
            and pred.name == "COMMITTED"
            and self.keys[owner[1] - 1] in ("với", "cho")
            and not self._reaffirmed(hit)
        ):
            return []
        if owner is not None and pred.name == "COMMITTED" and self._reaffirmed(hit):
            start = owner[1]
            subj, factor = self._subject(hit, pred, inherited, weak)
            if subj is None or not subj.args:
                return []
        elif owner is not None:
            group, start = owner
            subj = Subject([self.units[x].arg for x in group], "of", 0)  # type: ignore[misc]
            how = "of"
        elif nominal:
            return []
        else:
            obj = self.direct_object(hit.end, actor, max_skip=1)
            nxt = self.units[obj[-1] + 1] if obj and obj[-1] + 1 < self.n else None
            if nxt is not None and (nxt.kind == "w" or nxt.text in _OPEN_QUOTES):
                addressees = [self.units[x].arg for x in obj]  # type: ignore[misc]
                start = obj[-1] + 1
            subj = self._document_owner(hit)
            factor = 0.9
            if subj is None:
                subj, factor = self._subject(hit, pred, inherited, weak)
            if subj is not None and (self._requirement(hit, subj) or self._officials_of(subj)):
                return []
        if subj is not None and subj.args and pred.name == "AGREED":
            partners, start = self._agreed_with(hit, start)
            if partners:
                subj = Subject(
                    subj.args + [p for p in partners if all(p.ref.id != a.ref.id for a in subj.args)],
                    subj.how,
                    subj.distance,
                    subj.via_deps,
                    subj.pos,
                )
        if subj is None or not subj.args or self._passive_before(hit):
            return []
        if pred.name == "AGREED" and not self._signed_agreement(hit, start):
            return []
        # "thống nhất nước Đức", "thống nhất đất nước": to unify, not to agree
        if tuple(self.keys[hit.start : hit.end]) == ("thống", "nhất") and (
            self.is_mention(hit.end)
            or self.starts_with(hit.end, _UNIFIED)
            or self.keys[hit.end : hit.end + 1] == ["với"]
            or (hit.start > 0 and self.is_word(hit.start - 1, _UNITED_NAMES))
        ):
            # "thống nhất với Tây Đức" (unify), "mặt trận thống nhất", "Bộ trưởng Thống nhất": no agreement
            return []
        if subj.how in ("left", "deps") and subj.pos > 0 and self._passive_agent_of(subj.pos):
            return []
        if subj.how in ("left", "deps", "pronoun") and subj.pos > 0 and self._agent_of_relative(subj.pos):
            return []
        if pred.name == "COMMITTED" and addressees:
            start = self.index_of(addressees[0])
            addressees = []
        if pred.name == "COMMITTED":
            inner = self._committed_action(start)
            if inner is not None:
                self.pending[inner] = subj
                return []
        end = self.clause_end(start)
        text = self.content_text(start, end)
        if not text or self.hedged(hit.start):
            return []
        self.scopes.append(Scope(hit.end, end, pred.name, False, subj))
        self._remember(hit, subj)
        subject_end = hit.start if how == "of" else self._subject_end(subj, hit)
        status = forced or self.status(hit.start, subject_end, pred.name)
        if status is None:
            return []
        topics = self.lex.topics_of(self._topic_window(start, end, text))
        if pred.name == "COMMITTED":
            # a promise is one act: further cues name its means or purpose ("bằng sức mạnh quân sự")
            topics = topics[:1]
        base = _BASE[how] * factor * (0.85 if weak else 1.0)
        out = []
        if pred.name == "AGREED" and self.keys[hit.start] == "ký" and subj.how in ("left", "deps"):
            out_met = self._signed_together(hit, subj, status)
        else:
            out_met = []
        actors = self.onto.groups.get("ACTOR", ())
        for s in subj.args:
            ref = self.admit(s, actor)
            if ref is None:
                continue
            ref = self._administration_state(s) or ref
            for addr in addressees or [None]:
                aref = self.admit(addr, actors) if addr is not None else None
                if aref is not None and aref.id == ref.id:
                    aref = None
                if aref is not None and self._own_state(s, aref):
                    # "Ông cũng sẽ yêu cầu Mỹ …" read as Mr Trump's: a leader does not address his own state
                    continue
                args = [s] + ([addr] if addr is not None else [])
                for n, topic in enumerate(topics):
                    value = {"text": text, "type": pred.value_type or "VALUE", "topic": topic}
                    conf = self._confidence(base, subj, args) * (1.0 if n == 0 else 0.9)
                    fact = self._base_fact(pred, hit, ref, value, status, conf, [ref])
                    fact["addressee"] = _ref_dict(aref) if aref is not None else None
                    out.append(fact)
        return out + out_met

    def _signed_together(self, hit: Hit, subj: Subject, status: Status) -> list[dict[str, Any]]:
        """ "A và B (đã) ký thỏa thuận": leaders who sign together have met."""
        people = [a for a in subj.args if str(a.ref.type) == "PERSON"]
        if len(people) < 2 or len(people) != len(subj.args):
            return []
        met = self.onto.predicates.get("MET")
        if met is None:
            return []
        out = []
        for x in range(len(people)):
            for y in range(x + 1, len(people)):
                a, b = people[x], people[y]
                fact = self._base_fact(met, hit, a.ref, _ref_dict(b.ref), status, 0.75, [a.ref, b.ref])
                fact["mode"] = "in_person"
                out.append(fact)
        return out

    def _committed_action(self, start: int) -> int | None:
        """ "cam kết sẽ tiếp tục ủng hộ Ukraine": the committed action is itself a fact with
        an entity object; its trigger index, else None."""
        k = start
        while k < self.n and self.units[k].kind == "w" and (self.keys[k] in _ADVERBS or self.keys[k] in _CONTENT_LEAD):
            k += 1
        inner = self.tag[k] if k < self.n else None
        if inner is None or inner.kind != "trigger" or inner.start != k:
            return None
        preds = [self.onto.predicate(p) for p in inner.preds]
        if not preds or preds[0].kind != "actor" or preds[0].name == "MET":
            return None
        entity_range = [t for t in preds[0].range if t != "VALUE"]
        return k if self.direct_object(inner.end, entity_range) else None

    def _possessor(self, hit: Hit) -> tuple[list[int], int] | None:
        """ "các yêu cầu (cốt lõi) của Nga, trong đó có …": the possessor group and where the
        content starts, for a trigger used as a noun; None otherwise."""
        initial = hit.start == 0 or self.keys[hit.start] == "lời"
        # "đề cao cam kết phi hạt nhân hóa của X": a verb of regard takes the act as a noun
        regard = hit.start > 0 and self.is_word(hit.start - 1, _REGARD) > 0
        if not (
            self.is_nominal(hit) or self.after_verb(hit) or self.starts_with(hit.end, _POSS_FROM) or initial or regard
        ):
            return None
        k = hit.end
        while (
            k < min(self.n, hit.end + 4)
            and (self.units[k].kind == "w" or self.units[k].text in _QUOTES)
            and not self.starts_with(k, _POSS_FROM)
        ):
            if self.kind_at(k) is not None:
                return None
            k += 1
        n = self.starts_with(k, _POSS_FROM)
        if not n or not self.is_mention(k + n):
            return None
        group = self.group_right(k + n, self.onto.groups.get("ACTOR", ()))
        if not group or self.admit(self.units[group[0]].arg, self.onto.groups.get("ACTOR", ())) is None:  # type: ignore[arg-type]
            return None
        start = group[-1] + 1
        m = start
        if m < self.n and self.keys[m] == ",":
            m += 1
        lead = self.starts_with(m, _CONTENT_INTRO)
        if not lead and k == hit.end and "DEMANDED" in hit.preds and self._answered_demand(hit, start):
            # "đóng cửa căn cứ theo yêu cầu của X": the act was X's demand
            return group, hit.start
        if not lead:
            # "lời kêu gọi ngừng bắn của Liên Hợp Quốc": the content stands before the possessor
            between = range(hit.end, k)
            if (
                0 < len(between) <= 4
                and self.lex.topic_of(self.text[self.units[hit.end].start : self.units[k - 1].end]) != "other"
            ):
                return group, hit.end
            return None
        return group, m + lead

    def _answered_demand(self, hit: Hit, after: int) -> bool:
        """ "(làm …) theo (như) yêu cầu của X": a demand noun followed by the act, whose
        possessor phrase ends its clause (at ``after``)."""
        if after < self.n and not (self.units[after].kind == "p" or self.kind_at(after) == "break"):
            return False
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in ("các", "những", "như", "mọi"):
            j -= 1
        return j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ANSWER_LEADS

    def is_nominal(self, hit: Hit) -> bool:
        """True when the trigger is used as a noun ("cuộc điện đàm", "các yêu cầu"), also as
        the second of two coordinated nouns ("sự ủng hộ, giúp đỡ")."""
        if hit.start == 0:
            return False
        if hit.start > 1 and self.keys[hit.start - 1] in (",", "và"):
            prev = self.tag[hit.start - 2]
            joined = prev is not None and prev.kind == "trigger" and prev.end == hit.start - 1 and prev.start > 0
            verbal = hit.end < self.n and (
                self.is_mention(hit.end) or self.keys[hit.end] in _VERB_OBJECT_LEAD or self.kind_at(hit.end) is not None
            )
            if joined and not verbal and self.is_word(prev.start - 1, _NOMINAL) > 0:  # type: ignore[union-attr]
                return True
        if self.is_word(hit.start - 1, _NOMINAL) > 0:
            return True
        # "nhiều cáo buộc", "mọi lời kêu gọi", "lễ ký kết": determiners of a noun (not for meetings)
        if self.keys[hit.start - 1] in _DETERMINERS and self._own_predicate(hit.start):
            return True
        if self.units[hit.start - 1].kind != "w" or self.kind_at(hit.start - 1) in ("negation", "planned", "hedge"):
            return False
        prev = self.units[hit.start - 1]
        if self.is_word(hit.start - 1, _PREP) > 0 and not any(ds <= prev.start < de for ds, de in self._date_spans()):
            return True
        own = self.pos_start.get(self.units[hit.start].start)
        tag = self.pos_end.get(prev.end)
        return bool(own and own.startswith("N") and tag and tag[:1] in ("V", "E"))

    def after_verb(self, hit: Hit) -> bool:
        """True when a verb (a trigger, a report verb or a token tagged V) precedes the trigger."""
        if hit.start == 0 or self.units[hit.start - 1].kind != "w":
            return False
        if self.kind_at(hit.start - 1) in ("trigger", "report"):
            return True
        prev = self.pos_end.get(self.units[hit.start - 1].end)
        return prev is not None and prev.startswith("V")

    def hedged(self, i: int) -> bool:
        """True when a hedge ("có thể", "lo ngại") stands before the trigger in its clause."""
        j = i - 1
        while j >= max(0, i - 8):
            if self.is_hard_break(j):
                return False
            if self.kind_at(j) == "hedge":
                return not any(self.kind_at(x) == "conditional" for x in range(i, min(self.n, i + 15)))
            j -= 1
        return False

    # -- actor predicates

    def _actor(self, hit: Hit, pred: PredicateDef, forced: Status | None, inherited: Subject | None) -> list[dict]:
        if pred.name in ("SANCTIONED", "ACCUSED", "THREATENED") and self._lifted(hit):
            return []
        unnamed = hit.start > 0 and (self.is_word(hit.start - 1, _TOPIC_NOUNS) or self._agent_noun_before(hit))
        if (unnamed or self._agentless_act(hit)) and pred.name not in ("MET", "VISITED"):
            return []
        if pred.name == "SANCTIONED":
            clause = self._sanction_clause(hit, pred, forced)
            if clause is not None:
                return clause
        if pred.name == "REJECTED" and self._allegation_after(hit.end):
            pred = self.onto.predicate("DENIED")
        weak = hit.end - hit.start == 1
        entity_range = [t for t in pred.range if t != "VALUE"]
        # "hoan nghênh việc ký kết …": welcoming an event supports no one
        admits_value = "VALUE" in pred.range and tuple(self.keys[hit.start : hit.end]) not in _WELCOME
        passive = any(
            self.keys[x] in _PASSIVE and self.units[x].kind == "w" and self.kind_at(x) is None
            for x in range(max(0, hit.start - 4), hit.start)
        ) and not (hit.start > 0 and self.is_mention(hit.start - 1))
        # "Y bị X trừng phạt": agent between the passive marker and the trigger
        if hit.start > 1 and self.is_mention(hit.start - 1):
            agents = self.group_left(hit.start - 1, pred.domain)
            lead = agents[0]
            if lead > 0 and self.keys[lead - 1] == "do":
                return self._agentive(hit, pred, agents, lead - 1, forced)
            if lead > 0 and self.keys[lead - 1] in _PASSIVE:
                if self.hedged(lead - 1):
                    return []
                patient = self.find_subject(lead - 1, entity_range)
                if patient is None or not patient.args or patient.distance > 4:
                    return []
                subj = Subject([self.units[x].arg for x in agents], "left", 0)  # type: ignore[misc]
                status = forced or self.status(lead - 1, 0, pred.name)
                if status is None:
                    return []
                out = []
                for a in subj.args:
                    for p in patient.args:
                        fact = self._fact_actor(pred, hit, subj, a, p, None, status, _BASE["direct"])
                        if fact:
                            if pred.name == "SUPPORTED":
                                window = self.text[
                                    self.units[hit.start].start : self.units[self.clause_end(hit.end) - 1].end
                                ]
                                fact["kind"] = self.lex.support_kind(window) or "political"
                            out.append(fact)
                return out
        if passive or self.hedged(hit.start):
            return []
        nominal = self.is_nominal(hit)
        if pred.name in ("THREATENED", "SANCTIONED") and self._noun_object(hit):
            if pred.name == "THREATENED":
                return []
            nominal = True
        if pred.name == "THREATENED" and hit.start > 0 and self.is_word(hit.start - 1, _THREAT_NOUN_LEAD):
            return []
        obj = self.direct_object(hit.end, entity_range, max_skip=2 if pred.name == "VISITED" else 1)
        if not obj and pred.name == "VISITED" and self._trip_at(hit):
            # "đang công du tại Nhật Bản": a trip word and the place it is made in
            obj = self.direct_object(hit.end + 1, entity_range, max_skip=0)
        if not obj and pred.name == "VISITED" and self.starts_with(hit.end, _PLACE_NOUNS):
            # "tới thành phố nghỉ dưỡng Sochi": a place noun and its description before the name
            for x in range(hit.end + 1, min(self.n, hit.end + 7)):
                if self.is_mention(x):
                    obj = [x] if self.usable(x, entity_range) else []
                    break
                if self.units[x].kind != "w" or self.kind_at(x) is not None or self.units[x].text[:1].isupper():
                    break
        if pred.name == "DENIED" and obj and obj[-1] + 1 < self.n and self.units[obj[-1] + 1].kind == "w":
            obj = []
        if pred.name == "REJECTED" and obj and self._verb_next(obj[-1] + 1):
            # "không chấp nhận Triều Tiên có vũ khí hạt nhân": the name opens the clause rejected
            obj = []
        if pred.name == "WARNED" and obj and obj[-1] + 1 < self.n and self.keys[obj[-1] + 1] in _CLAUSE_AUX:
            obj = []
        how = "direct"
        inner = self.tag[hit.end] if hit.end < self.n else None
        if not obj and pred.name in ("THREATENED", "WARNED") and inner is not None and inner.kind == "trigger":
            obj = self.direct_object(inner.end, entity_range)
        if not obj and pred.name == "WARNED":
            k = hit.end + (
                1 if self.kind_at(hit.end) == "complementizer" or self.keys[hit.end : hit.end + 1] == ["việc"] else 0
            )
            if k > hit.end and self.usable(k, entity_range):
                obj = [k]
            elif self.kind_at(k) == "conditional":
                n = self.tag[k].end if self.tag[k] is not None else k + 1  # type: ignore[union-attr]
                obj = self.direct_object(n, entity_range, max_skip=0)
            else:
                obj = self._warned_if(hit.end, entity_range)
        place_state: Arg | None = None
        if not obj and pred.name == "THREATENED":
            # "dọa bãi bỏ hiệp ước nếu Mỹ …": the actor the threat's condition names
            obj = self._threat_target(hit.end, entity_range) or self._warned_if(hit.end, entity_range)
            if not obj:
                aimed = self._threat_target(hit.end, ("LOCATION",))
                place_state = self._state_of_place(aimed[0]) if aimed else None
                obj = aimed[:1] if place_state is not None else []
        transfer = pred.name == "SUPPORTED" and tuple(self.keys[hit.start : hit.end]) in _TRANSFER
        if transfer:
            obj = self.marker_object(hit.end, entity_range, _RECIPIENT, limit=16)
            how = "marker"
            if not obj or self._transfer_kind(hit.end, obj[0]) is None:
                return []
        sanction_owner: Subject | None = None
        if pred.name == "SANCTIONED" and not obj:
            listed = self._sanction_listed(hit, entity_range)
            if listed is not None:
                return listed
            obj, sanction_owner = self._sanction_target(hit, entity_range)
            if obj:
                how = "marker"
        if not obj and pred.name in _MARKERS:
            obj = self.marker_object(hit.end, entity_range, _MARKERS[pred.name])
            how = "marker"
        if not obj and pred.name in _OWNED_ACTS:
            obj = self._act_owner(hit.end, entity_range, _OWNED_ACTS[pred.name], pred.name != "SUPPORTED")
            how = "marker"
        if not obj and pred.name in ("SANCTIONED", "ACCUSED", "WARNED", "THREATENED"):
            obj = self.named_object(hit.end, entity_range)
            how = "marker"
        owner: Subject | None = sanction_owner
        if nominal and owner is None:
            owner, place = self._nominal_args(hit, obj, pred)
            if place is not None and not obj:
                obj = [place]
        if nominal and owner is None and obj and pred.name == "SANCTIONED":
            owner = self._relative_owner(obj[-1] + 1, pred)
        # one-syllable triggers need an entity object; "dọa" (threaten) is unambiguous on its own
        if weak and not obj and pred.name != "THREATENED":
            return []
        if pred.name == "VISITED" and self._called_off(hit.end):
            return []
        if pred.name == "VISITED":
            # a seat of power is no place visited ("tới Nhà Trắng" is no visit to Mỹ)
            obj = [x for x in obj if str(self.units[x].arg.ref.type) != "ORGANIZATION"]  # type: ignore[union-attr]
            if not obj:
                return []
        if owner is not None:
            subj, factor = owner, 1.0
        elif nominal:
            subj, factor = self._light_subject(hit, pred), 0.85
            if subj is None:
                subj = self.fallback_subject(hit.start, hit.end, pred.domain)
                factor = 0.8
                if subj is None or (subj.how != "intro" and not (subj.how == "carry" and self._participial(hit))):
                    return []
                # "Trước những cáo buộc trên, Bộ Ngoại giao Qatar …": the main clause answers the act
                if subj.how == "intro" and pred.name in ("ACCUSED", "DENIED", "REJECTED", "WARNED", "THREATENED"):
                    return []
        else:
            subj, factor = self._subject(hit, pred, inherited, weak)
        if subj is None or not subj.args or self._officials_of(subj):
            return []
        if pred.name == "VISITED" and subj.how in ("left", "deps") and any(self._officials_state(a) for a in subj.args):
            # "các cố vấn quân sự Thổ Nhĩ Kỳ đã đến Qatar": the state's people, not the state
            return []
        start = obj[-1] + 1 if obj else hit.end
        end = self.clause_end(hit.end)
        comp = next((x for x in range(start, end) if self.kind_at(x) == "complementizer"), None)
        value_end = comp if comp is not None else end
        negating = pred.name == "DENIED" or (pred.name == "REJECTED" and self.keys[hit.end : hit.end + 1] == ["việc"])
        if pred.name in ("ACCUSED", "WARNED", "THREATENED", "REJECTED", "DENIED"):
            self.scopes.append(Scope(hit.end, end, pred.name, negating, subj))
        self._remember(hit, subj)
        status = forced or self.status(hit.start, self._subject_end(subj, hit), pred.name)
        if status is None:
            return []
        value = None
        if not obj:
            if not admits_value:
                return []
            if start == hit.end and hit.end - hit.start >= 4 and self.keys[start : start + 1] == ["của"]:
                start = hit.end - 2
            if pred.name == "REJECTED" and self.keys[hit.end - 2 : hit.end] in (["đàm", "phán"], ["đối", "thoại"]):
                start = hit.end - 2
            quote = self._attributed_quote(hit, start, value_end)
            if quote is not None:
                start, value_end = quote
            text = self.content_text(start, value_end)
            if not text:
                return []
            if pred.name == "THREATENED" and (self.keys[start] in _ENDANGERED or nominal):
                return []
            head = " ".join(text.split()[:3]) if pred.name == "DENIED" else text
            value = {"text": text, "type": pred.value_type or "VALUE", "topic": self.lex.topic_of(head)}
            how = "value"
        kind = None
        if transfer:
            kind = self._transfer_kind(hit.end, obj[0])
        elif pred.name == "SUPPORTED":
            window = self.text[self.units[hit.start].start : self.units[max(hit.end, end) - 1].end]
            kind = self.lex.support_kind(window) or "political"
        base = _BASE[how] * factor * (0.85 if weak else 1.0)
        out = []
        targets = [place_state] if place_state is not None else [self.units[x].arg for x in obj] if obj else [None]
        for s in subj.args:
            for o in targets:
                fact = self._fact_actor(pred, hit, subj, s, o, value, status, base)
                if fact is None:
                    continue
                if kind is not None:
                    fact["kind"] = kind
                out.append(fact)
        return out

    def _sanction_head(self, hit: Hit) -> int | None:
        """Start of "(các) lệnh / biện pháp" before a sanction trigger (None when the trigger
        is no such noun phrase)."""
        n = self.is_word(hit.start - 1, _SANCTION_HEADS) if hit.start > 0 else 0
        if not n:
            return None
        k = hit.start - n
        while k > 0 and self.keys[k - 1] in ("các", "những") and self.units[k - 1].kind == "w":
            k -= 1
        if self.keys[k - 2 : k] == ["hàng", "loạt"]:
            k -= 2
        return k

    def _sanction_agent(self, e: int, domain: Sequence[str]) -> tuple[list[int], int, str] | None:
        """ "(mới) (được|do|mà|của) (chính quyền) X (vừa) áp đặt" after a sanction noun ending at
        ``e``: the agent group, the index after it (after its verb when there is one) and the
        marker ("" when none). A verb is needed unless "của" or "do" names the agent."""
        x = e
        while x < min(self.n, e + 2) and self.units[x].kind == "w" and self.keys[x] in ("mới", "này"):
            x += 1
        mark = self.keys[x] if x < self.n and self.units[x].kind == "w" and self.keys[x] in _SANCTION_AGENT else ""
        if mark:
            x += 1
        if self.starts_with(x, _GOVERNMENT):
            x += 2
        if not self.usable(x, domain):
            return None
        group = self.group_right(x, domain)
        v = group[-1] + 1
        while v < min(self.n, group[-1] + 4) and not self.starts_with(v, _IMPOSE) and self.keys[v] in _ADVERBS:
            v += 1
        n = self.starts_with(v, _IMPOSE) if v < self.n else 0
        if n:
            return group, v + n, mark
        if mark in ("của", "do"):
            return group, group[-1] + 1, mark
        return None

    def _clause_done(self, v: int) -> bool:
        """True when a relative clause ends at ``v``: punctuation or a sanction target marker."""
        return v >= self.n or self.units[v].kind == "p" or self.starts_with(v, _SANCTION_MARK) > 0

    def _sanction_clause(self, hit: Hit, pred: PredicateDef, forced: Status | None) -> list[dict] | None:
        """A sanction noun with its sanctioner in a relative or passive clause after it and its
        target undergoing it ("Iran chịu lệnh trừng phạt mà Mỹ áp đặt") or marked after the
        clause ("lệnh trừng phạt được chính quyền X áp đặt lên Y", "các lệnh trừng phạt Mỹ
        tung ra nhằm vào Nga"). None when the noun phrase is not of that form."""
        head = self._sanction_head(hit)
        if head is None:
            return None
        entity_range = [t for t in pred.range if t != "VALUE"]
        found = self._sanction_agent(hit.end, pred.domain)
        if found is None:
            return None
        agents, after, mark = found
        targets: list[int] = []
        scope = head
        j = head - 1
        u = max(
            (len(v) for v in _UNDERGO if j - len(v) + 1 >= 0 and tuple(self.keys[j - len(v) + 1 : j + 1]) == v),
            default=0,
        )
        if u:
            p = j - u
            while p >= 0 and self.units[p].kind == "w" and (self.keys[p] in _ADVERBS or self.keys[p] == "phải"):
                p -= 1
            if self.usable(p, entity_range):
                targets = self.group_left(p, entity_range)
                scope = p + 1
            elif mark == "" or mark == "của":
                return None
        if not targets:
            if after == agents[-1] + 1:
                return None  # "các biện pháp trừng phạt của X đối với Y": the possessor rules
            t = after
            n = self.starts_with(t, _SANCTION_MARK) if t < self.n else 0
            if n and self.usable(t + n, entity_range):
                targets = self.group_right(t + n, entity_range)
        if not targets:
            return None if mark in ("", "của") else []
        status = forced or self.status(hit.start, scope, pred.name)
        if status is None:
            return []
        subj = Subject([self.units[x].arg for x in agents], "of", 0, pos=agents[-1])  # type: ignore[misc]
        out = []
        for a in subj.args:
            for t in targets:
                fact = self._fact_actor(pred, hit, subj, a, self.units[t].arg, None, status, _BASE["marker"])  # type: ignore[arg-type]
                if fact:
                    out.append(fact)
        return out

    def _relative_owner(self, k: int, pred: PredicateDef) -> Subject | None:
        """ "các biện pháp trừng phạt nhằm vào Nga mà Thượng viện Mỹ vừa thông qua": the
        actor of the relative clause that imposes the sanction named before it."""
        end = self.clause_end(k) if k < self.n else k
        m = next((x for x in range(k, min(end, k + 3)) if self.keys[x] == "mà"), None)
        if m is None or not self.usable(m + 1, pred.domain):
            return None
        group = self.group_right(m + 1, pred.domain)
        v = group[-1] + 1
        while v < self.n and self.units[v].kind == "w" and self.keys[v] in _ADVERBS:
            v += 1
        if v >= self.n or not (self.keys[v] in _LIGHT or self.starts_with(v, _SANCTION_CARRY)):
            return None
        return Subject([self.units[x].arg for x in group], "of", 0, pos=group[-1])  # type: ignore[misc]

    def _act_owner(
        self, e: int, allowed: Sequence[str], nouns: frozenset[tuple[str, ...]], sanctions: bool = True
    ) -> list[int]:
        """ "lên án (mạnh mẽ) vụ thử tên lửa mới nhất của Triều Tiên": the actor whose act is
        condemned (supported, rejected), named by "của" after an act noun."""
        k = e + self.starts_with(e, _MANNER) if e < self.n else e
        while k < self.n and self.keys[k] in ("những", "các", "mọi", "nhiều"):
            k += 1
        n = self.starts_with(k, nouns) or (self._sanction_noun(k) if sanctions else 0)
        if not n:
            return []
        end = self.clause_end(k)
        x = k + n
        # "lên án các lệnh trừng phạt Mỹ áp đặt nhằm vào …": the agent of the relative clause
        agent = self._sanction_agent(x, allowed) if self._sanction_noun(k) else None
        if agent is not None and (agent[2] or self._clause_done(agent[1])):
            return agent[0]
        while x < min(end, k + n + 10):
            if self.is_mention(x):
                # the target of the sanctions ("các lệnh trừng phạt (nhằm vào) Nga mới") is not the owner
                target = self._sanction_noun(k) and (
                    self.kind_at(x - 1) == "trigger" or self.is_word(x - 1, _SANCTION_MARK) > 0
                )
                if not target:
                    return []
                x = self.group_right(x, ANY_TYPES)[-1] + 1
                continue
            if (
                self.units[x].kind != "w"
                or self.kind_at(x) not in (None, "trigger")
                or self.kind_at(x) == "trigger"
                and not self._sanction_noun(k)
            ):
                return []
            owner = self.keys[x] == "của" or (self._sanction_noun(k) > 0 and self.keys[x] in ("mà", "được", "do"))
            if owner:
                if not self.usable(x + 1, allowed):
                    return []
                group = self.group_right(x + 1, allowed)
                # two names run together (a lost sentence break) are not a coordination
                return [g for n, g in enumerate(group) if n == 0 or g - group[n - 1] > 1]
            x += 1
        return []

    def _sanction_noun(self, k: int) -> int:
        """Length of "(lệnh|biện pháp) trừng phạt / cấm vận" starting at ``k`` (0 when none)."""
        m = self.starts_with(k, _SANCTION_HEADS)
        j = k + m
        hit = self.tag[j] if j < self.n else None
        if hit is None or hit.kind != "trigger" or hit.start != j or "SANCTIONED" not in hit.preds:
            return 0
        return hit.end - k

    def _own_state(self, subject: Arg, addressee: EntityRef) -> bool:
        """True when ``addressee`` is the country a person subject holds office in ("Tổng thống Mỹ")."""
        if str(subject.ref.type) != "PERSON" or str(addressee.type) != "COUNTRY" or subject.entity is None:
            return False
        name = match_key(addressee.name)
        return any(match_key(role).endswith(" " + name) for role in subject.entity.roles)

    def _administration_state(self, arg: Arg) -> EntityRef | None:
        """ "chính quyền Obama áp đặt …": the state a leader's administration acts for, when the
        article or the knowledge base names it; None for any other mention."""
        if str(arg.ref.type) != "PERSON":
            return None
        k = next((x for x in range(self.n) if self.units[x].arg is arg), None)
        if k is None or k < 2 or not self.starts_with(k - 2, _GOVERNMENT):
            return None
        return person_state(arg, self.adoc.entities)

    def _same_side(self, s: Arg, sref: EntityRef, o: Arg, oref: EntityRef) -> bool:
        """True when one argument is the state the other holds office in, or both speak for
        the same state: a state does not warn, accuse or sanction itself."""
        if self._own_state(s, oref) or self._own_state(o, sref):
            return True
        for person, state in ((s, oref), (o, sref)):
            home = person.mention.affiliation
            if str(person.ref.type) == "PERSON" and home and match_key(home) == match_key(state.name):
                return True
        states = [a.state.id for a in (s, o) if a.state is not None]
        return len(states) == 2 and states[0] == states[1] or (s.state is not None and s.state.id == oref.id)

    def _own_predicate(self, i: int) -> bool:
        """True unless the trigger at ``i`` is a meeting or a visit (whose rules are kept apart)."""
        hit = self.tag[i] if 0 <= i < self.n else None
        return hit is None or hit.kind != "trigger" or not ({"MET", "VISITED"} & set(hit.preds))

    def _agentless_act(self, hit: Hit) -> bool:
        """ "nói việc cô lập và trừng phạt Qatar không giải quyết được vấn đề": an act named with
        "việc" and no agent between is talked about, not done by the speaker."""
        for j in range(hit.start - 1, max(-1, hit.start - 5), -1):
            if self.units[j].kind != "w" or self.is_mention(j) or self.kind_at(j) in ("trigger", "report"):
                return False
            if self.keys[j] == "việc":
                return j + 1 < hit.start
        return False

    def _officials_of(self, subj: Subject) -> bool:
        """ "quan chức chính phủ Trump", "chính quyền Trump" of an unknown state: a person named
        only to identify a government or its officials is not the actor."""
        if subj.how not in ("left", "deps") or not subj.args:
            return False
        for a in subj.args:
            if str(a.ref.type) != "PERSON" or self._administration_state(a) is not None:
                # "chính quyền Obama" stands for the state when it is known
                continue
            j = self.index_of(a) - 1
            k = j
            while k >= 0 and j - k < 5 and self.units[k].kind == "w":
                if self.is_word(k, _OFFICIALS):
                    return True
                k -= 1
        return False

    def _agent_noun_before(self, hit: Hit) -> bool:
        """ "những lực lượng khác ủng hộ chính phủ này": a common noun heading the subject stands
        right before the trigger (a relative clause or an unnamed group)."""
        j = hit.start - 1
        while j > 0 and self.units[j].kind == "w" and self.keys[j] in ("đều", "cũng", "đã", "đang", "vẫn", "sẽ"):
            j -= 1
        if j < 0 or self.units[j].kind != "w" or self.kind_at(j) is not None:
            return False
        group = self.is_word(j, _GROUP_NOUNS)
        if group and any(
            self.keys[x] in ("các", "những", "nhiều", "mọi") for x in range(max(0, j - group - 3), j - group + 1)
        ):
            # "các cá nhân và thực thể hỗ trợ IS", "những nước ủng hộ": an unnamed group
            return True
        n = self.is_word(j, _AGENT_NOUNS)
        if n:
            # "Viktor Orbán, người phản đối …": a relative clause on a named actor
            return not (j - n >= 1 and self.units[j - n].text == "," and self.is_mention(j - n - 1))
        # "những lực lượng khác ủng hộ": one modifier between the noun and the trigger
        return j > 0 and self.keys[j] in ("khác", "này", "đó", "ấy") and self.is_word(j - 1, _AGENT_NOUNS) > 0

    def _document_owner(self, hit: Hit) -> Subject | None:
        """ "tuyên bố của Triều Tiên yêu cầu Seoul …": the author of a statement that demands,
        calls or proposes."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j < 2 or not self.is_mention(j):
            return None
        group = self.group_left(j, self.onto.groups.get("ACTOR", ()))
        lead = group[0]
        if lead < 2 or self.keys[lead - 1] != "của" or not self.is_word(lead - 2, _DOCUMENTS):
            return None
        if any(self.admit(self.units[x].arg, self.onto.groups.get("ACTOR", ())) is None for x in group):  # type: ignore[arg-type]
            return None
        return Subject([self.units[x].arg for x in group], "of", hit.start - j - 1, pos=j)  # type: ignore[misc]

    def _requirement(self, hit: Hit, subj: Subject) -> bool:
        """ "tình hình … đòi hỏi sự lên án": "đòi hỏi" as "require" has a thing, not an actor,
        as its subject; only an actor right before it, asking for an act, demands."""
        if tuple(self.keys[hit.start : hit.end]) != ("đòi", "hỏi"):
            return False
        if hit.end < self.n and self.keys[hit.end] in ("sự", "việc", "các", "những", "nhiều", "một", "phải"):
            return True
        return subj.how not in ("left", "deps", "pronoun", "of") or subj.distance > 3

    def _lifted(self, hit: Hit) -> bool:
        """ "dỡ bỏ (các lệnh) trừng phạt", "nới lỏng, tạm ngừng hoặc hủy bỏ trừng phạt": a
        sanction that is lifted or escaped, not imposed."""
        for k in range(max(0, hit.start - 6), hit.start):
            n = self.starts_with(k, _LIFT)
            if (
                n
                and k + n <= hit.start
                and all(self.units[x].kind == "w" and self.keys[x] in _SANCTION_DET for x in range(k + n, hit.start))
            ):
                # "sẽ không từ bỏ yêu cầu": a refusal to lift keeps the act
                j = k - 1
                while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
                    j -= 1
                return not (j >= 0 and self.kind_at(j) == "negation")
        return False

    def _allegation_after(self, e: int) -> bool:
        """ "bác bỏ (mọi) cáo buộc / thông tin …", "bác bỏ, gọi cáo buộc là vô lý": what is
        refused is an allegation, so the act is a denial."""
        k = e
        while k < min(self.n, e + 4) and (
            self.keys[k] in (",", "gọi", "mọi", "các", "những", "toàn") or self.keys[k] == "bộ"
        ):
            k += 1
        return k < self.n and self.starts_with(k, _ALLEGATION) > 0

    def _agent_before(self, hit: Hit) -> list[int] | None:
        """ "nghị quyết được Mỹ và Trung Quốc nhất trí", "ý tưởng do Nga và Iran đề xuất": the
        agent group between "được"/"bị"/"do" and the trigger. The trigger then modifies a noun
        (a passive approval or a relative clause), so the sentence's subject did not act."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.keys[j] in _ADVERBS:
            j -= 1
        if j < 0 or not self.is_mention(j):
            return None
        group = self.group_left(j, self.onto.groups.get("ANY", ()))
        while group[0] > 2 and self.keys[group[0] - 1] in (",", "và"):
            gap = 3 if self.keys[group[0] - 2 : group[0]] == [",", "và"] else 2
            if group[0] - gap < 0 or not self.is_mention(group[0] - gap):
                break
            group = self.group_left(group[0] - gap, self.onto.groups.get("ANY", ())) + group
        lead = group[0]
        if lead > 0 and self.units[lead - 1].kind == "w" and self.keys[lead - 1] in ("được", "bị", "do"):
            return [x for x in group if self.is_mention(x)]
        return None

    def _commitment_object(self, hit: Hit, owned: bool) -> bool:
        """ "chứng tỏ một cam kết", "tuân thủ các cam kết": "cam kết" as the object of a verb
        that neither makes nor restates it, or a bare noun ("một cam kết") nobody makes here."""
        j = hit.start - 1
        det = False
        while j >= 0 and (self.units[j].kind == "w" and self.keys[j] in _COMMIT_DET or self.units[j].text in _QUOTES):
            det = det or self.units[j].kind == "w"
            j -= 1
        if j < 0 or self.units[j].kind != "w" or j == hit.start - 1 and self.keys[j] in ("này", "đó"):
            return det and not owned
        for n in (1, 2, 3):
            if j - n + 1 >= 0 and tuple(self.keys[j - n + 1 : j + 1]) in _COMMIT_MAKERS:
                return False
        if det and not owned:
            return True
        if self.kind_at(j) in ("trigger", "report"):
            return self.kind_at(j) == "trigger"
        tag = self.pos_end.get(self.units[j].end)
        return bool(tag and tag.startswith("V"))

    def _state_of_place(self, x: int) -> Arg | None:
        """The place mention at ``x`` standing for the country the knowledge base puts it in
        ("về phía Guam" → Mỹ); None when the KB does not know its country."""
        arg = self.units[x].arg
        if arg is None:
            return None
        country = _kb_country(arg.ref.name)
        return replace(arg, state=country) if country is not None else None

    def _warned_if(self, e: int, allowed: Sequence[str]) -> list[int]:
        """ "cảnh báo (về nguy cơ) chiến tranh … nếu Y …": the actor the warning's condition
        names is the one warned."""
        end = self.clause_end(e) if e < self.n else e
        if end < self.n and self.keys[end] == "khi" and self.kind_at(end) == "break":
            # "cảnh báo không loại trừ biện pháp nào khi đối phó nếu Y …": a time clause on the way
            end = self.clause_end(end + 1)
        for k in range(e, min(end, e + 15)):
            if self.kind_at(k) == "conditional":
                hit = self.tag[k]
                n = hit.end if hit is not None else k + 1
                return self.direct_object(n, allowed, max_skip=0)
            if self.is_mention(k) or self.kind_at(k) in ("trigger", "report"):
                return []
        return []

    def _threat_target(self, e: int, allowed: Sequence[str]) -> list[int]:
        """ "đe dọa (sẽ) trả đũa Mỹ", "đe dọa tàn phá nền kinh tế của X", "đe dọa phóng tên lửa
        về phía X": the entity a threatened hostile action is aimed at."""
        k = e
        while k < self.n and self.units[k].kind == "w" and self.keys[k] in _CLAUSE_AUX | {"sẽ", "có", "thể"}:
            k += 1
        end = self.clause_end(k) if k < self.n else k
        n = self.starts_with(k, _HOSTILE)
        if n:
            after = k + n
            if self.usable(after, allowed):
                return self.group_right(after, allowed)
            for x in range(after, min(end, after + 6)):
                if self.is_mention(x) or self.kind_at(x) is not None:
                    break
                if self.keys[x] == "của" and self.usable(x + 1, allowed):
                    return self.group_right(x + 1, allowed)
        for x in range(k, min(end, k + 12)):
            if self.kind_at(x) is not None and x > k:
                break
            m = self.starts_with(x, _AIMED_AT)
            if m and self.usable(x + m, allowed):
                return self.group_right(x + m, allowed)
        return []

    def _sanction_target(self, hit: Hit, allowed: Sequence[str]) -> tuple[list[int], Subject | None]:
        """ "các biện pháp trừng phạt (mới) của Mỹ (nhằm) vào / đối với Nga", "đóng băng tài
        sản của Nga": the target after an optional possessor, and the possessor (the sanctioner)."""
        k = hit.end
        freeze = tuple(self.keys[hit.start : hit.end])[-2:] == ("tài", "sản")
        while k < min(self.n, hit.end + 2) and self.units[k].kind == "w" and self.keys[k] in ("mới", "thêm"):
            k += 1
        if self.keys[k : k + 1] == ["của"] and self.usable(k + 1, allowed):
            group = self.group_right(k + 1, allowed)
            if freeze:
                return group, None
            owner = Subject([self.units[x].arg for x in group], "of", 0, pos=group[-1])  # type: ignore[misc]
            k = group[-1] + 1
            if not self.is_nominal(hit):
                return [], None
        else:
            owner = None
        if owner is None:
            return [], None
        n = self.starts_with(k, _SANCTION_MARK)
        if n and self.usable(k + n, allowed):
            return self.group_right(k + n, allowed), owner
        return [], None

    def _sanction_listed(self, hit: Hit, allowed: Sequence[str]) -> list[dict] | None:
        """ "X đưa Y vào danh sách trừng phạt": Y listed by X."""
        j = hit.start
        if self.keys[j - 3 : j] != ["vào", "danh", "sách"] or j < 5 or not self.usable(j - 4, allowed):
            return None
        targets = self.group_left(j - 4, allowed)
        verb = targets[0] - 1
        if verb < 1 or self.keys[verb] not in ("đưa", "thêm"):
            return None
        pred = self.onto.predicate("SANCTIONED")
        subj = self.find_subject(verb, pred.domain)
        if subj is None or not subj.args:
            return None
        status = self.status(verb, self._subject_end(subj, hit), pred.name)
        if status is None:
            return []
        out = []
        for s in subj.args:
            for t in targets:
                fact = self._fact_actor(pred, hit, subj, s, self.units[t].arg, None, status, _BASE["direct"])
                if fact:
                    out.append(fact)
        return out

    def _agentive(self, hit: Hit, pred: PredicateDef, agents: list[int], do: int, forced: Status | None) -> list[dict]:
        """ "phe ly khai do Nga hậu thuẫn": the agent after "do" acts on the noun before it;
        a fact only when that noun is itself a name ("Syria do Nga hậu thuẫn")."""
        entity_range = [t for t in pred.range if t != "VALUE"]
        if not self.usable(do - 1, entity_range):
            return []
        status = forced or self.status(do, 0, pred.name)
        if status is None:
            return []
        subj = Subject([self.units[x].arg for x in agents], "left", 0)  # type: ignore[misc]
        out = []
        for a in subj.args:
            fact = self._fact_actor(pred, hit, subj, a, self.units[do - 1].arg, None, status, _BASE["direct"])  # type: ignore[arg-type]
            if fact:
                if pred.name == "SUPPORTED":
                    fact["kind"] = "political"
                out.append(fact)
        return out

    def _transfer_kind(self, start: int, recipient: int) -> str | None:
        """ "gửi 14 xe tăng cho Ukraine": what a transfer verb hands over (military,
        humanitarian, financial); None for letters, messages or information."""
        if recipient <= start:
            return None
        window = self.text[self.units[start].start : self.units[recipient - 1].end]
        kind = self.lex.support_kind(window)
        return kind if kind in ("military", "humanitarian", "financial") else None

    def _nominal_args(self, hit: Hit, obj: list[int], pred: PredicateDef) -> tuple[Subject | None, int | None]:
        """ "chuyến thăm (đầu tiên) của ông Putin tới Triều Tiên": the possessor (a mention or
        a pronoun) and, for VISITED, the place after "tới/đến/sang"."""
        k = (obj[-1] + 1) if obj else hit.end
        owner: Subject | None = None
        place: int | None = None
        limit = min(self.n, k + 8)
        start_k = k
        while k < limit and not self.is_hard_break(k):
            to_place = pred.name == "VISITED" and self.starts_with(k, _TO_PLACE) > 0
            if self.units[k].text == "," or (self.kind_at(k) == "trigger" and k >= hit.end and not to_place):
                break
            n = self.starts_with(k, _POSS)
            if n and owner is None and (k - start_k <= 2 or self._only_date_words(start_k, k)):
                m = k + n
                if self.usable(m, pred.domain):
                    group = self.group_right(m, pred.domain)
                    owner = Subject([self.units[x].arg for x in group], "of", 0, pos=group[-1])  # type: ignore[misc]
                    k = group[-1] + 1
                    continue
                if m < self.n and self.keys[m] in _PRONOUNS and not self.is_mention(m + 1):
                    person = self._antecedent(m, same_sentence=True)
                    if person is not None and self.admit(person, pred.domain) is not None:
                        owner = Subject([person], "pronoun", 0)
                        k = m + 1
                        continue
            t = self.starts_with(k, _TO_PLACE)
            if pred.name == "VISITED" and t and place is None and not obj and self.usable(k + t, pred.range):
                place = k + t
                k += t + 1
                continue
            if self.is_mention(k):
                break
            k += 1
        return owner, place

    def _only_date_words(self, a: int, b: int) -> bool:
        """True when units ``a``..``b`` are a time phrase ("vào tuần tới", "hôm 12/5")."""
        dates = self._date_spans()
        return all(
            self.keys[x] in _DATE_WORDS
            or self.keys[x] in ("vào", "tới", "trước", "sau", "này")
            or any(ds <= self.units[x].start < de for ds, de in dates)
            for x in range(a, b)
        )

    def _answered_proposal(self, hit: Hit) -> bool:
        """ "Nga bác đề xuất …", "Trump chấp nhận đề nghị gặp …": a proposal the subject answers
        is someone else's."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _ADVERBS or self.is_word(j, _NOMINAL)):
            j -= 1
        return j >= 0 and self.units[j].kind == "w" and self.is_word(j, _ANSWERS) > 0

    def _light_before(self, hit: Hit) -> bool:
        """ "A và B có/tổ chức cuộc gặp": a light verb (not a preposition) carries the noun."""
        j = hit.start - 1
        while j >= 0 and self.units[j].kind == "w" and self.is_word(j, _NOMINAL):
            j -= 1
        return j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _LIGHT or self.keys[j] in ("chức", "hành"))

    def _skip_back(self, j: int) -> int:
        """Step left over adverbs, dates and a parenthesis between commas ("X, chủ nhà hội nghị,")."""
        dates = self._date_spans()
        while j >= 0:
            u = self.units[j]
            if u.kind == "w" and (self.keys[j] in _ADVERBS or any(ds <= u.start < de for ds, de in dates)):
                j -= 1
                continue
            if u.kind == "p" and any(ds <= u.start < de for ds, de in dates):
                j -= 1
                continue
            if u.text == ",":
                k = j - 1
                while k >= 0 and self.units[k].kind == "w" and self.kind_at(k) is None and j - k < 8:
                    k -= 1
                if k >= 0 and k < j - 1 and self.units[k].text == ",":
                    j = k - 1
                    continue
            break
        return j

    def _verb_after(self, k: int) -> bool:
        """True when a verb carrying a nominal trigger starts at ``k`` (after adverbs)."""
        while (
            k < self.n and self.units[k].kind == "w" and self.keys[k] in _ADVERBS and not self.starts_with(k, _IMPOSE)
        ):
            k += 1
        return self.starts_with(k, _COORD_LIGHT) > 0

    def _opening_subject(self, conj: int, allowed: Sequence[str]) -> Subject | None:
        """The actor opening the clause (after a comma or an opener such as "sau khi") whose
        first verb phrase is coordinated by "và" at ``conj`` with the next one."""
        start = 0
        for x in range(conj - 1, -1, -1):
            u = self.units[x]
            if u.kind == "p" and u.text in (",", *_HARD_PUNCT):
                start = x + 1
                break
            if self.kind_at(x) == "break":
                start = self.tag[x].end  # type: ignore[union-attr]
                break
            if self.kind_at(x) in ("trigger", "report", "complementizer", "source"):
                return None
        return self._clause_subject(start, conj + 1, allowed)

    def _participial(self, hit: Hit) -> bool:
        """ ", bắt đầu chuyến thăm …": a light verb opening a clause right after a comma."""
        j = hit.start - 1
        light = False
        while j >= 0 and self.units[j].kind == "w" and (self.keys[j] in _LIGHT or self.is_word(j, _NOMINAL)):
            light = light or (self.keys[j] in _LIGHT and not self.is_word(j, _NOMINAL))
            j -= 1
        return light and j >= 0 and j < hit.start - 1 and self.units[j].text == ","

    def _light_subject(self, hit: Hit, pred: PredicateDef) -> Subject | None:
        """The subject of a light verb carrying a nominal trigger ("Mỹ công bố các biện pháp
        trừng phạt"): only light verbs and adverbs between it and the trigger."""
        j = hit.start - 1
        sanction = pred.name == "SANCTIONED"
        dates = self._date_spans() if sanction else []
        conj: int | None = None
        while j >= 0 and (self.units[j].kind == "w" or any(ds <= self.units[j].start < de for ds, de in dates)):
            if any(ds <= self.units[j].start < de for ds, de in dates):
                j -= 1
                continue
            n = self.is_word(j, _NOMINAL)
            if sanction:
                n = max(n, self.is_word(j, _SANCTION_CARRY), self.is_word(j, _SANCTION_HEADS))
            if n:
                conj = j if self.keys[j] == "và" and j < hit.start - 1 else conj
                j -= n
            elif self.keys[j] in _LIGHT or self.keys[j] in _ADVERBS or sanction and self.keys[j].isdigit():
                j -= 1
            else:
                break
        relative = j >= 1 and self.units[j].text == "," and self.keys[j + 1] == "người" and j + 1 < hit.start
        if relative and self.usable(j - 1, pred.domain):
            group = self.group_left(j - 1, pred.domain)
            return Subject([self.units[x].arg for x in group], "relative", hit.start - j, pos=j - 1)  # type: ignore[misc]
        if j >= 0 and self.keys[j] == "và" and j < hit.start - 1:
            conj = j
        if j < 0 or j == hit.start - 1 or not self.usable(j, pred.domain):
            # "(sau khi) Mỹ rút khỏi thỏa thuận và áp đặt các biện pháp trừng phạt": the subject
            # of the verb phrase coordinated before the light verb
            if conj is not None and self._vp_coordinated(conj + 1) and self._verb_after(conj + 1):
                return self._carry(conj + 1, pred.domain) or self._opening_subject(conj, pred.domain)
            return None
        group = self.group_left(j, pred.domain)
        # "quyết định của Washington mở rộng các biện pháp trừng phạt": the decision's author
        lead = group[0]
        decided = sanction and lead >= 2 and self.keys[lead - 1] == "của" and self.is_word(lead - 2, _DECISIONS) > 0
        if not decided and (self.prep_before(j) or self.verb_before(j)):
            return None
        return Subject([self.units[x].arg for x in group], "left", hit.start - j - 1, pos=j)  # type: ignore[misc]

    def _fact_actor(
        self,
        pred: PredicateDef,
        hit: Hit,
        subj: Subject,
        s: Arg,
        o: Arg | None,
        value: dict[str, Any] | None,
        status: Status,
        base: float,
    ) -> dict[str, Any] | None:
        sref = self.admit(s, pred.domain)
        if sref is None:
            return None
        sref = self._administration_state(s) or sref
        if o is not None:
            oref = self.admit(o, pred.range)
            if oref is None or oref.id == sref.id:
                return None
            if pred.name in _HOSTILE_PREDICATES and self._same_side(s, sref, o, oref):
                # "Tổng thống Putin cảnh báo Nga có thể phải …": Russia is the clause's subject
                return None
            obj: dict[str, Any] = _ref_dict(oref)
            args = [s, o]
        elif value is not None:
            obj = value
            args = [s]
        else:
            return None
        return self._base_fact(pred, hit, sref, obj, status, self._confidence(base, subj, args), [sref])


def _head_title(role: str) -> bool:
    """True when a title starts with a head of state or government's title."""
    keys = tuple(syllable_keys(role))
    return any(keys[: len(t)] == t for t in _HEAD_TITLES)


def _fake_mention(ref: EntityRef) -> Mention:
    return Mention(start=0, end=0, text=ref.name, type=ref.type, entity_id=ref.id)


def _find_dates(text: str, anchor: dt.date | None) -> list[Any]:
    try:
        from graphkit.dates import find_dates
    except ImportError:  # pragma: no cover - dates module is part of the package
        return []
    return list(find_dates(text, anchor))


# ---------------------------------------------------------------------- roles


def _role_facts(adoc: AnnotatedDocument, entities: dict[str, Entity], lex: Lexicon) -> list[dict[str, Any]]:
    """HOLDS_ROLE (and SPEAKS_FOR for spokespersons) from person mentions with an office.

    The office must be a title ("Tổng thống", "Người phát ngôn"; not "ông" or "người đồng
    cấp"), the mention must name the person (not only "Tổng thống Pháp"), and the
    organisation is the affiliation named with the title or, failing that, the office the
    knowledge base records for that person under that title.
    """
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    by_key: dict[str, EntityRef] = {}
    for ent in adoc.entities:
        for name in [ent.name, *ent.aliases]:
            by_key.setdefault(match_key(name), EntityRef(id=ent.id, name=ent.name, type=ent.type))
    for m in adoc.mentions:
        by_key.setdefault(match_key(m.text), _mention_ref(m, entities))
    mentions = sorted(adoc.mentions, key=lambda m: m.start)
    text = adoc.document.text
    for idx, m in enumerate(mentions):
        if str(m.type) != "PERSON":
            continue
        lead = _lead_role(text, mentions, idx, entities)
        if lead is not None:
            role, org, speaks = lead
            person = _mention_ref(m, entities)
            sentence = next((s for s in adoc.sentences if s.start <= m.start < s.end), None)
            if sentence is None or org.id == person.id:
                continue
            preds = ("HOLDS_ROLE", "SPEAKS_FOR") if speaks else ("HOLDS_ROLE",)
            if str(org.type) == "PERSON" or not role:
                preds = ("SPEAKS_FOR",)
            for pred in preds:
                key = (pred, person.id, org.id)
                if key in seen:
                    continue
                seen.add(key)
                fact = {
                    "subject": _ref_dict(person),
                    "predicate": pred,
                    "object": _ref_dict(org),
                    "evidence": {"sentence": sentence.text, "start": sentence.start, "end": sentence.end},
                    "date": None,
                    "confidence": 0.8,
                    "status": Status.asserted.value,
                }
                if pred == "HOLDS_ROLE":
                    fact["role"] = role
                out.append(fact)
            continue
        if not m.role:
            continue
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        named_next = nxt is not None and str(nxt.type) == "PERSON" and not text[m.end : nxt.start].strip()
        principal = False if named_next else _aide_of_title(text, m, adoc.document.date)
        if principal is not False:
            sentence = next((s for s in adoc.sentences if s.start <= m.start < s.end), None)
            person = _mention_ref(m, entities)
            if isinstance(principal, EntityRef) and sentence is not None and principal.id != person.id:
                key = ("SPEAKS_FOR", person.id, principal.id)
                if key not in seen:
                    seen.add(key)
                    out.append(
                        {
                            "subject": _ref_dict(person),
                            "predicate": "SPEAKS_FOR",
                            "object": _ref_dict(principal),
                            "evidence": {"sentence": sentence.text, "start": sentence.start, "end": sentence.end},
                            "date": None,
                            "confidence": 0.75,
                            "status": Status.asserted.value,
                        }
                    )
            continue
        speaks = lex.is_speaks_for_role(m.role)
        # "(nhà) lãnh đạo Triều Tiên Kim Jong-un" describes a leader, it names no office
        if not speaks and not _is_office(m.role):
            continue
        if _names_nobody(m):
            continue
        person = _mention_ref(m, entities)
        org = None
        if m.affiliation:
            prev = mentions[idx - 1] if idx > 0 else None
            if prev is not None and prev.end + 1 >= m.start and match_key(prev.text) == match_key(m.affiliation):
                org = _mention_ref(prev, entities)
            if org is None:
                org = by_key.get(match_key(m.affiliation)) or _kb_ref(m.affiliation)
        elif not speaks:
            org = _kb_office(entities.get(m.entity_id or ""), m.role, adoc.document.date)
        if org is None or org.id == person.id:
            continue
        sentence = next((s for s in adoc.sentences if s.start <= m.start < s.end), None)
        if sentence is None:
            continue
        for pred in ("HOLDS_ROLE", "SPEAKS_FOR") if speaks else ("HOLDS_ROLE",):
            key = (pred, person.id, org.id)
            if key in seen:
                continue
            seen.add(key)
            fact: dict[str, Any] = {
                "subject": _ref_dict(person),
                "predicate": pred,
                "object": _ref_dict(org),
                "evidence": {"sentence": sentence.text, "start": sentence.start, "end": sentence.end},
                "date": None,
                "confidence": (0.9 if m.entity_id else 0.75) * (1.0 if m.affiliation else 0.85),
                "status": Status.asserted.value,
            }
            if pred == "HOLDS_ROLE":
                fact["role"] = m.role[:1].upper() + m.role[1:]
            out.append(fact)
    return out


_APPOSED = re.compile(r"^\s*(?:,\s*)?(?:(?:ông|bà|ngài)\s*)?$", re.IGNORECASE)
_AIDE_WORDS = r"(người phát ngôn|phát ngôn viên|thư ký báo chí|trợ lý|phụ tá)"
_AIDE_OF = re.compile(_AIDE_WORDS + r"\s+(?:của\s+)?(?:điện\s+|phủ\s+|nhà\s+)?$", re.IGNORECASE)
_AIDE_AFTER = re.compile(r"^\s*[-–,]\s*(?:là\s+)?" + _AIDE_WORDS + r"\s+(?:của\s+)?$", re.IGNORECASE)
_SPOKES_KEYS = frozenset(match_key(w) for w in ("người phát ngôn", "phát ngôn viên", "thư ký báo chí"))
_ENVOY = re.compile(r"(?:^|\s)(đại sứ)\s+$", re.IGNORECASE)
_ENVOY_AT = re.compile(r"^\s+tại\s+$", re.IGNORECASE)


def _lead_role(
    text: str, mentions: list[Mention], idx: int, entities: dict[str, Entity]
) -> tuple[str, EntityRef, bool] | None:
    """A role phrase that the person mention does not carry itself: "người phát ngôn (của)
    Điện Kremlin, ông X" (a spokesperson, speaking for the body) and "Đại sứ Mỹ tại Liên
    Hợp Quốc X" (an ambassador of the state): (title, organisation, speaks for it)."""
    m = mentions[idx]
    after = _aide_after(text, mentions, idx, entities)
    if after is not None:
        return after
    prev = mentions[idx - 1] if idx > 0 else None
    if prev is None or prev.end > m.start:
        return None
    gap = text[prev.end : m.start]
    aide = _AIDE_OF.search(_strip_tail(text[max(0, prev.start - 50) : prev.start], prev.role) + " ")
    spokes = aide is not None and match_key(aide.group(1)) in _SPOKES_KEYS
    # "người phát ngôn (điện) Kremlin(,) Dmitry Peskov", "phụ tá của Putin Yuri Ushakov"
    apposed = aide is not None and _APPOSED.match(gap) is not None and ("," in gap or not m.role)
    if apposed and aide is not None and (str(prev.type) == "PERSON" or spokes):
        title = "Người phát ngôn" if spokes else aide.group(1).capitalize()
        return title, _mention_ref(prev, entities), True
    if str(prev.type) == "PERSON":
        return None
    bracketed = _bracketed_office(text, mentions, idx, entities)
    if bracketed is not None:
        return bracketed
    if m.role or gap.strip() or idx < 2:
        return None
    state = mentions[idx - 2]
    if str(state.type) != "COUNTRY" or str(prev.type) not in ("ORGANIZATION", "COUNTRY", "LOCATION"):
        return None
    if _ENVOY_AT.match(text[state.end : prev.start]) and _ENVOY.search(text[max(0, state.start - 12) : state.start]):
        return "Đại sứ", _mention_ref(state, entities), False
    return None


_ENVOY_KEY = match_key("đại sứ")


def _bracketed_office(
    text: str, mentions: list[Mention], idx: int, entities: dict[str, Entity]
) -> tuple[str, EntityRef, bool] | None:
    """ "Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg": a title and
    a body whose short name follows in brackets, then the person (who carries no title)."""
    m = mentions[idx]
    if m.role or idx < 2:
        return None
    short, body = mentions[idx - 1], mentions[idx - 2]
    if text[short.end : m.start].strip() != ")" or text[body.end : short.start].strip() != "(":
        return None
    if str(body.type) not in ("ORGANIZATION", "COUNTRY") or str(short.type) not in ("ORGANIZATION", "COUNTRY"):
        return None
    ref = _mention_ref(body, entities)
    if ref.id != _mention_ref(short, entities).id:
        return None
    words = text[max(0, body.start - 30) : body.start].split()
    for n in range(min(4, len(words)), 0, -1):
        title = " ".join(words[-n:])
        if _is_title(title) and _is_office(title):
            return title, ref, False
    return None


def _strip_tail(text: str, part: str | None) -> str:
    """``text`` without ``part`` (a title written before a name) at its end."""
    body = text.rstrip()
    if part and match_key(body[-len(part) :]) == match_key(part):
        body = body[: -len(part)].rstrip()
    return body


def _aide_of_title(text: str, m: Mention, day: dt.date | None) -> EntityRef | None | bool:
    """ "Trợ lý của Tổng thống Nga Yury Ushakov": the title before the name is the principal's,
    not the person's. The principal (the title's holder on ``day``) when the KB knows them;
    None when the aide phrase is there but the holder is unknown; False when it is not there."""
    if not m.role:
        return False
    body = _strip_tail(text[max(0, m.start - 80) : m.start], m.affiliation)
    if match_key(body[-len(m.role) :]) != match_key(m.role):
        return False
    if not _AIDE_OF.search(body[: -len(m.role)].rstrip() + " "):
        return False
    state = _kb_ref(m.affiliation) if m.affiliation else None
    if state is None or day is None:
        return None
    return _kb_holder(m.role, state.id, day)


def _aide_after(
    text: str, mentions: list[Mention], idx: int, entities: dict[str, Entity]
) -> tuple[str, EntityRef, bool] | None:
    """ "Ông Dmitry Peskov - người phát ngôn của Tổng thống Nga": an aide described after the
    name speaks for the principal named next (a title after the name is not a HOLDS_ROLE)."""
    m = mentions[idx]
    nxt = next((x for x in mentions[idx + 1 :] if x.start >= m.end), None)
    if nxt is None or nxt.start - m.end > 40 or not _AIDE_AFTER.match(text[m.end : nxt.start]):
        return None
    principal = _mention_ref(nxt, entities)
    if str(principal.type) not in ("PERSON", "ORGANIZATION", "COUNTRY"):
        return None
    after = next((x for x in mentions[idx + 2 :] if x.start >= nxt.end), None)
    if after is not None and str(after.type) == "PERSON" and _APPOSED.match(text[nxt.end : after.start]):
        # ", phát ngôn viên Điện Kremlin Dmitry Peskov": the title of the next person
        return None
    return "", principal, True


def _is_office(role: str) -> bool:
    """True when ``role`` is an office of the knowledge base's titles (not "ông", "người đồng cấp");
    an ambassador ("Đại sứ Nga Sergei Kislyak") holds an office too."""
    key = match_key(role)
    if key == _ENVOY_KEY:
        return True
    if key in HONORIFICS or key in TITLE_WORDS:
        return False
    try:
        from graphkit.linking.kb_titles import canonical_title
    except ImportError:  # pragma: no cover - the titles module ships with the package
        return True
    return canonical_title(role) is not None or role[:1].isupper()


_COUNTERPART_LEADS = tuple(
    match_key(w) for w in ("người đồng cấp", "đồng cấp", "nhà lãnh đạo", "người đứng đầu", "lãnh đạo", "nhà ngoại giao")
)


def _names_nobody(m: Mention) -> bool:
    """True for a role-only mention ("Tổng thống Pháp") that linking resolved to a person."""
    rest = match_key(m.text)
    for lead in _COUNTERPART_LEADS:
        if rest.startswith(lead + " "):
            rest = rest[len(lead) :].strip()
            break
    for part in (m.role or "", m.affiliation or ""):
        key = match_key(part)
        if key and rest.startswith(key):
            rest = rest[len(key) :].strip()
    return not rest


def _kb_office(entity: Entity | None, role: str, day: dt.date | None) -> EntityRef | None:
    """The organisation the KB says ``entity`` held ``role`` of (at ``day`` when known)."""
    if entity is None:
        return None
    try:
        from graphkit.linking.kb import load_kb
        from graphkit.linking.kb_titles import canonical_title

        kb = load_kb()
        if entity.kb_id:
            entry = kb.get(entity.kb_id)
        else:
            named = [e for e in kb.lookup(entity.name, include_ambiguous=False) if str(e.type) == "PERSON"]
            entry = named[0] if len(named) == 1 and named[0].name == entity.name else None
        title = canonical_title(role)
    except Exception:  # the KB is optional: without it only named affiliations count
        return None
    if entry is None or title is None:
        return None
    offices = [r for r in entry.roles if r.title == title]
    if day is not None:
        current = [r for r in offices if (r.start is None or r.start <= day) and (r.end is None or day <= r.end)]
        offices = current or offices
    if len({r.of for r in offices}) != 1:
        return None
    target = kb.get(offices[0].of)
    if target is None:
        return None
    return EntityRef(id=target.id, name=target.name, type=target.type)


@lru_cache(maxsize=4096)
def _canonical(title: str) -> str | None:
    if _canonical_title is None:
        return None
    try:
        return _canonical_title(title)
    except Exception:  # pragma: no cover - defensive
        return None


def _office_holder(arg: Arg) -> bool:
    """Whether the person is named with an office ("Tổng thống …") here or elsewhere in the article."""
    roles = [arg.mention.role] if arg.mention.role else []
    roles += arg.entity.roles if arg.entity is not None else []
    return any(_canonical(r) is not None for r in roles)


def _kb_holder(title: str, state: str, day: dt.date) -> EntityRef | None:
    """The one person the KB says held ``title`` of ``state`` on ``day``; None otherwise."""
    try:
        from graphkit.linking.kb import load_kb

        found = load_kb().holders(title, state, day)
    except Exception:  # the KB is optional
        return None
    if len(found) != 1:
        return None
    return EntityRef(id=found[0].id, name=found[0].name, type=found[0].type)


def _state_of(arg: Arg) -> EntityRef | None:
    """The country of a person: the one named with the person's title, else the KB's."""
    if arg.mention.affiliation:
        ref = _kb_ref(arg.mention.affiliation)
        if ref is not None and str(ref.type) == "COUNTRY":
            return ref
    return _kb_state_of(arg.ref.id)


def _kb_state_of(entity: str) -> EntityRef | None:
    """The country the KB gives for the person or organisation ``entity`` (an id)."""
    try:
        from graphkit.linking.kb import load_kb

        kb = load_kb()
        entry = kb.get(entity)
        target = kb.get(entry.country) if entry is not None and entry.country else None
    except Exception:  # the KB is optional
        return None
    if target is None or str(target.type) != "COUNTRY":
        return None
    return EntityRef(id=target.id, name=target.name, type=target.type)


def _kb_country(name: str) -> EntityRef | None:
    """The country the KB puts the place named ``name`` in, when exactly one place has that name."""
    try:
        from graphkit.linking.kb import load_kb

        kb = load_kb()
        places = [e for e in kb.lookup(name, include_ambiguous=False) if str(e.type) == "LOCATION"]
        target = kb.get(places[0].country) if len(places) == 1 and places[0].country else None
    except Exception:  # the KB is optional: without it a place stays a value
        return None
    if target is None or str(target.type) != "COUNTRY":
        return None
    return EntityRef(id=target.id, name=target.name, type=target.type)


def _kb_ref(name: str) -> EntityRef | None:
    """The KB entity named ``name`` when exactly one actor entry has that name."""
    try:
        from graphkit.linking.kb import load_kb

        entries = [e for e in load_kb().lookup(name) if str(e.type) in ("COUNTRY", "ORGANIZATION")]
    except Exception:  # the KB is optional: without it only the document's entities resolve
        return None
    if len(entries) != 1:
        return None
    return EntityRef(id=entries[0].id, name=entries[0].name, type=entries[0].type)


def _mention_ref(m: Mention, entities: dict[str, Entity]) -> EntityRef:
    return make_arg(m, entities).ref
