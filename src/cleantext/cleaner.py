"""The pipeline: decode, repair, parse, segment, rules, classify, select, metadata, render."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from cleantext.blocks import GOOD, Block, release
from cleantext.config import DEFAULT, Config
from cleantext.decode import decode
from cleantext.document import Document, Removal
from cleantext.html import convert as _html
from cleantext.html import extract as _htmlpath
from cleantext.meta import language as _language
from cleantext.meta import reader as _metadata
from cleantext.repair import normalize_newlines, repair_lines
from cleantext.text import classify as _classify
from cleantext.text import frontmatter as _frontmatter
from cleantext.text import render as _render
from cleantext.text import rules as _rules
from cleantext.text import select as _select
from cleantext.text import unwrap as _unwrap
from cleantext.text.segment import segment

MODES = ("auto", "text", "html")
SETTLE_ROUNDS = 8  # re-cleaning rounds that make text-mode cleaning a fixpoint


class Pass(NamedTuple):
    """One cleaning pass over a text: see :meth:`Cleaner._clean_text_once`."""

    doc: Document
    blocks: list[Block]
    origin: list[int]
    whole: bool


class Settled(NamedTuple):
    """A text cleaned until nothing changes: see :meth:`Cleaner._settled`."""

    doc: Document
    origin: list[int]
    seen: set[int]
    whole: bool


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
            doc.blocks = _render.reconcile(doc.blocks, doc.body)
            return doc
        doc, _, _, whole = self._settled(text, url, path="text")
        doc.blocks = _render.reconcile(doc.blocks, doc.body)
        self._settle_markdown(doc, url, whole)
        return doc

    def _settle_markdown(self, doc: Document, url: str | None, whole: bool) -> None:
        """Clean the article's Markdown once more, as Markdown, until nothing changes.

        Read as Markdown, a subheading is a heading and no longer a line of prose, which
        the classifier weighs differently: what that reading removes goes (and the body
        is settled again as text), so that cleaning :meth:`Document.to_markdown` again
        changes nothing. A body without markup was read that way already.

        Text input only: an HTML page's subheadings were judged with the page's markup,
        and the text path, reading them as Markdown headings, would take a heading that
        sounds like a related-stories box ("More Technically Incorrect") for the end of
        the article. Recall goes first: its Markdown may lose a line when cleaned again.
        ``whole``: the text read as an article already, and its Markdown is read so too.
        """
        title = doc.title if doc.front_matter else None  # the headline the author gave
        for _ in range(SETTLE_ROUNDS):
            text = _render.markdown(doc.blocks)
            if text == doc.body:
                return
            again = self._clean_text_once(
                text, url, path=doc.path, markdown=True, whole=whole, title=title
            ).doc
            kept = _render.surviving(doc.blocks, again.blocks)
            if kept is None or len(kept) == len(doc.blocks):
                return
            doc.blocks, doc.body = kept, _render.plain(kept)
            # Lines of the Markdown, not of the source: no line of their own to name.
            base = max(r.round for r in doc.removed) if doc.removed else 1
            doc.removed += [replace(r, line=0, round=base + 1) for r in again.removed]
            settled = self._settled(doc.body, url, path=doc.path, whole=whole).doc
            if settled.body != doc.body:
                doc.body = settled.body
                doc.removed += [
                    replace(r, line=0, round=base + 1 + r.round) for r in settled.removed
                ]
                doc.blocks = _render.reconcile(doc.blocks, doc.body)

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

    def clean_lines(
        self, text: str, *, url: str | None = None
    ) -> tuple[Document, list[bool | None]]:
        """Clean ``text`` in text mode, and say for each of its lines whether the body keeps it.

        The verdicts follow ``text``'s lines (ending at LF, CRLF or CR): True when the body
        keeps some of the line, False when all of it was removed, None for a line with no
        text (blank, or a horizontal rule). A tool that rewrites a file line by line (the
        ``cleantext --in-place`` fixer) keeps the kept lines exactly as they were.
        """
        # Line by line: a wrapped paragraph's lines are judged apart, each kept or not.
        doc, origin, seen, _ = self._settled(text, url, path="text", unwrap=False)
        kept = {line for line in origin if line >= 0}
        count = normalize_newlines(text).count("\n") + 1
        return doc, [(i in kept) if i in seen else None for i in range(count)]

    # -- text ------------------------------------------------------------------------
    def _clean_text(
        self, text: str, url: str | None, *, path: str = "text", markdown: bool | None = None
    ) -> Document:
        return self._settled(text, url, path=path, markdown=markdown).doc

    def _settled(
        self,
        text: str,
        url: str | None,
        *,
        path: str,
        markdown: bool | None = None,
        whole: bool | None = None,
        unwrap: bool = True,
    ) -> Settled:
        """Clean, then clean the body again until nothing changes (at most a few rounds).

        The classifier reads each line's neighbours, so a body without its menus can read
        differently from the page; settling here keeps cleaning idempotent. ``markdown``
        says whether ``text`` is Markdown (None: guessed; a document with YAML front matter
        is); ``whole`` whether it reads as an article already (None: its cues decide, once
        for every round). Returns the document, the line of ``text`` each body line came
        from (-1: blank), the lines of ``text`` that hold any text, and ``whole``; every
        removal's ``line`` is a line of ``text``.
        """
        head, rest = _frontmatter.split(normalize_newlines(text))
        if head and not _frontmatter.is_yaml(head):
            head, rest = [], text
        first = None
        title = None  # the title the front matter gives: the page's headline, no other line
        if head:  # the author's metadata: read, and the page below it cleaned as Markdown
            above = text.count("\n", 0, len(normalize_newlines(text)) - len(rest))
            first = list(range(above, above + rest.count("\n") + 1))
            markdown = True if markdown is None else markdown
            title = _metadata.from_front_matter(head)[0].get("title")
        doc, blocks, origin, whole = self._clean_text_once(
            rest,
            url,
            path=path,
            lines=first,
            markdown=markdown,
            whole=whole,
            title=title,
            unwrap=unwrap,
        )
        if head:
            apply_front_matter(doc, head)
        seen = {b.line for b in blocks}
        if doc.body == text:  # nothing changed: cleaning it again would find the same
            return Settled(doc, origin, seen, whole)
        for settling in range(SETTLE_ROUNDS):
            again, _blocks, again_origin, _ = self._clean_text_once(
                doc.body, url, path=path, lines=origin, whole=whole, title=title, unwrap=unwrap
            )
            if again.body == doc.body:
                break
            doc.body, origin = again.body, again_origin
            doc.removed += [replace(r, round=settling + 2) for r in again.removed]
        return Settled(doc, origin, seen, whole)

    def _clean_text_once(
        self,
        text: str,
        url: str | None,
        *,
        path: str = "text",
        lines: list[int] | None = None,
        markdown: bool | None = None,
        whole: bool | None = None,
        title: str | None = None,
        unwrap: bool = True,
    ) -> Pass:
        """One pass: the document, its blocks, the origin of each body line, and whether
        the text was read as an article already.

        ``lines`` gives the 0-based source line of each line of ``text`` (None: ``text`` is
        the source); blocks come back with their ``line`` counted in the source. ``whole``
        says the text reads as an article already (None:
        :func:`cleantext.text.select.reads_as_article` decides). ``title`` is the headline
        when known (front matter's): no other line is taken for it.
        """
        blocks, lang, repaired = self._text_blocks(text, url, markdown, unwrap=unwrap)
        doc, origin, whole = self._judged(
            blocks, lang, repaired, url, path=path, lines=lines, whole=whole, title=title
        )
        return Pass(doc, blocks, origin, whole)

    def _judged(
        self,
        blocks: list[Block],
        lang: str | None,
        repaired: list[int] | None,
        url: str | None,
        *,
        path: str,
        lines: list[int] | None,
        whole: bool | None,
        title: str | None = None,
    ) -> tuple[Document, list[int], bool]:
        """The classifier, the article's span and its metadata over the rules' blocks.

        ``whole``: the text reads as an article already, so the classifier's and the
        span's verdicts, made for lines among menus and teasers, are not applied to it;
        its headline is read and stays, its byline read and taken out.
        """
        _classify.classify(blocks, _language.stopwords(lang))
        # Site templates after the classifier: it reads the page as the site made it (a
        # menu line is context for the lines around it); they only take their lines away.
        cfg = self.config
        if cfg.templates is not None and "template" in cfg.families:
            cfg.templates.apply(blocks, url)
        found = _select.span(blocks)
        # Read afresh, this text would keep its first line (see headline_stays below);
        # read once, and only where ``whole`` does not already say so.
        reads_whole = True if whole else _select.reads_as_article(blocks)
        if whole is None:
            whole = reads_whole
        if whole:
            found = (0, len(blocks) - 1)
        doc = Document(language=lang, path=path)
        if found is None:
            for b in blocks:
                b.mark("select.no_article", "boilerplate")
        else:
            start, end = found
            end = _table_end(blocks, end)
            meta = _metadata.extract(
                blocks,
                start,
                url=url,
                language=lang,
                end=end,
                title=title,
                # A text that reads as an article keeps its headline (front matter's
                # goes): a settling round of a page's body reads it as a fresh cleaning
                # of that body would, and takes no subheading for a second headline.
                headline_stays=(whole or reads_whole) and title is None,
            )
            _metadata.drop_author_bios(blocks, meta.authors, start)
            _metadata.drop_site_about(blocks, meta.site)
            for i, b in enumerate(blocks):
                if i < start or i > end:
                    b.mark(*(b.after_end or ("select.outside_article", "boilerplate")))
                elif b.label != GOOD and not whole and not (b.cells and b.after_end is None):
                    # A table's rows inside the article stay together: a row is a record,
                    # which the classifier, reading lines as prose, cannot judge alone.
                    b.mark(*b.verdict_rule())
            doc.title, doc.authors, doc.date = meta.title, meta.authors, meta.date
            doc.site, doc.evidence = meta.site, meta.evidence
        # From here on a block's line is the source's: repairs may have split a line.
        for b in blocks:
            line = repaired[b.line] if repaired is not None else b.line
            b.line = lines[line] if lines is not None else line
        doc = self._finish(doc, blocks)
        return doc, _render.origins(b for b in blocks if not b.dropped), whole

    def _text_blocks(
        self, text: str, url: str | None, markdown: bool | None = None, *, unwrap: bool = True
    ) -> tuple[list[Block], str | None, list[int] | None]:
        """Repair, segment and apply the rules: the blocks the classifier then judges, the
        language, and the line of ``text`` each repaired line stands on (None: the same).
        ``unwrap``: hard-wrapped paragraphs are joined first (not for a line-by-line fixer)."""
        cfg = self.config
        text, repaired = repair_lines(text, mojibake=cfg.repair_mojibake, glued=cfg.split_glued)
        if unwrap:
            text, joined = _unwrap.unwrap(text)
            if joined is not None:
                repaired = [repaired[j] for j in joined] if repaired is not None else joined
        blocks = segment(text, markdown=markdown)
        lang = _language.detect(b.text for b in blocks)
        _rules.apply(blocks, _rules.compiled_for(cfg, lang), cfg)
        return blocks, lang, repaired

    def _finish(self, doc: Document, blocks: list[Block]) -> Document:
        release(blocks, self.config.families)
        kept = [b for b in blocks if not b.dropped]
        doc.body = _render.body(kept)
        doc.blocks = _render.parts(kept)
        doc.removed = [
            Removal(text=b.raw, rule=b.drop[0], family=b.drop[1], line=_line_of(b))
            for b in blocks
            if b.drop is not None
        ]
        if kept and doc.language is None:
            doc.language = _language.detect(b.text for b in kept)
        return doc

    # -- html ------------------------------------------------------------------------
    def _clean_html(self, html: str, url: str | None) -> Document:
        return _htmlpath.clean_html(html, url, self.config, self._finish, self._clean_text)


def apply_front_matter(doc: Document, lines: list[str], *, whole: bool = True) -> None:
    """Front matter's title, authors, date, site and language win over what the page gave.

    With ``whole``, front matter that names any of these fields is the document's metadata:
    a field it leaves out stays empty (cleantext writes it so when it found nothing, and
    cleaning its own Markdown again must not find more). Without it (a file whose author
    wrote some fields), the page's values fill the fields it leaves out. The lines are
    kept to be written back.
    """
    meta, evidence = _metadata.from_front_matter(lines)
    clear = whole and _frontmatter.names_metadata(lines)
    for key in _frontmatter.ORDER:
        if key in meta or clear:
            doc.evidence.pop(f"{key}_by", None)  # no reader of the page found it
        if key in meta:
            value = meta[key]
            setattr(doc, key, list(value) if key == "authors" else value)
        elif clear:
            setattr(doc, key, [] if key == "authors" else None)
            doc.evidence.pop(key, None)
    doc.evidence.update(evidence)
    doc.front_matter = lines


def _line_of(block: Block) -> int:
    """The 1-based line a removal names: of the text, or of an HTML page's source."""
    return block.source if block.source >= 0 else block.line + 1


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
