"""The headline: the title-like line, near the article's start, that the article is about.

Every short line around the start of the article is a candidate; the choice weighs
what a reader would: the headline shares its words with the article that follows, sits
just above it (often right above a byline or dateline), is not a menu item, a link or a
sentence of the article, and is not the site's name. Wide lines of table layouts
(columns side by side, apart by runs of spaces) are read cell by cell.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

import regex

from cleantext.blocks import BAD, GOOD, HEADING, ITEM, PARAGRAPH, Block, beside
from cleantext.cues.meta import (
    CAPTION_POSITIONS,
    FIELD_LABELS,
    FURNITURE_WORDS,
    GLUED_OPENERS,
    PICTURE_CREDITS,
)
from cleantext.meta import dates
from cleantext.text.prose import CLOSERS, STOPS, inner_sentence_end, sentence_end

REACH_ABOVE = 25  # kept (not dropped) blocks above the article start searched
REACH_BELOW = 8  # blocks below it whose bylines and datelines the header may hold
CANDIDATES_BELOW = 30  # blocks below it searched (the chosen start is sometimes a stray
# line of the page's chrome), until PROSE_BELOW characters of prose
DATED_LEAD_CHARS = 300  # a headline with a dateline glued in front is a short line
DATED_LEAD_REACH = 30  # ... whose date begins within the first characters ("Wednesday, ")
ANCHOR_BELOW = 4  # lines under a headline its byline or dateline may lie
HEADED_WORDS = 12  # a longer line over the article's first paragraph is its lede or deck
PROSE_BELOW = 250  # ... but never past this much article prose: that is a subheading
PROSE_CHARS = 60
PROSE_STOP_SHARE = 0.25
SAMPLE_CHARS = 5000  # characters of a line read for its words: a headline is far shorter
CONTEXT_WINDOW = 150  # blocks either side of the start whose words are counted
BODY_CHARS = 3000  # article text whose words a headline should share
LEDE_CHARS = 600  # the opening paragraphs right below a candidate
LEDE_REACH = 10  # kept lines within which they must begin
NEIGHBOUR_SCAN = 60  # blocks read at most, past those of other columns, for a line's neighbours
MIN_SCORE = 0.5
DECK_MARGIN = 0.75  # a headline scored this much under the deck right below it still wins
DECK_OVER_WORDS = 3  # ... when it has this many words (a shorter line is a label: "About Us")
NEAR_STEP = 0.04  # of the nearness sign, per kept block between a candidate and the start
TOP_HEADING_REACH = 12  # blocks above a subheading where a markdown page's "#" headline may lie
SIBLING_REACH = 400  # blocks below a subheading where a heading of its level is its sibling
PLAIN_HEADLINE_REACH = 2  # kept blocks above a first subheading where a plain headline may be
ARTICLE_ABOVE_WORDS = 15  # words of kept text above a first subheading: the article began
MEMO_CHARS = 2_000  # longer lines are read afresh: the memo stays small
MAX_SENTENCE_WORDS = 2
OPENING_TITLE_WORDS = 15
SUBHEADING_AFTER = 250  # characters of the paragraph above that make a line a subheading
WORDY_MIN_WORDS = 10
GLUED_ITEMS = 4  # this many joins of a small and a capital letter: a menu glued together
WORDY_SHARE = 0.4

_WORD = regex.compile(r"\w+")
_CELL_GAP = regex.compile(r"\s{3,}")
_EMPTY_CELL = regex.compile(r"\|\s*\|")
_BOLD_LEAD = regex.compile(r"^[|\s]*\*\*+([^*]{10,250}?)\*\*\s*\S")  # "**Headline** The lede"
# A small letter, then a capitalised byline or dateline opener with no space between.
_GLUED = regex.compile(
    rf"(?<=\p{{Ll}}[{STOPS}{CLOSERS}]?)(?:"
    + "|".join(
        w.capitalize() for w in sorted(map(regex.escape, GLUED_OPENERS), key=len, reverse=True)
    )
    + r")\b"
)
# Link text holds no "[" and a target at most one level of "(...)": a run of "[" or of
# "[a](" is then read once, not from each of them to the end of the line.
_LINK = regex.compile(r"!?\[([^\]\[]*)\]\((?:[^()]|\([^()]*\))*+\)")
_GLUED_ITEMS = regex.compile(r"\p{Ll}\p{Lu}")  # "...ItemItem...": no space between items
_SENTENCE_END = sentence_end(inside=True)  # a sentence ends somewhere in the line
# A sentence ends inside a long line and another begins: "... angry Trump supporter.”
# Emery retweeted ..."; a paragraph of the article, never its headline.
# A shorter line may be a headline of two: "Sacre bleep! Sarkozy's son is a producer".
TWO_SENTENCES_WORDS = 12
_INNER_SENTENCE = inner_sentence_end(quoted=True)
# A stop ends the line, closing marks after it at most: a headline may end in a quote or a
# bracket, seldom in a stop.
_ENDS_SENTENCE = sentence_end(stop=True)
_NUMBER = regex.compile(r"\d+(?:[.,:]\d+)*")
_FURNITURE = frozenset(FURNITURE_WORDS)
_NUMBERED = regex.compile(r"^\d{1,2}[.)]\s+\p{Lu}")
_FIELD = regex.compile(
    r"^(?:" + "|".join(sorted(map(regex.escape, FIELD_LABELS), key=len, reverse=True)) + r")\s?:",
    regex.I,
)
_EMPHASIS = regex.compile(r"\*\*+|(?<!\w)__+|__+(?!\w)")
_URLISH = regex.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w", regex.I)
_CLOSING = regex.compile(r"[:,;(\[{/|»>-]\s*$")
_OPENING = regex.compile(r"^[,;:)\]}|»>.]")
_ABBREVIATION_END = regex.compile(r"(?:\.\.|\b\p{L}\.\p{L}\.)$")  # "...", "U.S.", "N.Y.C."
_TAG_SEP = regex.compile(r"\s?,\s")
_TRAIL = regex.compile(r"\s[>»›|/]\s")
# "By Jane Doe"; in markdown renderings also "**ByJANE DOE**", the name glued to "By".
_BYLINE = regex.compile(
    r"^[*_\s]*(?:(?i:by|written by|posted by|von|par|por)\b\s*:?\s+\S|By(?=\p{Lu}))"
)
_CAPTION = regex.compile(
    r"\((?:"
    + "|".join(map(regex.escape, CAPTION_POSITIONS))
    + r")\)|^(?:above|below|pictured|top|left|right)\s*:|\([^()]{0,40}\b(?:"
    + "|".join(map(regex.escape, PICTURE_CREDITS))
    + r")\b[^()]{0,40}\)",
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
        return len(text) >= 2 * PROSE_CHARS or _ENDS_SENTENCE.search(text) is not None
    return _read(text, stopwords)[0]


def _key(text: str) -> str:
    return " ".join(text[:SAMPLE_CHARS].casefold().split())


def _words(text: str, stopwords: Collection[str]) -> list[str]:
    return list(_read(text, stopwords)[1])


MEMO_LINES = 2048  # lines whose words are remembered (then all forgotten at once)
_memo: dict[tuple[str, Collection[str]], tuple[bool, tuple[str, ...], frozenset[str], str]] = {}


def _read(
    text: str, stopwords: Collection[str]
) -> tuple[bool, tuple[str, ...], frozenset[str], str]:
    """``(thick with stopwords, content words, the same as a set, its key)`` of a line
    (:func:`_key`), remembered for short lines: re-cleaning a body reads the same lines
    again.
    """
    key = (text, stopwords)
    memo = len(text) <= SAMPLE_CHARS and isinstance(stopwords, frozenset | tuple)
    if memo and (found := _memo.get(key)) is not None:
        return found
    words = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    content = tuple([w for w in words if w not in stopwords and (len(w) > 2 or w.isdigit())])
    found = (
        sum(map(stopwords.__contains__, words)) >= PROSE_STOP_SHARE * len(words),
        content,
        frozenset(content),
        _key(text),
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
    if len(_GLUED_ITEMS.findall(text)) >= GLUED_ITEMS:
        return False  # a menu's items glued together: "TránsitoGuía de CineGuía de Teatro"
    letters = sum(map(str.isalpha, text))
    if letters < 0.6 * len(text.replace(" ", "")):
        return False
    return dates.dateline(text) is None


def is_caption(text: str) -> bool:
    """A caption's marks: a position ("(left)"), a picture credit in parentheses
    ("(TOI Photo)", "(Photo by Jane Doe)") or after a slash ("Jane Doe/Reuters").
    """
    return bool(_CREDIT.search(text) or _CAPTION.search(text))


def is_field(text: str) -> bool:
    """A field of a data sheet or of the page's tools: "Source: ...", "Font Size: ..."."""
    return _FIELD.match(text) is not None


