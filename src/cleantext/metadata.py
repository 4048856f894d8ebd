"""Metadata from the lines around the article: title, authors, date, site.

The header (the lines just above the article's first paragraph) holds the headline,
the byline and the dateline; the footer and menus name the site. Each field records the
line it came from in ``evidence``, and the header lines it used are removed from the
body with a ``byline.*`` rule, so nothing is lost: it moves into metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import dates
from .blocks import HEADING, Block
from .cues.meta import (
    AGENCY_NAMES,
    BYLINE_PREFIXES,
    DATELINE_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    ROLE_WORDS,
)

HEADER_REACH = 25  # blocks above the article searched for headline, byline and dateline

_PARTICLES = "|".join(NAME_PARTICLES)
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)"
NAME = regex.compile(rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD}){{1,3}}")
_PREFIX = regex.compile(
    r"^(?:" + "|".join(regex.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True)) + r")(?:\s+|(?<=:))",
    regex.I,
)
_AGENCY = set(AGENCY_NAMES)
_ROLE = regex.compile(
    r"(?:,|\s[-–—|]|\s)\s*(?:(?:an?|the)\s+)?(?:senior\s+|chief\s+|staff\s+|special\s+|foreign\s+|political\s+|science\s+)?(?:"
    + "|".join(regex.escape(r) for r in sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\b.*$",
    regex.I,
)
_WITH_AGENCIES = regex.compile(
    r"\s+(?:with|and|mit|avec|con|com|met|z|с)\s+((?:[\w.]+(?:\s+[\w.]+)?(?:,\s*|\s+(?:and|und|et|y|e|en|i|и)\s+)?){1,5})\s*$",
    regex.I,
)
_JOIN = regex.compile(r"\s*(?:,|;|\s(?:" + "|".join(regex.escape(j) for j in NAME_JOINERS) + r")\s)\s*", regex.I)
_WORD = regex.compile(r"[\w.]+")
_DATELINE_WORDS = set(DATELINE_WORDS)
_TIME = regex.compile(r"^\d{1,2}([:.h]\d{2})?([:.]\d{2})?(am|pm|h|uhr)?$", regex.I)


@dataclass
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)


def dateline(text: str) -> str | None:
    """The ISO date of a line that is little more than a date, or None.

    >>> dateline("Updated: Friday, April 18, 2025 10:47 GMT")
    '2025-04-18'
    """
    if len(text) > 120:
        return None
    found = dates.find(text)
    if not found:
        return None
    iso, m = found
    rest = (text[: m.start()] + " " + text[m.end() :]).casefold()
    other = [
        w
        for w in _WORD.findall(rest)
        if w.strip(".") not in _DATELINE_WORDS and not _TIME.match(w) and not w.isdigit()
    ]
    return iso if len(other) <= 2 else None


def _agencies_only(text: str) -> bool:
    parts = [p for p in _JOIN.split(text.strip(" .")) if p]
    return bool(parts) and all(p.casefold().strip(" .") in _AGENCY for p in parts)


def byline(text: str, *, bare: bool = False) -> list[str] | None:
    """The person names of a byline, or None when ``text`` is not one.

    A byline starts with a prefix ("By", "Von", "Par"...), or ends with the agencies or
    the role of its author ("Jane Doe with Reuters and AFP", "Jane Doe, Staff Writer").
    With ``bare=True`` a line of names alone counts too (used next to a dateline).

    >>> byline("Timothy Jones with Reuters and AFP")
    ['Timothy Jones']
    """
    if len(text) > 150:
        return None
    rest = text.strip()
    marked = False
    m = _PREFIX.match(rest)
    if m:
        rest, marked = rest[m.end() :].strip(), True
    m = _WITH_AGENCIES.search(rest)
    if m and _agencies_only(m.group(1)):
        rest, marked = rest[: m.start()], True
    m = _ROLE.search(rest)
    if m and m.start() > 0:
        rest, marked = rest[: m.start()], True
    if not (marked or bare):
        return None
    names: list[str] = []
    for part in _JOIN.split(rest.strip(" .,|-–—")):
        part = part.strip(" .,:|")
        if not part or part.casefold() in _AGENCY:
            continue
        if not NAME.fullmatch(part):
            return None
        names.append(part)
    return names or None


def is_title_like(block: Block) -> bool:
    """Could this line be a headline? A few words, no closing colon, not a date."""
    text = block.text
    words = len(text.split())
    if not 2 <= words <= 30 or len(text) > 250 or text.endswith((":", ",")):
        return False
    if block.links and block.link_chars > 0.5 * len(text):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return not dateline(text)


_SITE_PATTERNS = (
    regex.compile(
        r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?,?\s*)?(?:by\s+)?(?P<site>(?-i:\p{Lu})[\w.&' -]{0,40}?)(?:\s+[-–|:]\s.*|[.,]\s*all rights reserved.*|\s+all rights reserved.*|[.,]?\s*(?:inc|ltd|llc|gmbh|s\.a|plc)\b.*|\.)?$",
        regex.I,
    ),
    regex.compile(r"^(?:skip to )?more (?P<site>[\w.&' -]{1,30}?) (?:sites|websites)$", regex.I),
    regex.compile(r"^(?:skip next section )?(?P<site>[\w.&' -]{1,30}?)['’]s top stor(?:y|ies)$", regex.I),
    regex.compile(r"^(?:skip next section )?more (?:stories|news|articles) from (?:the )?(?P<site>[\w.&' -]{1,30}?)$", regex.I),
)


def site(blocks: list[Block]) -> tuple[str, str] | None:
    """``(site, evidence line)`` where the page names its publisher, or None."""
    best: tuple[int, str, str] | None = None
    for block in blocks:
        if len(block.text) > 200:
            continue
        for rank, pattern in enumerate(_SITE_PATTERNS):
            if best is not None and rank >= best[0]:
                break
            m = pattern.match(block.text)
            if m:
                name = m.group("site").strip(" .-,")
                if 1 <= len(name.split()) <= 5 and any(ch.isalpha() for ch in name):
                    best = (rank, name, block.text)
                break
    return (best[1], best[2]) if best else None


def extract(blocks: list[Block], start: int) -> Meta:
    """Read title, authors and date from the header above ``blocks[start]``; site from all.

    Header lines used are marked ``byline.title``, ``byline.author`` and ``byline.date``.
    """
    meta = Meta()
    header = blocks[max(0, start - HEADER_REACH) : start]
    title_block: Block | None = None
    for block in reversed(header):
        text = block.text
        if block.drop is not None and block.drop[1] != "byline":
            continue
        if meta.date is None and (iso := dateline(text)):
            meta.date, meta.evidence["date"] = iso, text
            block.mark("byline.date", "byline")
            continue
        if not meta.authors and (names := byline(text)):
            meta.authors, meta.evidence["authors"] = names, text
            block.mark("byline.author", "byline")
            continue
        if block.dropped:
            continue
        if title_block is None and is_title_like(block):
            # A bare name right next to the dateline is the byline, not the headline.
            if not meta.authors and meta.date and (names := byline(text, bare=True)) and len(names) <= 3 and block.kind != HEADING:
                meta.authors, meta.evidence["authors"] = names, text
                block.mark("byline.author", "byline")
                continue
            title_block = block
    if title_block is not None:
        meta.title, meta.evidence["title"] = title_block.text, title_block.text
        wanted = " ".join(title_block.text.casefold().split())
        for block in blocks:
            if " ".join(block.text.casefold().split()) == wanted:
                block.mark("byline.title", "byline")
    found = site(blocks)
    if found:
        meta.site, meta.evidence["site"] = found
    return meta


_BIO = regex.compile(
    r"^\s*(?:is|was|,)?\s*(?:an?\s+|the\s+)?(?:(?:senior|chief|staff|award-winning|freelance|contributing|former)\s+)*(?:"
    + "|".join(regex.escape(r) for r in sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\b",
    regex.I,
)


def drop_author_bios(blocks: list[Block], authors: list[str], after: int) -> None:
    """Remove lines after the article that introduce one of its authors ("Jane Doe is a writer...")."""
    if not authors:
        return
    for block in blocks[after:]:
        if block.dropped:
            continue
        for name in authors:
            if block.text.startswith(name) and _BIO.match(block.text[len(name) :]):
                block.keep = False
                block.mark("footer.author_bio", "footer")
                break
