"""Label the blocks no rule decided: article prose (good) or boilerplate (bad).

jusText's idea, with its thresholds replaced by a scorer fitted on pages with human
gold (``tools/fit_text_model.py``) whose weights ship as data:

1. each block is described by named features of its own (length, stopword share,
   sentence punctuation, link share, capitals, digits, position on the page...) and of
   its place in the page (end markers above it, lines of one shape signing a series of
   entries around it): :data:`INPUTS`;
2. a small recurrent network (:mod:`cleantext.text.scorer`) reads those rows down the page
   and up again, so a block's verdict weighs everything around it: a subheading
   between paragraphs is kept, a comment under "3 Comments" and a teaser among menus go;
3. jusText's context rule keeps short lines between kept paragraphs (:func:`bridge`).

``Block.score`` keeps the probability, so each verdict can be read back.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import regex

from cleantext.blocks import BAD as BAD  # the verdicts, re-exported beside the classifier
from cleantext.blocks import GOOD as GOOD
from cleantext.blocks import HEADING, ITEM, PARAGRAPH, Block, shares_line
from cleantext.text import scorer as _scorer
from cleantext.text import shapes as _shapes
from cleantext.text.prose import INNER_SENTENCE_END, SENTENCE_END
from cleantext.text.scorer import Network

_WORD = regex.compile(r"\w+")
_LETTER = regex.compile(r"\p{L}")
_CAPITAL = regex.compile(r"(?<!\w)\p{Lu}")
_DIGIT = regex.compile(r"\d")  # any script's digit, as _DATED reads them
_SEPARATORS = regex.compile(r"\s[|·•»›/]\s|\s[-–—]\s")
_URLISH = regex.compile(r"https?://|www\.|@\w|\.(?:com|org|net)\b")
# A date or a clock time: datelines, comment headers ("Peter 07.08.12 at 13:24").
_DATED = regex.compile(
    r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\b)?|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}\b",
    regex.I,
)
# A commenter's header or a reply link: "Jane says:", "Reply", "Report abuse".
_SPEAKER = regex.compile(
    r"(?:\bsays|\bsaid|\bwrote|\breply|\bantworten|\brépondre|\bresponder|\brispondi)\W{0,3}$",
    regex.I,
)

#: A block's own features, in input order.
FEATURES: tuple[str, ...] = (
    "bias",
    "log_chars",  # log of the line's length
    "stopwords",  # share of words in the language's stoplist
    "no_stoplist",  # the language has no stoplist (stopwords is then 0)
    "sentence_end",  # ends like a sentence
    "colon_end",  # ends with a colon (a label or a lead-in)
    "link_share",  # share of characters inside markdown links
    "heading",
    "item",
    "capitalised",  # share of words that start with a capital
    "digits",  # share of characters that are digits
    "commas",  # commas per word: prose has clauses
    "position",  # where on the page, 0 top .. 1 bottom
    "position_sq",
    "gap",  # a blank line came before
    "word_length",  # mean word length, scaled
    "separators",  # " | ", " · ", " - " between items
    "urlish",  # URLs, handles, domains
    "repeated",  # the same text occurs elsewhere on the page
    "short",  # under 30 characters
    "lowercase_start",  # starts with a lowercase letter
    "long_stop",  # stopwords x log_chars: long prose
    "dated",  # holds a date or a clock time
    "speaker",  # ends like a comment header or reply link ("Jane says:", "Reply")
)

#: Features of a block's place in the page, appended to :data:`FEATURES`.
SEQUENCE: tuple[str, ...] = (
    "series",  # how often the line's shape recurs on the page (0 .. 1 at 5 or more)
    "series_entry",  # its shape occurs 3 times or more: one entry's signature of many
    "series_near",  # such signatures among the 4 blocks either side
    "series_above",  # log count of signatures above the block
    "series_below",  # log count of signatures below it
    "series_share_above",  # share of the page's signatures above it
    "markers",  # log count of end markers ("Related articles", "3 Comments") above it
    "after_marker",  # an end marker lies above it
)

#: Every input of the scorer, in order.
INPUTS: tuple[str, ...] = FEATURES + SEQUENCE

FALLBACK_WORDS = 4  # a sentence this long is kept when nothing else on the page is
TINY_PAGE_WORDS = 12  # a page this short, with nothing a rule removed, is kept whole
SERIES_CHARS = 150  # longer lines are paragraphs, never an entry's signature
SERIES_ENTRY = 3  # a shape this many times on the page signs a series of entries
SERIES_REACH = 4  # blocks either side where signatures count as near
THREAD_SIGNATURES = 2  # signed entries under a comments marker that make it a thread
THREAD_SCORE = 0.9  # what a block in such a thread must score to stay


@dataclass(frozen=True)
class Bridge:
    """When lines between kept paragraphs are kept too (see :func:`bridge`)."""

    long_chars: int = 80
    max_run: int = 8
    min_score: float = 0.05  # a short line below this is near-certainly boilerplate
    long_min_score: float = 0.2  # a long block must score this much to be bridged


BRIDGE = Bridge()


@dataclass(frozen=True)
class Lead:
    """When prose just above the first kept paragraph is kept too (see :func:`lead`)."""

    min_words: int = 10
    min_score: float = 0.15
    reach: int = 2  # blocks above the first kept one that may be its lead


LEAD = Lead()


@dataclass(frozen=True)
class Tail:
    """When prose just below the last kept paragraph is kept too (see :func:`tail`)."""

    min_words: int = 4
    min_score: float = 0.25
    reach: int = 3  # blocks below the last kept one that may close the article


TAIL = Tail()


@dataclass(frozen=True)
class Between:
    """When long prose between kept paragraphs is kept whatever the network made of it
    (see :func:`prose_between`)."""

    min_words: int = 25
    min_stopwords: float = 0.3  # share of the language's stopwords (where it has a list)


BETWEEN = Between()


FEATURE_SAMPLE = 10_000  # characters of a line its word shares are read from
MEMO_LINES = 4096  # lines whose own features are remembered (then all forgotten at once)
MEMO_CHARS = 2_000  # longer lines are read afresh: the memo stays small
_memo: dict[tuple[str, frozenset[str]], tuple[float, ...]] = {}


def _own_features(text: str, stopwords: frozenset[str]) -> tuple[float, ...]:
    """The features of a line that depend on its text alone, remembered for short lines:
    re-cleaning a body, and the next page of a site, read the same lines again.

    ``(log_chars, stopwords, sentence_end, colon_end, capitalised, digits, commas,
    word_length, separators, urlish, short, lowercase_start, long_stop, dated, speaker)``
    """
    key = (text, stopwords)
    found = _memo.get(key)
    if found is not None:
        return found
    chars = len(text)
    whole = text
    # Shares are read from a sample: a megabyte-long line need not be listed word by word.
    text = whole if chars <= FEATURE_SAMPLE else whole[:FEATURE_SAMPLE]
    words = _WORD.findall(text.casefold())
    nw = len(words) or 1
    stop = sum(map(stopwords.__contains__, words)) / nw if stopwords else 0.0
    caps = len(_CAPITAL.findall(text)) / nw
    ascii_digits = sum(map(text.count, "0123456789"))
    digits = ascii_digits / (len(text) or 1)
    # Every date or time holds a digit: a line without one needs no search.
    dated = (ascii_digits or (not text.isascii() and _DIGIT.search(text))) and _DATED.search(text)
    log_chars = math.log1p(chars)
    tail = whole[-40:]  # what the line ends with, read from the whole line
    last = tail[-1:]
    found = (
        log_chars,
        stop,
        1.0 if SENTENCE_END.search(tail) else 0.0,
        1.0 if last == ":" else 0.0,
        caps,
        digits,
        min(text.count(",") / nw, 1.0),
        min(len(text) / nw / 10.0, 2.0),
        min(len(_SEPARATORS.findall(text)), 5) / 5.0,
        1.0 if _URLISH.search(text) else 0.0,
        1.0 if chars < 30 else 0.0,
        1.0 if text[:1].islower() else 0.0,
        stop * log_chars,
        1.0 if dated else 0.0,
        1.0 if _SPEAKER.search(tail) else 0.0,
    )
    if chars <= MEMO_CHARS:
        if len(_memo) >= MEMO_LINES:
            _memo.clear()
        _memo[key] = found
    return found


def features(blocks: list[Block], stopwords: frozenset[str]) -> np.ndarray:
    """The first-pass feature vector of each of ``blocks`` (see :data:`FEATURES`), one
    row each. Rows go straight into an array: as Python lists of floats, a page of a
    million tiny lines would hold a kilobyte per line."""
    n = len(blocks)
    counts = Counter(b.text for b in blocks)
    nostop = 0.0 if stopwords else 1.0
    rows = np.empty((n, len(FEATURES)), dtype=_scorer.DTYPE)
    for i, b in enumerate(blocks):
        chars = len(b.text)
        (
            log_chars,
            stop,
            sentence_end,
            colon_end,
            caps,
            digits,
            commas,
            word_length,
            separators,
            urlish,
            short,
            lowercase_start,
            long_stop,
            dated,
            speaker,
        ) = _own_features(b.text, stopwords)
        pos = i / (n - 1) if n > 1 else 0.5
        rows[i] = (
            1.0,
            log_chars,
            stop,
            nostop,
            sentence_end,
            colon_end,
            b.link_chars / chars if chars else 0.0,
            1.0 if b.kind == HEADING else 0.0,
            1.0 if b.kind == ITEM else 0.0,
            caps,
            digits,
            commas,
            pos,
            pos * pos,
            1.0 if b.gap else 0.0,
            word_length,
            separators,
            urlish,
            1.0 if counts[b.text] > 1 else 0.0,
            short,
            lowercase_start,
            long_stop,
            dated,
            speaker,
        )
    return rows


def sequence_features(blocks: list[Block], markers: list[int]) -> np.ndarray:
    """Each block's :data:`SEQUENCE` features, one row each (as :func:`features`);
    ``markers[i]`` counts end markers above it."""
    n = len(blocks)
    shapes, counts, entry = _series(blocks)
    above = [0] * (n + 1)  # above[i]: signatures among blocks[:i]
    for i, e in enumerate(entry):
        above[i + 1] = above[i] + e
    total = above[n]
    out = np.empty((n, len(SEQUENCE)), dtype=_scorer.DTYPE)
    for i, s in enumerate(shapes):
        lo, hi = max(0, i - SERIES_REACH), min(n, i + SERIES_REACH + 1)
        out[i] = (
            min(counts[s] - 1, 5) / 5.0 if s is not None else 0.0,
            1.0 if entry[i] else 0.0,
            (above[hi] - above[lo] - entry[i]) / (2.0 * SERIES_REACH),
            math.log1p(above[i]),
            math.log1p(total - above[i + 1]),
            above[i] / total if total else 0.0,
            math.log1p(markers[i]),
            1.0 if markers[i] else 0.0,
        )
    return out


def _series(blocks: list[Block]) -> tuple[list[str | None], Counter[str], list[bool]]:
    """Each block's shape (``None`` for a paragraph or names alone), how often each shape
    occurs, and whether a block's shape occurs :data:`SERIES_ENTRY` times or more.
    """
    shapes = [
        shape
        if len(b.text) <= SERIES_CHARS and _shapes.telling(shape := _shapes.shape(b.text))
        else None
        for b in blocks
    ]
    counts = Counter(s for s in shapes if s is not None)
    return shapes, counts, [s is not None and counts[s] >= SERIES_ENTRY for s in shapes]


def inputs(blocks: list[Block], stopwords: frozenset[str], markers: list[int]) -> np.ndarray:
    """The scorer's input rows (:data:`INPUTS`) for ``blocks``, one per block."""
    return np.hstack((features(blocks, stopwords), sequence_features(blocks, markers)))


