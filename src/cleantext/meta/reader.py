"""Metadata from the lines around the article: title, authors, date, site.

The header (the lines around the article's first paragraph) holds the headline, the
byline and the dateline; the footer and menus name the site. The headline is chosen
first (:mod:`cleantext.meta.title`); the byline and dateline are then the ones nearest to
it, below it first. Each field records the line it came from in ``evidence``, and the
header lines used are removed from the body with a ``byline.*`` rule, so nothing is
lost: it moves into metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypedDict

import regex

from cleantext.blocks import HEADING, ITEM, Block
from cleantext.cues.meta import ROLE_WORDS
from cleantext.meta import authors as _authors
from cleantext.meta import dates
from cleantext.meta import language as _language
from cleantext.meta import site as _site
from cleantext.meta import title as _title
from cleantext.text import frontmatter as _frontmatter
from cleantext.text import shapes as _shapes
from cleantext.text.prose import sentence_end

BELOW_TITLE = 8  # blocks under the headline searched for its byline and dateline
ABOVE_TITLE = 4  # and above it (kickers, breadcrumbs with the date)
NAME_UNDER_TITLE = 3  # lines under the headline where a name alone is its byline
MAX_STANDFIRST = 250  # a longer line under the headline is the article itself
REPEAT_REACH = 40  # blocks below the headline searched for its repeat
PREFIXED_REACH = 200  # blocks below the article start still searched for a "By ..." line
DATE_BELOW_START = 30  # blocks below the article start where a date may still be its own
DATE_BELOW_END = 5  # blocks below the article's last where its date may be written
MAX_DATED_LINE = 160  # a longer line with a date is prose that mentions one
_SENTENCE = sentence_end(stop=True)  # "They launched on April 8, 2025." mentions a date
# Rules whose lines may still hold metadata: the byline family marks the header lines,
# a relative time or reading time sits next to the author's name.
_META_RULES = ("byline.reading_time", "byline.relative_time")
_MARKER_CHARS = 40  # a role or a clock time alone on a line is short

# Re-exported: the line-level readers, for callers that only need one of them.
dateline = dates.dateline
is_title_like = _title.is_title_like


@dataclass
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)


def from_front_matter(lines: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The metadata fields front-matter lines give, and the line each came from.

    The author's own metadata: title, authors (``author:`` too), an ISO date (any date
    form the page readers understand), site and language, as written otherwise.
    """
    meta: dict[str, Any] = {}
    evidence: dict[str, str] = {}
    for name, (items, line) in _frontmatter.values(lines).items():
        if name == "authors":
            value: Any = items
        elif name == "date":
            value = dates.find(items[0])
            value = value[0] if value else None
        else:
            value = items[0]
        if value:
            meta[name] = value
            evidence[name] = line
    return meta, evidence


def byline(text: str, *, bare: bool = False) -> list[str] | None:
    """The person names of a byline, or None when ``text`` is not one.

    >>> byline("Timothy Jones with Reuters and AFP")
    ['Timothy Jones']
    """
    found = _authors.parse(text, bare=bare)
    return list(found.names) if found else None


@dataclass(frozen=True)
class _Line:
    """What one header line says: a date, a byline, or that it sits beside an author's name."""

    index: int
    date: str | None = None
    names: tuple[str, ...] = ()
    marker: bool = False  # reading time, relative time: next to a bare name
    prefixed: bool = False  # "By ..."
    owned: bool = False  # the copyright holder's line: the site's, it stays where it is


def _usable(block: Block) -> bool:
    """Not removed by a rule of another family (a menu, a related-articles block).

    A credit rule may have taken a byline for a photo credit ("by Jane Doe (reporting)
    and John Roe (photography)"), so media lines are read too.
    """
    return block.drop is None or block.drop[1] in ("byline", "boilerplate", "media")


def _read_lines(blocks: Sequence[Block], lo: int, hi: int) -> list[_Line]:
    lines: list[_Line] = []
    for i in range(max(0, lo), min(len(blocks), hi)):
        block = blocks[i]
        if block.drop is not None and block.drop[0] in _META_RULES:
            lines.append(_Line(i, marker=True))
            continue
        if not _usable(block):
            continue
        text = block.text
        if (
            len(text) <= _MARKER_CHARS
            and block.kind != ITEM  # a menu's entry ("Editors' picks"), not a job
            and (_authors.is_role_line(text) or dates.is_time_line(text))
        ):
            lines.append(_Line(i, marker=True))  # "Games Editor", "1:39 PM ET" under a name
            continue
        found = _authors.parse(text)
        if found is None and _authors.is_prefix_only(text) and i + 1 < len(blocks):
            # "By" on a line of its own, the names on the next.
            found = _authors.parse(f"{text} {blocks[i + 1].text}")
        if found:
            lines.append(_Line(i, date=found.date, names=found.names, prefixed=found.prefixed))
        elif iso := dates.dateline(text):
            lines.append(_Line(i, date=iso))
    return lines


