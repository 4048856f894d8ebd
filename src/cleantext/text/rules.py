"""The rule engine: compiles cue tables into a few combined patterns and applies them.

Line cues of all active languages become one alternation with a named group per cue,
so each line is matched once, not once per cue. Cues with a hint (a cheap pattern every
line they match contains) form alternations of their own, tried only on lines where a
hint is found: every alternative costs time on every line it is tried on. Decisions are recorded on the Blocks
(``Block.mark``), naming the cue, so every removal can be explained.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from cleantext.blocks import PARAGRAPH, Block, shares_line
from cleantext.config import Config, UserRule
from cleantext.cues import MAX_LINE, Cue, table
from cleantext.text import prose as _prose

MAX_CAPTION = 800
LINK_LINE_SHARE = 0.6  # markdown lines with this share of link text are navigation
CONTINUES_REACH = 3  # blocks below a "continue reading" notice whose end marker heads an inset
ENTRY_LINK_REPEATS = 3  # an end marker this many times on a page links each entry of a list
ENTRY_LINK_FAMILY = "related"  # ... when it is of this family ("Read more", "More on ...")
_WORDS = regex.compile(r"\w+")


@dataclass(frozen=True)
class Compiled:
    """Combined patterns for one set of languages and families."""

    cues: tuple[Cue, ...]
    line: regex.Pattern[str] | None
    caption: regex.Pattern[str] | None
    search: regex.Pattern[str] | None
    caption_hint: re.Pattern[str] | None = None
    #: Line cues that carry a hint, and the hints: tried only where a hint is found.
    hinted: regex.Pattern[str] | None = None
    hinted_hint: re.Pattern[str] | None = None
    #: text -> index of the cue that decides it (-1: none). Re-cleaning a body, and the
    #: next page of a site, read the same lines again.
    memo: dict[str, int] = field(default_factory=dict, repr=False, compare=False)


def _combine(cues: Sequence[tuple[int, Cue]]) -> regex.Pattern[str] | None:
    if not cues:
        return None
    body = "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in cues)
    return regex.compile(body, regex.I | regex.V0)


@lru_cache(maxsize=64)
def compile_cues(
    languages: tuple[str, ...], families: frozenset[str], user: tuple[UserRule, ...] = ()
) -> Compiled:
    """Compile the cues of ``languages`` (plus language-free ones) for ``families``."""
    seen: set[tuple[str, str, str]] = set()
    cues: list[Cue] = []
    for lang in ("common", *languages):
        for cue in table(lang):
            if cue.family in families and (lang, cue.name, cue.pattern) not in seen:
                seen.add((lang, cue.name, cue.pattern))
                cues.append(cue)
    for rule in user:
        if rule.family in families:
            cues.append(Cue(f"user.{rule.name}", rule.family, rule.action, rule.pattern))
    indexed = list(enumerate(cues))
    lines = [(i, c) for i, c in indexed if c.scope == "line" and c.action != "caption"]
    return Compiled(
        cues=tuple(cues),
        line=_combine([(i, c) for i, c in lines if not c.hint]),
        caption=_combine([(i, c) for i, c in indexed if c.action == "caption"]),
        search=_combine([(i, c) for i, c in indexed if c.scope == "search"]),
        caption_hint=_hints([c for c in cues if c.action == "caption"]),
        hinted=_combine([(i, c) for i, c in lines if c.hint]),
        hinted_hint=_hints([c for _, c in lines if c.hint]),
    )


def _hints(cues: Sequence[Cue]) -> re.Pattern[str] | None:
    """One pattern of the cues' hints, searched in the lower-cased line; None (try every
    line) when any cue has no hint. Hints are plain lower-case words and classes, which
    the standard library's engine finds three times faster than ``regex`` ignoring case.
    """
    if not cues or any(not c.hint for c in cues):
        return None
    return re.compile("|".join(f"(?:{c.hint})" for c in cues))


def compiled_for(config: Config, language: str | None) -> Compiled:
    langs = tuple(dict.fromkeys((*config.languages, *((language,) if language else ()))))
    return compile_cues(langs, config.families, config.user_rules)


MEMO_LINES = 4096  # lines remembered per compiled table (then all forgotten at once)


def match(compiled: Compiled, text: str) -> Cue | None:
    """The first cue that decides ``text``, or None."""
    if len(text) > MAX_CAPTION:  # a line this long is not kept: the memo stays small
        found = _match(compiled, text)
    else:
        memo = compiled.memo
        found = memo.get(text, -2)
        if found == -2:
            found = _match(compiled, text)
            if len(memo) >= MEMO_LINES:
                memo.clear()
            memo[text] = found
    return compiled.cues[found] if found >= 0 else None


def _first(pattern: regex.Pattern[str] | None, text: str) -> int:
    """Index of the first cue of a combined ``pattern`` that matches all of ``text``; -1."""
    m = pattern.fullmatch(text) if pattern is not None else None
    return int(m.lastgroup[1:]) if m and m.lastgroup else -1


def _match(compiled: Compiled, text: str) -> int:
    """Index into ``compiled.cues`` of the first cue that decides ``text``; -1 for none."""
    n = len(text)
    low = text.lower() if n <= MAX_CAPTION else ""
    if n <= MAX_LINE:
        found = _first(compiled.line, text)
        if compiled.hinted_hint is not None and compiled.hinted_hint.search(low):
            hinted = _first(compiled.hinted, text)
            if hinted >= 0 and (found < 0 or hinted < found):  # the table's order
                found = hinted
        if found >= 0:
            return found
    if (
        compiled.caption is not None
        and n <= MAX_CAPTION
        and (compiled.caption_hint is None or compiled.caption_hint.search(low))
    ):
        found = _first(compiled.caption, text)
        if found >= 0:
            return found
    if compiled.search is not None:
        m = compiled.search.search(text)
        if m and m.lastgroup:
            return int(m.lastgroup[1:])
    return -1


def is_prose(block: Block, min_chars: int) -> bool:
    """A line that reads like article prose: long enough and ending like a sentence."""
    return _prose.is_prose(block.text, min_chars)


def is_link_line(block: Block, share: float = LINK_LINE_SHARE) -> bool:
    """A markdown line that is mostly link text: a menu entry, a teaser link, a tag list."""
    return block.links > 0 and block.link_chars >= share * len(block.text)


def _is_alt_text(above: Block, caption: Block) -> bool:
    """Is ``above`` the alt text of the image whose caption is ``caption``?"""
    if above.dropped or caption.gap or above.kind != PARAGRAPH:
        return False
    if caption.text.startswith(above.text):
        return True
    return len(above.text) <= 200 and _prose.CLAUSE_END.search(above.text) is None


def apply(
    blocks: list[Block], compiled: Compiled, config: Config, *, link_lines: bool = True
) -> None:
    """Mark the blocks that cues decide; flag end markers for the classifier.

    ``link_lines``: a line that is mostly link text goes as a menu entry. Right for a
    dump, whose links are Markdown a renderer made of menus; the HTML path switches it
    off, as an article's paragraph may be full of real links (its span trim weighs them).
    """
    inset_until = -1  # blocks up to here sit right below a "continue reading" notice
    for i, block in enumerate(blocks):
        if block.dropped:
            continue
        if block.image:
            block.mark("media.image", "media")
            continue
        if link_lines and "navigation" in config.families and is_link_line(block):
            block.mark("navigation.link_line", "navigation")
            continue
        # A table's row is read as the page shows it, its cells side by side: the " | "
        # between them is cleantext's, not a menu's separator.
        cue = match(compiled, " ".join(block.cells) if block.cells else block.text)
        if cue is None:
            continue
        if cue.action == "end":
            # Not a cut: the classifier weighs what follows an end marker, since a
            # "Related" box above the article (or inside it) must not take the article.
            # A marker in a cell of a table layout heads its own column only: the
            # article's paragraphs in the next column go on below it. Nor does one right
            # under a notice that the article continues ("Continue reading the main
            # story"): that marker heads an inset box inside the article.
            block.ends = not shares_line(blocks, i) and i > inset_until
            block.mark(cue.name, cue.family)
            continue
        if cue.action == "continues":
            inset_until = i + CONTINUES_REACH
        block.mark(cue.name, cue.family)
        above = blocks[i - 1] if i else None
        if above is None or block.gap:
            continue
        if cue.action == "caption" and _is_alt_text(above, block):
            above.mark("media.alt_text", "media")
        elif cue.action == "embed" and not above.dropped:
            above.mark("embed.post_text", "embed")
    entry_links(blocks)


def _marker_key(text: str) -> str:
    """An end marker's words, case and punctuation aside: "READ MORE ↓" is "read more"."""
    return " ".join(_WORDS.findall(text.casefold()))


def entry_links(blocks: list[Block], repeats: int = ENTRY_LINK_REPEATS) -> None:
    """A related-family end marker met ``repeats`` times on one page ends nothing: it is
    the link under each entry of a list ("Read more" under each product of a round-up,
    each book of a list), not the heading of a box of teasers, which a page has once.
    The lines still go; the entries are judged as any other lines. A comments marker
    keeps its end however often it recurs: the "Reply" under each comment of a thread
    lies below the article already.

    >>> from cleantext.blocks import Block
    >>> marker = ("related.marker", "related")
    >>> page = [Block(i, i, t, t, drop=marker, ends=True) for i, t in enumerate(["Read more"] * 3)]
    >>> entry_links(page); [b.ends for b in page]
    [False, False, False]
    """
    links = [b for b in blocks if b.ends and b.drop is not None and b.drop[1] == ENTRY_LINK_FAMILY]
    if len(links) < repeats:  # most pages: a marker or two
        return
    counts = Counter(_marker_key(b.text) for b in links)
    for b in links:
        if counts[_marker_key(b.text)] >= repeats:
            b.ends = False