# The rules of the steps that override the network's verdict, named in ``Block.reason`` so
# that a removal says what decided it.
NO_LETTER = ("classify.no_letter", "boilerplate")  # "0", "2.", "|": no text of its own
FALLBACK = ("classify.fallback_sentence", "boilerplate")  # no prose: only sentences stay
SIGNED_THREAD = ("classify.signed_thread", "comments")  # entries of a signed comment thread


def classify(blocks: list[Block], stopwords: frozenset[str], net: Network | None = None) -> None:
    """Set ``label`` and ``score`` on every block not yet dropped (dropped blocks are skipped)."""
    net = net or _scorer.network()
    live, markers, names = live_blocks(blocks)
    if not live:
        return
    probs = _scorer.run(inputs(live, stopwords, markers), net).tolist()
    first = next((i for i, p in enumerate(probs) if p >= net.threshold), len(live))
    start = markers[first] if first < len(live) else 0
    for i, (block, name, p) in enumerate(zip(live, names, probs, strict=True)):
        block.score = p
        # Below an end marker met under the article's start, a removal names the marker.
        block.after_end = name if i > first and markers[i] > start else None
        # Below such a marker ("Related Articles", "No comments yet") the article has
        # to win its place back with a clearer verdict: teasers and comments read as prose.
        limit = net.after_end_threshold if block.after_end else net.threshold
        # A line without a letter ("0", "2.", "|") is never article text on its own.
        letter = _LETTER.search(block.text) is not None
        block.label = GOOD if p >= limit and letter else BAD
        block.reason = NO_LETTER if p >= limit and not letter else None
    if not any(b.label == GOOD and _words(b.text) >= FALLBACK_WORDS for b in live):
        # Nothing reads as an article among menus (a short page, or text already
        # clean): let lines holding whole sentences stand in for paragraphs, and
        # nothing else.
        for b in live:
            holds = SENTENCE_END.search(b.text) or INNER_SENTENCE_END.search(b.text)
            b.label = GOOD if holds and _words(b.text) >= FALLBACK_WORDS else BAD
            b.reason = FALLBACK if b.label == BAD else None
        # A page of a few words without a line of cruft ("Test Case 1", a stub) has
        # nothing to remove: deleting it all would lose the only text it holds.
        if (
            len(live) == len(blocks)
            and not any(b.label == GOOD for b in live)
            and sum(_words(b.text) for b in live) <= TINY_PAGE_WORDS
        ):
            for b in live:
                if _LETTER.search(b.text):
                    b.label = GOOD
    lead(live, markers)
    tail(live, markers)
    prose_between(live, markers, stopwords)
    bridge(live, markers)
    signed_thread(live)


