"""Shared test helpers: the seed fixtures and text normalisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext.text import classify

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))

#: The text pipeline is the optional compiled build (``setup.py``): its modules call one
#: another directly, so a test that swaps a module's function from outside cannot run.
COMPILED = not str(classify.__file__).endswith(".py")
patches_calls = pytest.mark.skipif(COMPILED, reason="swaps a function compiled code calls")


def normalize(text: str) -> str:
    """Whitespace-insensitive form of a body: lines stripped, runs of spaces folded."""
    return "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))


@pytest.fixture(params=SEEDS, ids=[p.stem for p in SEEDS])
def seed(request: pytest.FixtureRequest) -> tuple[str, dict]:
    """``(page text, expected result)`` for each seed page."""
    path: Path = request.param
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), expected
