"""Reading inputs: bytes -> text (decode) and paths/stdin -> RawPage (readers)."""

from warta.io.decode import DecodedText, decode_bytes
from warta.io.readers import RawPage, ReadFailure, iter_input_paths, read_pages, sniff_format

__all__ = [
    "DecodedText",
    "RawPage",
    "ReadFailure",
    "decode_bytes",
    "iter_input_paths",
    "read_pages",
    "sniff_format",
]
