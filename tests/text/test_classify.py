"""The line classifier: prose is kept, menus and teasers go, short lines between paragraphs stay."""

from __future__ import annotations

import numpy as np

import cleantext
from cleantext.blocks import Block
from cleantext.meta.language import stopwords
from cleantext.text import classify, scorer
from cleantext.text.segment import segment

from ..conftest import patches_calls

EN = stopwords("en")

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the tram line to the new housing estate in the north.",
    "Work is due to start next spring and should take about two years, the council said in a statement.",
    "Residents have long complained that the estate is cut off from the centre, and buses run only hourly.",
    "The regional government has promised to pay for half of the cost, which is put at 120 million euros.",
]
MORE_PARAGRAPHS = [
    "Opponents of the plan argue that the money would be better spent on more frequent buses across the city.",
    "A public hearing on the route is planned for the spring, before the final vote of the council in May.",
    "The tram would run every ten minutes at peak hours and link the estate to the main railway station.",
    "Shop owners along the route fear that two years of building work will keep their customers away.",
]
# A news story of typical length. The network weighs the whole page: four short lines
# between menus are too little to tell a menu page from a clean body (docs/quality.md).
ARTICLE = PARAGRAPHS + MORE_PARAGRAPHS
MENU = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Video", "Podcasts"]


def _classified(lines: list[str]) -> list[Block]:
    blocks = segment("\n\n".join(lines))
    classify.classify(blocks, EN)
    return blocks


def test_the_shipped_network_reads_the_inputs_in_order() -> None:
    net = scorer.network()
    assert net.inputs == classify.INPUTS
    assert net.mean.shape == net.scale.shape == (len(classify.INPUTS),)
    assert 0.0 < net.threshold < 1.0


def test_features_are_one_row_per_block_in_order() -> None:
    blocks = segment("Video Podcasts Weather\n\n" + PARAGRAPHS[0])
    rows = classify.features(blocks, EN)
    assert [len(r) for r in rows] == [len(classify.FEATURES)] * 2
    at = classify.FEATURES.index("stopwords")
    assert rows[1][at] > rows[0][at]


def test_prose_is_good_and_menu_is_bad() -> None:
    blocks = _classified([*MENU, *ARTICLE, *MENU])
    labels = {b.text: b.label for b in blocks}
    assert all(labels[p] == classify.GOOD for p in ARTICLE)
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
    blocks = _classified([*ARTICLE, *MENU])
    assert sum(b.label == classify.GOOD for b in blocks[len(ARTICLE) :]) <= 2


RELATED_ENTRIES = [
    "City Herald",
    "12-03-2025",
    "Mayor opens bridge over the river",
    "The mayor opened a new bridge over the river on Friday afternoon, after two years of work and a long",
    "Morning Post",
    "10-03-2025",
    "New school for the northern estate",
    "A new primary school will open on the northern estate next year, the education board announced on",
]


def test_text_below_an_end_marker_is_named_after_it() -> None:
    page = "\n\n".join([*MENU, *PARAGRAPHS, "Related Articles", *RELATED_ENTRIES, "Sport"])
    doc = cleantext.clean(page, mode="text")
    assert all(p in doc.body for p in PARAGRAPHS)
    teasers = RELATED_ENTRIES[3], RELATED_ENTRIES[7]
    assert not any(t in doc.body for t in teasers)
    assert all(
        any(r.text == t and r.rule == "related.marker" for r in doc.removed) for t in teasers
    )


def test_an_end_marker_above_the_article_does_not_take_it() -> None:
    page = "\n\n".join(["Related Articles", "Home", *PARAGRAPHS, "Weather"])
    body = cleantext.clean(page, mode="text").body
    assert all(p in body for p in PARAGRAPHS)


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


def test_a_menu_cell_beside_a_kept_paragraph_is_not_bridged() -> None:
    # Two columns of one line: the menu's "Weather", then the article's paragraph.
    blocks = _judged((PARAGRAPHS[0], GOOD, 0.9), ("Weather", BAD, 0.3), (PARAGRAPHS[1], GOOD, 0.9))
    blocks[2].line = blocks[1].line
    classify.bridge(blocks)
    assert blocks[1].label == BAD


def test_a_subheading_on_its_own_line_is_still_bridged() -> None:
    blocks = _judged((PARAGRAPHS[0], GOOD, 0.9), ("Weather", BAD, 0.3), (PARAGRAPHS[1], GOOD, 0.9))
    classify.bridge(blocks)
    assert blocks[1].label == GOOD


