#!/usr/bin/env python3
"""How fast cleantext is, next to its peers, on the development pages.

    .venv/bin/python bench/speed.py                       # 100 pages per set
    .venv/bin/python bench/speed.py --limit 0             # every page (slow)
    .venv/bin/python bench/speed.py --only systems        # skip batch and Dask scaling

Systems, each in a worker process of its own (so each has its own peak RSS), run in
turns over the same chunks of pages (chunk 1 through every system, then chunk 2...), so
noise from other load on the machine falls on all of them alike:

- cleantext, text mode, on the page's text dump (``text_inscriptis``; ``--renderer html2text``
  for the markdown one)
- C4 line rules on the same text (as in ``score.py``: >= 3 words, ends like a sentence)
- jusText on the same text, one paragraph per line
- cleantext, HTML mode, on the page's HTML
- trafilatura.extract on the same HTML

Then batch scaling (``cleantext.corpus.batch.run``, 1 vs 2 worker processes, text mode) and Dask
(``cleantext.dask.clean_bag`` on a LocalCluster of 2 single-threaded worker processes)
against the same records cleaned in one process. MB/s counts input characters (about
bytes). Not a test: timings are noisy on a shared machine; run it on a quiet one.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html as html_lib
import json
import logging
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
WARM_UP = 20  # pages cleaned untimed before the scaling runs
PARTITION = 10  # records per Dask partition: small enough that neither worker idles at the end
C4_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")

# Targets (cleantext / peer, pages per second on the same pages). Text mode is compared
# with trafilatura on the HTML: a text dump is the cheaper input of the same page, and text
# mode should be the fast path to the same article.
TARGETS = {
    ("cleantext text", "trafilatura"): 3.0,
    ("cleantext html", "trafilatura"): 0.8,
}
SCALING_TARGETS = {"batch, 2 workers": 1.8, "Dask, 2 workers": 1.6}


# -- systems -----------------------------------------------------------------------------
def _system(name: str) -> Callable[[str, str | None], str]:
    """The function ``(source, url) -> body`` of one system (imports happen here)."""
    if name == "cleantext text":
        import cleantext

        cleaner = cleantext.Cleaner()
        return lambda s, url: cleaner.clean(s, mode="text", url=url).body
    if name == "cleantext html":
        import cleantext

        cleaner = cleantext.Cleaner()
        return lambda s, url: cleaner.clean(s, mode="html", url=url).body
    if name == "trafilatura":
        import trafilatura

        return lambda s, url: trafilatura.extract(s, url=url) or ""
    if name == "jusText":
        import justext

        stoplist = justext.get_stoplist("English")

        def run_justext(s: str, url: str | None) -> str:
            page = "".join(
                f"<p>{html_lib.escape(line)}</p>" for line in s.splitlines() if line.strip()
            )
            paragraphs = justext.justext(f"<html><body>{page}</body></html>", stoplist)
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        return run_justext
    if name == "C4 line rules":
        return lambda s, url: "\n".join(
            line.strip()
            for line in s.splitlines()
            if len(line.split()) >= 3 and line.strip().endswith(C4_ENDS)
        )
    raise ValueError(name)


SYSTEMS = {  # name -> input field
    "cleantext text": "text",
    "C4 line rules": "text",
    "jusText": "text",
    "cleantext html": "html",
    "trafilatura": "html",
}


def _peak_rss() -> int:
    """This process's peak resident memory in bytes (VmHWM: unlike ru_maxrss, it does
    not inherit the parent's peak through fork and exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _prime(name: str) -> None:
    """Load what a cleantext process loads once, on first need, before anything is timed.

    The cue tables of each language are compiled the first time a page in that language
    comes (about 50 ms each); dateparser, which htmldate's extensive date search calls
    in HTML mode, compiles every locale's patterns the first time it reads a date string
    that no locale knows (about 1.5 s). Like a model's loading, both are paid once per
    process, not per page; left in, they would be spread over the few hundred pages of a
    run as page time.
    """
    if not name.startswith("cleantext"):
        return
    from cleantext.config import DEFAULT
    from cleantext.cues import LANGUAGES
    from cleantext.text import rules

    for lang in LANGUAGES:
        rules.compiled_for(DEFAULT, lang)
    if name == "cleantext html":
        import dateparser  # type: ignore[import-untyped]

        dateparser.DateDataParser(settings={"STRICT_PARSING": True}).get_date_data(
            "Published on 8 April 2025"
        )


