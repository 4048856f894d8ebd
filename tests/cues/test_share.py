"""Share cues: cruft lines match a ``share`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Share",
    "Share this article",
    "Share this:",
    "Facebook Twitter LinkedIn Email",
    "Follow us on Twitter",
    "Tweet",
    "Print this article",
    "Post this story to: del.icio.us | Digg | Newsvine | NowPublic | Reddit | Fark",
    "Digg this",
    "StumbleUpon",
    "Email this to a friend",
    "E-mail this story to a friend",
    "Email This BlogThis! Share to Twitter Share to Facebook",
    "Like Tweet +1 Share Pin it Share",
    "Email to a friend Printer friendly",
    "Printer-friendly version",
    "Like this:",
    "Be the first to like this.",
    "If you enjoyed this article, please share it with your friends.",
    "Connect with us on Twitter",
    "Follow @examplenews for breaking news and headlines.",
    "E-mail this to a friend | Printable version",
]

ARTICLE = [
    "Share prices fell 3% on Monday.",
    "Share this with anyone who still thinks the bridge is safe, she wrote.",
    "Facebook said it would appeal the ruling.",
    "Follow the money, the prosecutor told the jury.",
    "Digg and Reddit were the news aggregators of the decade.",
    "Post this story to your own blog, the editor urged readers.",
    "Email this story to your representative, the group urged its members.",
    "Share to the left, the instructor told the class.",
    "If you enjoyed this article's first half, the second will surprise you.",
    "Be the first to like this, the app prompts users before anyone else has.",
    "Join us for the annual fundraiser on May 3 at the community hall.",
    "Printer ink costs more per litre than champagne.",
    "A printable version of the form is available at the town hall.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_share(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "share", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
