"""Comments cues: cruft lines match a ``comments`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Comments",
    "17 Responses to “An in-depth view on Roth vs. Traditional IRA”",
    "Leave a Reply",
    "No comments yet...",
    "{ 18 comments… read them below or add one }",
    "Comments (4)",
    "1 Response",
    "Responses",
    "Response (2)",
    "Discussion (12)",
    "Join the discussion",
    "You can follow any responses to this entry through the RSS 2.0 feed.",
    "RSS feed for comments on this post. TrackBack URI",
    "Mail (will not be published) (required)",
    "Your email address will not be published. Required fields are marked *",
]

ARTICLE = [
    "Comments from the minister drew criticism.",
    "Government responses to the crisis were slow.",
    "No comment was available from the company on Friday.",
    "Response",  # a subheading: "Request" / "Response" in a technical article
    "Discussion",  # a research article's section, between "Results" and "Conclusions"
    "Follow the responses to this crisis through the official channels, officials said.",
    "Mail will not be published until the inquiry ends, the court ruled.",
    "Your email address will not be published, the charity promised donors.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_comments(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "comments", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
