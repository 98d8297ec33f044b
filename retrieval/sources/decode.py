"""Bytes to text, refusing what is empty, binary or not in the encoding it claims.

A wrongly decoded file would store mojibake that no question ever matches, so undecodable input
is refused with a reason instead of being read with replacement characters.
"""

from __future__ import annotations

import codecs
import re

from retrieval.errors import BadInput

_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _check_not_empty_or_binary(data: bytes, where: str) -> None:
    if not data.strip():
        raise BadInput(f"{where}: is empty")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head and not _has_utf16_bom(head):
        raise BadInput(f"{where}: looks like a binary file, not text")


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise BadInput(f"{where}: not valid {encoding} text (byte {err.start})") from None


def _has_utf16_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (a BOM is allowed), or UTF-16 when it starts with a BOM."""
    _check_not_empty_or_binary(data, where)
    return _decode(data, "utf-16" if _has_utf16_bom(data) else "utf-8-sig", where)


def decode_html(data: bytes, where: str, charset: str = "") -> str:
    """HTML in the charset given by the server or by its own <meta>, else UTF-8."""
    _check_not_empty_or_binary(data, where)
    if _has_utf16_bom(data):
        return _decode(data, "utf-16", where)
    if not charset:
        match = _META_CHARSET.search(data[:_SNIFF_BYTES])
        charset = match.group(1).decode("ascii") if match else ""
    try:
        encoding = codecs.lookup(charset).name if charset else "utf-8-sig"
    except LookupError:
        encoding = "utf-8-sig"  # an unknown label: UTF-8 is what the page most likely is
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    return _decode(data, encoding, where)
