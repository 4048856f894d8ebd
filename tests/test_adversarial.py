"""Hostile input: every pattern of the package against text built to make it backtrack.

The pattern inventory and the bait come from ``bench/stress.py``, which also measures
how time grows with size; here each pattern only has to finish on bait as long as the
text its caller feeds it (a line for line cues, a few thousand characters otherwise).
The regex engine's ``timeout`` turns a hang into a failure, with a hundredfold margin.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("stress", ROOT / "bench" / "stress.py")
assert _spec is not None and _spec.loader is not None
stress = importlib.util.module_from_spec(_spec)
sys.modules["stress"] = stress
_spec.loader.exec_module(stress)

UNBOUNDED_BAIT = 2000
HANG = 2.0  # seconds; every pattern here finishes its bait in milliseconds

TARGETS = stress.patterns()


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_pattern_finishes_on_backtracking_bait(target):
    length = target.max_len or UNBOUNDED_BAIT
    for text in stress.baits(target, length):
        assert stress.run(target, text, timeout=HANG) < HANG, (target.name, text[:40])


def test_a_line_of_repeated_share_buttons_is_decided_at_once():
    (target,) = [t for t in TARGETS if t.name == "cue:en:share.buttons"]
    for count in (10, 14, 40):  # 14 took 40 s when separators and words could split two ways
        assert stress.run(target, ("Share " * count).strip(), timeout=HANG) < HANG
    assert target.pattern.fullmatch(("Share " * 10).strip()) is not None
    assert target.pattern.fullmatch("Shares") is not None
    assert target.pattern.fullmatch("Share: Facebook | Twitter | Email") is not None
    assert target.pattern.fullmatch("Share prices fell 3% on Monday.") is None


def test_a_line_of_unclosed_bold_openers_is_linear():
    (target,) = [t for t in TARGETS if t.name == "cleantext.segment._EMPHASIS"]
    # Each opener used to scan to the end of the line: 20,000 characters took seconds.
    assert stress.run(target, "**a " * 20_000, timeout=HANG) < HANG
    assert target.pattern.sub(r"\2", "a **b** c __d e__ f ***x***") == "a b c d e f *x*"


def test_a_credit_line_of_repeated_role_words_is_decided_at_once():
    (target,) = [t for t in TARGETS if t.name == "cue:en:footer.edited_by"]
    # Each name could also be read as a role keyword, and spaces split two ways: 0.4 s a line.
    for pump in ("Writing  ", "Writing\u2028 ", "Editing , "):
        assert stress.run(target, ("Edited by " + pump * 40)[:300] + "!", timeout=0.05) < 0.05
    credits = (
        "Reporting by Jane Doe and John Roe; Editing by Mark Potter",
        "Edited by John Writing",
    )
    assert all(target.pattern.fullmatch(line) for line in credits)
    assert target.pattern.fullmatch("Reporting by Jane Doe in London") is None


def test_an_initials_line_with_a_long_parenthesis_is_decided_at_once():
    (target,) = [t for t in TARGETS if t.name == "cue:common:footer.editor_initials"]
    # Found by fuzzing: 14 s for one line, the agency list split every possible way.
    line = "kb/wd (Reutining three other Russians, two Americans and a European Space Agency representative on the ISS."
    assert stress.run(target, line, timeout=0.05) < 0.05
    assert target.pattern.fullmatch(line) is None
    for credit in ("kb/wd (Reuters, AFP)", "dj/rs (dpa, AP and Reuters)", "kb/wd"):
        assert target.pattern.fullmatch(credit) is not None
