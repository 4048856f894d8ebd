"""A family switched off removes nothing, on real pages: every family, both modes.

    .venv/bin/python bench/families_off.py                   # 20 pages of wcxb_dev per mode
    .venv/bin/python bench/families_off.py --set dragnet --limit 50

Cleans each page once per rule family with that family switched off
(``Config().without(family)``) and reports every removal still named after it. The
test suite checks the same on the seed pages (``tests/test_config.py``); this runs it on
the evaluation pages, which do not ship with the project. Exits 1 when a switched-off
family removed anything. Reads the set from ``../shared/eval`` (``--eval`` elsewhere).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import cleantext
from cleantext import FAMILIES, Config


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).parents[1] / "../shared/eval")
    parser.add_argument("--set", default="wcxb_dev")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    pages: list[tuple[str, str, str, str | None]] = []  # id, mode, source, url
    with gzip.open(args.eval / "data" / f"{args.set}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if len(pages) >= 2 * args.limit:
                break
            for mode, field in (("html", "html"), ("text", "text_html2text")):
                if record.get(field):
                    pages.append((record["id"], mode, record[field], record.get("url")))
    leaks = 0
    for family in FAMILIES:
        cleaner = cleantext.Cleaner(Config().without(family))
        for ident, mode, source, url in pages:
            for removal in cleaner.clean(source, mode=mode, url=url).removed:
                if removal.family == family:
                    leaks += 1
                    print(f"{family} off, {ident} ({mode}): {removal.rule}: {removal.text[:80]}")
    print(f"{args.set}: {len(pages)} cleans per family, {len(FAMILIES)} families: {leaks} leaks")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
