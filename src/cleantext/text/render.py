"""Kept blocks to the body text: one blank line between paragraphs, list items one per line."""

from __future__ import annotations

from collections.abc import Iterable

from cleantext.blocks import ITEM, Block

_MARKUP_BULLETS = "*+o"  # markdown and inscriptis bullets, shown as "•"


def item_prefix(block: Block) -> str:
    """``"• "`` for a markup bullet; any other bullet or number (``"1."``) as written."""
    if block.bullet in _MARKUP_BULLETS:
        return "• "
    return f"{block.bullet} "


def body(blocks: Iterable[Block]) -> str:
    """Join kept blocks; consecutive list items stay on consecutive lines."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if block.kind == ITEM:
            text = item_prefix(block) + block.text
            sep = "\n" if previous is not None and previous.kind == ITEM else "\n\n"
        else:
            text, sep = block.text, "\n\n"
        parts.append(sep + text if parts else text)
        previous = block
    return "".join(parts)
