"""Unicode helpers shared by every stage: NFC, invisible characters, matching keys.

Displayed text keeps its original spelling; *matching keys* additionally unify case and
the old/new placement of Vietnamese tone marks ("hoà"/"hòa", "thuỷ"/"thủy"). Diacritics
are never stripped: "Hà" and "Hạ" have different keys.

>>> match_key("Hoà  Bình") == match_key("hòa bình")
True
>>> match_key("Thuỷ") == match_key("thủy")
True
>>> match_key("Hà") == match_key("Hạ")
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks: grave, acute, tilde, hook above, dot below.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED = set("ăâêôơư")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_text(text: str) -> str:
    """NFC, no zero-width characters or soft hyphens, every exotic space a plain space."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=65536)
def _place_tone(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return syllable
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    low = base.lower()
    idx = [i for i, c in enumerate(low) if c in _VOWELS]
    if not idx:
        return syllable
    # "qu" and "gi" + vowel: the u / i belongs to the initial consonant.
    if len(idx) > 1 and idx[0] == 1 and low[0] in "qg" and low[1] in ("u" if low[0] == "q" else "i"):
        idx = idx[1:]
    # keep only the first contiguous vowel run
    run = [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            break
    cluster = "".join(low[i] for i in run)
    modified = [i for i in run if low[i] in _MODIFIED]
    has_final = run[-1] < len(low) - 1
    if modified:
        pos = modified[-1]
    elif has_final or len(run) == 1:
        pos = run[-1]
    elif cluster in ("oa", "oe", "uy") or len(run) == 3:
        pos = run[1]
    else:
        pos = run[0]
    return unicodedata.normalize("NFC", base[: pos + 1] + tones[0] + base[pos + 1 :])


def unify_tones(text: str) -> str:
    """Move every syllable's tone mark to one standard position (for keys, not display)."""
    return _WORD.sub(lambda m: _place_tone(m.group(0)), unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The key under which two spellings of one name match (case, spaces, tone placement)."""
    text = _WS.sub(" ", normalize_text(text)).strip().casefold()
    return unify_tones(text)