def lead(live: list[Block], markers: list[int], t: Lead = LEAD) -> None:
    """A page's first paragraph often sits alone under the headline, with nothing above
    it to vouch for it: a whole sentence just above the first kept paragraph, which the
    classifier did not find near-certainly boilerplate, is the article's lead."""
    first = next((i for i, b in enumerate(live) if b.label == GOOD), None)
    if not first:  # nothing kept, or the page's first block is: no lead to find
        return
    for i in range(first - 1, max(-1, first - 1 - t.reach), -1):
        b = live[i]
        if (
            markers[i] != markers[first]
            or b.kind == HEADING
            or b.score < t.min_score
            or not SENTENCE_END.search(b.text)
            or _words(b.text) < t.min_words
        ):
            return
        b.label = GOOD


def tail(live: list[Block], markers: list[int], t: Tail = TAIL) -> None:
    """An article often closes on lines the network doubts, having nothing below them to
    vouch for them: a closing paragraph, a last quote, a one-line sign-off ("Thanks for
    reading."). Whole sentences right below the last kept paragraph, under no end marker
    it is not under, which the classifier did not find near-certainly boilerplate, close
    the article. A heading, a list item or a line without a sentence end stops the walk.
    """
    last = next((i for i in range(len(live) - 1, -1, -1) if live[i].label == GOOD), None)
    if last is None:
        return
    for i in range(last + 1, min(len(live), last + 1 + t.reach)):
        b = live[i]
        if (
            markers[i] != markers[last]
            or b.kind != PARAGRAPH
            or b.score < t.min_score
            or not SENTENCE_END.search(b.text)
            or _words(b.text) < t.min_words
            or not _LETTER.search(b.text)
        ):
            return
        b.label = GOOD


