"""The heaviest run: the contiguous stretch of scores with the largest sum.

The maximum-subarray problem, solved in one pass (Kadane). Both the text classifier
(the densest run of prose) and the HTML path (the article span among trafilatura's
blocks) ask this question of their own scores.
"""

from __future__ import annotations

import math
from collections.abc import Iterable


def heaviest_run(scores: Iterable[tuple[int, float]]) -> tuple[int, int, float]:
    """``(first, last, total)`` of the run of ``(index, score)`` pairs with the largest sum.

    Indexes may skip (blocks that take no part); an empty input gives ``(0, -1, -inf)``.

    >>> heaviest_run(enumerate([-1.0, 2.0, -0.5, 3.0, -4.0]))
    (1, 3, 4.5)
    """
    best, first, last = -math.inf, 0, -1
    run, start = 0.0, 0
    for i, s in scores:
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, first, last = run, start, i
    return first, last, best