def furniture_share(text: str) -> float:
    """The share of the words of ``text`` that name page furniture ("Most Viewed")."""
    words = _WORD.findall(text.casefold())
    return sum(1 for x in words if x in _FURNITURE) / len(words) if words else 0.0


def candidates(
    blocks: Sequence[Block],
    start: int,
    stopwords: Collection[str] = (),
    prose_of: Sequence[bool] | None = None,
    bylines: Collection[int] = (),
) -> list[Candidate]:
    """Title-like lines (and cells of wide lines) around ``blocks[start]``.

    ``bylines`` (byline and dateline blocks) vouch for the line right above them.
    """
    found: list[Candidate] = []
    lo = start
    kept = 0
    # Cells of another column than the start's (a menu, a sidebar of teasers) do not count.
    columns = start < len(blocks)
    while lo > 0 and kept < REACH_ABOVE:
        lo -= 1
        if not blocks[lo].dropped and not (columns and beside(blocks, start, lo)):
            kept += 1
    # Below the start only when something lies above it, kept or removed by a rule, or
    # when the first line is not a paragraph (the page's date, a menu, a "Top Stories"
    # label kept at the top): a page that opens with its article (a cleaned body) has
    # no headline further down, only subheadings.
    above = any(not b.dropped for b in blocks[:start])
    opens_article = start == 0 and bool(blocks) and _opens_article(blocks, stopwords, prose_of)
    hi = min(len(blocks), start + (0 if opens_article else CANDIDATES_BELOW) + 1)
    prose = 0
    after_paragraph = False  # the nearest kept line above is a paragraph of the text
    for i in range(lo, hi):
        block = blocks[i]
        if i > start and prose >= PROSE_BELOW:
            break
        is_paragraph = prose_of[i] if prose_of is not None else is_prose(block, stopwords)
        # A long line without a sentence end is a menu's, not a paragraph of the article.
        sentences = is_paragraph and _SENTENCE_END.search(block.text) is not None
        if i >= start and sentences:
            prose += len(block.text)
        under_paragraph = after_paragraph
        if not block.dropped:
            # A long line the classifier judged boilerplate (a menu with a full stop) is no
            # paragraph for a headline to be the subheading of.
            after_paragraph = (
                sentences and len(block.text) >= SUBHEADING_AFTER and block.label != BAD
            )
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
        if start == 0 and i > 0 and not _headed(blocks, i, bylines, prose_of, stopwords):
            continue
        if under_paragraph and not any(0 < a - i <= 2 for a in bylines):
            # A line right under a paragraph is a subheading, not the headline; unless a
            # byline or dateline follows it (the paragraph above was a caption or a teaser).
            continue
        # A paragraph that starts in the middle of a sentence (a wrapped line), that holds
        # two sentences, or that opens the article and ends like a sentence ("... I was
        # asked, “When will it be updated?”") is the article's.
        if is_title_like(block.text) and not (
            is_paragraph
            and (
                block.text[:1].islower()
                or _two_sentences(block.text)
                or (i > start and _ENDS_SENTENCE.search(block.text) is not None)
            )
        ):
            found.append(Candidate(i, block.text))
        for cell in cells(block.raw):
            if cell != block.text and is_title_like(cell):
                found.append(Candidate(i, cell, cell=True))
    return found


