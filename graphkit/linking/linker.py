"""``linker.kb.v1``: mentions → canonical entities, within a document and across documents.

Within one article the linker

1. links each mention to the knowledge base by the match key of its name (ambiguous
   short aliases such as "Tập" or "Lý" only after a title or honorific, or when the
   same entity is named unambiguously elsewhere in the article; several candidates are
   told apart by the title, the affiliation and the article date);
2. corrects the mention type from the knowledge base (a KB country tagged LOC becomes
   COUNTRY, "Nhà Trắng" tagged LOC becomes ORGANIZATION);
3. links unknown names inside the article: a shorter person name that is the last part
   of a longer one ("Smith" → "John Smith"), an acronym given in parentheses after an
   organisation's name ("… (OSCE)"), and spellings with the same match key;
4. resolves role phrases without a name — "Ngoại trưởng Mỹ", "nhà lãnh đạo Nga",
   "người đồng cấp Pháp" — to the one person the knowledge base says held that office
   on the article date, adding a ``linker.role`` mention;
5. fills ``AnnotatedDocument.entities`` and each mention's ``entity_id`` and ``kb_id``.

:func:`merge_entities` joins the per-document entities of a corpus: one entity per id
(KB entities by kb id, unknown names by match key of the name and type).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from graphkit.linking import LINKERS
from graphkit.linking.kb import KBEntry, KnowledgeBase, load_kb
from graphkit.linking.kb_titles import GROUP_SYNONYMS, TITLE_SYNONYMS, canonical_title, is_title, titles_for
from graphkit.models import AnnotatedDocument, Entity, Mention, MentionRef, entity_id
from graphkit.ontology import EntityType
from graphkit.text import match_key

log = logging.getLogger(__name__)

__all__ = ["KBLinker", "merge_entities"]

ROLE_SOURCE = "linker.role"

_HONORIFICS = frozenset(
    match_key(h) for h in ("ông", "bà", "ngài", "đức", "anh", "chị", "cô", "cụ", "tiến sĩ", "giáo sư", "cựu", "tân")
)
_COUNTERPART = ("người đồng cấp", "đồng cấp", "người đồng nhiệm", "đồng nhiệm")
_SEAT_HOLDERS = ("ông chủ", "chủ nhân")
"""Words that name a leader by the seat of power ("ông chủ Điện Kremlin", "chủ nhân Nhà Trắng")."""
_LEADER_SEATS = frozenset(match_key(s) for s in ("Điện Kremlin", "Nhà Trắng", "Điện Élysée", "Nhà Xanh"))
"""Seats of power whose "ông chủ" or "người đứng đầu" is the leader of the state they speak for."""
_GENERIC_LEADERS = frozenset(match_key(s) for s in (*_SEAT_HOLDERS, "người đứng đầu", "nhà lãnh đạo", "lãnh đạo"))
_BLOCKING_PREFIXES = frozenset(
    match_key(w)
    for w in ("phó", "thứ", "cựu", "nguyên", "quyền", "các", "những", "hai", "ba", "nhiều", "tiền", "viên", "cử")
)
_BLOCKING_AFTER = tuple(match_key(w) for w in ("đắc cử", "tiền nhiệm", "kế nhiệm", "tương lai", "sắp tới", "khi đó"))
_CAPITAL_HONORIFICS = frozenset(match_key(h) for h in ("ông", "bà", "ngài", "cựu", "tân"))
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZĐ][A-Za-z0-9Đ&.\-]{1,14})\s*\)")
_WORD = re.compile(r"\w+(?:[-‐'’.]\w+)*", re.UNICODE)
_PLACE_TYPES = (EntityType.COUNTRY, EntityType.LOCATION)
_AFFILIATION_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.LOCATION)


_BRACKETED = re.compile(r"\([^()\s]{1,12}\) *")


def _compatible(mention_type: str, entry_type: str) -> bool:
    if mention_type == entry_type:
        return True
    groups = ({"COUNTRY", "LOCATION"}, {"ORGANIZATION", "MISC", "EVENT"})
    return any(mention_type in g and entry_type in g for g in groups)


@cache
def _role_pattern() -> re.Pattern[str]:
    forms: set[str] = set()
    for canon, syns in TITLE_SYNONYMS.items():
        forms.add(canon.lower())
        forms.update(s for s in syns if len(s) > 3)
    forms.update(GROUP_SYNONYMS)
    forms.update(_COUNTERPART)
    forms.update(_SEAT_HOLDERS)
    ordered = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(f).replace("\\ ", r"\s+") for f in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass
class _Cluster:
    """Mentions of one entity inside a document while linking."""

    entry: KBEntry | None = None
    type: str = "MISC"
    mentions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


class KBLinker:
    """The knowledge-base linker (``linker.kb.v1``).

    Parameters
    ----------
    kb : KnowledgeBase, optional
        The knowledge base; the bundled one by default.

    Examples
    --------
    >>> import datetime as dt
    >>> from graphkit.models import AnnotatedDocument, Document, Mention, Sentence
    >>> text = "Ông Putin gặp Ngoại trưởng Mỹ tại Moskva."
    >>> doc = Document(doc_id="d1", text=text, date=dt.date(2019, 5, 14))
    >>> adoc = AnnotatedDocument(document=doc, sentences=[Sentence(start=0, end=len(text), text=text)],
    ...     mentions=[Mention(start=4, end=9, text="Putin", type="PERSON", role="Ông"),
    ...               Mention(start=27, end=29, text="Mỹ", type="LOCATION"),
    ...               Mention(start=34, end=40, text="Moskva", type="LOCATION")], backend="test")
    >>> out = KBLinker().link(adoc)
    >>> [(m.text, str(m.type), m.source) for m in out.mentions]  # doctest: +NORMALIZE_WHITESPACE
    [('Putin', 'PERSON', None), ('Ngoại trưởng Mỹ', 'PERSON', 'linker.role'), ('Mỹ', 'COUNTRY', None),
     ('Moskva', 'LOCATION', None)]
    >>> [e.name for e in out.entities if e.type == "PERSON"]
    ['Mike Pompeo', 'Vladimir Putin']
    """

    name = "linker.kb.v1"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else load_kb()

    # ------------------------------------------------------------------ public

    def link(self, adoc: AnnotatedDocument) -> AnnotatedDocument:
        """Link one document's mentions (pure: returns a new document).

        Parameters
        ----------
        adoc : AnnotatedDocument
            A document after NER.

        Returns
        -------
        AnnotatedDocument
            With role-phrase mentions added, mention types corrected, ``entity_id`` and
            ``kb_id`` set on every mention, and ``entities`` filled.
        """
        text = adoc.document.text
        day = adoc.document.date
        mentions = [m.model_copy() for m in sorted(adoc.mentions, key=lambda m: (m.start, -m.end))]
        mentions = self._split_fused(mentions)
        mentions = self._expand(text, mentions)
        mentions = self._add_role_mentions(text, mentions, adoc, day)
        entries = self._link_kb(text, mentions, day)
        clusters = self._cluster(text, mentions, entries)
        return self._finish(adoc, mentions, clusters)

    # ------------------------------------------------------------------ KB linking

    def _core(self, mention: Mention) -> tuple[str, str | None, str | None]:
        """The name inside a person mention whose span also covers titles or honorifics.

        Returns the name, the role (the mention's own, else the stripped words) and the
        affiliation (the mention's own, else a state or organisation after a title).
        """
        role, affiliation = mention.role, mention.affiliation
        if mention.type != EntityType.PERSON:
            return mention.text, role, affiliation
        text = mention.text
        words = list(_WORD.finditer(text))
        i = 0
        stripped_title = False
        while i < len(words) - 1:
            step = 0
            for j in range(min(len(words) - 1, i + 6), i, -1):
                head = text[words[i].start() : words[j - 1].end()]
                honorific = match_key(head) in _HONORIFICS and (
                    head[:1].islower() or match_key(head) in _CAPITAL_HONORIFICS
                )
                if honorific or is_title(head):
                    step = j - i
                    stripped_title = stripped_title or is_title(head)
                    role = role or head
                    break
            if not step:
                break
            i += step
        if stripped_title and i < len(words) - 1:
            for j in range(min(len(words) - 1, i + 5), i, -1):
                piece = text[words[i].start() : words[j - 1].end()]
                found = [e for e in self.kb.lookup(piece, include_ambiguous=False) if e.type in _AFFILIATION_TYPES]
                if found:
                    affiliation = affiliation or piece
                    i = j
                    break
        if i == 0:
            return text, role, affiliation
        return text[words[i].start() :], role, affiliation

    def _link_kb(self, text: str, mentions: list[Mention], day: dt.date | None) -> list[KBEntry | None]:
        entries: list[KBEntry | None] = [None] * len(mentions)
        deferred: list[tuple[int, list[KBEntry]]] = []
        for i, m in enumerate(mentions):
            if m.source == ROLE_SOURCE:
                entries[i] = self.kb.get(m.kb_id) if m.kb_id else None
                continue
            core, role, affiliation = self._core(m)
            has_role = role is not None
            found = self.kb.lookup(core, include_ambiguous=True)
            if not found and core != m.text:
                found = self.kb.lookup(m.text, include_ambiguous=True)
            if not found and m.kb_id:
                # a name only the NER layer knows how to read ("Triều" in "Mỹ - Triều")
                entries[i] = self.kb.get(m.kb_id)
                continue
            if not found:
                entries[i] = self._holder_by_surname(m, core, role, affiliation, day)
                continue
            ambiguous_hit = all(e.is_ambiguous(core) for e in found)
            if ambiguous_hit and not has_role and not m.kb_id:
                deferred.append((i, found))
                continue
            entries[i] = self._choose(m, found, role, affiliation, day)
        linked = {e.ref for e in entries if e is not None}
        for i, found in deferred:
            seen = [e for e in found if e.ref in linked]
            if len(seen) == 1:
                entries[i] = seen[0]
        self._office_of_holder(text, mentions, entries)
        return entries

    def _office_of_holder(self, text: str, mentions: list[Mention], entries: list[KBEntry | None]) -> None:
        """ "Phát ngôn viên Bộ Ngoại giao Maria Zakharova": a body named without its state is
        the state's body the person next to it holds an office in (her KB office is with
        "Bộ Ngoại giao Nga")."""
        for i, m in enumerate(mentions):
            if entries[i] is not None or m.type != EntityType.ORGANIZATION:
                continue
            key = match_key(m.text)
            for k in (i + 1, i - 1):
                person = entries[k] if 0 <= k < len(mentions) else None
                if person is None or person.type != EntityType.PERSON:
                    continue
                a, b = (m, mentions[k]) if k > i else (mentions[k], m)
                gap = b.start - a.end
                if gap < 0 or gap > 24 or any(c in ".;!?" for c in text[a.end : b.start]):
                    continue
                offices = {r.of: self.kb.resolve(r.of) for r in person.roles}
                match = [
                    e
                    for e in offices.values()
                    if e is not None
                    and e.type == EntityType.ORGANIZATION
                    and any(match_key(f).startswith(key + " ") for f in e.surface_forms(include_ambiguous=False))
                ]
                if len(match) == 1:
                    entries[i] = match[0]
                    break

    def _holder_by_surname(
        self, m: Mention, core: str, role: str | None, affiliation: str | None, day: dt.date | None
    ) -> KBEntry | None:
        """ "Tổng thống Pháp Francois Macron", "Tổng thống Ukraine Pyotr Poroshenko": a titled name
        the KB does not know, whose last name is that of the title's holder on the day."""
        if m.type != EntityType.PERSON or not role or not affiliation or day is None or canonical_title(role) is None:
            return None
        words = core.split()
        if len(words) < 2:
            return None
        holders = self.kb.holders(role, affiliation, day)
        if len(holders) != 1 or match_key(holders[0].name.split()[-1]) != match_key(words[-1]):
            return None
        return holders[0]

    def _choose(
        self, m: Mention, found: list[KBEntry], role: str | None, affiliation: str | None, day: dt.date | None
    ) -> KBEntry | None:
        if m.kb_id:
            pinned = [e for e in found if e.kb_id == m.kb_id]
            if len(pinned) == 1:
                return pinned[0]
        typed = [e for e in found if _compatible(str(m.type), str(e.type))]
        if m.type == EntityType.PERSON and m.role and not typed:
            return None
        pool = typed or found
        if len(pool) == 1:
            return pool[0]
        title = canonical_title(role) if role else None
        if title and day is not None:
            target = self.kb.resolve(affiliation) if affiliation else None
            narrowed = [
                e
                for e in pool
                if any(
                    r.title == title and r.active_on(day) and (target is None or r.of == target.ref) for r in e.roles
                )
            ]
            if len(narrowed) == 1:
                return narrowed[0]
        if day is not None:
            active = [e for e in pool if any(r.active_on(day) for r in e.roles)]
            if len(active) == 1:
                return active[0]
        log.debug("ambiguous KB candidates for %r: %s", m.text, [e.name for e in pool])
        return None

    def _split_fused(self, mentions: list[Mention]) -> list[Mention]:
        """Split a person mention that swallowed the body before the name.

        "Đại sứ Israel tại LHQ Gilad Erdan" is often tagged with "LHQ Gilad Erdan" as one
        person: a leading state or organisation of the KB followed by a capitalised name
        of two words or more becomes its own mention, and the name a person mention.
        """
        out: list[Mention] = []
        for m in mentions:
            if m.type != EntityType.PERSON or m.role or self.kb.lookup(m.text, include_ambiguous=False):
                out.append(m)
                continue
            words = list(_WORD.finditer(m.text))
            split = None
            for n in range(min(4, len(words) - 2), 0, -1):
                head = m.text[: words[n - 1].end()]
                rest = words[n:]
                if not all(w.group()[:1].isupper() for w in rest):
                    continue
                found = [e for e in self.kb.lookup(head, include_ambiguous=False) if e.type in _AFFILIATION_TYPES]
                if len(found) == 1:
                    split = (head, found[0], words[n].start())
                    break
            if split is None:
                out.append(m)
                continue
            head, entry, cut = split
            out.append(m.model_copy(update={"end": m.start + len(head), "text": head, "type": entry.type}))
            out.append(m.model_copy(update={"start": m.start + cut, "text": m.text[cut:]}))
        return out

    def _expand(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Grow a mention leftwards over up to three words when the whole is a KB name of another kind.

        "thỏa thuận Minsk" (Minsk tagged LOC), "Định dạng Normandy", "quân đội Israel":
        the longer KB name wins, with its own type.
        """
        out: list[Mention] = []
        for idx, m in enumerate(mentions):
            if m.type == EntityType.PERSON or m.role:
                out.append(m)
                continue
            floor = max((p.end for p in mentions[:idx] if p.end <= m.start), default=0)
            lo = max(floor, m.start - 60)
            words = list(_WORD.finditer(text, lo, m.start))
            own = {e.ref for e in self.kb.lookup(m.text, include_ambiguous=False)}
            best: tuple[int, KBEntry] | None = None
            for n in range(min(3, len(words)), 0, -1):
                start = words[-n].start()
                between = text[start : m.start]
                if any(ch in between for ch in '.,;:!?()"“”'):
                    continue
                found = [
                    e
                    for e in self.kb.lookup(text[start : m.end], include_ambiguous=False)
                    if e.ref not in own and e.type not in (EntityType.PERSON, EntityType.COUNTRY)
                ]
                if len(found) == 1:
                    best = (start, found[0])
                    break
            if best is None:
                out.append(m)
                continue
            start, entry = best
            out.append(
                m.model_copy(
                    update={
                        "start": start,
                        "text": text[start : m.end],
                        "type": entry.type,
                        "kb_id": entry.kb_id,
                        "source": m.source or "linker.kb",
                    }
                )
            )
        return out

    # ------------------------------------------------------------------ role phrases

    def _affiliation_at(self, text: str, pos: int, mentions: list[Mention]) -> tuple[int, KBEntry] | None:
        """A state or organisation named right at ``pos`` (after spaces): (end, entry)."""
        k = pos
        while k < len(text) and text[k] == " ":
            k += 1
        for m in mentions:
            if m.start == k and m.type != EntityType.PERSON:
                found = [e for e in self.kb.lookup(m.text, include_ambiguous=False) if e.type in _AFFILIATION_TYPES]
                if not found:
                    found = [e for e in self.kb.lookup(m.text, include_ambiguous=True) if e.type == m.type]
                    found = found if len(found) == 1 else []
                if found:
                    return m.end, found[0]
        words = list(_WORD.finditer(text, k, min(len(text), k + 80)))
        if not words or words[0].start() != k or not text[k].isupper():
            return None
        for j in range(min(len(words), 8), 0, -1):
            piece = text[k : words[j - 1].end()]
            found = [e for e in self.kb.lookup(piece, include_ambiguous=False) if e.type in _AFFILIATION_TYPES]
            found = [e for e in found if e.type != EntityType.LOCATION or e.speaks_for]
            if found:
                return words[j - 1].end(), found[0]
        return None

    def _add_role_mentions(
        self, text: str, mentions: list[Mention], adoc: AnnotatedDocument, day: dt.date | None
    ) -> list[Mention]:
        added: list[Mention] = []
        named = self._named_people(mentions)
        sentences = adoc.sentences or []
        for match in _role_pattern().finditer(text):
            s, e = match.start(), match.end()
            if any(m.start <= s < m.end for m in mentions):
                continue
            before = text[max(0, s - 20) : s].split()
            if before and match_key(before[-1]) in _BLOCKING_PREFIXES:
                continue
            aff = self._affiliation_at(text, e, mentions)
            if aff is None:
                continue
            aff_end, target = aff
            k = aff_end
            while k < len(text) and text[k] == " ":
                k += 1
            # "Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Jens Stoltenberg"
            bracket = _BRACKETED.match(text, k)
            if bracket and any(m.start == bracket.end() and m.type == EntityType.PERSON for m in mentions):
                continue
            if any(m.start == k and m.type in (EntityType.PERSON, EntityType.MISC) for m in mentions):
                continue
            if k > aff_end and k < len(text) and text[k].isupper() and self._names_follow(text, k):
                continue
            if match_key(text[k : k + 20]).startswith(_BLOCKING_AFTER):
                continue
            phrase = match.group(0)
            state = (target.speaks_for or target.ref) if target.type == EntityType.LOCATION else target.ref
            seat = target.type == EntityType.ORGANIZATION and match_key(target.name) in _LEADER_SEATS
            if match_key(phrase) in _GENERIC_LEADERS and seat and target.speaks_for:
                # "ông chủ Điện Kremlin", "người đứng đầu Nhà Trắng": the leader of the state
                state = target.speaks_for
            elif match_key(phrase) in {match_key(c) for c in _SEAT_HOLDERS}:
                continue
            if match_key(phrase) in {match_key(c) for c in _SEAT_HOLDERS}:
                title = "nhà lãnh đạo"
            elif match_key(phrase) in {match_key(c) for c in _COUNTERPART}:
                title = self._counterpart_title(s, mentions + added, sentences, day)
                if title is None:
                    continue
            else:
                title = phrase
            holders = self.kb.holders(title, state, day) if day is not None else []
            if len(holders) != 1:
                holders = self._named_holders(named, title, state)
            if len(holders) != 1:
                log.debug("role phrase %r on %s: %d holders", text[s:aff_end], day, len(holders))
                continue
            person = holders[0]
            added.append(
                Mention(
                    start=s,
                    end=aff_end,
                    text=text[s:aff_end],
                    type=EntityType.PERSON,
                    role=canonical_title(title) or title,
                    affiliation=text[e:aff_end].strip(),
                    source=ROLE_SOURCE,
                    kb_id=person.kb_id or person.ref,
                )
            )
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: (m.start, -m.end))

    def _named_people(self, mentions: list[Mention]) -> list[KBEntry]:
        """The KB people the article names (each name matching one person entry)."""
        out: list[KBEntry] = []
        for m in mentions:
            if m.type != EntityType.PERSON or m.source == ROLE_SOURCE:
                continue
            found = [
                e for e in self.kb.lookup(self._core(m)[0], include_ambiguous=False) if e.type == EntityType.PERSON
            ]
            if len(found) == 1 and all(found[0].ref != e.ref for e in out):
                out.append(found[0])
        return out

    def _named_holders(self, named: list[KBEntry], title: str, state: str) -> list[KBEntry]:
        """The people named in the article who ever held ``title`` of ``state``."""
        wanted = titles_for(title, state)
        return [e for e in named if any(r.of == state and r.title in wanted for r in e.roles)]

    def _names_follow(self, text: str, k: int) -> bool:
        """Whether a capitalised word at ``k`` looks like an untagged name (not a state or title)."""
        nxt = _WORD.match(text, k)
        if nxt is None:
            return False
        word = nxt.group(0)
        if is_title(word):
            return False
        found = self.kb.lookup(word, include_ambiguous=False)
        return not found or any(e.type == EntityType.PERSON for e in found)

    def _counterpart_title(
        self, pos: int, mentions: list[Mention], sentences: list, day: dt.date | None = None
    ) -> str | None:
        """The title of the person whose counterpart "người đồng cấp X" at ``pos`` is: the last
        titled person of the sentence; else the office the knowledge base gives, on the
        article's date, to the last person named before (in this sentence or the one before)."""
        lo = 0
        prev_lo = 0
        for k, sent in enumerate(sentences):
            if sent.start <= pos < sent.end:
                lo = sent.start
                prev_lo = sentences[k - 1].start if k > 0 else sent.start
                break
        groups = {match_key(g) for g in GROUP_SYNONYMS}
        best: Mention | None = None
        for m in mentions:
            if not (lo <= m.start < pos and m.type == EntityType.PERSON and m.role):
                continue
            if (canonical_title(m.role) or match_key(m.role) in groups) and (best is None or m.start > best.start):
                best = m
        if best is not None and best.role is not None:
            return canonical_title(best.role) or best.role
        if day is None:
            return None
        people = [m for m in mentions if prev_lo <= m.start < pos and m.type == EntityType.PERSON]
        if not people:
            return None
        found = [e for e in self.kb.lookup(self._core(people[-1])[0]) if e.type == EntityType.PERSON]
        if len(found) != 1:
            return None
        titles = {r.title for r in found[0].roles if r.active_on(day)}
        return titles.pop() if len(titles) == 1 else None

    # ------------------------------------------------------------------ clustering

    def _cluster(self, text: str, mentions: list[Mention], entries: list[KBEntry | None]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        owner: list[int | None] = [None] * len(mentions)
        by_ref: dict[str, int] = {}
        for i, (m, entry) in enumerate(zip(mentions, entries, strict=True)):
            if m.source == ROLE_SOURCE and m.kb_id:
                entry = self.kb.get(m.kb_id)
                entries[i] = entry
            if entry is None:
                continue
            if entry.ref not in by_ref:
                by_ref[entry.ref] = len(clusters)
                clusters.append(_Cluster(entry=entry, type=str(entry.type)))
            owner[i] = by_ref[entry.ref]

        acronyms: dict[str, int] = {}
        for i, m in enumerate(mentions):
            if m.type not in (EntityType.ORGANIZATION, EntityType.MISC, EntityType.EVENT):
                continue
            hit = _ACRONYM_AFTER.match(text, m.end)
            if not hit:
                continue
            acro = hit.group(1)
            acro_entry = next(iter(self.kb.lookup(acro, include_ambiguous=False)), None)
            if owner[i] is None and acro_entry is not None and acro_entry.ref in by_ref:
                owner[i] = by_ref[acro_entry.ref]
            if owner[i] is None:
                if acro_entry is not None:
                    by_ref[acro_entry.ref] = len(clusters)
                    clusters.append(_Cluster(entry=acro_entry, type=str(acro_entry.type)))
                else:
                    clusters.append(_Cluster(type=str(m.type)))
                owner[i] = len(clusters) - 1
            acronyms[match_key(acro)] = owner[i]  # type: ignore[assignment]

        for i, m in enumerate(mentions):
            if owner[i] is None and match_key(self._core(m)[0]) in acronyms:
                owner[i] = acronyms[match_key(self._core(m)[0])]

        by_key: dict[tuple[str, str], int] = {}
        persons: list[tuple[list[str], int]] = []
        for i, m in enumerate(mentions):
            if owner[i] is not None and str(m.type) == "PERSON" and clusters[owner[i]].type == "PERSON":
                persons.append((match_key(self._core(m)[0]).split(), owner[i]))  # type: ignore[arg-type]
        order = sorted(
            (i for i in range(len(mentions)) if owner[i] is None),
            key=lambda i: (-len(match_key(self._core(mentions[i])[0]).split()), mentions[i].start),
        )
        for i in order:
            m = mentions[i]
            core = self._core(m)[0]
            words = match_key(core).split()
            key = (str(m.type), " ".join(words))
            if key in by_key:
                owner[i] = by_key[key]
                continue
            if str(m.type) == "PERSON":
                longer = {c for ws, c in persons if len(ws) > len(words) and ws[-len(words) :] == words}
                if not longer and len(words) == 1:
                    longer = {c for ws, c in persons if _family_name_first(ws) and ws[0] == words[0]}
                if len(longer) == 1:
                    owner[i] = longer.pop()
                    by_key[key] = owner[i]  # type: ignore[assignment]
                    continue
            clusters.append(_Cluster(type=str(m.type)))
            owner[i] = len(clusters) - 1
            by_key[key] = owner[i]  # type: ignore[assignment]
            if str(m.type) == "PERSON":
                persons.append((words, owner[i]))  # type: ignore[arg-type]

        for i, c in enumerate(owner):
            assert c is not None
            clusters[c].mentions.append(i)
            clusters[c].names.append(self._core(mentions[i])[0])
        return [c for c in clusters if c.mentions]

    # ------------------------------------------------------------------ output

    def _finish(self, adoc: AnnotatedDocument, mentions: list[Mention], clusters: list[_Cluster]) -> AnnotatedDocument:
        doc_id = adoc.document.doc_id
        entities: list[Entity] = []
        for c in clusters:
            if c.entry is not None:
                etype = c.entry.type
                name = c.entry.name
                kb_id = c.entry.kb_id
                eid = c.entry.id
                sf_entry = self.kb.get(c.entry.speaks_for) if c.entry.speaks_for else None
                speaks_for = sf_entry.id if sf_entry else None
            else:
                etype = EntityType(c.type)
                non_role = [n for n, i in zip(c.names, c.mentions, strict=True) if mentions[i].source != ROLE_SOURCE]
                name = max(non_role or c.names, key=_name_rank)
                kb_id = None
                eid = entity_id(name, str(etype))
                speaks_for = None
            refs, aliases, roles = [], [], []
            for i in c.mentions:
                m = mentions[i]
                update: dict[str, object] = {"entity_id": eid, "kb_id": kb_id, "type": etype}
                if m.type != etype:
                    log.debug("retyped %r: %s → %s", m.text, m.type, etype)
                if etype != EntityType.PERSON:
                    update["role"] = None
                mentions[i] = m.model_copy(update=update)
                refs.append(MentionRef(doc_id=doc_id, start=m.start, end=m.end, text=m.text))
                surface = self._core(m)[0]
                if m.source != ROLE_SOURCE and surface != name and surface not in aliases:
                    aliases.append(surface)
                if etype == EntityType.PERSON and m.role and match_key(m.role) not in _HONORIFICS:
                    label = f"{m.role} {m.affiliation}" if m.affiliation else m.role
                    if label not in roles:
                        roles.append(label)
            entities.append(
                Entity(
                    id=eid,
                    name=name,
                    type=etype,
                    aliases=aliases,
                    kb_id=kb_id,
                    mentions=refs,
                    roles=roles,
                    speaks_for=speaks_for,
                )
            )
        merged = merge_entities([entities])
        return adoc.model_copy(update={"mentions": mentions, "entities": merged})


def _family_name_first(words: list[str]) -> bool:
    """Whether a name reads family name first with a hyphenated given name (Korean romanisation).

    "Moon Jae-in" is "Moon" on second mention and "Hwang Kyo-ahn" is "Hwang", while "Jean-Yves Le
    Drian" keeps its surname last.

    >>> _family_name_first(["moon", "jae-in"]), _family_name_first(["jean-yves", "le", "drian"])
    (True, False)
    """
    return len(words) == 2 and "-" in words[1] and "-" not in words[0]


def _name_rank(name: str) -> tuple[int, int]:
    return len(name.split()), len(name)


def merge_entities(groups: Iterable[list[Entity]]) -> list[Entity]:
    """Merge per-document entities into one canonical entity per id.

    KB entities share their ``kb:<QID>`` (or KB-name) id; unknown names share the hash
    of their match key and type, so "Hoà Bình" and "Hòa Bình" merge while "Hà" and
    "Hạ" never do. Mentions, aliases and roles are unioned.

    Parameters
    ----------
    groups : iterable of list of Entity
        Typically each document's ``AnnotatedDocument.entities``.

    Returns
    -------
    list of Entity
        Sorted by type, name key and id; mentions sorted by document and offset.

    Examples
    --------
    >>> a = Entity(id=entity_id("Hoà Bình", "LOCATION"), name="Hoà Bình", type="LOCATION")
    >>> b = Entity(id=entity_id("Hòa Bình", "LOCATION"), name="Hòa Bình", type="LOCATION")
    >>> c = Entity(id=entity_id("Hạ Long", "LOCATION"), name="Hạ Long", type="LOCATION")
    >>> [(e.name, e.aliases) for e in merge_entities([[a], [b, c]])]
    [('Hoà Bình', ['Hòa Bình']), ('Hạ Long', [])]
    """
    merged: dict[str, Entity] = {}
    for group in groups:
        for ent in group:
            key = ent.id if ent.kb_id or ent.id.startswith("kb:") else entity_id(ent.name, str(ent.type))
            prev = merged.get(key)
            if prev is None:
                merged[key] = ent.model_copy(
                    update={
                        "id": key,
                        "aliases": list(ent.aliases),
                        "mentions": list(ent.mentions),
                        "roles": list(ent.roles),
                    }
                )
                continue
            name = prev.name
            extra_names = [ent.name]
            if not (prev.kb_id or prev.id.startswith("kb:")) and _name_rank(ent.name) > _name_rank(name):
                extra_names = [name]
                name = ent.name
            aliases = [a for a in [*prev.aliases, *extra_names, *ent.aliases] if a != name]
            seen_refs = {(r.doc_id, r.start, r.end) for r in prev.mentions}
            mentions = list(prev.mentions) + [r for r in ent.mentions if (r.doc_id, r.start, r.end) not in seen_refs]
            merged[key] = prev.model_copy(
                update={
                    "name": name,
                    "aliases": list(dict.fromkeys(aliases)),
                    "mentions": mentions,
                    "roles": list(dict.fromkeys([*prev.roles, *ent.roles])),
                    "kb_id": prev.kb_id or ent.kb_id,
                    "speaks_for": prev.speaks_for or ent.speaks_for,
                }
            )
    out = []
    for ent in merged.values():
        ent.mentions.sort(key=lambda r: (r.doc_id, r.start, r.end))
        out.append(ent)
    out.sort(key=lambda e: (str(e.type), match_key(e.name), e.id))
    return out


@LINKERS.register("linker.kb.v1")
def make_kb_linker(kb: KnowledgeBase | None = None) -> KBLinker:
    """Factory of ``linker.kb.v1`` (optionally with a custom knowledge base)."""
    return KBLinker(kb=kb)
