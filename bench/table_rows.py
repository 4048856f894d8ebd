"""How often HTML mode keeps the rows of an article's tables, beside trafilatura.

    .venv/bin/python bench/table_rows.py                       # wcxb_dev, every page with a table
    .venv/bin/python bench/table_rows.py --systems cleantext --limit 10

The gold bodies of ``wcxb_dev`` write a table's rows as lines whose cells are joined by
``" | "``. A row counts as kept when its cells, in order, occur in the body (cells
compared without the pipes, whitespace and case). Figures: the share of gold rows
kept, and the lines of the body holding ``" | "`` that are no gold row (link rows and
layout tables kept by mistake). trafilatura runs with ``include_tables=True``.
Reads the set from ``../shared/eval`` (``--eval`` to point elsewhere).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

_CELL_SPLIT = re.compile(r"\s*\|\s*")


def key(line: str) -> str:
    """A row's cells, without pipes, whitespace runs or case: ``"a | b"`` -> ``"a b"``."""
    cells = [c for c in _CELL_SPLIT.split(line.strip().strip("|")) if c]
    return " ".join(" ".join(cells).split()).casefold()


def rows(text: str) -> list[str]:
    """Lines of ``text`` that hold a table row."""
    return [line for line in text.split("\n") if " | " in line and key(line)]


def systems(names: list[str]) -> dict[str, Callable[[str, str | None], str]]:
    out: dict[str, Callable[[str, str | None], str]] = {}
    if "cleantext" in names:
        import cleantext

        out["cleantext"] = lambda html, url: cleantext.clean(html, mode="html", url=url).body
    if "trafilatura" in names:
        import trafilatura

        out["trafilatura"] = lambda html, url: (
            trafilatura.extract(html, url=url, include_tables=True) or ""
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).parents[1] / "../shared/eval")
    parser.add_argument("--set", default="wcxb_dev")
    parser.add_argument("--limit", type=int, default=0, help="pages with a table (0: all)")
    parser.add_argument("--systems", default="cleantext,trafilatura")
    args = parser.parse_args()
    run = systems(args.systems.split(","))
    kept = dict.fromkeys(run, 0)
    extra = dict.fromkeys(run, 0)
    total = pages = 0
    with gzip.open(args.eval / "data" / f"{args.set}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            gold = rows(record.get("gold_body") or "")
            if not gold or not record.get("html"):
                continue
            pages += 1
            total += len(gold)
            gold_keys = {key(r) for r in gold}
            for name, system in run.items():
                body = system(record["html"], record.get("url"))
                flat = " " + " ".join(key(line) for line in body.split("\n")) + " "
                kept[name] += sum(f" {key(r)} " in flat for r in gold)
                extra[name] += sum(key(r) not in gold_keys for r in rows(body))
            if args.limit and pages >= args.limit:
                break
    print(f"{args.set}: {pages} pages with a table, {total} gold rows")
    for name in run:
        share = kept[name] / total if total else 0.0
        print(
            f"  {name:12s} rows kept {kept[name]:4d} ({share:.1%}), other ' | ' lines {extra[name]}"
        )


if __name__ == "__main__":
    main()
