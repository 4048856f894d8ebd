"""Label the blocks no rule decided: article prose (good) or boilerplate (bad).

jusText's idea, with its thresholds replaced by two small logistic scorers whose
weights are fitted on pages with human gold (``tools/fit_text_weights.py``) and ship
as data (``data/text_weights.json``):

1. *alone*: each block scores from its own features (length, stopword share, sentence
   punctuation, link share, capitals, digits, position on the page...);
2. *in context*: the same features plus the first-pass scores of its neighbours and
   whether it lies in the densest run of prose, so a subheading or a one-line
   paragraph between paragraphs is kept while a teaser among menus goes.

Every feature is named in :data:`FEATURES` and :data:`CONTEXT`; ``Block.score`` keeps
the final probability, so each verdict can be read back.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .blocks import HEADING, ITEM, Block
from .runs import heaviest_run

GOOD, BAD = "good", "bad"

_WORD = regex.compile(r"\w+")
_LETTER = regex.compile(r"\p{L}")
_CAPITAL = regex.compile(r"(?<!\w)\p{Lu}")
_DIGIT = regex.compile(r"\d")  # any script's digit, as _DATED reads them
_SENTENCE_END = regex.compile(r"[.!?…。！？\"'”’»)]\s*$")
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

#: First-pass features, in weight order.
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

#: Second-pass features appended to :data:`FEATURES`.
CONTEXT: tuple[str, ...] = (
    "p_self",
    "p_prev",
    "p_next",
    "p_prev2",
    "p_next2",
    "p_window",  # mean first-pass score of the 5 blocks either side, weighted by length
    "in_span",  # inside the densest run of first-pass prose
    "span_distance",  # log distance (in blocks) from that run
    "after_end",  # below an end marker ("Related articles", "3 Comments") met inside that run
    "after_end_prose",  # below an end marker met after the first paragraph of prose
    "dated_near",  # short dated lines (comment headers) among the 3 blocks either side
)


FALLBACK_WORDS = 4  # a sentence this long is kept when nothing else on the page is
CONTEXT_AT_END = len(FEATURES) + CONTEXT.index("after_end")


@dataclass(frozen=True)
class Bridge:
    """When lines between kept paragraphs are kept too (see :func:`bridge`)."""

    long_chars: int = 80
    max_run: int = 8
    min_score: float = 0.05  # a short line below this is near-certainly boilerplate
    long_min_score: float = 0.2  # a long block must score this much to be bridged


BRIDGE = Bridge()


@dataclass(frozen=True)
class Model:
    """Weights of both passes, and the probability above which a block is good."""

    alone: tuple[float, ...]
    context: tuple[float, ...]
    threshold: float = 0.5
    after_end_threshold: float = 0.5
    again: tuple[tuple[float, ...], ...] = ()  # further context passes, each on the last's scores


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights (``cleantext/data/text_weights.json``)."""
    data = json.loads(
        resources.files("cleantext").joinpath("data/text_weights.json").read_text("utf-8")
    )
    return Model(
        tuple(data["alone"]),
        tuple(data["context"]),
        float(data.get("threshold", 0.5)),
        float(data.get("after_end_threshold", 0.5)),
        tuple(tuple(w) for w in data.get("again", ())),
    )


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
        1.0 if _SENTENCE_END.search(tail) else 0.0,
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


def features(blocks: list[Block], stopwords: frozenset[str]) -> list[list[float]]:
    """The first-pass feature vector of each of ``blocks`` (see :data:`FEATURES`)."""
    n = len(blocks)
    counts = Counter(b.text for b in blocks)
    nostop = 0.0 if stopwords else 1.0
    rows: list[list[float]] = []
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
        rows.append(
            [
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
            ]
        )
    return rows


def _logistic(weights: tuple[float, ...], row: list[float]) -> float:
    z = sum(map(operator.mul, weights, row))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def densest_run(probs: list[float], sizes: list[float], threshold: float = 0.5) -> tuple[int, int]:
    """``(first, last)`` of the run where ``sum((p - threshold) * size)`` is largest."""
    scores = (
        (i, (p - threshold) * size) for i, (p, size) in enumerate(zip(probs, sizes, strict=True))
    )
    first, last, _ = heaviest_run(scores)
    return first, last


