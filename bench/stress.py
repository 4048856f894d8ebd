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

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

import cleantext
from cleantext import cues, rules

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
    "cleantext.authors._JOIN": 200,  # byline pieces (authors.MAX_BYLINE)
    "cleantext.authors._PAREN": 200,
    "cleantext.authors._SEGMENT": 200,
    "cleantext.authors._TIME": 200,
    "cleantext.authors.NAME": 200,
    "cleantext.htmlmeta._AUTHOR_SPLIT": 1000,  # one <meta> value
    "cleantext.htmlmeta._TITLE_SEP": 1000,
    "cleantext.htmlmeta._EMAIL": 1000,
    "cleantext.htmlmeta._URLISH": 1000,
}


def _module_patterns() -> Iterator[Target]:
    """Every compiled pattern held at module level in the package (also inside tuples)."""
    package = Path(cleantext.__file__).parent
    names = ["cleantext"] + [
        f"cleantext.{m.name}" for m in pkgutil.walk_packages([str(package)], "") if m.name
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


def bait(pump: str, length: int, suffix: str = "!\x00") -> str:
    """``pump`` repeated to ``length`` characters, then characters that make matches fail."""
    reps = max(1, (length - len(suffix)) // max(1, len(pump)))
    return pump * reps + suffix


def baits(target: Target, length: int) -> Iterator[str]:
    """Bait strings of about ``length`` characters for ``target``."""
    for pump in pumps(target.pattern):
        yield bait(pump, length)
        yield bait(pump, length, suffix="")


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


def check_patterns(small: int = 2000, factor: int = 4, verbose: bool = False) -> list[str]:
    """Patterns whose time grows faster than linearly on some bait (or is slow outright)."""
    problems: list[str] = []
    for target in patterns():
        worst = (0.0, 0.0, "")
        lo_len = small if target.max_len is None else target.max_len // factor
        hi_len = lo_len * factor
        for pump in pumps(target.pattern):
            for suffix in ("!\x00", ""):
                hi = run(target, bait(pump, hi_len, suffix))
                if hi < 0.002:
                    continue
                lo = max(run(target, bait(pump, lo_len, suffix)), 1e-6)
                if hi > worst[0]:
                    worst = (hi, hi / lo, pump)
        hi, ratio, pump = worst
        # Linear growth gives a ratio near ``factor``; quadratic near factor**2.
        bad = (ratio > factor * 2.5 and hi > 0.01) or hi > 0.25
        if bad or verbose:
            line = f"{target.name:55s} {target.op:9s} {hi * 1000:9.2f} ms  x{ratio:6.1f}  {pump!r}"
            print(("SLOW " if bad else "     ") + line, flush=True)
        if bad:
            problems.append(f"{target.name}: {hi * 1000:.0f} ms at {hi_len} chars of {pump!r}")
    return problems
