"""Kept blocks to the output: the plain body, the blocks with their structure, Markdown.

The body is plain text: one blank line between paragraphs, list items one per line, a
table's rows as lines of their own with cells joined by ``" | "``. Each kept block is
one line of it. :func:`parts` groups the same blocks into the article's structure
(:class:`~cleantext.document.Part`: headings by level, list items by nesting, tables
with their rows, quotes, code whitespace-exact) and :func:`markdown` writes that as
CommonMark with GitHub's pipe tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import regex

from cleantext.blocks import HEADING, ITEM, Block
from cleantext.document import CODE, PARAGRAPH, QUOTE, TABLE, Part
from cleantext.document import HEADING as HEADING_PART
from cleantext.document import ITEM as ITEM_PART

_MARKUP_BULLETS = "*+o"  # markdown and inscriptis bullets, shown as "•"
# A typographic bullet that opens a paragraph's text.
_TYPED_BULLET = regex.compile(r"^[•·▪◦‣●■□►▶–]\s+(?=\S)")


def item_prefix(block: Block) -> str:
    """``"• "`` for a markup bullet; any other bullet or number (``"1."``) as written."""
    if block.bullet in _MARKUP_BULLETS:
        return "• "
    return f"{block.bullet} "


def _separator(previous: Block | None, block: Block) -> str:
    """What goes between two kept blocks: a line break between list items and between the
    rows of one table, else a blank line."""
    if previous is None:
        return "\n\n"
    if block.kind == ITEM and previous.kind == ITEM:
        return "\n"
    if block.cells and previous.group == block.group:
        return "\n"
    return "\n\n"


def line(block: Block) -> str:
    """The line of the body that ``block`` is."""
    return item_prefix(block) + block.text if block.kind == ITEM else block.text


def body(blocks: Iterable[Block]) -> str:
    """Join kept blocks; consecutive list items, and the rows of a table, stay on
    consecutive lines."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        parts.append(_separator(previous, block) + line(block) if parts else line(block))
        previous = block
    return "".join(parts)


def origins(blocks: Iterable[Block]) -> list[int]:
    """For each line of :func:`body`, the ``line`` of the block it shows (-1: a blank line)."""
    out: list[int] = []
    previous: Block | None = None
    for block in blocks:
        if out and _separator(previous, block) == "\n\n":
            out.append(-1)
        out.append(block.line)
        previous = block
    return out


# -- structure -----------------------------------------------------------------------------
def _ordered(bullet: str) -> bool:
    return bullet[:1].isdigit()


def parts(blocks: Sequence[Block]) -> list[Part]:
    """The kept blocks as the article's structure, in order.

    Rows of one table (one ``group``) become one table part, lines of one code block one
    code part; a list item's ``level`` is its nesting among the items around it (by
    indent), a quote's its depth.
    """
    out: list[Part] = []
    indents: list[int] = []  # the indents of the open list levels
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind != ITEM:
            indents = []
        if block.group and (block.cells or block.code is not None):
            j = i
            while j < len(blocks) and blocks[j].group == block.group:
                j += 1
            run = blocks[i:j]
            lines = tuple(line(b) for b in run)
            images = tuple(image for b in run for image in b.images)
            if block.code is not None:
                text = "\n".join(b.code or "" for b in run).strip("\n")
                out.append(Part(CODE, text, lines=lines, images=images))
            else:
                rows = tuple(b.cells for b in run if any(b.cells))
                out.append(
                    Part(
                        TABLE,
                        "\n".join(lines),
                        rows=rows,
                        header=run[0].header,
                        lines=lines,
                        images=images,
                    )
                )
            i = j
            continue
        if block.code is not None:
            out.append(Part(CODE, block.code.strip("\n"), lines=(line(block),)))
        elif block.kind == HEADING:
            out.append(
                Part(
                    HEADING_PART,
                    block.text,
                    level=block.level or 2,
                    lines=(block.text,),
                    links=block.anchors,
                )
            )
        elif block.kind == ITEM:
            while indents and indents[-1] > block.indent:
                indents.pop()
            if not indents or block.indent > indents[-1]:
                indents.append(block.indent)
            out.append(
                Part(
                    ITEM_PART,
                    block.text,
                    level=len(indents) - 1,
                    ordered=_ordered(block.bullet),
                    lines=(line(block),),
                    links=block.anchors,
                )
            )
        elif block.quote:
            out.append(
                Part(QUOTE, block.text, level=block.quote, lines=(block.text,), links=block.anchors)
            )
        elif m := _TYPED_BULLET.match(block.text):  # "<p>• Free shipping</p>": an item
            item = block.text[m.end() :]
            out.append(
                Part(ITEM_PART, item, level=len(indents), lines=(block.text,), links=block.anchors)
            )
        else:
            out.append(Part(PARAGRAPH, block.text, lines=(block.text,), links=block.anchors))
        if block.images:
            out[-1] = replace(out[-1], images=block.images)
        i += 1
    return out


