"""Holes: article text the extraction pruned between the parts it kept is put back."""

from __future__ import annotations

from cleantext import Config, clean
from cleantext.document import PARAGRAPH, Part
from cleantext.html.holes import Holes, fill, worth_reading

PROSE = [
    "The storm reached the coast late on Monday and brought heavy rain to the towns along "
    "the bay, where residents had been told to stay at home until the water receded.",
    "Officials said the damage was limited and that most roads would reopen within a day, "
    "although several bridges remained closed while engineers inspected their foundations.",
    "Farmers in the valley reported flooded fields, and the regional government promised to "
    "compensate those whose harvest was lost before the end of the season.",
    "Forecasters expect calmer weather for the rest of the week, with temperatures rising "
    "slowly and only light showers expected over the hills in the north of the region.",
]
# A section of the same article, in an element the extraction prunes.
LOST = [
    "Rescue teams worked through the night to reach the villages cut off by the flood, using "
    "boats borrowed from the local sailing club.",
    "By Tuesday morning every family had been reached, and the last of them were taken to the "
    "school hall, where volunteers served hot meals.",
]
TEASERS = [
    "A new bridge over the river will open next spring after three years of work, the "
    "council announced on its website this week.",
    "The town's football club has signed two young players from the regional league, who "
    "will join the squad for the summer training camp.",
]


def parts(*texts: str) -> list[Part]:
    return [Part(PARAGRAPH, t, lines=(t,)) for t in texts]


def texts(found: list[Part] | None) -> list[str]:
    assert found is not None
    return [p.text for p in found]


def test_lines_lost_between_two_kept_parts_go_back_where_they_stood() -> None:
    article = parts(*PROSE)
    page = parts("Home", "News", PROSE[0], PROSE[1], *LOST, PROSE[2], PROSE[3], "Contact us")
    assert texts(fill(article, page)) == [PROSE[0], PROSE[1], *LOST, PROSE[2], PROSE[3]]


def test_lines_above_or_below_the_kept_text_are_never_added() -> None:
    article = parts(*PROSE)
    page = parts(*TEASERS, *PROSE, *LOST)
    assert fill(article, page) is None


def test_a_small_hole_is_left_alone() -> None:
    # A caption between two paragraphs is a small share of the article.
    article = parts(*PROSE)
    page = parts(PROSE[0], "Photo: the flooded harbour", *PROSE[1:])
    assert fill(article, page) is None
    assert fill(article, page, Holes(share=0.01)) is not None


def test_a_short_line_the_article_holds_does_not_stretch_the_span_over_the_menus() -> None:
    # The headline also stands in the page's menu, far above the article.
    headline = "Storm floods the coast"
    article = parts(headline, *PROSE)
    page = parts(headline, *TEASERS, *PROSE)
    assert fill(article, page) is None


def test_a_line_echoing_the_article_further_down_does_not_stretch_the_span() -> None:
    # A reader's comment below the article quotes its second paragraph.
    article = parts(*PROSE)
    page = parts(*PROSE, *TEASERS, PROSE[1])
    assert fill(article, page) is None


def test_a_lead_the_extraction_placed_lower_still_opens_the_span() -> None:
    article = parts(PROSE[1], PROSE[2], PROSE[0], PROSE[3])
    page = parts(PROSE[0], *LOST, PROSE[1], PROSE[2], PROSE[3])
    assert LOST[0] in texts(fill(article, page))


def test_the_uncleaned_lines_bound_what_the_cleaned_ones_can_fill() -> None:
    body = "\n\n".join(PROSE)
    with_section = "\n".join(["Home", PROSE[0], PROSE[1], *LOST, PROSE[2], PROSE[3]])
    with_caption = "\n".join(["Home", PROSE[0], "Photo: the flooded harbour", *PROSE[1:]])
    assert worth_reading(with_section, body)
    assert not worth_reading(with_caption, body)
    assert not worth_reading(with_section, "")


def page_with(box: str, where: str = "middle") -> str:
    before, after = PROSE[:2], PROSE[2:]
    if where == "end":
        before, after = PROSE, []
    body = (
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Storm floods the coast</h1>"
        + "".join(f"<p>{p}</p>" for p in before)
        + box
        + "".join(f"<p>{p}</p>" for p in after)
        + "</article><footer><p>© 2025 Daily News</p></footer>"
    )
    return f"<html><head><title>Storm</title></head><body>{body}</body></html>"


def test_a_pruned_section_inside_the_article_is_put_back_in_html_mode() -> None:
    html = page_with("<div class='widget'>" + "".join(f"<p>{p}</p>" for p in LOST) + "</div>")
    without = clean(html, mode="html", config=Config(html_holes=False))
    assert LOST[0] not in without.body  # the extraction pruned it
    doc = clean(html, mode="html")
    assert doc.body.split("\n\n") == ["Storm floods the coast", *PROSE[:2], *LOST, *PROSE[2:]]
    assert "holes" in doc.evidence
    assert clean(doc.body, mode="text").body == doc.body


def test_a_pruned_box_below_the_article_stays_out() -> None:
    html = page_with(
        "<div class='related'>" + "".join(f"<p>{p}</p>" for p in TEASERS) + "</div>", "end"
    )
    doc = clean(html, mode="html")
    assert TEASERS[0] not in doc.body
    assert "holes" not in doc.evidence
