"""trafilatura, as the HTML path uses it: one parse, one extraction, two views of the article.

The only module of the package that reaches trafilatura's inner names (its parser, its
extraction cascade, its port of readability and that port's conversion to XML); each has
a fallback to the public ``bare_extraction`` or to no second view, and
``tests/html/test_trafilatura_contract.py`` pins every one of them, so that a release that
renames one fails a test rather than changing results silently. ``pyproject.toml``
bounds trafilatura to the releases those tests passed on.

The readability candidate is caught by wrapping ``trafilatura.external.try_readability``
once per process (marked, so it is never wrapped twice); the wrapper changes nothing for
other callers, and what it keeps is thread-local and only while :func:`extract_views`
runs.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cleantext.repair import fix_mojibake, needs_unmojibake

#: trafilatura's options for its own extraction and for converting the readability
#: candidate to the same XML: tables and links kept; comments and inline formatting
#: (bold, italics: not needed for plain text, and costly in trafilatura) left out.
_TABLES, _LINKS, _FORMATTING = True, True, False


class _Seen(threading.local):
    """The readability candidate trafilatura computed for the page being extracted.

    ``tree`` is the candidate (or a copy of it, see :func:`_sanitizes_in_place`);
    ``sanitized`` its conversion to trafilatura's XML when trafilatura made it (it does
    when it prefers readability's article).
    """

    active = False
    tree: Any = None
    sanitized: Any = None


_SEEN = _Seen()


def _sanitizes_in_place() -> bool:
    """Does trafilatura convert the readability candidate through ``external.sanitize_tree``?

    Then watching that call tells whether the candidate was converted (and so changed),
    and no copy of it is needed; otherwise a copy is kept, as trafilatura may change it.
    """
    from trafilatura import external

    compare = getattr(external, "compare_extraction", None)
    code = getattr(compare, "__code__", None)
    return hasattr(external, "sanitize_tree") and "sanitize_tree" in getattr(code, "co_names", ())


def _watch_readability() -> None:
    """Let trafilatura hand over the readability candidate it computes anyway.

    trafilatura's default cascade runs its port of the readability algorithm on every
    page to compare with its own result, then keeps one of the two. Both are useful
    here, so the call is wrapped (once, behaviour unchanged) to keep its result while
    :func:`extract_tree` runs: a second view of the article at no cost. The conversion
    of that candidate to trafilatura's XML is watched too: when trafilatura prefers
    readability it has done that work already, and it is not done twice.
    """
    from trafilatura import external

    original = external.try_readability
    if getattr(original, "_cleantext_watch", False):
        return
    in_place = _sanitizes_in_place()

    def watched(htmlinput: Any) -> Any:
        found = original(htmlinput)
        if _SEEN.active and _SEEN.tree is None and found is not None:
            _SEEN.tree = found if in_place else copy.deepcopy(found)
        return found

    watched._cleantext_watch = True  # type: ignore[attr-defined]
    external.try_readability = watched
    if not in_place:
        return
    convert = external.sanitize_tree

    def watched_convert(tree: Any, options: Any) -> Any:
        if _SEEN.active and tree is not None and tree is _SEEN.tree and _SEEN.sanitized is None:
            size = len(tree)
            result = convert(tree, options)
            _SEEN.sanitized = result[0] if size else None
            return result
        return convert(tree, options)

    external.sanitize_tree = watched_convert


@lru_cache(maxsize=2)
def _options_template(images: bool) -> Any:
    """trafilatura's options for this path, read from its settings once per process (one
    template with images, one without)."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="xml",
        comments=False,
        formatting=_FORMATTING,
        links=_LINKS,
        images=images,
        tables=_TABLES,
    )


