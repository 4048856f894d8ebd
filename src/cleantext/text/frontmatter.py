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
_ENTRY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ITEM = re.compile(r"^\s+-\s+(.*?)\s*$|^-\s+(.*?)\s*$")
_YAML = re.compile(r"^(?:[A-Za-z_][\w-]*\s*:|\s|-\s|#|$)")
ORDER = ("title", "authors", "date", "site", "language")
#: Keys of other tools that hold a metadata field: a file with ``author:`` has its authors.
ALIASES = {
    "title": ("title",),
    "authors": ("authors", "author"),
    "date": ("date", "published", "pubdate"),
    "site": ("site", "site_name", "sitename"),
    "language": ("language", "lang"),
}


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


def names_metadata(lines: list[str]) -> bool:
    """Whether front-matter lines name any metadata field (under any of its keys)."""
    aliases = {alias for names in ALIASES.values() for alias in names}
    return any(key.lower() in aliases for key in keys(lines))


def is_yaml(lines: list[str]) -> bool:
    """Whether front-matter lines read as YAML (keys, list items, indented lines, comments),
    not as a page that happens to open with a horizontal rule."""
    return bool(keys(lines)) and all(_YAML.match(line) for line in lines)


def _scalar(raw: str) -> str:
    """A YAML scalar as written by people and tools: JSON-quoted, single-quoted or bare."""
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            return str(json.loads(raw))
        except ValueError:
            return raw.strip('"')
    if len(raw) > 1 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw.split(" #", 1)[0].strip()


def values(lines: list[str]) -> dict[str, tuple[list[str], str]]:
    """Each metadata field of :data:`ORDER` the lines give: ``(values, line)``.

    ``key: value``, ``key: [a, "b"]`` and a block list (``key:`` then ``- a`` lines) are
    read; other keys, nested maps and anything fancier are left alone.
    """
    found: dict[str, tuple[list[str], str]] = {}
    wanted = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
    for i, line in enumerate(lines):
        m = _ENTRY.match(line)
        if not m or m.group(1).lower() not in wanted:
            continue
        name, raw = wanted[m.group(1).lower()], m.group(2)
        if name in found:
            continue
        if raw.startswith("[") and raw.endswith("]"):
            items = [_scalar(x) for x in raw[1:-1].split(",")]
        elif raw:
            items = [_scalar(raw)]
        else:  # a block list below the key
            items = []
            for below in lines[i + 1 :]:
                item = _ITEM.match(below)
                if not item:
                    break
                items.append(_scalar(item.group(1) or item.group(2) or ""))
        items = [x for x in items if x]
        if items:
            found[name] = (items, line)
    return found


def _value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def render(meta: dict[str, Any], body: str, existing: list[str] | None = None) -> str:
    """Front matter (existing lines first, then metadata keys they lack) and the body."""
    lines = list(existing or [])
    have = {key.lower() for key in keys(lines)}
    for key in ORDER:
        value = meta.get(key)
        if value and not have.intersection(ALIASES[key]):
            lines.append(f"{key}: {_value(value)}")
    if not lines:
        return body
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body.lstrip("\n")
