"""Parse HTML: trafilatura finds the main content, kept as Blocks, with the page's metadata.

The page is parsed once. trafilatura's extraction comes back as its internal XML tree
(``p``, ``head``, ``list``/``item``, ``table``/``row``/``cell``, ``quote``, ``ref``...),
which becomes Blocks directly: paragraphs, subheadings and list items stay apart, links
are counted, nothing is rendered and re-parsed. Metadata is read from the same tree with
trafilatura's cheap parts (meta tags, JSON-LD, ``<title>``) and htmldate's quick search.
"""

from __future__ import annotations

import re
from typing import Any

import regex

from cleantext.blocks import HEADING, ITEM, PARAGRAPH, Block

_HTML_SIGN = regex.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|meta|title|article|span|a\s)\b", regex.I
)
# No "<" inside a tag: a run of "<" is scanned once, not 2,000 characters per "<".
_TAG = regex.compile(r"<[^<>]{0,2000}>")
_SPACE = regex.compile(r"\s+")
# The four information separators (U+001C..U+001F) are whitespace to ``str.split`` but
# not to ``regex``'s ``\s``: only text holding one needs the pattern.
_SEPARATORS = re.compile("[\x1c-\x1f]")

#: trafilatura XML elements that hold inline text only.
_INLINE = frozenset({"hi", "ref", "del", "code", "span", "sub", "sup"})


#: Elements whose ``code`` child is a phrase of their text, not a code block.
_TEXT_PARENTS = frozenset({"p", "head", "cell", *_INLINE})


def _inline_code(el: Any) -> bool:
    """Is this ``code`` element a phrase in running text (``<p>set <code>x</code></p>``)?

    trafilatura writes a code block and a phrase of code alike; the phrase stands in a
    paragraph, a heading or a cell, or beside text of its parent.
    """
    parent = el.getparent()
    if parent is None:
        return False
    return (
        parent.tag in _TEXT_PARENTS
        or bool((parent.text or "").strip())
        or bool((el.tail or "").strip())
    )


