"""HTML mode beside its peers: article-body F1, metadata accuracy and pages/s, one run.

    .venv/bin/python bench/html_quality.py                         # all sets, all systems
    .venv/bin/python bench/html_quality.py --sets l3s_gn1 --limit 100
    .venv/bin/python bench/html_quality.py --systems cleantext,trafilatura --json out.json

Reads the development sets and the scorer from ``../shared/eval`` (``--eval`` to point
elsewhere) and uses the scorer's own metric. Peers are imported only if installed
(``pip install readability-lxml justext resiliparse``); they are not dependencies of
cleantext. Metadata accuracy is reported for cleantext and for trafilatura's own
metadata (``bare_extraction(with_metadata=True)``), on the pages that carry gold.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Result = dict[str, Any]
System = Callable[[str, str | None], Result]
SETS = ("l3s_gn1", "dragnet", "readability", "cleaneval")


def _scorer(eval_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element (for readability-lxml)."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter(
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote"
    ):
        el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def systems() -> dict[str, System]:
    """Every system that can run here, by name."""
    out: dict[str, System] = {}
    import cleantext

    def ours(html: str, url: str | None) -> Result:
        doc = cleantext.clean(html, mode="html", url=url)
        return {"body": doc.body, "title": doc.title, "authors": doc.authors, "date": doc.date}

    out["cleantext"] = ours
    try:
        import trafilatura

        out["trafilatura"] = lambda html, url: {"body": trafilatura.extract(html, url=url) or ""}
        out["trafilatura precision"] = lambda html, url: {
            "body": trafilatura.extract(html, url=url, favor_precision=True) or ""
        }

        def traf_meta(html: str, url: str | None) -> Result:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            if doc is None:
                return {"body": ""}
            author = doc.author or ""
            return {
                "body": doc.text or "",
                "title": doc.title,
                "authors": [a.strip() for a in author.split(";") if a.strip()],
                "date": doc.date,
            }

        out["trafilatura metadata"] = traf_meta
    except ImportError:
        pass
    try:
        from readability import Document as Readable

        out["readability-lxml"] = lambda html, url: {
            "body": _html_to_text(Readable(html).summary(html_partial=True))
        }
    except ImportError:
        pass
    try:
        import justext

        stop = justext.get_stoplist("English")

        def just(html: str, url: str | None) -> Result:
            paragraphs = justext.justext(html.encode("utf-8", "replace"), stop, encoding="utf-8")
            return {"body": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}

        out["jusText"] = just
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        out["resiliparse"] = lambda html, url: {"body": extract_plain_text(html, main_content=True)}
    except ImportError:
        pass
    return out


def load(eval_dir: Path, name: str, limit: int) -> list[dict[str, Any]]:
    records = []
    with gzip.open(eval_dir / "data" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            record = json.loads(line)
            if record.get("gold_body"):
                records.append(record)
    return records


def run(
    score: Any, name: str, records: list[dict[str, Any]], sysname: str, fn: System
) -> dict[str, Any]:
    """Score one system on one set; metadata only where the system returns it."""
    counts, meta, secs, errors = [], Counter(), 0.0, 0
    for r in records:
        start = time.perf_counter()
        try:
            out = fn(r["html"], r.get("url"))
        except Exception:  # scored as an empty page, as score.py does
            out, errors = {"body": ""}, errors + 1
        secs += time.perf_counter() - start
        counts.append(score.page_counts(r["gold_body"], out.get("body") or ""))
        if "title" in out:
            for key, match, gold, pred in (
                ("title", score.title_match, "gold_title", "title"),
                ("author", score.author_match, "gold_author", "authors"),
                ("date", score.date_match, "gold_date", "date"),
            ):
                if r.get(gold):
                    meta[key + "_n"] += 1
                    meta[key] += bool(match(r[gold], out.get(pred)))
    row = {"set": name, "system": sysname, **score.summarize(counts), "errors": errors}
    row["pages_per_s"] = len(records) / secs if secs else 0.0
    for key in ("title", "author", "date"):
        if meta[key + "_n"]:
            row[key] = meta[key] / meta[key + "_n"]
    return row


def arguments(description: str | None) -> argparse.ArgumentParser:
    """The options the HTML benchmarks share: where the scorer is, which sets, how many pages."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--eval", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    return ap


def main(argv: list[str] | None = None) -> None:
    ap = arguments(__doc__)
    ap.add_argument("--systems", default="", help="comma-separated names (default: all installed)")
    ap.add_argument("--json", type=Path, help="append the rows as JSON lines here")
    args = ap.parse_args(argv)
    score = _scorer(args.eval)
    available = systems()
    chosen = [s for s in args.systems.split(",") if s] or list(available)
    for name in args.sets.split(","):
        records = load(args.eval, name, args.limit)
        for sysname in chosen:
            if sysname not in available:
                print(f"  (skipped {sysname}: not installed)", file=sys.stderr)
                continue
            row = run(score, name, records, sysname, available[sysname])
            extra = "  ".join(f"{k} {row[k]:.3f}" for k in ("title", "author", "date") if k in row)
            print(
                f"{name:12s} {sysname:22s} F1 {row['f1']:.3f}  P {row['precision']:.3f}  R {row['recall']:.3f}"
                f"  pages {row['pages']:4d}  {row['pages_per_s']:6.1f} pages/s  errors {row['errors']}  {extra}",
                flush=True,
            )
            if args.json:
                with args.json.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
