"""Reading and cleaning articles: sources → decoded text → cleaned ``Document`` records.

``iter_sources`` does the I/O; ``ingest`` is pure and turns one ``RawSource`` into
documents and error records.
"""

from graphkit.ingest.clean import CleanResult, clean_text
from graphkit.ingest.decode import DecodeError, decode_bytes, legacy_encoding
from graphkit.ingest.parse import content_id, ingest
from graphkit.ingest.sentences import split_sentences
from graphkit.ingest.sources import guess_kind, iter_sources

__all__ = [
    "CleanResult",
    "DecodeError",
    "clean_text",
    "content_id",
    "decode_bytes",
    "guess_kind",
    "ingest",
    "iter_sources",
    "legacy_encoding",
    "split_sentences",
]
