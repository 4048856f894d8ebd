"""HTML mode: trafilatura's article kept with its structure, finished by the cue rules."""

from __future__ import annotations

import pytest
from lxml import etree

from cleantext import Document, clean
from cleantext.blocks import HEADING, ITEM, PARAGRAPH, Block
from cleantext.html import extract as htmlpath
from cleantext.html import views
from cleantext.html.convert import blocks_from_xml, looks_like_html
from cleantext.html.meta import clean_authors, clean_title
from cleantext.meta.language import stopwords

PROSE = [
    "The storm reached the coast late on Monday and brought heavy rain to the towns along the bay, "
    "where residents had been told to stay at home until the water receded.",
    "Officials said the damage was limited and that most roads would reopen within a day, although "
    "several bridges remained closed while engineers inspected their foundations.",
    "Farmers in the valley reported flooded fields, and the regional government promised to "
    "compensate those whose harvest was lost before the end of the season.",
    "Forecasters expect calmer weather for the rest of the week, with temperatures rising slowly "
    "and only light showers expected over the hills in the north of the region.",
]
MORE_PROSE = [
    "The harbour master said the fishing fleet would stay in port until Thursday, when the "
    "swell is expected to ease and the channel can be dredged again.",
]
# Article sentences that start like cruft: they must survive.
LOOKALIKES = [
    "Share prices fell 3% on Monday.",
    "Related research shows that coastal towns flood more often than they did fifty years ago.",
    "Comments from the minister drew criticism from the opposition.",
    "Image quality was the telescope's main problem.",
]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def article(*parts: str) -> str:
    nav = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
    footer = "<footer><p>© 2025 Daily News Media. All rights reserved.</p></footer>"
    return nav + "<article>" + "".join(parts) + "</article>" + footer


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


HEAD = (
    "<title>Storm floods the coast overnight | Daily News</title>"
    "<meta property='og:site_name' content='Daily News'>"
    "<meta name='author' content='By Jane Doe, Staff Writer'>"
    "<meta property='article:published_time' content='2025-04-08T10:47:00Z'>"
)


# -- the XML tree becomes Blocks ----------------------------------------------------------------
def xml(text: str) -> etree._Element:
    return etree.fromstring(f"<body>{text}</body>")


def test_paragraphs_headings_and_list_items_stay_apart() -> None:
    blocks = blocks_from_xml(
        xml(
            "<head rend='h2'>Why it matters</head><p>First <hi rend='#b'>bold</hi> text.</p>"
            "<list><item>one</item><item>two</item></list>"
        )
    )
    assert [(b.kind, b.text) for b in blocks] == [
        (HEADING, "Why it matters"),
        (PARAGRAPH, "First bold text."),
        (ITEM, "one"),
        (ITEM, "two"),
    ]
    assert blocks[3].gap is False  # items of one list are consecutive lines


def test_line_breaks_split_a_paragraph_and_links_are_counted() -> None:
    blocks = blocks_from_xml(xml("<p>Line one<lb/>Line two with <ref target='/x'>a link</ref></p>"))
    assert [b.text for b in blocks] == ["Line one", "Line two with a link"]
    assert (blocks[1].links, blocks[1].link_chars) == (1, len("a link"))


def test_code_in_running_text_stays_in_its_line_and_a_code_block_is_its_own() -> None:
    blocks = blocks_from_xml(
        xml(
            "<head rend='h2'>The <code>run</code> command</head>"
            "<p>Set <code>YAGNA_APPKEY</code> before you start.</p>"
            "<code>pip install yapapi\n  yapapi run</code>"
            "<list><item>call <code>ls</code> first</item></list>"
        )
    )
    assert [(b.kind, b.text) for b in blocks] == [
        (HEADING, "The run command"),
        (PARAGRAPH, "Set YAGNA_APPKEY before you start."),
        (PARAGRAPH, "pip install yapapi yapapi run"),
        (ITEM, "call ls first"),
    ]
    assert [b.code for b in blocks] == [None, None, "pip install yapapi\n  yapapi run", None]


def test_table_rows_are_one_line_each() -> None:
    blocks = blocks_from_xml(
        xml(
            "<table><row><cell role='head'>City</cell><cell role='head'>Rain</cell></row>"
            "<row><cell>Split</cell><cell><p>40 mm</p></cell></row></table>"
        )
    )
    assert [b.text for b in blocks] == ["City | Rain", "Split | 40 mm"]


