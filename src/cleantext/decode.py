"""Bytes to text: byte-order mark, UTF-8, declared charset, then a detector; never a crash.

The order is the browser's, with one change: strict UTF-8 is tried before the declared
charset, because a page that decodes as UTF-8 is UTF-8 whatever its ``<meta>`` says
(declarations are often stale), and UTF-8 never succeeds by accident on non-ASCII text.
No page is decoded to replacement characters while some decoding reads it whole: a
mostly-UTF-8 page with a few Windows-1252 bytes (a pasted quote) keeps both.
"""

from __future__ import annotations

import codecs
import re

BOMS = (  # byte-order marks, longest first, and the codec each names
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.I,
)
# Labels that browsers read as another encoding (WHATWG Encoding Standard): Latin-1 and
# ASCII pages are decoded as Windows-1252, whose 0x80-0x9F bytes are curly quotes and
# dashes, not control characters.
_ALIASES = {
    "latin_1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
_HIGH_BYTES = bytes(range(0x80, 0x100))
DETECT_BYTES = 200_000  # the detector reads this much of a page at most


def _codec(name: str) -> str | None:
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return _ALIASES.get(found, found)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if Python knows it.

    >>> declared_charset(b'<meta charset="ISO-8859-1">')
    'cp1252'
    """
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    return _codec(name)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read an undecodable byte as Windows-1252 (Latin-1 if undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error("cleantext.cp1252", _cp1252_fallback)


def _invalid_utf8_share(data: bytes) -> float:
    """The share of non-ASCII bytes that are not part of valid UTF-8 sequences."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not high:
        return 0.0
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") / high


def _detect(data: bytes) -> str | None:
    """charset_normalizer's best guess, or None; the detector never takes a page down."""
    try:
        from charset_normalizer import from_bytes

        results = from_bytes(data[:DETECT_BYTES])
        best = results.best()
        if best is None or not best.encoding:
            return None
        # On a tie, the web's most common single-byte charset wins (French text reads
        # equally well as Windows-1250 to the detector, "è" turning into "č").
        tied = {
            m.encoding for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)
        }
    except Exception:
        return None
    return _codec("cp1252" if "cp1252" in tied else best.encoding)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> str:
    """Decode ``data`` the way a careful browser would.

    Order: a byte-order mark; strict UTF-8; the declared charset; a page that is UTF-8
    but for a few stray bytes (those read as Windows-1252); charset_normalizer's guess;
    Windows-1252 with Latin-1 for its undefined bytes (which decodes any byte string).
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        text = _strict(data, declared)
        if text is not None:
            return text
    if _invalid_utf8_share(data) < 0.1:
        return data.decode("utf-8", errors="cleantext.cp1252")
    guess = _detect(data)
    if guess:
        text = _strict(data, guess)
        if text is not None:
            return text
    return data.decode("cp1252", errors="cleantext.cp1252")
