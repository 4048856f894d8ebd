"""Footer cues: cruft lines match a ``footer`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Copyright © 2024 Example Media Ltd.",
    "Copyright The Associated Press 2008. All rights reserved.",
    "© 2025 Example News",
    "All rights reserved.",
    "Edited by: Jane Doe",
    "kb/wd (Reuters, AFP)",
    "About the author",
    "© Reuters 2008. All rights reserved. Republication or redistribution of Reuters content,"
    " including by caching, framing or similar means, is expressly prohibited without the"
    " prior written consent of Reuters.",
    "Copyright 2008 The Associated Press. All rights reserved. This material may not be"
    " published, broadcast, rewritten, or redistributed.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "The content may not be reproduced without the prior written permission of the publisher.",
    "A version of this article appeared in print on July 23, 2012, on page A10 of the New York edition with the headline: The World In Their Wake.",
    'This article appeared in the Finance section of the print edition under the headline "Bank shares"',
    "Proudly powered by WordPress",
    "Powered by Blogger.",
    "Example Notes is powered by Blogger. Start your own blog.",
    "By using this site, you agree to the Terms of Use and Privacy Policy.",
    "Please read our terms and conditions and privacy statement before using this site.",
    "This work is licensed under a Creative Commons License.",
    "All photos are licensed under a Creative Commons Attribution 3.0 Unported license.",
    "This is an Open Access article distributed under the terms of the Creative Commons Attribution License.",
    "The BBC is not responsible for the content of external internet sites",
]

ARTICLE = [
    "Copyright law has not kept pace with the internet, the judge wrote.",
    "All rights to the film were sold to a Hollywood studio.",
    "The report was edited and published by the ministry in May.",
    "The material may not be published until the court rules, the judge said.",
    "The report may not be published in full, the ministry said on Tuesday.",
    "Copyright Office officials said the rule would change.",
    "This story appeared first in a local paper, then everywhere.",
    "The site is powered by WordPress, which runs a large share of the web.",
    "Powered by solar panels, the station runs all year.",
    "By using this site you agree to nothing, the lawyer joked, but the terms say otherwise.",
    "Please read our story about the fire before using this service.",
    "The photos are licensed under a Creative Commons license, which lets anyone reuse them.",
    "The company said it is not responsible for the content of external sites linked from its app.",
    "Open access articles are read more often, the study found.",
]

# A credit glued to the paragraph under it: the paragraph outweighs the credit.
GLUED_CREDIT = (
    "© Provided by Example Media Inc Nintendo/Apple Nintendo and Apple shocked the world"
    " earlier this year by announcing a new game, the company's first foray into mobile"
    " gaming, and the shares of both rose sharply on the news that week, as analysts who"
    " had long doubted the plan said it could change the market."
)


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_footer(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "footer", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None


def test_a_paragraph_under_a_glued_credit_is_not_a_copyright_line() -> None:
    assert match(CUES, GLUED_CREDIT) is None
