"""Decoding: BOMs, UTF-16, binary data, legacy Vietnamese encodings, NFC."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from graphkit.ingest import ingest
from graphkit.ingest.decode import DecodeError, decode_bytes, legacy_encoding
from graphkit.models import RawSource

TEXT = "Thủ tướng Việt Nam tiếp Đại sứ Hàn Quốc tại Hà Nội.\nHai bên bàn về hợp tác đầu tư."

# Our own sentences, typed as their legacy bytes look under Windows-1252.
TCVN3_LOOK = "Thñ t­íng ViÖt Nam tiÕp §¹i sø Hµn Quèc t¹i Hµ Néi. Hai bªn bµn vÒ hîp t¸c ®Çu t­."
VNI_LOOK = "Thuû töôùng Vieät Nam tieáp Ñaïi söù Haøn Quoác taïi Haø Noäi. Hai beân baøn veà hôïp taùc ñaàu tö."


def _raw(data: bytes, kind: str = "txt") -> RawSource:
    return RawSource(name="bai.txt", doc_id="bai", kind=kind, data=data)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native", "utf16le-nobom", "utf32"],
)
def test_decode_reads_unicode_encodings(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_decode_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Hà Nội")
    assert decomposed != "Hà Nội"
    assert decode_bytes(decomposed.encode("utf-8")) == "Hà Nội"


def test_ingest_makes_document_text_nfc() -> None:
    data = unicodedata.normalize("NFD", "Tiêu đề\nĐoàn đại biểu tới Hà Nội hôm qua.").encode("utf-8")
    doc = ingest(_raw(data)).documents[0]
    assert doc.title == "Tiêu đề"
    assert "Hà Nội" in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (TCVN3_LOOK.encode("cp1252"), "TCVN3 (ABC)"),
        (TCVN3_LOOK.encode("utf-8"), "TCVN3 (ABC)"),
        (VNI_LOOK.encode("cp1252"), "VNI"),
        (VNI_LOOK.encode("utf-8"), "VNI"),
    ],
    ids=["tcvn3-bytes", "tcvn3-as-utf8", "vni-bytes", "vni-as-utf8"],
)
def test_decode_names_legacy_encoding(data: bytes, needle: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, "cu.txt")
    message = str(info.value)
    assert f"legacy {needle} encoding" in message
    assert "convert it to UTF-8 first" in message
    assert message.startswith("cu.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TCVN3_LOOK, "TCVN3 (ABC)"),
        (VNI_LOOK, "VNI"),
        (TEXT, None),
        ("Tờ «Nhân Dân» đưa tin: Đoàn đại biểu đã tới nơi lúc 9h30.", None),
        ("Plain ASCII text about NATO and the EU.", None),
        ("Le président français a rencontré le chancelier à Berlin.", None),
    ],
)
def test_legacy_encoding_detection(text: str, expected: str | None) -> None:
    assert legacy_encoding(text) == expected


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks as separate combining bytes."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def test_decode_names_windows_1258() -> None:
    with pytest.raises(DecodeError, match="Windows-1258"):
        decode_bytes(_cp1258(TEXT))


def test_decode_repairs_utf8_read_as_cp1252() -> None:
    garbled = "Hội nghị thượng đỉnh".encode().decode("cp1252", errors="strict").encode("utf-8")
    assert decode_bytes(garbled) == "Hội nghị thượng đỉnh"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    ],
    ids=["png", "all-bytes", "zip"],
)
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary data"):
        decode_bytes(data, "anh.png")


def test_decode_invalid_utf8_names_offset() -> None:
    with pytest.raises(DecodeError, match=r"not valid UTF-8 \(byte 0xff at offset 4\)"):
        decode_bytes(b"abcd\xff efgh")


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00", TCVN3_LOOK.encode("cp1252"), VNI_LOOK.encode("cp1252")],
)
def test_ingest_turns_decode_failure_into_error_record(data: bytes) -> None:
    result = ingest(_raw(data))
    assert result.documents == []
    assert len(result.errors) == 1
    err = result.errors[0]
    assert err.stage == "decode"
    assert err.input == "bai.txt"
    assert err.message


def test_html_declared_charset_is_used_when_not_utf8() -> None:
    from graphkit.ingest.decode import decode_html

    html = '<html><head><meta charset="windows-1258"></head><body><p>{}</p></body></html>'
    data = html.encode("ascii").replace(b"{}", _cp1258("Thủ tướng tới Hà Nội."))
    assert "Thủ tướng tới Hà Nội." in decode_html(data)
    with pytest.raises(DecodeError):
        decode_html(b"<html><body>\xff\xfe\xfa broken</body></html>")
