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
    from 1 as editors and ``--explain`` count (0: no line of its own, as in HTML input).
    """

    text: str
    rule: str
    family: str
    line: int = 0


@dataclass
class Document:
    """A cleaned page.

    ``body`` holds paragraphs separated by one blank line, list items one per line and
    subheadings as paragraphs of their own. ``date`` is ISO ``YYYY-MM-DD``, ``language``
    ISO 639-1. ``evidence`` says which line gave each metadata field; ``path`` says which
    pipeline produced the body (``"text"``, ``"html"``, ``"html-fallback"``).
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
        built directly: its deep copy cost milliseconds on a page with many removals).
        """
        data = {name: getattr(self, name) for name in _DOCUMENT_FIELDS}
        data["authors"] = list(self.authors)
        data["evidence"] = dict(self.evidence)
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
            return cls(**known)
        except (TypeError, AttributeError) as exc:
            raise ValueError(f"not a cleantext document: {exc}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """The document :meth:`to_json` wrote (one JSON object; see :meth:`from_dict`)."""
        return cls.from_dict(json.loads(text))

    def to_markdown(self) -> str:
        """YAML front matter with the metadata, then the body."""
        from cleantext.text.frontmatter import render

        return render(self.metadata(), self.body)


_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))
_REMOVAL_FIELDS = tuple(f.name for f in fields(Removal))
