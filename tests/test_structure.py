"""Structure in the output: blocks with kind and level, Markdown that reads back as them."""

from __future__ import annotations

import importlib.util

import pytest

import cleantext
from cleantext.document import CODE, HEADING, ITEM, QUOTE, TABLE, Document, Part
from cleantext.text.render import escape, markdown
from cleantext.text.segment import segment

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location(
    "markdown_structure", ROOT / "bench" / "markdown_structure.py"
)
assert _spec is not None and _spec.loader is not None
structure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(structure)

PROSE = (
    "The council voted on Tuesday to extend the tram line north, a decision that "
    "residents of the northern districts had asked for during more than ten years."
)
PAGE = f"""<html><head><title>Tram line to reach the north</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Tram line to reach the north</h1>
<p>{PROSE}</p>
<h2>What it costs</h2>
<p>{PROSE.replace("council", "city")}</p>
<table><tr><th>Item</th><th>Cost</th></tr>
<tr><td>Rails and overhead line</td><td>$337 million</td></tr>
<tr><td>Trams|rolling stock</td><td>$516 million</td></tr></table>
<h3>Steps</h3>
<ol><li>A public hearing in April</li><li>Works from next year
<ul><li>first the depot</li><li>then the line</li></ul></li></ol>
<blockquote><p>We have waited for this tram for a long time, said one resident of the district.</p></blockquote>
<pre><code>if tram:
    ride()   # two spaces kept
</code></pre>
<p>{PROSE.replace("Tuesday", "Monday")}</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def page() -> Document:
    return cleantext.clean(PAGE, mode="html")


def test_html_blocks_keep_heading_levels_lists_tables_quotes_and_code(page: Document) -> None:
    kinds = {(p.kind, p.text.split("\n")[0][:20], p.level) for p in page.blocks}
    assert (HEADING, "What it costs", 2) in kinds
    assert (HEADING, "Steps", 3) in kinds
    table = next(p for p in page.blocks if p.kind == TABLE)
    assert table.rows == (
        ("Item", "Cost"),
        ("Rails and overhead line", "$337 million"),
        ("Trams|rolling stock", "$516 million"),
    )
    assert table.header
    items = [(p.text, p.level, p.ordered) for p in page.blocks if p.kind == ITEM]
    assert ("A public hearing in April", 0, True) in items
    assert ("first the depot", 1, False) in items
    assert any(p.kind == QUOTE and p.text.startswith("We have waited") for p in page.blocks)
    code = next(p for p in page.blocks if p.kind == CODE)
    assert code.text == "if tram:\n    ride()   # two spaces kept"


def test_body_stays_plain_with_table_rows_as_lines(page: Document) -> None:
    lines = page.body.split("\n")
    assert "Rails and overhead line | $337 million" in lines
    assert "## What it costs" not in page.body and "|---" not in page.body
    assert "What it costs" in lines


def test_markdown_writes_commonmark_with_github_tables(page: Document) -> None:
    text = page.to_markdown()
    assert text.startswith('---\ntitle: "Tram line to reach the north"\n')
    assert "\n## What it costs\n" in text and "\n### Steps\n" in text
    assert "| Item | Cost |\n|---|---|\n| Rails and overhead line | $337 million |" in text
    assert "| Trams\\|rolling stock | $516 million |" in text
    assert "\n1. A public hearing in April\n2. Works from next year\n   - first the depot" in text
    assert "\n> We have waited" in text
    assert "```\nif tram:\n    ride()   # two spaces kept\n```" in text
    assert structure.read(text) == structure.expected(page)


def test_markdown_output_cleaned_again_is_unchanged(page: Document) -> None:
    text = page.to_markdown()
    again = cleantext.clean(text)
    assert again.to_markdown() == text
    assert (again.title, again.language) == (page.title, page.language)


def test_json_gains_the_blocks(page: Document) -> None:
    data = page.to_dict()
    table = next(b for b in data["blocks"] if b["kind"] == "table")
    assert table["rows"][0] == ["Item", "Cost"]
    assert {"kind", "text", "level", "rows", "ordered"} <= set(table)


def test_without_front_matter_the_title_is_the_only_top_heading(page: Document) -> None:
    text = page.to_markdown(front_matter=False)
    assert text.startswith("# Tram line to reach the north\n\n")
    assert sum(line.startswith("# ") for line in text.split("\n")) == 1


def test_link_rows_and_menus_still_go(page: Document) -> None:
    assert "Home | News" not in page.body


def test_front_matter_is_metadata_and_is_written_back() -> None:
    text = (
        '---\ntitle: "A headline of my own"\ntags: ["trams"]\nsite: "Example Times"\n---\n\n'
        f"Example Times\n\n{PROSE}\n\n{PROSE.replace('council', 'city')}\n"
    )
    doc = cleantext.clean(text)
    assert doc.title == "A headline of my own" and doc.site == "Example Times"
    assert "title:" not in doc.body and "tags:" not in doc.body
    assert doc.to_markdown().startswith(
        '---\ntitle: "A headline of my own"\ntags: ["trams"]\nsite: "Example Times"\n'
    )


def test_a_plain_page_starting_with_a_rule_has_no_front_matter() -> None:
    doc = cleantext.clean(f"---\n\n{PROSE}\n")
    assert doc.front_matter == [] and PROSE in doc.body


def test_markdown_tables_code_and_quotes_are_read() -> None:
    text = (
        "# Title\n\n> quoted [words](/a)\n\n| A | B |\n|---|:--|\n| 1 | x \\| y |\n\n"
        "```py\n  indented   code\n\nafter a blank\n```\n"
    )
    blocks = segment(text, markdown=True)
    assert [b.quote for b in blocks][:2] == [0, 1]
    rows = [b for b in blocks if b.cells]
    assert [r.cells for r in rows] == [("A", "B"), ("1", "x | y")]
    assert rows[0].header and not rows[1].header and rows[0].group == rows[1].group
    code = [b.code for b in blocks if b.code is not None]
    assert code == ["  indented   code", "\nafter a blank"]


def test_aligned_rows_are_a_table_and_a_menu_line_is_not() -> None:
    rows = segment("Rank | State | Score\n1 | North Dakota | 82.0\n2 | Vermont | 80.8\n")
    assert all(b.cells for b in rows) and len({b.group for b in rows}) == 1
    assert not any(b.cells for b in segment("Home | News | Sport\n\nLogin | Help | About\n"))
    assert not any(b.cells for b in segment("Home | News | Sport\nLogin | Help\n"))


def test_escape_keeps_text_that_would_read_as_markup() -> None:
    for text in ("1. not a list", "# not a heading", "a *starred* word", "> not quoted"):
        written = markdown([Part("paragraph", text)])
        assert written != text
        assert segment(written, markdown=True)[0].text == text
    assert escape("plain words, 3 * 4") == "plain words, 3 * 4"


def test_seed_markdown_reads_back_as_its_blocks(seed) -> None:
    text, _ = seed
    doc = cleantext.clean(text)
    assert doc.blocks
    assert structure.read(doc.to_markdown()) == structure.expected(doc)


DUMP = f"""[Home](/) | [News](/news) | [Sport](/sport) | [Weather](/weather)

