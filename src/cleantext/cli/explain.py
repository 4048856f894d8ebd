"""Terminal rendering: what was removed and by which rule, where metadata came from, diffs.

Plain text everywhere, ANSI colour only when asked for (:func:`use_color` decides: a
terminal, and no ``NO_COLOR`` in the environment), so the output stays greppable.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

from cleantext.document import Document

_CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
FIELDS = ("title", "authors", "date", "site", "language")


def use_color(stream: TextIO, choice: str = "auto", env: Mapping[str, str] | None = None) -> bool:
    """Colour for ``stream``? ``"always"``/``"never"`` decide; ``"auto"`` wants a terminal
    and no (non-empty) ``NO_COLOR`` variable (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    env = os.environ if env is None else env
    if env.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass(frozen=True)
class Style:
    """Wraps text in ANSI codes when ``color`` is on, returns it unchanged otherwise."""

    color: bool = False

    def __call__(self, text: str, *names: str) -> str:
        if not self.color or not names:
            return text
        codes = ";".join(_CODES[n] for n in names)
        return f"\x1b[{codes}m{text}\x1b[0m"


def _clip(text: str, width: int | None) -> str:
    if width is None or len(text) <= width:
        return text
    return text[: max(width - 1, 1)] + "…"


def _line_of(text: str, doc: Document, lines: list[str]) -> int | None:
    """The line (1-based) ``text`` (a metadata evidence) came from, if it can be found."""
    for removal in doc.removed:
        if text and (removal.text == text or text in removal.text) and removal.line > 0:
            return removal.line
    for number, line in enumerate(lines, 1):
        if text and text in line:
            return number
    return None


def explanation(
    label: str,
    doc: Document,
    *,
    source: str = "",
    offset: int = 0,
    style: Style | None = None,
    width: int | None = None,
    note: str | None = None,
) -> str:
    """Each removed line (line number, rule, family, text) and each metadata field's evidence.

    ``note`` says how the bytes were decoded when they were not plain UTF-8.

    ``source`` is the text that was cleaned (for sizes and evidence lines), ``offset`` the
    number of file lines above it (front matter), so line numbers are the file's own.
    ``width`` clips long lines to fit a terminal; None keeps them whole.
    """
    s = style or Style()
    kept, total = len(doc.body), len(source)
    share = f" ({kept * 100 // total}%)" if total else ""
    count = len(doc.removed)
    head = f"{label}: {count} line{'s' if count != 1 else ''} removed, kept {kept:,} of {total:,} characters{share}"
    out = [s(head, "bold")]
    if note:
        out.append(s(f"  encoding: {note}", "dim"))
    if doc.removed:
        rule_w = min(max(len(r.rule) for r in doc.removed), 32)
        fam_w = max(len(r.family) for r in doc.removed)
        num_w = len(str(max(r.line for r in doc.removed) + offset))
        for r in doc.removed:
            number = str(r.line + offset) if r.line > 0 else "?"
            prefix = f"  {number:>{num_w}}  {r.rule:<{rule_w}}  {r.family:<{fam_w}}  "
            text = _clip(" ".join(r.text.split()), None if width is None else width - len(prefix))
            out.append(
                f"  {s(f'{number:>{num_w}}', 'dim')}  {s(f'{r.rule:<{rule_w}}', 'cyan')}"
                f"  {s(f'{r.family:<{fam_w}}', 'yellow')}  {s(text, 'red')}"
            )
    meta = doc.metadata()
    if meta:
        out.append(s("  metadata:", "bold"))
        lines = source.split("\n")
        for key in FIELDS:
            if key not in meta:
                continue
            value = meta[key]
            shown = ", ".join(value) if isinstance(value, list) else str(value)
            line = f"    {key + ':':<10} {s(shown, 'green')}"
            evidence = doc.evidence.get(key)
            if evidence:
                found = _line_of(evidence, doc, lines)
                where = f"line {found + offset}" if found is not None else "text"
                quoted = "" if evidence == shown else f": {_clip(evidence, 60)!r}"
                if how := doc.evidence.get(f"{key}_by"):
                    quoted += f"; {how}"  # which strategy found it
                line += s(f"  (from {where}{quoted})", "dim")
            elif key == "language":
                line += s("  (detected from the text)", "dim")
            out.append(line)
    return "\n".join(out) + "\n"


def diff(old: str, new: str, label: str, *, style: Style | None = None) -> str:
    """A unified diff from ``old`` to ``new`` (``a/label`` to ``b/label``); empty if equal."""
    s = style or Style()
    out: list[str] = []
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{label}",
        tofile=f"b/{label}",
    )
    for number, line in enumerate(lines):
        tail = "" if line.endswith("\n") else "\n\\ No newline at end of file"
        text = line.rstrip("\n")
        if number < 2:  # the "--- a/..." and "+++ b/..." header
            text = s(text, "bold")
        elif text.startswith("@@"):
            text = s(text, "cyan")
        elif text.startswith("+"):
            text = s(text, "green")
        elif text.startswith("-"):
            text = s(text, "red")
        out.append(text + tail + "\n")
    return "".join(out)
