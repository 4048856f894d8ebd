"""The pipeline: decode, repair, parse, segment, rules, classify, select, metadata, render."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from cleantext.blocks import GOOD, Block
from cleantext.config import DEFAULT, Config
from cleantext.decode import decode
from cleantext.document import Document, Removal
from cleantext.html import convert as _html
from cleantext.html import extract as _htmlpath
from cleantext.meta import language as _language
from cleantext.meta import reader as _metadata
from cleantext.repair import repair
from cleantext.text import classify as _classify
from cleantext.text import frontmatter as _frontmatter
from cleantext.text import render as _render
from cleantext.text import rules as _rules
from cleantext.text import select as _select
from cleantext.text.segment import segment

MODES = ("auto", "text", "html")
SETTLE_ROUNDS = 8  # re-cleaning rounds that make text-mode cleaning a fixpoint


class Cleaner:
    """A reusable cleaner: one :class:`Config`, many pages. Thread-safe and stateless."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or DEFAULT

    def clean(self, source: str | bytes, *, mode: str = "auto", url: str | None = None) -> Document:
        """Clean one page (``str`` or ``bytes``; ``mode`` is ``"auto"``, ``"text"`` or ``"html"``)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        if isinstance(source, bytes | bytearray):
            text = decode(bytes(source))
        elif isinstance(source, str):
            text = source
        else:
            raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
        if mode == "auto":
            mode = "html" if _html.looks_like_html(text) else "text"
        if mode == "html":
            doc = self._clean_html(text, url)
        elif text.startswith("---") and (found := _frontmatter.split(text))[0]:
            doc = self._clean_front_matter(text, *found, url=url)
        else:
            doc = self._clean_text(text, url)
        doc.blocks = _render.reconcile(doc.blocks, doc.body)
        if not doc.path.startswith("html"):
            self._settle_markdown(doc, url)
        return doc

    def _settle_markdown(self, doc: Document, url: str | None) -> None:
        """Clean the article's Markdown once more, as Markdown, until nothing changes.

        Read as Markdown, a subheading is a heading and no longer a line of prose, which
        the classifier weighs differently: what that reading removes goes (and the body
        is settled again as text), so that cleaning :meth:`Document.to_markdown` again
        changes nothing. A body without markup was read that way already.

        Text input only: an HTML page's subheadings were judged with the page's markup,
        and the text path, reading them as Markdown headings, would take a heading that
        sounds like a related-stories box ("More Technically Incorrect") for the end of
        the article. Recall goes first: its Markdown may lose a line when cleaned again.
        """
        for _ in range(SETTLE_ROUNDS):
            text = _render.markdown(doc.blocks)
            if text == doc.body:
                return
            again = self._clean_text_once(text, url, path=doc.path, markdown=True)
            kept = _render.surviving(doc.blocks, again.blocks)
            if kept is None or len(kept) == len(doc.blocks):
                return
            doc.blocks, doc.body = kept, _render.plain(kept)
            doc.removed += again.removed  # their ``line`` counts lines of the Markdown
            settled = self._clean_text(doc.body, url, path=doc.path)
            if settled.body != doc.body:
                doc.body = settled.body
                doc.removed += settled.removed
                doc.blocks = _render.reconcile(doc.blocks, doc.body)

    def _clean_front_matter(
        self, text: str, lines: list[str], rest: str, *, url: str | None
    ) -> Document:
        """A Markdown document with YAML front matter: its values are the metadata (they
        win over what the body suggests), the rest is cleaned as Markdown, and the front
        matter is kept to be written back (:meth:`Document.to_markdown`)."""
        offset = text[: len(text) - len(rest)].count("\n")
        doc = self._clean_text(rest, url, markdown=True)
        doc.removed = [replace(r, line=r.line + offset) for r in doc.removed]
        meta = _frontmatter.read(lines)
        # Front matter that names any of the fields is the document's metadata: what it
        # leaves out stays out (cleantext wrote it so: it found nothing).
        known = any(key in meta for key in _frontmatter.ORDER)
        for key in _frontmatter.ORDER:
            value = meta.get(key)
            if key == "authors":
                value = [str(a) for a in value] if isinstance(value, list) else None
            elif not isinstance(value, str):
                value = None
            if value:
                setattr(doc, key, value)
                doc.evidence[key] = "front matter"
            elif known:
                setattr(doc, key, [] if key == "authors" else None)
                doc.evidence.pop(key, None)
        doc.front_matter = lines
        return doc

    def learn(
        self, records: Iterable[Mapping[str, Any]], *, fields: Any = None, **thresholds: Any
    ) -> Cleaner:
        """A new Cleaner that also removes the site templates learned from ``records``.

        ``records`` are mappings with ``text`` (or ``html``) and ``url`` (or ``site``),
        field names as in ``fields`` (:class:`cleantext.corpus.templates.Fields`); ``thresholds``
        are those of :class:`cleantext.corpus.templates.Thresholds`.
        """
        from cleantext.corpus.templates import Thresholds, learn

        cfg = self.config
        found = learn(
            records,
            Thresholds(**thresholds),
            fields,
            mojibake=cfg.repair_mojibake,
            glued=cfg.split_glued,
        )
        return Cleaner(cfg.replace(templates=found))

    # -- text ------------------------------------------------------------------------
    def _clean_text(
        self, text: str, url: str | None, *, path: str = "text", markdown: bool | None = None
    ) -> Document:
        """Clean, then clean the body again until nothing changes (at most a few rounds).

        The classifier reads each line's neighbours, so a body without its menus can read
        differently from the page; settling here keeps cleaning idempotent. ``markdown``
        says whether ``text`` is Markdown (None: guessed); the body is plain text.
        """
        doc = self._clean_text_once(text, url, path=path, markdown=markdown)
        if doc.body == text:  # nothing changed: cleaning it again would find the same
            return doc
        for _ in range(SETTLE_ROUNDS):
            again = self._clean_text_once(doc.body, url, path=path)
            if again.body == doc.body:
                break
            doc.body = again.body
            doc.removed += again.removed  # their ``line`` counts lines of the earlier body
        return doc

    def _clean_text_once(
        self, text: str, url: str | None, *, path: str = "text", markdown: bool | None = None
    ) -> Document:
        blocks, lang = self._text_blocks(text, url, markdown)
        _classify.classify(blocks, _language.stopwords(lang))
        # Site templates after the classifier: it reads the page as the site made it (a
        # menu line is context for the lines around it); they only take their lines away.
        cfg = self.config
        if cfg.templates is not None and "template" in cfg.families:
            cfg.templates.apply(blocks, url)
        found = _select.span(blocks)
        doc = Document(language=lang, path=path)
        if found is None:
            for b in blocks:
                b.mark("select.no_article", "boilerplate")
            return self._finish(doc, blocks)
        start, end = found
        end = _table_end(blocks, end)
        meta = _metadata.extract(blocks, start, url=url, language=lang)
        _metadata.drop_author_bios(blocks, meta.authors, start)
        _metadata.drop_site_about(blocks, meta.site)
        for i, b in enumerate(blocks):
            if i < start or i > end:
                b.mark(*(b.after_end or ("select.outside_article", "boilerplate")))
            elif b.label != GOOD and not (b.cells and b.after_end is None):
                # A table's rows inside the article stay together: a row is a record,
                # which the classifier, reading lines as prose, cannot judge alone.
                b.mark(*(b.after_end or ("classify.boilerplate", "boilerplate")))
        doc.title, doc.authors, doc.date, doc.site = meta.title, meta.authors, meta.date, meta.site
        doc.evidence = meta.evidence
        return self._finish(doc, blocks)

    def _text_blocks(
        self, text: str, url: str | None, markdown: bool | None = None
    ) -> tuple[list[Block], str | None]:
        """Repair, segment and apply the rules: the blocks the classifier then judges."""
        cfg = self.config
        text = repair(text, mojibake=cfg.repair_mojibake, glued=cfg.split_glued)
        blocks = segment(text, markdown=markdown)
        lang = _language.detect(b.text for b in blocks)
        _rules.apply(blocks, _rules.compiled_for(cfg, lang), cfg)
        return blocks, lang

    def _finish(self, doc: Document, blocks: list[Block]) -> Document:
        kept = [b for b in blocks if not b.dropped]
        doc.body = _render.body(kept)
        doc.blocks = _render.parts(kept)
        doc.removed = [
            Removal(text=b.raw, rule=b.drop[0], family=b.drop[1], line=b.line)
            for b in blocks
            if b.drop is not None
        ]
        if kept and doc.language is None:
            doc.language = _language.detect(b.text for b in kept)
        return doc

    # -- html ------------------------------------------------------------------------
    def _clean_html(self, html: str, url: str | None) -> Document:
        return _htmlpath.clean_html(html, url, self.config, self._finish, self._clean_text)


def _table_end(blocks: list[Block], end: int) -> int:
    """``end``, or the last row of the table whose row it is: an article that ends in a
    table ends after its last row."""
    group = blocks[end].group if blocks[end].cells else 0
    while group and end + 1 < len(blocks) and blocks[end + 1].group == group:
        end += 1
    return end


def clean(
    source: str | bytes,
    *,
    mode: str = "auto",
    url: str | None = None,
    config: Config | None = None,
) -> Document:
    """Clean one page with a default (or the given) configuration. See :class:`Cleaner`."""
    return Cleaner(config).clean(source, mode=mode, url=url)