def collapse(text: str) -> str:
    """``text`` with each run of whitespace as one space and none at the ends.

    ``str.split`` does this in one C pass, several times faster than a pattern, and
    reads whitespace as the ``regex`` module does except for four control characters.
    """
    if _SEPARATORS.search(text) is None:
        return " ".join(text.split())
    return str(_SPACE.sub(" ", text)).strip()


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or fragment."""
    head = text[:2000]
    return "<" in head and len(_HTML_SIGN.findall(head)) >= 1 and len(_TAG.findall(head)) >= 2


# -- XML tree to Blocks ------------------------------------------------------------------
_BLOCK = frozenset(
    {
        "p",
        "head",
        "quote",
        "code",
        "list",
        "item",
        "table",
        "row",
        "div",
        "body",
        "figure",
        "note",
        "graphic",
        "doc",
        "main",
        "article",
        "section",
    }
)


class _Builder:
    """Walks trafilatura's XML tree and collects Blocks.

    Block elements start a new block; inline ones (``hi``, ``ref``, ``del``...) add to
    the current one; ``<lb/>`` breaks a line; cells of a table row join with ``" | "``
    (whatever they hold), as a row is one record. The structure goes along on each
    block: a heading's level, the table a row belongs to with its cells (and whether
    they are header cells), the depth of quotes, a code block's text whitespace-exact.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.links = self.link_chars = 0
        self.kind, self.bullet, self.indent = PARAGRAPH, "", 0
        self.gap = True
        self.level = self.quote = 0
        self.groups = 0  # tables and code blocks seen so far
        self.table = self.code = 0  # the group of the open table or code block
        self.cells: tuple[str, ...] = ()
        self.header = False
        self.anchors: list[tuple[str, str]] = []
        # images met since the last block: the next block with text carries them
        self.images: list[tuple[str, str]] = []
        self.source = 0  # the source line of the block element being read

    def flush(self, *, gap_after: bool = True) -> None:
        """Close the current block (if it holds text)."""
        text = collapse("".join(self.parts))
        if text:
            block = Block(
                index=len(self.blocks),
                line=len(self.blocks),
                raw=text,
                text=text,
                kind=self.kind,
                bullet=self.bullet if self.kind == ITEM else "",
                indent=self.indent,
                gap=self.gap,
                links=self.links,
                link_chars=min(self.link_chars, len(text)),
            )
            block.quote, block.source = self.quote, self.source
            if self.kind == HEADING:
                block.level = self.level
            if self.cells:
                block.group, block.cells, block.header = self.table, self.cells, self.header
            elif self.code:
                block.group, block.code = self.code, "".join(self.parts).strip("\n").rstrip()
            if self.anchors:
                block.anchors = tuple(self.anchors)
            if self.images:
                block.images, self.images = tuple(self.images), []
            self.blocks.append(block)
            self.gap = gap_after
            if self.kind != ITEM:
                self.kind = PARAGRAPH
            self.kind = PARAGRAPH if self.kind == HEADING else self.kind
            self.bullet = ""
        self.parts = []
        self.links = self.link_chars = 0
        self.anchors = []

    def walk(self, el: Any, depth: int = 0, in_row: bool = False) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if el.tail and not in_row:
                self.parts.append(el.tail)
            return
        if in_row:
            self._inline(el, depth, in_row)
            return
        if tag == "lb":
            self.flush(gap_after=False)
        elif tag == "graphic":
            self._graphic(el)
        elif tag == "code" and _inline_code(el):
            self._inline(el, depth, False, tail=False)
        elif tag == "row":
            self.flush()
            self.gap = True
            self.source = el.sourceline or 0
            cells = []
            header = False
            for cell in el:
                if "".join(cell.itertext()).strip() and self.parts:
                    self.parts.append(" | ")
                self._inline(cell, depth, True, tail=False)
                if isinstance(cell.tag, str):
                    cells.append(collapse(" ".join(cell.itertext())))
                    header = header or cell.get("role") == "head"
            if not self.table:  # a row outside a table
                self.groups += 1
                self.table = self.groups
            self.cells, self.header = tuple(cells), header
            self.flush()
            self.cells, self.header = (), False
        elif tag in _BLOCK:
            self.flush()
            self.gap = True
            self.source = el.sourceline or 0
            kind, bullet, indent = self.kind, self.bullet, self.indent
            table, code, quote = self.table, self.code, self.quote
            if tag == "head":
                self.kind = HEADING
                rend = el.get("rend") or ""
                self.level = int(rend[1]) if len(rend) == 2 and rend[1] in "123456" else 2
            elif tag == "table":
                self.groups += 1
                self.table = self.groups
            elif tag == "code" and not self.code:
                self.groups += 1
                self.code = self.groups
            elif tag == "quote":
                self.quote += 1
            elif tag == "item":
                parent = el.getparent()
                ordered = parent is not None and parent.get("rend") == "ol"
                self.kind, self.indent = ITEM, 2 * max(0, depth - 1)
                self.bullet = f"{parent.index(el) + 1}." if ordered and parent is not None else "-"
                self.gap = el.getprevious() is None
            elif tag == "list":
                depth += 1
            elif tag in ("p", "quote", "code") and self.kind == ITEM:
                self.kind = PARAGRAPH
            if el.text:
                self.parts.append(el.text)
            for child in el:
                self.walk(child, depth)
            self.flush()
            self.kind, self.bullet, self.indent = (
                (PARAGRAPH if kind == HEADING else kind),
                bullet,
                indent,
            )
            self.table, self.code, self.quote = table, code, quote
            self.gap = True
        else:
            self._inline(el, depth, False, tail=False)
        if el.tail:
            self.parts.append(el.tail)

    def _graphic(self, el: Any) -> None:
        """An image (trafilatura's ``graphic``, with images on): its alt text and source."""
        src = el.get("src") or el.get("data-src") or ""
        if src:
            self.images.append((collapse(el.get("alt") or el.get("title") or ""), src))

    def _inline(self, el: Any, depth: int, in_row: bool, *, tail: bool = True) -> None:
        """Text of an inline element (or anything inside a table cell), flattened."""
        if el.tag == "graphic":
            self._graphic(el)
        if el.tag == "ref":
            anchor = collapse("".join(el.itertext()))
            self.links += 1
            self.link_chars += len(anchor)
            if anchor and el.get("target"):
                self.anchors.append((anchor, el.get("target")))
        if el.tag in ("lb", "p", "head", "item") and in_row:
            self.parts.append(" ")
        if el.text:
            self.parts.append(el.text)
        for child in el:
            if (
                isinstance(child.tag, str)
                and child.tag in _BLOCK
                and child.tag != "graphic"
                and not in_row
            ):
                self.walk(child, depth)
            else:
                self._inline(child, depth, in_row)
        if tail and el.tail:
            self.parts.append(el.tail)


def blocks_from_xml(body: Any) -> list[Block]:
    """trafilatura's XML body as Blocks: one per paragraph line, heading, list item or table row."""
    builder = _Builder()
    if body is not None:
        builder.walk(body)
        builder.flush()
    return builder.blocks
