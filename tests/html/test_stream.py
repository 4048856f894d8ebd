"""A very large page read as a stream: its visible text, a line per block, and no tree."""

from __future__ import annotations

import pytest

from cleantext import Config, clean
from cleantext.html import stream
from cleantext.html.stream import visible_lines

from .test_extract import HEAD, LOOKALIKES, PROSE, article, page, paragraphs


def test_each_block_is_a_line_and_inline_markup_stays_in_it() -> None:
    html = page(
        "<article><h1>Storm <em>hits</em> the coast</h1>"
        "<p>Rain, <a href='x'>wind</a> and <b>floods</b>.</p></article>"
    )
    assert visible_lines(html) == "Storm hits the coast\nRain, wind and floods."


def test_list_items_are_marked_and_line_breaks_split() -> None:
    html = page("<ul><li>Bridges closed<li>Roads open</ul><p>First line<br>second line</p>")
    assert visible_lines(html) == "* Bridges closed\n* Roads open\nFirst line\nsecond line"


def test_text_no_reader_sees_is_left_out() -> None:
    html = page(
        "<script>var share = 'Share';</script><style>p { color: red }</style>"
        "<!-- a comment --><noscript>Enable JavaScript</noscript><p>Visible.</p>",
        head="<title>Page title</title><style>body {}</style>",
    )
    assert visible_lines(html) == "Visible."


def test_broken_markup_is_read_as_a_browser_would() -> None:
    html = "<html><body><div><p>Unclosed paragraph<div>Stray <b>bold</div></p></span>Tail text"
    assert visible_lines(html).split("\n") == ["Unclosed paragraph", "Stray bold", "Tail text"]


def test_text_read_in_small_chunks_is_the_text_read_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = page(paragraphs(PROSE))
    whole = visible_lines(html)
    monkeypatch.setattr(stream, "CHUNK", 7)  # words and tags cut between chunks
    assert visible_lines(html) == whole
    assert whole.split("\n") == PROSE


def _streamed(html: str) -> str:
    doc = clean(html, mode="html", config=Config(html_stream_chars=100))
    assert doc.path == "html-stream"
    return doc.body


def test_a_page_past_the_stream_limit_is_cleaned_as_its_visible_text() -> None:
    html = page(
        "<nav><a>Home</a> | <a>News</a> | <a>Sport</a></nav>"
        + article(paragraphs(PROSE), "<p>Share this article</p>"),
        HEAD,
    )
    body = _streamed(html)
    assert body.split("\n\n") == PROSE
    assert clean(body).body == body  # cleaning the body again changes nothing


def test_article_sentences_that_look_like_cruft_survive_the_stream() -> None:
    body = _streamed(page(article(paragraphs(PROSE[:2] + LOOKALIKES + PROSE[2:]))))
    for sentence in LOOKALIKES:
        assert sentence in body


def test_pages_under_the_limit_and_a_limit_of_0_take_the_tree_path() -> None:
    html = page(article(paragraphs(PROSE)), HEAD)
    assert clean(html, mode="html").path != "html-stream"
    assert clean(html, mode="html", config=Config(html_stream_chars=0)).path != "html-stream"


def test_a_streamed_page_gets_the_metadata_its_head_declares() -> None:
    html = page(article(paragraphs(PROSE)), HEAD)
    streamed = clean(html, mode="html", config=Config(html_stream_chars=100))
    tree = clean(html, mode="html")
    fields = ("title", "authors", "date", "site", "language")
    assert [getattr(streamed, f) for f in fields] == [getattr(tree, f) for f in fields]
    assert streamed.title == "Storm floods the coast overnight"
    assert streamed.evidence["date"].startswith("HTML metadata")


def test_a_page_whose_head_never_ends_is_still_cleaned() -> None:
    html = "<html><head><title>Storm</title>" + "<p>" + "</p><p>".join(PROSE) + "</p>"
    doc = clean(html, mode="html", config=Config(html_stream_chars=100))
    assert doc.path == "html-stream" and doc.body  # no head to read: the text's own reading


def test_a_title_that_never_closes_does_not_hide_the_page() -> None:
    # The parser reads everything after an unclosed <title> as the title's text.
    html = "<html><head><title>Storm floods the coast" + paragraphs(PROSE * 4) + "</body></html>"
    assert visible_lines(html).split("\n")[1:] == PROSE * 4
    # A real title stays out of the visible text.
    assert visible_lines(page(paragraphs(PROSE), HEAD)).split("\n") == PROSE


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<!-- only a comment -->"])
def test_a_page_with_nothing_to_read_gives_no_lines(html: str) -> None:
    assert visible_lines(html) == ""


def test_characters_no_encoder_takes_are_read_as_undecodable() -> None:
    # A lone surrogate (bytes decoded with "surrogateescape") cannot be fed to the parser.
    assert visible_lines(page("<p>caf\udce9 au lait</p>")) == "caf\ufffd au lait"