def _opens_article(
    blocks: Sequence[Block], stopwords: Collection[str], prose_of: Sequence[bool] | None
) -> bool:
    """Does the page open with its article: a paragraph, or a byline or clock time (that
    sit under their headline, so a body cleaned after its headline was taken)?
    """
    text = blocks[0].text
    return (
        _is_paragraph(blocks, 0, stopwords, prose_of)
        or _BYLINE.match(text) is not None
        or dates.is_time_line(text)
    )


def _headed(
    blocks: Sequence[Block],
    index: int,
    bylines: Collection[int],
    prose_of: Sequence[bool] | None,
    stopwords: Collection[str],
) -> bool:
    """Is ``blocks[index]``, under a first line that is not a paragraph, placed as a
    headline: over a byline or dateline, or in headline shape right over the article's
    first paragraph?
    """
    block = blocks[index]
    first = next((ch for ch in block.text if ch.isalnum()), "")
    if block.kind == ITEM or not (first.isupper() or first.isdigit()):
        return False
    if any(0 < a - index <= ANCHOR_BELOW for a in bylines):
        return True
    if len(block.text.split()) > HEADED_WORDS or _ENDS_SENTENCE.search(block.text):
        return False  # a lede or a deck: "Calling all customers and developers!"
    nxt = next(
        (j for j in range(index + 1, min(len(blocks), index + 4)) if not blocks[j].dropped), None
    )
    return nxt is not None and _is_paragraph(blocks, nxt, stopwords, prose_of)


