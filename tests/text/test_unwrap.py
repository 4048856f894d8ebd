"""Hard-wrapped paragraphs: joined into one line each, and only where a wrapper broke them."""

from __future__ import annotations

import textwrap

import cleantext
from cleantext.text.unwrap import unwrap, width

PARAGRAPHS = [
    "The town council approved the new budget on Tuesday after a long debate about road"
    " repairs, school funding and the future of the central library, which has been closed"
    " for renovation since the spring.",
    "Members argued for three hours before the final vote, which passed by a narrow margin"
    " of five to four; the mayor said the well-known compromise on bus fares had made the"
    " difference in the end.",
    "Share prices of the two local building firms rose on Wednesday morning, as traders"
    " expected contracts for the road repairs to be signed before the end of the year.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact us"]


def _wrapped(*blocks: str, at: int = 72) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(b, at)) for b in blocks)


def test_a_wrapped_text_is_read_at_its_width() -> None:
    lines = _wrapped(*PARAGRAPHS).split("\n")
    assert width(lines) is not None and 60 <= width(lines) <= 72  # type: ignore[operator]


def test_wrapped_paragraphs_are_joined_and_their_first_lines_named() -> None:
    text = _wrapped(*PARAGRAPHS)
    joined, origin = unwrap(text)
    assert joined.split("\n\n") == PARAGRAPHS
    assert origin is not None
    starts = [
        i
        for i, line in enumerate(text.split("\n"))
        if line and (i == 0 or not text.split("\n")[i - 1])
    ]
    assert [origin[i] for i, line in enumerate(joined.split("\n")) if line] == starts


def test_lines_a_link_runs_past_the_width_do_not_hide_the_wrap() -> None:
    # html2text wraps at 78 columns but never inside a link's target.
    link = "[the council's report](https://example.org/council/budget/2025/report-on-roads.html)"
    text = _wrapped(PARAGRAPHS[0], f"Read {link} for the figures.", *PARAGRAPHS[1:], at=78)
    joined, origin = unwrap(text)
    assert origin is not None
    assert PARAGRAPHS[0] in joined.split("\n\n")


def test_a_word_broken_at_its_hyphen_is_one_word_again() -> None:
    joined, _ = unwrap(_wrapped(*PARAGRAPHS, at=60))
    assert "well-known" in joined


def test_a_text_with_a_line_per_paragraph_is_left_as_it_is() -> None:
    text = "\n\n".join(MENU + PARAGRAPHS)
    assert unwrap(text) == (text, None)


def test_short_lines_under_a_wrapped_paragraph_stay_lines_of_their_own() -> None:
    # A menu's labels would have fitted on the line above: the author broke there.
    text = _wrapped(*PARAGRAPHS) + "\n" + "\n".join(MENU)
    joined, _ = unwrap(text)
    assert joined.split("\n")[-len(MENU) :] == MENU


def test_list_items_and_headings_are_not_joined_to_the_line_above() -> None:
    items = "\n".join(f"* {p}" for p in PARAGRAPHS)
    text = _wrapped(*PARAGRAPHS) + "\n## Budget in brief\n" + items + "\n" + _wrapped(*PARAGRAPHS)
    joined, _ = unwrap(text)
    assert "## Budget in brief" in joined.split("\n")
    assert sum(line.startswith("* ") for line in joined.split("\n")) == len(PARAGRAPHS)


def test_lines_of_a_code_block_stay_as_they_are() -> None:
    code = [
        "```python",
        *(
            f"total = total + price_of_item_number_{i} * quantity_of_item_number_{i}  # row {i}"
            for i in range(4)
        ),
        "```",
    ]
    text = _wrapped(*PARAGRAPHS) + "\n\n" + "\n".join(code) + "\n\n" + _wrapped(*PARAGRAPHS)
    joined, origin = unwrap(text)
    assert origin is not None  # the paragraphs are joined
    assert "\n".join(code) in joined


def test_markdown_line_breaks_and_table_rows_are_the_authors() -> None:
    wrapped = _wrapped(*PARAGRAPHS).split("\n")
    broken = [line + "  " for line in wrapped]  # html2text's <br>: two trailing spaces
    assert unwrap("\n".join(broken))[1] is None
    rows = [f"| {line} |" for line in wrapped if line]
    assert unwrap("\n".join(rows))[1] is None


def test_a_wrapped_dump_is_cleaned_as_the_same_dump_unwrapped() -> None:
    page = ["Skip to content", *MENU, *PARAGRAPHS, "Share this article", "© 2025 Example News"]
    flat = cleantext.clean("\n\n".join(page)).body
    assert cleantext.clean(_wrapped(*page)).body == flat
    assert cleantext.clean(flat).body == flat


def test_the_line_by_line_fixer_judges_every_wrapped_line() -> None:
    # The in-place fixer keeps or drops each line as it stands: none is left unjudged.
    text = _wrapped(*PARAGRAPHS)
    _doc, verdicts = cleantext.Cleaner().clean_lines(text)
    pairs = list(zip(verdicts, text.split("\n"), strict=True))
    assert all(v is not None for v, line in pairs if line)
    assert all(v is None for v, line in pairs if not line)
