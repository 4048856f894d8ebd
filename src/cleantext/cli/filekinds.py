"""Which files the fixer may rewrite: prose (articles, notes, Markdown), never data or code.

A hook pointed at a folder meets every file there; cleaning a CSV, a JSON document or a
script as if it were a page would delete rows and lines. :func:`not_prose` names what a
file is when it is not prose, from its name first and then from its content, so the
fixer leaves it alone with a one-line note.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from cleantext.text.prose import is_prose

# Name endings of data, markup and code: never articles, whatever they hold.
_SUFFIXES = {
    "CSV data": (".csv", ".tsv", ".tab", ".psv"),
    "JSON data": (".json", ".jsonl", ".ndjson", ".geojson", ".ipynb"),
    "YAML data": (".yaml", ".yml"),
    "configuration": (".toml", ".ini", ".cfg", ".conf", ".env", ".properties"),
    "markup": (".html", ".htm", ".xhtml", ".xml", ".svg", ".rss", ".atom"),
    "code": (
        ".py", ".pyi", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".c", ".h", ".cc",
        ".cpp", ".hpp", ".cs", ".java", ".kt", ".go", ".rs", ".rb", ".php", ".pl", ".sh",
        ".bash", ".zsh", ".ps1", ".bat", ".sql", ".r", ".swift", ".scala", ".lua", ".css",
        ".scss", ".less", ".vue", ".mk", ".cmake", ".gradle", ".tex",
    ),
}  # fmt: skip
_YAML_KEY = re.compile(r"^\s*[\w.\"'-]+\s*:(?:\s|$)")
_YAML_OTHER = re.compile(r"^(?:\s*-\s|\s*#|---\s*$|\.\.\.\s*$|\s+\S)")
_CODE_LINE = re.compile(
    r"[;{}]\s*$|^\s*(?:import|from|def|class|function|return|var|let|const|#include|"
    r"package|public|private|fn|func|if\s*\(|for\s*\(|while\s*\()\b"
)
PROSE_CHARS = 81  # a line of prose in a YAML-like file: long, ending as a sentence
MIN_LINES = 3  # content checks need this many non-blank lines to say anything


def _rows(lines: list[str], delimiter: str) -> str | None:
    """``"CSV data"`` when the lines read as rows with one number of fields, short ones."""
    counts: Counter[int] = Counter()
    total = cells = 0
    for row in csv.reader(lines, delimiter=delimiter):
        if len(row) < 2:
            counts[len(row)] += 1
            continue
        counts[len(row)] += 1
        total += sum(len(cell) for cell in row)
        cells += len(row)
    width, rows = counts.most_common(1)[0]
    if width < 2 or rows < 0.9 * len(lines):
        return None
    return "CSV data" if cells and total / cells <= 40 else None


def sniff(text: str) -> str | None:
    """What ``text`` is when its content is plainly not prose (CSV, JSON, YAML, code)."""
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            json.loads(stripped)
            return "JSON data"
        except ValueError:
            pass
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_LINES:
        return None
    if stripped[:1] == "{" and all(line.lstrip()[:1] in "{[" for line in lines):
        try:
            for line in lines:
                json.loads(line)
            return "JSON data"
        except ValueError:
            pass
    if stripped.startswith("#!"):
        return "code"
    for delimiter in (",", "\t", ";"):
        if delimiter in lines[0] and (found := _rows(lines, delimiter)):
            return found
    keys = sum(1 for line in lines if _YAML_KEY.match(line))
    other = sum(1 for line in lines if not _YAML_KEY.match(line) and _YAML_OTHER.match(line))
    if keys >= 0.5 * len(lines) and keys + other >= 0.9 * len(lines):
        prose = sum(1 for line in lines if is_prose(line, PROSE_CHARS))
        if prose < 0.2 * len(lines):
            return "YAML data"
    code = sum(1 for line in lines if _CODE_LINE.search(line))
    if code >= 0.4 * len(lines):
        return "code"
    return None


def by_name(path: Path) -> str | None:
    """What the file's name says it is (``"CSV data"``, ``"code"``...) if not prose."""
    name = path.name.lower()
    for kind, suffixes in _SUFFIXES.items():
        if name.endswith(suffixes):
            return kind
    return None


def not_prose(path: Path, text: str) -> str | None:
    """What the file is when its name or its content says it is not prose, else None."""
    return by_name(path) or sniff(text)
