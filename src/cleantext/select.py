"""Find the article span: the run of blocks where prose outweighs boilerplate.

Each labelled block scores: good blocks gain their length, bad ones cost a fixed toll
plus a share of theirs. The article is the contiguous span with the highest total (the
maximum-subarray problem, solved in one pass), so a menu between two sections of the
same article is bridged, while a lone teaser paragraph in the footer is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Block
from .classify import GOOD


@dataclass(frozen=True)
class Weights:
    """Scores of the span search."""

    good_cap: int = 1000  # a giant paragraph counts no more than this
    bad_toll: float = 20.0
    bad_share: float = 0.25


WEIGHTS = Weights()


def score(block: Block, w: Weights = WEIGHTS) -> float:
    if block.label == GOOD:
        return float(min(len(block.text), w.good_cap))
    return -(w.bad_toll + w.bad_share * len(block.text))


def span(blocks: list[Block], w: Weights = WEIGHTS) -> tuple[int, int] | None:
    """``(first, last)`` indexes into ``blocks`` of the best span, or None if no block is good.

    Dropped blocks are transparent: they neither add nor cost.
    """
    best = 0.0
    best_span: tuple[int, int] | None = None
    run = 0.0
    run_start = -1
    for i, block in enumerate(blocks):
        if block.dropped:
            continue
        s = score(block, w)
        block.score = s
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span
