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


def _separator(previous: Block | None, block: Block) -> str:
    """What goes between two kept blocks: a line break between list items, else a blank line."""
    return "\n" if block.kind == ITEM and previous is not None and previous.kind == ITEM else "\n\n"


def body(blocks: Iterable[Block]) -> str:
    """Join kept blocks; consecutive list items stay on consecutive lines."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        text = item_prefix(block) + block.text if block.kind == ITEM else block.text
        parts.append(_separator(previous, block) + text if parts else text)
        previous = block
    return "".join(parts)


def origins(blocks: Iterable[Block]) -> list[int]:
    """For each line of :func:`body`, the ``line`` of the block it shows (-1: a blank line)."""
    out: list[int] = []
    previous: Block | None = None
    for block in blocks:
        if out and _separator(previous, block) == "\n\n":
            out.append(-1)
        out.append(block.line)
        previous = block
    return out
