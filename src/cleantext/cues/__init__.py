"""Cue tables: the boilerplate knowledge of cleantext, as data, one module per language.

Each language module defines ``RULES``: a tuple of :class:`Cue`. ``common`` holds cues
that need no language (URLs, handles, copyright signs, agency credits). Nothing here
runs; :mod:`cleantext.text.rules` compiles and applies the tables.

A cue's ``pattern`` is a ``regex`` pattern, matched case-insensitively. With
``scope="line"`` it must match the whole line (after markup is stripped) and is only
tried on lines of at most ``MAX_LINE`` characters; with ``scope="search"`` it may match
anywhere in a line of any length.

Actions:

- ``drop``: remove the line.
- ``end``: the article ends here ("Related Articles", "3 Comments"): remove the line and
  flag the lines below it, which the classifier then keeps only where they read clearly
  as article text (a "Related" box above or inside the article must not take it along).
- ``caption``: remove the line and, when directly above it without a blank line, the
  image's alt text (a short unpunctuated line, or a prefix of the caption).
- ``embed``: remove the line (an embedded post's attribution) and the post text directly
  above it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

MAX_LINE = 300
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")


@dataclass(frozen=True)
class Cue:
    """One rule as data: its name, family, action, scope and pattern.

    Actions: ``drop``, ``end`` (an end marker), ``caption`` and ``embed`` (take the alt
    text or post above along) and ``continues`` (a notice that the article goes on past
    an inset: an end marker right below it ends nothing); see :func:`cleantext.text.rules.apply`.
    """

    name: str
    family: str
    action: str
    pattern: str
    scope: str = "line"
    #: A cheap pattern that every line the cue matches contains somewhere, written in
    #: lower case for the standard library's ``re`` (it is searched in the lower-cased
    #: line): the engine tries the (costlier) cue only where some hint is found.
    #: Empty: no hint.
    hint: str = ""


@cache
def table(language: str) -> tuple[Cue, ...]:
    """The cues of ``language`` (ISO 639-1); an unknown language has none."""
    if language not in LANGUAGES and language != "common":
        return ()
    try:
        module = importlib.import_module(f"{__name__}.{language}")
    except ModuleNotFoundError:
        return ()
    rules: tuple[Cue, ...] = module.RULES
    return rules
