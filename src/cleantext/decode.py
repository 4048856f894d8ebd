"""Bytes to text: byte-order mark, UTF-8, declared charset, then a detector; never a crash.

The order is the browser's, with one change: strict UTF-8 is tried before the declared
charset, because a page that decodes as UTF-8 is UTF-8 whatever its ``<meta>`` says
(declarations are often stale), and UTF-8 never succeeds by accident on non-ASCII text.
No page is decoded to replacement characters while some decoding reads it whole: a
mostly-UTF-8 page with a few stray bytes (a pasted Windows-1252 quote) stays UTF-8, and
only the stray bytes are read as Windows-1252. Single-byte text is read as Windows-1252
unless the detector finds another code page clearly reads it better.
"""

from __future__ import annotations

import codecs
import functools
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


WESTERN_MARGIN = 0.02  # how much less chaotic another code page must read to beat cp1252
# Shift-JIS reads many single-byte code pages (KOI8-R above all) as half-width katakana,
# which real Japanese text uses sparingly: a reading made mostly of them is not believed.
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_SHIFT_JIS = ("shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932")


def stray_utf8(data: bytes) -> int | None:
    """The number of stray (invalid) byte runs in mostly-UTF-8 ``data``; None when it is
    not mostly UTF-8.

    Mostly UTF-8 means at least as many valid multi-byte characters as stray runs: text in
    a single-byte or East Asian code page almost never forms valid UTF-8 sequences, while
    a UTF-8 page with a pasted quote has far more good characters than bad bytes.
    """
    if len(data) == len(data.translate(None, _HIGH_BYTES)):
        return 0
    text = data[:DETECT_BYTES].decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data[:DETECT_BYTES].count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return bad if good > 0 and bad <= good else None


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte-order mark (its
    NUL bytes all on one side of each pair, as Latin and Cyrillic text puts them)."""
    sample = data[: 8192 - 8192 % 2]
    if len(sample) < 8 or len(data) % 2 or b"\x00" not in sample:
        return None
    pairs = len(sample) // 2
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    name = "utf-16-le" if odd >= 0.2 and even <= 0.02 else None
    name = "utf-16-be" if even >= 0.2 and odd <= 0.02 else name
    if name is None or _strict(data, name) is None:
        return None
    return name


@functools.lru_cache(maxsize=64)
def _single_byte(name: str) -> bool:
    try:
        return len(bytes(range(256)).decode(name, errors="replace")) == 256
    except LookupError:
        return False


def _mostly_kana(text: str) -> bool:
    wide = sum(1 for ch in text if ch > "\x7f")
    return bool(wide) and len(_HALFWIDTH_KANA.findall(text)) > 0.5 * wide


def detect(data: bytes) -> str | None:
    """The code page of ``data`` (not UTF-8), or None; the detector never takes a page down.

    charset_normalizer guesses; for single-byte text Windows-1252, the web's most common
    code page, wins unless the guess reads the bytes clearly better (less chaos by
    ``WESTERN_MARGIN``): Latin-1 "Zoë Müller, café" reads as well in Windows-1250 or
    -1257, which would turn it into "Zoļ M³ller, cafķ".
    """
    sample = data[:DETECT_BYTES]
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio

        best = from_bytes(sample).best()
        if best is not None and best.encoding in _SHIFT_JIS and _mostly_kana(str(best)):
            best = from_bytes(sample, cp_exclusion=list(_SHIFT_JIS)).best()
        if best is None or not best.encoding:
            return None
        guess = _codec(best.encoding)
        if guess is None or guess == "cp1252" or not _single_byte(guess):
            return guess
        western = _strict(sample, "cp1252")
        if western is not None and mess_ratio(western, 1.0) <= best.chaos + WESTERN_MARGIN:
            return "cp1252"
    except Exception:
        return None
    return guess


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> str:
    """Decode ``data`` the way a careful browser would.

    Order: a byte-order mark; UTF-16 without one; strict UTF-8; the declared charset; a
    page that is UTF-8 but for a few stray bytes (those read as Windows-1252); the
    detected code page (:func:`detect`); Windows-1252 with Latin-1 for its undefined
    bytes (which decodes any byte string).
    """
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, str | None]:
    """:func:`decode`, and a note on how it read bytes that are not plain UTF-8 (None
    for UTF-8, with or without its byte-order mark)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            note = None if name == "utf-8" else f"decoded as {name.upper()} (byte-order mark)"
            return data[len(bom) :].decode(name, errors="replace"), note
    wide = utf16_without_bom(data)
    if wide:
        return data.decode(wide), f"decoded as {wide.upper()} (no byte-order mark)"
    text = _strict(data, "utf-8")
    if text is not None:
        return text, None
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        text = _strict(data, declared)
        if text is not None:
            return text, f"decoded as {declared} (declared)"
    stray = stray_utf8(data)
    if stray:
        note = (
            f"decoded as UTF-8; {stray} stray byte{'s' if stray != 1 else ''} read as Windows-1252"
        )
        return data.decode("utf-8", errors="cleantext.cp1252"), note
    guess = detect(data)
    if guess:
        text = _strict(data, guess)
        if text is not None:
            return text, f"decoded as {guess} (detected)"
    return data.decode("cp1252", errors="cleantext.cp1252"), "decoded as cp1252 (a guess)"
