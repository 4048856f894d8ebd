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


def _holes(texts: Sequence[str], mine: set[Gram], holes: Holes) -> tuple[list[bool], list[int]]:
    """Which texts are the kept text's (at least ``holes.match`` of their trigrams in
    ``mine``), and the indexes of the others between the first and the last of them
    that can anchor the span (``holes.anchor`` trigrams or more)."""
    owned, anchors = [], []
    for text in texts:
        grams = trigrams(text)
        own = bool(grams) and len(grams & mine) >= holes.match * len(grams)
        owned.append(own)
        anchors.append(own and len(grams) >= holes.anchor)
    if True not in anchors:
        return owned, []
    first, last = anchors.index(True), len(anchors) - 1 - anchors[::-1].index(True)
    return owned, [i for i in range(first + 1, last) if not owned[i]]


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
    _, found = _holes(texts, trigrams(body), holes)
    return sum(len(texts[i]) for i in found) >= holes.share * size


def fill(parts: Sequence[Part], found: Sequence[Part], holes: Holes = HOLES) -> list[Part] | None:
    """``parts`` (the extracted article) with the parts of ``found`` (the page's lines,
    cleaned) that lie between two of its own, each after the part it followed on the
    page; None when those are under ``holes.share`` of the article's characters."""
    size = sum(len(p.text) for p in parts)
    if not size or not found:
        return None
    mine: set[Gram] = set()
    home: dict[Gram, int] = {}  # each trigram's first part: where a line of found stands
    for k, part in enumerate(parts):
        for gram in trigrams(part.text):
            mine.add(gram)
            home.setdefault(gram, k)
    owned, gaps = _holes([p.text for p in found], mine, holes)
    if sum(len(found[i].text) for i in gaps) < holes.share * size:
        return None
    after: dict[int, list[Part]] = {}
    anchor = 0  # the part of ``parts`` the last owned line of found stands on
    gap = set(gaps)
    for i, part in enumerate(found):
        if owned[i]:
            votes = Counter(home[g] for g in trigrams(part.text) if g in home)
            anchor = max(anchor, votes.most_common(1)[0][0]) if votes else anchor
        elif i in gap:
            after.setdefault(anchor, []).append(part)
    out: list[Part] = []
    for k, part in enumerate(parts):
        out.append(part)
        out.extend(after.get(k, []))
    return out
