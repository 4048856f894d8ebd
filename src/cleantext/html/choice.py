"""Which view of the article to keep: trafilatura's blocks or readability's, both cleaned.

readability keeps one container and its siblings, so its article is the tighter of the
two: trafilatura also keeps teasers, reader comments and link lists around the article
it finds. readability's one failure is picking the wrong, small container (a caption, a
sidebar box): its text is then a small part of trafilatura's, and elsewhere on the page.
A short post is also a small part of what trafilatura keeps, but it lies inside it.

Where readability's container is one part of an article that trafilatura keeps whole (a
piece of a page split into sections, a list between its paragraphs, the lead above
it), trafilatura's blocks are kept around readability's text on the evidence that they
read as the same article (:func:`widen`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cleantext.blocks import HEADING, Block
from cleantext.html.grams import Gram, Words


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


@dataclass(frozen=True)
class Widening:
    """Thresholds of :func:`widen`: when trafilatura's blocks around readability's text are kept.

    ``cover``: at least this share of readability's word trigrams must be in trafilatura's
    kept text (else readability holds text trafilatura lost, and its view stays whole).
    ``more``: readability's kept text may be at most this many times the text of
    trafilatura's blocks that match it (repeated paragraphs trafilatura keeps once).
    ``topic``: below readability's text, a paragraph is kept when at least this share of
    its content words (``word_chars`` characters or more, not stopwords) are in
    readability's text; above it and between its paragraphs, reading as prose is enough.
    ``between``: every block between the first and the last kept one is kept too, prose or
    not (a label, a list item, a table row between two parts of the article).
    """

    cover: float = 0.8
    more: float = 1.5
    topic: float = 0.15
    word_chars: int = 4
    between: bool = True


WIDENING = Widening()


@dataclass(frozen=True)
class Elsewhere:
    """Thresholds of :func:`readability_elsewhere`: readability's container is not the article.

    ``cover``: under this share of readability's word trigrams is in trafilatura's kept
    text. ``prose``: trafilatura's sentence-ended prose outside readability's text is at
    least this share of trafilatura's kept text, and at least ``min_chars`` characters;
    a block counts when under ``links`` of its text is link text. ``topic``: under this
    share of readability's content words (``word_chars`` characters or more, not
    stopwords) occur in trafilatura's kept text, so readability's text is on another
    subject, not another part of the same article.
    """

    cover: float = 0.2
    prose: float = 0.2
    min_chars: int = 200
    links: float = 0.3
    topic: float = 0.3
    word_chars: int = 4


ELSEWHERE = Elsewhere()


def _readabilitys(grams: set[Gram], mine: set[Gram], shares: Shares) -> bool:
    """Is a block with these word trigrams readability's text (``mine``): at least
    ``shares.beyond`` of them in it? A block without trigrams is nobody's."""
    return bool(grams) and len(grams & mine) >= shares.beyond * len(grams)


def kept_chars(blocks: list[Block]) -> int:
    """Characters of text in the blocks no rule dropped."""
    return sum(len(b.text) for b in blocks if not b.dropped)


def short_article_inside(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool],
    shares: Shares = SHARES,
    words: Words | None = None,
) -> bool:
    """Is readability's text the article within trafilatura's, which adds no prose to it?

    Then what trafilatura keeps besides it is the page around a short post: a profile,
    a list of books, a disclaimer. ``words``: the page's words, computed once for all
    the tests of the choice.
    """
    words = words or Words()
    mine = words.union([b for b in theirs if not b.dropped])
    if not mine:
        return False
    kept = [b for b in ours if not b.dropped]
    grams = [words.grams(b) for b in kept]
    found = words.union(kept) & mine
    if len(found) < shares.inside * len(mine):
        return False
    beyond = sum(
        len(b.text)
        for b, g in zip(kept, grams, strict=True)
        if g and not _readabilitys(g, mine, shares) and is_prose(b)
    )
    return beyond <= kept_chars(theirs)


def choose(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool] | None = None,
    shares: Shares = SHARES,
    words: Words | None = None,
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
    if is_prose is not None and short_article_inside(ours, theirs, is_prose, shares, words):
        return theirs, "html-readability"
    return ours, "html"


