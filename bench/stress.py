"""Stress cleantext: linear time, hostile inputs, regex backtracking, memory.

    .venv/bin/python bench/stress.py              # everything (several minutes)
    .venv/bin/python bench/stress.py linear       # time per MB at 1, 4 and 16 MB
    .venv/bin/python bench/stress.py hostile      # the hostile inputs at full size
    .venv/bin/python bench/stress.py regex        # every pattern fed backtracking bait
    .venv/bin/python bench/stress.py memory       # peak RSS on a 20 MB page
    .venv/bin/python bench/stress.py batch        # RSS over 100,000 pages

Exits non-zero when a check fails: the 16 MB input costs more than 1.5x per MB what the
1 MB input costs, a hostile input raises, a pattern's time grows faster than linearly
on its bait, a 20 MB page peaks above 10x its size, or memory grows over a batch.

The pattern inventory and the bait generator (:func:`patterns`, :func:`baits`) are also
used by ``tests/test_adversarial.py``, so a new cue or module-level pattern is covered
by both without being listed anywhere.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

import cleantext
from cleantext import cues
from cleantext.text import rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
MB = 1_000_000


# -- the inventory of patterns ---------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """One pattern to attack: where it lives, how the code uses it, how long its input can be."""

    name: str
    pattern: Any  # regex.Pattern or re.Pattern, str or bytes
    op: str  # "fullmatch" (line cues) or "findall" (scans a text; anchors fail fast)
    max_len: int | None  # longest input the code feeds it, None when unbounded


# Unanchored module-level patterns that their callers only ever apply to short text: the
# caller's bound (reviewed by hand). A pattern missing here is attacked at any length.
BOUNDS: dict[str, int] = {
    "cleantext.meta.authors._JOIN": 200,  # byline pieces (authors.MAX_BYLINE)
    "cleantext.meta.authors._PAREN": 200,
    "cleantext.meta.authors._SEGMENT": 200,
    "cleantext.meta.authors._TIME": 200,
    "cleantext.meta.authors.NAME": 200,
    "cleantext.html.meta._AUTHOR_SPLIT": 1000,  # one <meta> value
    "cleantext.html.meta._TITLE_SEP": 1000,
    "cleantext.meta.site._SUFFIX": 200,  # one line (site.MAX_LINE)
}


def _module_patterns() -> Iterator[Target]:
    """Every compiled pattern held at module level in the package (also inside tuples)."""
    names = ["cleantext"] + [
        m.name for m in pkgutil.walk_packages(cleantext.__path__, "cleantext.") if m.name
    ]
    seen: set[int] = set()
    for modname in names:
        try:
            module = importlib.import_module(modname)
        except Exception:  # an optional extra that is not installed
            continue
        for attr, value in sorted(vars(module).items()):
            found = value if isinstance(value, tuple | list) else (value,)
            for i, item in enumerate(found):
                if isinstance(item, regex.Pattern | re.Pattern) and id(item) not in seen:
                    seen.add(id(item))
                    label = f"{modname}.{attr}" + (f"[{i}]" if item is not value else "")
                    yield Target(label, item, "findall", BOUNDS.get(label))


def _cue_patterns() -> Iterator[Target]:
    """Each cue of every language table, compiled and applied the way the engine does."""
    for lang in ("common", *cues.LANGUAGES):
        for cue in cues.table(lang):
            compiled = regex.compile(cue.pattern, regex.I | regex.V0)
            if cue.scope == "search":
                yield Target(f"cue:{lang}:{cue.name}", compiled, "findall", None)
            else:
                limit = rules.MAX_CAPTION if cue.action == "caption" else cues.MAX_LINE
                yield Target(f"cue:{lang}:{cue.name}", compiled, "fullmatch", limit)


def patterns() -> list[Target]:
    """All patterns of the package: module-level ones and every cue."""
    return [*_module_patterns(), *_cue_patterns()]


# -- bait --------------------------------------------------------------------------------
_GENERIC = (
    "a", "A", "1", " ", ".", "/", "|", "*", "**", "_", "__", "-", "[", "](", "(", ")", "@",
    ",", ":", "©", "\t", "é", "Ab", "a ", "A. ", "a/", "1 ", "a.", "Ab ", "ab, ", "12:",
    "- ", "» ", "[a](", "**a ", "<", "<a ", "#", "\\", '"', "'", "1,", "& ", "and ",
)  # fmt: skip
# Openings of common cruft lines: a pattern's risky part often starts only after one.
_PREFIXES = (
    "kb/wd (",
    "a/b/c (",
    "By ",
    "(",
    "© ",
    "Image: ",
    "Reporting by ",
    "Home > ",
    "— A (@a) ",
    "1. ",
    "**",
    "#",
)
_ESCAPES = regex.compile(r"\\[pPN]\{[^}]*\}|\\[a-zA-Z]|\(\?[a-zA-Z-]+[:)]|\{\d*,?\d*\}")
_WORDS = regex.compile(r"[^\W\d_]{2,}")


def _pattern_text(pattern: Any) -> str:
    source = pattern.pattern
    return source.decode("latin-1") if isinstance(source, bytes) else source


def pumps(pattern: Any) -> list[str]:
    """Pieces to repeat: generic troublemakers plus the words and symbols of the pattern."""
    source = _ESCAPES.sub(" ", _pattern_text(pattern))
    words = sorted(set(_WORDS.findall(source)))[:40]
    symbols = sorted({ch for ch in source if not ch.isalnum() and not ch.isspace()} - set("()?:|"))
    out = dict.fromkeys(_GENERIC)
    for w in words:
        for piece in (w, w + " ", w.capitalize() + " ", w + ": ", w + "/"):
            out.setdefault(piece)
    for s in symbols:
        for piece in (s, s + " ", "a" + s, "A " + s + " "):
            out.setdefault(piece)
    return list(out)


def prefixes(pattern: Any) -> list[str]:
    """Openings that let a pattern get going before the pump: its own words, common cues."""
    source = _ESCAPES.sub(" ", _pattern_text(pattern))
    words = sorted(set(_WORDS.findall(source)))[:8]
    return list(
        dict.fromkeys(["", *_PREFIXES, *(w + " " for w in words), *(w + ": " for w in words)])
    )


def bait(pump: str, length: int, suffix: str = "!\x00", prefix: str = "") -> str:
    """``prefix``, then ``pump`` repeated to ``length`` characters, then characters that make
    matches fail."""
    reps = max(1, (length - len(suffix) - len(prefix)) // max(1, len(pump)))
    return prefix + pump * reps + suffix


def baits(target: Target, length: int, thorough: bool = False) -> Iterator[str]:
    """Bait strings of about ``length`` characters for ``target``.

    Openings are tried on line cues always and on other patterns when ``thorough``.
    """
    openings = prefixes(target.pattern) if thorough or target.op == "fullmatch" else [""]
    for prefix in openings:
        for pump in pumps(target.pattern):
            yield bait(pump, length, prefix=prefix)
            yield bait(pump, length, suffix="", prefix=prefix)


def run(target: Target, text: str, timeout: float = 5.0) -> float:
    """Seconds ``target`` takes on ``text`` (``timeout`` when the regex engine gives up)."""
    pattern = target.pattern
    data: Any = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    kwargs = {"timeout": timeout} if isinstance(pattern, regex.Pattern) else {}
    start = time.perf_counter()
    try:
        if target.op == "fullmatch":
            pattern.fullmatch(data, **kwargs)
        else:
            pattern.findall(data, **kwargs)
    except TimeoutError:
        return timeout
    return time.perf_counter() - start


def check_patterns(
    small: int = 8000, factor: int = 4, verbose: bool = False, thorough: bool = False
) -> list[str]:
    """Patterns whose time grows faster than linearly on some bait (or is slow outright)."""
    problems: list[str] = []
    for target in patterns():
        worst = (0.0, 0.0, "")
        lo_len = small if target.max_len is None else target.max_len // factor
        hi_len = lo_len * factor
        openings = prefixes(target.pattern) if thorough or target.op == "fullmatch" else [""]
        for prefix in openings:
            for pump in pumps(target.pattern):
                for suffix in ("!\x00", ""):
                    if run(target, bait(pump, hi_len, suffix, prefix)) < 0.002:
                        continue
                    # Best of three: the machine is shared; only the pattern's own cost counts.
                    hi = min(run(target, bait(pump, hi_len, suffix, prefix)) for _ in range(3))
                    lo = min(run(target, bait(pump, lo_len, suffix, prefix)) for _ in range(3))
                    if hi > worst[0]:
                        worst = (hi, hi / max(lo, 1e-6), prefix + pump)
        hi, ratio, pump = worst
        # Linear growth gives a ratio near ``factor``; quadratic near factor**2.
        bad = (ratio > factor * 2.5 and hi > 0.02) or hi > 0.25
        if bad or verbose:
            line = f"{target.name:55s} {target.op:9s} {hi * 1000:9.2f} ms  x{ratio:6.1f}  {pump!r}"
            print(("SLOW " if bad else "     ") + line, flush=True)
        if bad:
            problems.append(f"{target.name}: {hi * 1000:.0f} ms at {hi_len} chars of {pump!r}")
    return problems


# -- pages ---------------------------------------------------------------------------------
def seed_text(size: int, salt: int = 0) -> str:
    """About ``size`` characters of real-looking page text: the seed pages, repeated.

    ``salt`` changes the numbers in it, so pages built from it differ from each other.
    """
    pages = [p.read_text(encoding="utf-8") for p in SEEDS]
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        page = pages[i % len(pages)]
        if salt or i:
            shift = salt + i
            page = regex.sub(r"\d+", lambda m, k=shift: str(int(m.group()) + k), page)
        out.append(page)
        total += len(page) + 2
        i += 1
    return "\n\n".join(out)[:size]


def hostile_inputs(size: int) -> dict[str, Callable[[], str | bytes]]:
    """Hostile pages of about ``size`` characters (or bytes), built on demand."""
    prose = "Share prices fell 3% on Monday after the central bank raised its main rate. "
    return {
        "single line": lambda: (prose * (size // len(prose) + 1))[:size].replace(". ", ". Share ")[
            :size
        ],
        "short lines": lambda: "Share\nab\n1\n" * (size // 12),
        "nested divs": lambda: (
            "<html><body>" + "<div>" * (size // 11) + "text" + "</div>" * (size // 11)
        ),
        "only punctuation": lambda: ("!?.,;:-—…*#>|/()[]{}«»" * (size // 22 + 1))[:size],
        "NUL bytes": lambda: (b"\x00" * 7 + b"a\x00b\n") * (size // 11),
        "invalid UTF-8": lambda: (
            (b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1 text \xf0\x28\x8c\xbc\n") * (size // 23)
        ),
        "mixed CRLF/CR": lambda: "Share prices fell.\r\nRelated\rRead more\r\n\r" * (size // 41),
        "RTL and CJK": lambda: (
            "قال الوزير إن المفاوضات ستستمر. 東京の株価は月曜日に大きく下落した。\n" * (size // 60)
        ),
        "emoji": lambda: "🎉👍🏽🇺🇦 Share 👨‍👩‍👧 fell 3% 🔥\n" * (size // 30),
        "very long words": lambda: (
            ("a" * 100_000 + " " + "Б" * 100_000 + "\n") * max(1, size // 200_002)
        ),
        "markdown openers": lambda: "# T\n[a](b) [c](d) **x**\n" + "**a [b](" * (size // 8),
        "share buttons": lambda: ("Share " * 14 + "\n") * (size // 85),
    }


def _clean_seconds(source: str | bytes, mode: str = "auto", repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        cleantext.clean(source, mode=mode)
        best = min(best, time.perf_counter() - start)
    return best


# -- checks ------------------------------------------------------------------------------
def check_linear(sizes_mb: tuple[int, ...] = (1, 4, 16), limit: float = 1.5) -> list[str]:
    """Time per MB of seed-page text at each size; the largest may cost ``limit``x the smallest."""
    cleantext.clean(seed_text(10_000))  # load models and compile patterns first
    per_mb: list[float] = []
    for mb in sizes_mb:
        # Best of two for the smaller pages, each run on a page of its own: the same page
        # twice would find its lines' features remembered from the first run.
        seconds = min(
            _clean_seconds(seed_text(mb * MB, salt=1 + run), "text")
            for run in range(2 if mb < max(sizes_mb) else 1)
        )
        per_mb.append(seconds / mb)
        print(f"linear   {mb:3d} MB  {seconds:8.2f} s  {seconds / mb:6.2f} s/MB", flush=True)
    ratio = per_mb[-1] / per_mb[0]
    print(f"linear   largest/smallest per MB: {ratio:.2f}x (limit {limit}x)", flush=True)
    return (
        [f"time per MB grows {ratio:.2f}x from {sizes_mb[0]} to {sizes_mb[-1]} MB"]
        if ratio > limit
        else []
    )


def check_hostile(size: int = 20 * MB, limit: float = 3.0) -> list[str]:
    """Each hostile input at ``size`` and at a quarter of it: it must not raise, nor grow
    more than ``limit``x per MB (hostile inputs are noisier than real text: a wider limit)."""
    problems: list[str] = []
    cleantext.clean(seed_text(10_000))
    for name in hostile_inputs(size):
        times = []
        for n in (size // 4, size):
            source = hostile_inputs(n)[name]()
            try:
                seconds = _clean_seconds(source)
            except Exception as exc:
                problems.append(f"{name}: {type(exc).__name__}: {exc}")
                break
            times.append(seconds / (len(source) / MB))
            del source
        if len(times) == 2:
            ratio = times[1] / max(times[0], 1e-9)
            print(
                f"hostile  {name:18s} {size / MB:5.1f} MB  {times[1]:7.2f} s/MB  x{ratio:4.2f} vs quarter size",
                flush=True,
            )
            if ratio > limit and times[1] > 0.05:
                problems.append(
                    f"{name}: time per MB grows {ratio:.1f}x from {size // 4 / MB:.1f} to {size / MB:.1f} MB"
                )
    return problems


def _rss_kb(field: str = "VmRSS") -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _html_page(size: int) -> str:
    """An HTML page holding about ``size`` characters of article paragraphs."""
    body = "".join(f"<p>{p}</p>\n" for p in seed_text(size).split("\n") if p)
    return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"


def _memory_child(kind: str, mb: int) -> None:
    """Run in a fresh process: peak RSS growth while cleaning one page of ``mb`` MB."""
    cleantext.clean(seed_text(10_000))
    if kind == "trafilatura":  # the peer HTML mode extracts with, alone on the same page
        import trafilatura

        trafilatura.extract(_html_page(10_000))
    if kind == "text":
        source: str | bytes = seed_text(mb * MB)
    elif kind == "single line":
        source = hostile_inputs(mb * MB)["single line"]()
    else:
        source = _html_page(mb * MB)
    size = len(source.encode("utf-8")) if isinstance(source, str) else len(source)
    gc.collect()
    before = _rss_kb()
    if kind == "trafilatura":
        trafilatura.extract(source)
    else:
        cleantext.clean(source)
    peak = _rss_kb("VmHWM")
    print(json.dumps({"kind": kind, "bytes": size, "before_kb": before, "peak_kb": peak}))


def check_memory(mb: int = 20, limit: float = 10.0, html_limit: float = 15.0) -> list[str]:
    """Peak RSS growth while cleaning a ``mb`` MB page, as a multiple of the page's size.

    Text pages may grow by ``limit``, HTML pages by ``html_limit`` (a page of this size is
    past ``Config.html_stream_chars``, so it is read as a stream, with no tree built).
    ``trafilatura.extract`` alone on the same page is printed beside it for comparison,
    with the ratio of the two; it has no limit of its own.
    """
    problems = []
    growths: dict[str, float] = {}
    limits = {"text": limit, "single line": limit, "html": html_limit}
    for kind in ("text", "single line", "html", "trafilatura"):
        out = subprocess.run(
            [sys.executable, __file__, "_memory_child", kind, str(mb)],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        data = json.loads(out.strip().splitlines()[-1])
        growth = (data["peak_kb"] - data["before_kb"]) * 1024 / data["bytes"]
        print(
            f"memory   {kind:12s} {data['bytes'] / MB:5.1f} MB page: peak RSS +{(data['peak_kb'] - data['before_kb']) / 1024:7.1f} MB = {growth:4.1f}x its size",
            flush=True,
        )
        growths[kind] = growth
        if kind in limits and growth > limits[kind]:
            problems.append(
                f"memory: a {mb} MB {kind} page peaks at {growth:.1f}x its size (limit {limits[kind]}x)"
            )
    print(
        f"memory   html / trafilatura: {growths['html'] / growths['trafilatura']:.2f}x", flush=True
    )
    return problems


def check_batch(pages: int = 100_000, window: int = 10_000, limit_mb: float = 25.0) -> list[str]:
    """RSS every ``window`` pages of a batch job: growth after the first window stays small."""
    try:
        from cleantext.corpus import batch
    except ImportError:
        batch = None
    bases = [seed_text(3000, salt=s) for s in range(50)]

    def records() -> Iterator[dict[str, Any]]:
        for i in range(pages):
            yield {"id": str(i), "text": bases[i % 50] + f"\n\nPage {i} ends here."}

    if batch is not None:
        how = "cleantext.corpus.batch.clean_records (workers=1, in this process)"
        outputs: Iterator[Any] = batch.clean_records(records(), workers=1)
    else:
        how = "Cleaner.clean over a stream of records (no batch module)"
        cleaner = cleantext.Cleaner()
        outputs = (cleaner.clean(r["text"]) for r in records())
    print(f"batch    {pages} pages via {how}", flush=True)
    samples: list[int] = []
    start = time.perf_counter()
    for n, _ in enumerate(outputs, 1):
        if n % window == 0:
            samples.append(_rss_kb())
            print(
                f"batch    {n:7d} pages  RSS {samples[-1] / 1024:7.1f} MB  {n / (time.perf_counter() - start):6.0f} pages/s",
                flush=True,
            )
    growth = (max(samples) - samples[0]) / 1024 if samples else 0.0
    print(
        f"batch    RSS growth after the first {window} pages: {growth:.1f} MB (limit {limit_mb} MB)",
        flush=True,
    )
    return [f"batch: RSS grew {growth:.1f} MB over {pages} pages"] if growth > limit_mb else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "checks", nargs="*", default=[], help="linear hostile regex memory batch (default: all)"
    )
    parser.add_argument("--hostile-mb", type=float, default=20.0, help="size of each hostile input")
    parser.add_argument("--pages", type=int, default=100_000, help="pages in the batch check")
    parser.add_argument(
        "--thorough", action="store_true", help="regex: try cue openings on every pattern (slow)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print every pattern's figures"
    )
    args = parser.parse_args(argv)
    if args.checks[:1] == ["_memory_child"]:
        _memory_child(args.checks[1], int(args.checks[2]))
        return 0
    chosen = args.checks or ["linear", "hostile", "regex", "memory", "batch"]
    problems: list[str] = []
    for check in chosen:
        if check == "linear":
            problems += check_linear()
        elif check == "hostile":
            problems += check_hostile(int(args.hostile_mb * MB))
        elif check == "regex":
            problems += check_patterns(verbose=args.verbose, thorough=args.thorough)
        elif check == "memory":
            problems += check_memory()
        elif check == "batch":
            problems += check_batch(args.pages)
        else:
            parser.error(f"unknown check {check!r}")
    for problem in problems:
        print("FAIL     " + problem, flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
