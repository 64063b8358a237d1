"""Bytes to text: BOMs, UTF-16, binary input and legacy Vietnamese encodings.

Vietnamese text from before Unicode was common in two 8-bit encodings, TCVN3 (ABC) and
VNI. Both decode "successfully" as Windows-1252, into letters mixed with symbols
("Hµ Néi", "Haø Noäi"), so such input is recognised and refused with a message that
says what to do, instead of being passed on as garbage.
"""

from __future__ import annotations

import codecs
import logging
import re

from graphkit.errors import InputError
from graphkit.text import normalize_text

__all__ = ["DecodeError", "decode_bytes", "decode_html", "legacy_encoding"]

log = logging.getLogger(__name__)


class DecodeError(InputError):
    """The bytes of an input are not text graphkit can read."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that TCVN3 bytes become under Windows-1252/Latin-1: tone-marked vowels
# (µ ¸ ¶ · ¹ …), ă â ê ô ơ ư đ (¨ © ª « ¬ ­ ®) and the capitals (¡ ¢ £ ¤ ¥ ¦ §).
_TCVN3_MARKS = set("µ¸¶·¹¨©ª«¬®¡¢£¤¥¦§¼½¾Æ×ØÞßæçîïðñòóöøûþÿ")
# VNI writes a base letter followed by a diacritic byte: a+ù = á, e+ä = ệ, o+ø = ò…
_VNI_PAIR = re.compile(r"[AEIOUYaeiouy][ùøûõïâêôäöëåìíòóú]|[Dd]ñ|ñ[aeiouy]|Ñ[aeiouyAEIOUY]")
# Letters that occur in Unicode Vietnamese; anything else in Latin-1 inside a word is suspect.
_VI_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_VI_UNICODE = re.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
_WORDISH = re.compile(r"[A-Za-z\u00a1-\u00ff]+")
# UTF-8 read as Windows-1252 and saved again: "Viá»‡t", "Ä‘", "Ã¡".
_MOJIBAKE = re.compile(
    r"(?:á[º»]|[ÃÄÆÅ])"
    r"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def legacy_encoding(text: str) -> str | None:
    """Name the legacy Vietnamese encoding that ``text`` (decoded as Latin-1/cp1252) shows.

    Parameters
    ----------
    text : str
        Text decoded with a single-byte Western codec (or a file that was converted
        from one without knowing it was Vietnamese).

    Returns
    -------
    str or None
        ``"TCVN3 (ABC)"``, ``"VNI"`` or None when the text does not look like either.

    Examples
    --------
    >>> legacy_encoding("Hµ Néi lµ thñ ®« cña ViÖt Nam")
    'TCVN3 (ABC)'
    >>> legacy_encoding("Haø Noäi laø thuû ñoâ cuûa Vieät Nam")
    'VNI'
    >>> legacy_encoding("Hà Nội là thủ đô của Việt Nam") is None
    True
    """
    words = _WORDISH.findall(text)
    if not words:
        return None
    if len(_VI_UNICODE.findall(text)) > 0.002 * len(text):
        return None  # real Unicode Vietnamese ("ơ", "ư", "đ", "ệ"…) cannot come out of a single-byte codec
    odd_words = [w for w in words if any(c not in _VI_LATIN1 and c > "\u00a0" and c <= "\u00ff" for c in w)]
    n_letters = sum(len(w) for w in words)
    if len(odd_words) < 2 or len(odd_words) < 0.05 * len(words):
        return None
    vni = sum(len(_VNI_PAIR.findall(w)) for w in words)
    tcvn = sum(1 for w in words for c in w if c in _TCVN3_MARKS)
    if vni >= 3 and vni >= tcvn:
        return "VNI"
    if tcvn >= 3 or tcvn > 0.01 * n_letters:
        return "TCVN3 (ABC)"
    return None


def _looks_cp1258(data: bytes) -> bool:
    text = normalize_text(data.decode("cp1258", errors="replace"))
    letters = sum(1 for c in text if c.isalpha())
    vietnamese = len(_VI_UNICODE.findall(text))
    leftover = sum(1 for c in text if "\u0300" <= c <= "\u036f")
    return letters > 0 and vietnamese > 0.03 * letters and leftover <= 0.1 * vietnamese


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _legacy_error(name: str, encoding: str) -> DecodeError:
    return DecodeError(f"{name}: looks like legacy {encoding} encoding; convert it to UTF-8 first")


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode the bytes of one input to NFC text.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read; UTF-16 without a BOM is
    recognised from its NUL pattern. UTF-8 that was once decoded as Windows-1252
    ("Viá»‡t") is repaired when the round trip is exact.

    Parameters
    ----------
    data : bytes
        The raw bytes.
    name : str
        Display name of the input, used in error messages.

    Returns
    -------
    str
        The text, normalised with :func:`graphkit.text.normalize_text`.

    Raises
    ------
    DecodeError
        Binary data, legacy TCVN3/VNI text, or bytes that are not UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"{name}: has a {encoding.upper()} byte-order mark but is not valid {encoding}: {exc.reason}"
                ) from None
    if b"\x00" in data:
        encoding = _looks_utf16(data)
        if encoding is None:
            raise DecodeError(f"{name}: binary data (NUL bytes), not a text file")
        try:
            return normalize_text(data.decode(encoding))
        except UnicodeDecodeError:
            raise DecodeError(f"{name}: binary data (NUL bytes), not a text file") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        latin = data.decode("cp1252", errors="replace")
        legacy = "Windows-1258" if _looks_cp1258(data) else legacy_encoding(latin)
        if legacy:
            raise _legacy_error(name, legacy) from None
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"{name}: not valid UTF-8 (byte 0x{bad} at offset {exc.start}); save the file as UTF-8"
        ) from None
    mojibake = len(_MOJIBAKE.findall(text))
    if mojibake:
        try:
            repaired = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            repaired = None
        if repaired is None and mojibake >= 3:
            raise DecodeError(
                f"{name}: looks like UTF-8 text that was decoded as Windows-1252 (mojibake such as 'Ã¡'); "
                "re-save it from the original UTF-8"
            )
        if repaired is not None:
            log.warning("%s: repaired UTF-8 text that had been decoded as Windows-1252", name)
            text = repaired
    legacy = legacy_encoding(text)
    if legacy:
        raise _legacy_error(name, legacy)
    return normalize_text(text)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, name: str = "<input>") -> str:
    """Decode an HTML page: as :func:`decode_bytes`, then by its declared ``<meta charset>``.

    >>> decode_html(b'<meta charset="windows-1252"><p>Caf\\xe9</p>')
    '<meta charset="windows-1252"><p>Café</p>'
    """
    try:
        return decode_bytes(data, name)
    except DecodeError:
        m = _META_CHARSET.search(data[:4096])
        if not m:
            raise
        charset = m.group(1).decode("ascii").lower()
        try:
            codecs.lookup(charset)
        except LookupError:
            raise DecodeError(f"{name}: declares unknown charset '{charset}'") from None
        if charset.replace("-", "").replace("_", "") in {"utf8", "utf16", "utf32"}:
            raise
        text = normalize_text(data.decode(charset, errors="replace"))
        legacy = legacy_encoding(text)
        if legacy:
            raise _legacy_error(name, legacy) from None
        return text