COLUMNS = " " * 30


def test_a_table_layout_keeps_the_article_whole_beside_its_menu_column() -> None:
    menu = ["Local", "Sport", "Weather", "Traffic", "Business", "Culture", "Travel", "Jobs"]
    page = "\n".join(
        [
            COLUMNS.join(["Home", "News"]),
            "",
            *(COLUMNS.join(pair) for pair in zip(menu, ARTICLE, strict=True)),
            "",
            COLUMNS.join(["Contact us", "Privacy", "Terms of use"]),
        ]
    )
    kept = cleantext.clean(page, mode="text").body.split("\n\n")
    assert all(paragraph in kept for paragraph in ARTICLE)  # whole, no menu word glued on
    assert not {"Home", "News", "Contact us", "Privacy", "Terms of use"} & set(kept)
    assert len(set(menu) & set(kept)) < len(menu) / 2


SIGNED_THREAD = [
    "by Jane Doe on March 3, 2012 at 10:14 am",
    "I drove that road every day for ten years and never once saw a tram on it, so I doubt this.",
    "by John Roe on March 3, 2012 at 11:02 am",
    "The estate has needed a better link for years, and I am glad the council finally listened.",
    "by Ann Poe on March 4, 2012 at 8:40 am",
    "Half the cost from the region sounds generous until you read what the other half will be.",
]


def test_signatures_of_a_thread_are_series_entries() -> None:
    article = [*PARAGRAPHS, *reversed(PARAGRAPHS)]
    blocks = segment("\n\n".join([*article, *SIGNED_THREAD]))
    rows = classify.sequence_features(blocks, [0] * len(blocks))
    entry = classify.SEQUENCE.index("series_entry")
    near = classify.SEQUENCE.index("series_near")
    signatures = [len(article) + i for i in (0, 2, 4)]
    assert [i for i, r in enumerate(rows) if r[entry]] == signatures
    assert rows[len(article) + 1][near] > 0  # a comment sits among signatures
    assert all(rows[i][near] == 0 for i in range(len(article) - classify.SERIES_REACH))


def test_a_page_without_repeated_shapes_has_no_series() -> None:
    blocks = segment("\n\n".join(PARAGRAPHS))
    rows = classify.sequence_features(blocks, [0] * len(blocks))
    assert all(v == 0 for r in rows for v in r[:6])


def test_inputs_are_features_then_place() -> None:
    blocks = segment("\n\n".join([*MENU, *PARAGRAPHS]))
    rows = classify.inputs(blocks, EN, [0] * len(blocks))
    assert rows.shape == (len(blocks), len(classify.INPUTS))


def test_a_comment_thread_under_the_article_is_not_article() -> None:
    thread = [
        *SIGNED_THREAD,
        "by Mark Lee on March 4, 2012 at 9:12 am",
        "Buses every hour is not a service, it is a timetable. Good news for the estate at last.",
    ]
    page = "\n\n".join([*MENU, *ARTICLE, "4 Comments", *thread, *MENU])
    body = cleantext.clean(page, mode="text").body
    assert all(p in body for p in ARTICLE)
    assert not any(line in body for line in thread)


LEAD_SENTENCE = "A Russian rocket carrying a crew from the United States and Russia has docked with the station."


def test_a_doubted_sentence_just_above_the_first_paragraph_is_its_lead() -> None:
    blocks = _judged(
        ("Crew blasts off for the station", BAD, 0.2),
        (LEAD_SENTENCE, BAD, 0.3),
        (PARAGRAPHS[0], GOOD, 0.9),
    )
    classify.lead(blocks, [0, 0, 0])
    assert [b.label for b in blocks] == [BAD, GOOD, GOOD]


def test_a_lead_is_a_whole_sentence_the_classifier_did_not_rule_out() -> None:
    for line, score in (
        ("Home | World | Business | Sport | Culture | Weather | Video", 0.3),  # not a sentence
        ("Sign up.", 0.3),  # too short to be a paragraph
        (LEAD_SENTENCE, 0.05),  # near-certainly boilerplate
    ):
        blocks = _judged((line, BAD, score), (PARAGRAPHS[0], GOOD, 0.9))
        classify.lead(blocks, [0, 0])
        assert blocks[0].label == BAD, line


