"""Article span: from the first kept block to the last; none when nothing is kept."""

from __future__ import annotations

from cleantext.blocks import Block
from cleantext.text.classify import BAD, GOOD
from cleantext.text.select import span


def _blocks(labels: str) -> list[Block]:
    out = []
    for i, ch in enumerate(labels):
        b = Block(index=i, line=i, raw=ch, text=ch, label=GOOD if ch == "g" else BAD)
        if ch == "x":
            b.mark("navigation.menu_label", "navigation")
        out.append(b)
    return out


def test_span_runs_from_first_to_last_good_block() -> None:
    assert span(_blocks("bbgbggbb")) == (2, 5)


def test_dropped_blocks_do_not_count() -> None:
    blocks = _blocks("xgbgx")
    blocks[0].label = GOOD  # a rule's decision outranks the label
    assert span(blocks) == (1, 3)


def test_no_good_block_means_no_article() -> None:
    assert span(_blocks("bbxb")) is None
