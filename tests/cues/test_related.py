"""Related cues: cruft lines match a ``related`` rule, article sentences match none."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.config import DEFAULT
from cleantext.text import rules
from cleantext.text.rules import compile_cues, match
from cleantext.text.segment import segment

CUES = compile_cues(("en",), DEFAULT.families)

CRUFT = [
    "Related Articles",
    "You may also like",
    "Read more",
    "READ MORE: Nasa delays Moon mission again",
    "More stories from Example News",
    "Most popular",
    "Last 24 Hours",
    "Past 7 Days",
    "More News related to Business",
    "(From the last 12 hours)",
    "Related reports include Average Cost of Community College | Average Cost of Private "
    "School | Average Cost of College by State |  Cost of a College Class or Credit Hour",
]

ARTICLE = [
    "Related research shows that sleep matters for memory.",
    "More than 200 people were evacuated from the area.",
    "Read more widely, the author advised young writers.",
    "Over the last 24 hours, rescuers have pulled 12 people from the rubble.",
    "More news related to the strike is expected on Friday.",
    "The last 24 hours",  # a subheading of the article
    "Related reports include figures on tuition, fees and housing for 2024.",
    "Other costs include books | supplies: about $1,200 a year, the survey found.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_is_related(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.family == "related", (line, cue)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentence_survives(line: str) -> None:
    assert match(CUES, line) is None


CONTINUES = [
    "Continue reading the main story",
    "Story continues below advertisement",
    "Article continues after advertisement",
    "Advertisement - Continue reading below",
]


@pytest.mark.parametrize("line", CONTINUES)
def test_a_notice_that_the_article_continues_is_its_own_cue(line: str) -> None:
    cue = match(CUES, line)
    assert cue is not None and cue.action == "continues", (line, cue)


@pytest.mark.parametrize(
    "line",
    [
        "The story continues below the surface, where divers found the wreck.",
        "Continue reading the report and you find the numbers do not add up.",
    ],
)
def test_sentences_about_continuing_match_no_cue(line: str) -> None:
    assert match(CUES, line) is None


LEDE = (
    "At least 40 people have died after a building under construction collapsed near the "
    "city on Thursday, officials said, as rescuers searched the rubble through the night."
)
AFTER_BOX = (
    "It is not yet clear what caused the collapse, but police said it appeared to be due "
    "to the use of substandard building materials and that an inquiry had begun."
)
INSET = ["Related Stories", "* In pictures: the building collapse", "* Five killed in collapse"]


def test_a_related_box_inside_the_article_under_a_continue_notice_does_not_end_it() -> None:
    page = "\n\n".join([LEDE, "Continue reading the main story", *INSET, AFTER_BOX, LEDE])
    doc = cleantext.clean(page)
    assert AFTER_BOX in doc.body
    assert "Related Stories" not in doc.body and "Continue reading" not in doc.body


def test_a_related_box_without_the_notice_still_ends_the_article() -> None:
    blocks = segment("\n\n".join([LEDE, *INSET, AFTER_BOX]))
    rules.apply(blocks, CUES, DEFAULT)
    assert blocks[1].ends


def test_the_notice_lets_only_the_marker_right_below_it_head_an_inset() -> None:
    filler = [f"Paragraph {n} of the article goes on here." for n in range(4)]
    blocks = segment("\n\n".join(["Continue reading the main story", *filler, *INSET]))
    rules.apply(blocks, CUES, DEFAULT)
    assert blocks[-3].text == "Related Stories" and blocks[-3].ends
