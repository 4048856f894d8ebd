"""The article span: from the first block the classifier kept to the last.

The classifier already weighs each block's place on the page (its neighbours, the
densest run of prose, end markers above it), so selection only has to name the span's
ends: metadata reads the header above the first kept block, and nothing outside the
span survives.
"""

from __future__ import annotations

from cleantext.blocks import GOOD, Block


def span(blocks: list[Block]) -> tuple[int, int] | None:
    """``(first, last)`` indexes into ``blocks`` of the kept blocks, or None if none is kept."""
    kept = [i for i, b in enumerate(blocks) if not b.dropped and b.label == GOOD]
    if not kept:
        return None
    return kept[0], kept[-1]
