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
_IMAGE = regex.compile(r"!\[([^\]\n]{0,500})\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)")
_LINK = regex.compile(r"\[([^\]\n]{0,500})\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)")
# An opener never looks past the next delimiter, so a line of openers stays linear.
_EMPHASIS = regex.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_BARE_EMPHASIS = regex.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
_BARE_UNDERSCORE = regex.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,200}?)(?<=\S)_(?![\w_])")
# The start of a line that Markdown output escapes so as not to open a block.
_LEAD_ESCAPE = regex.compile(r"^(\d{0,9})\\([#>+\-*|=~`.)])")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# Escaped characters stand aside in the Private Use Area while markup is stripped.
_ASIDE = 0xE000
_ASIDE_CHARS = regex.compile("[\ue021-\ue07e]")
# Runs to fold into one space; a lone space is left alone, so a long line is not cut into
# millions of pieces only to be glued back together.
_SPACE = regex.compile(r"\t[ \t]*| [ \t]++")
# Columns of a plain rendering: three spaces or more, or a tab, between two cells. Prose
# puts at most two spaces between words (after a full stop).
_COLUMN_GAP = regex.compile(r"(?:[ \u00a0]{3,}+|\t)[ \t\u00a0]*+")


def _strip_markdown(
    text: str,
) -> tuple[str, int, int, bool, list[tuple[str, str]], list[tuple[str, str]]]:
    """``(text, links, link_chars, only_image, anchors, images)`` for one line with its
    inline markdown removed; ``anchors`` holds each link's text and target, ``images``
    each image's alt text and source."""
    image = False
    images: list[tuple[str, str]] = []
    escaped = "\\" in text and not _ASIDE_CHARS.search(text)
    if escaped:  # an escaped character is text, never markup: set aside until the end
        text = _ESCAPE.sub(lambda m: chr(_ASIDE + ord(m.group(1))), text)
    if "](" in text:

        def _image(m: regex.Match[str]) -> str:
            alt = _ASIDE_CHARS.sub(lambda c: chr(ord(c.group()) - _ASIDE), str(m.group(1)))
            images.append((" ".join(alt.split()), str(m.group(2))))
            return ""

        stripped = _IMAGE.sub(_image, text)
        if images and not stripped.strip(" |-*>"):
            image = True
        text = stripped
    links = link_chars = 0
    anchors: list[tuple[str, str]] = []
    if "](" in text:

        def _link(m: regex.Match[str]) -> str:
            nonlocal links, link_chars
            links += 1
            link_chars += len(m.group(1))
            anchors.append((str(m.group(1)), str(m.group(2))))
            return str(m.group(1))

        text = _LINK.sub(_link, text)
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if "*" in text:
        text = _BARE_EMPHASIS.sub(r"\1", text)
    if "_" in text:
        text = _BARE_UNDERSCORE.sub(r"\1", text)
    if escaped:
        text = _ASIDE_CHARS.sub(lambda m: chr(ord(m.group()) - _ASIDE), text)
    elif "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text, links, link_chars, image, anchors, images


