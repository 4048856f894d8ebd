"""Line shapes: the signatures of a series of entries look alike, article lines do not."""

from __future__ import annotations

from cleantext.text.shapes import MAX_CHARS, shape, telling


def test_comment_signatures_share_one_shape() -> None:
    first = shape("by Jane Doe on March 3, 2012 at 10:14 am")
    second = shape("by John Roe on April 21, 2013 at 9:02 am")
    assert first == second
    assert telling(first)


def test_names_alone_do_not_tell_a_series() -> None:
    assert shape("By Jane Doe") == shape("By John Roe")
    assert not telling(shape("By Jane Doe"))


def test_article_sentences_keep_shapes_of_their_own() -> None:
    a = "The council voted on Tuesday to extend the tram line to the estate."
    b = "Work is due to start next spring and should take about two years."
    assert shape(a) != shape(b)


def test_a_long_line_is_shaped_without_being_remembered() -> None:
    line = "word " * (MAX_CHARS // 2)
    assert shape(line) == shape(line)
    assert len(shape(line)) < len(line)
