"""The curated knowledge base: states, places, organisations, news agencies and people.

Entries live in ``graphkit/data/kb/*.jsonl`` (one :class:`KBEntry` per line) with a
``VERSION`` file. Names and aliases are matched through :func:`graphkit.text.match_key`
(case and tone-mark placement unified, diacritics kept: "Hà" never matches "Hạ").

Rules for gazetteer scanning (the NER layer):

* :meth:`KnowledgeBase.gazetteer` keys are match keys; a hit should start with an
  upper-case letter or a digit in the text (so the pronoun "anh" never becomes the UK).
* ``KBEntry.compound_forms`` ("Trung", "Triều", "Hàn") name a state only inside a
  dash-joined pair ("quan hệ Mỹ - Trung"); they are kept out of every other lookup.
* Aliases listed in ``KBEntry.ambiguous_aliases`` (short names that are also ordinary
  words or common surnames: "Tập", "Lý", "Kim") are left out of the default gazetteer;
  they only resolve when a title or honorific precedes them (``Mention.role``).

References between entries (``roles[].of``, ``speaks_for``, ``country``) hold the
``kb_id`` of the target entry, or its ``name`` when the target has no ``kb_id``.

>>> kb = load_kb()
>>> kb.lookup("Liên bang Nga")[0].kb_id
'Q159'
>>> [e.name for e in kb.holders("Tổng thống", "Q142", dt.date(2022, 6, 1))]
['Emmanuel Macron']
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graphkit.errors import GraphkitError
from graphkit.linking.kb_titles import canonical_title, titles_for
from graphkit.models import entity_id
from graphkit.ontology import EntityType
from graphkit.resources import data_dir
from graphkit.text import match_key, normalize_text

log = logging.getLogger(__name__)

__all__ = ["KBEntry", "KBError", "KBRole", "KnowledgeBase", "default_kb_dir", "load_kb"]


class KBError(GraphkitError):
    """The knowledge base files are missing or malformed."""


class KBRole(BaseModel):
    """An office an entry held: canonical title, of which state or organisation, and when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(description="Canonical title (a key of kb_titles.TITLE_SYNONYMS).")
    of: str = Field(description="kb_id (or name, when it has none) of the state or organisation.")
    start: dt.date | None = None
    end: dt.date | None = Field(default=None, description="Last day in office; null while in office.")

    def active_on(self, day: dt.date) -> bool:
        """Whether the office was held on ``day`` (both ends inclusive; open ends unbounded)."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


class KBEntry(BaseModel):
    """One knowledge-base entry (a line of ``graphkit/data/kb/*.jsonl``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kb_id: str | None = Field(default=None, description="Wikidata QID, or null when not verified.")
    name: str = Field(description="Canonical Vietnamese display name.")
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    ambiguous_aliases: list[str] = Field(
        default_factory=list,
        description="Aliases that are ordinary words or common surnames: matched only after a title or honorific.",
    )
    compound_forms: list[str] = Field(
        default_factory=list,
        description='Short forms that name the entry only inside a dash-joined pair ("Triều" in "Mỹ - Triều").',
    )
    roles: list[KBRole] = Field(default_factory=list)
    speaks_for: str | None = Field(default=None, description="kb_id of the state this metonym speaks for.")
    country: str | None = Field(default=None, description="kb_id of the country the entry belongs to.")

    @property
    def id(self) -> str:
        """The graphkit entity id (``kb:<QID>`` or a hash of name + type)."""
        return entity_id(self.name, str(self.type), self.kb_id)

    @property
    def ref(self) -> str:
        """How other entries refer to this one: its kb_id, else its name."""
        return self.kb_id or self.name

    def surface_forms(self, include_ambiguous: bool = True) -> list[str]:
        """Name, aliases and (optionally) ambiguous aliases, in that order, without repeats."""
        forms = [self.name, *self.aliases]
        if include_ambiguous:
            forms += self.ambiguous_aliases
        seen: set[str] = set()
        out = []
        for form in forms:
            key = match_key(form)
            if key not in seen:
                seen.add(key)
                out.append(form)
        return out

    def is_ambiguous(self, surface: str) -> bool:
        """Whether ``surface`` is one of this entry's ambiguous aliases."""
        key = match_key(surface)
        return any(match_key(a) == key for a in self.ambiguous_aliases)


class KnowledgeBase:
    """Entries indexed by match key, by kb_id and graphkit id, and by held office.

    Parameters
    ----------
    entries : list of KBEntry
        The entries; references between them must resolve.
    version : str
        The data version (``graphkit/data/kb/VERSION``).
    """

    def __init__(self, entries: list[KBEntry], version: str = "0") -> None:
        self.version = version
        self._entries = list(entries)
        self._by_ref: dict[str, KBEntry] = {}
        self._by_id: dict[str, KBEntry] = {}
        self._by_key: dict[str, list[KBEntry]] = {}
        self._safe_keys: dict[str, list[KBEntry]] = {}
        self._compound: dict[str, list[KBEntry]] = {}
        for entry in self._entries:
            if entry.ref in self._by_ref:
                raise KBError(f"knowledge base: duplicate entry '{entry.ref}'")
            self._by_ref[entry.ref] = entry
            self._by_id[entry.id] = entry
            ambiguous = {match_key(a) for a in entry.ambiguous_aliases}
            for form in entry.surface_forms():
                key = match_key(form)
                self._by_key.setdefault(key, []).append(entry)
                if key not in ambiguous:
                    self._safe_keys.setdefault(key, []).append(entry)
            for form in entry.compound_forms:
                self._compound.setdefault(match_key(form), []).append(entry)
        for entry in self._entries:
            refs = [r.of for r in entry.roles] + [x for x in (entry.speaks_for, entry.country) if x]
            for ref in refs:
                if ref not in self._by_ref:
                    raise KBError(f"knowledge base: entry '{entry.name}' refers to unknown entry '{ref}'")
            for role in entry.roles:
                if canonical_title(role.title) != role.title:
                    raise KBError(f"knowledge base: entry '{entry.name}' has non-canonical title '{role.title}'")

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries)

    @property
    def entries(self) -> list[KBEntry]:
        """All entries, in file order."""
        return list(self._entries)

    def lookup(self, surface: str, include_ambiguous: bool = True) -> list[KBEntry]:
        """Entries whose name or an alias has the match key of ``surface``.

        Parameters
        ----------
        surface : str
            A name as written ("Liên bang Nga", "Zelenskiy", "Hoà Bình").
        include_ambiguous : bool
            Also match ambiguous aliases ("Tập"); pass ``False`` when no title or
            honorific precedes the name.

        Returns
        -------
        list of KBEntry
            Possibly empty; several entries when the surface is shared.
        """
        index = self._by_key if include_ambiguous else self._safe_keys
        return list(index.get(match_key(surface), ()))

    def gazetteer(self, include_ambiguous: bool = False) -> dict[str, list[KBEntry]]:
        """Match key → entries, for longest-match scanning of text.

        Ambiguous aliases are left out unless ``include_ambiguous`` is true.
        """
        index = self._by_key if include_ambiguous else self._safe_keys
        return {key: list(entries) for key, entries in index.items()}

    def compound_forms(self) -> dict[str, list[KBEntry]]:
        """Match key → entries, for the short forms used only in dash-joined pairs ("Nga - Triều").

        >>> [e.name for e in load_kb().compound_forms()["triều"]]
        ['Triều Tiên']
        """
        return {key: list(entries) for key, entries in self._compound.items()}

    def get(self, ref: str) -> KBEntry | None:
        """The entry with this kb_id (``Q159``), graphkit id (``kb:Q159``, ``e:…``) or reference name."""
        return self._by_ref.get(ref) or self._by_id.get(ref)

    def resolve(self, ref: str) -> KBEntry | None:
        """Like :meth:`get`, falling back to a unique name/alias lookup ("Pháp" → France)."""
        entry = self.get(ref)
        if entry is not None:
            return entry
        found = self.lookup(ref)
        if len(found) > 1:
            preferred = [e for e in found if e.type in (EntityType.COUNTRY, EntityType.ORGANIZATION)]
            found = preferred or found
        return found[0] if len(found) == 1 else None

    def holders(self, title: str, of: str, on: dt.date | None = None) -> list[KBEntry]:
        """People who held ``title`` of ``of`` on the date ``on`` (today when ``None``).

        Parameters
        ----------
        title : str
            A title or generic role word: "Tổng thống", "Bộ trưởng Ngoại giao",
            "nguyên thủ", "nhà lãnh đạo", "Người phát ngôn"…
        of : str
            The state or organisation: kb_id, graphkit id, or a name/alias ("Mỹ").
        on : datetime.date, optional
            The day; roles are compared inclusively.

        Returns
        -------
        list of KBEntry
            Usually one entry; empty when unknown, several when the KB cannot tell.
        """
        target = self.resolve(of)
        if target is None:
            return []
        day = on or dt.date.today()
        wanted = titles_for(title, target.kb_id)
        out = []
        for entry in self._entries:
            if any(r.of == target.ref and r.title in wanted and r.active_on(day) for r in entry.roles):
                out.append(entry)
        return out


def default_kb_dir() -> Path:
    """The directory of the bundled knowledge base."""
    return data_dir() / "kb"


def _read_entries(directory: Path) -> list[KBEntry]:
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise KBError(f"knowledge base: no *.jsonl files in {directory}")
    entries: list[KBEntry] = []
    for file in files:
        entries.extend(_read_file(file))
    return entries


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """Load a knowledge base directory (the bundled one, cached, when ``path`` is ``None``).

    Parameters
    ----------
    path : pathlib.Path, optional
        A directory of ``*.jsonl`` files (and an optional ``VERSION`` file), or one
        ``.jsonl`` file.

    Returns
    -------
    KnowledgeBase

    Raises
    ------
    KBError
        When the files are missing, a line is malformed, or a reference does not resolve.
    """
    if path is None:
        return _load_default()
    return _load(Path(path))


@cache
def _load_default() -> KnowledgeBase:
    return _load(default_kb_dir())


def _load(path: Path) -> KnowledgeBase:
    if path.is_file():
        directory = path.parent
        entries = _read_file(path)
    elif path.is_dir():
        directory = path
        entries = _read_entries(path)
    else:
        raise KBError(f"knowledge base not found: {path}")
    version_file = directory / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.is_file() else "0"
    kb = KnowledgeBase(entries, version=version)
    log.debug("loaded knowledge base %s: %d entries (version %s)", path, len(kb), version)
    return kb


def _read_file(file: Path) -> list[KBEntry]:
    tmp: list[KBEntry] = []
    with file.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                tmp.append(KBEntry.model_validate(json.loads(normalize_text(line))))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise KBError(f"knowledge base: {file.name}:{lineno}: {exc}") from exc
    return tmp
