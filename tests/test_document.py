"""Document: the cleaned page as data, JSON and markdown."""

from __future__ import annotations

import json
from dataclasses import asdict

from cleantext.document import Document, Removal


def _doc() -> Document:
    return Document(
        body="The Soyuz docked.\n\nThe crew is well.",
        title="Soyuz docks at ISS",
        authors=["Jane Doe"],
        date="2023-09-16",
        site="DW",
        language="en",
        removed=[
            Removal("Skip to content", "navigation.skip_link", "navigation", 1),
            Removal("Share", "share.buttons", "share", 8),
        ],
        evidence={"title": "Soyuz docks at ISS", "site": "© 2023 DW"},
    )


def test_to_dict_gives_what_asdict_gives():
    doc = _doc()
    assert doc.to_dict() == asdict(doc)
    assert list(doc.to_dict()) == list(asdict(doc))  # same key order in JSON


def test_to_dict_is_a_copy_the_caller_may_change():
    doc = _doc()
    data = doc.to_dict()
    data["authors"].append("John Roe")
    data["evidence"]["date"] = "x"
    data["removed"][0]["rule"] = "changed"
    assert doc.authors == ["Jane Doe"]
    assert "date" not in doc.evidence
    assert doc.removed[0].rule == "navigation.skip_link"


def test_to_json_round_trips_to_the_same_data():
    doc = _doc()
    assert json.loads(doc.to_json()) == doc.to_dict()
    assert "©" in doc.to_json()  # UTF-8 kept, not escaped


def test_from_dict_and_from_json_read_back_an_equal_document():
    doc = _doc()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_json(doc.to_json().encode("utf-8")) == doc
    assert Document.from_json(Document().to_json()) == Document()


def test_a_cleaned_page_round_trips_through_json():
    import cleantext

    from .conftest import SEEDS

    doc = cleantext.clean(SEEDS[0].read_text(encoding="utf-8"))
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert all(isinstance(r, Removal) for r in again.removed)


def test_from_dict_ignores_the_command_lines_file_key_and_rejects_other_shapes():
    data = {"file": "a.txt", **_doc().to_dict()}
    assert Document.from_dict(data) == _doc()
    for bad in ([1, 2], {"removed": [{"text": "x"}]}, {"removed": 3}):
        try:
            Document.from_dict(bad)  # type: ignore[arg-type]
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")


def test_blocks_go_to_json_as_plain_data():
    from cleantext.document import Part

    doc = _doc()
    doc.blocks = [
        Part("heading", "Docking", level=2, lines=("Docking",)),
        Part("table", "A | B", rows=(("A", "B"),), header=True, lines=("A | B",)),
    ]
    data = json.loads(doc.to_json())
    assert data["blocks"] == [
        {
            "kind": "heading",
            "text": "Docking",
            "level": 2,
            "ordered": False,
            "rows": [],
            "header": False,
        },
        {
            "kind": "table",
            "text": "A | B",
            "level": 0,
            "ordered": False,
            "rows": [["A", "B"]],
            "header": True,
        },
    ]
