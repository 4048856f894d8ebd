"""A removal says which cleaning round made it: the page's own, or one that settles the result."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.cleaner import Pass
from cleantext.document import Document, Removal
from cleantext.html import extract

from .conftest import SEEDS


def test_a_page_that_settles_at_once_has_only_first_round_removals():
    doc = cleantext.clean(SEEDS[0].read_text(encoding="utf-8"))
    assert doc.removed and {r.round for r in doc.removed} == {1}


def test_the_html_bodys_settling_round_is_the_second_and_names_no_source_line():
    doc = Document(body="Article text.\n\nShare", removed=[Removal("Menu", "n.x", "navigation", 3)])

    def clean_text(text: str, url: str | None, *, path: str) -> Document:
        return Document(body="Article text.", removed=[Removal("Share", "share.x", "share", 3)])

    extract.settle(doc, None, clean_text)
    assert [(r.text, r.line, r.round) for r in doc.removed] == [("Menu", 3, 1), ("Share", 0, 2)]


def test_text_settling_rounds_count_from_two(monkeypatch: pytest.MonkeyPatch):
    cleaner = cleantext.Cleaner()
    bodies = iter(["a\n\nb", "a", "a"])

    def once(
        text, url, *, path="text", lines=None, markdown=None, whole=None, title=None, unwrap=True
    ):
        body = next(bodies)
        removed = [Removal("b", "share.x", "share", 2)] if body == "a" and text != "a" else []
        return Pass(Document(body=body, removed=removed), [], [0], False)

    monkeypatch.setattr(cleaner, "_clean_text_once", once)
    doc, *_ = cleaner._settled("a\n\nb\n\nc", None, path="text")
    assert doc.body == "a"
    assert [(r.text, r.round) for r in doc.removed] == [("b", 2)]


def test_rounds_survive_json():
    doc = Document(body="x", removed=[Removal("y", "r.y", "related", 0, round=2)])
    assert Document.from_json(doc.to_json()).removed[0].round == 2
