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


def test_authors_from_the_markup_name_no_text_byline_strategy():
    # A page with no article falls back to its whole text, whose reader found a byline;
    # the markup's author wins, and the strategy that found the other one is not kept.
    from cleantext.config import DEFAULT
    from cleantext.document import Document
    from cleantext.html import extract

    def clean_text(text, url, *, path):
        evidence = {"authors": "By John Smith", "authors_by": "under_headline"}
        return Document(body="Short note.", authors=["John Smith"], evidence=evidence, path=path)

    html = '<html><head><meta name="author" content="Ann Lee"></head><body></body></html>'
    doc = extract.clean_html(html, None, DEFAULT, lambda d, b: d, clean_text)
    assert doc.path == "html-fallback" and doc.authors == ["Ann Lee"]
    assert doc.evidence["authors"] == "HTML metadata: <meta author>"
    assert "authors_by" not in doc.evidence
