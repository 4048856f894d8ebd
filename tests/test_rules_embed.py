"""Embed cues: cruft lines match a ``embed`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "— NASA (@NASA) April 8, 2025",
    "View this post on Instagram",
    "Docking confirmed at 4:57am ET. pic.twitter.com/mG6bKzcLQl",
]

ARTICLE = [
    "The post was shared thousands of times within an hour.",
    "NASA said on April 8, 2025 that the crew was safe.",
    "Instagram removed the account after complaints.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_embed(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "embed", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
