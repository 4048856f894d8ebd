"""One reading of a sentence's end and of prose, shared by every stage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cleantext
from cleantext.text.prose import (
    CLAUSE_END,
    INNER_SENTENCE_END,
    SENTENCE_END,
    inner_sentence_end,
    is_prose,
    sentence_end,
)


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


# -- the stricter and looser readings other stages ask for, by name ----------------------
STOP_END = sentence_end(stop=True)


@pytest.mark.parametrize("line", ["It rained.", "“It rained,” she said.”", "下雨了！", "(Rain.)"])
def test_a_stop_end_is_a_stop_with_closing_marks_after_it_at_most(line):
    assert STOP_END.search(line)


@pytest.mark.parametrize("line", ["Jane Doe's “Rain”", "Rain falls on Paris (Reuters)", "Rain"])
def test_a_quote_or_a_bracket_alone_is_no_stop_end(line):
    assert not STOP_END.search(line)


def test_a_sentence_may_end_inside_a_line():
    inside = sentence_end(inside=True)
    assert inside.search("It rained. Then the sun came out")
    assert inside.search("It rained") is None
    assert inside.search("Version 2.5 of the report") is None


def test_quoted_sentences_run_into_one_line_are_seen_on_request():
    line = "a post from an angry supporter.” Emery retweeted it"
    assert inner_sentence_end(quoted=True).search(line)
    assert not INNER_SENTENCE_END.search(line)
    assert not inner_sentence_end(quoted=True).search("Dr. Smith met U.S. officials")


# -- one definition ---------------------------------------------------------------------
SRC = Path(cleantext.__file__).parent
# A character class of sentence stops, or a tuple of them handed to ``str.endswith``.
_OWN_SENTENCE_END = re.compile(r"""\[\\?\.!\?|endswith\(\(\s*"\.",\s*"[!?]\"""")


def test_no_module_keeps_its_own_sentence_end():
    own = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        if path.parent.name != "cues" and path.name != "prose.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _OWN_SENTENCE_END.search(line)
    ]
    assert own == []


def test_the_scan_finds_a_copied_sentence_end():
    assert _OWN_SENTENCE_END.search('_END = regex.compile(r"[.!?…]\\s*$")')
    assert _OWN_SENTENCE_END.search('text.endswith((".", "!", "?"))')
    assert not _OWN_SENTENCE_END.search('text.endswith(".")')
