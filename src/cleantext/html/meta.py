"""Metadata from an HTML page: title, authors, date, site and language, cheaply.

Publishers declare most of it: JSON-LD (``NewsArticle``...), Open Graph and Dublin Core
``<meta>`` tags, ``<html lang>``. Those are read first, in one pass over the ``<head>``;
the visible page (``<title>``, ``<h1>``, ``rel=author`` and byline elements) fills the
gaps, and htmldate's quick search finds the date. Every value is then cleaned by the
same checks as text mode: "| Site Name" suffixes off titles, "By", roles and e-mail
addresses off author names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree  # type: ignore[import-untyped]

from cleantext.meta import dates
from cleantext.meta.reader import byline
from cleantext.meta.site import from_url
from cleantext.repair import remove_invisible

_SPACE = regex.compile(r"\s+")
# Separators between a headline and the site's name: "Headline | Site", "Headline - Site".
# Tried once per run of spaces (from its first, possessively): a long run of spaces with
# no separator in it is rejected in one pass, not once per space.
_TITLE_SEP = regex.compile(r"(?<!\s)\s++(?:[|·•»/\\]|::|[-–—])\s+")
# No "@" inside either part: a run of "@"s is rejected at once, not tried 64 x 255 ways.
_EMAIL = regex.compile(r"[^\s@]{1,64}@[^\s@]{1,255}\.\w{2,10}")
_URLISH = regex.compile(r"https?://\S{0,300}|\bwww\.\S{0,300}|\([^()]{0,300}\)")
_AUTHOR_SPLIT = regex.compile(r"(?<!\s)(?:\s*+[;,]|\s++(?:&|and|und|et|y|e)(?=\s))\s*", regex.I)
_AUTHOR_JUNK = regex.compile(
    r"^(?:admin|administrator|staff|editor|editors|webmaster|guest|anonymous|unknown|null|none)$",
    regex.I,
)
_NAME_CHARS = regex.compile(r"^[\p{L}\p{M}][\p{L}\p{M}.'’ -]{0,80}$")
_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportage", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "webpage",
        "liveblogposting", "socialmediaposting", "report", "review", "posting", "creativework",
    }
)  # fmt: skip

TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "title",
    "sailthru.title",
    "parsely-title",
)
AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "byl", "citation_author", "twitter:creator", "creator",
)  # fmt: skip
DATE_KEYS = (
    "article:published_time", "datepublished", "date", "dc.date", "dcterms.date", "dc.date.issued",
    "dcterms.created", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date",
    "citation_publication_date", "og:published_time", "originalpublicationdate", "datecreated",
)  # fmt: skip
SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
LANG_KEYS = ("content-language", "dc.language", "og:locale", "language", "inlanguage")


@dataclass
class HtmlMeta:
    """What the page says about itself; any field may be missing."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    language: str | None = None
    headline: str | None = None  # the page's first <h1>
    evidence: dict[str, str] = field(default_factory=dict)  # field -> where the page says it


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _clean(value: Any) -> str:
    """A metadata value on one line, without the control characters a page may carry."""
    return _SPACE.sub(" ", remove_invisible(str(value))).strip() if value is not None else ""