def _two_sentences(text: str) -> bool:
    return len(text.split()) > TWO_SENTENCES_WORDS and _INNER_SENTENCE.search(text) is not None


def _is_paragraph(
    blocks: Sequence[Block], index: int, stopwords: Collection[str], prose_of: Sequence[bool] | None
) -> bool:
    return prose_of[index] if prose_of is not None else is_prose(blocks[index], stopwords)


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
    if (lead := dated_lead(stripped)) is not None:
        found.append(lead[1])
    if "**" in raw and (m := _BOLD_LEAD.match(raw)):
        found.append(_unmark(m.group(1)))
    return tuple(c for i, c in enumerate(found) if c and c not in found[:i])


def dated_lead(text: str) -> tuple[str, str] | None:
    """The ISO date and the rest of a line that opens with a dateline ("[January 05, 2008]
    Headline", "Wednesday, 09 January 2008 Headline"), or None.
    """
    if len(text) > DATED_LEAD_CHARS:
        return None
    found = dates.find(text)
    if found is None or found[1].start() > DATED_LEAD_REACH:
        return None
    end = found[1].end()
    if dates.dateline(text[:end].lstrip("[(")) is None:
        return None
    rest = text[end:].lstrip(" \t])|:-–—•·»")
    # A headline starts with a capital: "On May 5, 2008 the council voted ..." is prose.
    if len(rest.split()) < 2 or rest[0].islower():
        return None
    return found[0], _unmark(rest)


def _leads(raw: str, text: str) -> bool:
    """Is ``text`` the bold run that opens the line ``raw``?"""
    m = _BOLD_LEAD.match(raw) if "**" in raw else None
    return m is not None and _unmark(m.group(1)) == text


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
    first = next((ch for ch in text if ch.isalnum()), "")
    return (
        block.kind != ITEM
        and len(text) <= 250
        and len(text.split()) <= OPENING_TITLE_WORDS
        and (first.isupper() or first.isdigit())  # "10,000 sites infected by a Trojan"
        and _ENDS_SENTENCE.search(text) is None
    )


def _runs_on(blocks: Sequence[Block], index: int) -> bool:
    """Does the sentence of ``blocks[index]`` run on into the next kept line ("... music
    lovers will be" / "able to ...")? Then it is a paragraph's first wrapped line.
    """
    nxt = next((b for b in blocks[index + 1 : index + 3] if not b.dropped), None)
    words = nxt.text.split(maxsplit=1) if nxt is not None else []
    first = words[0].rstrip(",;:") if words else ""
    return first.isalpha() and first[0].islower()  # a word, not "www.example.com"


