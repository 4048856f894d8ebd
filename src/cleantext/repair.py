"""Text repairs made before segmentation: mojibake, invisible characters, glued text.

Each repair is a small pure function; :func:`repair` runs them in order. The expensive
one (ftfy) runs only where a cheap check finds the marks of mis-decoded text.
"""

from __future__ import annotations

import re

import regex

# Sequences that UTF-8 read as cp1252 or Latin-1 leaves behind ("â€™", "Ã©", "Ã¼", "Â ").
# Read as Latin-1, a three-byte character's continuation bytes are C1 controls or
# Latin-1 signs ("â\x80\x99" for "’"): nothing a word of a real language puts after "â".
_MOJIBAKE = re.compile(
    r"[ÂÃ][\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u203a™œ]|â[\u0080-\u00bf]{2}"
    r"|Ð[\u0080-\u00bf]|Ñ[\u0080-\u00bf]"
)
_MOJIBAKE_LEADS = "ÂÃâÐÑ"  # what every match of _MOJIBAKE starts with
# C0/C1 controls except tab and newline, and invisible format characters that only
# break words apart (zero-width space, word joiner, BOM, soft hyphen). Classes of code
# points only, so the standard library's engine (faster on whole pages) reads them alike.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Lone surrogates (text decoded with "surrogateescape") cannot be encoded: mark them as
# undecodable, the way decoding bytes with errors="replace" does.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Any of the three: most pages have none, and one scan then settles it.
_ANY_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\u00ad"
    r"\u00a0\u2000-\u200a\u202f\u205f\u3000\ud800-\udfff]"
)
# A date glued to the sentence that follows it: "April 8, 2025The Soyuz" (embedded posts,
# datelines and captions lose their line break in careless dumps).
_GLUED_DATE = regex.compile(r"(?<=\b\d{1,2},?\s(?:19|20)\d\d)(?=\p{Lu}\p{Ll})")


def needs_unmojibake(text: str) -> bool:
    """Cheap check: does ``text`` carry marks of UTF-8 decoded as a single-byte charset?

    >>> needs_unmojibake("donâ€™t"), needs_unmojibake("don’t")
    (True, False)
    """
    # Each mark starts with one of a few letters: most pages hold none, and a plain
    # substring scan per letter is far cheaper than the pattern.
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return False
    return _MOJIBAKE.search(text) is not None


def fix_mojibake(text: str) -> str:
    """Undo mis-decoding with ftfy: ``"donâ€™t"`` -> ``"don’t"``.

    Only the lines the cheap check flags go through ftfy (about 1.5 MB/s); the others
    are left exactly as they were.
    """
    import ftfy

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            lines[i] = ftfy.fix_text(
                line, unescape_html=False, normalization="NFC", uncurl_quotes=False
            )
    return "\n".join(lines)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF: ``"a\\r\\nb\\rc"`` -> ``"a\\nb\\nc"``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def has_invisible(text: str) -> bool:
    """Would :func:`remove_invisible` change ``text``?"""
    return _ANY_INVISIBLE.search(text) is not None


def mark_surrogates(text: str) -> str:
    """Lone surrogates as U+FFFD: text that every encoder takes."""
    return _SURROGATE.sub("\ufffd", text)


def remove_invisible(text: str) -> str:
    """Drop control and zero-width characters; turn exotic spaces into plain ones, lone surrogates into U+FFFD."""
    if not has_invisible(text):
        return text
    text = _INVISIBLE.sub("", mark_surrogates(text))
    return _SPACES.sub(" ", text)


def split_glued(text: str) -> str:
    """Split a date glued to the next sentence: ``"April 8, 2025The"`` -> ``"April 8, 2025\\nThe"``."""
    return str(_GLUED_DATE.sub("\n", text))


def repair(text: str, *, mojibake: bool = True, glued: bool = True) -> str:
    """All repairs, cheapest first."""
    return repair_lines(text, mojibake=mojibake, glued=glued)[0]


def repair_lines(
    text: str, *, mojibake: bool = True, glued: bool = True
) -> tuple[str, list[int] | None]:
    """:func:`repair`, and for each line of the result the 0-based line of ``text`` it
    stands on (lines end at LF, CRLF or CR); None when the lines are the same.

    Only a glued date adds lines: ``"April 8, 2025The Soyuz"`` is two lines of one.
    """
    text = normalize_newlines(text)
    if mojibake and needs_unmojibake(text):
        text = fix_mojibake(text)
    text = remove_invisible(text)
    if not glued:
        return text, None
    breaks = [m.start() for m in _GLUED_DATE.finditer(text)]
    if not breaks:
        return text, None
    origin, line, at = [0], 0, 0
    for position in breaks:
        line += text.count("\n", at, position)
        origin.extend(range(origin[-1] + 1, line + 1))
        origin.append(line)
        at = position
    origin.extend(range(origin[-1] + 1, line + text.count("\n", at) + 1))
    return split_glued(text), origin
