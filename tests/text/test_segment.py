"""Segmentation: plain and markdown dumps become the same blocks."""

from __future__ import annotations

from cleantext.blocks import HEADING, ITEM, PARAGRAPH, beside
from cleantext.text.segment import looks_like_markdown, segment

MARKDOWN = """# Tram line to reach the north

The council voted on **Tuesday** to extend the [tram line](https://example.org/tram) north.

* [Home](/) | [News](/news) | [Sport](/sport)
- a public hearing in _April_

![A tram in the city centre](/img/tram.jpg)
"""


def test_markdown_is_recognised() -> None:
    assert looks_like_markdown(MARKDOWN)
    assert not looks_like_markdown("A plain line.\n\nAnother plain line with a * star.")


def test_headings_lists_links_and_emphasis_are_understood() -> None:
    blocks = segment(MARKDOWN)
    assert [b.kind for b in blocks] == [HEADING, PARAGRAPH, ITEM, ITEM, PARAGRAPH]
    assert blocks[0].text == "Tram line to reach the north"
    assert blocks[1].text == "The council voted on Tuesday to extend the tram line north."
    assert (blocks[1].links, blocks[1].link_chars) == (1, len("tram line"))
    assert blocks[3].text == "a public hearing in April"
    assert blocks[4].image and blocks[4].text == ""


def test_link_heavy_line_is_counted() -> None:
    menu = segment(MARKDOWN)[2]
    assert menu.links == 3 and menu.link_chars >= 0.6 * len(menu.text)


def test_plain_text_keeps_its_brackets_and_stars() -> None:
    blocks = segment("Prices [in euros] rose 5*3 times.\n\n* first item", markdown=False)
    assert blocks[0].text == "Prices [in euros] rose 5*3 times."
    assert blocks[1].kind == ITEM and blocks[1].text == "first item"


def test_blank_lines_set_gap() -> None:
    blocks = segment("one\ntwo\n\nthree")
    assert [b.gap for b in blocks] == [True, False, True]


def test_columns_of_a_plain_rendering_become_blocks_of_their_own() -> None:
    # A table laid out in columns: a menu cell, a wide gap, a paragraph of the article.
    line = "  Sports" + " " * 40 + "New Jersey will resume a four-game homestand on Friday."
    blocks = segment(line + "\nWeather\tTraffic\tNews")
    assert [b.text for b in blocks] == [
        "Sports",
        "New Jersey will resume a four-game homestand on Friday.",
        "Weather",
        "Traffic",
        "News",
    ]
    assert [b.line for b in blocks] == [0, 0, 1, 1, 1]
    assert blocks[0].indent == 2 and blocks[1].indent == 40
    assert [b.column for b in blocks] == [2, 48, 0, 8, 16]  # where each cell begins
    assert not blocks[1].gap  # the next cell of the same line, not a new paragraph
    assert blocks[1].raw == "New Jersey will resume a four-game homestand on Friday."


def test_prose_spacing_and_indentation_do_not_make_columns() -> None:
    text = "    The vote was close.  Two members abstained.\n  o a nested item"
    blocks = segment(text)
    assert [b.text for b in blocks] == [
        "The vote was close. Two members abstained.",
        "a nested item",
    ]
    assert blocks[1].kind == ITEM


def test_a_cell_keeps_its_own_bullet() -> None:
    blocks = segment("Home      * Share prices fell on Monday.")
    assert [(b.text, b.kind) for b in blocks] == [
        ("Home", PARAGRAPH),
        ("Share prices fell on Monday.", ITEM),
    ]


def test_cells_of_different_columns_stand_beside_each_other() -> None:
    blocks = segment(
        "Europe" + " " * 20 + "Soyuz docks with the station\n"
        "Middle East" + " " * 15 + "Two cosmonauts reach the station\n"
        "South Asia"
    )
    menu, headline, menu2, deck, menu3 = range(5)
    assert beside(blocks, headline, menu) and beside(blocks, headline, menu2)
    assert beside(blocks, deck, menu3)  # a lone cell of the left column
    assert not beside(blocks, headline, deck)  # one column, one line under the other
    assert not beside(blocks, menu, menu2)


def test_lines_without_cells_are_never_beside_each_other() -> None:
    blocks = segment("Home\n        Soyuz docks with the station")
    assert blocks[1].column == 8
    assert not beside(blocks, 0, 1)
