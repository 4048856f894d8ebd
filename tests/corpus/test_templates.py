"""Site templates: lines recurring on many pages of one site go; article prose stays."""

from __future__ import annotations

import random

import pytest

import cleantext
from cleantext.corpus.templates import (
    FAMILY,
    RULE,
    Fields,
    LineCounts,
    Templates,
    Thresholds,
    learn,
    normalise,
    site_key,
)

from ..sites import ARTICLES, FOOTER, NAVIGATION, page, site_records

PROMO = (
    "Our journalism is funded by readers like you, and every contribution helps us keep "
    "reporting from the places that matter."
)


def promo_records(count: int = 6, host: str = "news.example.org") -> list[dict[str, str]]:
    """Pages whose template includes a prose-like promo line in the middle of the article."""
    records = []
    for n in range(count):
        text = page(n).replace(ARTICLES[n][2], f"{ARTICLES[n][2]}\n\n{PROMO}")
        records.append({"id": str(n), "url": f"https://{host}/a/{n}", "text": text})
    return records


def template_removals(doc: cleantext.Document) -> list[str]:
    return [r.text for r in doc.removed if r.family == FAMILY]


# -- keys ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.Example.com/news/1", "example.com"),
        ("http://blogs.example.com:8080/a?b=c", "blogs.example.com"),
        ("example.com", "example.com"),
        ("//cdn.example.com/x", "cdn.example.com"),
        ("", None),
        (None, None),
        ("file:///tmp/page.html", None),
    ],
)
def test_site_key_is_the_host_without_www(url, site):
    assert site_key(url) == site


def test_normalise_folds_case_digits_and_spaces():
    assert normalise("©  2013 BBC") == normalise("© 2014 bbc") == "© 0 bbc"
    assert normalise("Home") != normalise("Homes")


# -- learning --------------------------------------------------------------------------
def test_menu_and_footer_lines_shared_by_the_site_are_learned():
    found = learn(site_records())
    lines = found.sites["news.example.org"]
    for line in [*NAVIGATION, *FOOTER]:
        assert normalise(line) in lines
    for _title, *paragraphs in ARTICLES:
        assert not any(normalise(p) in lines for p in paragraphs)


def test_a_line_on_two_pages_only_is_not_a_template():
    records = site_records()
    quote = "The mayor said the city would not forget the people who built it."
    for r in records[:2]:
        r["text"] = r["text"].replace("Home\n", f"Home\n{quote}\n")
    assert normalise(quote) not in learn(records).sites["news.example.org"]


def test_a_page_repeating_its_own_sentence_counts_it_once():
    records = site_records()
    repeated = "Share prices fell 3% on Monday."
    records[0]["text"] += f"\n{repeated}\n" * 5
    assert normalise(repeated) not in learn(records).sites["news.example.org"]


def test_small_sites_learn_nothing():
    assert learn(site_records(count=4)).sites == {}
    assert learn(site_records(count=4), Thresholds(min_site_pages=4)).sites


def test_pages_without_a_site_learn_nothing():
    records = [{"text": r["text"]} for r in site_records()]
    assert learn(records).sites == {}


def test_a_site_field_wins_over_the_url():
    records = site_records()
    for r in records:
        r["site"] = "Example News"
    assert set(learn(records).sites) == {"example news"}


def test_thresholds_refuse_lines_on_fewer_than_three_pages():
    with pytest.raises(ValueError, match="at least 3"):
        Thresholds(min_pages=2)


