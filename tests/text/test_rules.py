"""The rule engine: hints only skip lines their cue could never match."""

from __future__ import annotations

import importlib
import re

import regex

import cleantext
from cleantext.blocks import Block
from cleantext.config import DEFAULT
from cleantext.cues import LANGUAGES, table
from cleantext.text import rules
from cleantext.text.rules import MAX_CAPTION
from cleantext.text.segment import segment

from ..conftest import SEEDS

CRUFT_FAMILIES = (
    "comments",
    "embed",
    "footer",
    "media",
    "navigation",
    "newsletter",
    "related",
    "share",
)


def _seed_lines() -> list[str]:
    """The seed pages' lines and the cruft examples of every family's tests."""
    examples = [
        line
        for family in CRUFT_FAMILIES
        for line in importlib.import_module(f"tests.cues.test_{family}").CRUFT
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


# A list article: every item ends on the same "Read more" link.
_INTRO = [
    "We tested twelve kettles over three months in a busy office kitchen to find the best ones for every budget.",
    "Each kettle was filled, boiled and emptied a hundred times, and we timed how long a litre took to boil.",
    "We also measured how hot the outside got, how loud each one was, and how easy the lid was to open.",
]
_ITEMS = [
    (
        "Best overall: Acme Steel Kettle",
        "The Acme boiled a litre in just under three minutes and stayed quiet throughout, which our testers loved.",
    ),
    (
        "Best on a budget: Brisk Basic Kettle",
        "The Brisk costs half as much as most rivals, yet it boiled nearly as fast and never leaked in our tests.",
    ),
    (
        "Best for small kitchens: Mini Kettle",
        "This compact kettle holds less water, but it fits under any tap and the handle stays cool to the touch.",
    ),
    (
        "Best looking: Retro Enamel Kettle",
        "The enamel finish scratched a little over time, though it still looked better than anything else we tried.",
    ),
]
_CLOSE = "Whichever you choose, descale it every month and it will last for years."
_TEASERS = [
    "Related articles",
    "The best toasters we tested this year",
    "Read more",
    "How to clean a coffee machine in five minutes",
    "Read more",
    "Ten kitchen gadgets you never knew you needed",
    "Read more",
    "Why your fridge is making that noise",
    "Read more",
]


def _list_article(*below: str) -> str:
    lines = ["Home", "Reviews", "Kitchen", "Deals", "The best kettles of the year", *_INTRO]
    for head, blurb in _ITEMS:
        lines += [head, blurb, "Read more"]
    return "\n\n".join([*lines, _CLOSE, *below])


def test_a_link_under_each_entry_of_a_list_article_does_not_end_it() -> None:
    body = cleantext.clean(_list_article(), mode="text").body
    for head, blurb in _ITEMS:
        assert head in body and blurb in body
    assert _CLOSE in body
    assert "Read more" not in body


def test_teasers_under_a_related_block_below_a_list_article_still_go() -> None:
    doc = cleantext.clean(_list_article(*_TEASERS), mode="text")
    assert _ITEMS[-1][1] in doc.body and _CLOSE in doc.body
    for line in _TEASERS:
        assert line not in doc.body
    assert ("Related articles", "related.marker") in {(r.text, r.rule) for r in doc.removed}


def test_entry_links_leave_a_marker_met_once_or_twice_and_comments_markers_alone() -> None:
    related = ("related.marker", "related")
    comments = ("comments.reply_form", "comments")
    page = [
        Block(0, 0, "Related articles", "Related articles", drop=related, ends=True),
        *(Block(i, i, "Read more", "Read more", drop=related, ends=True) for i in (1, 2)),
        *(Block(i, i, "Reply", "Reply", drop=comments, ends=True) for i in (3, 4, 5)),
    ]
    rules.entry_links(page)
    assert all(b.ends for b in page)
    page.append(Block(6, 6, "READ MORE ↓", "READ MORE ↓", drop=related, ends=True))
    rules.entry_links(page)
    assert [b.ends for b in page] == [True, False, False, True, True, True, False]


def test_link_lines_go_in_dumps_and_stay_where_links_are_real():
    def block() -> Block:
        return Block(
            index=0, line=0, raw="[Home](/) [News](/news)", text="Home News", links=2, link_chars=9
        )

    compiled = rules.compiled_for(DEFAULT, "en")
    dump = [block()]
    rules.apply(dump, compiled, DEFAULT)
    assert dump[0].drop == ("navigation.link_line", "navigation")
    page = [block()]
    rules.apply(page, compiled, DEFAULT, link_lines=False)
    assert page[0].drop is None
    assert (page[0].links, page[0].link_chars) == (2, 9)  # the counts stay for later checks
