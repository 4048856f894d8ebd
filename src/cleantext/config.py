"""One frozen configuration object: every option of the cleaner, documented in one place."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

#: Every rule family cleantext knows; each can be switched off in :class:`Config`.
FAMILIES: tuple[str, ...] = (
    "navigation",
    "share",
    "comments",
    "related",
    "media",
    "newsletter",
    "footer",
    "byline",
    "embed",
    "template",
    "boilerplate",
)


@dataclass(frozen=True)
class UserRule:
    """A rule supplied by the user: a regular expression matched against whole lines.

    ``action`` is ``"drop"`` (remove the line) or ``"end"`` (the article ends here: the
    line is removed, and the lines below it are kept only where they read clearly as
    article text).
    """

    name: str
    pattern: str
    family: str = "boilerplate"
    action: str = "drop"


@dataclass(frozen=True)
class Config:
    """Options of the cleaner. Immutable: derive variants with :meth:`replace`.

    Attributes:
        families: rule families that may remove text; a family left out keeps its lines.
        languages: cue-table languages tried on every page besides the detected one.
        min_paragraph_chars: in HTML mode, a line at least this long, with sentence
            punctuation, counts as article prose when an end marker ("Related articles")
            is weighed: it ends the article only with more such prose above it than below.
        repair_mojibake: run ftfy on text that a cheap check flags as mis-decoded.
        split_glued: split a date glued to the sentence after it ("April 8, 2025The").
        html_fallback_chars: in HTML mode, when trafilatura's main text is shorter than
            this and the cleaned views keep nothing, the page's whole text goes through
            the text pipeline instead.
        html_stream_chars: in HTML mode, a page longer than this (in characters) is read
            as a stream of its visible text, with no tree built, and cleaned by the text
            pipeline: trafilatura's extraction holds about thirty times a page's size at
            its peak. 0: never.
        html_images: in HTML mode, ask trafilatura for the article's images, so that
            ``Document.to_markdown(images=True)`` can write them (off, as trafilatura's
            ``include_images``; the plain body never holds them).
        html_holes: in HTML mode, put back the article's lines that trafilatura's
            extraction lost between the parts it kept (a pruned list, table or section),
            read from the page's visible lines cleaned as text (:mod:`cleantext.html.holes`).
        user_rules: extra line rules (see :class:`UserRule`).
        templates: learned site templates (see :mod:`cleantext.corpus.templates`), or None.
        keep_min_share: the CLI leaves a file alone when the cleaned body would keep less
            than this share of the original text (``--force`` overrides).
    """

    families: frozenset[str] = field(default_factory=lambda: frozenset(FAMILIES))
    languages: tuple[str, ...] = ("en",)
    min_paragraph_chars: int = 80
    repair_mojibake: bool = True
    split_glued: bool = True
    html_fallback_chars: int = 200
    html_stream_chars: int = 10_000_000
    html_images: bool = False
    html_holes: bool = True
    user_rules: tuple[UserRule, ...] = ()
    templates: Any = None
    keep_min_share: float = 0.2

    def __post_init__(self) -> None:
        unknown = set(self.families) - set(FAMILIES)
        if unknown:
            raise ValueError(f"unknown rule families: {', '.join(sorted(unknown))}")
        if not isinstance(self.families, frozenset):
            object.__setattr__(self, "families", frozenset(self.families))
        for rule in self.user_rules:
            if rule.action not in ("drop", "end"):
                raise ValueError(f"rule {rule.name!r}: action must be 'drop' or 'end'")

    def replace(self, **changes: Any) -> Config:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)

    def without(self, *families: str) -> Config:
        """A copy with the given rule families switched off."""
        return self.replace(families=self.families - set(families))

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Config:
        """Build a config from a TOML-like mapping (``[tool.cleantext]``)."""
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            key = key.replace("-", "_")
            if key == "disable":
                kwargs["families"] = frozenset(FAMILIES) - set(value)
            elif key == "families":
                kwargs["families"] = frozenset(value)
            elif key in ("rules", "user_rules"):
                kwargs["user_rules"] = tuple(UserRule(**r) for r in value)
            elif key == "languages":
                kwargs["languages"] = tuple(value)
            elif key in known:
                kwargs[key] = value
            else:
                raise ValueError(f"unknown option {key!r}")
        return cls(**kwargs)


DEFAULT = Config()