#: The signs of a headline, in the order :func:`features` gives them; what each is worth
#: ships as data (``data/title_weights.json``, fitted by ``tools/fit_title_weights.py``).
FEATURES: tuple[str, ...] = (
    # What it says: a headline names what its article is about.
    "shared",  # per word found in the article below it (up to four)
    "lede",  # share of its words found in the first paragraphs right below it
    "lede_gap",  # the article's prose begins right below (less per kept line)
    # Where it is: near the start, over a byline or a dateline.
    "near",  # above the start; less per kept block in between
    "below",  # below the start (the start was a stray line of the page)
    "anchor",  # a byline or dateline within a few lines below
    "anchor_next",  # the next kept line is a byline or dateline
    "anchor_above",  # the kept line right above is a byline or dateline
    "byline_below",  # a "By ..." line among the next two kept lines
    # Its shape.
    "short",  # one or two words: a menu label more often than a headline
    "mid_length",  # five to twenty words
    "per_word",  # per word, up to twenty: a deck or a lede runs longer
    "stop_share",  # share of function words
    "wordy",  # a long line thick with function words: a standfirst or a lede
    "heading",  # a markdown heading
    "top_heading",  # the page's one "#" heading: a markdown page's headline
    "list_item",
    "numbered",  # a numbered entry of a list ("4. Planet Ford arrives")
    "cell",  # a cell of a table layout
    "glued",  # a whole wide line whose cells are candidates of their own
    "prose",  # a paragraph of running text
    "sentence",  # a paragraph that ends like a sentence of the article
    "lower_start",  # starts with a small letter: a fragment, a tag list
    "caps",  # all in capitals: a section label, a masthead
    "numbers",  # two numbers or more: a score line, a listing
    # What else it may be: a caption, a field, the page's furniture.
    "credit",  # a photo credit or a position ("(left)") inside: a caption
    "field",  # a field of a data sheet or of the page: "Source: ...", "Artist: ..."
    "furniture",  # share of its words that name page furniture ("Most Viewed")
    "chrome_share",  # share of its words that recur in the page's menus
    "echo",  # the same line again elsewhere: a second heading, a teaser of it
    "after_end",  # below an end marker ("Related stories", "Comments")
    # Its neighbours: a headline over its deck, a teaser under another.
    "deck",  # right under another candidate
    "under_shared",  # right under a candidate that shares a word with the article
    "over_shared",  # right above a candidate that shares a word with the article
    "related_above",  # a line about the article a few kept lines above
    "over_longer",  # right above a longer line about the article: its deck
    "under_shorter",  # right under a shorter line about the article
)


@dataclass(frozen=True)
class Weights:
    """What each sign of a headline is worth, keyed by its name in :data:`FEATURES`.

    Checked when made: a weight for a sign that does not exist, or a sign without a
    weight, is an error rather than a silent shift of every weight after it.
    """

    by_name: Mapping[str, float]

    def __post_init__(self) -> None:
        missing = [name for name in FEATURES if name not in self.by_name]
        extra = sorted(set(self.by_name) - set(FEATURES))
        if missing or extra:
            raise ValueError(f"title weights: missing {missing}, unknown {extra}")

    @cached_property
    def vector(self) -> tuple[float, ...]:
        return tuple(float(self.by_name[name]) for name in FEATURES)


def load_weights() -> Weights:
    """The shipped weights (``cleantext/data/title_weights.json``)."""
    text = resources.files("cleantext").joinpath("data/title_weights.json").read_text("utf-8")
    return Weights(json.loads(text)["weights"])


