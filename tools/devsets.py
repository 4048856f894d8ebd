"""The development sets and their scorer, read in place, for the fitting scripts."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

#: ``score.py`` and ``data/<set>.jsonl.gz``, beside the project (never copied into it).
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def scorer(where: Path = EVAL) -> ModuleType:
    """The benchmark's own ``score.py`` (its metric and its metadata rules)."""
    path = where / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"no scorer at {path} (give --eval DIR)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(
    where: Path, sets: list[str], need: str | tuple[str, ...] = "gold_body"
) -> Iterator[dict]:
    """The pages of ``sets`` that carry ``need`` (or any field of it), each tagged with its set."""
    fields = (need,) if isinstance(need, str) else need
    for name in sets:
        with gzip.open(where / "data" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if any(rec.get(f) for f in fields):
                    rec["set"] = name
                    yield rec


def digest(page_id: str) -> bytes:
    """A hash of a page's id: the same in every run."""
    return hashlib.sha1(page_id.encode("utf-8")).digest()


def page_key(rec: dict) -> str:
    """What names a page for the split: its URL where it has one (a set may hold one
    page twice, under two ids), else its id."""
    return rec.get("url") or rec["id"]


def held_out(key: str, share: float) -> bool:
    """Whether a page is kept out of the fit, by a hash of its :func:`page_key`."""
    return digest(key)[0] / 256 < share