def _bare_author(blocks: Sequence[Block], lines: list[_Line], lo: int, hi: int) -> _Line | None:
    """A line of names alone, right next to a dateline or a reading time, in ``blocks[lo:hi]``."""
    beside = {ln.index for ln in lines if ln.marker or (ln.date and not ln.names)}
    for i in range(max(0, lo), min(len(blocks), hi)):
        block = blocks[i]
        if not _usable(block) or block.kind == HEADING or i in beside:
            continue
        if not any(0 < abs(j - i) <= 2 for j in beside):
            continue
        found = _authors.parse(block.text, bare=True)
        if found and len(found.names) <= 3 and _proper(found.names, blocks):
            return _Line(i, names=found.names)
    return None


# A word in small letters; not part of an address ("jane@janedoe.com", "janedoe.com/about").
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d'’@./_-])\p{Ll}[\p{L}'’-]{1,30}(?![\p{L}\d@_/]|\.\w)")


def _proper(names: Sequence[str], blocks: Sequence[Block]) -> bool:
    """Names alone on a line are names only if proper: none of their words is written in
    lower case elsewhere on the page ("Buy Now" is a button, "buy" a word).
    """
    wanted = {w.casefold() for name in names for w in name.split() if len(w) > 2}
    return all(wanted.isdisjoint(_lower_words(block.text)) for block in blocks)


SERIES = 2  # a shape this many times on the page is a series, not the article's header


def _in_series(blocks: Sequence[Block], index: int, *, distinct: bool = False) -> bool:
    """Whether the line ``blocks[index]`` shares its shape with another line of the page:
    one of many comment or post signatures, or teaser dates, not the article's own.

    Taking the first of a series would leave the next one first: a cleaned body would
    lose one entry more each time it is cleaned again. With ``distinct``, one copy of
    the same text is the same line written again (a post's date at its head and its
    foot), not another entry; more copies are a series (teasers of one day).
    """
    text = blocks[index].text
    want = _shapes.shape(text)
    if not _shapes.telling(want):
        return False  # names alone ("By Jane Doe"): any two bylines share that shape
    others = copies = 0
    for i, block in enumerate(blocks):
        if i != index and len(block.text) <= _shapes.MAX_CHARS and _usable(block):
            if _shapes.shape(block.text) != want:
                continue
            if distinct and block.text == text:
                copies += 1
            else:
                others += 1
                if others >= SERIES - 1:
                    return True
    return copies > 1 and copies >= SERIES - 1


MEMO_CHARS = 2_000  # longer lines are read afresh: the memo stays small


