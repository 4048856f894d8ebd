"""Lines to Blocks: markdown and list syntax understood, the text itself untouched.

Full-page text dumps come in two flavours: plain renderings (inscriptis, a browser's
"copy all") where each paragraph is one line and lists are bulleted, and markdown
renderings (html2text) with ``#`` headings, ``*`` lists and ``[text](url)`` links. Both
become the same Blocks, so every later stage is blind to the rendering.

Plain renderings lay a table out as columns padded with spaces: a menu cell, a wide gap,
then a paragraph of the article on the same line ("Sports          New Jersey will
resume a four-game homestand..."). Each cell becomes a block of its own, so that the
menu and the paragraph are judged apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import regex

from cleantext.blocks import HEADING, ITEM, PARAGRAPH, Block

_HEADING = regex.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = regex.compile(r"^(?:[-*_=~]\s*+){3,}+$")
# Bullets: markdown (*, -, +), typographic (•, ·, ▪, ◦, ‣, –, —), inscriptis' nested "o".
_BULLET = regex.compile(r"^([*+\-•·▪◦‣●■□►▶–]|o(?=\s))\s+(?=\S)")
_BULLET_CHARS = "*+-•·▪◦‣●■□►▶–o"  # what a line the bullet pattern matches starts with
_RULE_CHARS = "-*_=~"
_NUMBERED = regex.compile(r"^(\d{1,3}[.)])\s+(?=\S)")
_IMAGE = regex.compile(r"!\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_LINK = regex.compile(r"\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
# An opener never looks past the next delimiter, so a line of openers stays linear.
_EMPHASIS = regex.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_BARE_EMPHASIS = regex.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
_BARE_UNDERSCORE = regex.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,200}?)(?<=\S)_(?![\w_])")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# Runs to fold into one space; a lone space is left alone, so a long line is not cut into
# millions of pieces only to be glued back together.
_SPACE = regex.compile(r"\t[ \t]*| [ \t]++")
# Columns of a plain rendering: three spaces or more, or a tab, between two cells. Prose
# puts at most two spaces between words (after a full stop).
_COLUMN_GAP = regex.compile(r"(?:[ \u00a0]{3,}+|\t)[ \t\u00a0]*+")


def _strip_markdown(text: str) -> tuple[str, int, int, bool]:
    """``(text, links, link_chars, only_image)`` for one line with its inline markdown removed."""
    image = False
    if "](" in text:
        stripped, n_img = _IMAGE.subn("", text)
        if n_img and not stripped.strip(" |-*>"):
            image = True
        text = stripped
    links = link_chars = 0
    if "](" in text:

        def _link(m: regex.Match[str]) -> str:
            nonlocal links, link_chars
            links += 1
            link_chars += len(m.group(1))
            return str(m.group(1))

        text = _LINK.sub(_link, text)
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if "*" in text:
        text = _BARE_EMPHASIS.sub(r"\1", text)
    if "_" in text:
        text = _BARE_UNDERSCORE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text, links, link_chars, image


def segment(text: str, *, markdown: bool | None = None) -> list[Block]:
    """Split ``text`` into Blocks, one per non-empty line.

    ``markdown=None`` guesses from the text whether inline markdown should be parsed.
    """
    if markdown is None:
        markdown = looks_like_markdown(text)
    blocks: list[Block] = []
    gap = True
    for number, line, indent, column in _cells(text):
        if not line:
            gap = True
            continue
        first = line[0]
        if first in _RULE_CHARS and _RULE.match(line):
            gap = True
            continue
        kind, bullet, body = PARAGRAPH, "", line
        m = _HEADING.match(line) if markdown and first == "#" else None
        if m:
            kind, body = HEADING, m.group(2)
        elif (
            first in _BULLET_CHARS
            and (m := _BULLET.match(line))
            and (m.group(1) != "o" or indent >= 2)
        ) or (("." in line[1:4] or ")" in line[1:4]) and (m := _NUMBERED.match(line))):
            kind, bullet, body = ITEM, m.group(1), line[m.end() :]
        while body.startswith(">") and markdown:
            body = body[1:].lstrip()
        links = link_chars = 0
        image = False
        if markdown:
            body, links, link_chars, image = _strip_markdown(body)
        if "  " in body or "\t" in body:  # what _SPACE needs to match at all
            body = _SPACE.sub(" ", body)
        body = body.strip()
        if not body and not image:
            gap = True
            continue
        # Positional: index, line, raw, text, kind, bullet, indent, gap, links, link_chars,
        # image, column.
        blocks.append(
            Block(
                len(blocks),
                number,
                line,
                body,
                kind,
                bullet,
                indent,
                gap,
                links,
                link_chars,
                image,
                column,
            )
        )
        gap = False
    return blocks


def _cells(text: str) -> Iterator[tuple[int, str, int, int]]:
    """``(line number, cell, indent, column)`` for each cell of each line of ``text``,
    stripped; ``column`` is where the cell begins on its line.

    A line without a column gap is one cell. A later cell's indent is the gap before it:
    it stands apart from the cell on its left as an indented line does from the margin.
    """
    for number, raw in enumerate(text.split("\n")):
        line = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if ("   " not in line and "\t" not in line and "\u00a0" not in line) or not (
            gaps := list(_COLUMN_GAP.finditer(line))
        ):
            yield number, line, indent, indent
            continue
        start, margin = 0, indent
        for m in gaps:
            yield number, line[start : m.start()], indent, margin + start
            start, indent = m.end(), m.end() - m.start()
        yield number, line[start:], indent, margin + start


_MD_SIGNS = regex.compile(r"^#{1,6} |\]\(|^\s*[*+-] |\*\*", regex.M)


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` uses markdown syntax (links, headings, emphasis) often enough."""
    sample = text[:50_000]
    if "](" not in sample and "\n#" not in sample:
        return False
    return sum(1 for _ in islice(_MD_SIGNS.finditer(sample), 3)) >= 3
