"""A sentence as a sequence of units: words (syllables), punctuation and argument mentions.

Every mention becomes one atomic unit; a person's title and the country named with it
("Tổng thống Nga" before "Vladimir Putin") are folded into the person's unit, so a
coordination "Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron" reads as
``ARG và ARG``. Each unit carries a matching key and absolute offsets into the document.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from graphkit.extraction.lexicon import SYLLABLE, Lexicon, syllable_keys, word_key
from graphkit.models import AnnotatedDocument, Entity, EntityRef, Mention, Sentence, entity_id
from graphkit.text import match_key

log = logging.getLogger(__name__)

MENTION_KEY = "\x00M"
HONORIFICS = frozenset({"ông", "bà", "ngài", "anh", "chị", "cô"})
TITLE_WORDS = frozenset(
    {
        "người đồng cấp",
        "người đồng nhiệm",
        "nhà lãnh đạo",
        "lãnh đạo",
        "người đứng đầu",
        "đại sứ",
        "nguyên thủ",
        "tân",
        "cựu",
        "đương kim",
    }
)
"""Title-like words that are not offices of the knowledge base ("người đồng cấp Pháp")."""


@lru_cache(maxsize=1)
def _speaks_for_keys() -> frozenset[str]:
    from graphkit.ontology import ONTOLOGY

    pred = ONTOLOGY.predicates.get("SPEAKS_FOR")
    return frozenset(match_key(t) for t in pred.triggers) if pred is not None else frozenset()


@lru_cache(maxsize=4096)
def _speaks_for_title(text: str) -> bool:
    return match_key(text) in _speaks_for_keys()


try:
    from graphkit.linking.kb_titles import canonical_title as _canonical_title
except ImportError:  # pragma: no cover - the linking package is optional here
    _canonical_title = None


@lru_cache(maxsize=8192)
def _is_title(text: str) -> bool:
    key = match_key(text)
    if key in HONORIFICS or key in TITLE_WORDS or _speaks_for_title(text):
        return True
    if _canonical_title is None:
        return False
    try:
        return _canonical_title(text) is not None
    except Exception:  # pragma: no cover - defensive: never fail extraction on a title lookup
        return False


@dataclass
class Arg:
    """An argument candidate: a mention with its canonical entity."""

    mention: Mention
    ref: EntityRef
    entity: Entity | None
    linked: bool
    attributive: bool = False
    state: EntityRef | None = None
    """The state a metonym speaks for (Điện Kremlin → Nga), when known."""


@dataclass
class Unit:
    """One word, punctuation mark or mention of a sentence."""

    kind: str
    key: str
    text: str
    start: int
    end: int
    arg: Arg | None = None
    absorbed: list[Mention] = field(default_factory=list)


def _entity_index(adoc: AnnotatedDocument) -> dict[str, Entity]:
    return {e.id: e for e in adoc.entities}


def make_arg(mention: Mention, entities: dict[str, Entity]) -> Arg:
    """The argument of ``mention``: its linked entity, or an unlinked stand-in."""
    ent = entities.get(mention.entity_id) if mention.entity_id else None
    if ent is not None:
        ref = EntityRef(id=ent.id, name=ent.name, type=ent.type)
        state = None
        if ent.speaks_for and ent.speaks_for in entities:
            target = entities[ent.speaks_for]
            state = EntityRef(id=target.id, name=target.name, type=target.type)
        return Arg(mention=mention, ref=ref, entity=ent, linked=True, state=state)
    eid = mention.entity_id or entity_id(mention.text, str(mention.type), mention.kb_id)
    ref = EntityRef(id=eid, name=mention.text, type=mention.type)
    return Arg(mention=mention, ref=ref, entity=None, linked=mention.entity_id is not None)


@lru_cache(maxsize=1024)
def kb_entity(entity_id: str) -> EntityRef | None:
    """The knowledge-base entity ``kb:<id>`` a metonym speaks for when the document does not
    name it ("Moskva bác bỏ" in an article that never writes "Nga")."""
    if not entity_id.startswith("kb:"):
        return None
    try:
        from graphkit.linking.kb import load_kb

        entry = load_kb().get(entity_id[3:])
    except Exception:  # the KB is optional: without it the metonym stays a place
        return None
    return EntityRef(id=entry.id, name=entry.name, type=entry.type) if entry is not None else None


def sentence_mentions(adoc: AnnotatedDocument, sentence: Sentence) -> list[Mention]:
    """Mentions inside ``sentence``, left to right, without overlaps (longest first)."""
    inside = [m for m in adoc.mentions if m.start >= sentence.start and m.end <= sentence.end and m.end > m.start]
    inside.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in inside:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def build_units(
    adoc: AnnotatedDocument,
    sentence: Sentence,
    lexicon: Lexicon,
    entities: dict[str, Entity] | None = None,
) -> list[Unit]:
    """Split ``sentence`` into word, punctuation and mention units (absolute offsets)."""
    entities = entities if entities is not None else _entity_index(adoc)
    mentions = sentence_mentions(adoc, sentence)
    units: list[Unit] = []
    text = sentence.text
    base = sentence.start
    mi = 0
    for match in SYLLABLE.finditer(text):
        s, e = match.start() + base, match.end() + base
        while mi < len(mentions) and mentions[mi].end <= s:
            mi += 1
        if mi < len(mentions) and mentions[mi].start < e:
            m = mentions[mi]
            if units and units[-1].kind == "m" and units[-1].arg is not None and units[-1].arg.mention is m:
                units[-1].end = max(units[-1].end, e)
                continue
            units.append(Unit("m", MENTION_KEY, m.text, m.start, m.end, make_arg(m, entities)))
            continue
        word = match.group(0)
        kind = "w" if word[0].isalnum() or word[0] == "_" else "p"
        units.append(Unit(kind, word_key(word), word, s, e))
    _fold_titles(units, adoc.document.text)
    return units


_LOCATIVE = frozenset({"tại", "ở"})


def _fold_titles(units: list[Unit], doc_text: str) -> None:
    """Fold a person's title words and attributive country into the person's unit."""
    i = 0
    while i < len(units):
        u = units[i]
        if u.kind != "m" or u.arg is None or str(u.arg.mention.type) != "PERSON":
            i += 1
            continue
        j = i
        if j - 1 >= 0 and units[j - 1].kind == "m" and units[j - 1].arg is not None:
            prev = units[j - 1].arg
            if str(prev.mention.type) != "PERSON" and units[j - 1].end + 1 >= u.start:
                prev.attributive = True
                j -= 1
        k = _title_start(units, j, doc_text, u.arg.mention.role)
        if j < i and k == j:
            k = _capitalised_start(units, j)
        if j < i and k == j and j > 0 and units[j - 1].key in _LOCATIVE:
            # "Đại sứ Israel tại LHQ Gilad Erdan": the body after "tại" is where the person
            # serves, not part of the name
            units[j].arg.attributive = False  # type: ignore[union-attr]
            i += 1
            continue
        if k < i:
            absorbed = [x.arg.mention for x in units[k:i] if x.kind == "m" and x.arg is not None]
            for x in units[k:i]:
                if x.kind == "m" and x.arg is not None:
                    x.arg.attributive = True
            u.absorbed = absorbed + u.absorbed
            u.start = units[k].start
            u.text = doc_text[u.start : u.end]
            units[k : i + 1] = [u]
            i = k
        i += 1


def _capitalised_start(units: Sequence[Unit], j: int) -> int:
    """Start of a capitalised title ("Cố vấn An ninh Quốc gia") right before ``units[j]``."""
    k = j
    while k - 1 >= 0 and j - (k - 1) <= 6 and units[k - 1].kind == "w" and units[k - 1].text[:1].isupper():
        k -= 1
    return k


def _title_start(units: Sequence[Unit], j: int, doc_text: str, role: str | None) -> int:
    """Index of the first word of the title right before ``units[j]`` (``j`` when none)."""
    if role:
        keys = syllable_keys(role)
        n = len(keys)
        if (
            n
            and j - n >= 0
            and [u.key for u in units[j - n : j]] == keys
            and all(u.kind == "w" for u in units[j - n : j])
        ):
            return j - n
    best = j
    for n in range(1, 7):
        k = j - n
        if k < 0 or units[k].kind != "w":
            break
        if _is_title(doc_text[units[k].start : units[j - 1].end]):
            best = k
    return best


def person_state(arg: Arg, entities: Sequence[Entity]) -> EntityRef | None:
    """The country a person holds office in: the affiliation written with the mention ("Tổng
    thống Mỹ X"), a role of the entity ending with a country of the article, or the one country
    the knowledge base gives the person's offices in. None when unknown or ambiguous."""
    countries = {match_key(e.name): e for e in entities if str(e.type) == "COUNTRY"}
    keys = [match_key(arg.mention.affiliation or "")]
    keys += [match_key(r) for r in (arg.entity.roles if arg.entity is not None else [])]
    for key in keys:
        for name, ent in countries.items():
            if key and (key == name or key.endswith(" " + name)):
                return EntityRef(id=ent.id, name=ent.name, type=ent.type)
    kb_id = arg.entity.kb_id if arg.entity is not None else None
    try:
        from graphkit.linking.kb import load_kb

        kb = load_kb()
        if arg.mention.affiliation:
            targets = kb.lookup(arg.mention.affiliation, include_ambiguous=False)
        else:
            entry = kb.get(kb_id) if kb_id else None
            states = {r.of for r in entry.roles} if entry is not None else set()
            targets = [t for t in (kb.get(x) for x in states) if t is not None]
        targets = [t for t in targets if str(t.type) == "COUNTRY"]
    except Exception:  # the KB is optional: without it only the article's words count
        return None
    if len(targets) != 1:
        return None
    return EntityRef(id=targets[0].id, name=targets[0].name, type=targets[0].type)
