"""Word trigrams and content words of blocks, computed once per block for a page's view choice.

The view choice (:mod:`cleantext.html.choice`) compares the two views several times
over: whether readability's text is inside trafilatura's, whether to widen it, whether
it lies elsewhere. Each test reads the same blocks' words; a :class:`Words` keeps them,
so that each block's text is split into words once per page rather than once per test.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleantext.blocks import Block

_WORD = regex.compile(r"\w+")

Gram = tuple[str, ...]


def trigrams(text: str) -> set[Gram]:
    """The word trigrams of ``text`` (casefolded; a text of one or two words is one gram)."""
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


def content_words(text: str, stopwords: frozenset[str], size: int) -> list[str]:
    """The words of ``text`` of at least ``size`` characters that are not stopwords."""
    return [w for w in _WORD.findall(text.casefold()) if len(w) >= size and w not in stopwords]


class Words:
    """Each block's trigrams and content words, computed on first need and kept.

    Blocks are known by identity (the block is kept with its entry, so that an identity is
    never reused while the cache lives): a cache is for one page, whose blocks' text no
    longer changes. What it returns is shared and must not be changed by the caller.
    """

    def __init__(self) -> None:
        self._grams: dict[int, tuple[Block, set[Gram]]] = {}
        self._unions: dict[tuple[int, ...], tuple[Sequence[Block], set[Gram]]] = {}
        self._content: dict[tuple[int, int, int], tuple[Block, frozenset[str], list[str]]] = {}

    def grams(self, block: Block) -> set[Gram]:
        """``block``'s word trigrams."""
        found = self._grams.get(id(block))
        if found is None:
            found = self._grams[id(block)] = (block, trigrams(block.text))
        return found[1]

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
        key = (id(block), id(stopwords), size)
        found = self._content.get(key)
        if found is None:
            words = content_words(block.text, stopwords, size)
            found = self._content[key] = (block, stopwords, words)
        return found[2]
