"""An optional compiled build of the text pipeline; everything else is in ``pyproject.toml``.

``CLEANTEXT_COMPILE=1 pip install --no-build-isolation --no-deps .``, once the package and
its ``compile`` extra are installed (mypyc type-checks against the dependencies), compiles
:data:`COMPILED` with mypyc: the same source, the same output, about a tenth faster in
text mode (``docs/performance.md``). Without the variable the package is pure Python, as
the README installs it, and needs no compiler.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

#: The modules the line pipeline spends its time in. Left out: the public classes'
#: modules (``Cleaner``, ``Config`` and ``Document`` stay open to subclasses and
#: patches) and those mypyc cannot compile (a class defined inside a function, in
#: ``meta/language.py``; class-level thread-local state, in ``text/threads.py``).
COMPILED = (
    "blocks.py",
    "repair.py",
    "meta/authors.py",
    "meta/dates.py",
    "meta/reader.py",
    "meta/site.py",
    "meta/title.py",
    "text/classify.py",
    "text/frontmatter.py",
    "text/prose.py",
    "text/render.py",
    "text/rules.py",
    "text/runs.py",
    "text/scorer.py",
    "text/segment.py",
    "text/select.py",
    "text/shapes.py",
    "text/unwrap.py",
)


def _extensions() -> list[object]:
    if os.environ.get("CLEANTEXT_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit(
            "CLEANTEXT_COMPILE=1 needs mypyc: pip install -e '.[compile]' first, "
            "then build with --no-build-isolation"
        ) from None

    # Module names come from the paths: src/ holds no __init__.py, so
    # src/cleantext/text/rules.py is cleantext.text.rules.
    paths = [str(Path("src", "cleantext", m)) for m in COMPILED]
    return list(mypycify(["--config-file", "pyproject.toml", *paths], opt_level="3"))


setup(ext_modules=_extensions())