def _serve(name: str, conn: Connection) -> None:
    """Worker loop: time the system on each chunk it is sent; report peak RSS at the end."""
    fn = _system(name)
    fn("<html><body><p>Warm up.</p></body></html>", None)  # first-call imports, caches
    _prime(name)
    warm = False
    while True:
        chunk = conn.recv()
        if chunk is None:
            conn.send(_peak_rss())
            return
        if not warm:
            # A real page, untimed: lazy loads that a toy page does not reach (language
            # models, stoplists) are paid once per process, not counted as page time.
            for source, url in chunk[:1]:
                with contextlib.suppress(Exception):
                    fn(source, url)
            warm = True
        errors = 0
        start = time.perf_counter()
        for source, url in chunk:
            try:
                fn(source, url)
            except Exception:
                errors += 1
        conn.send((time.perf_counter() - start, errors))


@dataclass
class Row:
    name: str
    pages: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: int = 0
    peak_rss: int = 0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.chars / 1e6 / self.seconds if self.seconds else 0.0


# -- data --------------------------------------------------------------------------------
def load(
    data: Path, sets: list[str], limit: int, renderer: str = "inscriptis"
) -> list[dict[str, Any]]:
    """Pages with their text dump (by ``renderer``), HTML and URL, ``limit`` per set (0: all).

    Only pages with HTML: text and HTML systems then read the same pages.
    """
    return [
        {"id": r["id"], "url": r.get("url"), "text": r[f"text_{renderer}"] or "", "html": r["html"]}
        for r in records(data, sets, limit)
        if r.get("html")
    ]


def records(data: Path, sets: list[str], limit: int) -> Iterator[dict[str, Any]]:
    """The raw records of ``limit`` pages per set (0: all), set by set."""
    for name in sets:
        with gzip.open(data / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit and i >= limit:
                    break
                yield json.loads(line)


def set_names(data: Path, given: str | None) -> list[str]:
    """The sets named on the command line, or every ``*.jsonl.gz`` set in ``data``."""
    sets = (
        given.split(",")
        if given
        else sorted(p.name[: -len(".jsonl.gz")] for p in data.glob("*.jsonl.gz"))
    )
    if not sets:
        raise SystemExit(f"no *.jsonl.gz sets in {data}: give --data")
    return sets


def chunks(pages: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(pages), size):
        yield pages[i : i + size]


# -- measurements ------------------------------------------------------------------------
def measure_systems(pages: list[dict[str, Any]], names: list[str], chunk: int) -> list[Row]:
    """Every system over the same chunks, in turns, each in its own process."""
    ctx = mp.get_context("spawn")
    rows = {n: Row(n) for n in names}
    workers = {}
    for name in names:
        ours, theirs = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(name, theirs), daemon=True)
        proc.start()
        workers[name] = (proc, ours)
    try:
        for part in chunks(pages, chunk):
            for name in names:
                field = SYSTEMS[name]
                batch = [(p[field], p["url"]) for p in part]
                _, conn = workers[name]
                conn.send(batch)
                seconds, errors = conn.recv()
                row = rows[name]
                row.pages += len(batch)
                row.chars += sum(len(s) for s, _ in batch)
                row.seconds += seconds
                row.errors += errors
    finally:
        for name, (proc, conn) in workers.items():
            conn.send(None)
            rows[name].peak_rss = conn.recv()
            proc.join()
    return [rows[n] for n in names]


