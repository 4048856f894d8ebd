"""Label the blocks no rule decided: jusText's idea, stated in a few lines.

First pass, each block alone: *bad* (mostly link text), *short*, *good* (long, many
stopwords: prose), *near* (prose-ish) or *bad*. Second pass, context: a short or near
block between good ones is good (subheadings, list items, one-line paragraphs); one
next to bad ones is bad. Thresholds live in :class:`Thresholds`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .blocks import HEADING, Block

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

_WORD = regex.compile(r"\w+")
_SENTENCE_END = regex.compile(r"[.!?…。！？:;\"'”’»)]\s*$")


@dataclass(frozen=True)
class Thresholds:
    """Classifier thresholds (characters and stopword shares)."""

    short_chars: int = 50
    good_stop: float = 0.30
    near_stop: float = 0.18
    max_link_density: float = 0.4
    heading_chars: int = 150
    # Without a stoplist (an unknown language), prose is recognised by length and punctuation.
    nostop_good_chars: int = 120


THRESHOLDS = Thresholds()


def features(text: str, stopwords: frozenset[str]) -> tuple[int, float]:
    """``(words, stopword share)`` of ``text``."""
    words = _WORD.findall(text.casefold())
    if not words:
        return 0, 0.0
    if not stopwords:
        return len(words), 0.0
    return len(words), sum(w in stopwords for w in words) / len(words)


def label(block: Block, stopwords: frozenset[str], t: Thresholds = THRESHOLDS) -> str:
    """The first-pass label of one block, from its own features only."""
    text = block.text
    n = len(text)
    if block.links and block.link_chars > t.max_link_density * n:
        return BAD
    if n < t.short_chars or block.kind == HEADING:
        return SHORT
    if n < t.heading_chars and not _SENTENCE_END.search(text):
        return SHORT  # heading-like: kept only between paragraphs
    words, stop = features(text, stopwords)
    if not stopwords:
        if n >= t.nostop_good_chars and _SENTENCE_END.search(text):
            return GOOD
        return NEAR if _SENTENCE_END.search(text) else BAD
    if stop >= t.good_stop and words >= 8:
        return GOOD
    if stop >= t.near_stop:
        return NEAR
    return BAD


def _anchors(labels: list[str], order: range) -> list[str]:
    """For each position, the last good-or-bad label met walking in ``order``; edges are bad."""
    out = [BAD] * len(labels)
    seen = BAD
    for i in order:
        out[i] = seen
        if labels[i] in (GOOD, BAD):
            seen = labels[i]
    return out


def classify(blocks: list[Block], stopwords: frozenset[str], t: Thresholds = THRESHOLDS) -> None:
    """Set ``label`` on every block not yet dropped (dropped blocks are skipped)."""
    live = [b for b in blocks if not b.dropped]
    first = [label(b, stopwords, t) for b in live]
    if GOOD not in first:
        # Nothing reads as prose on its own (a short page, or text already clean): let
        # sentences stand in for paragraphs rather than return nothing.
        first = [
            GOOD if lab != BAD and _SENTENCE_END.search(b.text) else lab
            for b, lab in zip(live, first, strict=True)
        ]
    before = _anchors(first, range(len(first)))
    after = _anchors(first, range(len(first) - 1, -1, -1))
    final = list(first)
    for i, lab in enumerate(first):
        if lab == SHORT:
            final[i] = GOOD if before[i] == after[i] == GOOD else BAD
        elif lab == NEAR:
            final[i] = GOOD if GOOD in (before[i], after[i]) else BAD
    for block, lab in zip(live, final, strict=True):
        block.label = lab