_MARKER = regex.compile(r"^(?:[*+\-•·▪◦‣●■□►▶–o]|\d{1,3}[.)])\s+")


def _same(a: str, b: str) -> bool:
    """One body line, whatever bullet a later reading gave it ("+ + +" read as an item)."""
    return a == b or _MARKER.sub("", a) == _MARKER.sub("", b)


def _nested(found: list[Part]) -> list[Part]:
    """``found`` with no list item nested deeper than one level below the item above it
    (as when the items above a nested one were removed)."""
    above = -1  # the level of the item above; -1: none
    for i, part in enumerate(found):
        if part.kind != ITEM_PART:
            above = -1
            continue
        if part.level > above + 1:
            found[i] = part = replace(part, level=above + 1)
        above = part.level
    return found


def reconcile(found: Sequence[Part], text: str) -> list[Part]:
    """``found`` without what a later pass removed from the body ``text``.

    A pass that cleans the body again only removes whole lines, in order (it may read a
    bullet into a line that had none): each part keeps the lines still there (a table
    its remaining rows). Should the body have changed otherwise, it is read back line
    by line as paragraphs and list items.
    """
    wanted = [ln for ln in text.split("\n") if ln]
    if [ln for part in found for ln in part.lines] == wanted:
        return list(found)
    out: list[Part] = []
    j = 0
    for part in found:
        kept: list[int] = []
        lines: list[str] = []
        for i, ln in enumerate(part.lines):
            if j < len(wanted) and _same(wanted[j], ln):
                kept.append(i)
                lines.append(wanted[j])
                j += 1
        if not kept:
            continue
        if len(kept) == len(part.lines):
            out.append(replace(part, lines=tuple(lines)))
        elif part.kind == TABLE:
            rows = tuple(part.rows[i] for i in kept if i < len(part.rows))
            header = part.header and kept[0] == 0
            out.append(Part(TABLE, "\n".join(lines), rows=rows, header=header, lines=tuple(lines)))
        elif part.kind == CODE:
            out.append(Part(CODE, "\n".join(lines), lines=tuple(lines)))
    if j == len(wanted):
        return _nested(out)
    return [_line_part(ln) for ln in wanted]


def _line_part(text: str) -> Part:
    """A line of a body read alone: a list item when it opens with a bullet or number."""
    m = _MARKER.match(text)
    if m is None:
        return Part(PARAGRAPH, text, lines=(text,))
    ordered = text[:1].isdigit()
    return Part(ITEM_PART, text[m.end() :], ordered=ordered, lines=(text,))


def plain(found: Sequence[Part]) -> str:
    """The body that ``found`` are the blocks of (what :func:`body` gives for their blocks)."""
    out: list[str] = []
    previous: Part | None = None
    for part in found:
        text = ("\n" if part.kind == TABLE else "\n\n").join(part.lines)
        tight = part.kind == ITEM_PART and previous is not None and previous.kind == ITEM_PART
        out.append(("\n" if tight else "\n\n") + text if out else text)
        previous = part
    return "".join(out)


def surviving(found: Sequence[Part], again: Sequence[Part]) -> list[Part] | None:
    """The parts of ``found`` that ``again`` (the parts of their Markdown cleaned once more)
    still holds, with the rows of a table that remain; None when ``again`` holds
    anything else (its text changed: nothing is taken away then)."""
    out: list[Part] = []
    j = 0
    for part in found:
        other = again[j] if j < len(again) else None
        if other is None or other.kind != part.kind:
            continue
        if other.text == part.text and other.rows == part.rows:
            out.append(part)
            j += 1
        elif part.kind == TABLE and set(other.rows) <= set(part.rows):
            keep = [i for i, row in enumerate(part.rows) if row in other.rows]
            lines = tuple(part.lines[i] for i in keep if i < len(part.lines))
            rows = tuple(part.rows[i] for i in keep)
            header = part.header and bool(keep) and keep[0] == 0
            out.append(Part(TABLE, "\n".join(lines), rows=rows, header=header, lines=lines))
            j += 1
    return _nested(out) if j == len(again) else None


# -- Markdown ------------------------------------------------------------------------------
# What the text path would read as markup in a line of text: emphasis, links, escapes.
_INLINE = regex.compile(
    r"(?:\*\*|__)\S|(?<![\w*])\*\S[^*\n]*\*(?![\w*])|(?<![\w_])_\S[^_\n]*_(?![\w_])"
    r"|\]\(|\\[\\`*_{}\[\]()#+\-.!|>]|`"
)
_ESCAPABLE = regex.compile(r"([\\`*_\[\]])")
# A line start that CommonMark would read as a block: heading, list, quote, rule, table,
# fence, HTML.
_BLOCK_START = regex.compile(r"^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|[>|<~=]|`{3})")
_NUMBER = regex.compile(r"^(\d{1,9})([.)])")