def _lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in lower case (remembered for short lines)."""
    if len(text) > MEMO_CHARS:
        return frozenset(_LOWER_WORD.findall(text))
    return _lower_words_of_line(text)


@lru_cache(maxsize=2048)
def _lower_words_of_line(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def _prefixed_byline(blocks: Sequence[Block], ref: int, hi: int) -> _Line | None:
    """Last resort: the "By ..." line nearest the headline, anywhere above ``blocks[hi]``.

    Only lines no rule of another family removed: never a comment's "Posted by" or a
    related teaser's byline.
    """
    best: _Line | None = None
    for i in range(min(len(blocks), max(0, hi))):
        block = blocks[i]
        if not _usable(block) or not _authors.PREFIX.match(block.text):
            continue
        if block.after_end is not None and block.after_end[1] in ("comments", "related"):
            continue  # under "Your Comments", "Related Articles": a commenter, a teaser
        text = block.text
        if _authors.is_prefix_only(text) and i + 1 < len(blocks):
            text = f"{text} {blocks[i + 1].text}"  # "By" alone, the names below
        found = _authors.parse(text)
        if not found or not found.prefixed or _in_series(blocks, i):
            continue
        if best is None or abs(i - ref) < abs(best.index - ref):
            best = _Line(i, date=found.date, names=found.names, prefixed=True)
    return best


def _dated_header(
    blocks: Sequence[Block],
    ref: int,
    hi: int,
    stopwords: Collection[str],
    known: Collection[str],
) -> _title.Chosen | None:
    """A headline with a dateline right under it and prose right under that, below
    ``blocks[ref + BELOW_TITLE]`` and above ``blocks[hi]``: the header of an article the
    span selection started above.
    """
    for i in range(max(0, ref + BELOW_TITLE + 1), min(len(blocks), hi)):
        block = blocks[i]
        if not _usable(block) or len(block.text) > dates.MAX_DATELINE:
            continue
        if block.after_end is not None and block.after_end[1] in ("comments", "related"):
            continue
        if dates.dateline(block.text) is None or _in_series(blocks, i):
            continue
        below = next((b for b in blocks[i + 1 : i + 4] if not b.dropped), None)
        if below is None or not _title.is_prose(below, stopwords):
            continue  # a teaser's date: no article under it
        near = _title.choose(blocks, i + 1, stopwords=stopwords, anchors=[i], exclude=known)
        if near is not None and 0 < i - near.candidate.index <= ABOVE_TITLE:
            return near
    return None


def _name_under_title(blocks: Sequence[Block], ref: int) -> _Line | None:
    """A line of one or two names alone, right under the headline (a standfirst between)."""
    for i in range(ref + 1, min(ref + 1 + NAME_UNDER_TITLE, len(blocks))):
        block = blocks[i]
        if block.dropped or block.kind == HEADING:
            continue
        if len(block.text) > MAX_STANDFIRST or block.text.endswith(":") or block.kind == ITEM:
            break  # the article has begun: a paragraph, a list and what introduces it
        found = _authors.parse(block.text, bare=True)
        if found and len(found.names) <= 2 and _proper(found.names, blocks):
            return _Line(i, names=found.names)
    return None


def _title_lines(blocks: Sequence[Block], chosen: _title.Chosen | None) -> list[int]:
    """The headline's block and the blocks below it that repeat it (a second heading)."""
    if chosen is None:
        return []
    ref = chosen.candidate.index
    key = " ".join(chosen.candidate.text.casefold().split())
    found = [ref]
    for i in range(ref + 1, min(len(blocks), ref + REPEAT_REACH)):
        text = blocks[i].text
        if len(text) <= 2 * len(key) and " ".join(text.casefold().split()) == key:
            found.append(i)
    return found


def _owner(blocks: Sequence[Block], holder: str, evidence: str) -> int | None:
    """The block that names the copyright holder alone or in a byline, when the holder is
    a person: a personal site's owner writes its articles.
    """
    if not _authors.is_name(holder) or len(holder.split()) > 3:
        return None
    for i, block in enumerate(blocks):
        text = block.text
        if holder in text and text != evidence and _usable(block):
            found = _authors.parse(text, bare=True)
            if found and holder in found.names:
                return i
    return None


def _nearest(
    lines: list[_Line], ref: int, want: str, reach: tuple[int, int] = (ABOVE_TITLE, BELOW_TITLE)
) -> _Line | None:
    """The line with a ``want`` ("date" or "names") nearest to ``ref``, below it first.

    ``reach`` is how far above and below ``ref`` to look, in blocks.
    """
    below = [ln for ln in lines if getattr(ln, want) and ref < ln.index <= ref + reach[1]]
    if below:
        return min(below, key=lambda ln: ln.index)
    above = [ln for ln in lines if getattr(ln, want) and ref - reach[0] <= ln.index <= ref]
    return max(above, key=lambda ln: ln.index) if above else None


class _Signs(TypedDict):
    stopwords: Collection[str]
    anchors: Collection[int]
    bylines: Collection[int]
    exclude: Collection[str]


def _header(blocks: Sequence[Block], start: int) -> tuple[int, list[_Line]]:
    """The first block of the header window above ``blocks[start]``, and what its lines say."""
    lo = start
    kept = 0
    while lo > 0 and kept < _title.REACH_ABOVE:
        lo -= 1
        kept += not blocks[lo].dropped
    return lo, _read_lines(blocks, lo, start + _title.REACH_BELOW + BELOW_TITLE)


def _headline_signs(lines: list[_Line], language: str | None, known: list[str]) -> _Signs:
    """What :func:`cleantext.meta.title.choose` weighs besides the lines: stopwords, the
    header's bylines and datelines, and the site's names (never the headline).
    """
    return _Signs(
        stopwords=_language.stopwords(language),
        anchors=[ln.index for ln in lines if not ln.marker],
        bylines=[ln.index for ln in lines if ln.prefixed],
        exclude=known,
    )