_PROSE_SIZE = math.log1p(80)  # a paragraph of prose: 80 characters or more
_DATED_AT = FEATURES.index("dated")


def context_features(
    rows: list[list[float]],
    first: list[float],
    sizes: list[float],
    markers: list[int] | None = None,
) -> list[list[float]]:
    """Second-pass vectors: each row, then its neighbours' first-pass scores (:data:`CONTEXT`).

    ``markers[i]`` counts the end markers above row ``i`` (none when omitted).
    """
    n = len(rows)
    lo, hi = densest_run(first, sizes)
    markers = markers or [0] * n
    start_markers = markers[lo] if lo < n else 0
    prose = next((i for i in range(n) if first[i] >= 0.5 and sizes[i] >= _PROSE_SIZE), lo)
    prose_markers = markers[prose] if prose < n else 0
    dated_short = [1.0 if row[_DATED_AT] and row[1] < _PROSE_SIZE else 0.0 for row in rows]
    weighted = [p * s for p, s in zip(first, sizes, strict=True)]
    out: list[list[float]] = []
    reach = 5
    for i, row in enumerate(rows):
        a, b = max(0, i - reach), min(n, i + reach + 1)
        total = sum(sizes[a:b]) - sizes[i]
        window = (sum(weighted[a:b]) - weighted[i]) / total if total > 0 else 0.0
        distance = lo - i if i < lo else (i - hi if i > hi else 0)
        out.append(
            [
                *row,
                first[i],
                first[i - 1] if i > 0 else 0.0,
                first[i + 1] if i + 1 < n else 0.0,
                first[i - 2] if i > 1 else 0.0,
                first[i + 2] if i + 2 < n else 0.0,
                window,
                1.0 if lo <= i <= hi else 0.0,
                math.log1p(distance),
                1.0 if markers[i] > start_markers else 0.0,
                1.0 if markers[i] > prose_markers else 0.0,
                min(sum(dated_short[max(0, i - 3) : i + 4]) - dated_short[i], 3.0) / 3.0,
            ]
        )
    return out


def sizes_of(rows: list[list[float]]) -> list[float]:
    """A block's weight in span searches: its length, on a gentle (log) scale."""
    return [row[1] for row in rows]


def classify(blocks: list[Block], stopwords: frozenset[str], m: Model | None = None) -> None:
    """Set ``label`` and ``score`` on every block not yet dropped (dropped blocks are skipped)."""
    m = m or model()
    live, markers, names = live_blocks(blocks)
    if not live:
        return
    rows = features(live, stopwords)
    first = [_logistic(m.alone, r) for r in rows]
    sizes = sizes_of(rows)
    second = context_features(rows, first, sizes, markers)
    probs = [_logistic(m.context, row) for row in second]
    for weights in m.again:
        second = context_features(rows, probs, sizes, markers)
        probs = [_logistic(weights, row) for row in second]
    for block, row, name, p in zip(live, second, names, probs, strict=True):
        block.score = p
        block.after_end = name if row[CONTEXT_AT_END] or row[CONTEXT_AT_END + 1] else None
        # Below an end marker the article has to win its place back with a clear verdict.
        limit = m.after_end_threshold if block.after_end else m.threshold
        # A line without a letter ("0", "2.", "|") is never article text on its own.
        block.label = GOOD if p >= limit and _LETTER.search(block.text) else BAD
    if not any(b.label == GOOD and _words(b.text) >= FALLBACK_WORDS for b in live):
        # Nothing reads as an article among menus (a short page, or text already
        # clean): let whole sentences stand in for paragraphs, and nothing else.
        for b in live:
            sentence = _SENTENCE_END.search(b.text) and _words(b.text) >= FALLBACK_WORDS
            b.label = GOOD if sentence else BAD
    bridge(live, markers)


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
    as much the article as they are. Recall comes first: article text between kept
    paragraphs is worth more than the odd stray line.
    """
    n = len(live)
    markers = markers or [0] * n

    def joins(b: Block) -> bool:
        short = len(b.text) < t.long_chars
        return b.label != GOOD and (short or b.score >= t.long_min_score)

    i = 0
    while i < n:
        if not joins(live[i]):
            i += 1
            continue
        j = i
        while j < n and joins(live[j]):
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
