"""Navigation cues: cruft lines match a ``navigation`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Skip to main content",
    "Back to top",
    "Home > News > Science",
    "Page 2 of 5",
    "Privacy Policy | Terms of Use | Contact Us",
    "Home | World | Business | Sport",
    "Toggle navigation",
    "You are here: News > World",
    "Search the web",
    "Search this site",
    "Advertise | AdChoices",
    "View all posts by Jane Doe →",
    "Posted by Jane | View all posts by Jane",
    "Previous 1 / 6 Next",
]

ARTICLE = [
    "Home prices rose for the third month in a row, the survey found.",
    "Navigation satellites guided the ship through the strait.",
    "The next page of the report covers the budget.",
    "You are here because you care about the climate, she told the crowd.",
    "Search the web for cheap flights and you will find dozens of offers.",
    "AdChoices icons appear on most display ads, the regulator said.",
    "View all posts by reporters before the deadline, the editor said.",
    "He counted the previous 3 of 5 next to the door.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_navigation(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "navigation", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
