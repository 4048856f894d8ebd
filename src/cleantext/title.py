"""The headline: the title-like line, near the article's start, that the article is about.

Every short line around the start of the article is a candidate; the choice weighs
what a reader would: the headline shares its words with the article that follows, sits
just above it (often right above a byline or dateline), is not a menu item, a link or a
sentence of the article, and is not the site's name. Wide lines of table layouts
(columns side by side, apart by runs of spaces) are read cell by cell.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from . import dates
from .blocks import HEADING, ITEM, Block
from .classify import GOOD

REACH_ABOVE = 25  # kept (not dropped) blocks above the article start searched
REACH_BELOW = 8  # blocks below it (the chosen start is sometimes a stray paragraph)
PROSE_BELOW = 250  # ... but never past this much article prose: that is a subheading
BODY_CHARS = 3000  # article text whose words a headline should share
MIN_SCORE = 1.0
MAX_SENTENCE_WORDS = 10

_WORD = regex.compile(r"\w+")
_CELL_GAP = regex.compile(r"\s{3,}")
_URLISH = regex.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w", regex.I)
_CLOSING = regex.compile(r"[:,;(\[{/|»>-]\s*$")
_OPENING = regex.compile(r"^[,;:)\]}|»>.]")


@dataclass(frozen=True)
class Candidate:
    """One possible headline: the block it is in and its text (the block's, or a cell's)."""

    index: int
    text: str
    cell: bool = False


@dataclass(frozen=True)
class Chosen:
    """The headline and why: its candidate and score."""

    candidate: Candidate
    score: float


def _words(text: str, stopwords: Collection[str]) -> list[str]:
    return [
        w
        for w in _WORD.findall(text.casefold())
        if w not in stopwords and (len(w) > 2 or w.isdigit())
    ]


def is_title_like(text: str) -> bool:
    """Could this line be a headline? A few words, no dangling punctuation, not a date or URL.

    >>> is_title_like("Russian spacecraft brings cosmonauts to ISS"), is_title_like("Share:")
    (True, False)
    """
    words = len(text.split())
    if not 2 <= words <= 30 or len(text) > 250:
        return False
    if _CLOSING.search(text) or _OPENING.search(text) or _URLISH.search(text):
        return False
    if words > MAX_SENTENCE_WORDS and text.endswith(".") and not text.endswith(".."):
        return False  # a sentence: headlines seldom end in a full stop
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.6 * len(text.replace(" ", "")):
        return False
    return dates.dateline(text) is None


def candidates(blocks: Sequence[Block], start: int) -> list[Candidate]:
    """Title-like lines (and cells of wide lines) around ``blocks[start]``."""
    found: list[Candidate] = []
    lo = start
    kept = 0
    while lo > 0 and kept < REACH_ABOVE:
        lo -= 1
        if not blocks[lo].dropped:
            kept += 1
    hi = min(len(blocks), start + REACH_BELOW + 1)
    prose = 0
    for i in range(lo, hi):
        block = blocks[i]
        if i > start and prose >= PROSE_BELOW:
            break
        if i >= start and block.label == GOOD and not block.dropped:
            prose += len(block.text)
        if (
            block.dropped
            and block.drop is not None
            and block.drop[1] not in ("byline", "related", "boilerplate")
        ):
            continue
        if block.links and block.link_chars > 0.5 * len(block.text):
            continue
        if is_title_like(block.text):
            found.append(Candidate(i, block.text))
        elif _CELL_GAP.search(block.raw):
            for cell in _CELL_GAP.split(block.raw):
                cell = " ".join(cell.split()).lstrip("*+-•·> ")
                if is_title_like(cell):
                    found.append(Candidate(i, cell, cell=True))
    return found


def _body_words(blocks: Sequence[Block], start: int, stopwords: Collection[str]) -> dict[str, int]:
    """Words of the article's first few thousand characters, with the last block they occur in."""
    seen: dict[str, int] = {}
    size = 0
    for i in range(start, len(blocks)):
        block = blocks[i]
        if block.label != GOOD or len(block.text) < 60:
            continue
        for w in _words(block.text, stopwords):
            seen[w] = i
        size += len(block.text)
        if size >= BODY_CHARS:
            break
    return seen


def score(
    cand: Candidate,
    blocks: Sequence[Block],
    start: int,
    body: dict[str, int],
    anchors: Collection[int],
    stopwords: Collection[str],
) -> float:
    """How much ``cand`` looks like the headline of the article at ``blocks[start]``."""
    block = blocks[cand.index]
    text = cand.text
    words = _words(text, stopwords)
    if not words:
        return 0.0
    # Shared words: a headline names what its article is about.
    shared = sum(1 for w in words if body.get(w, -1) > cand.index) / len(words)
    s = 3.0 * shared
    # Distance: kept blocks between the candidate and the start (below the start costs more).
    if cand.index < start:
        gap = sum(1 for b in blocks[cand.index + 1 : start] if not b.dropped)
        s += max(0.0, 1.5 - 0.12 * gap)
    else:
        s += max(0.0, 0.6 - 0.15 * (cand.index - start))
    # A byline or dateline just below: the usual header of an article.
    if any(0 < a - cand.index <= 4 for a in anchors):
        s += 1.2
    n = len(text.split())
    if n < 3:
        s -= 0.8
    elif 5 <= n <= 20:
        s += 0.3
    if block.kind == HEADING:
        s += 0.6
    if block.kind == ITEM:
        s -= 0.8
    if block.label == GOOD and text.endswith((".", "…")):
        s -= 1.5  # a sentence of the article
    elif text.endswith("."):
        s -= 0.7
    if cand.cell:
        s -= 0.3
    if block.dropped and not cand.cell:
        s -= 0.5 if block.drop is not None and block.drop[1] == "boilerplate" else 1.0
    return s


def choose(
    blocks: Sequence[Block],
    start: int,
    *,
    stopwords: Collection[str] = (),
    anchors: Collection[int] = (),
    exclude: Collection[str] = (),
) -> Chosen | None:
    """The best headline candidate around ``blocks[start]``, or None when none is good enough.

    ``anchors`` are indexes of byline and dateline blocks; ``exclude`` holds texts that
    cannot be the headline (the site's name).
    """
    body = _body_words(blocks, start, stopwords)
    unwanted = {t.casefold() for t in exclude}
    best: Chosen | None = None
    for cand in candidates(blocks, start):
        if cand.text.casefold() in unwanted:
            continue
        s = score(cand, blocks, start, body, anchors, stopwords)
        if s >= MIN_SCORE and (best is None or s > best.score):
            best = Chosen(cand, s)
    return best
