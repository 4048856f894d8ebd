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


def _snapshot(tmp_path: Path) -> tuple[Path, str]:
    """This working tree (uncommitted changes included) as a git repository of one commit."""
    copy = tmp_path / "cleantext-copy"
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for name in filter(None, names):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    _git("init", "-q", cwd=copy)
    _git("add", ".", cwd=copy)
    _git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "x", cwd=copy)
    return copy, _git("rev-parse", "HEAD", cwd=copy).stdout.strip()


def _readme_config(url: str, rev: str) -> str:
    """The README's pre-commit example, pointed at ``url`` and ``rev``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(
        part.split("```", 1)[0]
        for part in readme.split("```yaml\n")[1:]
        if "id: cleantext" in part.split("```", 1)[0]
    )
    assert "files: ^articles/" in block
    lines = []
    for line in block.splitlines():
        key = line.strip().lstrip("- ").split(":", 1)[0]
        if key == "repo":
            line = line.split("repo:")[0] + f"repo: {url}"
        elif key == "rev":
            line = line.split("rev:")[0] + f"rev: {rev}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_the_readme_example_narrows_the_hook_and_keeps_markdown_csv_and_html_whole(repo, tmp_path):
    from .test_fixer_lines import GUIDE, _structure

    env = _environment(tmp_path)
    url, rev = _snapshot(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(_readme_config(str(url), rev))
    articles = repo / "articles"
    (articles / "guide.md").write_text(GUIDE, encoding="utf-8")
    csv = b"name,language,pages\nfoo,Python,450\nbar,Rust,120\n"
    html = (
        b"<html><body><nav>Home</nav><p>" + b"An article sentence. " * 30 + b"</p></body></html>\n"
    )
    (articles / "data.csv").write_bytes(csv)
    (articles / "page.html").write_bytes(html)
    (repo / "notes.txt").write_bytes(SEEDS[1].read_bytes())  # outside articles/: left alone
    _git("add", ".", cwd=repo)

    def precommit() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )

    first = precommit()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "fixed articles/soyuz.txt" in first.stdout
    assert "fixed articles/guide.md" in first.stdout
    assert "data.csv" not in first.stdout and "page.html" not in first.stdout
    assert (articles / "data.csv").read_bytes() == csv
    assert (articles / "page.html").read_bytes() == html
    assert (repo / "notes.txt").read_bytes() == SEEDS[1].read_bytes()
    guide = (articles / "guide.md").read_text(encoding="utf-8")
    assert _structure(guide.split("\n---\n", 1)[1]) == _structure(GUIDE)

    _git("add", ".", cwd=repo)
    second = precommit()
    assert second.returncode == 0, second.stdout + second.stderr
    assert (articles / "guide.md").read_text(encoding="utf-8") == guide