@dataclass
class Run:
    """One scaling run: wall time, and CPU time of the main process and of its workers."""

    name: str
    pages: int
    seconds: float
    main_cpu: float
    worker_cpu: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        cpu = (self.main_cpu + self.worker_cpu) / self.pages * 1000
        return (
            f"  {self.name:18s} {self.pages_per_s:7.1f} pages/s  wall {self.seconds:6.1f} s  "
            f"CPU {cpu:5.1f} ms/page (main process {self.main_cpu:5.1f} s, "
            f"workers {self.worker_cpu:6.1f} s)"
        )


def _cpu_self() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def measure_batch(pages: list[dict[str, Any]], workers: int) -> Run:
    """``cleantext.corpus.batch.run`` over the pages' text dumps with ``workers`` processes."""
    from cleantext.corpus import batch

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for p in pages:
                f.write(json.dumps({"id": p["id"], "url": p["url"], "text": p["text"]}) + "\n")
        main0, kids0 = _cpu_self(), _cpu_children()
        summary = batch.run(str(src), str(Path(tmp) / "out.jsonl"), workers=workers)
        main1, kids1 = _cpu_self(), _cpu_children()
    return Run(
        f"batch, {workers} worker{'s' * (workers > 1)}",
        summary.pages,
        summary.seconds,
        main1 - main0,
        kids1 - kids0,
    )


def _one_process(records: list[dict[str, Any]]) -> tuple[list[Any], float, float]:
    """Clean ``records`` in this (fresh) process after the same untimed warm-up as Dask's."""
    from cleantext.corpus import batch

    list(batch.clean_records(records[:WARM_UP]))
    cpu0, start = _cpu_self(), time.perf_counter()
    got = list(batch.clean_records(records))
    return got, time.perf_counter() - start, _cpu_self() - cpu0


