"""HTML metadata names where each value came from, as text mode names the line."""

from __future__ import annotations

import cleantext

from .test_extract import HEAD, PROSE, article, page, paragraphs


def test_each_declared_value_names_the_markup_it_came_from():
    doc = cleantext.clean(page(article(paragraphs(PROSE)), HEAD), mode="html")
    assert doc.title == "Storm floods the coast overnight"
    assert doc.evidence["title"] == "HTML metadata: <title>"
    assert doc.evidence["authors"] == "HTML metadata: <meta author>"
    assert doc.evidence["site"] == "HTML metadata: <meta og:site_name>"
    assert doc.evidence["date"].startswith("HTML metadata: ")


def test_a_site_from_the_url_says_so():
    doc = cleantext.clean(
        page(article(paragraphs(PROSE))), mode="html", url="https://m.DailyNews.example/a"
    )
    assert doc.site == "dailynews.example"
    assert doc.evidence["site"] == "HTML metadata: the URL's host"


def test_a_field_the_page_does_not_declare_has_no_html_evidence():
    doc = cleantext.clean(page(article(paragraphs(PROSE))), mode="html")
    assert not any(v.startswith("HTML metadata") for k, v in doc.evidence.items() if k == "authors")
