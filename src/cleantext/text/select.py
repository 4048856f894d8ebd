"""The article span: from the first block the classifier kept to the last.

The classifier already weighs each block's place on the page (its neighbours, the
densest run of prose, end markers above it), so selection only has to name the span's
ends: metadata reads the header above the first kept block, and nothing outside the
span survives.
"""

from __future__ import annotations

from cleantext.blocks import GOOD, Block
from cleantext.text.prose import is_prose

WHOLE_PROSE_SHARE = 0.5  # of a text's characters, in prose lines, for it to read as an article
WHOLE_PROSE_CHARS = 40  # a prose line's length, at least
WHOLE_OPENS_WITHIN = 3  # lines: an article opens with prose, under a headline and a byline


def span(blocks: list[Block]) -> tuple[int, int] | None:
    """``(first, last)`` indexes into ``blocks`` of the kept blocks, or None if none is kept."""
    kept = [i for i, b in enumerate(blocks) if not b.dropped and b.label == GOOD]
    if not kept:
        return None
    return kept[0], kept[-1]


def reads_as_article(blocks: list[Block]) -> bool:
    """Whether a text reads as an article already: no cue found cruft in it, it opens
    with prose within its first lines, and most of its text is prose.

    A page's dump has menus, share lines or footers that a cue names, or a masthead of
    short lines above the article; the body of an earlier cleaning, or an HTML page's
    extracted text, has neither. Such a text is kept whole but for its byline: cleaning
    it again changes nothing by construction, and a short paragraph at its end, that
    among a page's menus would read as a teaser, stays. A text of short labels with no
    prose is judged line by line.
    """
    if not blocks or any(b.dropped for b in blocks):
        return False
    flags = [is_prose(b.text, WHOLE_PROSE_CHARS) for b in blocks]
    if True not in flags[:WHOLE_OPENS_WITHIN]:
        return False
    prose = sum(len(b.text) for b, f in zip(blocks, flags, strict=True) if f)
    return prose >= WHOLE_PROSE_SHARE * sum(len(b.text) for b in blocks)
