"""The ``cleantext`` command: a Unix filter, and a fixer for files kept in git.

Without ``--in-place``/``--check``/``--diff`` it reads stdin (or the files named) and
prints the cleaned body. With them it rewrites (or checks) each file the way pre-commit
expects of a fixer: exit 1 when something changed or would change, 2 when something went
wrong (the other files are still processed), 0 otherwise. ``cleantext batch ...`` runs the
JSONL batch job, ``cleantext report ...`` the report of a finished batch output. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from cleantext import __version__, configfile
from cleantext.cleaner import MODES, Cleaner
from cleantext.cli import explain, filekinds, files, structure
from cleantext.cli.files import FileError
from cleantext.cli.rewrite import Rewrite, rewrite
from cleantext.config import Config
from cleantext.text import frontmatter

OK, CHANGED, ERROR = 0, 1, 2
STDIN = "-"
FORMATS = ("text", "json", "markdown")

DESCRIPTION = """\
Turn messy web captures (full-page text dumps or raw HTML) into the clean article body
plus metadata, naming the rule behind every removal.

As a filter (the default) it reads stdin, or the files named, and prints the body.
With --in-place it rewrites text files and keeps the metadata as YAML front matter;
--check and --diff only report. Exit status: 0 nothing to change, 1 files changed (or
would change), 2 errors (the other files are still processed).

Commands:
  cleantext batch IN.jsonl -o OUT.jsonl   clean a JSONL corpus (cleantext batch --help)
  cleantext report OUT.jsonl -o R.html    report on a cleaned corpus (cleantext report --help)