WEIGHTS = load_weights()


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
    bylines: Collection[int] = ()  # "By ..." blocks
    _lines: dict[str, list[int]] = field(default_factory=dict)
    level_one: int = 0  # markdown "#" headings on the page

    def _index_lines(self) -> None:
        lo = max(0, self.start - CONTEXT_WINDOW)
        for i, block in enumerate(self.blocks[lo : self.start + CONTEXT_WINDOW], lo):
            self._lines.setdefault(_read(block.text, self.stopwords)[3], []).append(i)

    def echoes(self, cand: Candidate) -> bool:
        """Does the candidate's text recur on another line (a second heading)?"""
        if not self._lines:
            self._index_lines()
        return any(i != cand.index for i in self._lines.get(_key(cand.text), ()))

    def lines_below(self, index: int, scan: int = NEIGHBOUR_SCAN) -> Iterator[int]:
        """The blocks below ``blocks[index]`` in order (of the next ``scan``), but those
        beside it in another column of a table layout (:func:`~cleantext.blocks.beside`)."""
        blocks = self.blocks
        for j in range(index + 1, min(len(blocks), index + 1 + scan)):
            if not beside(blocks, index, j):
                yield j

    def lines_above(self, index: int, scan: int = NEIGHBOUR_SCAN) -> Iterator[int]:
        """The blocks above ``blocks[index]``, nearest first, as :meth:`lines_below`."""
        blocks = self.blocks
        for j in range(index - 1, max(-1, index - 1 - scan), -1):
            if not beside(blocks, index, j):
                yield j

    def next_kept(self, index: int, n: int) -> list[int]:
        """The blocks below ``blocks[index]`` down to its ``n``-th kept one."""
        return self._kept(self.lines_below(index), n)

    def prev_kept(self, index: int, n: int = 1) -> list[int]:
        """The blocks above ``blocks[index]`` up to its ``n``-th kept one."""
        return self._kept(self.lines_above(index), n)

    def _kept(self, near: Iterator[int], n: int) -> list[int]:
        """The blocks of ``near`` up to the ``n``-th kept one, within ``3 * n + 3``."""
        found = []
        kept = 0
        for j in near:
            found.append(j)
            kept += not self.blocks[j].dropped
            if kept >= n or len(found) >= 3 * n + 3:
                break
        return found

    def longer(self, index: int, words: int) -> bool:
        """Is ``blocks[index]`` a candidate's line of more words than ``words`` (of fewer
        than ``-words`` when it is negative)?
        """
        if index not in self.titles:
            return False
        n = len(self.blocks[index].text.split())
        return n > words if words >= 0 else n < -words

    def about(self, index: int) -> bool:
        """Does ``blocks[index]`` share two words with the article below it, words that
        the page's menus do not repeat?
        """
        own = 0 if self.prose[index] else 1
        return (
            sum(
                1
                for x in self.words[index]
                if self.body.get(x, -1) > index and self.chrome.get(x, 0) - own < 2
            )
            >= 2
        )

    def shares(self, index: int) -> bool:
        """Does ``blocks[index]`` share a word with the article below it?"""
        return any(self.body.get(x, -1) > index for x in self.words[index])

    def lede_gap(self, index: int) -> float:
        """1 when a paragraph of the article is the next kept line, less per kept line
        between, 0 from :data:`LEDE_REACH` lines on.
        """
        kept = 0
        for j in self.lines_below(index, len(self.blocks)):
            if self.blocks[j].dropped:
                continue
            if self.prose[j]:
                return max(0.0, 1.0 - kept / LEDE_REACH)
            kept += 1
            if kept >= LEDE_REACH:
                break
        return 0.0

    def lede_words(self, index: int) -> frozenset[str]:
        """Words of the first paragraphs below ``blocks[index]`` (within a few kept lines)."""
        found = self._ledes.get(index)
        if found is not None:
            return found
        words: set[str] = set()
        kept = size = 0
        for j in self.lines_below(index, len(self.blocks)):
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
    ctx = Context(blocks, start, stopwords, anchors, body, chrome, prose_of, words_of)
    ctx.level_one = sum(1 for b in blocks if b.kind == HEADING and heading_level(b) == 1)
    return ctx


def score(cand: Candidate, ctx: Context, w: Weights = WEIGHTS) -> float:
    """How much ``cand`` looks like the headline of the article at ``blocks[start]``."""
    signs = features(cand, ctx)
    if signs is None:
        return 0.0
    return sum((a * b for a, b in zip(w.vector, signs, strict=True)), 0.0)


