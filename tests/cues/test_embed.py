"""Embed cues: cruft lines match a ``embed`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "— NASA (@NASA) April 8, 2025",
    "View this post on Instagram",
    "Docking confirmed at 4:57am ET. pic.twitter.com/mG6bKzcLQl",
    "Media requires JavaScript and Adobe Flash to play.",
    "Please turn on JavaScript. Media requires JavaScript to play.",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "This content requires the latest Adobe Flash Player and a browser with JavaScript enabled.",
    "You need to upgrade your Flash Player to version 9 or higher.",
    "Get the Flash Player to see this player.",
    "Your browser does not support the video tag.",
    "This video is unavailable in the format required for your device.",
    "We have detected that you currently have JavaScript disabled.",
    "You must enable JavaScript to view this page.",
]

ARTICLE = [
    "The post was shared thousands of times within an hour.",
    "NASA said on April 8, 2025 that the crew was safe.",
    "Instagram removed the account after complaints.",
    "Adobe urged users to update Flash Player to version 10.3 immediately.",
    "The site uses JavaScript to track visitors across pages, the researchers found.",
    "JavaScript is disabled by default in the browser's safest mode.",
    "The player needs a flash of brilliance to turn the match around.",
    "The video is unavailable in China, where YouTube is blocked.",
    "Your browser history can reveal a lot about you, experts warn.",
    "Enable JavaScript in Safari by opening Preferences, then Security.",  # a how-to step
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_embed(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "embed", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
