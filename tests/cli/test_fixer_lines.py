"""The fixer removes whole lines (or removed cells) and writes every other line back as it was.

Markdown structure is never broken: code blocks, tables, headings, lists and quotes stay
byte for byte; data and code files are not rewritten at all; line numbers count from 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext.cleaner import Cleaner
from cleantext.cli import filekinds, structure
from cleantext.cli.rewrite import assemble, cut, rewrite
from cleantext.config import Config

from ..clirun import SEEDS, run

GUIDE = """\
Skip to content
Home | Docs | Blog | About

# Setting up the classifier

This guide explains how to install the classifier on a fresh machine and how to check that it works before you run it on a whole corpus of pages.

## Install

Run the following commands in a terminal, one after the other, and wait for each to finish before starting the next one.

```sh
python3 -m venv .venv
.venv/bin/pip install classify

.venv/bin/classify --version
```

## Results

| name | language | pages |
|------|----------|-------|
| foo | Python | 450 |
| bar | Rust | 120 |

> Note: the figures above were measured on a shared machine, so expect some variation from one run to the next.

- first, check the version
- then run it on a sample

The classifier reads each line of a page and decides whether it belongs to the article, using the words it holds and its place on the page.

Share
Copyright © 2024 Example Docs
"""
JUNK = ("Skip to content", "Home | Docs | Blog | About", "Share", "Copyright © 2024 Example Docs")


def _structure(text: str) -> list[str]:
    """The lines of ``text`` that carry Markdown structure or code."""
    lines = text.split("\n")
    spans = structure.units(lines, markdown=True)
    return [lines[j] for u in spans for j in range(u.start, u.end + 1)]


def test_a_markdown_guide_keeps_code_tables_headings_lists_and_quotes_byte_exact(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(GUIDE, encoding="utf-8")
    result = run("-i", path)
    assert result.returncode == 1, result.stderr
    text = path.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    assert _structure(body) == _structure(GUIDE)
    assert "# Setting up the classifier\n" in body  # the title moved up, the heading stays
    assert "```sh\npython3 -m venv .venv\n.venv/bin/pip install classify\n\n" in body
    for junk in JUNK:
        assert junk not in body.split("\n")
    assert run("-i", path).returncode == 0  # a second run finds nothing


def test_a_text_file_keeps_its_code_block_and_table_whole(tmp_path):
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    assert run("-i", path).returncode == 1
    body = path.read_text(encoding="utf-8")
    code = GUIDE[GUIDE.index("```sh") : GUIDE.index("```\n\n## Results") + 4]
    table = GUIDE[GUIDE.index("| name") : GUIDE.index("| 120 |") + 7]
    assert code in body and table in body


def test_kept_lines_are_written_back_exactly_no_break_spaces_included():
    text = (
        "Skip to content\n\nThe council met on\u00a0Monday to discuss the budget for next "
        "year,  and agreed on most points after a long debate.\n\nShare\n"
    )
    result = rewrite(text, Cleaner(), front_matter=False)
    assert result.changed
    assert result.text == (
        "The council met on\u00a0Monday to discuss the budget for next year,  and agreed on "
        "most points after a long debate.\n"
    )


def test_a_clean_file_with_no_break_spaces_is_not_changed(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(
        "The council met on\u00a0Monday to discuss the budget for next year, and agreed on "
        "most points after a long debate.\n",
        encoding="utf-8",
    )
    result = run("--check", path)
    assert (result.returncode, result.stdout) == (0, "")


def test_mojibake_is_repaired_in_kept_lines_only_when_switched_on():
    text = (
        "Skip to content\n\nThe cafÃ© owners met on Monday to discuss the budget for next "
        "year, and agreed on most points after a long debate.\n"
    )
    on = rewrite(text, Cleaner(), front_matter=False)
    assert "The café owners met" in on.text
    off = rewrite(text, Cleaner(Config(repair_mojibake=False)), front_matter=False)
    assert "The cafÃ© owners met" in off.text


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_every_kept_line_of_a_seed_is_a_line_of_the_file(seed):
    text = seed.read_text(encoding="utf-8")
    result = rewrite(text, Cleaner(), front_matter=False, keep_min_share=0.0)
    original = text.split("\n")
    kept = [x for x in result.text.rstrip("\n").split("\n") if x.strip()]
    # Whole lines, or a line less a removed cell or glued piece at its end or start.
    for line in kept:
        assert line in original or any(line in x for x in original), line


def test_cut_takes_removed_cells_out_and_leaves_the_rest():
    assert (
        cut("Sports      New Jersey will resume play.", ["Sports"])
        == "New Jersey will resume play."
    )
    assert cut("— NASA (@NASA) April 8, 2025The rocket", ["— NASA (@NASA) April 8, 2025"]) == (
        "The rocket"
    )
    assert cut("A cell   Share", ["Share"]) == "A cell"
    assert cut("Nothing here", ["Missing"]) is None


def test_assemble_closes_the_gap_a_removed_line_leaves_and_keeps_other_blank_lines():
    lines = ["menu", "", "title", "", "para one", "", "", "share", "", "para two", ""]
    kept = [lines[i] for i in assemble(lines, {0, 2, 7})]
    # The blank lines the file had between its paragraphs stay; those beside a removed
    # line at the top, or doubled by one, go.
    assert kept == ["para one", "", "", "para two", ""]
    untouched = ["a", "", "", "b"]
    assert [untouched[i] for i in assemble(untouched, set())] == untouched


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("data.csv", "a,b\n1,2\n", "CSV data"),
        ("rows.txt", "name,language,pages\nfoo,Python,450\nbar,Rust,120\nbaz,Go,80\n", "CSV data"),
        ("rows.txt", "name\tlanguage\tpages\nfoo\tPython\t450\nbar\tRust\t120\n", "CSV data"),
        ("doc.txt", '{"title": "x", "body": "y"}\n', "JSON data"),
        ("lines.txt", '{"a": 1}\n{"a": 2}\n{"a": 3}\n', "JSON data"),
        ("conf.txt", "name: site\nversion: 3\nitems:\n  - a\n  - b\n", "YAML data"),
        ("run.txt", "#!/bin/sh\nset -e\necho hi\n", "code"),
        ("main.txt", "import os\n\ndef main():\n    return 1;\n}\n", "code"),
        ("notes.yaml", "anything", "YAML data"),
        ("page.html", "anything", "markup"),
    ],
)
def test_data_and_code_are_not_prose(name, text, kind):
    assert filekinds.not_prose(Path(name), text) == kind


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_scraped_articles_are_prose(seed):
    assert filekinds.not_prose(Path("article.txt"), seed.read_text(encoding="utf-8")) is None


def test_prose_with_commas_on_every_line_is_prose():
    text = (
        "The council met on Monday, and agreed on most points after a long debate.\n"
        "Its members, who had argued for weeks, voted for the budget in the evening.\n"
        "The mayor said the vote, although late, was a good sign for the town.\n"
    )
    assert filekinds.sniff(text) is None


def test_the_fixer_skips_a_csv_with_a_note_and_leaves_it_alone(tmp_path):
    path = tmp_path / "data.csv"
    data = "name,language,pages\nfoo,Python,450\nbar,Rust,120\n"
    path.write_text(data, encoding="utf-8")
    result = run("-i", path)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == f"cleantext: {path}: skipped: CSV data, not prose\n"
    assert path.read_text(encoding="utf-8") == data


def test_removed_lines_count_from_1_in_json_and_explain_alike(tmp_path):
    path = tmp_path / "article.txt"
    text = '---\ntags: ["x"]\n---\n\n' + SEEDS[0].read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    record = json.loads(run("--format", "json", path).stdout)
    assert record["removed"]
    for removal in record["removed"]:
        assert removal["text"] in lines[removal["line"] - 1]
    explained = run("--explain", path).stdout.splitlines()[1:]
    numbers = [int(x.split()[0]) for x in explained if x.split() and x.split()[0].isdigit()]
    assert numbers == [r["line"] for r in record["removed"]]


DIRTY = (
    "Skip to content\n\nZoë Müller, café au lait. Crème brûlée à la française, s'il vous plaît. "
    "The council met on Monday to discuss the budget for next year and agreed.\n\nShare\n"
)


def test_stray_bytes_in_a_utf8_file_stay_as_they_are_on_kept_lines(tmp_path):
    path = tmp_path / "stray.txt"
    data = DIRTY.encode().replace(b"lait", b"l\xe6it")
    path.write_bytes(data)
    explained = run("--explain", path).stdout.splitlines()
    assert explained[1] == "  encoding: decoded as UTF-8; 1 stray byte read as Windows-1252"
    assert run("-i", path).returncode == 1
    kept = data.split(b"\n")[2]
    assert kept in path.read_bytes().split(b"\n")  # byte for byte, the stray byte included


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "cp1252", "cp1250"])
def test_a_file_in_another_encoding_is_rewritten_in_it(tmp_path, codec):
    text = DIRTY
    if codec == "cp1250":
        text = (
            "Skip to content\n\nZażółć gęślą jaźń: wróciłem do domu późno w nocy, bo pociąg "
            "się spóźnił, a rada miasta obradowała nad budżetem na przyszły rok.\n\nShare\n"
        )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(codec))
    assert run("-i", path).returncode == 1, run("-i", path).stderr
    written = path.read_bytes().decode(codec)
    assert text.split("\n")[2] in written.split("\n")
    assert "Skip to content" not in written
