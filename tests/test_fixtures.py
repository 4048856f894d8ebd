"""The seed pages come out exactly as a perfect cleaner returns them."""

from __future__ import annotations

import cleantext

from .conftest import normalize


def test_body_matches_expected(seed):
    text, expected = seed
    assert normalize(cleantext.clean(text).body) == normalize(expected["body"])


def test_metadata_matches_expected(seed):
    text, expected = seed
    doc = cleantext.clean(text)
    assert (doc.title, doc.authors, doc.date, doc.site) == (
        expected["title"],
        expected["authors"],
        expected["date"],
        expected["site"],
    )


def test_removed_lines_are_gone(seed):
    text, expected = seed
    body_lines = {line.strip() for line in cleantext.clean(text).body.split("\n")}
    for line in expected["removed_lines"]:
        assert line.strip() not in body_lines


def test_every_removed_line_is_explained(seed):
    text, expected = seed
    doc = cleantext.clean(text)
    removed = {" ".join(r.text.split()) for r in doc.removed}
    for line in expected["removed_lines"]:
        assert " ".join(line.split()) in removed, line
    assert all(r.rule and r.family for r in doc.removed)


def test_cleaning_is_idempotent(seed):
    text, _ = seed
    once = cleantext.clean(text)
    assert cleantext.clean(once.body).body == once.body


def test_bytes_and_str_agree(seed):
    text, _ = seed
    assert cleantext.clean(text.encode("utf-8")).body == cleantext.clean(text).body
