"""Media cues: cruft lines match a ``media`` rule, article sentences match none."""

from __future__ import annotations

import pytest

from cleantext.config import DEFAULT
from cleantext.text.rules import compile_cues, match

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Photo: Jane Doe/Reuters",
    "Image credit: Cjp24/Wikimedia Commons",
    "Maxim Shemetov/REUTERS",
    "View gallery",
    "(Credit: Getty)",
    "View the full gallery »",
    "View larger image",
]

ARTICLE = [
    "Image quality was the telescope's main problem.",
    "The photo was taken in 1944, shortly before the war ended.",
    "Gallery owners said sales had doubled since March.",
    "The Video",
    "View larger images of the comet on the agency's site, the statement said.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_media(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "media", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None
