"""Inputs that once broke ``clean()``, replayed with the fuzz harness's own checks.

Each file in ``tests/regressions/`` is one input as ``bench/fuzz_clean.py`` reads it
(first byte: mode and str-or-bytes; the rest: the page). A file's name says what went
wrong. The checks are the harness's: no exception, valid Unicode without control
characters, metadata of the documented types.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("fuzz_clean", ROOT / "bench" / "fuzz_clean.py")
assert _spec is not None and _spec.loader is not None
fuzz_clean = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_clean)

CASES = sorted((Path(__file__).parent / "regressions").glob("*.bin"))


def test_there_are_regression_inputs():
    assert CASES, "tests/regressions/ holds no inputs"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_regression_input_is_cleaned_without_fault(path):
    fuzz_clean.check(path.read_bytes())
