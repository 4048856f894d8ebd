"""What a corpus report costs: its size, and the time it adds to a batch job.

Generates a corpus from the bundled sample (each page under one of 40 hosts, with a line
of its own; one page in ten wrapped as HTML), cleans it with ``cleantext batch`` with
and without ``--report``, and prints the sizes of the report and the two run times.

    python bench/report_size.py --pages 10000 --workers 2
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "sample.jsonl"


def generate(path: Path, pages: int) -> None:
    seeds = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(pages):
            seed = seeds[n % len(seeds)]
            text = f"{seed['text']}\n\nThis copy of the page is number {n} of the corpus."
            record = {"id": f"{seed['id']}-{n}", "url": f"https://site{n % 40}.example/a/{n}"}
            if n % 10 == 9:
                paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
                record["html"] = f"<html><body><article>{paragraphs}</article></body></html>"
            else:
                record["text"] = text
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def batch(args: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all processes) of one ``cleantext batch`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "cleantext", "batch", *args, "--no-progress"],
        check=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each, alternated")
    ap.add_argument("--keep", metavar="DIR", help="write the corpus and reports here")
    args = ap.parse_args(argv)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="cleantext-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    generate(corpus, args.pages)
    common = [str(corpus), "-w", str(args.workers)]
    report = ["--report", str(folder / "report.html"), "--report-json", str(folder / "report.json")]
    plain: list[tuple[float, float]] = []
    reported: list[tuple[float, float]] = []
    for _ in range(args.repeat):  # alternated, so a busy machine weighs on both alike
        plain.append(batch([*common, "-o", str(folder / "plain.jsonl")]))
        reported.append(batch([*common, "-o", str(folder / "reported.jsonl"), *report]))
    size = (folder / "report.html").stat().st_size
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    wall = min(w for w, _ in plain), min(w for w, _ in reported)
    cpu = min(c for _, c in plain), min(c for _, c in reported)
    print(
        f"{args.pages} pages, {args.workers} workers, best of {args.repeat}: "
        f"batch {wall[0]:.1f} s wall / {cpu[0]:.1f} s CPU, with the report "
        f"{wall[1]:.1f} s wall ({(wall[1] - wall[0]) / wall[0]:+.1%}) / {cpu[1]:.1f} s CPU "
        f"({(cpu[1] - cpu[0]) / cpu[0]:+.1%}); report.html {size / 1e6:.2f} MB "
        f"({len(data['pages'])} page views), report.json "
        f"{(folder / 'report.json').stat().st_size / 1e6:.2f} MB; files in {folder}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
