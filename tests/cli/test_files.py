"""The command line as a fixer of files: in place, check, diff, and nothing ever lost."""

from __future__ import annotations

import difflib
import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import cleantext
from cleantext.cli import files

from ..clirun import SEEDS, run

SEED = SEEDS[0]

# A dirty capture in the words of a small local paper: menus, byline, share row, related block.
ARTICLE = """\
Skip to content
Home | News | Sport | Weather

Café owners fear a hard winter

By Marie Dupont
March 3, 2024

Café owners in the old town say the rising price of energy has pushed many of them to the edge, and several expect to close before the spring season begins.

"We have never seen bills like these," said one owner, who has run a small café near the cathedral for more than twenty years. She said her heating costs had tripled since last autumn.

The regional council has promised a support package, but details are not expected until the end of the month, and many owners say the help will come too late for them.

Share prices of the largest energy suppliers rose again on Monday, adding to the anger of small businesses across the region.

Share
Related Articles
Naïve plans for the city centre
Copyright © 2024 Example News
"""

# Nothing but site furniture: cleaning would leave nothing.
FURNITURE = "Skip to content\nHome | News | Sport | Weather\nShare\nCopyright © 2024 Example News\n"


def copy_seed(folder: Path, seed: Path = SEED, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_bytes(seed.read_bytes())
    return path


def test_in_place_rewrites_a_dirty_file_and_exits_1(tmp_path):
    path = copy_seed(tmp_path)
    doc = cleantext.clean(SEED.read_text(encoding="utf-8"))
    result = run("--in-place", path.name, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout == f"fixed article.txt ({len(doc.removed)} lines removed)\n"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n\n", 1)
    assert head.splitlines()[0] == "---"
    assert f"title: {json.dumps(doc.title, ensure_ascii=False)}" in head.splitlines()
    # Kept lines are the file's own, byte for byte; the removed ones are the cleaner's.
    source = SEED.read_text(encoding="utf-8").split("\n")
    wanted = [x for i, x in enumerate(source, 1) if i not in {r.line for r in doc.removed}]
    kept = body.rstrip("\n").split("\n")
    assert [x for x in kept if x.strip()] == [x for x in wanted if x.strip()]
    assert [" ".join(x.split()) for x in kept if x.strip()] == [
        " ".join(x.split()) for x in doc.body.split("\n") if x.strip()
    ]


def test_short_option_i_is_in_place(tmp_path):
    path = copy_seed(tmp_path)
    assert run("-i", path).returncode == 1
    assert path.read_text(encoding="utf-8").startswith("---\n")


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_second_run_changes_nothing_byte_for_byte(tmp_path, seed):
    path = copy_seed(tmp_path, seed)
    assert run("-i", path).returncode == 1
    once = path.read_bytes()
    inode = path.stat().st_ino
    second = run("-i", path)
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert path.read_bytes() == once
    assert path.stat().st_ino == inode  # not even rewritten with the same bytes
    assert run("--check", path).returncode == 0


def test_clean_files_exit_0_and_dirty_ones_exit_1(tmp_path):
    clean_file = copy_seed(tmp_path, name="clean.txt")
    run("-i", clean_file)
    assert run("-i", clean_file).returncode == 0
    dirty = copy_seed(tmp_path, name="dirty.txt")
    result = run("-i", clean_file, dirty)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        line for line in result.stdout.splitlines() if "dirty.txt" in line
    ]


def test_check_writes_nothing_and_exits_1(tmp_path):
    path = copy_seed(tmp_path)
    before = path.read_bytes()
    result = run("--check", path.name, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("would fix article.txt (")
    assert path.read_bytes() == before


def test_check_diff_prints_the_diff_that_in_place_applies(tmp_path):
    path = copy_seed(tmp_path)
    before = path.read_text(encoding="utf-8")
    shown = run("--check", "--diff", path.name, cwd=tmp_path)
    assert shown.returncode == 1
    assert path.read_text(encoding="utf-8") == before
    assert "would fix article.txt" in shown.stderr  # stdout stays a clean patch
    run("-i", path)
    after = path.read_text(encoding="utf-8")
    expected = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile="a/article.txt",
        tofile="b/article.txt",
    )
    marked = (x if x.endswith("\n") else x + "\n\\ No newline at end of file\n" for x in expected)
    assert shown.stdout == "".join(marked)
    assert "-1. Skip to content\n" in shown.stdout


def test_diff_alone_writes_nothing_and_with_in_place_writes(tmp_path):
    path = copy_seed(tmp_path)
    before = path.read_bytes()
    assert run("--diff", path).returncode == 1
    assert path.read_bytes() == before
    result = run("--diff", "-i", path)
    assert result.returncode == 1
    assert result.stdout.startswith("--- a/")
    assert path.read_bytes() != before


def test_check_and_in_place_exclude_each_other(tmp_path):
    path = copy_seed(tmp_path)
    result = run("--check", "-i", path)
    assert result.returncode == 2
    assert "not allowed with" in result.stderr


def test_crlf_newlines_are_kept(tmp_path):
    lf = copy_seed(tmp_path, name="lf.txt")
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert run("-i", lf, crlf).returncode == 1
    data = crlf.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 10
    assert data.replace(b"\r\n", b"\n") == lf.read_bytes()
    assert run("-i", crlf).returncode == 0


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_permissions_are_kept(tmp_path, mode):
    path = copy_seed(tmp_path)
    path.chmod(mode)
    assert run("-i", path).returncode == 1
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_no_temporary_file_is_left_behind(tmp_path):
    path = copy_seed(tmp_path)
    run("-i", path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_a_single_byte_encoding_is_kept_when_it_round_trips(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    assert run("-i", path).returncode == 1
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "Café owners in the old town" in text
    assert "Skip to content" not in text
    assert run("-i", path).returncode == 0


def test_a_utf8_byte_order_mark_is_kept(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert run("-i", path).returncode == 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\n")
    assert data.count(b"\xef\xbb\xbf") == 1


def test_existing_front_matter_keeps_its_keys_and_order(tmp_path):
    path = tmp_path / "page.md"
    own = ["id: 42", 'title: "My own title"', "tags: [space, iss]"]
    path.write_text("---\n" + "\n".join(own) + "\n---\n" + SEED.read_text(encoding="utf-8"))
    assert run("-i", path).returncode == 1
    text = path.read_text(encoding="utf-8")
    head = text.split("\n---\n", 1)[0].splitlines()[1:]
    assert head[:3] == own
    assert [line.split(":")[0] for line in head[3:]] == ["authors", "date", "site", "language"]
    assert run("-i", path).returncode == 0


def test_no_front_matter_writes_the_bare_body(tmp_path):
    path = copy_seed(tmp_path)
    assert run("-i", "--no-front-matter", path).returncode == 1
    text = path.read_text(encoding="utf-8")
    assert not text.startswith("---")
    body = cleantext.clean(SEED.read_text(encoding="utf-8")).body
    assert [" ".join(x.split()) for x in text.split("\n") if x.strip()] == [
        " ".join(x.split()) for x in body.split("\n") if x.strip()
    ]
    assert run("-i", "--no-front-matter", path).returncode == 0


def test_refuses_to_empty_a_file(tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text(FURNITURE, encoding="utf-8")
    result = run("-i", path)
    assert result.returncode == 2
    assert result.stderr == (
        f"cleantext: {path}: left alone: the cleaned body would be empty; "
        "--force rewrites it anyway\n"
    )
    assert path.read_text(encoding="utf-8") == FURNITURE


def test_refuses_to_gut_a_file_unless_forced(tmp_path):
    menu = "\n".join(f"* [Section {i}](https://example.org/s{i})" for i in range(60))
    text = (
        menu
        + "\n\nThe council met on Monday to discuss the budget for next year, and agreed on most points.\n"
    )
    path = tmp_path / "mostly-menu.txt"
    path.write_text(text, encoding="utf-8")
    refused = run("-i", path)
    assert refused.returncode == 2
    assert "would keep only" in refused.stderr and "(minimum 20%)" in refused.stderr
    assert path.read_text(encoding="utf-8") == text
    forced = run("-i", "--force", path)
    assert forced.returncode == 1
    assert "The council met on Monday" in path.read_text(encoding="utf-8")
    assert "Section 7" not in path.read_text(encoding="utf-8")


def test_html_files_are_not_overwritten_with_text(tmp_path):
    path = tmp_path / "page.txt"
    html = "<html><body><nav>Home</nav><p>" + "An article sentence. " * 30 + "</p></body></html>\n"
    path.write_text(html, encoding="utf-8")
    result = run("-i", path)
    assert result.returncode == 2
    assert "looks like HTML" in result.stderr
    assert path.read_text(encoding="utf-8") == html


def test_html_named_files_are_skipped_with_a_note(tmp_path):
    path = tmp_path / "page.html"
    html = "<html><body><nav>Home</nav><p>" + "An article sentence. " * 30 + "</p></body></html>\n"
    path.write_text(html, encoding="utf-8")
    for force in ([], ["--force"]):
        result = run("-i", *force, path)
        assert (result.returncode, result.stdout) == (0, "")
        assert result.stderr == f"cleantext: {path}: skipped: markup, not prose\n"
        assert path.read_text(encoding="utf-8") == html


def test_an_empty_file_is_left_alone(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run("-i", path).returncode == 0
    assert path.read_bytes() == b""


def test_a_symlink_stays_a_link_and_its_target_is_cleaned(tmp_path):
    target = copy_seed(tmp_path, name="real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert run("-i", link).returncode == 1
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("---\n")


def test_errors_are_one_line_each_and_the_other_files_are_fixed(tmp_path):
    good = copy_seed(tmp_path, name="good.txt")
    (tmp_path / "folder").mkdir()
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "mixed.txt").write_bytes(b"caf\xc3\xa9 \xff\xfe\x81 broken \x8d\x90 bytes " * 3)
    names = ["missing.txt", "folder", "image.png", "mixed.txt", "good.txt"]
    result = run("-i", *names, cwd=tmp_path)
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert errors[:3] == [
        "cleantext: missing.txt: no such file",
        "cleantext: folder: is a directory",
        "cleantext: image.png: binary file",
    ]
    assert errors[3].startswith("cleantext: mixed.txt: cannot decode as text")
    assert len(errors) == 4
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("fixed good.txt")
    assert good.read_text(encoding="utf-8").startswith("---\n")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_reported(tmp_path):
    path = copy_seed(tmp_path)
    path.chmod(0)
    result = run("-i", path)
    assert result.returncode == 2
    assert result.stderr == f"cleantext: {path}: permission denied\n"


def test_stdin_cannot_be_rewritten_in_place():
    result = run("-i", "-", stdin=ARTICLE)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "stdin" in result.stderr


def test_explain_in_place_names_the_rules_and_still_fixes(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("-i", "--explain", path.name, cwd=tmp_path)
    assert result.returncode == 1
    assert "share.buttons" in result.stdout and "share" in result.stdout
    assert "fixed article.txt" in result.stdout
    assert "Share prices of the largest" in path.read_text(encoding="utf-8")


def test_explain_line_numbers_count_the_front_matter(tmp_path):
    path = tmp_path / "article.md"
    path.write_text("---\nid: 7\n---\n" + ARTICLE, encoding="utf-8")
    result = run("--check", "--explain", path)
    line = next(x for x in result.stdout.splitlines() if "navigation.skip_link" in x)
    assert line.split()[0] == "4"  # "Skip to content" is the file's fourth line


# -- the file helpers on their own -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("a\nb\n", "\n"),
        ("a\r\nb\r\n", "\r\n"),
        ("a\rb\r", "\r"),
        ("a\r\nb\nc\r\n", "\r\n"),
        ("ab", "\n"),
    ],
)
def test_newline_style_is_the_dominant_line_ending(text, style):
    assert files.newline_style(text) == style


def test_text_that_does_not_fit_the_old_encoding_is_written_as_utf8(tmp_path):
    file = files.TextFile(tmp_path / "x.txt", "", encoding="cp1252", newline="\r\n")
    assert files.encode(file, "café\n") == b"caf\xe9\r\n"
    assert files.encode(file, "Москва\n") == "Москва\r\n".encode()


def test_utf16_with_a_byte_order_mark_round_trips(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(b"\xff\xfe" + "Skip to content\nA line.\n".encode("utf-16-le"))
    file = files.read_text(path)
    assert (file.encoding, file.bom, file.text) == (
        "utf-16-le",
        b"\xff\xfe",
        "Skip to content\nA line.\n",
    )
    files.write_text(file, file.text)
    assert path.read_bytes() == b"\xff\xfe" + "Skip to content\nA line.\n".encode("utf-16-le")


def test_a_failed_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("original\n")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(files.FileError, match="no space left on device"):
        files.write_atomic(path, b"new\n", 0o644)
    assert path.read_text() == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_in_place_without_files_is_an_error():
    result = run("--check")
    assert result.returncode == 2
    assert result.stderr == "cleantext: --in-place, --check and --diff need files\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_not_rewritten(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run("-i", fifo)
    assert result.returncode == 2
    assert result.stderr == f"cleantext: {fifo}: not a regular file\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can chown")
def test_ownership_is_kept_where_allowed(tmp_path):
    path = copy_seed(tmp_path)
    os.chown(path, 1234, 5678)
    assert run("-i", path).returncode == 1
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 5678)


# -- read-only files and owners, as an unprivileged user -----------------------------------
_AS_USER = """
import os, sys
from cleantext.cli import command
import cleantext
cleantext.clean(open(sys.argv[1], encoding="utf-8").read())  # lazy imports, while still root
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
sys.exit(command.main(["-i", sys.argv[1]]))
"""


def _as_nobody(path: Path) -> subprocess.CompletedProcess[str]:
    """``cleantext -i path`` run by the unprivileged user 65534 (the test runs as root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to become an unprivileged user (os.setuid)")
    return subprocess.run(
        [sys.executable, "-c", _AS_USER, str(path)], capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def shared(tmp_path_factory):
    """A folder anyone may write in, as a shared drop folder is."""
    folder = tmp_path_factory.mktemp("shared")
    for parent in (folder, *folder.parents):
        if parent == Path(tempfile.gettempdir()):
            break
        parent.chmod(parent.stat().st_mode | 0o711)
    folder.chmod(0o777)
    return folder


def test_a_read_only_file_is_refused_even_in_a_writable_folder(shared):
    path = copy_seed(shared, name="ro.txt")
    os.chown(path, 65534, 65534)
    path.chmod(0o444)
    before = path.read_bytes()
    result = _as_nobody(path)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"cleantext: {path}: permission denied\n"
    assert path.read_bytes() == before
    assert (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)
    assert sorted(p.name for p in shared.iterdir()) == ["ro.txt"]


def test_a_rewrite_keeps_the_owner_and_group_it_could_not_give(shared):
    path = copy_seed(shared, name="group.txt")
    os.chown(path, 1, 1)  # another user's file that this user may write
    path.chmod(0o666)
    inode = path.stat().st_ino
    result = _as_nobody(path)
    assert result.returncode == 1, result.stderr
    assert path.read_text(encoding="utf-8").startswith("---\n")
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_ino) == (1, 1, inode)
    assert info.st_mode & 0o777 == 0o666
    assert sorted(p.name for p in shared.iterdir()) == ["group.txt"]


def test_hard_links_survive_a_rewrite(tmp_path):
    path = copy_seed(tmp_path)
    other = tmp_path / "other.txt"
    os.link(path, other)
    assert run("-i", path).returncode == 1
    assert other.read_bytes() == path.read_bytes()
    assert path.stat().st_nlink == 2
