"""Metadata readers are stable on their own output: a cleaned body cleaned again keeps
every line, even when its posts, comments or teasers are signed with bylines and dates.
"""

from __future__ import annotations

from cleantext import clean
from cleantext.meta.reader import _in_series
from cleantext.text.segment import segment

_PARAGRAPH = (
    "The committee met on Tuesday to weigh the proposal, and most of its members said "
    "they would need more time to read the report before any vote could be taken."
)


def _post(title: str, author: str, when: str, topic: str) -> str:
    return (
        f"{title}\n\n"
        f"{topic} was the subject of a long discussion at the meeting this week. {_PARAGRAPH}\n\n"
        f"Readers wrote in with questions about {topic.lower()}, and we answer some of them "
        f"here. {_PARAGRAPH}\n\n"
        f"Posted by {author} on {when}\n"
    )


_TOPICS = ("budget", "library", "survey", "bridge", "harbour", "school", "market", "station")
_BLOG = "Home | Archive | About\n\n" + "\n".join(
    _post(f"Notes on the {t} this week", "Dana Whitfield", f"4/{20 - i}/05; 7:40 AM", f"The {t}")
    for i, t in enumerate(_TOPICS)
)


def _settled(text: str) -> str:
    once = clean(text, mode="text").body
    assert clean(once, mode="text").body == once
    return once


def test_a_multi_post_blog_settles_and_keeps_its_posts():
    body = _settled(_BLOG)
    for topic in _TOPICS:
        assert f"Readers wrote in with questions about the {topic}" in body
    # Each post's signature is the post's, not a header line of the page.
    assert body.count("Posted by Dana Whitfield") >= len(_TOPICS) - 1


def test_a_body_that_opens_with_its_deck_settles_and_keeps_it():
    deck = "Why the city council changed its mind on the river crossing"
    text = f"{deck}\n\n{_PARAGRAPH}\n\nThe council will vote again in June. {_PARAGRAPH}\n"
    body = _settled(text)
    assert "The council will vote again in June." in body
    assert body.count(_PARAGRAPH) == 2


def test_signatures_of_one_shape_are_a_series():
    blocks = segment(
        "by Jane Roe on May 5, 2010 at 2:24 pm. Reply\n\n"
        "Some comment text.\n\n"
        "by Sam Poe on May 6, 2010 at 5:38 pm. Reply\n"
    )
    assert _in_series(blocks, 0)


def test_a_lone_byline_is_not_a_series():
    blocks = segment(f"By Jane Roe\n\n{_PARAGRAPH}\n\nShare prices fell by 3 percent.\n")
    assert not _in_series(blocks, 0)


def test_undated_bylines_of_one_shape_are_not_a_series():
    # The article's byline and a teaser's look alike without dates: the header keeps it.
    blocks = segment(f"By Jane Roe\n\n{_PARAGRAPH}\n\nBy Sam Poe\n")
    assert not _in_series(blocks, 0)


def test_a_dated_byline_with_comments_below_is_still_read():
    text = (
        "Harbour plan approved\n\nBy Jane Roe on May 5, 2010\n\n"
        f"{_PARAGRAPH}\n\nThe harbour works start next spring. {_PARAGRAPH}\n\n"
        "by Sam Poe on May 6, 2010 at 5:38 pm\n\nGood news for the town.\n"
    )
    doc = clean(text, mode="text")
    assert doc.authors == ["Jane Roe"]
    assert clean(doc.body, mode="text").body == doc.body


def test_a_wrapped_first_line_of_a_paragraph_is_not_a_headline():
    text = (
        "Early next year. Highly anticipated by the region, the new tram line will be\n\n"
        "able to carry twice as many passengers as the old tram line, the operator\n\n"
        "said on Monday. The region has waited for the new tram line for a decade, and\n\n"
        "passengers in the region say the tram line will change how they travel.\n\n"
        f"{_PARAGRAPH}\n"
    )
    doc = clean(text, mode="text")
    assert doc.title is None
    assert doc.body.startswith("Early next year. Highly anticipated")
    assert clean(doc.body, mode="text").body == doc.body


def test_a_short_first_line_over_a_capitalised_paragraph_can_still_be_the_headline():
    text = f"Harbour plan approved after long debate\n\n{_PARAGRAPH}\n\nShare prices fell.\n"
    assert clean(text, mode="text").title == "Harbour plan approved after long debate"


def test_a_headline_over_a_lower_case_web_address_is_still_the_headline():
    text = (
        "Harbour plan approved after long debate\n\n"
        "www.example.com 2007-11-24 16:23:08 Print\n\n"
        f"{_PARAGRAPH}\n\nThe harbour works start next spring. {_PARAGRAPH}\n"
    )
    assert clean(text, mode="text").title == "Harbour plan approved after long debate"