def features(cand: Candidate, ctx: Context) -> tuple[float, ...] | None:
    """The signs of a headline :class:`Weights` weighs, in :data:`FEATURES` order; None
    for a candidate without a word.
    """
    blocks, start = ctx.blocks, ctx.start
    index = cand.index
    block = blocks[index]
    text = cand.text
    words = _words(text, ctx.stopwords)
    if not words:
        return None
    # Shared words: a word that recurs in the page's menus and teasers ("News", the
    # site's city) says less.
    prose = ctx.prose[index]
    own = 0 if prose else 1
    lede = ctx.lede_words(index)
    # A bold lead ("**Headline** MOSCOW (AFP): The lede...") has its article in the rest
    # of its own line; the columns of a table-layout line do not.
    rest: frozenset[str] = frozenset()
    if cand.cell and prose and _leads(block.raw, text):
        rest = _read(block.text.replace(text, " ", 1), ctx.stopwords)[2]
    shared = sum(
        1.0 / (1.0 + 0.5 * max(0, ctx.chrome.get(x, 0) - own))
        for x in words
        if ctx.body.get(x, -1) > index or x in rest
    )
    if rest:
        lede = lede | rest
    near = 0.0
    if index <= start:
        gap = sum(1 for b in blocks[index + 1 : start] if not b.dropped)
        near = max(0.0, 1.0 - NEAR_STEP * gap)
    n = len(text.split())
    folded = _WORD.findall(text.casefold())
    stops = sum(1 for x in folded if x in ctx.stopwords)
    first = next((ch for ch in text if ch.isalpha()), "")
    above, below = ctx.prev_kept(index), ctx.next_kept(index, 1)
    return (
        min(shared, 4.0),
        sum(1 for x in words if x in lede) / len(words),
        ctx.lede_gap(index),
        near,
        float(index > start),
        float(any(0 < a - index <= 4 for a in ctx.anchors)),
        float(any(j in ctx.anchors for j in below)),
        float(any(j in ctx.anchors for j in above)),
        float(any(j in ctx.bylines for j in ctx.next_kept(index, 2))),
        float(n < 3),
        float(5 <= n <= 20),
        float(min(n, 20)),
        stops / len(folded) if folded else 0.0,
        float(n > WORDY_MIN_WORDS and stops > WORDY_SHARE * len(folded)),
        float(block.kind == HEADING),
        float(ctx.level_one == 1 and heading_level(block) == 1),
        float(block.kind == ITEM),
        float(bool(_NUMBERED.match(text))),
        float(cand.cell),
        float(not cand.cell and bool(_CELL_GAP.search(block.raw))),
        float(prose),
        float(prose and text.endswith((".", "…"))),
        float(first.islower()),
        float(first.isupper() and text.upper() == text),
        float(len(_NUMBER.findall(text)) >= 2),
        float(is_caption(text)),
        float(is_field(text)),
        sum(1 for x in folded if x in _FURNITURE) / len(folded) if folded else 0.0,
        sum(1 for x in words if ctx.chrome.get(x, 0) - own >= 2) / len(words),
        float(ctx.echoes(cand)),
        float(block.after_end is not None),
        float(any(j < index for j in ctx.titles) and _right_under_title(index, ctx)),
        float(any(j in ctx.titles and ctx.shares(j) for j in above)),
        float(any(j in ctx.titles and ctx.shares(j) for j in below)),
        float(any(j in ctx.titles and ctx.about(j) for j in ctx.prev_kept(index, 3))),
        float(any(ctx.about(j) and ctx.longer(j, n) for j in below)),
        float(any(ctx.about(j) and ctx.longer(j, -n) for j in ctx.prev_kept(index, 2))),
    )


def _right_under_title(index: int, ctx: Context) -> bool:
    """Is the nearest kept block above ``blocks[index]`` a candidate's block?"""
    for j in ctx.lines_above(index, index):
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
    ctx, found = contenders(
        blocks, start, stopwords=stopwords, anchors=anchors, bylines=bylines, exclude=exclude
    )
    scored: list[Chosen] = []
    for cand in found:
        s = score(cand, ctx)
        if s >= MIN_SCORE:
            scored.append(Chosen(cand, s))
    if not scored:
        return None
    best = max(scored, key=lambda c: c.score)
    over = _headline_over(best, scored, ctx)
    if over is None and _first_subheading(best, ctx):
        over = _over_subheading(best, scored, ctx)
        # A first subheading under article text already kept (a cleaned body that opens
        # with the article's list) has no headline over it: the article began without one.
        if over is None and _under_article_text(best.candidate.index, ctx):
            return None
    return over or best


