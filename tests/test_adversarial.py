"""Hostile input: every pattern of the package against text built to make it backtrack.

The pattern inventory and the bait come from ``bench/stress.py``, which also measures
how time grows with size; here each pattern only has to finish on bait as long as the
text its caller feeds it (a line for line cues, a few thousand characters otherwise).
The regex engine's ``timeout`` turns a hang into a failure, with a hundredfold margin.
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata

import pytest

import cleantext

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("stress", ROOT / "bench" / "stress.py")
assert _spec is not None and _spec.loader is not None
stress = importlib.util.module_from_spec(_spec)
sys.modules["stress"] = stress
_spec.loader.exec_module(stress)

HOSTILE_SIZE = 200_000  # bench/stress.py runs the same inputs at 20 MB
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
    (target,) = [t for t in TARGETS if t.name == "cleantext.text.segment._EMPHASIS"]
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


# -- hostile pages, at a modest size ------------------------------------------------------
HOSTILE = stress.hostile_inputs(HOSTILE_SIZE)


def _well_formed(doc: cleantext.Document) -> None:
    for value in (doc.body, doc.title or "", doc.site or "", *doc.authors):
        value.encode("utf-8")
        assert not [ch for ch in value if unicodedata.category(ch) == "Cc" and ch != "\n"]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_gives_a_well_formed_document(name):
    _well_formed(cleantext.clean(HOSTILE[name]()))


def test_one_huge_line_of_prose_is_kept():
    body = cleantext.clean(HOSTILE["single line"]()).body
    assert body.startswith("Share prices fell 3% on Monday")
    assert len(body) > HOSTILE_SIZE // 2


def test_a_page_of_punctuation_invents_no_words():
    body = cleantext.clean(HOSTILE["only punctuation"]()).body
    assert not any(ch.isalnum() for ch in body)


def test_nul_bytes_and_carriage_returns_never_reach_the_body():
    for name in ("NUL bytes", "mixed CRLF/CR"):
        body = cleantext.clean(HOSTILE[name]()).body
        assert "\x00" not in body and "\r" not in body


def test_invalid_utf8_decodes_with_replacements_not_errors():
    doc = cleantext.clean(HOSTILE["invalid UTF-8"](), mode="text")
    assert "\udcff" not in doc.body
    _well_formed(doc)


def test_deeply_nested_markup_keeps_its_text_or_nothing():
    page = (
        "<html><body>"
        + "<div>" * 50_000
        + "<p>Deep text.</p>"
        + "</div>" * 50_000
        + "</body></html>"
    )
    body = cleantext.clean(page, mode="html").body
    assert body in ("", "Deep text.") or "Deep text." in body


@pytest.mark.parametrize(
    "paragraph",
    [
        "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل، وأضاف أن الحكومة ستعلن عن خطة جديدة للاقتصاد قريبا.",
        "东京的股价周一大幅下跌，投资者担心央行将再次提高利率，分析人士预计市场将继续波动。",
        "The team celebrated 🎉 after the final whistle, fans said, and the coach thanked the supporters 👍🏽 for coming.",
    ],
    ids=["arabic", "chinese", "emoji"],
)
def test_right_to_left_cjk_and_emoji_prose_survives_intact(paragraph):
    page = "\n\n".join([paragraph] * 4)
    body = cleantext.clean(page).body
    assert paragraph in body


def test_a_very_long_word_survives_intact():
    word = "Donaudampfschifffahrtsgesellschaft" * 3000
    page = f"The word {word} is long, and this sentence about it is an ordinary article sentence."
    assert word in cleantext.clean(page).body


def test_one_huge_line_does_not_swamp_language_detection():
    from cleantext.meta import language

    line = "Share prices fell 3% on Monday after the central bank raised its main rate. " * 3000
    assert language.detect([line]) == "en"


def test_an_author_meta_value_of_at_signs_is_cleaned_at_once():
    (target,) = [t for t in TARGETS if t.name == "cleantext.html.meta._EMAIL"]
    # Every start tried 64 x 255 splits: 16,000 characters of "a@" took 10 s.
    assert stress.run(target, "a@" * 8000, timeout=HANG) < HANG
    assert target.pattern.sub(" ", "Jane Doe jane.doe@mail.example.co.uk") == "Jane Doe  "


def test_a_page_of_angle_brackets_is_stripped_in_linear_time():
    (target,) = [t for t in TARGETS if t.name == "cleantext.html.convert._TAG"]
    # Each "<" scanned up to 2,000 characters: 100,000 of them took seconds.
    assert stress.run(target, "<" * 400_000, timeout=HANG) < HANG
    assert target.pattern.sub(" ", '<p class="a">Text</p>') == " Text "
