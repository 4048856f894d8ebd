"""Does cleantext's Markdown read back, with a CommonMark parser, as the blocks it kept?

    .venv/bin/python bench/markdown_structure.py                  # 50 wcxb_dev pages, HTML mode
    .venv/bin/python bench/markdown_structure.py --limit 200 --mode text --renderer inscriptis

Each page is cleaned; ``Document.to_markdown()`` is parsed with markdown-it-py
(CommonMark with GitHub tables) into headings, list items (nesting, numbered or not),
tables (rows and cells), quotes, code blocks and paragraphs, which must be the blocks
of ``Document.blocks``, in order. The Markdown is also cleaned again: it must come out
unchanged. Prints the pages that differ and the counts. Needs ``markdown-it-py`` (the
``test`` extra). Reads the set from ``../shared/eval`` (``--eval`` to point elsewhere).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
from pathlib import Path
from typing import Any

import cleantext
from cleantext.document import CODE, HEADING, ITEM, QUOTE, TABLE, Document
from cleantext.text import frontmatter

Shape = tuple[Any, ...]


def _text(token: Any) -> str:
    """The text an inline token shows (escapes resolved), whitespace folded."""
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return " ".join("".join(out).split())


def read(markdown: str) -> list[Shape]:
    """The blocks of ``markdown`` (front matter left out) as markdown-it-py parses them."""
    from markdown_it import MarkdownIt

    _, text = frontmatter.split(markdown)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    out: list[Shape] = []
    lists: list[bool] = []  # ordered or not, per open list
    quotes = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind == "heading_open":
            out.append((HEADING, int(token.tag[1]), _text(tokens[i + 1])))
        elif kind == "fence" or kind == "code_block":
            out.append((CODE, token.content.rstrip("\n")))
        elif kind == "table_open":
            rows: list[tuple[str, ...]] = []
            while tokens[i].type != "table_close":
                if tokens[i].type == "tr_open":
                    rows.append(())
                elif tokens[i].type == "inline":
                    rows[-1] = (*rows[-1], _text(tokens[i]))
                i += 1
            out.append((TABLE, tuple(rows)))
        elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
            text = _text(token)
            if lists:
                out.append((ITEM, len(lists) - 1, lists[-1], text))
            elif quotes:
                out.append((QUOTE, quotes, text))
            else:
                out.append(("paragraph", text))
        i += 1
    return out


def expected(doc: Document) -> list[Shape]:
    """The blocks of ``doc`` as :func:`read` should find them in its Markdown."""
    out: list[Shape] = []
    for part in doc.blocks:
        text = " ".join(part.text.split())
        if part.kind == HEADING:
            out.append((HEADING, min(6, max(2, part.level)), text))
        elif part.kind == ITEM:
            out.append((ITEM, part.level, part.ordered, text))
        elif part.kind == QUOTE:
            out.append((QUOTE, part.level, text))
        elif part.kind == CODE:
            out.append((CODE, part.text))
        elif part.kind == TABLE:
            width = max(len(r) for r in part.rows)
            rows = tuple(
                tuple(" ".join(c.split()) for c in r) + ("",) * (width - len(r)) for r in part.rows
            )
            out.append((TABLE, rows))
        else:
            out.append(("paragraph", text))
    return out


def check(doc: Document) -> list[str]:
    """What differs between ``doc``'s blocks and its Markdown read back (empty: nothing)."""
    problems = []
    markdown = doc.to_markdown()
    found, wanted = read(markdown), expected(doc)
    if found != wanted:
        diff = difflib.unified_diff(
            [repr(s) for s in wanted], [repr(s) for s in found], "blocks", "markdown", n=0
        )
        problems.append("\n".join(list(diff)[2:12]))
    again = cleantext.clean(markdown).to_markdown()
    if again != markdown:
        diff = difflib.unified_diff(markdown.splitlines(), again.splitlines(), n=0)
        problems.append("cleaned again:\n" + "\n".join(list(diff)[2:12]))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).parents[1] / "../shared/eval")
    parser.add_argument("--set", default="wcxb_dev")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument(
        "--renderer",
        choices=("html2text", "inscriptis"),
        default="html2text",
        help="text mode's dump",
    )
    args = parser.parse_args()
    pages = parsed = fixed = 0
    kinds: dict[str, int] = {}
    with gzip.open(args.eval / "data" / f"{args.set}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            field = "html" if args.mode == "html" else f"text_{args.renderer}"
            source = record.get(field)
            if not source:
                continue
            doc = cleantext.clean(source, mode=args.mode, url=record.get("url"))
            pages += 1
            for part in doc.blocks:
                kinds[part.kind] = kinds.get(part.kind, 0) + 1
            problems = check(doc)
            parsed += not any(not p.startswith("cleaned again") for p in problems)
            fixed += not any(p.startswith("cleaned again") for p in problems)
            for problem in problems:
                print(f"{record['id']}: {problem}\n")
            if pages >= args.limit:
                break
    print(f"{args.set} ({args.mode}): {pages} pages; blocks {kinds}")
    print(f"  Markdown reads back as the blocks: {parsed}/{pages}")
    print(f"  Markdown cleaned again is unchanged: {fixed}/{pages}")


if __name__ == "__main__":
    main()