def meta_tags(tree: Any) -> dict[str, str]:
    """Every ``<meta>`` with a name, property, itemprop or http-equiv: lower-cased key -> first content."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().casefold(), _clean(content))
    return found


def _walk_jsonld(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document (``@graph`` and lists flattened)."""
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_jsonld(data["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).casefold() for k in kinds}


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD person field: a string, an object with ``name``, or a list of them."""
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        if _types(value) & {"organization", "newsmediaorganization", "corporation"}:
            return []
        return _names(value.get("name"))
    text = _clean(value)
    return [text] if text else []


def _publisher(value: Any) -> list[str]:
    """The publisher's name (an organization, unlike an author)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    text = _clean(value) if isinstance(value, str) else ""
    return [text] if text else []


def jsonld(tree: Any) -> dict[str, Any]:
    """Headline, authors, date, publisher and language of the page's main JSON-LD article."""
    out: dict[str, Any] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        for obj in _walk_jsonld(data):
            kinds = _types(obj)
            if not kinds & _ARTICLE_TYPES:
                if "website" in kinds and "site" not in out and obj.get("name"):
                    out["site"] = _clean(obj.get("name"))
                continue
            article = bool(kinds - {"webpage"})
            for key, value in (
                ("title", obj.get("headline") or (obj.get("name") if article else None)),
                ("authors", _names(obj.get("author") or obj.get("creator"))),
                ("date", obj.get("datePublished") or obj.get("dateCreated")),
                ("site", _publisher(obj.get("publisher"))),
                ("language", obj.get("inLanguage")),
            ):
                if value and (key not in out or (article and not out.get("_article", {}).get(key))):
                    out[key] = value[0] if key == "site" else value
                    out.setdefault("_article", {})[key] = article
    out.pop("_article", None)
    return out


# -- cleaning -----------------------------------------------------------------------------
def clean_title(title: str, site: str | None = None, hostname: str | None = None) -> str:
    """A page title without the site's name glued to it.

    "Storm hits coast | Daily News" -> "Storm hits coast". The part dropped must name
    the site (its name or host) or be short beside a longer headline; a title whose
    parts are all short stays whole ("Docs - Python").

    >>> clean_title("Storm hits the coast overnight | Daily News", "Daily News")
    'Storm hits the coast overnight'
    """
    title = _clean(title)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    known = {s.casefold() for s in (site, hostname) if s}
    host_words = {w for k in known for w in regex.split(r"[\W_]+", k) if len(w) > 2}

    def names_site(part: str) -> bool:
        low = part.casefold().strip()
        if low in known:
            return True
        squashed = regex.sub(r"[\W_]+", "", low)
        return bool(squashed) and any(
            squashed == regex.sub(r"[\W_]+", "", k) or squashed in host_words for k in known
        )

    cut_tail = cut_head = 0
    while len(parts) - cut_tail > 1 and names_site(parts[-1 - cut_tail]):
        cut_tail += 1
    while len(parts) - cut_tail - cut_head > 1 and names_site(parts[cut_head]):
        cut_head += 1
    # No known site name: a headline followed by two or more section or site names
    # ("Chelsea sign Anelka - Soccer - Sport - Breaking News") keeps the headline alone.
    rest = parts[cut_head : len(parts) - cut_tail]
    first = rest[0]
    if len(rest) >= 3 and len(first.split()) >= 4 and all(len(first) >= len(p) for p in rest[1:]):
        cut_tail = len(parts) - cut_head - 1
    # No known site name: a short last part after a real headline is the site's.
    if (
        not cut_tail
        and not cut_head
        and len(parts[-1].split()) <= 3
        and len(" ".join(parts[:-1]).split()) >= 4
    ):
        cut_tail = 1
    if not cut_tail and not cut_head:
        return title
    seps = list(_TITLE_SEP.finditer(title))
    start = seps[cut_head - 1].end() if cut_head else 0
    end = seps[len(seps) - cut_tail].start() if cut_tail else len(title)
    return title[start:end].strip() or title


def clean_authors(values: Iterable[str]) -> list[str]:
    """Person names from author fields: "By", roles, e-mails, URLs and duplicates removed.

    >>> clean_authors(["By Jane Doe, Staff Writer", "jane@example.com"])
    ['Jane Doe']
    """
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _EMAIL.sub(" ", _URLISH.sub(" ", _clean(value)))
        value = _clean(value).strip(" ,;|-–—:")
        if not value or len(value) > 200:
            continue
        parsed = byline(value)
        candidates = parsed if parsed is not None else _AUTHOR_SPLIT.split(value)
        for name in candidates:
            name = _clean(name).strip(" ,;|-–—:.")
            if name.startswith("@") or not name or _AUTHOR_JUNK.match(name):
                continue
            if not _NAME_CHARS.match(name) or len(name.split()) > 5:
                continue
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def _iso(value: Any) -> str | None:
    text = _clean(value)
    if not text:
        return None
    m = regex.match(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)", text)
    if m:
        return dates.iso_date(int(m[1]), int(m[2]), int(m[3]))
    found = dates.find(text)
    return found[0] if found else None


def _language(value: Any) -> str | None:
    m = regex.match(r"\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z]{2,4})?\s*$", _clean(value))
    return m.group(1).casefold() if m and len(m.group(1)) == 2 else None


#: Byline elements: those whose class names a byline or an author, ``rel=author`` and
#: ``itemprop=author``. Reaching them through their attributes reads far fewer nodes
#: than testing every element (the same elements, in document order).
_BYLINE_XPATH = etree.XPath(
    '(.//@class[contains(., "byline") or contains(., "author")]'
    ' | .//@rel[. = "author"] | .//@itemprop[. = "author"])/..'
)
#: Every byline element's attributes hold one of these words as written in the source.
_BYLINE_WORDS = ("author", "byline")


def _short_text(el: Any, limit: int) -> str:
    """The element's text, whitespace collapsed, or "" once it is longer than ``limit``.

    Reading stops there: a byline class on a wrapper of the whole article costs little.
    """
    parts: list[str] = []
    solid = 0  # characters other than whitespace: a lower bound of the collapsed length
    for piece in el.itertext():
        parts.append(piece)
        solid += len(piece) - sum(ch.isspace() for ch in piece)
        if solid > limit:
            return ""
    text = _clean(" ".join(parts))
    return text if len(text) <= limit else ""


def _visible_author(tree: Any, source: str | None = None) -> list[str]:
    """Names in the page's byline elements (``rel=author``, ``class="byline"``...).

    A page whose ``source`` holds neither word has no such element (a third of pages):
    the search over its tree is skipped.
    """
    if source is not None and not any(word in source for word in _BYLINE_WORDS):
        return []
    try:
        body = tree.find("body")
        found = _BYLINE_XPATH(body if body is not None else tree)
    except Exception:
        return []
    for el in found[:12]:
        text = _short_text(el, 120)
        if not text:
            continue
        names = clean_authors([text])
        if names and len(names) <= 4:
            return names
    return []


#: What htmldate's extensive search makes of a bare year (a copyright line, "© 2025"):
#: the first of January, which is never the page's date on the development sets.
_YEAR_ONLY = "-01-01"


def _find_date(tree: Any, url: str | None) -> str | None:
    """The page's date by htmldate's extensive search, as trafilatura reads it.

    The extensive search also reads dates in the visible text ("Published on 8 April
    2025") where the page declares none. A year alone, which it gives as the first of
    January, is not taken from the text: then only what the quick search finds is.
    """
    try:
        from htmldate import find_date

        found = None
        for extensive in (True, False):
            found = find_date(
                tree,
                url=url,
                extensive_search=extensive,
                original_date=True,
                outputformat="%Y-%m-%d",
            )
            if not (extensive and found and str(found).endswith(_YEAR_ONLY)):
                break
    except Exception:
        return None
    return str(found) if found else None


def extract(tree: Any, url: str | None = None, source: str | None = None) -> HtmlMeta:
    """The page's metadata, declared values first, the visible page for what is missing.

    ``source`` is the HTML ``tree`` was parsed from, if at hand: it lets searches that
    cannot match be skipped.
    """
    meta = HtmlMeta()
    tags = meta_tags(tree)
    ld = jsonld(tree)

    def first(keys: Iterable[str]) -> str | None:
        for key in keys:
            if tags.get(key):
                return tags[key]
        return None

    def source_of(ld_key: str, keys: Iterable[str]) -> str:
        """Where a declared value was read: JSON-LD or the first meta tag that has it."""
        if ld.get(ld_key):
            return "JSON-LD"
        return next((f"<meta {key}>" for key in keys if tags.get(key)), "")

    site = _clean(ld.get("site") or first(SITE_KEYS) or "").lstrip("@") or None
    hostname = from_url(url)
    meta.site = site or hostname
    if meta.site:
        meta.evidence["site"] = source_of("site", SITE_KEYS) if site else "the URL's host"

    h1 = tree.find(".//h1")
    meta.headline = _clean(" ".join(h1.itertext())) if h1 is not None else None
    title_el = tree.find(".//title")
    page_title = _clean(title_el.text_content()) if title_el is not None else ""
    raw_title = _clean(ld.get("title") or first(TITLE_KEYS) or page_title or meta.headline or "")
    meta.title = clean_title(raw_title, site, hostname) or None
    # The visible headline wins when the declared title merely wraps it in more words
    # ("Storm hits coast - Local News - Example Times" around "Storm hits coast").
    head = meta.headline
    if head and meta.title and 3 <= len(head.split()) <= 30 and _squash(head) in _squash(raw_title):
        meta.title = head
    if meta.title:
        where = source_of("title", TITLE_KEYS) or ("<title>" if page_title else "<h1>")
        meta.evidence["title"] = "<h1>" if meta.title == head else where

    authors = ld.get("authors") or []
    if not authors and (declared := first(AUTHOR_KEYS)):
        authors = [declared]
    meta.authors = clean_authors(authors) or _visible_author(tree, source)
    if meta.authors:
        declared_by = source_of("authors", AUTHOR_KEYS)
        meta.evidence["authors"] = declared_by if clean_authors(authors) else "a byline element"

    found_date = _find_date(tree, url)
    meta.date = found_date or _iso(ld.get("date")) or _iso(first(DATE_KEYS))
    if meta.date:
        meta.evidence["date"] = "htmldate" if found_date else source_of("date", DATE_KEYS)

    html_lang = tree.get("lang") if tree.tag == "html" else None
    if html_lang is None:
        root = tree.getroottree().getroot()
        html_lang = root.get("lang") or root.get("xml:lang")
    meta.language = (
        _language(html_lang) or _language(ld.get("language")) or _language(first(LANG_KEYS))
    )
    if meta.language:
        meta.evidence["language"] = (
            "<html lang>" if _language(html_lang) else source_of("language", LANG_KEYS)
        )
    return meta