def test_a_lead_is_not_taken_across_an_end_marker() -> None:
    blocks = _judged((LEAD_SENTENCE, BAD, 0.3), (PARAGRAPHS[0], GOOD, 0.9))
    classify.lead(blocks, [0, 1])
    assert blocks[0].label == BAD


COMMENTS = ("comments.marker", "comments")
RELATED = ("related.marker", "related")


def _under(marker: tuple[str, str], *lines: tuple[str, str, float]) -> list[Block]:
    blocks = _judged(*lines)
    for b in blocks:
        b.after_end = marker
    return blocks


def _signed_thread(good_score: float) -> list[tuple[str, str, float]]:
    """SIGNED_THREAD judged: signatures doubted, comments kept at ``good_score``."""
    return [
        (text, BAD, 0.5) if text.startswith("by ") else (text, GOOD, good_score)
        for text in SIGNED_THREAD
    ]


def test_a_signed_thread_under_a_comments_marker_goes_unless_the_classifier_is_sure() -> None:
    blocks = _under(COMMENTS, *_signed_thread(0.82))
    classify.signed_thread(blocks)
    assert [b.label for b in blocks] == [BAD] * len(SIGNED_THREAD)
    blocks = _under(COMMENTS, *_signed_thread(0.97))
    classify.signed_thread(blocks)
    assert [b.label for b in blocks] == [BAD, GOOD] * 3


def test_prose_under_a_comments_marker_without_signed_entries_stays() -> None:
    lines = [(text, GOOD, 0.82) for text in SIGNED_THREAD if not text.startswith("by ")]
    blocks = _under(COMMENTS, *lines, ("by Jane Doe on March 3, 2012 at 10:14 am", BAD, 0.5))
    classify.signed_thread(blocks)
    assert [b.label for b in blocks] == [GOOD, GOOD, GOOD, BAD]


def test_a_signed_series_under_another_marker_is_not_a_comment_thread() -> None:
    blocks = _under(RELATED, *_signed_thread(0.82))
    classify.signed_thread(blocks)
    assert [b.label for b in blocks] == [BAD, GOOD] * 3


def test_a_page_of_a_few_words_without_cruft_is_kept_whole() -> None:
    # Nothing on it reads as boilerplate or as a sentence: it is all the text there is.
    assert cleantext.clean("Test Case 1\n\nTest Case 2\n").body == "Test Case 1\n\nTest Case 2"
    assert cleantext.clean("abc\n\ndef\n\nghi").body == "abc\n\ndef\n\nghi"


def test_a_short_page_of_menu_labels_is_not_kept() -> None:
    # A rule found cruft on the page, so the rest is judged as on any other page.
    assert cleantext.clean("Skip to content\nHome\nSearch").body == ""


def test_a_page_longer_than_a_few_words_is_judged_line_by_line() -> None:
    labels = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike"
    words = labels.split()
    assert len(words) == classify.TINY_PAGE_WORDS + 1
    assert cleantext.clean("\n".join(words[:-1])).body != ""
    assert cleantext.clean("\n".join(words)).body == ""


# English sentences on a page read as Russian, run into a stray word.
_RUN_INTO_A_STRAY_WORD = (
    "Share prices fell 3% on Monday after the central bank raised its main rate. "
    "Share prices fell 3% on Monday after the central bank raised its main rate. "
    "Москва заявила, что переговоры продолжатся на следующей неделе. Share"
)


def _nothing_reads_as_an_article(monkeypatch) -> None:
    monkeypatch.setattr(classify._scorer, "run", lambda inputs, net: np.full(len(inputs), 0.01))


@patches_calls
def test_a_line_holding_whole_sentences_stands_in_for_a_paragraph(monkeypatch) -> None:
    # Nothing reads as an article; the line does not end like a sentence (a dump ran
    # a stray "Share" into it) but holds whole sentences, so it is kept.
    assert cleantext.clean(_RUN_INTO_A_STRAY_WORD).body == _RUN_INTO_A_STRAY_WORD
    _nothing_reads_as_an_article(monkeypatch)
    assert cleantext.clean(_RUN_INTO_A_STRAY_WORD).body == _RUN_INTO_A_STRAY_WORD


@patches_calls
def test_a_line_without_a_sentence_does_not_stand_in_for_one(monkeypatch) -> None:
    _nothing_reads_as_an_article(monkeypatch)
    words_only = _RUN_INTO_A_STRAY_WORD.replace(".", "").replace(",", "")
    assert cleantext.clean(words_only).body == ""


