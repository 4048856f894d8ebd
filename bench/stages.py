#!/usr/bin/env python3
"""Where text mode spends its CPU: each stage, on the first pass and on the re-cleaning rounds.

    .venv/bin/python bench/stages.py                      # 30 pages per set, both dumps
    .venv/bin/python bench/stages.py --limit 0 --renderer inscriptis

Text mode cleans a page, then cleans the body again until it no longer changes (at most
``cleaner.SETTLE_ROUNDS`` rounds), so cleaning is idempotent. This script wraps each
stage the cleaner calls and adds up its CPU time (``time.process_time``), apart for the
first pass and for the later rounds. Not a test: the figures move with the machine's load.
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
# (label, module attribute of cleantext.cleaner, function name)
STAGES = (
    ("repair", None, "repair_lines"),
    ("segment", None, "segment"),
    ("language", "_language", "detect"),
    ("rules", "_rules", "apply"),
    ("classify", "_classify", "classify"),
    ("select", "_select", "span"),
    ("metadata", "_metadata", "extract"),
    ("author bios", "_metadata", "drop_author_bios"),
    ("render", "_render", "body"),
)


def load(data: Path, sets: list[str], limit: int, renderers: list[str]) -> list[tuple[str, Any]]:
    """``(text dump, url)`` of ``limit`` pages per set (0: all), one per renderer."""
    return [
        (r[f"text_{k}"] or "", r.get("url")) for r in records(data, sets, limit) for k in renderers
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl.gz sets")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument("--limit", type=int, default=30, help="pages per set (0: all)")
    ap.add_argument("--renderer", choices=["inscriptis", "html2text", "both"], default="both")
    args = ap.parse_args(argv)
    sets = set_names(args.data, args.sets)
    renderers = ["inscriptis", "html2text"] if args.renderer == "both" else [args.renderer]
    pages = load(args.data, sets, args.limit, renderers)

    import cleantext
    from cleantext import cleaner

    spent: dict[tuple[str, bool], float] = defaultdict(float)
    rounds = [0]

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label, rounds[0] > 0] += time.process_time() - start

        return run

    for label, module, name in STAGES:
        owner = getattr(cleaner, module) if module else cleaner
        setattr(owner, name, timed(label, getattr(owner, name)))
    once = cleaner.Cleaner._clean_text_once

    def counted(self: Any, *a: Any, **k: Any) -> Any:
        try:
            return timed("whole pass", once)(self, *a, **k)
        finally:
            rounds[0] += 1

    cleaner.Cleaner._clean_text_once = counted  # type: ignore[method-assign]
    c = cleantext.Cleaner()
    c.clean("A warm-up page: imports, compiled cues and the language model. " * 5, mode="text")
    spent.clear()
    passes = 0
    start = time.process_time()
    for text, url in pages:
        rounds[0] = 0
        c.clean(text, mode="text", url=url)
        passes += rounds[0]
    total = time.process_time() - start
    n = len(pages)
    print(
        f"{n} pages ({', '.join(renderers)}) from {', '.join(sets)}: "
        f"{1000 * total / n:.2f} ms CPU per page, {passes / n:.2f} passes per page"
    )
    print(f"\n{'stage':12s} {'first pass':>11s} {'re-cleaning':>12s}   (ms per page)")
    for label in ("whole pass", *(s[0] for s in STAGES)):
        first, later = spent[label, False], spent[label, True]
        print(f"{label:12s} {1000 * first / n:11.2f} {1000 * later / n:12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
