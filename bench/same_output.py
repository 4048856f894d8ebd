#!/usr/bin/env python3
"""Does a change keep cleantext's output? Record it once, compare every later run to it.

    .venv/bin/python bench/same_output.py record /tmp/before.json.gz --limit 40
    .venv/bin/python bench/same_output.py compare /tmp/before.json.gz

Cleans ``--limit`` pages of every development set in text mode (the page's inscriptis
dump) and in HTML mode, and keeps for each clean its body, metadata, language, path and
list of removals (text, rule, line, round). ``compare`` cleans the same pages again and
prints, per set and mode, how many pages differ and in what; it exits non-zero when any
does. A speed-up that is meant to change nothing is checked this way.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_DATA, records, set_names

import cleantext

MODES = ("text", "html")


def outputs(data: Path, sets: list[str], limit: int) -> dict[str, Any]:
    """``{"set/mode/id": what the clean gave}`` for every page with HTML."""
    cleaner = cleantext.Cleaner()
    found: dict[str, Any] = {}
    for record in records(data, sets, limit):
        if not record.get("html"):
            continue
        for mode in MODES:
            source = record["html"] if mode == "html" else record.get("text_inscriptis") or ""
            doc = cleaner.clean(source, mode=mode, url=record.get("url"))
            found[f"{record['dataset']}/{mode}/{record['id']}"] = {
                "body": doc.body,
                "meta": [doc.title, doc.authors, doc.date, doc.site, doc.language, doc.path],
                "removed": [[r.text, r.rule, r.line, r.round] for r in doc.removed],
            }
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("record", "compare"))
    ap.add_argument("file", type=Path, help="the recorded outputs (.json.gz)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl.gz sets")
    ap.add_argument("--sets", help="comma-separated set names (default: every set)")
    ap.add_argument("--limit", type=int, default=40, help="pages per set when recording")
    args = ap.parse_args()
    if args.action == "record":
        sets, limit = set_names(args.data, args.sets), args.limit
    else:
        with gzip.open(args.file, "rt", encoding="utf-8") as f:
            saved = json.load(f)
        sets, limit = saved["sets"], saved["limit"]
    start = time.process_time()
    now = outputs(args.data, sets, limit)
    cpu = time.process_time() - start
    print(f"{len(now)} cleans in {cpu:.1f} s of CPU ({1000 * cpu / max(1, len(now)):.1f} ms each)")
    if args.action == "record":
        with gzip.open(args.file, "wt", encoding="utf-8") as f:
            json.dump({"sets": sets, "limit": limit, "pages": now}, f)
        return 0
    before = saved["pages"]
    differ: Counter[str] = Counter()
    total: Counter[str] = Counter()
    what: Counter[str] = Counter()
    for key, old in before.items():
        group = key.rsplit("/", 1)[0]
        total[group] += 1
        new = now.get(key)
        if new == old:
            continue
        differ[group] += 1
        for part in ("body", "meta", "removed"):
            if new is None or new[part] != old[part]:
                what[part] += 1
        if differ[group] <= 2:
            print(f"  differs: {key}")
    for group in sorted(total):
        print(f"{group:28s} {differ[group]:4d} of {total[group]:4d} pages differ")
    print(f"in all: {sum(differ.values())} of {len(before)} differ ({dict(what) or 'nothing'})")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
