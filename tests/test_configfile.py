"""Configuration files: found upward from each file, checked, and obeyed by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import FAMILIES, configfile

from .clirun import run

ARTICLE = """\
Skip to content

Café owners fear a hard winter

Café owners in the old town say the rising price of energy has pushed many of them to the edge, and several expect to close before the spring season begins.

Sponsored by Acme Energy Drinks

"We have never seen bills like these," said one owner, who has run a small café near the cathedral for more than twenty years. She said her heating costs had tripled since last autumn.

The regional council has promised a support package, but details are not expected until the end of the month, and many owners say the help will come too late for them.

Share
"""


def families(explained: str) -> set[str]:
    """The families named in an explanation's removal lines ("  12  rule  family  text")."""
    return {
        parts[2]
        for line in explained.splitlines()
        if len(parts := line.split()) >= 3 and parts[0].isdigit()
    }


SPONSOR_RULE = """
[[rules]]
name = "sponsored"
family = "newsletter"
pattern = 'Sponsored by .{1,80}'
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- discovery ---------------------------------------------------------------------------


def test_found_in_a_parent_folder(tmp_path):
    config = write(tmp_path / ".cleantext.toml", "disable = []\n")
    article = write(tmp_path / "a" / "b" / "page.txt", ARTICLE)
    assert configfile.find(article) == config
    assert configfile.find(article.parent) == config


def test_the_nearest_file_wins(tmp_path):
    write(tmp_path / ".cleantext.toml", "disable = []\n")
    near = write(tmp_path / "sub" / ".cleantext.toml", "disable = []\n")
    assert configfile.find(write(tmp_path / "sub" / "page.txt", ARTICLE)) == near


def test_dot_cleantext_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.cleantext]\ndisable = []\n")
    dot = write(tmp_path / ".cleantext.toml", "disable = []\n")
    assert configfile.find(tmp_path / "page.txt") == dot


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    outer = write(tmp_path / "pyproject.toml", "[tool.cleantext]\nkeep-min-share = 0.5\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert configfile.find(tmp_path / "pkg" / "page.txt") == outer


def test_no_configuration_anywhere_gives_none(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.black]\nline-length = 90\n")
    found = configfile.find(tmp_path / "page.txt")
    assert found is None or not found.is_relative_to(tmp_path)


# -- loading and checking ----------------------------------------------------------------


def test_options_become_a_config(tmp_path):
    path = write(
        tmp_path / ".cleantext.toml",
        'disable = ["related", "share"]\nkeep-min-share = 0.5\nlanguages = ["en", "de"]\n'
        + SPONSOR_RULE,
    )
    config = configfile.load(path)
    assert config.families == frozenset(FAMILIES) - {"related", "share"}
    assert config.keep_min_share == 0.5
    assert config.languages == ("en", "de")
    assert [(r.name, r.family, r.action) for r in config.user_rules] == [
        ("sponsored", "newsletter", "drop")
    ]


def test_html_images_is_a_switch(tmp_path):
    path = write(tmp_path / "on" / ".cleantext.toml", "html-images = true\n")
    assert configfile.load(path).html_images is True
    path = write(tmp_path / "bad" / ".cleantext.toml", 'html-images = "yes"\n')
    with pytest.raises(configfile.ConfigError):
        configfile.load(path)


def test_html_stream_chars_is_a_whole_number(tmp_path):
    path = write(tmp_path / "on" / ".cleantext.toml", "html-stream-chars = 5000000\n")
    assert configfile.load(path).html_stream_chars == 5_000_000
    path = write(tmp_path / "bad" / ".cleantext.toml", "html-stream-chars = -1\n")
    with pytest.raises(configfile.ConfigError, match="must be a whole number"):
        configfile.load(path)


def test_pyproject_table_is_read(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.cleantext]\nmin-paragraph-chars = 60\n")
    assert configfile.load(path).min_paragraph_chars == 60


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("disable = ['ads']\n", "unknown rule family 'ads'"),
        ("keep-min-share = 2\n", "'keep-min-share' must be a number from 0 to 1"),
        ("keep-min-share = 'high'\n", "'keep-min-share' must be a number from 0 to 1"),
        ("colour = 'red'\n", "unknown option 'colour'"),
        ("[[rules]]\nname = 'x'\npattern = '(unclosed'\n", "rule 'x': invalid pattern"),
        ("[[rules]]\nname = 'x'\n", "rule 'x' lacks pattern"),
        ("[[rules]]\nname = 'x'\npattern = 'a'\nfamily = 'ads'\n", "unknown family 'ads'"),
        ("[[rules]]\nname = 'x'\npattern = 'a'\naction = 'explode'\n", "action must be"),
        ("disable = [\n", "invalid TOML"),
        ("templates = 'x'\n", "'templates' are learned from a corpus"),
    ],
)
def test_a_wrong_file_is_reported_with_its_path(tmp_path, text, message):
    path = write(tmp_path / ".cleantext.toml", text)
    with pytest.raises(configfile.ConfigError) as caught:
        configfile.load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


# -- obeyed by the command line ----------------------------------------------------------


def test_a_user_rule_removes_its_lines_and_is_explained(tmp_path):
    write(tmp_path / ".cleantext.toml", SPONSOR_RULE)
    page = write(tmp_path / "articles" / "page.txt", ARTICLE)
    result = run("--check", "--explain", page)
    line = next(x for x in result.stdout.splitlines() if "Sponsored by" in x)
    assert line.split()[1:3] == ["user.sponsored", "newsletter"]
    run("-i", page)
    assert "Sponsored by" not in page.read_text(encoding="utf-8")


def test_a_disabled_family_removes_nothing(tmp_path):
    page = write(tmp_path / "docs" / "page.txt", ARTICLE)
    assert "share" in families(run("--check", "--explain", page).stdout)
    write(tmp_path / "pyproject.toml", '[tool.cleantext]\ndisable = ["share"]\n')
    explained = run("--check", "--explain", page).stdout
    assert "share" not in families(explained)
    assert "navigation" in families(explained)


def test_stdin_uses_the_configuration_of_the_current_folder(tmp_path):
    write(tmp_path / ".cleantext.toml", 'disable = ["navigation"]\n')
    here = run("--explain", stdin=ARTICLE, cwd=tmp_path).stdout
    elsewhere = run("--explain", stdin=ARTICLE, cwd=tmp_path.parent).stdout
    assert "navigation" not in families(here)
    assert "navigation" in families(elsewhere)


def test_config_option_overrides_the_search(tmp_path):
    write(tmp_path / ".cleantext.toml", "keep-min-share = 0\n")
    other = write(tmp_path / "strict.toml", "keep-min-share = 0.99\n")
    page = write(tmp_path / "page.txt", ARTICLE)
    result = run("-i", "--config", other, page)
    assert result.returncode == 2
    assert "(minimum 99%)" in result.stderr


def test_keep_min_share_from_the_configuration_protects_files(tmp_path):
    write(tmp_path / ".cleantext.toml", "keep-min-share = 0.99\n")
    page = write(tmp_path / "page.txt", ARTICLE)
    result = run("-i", page)
    assert result.returncode == 2
    assert "left alone" in result.stderr
    assert page.read_text(encoding="utf-8") == ARTICLE


def test_a_broken_configuration_is_one_line_and_exit_2(tmp_path):
    config = write(tmp_path / ".cleantext.toml", "disable = ['ads']\n")
    page = write(tmp_path / "page.txt", ARTICLE)
    result = run("-i", page)
    assert result.returncode == 2
    assert result.stderr.startswith(f"cleantext: config: {config}: unknown rule family 'ads'")
    assert result.stderr.count("\n") == 1
    assert page.read_text(encoding="utf-8") == ARTICLE


def test_a_missing_config_option_file_is_an_error(tmp_path):
    result = run("--config", tmp_path / "nope.toml", stdin=ARTICLE)
    assert result.returncode == 2
    assert "nope.toml: cannot read" in result.stderr