def test_counts_do_not_depend_on_how_pages_are_split():
    records = site_records(count=6) + site_records("other.example.net", count=6)
    whole = learn(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        parts = [LineCounts() for _ in range(3)]
        for i, r in enumerate(shuffled):
            parts[i % 3].add_text(r["text"], r["url"])
        merged = LineCounts()
        for part in reversed(parts):
            merged.merge(part)
        assert merged.templates().to_dict() == whole.to_dict()


def test_html_records_are_counted_from_their_visible_text():
    records = [
        {
            "url": r["url"],
            "html": "<html><body>"
            + "".join(f"<p>{line}</p>" for line in r["text"].split("\n") if line)
            + "</body></html>",
        }
        for r in site_records()
    ]
    assert normalise("Search the site") in learn(records).sites["news.example.org"]


def test_custom_field_names():
    records = [{"page": r["text"], "link": r["url"]} for r in site_records()]
    assert learn(records, fields=Fields(text="page", url="link")).sites


# -- applying --------------------------------------------------------------------------
def test_template_lines_are_removed_with_the_template_family():
    records = promo_records()
    cleaner = cleantext.Cleaner().learn(records)
    doc = cleaner.clean(records[1]["text"], url=records[1]["url"])
    assert PROMO not in doc.body
    assert PROMO in template_removals(doc)
    assert all(r.rule == RULE for r in doc.removed if r.family == FAMILY)
    for paragraph in ARTICLES[1][1:]:
        assert paragraph in doc.body


def test_templates_only_take_their_own_lines_away():
    # The classifier reads each page as it is, template lines included; the templates
    # then remove their lines and change nothing else.
    records = promo_records()
    cleaner = cleantext.Cleaner().learn(records)
    for record in records:
        plain = cleantext.clean(record["text"], url=record["url"]).body.split("\n\n")
        doc = cleaner.clean(record["text"], url=record["url"])
        gone = set(template_removals(doc))
        assert PROMO in gone
        assert doc.body.split("\n\n") == [p for p in plain if p not in gone]


def test_without_templates_the_promo_line_stays():
    records = promo_records()
    assert PROMO in cleantext.clean(records[1]["text"]).body


def test_switching_off_the_template_family_keeps_template_lines():
    records = promo_records()
    learned = cleantext.Cleaner().learn(records)
    cleaner = cleantext.Cleaner(learned.config.without("template"))
    doc = cleaner.clean(records[1]["text"], url=records[1]["url"])
    assert PROMO in doc.body
    assert not template_removals(doc)


def test_learn_returns_a_new_cleaner_and_leaves_the_old_one_alone():
    plain = cleantext.Cleaner()
    learned = plain.learn(promo_records())
    assert plain.config.templates is None
    assert isinstance(learned.config.templates, Templates)


def test_other_sites_and_pages_without_url_are_untouched():
    records = promo_records()
    cleaner = cleantext.Cleaner().learn(records)
    for url in ("https://elsewhere.example.com/a", None):
        doc = cleaner.clean(records[1]["text"], url=url)
        assert template_removals(doc) == []
        assert PROMO in doc.body


def test_a_page_copied_across_the_site_keeps_its_article():
    # The same wire story published under six URLs: its prose recurs on every page.
    records = [{"url": f"https://news.example.org/wire/{n}", "text": page(2)} for n in range(6)]
    cleaner = cleantext.Cleaner().learn(records)
    doc = cleaner.clean(records[0]["text"], url=records[0]["url"])
    for paragraph in ARTICLES[2][1:]:
        assert paragraph in doc.body
    assert "Business" in template_removals(doc)


def test_cleaning_with_templates_is_idempotent():
    records = promo_records()
    cleaner = cleantext.Cleaner().learn(records)
    once = cleaner.clean(records[3]["text"], url=records[3]["url"]).body
    assert cleaner.clean(once, url=records[3]["url"]).body == once


def test_templates_survive_a_save_and_load(tmp_path):
    found = learn(promo_records())
    path = tmp_path / "templates.json"
    found.save(path)
    again = Templates.load(path)
    assert again == found
    assert again.to_dict() == found.to_dict()


def test_loading_something_else_fails_clearly(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"sites": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a cleantext templates file"):
        Templates.load(path)


def test_a_site_bound_view_ignores_the_url():
    records = promo_records()
    found = learn(records)
    cleaner = cleantext.Cleaner(cleantext.Config(templates=found.for_site("news.example.org")))
    doc = cleaner.clean(records[2]["text"], url=None)
    assert PROMO in template_removals(doc)
