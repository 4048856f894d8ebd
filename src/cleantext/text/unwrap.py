"""Hard-wrapped paragraphs joined into one line each.

Console browsers (``lynx -dump``, ``w3m -dump``), mail clients and some scrapers break
every line of a paragraph near one width. Read line by line, each piece of a sentence
would be judged alone, as a line of a menu is. A text is wrapped when nearly all of its
lines fit one width and most of its longer lines end close to it; then a line joins the
one above when the first word of it would not have fitted there (so the break was the
wrapper's, not the author's). A text whose lines run past that width (a dump with one
line per paragraph) is left as it is.
"""

from __future__ import annotations

import regex

MIN_WIDTH = 40  # a narrower "width" is a page of short lines (a menu), not a wrap
MAX_WIDTH = 120  # wider: paragraphs on lines of their own
WIDTH_QUANTILE = 0.99  # of line lengths: the width (a long URL may run past it)
NEAR_WIDTH = 15  # characters under the width that a wrapped line ends within
NEAR_SHARE = 0.6  # of the lines longer than half the width, this many end near it
MIN_LINES = 8  # fewer lines tell nothing of a width

# A line that opens a list item, a heading, a rule or a quote starts a block.
_OPENS_BLOCK = regex.compile(r"\s*(?:[-*+•·▪]\s|\d{1,3}[.)]\s|#{1,6}\s|[-=_*]{3}|>)")
# A Markdown line break (two spaces or a backslash at the end) is the author's.
_HARD_BREAK = regex.compile(r"(?: {2,}|\\)$")
_FIRST_WORD = regex.compile(r"\S+")


def width(lines: list[str]) -> int | None:
    """The width ``lines`` are wrapped at, or None when they are not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < MIN_LINES:
        return None
    wide = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]
    if not MIN_WIDTH <= wide <= MAX_WIDTH:
        return None
    longer = [n for n in lengths if n > wide / 2]
    near = sum(1 for n in longer if wide - NEAR_WIDTH <= n <= wide)
    return wide if near >= NEAR_SHARE * len(longer) else None


def _continues(above: str, line: str, wide: int) -> bool:
    """Was the break between ``above`` and ``line`` the wrapper's?"""
    if not above.strip() or not line.strip() or _OPENS_BLOCK.match(line):
        return False
    if _HARD_BREAK.search(above) or "|" in above or "|" in line:  # a break or a table row
        return False
    first = _FIRST_WORD.search(line)
    return first is not None and len(above.rstrip()) + 1 + len(first.group()) > wide


def unwrap(text: str) -> tuple[str, list[int] | None]:
    """``text`` with its wrapped paragraphs on one line each, and for each line of the
    result the 0-based line of ``text`` it starts on; None when nothing was joined."""
    lines = text.split("\n")
    wide = width(lines)
    if wide is None:
        return text, None
    out: list[str] = []
    origin: list[int] = []
    for i, line in enumerate(lines):
        if out and _continues(lines[i - 1], line, wide):
            above = out[-1].rstrip()
            # A word the wrapper broke at its hyphen is one word again ("well-" "known").
            glue = "" if above.endswith("-") and above[-2:-1].isalpha() else " "
            out[-1] = above + glue + line.strip()
        else:
            out.append(line)
            origin.append(i)
    if len(out) == len(lines):
        return text, None
    return "\n".join(out), origin