def heading_level(block: Block) -> int:
    """A markdown heading's level ("## Why" is 2); 0 for any other block."""
    if block.kind != HEADING:
        return 0
    raw = block.raw.lstrip()
    return len(raw) - len(raw.lstrip("#"))


def _over_subheading(best: Chosen, scored: Sequence[Chosen], ctx: Context) -> Chosen | None:
    """The headline over ``best``, the article's first subheading (:func:`_first_subheading`:
    "## What it is", later "## How it works"): the page's "#" heading just above it when
    that scores as a headline too, else a plain line right above it (where the page's
    headline is no heading). Taking the subheading would take it out of the body as well.
    """
    blocks, index = ctx.blocks, best.candidate.index
    for i in range(index - 1, max(-1, index - 1 - TOP_HEADING_REACH), -1):
        b = blocks[i]
        if heading_level(b) == 1:
            # Scored as a headline too: a "#" that names the site is no headline.
            top = [c for c in scored if c.candidate.index == i and not c.candidate.cell]
            if top:
                return top[0]
            break
    # A plain-line headline sits right over its first subheading (a kicker or a
    # dateline between them at most); a candidate further up is a sidebar's or a menu's.
    near = set(ctx.prev_kept(index, PLAIN_HEADLINE_REACH))
    above = [
        c
        for c in scored
        if c.candidate.index in near and blocks[c.candidate.index].kind == PARAGRAPH
    ]
    return max(above, key=lambda c: c.score) if above else None


def _first_subheading(best: Chosen, ctx: Context) -> bool:
    """Is ``best`` a markdown heading of level 2 or deeper with a kept sibling of its
    level further down (the article's, not a sidebar's "## Other stories")?"""
    blocks, index = ctx.blocks, best.candidate.index
    level = heading_level(blocks[index])
    if level < 2 or best.candidate.cell:
        return False
    below = blocks[index + 1 : index + 1 + SIBLING_REACH]
    return any(heading_level(b) == level and b.label == GOOD for b in below)


def _under_article_text(index: int, ctx: Context) -> bool:
    """Do kept paragraphs or list items between the article's start and ``blocks[index]``
    hold :data:`ARTICLE_ABOVE_WORDS` words (more than a kicker or a stray label)?"""
    words = sum(
        len(b.text.split())
        for b in ctx.blocks[ctx.start : index]
        if not b.dropped and b.label == GOOD and b.kind in (PARAGRAPH, ITEM)
    )
    return words >= ARTICLE_ABOVE_WORDS


def _headline_over(best: Chosen, scored: Sequence[Chosen], ctx: Context) -> Chosen | None:
    """A deck goes under its headline, never over it: when ``best`` sits right under a
    shorter candidate (of :data:`DECK_OVER_WORDS` words or more) that also names the
    article, scored within :data:`DECK_MARGIN`, that one is the headline. The weighted
    sum cannot say this: it weighs each line apart, and a long deck shares more words
    with the article than its headline does.
    """
    index, words = best.candidate.index, len(best.candidate.text.split())
    above = set(ctx.prev_kept(index))
    over = [
        c
        for c in scored
        if c.candidate.index in above
        and DECK_OVER_WORDS <= len(c.candidate.text.split()) < words
        and best.score - c.score < DECK_MARGIN
        and ctx.shares(c.candidate.index)
    ]
    return max(over, key=lambda c: c.score) if over else None


def contenders(
    blocks: Sequence[Block],
    start: int,
    *,
    stopwords: Collection[str] = (),
    anchors: Collection[int] = (),
    bylines: Collection[int] = (),
    exclude: Collection[str] = (),
) -> tuple[Context, list[Candidate]]:
    """The candidates :func:`choose` scores, and the context they are scored in."""
    ctx = context(blocks, start, stopwords, anchors)
    ctx.bylines = bylines
    unwanted = {t.casefold() for t in exclude}
    found = [
        cand
        for cand in candidates(blocks, start, stopwords, ctx.prose, anchors)
        # the site's name, a byline or a dateline
        if not (
            cand.text.casefold() in unwanted or cand.index in anchors or _BYLINE.match(cand.text)
        )
    ]
    ctx.titles = {cand.index for cand in found}
    return ctx, found
