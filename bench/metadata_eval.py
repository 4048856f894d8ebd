"""Metadata accuracy in text mode, each figure beside its ceiling.

The ceiling of a field is the number of pages whose text dump contains the gold value
at all: a title no line (or table cell) of the dump matches, an author never written
and a date never written cannot be found from the text, and must not be guessed.

    .venv/bin/python bench/metadata_eval.py --sets readability,l3s_gn1
    .venv/bin/python bench/metadata_eval.py --sets readability --show author
    .venv/bin/python bench/metadata_eval.py --renderer html2text

Needs the development sets and scorer in ``../shared/eval`` (read in place, not copied).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import cleantext
from cleantext.meta import dates, language, title
from cleantext.text.segment import segment

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def load_scorer(where: Path = EVAL) -> ModuleType:
    path = where / "score.py"
    if not path.is_file():
        sys.exit(f"no scorer at {path} (give --eval DIR)")
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ceilings(score: ModuleType, record: dict, text: str) -> dict[str, bool]:
    """Which gold values the dump contains at all.

    A title is in the dump when a line, or a cell of a line as the headline reader splits
    it (table columns and rows, a bold lead, a headline glued to its byline), matches.
    """
    blocks = segment(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines += [b.text for b in blocks]
    cells = [c for b in blocks for c in title.cells(b.raw)]
    out = {}
    if record.get("gold_title"):
        out["title"] = any(score.title_match(record["gold_title"], c) for c in lines + cells)
    if record.get("gold_author"):
        out["author"] = score._norm(record["gold_author"]) in score._norm(text)
    if record.get("gold_date"):
        gold = record["gold_date"][:10]
        out["date"] = any((found := dates.find(line)) and found[0] == gold for line in lines)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sets", default="readability,l3s_gn1")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--renderer", choices=["inscriptis", "html2text"], default="inscriptis")
    ap.add_argument("--eval", type=Path, default=EVAL, help="directory of score.py and data/")
    ap.add_argument(
        "--show", choices=["title", "author", "date"], help="list the misses of one field"
    )
    args = ap.parse_args(argv)
    score = load_scorer(args.eval)
    match = {"title": score.title_match, "author": score.author_match, "date": score.date_match}
    gold_key = {"title": "gold_title", "author": "gold_author", "date": "gold_date"}
    pred_key = {"title": "title", "author": "authors", "date": "date"}
    for name in args.sets.split(","):
        counts: Counter[str] = Counter()
        for record in score.load([name], args.limit):
            if not any(record.get(k) for k in (*gold_key.values(), "lang")):
                continue
            text = record[f"text_{args.renderer}"] or ""
            doc = cleantext.clean(text, mode="text", url=record.get("url"))
            within = ceilings(score, record, text)
            for field, inside in within.items():
                pred = getattr(doc, pred_key[field])
                ok = bool(match[field](record[gold_key[field]], pred))
                counts[field + "_n"] += 1
                counts[field + "_ok"] += ok
                counts[field + "_in"] += inside
                if args.show == field and not ok and inside:
                    print(f"  {record['id']}: gold {record[gold_key[field]]!r} got {pred!r}")
            if record.get("lang"):
                got = language.detect(b.text for b in segment(text))
                counts["lang_n"] += 1
                counts["lang_ok"] += got == record["lang"]
        parts = []
        for field in ("title", "author", "date", "lang"):
            n = counts[field + "_n"]
            if n:
                ceiling = f", in the dump {counts[field + '_in']}" if field != "lang" else ""
                parts.append(
                    f"{field} {counts[field + '_ok'] / n:.2f} ({counts[field + '_ok']}/{n}{ceiling})"
                )
        print(f"{name:16s} {args.renderer:10s} " + "  ".join(parts))


if __name__ == "__main__":
    main()
