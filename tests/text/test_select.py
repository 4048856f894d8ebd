"""Article span: from the first kept block to the last; none when nothing is kept."""

from __future__ import annotations

import cleantext
from cleantext.blocks import Block
from cleantext.text.classify import BAD, GOOD
from cleantext.text.select import reads_as_article, span


def _blocks(labels: str) -> list[Block]:
    out = []
    for i, ch in enumerate(labels):
        b = Block(index=i, line=i, raw=ch, text=ch, label=GOOD if ch == "g" else BAD)
        if ch == "x":
            b.mark("navigation.menu_label", "navigation")
        out.append(b)
    return out


def test_span_runs_from_first_to_last_good_block() -> None:
    assert span(_blocks("bbgbggbb")) == (2, 5)


def test_dropped_blocks_do_not_count() -> None:
    blocks = _blocks("xgbgx")
    blocks[0].label = GOOD  # a rule's decision outranks the label
    assert span(blocks) == (1, 3)


def test_no_good_block_means_no_article() -> None:
    assert span(_blocks("bbxb")) is None


# -- a text that reads as an article already -------------------------------------------
_PARAGRAPHS = (
    "The town council approved the new budget on Tuesday after a long debate about road"
    " repairs and school funding.",
    "Members argued for three hours before the final vote, which passed by a narrow margin"
    " of five to four.",
    "Share prices fell 3% on Monday after the central bank raised its main rate.",
)
# A short list closing the article: among a page's menus it reads as teasers.
_CLOSING_LIST = ("Keith Caputo, Life of Agony", "Ray Gillen, Badlands", "Phil Anselmo, Pantera")


def _lines(*texts: str) -> list[Block]:
    return [Block(index=i, line=i, raw=t, text=t) for i, t in enumerate(texts)]


def test_prose_without_cruft_reads_as_an_article() -> None:
    assert reads_as_article(_lines(*_PARAGRAPHS, *_CLOSING_LIST))


def test_a_text_where_a_rule_found_cruft_does_not() -> None:
    blocks = _lines(*_PARAGRAPHS, "Share this article")
    blocks[-1].mark("share.label", "share")
    assert not reads_as_article(blocks)


def test_a_text_of_short_labels_does_not() -> None:
    assert not reads_as_article(_lines("Home", "News", "Sport", "Weather", "Contact us"))
    assert not reads_as_article([])


def test_an_article_without_cruft_is_kept_to_its_last_line() -> None:
    text = "\n\n".join(_PARAGRAPHS + _CLOSING_LIST)
    assert cleantext.clean(text).body == text


# Section labels under an article: among a page's menus, the site's menu.
_SECTIONS = ("Weather", "Traffic", "Sport")


def test_an_article_with_cruft_around_it_is_still_judged_line_by_line() -> None:
    # The same article under a skip link: the page is a dump, and its span ends where
    # the classifier's last kept line is.
    assert reads_as_article(_lines(*_PARAGRAPHS, *_SECTIONS))
    text = "\n\n".join(("Skip to content", *_PARAGRAPHS, *_SECTIONS))
    doc = cleantext.clean(text)
    assert _PARAGRAPHS[2] in doc.body
    assert ("Sport", "select.outside_article") in {(r.text, r.rule) for r in doc.removed}


def test_a_list_closing_the_article_is_not_its_headline() -> None:
    # Below a paragraph's worth of the article's prose a title-like line is part of it.
    text = "\n\n".join(("Skip to content", *_PARAGRAPHS, *_CLOSING_LIST))
    doc = cleantext.clean(text)
    assert doc.title is None
    assert doc.body.endswith("\n\n".join(_CLOSING_LIST))


def test_a_text_under_a_masthead_of_short_lines_does_not() -> None:
    # A dump's header: a slogan, a headline, an agency line and a date above the prose.
    masthead = ("Please support our advertisers", "Council passes budget", "Staff", "3 May 2024")
    assert not reads_as_article(_lines(*masthead, *_PARAGRAPHS))
    assert reads_as_article(_lines(*masthead[1:2], *_PARAGRAPHS))


def test_the_first_line_of_an_article_read_again_stays() -> None:
    # A subtitle opening a cleaned body reads like a headline; the body keeps it, and it
    # is still offered as the title.
    text = "\n\n".join(("Council passes budget after long night", *_PARAGRAPHS))
    doc = cleantext.clean(text)
    assert doc.body == text
    assert doc.title == "Council passes budget after long night"


def test_a_markdown_title_heading_still_leaves_the_body() -> None:
    article = (_PARAGRAPHS[0], "## What it costs", *_PARAGRAPHS[1:])
    text = "\n\n".join(("# Council passes budget after long night", *article))
    doc = cleantext.clean(text)
    assert doc.body == "\n\n".join(article).replace("## ", "")
