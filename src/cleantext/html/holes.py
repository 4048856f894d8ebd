"""Article text the extraction lost between the parts it kept, put back from the page's lines.

trafilatura prunes elements inside the article it finds: a list whose items are links, a
table, a box of class names it distrusts, a section under a heading it reads as a
teaser. The article's text then has holes, which the page's visible lines, cleaned as a
text dump, still fill: between the first and the last line the extraction kept, such a
line was read in its place on the page and kept by the text pipeline. Where those
lines are a large share of the extracted text, they are put back where they stood.
What lies above or below the kept text is not touched: there, the page's lines are
menus and teasers as often as article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cleantext.document import Part
from cleantext.html.grams import Gram, trigrams


@dataclass(frozen=True)
class Holes:
    """Thresholds of :func:`fill`.

    ``share``: the lines between the kept text's first and last line that it lacks must
    hold at least this share of its characters (a caption or a share bar between two
    paragraphs is a small share; a lost list or section is a large one). ``match``: a
    line is the kept text's when at least this share of its word trigrams are in it.
    ``anchor``: the first and last line must have at least this many trigrams (about
    six words): a headline or a label the kept text holds also stands in the page's
    menus, and would stretch the span over them.
    """

    share: float = 0.3
    match: float = 0.5
    anchor: int = 4


HOLES = Holes()


def _in_order(anchors: list[tuple[int, int]]) -> list[int]:
    """The positions of the longest run of ``anchors`` ((position, part) pairs, by
    position) whose parts never go back: a line that echoes an earlier part of the
    article further down the page (a teaser, a quote in a comment) is left out."""
    tails: list[int] = []  # tails[n]: the anchor ending the best run of n + 1
    parts: list[int] = []  # the part of each of those tails
    before: list[int] = [-1] * len(anchors)
    for j, (_, part) in enumerate(anchors):
        n = bisect_right(parts, part)
        if n:
            before[j] = tails[n - 1]
        if n == len(tails):
            tails.append(j)
            parts.append(part)
        else:
            tails[n], parts[n] = j, part
    chain: list[int] = []
    j = tails[-1] if tails else -1
    while j >= 0:
        chain.append(anchors[j][0])
        j = before[j]
    return chain[::-1]


def _holes(texts: Sequence[str], ours: Sequence[str], holes: Holes) -> tuple[list[int], list[int]]:
    """For each of ``texts``, the index of the text of ``ours`` it is (at least
    ``holes.match`` of its trigrams in it; -1: none), and the indexes of the texts that
    are none of them and lie between the first and the last line that anchors the span
    (``holes.anchor`` trigrams or more, in the order of ``ours``)."""
    home: dict[Gram, int] = {}  # each trigram's first text of ours
    for k, text in enumerate(ours):
        for gram in trigrams(text):
            home.setdefault(gram, k)
    where: list[int] = []
    anchors: list[tuple[int, int]] = []
    for i, text in enumerate(texts):
        grams = trigrams(text)
        hits = [home[g] for g in grams if g in home]
        if not grams or len(hits) < holes.match * len(grams):
            where.append(-1)
            continue
        k = Counter(hits).most_common(1)[0][0]
        where.append(k)
        if len(grams) >= holes.anchor:
            anchors.append((i, k))
    if not anchors:
        return where, []
    # The span starts at the first line of the article found (a lead the extraction
    # placed lower still opens it) and ends with the longest run in its order.
    last = _in_order(anchors)[-1]
    return where, [i for i in range(anchors[0][0] + 1, last) if where[i] < 0]


def worth_reading(lines: str, body: str, holes: Holes = HOLES) -> bool:
    """Could the page's visible ``lines`` fill holes in ``body`` at all?

    A cheap bound before the lines are cleaned: cleaning only takes lines away, so when
    the uncleaned lines between the body's first and last hold too little, the cleaned
    ones do too.
    """
    kept = [line for line in body.split("\n") if line.strip()]
    size = sum(len(line) for line in kept)
    if not size:
        return False
    texts = [line for line in lines.split("\n") if line.strip()]
    _, found = _holes(texts, kept, holes)
    return sum(len(texts[i]) for i in found) >= holes.share * size


def fill(parts: Sequence[Part], found: Sequence[Part], holes: Holes = HOLES) -> list[Part] | None:
    """``parts`` (the extracted article) with the parts of ``found`` (the page's lines,
    cleaned) that lie between two of its own, each after the part it followed on the
    page; None when those are under ``holes.share`` of the article's characters."""
    size = sum(len(p.text) for p in parts)
    if not size or not found:
        return None
    where, gaps = _holes([p.text for p in found], [p.text for p in parts], holes)
    if sum(len(found[i].text) for i in gaps) < holes.share * size:
        return None
    after: dict[int, list[Part]] = {}
    anchor = 0  # the part of ``parts`` the last line of found that is one of them stands on
    gap = set(gaps)
    for i, part in enumerate(found):
        if where[i] >= 0:
            anchor = max(anchor, where[i])
        elif i in gap:
            after.setdefault(anchor, []).append(part)
    out: list[Part] = []
    for k, part in enumerate(parts):
        out.append(part)
        out.extend(after.get(k, []))
    return out
