"""Footer cues: cruft lines match a ``footer`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Copyright © 2024 Example Media Ltd.",
    "© 2025 Example News",
    "All rights reserved.",
    "Edited by: Jane Doe",
    "kb/wd (Reuters, AFP)",
    "About the author",
]

ARTICLE = [
    "Copyright law has not kept pace with the internet, the judge wrote.",
    "All rights to the film were sold to a Hollywood studio.",
    "The report was edited and published by the ministry in May.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_footer(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "footer", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
