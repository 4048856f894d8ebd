"""One reading of a sentence's end and of prose, shared by every stage."""

from __future__ import annotations

import pytest

from cleantext.text.prose import CLAUSE_END, INNER_SENTENCE_END, SENTENCE_END, is_prose


@pytest.mark.parametrize(
    "line",
    [
        "It rained.",
        "Did it rain?",
        "“It rained,” she said.”",
        "東京で雨が降った。",
        "下雨了！",
        "(It rained.)",
    ],
)
def test_sentences_end_like_sentences_in_any_script(line):
    assert SENTENCE_END.search(line)
    assert CLAUSE_END.search(line)


@pytest.mark.parametrize(
    "line", ["The results were as follows:", "First this; then that;", "[...]"]
)
def test_a_clause_end_is_not_a_sentence_end(line):
    assert CLAUSE_END.search(line)
    assert not SENTENCE_END.search(line)


@pytest.mark.parametrize("line", ["Home", "Share on Facebook", "Read more", "Page 2 of 3"])
def test_labels_do_not_end_like_sentences(line):
    assert not CLAUSE_END.search(line)


def test_two_sentences_run_into_one_line_are_seen():
    assert INNER_SENTENCE_END.search("the bank raised its main rate. Share prices fell")
    assert not INNER_SENTENCE_END.search("Dr. Smith met U.S. officials")


def test_prose_is_long_enough_and_ends_like_a_sentence():
    sentence = "The council approved the budget on Monday after a long debate."
    assert is_prose(sentence, 40)
    assert not is_prose(sentence, 400)
    assert not is_prose("Subscribe to our newsletter for the latest news from the region", 40)
    assert is_prose("The schedule for the week ahead is as follows:", 40)
    assert not is_prose("The schedule for the week ahead is as follows:", 40, SENTENCE_END)
