"""Newsletter cues: cruft lines match a ``newsletter`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Subscribe to our newsletter",
    "Enter your email address",
    "Sign up",
    "Advertisement",
    "Continue reading",
    "Subscription may be required",
    "In association with Example Bank",
    "Want to submit a story?",
    "Got a news tip?",
    "To read this article in full you must be registered with the site.",
    "To continue reading this story, please log in or subscribe.",
    "Please check your inbox for a confirmation email.",
    "An error occurred, please try again later.",
    "Thank you for signing up!",
]

ARTICLE = [
    "Subscribers to the service will pay more from June, the company said.",
    "She signed up for the army at the age of eighteen.",
    "Advertising revenue fell by a fifth in the quarter.",
    "A subscription is required to read the archive, the paper said.",
    "In association with the city council, the school opened a new library.",
    "Want to submit a story to the magazine? Write to the editors.",
    "To read the article in full, he said, you would need a week.",
    "Check your inbox settings if messages go missing, the guide advises.",
    "Check your email for a verification link.",  # a step in a help article
    "An error occurred in the flight computer shortly after launch.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_newsletter(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "newsletter", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
