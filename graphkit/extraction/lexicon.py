"""Phrase lexicon of the rule extractor: ontology triggers plus the grammar cue words.

Predicate triggers, MET modes, SUPPORTED kinds and topic cues all come from the ontology
(:mod:`graphkit.ontology`); this module only adds the *grammar* of Vietnamese news
sentences: reporting verbs, negation / plan / condition markers, clause breakers,
prepositions, and compounds that contain a trigger syllable without being a trigger
("tiếp tục" is not "tiếp").

Phrases are matched on syllable keys (:func:`graphkit.text.match_key` of each syllable),
longest match first, so "đạt được thỏa thuận" wins over "thỏa thuận" and "tuyên bố sẽ"
(COMMITTED) over the reporting verb "tuyên bố".

>>> lex = build_lexicon()
>>> lex.phrases.match(syllable_keys("họ đã hội đàm với nhau"), 2)
(2, ('trigger', ('MET',)))
>>> lex.phrases.match(syllable_keys("tiếp tục"), 0)[1][0]
'block'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graphkit.ontology import ONTOLOGY, Ontology
from graphkit.text import match_key

SYLLABLE = re.compile(r"\w+|[^\w\s]", re.UNICODE)

REPORTING = (
    "cho biết",
    "cho hay",
    "tuyên bố",
    "thông báo",
    "nói",
    "nói thêm",
    "khẳng định",
    "nhấn mạnh",
    "đưa tin",
    "dẫn lời",
    "phát biểu",
    "nêu rõ",
    "cho rằng",
    "xác nhận",
    "tiết lộ",
    "trả lời",
    "bình luận",
    "viết",
    "tái khẳng định",
    "thông cáo",
    "cho biết thêm",
)
"""Verbs that introduce reported speech ("Điện Kremlin cho biết …")."""

SOURCE_MARKERS = ("theo", "theo thông báo của", "theo tuyên bố của", "theo thông cáo của", "theo hãng tin")
"""Prepositional reporting frames: "Theo X, …"."""

NEGATION = (
    "không",
    "chưa",
    "chẳng",
    "không hề",
    "chưa hề",
    "chưa từng",
    "không bao giờ",
    "không có ý định",
    "không còn",
    "không thể",
    "chẳng hề",
    "đâu có",
    "hoãn",
    "trì hoãn",
    "hủy",
    "hủy bỏ",
    "hiếm khi",
)
NOT_NEGATION = (
    "không chỉ",
    "chưa kể",
    "không những",
    "không ngừng",
    "không lâu",
    "chưa đầy",
    "không ít",
    "không ngần ngại",
    "không ngại",
    "không ngớt",
    # words whose first (or second) syllable is "không" (air, space) and negate nothing
    "không kích",
    "không quân",
    "không lực",
    "không gian",
    "không phận",
    "không khí",
    "không trung",
    "không vận",
    "không người lái",
    "hàng không",
    "phòng không",
)
PLANNED = (
    "sắp xếp",
    "xúc tiến",
    "sẽ",
    "dự kiến",
    "có kế hoạch",
    "lên kế hoạch",
    "kế hoạch",
    "chuẩn bị",
    "sắp",
    "dự định",
    "định",
    "sẵn sàng",
    "mong muốn",
    "muốn",
    "thúc đẩy tổ chức",
    "muốn tổ chức",
    "hy vọng",
    "tìm cách",
    "ý định",
    "mong đợi",
    "trông đợi",
    "chờ đợi",
    "mong chờ",
    "cân nhắc",
    "xem xét",
    "cố gắng",
)
HEDGE = (
    "có thể",
    "có khả năng",
    "nhiều khả năng",
    "lo ngại",
    "e ngại",
    "nghi ngờ",
    "đồn đoán",
    "tin đồn",
    "liệu",
    "nguy cơ",
    "có vẻ",
    "dường như",
    "đủ khả năng",
    "không loại trừ",
    "không loại trừ khả năng",
    "chưa loại trừ",
)
"""Hedges: a trigger right after one of these is not stated as a fact ("có thể hỗ trợ")."""
CONDITIONAL = ("nếu", "trong trường hợp", "một khi", "giả sử", "nếu như", "miễn là")
CONDITION_END = ("thì",)

CLAUSE_BREAK = (
    "trong khi",
    "trong khi đó",
    "trong đó",
    "nhưng",
    "song",
    "tuy nhiên",
    "mặc dù",
    "dù",
    "bất chấp",
    "còn",
    "ngoài ra",
    "đồng thời",
    "sau khi",
    "trước khi",
    "khi",
    "vì",
    "bởi",
    "bởi vì",
    "do đó",
    "vì vậy",
)
"""Words that start a new clause: a subject is never looked for across them."""

COMPLEMENTIZER = ("rằng", "là")

PURPOSE_CLAUSE = ("để", "nhằm", "nhằm mục đích")
"""Openers of a purpose clause inside a value: its topic is named before them, or, when
the main clause names none, in the purpose ("thành lập một nhóm để làm trung gian")."""

BACKGROUND_CLAUSE = (
    "nếu",
    "nếu như",
    "trừ khi",
    "trong trường hợp",
    "trong bối cảnh",
    "khi",
    "sau khi",
    "trước khi",
    "cho tới khi",
    "cho đến khi",
    "bởi",
    "bởi vì",
    "vì",
    "mặc dù",
    "dù",
    "bất chấp",
)
"""Openers of a condition, time or background clause inside a value: its cues never name
the value ("vận hành lò phản ứng nếu các bên không cứu thỏa thuận hạt nhân")."""

ASIDE_OPENERS = ("đặc biệt là", "nhất là", "chẳng hạn như")
"""After a comma these open an aside on the addressee ("các nước, đặc biệt là những nước xuất
khẩu vũ khí, tham gia hiệp ước"), closed by the next comma; it names no topic."""

CONJUNCTION = ("và", "cùng", "cùng với", "cũng như", "lẫn", ",")
"""Joiners of a coordinated list of actors ("Mỹ, Anh và Pháp")."""

COMITATIVE = ("với", "cùng", "cùng với")
"""MET's partner marker ("hội đàm với B")."""

BETWEEN = ("giữa",)

PREPOSITION = (
    "với",
    "của",
    "tại",
    "ở",
    "cho",
    "đối với",
    "từ",
    "giữa",
    "về",
    "trên",
    "tới",
    "đến",
    "sang",
    "vào",
    "thuộc",
    "ngoài",
    "như",
    "theo",
    "lên",
    "nhằm vào",
    "chống",
    "chống lại",
    "trước",
    "sau",
    "qua",
    "khỏi",
    "trong",
    "bằng",
    "với cả",
    "quanh",
    "xung quanh",
    "thân",
    "gần",
    "khắp",
    "dọc",
    "ở cả",
    "tại cả",
    "bên lề",
)
"""A mention right after one of these is not a subject."""

OBJECT_MARKER = ("cho", "đối với", "lên", "nhằm vào", "với", "chống lại", "vào")
"""Markers of an actor object after the trigger ("cung cấp vũ khí cho Ukraine")."""

POSSESSIVE = ("của",)
PASSIVE = ("bị", "được")
LIGHT_VERBS = (
    "có",
    "công bố",
    "áp đặt",
    "áp dụng",
    "ban hành",
    "thông qua",
    "gia hạn",
    "mở rộng",
    "thực hiện",
    "tiến hành",
    "kết thúc",
    "bắt đầu",
    "đưa ra",
    "thêm",
    "trong",
    "đang trong",
    "người",
    "dự",
    "tham dự",
    "chủ trì",
)
"""Verbs that carry a nominal trigger ("công bố các biện pháp trừng phạt", "kết thúc chuyến thăm")."""
CONTINUATION = ("theo đó", "trong đó", "trong đó có", "bao gồm", "gồm")
"""After a comma these continue a value ("một kế hoạch, bao gồm …")."""
NOMINALISER = (
    "cuộc",
    "các cuộc",
    "chuyến",
    "chuyến đi",
    "những cuộc",
    "lời",
    "lời lẽ",
    "những lời lẽ",
    "các",
    "những",
    "sự",
    "việc",
    "bản",
    "lệnh",
    "biện pháp",
    "loạt",
    "gói",
    "bộ",
    "số",
    "một số",
    "danh sách",
)
"""Words before a trigger used as a noun ("cuộc điện đàm", "chuyến thăm", "lời kêu gọi")."""

EMPTY_CONTENT_LEAD = ("rằng", "việc", "là", ":", "về", "cho", "phải", "đã", "nhằm", "để")

BLOCKERS = (
    # setting a quarrel aside is no rejection of anything
    "gạt bỏ sự đối đầu",
    "gạt bỏ đối đầu",
    "gạt bỏ bất đồng",
    "gạt bỏ những bất đồng",
    "gạt bỏ mọi bất đồng",
    "gạt bỏ các bất đồng",
    "gạt bỏ khác biệt",
    "gạt bỏ những khác biệt",
    "gạt bỏ hiềm khích",
    "gạt bỏ thù hận",
    "gạt bỏ căng thẳng",
    "tiếp xúc chặt chẽ",
    "giữ liên lạc",
    "đầy hứa hẹn",
    "rất hứa hẹn",
    "hứa hẹn nhiều",
    "tiếp tục",
    "tiếp cận",
    "tiếp nhận",
    "tiếp theo",
    "tiếp diễn",
    "tiếp tế",
    "tiếp đó",
    "tiếp thu",
    "tiếp viên",
    "tiếp quản",
    "trực tiếp",
    "gián tiếp",
    "kế tiếp",
    "liên tiếp",
    "đến nay",
    "đến từ",
    "đến mức",
    "đến khi",
    "tới đây",
    "sắp tới",
    "tới mức",
    "ngày tới",
    "tuần tới",
    "tháng tới",
    "năm tới",
    "thời gian tới",
    "sắp đến",
    "họp báo",
    "cuộc họp báo",
    "ký ức",
    "ký giả",
    "chữ ký",
    "ký hiệu",
    "gặp phải",
    "gặp khó khăn",
    "gặp nạn",
    "thả nổi",
    "đón nhận",
    "chào đón",
    "đề cập đến",
    "liên quan đến",
    "dẫn đến",
    "nhắc đến",
    "tính đến",
    "đến lượt",
    "trao đổi tù binh",
    "trao đổi thương mại",
    "trao đổi thông tin",
    "buộc phải",
    "bắt buộc",
    "ràng buộc",
    "cáo buộc lẫn nhau",
    "hỗ trợ lẫn nhau",
    "mối đe dọa",
    "bị đe dọa",
    "đe dọa hạt nhân",
    "đe dọa khủng bố",
    "đe dọa an ninh",
    "dỡ bỏ các lệnh trừng phạt",
    "gỡ bỏ các lệnh trừng phạt",
    "nới lỏng các lệnh trừng phạt",
    "dỡ bỏ các biện pháp trừng phạt",
    "dỡ bỏ lệnh cấm vận",
    "tuyên bố chung",
    "giảm nhẹ trừng phạt",
    "trao đổi với PV",
    "trao đổi với phóng viên",
    "trao đổi với báo giới",
    "trao đổi với báo chí",
    "trao đổi với truyền thông",
    "gặp gỡ báo chí",
    "gặp báo chí",
    "gặp mặt báo chí",
    "gặp gỡ báo giới",
    "đổ lỗi cho nhau",
    "cáo buộc nhau",
    "từ chối bình luận",
    "từ chối đưa ra bình luận",
    "từ chối trả lời",
    "từ chối cho biết",
    "từ chối xác nhận",
    "kiên định",
    "quyết định",
    "ổn định",
    "nhất định",
    "xác định",
    "định hướng",
    "quy định",
    "định kỳ",
    "thông cáo chung",
    "theo đó",
    "theo dõi",
    "theo đuổi",
    "tiếp theo",
    "dỡ bỏ trừng phạt",
    "gỡ bỏ trừng phạt",
    "dỡ bỏ lệnh trừng phạt",
    "gỡ bỏ lệnh trừng phạt",
    "nới lỏng trừng phạt",
    "ủng hộ viên",
    "người ủng hộ",
    "những người ủng hộ",
    "thượng đỉnh",
    "tố tụng",
    "hậu thuẫn của",
    "thỏa thuận hòa bình",
    "thỏa thuận minsk",
    "hiệp định",
    "đón đầu",
    "quan hệ đối tác",
    "phần còn lại",
    "phòng họp",
    "phiếu ủng hộ",
    "phiếu thuận",
    "cảnh báo sớm",
    "hệ thống cảnh báo",
    "răn đe hạt nhân",
)
"""Compounds that contain a trigger syllable but are not that trigger."""


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """:func:`graphkit.text.match_key` of one syllable (cached: syllables repeat a lot)."""
    return match_key(word)


_JOINERS = frozenset({"và", ",", "rằng", "gồm", "cùng", "cũng", "như"})
_JOIN_REACH = 10
_SUBORDINATORS = frozenset({"cho", "do", "để", "nhằm", "như", "vì", "khi", "nếu", "sau", "trước"})
"""A further topic counts when its cue is in the coordinated phrase itself (a few syllables
after the joiner), not inside a purpose, cause or condition hanging off it."""


def _main_clause_hits(keys: Sequence[str], hits: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The topic cue hits that name a value: those of its main clause, before the first
    purpose, condition or background clause; when the main clause has none, those of a
    purpose clause; never those of a condition, a background clause or an aside."""
    soft = hard = len(keys)
    asides: list[tuple[int, int]] = []
    for i in range(1, len(keys)):
        hit = _SUBCLAUSE.match(keys, i)
        if hit is None:
            continue
        if hit[1] == "aside" and keys[i - 1] == ",":
            close = next((x for x in range(i + hit[0], len(keys)) if keys[x] == ","), None)
            if close is not None:
                asides.append((i, close))
        elif hit[1] == "purpose":
            soft = min(soft, i)
        elif hit[1] == "background":
            hard = min(hard, i)
            break
    kept = [h for h in hits if not any(a <= h[0] < b for a, b in asides)]
    main = [h for h in kept if h[1] <= min(soft, hard)]
    return main or [h for h in kept if h[1] <= hard]


def syllable_keys(text: str) -> list[str]:
    """Matching keys of the syllables (and punctuation marks) of ``text``."""
    return [word_key(s) for s in SYLLABLE.findall(text)]


@dataclass
class PhraseTable:
    """Longest-match lookup of syllable-key phrases carrying a payload."""

    _by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = field(default_factory=dict)

    def add(self, phrase: str | Sequence[str], payload: Any) -> None:
        """Register ``phrase`` (text, or a sequence of keys) with ``payload`` (first one wins)."""
        keys = tuple(syllable_keys(phrase) if isinstance(phrase, str) else phrase)
        if not keys:
            return
        bucket = self._by_first.setdefault(keys[0], [])
        if any(k == keys for k, _ in bucket):
            return
        bucket.append((keys, payload))
        bucket.sort(key=lambda item: -len(item[0]))

    def match(self, keys: Sequence[str], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at ``keys[i]``: ``(length, payload)`` or None."""
        for phrase, payload in self._by_first.get(keys[i], ()):
            n = len(phrase)
            if tuple(keys[i : i + n]) == phrase:
                return n, payload
        return None

    def find_all(self, keys: Sequence[str]) -> list[tuple[int, int, Any]]:
        """Non-overlapping longest matches scanning left to right: ``(start, end, payload)``."""
        out: list[tuple[int, int, Any]] = []
        i = 0
        while i < len(keys):
            hit = self.match(keys, i)
            if hit:
                out.append((i, i + hit[0], hit[1]))
                i += hit[0]
            else:
                i += 1
        return out


_SUBCLAUSE = PhraseTable()
for _kind, _phrases in (("purpose", PURPOSE_CLAUSE), ("background", BACKGROUND_CLAUSE), ("aside", ASIDE_OPENERS)):
    for _phrase in _phrases:
        _SUBCLAUSE.add(_phrase, _kind)


def _table(items: Iterable[tuple[str, Any]]) -> PhraseTable:
    table = PhraseTable()
    for phrase, payload in items:
        table.add(phrase, payload)
    return table


@dataclass
class Lexicon:
    """Everything the rule extractor matches, compiled once from the ontology."""

    phrases: PhraseTable
    topics: PhraseTable
    met_modes: PhraseTable
    support_kinds: PhraseTable
    speaks_for_roles: tuple[tuple[str, ...], ...]
    ontology: Ontology

    def topic_of(self, text: str) -> str:
        """The first (longest at its position) topic cue of ``text``, preferring the main
        clause ("gặp riêng để thảo luận trong bối cảnh phi hạt nhân hóa …" is about meeting);
        ``other`` when none."""
        keys = syllable_keys(text)
        hits = _main_clause_hits(keys, self.topics.find_all(keys))
        return hits[0][2] if hits else "other"

    def topics_of(self, text: str, limit: int = 3) -> list[str]:
        """The topics of a value that lists several things ("ngừng mở rộng về phía đông và rút
        hạ tầng quân sự"): the first cue's topic, then each further topic whose cue follows a
        coordination ("và", ",", "rằng", "bao gồm"); at most ``limit``."""
        keys = syllable_keys(text)
        hits = _main_clause_hits(keys, self.topics.find_all(keys))
        if not hits:
            return ["other"]
        out = [hits[0][2]]
        for (_s0, e0, _t0), (s1, _e1, t1) in zip(hits, hits[1:], strict=False):
            joins = [
                e0 + n
                for n, k in enumerate(keys[e0:s1])
                if k in _JOINERS and (k != "cũng" or keys[e0 + n + 1 : e0 + n + 2] == ["như"])
            ]
            joined = (
                bool(joins)
                and s1 - joins[-1] <= _JOIN_REACH
                and not any(k in _SUBORDINATORS for k in keys[joins[-1] + 1 : s1])
                # "thảo luận về các chiến lược cũng như cách hợp tác": what is discussed
                and not any(
                    k == "về" and keys[e0 + n + 1 : e0 + n + 2] != ["phía"] for n, k in enumerate(keys[e0 : joins[-1]])
                )
            )
            if joined and t1 not in out and len(out) < limit:
                out.append(t1)
        if len(out) > 1 and "other" in out:
            out.remove("other")
        return out

    def met_mode(self, text: str) -> str:
        """``phone``/``video`` when a mode cue occurs in ``text``, else ``in_person``."""
        hits = self.met_modes.find_all(syllable_keys(text))
        return hits[0][2] if hits else "in_person"

    def support_kind(self, text: str) -> str | None:
        """The first SUPPORTED kind cued in ``text`` (military, financial…), or None."""
        hits = self.support_kinds.find_all(syllable_keys(text))
        return hits[0][2] if hits else None

    def is_speaks_for_role(self, role: str | None) -> bool:
        """True when a mention's role is exactly a SPEAKS_FOR trigger ("người phát ngôn";
        "Cố vấn An ninh Quốc gia" is an office, not a spokesperson)."""
        if not role:
            return False
        keys = tuple(syllable_keys(role))
        return keys in self.speaks_for_roles


_CACHE: dict[int, tuple[Ontology, Lexicon]] = {}


def build_lexicon(ontology: Ontology = ONTOLOGY) -> Lexicon:
    """Compile the phrase tables from ``ontology`` (cached per ontology object).

    A trigger listed under several predicates carries all of them, in ontology order.
    """
    hit = _CACHE.get(id(ontology))
    if hit is not None and hit[0] is ontology:
        return hit[1]
    lexicon = _compile(ontology)
    _CACHE[id(ontology)] = (ontology, lexicon)
    return lexicon


def _compile(ontology: Ontology) -> Lexicon:
    triggers: dict[tuple[str, ...], list[str]] = {}
    for name, pred in ontology.predicates.items():
        if name in ("HOLDS_ROLE", "SPEAKS_FOR"):
            continue
        for trig in pred.triggers:
            triggers.setdefault(tuple(syllable_keys(trig)), []).append(name)
    phrases = PhraseTable()
    for keys, preds in triggers.items():
        phrases.add(keys, ("trigger", tuple(preds)))
    groups: list[tuple[str, Iterable[str]]] = [
        ("block", BLOCKERS),
        ("not_negation", NOT_NEGATION),
        ("negation", NEGATION),
        ("conditional", CONDITIONAL),
        ("condition_end", CONDITION_END),
        ("planned", PLANNED),
        ("hedge", HEDGE),
        ("source", SOURCE_MARKERS),
        ("report", REPORTING),
        ("break", CLAUSE_BREAK),
        ("complementizer", COMPLEMENTIZER),
    ]
    for kind, words in groups:
        for word in words:
            keys = tuple(syllable_keys(word))
            if keys in triggers and kind not in ("block",):
                continue
            phrases.add(keys, (kind, ()))
    topics = _table((cue, topic) for topic, cues in ontology.topics.items() for cue in cues)
    met = ontology.predicates.get("MET")
    modes = _table((cue, mode) for mode, cues in (met.modes if met else {}).items() for cue in cues)
    sup = ontology.predicates.get("SUPPORTED")
    kinds = _table((cue, kind) for kind, cues in (sup.kinds if sup else {}).items() for cue in cues)
    sf = ontology.predicates.get("SPEAKS_FOR")
    roles = tuple(tuple(syllable_keys(t)) for t in (sf.triggers if sf else ()))
    return Lexicon(
        phrases=phrases,
        topics=topics,
        met_modes=modes,
        support_kinds=kinds,
        speaks_for_roles=roles,
        ontology=ontology,
    )


def key_set(words: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Phrases as a set of syllable-key tuples, for membership tests."""
    return frozenset(tuple(syllable_keys(w)) for w in words)
