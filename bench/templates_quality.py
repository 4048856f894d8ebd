#!/usr/bin/env python3
"""Text-mode F1 with and without site templates learned from each development set.

    python bench/templates_quality.py                          # every set
    python bench/templates_quality.py --sets cleanportaleval --limit 0 --explain 5

For each set, templates are learned from all its pages (records with a URL; the others
have no site key and learn nothing), then every page with gold is cleaned twice, without
and with them, and scored with the metric of ``score.py`` (its functions are imported
from the scorer's path, so the figures are the scorer's own).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import cleantext
from cleantext.corpus.templates import Fields, Thresholds, learn

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path) -> ModuleType:
    """``score.py`` as a module, imported from its path."""
    spec = importlib.util.spec_from_file_location("cleantext_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(path: Path, limit: int) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                return
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path of score.py")
    ap.add_argument("--data", type=Path, help="data directory (default: next to the scorer)")
    ap.add_argument("--sets", help="comma-separated set names (default: every set)")
    ap.add_argument("--renderer", choices=["inscriptis", "html2text"], default="inscriptis")
    ap.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    ap.add_argument("--min-pages", type=int, default=Thresholds.min_pages)
    ap.add_argument("--min-share", type=float, default=Thresholds.min_share)
    ap.add_argument("--min-site-pages", type=int, default=Thresholds.min_site_pages)
    ap.add_argument("--prose-share", type=float, default=Thresholds.prose_share)
    ap.add_argument("--explain", type=int, default=0, help="show N removed template lines")
    args = ap.parse_args(argv)

    score = load_scorer(args.scorer)
    data = args.data or args.scorer.parent / "data"
    names = (
        args.sets.split(",") if args.sets else sorted(p.name[:-9] for p in data.glob("*.jsonl.gz"))
    )
    thresholds = Thresholds(
        min_pages=args.min_pages,
        min_share=args.min_share,
        min_site_pages=args.min_site_pages,
        prose_share=args.prose_share,
    )
    field = f"text_{args.renderer}"
    plain = cleantext.Cleaner()
    print(
        f"{'set':16s} {'pages':>5s} {'sites':>5s} {'lines':>6s}   {'F1 without':>10s} "
        f"{'F1 with':>8s} {'delta':>7s}   {'P delta':>7s} {'R delta':>7s}  {'s':>5s}"
    )
    worse = False
    for name in names:
        t0 = time.perf_counter()
        recs = list(records(data / f"{name}.jsonl.gz", args.limit))
        templates = learn(recs, thresholds, Fields(text=field))
        with_t = cleantext.Cleaner(plain.config.replace(templates=templates))
        before, after, shown = [], [], Counter[str]()
        for r in recs:
            if not r.get("gold_body"):
                continue
            a = plain.clean(r[field], mode="text", url=r.get("url")).body
            doc = with_t.clean(r[field], mode="text", url=r.get("url"))
            before.append(score.page_counts(r["gold_body"], a))
            after.append(score.page_counts(r["gold_body"], doc.body))
            for rem in doc.removed:
                if rem.family == "template" and len(shown) < args.explain:
                    shown[rem.text] += 1
        s0, s1 = score.summarize(before), score.summarize(after)
        delta = s1["f1"] - s0["f1"]
        worse |= delta < 0
        print(
            f"{name:16s} {s0['pages']:5d} {len(templates.sites):5d} {len(templates):6d}   "
            f"{s0['f1']:10.3f} {s1['f1']:8.3f} {delta:+7.4f}   "
            f"{s1['precision'] - s0['precision']:+7.4f} {s1['recall'] - s0['recall']:+7.4f}  "
            f"{time.perf_counter() - t0:5.1f}",
            flush=True,
        )
        for text in shown:
            print(f"    template: {text[:100]}")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