def test_looks_like_html() -> None:
    assert looks_like_html(page("<p>Hello</p>"))
    assert not looks_like_html("Plain text about <b> tags and </b> markup in prose.")


# -- the HTML path ---------------------------------------------------------------------------------
def test_article_body_is_kept_with_its_structure() -> None:
    html = page(
        article(
            "<h1>Storm floods the coast overnight</h1>",
            paragraphs(PROSE[:2]),
            "<h2>Farms hit hardest</h2>",
            paragraphs(PROSE[2:]),
        ),
        HEAD,
    )
    doc = clean(html, mode="html")
    assert doc.path in ("html", "html-readability")
    for text in PROSE:
        assert text in doc.body
    assert "\n\nFarms hit hardest\n\n" in doc.body
    assert "Home" not in doc.body


def test_auto_mode_recognises_html() -> None:
    html = page(article(paragraphs(PROSE)), HEAD)
    assert clean(html).path in ("html", "html-readability")


@pytest.mark.parametrize(
    ("cruft", "family"),
    [
        ("<p>Share</p>", "share"),
        ("<p>Subscribe to our newsletter</p>", "newsletter"),
        ("<p>Image: Jane Roe/REUTERS</p>", "media"),
        (
            "<p>Related Articles</p><ul><li><a href='/a'>Another story about rain</a></li>"
            "<li><a href='/b'>Yet another story about wind</a></li></ul>",
            "related",
        ),
    ],
)
def test_cruft_that_survives_extraction_is_removed(cruft: str, family: str) -> None:
    html = page(
        article(paragraphs(PROSE[:2]), cruft, paragraphs(PROSE[2:]) if family != "related" else ""),
        HEAD,
    )
    doc = clean(html, mode="html")
    assert family in {r.family for r in doc.removed}
    for text in PROSE[: 2 if family == "related" else 4]:
        assert text in doc.body


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_article_sentences_that_look_like_cruft_survive(sentence: str) -> None:
    html = page(article(paragraphs(PROSE[:2]), f"<p>{sentence}</p>", paragraphs(PROSE[2:])), HEAD)
    assert sentence in clean(html, mode="html").body


def test_a_sidebar_marker_above_the_article_does_not_take_it() -> None:
    html = page(article("<h3>Latest News</h3>", paragraphs(PROSE)), HEAD)
    doc = clean(html, mode="html")
    for text in PROSE:
        assert text in doc.body


def test_related_marker_below_the_article_ends_it() -> None:
    teaser = (
        "Readers also liked this long teaser paragraph about a completely different story in town."
    )
    html = page(article(paragraphs(PROSE), "<h3>More stories</h3>", f"<p>{teaser}</p>"), HEAD)
    doc = clean(html, mode="html")
    assert PROSE[-1] in doc.body
    assert teaser not in doc.body


def test_visible_headline_wins_over_a_title_that_wraps_it() -> None:
    head = "<title>Weather - Storm floods the coast overnight - Daily News</title>"
    html = page(article("<h1>Storm floods the coast overnight</h1>", paragraphs(PROSE)), head)
    assert clean(html, mode="html").title == "Storm floods the coast overnight"


def test_headline_repeated_in_the_body_moves_to_metadata() -> None:
    html = page(article("<h1>Storm floods the coast overnight</h1>", paragraphs(PROSE)), HEAD)
    doc = clean(html, mode="html")
    assert doc.title == "Storm floods the coast overnight"
    assert not doc.body.startswith("Storm floods")


def test_metadata_from_the_head() -> None:
    doc = clean(page(article(paragraphs(PROSE)), HEAD), mode="html")
    assert doc.title == "Storm floods the coast overnight"
    assert doc.authors == ["Jane Doe"]
    assert doc.date == "2025-04-08"
    assert doc.site == "Daily News"
    assert doc.language == "en"


def test_metadata_from_json_ld() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Storm floods the coast", "datePublished": "2025-04-08",'
        ' "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Max Mustermann"}],'
        ' "publisher": {"@type": "Organization", "name": "Daily News"}}</script>'
    )
    doc = clean(page(article(paragraphs(PROSE)), ld), mode="html")
    assert (doc.title, doc.authors, doc.date, doc.site) == (
        "Storm floods the coast",
        ["Jane Doe", "Max Mustermann"],
        "2025-04-08",
        "Daily News",
    )


