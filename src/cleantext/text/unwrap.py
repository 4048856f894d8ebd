"""Hard-wrapped paragraphs joined into one line each.

Console browsers (``lynx -dump``, ``w3m -dump``), mail clients and some scrapers break
every line of a paragraph near one width (html2text at 78 columns, but for links it
does not break). Read line by line, each piece of a sentence would be judged alone, as
a line of a menu is. A text is wrapped when most of its longer lines end just under one
width; then a line joins the one above when the first word of it would not have fitted
there (so the break was the wrapper's, not the author's). A text whose longer lines run
past any such width (a dump with one line per paragraph) is left as it is.
"""

from __future__ import annotations

import regex

from cleantext.text.segment import closes_fence, opening_fence, opens_block

MIN_WIDTH = 40  # a narrower "width" is a page of short lines (a menu), not a wrap
MAX_WIDTH = 120  # wider: paragraphs on lines of their own
NEAR_WIDTH = 15  # characters under the width that a wrapped line ends within
NEAR_SHARE = 0.6  # of the lines longer than half the width, this many end near it
MIN_LINES = 8  # fewer lines tell nothing of a width
OVER_SHARE = 0.05  # of those lines, this many at most run past it without an address in them

# A Markdown line break (two spaces or a backslash at the end) is the author's.
_HARD_BREAK = regex.compile(r"(?: {2,}|\\)$")
_FIRST_WORD = regex.compile(r"\S+")
_ADDRESS = regex.compile(r"\S{30}|://|\]\(")  # a link's target, or another unbreakable run


def width(lines: list[str]) -> int | None:
    """The width ``lines`` are wrapped at, or None when they are not hard-wrapped.

    The width is the longest line of the band of :data:`NEAR_WIDTH` characters that
    ends the most lines. Most lines longer than half of it end in that band, and only
    lines holding what a wrapper cannot break (a link's address) run past it.
    """
    lengths = [len(line.rstrip()) for line in lines]
    count = [0] * (MAX_WIDTH + 1)
    n = 0
    for k in lengths:
        if k:
            n += 1
            if k <= MAX_WIDTH:
                count[k] += 1
    if n < MIN_LINES:
        return None
    best, ends = 0, 0
    window = sum(count[MIN_WIDTH - NEAR_WIDTH - 1 : MIN_WIDTH])  # the band under the first top
    for top in range(MIN_WIDTH, MAX_WIDTH + 1):
        window += count[top] - count[top - NEAR_WIDTH - 1]
        if window > ends:
            best, ends = top, window
    if not ends:
        return None
    wide = max(k for k in range(best - NEAR_WIDTH, best + 1) if count[k])
    longer = sum(1 for k in lengths if k > wide / 2)
    if ends < NEAR_SHARE * longer:
        return None
    # Past the width only what a wrapper cannot break: a paragraph there is unwrapped.
    past = [i for i, k in enumerate(lengths) if k > wide]
    if len(past) > OVER_SHARE * longer:
        past_words = sum(1 for i in past if not _ADDRESS.search(lines[i]))
        if past_words > OVER_SHARE * longer:
            return None
    return wide


def _continues(above: str, line: str, wide: int) -> bool:
    """Was the break between ``above`` and ``line`` the wrapper's?"""
    if not above.strip() or opens_block(line):
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
    fence = ""  # the open code block's fence: its lines stay as they are
    for i, line in enumerate(lines):
        if not fence:
            fence = opening_fence(line)
        elif closes_fence(line, fence):
            fence = ""
        if not fence and out and _continues(lines[i - 1], line, wide):
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
