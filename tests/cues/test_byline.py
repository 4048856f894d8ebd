"""Byline cues: cruft lines match a ``byline`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "5 min read",
    "Reading time: 4 minutes",
    "2 hours ago",
    "Tags: science, space, nasa",
    "Categories: Russia",
]

ARTICLE = [
    "The 5 minutes of silence were observed across the country.",
    "Two hours ago the river broke its banks near the village.",
    "Tags on the birds showed they had flown from Siberia.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_byline(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "byline", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