def test_nothing_found_falls_back_to_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setattr(htmlpath, "extract_views", lambda tree, images=False: (None, None))
    doc = clean(page("<div>" + "".join(f"<p>{t}</p>" for t in PROSE) + "</div>"), mode="html")
    assert doc.path == "html-fallback"
    assert PROSE[0] in doc.body


def test_a_short_page_keeps_what_the_extraction_found() -> None:
    doc = clean(
        page("<div>Opening hours: 9 to 5.</div><div>Call us on weekdays.</div>"), mode="html"
    )
    assert doc.path in ("html", "html-readability")
    assert doc.body == "Opening hours: 9 to 5.\n\nCall us on weekdays."


def test_html_body_is_idempotent() -> None:
    html = page(article(paragraphs(PROSE[:2]), "<p>Share</p>", paragraphs(PROSE[2:])), HEAD)
    once = clean(html, mode="html").body
    assert clean(once).body == once


def test_a_byline_left_in_the_extracted_text_goes_to_metadata_as_in_text_mode() -> None:
    # Cleaning the body again reads it as text, where a byline line is metadata: the
    # HTML path answers what that pass gives, so the body is a fixed point.
    html = page(article("<p>By Jane Doe</p>", paragraphs(PROSE)))
    doc = clean(html, mode="html")
    assert "Jane Doe" not in doc.body
    assert doc.authors == ["Jane Doe"]
    assert doc.body == clean(doc.body).body
    assert any(r.rule.startswith("byline.") for r in doc.removed)


@pytest.mark.parametrize(
    "html", ["", "<html>", "<p>" * 500, "<html><body>\x00</body></html>", "<<<>>>"]
)
def test_malformed_pages_never_crash(html: str) -> None:
    assert isinstance(clean(html, mode="html").body, str)


# -- metadata cleaning -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Storm hits the coast overnight | Daily News",
            "Daily News",
            "Storm hits the coast overnight",
        ),
        (
            "Daily News - Storm hits the coast overnight",
            "Daily News",
            "Storm hits the coast overnight",
        ),
        ("How to build a terrarium at home | eHow", None, "How to build a terrarium at home"),
        ("Review: the new phone is fast", None, "Review: the new phone is fast"),
        ("Docs - Python", None, "Docs - Python"),
        (
            "Chelsea hope to sign Anelka this week - Soccer - Sport - Breaking News",
            None,
            "Chelsea hope to sign Anelka this week",
        ),
        (
            "Rock - Paper - Scissors explained for beginners",
            None,
            "Rock - Paper - Scissors explained for beginners",
        ),
    ],
)
def test_title_loses_only_the_site_name(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["By Jane Doe, Staff Writer"], ["Jane Doe"]),
        (["Jane Doe; John Smith"], ["Jane Doe", "John Smith"]),
        (["Jane Doe and John Smith"], ["Jane Doe", "John Smith"]),
        (["jane.doe@example.com", "Jane Doe"], ["Jane Doe"]),
        (["Bradley M. Kuhn (http://ebb.org/bkuhn/)"], ["Bradley M. Kuhn"]),
        (["admin"], []),
        (["@janedoe"], []),
    ],
)
def test_authors_are_cleaned(values: list[str], expected: list[str]) -> None:
    assert clean_authors(values) == expected


# -- two views of the article: trafilatura's and readability's ------------------------------------
def blocks_of(*texts: str) -> list[Block]:
    return [Block(index=i, line=i, raw=t, text=t) for i, t in enumerate(texts)]


TEASERS = [
    "Council approves the new budget after a long debate on Tuesday night",
    "Five things to know before the weekend, from traffic to the weather",
    "Local team wins the regional cup in a dramatic penalty shootout",
]


def test_readability_s_tighter_article_is_taken() -> None:
    ours = blocks_of(*PROSE, *TEASERS)
    theirs = blocks_of(*PROSE)
    chosen, path = htmlpath.choose(ours, theirs)
    assert (chosen, path) == (theirs, "html-readability")


def test_a_small_box_picked_by_readability_is_not_taken() -> None:
    ours = blocks_of(*PROSE)
    theirs = blocks_of("Photo: the flooded main street of the harbour town on Tuesday.")
    chosen, path = htmlpath.choose(ours, theirs)
    assert (chosen, path) == (ours, "html")


def test_either_view_alone_is_taken() -> None:
    theirs = blocks_of(*PROSE)
    assert htmlpath.choose([], theirs) == (theirs, "html-readability")
    ours = blocks_of(*PROSE)
    assert htmlpath.choose(ours, []) == (ours, "html")


