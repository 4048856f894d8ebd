"""Front matter: the author's own metadata is read, kept and never duplicated."""

from __future__ import annotations

import json

import pytest

import cleantext
from cleantext.meta.reader import from_front_matter
from cleantext.text import frontmatter

from ..clirun import run

PROSE = (
    "Café owners in the old town say the rising price of energy has pushed many of them to "
    "the edge, and several expect to close before the spring season begins.\n\n"
    '"We have never seen bills like these," said one owner, who has run a small café near '
    "the cathedral for more than twenty years.\n"
)
HEAD = '---\ntitle: "Café owners fear a hard winter"\nauthor: Marie Dupont\ndate: March 3, 2024\n---\n\n'


def test_front_matter_gives_title_authors_and_an_iso_date():
    doc = cleantext.clean(HEAD + PROSE)
    assert (doc.title, doc.authors, doc.date) == (
        "Café owners fear a hard winter",
        ["Marie Dupont"],
        "2024-03-03",
    )
    assert doc.evidence["authors"] == "author: Marie Dupont"
    assert "authors_by" not in doc.evidence  # no byline strategy: the front matter said it
    assert "title:" not in doc.body and doc.body.startswith("Café owners in the old town")
    assert cleantext.clean(doc.body).body == doc.body


@pytest.mark.parametrize(
    ("lines", "meta"),
    [
        (['authors: ["Jane Doe", "John Roe"]'], {"authors": ["Jane Doe", "John Roe"]}),
        (["authors:", "  - Jane Doe", "  - John Roe"], {"authors": ["Jane Doe", "John Roe"]}),
        (["lang: de", "site_name: 'Example News'"], {"language": "de", "site": "Example News"}),
        (["date: 2024-03-03T10:00:00Z"], {"date": "2024-03-03"}),
        (["date: soon", "tags: [a, b]"], {}),
    ],
)
def test_front_matter_forms_people_and_tools_write(lines, meta):
    assert from_front_matter(lines)[0] == meta


def test_a_page_that_opens_with_rules_has_no_front_matter():
    assert not frontmatter.is_yaml(["Home | News | Sport", "Some headline here"])
    assert frontmatter.is_yaml(['title: "x"', "tags:", "  - a"])


def test_the_command_reports_front_matter_metadata_and_adds_no_duplicate_key(tmp_path):
    path = tmp_path / "cafe.md"
    path.write_text(HEAD + "Skip to content\n\n" + PROSE + "\nShare\n", encoding="utf-8")
    record = json.loads(run("--format", "json", path).stdout)
    assert (record["title"], record["authors"], record["date"]) == (
        "Café owners fear a hard winter",
        ["Marie Dupont"],
        "2024-03-03",
    )
    assert run("-i", path).returncode == 1
    head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0].splitlines()
    assert head[1:4] == HEAD.splitlines()[1:4]
    assert not any(line.startswith(("authors:", "title:", "date:")) for line in head[4:])


def test_a_byline_the_page_gives_keeps_the_strategy_that_found_it_without_front_matter():
    page = "Café owners fear a hard winter\n\nBy Marie Dupont\n\n" + PROSE
    assert cleantext.clean(page).evidence.get("authors_by") == "byline_by_headline"
    head = "---\nauthor: Jane Roe\n---\n\n"
    doc = cleantext.clean(head + page)
    assert doc.authors == ["Jane Roe"] and "authors_by" not in doc.evidence