def headline_contenders(
    blocks: list[Block], start: int, *, url: str | None = None, language: str | None = None
) -> tuple[_title.Context, list[_title.Candidate]]:
    """The headline candidates around ``blocks[start]`` and their context, as
    :func:`extract` first weighs them (``tools/fit_title_weights.py`` fits on these).
    """
    found_site = _site.from_lines(blocks)
    known = [s for s in (found_site[0] if found_site else None, _site.from_url(url)) if s]
    lines = _header(blocks, start)[1]
    return _title.contenders(blocks, start, **_headline_signs(lines, language, known))


def _written_headline(
    blocks: Sequence[Block], lo: int, start: int, title: str
) -> _title.Chosen | None:
    """The header line that is ``title`` (the headline known beforehand), or None.

    Known, it outweighs any headline further down a far byline could suggest.
    """
    key = " ".join(title.casefold().split())
    for i in range(max(0, lo), min(len(blocks), start + _title.REACH_BELOW)):
        if " ".join(blocks[i].text.casefold().split()) == key:
            return _title.Chosen(_title.Candidate(i, blocks[i].text), float("inf"))
    return None


@dataclass
class _Header:
    """The page's header as the byline strategies read it; a strategy that finds the
    article's real header further down moves ``chosen``, ``ref`` and ``lines`` there."""

    blocks: list[Block]
    start: int  # the article's first block
    lo: int  # the header window's first block
    lines: list[_Line]  # what the header's lines say
    chosen: _title.Chosen | None  # the headline
    ref: int  # the headline's block (the one above the start when there is none)
    stopwords: Collection[str]
    known: list[str]  # the site's names: never a headline
    found_site: tuple[str, str] | None

    def anchor(self, chosen: _title.Chosen) -> None:
        """Move the header to ``chosen``, a headline further down, and read its lines."""
        self.chosen, self.ref = chosen, chosen.candidate.index
        self.lines = _read_lines(self.blocks, self.ref - ABOVE_TITLE, self.ref + BELOW_TITLE + 1)


def _byline_by_headline(h: _Header) -> _Line | None:
    """A byline nearest the headline, below it first."""
    return _nearest(h.lines, h.ref, "names")


def _name_by_headline(h: _Header) -> _Line | None:
    """A bare name beside a dateline or a reading time under the headline."""
    return _bare_author(h.blocks, h.lines, h.ref + 1, h.ref + BELOW_TITLE)


def _name_under_headline(h: _Header) -> _Line | None:
    """A name alone right under the headline or under its repeat."""
    return next(
        (n for r in _title_lines(h.blocks, h.chosen) if (n := _name_under_title(h.blocks, r))),
        None,
    )


def _byline_by_start(h: _Header) -> _Line | None:
    """A byline nearest the article's start, anywhere in the header window."""
    return _nearest(h.lines, h.start - 1, "names", reach=(h.start - h.lo, _title.REACH_BELOW))


def _name_in_header(h: _Header) -> _Line | None:
    """A bare name beside a dateline or a reading time anywhere in the header window."""
    return _bare_author(h.blocks, h.lines, h.lo, h.start + _title.REACH_BELOW)


def _far_byline(h: _Header) -> _Line | None:
    """A "By ..." line further down. Far from the chosen header it marks the real one:
    the article the span selection missed starts under it, its headline just above."""
    far = _prefixed_byline(h.blocks, h.ref, h.start + PREFIXED_REACH)
    if far is None or 0 < far.index - h.ref <= BELOW_TITLE:
        return far
    near = _title.choose(
        h.blocks,
        far.index + 1,
        stopwords=h.stopwords,
        anchors=[far.index],
        bylines=[far.index],
        exclude=h.known,
    )
    if (
        near is not None
        and 0 < far.index - near.candidate.index <= ABOVE_TITLE
        and (h.chosen is None or near.score >= h.chosen.score)
    ):
        h.anchor(near)
    return far


def _byline_by_dated_header(h: _Header) -> _Line | None:
    """With neither byline nor dateline by the headline, a dateline further down under a
    headline and over the article's prose marks the header missed: its byline, if any."""
    if _nearest(h.lines, h.ref, "date") is not None:
        return None
    found = _dated_header(h.blocks, h.ref, h.start + PREFIXED_REACH, h.stopwords, h.known)
    if found is None or (h.chosen is not None and found.score < h.chosen.score):
        return None
    h.anchor(found)
    return _nearest(h.lines, h.ref, "names")