# Tram line to reach the north

{PROSE}

## What it costs

{PROSE.replace("council", "city")}

Item | Cost
---|---
Rails and overhead line | $337 million
Trams | $516 million

{PROSE.replace("Tuesday", "Wednesday")}

  * A public hearing in April
    * first the depot
  * Works from next year

> {PROSE.replace("council", "mayor")}

```
if tram:
    ride()
```

{PROSE.replace("Tuesday", "Monday")}

* [Share on Facebook](https://facebook.com/share)
* [Share on Twitter](https://twitter.com/share)
"""


def test_a_markdown_dump_keeps_its_table_list_quote_and_code() -> None:
    doc = cleantext.clean(DUMP)
    kinds = [p.kind for p in doc.blocks]
    assert TABLE in kinds and QUOTE in kinds and CODE in kinds
    table = next(p for p in doc.blocks if p.kind == TABLE)
    assert table.rows[1] == ("Rails and overhead line", "$337 million") and table.header
    items = [(p.text, p.level) for p in doc.blocks if p.kind == ITEM]
    assert ("first the depot", 1) in items
    assert next(p for p in doc.blocks if p.kind == CODE).text == "if tram:\n    ride()"
    assert "Rails and overhead line | $337 million\nTrams | $516 million" in doc.body
    assert "Home" not in doc.body and "Share on" not in doc.body
    text = doc.to_markdown()
    assert structure.read(text) == structure.expected(doc)
    assert cleantext.clean(text).to_markdown() == text


def test_a_layout_table_of_links_is_not_kept() -> None:
    menu = "".join(
        f'<tr><td><a href="/{w}">{w.title()}</a></td><td><a href="/{w}/all">All {w}</a></td></tr>'
        for w in ("news", "sport", "weather", "travel")
    )
    page = PAGE.replace("<article>", f"<table>{menu}</table><article>")
    doc = cleantext.clean(page, mode="html")
    assert "Weather" not in doc.body and "All sport" not in doc.body
    assert "Rails and overhead line | $337 million" in doc.body


LINKED = f"""<html><body><article><h1>Tram line</h1>
<p>{PROSE.replace("tram line", '<a href="https://example.org/tram">tram line</a>')}</p>
<p>{PROSE.replace("decision", '<a href="https://example.org/a (b)">decision</a>').replace("council", "city")}</p>
</article></body></html>"""


def test_links_are_written_only_on_request() -> None:
    doc = cleantext.clean(LINKED, mode="html")
    assert "](" not in doc.to_markdown()
    text = doc.to_markdown(links=True)
    assert "the [tram line](https://example.org/tram) north" in text
    assert "[decision](https://example.org/a%20%28b%29)" in text
    assert structure.read(text) == structure.expected(doc)
    again = cleantext.clean(text)
    assert again.to_markdown(links=True) == text
    assert again.blocks[0].links == (("tram line", "https://example.org/tram"),)


COLUMNS = """Rankings

Rank  State           Score
1     North Dakota    82.0
2     Vermont         80.8
3     Nebraska        78.0

Sports          New Jersey will resume a four-game homestand on Friday night.
News            The council voted on Tuesday to extend the tram line north.
Weather         Rain is expected across the region until Sunday, forecasters said.
"""


def test_a_dump_table_whose_columns_line_up_is_a_table() -> None:
    blocks = segment(COLUMNS)
    rows = [b for b in blocks if b.cells]
    assert [b.text for b in rows] == [
        "1 | North Dakota | 82.0",
        "2 | Vermont | 80.8",
        "3 | Nebraska | 78.0",
    ]
    assert len({b.group for b in rows}) == 1
    # A layout of menu cells beside paragraphs, without figures, stays cells of its own.
    assert "Sports" in [b.text for b in blocks]
    assert [b.index for b in blocks] == list(range(len(blocks)))


PICTURE = "![A tram at the depot](https://example.org/tram%201.jpg) "
PICTURED = f"""# Tram line to reach the north

{PICTURE}{PROSE}

## What it costs

{PROSE.replace("council", "city")}
"""


def test_images_are_written_only_on_request() -> None:
    doc = cleantext.clean(PICTURED, mode="text")
    assert "![" not in doc.body and "depot" not in doc.body  # nor its alt text
    assert "![" not in doc.to_markdown()
    text = doc.to_markdown(images=True)
    assert "![A tram at the depot](https://example.org/tram%201.jpg) The council voted" in text
    assert structure.read(text) == structure.expected(doc)
    again = cleantext.clean(text)
    assert again.to_markdown(images=True) == text
    assert again.blocks[0].images == (("A tram at the depot", "https://example.org/tram%201.jpg"),)


def test_an_image_above_a_heading_or_a_table_stands_on_its_own_line() -> None:
    parts = [
        Part(HEADING, "What it costs", level=2, images=(("Map [north]", "/map a.png"),)),
        Part(TABLE, "a | b", rows=(("a", "b"),), images=(("Chart", "/c.png"),)),
    ]
    assert markdown(parts, images=True) == (
        "![Map \\[north\\]](/map%20a.png)\n\n## What it costs\n\n![Chart](/c.png)\n\n"
        "| a | b |\n|---|---|"
    )
    assert markdown(parts) == "## What it costs\n\n| a | b |\n|---|---|"


def test_html_images_go_with_their_block_or_with_the_block_below_them() -> None:
    from lxml import etree

    from cleantext.html.convert import blocks_from_xml

    body = etree.fromstring(
        '<body><p>Works start next year <graphic src="/icon.png" alt="icon"/> and end later.</p>'
        '<graphic src="/tram.jpg" alt="A  tram"/><p>The city said so.</p>'
        '<graphic alt="no source"/><p>Nothing more.</p></body>'
    )
    blocks = blocks_from_xml(body)
    assert [b.text for b in blocks] == [
        "Works start next year and end later.",
        "The city said so.",
        "Nothing more.",
    ]
    assert [b.images for b in blocks] == [(("icon", "/icon.png"),), (("A tram", "/tram.jpg"),), ()]
