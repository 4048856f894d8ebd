"""Configuration files: ``.cleantext.toml`` or ``[tool.cleantext]`` in ``pyproject.toml``.

The search starts in the folder of the file being cleaned and walks up; in each folder a
``.cleantext.toml`` wins over a ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.cleantext]`` table is passed over. ``--config PATH`` names the file outright.

Example (``.cleantext.toml``; in ``pyproject.toml`` the same keys go under
``[tool.cleantext]``)::

    disable = ["related"]          # rule families switched off
    keep-min-share = 0.3           # refuse to rewrite a file that would keep less
    languages = ["en", "de"]

    [[rules]]                      # extra rules: whole-line regular expressions
    name = "sponsored"
    family = "newsletter"
    pattern = "Sponsored by .{1,80}"
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from cleantext.config import FAMILIES, Config

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

NAMES = (".cleantext.toml", "pyproject.toml")
_NUMBERS = {"min_paragraph_chars": int, "html_fallback_chars": int, "html_stream_chars": int}
_SHARES = ("keep_min_share",)
_RULE_KEYS = {"name", "pattern", "family", "action"}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file."""


def _table(path: Path) -> dict[str, Any] | None:
    """The cleantext table of ``path``: the whole file, or ``[tool.cleantext]`` of a pyproject."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("cleantext")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleantext] must be a table")
    return table


def find(start: Path) -> Path | None:
    """The configuration file that governs ``start`` (a file or folder), or None."""
    folder = start if start.is_dir() else start.parent
    return _find_in(folder.resolve())


@lru_cache(maxsize=256)
def _find_in(folder: Path) -> Path | None:
    for directory in (folder, *folder.parents):
        for name in NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    if _table(candidate) is None:
                        continue
                except ConfigError:
                    return candidate  # let load() report the broken file
            return candidate
    return None


def _check(data: dict[str, Any]) -> None:
    """Reject values of the wrong type or range before they reach :class:`Config`."""
    for key, value in data.items():
        name = key.replace("-", "_")
        if name in ("disable", "families"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{key!r} must be a list of family names")
            unknown = sorted(set(value) - set(FAMILIES))
            if unknown:
                raise ValueError(
                    f"unknown rule family {unknown[0]!r} (known: {', '.join(FAMILIES)})"
                )
        elif name in _SHARES:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"{key!r} must be a number from 0 to 1")
        elif name in _NUMBERS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{key!r} must be a whole number")
        elif name in ("repair_mojibake", "split_glued", "html_images", "html_holes"):
            if not isinstance(value, bool):
                raise ValueError(f"{key!r} must be true or false")
        elif name == "languages":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{key!r} must be a list of language codes")
        elif name == "templates":
            raise ValueError("'templates' are learned from a corpus, not set in a file")
        elif name in ("rules", "user_rules"):
            if not isinstance(value, list):
                raise ValueError(f"{key!r} must be an array of tables ([[rules]])")
            for rule in value:
                _check_rule(rule)


def _check_rule(rule: Any) -> None:
    if not isinstance(rule, dict):
        raise ValueError("each [[rules]] entry must be a table")
    name = rule.get("name")
    label = f"rule {name!r}" if name else "a rule"
    missing = sorted({"name", "pattern"} - set(rule))
    if missing:
        raise ValueError(f"{label} lacks {' and '.join(missing)}")
    extra = sorted(set(rule) - _RULE_KEYS)
    if extra:
        raise ValueError(f"{label}: unknown key {extra[0]!r}")
    if not all(isinstance(rule[k], str) for k in rule):
        raise ValueError(f"{label}: every value must be a string")
    family = rule.get("family", "boilerplate")
    if family not in FAMILIES:
        raise ValueError(f"{label}: unknown family {family!r} (known: {', '.join(FAMILIES)})")
    try:
        regex.compile(rule["pattern"], regex.I | regex.V0)
    except regex.error as exc:
        raise ValueError(f"{label}: invalid pattern: {exc}") from None


def from_table(data: dict[str, Any], source: str = "configuration") -> Config:
    """A :class:`Config` from a cleantext table, checked; :class:`ConfigError` if it is wrong."""
    try:
        _check(data)
        return Config.from_mapping(data)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"{source}: {exc}") from None


@lru_cache(maxsize=64)
def load(path: Path) -> Config:
    """The :class:`Config` a configuration file describes (defaults where it is silent)."""
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.cleantext] table")
    return from_table(table, str(path))
