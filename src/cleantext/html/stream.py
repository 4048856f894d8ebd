"""A very large page's visible text, read as a stream: no tree is ever built.

trafilatura's extraction holds the page's tree and copies it for each of its extractors:
about thirty times the page's size at its peak. A page of tens of megabytes (a forum
thread, a log, a long manual) is read instead by lxml's HTML parser in chunks, its
events handed straight to :class:`_Lines`, which writes one line per block of text as
a text-mode browser dump does (list items marked ``*``). The text pipeline then finds
the article in it.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from cleantext.repair import mark_surrogates

# fmt: off
#: Elements whose start or end closes the line being written.
BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
    "ul",
))
#: Elements whose text no reader sees.
HIDDEN = frozenset((
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "select",
))
# fmt: on
#: Characters fed to the parser at a time.
CHUNK = 1 << 16
#: A title longer than this swallowed the page: its closing tag is missing, and the
#: parser read the rest of the page as the title's text (markup and all).
TITLE_MAX = 2000
#: How far into a page its head may end and still be read for metadata.
HEAD_WITHIN = 1 << 20
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


class _Lines:
    """lxml parser target: collects the text of the visible elements, a line per block."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.hidden = 0
        self.bullet = ""
        self.in_title = False
        self.title: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        self.parts.clear()
        if text:
            self.lines.append(self.bullet + text)
        self.bullet = ""

    def start(self, tag: str, attrib: object) -> None:
        self.in_title = tag == "title"
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self._flush()
            if tag == "li":
                self.bullet = "* "

    def end(self, tag: str) -> None:
        self.in_title = False
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self._flush()

    def data(self, text: str) -> None:
        if self.in_title:
            self.title.append(text)
        if not self.hidden:
            self.parts.append(text)

    def comment(self, text: str) -> None:
        pass

    def close(self) -> str:
        self._flush()
        return "\n".join(self.lines)


def visible_lines(html: str, *, again: bool = True) -> str:
    """The visible text of ``html``, one line per block, read without building a tree.

    A page whose ``<title>`` never closes is all title to the parser: where that leaves
    no visible text, the title's text (the rest of the page) is read once more.
    """
    lines = _Lines()
    parser = etree.HTMLParser(target=lines, recover=True, no_network=True)
    try:
        for start in range(0, len(html), CHUNK):
            # the parser encodes what it is fed: no lone surrogate may reach it
            parser.feed(mark_surrogates(html[start : start + CHUNK]))
        text: str = parser.close()
    except etree.Error:  # nothing the parser could read as a document (an empty page)
        text = lines.close()
    swallowed = "".join(lines.title)
    if not text and again and len(swallowed) > TITLE_MAX:
        return visible_lines(swallowed, again=False)
    return text


def head_of(html: str) -> str | None:
    """The page up to the end of its ``<head>`` (None: no head ends in its first megabyte).

    Parsed alone, it gives the page's declared metadata (title, authors, date, site,
    language) at the cost of the head only.
    """
    end = _HEAD_END.search(html, 0, HEAD_WITHIN)
    return html[: end.end()] if end else None
