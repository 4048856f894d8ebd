"""The headline: the title-like line, near the article's start, that the article is about.

Every short line around the start of the article is a candidate; the choice weighs
what a reader would: the headline shares its words with the article that follows, sits
just above it (often right above a byline or dateline), is not a menu item, a link or a
sentence of the article, and is not the site's name. Wide lines of table layouts
(columns side by side, apart by runs of spaces) are read cell by cell.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import dates
from .blocks import HEADING, ITEM, Block
from .cues.meta import GLUED_OPENERS

REACH_ABOVE = 25  # kept (not dropped) blocks above the article start searched
REACH_BELOW = 8  # blocks below it (the chosen start is sometimes a stray paragraph)
PROSE_BELOW = 250  # ... but never past this much article prose: that is a subheading
PROSE_CHARS = 60
PROSE_STOP_SHARE = 0.25
SAMPLE_CHARS = 5000  # characters of a line read for its words: a headline is far shorter
CONTEXT_WINDOW = 150  # blocks either side of the start whose words are counted
BODY_CHARS = 3000  # article text whose words a headline should share
LEDE_CHARS = 600  # the opening paragraphs right below a candidate
LEDE_REACH = 10  # kept lines within which they must begin
MIN_SCORE = 1.0
MEMO_CHARS = 2_000  # longer lines are read afresh: the memo stays small
MAX_SENTENCE_WORDS = 2
OPENING_TITLE_WORDS = 15
SUBHEADING_AFTER = 250  # characters of the paragraph above that make a line a subheading
WORDY_MIN_WORDS = 10
WORDY_SHARE = 0.4

_WORD = regex.compile(r"\w+")
_CELL_GAP = regex.compile(r"\s{3,}")
_EMPTY_CELL = regex.compile(r"\|\s*\|")
_BOLD_LEAD = regex.compile(r"^[|\s]*\*\*+([^*]{10,250}?)\*\*\s*\S")  # "**Headline** The lede"
# A small letter, then a capitalised byline or dateline opener with no space between.
_GLUED = regex.compile(
    r"(?<=\p{Ll}[.!?'’\"”)]?)(?:"
    + "|".join(
        w.capitalize() for w in sorted(map(regex.escape, GLUED_OPENERS), key=len, reverse=True)
    )
    + r")\b"
)
_LINK = regex.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = regex.compile(r"\*\*+|(?<!\w)__+|__+(?!\w)")
_URLISH = regex.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w", regex.I)
_CLOSING = regex.compile(r"[:,;(\[{/|»>-]\s*$")
_OPENING = regex.compile(r"^[,;:)\]}|»>.]")
_ABBREVIATION_END = regex.compile(r"(?:\.\.|\b\p{L}\.\p{L}\.)$")  # "...", "U.S.", "N.Y.C."
_TAG_SEP = regex.compile(r"\s?,\s")
_TRAIL = regex.compile(r"\s[>»›|/]\s")
_TRAIL_CHARS = ">»›|/"  # the separators _TRAIL needs
_BYLINE = regex.compile(r"^(?:by|written by|posted by|von|par|por)\b\s*:?\s+\S", regex.I)
_CAPTION = regex.compile(
    r"\((?:left|right|centre|center|pictured|top|bottom|above|below|l|r|c|links|rechts|mitte|à gauche|à droite|au centre|ao centro|izquierda|derecha)\)|^(?:above|below|pictured|top|left|right)\s*:",
    regex.I,
)
_CREDIT = regex.compile(r"\p{L}/\p{Lu}")  # "Jane Doe/Reuters" in a caption


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


def is_prose(block: Block, stopwords: Collection[str]) -> bool:
    """A paragraph of running text: long, and thick with function words when they are known.

    Judged here rather than taken from the classifier, so that the headline's evidence
    does not shift when the classifier's thresholds do.
    """
    text = block.text
    if len(text) < PROSE_CHARS or (
        block.dropped and block.drop is not None and block.drop[1] != "boilerplate"
    ):
        return False
    if not stopwords:
        return len(text) >= 2 * PROSE_CHARS or text.rstrip().endswith((".", "!", "?", "。"))
    return _read(text, stopwords)[0]


def _key(text: str) -> str:
    return " ".join(text[:SAMPLE_CHARS].casefold().split())


def _words(text: str, stopwords: Collection[str]) -> list[str]:
    return list(_read(text, stopwords)[1])


MEMO_LINES = 2048  # lines whose words are remembered (then all forgotten at once)
_memo: dict[
    tuple[str, Collection[str]], tuple[bool, tuple[str, ...], frozenset[str], frozenset[str]]
] = {}


def _read(
    text: str, stopwords: Collection[str]
) -> tuple[bool, tuple[str, ...], frozenset[str], frozenset[str]]:
    """``(thick with stopwords, content words, the same as a set, echo keys)`` of a line,
    remembered for short lines: re-cleaning a body reads the same lines again.

    The echo keys are the line's :func:`_key`, and that of the last step of a trail.
    """
    key = (text, stopwords)
    memo = len(text) <= SAMPLE_CHARS and isinstance(stopwords, frozenset | tuple)
    if memo and (found := _memo.get(key)) is not None:
        return found
    words = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    content = tuple([w for w in words if w not in stopwords and (len(w) > 2 or w.isdigit())])
    own = _key(text)
    # Only a line with a trail separator can end in a step of its own.
    last = _TRAIL.split(text)[-1] if any(c in text for c in _TRAIL_CHARS) else text
    found = (
        sum(map(stopwords.__contains__, words)) >= PROSE_STOP_SHARE * len(words),
        content,
        frozenset(content),
        frozenset((own, own if last is text else _key(last))),
    )
    if memo:
        if len(_memo) >= MEMO_LINES:
            _memo.clear()
        _memo[key] = found
    return found


def is_title_like(text: str) -> bool:
    """Could this line be a headline? A few words, no dangling punctuation, not a date or URL.

    >>> is_title_like("Russian spacecraft brings cosmonauts to ISS"), is_title_like("Share:")
    (True, False)
    """
    if len(text) > 250:
        return False
    words = len(text.split())
    if not 2 <= words <= 30:
        return False
    if _CLOSING.search(text) or _OPENING.search(text) or _URLISH.search(text):
        return False
    if words > MAX_SENTENCE_WORDS and text.endswith(".") and not _ABBREVIATION_END.search(text):
        return False  # a sentence or a caption: headlines seldom end in a full stop
    if len(_TAG_SEP.findall(text)) >= 3 and len(text) < 30 * (len(_TAG_SEP.findall(text)) + 1):
        return False  # a tag list: "In this article: av, consoles, gaming, review"
    if len(_TRAIL.findall(text)) >= 2:
        return False  # a breadcrumb trail or a menu: "Home > News > World"
    if text.startswith("(") and text.endswith(")"):
        return False  # an aside: "(view forecast)", "(Source: ...)"
    letters = sum(map(str.isalpha, text))
    if letters < 0.6 * len(text.replace(" ", "")):
        return False
    return dates.dateline(text) is None


def candidates(
    blocks: Sequence[Block],
    start: int,
    stopwords: Collection[str] = (),
    prose_of: Sequence[bool] | None = None,
    bylines: Collection[int] = (),
) -> list[Candidate]:
    """Title-like lines (and cells of wide lines) around ``blocks[start]``.

    ``bylines`` ("By ..." blocks) vouch for the line right above them.
    """
    found: list[Candidate] = []
    lo = start
    kept = 0
    while lo > 0 and kept < REACH_ABOVE:
        lo -= 1
        if not blocks[lo].dropped:
            kept += 1
    # Below the start only when something lies above it: a page that opens with its
    # article (a cleaned body) has no headline further down, only subheadings.
    above = any(not b.dropped for b in blocks[:start])
    hi = min(len(blocks), start + (REACH_BELOW if above else 0) + 1)
    prose = 0
    after_paragraph = False  # the nearest kept line above is a paragraph of the text
    for i in range(lo, hi):
        block = blocks[i]
        if i > start and prose >= PROSE_BELOW:
            break
        is_paragraph = prose_of[i] if prose_of is not None else is_prose(block, stopwords)
        if i > start and is_paragraph:
            prose += len(block.text)
        under_paragraph = after_paragraph
        if not block.dropped:
            after_paragraph = is_paragraph and len(block.text) >= SUBHEADING_AFTER
        if (
            block.dropped
            and block.drop is not None
            and block.drop[1] not in ("byline", "boilerplate")
        ):
            continue
        if block.links and block.link_chars > 0.5 * len(block.text):
            continue
        if i == start and not above and (not _opens_page(block) or _runs_on(blocks, i)):
            continue
        if under_paragraph and not any(0 < a - i <= 2 for a in bylines):
            # A line right under a paragraph is a subheading, not the headline; unless a
            # byline follows it (the paragraph above was a caption or a teaser).
            continue
        if is_title_like(block.text):
            found.append(Candidate(i, block.text))
        for cell in cells(block.raw):
            if cell != block.text and is_title_like(cell):
                found.append(Candidate(i, cell, cell=True))
    return found


def cells(raw: str) -> tuple[str, ...]:
    """The cells of a wide line: columns apart by runs of spaces, the cells of a markdown
    table row ("| | Headline |"), a bold run that opens a paragraph ("**Headline**
    The lede..."), and what comes before a byline or dateline glued to it
    ("HeadlinePublished: ..."), each without its markup.
    """
    if len(raw) > MEMO_CHARS:
        return _cells(raw)
    return _cells_of_line(raw)


@lru_cache(maxsize=8192)
def _cells_of_line(raw: str) -> tuple[str, ...]:
    return _cells(raw)


def _cells(raw: str) -> tuple[str, ...]:
    parts: list[str] = []
    if _CELL_GAP.search(raw):
        parts = _CELL_GAP.split(raw)
    stripped = raw.strip()
    if "|" in stripped and (
        stripped.startswith("|") or stripped.endswith("|") or _EMPTY_CELL.search(stripped)
    ):
        parts = [p for part in (parts or [raw]) for p in part.split("|")]
    if _GLUED.search(raw):
        parts = [
            part[: m.start()] if (m := _GLUED.search(part)) else part for part in parts or [raw]
        ]
    found = [_unmark(p) for p in parts]
    if "**" in raw and (m := _BOLD_LEAD.match(raw)):
        found.append(_unmark(m.group(1)))
    return tuple(c for i, c in enumerate(found) if c and c not in found[:i])


def _unmark(cell: str) -> str:
    """A cell's text without markdown: emphasis, link targets, heading and list marks."""
    if "](" in cell:
        cell = _LINK.sub(r"\1", cell)
    if "*" in cell or "_" in cell:
        cell = _EMPHASIS.sub("", cell)
    return " ".join(cell.split()).strip("*_ ").lstrip("#+-•·> ").strip("*_ ")


def _opens_page(block: Block) -> bool:
    """Can the first line of a page that opens with its article be its headline?

    Only a short line in headline shape: on a cleaned body the first line is the
    article's own (a lede, a subheading), and re-cleaning must not take it away.
    """
    text = block.text
    first = next((ch for ch in text if ch.isalpha()), "")
    return (
        block.kind != ITEM
        and len(text) <= 250
        and len(text.split()) <= OPENING_TITLE_WORDS
        and first.isupper()
        and not text.endswith((".", "?", "!", "…"))
    )


def _runs_on(blocks: Sequence[Block], index: int) -> bool:
    """Does the sentence of ``blocks[index]`` run on into the next kept line ("... music
    lovers will be" / "able to ...")? Then it is a paragraph's first wrapped line.
    """
    nxt = next((b for b in blocks[index + 1 : index + 3] if not b.dropped), None)
    words = nxt.text.split(maxsplit=1) if nxt is not None else []
    first = words[0].rstrip(",;:") if words else ""
    return first.isalpha() and first[0].islower()  # a word, not "www.example.com"


@dataclass(frozen=True)
class Weights:
    """What each sign of a headline is worth."""

    shared_share: float = 2.0  # share of its words found in the article below it
    shared_count: float = 0.4  # per shared word, up to four
    lede: float = 1.5  # share of its words found in the first paragraphs right below it
    near: float = 1.5  # right above the start; less per kept block in between
    near_step: float = 0.06
    anchor: float = 1.2  # a byline or dateline within a few lines below
    short: float = -1.6  # one or two words: a menu label more often than a headline
    mid_length: float = 0.6  # five to twenty words
    per_word: float = -0.03  # per word, up to twenty: a deck or a lede runs longer
    heading: float = 1.2
    list_item: float = -1.2
    sentence: float = -1.5  # ends like a sentence of the article
    full_stop: float = -1.2
    cell: float = 0.0  # a cell of a table layout: no worse than a line of its own
    wordy: float = -1.2  # a long line thick with function words: a standfirst or a lede
    removed: float = -1.0  # a line a rule removed (the byline family aside)
    echo: float = 0.8  # the same words again elsewhere: a breadcrumb's end, a second heading
    credit: float = -1.5  # a photo credit or a position ("(left)") inside: a caption
    glued: float = -1.0  # a whole wide line whose cells are candidates of their own
    deck: float = -0.3  # right under another candidate: the headline's deck, or a teaser's
    lower_start: float = -2.0  # starts with a small letter: a fragment, a tag list


WEIGHTS = Weights()


@dataclass
class Context:
    """What candidates are judged against: the article's words, the page's chrome, anchors."""

    blocks: Sequence[Block]
    start: int
    stopwords: Collection[str]
    anchors: Collection[int]
    body: dict[str, int]  # word -> last block of the article's opening it occurs in
    chrome: dict[str, int]  # word -> number of non-article lines it occurs in
    prose: list[bool]  # per block: a paragraph of running text?
    words: list[frozenset[str]]  # per block: its content words
    _ledes: dict[int, frozenset[str]] = field(default_factory=dict)
    titles: Collection[int] = ()  # blocks holding a candidate
    _lines: dict[str, list[int]] = field(default_factory=dict)

    def echoes(self, cand: Candidate) -> bool:
        """Does the candidate's text recur on another line, or end a breadcrumb trail?"""
        if not self._lines:
            lo = max(0, self.start - CONTEXT_WINDOW)
            for i, block in enumerate(self.blocks[lo : self.start + CONTEXT_WINDOW], lo):
                for key in _read(block.text, self.stopwords)[3]:
                    self._lines.setdefault(key, []).append(i)
        return any(i != cand.index for i in self._lines.get(_key(cand.text), ()))

    def lede_words(self, index: int) -> frozenset[str]:
        """Words of the first paragraphs below ``blocks[index]`` (within a few kept lines)."""
        found = self._ledes.get(index)
        if found is not None:
            return found
        words: set[str] = set()
        kept = size = 0
        for j in range(index + 1, len(self.blocks)):
            block = self.blocks[j]
            if block.dropped:
                continue
            kept += 1
            if self.prose[j]:
                words.update(self.words[j])
                size += len(block.text)
            if size >= LEDE_CHARS or (not words and kept >= LEDE_REACH):
                break
        self._ledes[index] = found = frozenset(words)
        return found


def context(
    blocks: Sequence[Block], start: int, stopwords: Collection[str], anchors: Collection[int] = ()
) -> Context:
    """Count the words of the article's opening and of the lines around it."""
    body: dict[str, int] = {}
    chrome: dict[str, int] = {}
    size = 0
    # Only lines near the start can be read: a window keeps long pages cheap.
    lo, hi = max(0, start - CONTEXT_WINDOW), min(len(blocks), start + CONTEXT_WINDOW)
    prose_of = [False] * len(blocks)
    words_of: list[frozenset[str]] = [frozenset()] * len(blocks)
    for i in range(lo, hi):
        prose_of[i] = is_prose(blocks[i], stopwords)
        words_of[i] = _read(blocks[i].text, stopwords)[2]
    for i in range(lo, hi):
        block = blocks[i]
        words = words_of[i]
        prose = prose_of[i]
        if prose and i >= start:
            if size < BODY_CHARS:
                for w in words:
                    body[w] = i
                size += len(block.text)
        elif not prose:
            for w in words:
                chrome[w] = chrome.get(w, 0) + 1
    return Context(blocks, start, stopwords, anchors, body, chrome, prose_of, words_of)


def score(cand: Candidate, ctx: Context, w: Weights = WEIGHTS) -> float:
    """How much ``cand`` looks like the headline of the article at ``blocks[start]``."""
    blocks, start = ctx.blocks, ctx.start
    block = blocks[cand.index]
    text = cand.text
    words = _words(text, ctx.stopwords)
    if not words:
        return 0.0
    # Shared words: a headline names what its article is about. A word that recurs in
    # the page's menus and teasers ("News", the site's city) says less.
    prose = ctx.prose[cand.index]
    own = 0 if prose else 1
    shared = [
        1.0 / (1.0 + 0.5 * max(0, ctx.chrome.get(x, 0) - own))
        for x in words
        if ctx.body.get(x, -1) > cand.index
    ]
    s = w.shared_share * sum(shared) / len(words) + w.shared_count * min(sum(shared), 4.0)
    lede = ctx.lede_words(cand.index)
    s += w.lede * sum(1 for x in words if x in lede) / len(words)
    # Distance: kept blocks between the candidate and the start; below it costs more.
    if cand.index <= start:
        gap = sum(1 for b in blocks[cand.index + 1 : start] if not b.dropped)
        s += max(0.0, w.near - w.near_step * gap)
    else:
        s += max(0.0, w.near - 2 * w.near_step - 2.5 * w.near_step * (cand.index - start))
    if any(0 < a - cand.index <= 4 for a in ctx.anchors):
        s += w.anchor
    n = len(text.split())
    if n > WORDY_MIN_WORDS and ctx.stopwords:
        folded = _WORD.findall(text.casefold())
        if sum(x in ctx.stopwords for x in folded) > WORDY_SHARE * len(folded):
            s += w.wordy
    if n < 3:
        s += w.short
    elif 5 <= n <= 20:
        s += w.mid_length
    s += w.per_word * min(n, 20)
    if block.kind == HEADING:
        s += w.heading
    if block.kind == ITEM:
        s += w.list_item
    if prose and text.endswith((".", "…")):
        s += w.sentence
    elif text.endswith("."):
        s += w.full_stop
    if cand.cell:
        s += w.cell
    first = next((ch for ch in text if ch.isalpha()), "")
    if first.islower():
        s += w.lower_start
    if _CREDIT.search(text) or _CAPTION.search(text):
        s += w.credit
    if not cand.cell and _CELL_GAP.search(block.raw):
        s += w.glued
    if any(j < cand.index for j in ctx.titles) and _right_under_title(cand.index, ctx):
        s += w.deck
    if ctx.echoes(cand):
        s += w.echo
    if (
        block.dropped
        and not cand.cell
        and block.drop is not None
        and block.drop[1] != "boilerplate"
    ):
        s += w.removed
    return s


def _right_under_title(index: int, ctx: Context) -> bool:
    """Is the nearest kept block above ``blocks[index]`` a candidate's block?"""
    for j in range(index - 1, -1, -1):
        if j in ctx.titles:
            return True
        if not ctx.blocks[j].dropped:
            return False
    return False


def choose(
    blocks: Sequence[Block],
    start: int,
    *,
    stopwords: Collection[str] = (),
    anchors: Collection[int] = (),
    bylines: Collection[int] = (),
    exclude: Collection[str] = (),
) -> Chosen | None:
    """The best headline candidate around ``blocks[start]``, or None when none is good enough.

    ``anchors`` are indexes of byline and dateline blocks, ``bylines`` those of "By ..."
    lines; ``exclude`` holds texts that cannot be the headline (the site's name).
    """
    ctx = context(blocks, start, stopwords, anchors)
    unwanted = {t.casefold() for t in exclude}
    found = [
        cand
        for cand in candidates(blocks, start, stopwords, ctx.prose, bylines)
        # the site's name, a byline or a dateline
        if not (
            cand.text.casefold() in unwanted or cand.index in anchors or _BYLINE.match(cand.text)
        )
    ]
    ctx.titles = {cand.index for cand in found}
    scored: list[Chosen] = []
    for cand in found:
        s = score(cand, ctx)
        if s >= MIN_SCORE:
            scored.append(Chosen(cand, s))
    if not scored:
        return None
    return max(scored, key=lambda c: c.score)
