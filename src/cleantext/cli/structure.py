"""Markdown structure the fixer keeps as written: code blocks, tables, headings, lists, quotes.

The fixer removes whole lines and writes the others back byte for byte; what it must not
do is break a construct that spans lines or carries syntax. :func:`units` finds them in
the lines of a file. In every file a fenced code block is never touched, and a table or a
block quote goes whole or stays whole (its delimiter row, its fences are never lost
alone). In a Markdown file (``markdown=True``) headings, list items, quotes and tables are
never removed either: the file is a document, and its structure is the author's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_DELIMITER = re.compile(
    r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^ {0,3}\|\s*:?-+:?\s*\|\s*$"
)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,9}[.)])\s+\S")
_QUOTE = re.compile(r"^ {0,3}>")

#: File name endings read as Markdown.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext")


@dataclass(frozen=True)
class Unit:
    """Lines ``start`` to ``end`` (0-based, inclusive) that go or stay together.

    ``kind`` is ``"code"``, ``"table"``, ``"quote"``, ``"heading"`` or ``"item"``;
    ``fixed`` units are never removed, the others only as a whole.
    """

    kind: str
    start: int
    end: int
    fixed: bool


def _fence_end(lines: list[str], start: int, marker: str) -> int:
    """The line closing the fence opened at ``start`` (the last line if it never closes)."""
    char, width = marker[0], len(marker)
    closing = re.compile(rf"^ {{0,3}}{re.escape(char)}{{{width},}}\s*$")
    for i in range(start + 1, len(lines)):
        if closing.match(lines[i]):
            return i
    return len(lines) - 1


def units(lines: list[str], *, markdown: bool) -> list[Unit]:
    """The multi-line constructs of ``lines`` and, in Markdown, the lines that carry syntax."""
    found: list[Unit] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        m = _FENCE.match(line)
        if m:
            end = _fence_end(lines, i, m.group(1))
            found.append(Unit("code", i, end, fixed=True))
            i = end + 1
            continue
        if "|" in line and i + 1 < n and _TABLE_DELIMITER.match(lines[i + 1]):
            end = i + 1
            while end + 1 < n and "|" in lines[end + 1] and lines[end + 1].strip():
                end += 1
            found.append(Unit("table", i, end, fixed=markdown))
            i = end + 1
            continue
        if _QUOTE.match(line):
            end = i
            while end + 1 < n and lines[end + 1].strip() and _QUOTE.match(lines[end + 1]):
                end += 1
            found.append(Unit("quote", i, end, fixed=markdown))
            i = end + 1
            continue
        if markdown:
            if _HEADING.match(line):
                found.append(Unit("heading", i, i, fixed=True))
            elif line.strip() and i + 1 < n and _SETEXT.match(lines[i + 1]):
                found.append(Unit("heading", i, i + 1, fixed=True))
                i += 2
                continue
            elif _ITEM.match(line):
                found.append(Unit("item", i, i, fixed=True))
        i += 1
    return found


def protect(lines: list[str], drop: set[int], *, markdown: bool) -> tuple[set[int], int]:
    """``drop`` (0-based lines to remove) less what would break a construct, and how many
    lines were kept for that reason."""
    kept = 0
    result = set(drop)
    for unit in units(lines, markdown=markdown):
        span = range(unit.start, unit.end + 1)
        wanted = [j for j in span if j in result]
        if not wanted:
            continue
        content = [j for j in span if lines[j].strip()]
        if unit.fixed or any(j not in result for j in content):
            result.difference_update(span)
            kept += len(wanted)
    return result, kept


def covered(lines: list[str], *, markdown: bool) -> set[int]:
    """Every line (0-based) inside a construct: none of them is ever cut in part."""
    return {j for unit in units(lines, markdown=markdown) for j in range(unit.start, unit.end + 1)}
