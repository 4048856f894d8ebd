"""The site or publisher, where the page names itself.

Sources, most trusted first: the copyright line ("© 2025 Example Media Ltd."), a
promotion of the site's sister sites ("Skip to more DW sites"), a teaser heading
("Example's Top Story"), "More stories from Example", a " | Example" suffix on the
headline line, and last the host of the page's URL when the caller gives one.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

import regex

from cleantext.blocks import Block
from cleantext.cues.meta import LEGAL_SUFFIXES, NOT_SITE_WORDS

MAX_LINE = 200
MAX_WORDS = 5

_NOT_SITE = frozenset(NOT_SITE_WORDS)
_LEGAL = "|".join(regex.escape(s) for s in sorted(LEGAL_SUFFIXES, key=len, reverse=True))
_NAME = r"(?P<site>(?-i:[\p{Lu}\d])[\w.&'’ -]{0,40}?)"
PATTERNS = (
    regex.compile(
        r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?,?\s*)?(?:by\s+)?"
        + _NAME
        + r"(?:,?\s+(?:"
        + _LEGAL
        + r")\b\.?)?(?:\s+[-–—|:•]\s.*|[.,]?\s*all rights reserved.*|\s*\|.*|\.)?$",
        regex.I,
    ),
    regex.compile(
        r"^(?:skip to )?(?:more|other) (?P<site>[\w.&'’ -]{1,30}?) (?:sites|websites)$", regex.I
    ),
    regex.compile(
        r"^(?:skip next section )?(?P<site>[\w.&' -]{1,30}?)['’]s top stor(?:y|ies)$", regex.I
    ),
    regex.compile(
        r"^(?:skip next section )?more (?:stories|news|articles) from (?:the )?(?P<site>[\w.&' -]{1,30}?)$",
        regex.I,
    ),
)
# "Headline | Site", "Headline - Site", "Headline · Site", "Headline — Site".
_SUFFIX = regex.compile(r"^(?P<head>.{10,}?)\s+[|\-–—·:]\s+(?P<site>[^|\-–—·:]{2,40})$")


def _clean(name: str) -> str | None:
    """The name without a trailing year or the site's links ("Example Privacy Policy")."""
    words = name.strip(" .-,|").split()
    for i, word in enumerate(words):
        if i and word.casefold().strip(".,") in _NOT_SITE:
            words = words[:i]
            break
    while words and regex.fullmatch(r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?[.,]?", words[-1]):
        words.pop()
    name = " ".join(words).strip(" .-,|")
    if not 1 <= len(words) <= MAX_WORDS or not any(ch.isalpha() for ch in name):
        return None
    if len(words) == 1 and name.casefold() in _NOT_SITE:
        return None  # "Copyright Notice"
    return name


def from_lines(blocks: Iterable[Block]) -> tuple[str, str] | None:
    """``(site, evidence line)`` where a line of the page names its publisher, or None."""
    best: tuple[int, str, str] | None = None
    for block in blocks:
        if len(block.text) > MAX_LINE:
            continue
        found = _named(block.text)
        if found is not None and (best is None or found[0] < best[0]) and found[1]:
            best = (found[0], found[1], block.text)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=4096)
def _named(line: str) -> tuple[int, str | None] | None:
    """``(rank, name)`` of the first pattern that matches ``line`` (the name None when it
    cleans to nothing), or None; remembered, as re-cleaning reads the same lines again.
    """
    for rank, pattern in enumerate(PATTERNS):
        m = pattern.match(line)
        if m:
            return rank, _clean(m.group("site"))
    return None


def host(url: str | None) -> str | None:
    """The host of a URL (or of a bare ``host/path``), lower-cased, without ``www.``.

    ``"https://www.Example.com/a"`` -> ``"example.com"``; ``"example.com"`` -> itself;
    ``None``, a URL without a host or one that does not parse -> None.
    """
    if not isinstance(url, str) or not url.strip():  # None, or a dataframe's missing value
        return None
    url = url.strip()
    try:
        if "://" in url:
            name = urlsplit(url).hostname or ""
        elif url.startswith("//"):
            name = urlsplit("http:" + url).hostname or ""
        else:
            name = url.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    except ValueError:
        return None
    name = name.casefold().rstrip(".")
    return name.removeprefix("www.") or None


_EDITION = regex.compile(r"^(?:www\d?|m|amp|mobile)\.")


def from_url(url: str | None) -> str | None:
    """The site's name from its URL: the host without ``www.`` or a mobile edition's prefix.

    ``"https://m.DailyNews.example/a"`` -> ``"dailynews.example"``; a host without a dot
    (``localhost``) names no site.
    """
    name = host(url)
    if name is None:
        return None
    name = _EDITION.sub("", name)
    return name if "." in name else None


def _same(a: str, b: str) -> bool:
    """Two spellings of one name: "DW" and "dw.com", "The Example" and "example"."""

    def key(s: str) -> str:
        s = regex.sub(r"^the\s+", "", s.casefold())
        s = regex.sub(r"\.(?:com|org|net|co\.uk|de|fr|[a-z]{2})$", "", s)
        return str(regex.sub(r"[\W_]+", "", s))

    return bool(key(a)) and key(a) == key(b)


def split_suffix(line: str, known: Iterable[str] = ()) -> tuple[str, str] | None:
    """``(headline, site)`` when ``line`` ends in a site's name after a separator.

    The suffix counts when it names a site already known (from the copyright line or the
    URL), or when the separator is a pipe: a dash may as well join two halves of a
    headline ("Obama - the interview").

    >>> split_suffix("Soyuz docks at ISS | Example News")
    ('Soyuz docks at ISS', 'Example News')
    """
    m = _SUFFIX.match(line.strip())
    if not m:
        return None
    head, name = m.group("head").strip(), m.group("site").strip()
    sep = line.strip()[len(head) :].lstrip()[:1]
    if len(name.split()) > 4 or not (name[:1].isupper() or name[:1].isdigit()):
        return None
    if any(_same(name, k) for k in known if k) or (sep == "|" and len(name.split()) <= 3):
        return head, name
    return None
