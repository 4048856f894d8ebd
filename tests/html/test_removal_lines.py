"""In HTML mode a removal names the line of the page's source where its element starts."""

from __future__ import annotations

import cleantext

from .test_extract import HEAD, PROSE


def test_a_removed_element_names_its_source_line():
    lines = [
        "<!DOCTYPE html><html lang='en'><head>" + HEAD + "</head><body><article>",
        *(f"<p>{text}</p>" for text in PROSE[:2]),
        "<p>Subscribe to our newsletter</p>",
        *(f"<p>{text}</p>" for text in PROSE[2:]),
        "</article></body></html>",
    ]
    doc = cleantext.clean("\n".join(lines), mode="html")
    (removal,) = [r for r in doc.removed if r.text == "Subscribe to our newsletter"]
    assert removal.line == 4
    assert lines[removal.line - 1] == "<p>Subscribe to our newsletter</p>"


def test_a_minified_page_names_its_one_line():
    html = "".join(
        [
            "<html><head>" + HEAD + "</head><body><article>",
            *(f"<p>{text}</p>" for text in PROSE[:2]),
            "<p>Subscribe to our newsletter</p>",
            *(f"<p>{text}</p>" for text in PROSE[2:]),
            "</article></body></html>",
        ]
    )
    doc = cleantext.clean(html, mode="html")
    assert {r.line for r in doc.removed if r.text == "Subscribe to our newsletter"} == {1}
