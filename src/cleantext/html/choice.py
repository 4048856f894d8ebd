"""Which view of the article to keep: trafilatura's blocks or readability's, both cleaned.

readability keeps one container and its siblings, so its article is the tighter of the
two: trafilatura also keeps teasers, reader comments and link lists around the article
it finds. readability's one failure is picking the wrong, small container (a caption, a
sidebar box): its text is then a small part of trafilatura's, and elsewhere on the page.
A short post is also a small part of what trafilatura keeps, but it lies inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from cleantext.blocks import Block

_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class Shares:
    """Thresholds of the choice between the two views.

    ``readability``: readability's kept text must be more than this share of
    trafilatura's to be taken outright. ``inside``: a shorter one is still taken when
    at least this share of its word trigrams is in trafilatura's kept text, and
    trafilatura adds no more prose than it has; a block of trafilatura's is added to it
    when less than ``beyond`` of its trigrams are readability's.
    """

    readability: float = 0.3
    inside: float = 0.95
    beyond: float = 0.5


SHARES = Shares()


def kept_chars(blocks: list[Block]) -> int:
    """Characters of text in the blocks no rule dropped."""
    return sum(len(b.text) for b in blocks if not b.dropped)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))} if words else set()


def short_article_inside(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool],
    shares: Shares = SHARES,
) -> bool:
    """Is readability's text the article within trafilatura's, which adds no prose to it?

    Then what trafilatura keeps besides it is the page around a short post: a profile,
    a list of books, a disclaimer.
    """
    mine: set[tuple[str, ...]] = set()
    for block in theirs:
        if not block.dropped:
            mine |= _trigrams(block.text)
    if not mine:
        return False
    kept = [b for b in ours if not b.dropped]
    grams = [_trigrams(b.text) for b in kept]
    found = set().union(*grams) & mine if grams else set()
    if len(found) < shares.inside * len(mine):
        return False
    beyond = sum(
        len(b.text)
        for b, g in zip(kept, grams, strict=True)
        if g and len(g & mine) < shares.beyond * len(g) and is_prose(b)
    )
    return beyond <= kept_chars(theirs)


def choose(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool] | None = None,
    shares: Shares = SHARES,
) -> tuple[list[Block], str]:
    """trafilatura's blocks (``ours``) or readability's, both cleaned: ``(blocks, path)``.

    readability's are taken unless their text is a small part of trafilatura's; a small
    part is still taken when it is the article inside trafilatura's text (``is_prose``
    tells prose from the rest; without it, a small part is never taken).
    """
    if not theirs:
        return ours, "html"
    if kept_chars(theirs) > shares.readability * kept_chars(ours):
        return theirs, "html-readability"
    if is_prose is not None and short_article_inside(ours, theirs, is_prose, shares):
        return theirs, "html-readability"
    return ours, "html"
