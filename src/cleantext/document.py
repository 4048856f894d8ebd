"""The result of cleaning: the article body, its metadata and the audit trail of removals."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner removed, and why.

    ``rule`` names the rule that removed it (``"navigation.skip_link"``), ``family`` its
    family (``"navigation"``), ``line`` the line of the cleaned text it stands on, counted
    from 1 as editors and ``--explain`` count; for an HTML page, the line of the page's
    source its element starts on (0: no line of its own). ``round`` is the cleaning round
    that removed it: 1 for the page itself, 2 and up for the rounds that clean the result
    again until nothing changes (which keeps cleaning idempotent).
    """

    text: str
    rule: str
    family: str
    line: int = 0
    round: int = 1


#: The kinds of :class:`Part`.
PARAGRAPH, HEADING, ITEM, TABLE, QUOTE, CODE = (
    "paragraph",
    "heading",
    "item",
    "table",
    "quote",
    "code",
)


@dataclass(frozen=True)
class Part:
    """One block of the cleaned article, with its structure.

    ``kind`` is ``"paragraph"``, ``"heading"``, ``"item"`` (a list item), ``"table"``,
    ``"quote"`` (a paragraph inside a block quote) or ``"code"``. ``text`` is the text as
    the body holds it (a table's rows on lines of their own, cells joined by ``" | "``;
    a code block whitespace-exact). ``level`` is a heading's level (1 to 6), a list
    item's nesting (0: top level) or a quote's depth (1: one ``>``). ``ordered`` marks
    an item of a numbered list. ``rows`` holds a table's cells, row by row, and
    ``header`` says its first row is a header row. ``lines`` are the lines of the body
    the part is (a list item's with its bullet), ``links`` the text and target of each
    link in it, ``images`` the alt text and source of each image in it or right above it
    (both written only on request: :meth:`Document.to_markdown`).
    """

    kind: str
    text: str
    level: int = 0
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    lines: tuple[str, ...] = field(default=(), repr=False, compare=False)
    links: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    images: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Part:
        """The part :meth:`to_dict` described."""
        return cls(
            kind=str(data["kind"]),
            text=str(data["text"]),
            level=int(data.get("level", 0)),
            ordered=bool(data.get("ordered", False)),
            rows=tuple(tuple(str(cell) for cell in row) for row in data.get("rows") or ()),
            header=bool(data.get("header", False)),
        )

    def to_dict(self) -> dict[str, Any]:
        """``{"kind", "text", "level", "ordered", "rows", "header"}`` as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "level": self.level,
            "ordered": self.ordered,
            "rows": [list(row) for row in self.rows],
            "header": self.header,
        }


@dataclass
class Document:
    """A cleaned page.

    ``body`` holds paragraphs separated by one blank line, list items one per line and
    subheadings as paragraphs of their own. ``date`` is ISO ``YYYY-MM-DD``, ``language``
    ISO 639-1. ``evidence`` says which line gave each metadata field (and, under
    ``authors_by``, which byline strategy found the authors in text; under ``holes``, how
    many blocks of an HTML page came back from its visible lines); ``path`` says which
    pipeline produced the body (``"text"``, ``"html"``, ``"html-readability"``,
    ``"html-fallback"``, ``"html-stream"``).
    ``blocks`` are the body's blocks with their structure (:class:`Part`): what
    :meth:`to_markdown` writes. ``front_matter`` holds the lines of the YAML front matter
    the source began with, written back as they were by :meth:`to_markdown`.
    """

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    language: str | None = None
    removed: list[Removal] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    path: str = "text"
    blocks: list[Part] = field(default_factory=list)
    front_matter: list[str] = field(default_factory=list)

    def metadata(self) -> dict[str, Any]:
        """Title, authors, date, site and language, without empty values."""
        meta = {
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date,
            "site": self.site,
            "language": self.language,
        }
        return {k: v for k, v in meta.items() if v}

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain JSON-ready data (what :func:`dataclasses.asdict` gives,
        built directly: its deep copy cost milliseconds on a page with many removals;
        each block as :meth:`Part.to_dict` gives it).
        """
        data = {name: getattr(self, name) for name in _DOCUMENT_FIELDS}
        data["authors"] = list(self.authors)
        data["evidence"] = dict(self.evidence)
        data["blocks"] = [part.to_dict() for part in self.blocks]
        data["front_matter"] = list(self.front_matter)
        data["removed"] = [
            {name: getattr(r, name) for name in _REMOVAL_FIELDS} for r in self.removed
        ]
        return data

    def to_json(self, **kwargs: Any) -> str:
        """The :meth:`to_dict` data as a JSON string (UTF-8 kept, not escaped)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """The document :meth:`to_dict` described: ``Document.from_dict(d.to_dict()) == d``.

        Keys it does not know (a ``file`` name the command line adds) are left out; a
        missing key takes its default. ValueError for data of the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a document is a JSON object, not {type(data).__name__}")
        known = {name: data[name] for name in _DOCUMENT_FIELDS if name in data}
        try:
            known["authors"] = [str(a) for a in known.get("authors") or []]
            known["evidence"] = {str(k): str(v) for k, v in (known.get("evidence") or {}).items()}
            known["removed"] = [
                Removal(**{n: r[n] for n in _REMOVAL_FIELDS if n in r})
                for r in known.get("removed") or []
            ]
            known["blocks"] = [Part.from_dict(part) for part in known.get("blocks") or []]
            known["front_matter"] = [str(line) for line in known.get("front_matter") or []]
            return cls(**known)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            raise ValueError(f"not a cleantext document: {exc}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """The document :meth:`to_json` wrote (one JSON object; see :meth:`from_dict`)."""
        return cls.from_dict(json.loads(text))

    def to_markdown(
        self, *, front_matter: bool = True, links: bool = False, images: bool = False
    ) -> str:
        """CommonMark with GitHub tables: YAML front matter with the metadata, then the
        article's blocks (``##`` subheadings, ``-`` and ``1.`` lists, ``>`` quotes, fenced
        code, pipe tables).

        The source's own front matter lines come first, unchanged; metadata keys they lack
        follow. ``front_matter=False`` writes no front matter of cleantext's (the source's
        own is still kept) and the title as the only ``#`` heading instead. ``links=True``
        writes links as ``[text](target)``, ``images=True`` images as ``![alt](source)``
        (both off by default, as in trafilatura).
        """
        from cleantext.text.frontmatter import render
        from cleantext.text.render import markdown

        title = None if front_matter else self.title
        text = (
            markdown(self.blocks, title=title, links=links, images=images)
            if self.blocks
            else self.body
        )
        return render(self.metadata() if front_matter else {}, text, self.front_matter)


_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))
_REMOVAL_FIELDS = tuple(f.name for f in fields(Removal))