def prose_between(
    live: list[Block], markers: list[int], stopwords: frozenset[str], t: Between = BETWEEN
) -> None:
    """Paragraphs of running prose between two kept paragraphs, under the same end
    markers, are the article's: the sections of a list article or a review ("Who should
    buy it?", its answer in a long paragraph) read to the network as a series of entries,
    and each doubted section would leave the body. A run of prose between two kept
    paragraphs with no end marker among them is no menu and no teaser list.
    """
    kept = [i for i, b in enumerate(live) if b.label == GOOD]
    for lo, hi in pairwise(kept):
        if hi - lo < 2 or markers[lo] != markers[hi]:
            continue
        for b in live[lo + 1 : hi]:
            if b.kind != HEADING and _running_prose(b.text, stopwords, t):
                b.label = GOOD


def _running_prose(text: str, stopwords: frozenset[str], t: Between) -> bool:
    """A long line of sentences thick with the language's function words."""
    if not SENTENCE_END.search(text):
        return False
    words = _WORD.findall(text[:FEATURE_SAMPLE].casefold())
    if len(words) < t.min_words:
        return False
    if not stopwords:
        return True
    return sum(map(stopwords.__contains__, words)) >= t.min_stopwords * len(words)


def _words(text: str) -> int:
    """Words of ``text``; a line in a script written without spaces counts a word per 4 chars."""
    if len(text) > FEATURE_SAMPLE:  # estimated from a sample, as in :func:`features`
        sample = text[:FEATURE_SAMPLE]
        return max(len(_WORD.findall(sample)) * len(text) // FEATURE_SAMPLE, len(text) // 4)
    return max(len(_WORD.findall(text)), len(text) // 4)


def bridge(live: list[Block], markers: list[int] | None = None, t: Bridge = BRIDGE) -> None:
    """jusText's context rule: lines between kept paragraphs are kept.

    A run of at most ``t.max_run`` lines (subheadings, list items, a one-line paragraph,
    a table row, a paragraph the classifier doubted) whose neighbours above and below
    are both good becomes good, unless the classifier found a line near-certainly
    boilerplate or an end marker lies between those two paragraphs. A long block
    needs more of the classifier's doubt (``t.long_min_score``) than a short line.
    ``markers[i]`` counts the end markers above ``live[i]``: a list between two
    paragraphs kept below the same marker (a "Read more" teaser above the article) is
    as much the article as they are. A cell on the same line as a kept paragraph (a
    table layout's menu column beside the article, see :mod:`cleantext.text.segment`) is
    never bridged: it is another column, not a line between paragraphs. Recall comes
    first: article text between kept paragraphs is worth more than the odd stray line.
    """
    n = len(live)
    markers = markers or [0] * n
    kept_lines = {b.line for b in live if b.label == GOOD}
    beside = [b.line in kept_lines and shares_line(live, i) for i, b in enumerate(live)]

    def joins(b: Block) -> bool:
        short = len(b.text) < t.long_chars
        return b.label != GOOD and (short or b.score >= t.long_min_score)

    i = 0
    while i < n:
        if not joins(live[i]) or beside[i]:
            i += 1
            continue
        j = i
        while j < n and joins(live[j]) and not beside[j]:
            j += 1
        run = live[i:j]
        if (
            i > 0
            and j < n
            and live[i - 1].label == GOOD
            and live[j].label == GOOD
            and j - i <= t.max_run
            and markers[i - 1] == markers[j]
            and all(b.score >= t.min_score for b in run)
        ):
            for b in run:
                b.label = GOOD
        i = j


def signed_thread(live: list[Block], min_signatures: int = THREAD_SIGNATURES) -> None:
    """A comment thread whose entries are signed is the readers', not the article's.

    Under a comments marker met below the article's start ("4 Comments", "Leave a
    Reply"), comments read as prose and can win the classifier over; their signatures
    give them away: lines of one shape that recur on the page and hold a date, a clock
    time or a "says:" ("by Jane Doe on March 3, 2012 at 10:14 am", "Posted by: John Roe
    on December 29, 2007 04:20 PM"). With ``min_signatures`` of them under the marker,
    the signatures go, and so does every other block under it that the network scored
    under :data:`THREAD_SCORE`. A marker with no signed entries under it (a "Comments"
    label over the article's own last paragraphs) decides nothing.
    """
    under: dict[tuple[str, str], list[int]] = {}
    for i, b in enumerate(live):
        if b.after_end is not None and b.after_end[1] == "comments":
            under.setdefault(b.after_end, []).append(i)
    if not under:  # most pages: no shapes to read again
        return
    _, _, entry = _series(live)
    for found in under.values():
        signed = [
            i
            for i in found
            if entry[i] and (_DATED.search(live[i].text) or _SPEAKER.search(live[i].text))
        ]
        if len(signed) >= min_signatures:
            for i in found:
                if entry[i] or live[i].score < THREAD_SCORE:
                    live[i].label = BAD
                    live[i].reason = SIGNED_THREAD


def live_blocks(blocks: list[Block]) -> tuple[list[Block], list[int], list[tuple[str, str] | None]]:
    """The blocks no rule dropped, the end markers above each, and the last one's rule."""
    live: list[Block] = []
    markers: list[int] = []
    names: list[tuple[str, str] | None] = []
    count, name = 0, None
    for b in blocks:
        if b.ends:
            count, name = count + 1, b.drop
        elif not b.dropped:
            live.append(b)
            markers.append(count)
            names.append(name)
    return live, markers, names
