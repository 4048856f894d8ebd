"""``cleantext report``: the corpus report of a finished batch output.

``cleantext batch --report`` builds the report while it cleans; this command builds the
same report afterwards from an output that kept what the report reads: the removals
(``--removals``) and, for page views, the source (``--keep-source``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from cleantext.cli.files import describe
from cleantext.corpus import batch
from cleantext.corpus import report as _report
from cleantext.corpus.templates import Fields

DESCRIPTION = """\
Build the corpus report of a finished batch output: one self-contained HTML page
(styles and charts inline, nothing fetched) with totals, figures per rule family, per
rule and per site, samples of removed lines, a histogram of the share of text kept per
page, metadata fill rates and views of the sampled pages. --json writes the figures.
"""

EPILOG = """\
what the output must keep:
  the removals, so run the batch with --removals; for page views (each sampled page
  line by line, removed lines struck through) also --keep-source. Without the source
  the report has every table but no page views. Skipped records are not in the
  output: give the batch's --errors file to count them.

  cleantext batch crawl.jsonl -o clean.jsonl --removals --keep-source --errors skipped.jsonl
  cleantext report clean.jsonl -o report.html --errors skipped.jsonl

  (cleantext batch crawl.jsonl -o clean.jsonl --report report.html does both in one run,
  and needs neither option.)

exit status: 0 when the report was written, 2 when it could not be (unreadable input,
an output without removals, an unwritable report).
"""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cleantext report",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("input", help="a batch output (.jsonl, .jsonl.gz, .parquet; - for stdin)")
    ap.add_argument("-o", "--output", metavar="FILE", help="the report as one HTML page")
    ap.add_argument("--json", metavar="FILE", help="the report's figures as JSON")
    ap.add_argument(
        "--errors", metavar="FILE", help="the batch's --errors file: skipped records (id, reason)"
    )
    group = ap.add_argument_group("fields (as given to cleantext batch)")
    for name, default in Fields().__dict__.items():
        group.add_argument(
            f"--{name}-field", default=default, metavar="NAME", help=f"default: {default}"
        )
    group.add_argument("--body-field", default="body", metavar="NAME", help="default: body")
    group.add_argument("--meta-prefix", default="", metavar="P", help="prefix of metadata fields")
    batch.add_progress_options(ap, quiet="no summary line")
    return ap


def _fail(message: str) -> int:
    sys.stderr.write(f"cleantext report: {message}\n")
    return 2


def main(argv: list[str]) -> int:
    """``cleantext report``: see ``--help``. Returns the exit status."""
    args = _parser().parse_args(argv)
    if not args.output and not args.json:
        return _fail("give -o REPORT.html and/or --json REPORT.json")
    if "-" in (args.output, args.json):
        return _fail("write the report to a file, not to stdout")
    if args.output and args.json and args.output == args.json:
        return _fail("-o and --json need two different files")
    if args.input in (args.output, args.json, args.errors) and args.input != "-":
        return _fail("the report cannot overwrite its input")
    fields = Fields(
        args.text_field, args.html_field, args.id_field, args.url_field, args.site_field
    )
    report = _report.Report(args.input)
    start = time.perf_counter()
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    bar = _bar(progress)
    try:
        if args.errors:
            _read_errors(args.errors, report)
        for number, payload in batch.read_items(args.input):
            record = _record(payload, number)
            page = _report.output_facts(
                record, number, fields, body=args.body_field, prefix=args.meta_prefix
            )
            report.add(page)
            if bar is not None:
                bar.update(1)
        if bar is not None:
            bar.close()
            bar = None
        _report.write(report, args.output, args.json)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(where + describe(exc))
    except (ValueError, RuntimeError) as exc:
        return _fail(str(exc) or type(exc).__name__)
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        written = " and ".join(p for p in (args.output, args.json) if p)
        sys.stderr.write(
            f"cleantext report: {report.pages} pages ({report.cleaned} cleaned, "
            f"{sum(report.skipped.values())} skipped) -> {written}, "
            f"{time.perf_counter() - start:.1f} s\n"
        )
    return 0


def _record(payload: Any, number: int) -> dict[str, Any]:
    if isinstance(payload, dict):
        return payload
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise ValueError(f"record {number}: invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"record {number}: not a JSON object")
    return data


def _read_errors(path: str, report: _report.Report) -> None:
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                report.skip(str(item["id"]), str(item["reason"]))
            except (json.JSONDecodeError, KeyError, TypeError):
                raise ValueError(f"{path}, line {number}: not an --errors record") from None


def _bar(enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(desc="cleantext report", unit=" pages", file=sys.stderr, dynamic_ncols=True)
