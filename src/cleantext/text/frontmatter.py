"""YAML front matter: write the metadata above the body, and split it off again.

Only the small, safe subset cleantext writes is produced: ``key: "string"`` and
``key: ["a", "b"]`` (JSON-quoted scalars are valid YAML). Existing front matter is kept
line by line, so keys cleantext does not know survive a rewrite untouched.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
ORDER = ("title", "authors", "date", "site", "language")


def split(text: str) -> tuple[list[str], str]:
    """``(front-matter lines, rest)``; no front matter gives ``([], text)``."""
    m = _FENCE.match(text)
    if not m:
        return [], text
    inner = m.group(1) or ""
    return inner.splitlines(), text[m.end() :]


def keys(lines: list[str]) -> set[str]:
    """Top-level keys named in front-matter lines."""
    return {m.group(1) for line in lines if (m := _KEY.match(line))}


_ITEM = re.compile(r"^\s+-\s+(.*)$")


def _scalar(text: str) -> Any:
    """A YAML scalar or flow list as cleantext writes them (JSON), or a bare string."""
    text = text.strip()
    if text[:1] in ('"', "["):
        try:
            return json.loads(text)
        except ValueError:
            pass
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    return text


def read(lines: list[str]) -> dict[str, Any]:
    """The top-level values of front-matter lines: ``key: "string"``, ``key: ["a", "b"]``,
    bare strings and block lists (``key:`` then ``  - a`` lines).

    >>> read(['title: "A headline"', "authors:", "  - Jane Doe"])
    {'title': 'A headline', 'authors': ['Jane Doe']}
    """
    out: dict[str, Any] = {}
    key = None
    for line in lines:
        m = _KEY.match(line)
        if m:
            key = m.group(1)
            value = line[m.end() :].strip()
            out[key] = _scalar(value) if value else []
        elif key is not None and isinstance(out.get(key), list) and (item := _ITEM.match(line)):
            out[key].append(_scalar(item.group(1)))
    return out


def _value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def render(meta: dict[str, Any], body: str, existing: list[str] | None = None) -> str:
    """Front matter (existing lines first, then metadata keys they lack) and the body."""
    lines = list(existing or [])
    have = keys(lines)
    for key in ORDER:
        value = meta.get(key)
        if value and key not in have:
            lines.append(f"{key}: {_value(value)}")
    if not lines:
        return body
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body.lstrip("\n")
