"""One host reading for the site name (text and HTML mode) and the site templates' key."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.corpus.templates import site_key
from cleantext.meta.site import from_url, host


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Example.com/a", "example.com"),
        ("example.com/news/1", "example.com"),
        ("//cdn.example.org/x", "cdn.example.org"),
        ("https://user@news.example.net:8080/p", "news.example.net"),
        ("https://m.DailyNews.example/a", "m.dailynews.example"),
        ("", None),
        (None, None),
        ("http://[broken/", None),
    ],
)
def test_host_is_lower_cased_without_www(url, expected):
    assert host(url) == expected
    assert site_key(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://m.DailyNews.example/a", "dailynews.example"),
        ("https://amp.example.com/story", "example.com"),
        ("https://mobile.example.co.uk/", "example.co.uk"),
        ("https://www2.example.com/", "example.com"),
        ("http://localhost:8000/", None),
        ("https://media.example.com/", "media.example.com"),
    ],
)
def test_the_site_from_a_url_drops_a_mobile_editions_prefix(url, expected):
    assert from_url(url) == expected


def test_html_and_text_mode_name_the_same_site_from_the_url():
    prose = " ".join(["The council approved the budget on Monday after a long debate."] * 4)
    url = "https://m.DailyNews.example/politics/budget"
    html = f"<html><body><article><h1>Budget passes</h1><p>{prose}</p><p>{prose}</p></article></body></html>"
    text = f"Budget passes\n\n{prose}\n\n{prose}\n"
    assert cleantext.clean(html, mode="html", url=url).site == "dailynews.example"
    assert cleantext.clean(text, mode="text", url=url).site == "dailynews.example"
