"""Words, word trigrams and content words of block texts, computed once per page.

The HTML path reads the same texts' words many times over: the article-span search
of each view asks whether a block reads as prose, and the view choice
(:mod:`cleantext.html.choice`) compares the two views' trigrams and content words in
up to three tests. The two views also share most of their paragraphs. A
:class:`Words` keeps what each text gave, so that a text is split into words once
per page rather than once per test and per view.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import regex

from cleantext.blocks import Block

_WORD = regex.compile(r"\w+")

Gram = tuple[str, ...]


def words_of(text: str) -> list[str]:
    """The casefolded words of ``text``, interned: a page repeats its words, and its
    trigrams hold them many times over."""
    return list(map(sys.intern, _WORD.findall(text.casefold())))


def grams_of(words: list[str]) -> set[Gram]:
    """The word trigrams of ``words`` (one or two words are one gram)."""
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


def trigrams(text: str) -> set[Gram]:
    """The word trigrams of ``text`` (casefolded)."""
    return grams_of(words_of(text))


def content_words(text: str, stopwords: frozenset[str], size: int) -> list[str]:
    """The words of ``text`` of at least ``size`` characters that are not stopwords."""
    return [w for w in words_of(text) if len(w) >= size and w not in stopwords]


class Words:
    """Each text's words, trigrams and content words, computed on first need and kept.

    Texts are the keys (a block's text no longer changes once the views are cleaned);
    a union of trigrams is kept per list of blocks, known by identity (the list is kept
    with its entry, so that no identity is reused while the cache lives). What it
    returns is shared and must not be changed by the caller.
    """

    def __init__(self) -> None:
        self._words: dict[str, list[str]] = {}
        self._grams: dict[str, set[Gram]] = {}
        self._unions: dict[tuple[int, ...], tuple[Sequence[Block], set[Gram]]] = {}
        self._content: dict[tuple[str, int, int], tuple[frozenset[str], list[str]]] = {}

    def clear(self) -> None:
        """Forget every text read: on a large page the trigrams outweigh the page."""
        self._words.clear()
        self._grams.clear()
        self._unions.clear()
        self._content.clear()

    def words(self, text: str) -> list[str]:
        """``text``'s casefolded words (:func:`words_of`)."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words_of(text)
        return found

    def grams(self, block: Block) -> set[Gram]:
        """``block``'s word trigrams."""
        text = block.text
        found = self._grams.get(text)
        if found is None:
            found = self._grams[text] = grams_of(self.words(text))
        return found

    def union(self, blocks: Sequence[Block]) -> set[Gram]:
        """The trigrams of all of ``blocks`` together."""
        key = tuple(id(b) for b in blocks)
        found = self._unions.get(key)
        if found is None:
            whole: set[Gram] = set()
            for block in blocks:
                whole |= self.grams(block)
            found = self._unions[key] = (blocks, whole)
        return found[1]

    def content(self, block: Block, stopwords: frozenset[str], size: int) -> list[str]:
        """``block``'s content words (:func:`content_words`)."""
        key = (block.text, id(stopwords), size)
        found = self._content.get(key)
        if found is None:
            own = [w for w in self.words(block.text) if len(w) >= size and w not in stopwords]
            found = self._content[key] = (stopwords, own)
        return found[1]
