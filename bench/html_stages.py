#!/usr/bin/env python3
"""Where HTML mode spends its CPU: trafilatura's extraction and each step cleantext adds.

    .venv/bin/python bench/html_stages.py                 # 30 pages per set
    .venv/bin/python bench/html_stages.py --limit 0       # every page

Wraps each step of ``cleantext.html.extract.clean_html`` and adds up its CPU time
(``time.process_time``); nested steps are listed under the step that calls them, and
language identification, which several steps call, on a line of its own.
trafilatura's extraction is the cascade itself (its readability candidate included);
everything else is what cleantext adds. Not a test: the figures move with the machine's
load.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from speed import records, set_names

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
# (label, module in cleantext, function name); indented labels run inside the one above.
STAGES = (
    ("parse", "html.extract", "parse"),
    ("metadata", "html.meta", "extract"),
    ("  htmldate", "html.meta", "_find_date"),
    ("  byline elements", "html.meta", "_visible_author"),
    ("extraction", "html.views", "_extract"),
    ("readability view", "html.views", "readability_body"),
    ("blocks", "html.convert", "blocks_from_xml"),
    ("cleaning views", "html.extract", "clean_blocks"),
    ("  rules", "html.extract", "apply_rules"),
    ("  article span", "html.extract", "trim_to_article"),
    ("choice", "html.extract", "choose"),
    ("widening", "html.extract", "widen"),
    ("readability elsewhere", "html.extract", "readability_elsewhere"),
    ("page-text fallback", "html.stream", "visible_lines"),
    ("settling as text", "html.extract", "settle"),
    ("  classify", "cleaner", "_classify"),
    ("  metadata", "cleaner", "_metadata"),
    ("language (all steps)", "html.extract", "_language"),
)
#: Steps that run inside others wherever they are called: not added to the total.
INSIDE = ("language (all steps)",)
# Modules imported under these names: their entry point is timed, wherever it is called.
ENTRY = {"_language": "detect", "_classify": "classify", "_metadata": "extract"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl.gz sets")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument("--limit", type=int, default=30, help="pages per set (0: all)")
    args = ap.parse_args(argv)
    sets = set_names(args.data, args.sets)
    pages = [(r["html"], r.get("url")) for r in records(args.data, sets, args.limit)]

    import importlib

    import cleantext

    spent: dict[str, float] = defaultdict(float)

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.process_time() - start

        return run

    for label, module, name in STAGES:
        owner = importlib.import_module(f"cleantext.{module}")
        if name in ENTRY:  # a module as ``module`` calls it: its entry point
            used = getattr(owner, name)
            setattr(used, ENTRY[name], timed(label, getattr(used, ENTRY[name])))
            continue
        setattr(owner, name, timed(label, getattr(owner, name)))
    c = cleantext.Cleaner()
    for html, url in pages[:3]:  # imports, compiled cues, the language model
        c.clean(html, mode="html", url=url)
    spent.clear()
    start = time.process_time()
    for html, url in pages:
        c.clean(html, mode="html", url=url)
    total = time.process_time() - start
    n = len(pages)
    print(f"{n} pages from {', '.join(sets)}: {1000 * total / n:.2f} ms CPU per page\n")
    print(f"{'step':22s} {'ms per page':>11s}")
    for label, _, _ in STAGES:
        print(f"{label:22s} {1000 * spent[label] / n:11.2f}")
    outside = total - sum(v for k, v in spent.items() if not k.startswith(" ") and k not in INSIDE)
    print(f"{'everything else':22s} {1000 * outside / n:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
