"""The unit every stage works on: one line of the page, with its decision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PARAGRAPH, HEADING, ITEM = "p", "h", "li"
GOOD, BAD = "good", "bad"  # the classifier's verdicts, in ``Block.label``


@dataclass(slots=True)
class Block:
    """One non-empty line of the page.

    ``text`` is the line without markup; ``raw`` the line as it was. ``kind`` is
    ``"p"``, ``"h"`` (a markdown heading) or ``"li"`` (a list item, its bullet in
    ``bullet``). ``gap`` says a blank line (or a horizontal rule) came before it; ``column`` is
    where it begins on its line (a table layout's cell begins past the cells on its left).
    ``drop`` holds ``(rule, family)`` once a rule or the classifier removed the block.
    ``label`` is the classifier's verdict, ``score`` its probability and ``reason`` the
    rule of the classifier's step that overrode the network's verdict, when one did.
    ``ends`` flags an end marker ("Related articles", "3 Comments"); ``after_end`` names
    the ``(rule, family)`` of the marker that the classifier found below the start of the
    article and above this block.

    Structure that only the output needs, and no stage judges by: ``level`` is a
    heading's level (1 to 6; 0 when unknown); ``group`` numbers the table or code block
    the block is one row or line of (0: none), ``cells`` a table row's cells and
    ``header`` whether it is the table's header row; ``quote`` is the depth of block
    quotes around it; ``code`` holds a code block's text whitespace-exact (``text`` has
    its runs of spaces folded, as every other block's); ``anchors`` the text and target
    of each link in it, in order; ``images`` the alt text and source of each image in it
    (or standing alone right above it). ``source`` is, for a block of an HTML page, the line of
    the page's source its element starts on (0: unknown); -1 for a line of a text.
    """

    index: int
    line: int
    raw: str
    text: str
    kind: str = PARAGRAPH
    bullet: str = ""
    indent: int = 0
    gap: bool = False
    links: int = 0
    link_chars: int = 0
    image: bool = False
    column: int = 0
    drop: tuple[str, str] | None = None
    label: str = ""
    score: float = 0.0
    ends: bool = False
    after_end: tuple[str, str] | None = None
    reason: tuple[str, str] | None = None
    level: int = 0
    group: int = 0
    cells: tuple[str, ...] = ()
    header: bool = False
    quote: int = 0
    code: str | None = None
    anchors: tuple[tuple[str, str], ...] = ()
    images: tuple[tuple[str, str], ...] = ()
    source: int = -1

    @property
    def dropped(self) -> bool:
        return self.drop is not None

    def mark(self, rule: str, family: str) -> None:
        """Remove this block, naming the rule; the first rule to decide wins."""
        if self.drop is None:
            self.drop = (rule, family)

    def unmark(self) -> None:
        """Take a removal back: a later look found the block is content after all."""
        self.drop = None

    def verdict_rule(self) -> tuple[str, str]:
        """The ``(rule, family)`` that removes a block the classifier found boilerplate: the
        step that decided it, else the end marker above it, else the network itself."""
        return self.reason or self.after_end or ("classify.boilerplate", "boilerplate")


def release(blocks: Sequence[Block], families: frozenset[str]) -> None:
    """Keep every block whose removal belongs to a family switched off.

    Families are checked here, once every stage has decided, so that no stage (rule,
    classifier, span, metadata) needs to know which are on: a family left out of
    ``Config.families`` removes nothing, whichever stage named it."""
    for block in blocks:
        if block.drop is not None and block.drop[1] not in families:
            block.unmark()


def shares_line(blocks: Sequence[Block], i: int) -> bool:
    """Whether ``blocks[i]`` is one cell of a line (a table layout's column, see
    :mod:`cleantext.text.segment`) whose block above or below is another cell of it."""
    line = blocks[i].line
    return (i > 0 and blocks[i - 1].line == line) or (
        i + 1 < len(blocks) and blocks[i + 1].line == line
    )


def beside(blocks: Sequence[Block], i: int, j: int) -> bool:
    """Whether ``blocks[i]`` and ``blocks[j]`` stand in different columns of a table
    layout: one of them is a cell of a line with other cells, and their stretches of
    the line do not overlap. The menu cell left of a headline is not the line above its
    deck."""
    if not (shares_line(blocks, i) or shares_line(blocks, j)):
        return False
    a, b = blocks[i], blocks[j]
    return a.column + len(a.raw) <= b.column or b.column + len(b.raw) <= a.column
