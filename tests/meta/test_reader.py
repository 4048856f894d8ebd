"""Metadata from text: headline, bylines, datelines and site, each with its evidence line."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.meta import authors, site, title
from cleantext.meta import reader as metadata
from cleantext.meta.language import stopwords
from cleantext.text.segment import segment

LEDE = (
    "A Russian Soyuz spacecraft carrying two cosmonauts and a NASA astronaut docked with "
    "the International Space Station on Tuesday, the Russian space agency Roscosmos said."
)
SECOND = (
    "The Soyuz crew will spend about eight months aboard the station and carry out fifty "
    "scientific experiments before they return to Earth in December, officials said."
)


def page(*header: str, body: tuple[str, ...] = (LEDE, SECOND), footer: tuple[str, ...] = ()):
    """Blocks of a page and the index of its first article paragraph."""
    blocks = segment("\n\n".join((*header, *body, *footer)))
    return blocks, len(header)


def extract(*header: str, **kwargs):
    blocks, start = page(
        *header, body=kwargs.pop("body", (LEDE, SECOND)), footer=kwargs.pop("footer", ())
    )
    return metadata.extract(blocks, start, language="en", **kwargs), blocks


# --- bylines --------------------------------------------------------------------------

BYLINES = [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe with Reuters and AFP", ["Jane Doe"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Von Hans Müller", ["Hans Müller"]),
    ("Par Marie Dupont", ["Marie Dupont"]),
    ("Por Ana Gómez y Luis Pérez", ["Ana Gómez", "Luis Pérez"]),
    ("Written by Jan de Vries", ["Jan de Vries"]),
    ("By JANE DOE", ["JANE DOE"]),
    ("By Jane   Doe", ["Jane Doe"]),
    ("By Jane Doe, Senior Technologist, Example Project", ["Jane Doe"]),
    ("by Jane Doe (reporting) and John Roe (photography)", ["Jane Doe"]),  # a photographer
    ("By Jane Doe and John Roe (photos)", ["Jane Doe"]),
    ("By Jane Doe (Photography Editor) and John Roe", ["Jane Doe", "John Roe"]),
    ("by: Jane Doe", ["Jane Doe"]),
    ("By: Jane Doe Last Updated: 1/14/08 11:15 AM ET | 105 times read", ["Jane Doe"]),
    ("Jane Doe | Science | March 3, 2015", ["Jane Doe"]),
    ("by Jane Doe @janedoe February 1, 2016: 12:41 PM ET", ["Jane Doe"]),
    ("Jane Doe - Apr 16, 2015 8:02 pm UTC", ["Jane Doe"]),
    ("Posted by Jane Doe on March 10, 2015 at 08:05", ["Jane Doe"]),
    ("Par Marie Dupont et Luc Martin — 24 novembre 2017 à 18:42", ["Marie Dupont", "Luc Martin"]),
    ("Jane Doe , @janedoe", ["Jane Doe"]),  # a name beside its own handle
    ("Jane Doe (@janedoe)", ["Jane Doe"]),
    ("By Jane Doe at the Moscow bureau", ["Jane Doe"]),  # the name, then where she writes
    ("By Jane Doe in Kyiv.", ["Jane Doe"]),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_bylines_give_person_names(line, names):
    found = authors.parse(line)
    assert found is not None and list(found.names) == names


@pytest.mark.parametrize(
    "line",
    [
        "By Reuters",  # an agency is not an author
        "Follow Author",
        "Introducing Fandom Author Profiles",
        "By the end of the year, prices had doubled.",
        "Share prices fell 3% on Monday.",
        "Comments from the minister drew criticism.",
        "Related research shows the effect is small.",
        "Jane Doe",  # a bare name needs a context that vouches for it
        "Home | World | Politics",
        "Home | UK | Business | Audio | Guardian Weekly | The Wrap",  # a menu
        "By: Example Newswire",
        "Jane Doe jane@example.com",  # an address is not a handle
        "Follow Jane Doe @janedoe",
        "Thanks to Jane Doe @janedoe for the tip",
        # A sentence that opens with "By"/"Von" and a capitalised phrase.
        "By Open Source Software we mean programs anyone may study and change.",
        "Von Open Source Software (OSS) ein und entwickeln einen Praxisleitfaden.",
    ],
)
def test_lines_that_credit_no_person_are_not_bylines(line):
    assert authors.parse(line) is None


def test_a_bare_name_counts_when_the_context_vouches_for_it():
    found = authors.parse("Jane Doe", bare=True)
    assert found is not None and found.names == ("Jane Doe",)
    found = authors.parse("Richard (R.J.) Roe", bare=True)  # initials in parentheses
    assert found is not None and found.names == ("Richard Roe",)


def test_a_dated_byline_carries_its_date():
    found = authors.parse("by Jane Doe July 10, 2015")
    assert found is not None and found.date == "2015-07-10"


def test_names_and_not_names():
    assert authors.is_name("Jan de Vries") and authors.is_name("John C. Roe")
    assert not authors.is_name("Manchester United")
    assert not authors.is_name("jane doe")


# --- site -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Copyright © 2014-2025 Example Insights - All about examples", "Example Insights"),
        ("© 2024 Example Media Ltd. All rights reserved.", "Example Media"),
        ("Skip to more Example sites", "Example"),
        ("Example's Top Story", "Example"),
        ("More stories from the Example Times", "Example Times"),
        ("© 2007 Example Privacy Policy", "Example"),
        ("Copyright Example Sport 2008, All Rights Reserved", "Example Sport"),
        ("© Copyright 2012 Example – The Example Blog", "Example"),
    ],
)
def test_the_site_names_itself(line, name):
    found = site.from_lines(segment(line))
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law is changing fast in Europe this year and next.",
        "More sites",
        "Top stories",
        "Copyright Notice",
    ],
)
def test_lines_that_name_no_site(line):
    assert site.from_lines(segment(line)) is None


def test_site_from_url_host():
    assert site.from_url("https://www.example.com/news/a-story") == "example.com"
    assert site.from_url("not a url") is None
    assert site.from_url(None) is None


def test_title_suffix_names_the_site():
    assert site.split_suffix("Soyuz docks at the ISS | Example News") == (
        "Soyuz docks at the ISS",
        "Example News",
    )
    assert site.split_suffix("Soyuz docks at the ISS - Example", ["example.com"]) == (
        "Soyuz docks at the ISS",
        "Example",
    )


def test_a_dash_in_a_headline_is_not_a_site_suffix():
    assert site.split_suffix("Obama admits US gun laws are his frustration - Interview") is None


# --- title ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Russian spacecraft brings cosmonauts to ISS",
        "Is the station safe?",
        "Fight! Fight! Fight!",
        "McDonald's puts YouTube videos on the iPhone",  # brand names, not glued items
    ],
)
def test_headline_like_lines(line):
    assert title.is_title_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share:",
        "April 8, 2025",
        "www.example.com/news",
        "Home",
        "The crew launched from the Baikonur Cosmodrome in Kazakhstan on a cold Tuesday morning.",
        "(view forecast)",
        "Sony's new console, on sale in May.",
        "In this article: av, consoles, gaming, review, video",
        "TránsitoGuía de CineGuía de TeatroHumorSudoku",  # a menu glued together
        "In category: AllSpecialsTechnologyMoviesWorldScience",
    ],
)
def test_lines_that_are_not_headlines(line):
    assert not title.is_title_like(line)


def test_the_headline_is_the_line_about_the_article():
    meta, _ = extract(
        "Example News",
        "World Politics Business Science",
        "Soyuz spacecraft docks with space station",
        "Opinion: why we still need football",
    )
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.evidence["title"] == "Soyuz spacecraft docks with space station"


def test_a_related_headline_below_the_article_is_not_the_title():
    blocks, start = page(
        "Soyuz spacecraft docks with space station",
        footer=("Related stories", "Soyuz crew prepares for launch in Kazakhstan"),
    )
    for block in blocks[start + 2 :]:
        block.mark("related.marker", "related")
    meta = metadata.extract(blocks, start, language="en")
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_the_site_name_is_not_the_title():
    meta, _ = extract(
        "Example Station News",
        "Soyuz spacecraft docks with space station",
        footer=("© 2025 Example Station News",),
    )
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.site == "Example Station News"


def test_duplicate_title_lines_are_removed():
    meta, blocks = extract(
        "Soyuz spacecraft docks with space station", "Soyuz spacecraft docks with space station"
    )
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert [b.drop for b in blocks[:2]] == [("byline.title", "byline")] * 2


def test_a_fragment_in_small_letters_loses_to_the_headline():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station", "soyuz spacecraft space station tags"
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_byline_is_not_the_title():
    meta, _ = extract("By HERALD REPORTER")
    assert meta.title is None


def test_a_bold_byline_glued_to_its_prefix_is_not_the_title():
    meta, _ = extract("**ByBRUCE KIRKLAND -- Sun Media**")
    assert meta.title is None


def test_a_headline_that_starts_with_by_letters_is_still_a_headline():
    meta, _ = extract("BYU astronomers spot the Soyuz docking with the space station")
    assert meta.title == "BYU astronomers spot the Soyuz docking with the space station"


def test_the_headline_wins_over_its_standfirst():
    meta, _ = extract(
        "Soyuz docks with space station",
        "Two cosmonauts and a NASA astronaut reach the space station after a Soyuz launch",
    )
    assert meta.title == "Soyuz docks with space station"


def test_a_caption_is_not_the_title():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Cosmonaut Sergey Ryzhikov (left) at the Baikonur Cosmodrome",
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_breadcrumb_trail_is_not_the_title():
    assert not title.is_title_like("Home > Science > Soyuz spacecraft docks with space station")


def test_no_title_when_no_line_fits():
    meta, _ = extract()
    assert meta.title is None and "title" not in meta.evidence


def test_a_subheading_under_a_paragraph_the_selection_missed_is_kept():
    lede = LEDE + " " + SECOND
    blocks = segment("\n\n".join([lede, "Experiments in orbit", SECOND, LEDE]))
    meta = metadata.extract(blocks, 2, language="en")
    assert meta.title is None and not blocks[1].dropped


def test_a_page_that_opens_with_its_headline():
    blocks = segment("\n\n".join(["Soyuz spacecraft docks with space station", LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_page_that_opens_with_a_headline_led_by_a_number():
    blocks = segment("\n\n".join(["3 astronauts reach space station aboard Soyuz", LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title == "3 astronauts reach space station aboard Soyuz"


def test_a_cleaned_body_opening_with_a_small_letter_keeps_its_opening_line():
    # After a number, a small letter: "10,000" leads the headline above, not "iPhone".
    blocks = segment("\n\n".join(["iPhone pictures of the Soyuz crew reach Earth", LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[0].dropped


def test_a_cleaned_body_keeps_its_opening_line():
    opening = (
        "Chelsea are hoping to complete the signing of the striker in time for the weekend match"
    )
    blocks = segment("\n\n".join([opening, LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[0].dropped


def test_a_subheading_inside_the_article_is_not_the_title():
    blocks = segment("\n\n".join([LEDE, SECOND, "Experiments in orbit", LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None
    assert not any(b.dropped for b in blocks)


def test_a_cleaned_body_keeps_an_opening_line_that_starts_with_a_number():
    # A deck under a removed headline opens the body that is cleaned again: kept.
    deck = "14 ways to set a festive family table"
    blocks = segment("\n\n".join([deck, LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[0].dropped


def test_a_headline_under_a_caption_is_found_by_its_byline():
    caption = (
        "Cosmonaut Sergey Ryzhikov waves to relatives before the launch at the Baikonur "
        "Cosmodrome in Kazakhstan on Tuesday, as the crew prepares for the six hour flight "
        "to the International Space Station and its first spacewalk of the year."
    )
    meta, _ = extract(caption, "Soyuz spacecraft docks with space station", "By Jane Doe")
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "cells"),
    [
        ("|  |  Soyuz docks with space station   ", ["Soyuz docks with space station"]),
        ("| **Soyuz docks with space station** |", ["Soyuz docks with space station"]),
        (
            "|  Soyuz docks with station| 12:40, Jan 13 2008",
            ["Soyuz docks with station", "12:40, Jan 13 2008"],
        ),
        (
            "**Soyuz docks with space station** Moscow (AFP): The crew",
            ["Soyuz docks with space station"],
        ),
        ("_Soyuz docks_   [Read more](http://example.com/x)", ["Soyuz docks", "Read more"]),
        (
            "Junk food ad ban comes into forcePublished: 2 January, 2008",
            ["Junk food ad ban comes into force"],
        ),
        (
            "Print   Soyuz docks with stationBy Jane Doe, Staff Writer",
            ["Print", "Soyuz docks with station"],
        ),
        (
            "The Byzantine Empire   Published histories",
            ["The Byzantine Empire", "Published histories"],
        ),
        # A dateline glued in front of the headline.
        ("[January 05, 2008] Soyuz docks with station", ["Soyuz docks with station"]),
        ("Wednesday, 09 January 2008 Soyuz docks with station", ["Soyuz docks with station"]),
        ("Published 5 Jan 2008 | Soyuz docks with station", ["Soyuz docks with station"]),
        ("On January 5, 2008 the crew docked with the station", []),  # prose: no capital
        ("The crew docked on January 5, 2008 with the station", []),  # the date is not a lead
        ("January 5, 2008", []),
        ("Home | News | Sport", []),  # a menu's pipes, not a table row
        ("Soyuz docks with space station", []),
    ],
)
def test_cells_of_tables_and_bold_leads(raw, cells):
    assert list(title.cells(raw)) == cells


def test_the_headline_wins_over_its_deck():
    meta, _ = extract(
        "Soyuz docks with the space station",
        "Two Russian cosmonauts and a NASA astronaut reach the International Space Station",
        "By Jane Doe",
    )
    assert meta.title == "Soyuz docks with the space station"


def test_a_headline_behind_its_dateline_on_one_line():
    meta, _ = extract("Home | News", "Wednesday, 09 January 2008 Soyuz docks with space station")
    assert meta.title == "Soyuz docks with space station"
    assert meta.date == "2008-01-09"


def test_a_headline_in_a_markdown_table_row():
    meta, _ = extract("| Home | | News |", "|  |  Soyuz spacecraft docks with space station   ")
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_bold_headline_glued_to_its_lede():
    meta, _ = extract(
        "**Soyuz spacecraft docks with space station** MOSCOW (AFP): " + LEDE,
        body=(SECOND, LEDE),
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_bold_headline_over_a_short_page_is_read_against_its_own_lede():
    # The article is the rest of the headline's own line: nothing below shares its words.
    meta, _ = extract(
        "Sci. & Tech.",
        "**Pandas bred in captivity learn survival from dogs** Beijing (PTI): Four pandas "
        "bred in captivity will learn the art of survival in the wild from dogs, the "
        "reserve that keeps them said on Monday.",
        body=("Weather", "Bangalore", "Chennai"),
    )
    assert meta.title == "Pandas bred in captivity learn survival from dogs"


@pytest.mark.parametrize(
    "line",
    [
        "Salman with Katrina at the premiere (TOI Photo)",
        "The crew before launch (Photo by Jane Doe)",
        "Cosmonaut Sergey Ryzhikov (left) at the Baikonur Cosmodrome",
        "The crew at Baikonur Jane Doe/Reuters",
    ],
)
def test_captions_are_told_by_their_positions_and_picture_credits(line):
    assert title.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Soyuz crew photographs the station from orbit",
        "Soyuz (and its crew) docks with the station",
        "Station crew files report on the leak",
    ],
)
def test_headlines_about_photos_or_with_asides_are_not_captions(line):
    assert not title.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Source: World Entertainment News Network",
        "Font Size: Decrease Increase",
        "Artist: Roe, Jane",
    ],
)
def test_fields_of_the_page_are_told_by_their_label(line):
    assert title.is_field(line)


@pytest.mark.parametrize(
    "line",
    ["Gill: Glazers have been vindicated", "Soyuz: the crew docks with the station"],
)
def test_a_headline_that_quotes_its_speaker_is_not_a_field(line):
    assert not title.is_field(line)


def test_page_furniture_is_counted_by_its_words():
    assert title.furniture_share("Search the Web News Tips") >= 0.6
    assert title.furniture_share("Forgot your username or password?") >= 0.6
    assert title.furniture_share("Most Read Today") >= 0.6
    assert title.furniture_share("More Soyuz launches planned for the space station") < 0.2


def test_a_line_of_page_furniture_is_not_the_title():
    meta, _ = extract(
        "Premium Article Subscribe Search",
        "Soyuz spacecraft docks with space station",
        "Most Viewed Stories News",
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_headline_with_a_furniture_word_is_still_the_title():
    meta, _ = extract("Home", "More Soyuz crews to dock with the space station", "By Jane Doe")
    assert meta.title == "More Soyuz crews to dock with the space station"


def test_a_field_line_is_not_the_title():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Source: International Space Station News Network",
        "April 8, 2025",
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_score_line_is_not_the_title():
    lede = (
        "Derby County were beaten again by a late goal as Wigan Athletic scored in the final "
        "minute of the match at Pride Park on Saturday, their fifth defeat in a row."
    )
    meta, _ = extract(
        "Derby County stung by late sucker punch",
        "By Martin Smith",
        "Derby County (0) 0 Wigan Athletic (0) 1",
        body=(lede, SECOND),
    )
    assert meta.title == "Derby County stung by late sucker punch"


def test_the_headline_wins_over_a_deck_that_shares_more_words():
    meta, _ = extract(
        "Soyuz crew docks safely",
        "Two cosmonauts and a NASA astronaut reach the International Space Station aboard Soyuz",
        "April 8, 2025",
    )
    assert meta.title == "Soyuz crew docks safely"


def test_a_terse_headline_wins_over_the_fuller_deck_right_below_it():
    # The deck shares more words with the article; the two score close, and a deck
    # goes under its headline, never over it.
    meta, _ = extract(
        "Soyuz docks at last",
        "Russian cosmonauts and a NASA astronaut reach the International Space Station",
        "By Jane Doe",
        "April 8, 2025",
    )
    assert meta.title == "Soyuz docks at last"


def test_a_short_label_right_above_the_headline_is_not_taken_for_it():
    meta, _ = extract(
        "About Roscosmos", "Soyuz spacecraft docks with the space station", "By Jane Doe"
    )
    assert meta.title == "Soyuz spacecraft docks with the space station"


def test_a_headline_below_a_stray_start_is_found():
    # The selection started at a line of the page's chrome: the header lies below it.
    menu = [f"Section {n} of the site" for n in range(12)]
    blocks = segment(
        "\n\n".join(
            ["Example News", *menu, "Soyuz spacecraft docks with space station", LEDE, SECOND]
        )
    )
    meta = metadata.extract(blocks, 1, language="en")
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_long_menu_lines_below_a_stray_start_do_not_end_the_search():
    menu = " ".join(["Local Sport National World Editorial Lifestyle Audio Video Blogs"] * 5)
    blocks = segment(
        "\n\n".join(
            [
                "Example News",
                "Town news and community",
                menu,
                menu,
                "Soyuz spacecraft docks with space station",
                LEDE,
                SECOND,
            ]
        )
    )
    meta = metadata.extract(blocks, 1, language="en")
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_subheading_after_the_article_has_begun_below_a_stray_start_is_kept():
    blocks = segment(
        "\n\n".join(
            ["Example News", "Town news and community", LEDE, SECOND, "Experiments in orbit", LEDE]
        )
    )
    meta = metadata.extract(blocks, 1, language="en")
    assert meta.title != "Experiments in orbit" and not blocks[4].dropped


def test_a_wrapped_line_of_a_paragraph_is_not_the_title():
    # The line starts in the middle of a sentence: the article's text, kept in the body.
    fragment = "and the Soyuz crew docked with the space station on Tuesday as the agency planned"
    meta, blocks = extract("Example News", fragment)
    assert meta.title is None and not blocks[1].dropped


def test_a_short_headline_in_small_letters_is_still_a_candidate():
    meta, _ = extract("Home", "iPhone crew app tracks the Soyuz to the space station")
    assert meta.title == "iPhone crew app tracks the Soyuz to the space station"


def test_a_long_menu_line_is_not_a_paragraph_over_a_subheading():
    menu = " ".join(["The Nation The World Climate Features Opinion Blogs Sport"] * 6)
    meta, _ = extract(menu, "Soyuz spacecraft docks with space station", "Share this story")
    assert meta.title == "Soyuz spacecraft docks with space station"


TEASER_ROW = (
    "Match of the Day | Score on the web | Laws of the game | Get involved in the debate | "
    "Results of the weekend | News of the clubs in the cup | Pictures of the week | "
    "Your team in the league | Tables of the season | On the radio. Monday, 31 December 2007"
)


def test_a_long_line_judged_boilerplate_is_no_paragraph_over_the_headline():
    headline = "Soyuz spacecraft docks with the space station"
    blocks = segment("\n\n".join([TEASER_ROW, headline, LEDE, SECOND]))
    blocks[0].label = "bad"  # as the classifier judged it
    assert metadata.extract(blocks, 2, language="en").title == headline


def test_a_line_under_a_long_paragraph_not_judged_boilerplate_is_a_subheading():
    headline = "Soyuz spacecraft docks with the space station"
    blocks = segment("\n\n".join([TEASER_ROW, headline, LEDE, SECOND]))
    assert metadata.extract(blocks, 2, language="en").title is None


def _table_title(*rows: tuple[str, str]) -> str | None:
    """The title read from a table layout as plain renderings print it (a left column
    padded with spaces), its article starting at the cell that holds LEDE."""
    blocks = segment("\n".join(left.ljust(24) + right for left, right in rows))
    start = next(i for i, b in enumerate(blocks) if b.text == LEDE)
    return metadata.extract(blocks, start, language="en").title


def test_a_headline_in_a_table_layout_wins_over_its_deck_beside_the_menu():
    # The menu cells beside the headline and its deck are not the lines around them.
    deck = "Two Russian cosmonauts and a NASA astronaut docked with the International Space Station"
    title = _table_title(
        ("Europe", "Soyuz crew reaches orbit safely today"),
        ("Middle East", deck),
        ("South Asia", ""),
        ("UK", LEDE),
        ("Business", SECOND),
    )
    assert title == "Soyuz crew reaches orbit safely today"


def test_menu_cells_beside_a_sidebar_do_not_push_the_headline_out_of_reach():
    teasers = [
        (f"* Section {n}", f"Team {n} wins the regional cup final after extra time")
        for n in range(16)
    ]
    rows = [("* Home", "Soyuz spacecraft docks with the space station"), *teasers]
    title = _table_title(*rows, ("* Weather", LEDE), ("* Sport", SECOND))
    assert title == "Soyuz spacecraft docks with the space station"


def test_a_headline_under_a_caption_is_found_by_its_dateline():
    caption = (
        "Cosmonaut Sergey Ryzhikov waves to relatives and friends before the launch at the "
        "Baikonur Cosmodrome in Kazakhstan on Tuesday, as the crew prepares for the six hour "
        "flight to the International Space Station and its first spacewalk of the year, "
        "planned for the end of the month."
    )
    meta, _ = extract(caption, "Soyuz spacecraft docks with space station", "April 8, 2025")
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.date == "2025-04-08"


def test_a_far_by_line_in_a_sidebar_does_not_replace_a_headline_about_the_article():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        body=(LEDE, SECOND) * 5,
        footer=("Hockey Extras", "Top Shelf", "by Dan Roe", "Past Articles", "Fantasy Hockey"),
    )
    assert meta.title == "Soyuz spacecraft docks with space station"


# --- header: byline and dateline -------------------------------------------------------


def test_header_lines_move_into_metadata():
    meta, blocks = extract(
        "Soyuz spacecraft docks with space station",
        "Jane Doe with Reuters and AFP",
        "April 8, 2025",
    )
    assert (meta.title, meta.authors, meta.date) == (
        "Soyuz spacecraft docks with space station",
        ["Jane Doe"],
        "2025-04-08",
    )
    assert meta.evidence == {
        "title": "Soyuz spacecraft docks with space station",
        "authors": "Jane Doe with Reuters and AFP",
        "authors_by": "byline_by_headline",
        "date": "April 8, 2025",
    }
    assert [b.drop[0] for b in blocks[:3]] == ["byline.title", "byline.author", "byline.date"]


def test_a_bare_name_next_to_the_dateline_is_the_author():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station", "Jane Doe", "Friday 25 December 2015"
    )
    assert meta.authors == ["Jane Doe"] and meta.date == "2015-12-25"


def test_a_button_beside_the_dateline_is_not_an_author():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Buy Now",
        "April 8, 2025",
        body=(
            LEDE,
            "You can buy now or wait for the next launch window, the agency said on Tuesday.",
        ),
    )
    assert meta.authors == [] and meta.date == "2025-04-08"


@pytest.mark.parametrize("beside", ["Science Editor", "Staff Writer", "1:39 PM ET", "10:47 GMT"])
def test_a_bare_name_above_a_role_or_a_clock_time_is_the_author(beside):
    meta, _ = extract("Soyuz spacecraft docks with space station", "Jane Doe", beside)
    assert meta.authors == ["Jane Doe"]


@pytest.mark.parametrize("beside", ["The Reporters", "At 10:47 the hatch opened"])
def test_a_menu_label_or_a_sentence_does_not_vouch_for_a_name(beside):
    meta, _ = extract(
        "Space Station Reports",
        "Special Reports",
        beside,
        body=(LEDE, SECOND.replace("officials", "special correspondents")),
    )
    assert meta.authors == []


def test_the_role_line_is_not_a_menu_entry():
    assert authors.is_role_line("Games Editor") and authors.is_role_line("Senior Correspondent")
    assert not authors.is_role_line("The Reporters")
    assert not authors.is_role_line("Site Journalists")  # a page of the site
    assert not authors.is_role_line("Editors say the plan is sound")


def test_a_name_in_an_address_elsewhere_does_not_make_it_common():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Jane Doe",
        "5 min read",
        footer=("Write to jane@janedoe.com or visit janedoe.com/about",),
    )
    assert meta.authors == ["Jane Doe"]


def test_a_name_under_the_repeated_headline_is_the_author():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Share this article",
        "Soyuz spacecraft docks with space station",
        "Jane Doe",
    )
    assert meta.authors == ["Jane Doe"]


def test_a_person_who_holds_the_copyright_and_signs_the_page_is_the_author():
    meta, _ = extract(
        "Jane Doe",
        "Soyuz spacecraft docks with space station",
        footer=("© 2016-2020 Jane Doe",),
    )
    assert meta.authors == ["Jane Doe"] and meta.site == "Jane Doe"


def test_a_company_that_holds_the_copyright_is_not_the_author():
    meta, _ = extract(
        "Example Media",
        "Soyuz spacecraft docks with space station",
        footer=("© 2016-2020 Example Media Ltd.",),
    )
    assert meta.authors == [] and meta.site == "Example Media"


def test_a_copyright_holder_named_nowhere_else_is_not_the_author():
    meta, _ = extract("Soyuz spacecraft docks with space station", footer=("© 2016-2020 Jane Doe",))
    assert meta.authors == []


def test_a_by_line_further_down_is_found_when_the_header_has_none():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        body=(LEDE, SECOND, "By Jane Doe", SECOND),
    )
    assert meta.authors == ["Jane Doe"]


def test_a_far_by_line_re_anchors_a_missed_header():
    stray = (
        "Subscribe today and get unlimited access to all of our stories, newsletters and podcasts."
    )
    filler = tuple(f"Teaser number {n} about something else entirely" for n in range(30))
    blocks = segment(
        "\n\n".join(
            [
                stray,
                *filler,
                "Soyuz spacecraft docks with space station",
                "By Jane Doe",
                LEDE,
                SECOND,
            ]
        )
    )
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.authors == ["Jane Doe"]
    assert meta.title == "Soyuz spacecraft docks with space station"


def test_a_dated_header_far_below_re_anchors_a_missed_header():
    stray = (
        "Subscribe today and get unlimited access to all of our stories, newsletters and podcasts."
    )
    filler = tuple(f"Teaser number {n} about something else entirely" for n in range(12))
    blocks = segment(
        "\n\n".join(
            [
                stray,
                *filler,
                "Soyuz spacecraft docks with space station",
                "April 8, 2025",
                LEDE,
                SECOND,
            ]
        )
    )
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.date == "2025-04-08"


def test_a_dated_teaser_list_does_not_re_anchor_the_header():
    teasers = [
        x for n in range(12) for x in (f"Teaser number {n} about the station", "April 8, 2025")
    ]
    blocks = segment("\n\n".join([*(LEDE, SECOND) * 10, *teasers]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and meta.date is None


def test_a_name_under_the_standfirst_is_the_author():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        "Two cosmonauts and an astronaut reach the station",
        "Jane Doe",
    )
    assert meta.authors == ["Jane Doe"]


def test_people_listed_in_the_article_are_not_its_authors():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        body=(
            LEDE,
            "Aboard the spacecraft were:",
            "• Jane Doe (NASA astronaut)",
            "• John Roe (cosmonaut)",
            SECOND,
        ),
    )
    assert meta.authors == []


def test_names_under_a_lone_prefix_further_down():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station", body=(LEDE, SECOND, "Por", "Ana Gómez", SECOND)
    )
    assert meta.authors == ["Ana Gómez"]


def test_a_dated_byline_gives_both():
    meta, _ = extract("Soyuz spacecraft docks with space station", "by Jane Doe July 10, 2015")
    assert meta.authors == ["Jane Doe"] and meta.date == "2015-07-10"


def test_the_names_on_the_line_after_a_lone_prefix():
    meta, _ = extract("Soyuz spacecraft docks with space station", "By", "Jane Doe")
    assert meta.authors == ["Jane Doe"]


def test_the_dateline_nearest_the_headline_wins_over_the_page_header_date():
    meta, _ = extract(
        "Monday, January 6, 2025",
        "Home | World | Science",
        "Soyuz spacecraft docks with space station",
        "Published April 8, 2025",
    )
    assert meta.date == "2025-04-08"


def test_a_relative_date_is_not_the_article_date():
    meta, _ = extract("Soyuz spacecraft docks with space station", "4 days ago")
    assert meta.date is None


def test_a_date_in_a_related_block_is_not_the_article_date():
    blocks, start = page(
        "Soyuz spacecraft docks with space station",
        body=(LEDE,),
        footer=("Related articles", "Soyuz crew prepares for launch", "April 1, 2025"),
    )
    for block in blocks[start + 1 :]:
        block.mark("related.marker", "related")
    meta = metadata.extract(blocks, start, language="en")
    assert meta.date is None


def test_a_date_in_the_text_is_not_a_dateline():
    meta, _ = extract(
        "Soyuz spacecraft docks with space station",
        body=(
            "The crew launched on April 8, 2025 from the Baikonur Cosmodrome in Kazakhstan.",
            LEDE,
        ),
    )
    assert meta.date is None


def test_the_url_host_is_the_site_when_the_page_names_none():
    meta, _ = extract("Soyuz spacecraft docks with space station", url="https://www.example.com/a")
    assert meta.site == "example.com"


def test_the_title_line_suffix_gives_the_site_and_is_cut_from_the_title():
    meta, _ = extract("Soyuz spacecraft docks with space station | Example News")
    assert meta.title == "Soyuz spacecraft docks with space station"
    assert meta.site == "Example News"


# --- author bios ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a science reporter based in Berlin.",
        "Jane Doe, a former correspondent, lives in Moscow.",
        "Jane Doe Writer, translator and editor with the online news team.",
    ],
)
def test_author_bio_lines(bio):
    blocks = segment("\n\n".join([LEDE, bio]))
    metadata.drop_author_bios(blocks, ["Jane Doe"], 0)
    assert blocks[1].drop == ("footer.author_bio", "footer")


@pytest.mark.parametrize(
    "sentence",
    ["Jane Doe said the crew was ready.", "Jane Doe told the reporter that the launch went well."],
)
def test_sentences_about_the_author_are_not_bios(sentence):
    blocks = segment("\n\n".join([LEDE, sentence]))
    metadata.drop_author_bios(blocks, ["Jane Doe"], 0)
    assert blocks[1].drop is None


def test_author_bios_after_the_article_are_removed():
    blocks = segment(
        "\n\n".join(
            [
                LEDE,
                "Jane Doe is a science reporter based in Berlin.",
                "Jane Doe said the crew was ready.",
            ]
        )
    )
    metadata.drop_author_bios(blocks, ["Jane Doe"], 0)
    assert blocks[1].drop == ("footer.author_bio", "footer")
    assert blocks[2].drop is None
    assert not blocks[0].dropped


def test_stopwords_are_known_for_english():
    assert "the" in stopwords("en")


# --- a page whose first kept line is not the article's ----------------------------------


@pytest.mark.parametrize(
    "top",
    ["Tuesday, January 15, 2008", "Go to Google News", "Top Stories 2286 Articles and Counting"],
)
def test_a_headline_under_a_first_line_that_is_not_a_paragraph_is_found(top):
    # The page's date or a label kept at the very top is not the article's opening:
    # the headline below it is still read.
    headline = "Soyuz spacecraft docks with space station"
    blocks = segment("\n\n".join([top, headline, "By Jane Doe", LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title == headline
    assert meta.authors == ["Jane Doe"]


def test_a_body_that_opens_with_a_paragraph_has_no_headline_below_it():
    blocks = segment("\n\n".join([LEDE, "Experiments in orbit", SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not any(b.dropped for b in blocks)


def test_a_long_line_of_two_sentences_under_the_first_line_is_not_the_headline():
    # A paragraph quoting a tweet ends without a full stop, yet holds two sentences.
    quoted = (
        "The Russian space agency Roscosmos tweeted that the Soyuz spacecraft “docked with "
        "the station.” NASA shared the news, asking “Are the cosmonauts and the astronaut ready?”"
    )
    blocks = segment("\n\n".join(["March 3, 2015", quoted, LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[1].dropped


def test_a_short_headline_of_two_sentences_is_still_a_headline():
    headline = "Sacre bleep! Sarkozy's son is a hip-hop producer called Mosey"
    meta, _ = extract("Music news", headline, "By Jane Doe")
    assert meta.title == headline


@pytest.mark.parametrize("top", ["By Jane Doe", "03:40 PM EDT"])
def test_a_body_that_opens_with_its_byline_or_time_has_no_headline_below_it(top):
    # A byline and a clock time sit under their headline: a body that opens with one was
    # cleaned after its headline was taken, and its deck stays.
    deck = "Three crew members begin an eight-month mission"
    blocks = segment("\n\n".join([top, deck, LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[1].dropped


@pytest.mark.parametrize(
    "line",
    [
        "good couple of days for the crew",  # a fragment, not a headline
        "Calling all space fans, engineers, teachers, students and families across the world!",
        "When the Soyuz docked, many asked “When will the crew come home?”",
    ],
)
def test_a_lede_under_a_first_line_that_is_not_a_paragraph_stays(line):
    blocks = segment("\n\n".join(["Tuesday, January 15, 2008", line, LEDE, SECOND]))
    meta = metadata.extract(blocks, 0, language="en")
    assert meta.title is None and not blocks[1].dropped


def test_a_name_with_its_handle_under_the_headline_is_the_byline():
    # Teasers kept above the article do not hide its byline: the handle vouches for it.
    meta, blocks = extract(
        "Soyuz spacecraft docks with space station",
        "Jane Doe , @janedoe",
        "11.03.17 in Science",
    )
    assert meta.authors == ["Jane Doe"]
    assert blocks[1].drop == ("byline.author", "byline")


ABOUT_SITE = (
    "Example Insights is a research institute focusing on security and foreign affairs. "
    "To get its reports contact editor@example.org"
)


def _below_the_article(*lines: str) -> list:
    """Blocks of ``lines``, all below an end marker met under the article."""
    blocks = segment("\n\n".join(lines))
    for b in blocks:
        b.after_end = ("related.marker", "related")
    return blocks


@pytest.mark.parametrize(
    "line",
    [
        ABOUT_SITE,
        "Example Insights was founded in 2014 to report on the region.",
        "Example Insights publishes independent analysis for policy-makers.",
    ],
)
def test_a_line_under_the_article_introducing_the_site_is_its_about_footer(line):
    blocks = _below_the_article(line)
    metadata.drop_site_about(blocks, "Example Insights")
    assert blocks[0].drop == ("footer.about_site", "footer")


@pytest.mark.parametrize(
    "line",
    [
        "Example Insights said the launch had gone well, the first in a year.",
        "Example Insightsful is a blog about space.",  # another name
        "Another Institute is a research institute focusing on security.",
    ],
)
def test_other_lines_under_the_article_are_not_about_the_site(line):
    blocks = _below_the_article(line)
    metadata.drop_site_about(blocks, "Example Insights")
    assert blocks[0].drop is None


def test_a_sentence_about_the_site_in_the_article_stays():
    blocks = segment("\n\n".join([LEDE, ABOUT_SITE]))  # no end marker above it
    metadata.drop_site_about(blocks, "Example Insights")
    assert blocks[1].drop is None
    unnamed = _below_the_article(ABOUT_SITE)
    metadata.drop_site_about(unnamed, None)  # a page that never names itself
    assert unnamed[0].drop is None


# --- markdown heading levels ------------------------------------------------------------

_REVIEW = [
    "A review is a critical evaluation of a text, an event or an object, and it makes an argument about its worth.",
    "Above all, a review tells the reader what the work sets out to do and whether it manages to do it well.",
    "Typically reviews are brief: in newspapers and journals they rarely run to more than a thousand words.",
    "Reviewing can be a daunting task when someone has asked for your opinion about a book you found hard.",
]
_MENU = ("* [Home](/)", "* [Tips](/tips)", "* [Contact](/contact)")


def _handout(headline: str) -> str:
    return "\n\n".join(
        [
            *_MENU,
            headline,
            "## What this handout is about",
            *_REVIEW[:2],
            "## What is a review?",
            *_REVIEW[2:],
        ]
    )


@pytest.mark.parametrize("headline", ["#  Book Reviews", "Book Reviews: a handout for students"])
def test_the_first_subheading_of_a_markdown_page_is_not_its_headline(headline: str) -> None:
    doc = cleantext.clean(_handout(headline), mode="text")
    assert doc.title == headline.lstrip("# ")
    assert doc.title not in doc.body


_ZIG = (
    "Zig has a small syntax and a clear set of rules, and after a month with it I found that "
    "most of what I wrote in other languages carried over without much trouble.",
    "The build system is written in the language itself, which means that a project needs "
    "nothing else to compile, test and ship its binaries for every platform.",
    "Error handling is explicit and cheap, and the compiler checks that every error a "
    "function can return is handled by whoever calls that function in the code.",
    "Memory is managed by hand, but the allocators are passed around as values, so a test "
    "can hand a function an allocator that reports every leak it finds at the end.",
    "Comptime lets a function run while the program compiles, which replaces the macros "
    "and generics of other languages with plain code that reads like the rest.",
    "The standard library is still young, and its documentation lags behind the code, so "
    "reading the source of the library is often the quickest way to find an answer.",
)


def test_a_markdown_dumps_first_subheading_stays_under_a_headline_far_above() -> None:
    # A tag line and a list stand between the headline and the first subheading: the
    # body's own Markdown, read again, must not take that subheading for the headline.
    text = "\n\n".join(
        [
            "Sam's notes | posts | streams | portfolio",
            "# Thoughts on Zig",
            "2025-08-29 #review #tech #zig",
            "* the syntax of Rust\n* the runtime safety of Rust\n* the error handling of Go"
            "\n* the toolchain of Go\n* the performance of C",
            "## Language Design",
            *_ZIG[:3],
            "## Tooling",
            *_ZIG[3:],
        ]
    )
    doc = cleantext.clean(text, mode="text")
    assert doc.title == "Thoughts on Zig"
    assert "Language Design" in doc.body
    assert cleantext.clean(doc.body, mode="text").body == doc.body
    markdown = doc.to_markdown()
    assert cleantext.clean(markdown, mode="text").to_markdown() == markdown


def test_a_subheading_level_headline_under_a_short_kicker_stays_the_headline() -> None:
    # A kicker of a few words above the page's "##" headline is no article text yet.
    text = "\n\n".join(["Reviews", "## Thoughts on Zig", *_ZIG[:3], "## Tooling", *_ZIG[3:]])
    doc = cleantext.clean(text, mode="text")
    assert doc.title == "Thoughts on Zig"
    assert "Tooling" in doc.body


def test_a_subheading_level_headline_without_siblings_stays_the_headline() -> None:
    text = "\n\n".join([*_MENU, "## Book reviews in ten minutes", *_REVIEW])
    assert cleantext.clean(text, mode="text").title == "Book reviews in ten minutes"


def test_heading_level_reads_the_markdown_marks() -> None:
    blocks = segment("# Top\n\n### Deep\n\nPlain line", markdown=True)
    assert [title.heading_level(b) for b in blocks] == [1, 3, 0]


# --- dates written on the page ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Published on 5 April 2017 by the support team of the society",
        "By Daniel | Published: 23 July 2017 | Comments closed",
    ],
)
def test_a_date_written_by_the_article_is_found_when_the_header_has_none(line: str) -> None:
    blocks, start = page(
        "Home", "News", body=(LEDE, line, SECOND, SECOND.replace("fifty", "forty"))
    )
    meta = metadata.extract(blocks, start, language="en")
    assert meta.date == ("2017-04-05" if "April" in line else "2017-07-23")
    assert not blocks[start + 1].dropped  # read, not removed: cleaning again reads it again


def test_a_dateline_under_the_article_is_its_date() -> None:
    blocks, start = page("Home", "News", footer=("Page last modified Jan. 17, 2025",))
    meta = metadata.extract(blocks, start, language="en", end=start + 1)
    assert meta.date == "2025-01-17"


def test_dates_of_a_series_are_not_the_article_date() -> None:
    teasers = (
        "March 3, 2021",
        "Older post one",
        "March 9, 2021",
        "Older post two",
        "April 1, 2021",
    )
    body = tuple(f"{LEDE[:-1]}, part {n}." for n in range(12))
    blocks, start = page("Home", "Soyuz docks with the station", body=body, footer=teasers)
    meta = metadata.extract(blocks, start, language="en", end=start + len(body) - 1)
    assert meta.title == "Soyuz docks with the station"
    assert meta.date is None


def test_a_date_written_twice_is_one_date_not_a_series() -> None:
    # A post's date at its head and again at its foot: the same line, not two entries.
    body = (LEDE, "July 5, 2025", SECOND, "July 5, 2025")
    blocks, start = page("Home", "News", body=body)
    meta = metadata.extract(blocks, start, language="en", end=start + len(body) - 1)
    assert meta.date == "2025-07-05"


LONG_BODY = tuple(f"{LEDE[:-1]}, part {n}." for n in range(40))  # longer than a header's reach


@pytest.mark.parametrize("at", [1, 3])
def test_a_dateline_among_the_articles_last_lines_is_its_date(at: int) -> None:
    body = (*LONG_BODY[:-at], "Nov 18, 2025", *LONG_BODY[-at:])
    blocks, start = page("Home", "News", body=body)
    meta = metadata.extract(blocks, start, language="en", end=start + len(body) - 1)
    assert meta.date == "2025-11-18"
    assert not blocks[start + len(body) - 1 - at].dropped  # read, not removed


def test_a_dateline_deep_inside_a_long_article_is_not_its_date() -> None:
    # Neither near its start nor among its last lines: a date the article writes about.
    body = (*LONG_BODY[:35], "Nov 18, 2025", *LONG_BODY[35:])
    blocks, start = page("Home", "News", body=body)
    meta = metadata.extract(blocks, start, language="en", end=start + len(body) - 1)
    assert meta.date is None


def test_dates_of_a_series_among_the_last_lines_are_not_the_article_date() -> None:
    body = (*LONG_BODY, "March 3, 2021", "Older post one", "March 9, 2021", LEDE)
    blocks, start = page("Home", "News", body=body)
    meta = metadata.extract(blocks, start, language="en", end=start + len(body) - 1)
    assert meta.date is None


def test_an_embedded_posts_date_is_not_the_article_date() -> None:
    blocks, start = page("Home", "News", body=(LEDE, "— NASA (@NASA) April 8, 2025", SECOND))
    blocks[start + 1].mark("embed.post_attribution", "embed")
    assert metadata.extract(blocks, start, language="en").date is None


# --- byline strategies: one ordered list, each names itself ---------------------------

HEADLINE = "Soyuz spacecraft docks with space station"
MENU = ("Science", "World", "Europe", "Asia", "Sports")
STRAY = "Subscribe today and get unlimited access to all of our stories, newsletters and podcasts."
TEASERS = tuple(f"Teaser number {n} about something else entirely" for n in range(12))


def _missed(*header: str) -> list[str]:
    """A page whose span selection starts on a stray line, its header further down."""
    return [STRAY, *TEASERS, HEADLINE, *header, LEDE, SECOND]


STRATEGY_PAGES = {
    "byline_by_headline": [HEADLINE, "Jane Doe with Reuters and AFP", LEDE, SECOND],
    "name_by_headline": [HEADLINE, "Jane Doe", "Friday 25 December 2015", LEDE, SECOND],
    "name_under_headline": [
        HEADLINE,
        "Two cosmonauts and an astronaut arrive",
        "Jane Doe",
        LEDE,
        SECOND,
    ],
    "byline_by_start": ["By Jane Doe", *MENU, HEADLINE, LEDE, SECOND],
    "name_in_header": ["Jane Doe", "1:39 PM ET", *MENU, HEADLINE, LEDE, SECOND],
    "far_byline": _missed("April 8, 2025", "By Jane Doe"),
    "byline_by_dated_header": _missed("Jane Doe with Reuters and AFP", "April 8, 2025"),
    "site_owner": ["Jane Doe", HEADLINE, LEDE, SECOND, "© 2016-2020 Jane Doe"],
}


@pytest.mark.parametrize("name", [name for name, _ in metadata.BYLINE_STRATEGIES])
def test_each_byline_strategy_names_itself_in_the_evidence(name):
    lines = STRATEGY_PAGES[name]
    blocks = segment("\n\n".join(lines))
    start = 0 if name in ("far_byline", "byline_by_dated_header") else lines.index(LEDE)
    meta = metadata.extract(blocks, start, language="en")
    assert meta.authors == ["Jane Doe"]
    assert meta.evidence["authors_by"] == name


def test_the_byline_strategies_are_tried_in_order_the_first_that_finds_wins():
    # A byline right under the headline and a bare name beside a time in the header:
    # the earlier strategy's answer stands.
    lines = ["John Roe", "1:39 PM ET", *MENU, HEADLINE, "By Jane Doe", LEDE, SECOND]
    meta = metadata.extract(segment("\n\n".join(lines)), lines.index(LEDE), language="en")
    assert meta.authors == ["Jane Doe"] and meta.evidence["authors_by"] == "byline_by_headline"


def test_no_author_found_names_no_strategy():
    meta, _ = extract(HEADLINE, "April 8, 2025")
    assert meta.authors == [] and "authors_by" not in meta.evidence


# --- a headline known beforehand (front matter) -----------------------------------------


def _subheaded() -> list:
    return segment("\n\n".join(["## Key takeaways", LEDE, SECOND]), markdown=True)


def test_without_a_known_title_a_first_subheading_may_be_taken_for_the_headline():
    blocks = _subheaded()
    meta = metadata.extract(blocks, 1, language="en")
    assert meta.title == "Key takeaways" and blocks[0].drop == ("byline.title", "byline")


def test_a_known_title_keeps_the_first_subheading_in_the_article():
    blocks = _subheaded()
    meta = metadata.extract(blocks, 1, language="en", title=HEADLINE)
    assert meta.title is None and blocks[0].drop is None


def test_a_known_title_the_header_repeats_is_its_headline_line():
    blocks = segment("\n\n".join([HEADLINE, "By Jane Doe", LEDE, SECOND]))
    meta = metadata.extract(blocks, 2, language="en", title=HEADLINE.upper())
    assert meta.title == HEADLINE and meta.authors == ["Jane Doe"]
    assert blocks[0].drop == ("byline.title", "byline")


@pytest.mark.parametrize(("tops", "expected"), [(1, 1.0), (2, 0.0)])
def test_only_the_pages_one_top_heading_carries_the_top_heading_sign(tops, expected) -> None:
    # A page with two "#" headings (a site name and a headline) gives neither the sign.
    lines = ["# Acme News"] * (tops - 1) + ["# Council passes budget", LEDE, SECOND]
    blocks = segment("\n\n".join(lines), markdown=True)
    start = tops
    ctx = title.context(blocks, start, ())
    cand = title.Candidate(tops - 1, blocks[tops - 1].text)
    signs = title.features(cand, ctx)
    assert signs is not None
    assert signs[title.FEATURES.index("top_heading")] == expected
