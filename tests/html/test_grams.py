"""Word trigrams and content words of the view choice, computed once per block."""

from __future__ import annotations

import pytest

from cleantext.blocks import Block
from cleantext.html.grams import Words, content_words, trigrams


def block(text: str) -> Block:
    return Block(index=0, line=0, raw=text, text=text)


@pytest.mark.parametrize(
    "text", ["", "one", "One two", "one two three", "a b c d a b c", "Straße, STRASSE: x!"]
)
def test_trigrams_are_each_run_of_three_words(text: str) -> None:
    import regex

    words = regex.findall(r"\w+", text.casefold())
    expected = {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))} if words else set()
    assert trigrams(text) == expected


def test_a_block_s_words_are_read_once() -> None:
    words = Words()
    a, b = block("the cat sat on the mat"), block("the cat sat")
    assert words.grams(a) is words.grams(a)
    assert words.union([a, b]) is words.union([a, b])
    assert words.union([a, b]) == trigrams(a.text) | trigrams(b.text)
    stop = frozenset({"the"})
    assert words.content(a, stop, 3) is words.content(a, stop, 3)
    assert words.content(a, stop, 3) == content_words(a.text, stop, 3) == ["cat", "sat", "mat"]


@pytest.mark.parametrize(
    "text",
    [
        "The council said on Monday that the new bridge would open to traffic in the spring.",
        "Home | News | Sport | Weather | Contact us",
        "这是一个很长的句子，用来测试宽字符的文本是否被当作正文来读。" * 3,
        "short",
    ],
)
def test_prose_reads_the_same_with_the_page_s_words(text: str) -> None:
    from cleantext.html.extract import is_good

    stop = frozenset({"the", "on", "that", "would", "to", "in"})
    words = Words()
    for stopwords in (stop, frozenset()):
        assert is_good(block(text), stopwords, words) == is_good(block(text), stopwords)