def extraction_options(images: bool = False) -> Any:
    """trafilatura's options for one page: a copy of the template.

    ``images``: keep the article's images (trafilatura's ``graphic`` elements).

    Building them afresh reads trafilatura's settings each time (a fifth of a
    millisecond). The page's URL is left out: trafilatura uses it only to make link
    targets and image sources absolute (a few thousand URL joins on a large page),
    and only the text of links is read here.
    """
    return copy.copy(_options_template(images))


def parse(html: str, mojibake: bool = True) -> Any:
    """The page's lxml tree (trafilatura's parser and repairs), or None.

    ``mojibake``: a page whose text carries the marks of UTF-8 read as a single-byte
    charset has them undone in its text nodes (markup and attributes left alone),
    before anything reads them: later, the text's no-break spaces that tell the
    marks apart are spaces already.
    """
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception:  # a malformed page must not take a batch down
        return None
    if tree is not None and mojibake and needs_unmojibake(html):
        for node in tree.iter():
            if node.text and needs_unmojibake(node.text):
                node.text = fix_mojibake(node.text)
            if node.tail and needs_unmojibake(node.tail):
                node.tail = fix_mojibake(node.tail)
    return tree


_CASCADE_PARAMETERS = ("tree", "options", "url")


@lru_cache(maxsize=1)
def _cascade() -> Callable[..., Any] | None:
    """trafilatura's extraction cascade, when this trafilatura's has the known signature.

    ``bare_extraction`` copies a tree it is given before running the cascade, so that
    the caller's tree is left whole. Here the tree is not needed afterwards (its
    metadata is read first), so the cascade runs on it directly: one copy of the page
    fewer. Another trafilatura's cascade is reached through ``bare_extraction``.
    """
    import inspect

    from trafilatura import core

    sequence = getattr(core, "trafilatura_sequence", None)
    try:
        names = tuple(inspect.signature(sequence).parameters) if sequence else ()
    except (TypeError, ValueError):
        return None
    return sequence if names == _CASCADE_PARAMETERS else None


def _extract(tree: Any, options: Any) -> Any:
    """trafilatura's XML body for ``tree`` (which it may change), as ``bare_extraction`` gives it."""
    sequence = _cascade()
    if sequence is None:
        import trafilatura

        result = trafilatura.bare_extraction(tree, options=options)
        return getattr(result, "body", None) if result is not None else None
    try:
        body, text, _, comments = sequence(tree, options, options.url)
    except (TypeError, ValueError):  # bare_extraction's "discarding data"
        return None
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return None
    return body


def extract_views(tree: Any, images: bool = False) -> tuple[Any, Any]:
    """``(trafilatura's XML body, readability's XML body)`` of a parsed page; either may be None.

    The page is extracted once; the readability candidate is the one trafilatura
    computed on the way (or, when it did not, is computed here). When trafilatura took
    readability's article, both bodies are the same object. ``tree`` is used up: the
    extraction prunes it. ``images``: both views keep the article's images.
    """
    _watch_readability()
    options = extraction_options(images)
    _SEEN.active, _SEEN.tree, _SEEN.sanitized = True, None, None
    try:
        body = _extract(tree, options)
    except Exception:
        body = None
    finally:
        found, sanitized = _SEEN.tree, _SEEN.sanitized
        _SEEN.active, _SEEN.tree, _SEEN.sanitized = False, None, None
    if sanitized is not None:
        return body, sanitized
    # Not converted by trafilatura (the watch would have seen it): still as readability
    # left it, or a copy of it.
    return body, readability_body(tree, found, options)


def readability_body(tree: Any, found: Any = None, options: Any = None) -> Any:
    """The readability algorithm's article (trafilatura's port) as trafilatura XML, or None.

    A second, independent view of where the article is: it scores containers by their
    paragraphs' text and commas and keeps the best one with its siblings.
    """
    from trafilatura.external import sanitize_tree, try_readability

    try:
        if found is None:
            found = try_readability(copy.copy(tree))
        if found is None or not len(found):
            return None
        body, _ = sanitize_tree(found, options or extraction_options())
    except Exception:
        return None
    return body