def escape(text: str) -> str:
    """``text`` as Markdown that reads back as ``text``: inline markup escaped where some
    would be read, a line start that would open a block escaped.

    >>> escape("1. not a list, *not* emphasis")
    '1\\\\. not a list, \\\\*not\\\\* emphasis'
    """
    if _INLINE.search(text):
        text = _ESCAPABLE.sub(r"\\\1", text)
    if _BLOCK_START.match(text):
        m = _NUMBER.match(text)
        text = f"{m.group(1)}\\{text[m.end(1) :]}" if m else "\\" + text
    return text


def _cell(text: str) -> str:
    """A table cell: inline markup escaped, and pipes (a cell never opens a block)."""
    if _INLINE.search(text):
        text = _ESCAPABLE.sub(r"\\\1", text)
    return text.replace("|", "\\|")


def _table(part: Part) -> list[str]:
    rows = [list(r) for r in part.rows]
    width = max((len(r) for r in rows), default=0)
    if not width:
        return []
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * width, *lines[1:]]


def _fence(code: str) -> str:
    longest = max((len(m) for m in regex.findall(r"`{3,}", code)), default=2)
    return "`" * (longest + 1)


def _linked(part: Part, links: bool) -> str:
    """The escaped text of ``part``, with its links as ``[text](target)`` when ``links``."""
    text = escape(part.text)
    if not links or not part.links:
        return text
    out: list[str] = []
    start = 0
    for anchor, target in part.links:
        shown = _ESCAPABLE.sub(r"\\\1", anchor) if _INLINE.search(part.text) else anchor
        at = text.find(shown, start)
        if at < 0 or not target or (shown == anchor and ("[" in anchor or "]" in anchor)):
            continue
        out.append(text[start:at] + f"[{shown}]({_target(target)})")
        start = at + len(shown)
    return "".join(out) + text[start:]


# What a link target cannot hold unencoded.
_BARE_TARGET = regex.compile(r"[\s()<>]")


def _target(url: str) -> str:
    """A link or image target CommonMark reads whole: spaces, brackets and angles encoded."""
    return str(_BARE_TARGET.sub(lambda m: f"%{ord(m.group()):02X}", url))


def _pictured(part: Part, images: bool) -> str:
    """``![alt](source)`` for each image of ``part``, a space after; empty without."""
    if not images or not part.images:
        return ""
    out = []
    for alt, src in part.images:
        if src:
            out.append(f"![{_ESCAPABLE.sub(_escaped, alt)}]({_target(src)}) ")
    return "".join(out)


def _escaped(m: regex.Match[str]) -> str:
    return "\\" + str(m.group(1))


def markdown(
    found: Sequence[Part], *, title: str | None = None, links: bool = False, images: bool = False
) -> str:
    """The parts as CommonMark with GitHub tables, ``title`` (if any) as the only ``#``.

    Subheadings are written from ``##`` down; list items with ``-`` or ``1.``, nested
    by two spaces (four under a number); quotes with ``>``; code fenced; tables as pipe
    tables whose first row is the header row. ``links`` writes links as ``[text](target)``,
    ``images`` images as ``![alt](source)``: at the start of a paragraph, list item or
    quote, on a line of their own above a heading, a table or code.
    """
    out: list[str] = []
    if title:
        out.append("# " + escape(title))
    previous: Part | None = None
    indents: list[int] = []  # the content indent of each open list level
    numbers: list[int] = []
    for part in found:
        if part.kind == ITEM_PART:
            level = min(part.level, len(indents))
            del indents[level + 1 :], numbers[level + 1 :]
            if len(indents) == level:
                indents.append(0)
                numbers.append(0)
            elif previous is None or previous.kind != ITEM_PART:
                numbers[level] = 0
            pad = " " * (indents[level - 1] if level else 0)
            if part.ordered:
                numbers[level] += 1
                marker = f"{numbers[level]}."
            else:
                marker = "-"
            indents[level] = len(pad) + len(marker) + 1
            text = f"{pad}{marker} {_pictured(part, images)}{_linked(part, links)}"
            tight = previous is not None and previous.kind == ITEM_PART
            out.append(("\n" if tight else "\n\n") + text if out else text)
            previous = part
            continue
        indents, numbers = [], []
        if part.kind in (HEADING_PART, TABLE, CODE) and (above := _pictured(part, images)):
            out.append("\n\n" + above.rstrip() if out else above.rstrip())
        if part.kind == HEADING_PART:
            text = "#" * min(6, max(2, part.level)) + " " + _linked(part, links)
        elif part.kind == QUOTE:
            prefix = "> " * max(1, part.level)
            text = prefix + _pictured(part, images) + _linked(part, links)
            if previous is not None and previous.kind == QUOTE and previous.level == part.level:
                out.append("\n" + prefix.rstrip() + "\n" + text)
                previous = part
                continue
        elif part.kind == TABLE:
            text = "\n".join(_table(part))
        elif part.kind == CODE:
            fence = _fence(part.text)
            text = f"{fence}\n{part.text}\n{fence}"
        else:
            text = _pictured(part, images) + _linked(part, links)
        if text:
            out.append("\n\n" + text if out else text)
        previous = part
    return "".join(out)
