"""The HTML path: two views of the main content as Blocks, finished by cleantext's rules.

trafilatura's extraction runs once and hands over, besides its own result, the
readability candidate it computes on the way (one container and its siblings). Both
become blocks and go through the cue rules (captions, credits, share rows, newsletter
boxes, related-article tails) and a few checks that only the HTML path needs: the
headline repeated at the top, a trailing run of link-list teasers, the article span.
readability's tighter article is taken unless it is a small part of trafilatura's
that lies elsewhere on the page, and trafilatura's blocks around it are kept where they
read as the same article (:mod:`cleantext.html.choice`). When neither keeps any
text of a short page, the page's visible text goes through the text pipeline instead,
and so does a very large page's, read as a stream (:mod:`cleantext.html.stream`).
``Document.path`` records which ran: ``html-readability``, ``html``,
``html-fallback`` or ``html-stream``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from cleantext.blocks import HEADING, ITEM, Block
from cleantext.config import Config
from cleantext.document import Document
from cleantext.html import convert as _html
from cleantext.html import holes as _holes
from cleantext.html import meta as _htmlmeta
from cleantext.html.choice import choose, kept_chars, lead_above, readability_elsewhere, widen
from cleantext.html.grams import Words, words_of
from cleantext.html.stream import head_of, visible_lines
from cleantext.html.views import extract_views, parse
from cleantext.meta import language as _language
from cleantext.repair import has_invisible, needs_unmojibake, repair
from cleantext.text import render as _render
from cleantext.text import rules as _rules
from cleantext.text.prose import CLAUSE_END
from cleantext.text.runs import heaviest_run

#: trafilatura keeps at most this share of link text in a block it calls content; a run
#: of blocks at the end that are mostly link text is a teaser list.
TEASER_LINK_SHARE = 0.6

_NORM = regex.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return str(_NORM.sub(" ", text.casefold())).strip()


def repair_blocks(blocks: list[Block], config: Config) -> None:
    """Run the text repairs on each block (mojibake, invisible characters), in place.

    Most pages need none: one look at all the text settles that (a block's text has
    no line breaks, so what the repairs look for is found in the whole only if it is
    found in some block).
    """
    whole = "\n".join(b.text for b in blocks)
    if not (
        "\r" in whole
        or (config.repair_mojibake and needs_unmojibake(whole))
        or has_invisible(whole)
    ):
        return
    for block in blocks:
        fixed = (
            repair(block.text, mojibake=config.repair_mojibake, glued=False)
            .replace("\n", " ")
            .strip()
        )
        if fixed != block.text:
            block.text = fixed


def drop_title_repeats(blocks: list[Block], title: str | None) -> None:
    """The headline repeated at the top of the body moves into metadata."""
    if not title:
        return
    wanted = _norm(title)
    for block in blocks[:5]:
        if not block.dropped and _norm(block.text) == wanted:
            block.mark("byline.title", "byline")


def drop_teaser_tail(blocks: list[Block]) -> None:
    """A run of link-list items or headings at the very end is a list of other stories."""
    live = [b for b in blocks if not b.dropped]
    run: list[Block] = []
    for block in reversed(live):
        linky = block.links and block.link_chars >= TEASER_LINK_SHARE * len(block.text)
        if linky and (block.kind in (ITEM, HEADING) or len(block.text) < 120):
            run.append(block)
            continue
        break
    if len(run) >= 2 and len(run) < len(live):
        for block in run:
            block.mark("related.link_list", "related")


def _prose_chars(blocks: list[Block], config: Config) -> int:
    return sum(
        len(b.text)
        for b in blocks
        if _rules.is_prose(b, config.min_paragraph_chars) and b.link_chars < 0.5 * len(b.text)
    )


def apply_rules(blocks: list[Block], compiled: _rules.Compiled, config: Config) -> None:
    """The cue rules, then the article's end: the first end marker with more prose above it.

    trafilatura sometimes keeps a sidebar heading ("Latest News") above the article it
    found; such a marker loses its own line only. A marker ("Related articles",
    "3 Comments") below most of the article's prose removes everything after it.
    A marker that recurs on the page is a heading of the content and stays.
    """
    # Real HTML links, which a paragraph of an article may be full of: no line goes for
    # being link text here; the span trim below weighs them instead.
    _rules.apply(blocks, compiled, config, link_lines=False)
    ends = {c.name for c in compiled.cues if c.action == "end"}
    markers: list[int] = []
    for i, block in enumerate(blocks):
        if block.drop is None or block.drop[0] not in ends:
            continue
        cue = _rules.match(compiled, block.text)
        if cue is None or cue.action != "end":  # swept up by a marker's cut: judged below
            block.unmark()
        elif block.ends:  # not an inset's heading under "Continue reading the main story"
            markers.append(i)
    # A marker that recurs is a section heading of the content ("Response" in API docs),
    # since a page has one comment section and one related box: it stays.
    seen = Counter(_norm(blocks[i].text) for i in markers)
    for i in markers:
        if seen[_norm(blocks[i].text)] > 1:
            blocks[i].unmark()
    markers = [i for i in markers if blocks[i].dropped]
    for i in markers:
        above = _prose_chars([b for b in blocks[:i] if not b.dropped], config)
        below = _prose_chars([b for b in blocks[i + 1 :] if not b.dropped], config)
        if above and above >= below:
            rule = blocks[i].drop or ("related.marker", "related")
            for block in blocks[i + 1 :]:
                block.mark(*rule)
            return


#: Characters past U+2E80 (CJK and beyond): a text mostly of these is read as wide.
_WIDE_CHAR = re.compile("[\u2e81-\U0010ffff]")


def _wide(text: str) -> bool:
    """Mostly CJK characters (words without spaces, sentences short in characters)?"""
    sample = text[:200]
    if sample.isascii():
        return False
    return len(_WIDE_CHAR.findall(sample)) > 0.5 * len(sample)


def is_good(block: Block, stopwords: frozenset[str], words: Words | None = None) -> bool:
    """Does ``block`` read as article prose? Long, few links, many stopwords (jusText's test).

    ``words``: the page's words of each text, read once (:class:`Words`).
    """
    text = block.text
    n = len(text)
    if n < 30 or block.kind == HEADING or block.link_chars > 0.4 * n:
        return False
    if not stopwords:
        return (n >= 120 or _wide(text)) and CLAUSE_END.search(text) is not None
    if n < 50:
        return False
    found = words.words(text) if words is not None else words_of(text)
    return len(found) >= 8 and sum(w in stopwords for w in found) >= 0.3 * len(found)


def _is_sentence(block: Block, stopwords: frozenset[str], words: Words | None = None) -> bool:
    """Prose (:func:`is_good`) that ends as a sentence does."""
    return CLAUSE_END.search(block.text) is not None and is_good(block, stopwords, words)


def _reads_as_prose(block: Block, stopwords: frozenset[str], words: Words | None = None) -> bool:
    """A sentence, whatever its links or markup: protects a lead paragraph from trimming."""
    if CLAUSE_END.search(block.text) is None:
        return False
    plain = Block(index=0, line=0, raw="", text=block.text)
    return is_good(plain, stopwords, words)


@dataclass(frozen=True)
class SpanWeights:
    """Scores of the article-span search over trafilatura's blocks.

    Prose gains its length (capped); a link-heavy block costs a toll and a share of its
    length; any other block costs little, since trafilatura already judged it content.
    A region outside the best span goes only when most of it is link text and little of
    it prose: a menu or a teaser list is nearly all links, while a reference list, a
    list of recommended books or a closing section with a few links is not.
    """

    good_cap: int = 1000
    linked_toll: float = 20.0
    linked_share: float = 0.5
    other_toll: float = 2.0
    other_share: float = 0.05
    region_max_good: float = 0.3
    region_min_links: float = 0.7
    region_min_blocks: int = 2


SPAN = SpanWeights()


def _score(block: Block, stopwords: frozenset[str], w: SpanWeights, words: Words) -> float:
    n = len(block.text)
    if is_good(block, stopwords, words):
        return float(min(n, w.good_cap))
    if block.links and block.link_chars > 0.5 * n:
        return -(w.linked_toll + w.linked_share * n)
    return -(w.other_toll + w.other_share * n)


def _may_trim(blocks: list[Block], w: SpanWeights) -> bool:
    """Could any region go: is some run of live blocks at the start or the end, long
    enough, at least ``w.region_min_links`` link text? If not, the span search is not
    needed (a region is such a run, whatever span is found)."""
    live = [b for b in blocks if not b.dropped]
    for run in (live, live[::-1]):
        linked = chars = 0
        for n, block in enumerate(run[:-1], start=1):
            linked += block.link_chars
            chars += len(block.text)
            if n >= w.region_min_blocks and linked >= w.region_min_links * chars:
                return True
    return False


def trim_to_article(
    blocks: list[Block],
    stopwords: frozenset[str],
    w: SpanWeights = SPAN,
    words: Words | None = None,
) -> None:
    """Where trafilatura kept page furniture around the article, keep the article span.

    The span is the run of blocks with the best total score (maximum subarray); what
    lies before or after it is removed when it is mostly link text and little prose:
    menus, teaser lists and footers of pages trafilatura could not narrow down.
    ``words``: the page's words of each text, shared with the view choice.
    """
    if not _may_trim(blocks, w):
        return
    words = words or Words()
    first, last, total = heaviest_run(
        (i, _score(b, stopwords, w, words)) for i, b in enumerate(blocks) if not b.dropped
    )
    if total <= 0:
        return
    found = (first, last)
    for region in (blocks[: found[0]], blocks[found[1] + 1 :]):
        live = [b for b in region if not b.dropped]
        total = sum(len(b.text) for b in live)
        good = sum(len(b.text) for b in live if _reads_as_prose(b, stopwords, words))
        linked = sum(b.link_chars for b in live)
        if (
            len(live) >= w.region_min_blocks
            and good <= w.region_max_good * total
            and linked >= w.region_min_links * total
        ):
            for block in live:
                block.mark("select.outside_article", "boilerplate")


LANGUAGE_SAMPLE_CHARS = 800


def _language_sample(blocks: list[Block]) -> list[str]:
    """The longest lines, up to a thousand characters or so: enough for the identifier."""
    sample: list[str] = []
    size = 0
    for text in sorted((b.text for b in blocks), key=len, reverse=True):
        sample.append(text[:LANGUAGE_SAMPLE_CHARS])
        size += len(sample[-1])
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return sample


def clean_blocks(
    blocks: list[Block],
    config: Config,
    *,
    title: str | None = None,
    url: str | None = None,
    identified: bool = False,
    lang: str | None = None,
    words: Words | None = None,
) -> tuple[list[Block], str | None]:
    """Rules and HTML checks on extracted blocks; returns them with the language found.

    With ``identified`` the page's language was already identified as ``lang`` (None: no
    language could be), and the identifier is not run again. ``words``: the page's
    words of each text, read once for both views and the choice between them.
    """
    repair_blocks(blocks, config)
    if not identified:
        lang = _language.detect(_language_sample(blocks))
    apply_rules(blocks, _rules.compiled_for(config, lang), config)
    if config.templates is not None:
        config.templates.apply(blocks, url)
    drop_title_repeats(blocks, title)
    drop_teaser_tail(blocks)
    if "boilerplate" in config.families:
        trim_to_article(blocks, _language.stopwords(lang), words=words)
    return blocks, lang


def chars_of(blocks: list[Block]) -> int:
    """Characters of text in ``blocks``, dropped or not."""
    return sum(len(b.text) for b in blocks)


def settle(doc: Document, url: str | None, clean_text: Callable[..., Document]) -> None:
    """Clean the body once more as text, so that cleaning it again changes nothing.

    A user who cleans the body of an HTML page gets the text pipeline (the body is plain
    text), which reads lines by their neighbours and takes a byline or a headline into
    metadata: the HTML path's answer is made to be what that pass returns.
    """
    again = clean_text(doc.body, url, path=doc.path)
    if again.body == doc.body:
        return
    doc.body = again.body
    # Their lines are the body's, not the page's: no source line to name.
    doc.removed += [replace(r, line=0, round=r.round + 1) for r in again.removed]
    doc.title = doc.title or again.title
    doc.authors = doc.authors or again.authors
    doc.date = doc.date or again.date
    doc.site = doc.site or again.site


def _clean_visible(
    html: str, url: str | None, clean_text: Callable[..., Document], path: str
) -> Document:
    """The page's visible lines through the text pipeline; removals name no source line
    (their lines are the text's)."""
    doc: Document = clean_text(visible_lines(html), url, path=path)
    doc.removed = [replace(r, line=0) for r in doc.removed]
    return doc


def fill_holes(
    doc: Document, html: str, url: str | None, clean_text: Callable[..., Document]
) -> None:
    """Put back, in place, the article lines the extraction lost between its parts
    (:mod:`cleantext.html.holes`), and settle the body again.

    The page's visible lines go through the text pipeline only where, uncleaned, they
    could fill enough (most pages: they cannot, and cost one streamed read).
    """
    lines = visible_lines(html)
    if not _holes.worth_reading(lines, doc.body):
        return
    found = clean_text(lines, url, path=doc.path)
    ours = _render.reconcile(doc.blocks, doc.body)
    merged = _holes.fill(ours, _render.reconcile(found.blocks, found.body))
    if merged is None:
        return
    doc.blocks, doc.body = merged, _render.plain(merged)
    doc.evidence["holes"] = (
        f"{len(merged) - len(ours)} blocks from the page's visible lines, between the "
        "extracted article's parts"
    )
    settle(doc, url, clean_text)


def clean_html(
    html: str,
    url: str | None,
    config: Config,
    finish: Callable[[Document, list[Block]], Document],
    clean_text: Callable[..., Document],
) -> Document:
    """Clean one HTML page; ``finish`` and ``clean_text`` come from the :class:`Cleaner`."""
    if config.html_stream_chars and len(html) > config.html_stream_chars:
        # Too large for a tree: its visible text, streamed, through the text pipeline,
        # and the metadata its head declares.
        head = head_of(html)
        tree = parse(head + "</html>", config.repair_mojibake) if head else None
        streamed = _clean_visible(html, url, clean_text, "html-stream")
        found = _htmlmeta.extract(tree, url, head) if tree is not None else _htmlmeta.HtmlMeta()
        return with_metadata(streamed, found)
    tree = parse(html, config.repair_mojibake)
    meta = _htmlmeta.HtmlMeta()
    body = alt = None
    if tree is not None:
        meta = _htmlmeta.extract(tree, url, html)  # first: the extraction prunes the tree
        body, alt = extract_views(tree, config.html_images)
    title = meta.title or meta.headline
    doc: Document | None = None
    lang: str | None = None
    other: list[Block] = []
    other_path = "html"
    words = Words()  # each text's words, read once for both views and the choice
    if alt is not None and alt is body:
        # trafilatura took readability's article: one view, cleaned once (both views
        # would be cleaned alike, and readability's is taken when it keeps any text).
        theirs = _html.blocks_from_xml(alt)
        tree = body = alt = None  # the blocks hold the text: the trees can go
        chars = chars_of(theirs)
        if theirs:
            theirs, lang = clean_blocks(theirs, config, title=title, url=url, words=words)
        chosen, path = theirs, ("html-readability" if kept_chars(theirs) else "html")
    else:
        blocks = _html.blocks_from_xml(body)
        theirs = _html.blocks_from_xml(alt)
        tree = body = alt = None  # the blocks hold the text: the trees can go
        chars = max(chars_of(blocks), chars_of(theirs))
        if theirs:
            theirs, lang = clean_blocks(theirs, config, title=title, url=url, words=words)
        if blocks:
            blocks, lang = clean_blocks(
                blocks,
                config,
                title=title,
                url=url,
                identified=bool(theirs),
                lang=lang,
                words=words,
            )
        stopwords = _language.stopwords(lang)

        def prose(b: Block) -> bool:
            return is_good(b, stopwords, words)

        def sentence(b: Block) -> bool:
            return _is_sentence(b, stopwords, words)

        chosen, path = choose(blocks, theirs, prose, words=words)
        if (
            chosen is theirs
            and blocks
            and (
                widen(blocks, theirs, prose, stopwords, words=words)
                or readability_elsewhere(blocks, theirs, sentence, stopwords, words=words)
            )
        ):
            chosen, path = blocks, "html"
        # The view not taken, should the chosen one leave no text once settled (its only
        # line a date or a byline, which the settling pass takes into metadata).
        if chosen is theirs:
            other, other_path = blocks, "html"
            if blocks:
                chosen = lead_above(blocks, theirs, prose, words=words) + theirs
        else:
            other, other_path = theirs, "html-readability"
    words.clear()  # the choice is made: its words and trigrams are not read again
    if chosen:
        doc = finish(Document(language=lang, path=path), chosen)
        settle(doc, url, clean_text)
        if not doc.body and kept_chars(other):
            doc = finish(Document(language=lang, path=other_path), other)
            settle(doc, url, clean_text)
    if doc is not None and doc.body and config.html_holes:
        fill_holes(doc, html, url, clean_text)
    if chars < config.html_fallback_chars and (doc is None or not doc.body):
        # Nothing found: the page's whole text through the text pipeline. Where the views
        # found a little text, that is kept: on such a page the whole text is mostly menus
        # and teasers around a short post, which the text pipeline keeps too.
        fallback = _clean_visible(html, url, clean_text, "html-fallback")
        if doc is None or fallback.body:
            doc = fallback
    if doc is None:  # nothing found, and the fallback is switched off (or found nothing)
        doc = Document(language=lang, path="html")
    return with_metadata(doc, meta)


def with_metadata(doc: Document, meta: _htmlmeta.HtmlMeta) -> Document:
    """``doc`` with the page's declared metadata, where the page declares it, and its evidence."""
    doc.title = meta.title or doc.title
    doc.authors = meta.authors or doc.authors
    doc.date = meta.date or doc.date
    doc.site = meta.site or doc.site
    declared = ["title", "authors", "date", "site"]
    if doc.language is None:  # the text's own language first, else the page's declaration
        doc.language = meta.language
        declared.append("language")
    # Where the page's markup gave a value, it is the value's evidence.
    for key in declared:
        if getattr(meta, key) and key in meta.evidence:
            doc.evidence[key] = f"HTML metadata: {meta.evidence[key]}"
    if meta.authors:  # no byline strategy of the text's found them
        doc.evidence.pop("authors_by", None)
    return doc
