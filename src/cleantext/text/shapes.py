"""A line's shape: what stays of it when names, numbers and long words are made alike.

Comments, the posts of a blog and a teaser list sign each entry with lines of one shape
("by Jane Doe on March 3, 2012 at 10:14 am", "Posted by John Roe | 2 comments"): a
shape that recurs on the page marks a series of entries, not the article's own header.
"""

from __future__ import annotations

from functools import lru_cache

import regex

_DIGITS = regex.compile(r"\d+")
_NAMES = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")
_LONG = regex.compile(r"\p{Ll}[\p{L}'’-]{4,}")
_SHAPED = regex.compile(r"0|\p{Ll}")  # a shape with more than names: a number, a word

MAX_CHARS = 300  # longer lines are paragraphs, never an entry's signature


def shape(text: str) -> str:
    """``text`` with numbers, runs of capitalised words and long words made alike.

    >>> shape("by Jane Doe on March 3, 2012")
    'by A on A 0, 0'
    """
    if len(text) > MAX_CHARS:  # a paragraph: read afresh, so the memo stays small
        return _shape(text)
    return _short_shape(text)


def _shape(text: str) -> str:
    text = _NAMES.sub("A", _DIGITS.sub("0", " ".join(text.split())))
    return str(_LONG.sub("a", text))


_short_shape = lru_cache(maxsize=4096)(_shape)


def telling(shape_: str) -> bool:
    """Whether a shape says more than "names alone": any two bylines share 'By A'."""
    return _SHAPED.search(shape_) is not None