def measure_dask(pages: list[dict[str, Any]]) -> tuple[Run, Run]:
    """One process, then a 2-worker LocalCluster, on the same bag of records."""
    import dask
    import dask.bag as db
    import distributed

    from cleantext.corpus.dask import clean_bag

    records = [{"id": p["id"], "url": p["url"], "text": p["text"]} for p in pages]
    # The baseline runs in a fresh process, warmed up like each Dask worker: this process
    # has already cleaned these pages, and its per-line memos would flatter it.
    with mp.get_context("spawn").Pool(1) as pool:
        one, seconds, cpu = pool.apply(_one_process, (records,))
    single = Run("one process", len(records), seconds, 0.0, cpu)
    with (
        # Dask's statistical profiler samples each worker's stack every 10 ms: on
        # CPU-bound tasks that costs the workers several percent of their time.
        dask.config.set({"distributed.worker.profile.enabled": False}),
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        # Untimed warm-up on both workers: imports, compiled cues, language models.
        warm = client.scatter([records[:WARM_UP:2], records[1:WARM_UP:2]])
        clean_bag(db.from_delayed(warm)).compute()
        # The partitions wait on the workers, as if each had read its own files.
        parts = [records[i : i + PARTITION] for i in range(0, len(records), PARTITION)]
        futures = client.scatter(parts)  # held here: a future nobody holds is released
        bag = db.from_delayed(futures)
        before = client.run(time.process_time)
        main0, start = _cpu_self(), time.perf_counter()
        got = clean_bag(bag).compute()
        seconds, main_cpu = time.perf_counter() - start, _cpu_self() - main0
        after = client.run(time.process_time)
    if got != one:
        raise SystemExit("Dask results differ from one process")
    workers = sum(after[w] - before[w] for w in after)
    return single, Run("Dask, 2 workers", len(records), seconds, main_cpu, workers)


# -- report ------------------------------------------------------------------------------
def pairs(rows: dict[str, Row]) -> list[tuple[str, str]]:
    """The (cleantext, peer) pairs to compare: peers reading the same input kind, and
    the pairs that have a target whatever their input."""
    found = [
        (ours, peer)
        for ours in ("cleantext text", "cleantext html")
        for peer in rows
        if ours in rows
        and not peer.startswith("cleantext")
        and (SYSTEMS[peer] == SYSTEMS[ours] or (ours, peer) in TARGETS)
    ]
    return found


def _load() -> str:
    """The 1, 5 and 15 minute load averages: other work competing for the cores."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _build() -> str:
    """Which cleantext is measured: pure Python, or the compiled build (``setup.py``)."""
    from cleantext.text import classify

    return "pure Python" if str(classify.__file__).endswith(".py") else "compiled build"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl.gz sets")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument(
        "--renderer",
        choices=["inscriptis", "html2text"],
        default="inscriptis",
        help="which text dump the text systems read",
    )
    ap.add_argument("--limit", type=int, default=100, help="pages per set (0: all)")
    ap.add_argument("--chunk", type=int, default=10, help="pages per turn")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="systems to run")
    ap.add_argument("--only", choices=["systems", "scaling"], help="one part only")
    args = ap.parse_args(argv)
    sets = set_names(args.data, args.sets)
    pages = load(args.data, sets, args.limit, args.renderer)
    text_mb = sum(len(p["text"]) for p in pages) / 1e6
    html_mb = sum(len(p["html"]) for p in pages) / 1e6
    print(
        f"{len(pages)} pages from {', '.join(sets)}: {text_mb:.1f} MB of text dumps, "
        f"{html_mb:.1f} MB of HTML; {os.cpu_count()} cores; cleantext: {_build()}"
    )
    ok = True
    if args.only != "scaling":
        rows = measure_systems(pages, args.systems.split(","), args.chunk)
        by = {r.name: r for r in rows}
        print(
            f"\n{'system':16s} {'input':5s} {'pages/s':>9s} {'MB/s':>7s} {'peak RSS':>9s} {'errors':>6s}"
        )
        for r in rows:
            print(
                f"{r.name:16s} {SYSTEMS[r.name]:5s} {r.pages_per_s:9.1f} {r.mb_per_s:7.2f} "
                f"{r.peak_rss / 2**20:7.0f} MB {r.errors:6d}"
            )
        print("\ncleantext / peer (pages/s; the same pages, each system on its own input):")
        for ours, peer in pairs(by):
            ratio = by[ours].pages_per_s / by[peer].pages_per_s if by[peer].pages_per_s else 0
            target = TARGETS.get((ours, peer))
            verdict = ""
            if target is not None:
                verdict = f"  target >= {target:.1f}x: {'met' if ratio >= target else 'NOT met'}"
                ok &= ratio >= target
            kinds = f"{SYSTEMS[ours]}/{SYSTEMS[peer]}"
            print(f"  {ours:15s} vs {peer:14s} {kinds:9s} {ratio:8.3f}x{verdict}")
    if args.only != "systems":
        print("\nscaling (text mode, same pages, after an untimed warm-up):")
        from cleantext.corpus import batch

        list(batch.clean_records({"text": p["text"]} for p in pages[:WARM_UP]))
        print(f"  load average before: {_load()}")
        one, two = measure_batch(pages, 1), measure_batch(pages, 2)
        single, cluster = measure_dask(pages)
        for run in (one, two, single, cluster):
            print(run.describe())
        print(f"  load average after: {_load()}")
        for run, base in ((two, one), (cluster, single)):
            ratio = run.pages_per_s / base.pages_per_s if base.pages_per_s else 0.0
            target = SCALING_TARGETS[run.name]
            ok &= ratio >= target
            print(
                f"  {run.name:18s} {ratio:5.2f}x {base.name:16s} target >= {target:.1f}x: "
                f"{'met' if ratio >= target else 'NOT met'}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