def segment(text: str, *, markdown: bool | None = None) -> list[Block]:
    """Split ``text`` into Blocks, one per non-empty line.

    ``markdown=None`` guesses from the text whether inline markdown should be parsed.
    Markdown's block structure is kept on the blocks: a heading's level, the depth of
    ``>`` quotes, the rows of a pipe table (GitHub's syntax: a header row, then a
    delimiter row) and the lines of a fenced code block, whitespace-exact.
    """
    if markdown is None:
        markdown = looks_like_markdown(text)
    blocks: list[Block] = []
    gap = True
    groups = 0
    fence = ""  # the open code fence, if any
    table = 0  # the group of the table whose rows continue on the next line
    blank_code = 0  # blank lines inside the open code block since its last line
    for number, line, indent, column, raw in _cells(text, markdown):
        if fence:
            if line.startswith(fence[0]) and _closes(line, fence):
                fence, gap = "", True
                continue
            if not line:
                blank_code += 1
                continue
            block = Block(len(blocks), number, line, _SPACE.sub(" ", line), gap=gap)
            block.group, block.code = groups, "\n" * blank_code + raw.rstrip()
            blocks.append(block)
            blank_code, gap = 0, False
            continue
        if not line:
            gap, table = True, 0
            continue
        first = line[0]
        if markdown and first in "`~" and (m := _FENCE.match(line)):
            fence, blank_code, gap, table = m.group(1), 0, True, 0
            groups += 1
            continue
        if "|" in line and markdown:
            if _DELIMITER.match(line):
                above = blocks[-1] if blocks else None
                if above is not None and above.line == number - 1 and "|" in above.raw:
                    groups += 1
                    table = groups
                    _as_row(above, table, header=True)
                continue
            if table:
                block = Block(len(blocks), number, line, "", gap=False)
                _as_row(block, table)
                if block.text:
                    blocks.append(block)
                continue
        table = 0
        if first in _RULE_CHARS and _RULE.match(line):
            gap = True
            continue
        kind, bullet, body, level, source = PARAGRAPH, "", line, 0, line
        quote = 0
        # A quote ("> ## Heading": a heading inside a quote); in plain text "> " only.
        while first == ">" and (markdown or line[1:2] == " "):
            line = line[1:].lstrip()
            quote += 1
            first = line[:1]
        if not line:
            gap = True
            continue
        body = line
        m = None
        if first == "#":
            m = _HEADING.match(line)
        elif (
            not markdown and (first == "\\" or first.isdigit()) and (e := _LEAD_ESCAPE.match(line))
        ):
            # A paragraph whose start Markdown had to escape ("\\# 1", "3\\. x"): plain text.
            body, first = e.group(1) + e.group(2) + line[e.end() :], ""
        if m and (markdown or len(m.group(1)) > 1) and m.group(2)[:1] != "|":  # "# | Name |"
            kind, body, level = HEADING, m.group(2), len(m.group(1))
        elif first and (
            (
                first in _BULLET_CHARS
                and (m := _BULLET.match(line))
                and (m.group(1) != "o" or indent >= 2)
            )
            or (("." in line[1:4] or ")" in line[1:4]) and (m := _NUMBERED.match(line)))
        ):
            kind, bullet, body = ITEM, m.group(1), line[m.end() :]
        while body.startswith(">") and markdown:
            body = body[1:].lstrip()
            quote += 1
        links = link_chars = 0
        image = False
        anchors: list[tuple[str, str]] = []
        images: list[tuple[str, str]] = []
        if markdown:
            body, links, link_chars, image, anchors, images = _strip_markdown(body)
        if "  " in body or "\t" in body:  # what _SPACE needs to match at all
            body = _SPACE.sub(" ", body)
        body = body.strip()
        if not body and not image:
            gap = True
            continue
        # Positional: index, line, raw, text, kind, bullet, indent, gap, links, link_chars,
        # image, column.
        block = Block(
            len(blocks),
            number,
            source,
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
        if level or quote:
            block.level, block.quote = level, quote
        if anchors:
            block.anchors = tuple((_SPACE.sub(" ", t).strip(), url) for t, url in anchors)
        if images:
            block.images = tuple(images)
        blocks.append(block)
        gap = False
    if " | " in text:
        groups = _aligned_rows(blocks, groups)
    if len(blocks) > 1 and blocks[-1].line - blocks[0].line < len(blocks):  # cells of lines
        blocks = _column_rows(blocks, groups)
    return blocks


#: A table laid out in columns of spaces is a data table (kept as rows) when it has this
#: many rows or more, its columns line up, and most rows hold a figure.
MIN_COLUMN_ROWS = 3
_FIGURE = regex.compile(r"\d")


def _column_rows(blocks: list[Block], groups: int) -> list[Block]:
    """Runs of consecutive lines cut into the same number of cells at the same columns,
    most rows holding a figure, become table rows: one block per line, its cells joined
    by ``" | "`` (a results table, a schedule). Other cells stay blocks of their own (a
    layout's menu beside a paragraph)."""
    lines: list[list[Block]] = []
    for block in blocks:
        if lines and lines[-1][0].line == block.line:
            lines[-1].append(block)
        else:
            lines.append([block])
    out: list[Block] = []
    i = 0
    while i < len(lines):
        first = lines[i]
        j = i + 1
        if len(first) >= 2 and first[0].kind == PARAGRAPH and not first[0].group:
            starts = [b.column for b in first]
            while (
                j < len(lines)
                and lines[j][0].line == lines[j - 1][0].line + 1
                and len(lines[j]) == len(first)
                and lines[j][0].kind == PARAGRAPH
                and all(abs(b.column - c) <= 1 for b, c in zip(lines[j], starts, strict=True))
            ):
                j += 1
        run = lines[i:j]
        figures = sum(any(_FIGURE.search(b.text) for b in row) for row in run)
        if len(run) >= MIN_COLUMN_ROWS and 2 * figures >= len(run):
            groups += 1
            for row in run:
                head = row[0]
                head.cells = tuple(b.text for b in row)
                head.text = " | ".join(head.cells)
                head.raw = " ".join(b.raw for b in row)
                head.group = groups
                head.links = sum(b.links for b in row)
                head.link_chars = sum(b.link_chars for b in row)
                out.append(head)
        else:
            for row in run:
                out.extend(row)
        i = j
    for index, block in enumerate(out):
        block.index = index
    return out


def _aligned_rows(blocks: list[Block], groups: int) -> int:
    """Runs of two lines or more, one after the other, whose cells (joined by ``" | "``)
    line up, are the rows of a table: how cleantext's own body writes one, and how a
    dump writes a data table. A menu's line of links is one line."""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        width = block.text.count(" | ")
        j = i + 1
        if width and block.kind == PARAGRAPH and not block.group:
            while (
                j < len(blocks)
                and not blocks[j].gap
                and blocks[j].line == blocks[j - 1].line + 1
                and blocks[j].kind == PARAGRAPH
                and not blocks[j].group
                and blocks[j].text.count(" | ") == width
            ):
                j += 1
            if j - i >= 2:
                groups += 1
                for row in blocks[i:j]:
                    row.group, row.cells = groups, tuple(row.text.split(" | "))
        i = j
    return groups


# An opening code fence: three backticks or tildes or more, an info string after them.
_FENCE = regex.compile(r"^(`{3,}+|~{3,}+)(?:[^`]*)$")
# A pipe table's delimiter row: "|---|:---:|", "---|---".
_DELIMITER = regex.compile(r"^\|?+\s*+:?-+:?\s*+(?:\|\s*+:?-+:?\s*+)+\|?+$|^\|\s*+:?-+:?\s*+\|$")
_PIPE = regex.compile(r"(?<!\\)\|")


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes the code block ``fence`` opened (same character, as long)."""
    stripped = line.rstrip()
    return len(stripped) >= len(fence) and stripped == stripped[0] * len(stripped)


def opening_fence(line: str) -> str:
    """The code fence ``line`` opens ("```", "~~~~"), or "" when it opens none."""
    m = _FENCE.match(line.strip())
    return m.group(1) if m else ""


def closes_fence(line: str, fence: str) -> bool:
    """Whether ``line`` closes the code block that ``fence`` opened."""
    stripped = line.strip()
    return stripped.startswith(fence[0]) and _closes(stripped, fence)


def opens_block(line: str) -> bool:
    """Does ``line`` open a block of its own (a heading, a rule, a list item, a quote, a
    code fence or a table row), so that it never continues the line above?"""
    s = line.strip()
    return bool(s) and (
        s[0] in ">|" or any(p.match(s) for p in (_HEADING, _RULE, _BULLET, _NUMBERED, _FENCE))
    )


def split_row(line: str) -> tuple[str, ...]:
    """The cells of a pipe table's row, escaped pipes unescaped: ``"| a | b\\|c |"`` ->
    ``("a", "b|c")``."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return tuple(cell.strip().replace("\\|", "|") for cell in _PIPE.split(line))


def _as_row(block: Block, group: int, *, header: bool = False) -> None:
    """Make ``block`` a row of table ``group``: its cells, its text the cells joined by ``" | "``."""
    cells = []
    links = link_chars = 0
    for cell in split_row(block.raw):
        text, n, chars, _, _, _ = _strip_markdown(cell)
        cells.append(_SPACE.sub(" ", text).strip())
        links, link_chars = links + n, link_chars + chars
    block.kind, block.bullet, block.level, block.quote = PARAGRAPH, "", 0, 0
    block.cells, block.group, block.header = tuple(cells), group, header
    block.text = " | ".join(c for c in cells if c)
    block.links, block.link_chars = links, link_chars


def _cells(text: str, markdown: bool = False) -> Iterator[tuple[int, str, int, int, str]]:
    """``(line number, cell, indent, column, line)`` for each cell of each line of
    ``text``, stripped; ``column`` is where the cell begins on its line, ``line`` the
    whole line as it was.

    A line without a column gap is one cell. A later cell's indent is the gap before it:
    it stands apart from the cell on its left as an indented line does from the margin.
    With ``markdown``, the lines of a fenced code block and of a pipe table are never
    split into cells.
    """
    fence = ""
    for number, raw in enumerate(text.split("\n")):
        line = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if markdown and (fence or (line[:1] in ("`", "~") and _FENCE.match(line))):
            if fence and line.startswith(fence[0]) and _closes(line, fence):
                fence = ""
            elif not fence:
                m = _FENCE.match(line)
                fence = m.group(1) if m else ""
            yield number, line, indent, indent, raw
            continue
        if (
            ("   " not in line and "\t" not in line and "\u00a0" not in line)
            or (markdown and line.startswith("|"))
            or not (gaps := list(_COLUMN_GAP.finditer(line)))
        ):
            yield number, line, indent, indent, raw
            continue
        start, margin = 0, indent
        for m in gaps:
            yield number, line[start : m.start()], indent, margin + start, raw
            start, indent = m.end(), m.end() - m.start()
        yield number, line[start:], indent, margin + start, raw


_MD_SIGNS = regex.compile(r"^#{1,6} |\]\(|^\s*[*+-] |\*\*|\\[\\`*_\[\]#+\-.!|>]", regex.M)


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` uses markdown syntax (links, headings, emphasis, escapes)
    often enough."""
    sample = text[:50_000]
    if "](" not in sample and "\n#" not in sample and "\\" not in sample:
        return False
    return sum(1 for _ in islice(_MD_SIGNS.finditer(sample), 3)) >= 3