def test_a_signed_thread_names_its_rule_and_the_comments_family() -> None:
    blocks = _under(COMMENTS, *_signed_thread(0.82))
    classify.signed_thread(blocks)
    assert {b.verdict_rule() for b in blocks} == {("classify.signed_thread", "comments")}


@patches_calls
def test_the_whole_sentence_fallback_names_itself(monkeypatch) -> None:
    # The network finds no paragraph: lines holding sentences stand in, the rest go,
    # and their removal names the fallback, not the network.
    sentence = "The council approved the budget on Monday. It takes effect in May next year."
    blocks = segment("\n\n".join(["Weather Sport Culture Travel", sentence]))
    _nothing_reads_as_an_article(monkeypatch)
    classify.classify(blocks, frozenset())
    assert [b.label for b in blocks] == [BAD, GOOD]
    assert blocks[0].verdict_rule() == ("classify.fallback_sentence", "boilerplate")


def test_a_line_the_network_judged_names_the_network_or_the_marker_above() -> None:
    blocks = _judged(("Home", BAD, 0.1))
    assert blocks[0].verdict_rule() == ("classify.boilerplate", "boilerplate")
    blocks = _under(RELATED, ("Another story", BAD, 0.1))
    assert blocks[0].verdict_rule() == RELATED


def test_a_doubted_closing_paragraph_below_the_last_kept_one_closes_the_article() -> None:
    blocks = _judged(
        (PARAGRAPHS[0], GOOD, 0.9),
        (PARAGRAPHS[1], GOOD, 0.9),
        ("Thanks for reading, and see you next week.", BAD, 0.3),
        ("“We will not give up,” she said.", BAD, 0.35),
    )
    classify.tail(blocks, [0, 0, 0, 0])
    assert [b.label for b in blocks] == [GOOD, GOOD, GOOD, GOOD]


def test_the_close_stops_at_a_heading_a_menu_or_an_end_marker() -> None:
    for line, score, markers in (
        ("Home | World | Business | Sport | Culture | Weather", 0.3, [0, 0]),  # no sentence
        ("Sign up to our newsletter for the best of the week.", 0.05, [0, 0]),  # ruled out
        ("Thanks for reading, and see you next week.", 0.3, [0, 1]),  # under a marker
    ):
        blocks = _judged((PARAGRAPHS[0], GOOD, 0.9), (line, BAD, score))
        classify.tail(blocks, markers)
        assert blocks[1].label == BAD, line
    heading = _judged(
        (PARAGRAPHS[0], GOOD, 0.9), ("More news", BAD, 0.4), (PARAGRAPHS[1], BAD, 0.3)
    )
    heading[1].kind = "h"
    classify.tail(heading, [0, 0, 0])
    assert [b.label for b in heading] == [GOOD, BAD, BAD]


_SECTION = (
    "This laptop is one of the best you can buy right now, and it is the one we would pick "
    "for most people who need a machine for work, study and the odd film in the evening."
)


def test_running_prose_between_kept_paragraphs_is_kept_whatever_the_network_said() -> None:
    blocks = _judged(
        (PARAGRAPHS[0], GOOD, 0.9),
        ("Who should buy it?", BAD, 0.05),
        (_SECTION, BAD, 0.02),
        (PARAGRAPHS[1], GOOD, 0.9),
    )
    classify.prose_between(blocks, [0, 0, 0, 0], EN)
    assert [b.label for b in blocks] == [GOOD, BAD, GOOD, GOOD]


def test_prose_between_is_not_taken_across_an_end_marker_or_from_a_menu() -> None:
    across = _judged((PARAGRAPHS[0], GOOD, 0.9), (_SECTION, BAD, 0.02), (PARAGRAPHS[1], GOOD, 0.9))
    classify.prose_between(across, [0, 1, 1], EN)
    assert across[1].label == BAD
    menu = "Home | World | Business | Sport | Culture | Weather | Video | Podcasts | " * 3
    between = _judged((PARAGRAPHS[0], GOOD, 0.9), (menu, BAD, 0.02), (PARAGRAPHS[1], GOOD, 0.9))
    classify.prose_between(between, [0, 0, 0], EN)
    assert between[1].label == BAD
    below = _judged((PARAGRAPHS[0], GOOD, 0.9), (_SECTION, BAD, 0.02))  # nothing kept below
    classify.prose_between(below, [0, 0], EN)
    assert below[1].label == BAD
