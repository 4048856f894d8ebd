"""A text file's cleaned form: front matter kept and completed, lines removed, safety checked.

This is what ``cleantext --in-place`` writes and ``--check`` compares against, kept apart
from the command line so it can be tested as a function. Text here has ``"\\n"`` newlines;
reading and writing files (encodings, CRLF, permissions) is :mod:`cleantext.cli.files`' job.

A fixer removes whole lines and writes every other line back exactly as it was (only the
repairs the configuration switches on, mojibake, change a kept line): no blank line is
inserted, no markup flattened, no table cell or code line lost, and the constructs of
:mod:`cleantext.cli.structure` are never broken. Two promises more: a file whose lines are
all kept is left exactly as it is (so a second run changes nothing, byte for byte), and a
rewrite that would gut the file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cleantext.cleaner import Cleaner, apply_front_matter
from cleantext.cli import structure
from cleantext.document import Document, Removal
from cleantext.html.convert import looks_like_html
from cleantext.repair import fix_mojibake, needs_unmojibake
from cleantext.text import frontmatter

ROUNDS = 8  # cleaning the rewritten text again until it removes nothing more
_RULE_CHARS = frozenset("-*_=~ \t")


@dataclass(frozen=True)
class Rewrite:
    """The outcome of cleaning one file's text.

    ``text`` is the new file text (equal to the old one when ``changed`` is False),
    ``source`` the part that was cleaned (the text below any front matter), ``offset`` the
    number of lines above it, ``kept`` the share of the source's non-blank characters the
    new text keeps, and ``refusal`` why the file should be left alone, or None. ``removed``
    counts the lines taken out and ``held`` the lines the cleaner would have removed but
    that were kept to leave the file's structure whole (code blocks, tables, Markdown).
    """

    text: str
    doc: Document
    source: str
    offset: int
    changed: bool
    kept: float
    refusal: str | None = None
    removed: int = 0
    held: int = 0


def _ink(text: str) -> int:
    """Characters that are not whitespace: what "how much text" means here."""
    return sum(1 for ch in text if not ch.isspace())


def compose(meta: dict[str, object], body: str, existing: list[str]) -> str:
    """Front matter (existing lines first, then new metadata keys) above ``body``, newline-ended."""
    text = frontmatter.render(meta, body.strip("\n"), existing)
    return text if text.endswith("\n") else text + "\n"


def _filler(line: str) -> bool:
    """A line with no text: blank, or a horizontal rule."""
    return not line.strip() or set(line) <= _RULE_CHARS


def assemble(lines: list[str], dropped: set[int]) -> list[int]:
    """The lines (0-based) that stay once ``dropped`` go: a blank line or rule left next to
    another, or at the top or bottom, where a removed line stood goes with it."""
    out: list[int] = []
    removed_since = False  # a line was dropped since the last line kept
    for i, line in enumerate(lines):
        if i in dropped:
            removed_since = True
            continue
        if _filler(line):
            if removed_since and (not out or _filler(lines[out[-1]])):
                continue
        else:
            removed_since = False
        out.append(i)
    if removed_since:
        while out and _filler(lines[out[-1]]):
            out.pop()
    return out


def rewrite(
    text: str,
    cleaner: Cleaner,
    *,
    mode: str = "auto",
    url: str | None = None,
    front_matter: bool = True,
    keep_unchanged: bool = True,
    keep_min_share: float | None = None,
    markdown: bool = False,
) -> Rewrite:
    """Clean ``text``: split off its front matter, clean the rest, put the metadata on top.

    ``mode`` and ``url`` are passed to the cleaner. ``front_matter=False`` adds no
    metadata (existing front matter is still kept: it is the user's). With
    ``keep_unchanged`` (the fixer) the text is cleaned line by line: removed lines go,
    kept lines stay as written, and a text that loses no line is returned untouched;
    ``markdown`` says the file is Markdown, whose headings, lists, quotes and tables are
    kept. Without it (the filter's markdown output) the cleaned body is rendered below
    the front matter. ``keep_min_share`` (default: the cleaner's
    ``Config.keep_min_share``) sets ``refusal`` when less of the text would remain.
    """
    existing, source = frontmatter.split(text)
    offset = text[: len(text) - len(source)].count("\n")
    if not source.strip():
        return Rewrite(text, Document(), source, offset, changed=False, kept=1.0)
    minimum = cleaner.config.keep_min_share if keep_min_share is None else keep_min_share
    html = mode == "html" or (mode == "auto" and looks_like_html(source))
    if keep_unchanged and not html:
        return _by_lines(
            text, source, existing, offset, cleaner, url, front_matter, minimum, markdown
        )
    doc = cleaner.clean(source, mode=mode, url=url)
    apply_front_matter(doc, existing, whole=False)
    before, after = _ink(source), _ink(doc.body)
    kept = after / before if before else 1.0
    if keep_unchanged and doc.body.strip() == source.strip():
        return Rewrite(text, doc, source, offset, changed=False, kept=kept)
    new = compose(doc.metadata() if front_matter else {}, doc.body, existing)
    refusal = None
    if doc.path.startswith("html"):
        refusal = "looks like HTML, and rewriting it would replace the markup with text"
    else:
        refusal = _gutted(doc.body, kept, minimum)
    return Rewrite(
        new, doc, source, offset, changed=new != text, kept=kept, refusal=refusal,
        removed=len(doc.removed),
    )  # fmt: skip


def _gutted(body: str, kept: float, minimum: float) -> str | None:
    if not body.strip():
        return "the cleaned body would be empty"
    if kept < minimum:
        return f"the cleaned body would keep only {kept:.0%} of the text (minimum {minimum:.0%})"
    return None


def cut(line: str, parts: list[str]) -> str | None:
    """``line`` without ``parts`` (removed cells or glued pieces, left to right), each with
    the spaces after it; None when a part is not found as written (the line then stays)."""
    keep: list[str] = []
    at = 0
    for part in parts:
        found = line.find(part, at)
        if not part or found < 0:
            return None
        keep.append(line[at:found])
        at = found + len(part)
        while at < len(line) and line[at] in " \t\u00a0":
            at += 1
    keep.append(line[at:])
    return "".join(keep).rstrip()


def _by_lines(
    text: str,
    source: str,
    existing: list[str],
    offset: int,
    cleaner: Cleaner,
    url: str | None,
    front_matter: bool,
    minimum: float,
    markdown: bool,
) -> Rewrite:
    """The fixer's rewrite: removed lines (and removed cells of a line) go, the rest is
    written back as it was.

    The rewritten text is cleaned again until it loses nothing more, so that a second run
    of the fixer finds nothing to do.
    """
    lines = source.split("\n")
    mojibake = cleaner.config.repair_mojibake
    shown = [fix_mojibake(x) if mojibake and needs_unmojibake(x) else x for x in lines]
    whole = structure.covered(lines, markdown=markdown)
    dropped: set[int] = set()
    held: set[int] = set()
    removals: list[Removal] = []
    alive = list(range(len(lines)))
    current = source
    first: Document | None = None
    for _ in range(ROUNDS):
        doc, verdicts = cleaner.clean_lines(current, url=url)
        first = first or doc
        wanted = {alive[i] for i, verdict in enumerate(verdicts) if verdict is False}
        allowed, _count = structure.protect(lines, dropped | wanted, markdown=markdown)
        held |= wanted - allowed
        new = allowed - dropped
        parts: dict[int, list[str]] = {}
        for r in doc.removed:
            if 0 < r.line <= len(alive) and verdicts[r.line - 1] and alive[r.line - 1] not in whole:
                parts.setdefault(alive[r.line - 1], []).append(r.text)
        cuts = {i: c for i, p in parts.items() if (c := cut(shown[i], p)) not in (None, shown[i])}
        if not new and not cuts:
            break
        removals += [
            replace(r, line=alive[r.line - 1] + 1)
            for r in doc.removed
            if 0 < r.line <= len(alive) and (alive[r.line - 1] in new or alive[r.line - 1] in cuts)
        ]
        for i, c in cuts.items():
            shown[i] = c
        dropped |= new | {i for i, c in cuts.items() if not c.strip()}
        alive = assemble(shown, dropped)
        current = "\n".join(shown[i] for i in alive)
    assert first is not None
    apply_front_matter(first, existing, whole=False)
    body = "\n".join(shown[i] for i in alive)
    result = replace(first, body=body, removed=sorted(removals, key=lambda r: r.line))
    before, after = _ink(source), _ink(body)
    kept = after / before if before else 1.0
    held_count = len(held - dropped)
    if not dropped and shown == lines:
        return Rewrite(text, result, source, offset, changed=False, kept=kept, held=held_count)
    new_text = compose(first.metadata() if front_matter else {}, body, existing)
    return Rewrite(
        new_text, result, source, offset, changed=new_text != text, kept=kept,
        refusal=_gutted(body, kept, minimum), removed=len(removals), held=held_count,
    )  # fmt: skip