def test_dropped_blocks_do_not_count_toward_the_choice() -> None:
    ours = blocks_of(*PROSE[:1], *TEASERS)
    for block in ours[1:]:
        block.mark("related.link_list", "related")
    theirs = blocks_of(PROSE[0][:60])
    # readability's text is more than the share of what trafilatura kept after the rules
    assert htmlpath.choose(ours, theirs)[1] == "html-readability"


def test_extraction_hands_back_both_views_and_leaves_trafilatura_unchanged() -> None:
    import trafilatura

    html = page(article("<h1>Storm floods the coast</h1>", paragraphs(PROSE)), HEAD)
    before = trafilatura.extract(html)
    body, alt = views.extract_views(views.parse(html))
    assert body is not None and alt is not None
    assert PROSE[0] in "".join(alt.itertext())
    assert trafilatura.extract(html) == before


def test_the_readability_view_is_what_a_fresh_extraction_of_the_page_gives() -> None:
    from trafilatura.utils import load_html

    html = page(article("<h1>Storm floods the coast</h1>", paragraphs(PROSE)), HEAD)
    _, alt = views.extract_views(views.parse(html))
    fresh = views.readability_body(load_html(html))
    assert etree.tostring(alt) == etree.tostring(fresh)


def test_when_trafilatura_took_readability_s_article_it_is_cleaned_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = page(article(paragraphs(PROSE)))
    one = xml("".join(f"<p>{t}</p>" for t in PROSE))
    monkeypatch.setattr(htmlpath, "extract_views", lambda tree, images=False: (one, one))
    cleaned: list[int] = []
    real = htmlpath.clean_blocks

    def counting(blocks: list[Block], *args: object, **kwargs: object) -> object:
        cleaned.append(len(blocks))
        return real(blocks, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(htmlpath, "clean_blocks", counting)
    doc = clean(html, mode="html")
    assert cleaned == [len(PROSE)]
    assert doc.path == "html-readability"
    assert doc.body.split("\n\n") == PROSE


def _readability_taken(monkeypatch: pytest.MonkeyPatch, ours: str, theirs: str) -> Document:
    """Clean a page whose two views are ``ours`` and ``theirs``, readability's chosen."""
    views = xml(ours), xml(theirs)
    monkeypatch.setattr(htmlpath, "extract_views", lambda tree, images=False: views)
    monkeypatch.setattr(htmlpath, "choose", lambda a, b, *_, **__: (b, "html-readability"))
    monkeypatch.setattr(htmlpath, "widen", lambda *a, **k: False)
    monkeypatch.setattr(htmlpath, "readability_elsewhere", lambda *a, **k: False)
    return clean(page(article(paragraphs(PROSE))), mode="html")


def test_a_view_left_empty_by_its_date_line_gives_way_to_the_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # readability kept only the page's date line, which the settling pass takes into
    # metadata: trafilatura's article is taken rather than an empty body.
    dated = "<p>Last updated: November 13, 2025</p>"
    doc = _readability_taken(monkeypatch, dated + paragraphs(PROSE), dated)
    assert doc.path == "html"
    assert doc.body.split("\n\n")[: len(PROSE)] == PROSE


def test_a_chosen_view_with_text_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _readability_taken(monkeypatch, paragraphs(PROSE), paragraphs(PROSE[:2]))
    assert doc.path == "html-readability"
    assert doc.body.split("\n\n") == PROSE[:2]


def test_readability_s_article_gets_the_lead_trafilatura_kept_above_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _readability_taken(monkeypatch, paragraphs(PROSE), paragraphs(PROSE[1:3]))
    assert doc.path == "html-readability"
    assert doc.body.split("\n\n") == PROSE[:3]


@pytest.mark.parametrize(
    "text",
    [
        "  two   spaces\tand a tab\n",
        "no\u00a0break and\u2003em\u3000wide",
        "\u2028line\u2029paragraph\x85next ",
        "unit\x1fseparator\x1c stays inside",
        "\x1e at the ends \x1d",
        "",
    ],
)
def test_whitespace_is_collapsed_as_the_pattern_does(text: str) -> None:
    import regex

    from cleantext.html.convert import collapse

    assert collapse(text) == regex.sub(r"\s+", " ", text).strip()


BYLINE = "<p class='byline'>By Jane Doe</p>"


def test_a_byline_element_names_the_author() -> None:
    doc = clean(page(article(BYLINE, paragraphs(PROSE))), mode="html")
    assert doc.authors == ["Jane Doe"]


def test_a_page_without_byline_words_is_not_searched() -> None:
    from trafilatura.utils import load_html

    from cleantext.html.meta import _visible_author

    with_byline = page(article(BYLINE, paragraphs(PROSE)))
    tree = load_html(with_byline)
    assert _visible_author(tree, with_byline) == _visible_author(tree) == ["Jane Doe"]
    # The source is what decides: its words are looked for before the tree is searched.
    assert _visible_author(tree, page(article(paragraphs(PROSE)))) == []


def test_the_extraction_on_the_page_s_own_tree_is_trafilatura_s() -> None:
    import trafilatura

    html = page(article("<h1>Storm floods the coast</h1>", paragraphs(PROSE), BYLINE), HEAD)
    body, _ = views.extract_views(views.parse(html))
    theirs = trafilatura.bare_extraction(
        html,
        output_format="xml",
        include_comments=False,
        include_formatting=False,
        include_links=True,
    )
    assert etree.tostring(body) == etree.tostring(theirs.body)


def test_link_targets_are_left_relative_and_no_block_changes() -> None:
    import trafilatura

    linked = [f"{t[:40]}<a href='/story/{i}'>{t[40:90]}</a>{t[90:]}" for i, t in enumerate(PROSE)]
    html = page(article(paragraphs(linked)), HEAD)
    body, _ = views.extract_views(views.parse(html))
    assert body.find(".//ref").get("target") == "/story/0"
    absolute = trafilatura.bare_extraction(
        html,
        url="https://example.com/news/storm",
        output_format="xml",
        include_comments=False,
        include_formatting=False,
        include_links=True,
    )
    assert absolute.body.find(".//ref").get("target") == "https://example.com/story/0"

    def read(xml_body: etree._Element) -> list[tuple[str, int, int]]:
        return [(b.text, b.links, b.link_chars) for b in blocks_from_xml(xml_body)]

    assert read(body) == read(absolute.body)


def test_an_unknown_cascade_is_reached_through_bare_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = page(article(paragraphs(PROSE)), HEAD)
    direct, _ = views.extract_views(views.parse(html))
    monkeypatch.setattr(views, "_cascade", lambda: None)
    through, _ = views.extract_views(views.parse(html))
    assert etree.tostring(direct) == etree.tostring(through)


def test_blocks_are_repaired_only_where_they_need_it() -> None:
    from cleantext.config import DEFAULT

    blocks = blocks_of(PROSE[0], "It donâ€™t matter.", "zero\u200bwidth", PROSE[1])
    htmlpath.repair_blocks(blocks, DEFAULT)
    assert [b.text for b in blocks] == [PROSE[0], "It don’t matter.", "zerowidth", PROSE[1]]
    clean_blocks = blocks_of(*PROSE)
    htmlpath.repair_blocks(clean_blocks, DEFAULT)
    assert [b.text for b in clean_blocks] == PROSE


def test_a_page_read_as_latin_1_is_repaired_before_its_no_break_spaces_become_spaces() -> None:
    # UTF-8 read as Latin-1: "’" is "â" and two C1 controls, a no-break space "Â" and one.
    broken = [p.replace(" the ", " the\u00c2\xa0", 1) for p in PROSE]
    broken[1] = broken[1].replace("Officials said", "Officials said it\u00e2\x80\x99s")
    doc = clean(page(article(paragraphs(broken))), mode="html")
    assert "\u00c2" not in doc.body and "\u00e2" not in doc.body
    assert "Officials said it’s the damage" in doc.body.replace("\xa0", " ")


def test_a_page_in_a_language_that_writes_circumflexes_is_left_as_it_is() -> None:
    french = [
        "Le château de la ville a rouvert ses portes lundi après deux ans de travaux, "
        "et les visiteurs ont pu découvrir la grande salle restaurée par les artisans.",
        "Selon le maire, la fête prévue samedi rassemblera des milliers de personnes sur "
        "la place, où un marché de pâtes fraîches et de fromages sera installé.",
    ]
    doc = clean(page(article(paragraphs(french))), mode="html")
    assert doc.body == "\n\n".join(french)


def test_byline_elements_are_found_through_their_attributes_in_page_order() -> None:
    from trafilatura.utils import load_html

    from cleantext.html.meta import _BYLINE_XPATH

    html = page(
        "<div class='post-author'><a rel='author' href='/jane'>Jane Doe</a></div>"
        "<p>Not a byline.</p><span itemprop='author'>John Roe</span>"
        "<div class='bylines'><span class='author byline'>Max Mustermann</span></div>"
        "<p class='Author'>Case matters in class names.</p>"
    )
    body = load_html(html).find("body")
    every = body.xpath(
        './/*[@rel="author" or @itemprop="author"'
        ' or contains(@class, "byline") or contains(@class, "author")]'
    )
    assert _BYLINE_XPATH(body) == every
    assert [el.text_content() for el in every][:2] == ["Jane Doe", "Jane Doe"]


def test_a_short_post_is_not_swapped_for_the_page_s_menus() -> None:
    menu = "".join(f"<li><a href='/s/{i}'>{t}</a></li>" for i, t in enumerate(TEASERS))
    post = "<p>Back from the coast. Photos soon.</p>"
    html = page(
        f"<div class='sidebar'><ul>{menu}</ul>{paragraphs(PROSE[:1])}</div><main>{post}</main>"
    )
    doc = clean(html, mode="html")
    assert doc.path != "html-fallback"
    assert "Back from the coast. Photos soon." in doc.body


STOP = stopwords("en")


def linked(*texts: str) -> list[Block]:
    """Blocks that are all link text, as teaser lists are."""
    return [
        Block(index=i, line=i, raw=t, text=t, links=1, link_chars=len(t))
        for i, t in enumerate(texts)
    ]


PROFILE = (
    "Paul is a prolific blogger, maker and writer who lives in a small town with his "
    "dogs, and he delights in the unusual things that people make in their sheds."
)


def test_a_short_post_inside_trafilatura_s_text_is_taken() -> None:
    post = "Back from the coast, with a few photos of the harbour at night."
    ours = blocks_of(post) + linked(*TEASERS)
    theirs = blocks_of(post)
    chosen, path = htmlpath.choose(ours, theirs, lambda b: htmlpath.is_good(b, STOP))
    assert (chosen, path) == (theirs, "html-readability")


def test_a_short_box_is_not_taken_where_trafilatura_adds_prose() -> None:
    post = "Back from the coast, with a few photos of the harbour at night."
    ours = blocks_of(post, *PROSE)
    theirs = blocks_of(post)
    chosen, path = htmlpath.choose(ours, theirs, lambda b: htmlpath.is_good(b, STOP))
    assert (chosen, path) == (ours, "html")


def test_a_short_box_from_elsewhere_on_the_page_is_not_taken() -> None:
    ours = blocks_of("A few words to open the post.") + linked(*TEASERS * 3)
    theirs = blocks_of(PROFILE[:60])
    chosen, path = htmlpath.choose(ours, theirs, lambda b: htmlpath.is_good(b, STOP))
    assert (chosen, path) == (ours, "html")


# -- trafilatura's blocks around readability's text ------------------------------------------------
SECTION = [
    "The storm also flooded the harbour, and the bridges along the coast road stayed closed "
    "while engineers inspected the damage to their foundations.",
    "Farmers said the flooded fields would need weeks to dry, and officials promised that the "
    "regional roads would reopen before the harvest.",
]
# Prose below the article on other subjects: teasers written as sentences.
OTHER_STORIES = [
    "A singer who became famous in the eighties has announced a farewell tour of small clubs "
    "and theatres, with tickets on sale from next month at the usual prices.",
    "The price of coffee rose again, and importers said that shoppers would soon pay more "
    "for a cup at cafés before the end of the year.",
]


def _widened(ours: list[Block], theirs: list[Block]) -> bool:
    return htmlpath.widen(ours, theirs, lambda b: htmlpath.is_good(b, STOP), STOP)


def test_trafilatura_s_sections_around_readability_s_part_are_kept() -> None:
    heading = "After the storm"
    ours = blocks_of(PROSE[3], *PROSE[:3], heading, *SECTION)
    ours[4].kind = HEADING
    theirs = blocks_of(*PROSE[:3])
    assert _widened(ours, theirs)
    # The lead above, the section below on the same subject and its heading all stay.
    assert not any(b.dropped for b in ours)


def test_prose_on_other_subjects_below_readability_s_text_goes() -> None:
    ours = blocks_of(*PROSE, *OTHER_STORIES) + linked(*TEASERS)
    theirs = blocks_of(*PROSE[1:])
    assert _widened(ours, theirs)  # the first paragraph, above readability's, is added
    assert [b.text for b in ours if not b.dropped] == PROSE
    assert {b.drop for b in ours if b.dropped} == {("choice.outside_readability", "boilerplate")}


def test_short_lines_between_the_parts_of_the_article_stay() -> None:
    # A label and a list item between readability's text and the section below it.
    ours = blocks_of(*PROSE[:3], "Key figures:", "Bridges closed: 4", *SECTION)
    theirs = blocks_of(*PROSE[:3])
    assert _widened(ours, theirs)
    assert not any(b.dropped for b in ours)
    # Below the article's last part, a short line is judged as before: it goes.
    ours = blocks_of(*PROSE[:3], *SECTION, "Bridges closed: 4")
    assert _widened(ours, theirs)
    assert [b.text for b in ours if b.dropped] == ["Bridges closed: 4"]


def test_nothing_is_widened_when_trafilatura_adds_no_prose() -> None:
    ours = blocks_of(*PROSE) + linked(*TEASERS)
    theirs = blocks_of(*PROSE)
    assert not _widened(ours, theirs)
    assert not any(b.dropped for b in ours)


def test_readability_s_view_stays_when_it_holds_text_trafilatura_lost() -> None:
    # trafilatura kept one of readability's paragraphs and other prose.
    ours = blocks_of(PROSE[0], *SECTION)
    theirs = blocks_of(*PROSE)
    assert not _widened(ours, theirs)
    # readability's paragraphs repeated, which trafilatura keeps once.
    ours = blocks_of(PROSE[0], *SECTION)
    theirs = blocks_of(PROSE[0], PROSE[0], PROSE[0])
    assert not _widened(ours, theirs)
    assert not any(b.dropped for b in ours)


def test_a_stack_of_headings_above_a_kept_block_stays_with_it() -> None:
    # A kicker and a headline over the first section: both head it.
    ours = blocks_of("Weather", "After the storm", *SECTION, *PROSE[:3])
    ours[0].kind = ours[1].kind = HEADING
    theirs = blocks_of(*PROSE[:3])
    assert _widened(ours, theirs)
    assert not any(b.dropped for b in ours)
    # A heading over nothing kept still goes.
    ours = blocks_of(PROSE[3], *PROSE[:3], OTHER_STORIES[0], "More stories", OTHER_STORIES[1])
    ours[5].kind = HEADING
    assert _widened(ours, theirs)
    assert [b.text for b in ours if b.dropped] == [
        OTHER_STORIES[0],
        "More stories",
        OTHER_STORIES[1],
    ]


def _lead(ours: list[Block], theirs: list[Block]) -> list[str]:
    return [b.text for b in htmlpath.lead_above(ours, theirs, lambda b: htmlpath.is_good(b, STOP))]


def test_the_lead_above_readability_s_text_goes_first() -> None:
    # trafilatura kept the standfirst that stands above readability's container.
    assert _lead(blocks_of(PROSE[3], *PROSE[:3]), blocks_of(*PROSE[:3])) == [PROSE[3]]


def test_only_prose_right_above_readability_s_text_is_a_lead() -> None:
    theirs = blocks_of(*PROSE[:3])
    # A teaser list, a short label, or prose cut off from the article by either: no lead.
    assert _lead(linked(*TEASERS) + blocks_of(*PROSE[:3]), theirs) == []
    assert _lead(blocks_of(PROSE[3], "Share this article", *PROSE[:3]), theirs) == []
    # Below readability's text is not above it; no match at all gives nothing.
    assert _lead(blocks_of(*PROSE[:3], *SECTION), theirs) == []
    assert _lead(blocks_of(*SECTION), theirs) == []


# -- readability's container elsewhere on the page ----------------------------------------------
def _elsewhere(ours: list[Block], theirs: list[Block]) -> bool:
    return htmlpath.readability_elsewhere(
        ours, theirs, lambda b: b.text.endswith(".") and htmlpath.is_good(b, STOP), STOP
    )


def test_trafilatura_s_article_is_kept_when_readability_kept_another_box() -> None:
    # readability kept a short profile box; trafilatura's prose is nowhere in it.
    ours = blocks_of(*PROSE)
    theirs = blocks_of(PROFILE, *OTHER_STORIES)
    assert htmlpath.choose(ours, theirs, lambda b: htmlpath.is_good(b, STOP))[0] is theirs
    assert _elsewhere(ours, theirs)


def test_readability_s_view_stays_when_it_is_part_of_trafilatura_s() -> None:
    ours = blocks_of(*PROSE, *OTHER_STORIES)
    theirs = blocks_of(*PROSE)
    assert not _elsewhere(ours, theirs)


def test_readability_s_view_stays_when_it_is_another_part_of_the_same_article() -> None:
    # Different sentences on the same subject: one list article split between two
    # containers, each view holding a part.
    ours = blocks_of(*PROSE[:2])
    theirs = blocks_of(
        "Residents of the towns along the bay waited at home for the heavy rain to stop, "
        "while officials counted the damage and engineers inspected the closed bridges."
    )
    assert not _elsewhere(ours, theirs)
    # The same with readability's text on another subject: trafilatura's view is kept.
    assert _elsewhere(ours, blocks_of(OTHER_STORIES[1]))


def test_readability_s_view_stays_when_trafilatura_keeps_no_prose_of_its_own() -> None:
    # Link lists, or text that does not end as sentences do: no article to keep instead.
    theirs = blocks_of(PROFILE)
    assert not _elsewhere(linked(*PROSE), theirs)
    assert not _elsewhere(blocks_of(*(p.rstrip(".") + " and more" for p in PROSE)), theirs)
    # A single short sentence is too little to leave readability's view for.
    assert not _elsewhere(blocks_of(PROSE[0][:90] + "."), theirs)


# -- the date where the page declares none -------------------------------------------------------
def _page_date(html: str) -> str | None:
    from cleantext.html.meta import extract as page_metadata

    return page_metadata(views.parse(html), None, html).date


def test_a_date_only_in_the_visible_text_is_found() -> None:
    html = page(
        article(
            "<h1>Storm floods the coast</h1>"
            "<div>April 8, 2025 | 4 min read</div>" + paragraphs(PROSE)
        )
    )
    assert _page_date(html) == "2025-04-08"
    assert clean(html, mode="html").date == "2025-04-08"


def test_a_declared_date_is_kept() -> None:
    assert _page_date(page(article(paragraphs(PROSE)), HEAD)) == "2025-04-08"


def test_a_copyright_year_is_not_the_page_s_date() -> None:
    # "© 2025" in the footer is all the page says of a date: no date, not 1 January.
    html = page(article("<h1>Storm floods the coast</h1>" + paragraphs(PROSE)))
    assert _page_date(html) is None
    assert clean(html, mode="html").date is None


# -- the article span over trafilatura's blocks --------------------------------------------------
def test_a_menu_of_links_around_the_article_goes() -> None:
    menu = linked("Home", "World news", "Business", "Sport and leisure")
    teasers = linked(*TEASERS)
    blocks = menu + blocks_of(*PROSE) + teasers
    htmlpath.trim_to_article(blocks, STOP)
    assert [b.text for b in blocks if not b.dropped] == PROSE
    assert {b.drop for b in menu + teasers} == {("select.outside_article", "boilerplate")}


def test_a_reference_list_below_the_article_stays() -> None:
    # References hold links, but as much text again that is not a link: not a menu.
    references = linked(
        *(
            f"{name}. A systematic review of coastal flooding. Journal of Hydrology. "
            f"2021;{n}:1-12. https://doi.org/10.1000/{n}"
            for n, name in enumerate(("Smith J, Lee K", "Garcia M, et al.", "Okafor C, Brown T"))
        )
    )
    for block in references:  # half of each line is its link, as on a real reference list
        block.link_chars = len(block.text) // 2
    blocks = blocks_of(*PROSE, "References") + references
    htmlpath.trim_to_article(blocks, STOP)
    assert not any(b.dropped for b in blocks)


def test_the_span_search_is_skipped_when_no_end_of_the_view_is_link_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whatever span the search finds, no region around it could be link text: same
    # output, without the search.
    def no_search(*args: object) -> None:
        raise AssertionError("searched")

    monkeypatch.setattr(htmlpath, "heaviest_run", no_search)
    blocks = blocks_of(*PROSE) + linked(TEASERS[0]) + blocks_of(MORE_PROSE[0])
    htmlpath.trim_to_article(blocks, STOP)
    assert not any(b.dropped for b in blocks)
    with pytest.raises(AssertionError, match="searched"):
        htmlpath.trim_to_article(blocks_of(*PROSE) + linked(*TEASERS), STOP)
