"""The HTML path: trafilatura finds the main content, cleantext finishes the job.

trafilatura's markdown output keeps paragraphs, subheadings and lists apart, so its text
goes through the same segmenter and rules as a text dump. Its metadata (title, authors,
date, site, language) seeds the Document; the text pipeline fills the gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

_HTML_SIGN = regex.compile(r"<(?:!doctype\s+html|html|head|body|div|p|meta|title|article|span|a\s)\b", regex.I)
_TAG = regex.compile(r"<[^>]{0,2000}>")


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or fragment."""
    head = text[:2000]
    return "<" in head and len(_HTML_SIGN.findall(head)) >= 1 and len(_TAG.findall(head)) >= 2


@dataclass
class Extracted:
    """What trafilatura gave: main text (markdown) and metadata."""

    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    language: str | None = None


def _authors(value: Any) -> list[str]:
    if not value:
        return []
    return [a.strip() for a in regex.split(r"\s*;\s*", str(value)) if a.strip()]


def extract(html: str, url: str | None = None) -> Extracted:
    """Main content of ``html`` as markdown, with metadata; empty when nothing is found."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            output_format="python",
            include_comments=False,
            include_tables=True,
            include_formatting=True,
            with_metadata=True,
        )
    except Exception:  # a malformed page must not take the batch down
        return Extracted()
    if result is None:
        return Extracted()
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = str(data.get("text") or "")
    date = data.get("date")
    return Extracted(
        text=text,
        title=data.get("title") or None,
        authors=_authors(data.get("author")),
        date=str(date)[:10] if date else None,
        site=data.get("sitename") or None,
        language=data.get("language") or None,
    )


def visible_text(html: str) -> str:
    """The page's whole visible text, one block per line, for the fallback path."""
    import trafilatura

    try:
        text = trafilatura.html2txt(html)
    except Exception:
        text = ""
    return text or _TAG.sub(" ", html)
