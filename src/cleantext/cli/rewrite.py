"""A text file's cleaned form: front matter kept and completed, the body cleaned, safety checked.

This is what ``cleantext --in-place`` writes and ``--check`` compares against, kept apart
from the command line so it can be tested as a function. Text here has ``"\\n"`` newlines;
reading and writing files (encodings, CRLF, permissions) is :mod:`cleantext.cli.files`' job.

Two promises: a file whose body is already clean is left exactly as it is (so a second run
changes nothing, byte for byte), and a rewrite that would gut the file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleantext.cleaner import Cleaner
from cleantext.document import Document
from cleantext.text import frontmatter


@dataclass(frozen=True)
class Rewrite:
    """The outcome of cleaning one file's text.

    ``text`` is the new file text (equal to the old one when ``changed`` is False),
    ``source`` the part that was cleaned (the text below any front matter), ``offset`` the
    number of lines above it, ``kept`` the share of the source's non-blank characters the
    body keeps, and ``refusal`` why the file should be left alone, or None.
    """

    text: str
    doc: Document
    source: str
    offset: int
    changed: bool
    kept: float
    refusal: str | None = None


def _ink(text: str) -> int:
    """Characters that are not whitespace: what "how much text" means here."""
    return sum(1 for ch in text if not ch.isspace())


def compose(meta: dict[str, object], body: str, existing: list[str]) -> str:
    """Front matter (existing lines first, then new metadata keys) above ``body``, newline-ended."""
    text = frontmatter.render(meta, body.strip("\n"), existing)
    return text if text.endswith("\n") else text + "\n"


def rewrite(
    text: str,
    cleaner: Cleaner,
    *,
    mode: str = "auto",
    url: str | None = None,
    front_matter: bool = True,
    keep_unchanged: bool = True,
    keep_min_share: float | None = None,
) -> Rewrite:
    """Clean ``text``: split off its front matter, clean the rest, put the metadata on top.

    ``mode`` and ``url`` are passed to :meth:`Cleaner.clean`.
    ``front_matter=False`` adds no metadata (existing front matter is still kept: it is the
    user's). With ``keep_unchanged``, text whose body comes out as it went in is returned
    untouched rather than re-rendered. ``keep_min_share`` (default: the cleaner's
    ``Config.keep_min_share``) sets ``refusal`` when the body would keep less of the text.
    """
    existing, source = frontmatter.split(text)
    offset = text[: len(text) - len(source)].count("\n")
    if not source.strip():
        return Rewrite(text, Document(), source, offset, changed=False, kept=1.0)
    doc = cleaner.clean(source, mode=mode, url=url)
    before, after = _ink(source), _ink(doc.body)
    kept = after / before if before else 1.0
    if keep_unchanged and doc.body.strip() == source.strip():
        return Rewrite(text, doc, source, offset, changed=False, kept=kept)
    new = compose(doc.metadata() if front_matter else {}, doc.body, existing)
    refusal = None
    minimum = cleaner.config.keep_min_share if keep_min_share is None else keep_min_share
    if doc.path.startswith("html"):
        refusal = "looks like HTML, and rewriting it would replace the markup with text"
    elif not doc.body.strip():
        refusal = "the cleaned body would be empty"
    elif kept < minimum:
        refusal = f"the cleaned body would keep only {kept:.0%} of the text (minimum {minimum:.0%})"
    return Rewrite(new, doc, source, offset, changed=new != text, kept=kept, refusal=refusal)
