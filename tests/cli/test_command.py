"""The command line as a filter: stdin or files in, the cleaned body (or JSON, markdown) out."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import cleantext
from cleantext.cli import command as cli
from cleantext.cli import explain

from ..clirun import SEEDS, run

SEED = SEEDS[0]


def seed_text(path: Path = SEED) -> str:
    return path.read_text(encoding="utf-8")


def test_stdin_to_stdout_prints_the_cleaned_body():
    text = seed_text()
    result = run(stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stdout == cleantext.clean(text).body + "\n"
    assert result.stderr == ""


def test_dash_and_a_file_name_read_the_same_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(seed_text(), encoding="utf-8")
    from_file = run(path)
    from_dash = run("-", stdin=seed_text())
    assert from_file.returncode == from_dash.returncode == 0
    assert from_file.stdout == from_dash.stdout
    assert path.read_text(encoding="utf-8") == seed_text()  # a filter writes no file


def test_console_script_and_python_m_behave_alike():
    script = Path(sys.executable).with_name("cleantext")
    if not script.exists():
        pytest.skip("console script not installed next to this interpreter")
    by_script = subprocess.run(
        [str(script), "--format", "json"], input=seed_text().encode(), capture_output=True
    )
    by_module = run("--format", "json", stdin=seed_text())
    assert by_script.returncode == by_module.returncode == 0
    assert by_script.stdout.decode("utf-8") == by_module.stdout


def test_format_json_carries_body_metadata_and_removals(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(seed_text(), encoding="utf-8")
    result = run("--format", "json", path)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    doc = cleantext.clean(seed_text())
    assert record["file"] == str(path)
    assert record["body"] == doc.body
    assert (record["title"], record["authors"], record["date"]) == (
        doc.title,
        doc.authors,
        doc.date,
    )
    assert [(r["text"], r["rule"], r["family"]) for r in record["removed"]] == [
        (r.text, r.rule, r.family) for r in doc.removed
    ]


def test_format_json_writes_one_line_per_file(tmp_path):
    names = []
    for seed in SEEDS[:3]:
        (tmp_path / seed.name).write_text(seed_text(seed), encoding="utf-8")
        names.append(seed.name)
    result = run("--format", "json", *names, cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert [json.loads(line)["file"] for line in lines] == names


def test_format_markdown_puts_metadata_in_front_matter():
    doc = cleantext.clean(seed_text())
    result = run("--format", "markdown", stdin=seed_text())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\n")
    head, body = result.stdout[4:].split("\n---\n", 1)
    assert f"title: {json.dumps(doc.title, ensure_ascii=False)}" in head.splitlines()
    assert f"date: {json.dumps(doc.date)}" in head.splitlines()
    assert body.strip() == doc.body


def test_markdown_output_is_a_fixed_point():
    once = run("--format", "markdown", stdin=seed_text()).stdout
    twice = run("--format", "markdown", stdin=once).stdout
    assert twice == once


def test_markdown_keeps_the_keys_of_existing_front_matter():
    page = '---\ntitle: "My own title"\ntags: ["space"]\n---\n\n' + seed_text()
    result = run("--format", "markdown", stdin=page)
    head = result.stdout.split("\n---\n", 1)[0].splitlines()
    assert head[1:3] == ['title: "My own title"', 'tags: ["space"]']
    assert sum(line.startswith("title:") for line in head) == 1
    assert any(line.startswith("date:") for line in head)


def test_no_front_matter_gives_the_title_as_the_only_top_heading():
    doc = cleantext.clean(seed_text())
    result = run("--format", "markdown", "--no-front-matter", stdin=seed_text())
    assert result.stdout == doc.to_markdown(front_matter=False) + "\n"
    assert result.stdout.startswith(f"# {doc.title}\n\n")
    assert sum(line.startswith("# ") for line in result.stdout.splitlines()) == 1


def test_json_carries_the_blocks_of_the_body():
    result = run("--format", "json", stdin=seed_text())
    record = json.loads(result.stdout)
    assert record["blocks"]
    assert {"kind", "text", "level", "rows"} <= set(record["blocks"][0])
    lines = [line for block in record["blocks"] for line in block["text"].split("\n")]
    assert "\n".join(lines).split() == record["body"].replace("•", "").split()


def test_explain_lists_every_removed_line_with_rule_and_family():
    doc = cleantext.clean(seed_text())
    result = run("--explain", stdin=seed_text())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"<stdin>: {len(doc.removed)} lines removed")
    for removal in doc.removed:
        wanted = (
            str(removal.line),
            removal.rule,
            removal.family,
            " ".join(removal.text.split()),
        )
        assert any(line.split()[:3] == list(wanted[:3]) and wanted[3] in line for line in lines), (
            removal
        )
    assert doc.body.split("\n")[0] not in result.stdout  # the explanation, not the body


def test_explain_shows_which_line_gave_each_metadata_field():
    doc = cleantext.clean(seed_text())
    result = run("--explain", stdin=seed_text()).stdout
    source_lines = seed_text().split("\n")
    for field in ("title", "date"):
        evidence = doc.evidence[field]
        number = next(i for i, line in enumerate(source_lines) if evidence in line) + 1
        line = next(x for x in result.splitlines() if x.strip().startswith(f"{field}:"))
        assert f"from line {number}" in line


def test_explain_names_the_strategy_that_found_the_authors():
    from cleantext.cli.explain import explanation

    page = "\n\n".join(
        [
            "Soyuz spacecraft docks with space station",
            "Jane Doe with Reuters and AFP",
            "A Russian spacecraft docked with the International Space Station on Friday after "
            "a launch from Kazakhstan, the space agencies of both countries said.",
            "Two cosmonauts and an astronaut were aboard, and officials said the crew was "
            "in good health after the three-hour flight to the orbiting laboratory.",
        ]
    )
    doc = cleantext.clean(page, mode="text")
    line = next(x for x in explanation("page", doc, source=page).splitlines() if "authors:" in x)
    assert line.endswith("; byline_by_headline)")
    doc.evidence.pop("authors_by")
    line = next(x for x in explanation("page", doc, source=page).splitlines() if "authors:" in x)
    assert "byline_by" not in line


def test_explain_is_plain_when_piped():
    result = run("--explain", stdin=seed_text())
    assert "\x1b[" not in result.stdout


def _on_terminal(*args: str, env: dict[str, str]) -> str:
    """Run the CLI with stdout on a pseudo-terminal; what it printed there."""
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | env
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleantext", *args],
        stdin=subprocess.PIPE,
        stdout=secondary,
        stderr=subprocess.PIPE,
        env=full_env,
    )
    os.close(secondary)
    assert proc.stdin is not None
    proc.stdin.write(seed_text().encode())
    proc.stdin.close()
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", "replace")


def test_explain_is_coloured_on_a_terminal():
    shown = _on_terminal("--explain", env={})
    assert "\x1b[" in shown
    assert "navigation.skip_link" in shown


def test_no_color_turns_colour_off_on_a_terminal():
    shown = _on_terminal("--explain", env={"NO_COLOR": "1"})
    assert "\x1b[" not in shown
    assert "navigation.skip_link" in shown


def test_color_always_colours_a_pipe():
    result = run("--explain", "--color", "always", stdin=seed_text())
    assert "\x1b[36mnavigation.skip_link" in result.stdout


def test_help_shows_examples_and_the_batch_command():
    result = run("--help")
    assert result.returncode == 0
    for wanted in ("examples:", "--in-place", "--check", "--diff", "--explain", "cleantext batch"):
        assert wanted in result.stdout


def test_mode_text_keeps_html_out_of_the_html_pipeline():
    page = (
        "<html><head><title>T</title></head><body><p>"
        + "Words of the article. " * 20
        + "</p></body></html>"
    )
    auto = json.loads(run("--format", "json", stdin=page).stdout)
    text = json.loads(run("--format", "json", "--mode", "text", stdin=page).stdout)
    assert auto["path"].startswith("html")
    assert text["path"] == "text"


def test_an_unknown_mode_is_a_usage_error():
    result = run("--mode", "pdf", stdin="x")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def _binary(folder: Path) -> Path:
    path = folder / "x.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (_binary, "binary file"),
    ],
    ids=["missing", "directory", "binary"],
)
def test_unreadable_input_is_one_line_and_exit_2(tmp_path, make, reason):
    path = make(tmp_path)
    result = run(path)
    assert result.returncode == 2
    assert result.stderr == f"cleantext: {path}: {reason}\n"
    assert result.stdout == ""


def test_binary_stdin_is_refused():
    result = run(stdin=b"\x00\x01\x02binary")
    assert result.returncode == 2
    assert result.stderr == "cleantext: <stdin>: binary input\n"


def test_other_files_are_still_cleaned_after_an_error(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(seed_text(), encoding="utf-8")
    result = run(tmp_path / "missing.txt", good)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert cleantext.clean(seed_text()).body in result.stdout


def test_batch_is_dispatched_to_the_batch_module(monkeypatch):
    calls: list[list[str]] = []
    fake = types.ModuleType("cleantext.corpus.batch")
    fake.__spec__ = importlib.machinery.ModuleSpec("cleantext.corpus.batch", None)
    fake.main = lambda argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleantext.corpus.batch", fake)
    assert cli.main(["batch", "in.jsonl", "-o", "out.jsonl"]) == 0
    assert calls == [["in.jsonl", "-o", "out.jsonl"]]


def test_batch_without_its_module_says_so_in_one_line(monkeypatch, capsys):
    monkeypatch.setattr(cli.importlib.util, "find_spec", lambda name: None)
    assert cli.main(["batch", "in.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "batch" in err and "not available" in err


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("tty", "choice", "env", "expected"),
    [
        (True, "auto", {}, True),
        (False, "auto", {}, False),
        (True, "auto", {"NO_COLOR": "1"}, False),
        (True, "auto", {"NO_COLOR": ""}, True),  # an empty NO_COLOR does not count
        (False, "always", {"NO_COLOR": "1"}, True),
        (True, "never", {}, False),
    ],
)
def test_colour_decision(tty, choice, env, expected):
    assert explain.use_color(_Stream(tty), choice, env) is expected  # type: ignore[arg-type]


def test_several_files_are_separated_by_one_blank_line(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(seed_text(), encoding="utf-8")
    body = cleantext.clean(seed_text()).body
    result = run("a.txt", "b.txt", cwd=tmp_path)
    assert result.stdout == f"{body}\n\n{body}\n"


def test_images_appear_in_markdown_output_only_with_their_flag():
    from ..test_structure import PICTURED

    plain = run("--format", "markdown", stdin=PICTURED).stdout
    pictured = run("--format", "markdown", "--images", stdin=PICTURED).stdout
    assert "![" not in plain
    assert "![A tram at the depot](https://example.org/tram%201.jpg) The council" in pictured
    assert run(stdin=PICTURED).stdout == run("--images", stdin=PICTURED).stdout  # the body


def test_images_of_an_html_page_appear_in_markdown_output_with_their_flag():
    from ..html.test_extract import HEAD, PROSE, article, page, paragraphs

    picture = "<p><img src='https://example.com/storm.jpg' alt='Flooded street'></p>"
    html = page(article(paragraphs(PROSE[:2]), picture, paragraphs(PROSE[2:])), HEAD)
    assert "![" not in run("--format", "markdown", "--mode", "html", stdin=html).stdout
    pictured = run("--format", "markdown", "--mode", "html", "--images", stdin=html).stdout
    assert "![Flooded street](https://example.com/storm.jpg)" in pictured