def _site_owner(h: _Header) -> _Line | None:
    """The copyright holder, when a person the page also names alone or in a byline."""
    if h.found_site is None or (owner := _owner(h.blocks, *h.found_site)) is None:
        return None
    return _Line(owner, names=(h.found_site[0],), owned=True)


#: Where the authors are looked for, in order; the first that finds them names itself in
#: ``evidence["authors_by"]``. A strategy may move the header to the article's real one
#: further down (:meth:`_Header.anchor`), which the headline and the date then follow.
BYLINE_STRATEGIES: tuple[tuple[str, Callable[[_Header], _Line | None]], ...] = (
    ("byline_by_headline", _byline_by_headline),
    ("name_by_headline", _name_by_headline),
    ("name_under_headline", _name_under_headline),
    ("byline_by_start", _byline_by_start),
    ("name_in_header", _name_in_header),
    ("far_byline", _far_byline),
    ("byline_by_dated_header", _byline_by_dated_header),
    ("site_owner", _site_owner),
)


def extract(
    blocks: list[Block],
    start: int,
    *,
    url: str | None = None,
    language: str | None = None,
    end: int | None = None,
    title: str | None = None,
    headline_stays: bool = False,
) -> Meta:
    """Read title, authors and date around ``blocks[start]``; site from all lines and ``url``.

    Header lines used are marked ``byline.title``, ``byline.author`` and ``byline.date``.
    ``end`` is the article's last block, under which a page may write its date. The
    authors come from the first of :data:`BYLINE_STRATEGIES` that finds any. ``title``
    is the page's headline when its front matter gives it: then the headline is that
    line, if the header repeats it, and never another (a first subheading).
    ``headline_stays``: the text opens with its article (an earlier cleaning took the
    page's headline out), so the line read as the headline is the article's own (a
    subtitle, a lead) and stays, offered as the title; a Markdown ``#`` line still goes.
    """
    meta = Meta()
    found_site = _site.from_lines(blocks)
    host = _site.from_url(url)
    known = [s for s in (found_site[0] if found_site else None, host) if s]

    lo, lines = _header(blocks, start)
    if title is not None:
        chosen = _written_headline(blocks, lo, start, title)
    else:
        chosen = _title.choose(blocks, start, **_headline_signs(lines, language, known))
    h = _Header(
        blocks=blocks,
        start=start,
        lo=lo,
        lines=lines,
        chosen=chosen,
        ref=chosen.candidate.index if chosen else start - 1,
        stopwords=_language.stopwords(language),
        known=known,
        found_site=found_site,
    )
    for name, strategy in BYLINE_STRATEGIES:
        by = strategy(h)
        if by is not None:
            meta.authors, meta.evidence["authors"] = list(by.names), blocks[by.index].text
            meta.evidence["authors_by"] = name
            # A post's signature stays with its post; a copyright line is the site's.
            if not by.owned and not _in_series(blocks, by.index):
                blocks[by.index].mark("byline.author", "byline")
            break
    chosen, ref, lines = h.chosen, h.ref, h.lines
    when = _nearest(lines, ref, "date")
    if when is not None and when.date:
        meta.date, meta.evidence["date"] = when.date, blocks[when.index].text
        if not _in_series(blocks, when.index):  # a dated list's entry stays in the list
            blocks[when.index].mark("byline.date", "byline")

    if meta.date is None and (written := _written_date(blocks, lo, start, end)) is not None:
        meta.date, meta.evidence["date"] = written

    if chosen is not None:
        text = chosen.candidate.text
        block = blocks[chosen.candidate.index]
        if chosen.candidate.cell and (lead := _title.dated_lead(block.text)) and lead[1] == text:
            # "Wednesday, 09 January 2008 Headline": the header's dateline and headline.
            if meta.date is None:
                meta.date, meta.evidence["date"] = lead[0], block.text
            if not headline_stays:
                block.mark("byline.title", "byline")
        split = _site.split_suffix(text, known)
        meta.title = split[0] if split else text
        meta.evidence["title"] = text
        if split and not found_site:
            found_site = (split[1], text)
        _drop_title_lines(blocks, {text, meta.title}, headings_only=headline_stays)
    if found_site:
        meta.site, meta.evidence["site"] = found_site
    elif host:
        meta.site, meta.evidence["site"] = host, url or host
    return meta