def readability_elsewhere(
    ours: list[Block],
    theirs: list[Block],
    is_sentence: Callable[[Block], bool],
    stopwords: frozenset[str],
    shares: Shares = SHARES,
    w: Elsewhere = ELSEWHERE,
    words: Words | None = None,
) -> bool:
    """Did readability keep another container than the article trafilatura found?

    Then readability's text is hardly in trafilatura's and on another subject (a
    teaser box, an author's note, a shop's footer), while trafilatura's kept text holds prose of its own: sentences with
    few links (``is_sentence`` tells them) that readability's text does not hold.
    trafilatura's view is then kept whole (after its rules), since recall is what such a
    page loses. ``words``: the page's words, shared with the choice's other tests.
    """
    words = words or Words()
    kept = [b for b in ours if not b.dropped]
    total = sum(len(b.text) for b in kept)
    mine = words.union([b for b in theirs if not b.dropped])
    if not mine or not total:
        return False
    grams = [words.grams(b) for b in kept]
    if len(words.union(kept) & mine) >= w.cover * len(mine):
        return False
    held: set[str] = set()
    for block in kept:
        held.update(words.content(block, stopwords, w.word_chars))
    topic = [x for b in theirs if not b.dropped for x in words.content(b, stopwords, w.word_chars)]
    if sum(x in held for x in topic) >= w.topic * len(topic):
        return False
    prose = sum(
        len(b.text)
        for b, g in zip(kept, grams, strict=True)
        if g
        and not _readabilitys(g, mine, shares)
        and b.link_chars < w.links * len(b.text)
        and is_sentence(b)
    )
    return prose >= w.min_chars and prose >= w.prose * total


def widen(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool],
    stopwords: frozenset[str],
    shares: Shares = SHARES,
    w: Widening = WIDENING,
    words: Words | None = None,
) -> bool:
    """Keep trafilatura's blocks (``ours``) around readability's text where they read as its article.

    readability keeps one container and its siblings; on many pages that is one part of
    the article (the sections after the first, a list between paragraphs, the lead
    above), which trafilatura keeps whole. When trafilatura's kept text holds
    readability's, its blocks that match readability's are kept, and so are the others
    that read as prose (``is_prose``) above or among them, or below them on the same
    topic (content words shared with readability's text); a heading is kept with the
    block it heads. The rest of ``ours`` is marked ``choice.outside_readability``.
    Returns whether ``ours`` is now the better view; when not, nothing is marked.
    ``words``: the page's words, shared with the choice's other tests.
    """
    words = words or Words()
    live = [b for b in theirs if not b.dropped]
    mine = words.union(live)
    topic: set[str] = set()
    for block in live:
        topic.update(words.content(block, stopwords, w.word_chars))
    kept = [b for b in ours if not b.dropped]
    grams = [words.grams(b) for b in kept]
    if not mine or not kept or len(words.union(kept) & mine) < w.cover * len(mine):
        return False
    inside = [_readabilitys(g, mine, shares) for g in grams]
    matched = sum(len(b.text) for b, hit in zip(kept, inside, strict=True) if hit)
    if not matched or kept_chars(theirs) > w.more * matched:
        return False
    last = len(inside) - 1 - inside[::-1].index(True)
    keep = list(inside)
    for i, block in enumerate(kept):
        if keep[i] or not is_prose(block):
            continue
        if i < last:  # above readability's text or among it: prose is enough
            keep[i] = True
        else:
            own = words.content(block, stopwords, w.word_chars)
            keep[i] = bool(own) and sum(x in topic for x in own) >= w.topic * len(own)
    for i in range(len(kept) - 2, -1, -1):  # upwards: a stack of headings heads the block
        if not keep[i] and kept[i].kind == HEADING and keep[i + 1]:
            keep[i] = True
    if w.between and True in keep:
        # A short line between kept blocks is the article's (a label, a list item, a
        # caption of its own): what lies between two parts of it is part of it.
        first, final = keep.index(True), len(keep) - 1 - keep[::-1].index(True)
        for i in range(first + 1, final):
            keep[i] = True
    if keep == inside:
        return False
    for block, wanted in zip(kept, keep, strict=True):
        if not wanted:
            block.mark("choice.outside_readability", "boilerplate")
    return True


def lead_above(
    ours: list[Block],
    theirs: list[Block],
    is_prose: Callable[[Block], bool],
    shares: Shares = SHARES,
    words: Words | None = None,
) -> list[Block]:
    """trafilatura's prose right above readability's text: the article's lead, to go first.

    readability keeps one container; a lead paragraph (a standfirst, a teaser of the
    article itself) often stands in a container above it, which trafilatura keeps. The
    blocks returned are the unbroken run of prose in ``ours`` just above the first block
    that matches readability's text, none of them readability's (where readability kept
    the article's last part, that run is its first).
    """
    words = words or Words()
    mine = words.union([b for b in theirs if not b.dropped])
    kept = [b for b in ours if not b.dropped]
    if not mine:
        return []
    first = next(
        (i for i, block in enumerate(kept) if _readabilitys(words.grams(block), mine, shares)),
        None,
    )
    if first is None:
        return []
    start = first
    while start > 0 and is_prose(kept[start - 1]):
        start -= 1
    return kept[start:first]
