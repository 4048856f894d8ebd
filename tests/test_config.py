"""Every switch switches: a family left out removes nothing, every option changes output."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import FAMILIES, Config, UserRule

from .conftest import SEEDS
from .html.test_extract import HEAD, PROSE, article, page, paragraphs

SEED_PAGES = [path.read_text(encoding="utf-8") for path in SEEDS]
HTML_PAGE = page(
    article(
        paragraphs(PROSE[:2]),
        "<p>Share</p><p>Subscribe to our newsletter</p><p>Image: Jane Roe/REUTERS</p>",
        paragraphs(PROSE[2:]),
        "<p>Related Articles</p><ul><li><a href='/a'>Another story about rain</a></li>"
        "<li><a href='/b'>Yet another story about wind</a></li></ul>",
    ),
    HEAD,
)
PAGES = [(text, "text") for text in SEED_PAGES] + [(HTML_PAGE, "html")]


def _families_removed(config: Config) -> set[str]:
    cleaner = cleantext.Cleaner(config)
    return {r.family for text, mode in PAGES for r in cleaner.clean(text, mode=mode).removed}


def test_the_pages_exercise_most_families():
    assert len(_families_removed(Config())) >= 6


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_switched_off_removes_nothing(family):
    cleaner = cleantext.Cleaner(Config().without(family))
    for text, mode in PAGES:
        doc = cleaner.clean(text, mode=mode)
        assert family not in {r.family for r in doc.removed}, (family, mode)


# Families whose lines the classifier would keep: with the family off, the body grows.
# (A menu or share row left to the classifier is still boilerplate, under its own name.)
@pytest.mark.parametrize("family", ["byline", "media", "related"])
def test_switching_a_family_off_keeps_its_lines(family):
    on, off = (_all_bodies(config) for config in (Config(), Config().without(family)))
    assert len(off) > len(on)


def _all_bodies(config: Config) -> str:
    cleaner = _cleaner(config)
    return "\n".join(cleaner.clean(text, mode=mode).body for text, mode in PAGES)


def test_languages_add_cue_tables_to_every_page():
    text = "\n\n".join([*PROSE, "Artikel teilen", *PROSE[:1]])
    english = _body(text, Config(languages=("en",)))
    german_too = _body(text, Config(languages=("en", "de")))
    assert "Artikel teilen" in english
    assert "Artikel teilen" not in german_too


def _body(text: str, config: Config, mode: str = "text") -> str:
    return _doc(text, config, mode).body


def _doc(text: str, config: Config, mode: str = "text") -> cleantext.Document:
    return _cleaner(config).clean(text, mode=mode)


def _cleaner(config: Config) -> cleantext.Cleaner:
    return cleantext.Cleaner(config)


def test_repair_mojibake_switches_the_repair():
    text = "\n\n".join(
        [*PROSE[:2], "The café’s owner said the storm was the worst in years.", *PROSE[2:]]
    )
    broken = text.encode("utf-8").decode("cp1252")
    assert "café’s" in _body(broken, Config())
    assert "café’s" not in _body(broken, Config(repair_mojibake=False))


def test_split_glued_switches_the_split_of_a_glued_date():
    glued = "April 8, 2025The mayor visited the flooded streets on Tuesday."
    text = "\n\n".join([*PROSE[:2], glued, *PROSE[2:]])
    assert "2025The" not in _body(text, Config())
    assert "2025The" in _body(text, Config(split_glued=False))


def test_min_paragraph_chars_is_the_prose_an_html_end_marker_weighs():
    below = "Floods hit the north again this week, and more rain is expected."
    html = page(article(paragraphs(PROSE), "<p>Related Articles</p>", f"<p>{below}</p>"), HEAD)
    assert below not in _body(html, Config(min_paragraph_chars=10), "html")
    # No line counts as prose: the marker has none above it and ends nothing.
    assert below in _body(html, Config(min_paragraph_chars=5000), "html")


def test_html_fallback_chars_decides_when_the_whole_page_is_read_as_text():
    empty = page("")
    assert _doc(empty, Config(), "html").path == "html-fallback"
    off = _doc(empty, Config(html_fallback_chars=0), "html")
    assert (off.path, off.body) == ("html", "")


def test_html_images_keep_the_article_s_images_for_markdown():
    picture = "<p><img src='https://example.com/storm.jpg' alt='Flooded street'></p>"
    html = page(article(paragraphs(PROSE[:2]), picture, paragraphs(PROSE[2:])), HEAD)
    plain = _doc(html, Config(), "html")
    pictured = _doc(html, Config(html_images=True), "html")
    assert "![Flooded street](https://example.com/storm.jpg)" in pictured.to_markdown(images=True)
    assert "![" not in plain.to_markdown(images=True)  # not asked for: trafilatura drops them
    assert pictured.body == plain.body  # the plain body never holds an image


def test_user_rules_remove_their_lines():
    text = "\n\n".join([*PROSE[:2], "Please donate now!", *PROSE[2:]])
    rule = UserRule(name="donate", pattern=r"please donate now!?", family="newsletter")
    assert "Please donate now!" in _body(text, Config())
    doc = _doc(text, Config(user_rules=(rule,)))
    assert "Please donate now!" not in doc.body
    assert "user.donate" in {r.rule for r in doc.removed}


def test_keep_min_share_decides_when_the_fixer_leaves_a_file_alone():
    from cleantext.cli.rewrite import rewrite

    text = SEED_PAGES[4]  # the fixer keeps about three quarters of it
    assert rewrite(text, cleantext.Cleaner(Config(keep_min_share=0.2))).refusal is None
    assert rewrite(text, cleantext.Cleaner(Config(keep_min_share=0.95))).refusal is not None


def test_templates_remove_the_lines_a_site_repeats():
    from cleantext.corpus.templates import learn

    pages = [
        {
            "url": f"https://news.example.org/{n}",
            "text": f"{PROSE[n % 3]}\n\nToday's weather forecast for the city is sunny.",
        }
        for n in range(12)
    ]
    found = learn(pages)
    page = pages[0]["text"]
    with_templates = Config(templates=found)
    assert "weather forecast" in _body(page, Config())
    assert (
        "weather forecast"
        not in cleantext.Cleaner(with_templates).clean(page, url=pages[0]["url"]).body
    )
