"""Related cues: cruft lines match a ``related`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Related Articles",
    "You may also like",
    "Read more",
    "READ MORE: Nasa delays Moon mission again",
    "More stories from Example News",
    "Most popular",
]

ARTICLE = [
    "Related research shows that sleep matters for memory.",
    "More than 200 people were evacuated from the area.",
    "Read more widely, the author advised young writers.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_related(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "related", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
