"""End to end: the real pre-commit tool runs this project's hook on a temporary git repository.

``pre-commit try-repo`` installs the hook the way users get it (a fresh virtualenv with
this project pip-installed from its git repository, uncommitted changes included), so this
needs git, pre-commit and access to the package index. It takes a minute or two.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..clirun import ROOT, SEEDS

pytestmark = pytest.mark.slow


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)


def _environment(home: Path) -> dict[str, str]:
    """The caller's environment without git or Python overrides that would leak into the test."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT")) and k not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    env.update(
        PRE_COMMIT_HOME=str(home / "pre-commit-cache"),
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
        NO_COLOR="1",
    )
    return env


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A new git repository with a dirty scraped article staged for commit."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    probe = subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("the project is not a git checkout")
    path = tmp_path / "articles-repo"
    path.mkdir()
    _git("init", "-q", cwd=path)
    (path / "articles").mkdir()
    (path / "articles" / "soyuz.txt").write_bytes(SEEDS[0].read_bytes())
    (path / "README.md").write_text("# Articles\n\nScraped articles, cleaned on commit.\n")
    _git("add", ".", cwd=path)
    return path


def _try_repo(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "cleantext",
            "--color",
            "never",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_hook_fixes_a_dirty_article_then_lets_the_commit_through(repo, tmp_path):
    env = _environment(tmp_path)
    article = repo / "articles" / "soyuz.txt"
    readme = (repo / "README.md").read_bytes()

    first = _try_repo(repo, env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Failed" in first.stdout
    assert "files were modified by this hook" in first.stdout
    assert "fixed articles/soyuz.txt" in first.stdout
    fixed = article.read_text(encoding="utf-8")
    assert fixed.startswith("---\ntitle: ")
    assert "Skip to content" not in fixed
    assert (repo / "README.md").read_bytes() == readme  # project documents are excluded

    _git("add", ".", cwd=repo)
    second = _try_repo(repo, env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
    assert article.read_text(encoding="utf-8") == fixed
    _git("commit", "-q", "-m", "Add a cleaned article", cwd=repo)
    assert _git("status", "--porcelain", cwd=repo).stdout == ""
