"""The package layout keeps its promise: each stage imports only the stages beneath it.

``docs/architecture.md`` gives each folder of ``src/cleantext`` what it may import; this
test reads every module's imports (the syntax tree, so imports inside functions count)
and fails on any that reach upward or sideways.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "cleantext"

# folder -> the folders of the package it may import ("" is the top level)
ALLOWED: dict[str, set[str]] = {
    "cues": {"cues"},
    "text": {"", "cues", "text"},
    "meta": {"", "cues", "text", "meta"},
    "html": {"", "cues", "text", "meta", "html"},
    "corpus": {"", "cues", "text", "meta", "html", "corpus"},
    "cli": {"", "cues", "text", "meta", "html", "corpus", "cli"},
}
# the top level is the public face and the pipeline: it may use every stage except the CLI,
# which only ``python -m cleantext`` starts
TOP_LEVEL_MAY_NOT = {"cli"}
ENTRY_POINT = "__main__.py"
# the stages under the pipeline see only the shared types, decoding and configuration of
# the top level, never the pipeline (cleaner) that drives them
STAGES = {"cues", "text", "meta", "html"}
SHARED = {"blocks", "config", "configfile", "decode", "document", "repair"}
MAX_TOP_LEVEL_MODULES = 10


def _folder(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else ""


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, dotted module under cleantext) for every import of the package in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[: len(package_parts) - node.level + 1])
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            if target == "cleantext" or target.startswith("cleantext."):
                found.append((node.lineno, target))
    return found


def _target_folder(dotted: str) -> tuple[str, str] | None:
    """(folder, top-level module) a dotted name lands in, or None when it is not a module."""
    parts = dotted.split(".")[1:]
    if not parts:
        return None
    head = parts[0]
    if (PACKAGE / head).is_dir():
        return head, ""
    if (PACKAGE / f"{head}.py").is_file():
        return "", head
    return None  # a name, such as cleantext.__version__


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_what_its_folder_may(path):
    folder = _folder(path)
    for line, dotted in _imports(path):
        landing = _target_folder(dotted)
        if landing is None:
            continue
        target, top_module = landing
        where = f"{path.relative_to(PACKAGE)}:{line} imports {dotted}"
        if folder == "":
            assert path.name == ENTRY_POINT or target not in TOP_LEVEL_MAY_NOT, where
        else:
            assert target in ALLOWED[folder], where
            if target == "" and folder in STAGES:
                assert top_module in SHARED, where


def test_the_top_level_is_small():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


def test_every_folder_is_described_in_the_architecture():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    folders = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert folders == sorted(ALLOWED)
    for name in folders:
        assert f"{name}/" in doc, name


def test_the_checker_sees_a_forbidden_import():
    """The rules above can fail: an upward import is found, also inside a function."""
    probe = PACKAGE / "text" / "probe.py"
    source = "def f():\n    from ..corpus import batch\n    return batch\n"
    assert (2, "cleantext.corpus") in _imports(probe, source)
    assert _target_folder("cleantext.corpus.batch") == ("corpus", "")
    assert "corpus" not in ALLOWED["text"]


def _private_uses(path: Path, source: str | None = None) -> list[str]:
    """Private names (``_name``) of another module of the package that a module uses:
    imported by name, or read off an imported module."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    own = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    modules: dict[str, str] = {}  # local name -> dotted module of the package
    found = []
    for line, dotted in _imports(path, source):
        module, _, name = dotted.rpartition(".")
        if name.startswith("_") and not name.startswith("__") and module != own:
            found.append(f"{line}: {dotted}")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cleantext"):
            for alias in node.names:
                modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("cleantext"):
                    modules[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{node.lineno}: {modules[node.value.id]}.{node.attr}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_uses_only_the_public_names_of_the_others(path):
    assert _private_uses(path) == []


def test_the_checker_sees_a_private_name_used_across_modules():
    probe = PACKAGE / "html" / "probe.py"
    source = (
        "from cleantext.meta.dates import _iso\n"
        "from cleantext.meta import dates as _dates\n"
        "x = _dates._numeric\n"
    )
    assert _private_uses(probe, source) == [
        "1: cleantext.meta.dates._iso",
        "3: cleantext.meta.dates._numeric",
    ]


def _drop_assignments(source: str) -> list[int]:
    """Lines that set a block's decision directly (``x.drop = ...``)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute) and target.attr == "drop"
    ]


@pytest.mark.parametrize(
    "path", [p for p in MODULES if p.name != "blocks.py"], ids=lambda p: p.name
)
def test_decisions_go_through_the_blocks_operations(path):
    """Only ``Block.mark`` and ``Block.unmark`` set ``drop``: the first decision wins there."""
    assert _drop_assignments(path.read_text(encoding="utf-8")) == []


def test_the_checker_sees_a_direct_decision():
    assert _drop_assignments("block.drop = None\nb.dropped = 1\n") == [1]
