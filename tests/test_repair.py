"""repair: mojibake undone where a cheap check finds it; correct text left alone."""

from __future__ import annotations

import pytest

from cleantext.repair import (
    fix_mojibake,
    needs_unmojibake,
    normalize_newlines,
    remove_invisible,
    repair,
)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("donâ€™t", "don’t"),
        ("CafÃ© au lait", "Café au lait"),
        ("â€œQuotedâ€\x9d", "“Quoted”"),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
        # UTF-8 read as Latin-1: the continuation bytes are C1 controls, not cp1252 signs.
        ("Now let\u00e2\x80\x99s take a peek", "Now let’s take a peek"),
        ("A dash \u00e2\x80\x94 and a euro sign \u00e2\x82\u00ac", "A dash — and a euro sign €"),
    ],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert needs_unmojibake(broken)
    assert repair(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Café au lait, naïve résumé, Zürich, São Paulo.",
        "NÃO is not mojibake in Portuguese headlines.",
        "Привет, мир! Это обычный текст.",
        "Share prices fell 3% on Monday.",
        "日本語のテキスト。",
        "Le château, la pâte, l’âme: « â » before a letter or a sign is French.",
    ],
)
def test_correct_text_is_not_flagged_or_changed(text: str) -> None:
    assert not needs_unmojibake(text)
    assert repair(text) == text


def test_only_flagged_lines_go_through_ftfy() -> None:
    text = "donâ€™t\nA line with a literal \\u00e9 escape and &amp; entity stays."
    assert fix_mojibake(text).split("\n") == [
        "don’t",
        "A line with a literal \\u00e9 escape and &amp; entity stays.",
    ]


def test_mojibake_repair_can_be_switched_off() -> None:
    assert repair("donâ€™t", mojibake=False) == "donâ€™t"


def test_newlines_and_invisible_characters() -> None:
    assert normalize_newlines("a\r\nb\rc") == "a\nb\nc"
    assert remove_invisible("zero\u200bwidth\u00a0space\x07") == "zerowidth space"


@pytest.mark.parametrize("text", ["donâ€™t", "CafÃ© au lait", "plain"])
def test_repair_is_idempotent(text: str) -> None:
    once = repair(text)
    assert repair(once) == once