def _written_date(
    blocks: Sequence[Block], lo: int, start: int, end: int | None
) -> tuple[str, str] | None:
    """``(date, line)``: the date written nearest the article's start when the header had
    none by its headline: a dateline, or a short line that holds a date and is no sentence
    ("Published on 5 April 2017 by Jane", "By Daniel | Published: 23 July 2017 |
    Comments closed"), from the header window down into the article; else a dateline
    right under the article's last block ("Page last modified Jan. 17, 2025"), or among
    its last lines (a post signed at its foot). The dates of a series (comments,
    teasers) and of lines a rule gave to another family (an embedded post's signature)
    are theirs, not the article's; a byline a menu rule took ("By Jane | Published: 23
    July 2017 | Comments closed") is read. The line stays where it is: the body does not
    change, so cleaning the body again reads the same date.
    """
    found: list[tuple[int, int, str, str]] = []
    for i in range(max(0, lo), min(len(blocks), start + DATE_BELOW_START + 1)):
        block = blocks[i]
        if not (_usable(block) or (block.drop is not None and block.drop[1] == "navigation")):
            continue  # a teaser's, a comment's or an embedded post's date is theirs
        text = block.text
        if len(text) > MAX_DATED_LINE or _SENTENCE.search(text):
            continue  # a sentence that mentions a date ("They launched on April 8, 2025.")
        if not (hit := dates.find(text)):
            continue
        if not _in_series(blocks, i, distinct=True):
            found.append((abs(i - start), -i, hit[0], text))
    if found:
        _, _, first, line = min(found)
        return first, line
    if end is None:
        return None
    below = range(end + 1, min(len(blocks), end + 1 + DATE_BELOW_END))
    within = range(end, max(start, end - DATE_BELOW_END), -1)
    for i in (*below, *within):
        block = blocks[i]
        if not _usable(block):
            continue
        if (iso := dates.dateline(block.text)) and not _in_series(blocks, i):
            return iso, block.text
    return None


def _drop_title_lines(
    blocks: list[Block], titles: set[str], *, headings_only: bool = False
) -> None:
    """Remove the headline line and its repeats (a breadcrumb's last item, a second heading);
    with ``headings_only``, only those written as a Markdown ``#`` title line."""
    wanted = {" ".join(t.casefold().split()) for t in titles}
    longest = 2 * max((len(t) for t in titles), default=0)  # spacing may differ, not more
    for block in blocks:
        if headings_only and not is_title_heading(block):
            continue
        if len(block.text) <= longest and " ".join(block.text.casefold().split()) in wanted:
            block.mark("byline.title", "byline")


def is_title_heading(block: Block) -> bool:
    """A Markdown ``#`` line: the document's title as its author marked it (also in a text
    not read as Markdown, where a lone ``#`` line stays a paragraph)."""
    return (block.kind == HEADING and block.level == 1) or block.raw.startswith("# ")


_BIO = regex.compile(
    r"^(?:\s*(?:,|\bis|\bwas)\s+(?:an?\s+|the\s+)?(?:[\w-]{1,20}\s+){0,3}"
    r"|\s+(?:(?:senior|chief|staff|award-winning|freelance|contributing|former)\s+){0,3})(?:"
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
            if _introduces(block, name, _BIO):
                block.mark("footer.author_bio", "footer")
                break


# What follows the site's name in a line that introduces the site: "is a research
# institute ...", "was founded in 1998 ...", "publishes ...".
_ABOUT_SITE = regex.compile(
    r"^,?\s+(?:(?:is|are|was)\s+(?:an?|the|one of the)\s|(?:offers|provides|publishes)\s"
    r"|was founded\b|has been\s)",
    regex.I,
)


def drop_site_about(blocks: list[Block], site: str | None) -> None:
    """Remove a line under an end marker that introduces the site itself: its about-us
    footer ("IRIA is a research institute focusing on ... contact at editor@...").

    Only below an end marker met under the article (``after_end``): in the article, a
    sentence about the publisher is the article's.
    """
    if not site:
        return
    for block in blocks:
        if (
            not block.dropped
            and block.after_end is not None
            and _introduces(block, site, _ABOUT_SITE)
        ):
            block.mark("footer.about_site", "footer")


def _introduces(block: Block, name: str, follows: regex.Pattern[str]) -> bool:
    """Does ``block`` open with ``name`` and go on as ``follows`` says an introduction does?"""
    return block.text.startswith(name) and follows.match(block.text[len(name) :]) is not None