(to clean a file named batch or report, write ./batch or ./report)
"""

EPILOG = """\
examples:
  cleantext page.txt                       print the cleaned body
  curl -s https://example.org/a | cleantext --format markdown
  cleantext --format json page.html        body, metadata and removals as JSON
  cleantext --explain page.txt             each removed line with its rule and family
  cleantext --in-place articles/*.txt      clean files in place (front matter added)
  cleantext --check --diff articles/*.md   show what would change, write nothing

configuration: [tool.cleantext] in pyproject.toml, or .cleantext.toml, found upward from
each file (from the current folder for stdin), or --config PATH.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``cleantext --help``)."""
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="files to clean; none or '-' reads stdin"
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "-i", "--in-place", action="store_true", help="rewrite each file with its cleaned form"
    )
    action.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any file would change"
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff of each change (writes nothing unless --in-place)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="filter output: the body (text), JSON lines, or markdown with front matter",
    )
    parser.add_argument(
        "--front-matter",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep the metadata as YAML front matter in rewritten files and markdown "
        "output (default: on; existing front matter is always kept)",
    )
    parser.add_argument(
        "--links",
        action="store_true",
        help="write links as [text](target) in markdown output (default: their text only)",
    )
    parser.add_argument(
        "--images",
        action="store_true",
        help="write the article's images as ![alt](source) in markdown output, from HTML "
        "pages and Markdown input alike (default: none; the plain body never holds them)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="list each removed line with its rule and family, and where metadata came from",
    )
    parser.add_argument(
        "--mode", choices=MODES, default="auto", help="input kind (default: auto-detect HTML)"
    )
    parser.add_argument("--url", help="the page's address, a hint for metadata")
    parser.add_argument(
        "--config", type=Path, metavar="PATH", help="use this configuration file, no search"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="rewrite files even when cleaning would gut them (or they look like HTML)",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain and --diff (auto: on a terminal, unless NO_COLOR is set)",
    )
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


class Skip(Exception):
    """This input cannot be processed, and the reason was already reported."""


class Run:
    """One invocation: the options, the output streams, the worst status seen so far."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.status = OK
        self.style = explain.Style(explain.use_color(out, args.color))
        self.width = shutil.get_terminal_size().columns if _isatty(out) else None
        self._cleaners: dict[Path | None, Cleaner | configfile.ConfigError] = {}
        self._printed = False

    # -- reporting -------------------------------------------------------------------
    def fail(self, label: str, message: str) -> None:
        """One line on stderr; the run ends with status 2."""
        self.err.write(f"cleantext: {label}: {message}\n")
        self.status = ERROR

    def changed(self) -> None:
        self.status = max(self.status, CHANGED)

    # -- configuration ---------------------------------------------------------------
    def cleaner_for(self, path: Path | None) -> Cleaner:
        """The cleaner configured for ``path`` (None: stdin, searched from the current folder).

        A broken configuration file is reported once; the files it governs are skipped.
        """
        if self.args.config is not None:
            found: Path | None = self.args.config
        else:
            found = configfile.find(path if path is not None else Path.cwd())
        cleaner = self._cleaners.get(found)
        if cleaner is None:
            try:
                config = configfile.load(found) if found is not None else Config()
                if getattr(self.args, "images", False):  # HTML pages must keep them too
                    config = config.replace(html_images=True)
            except configfile.ConfigError as exc:
                self._cleaners[found] = exc
                self.err.write(f"cleantext: config: {exc}\n")
                raise Skip from None
            cleaner = self._cleaners[found] = Cleaner(config)
        if isinstance(cleaner, configfile.ConfigError):
            self.status = ERROR
            raise Skip
        return cleaner

    # -- filter mode -----------------------------------------------------------------
    def filter(self, name: str, many: bool) -> None:
        """Clean one input and print it in the chosen format (or its explanation)."""
        args = self.args
        path = None if name == STDIN else Path(name)
        data = sys.stdin.buffer.read() if path is None else files.read_bytes(path)
        text, note = files.read_lenient(data, "input" if path is None else "file")
        cleaner = self.cleaner_for(path)
        result = rewrite(
            text,
            cleaner,
            mode=args.mode,
            url=args.url,
            front_matter=args.front_matter,
            keep_unchanged=False,
        )
        if args.explain:
            self.explain(label(name), result, note)
            return
        doc = result.doc
        if many and args.format != "json" and self._printed:
            self.out.write("\n")  # a blank line between the outputs of two files
        self._printed = True
        if args.format == "json":
            record = doc.to_dict()
            for removal in record["removed"]:  # the file's own line numbers, from 1
                if removal["line"] > 0:
                    removal["line"] += result.offset
            if path is not None:
                record = {"file": name, **record}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.format == "markdown":
            doc.front_matter = frontmatter.split(text)[0]
            markdown = doc.to_markdown(
                front_matter=args.front_matter, links=args.links, images=args.images
            )
            self.out.write(markdown + "\n" if markdown else "")
        else:
            body = doc.body.strip("\n")
            self.out.write(body + "\n" if body else "")

    # -- fixer mode ------------------------------------------------------------------
    def fix(self, name: str) -> None:
        """Rewrite (or check) one file; report changes, refusals and errors."""
        args = self.args
        if name == STDIN:
            raise FileError("stdin cannot be rewritten in place; drop --in-place/--check/--diff")
        path = Path(name)
        source = files.read_text(path)
        kind = filekinds.by_name(path)
        if kind is None and not args.force:
            kind = filekinds.sniff(frontmatter.split(source.text)[1])
        if kind is not None:
            self.err.write(f"cleantext: {name}: skipped: {kind}, not prose\n")
            return
        result = rewrite(
            source.text,
            self.cleaner_for(path),
            mode=args.mode,
            url=args.url,
            front_matter=args.front_matter,
            markdown=path.name.lower().endswith(structure.MARKDOWN_SUFFIXES),
        )
        if args.explain:
            self.explain(name, result, source.note)
        if not result.changed:
            return
        if result.refusal and not args.force:
            self.fail(name, f"left alone: {result.refusal}; --force rewrites it anyway")
            return
        if args.diff:
            self.out.write(explain.diff(source.text, result.text, name, style=self.style))
        what = f"{result.removed} line{'s' if result.removed != 1 else ''} removed"
        if result.held:
            what += f", {result.held} kept to leave its structure whole"
        report = self.err if args.diff else self.out
        if args.in_place:
            files.write_text(source, result.text)
            report.write(f"fixed {name} ({what})\n")
        else:
            report.write(f"would fix {name} ({what})\n")
        self.changed()

    def explain(self, label: str, result: Rewrite, note: str | None = None) -> None:
        self.out.write(
            explain.explanation(
                label,
                result.doc,
                source=result.source,
                offset=result.offset,
                style=self.style,
                width=self.width,
                note=note,
            )
        )

    # -- the whole run ---------------------------------------------------------------
    def run(self) -> int:
        args = self.args
        fixing = args.in_place or args.check or args.diff
        names = args.files or ([] if fixing else [STDIN])
        if fixing and not args.files:
            self.err.write("cleantext: --in-place, --check and --diff need files\n")
            return ERROR
        if names == [STDIN] and not args.files and _isatty(sys.stdin):
            self.err.write("cleantext: no input: name files, or pipe text in (cleantext --help)\n")
            return ERROR
        for name in names:
            try:
                if fixing:
                    self.fix(name)
                else:
                    self.filter(name, many=len(names) > 1)
            except FileError as exc:
                self.fail(label(name), str(exc))
            except Skip:
                self.status = ERROR
            except BrokenPipeError:
                raise
            except Exception as exc:  # a bug must cost one file, not the run
                if os.environ.get("CLEANTEXT_TRACEBACK"):
                    raise
                self.fail(label(name), f"cannot clean: {type(exc).__name__}: {exc}")
        return self.status


def label(name: str) -> str:
    """How messages name an input: the path as given, or ``<stdin>``."""
    return "<stdin>" if name == STDIN else name


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _batch(argv: list[str]) -> int:
    """Hand ``cleantext batch ...`` to the batch job, if this installation has it."""
    if importlib.util.find_spec("cleantext.corpus.batch") is None:
        sys.stderr.write(
            "cleantext: batch: not available (module cleantext.corpus.batch is missing)\n"
        )
        return ERROR
    module = importlib.import_module("cleantext.corpus.batch")
    status: int = module.main(argv)
    return status


def _prepare_streams() -> None:
    """Piped output is UTF-8 whatever the locale; a terminal gets replacements, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if _isatty(stream):
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _prepare_streams()
    try:
        if args_list[:1] == ["batch"]:
            return _batch(args_list[1:])
        if args_list[:1] == ["report"]:
            from cleantext.cli import report

            return report.main(args_list[1:])
        parser = build_parser()
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help, --version, usage errors
            return exc.code if isinstance(exc.code, int) else ERROR
        return Run(args, sys.stdout, sys.stderr).run()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (cleantext ... | head): say nothing, exit like SIGPIPE would.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
