"""The line classifier: prose is kept, menus and teasers go, short lines between paragraphs stay."""

from __future__ import annotations

import cleantext
from cleantext import classify
from cleantext.blocks import Block
from cleantext.language import stopwords
from cleantext.segment import segment

EN = stopwords("en")

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the tram line to the new housing estate in the north.",
    "Work is due to start next spring and should take about two years, the council said in a statement.",
    "Residents have long complained that the estate is cut off from the centre, and buses run only hourly.",
    "The regional government has promised to pay for half of the cost, which is put at 120 million euros.",
]
MENU = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Video", "Podcasts"]


def _classified(lines: list[str]) -> list[Block]:
    blocks = segment("\n\n".join(lines))
    classify.classify(blocks, EN)
    return blocks


def test_weights_match_the_feature_lists() -> None:
    m = classify.model()
    assert len(m.alone) == len(classify.FEATURES)
    assert len(m.context) == len(classify.FEATURES) + len(classify.CONTEXT)


def test_features_are_one_row_per_block_in_order() -> None:
    blocks = segment("Video Podcasts Weather\n\n" + PARAGRAPHS[0])
    rows = classify.features(blocks, EN)
    assert [len(r) for r in rows] == [len(classify.FEATURES)] * 2
    at = classify.FEATURES.index("stopwords")
    assert rows[1][at] > rows[0][at]


def test_prose_is_good_and_menu_is_bad() -> None:
    blocks = _classified([*MENU, *PARAGRAPHS, *MENU])
    labels = {b.text: b.label for b in blocks}
    assert all(labels[p] == classify.GOOD for p in PARAGRAPHS)
    assert sum(labels[m] == classify.GOOD for m in MENU) == 0


def test_subheading_and_list_between_paragraphs_are_kept() -> None:
    lines = [
        *MENU,
        "Tram line to reach the northern estate",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "What happens next",
        "- a public hearing",
        "- a vote in May",
        PARAGRAPHS[2],
        PARAGRAPHS[3],
        *MENU,
    ]
    body = cleantext.clean("\n\n".join(lines), mode="text").body
    for kept in ("What happens next", "a public hearing", "a vote in May"):
        assert kept in body


def test_menu_after_the_article_is_not_bridged() -> None:
    blocks = _classified([*PARAGRAPHS, *MENU])
    assert sum(b.label == classify.GOOD for b in blocks[len(PARAGRAPHS) :]) <= 2


def test_text_below_an_end_marker_is_named_after_it() -> None:
    teaser = "Another story: the mayor opened a new bridge over the river on Friday afternoon."
    page = "\n\n".join([*PARAGRAPHS, "Related Articles", teaser, "Sport", "Weather"])
    doc = cleantext.clean(page, mode="text")
    assert teaser not in doc.body
    assert any(r.text == teaser and r.rule == "related.marker" for r in doc.removed)


def test_an_end_marker_above_the_article_does_not_take_it() -> None:
    page = "\n\n".join(["Related Articles", "Home", *PARAGRAPHS, "Weather"])
    body = cleantext.clean(page, mode="text").body
    assert all(p in body for p in PARAGRAPHS)


def test_densest_run_picks_the_heaviest_stretch() -> None:
    probs = [0.1, 0.9, 0.8, 0.2, 0.9, 0.1, 0.1]
    assert classify.densest_run(probs, [1.0] * len(probs)) == (1, 4)


def _judged(*lines: tuple[str, str, float]) -> list[Block]:
    """Blocks with a verdict already given: (text, label, score)."""
    blocks = []
    for i, (text, label, score) in enumerate(lines):
        b = Block(index=i, line=i, raw=text, text=text, label=label, score=score)
        blocks.append(b)
    return blocks


GOOD, BAD = classify.GOOD, classify.BAD


def test_a_doubted_paragraph_between_kept_paragraphs_is_kept() -> None:
    doubted = (
        "Residents said they had waited for years; the council said the money was never there."
    )
    blocks = _judged((PARAGRAPHS[0], GOOD, 0.9), (doubted, BAD, 0.3), (PARAGRAPHS[1], GOOD, 0.8))
    classify.bridge(blocks)
    assert blocks[1].label == GOOD


def test_a_paragraph_read_as_boilerplate_is_not_bridged() -> None:
    teaser = "Another story: the mayor opened a new bridge over the river on Friday afternoon, see page 3."
    blocks = _judged((PARAGRAPHS[0], GOOD, 0.9), (teaser, BAD, 0.1), (PARAGRAPHS[1], GOOD, 0.8))
    classify.bridge(blocks)
    assert blocks[1].label == BAD


def test_a_list_between_paragraphs_below_the_same_end_marker_is_kept() -> None:
    blocks = _judged(
        (PARAGRAPHS[0], GOOD, 0.7),
        ("1. The Only Exception by Paramore", BAD, 0.1),
        (PARAGRAPHS[1], GOOD, 0.7),
    )
    classify.bridge(blocks, markers=[1, 1, 1])
    assert blocks[1].label == GOOD


def test_lines_across_an_end_marker_are_not_bridged() -> None:
    blocks = _judged((PARAGRAPHS[0], GOOD, 0.7), ("Home", BAD, 0.1), (PARAGRAPHS[1], GOOD, 0.7))
    classify.bridge(blocks, markers=[0, 1, 1])
    assert blocks[1].label == BAD
