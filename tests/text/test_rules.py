"""The rule engine: hints only skip lines their cue could never match."""

from __future__ import annotations

import re

import regex

from cleantext.blocks import Block
from cleantext.config import DEFAULT
from cleantext.cues import LANGUAGES, table
from cleantext.text import rules
from cleantext.text.rules import MAX_CAPTION
from cleantext.text.segment import segment

from ..conftest import SEEDS


def _seed_lines() -> list[str]:
    """The seed pages' lines and the cruft examples of every family's tests."""
    from ..cues import (
        test_comments,
        test_embed,
        test_footer,
        test_media,
        test_navigation,
        test_newsletter,
        test_related,
        test_share,
    )

    examples = [
        line
        for module in (
            test_comments,
            test_embed,
            test_footer,
            test_media,
            test_navigation,
            test_newsletter,
            test_related,
            test_share,
        )
        for line in module.CRUFT
    ]
    seeds = [" ".join(line.split()) for path in SEEDS for line in path.read_text().splitlines()]
    return seeds + examples


def test_every_line_a_hinted_cue_matches_contains_its_hint():
    lines = [line for line in _seed_lines() if line and len(line) <= MAX_CAPTION]
    checked = 0
    for lang in ("common", *LANGUAGES):
        for cue in table(lang):
            if not cue.hint:
                continue
            pattern = regex.compile(cue.pattern, regex.I | regex.V0)
            hint = re.compile(cue.hint)  # as the engine reads it: in the lower-cased line
            for line in lines:
                if pattern.fullmatch(line):
                    checked += 1
                    assert hint.search(line.lower()), (cue.name, line)
    assert checked >= 4  # the seeds' captions and credits are among them


def test_a_caption_without_the_hint_words_is_not_a_caption():
    import cleantext

    text = (
        "Image quality was the telescope's main problem in its first year of operation.\n\n"
        "Engineers said a software update would fix it before the end of the year, officials said."
    )
    assert cleantext.clean(text).body.startswith("Image quality")


def _ruled(text: str) -> list[Block]:
    blocks = segment(text)
    rules.apply(blocks, rules.compiled_for(DEFAULT, "en"), DEFAULT)
    return blocks


def test_a_marker_on_its_own_line_ends_the_article() -> None:
    blocks = _ruled("The council voted on Tuesday.\nRelated Articles\nTram fares rise again")
    assert blocks[1].drop is not None and blocks[1].drop[0] == "related.marker"
    assert blocks[1].ends


def test_a_marker_in_a_column_of_a_table_layout_heads_only_its_column() -> None:
    gap = " " * 20
    blocks = _ruled(f"Related Articles{gap}The council voted on Tuesday to extend the tram line.")
    assert blocks[0].drop is not None and blocks[0].drop[0] == "related.marker"
    assert not blocks[0].ends
    assert blocks[1].drop is None
