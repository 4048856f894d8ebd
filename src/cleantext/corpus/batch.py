"""Batch jobs: clean a corpus of records (JSONL, JSONL.gz or Parquet) in worker processes.

Records carry the page in ``text`` (a text dump) or ``html``, plus optional ``id``,
``url`` and ``site`` (field names configurable). Output records keep every other input
field and add ``body``, ``title``, ``authors``, ``date``, ``site`` and ``language``
(optionally ``removed``). Input is read in chunks with a bounded number of chunks in
flight, so memory stays flat however large the corpus; output keeps the input order.
A record that cannot be cleaned is reported (id, reason) and skipped.

With templates (learned in a first pass over the input, or loaded from a file), lines
that recur on many pages of a site are removed too (see :mod:`cleantext.corpus.templates`).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gzip
import itertools
import json
import os
import signal
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import IO, Any, TypeVar

from cleantext.cleaner import MODES, Cleaner
from cleantext.config import DEFAULT, Config
from cleantext.corpus.report import Page, Report, page_facts
from cleantext.corpus.report import write as write_report
from cleantext.corpus.templates import (
    Fields,
    LineCounts,
    Templates,
    Thresholds,
    count_record,
    record_source,
)
from cleantext.document import Document

#: Metadata fields added to every output record (after an optional prefix).
META_FIELDS = ("title", "authors", "date", "site", "language")
CHUNK_SIZE = 16  # records per task sent to a worker
IN_FLIGHT = 4  # chunks queued per worker: enough to keep it busy, few enough to stay small
SHOW_ERRORS = 20  # bad records reported one by one on stderr; the rest are counted

T = TypeVar("T")
Item = tuple[int, Any]  # (line or row number, raw JSON line or record mapping)
Error = tuple[str, str]  # (record id, reason)
Result = tuple[Any, int, int, Error | None]  # (output, chars in, chars out, error)


@dataclass(frozen=True)
class Options:
    """How records are read and written.

    Attributes:
        mode: ``"auto"`` cleans the ``text`` field in text mode and the ``html`` field in
            HTML mode; ``"text"`` or ``"html"`` force one mode.
        fields: names of the input fields (:class:`cleantext.corpus.templates.Fields`).
        body: name of the output field holding the cleaned body.
        prefix: prefix of the metadata output fields (``"clean_"`` gives ``clean_title``).
        keep_source: keep the input ``text`` / ``html`` field in the output.
        removals: add ``removed``: a list of ``{text, rule, family}``.
        report: workers also return, with each output record, the
            :class:`cleantext.corpus.report.Page` a corpus report reads (:func:`run` sets
            it when given ``on_page``).
    """

    mode: str = "auto"
    fields: Fields = field(default_factory=Fields)
    body: str = "body"
    prefix: str = ""
    keep_source: bool = False
    removals: bool = False
    report: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")


@dataclass
class Summary:
    """What a batch job did: records read, cleaned and skipped, text in and out, time."""

    pages: int = 0
    cleaned: int = 0
    errors: int = 0
    chars_in: int = 0
    chars_out: int = 0
    seconds: float = 0.0
    template_sites: int = 0
    template_lines: int = 0

    @property
    def removed_share(self) -> float:
        """Share of the cleaned records' text that was removed."""
        return 1.0 - self.chars_out / self.chars_in if self.chars_in else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        """Millions of input characters (about MB) per second."""
        return self.chars_in / 1e6 / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        """One line for humans."""
        templates = (
            f", templates: {self.template_lines} lines of {self.template_sites} sites"
            if self.template_sites
            else ""
        )
        return (
            f"{self.pages} pages, {self.cleaned} cleaned, {self.errors} skipped, "
            f"{self.removed_share:.1%} of the text removed, {self.seconds:.1f} s "
            f"({self.pages_per_s:.1f} pages/s, {self.mb_per_s:.2f} MB/s){templates}"
        )


# -- one record ------------------------------------------------------------------------
def clean_record(
    record: Mapping[str, Any], cleaner: Cleaner, options: Options | None = None
) -> tuple[dict[str, Any], int, int]:
    """``(output record, characters in, characters out)`` for one input record.

    Raises ValueError when the record has no usable text or HTML field.
    """
    out, source, doc = _clean(record, cleaner, options or Options())
    return out, len(source), len(doc.body)


def _clean(
    record: Mapping[str, Any], cleaner: Cleaner, options: Options
) -> tuple[dict[str, Any], str, Document]:
    """``(output record, source, document)`` for one input record."""
    f = options.fields
    source, kind = record_source(record, f)
    mode = kind if options.mode == "auto" else options.mode
    url = record.get(f.url)
    url = url if isinstance(url, str) and url else None
    site = record.get(f.site)
    templates = cleaner.config.templates
    if isinstance(site, str) and site and isinstance(templates, Templates):
        cleaner = Cleaner(cleaner.config.replace(templates=templates.for_site(site)))
    doc = cleaner.clean(source, mode=mode, url=url)
    out = {k: v for k, v in record.items() if options.keep_source or k not in (f.text, f.html)}
    out.update(_fields(doc, options))
    return out, source, doc


def _fields(doc: Document, options: Options) -> dict[str, Any]:
    p = options.prefix
    out: dict[str, Any] = {options.body: doc.body}
    out.update((p + name, value) for name, value in zip(META_FIELDS, _meta(doc), strict=True))
    if options.removals:
        out[p + "removed"] = [
            {"text": r.text, "rule": r.rule, "family": r.family} for r in doc.removed
        ]
    return out


def _meta(doc: Document) -> tuple[Any, ...]:
    return (doc.title, list(doc.authors), doc.date, doc.site, doc.language)


def _ident(record: Mapping[str, Any] | None, fields: Fields, number: int) -> str:
    value = record.get(fields.id) if record is not None else None
    return str(value) if value not in (None, "") else f"record {number}"


def _parse(payload: Any) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return dict(payload)
    data = json.loads(payload)
    if not isinstance(data, dict):
        raise ValueError(f"not a JSON object but {type(data).__name__}")
    return data


# -- worker side -------------------------------------------------------------------------
_STATE: tuple[Cleaner, Options, bool] | None = None
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _die_with(parent: int) -> None:
    """Make this worker process end when ``parent`` does, however the parent ends.

    Ctrl-C is the parent's to handle (it stops the job and says so); a parent killed
    outright takes its workers with it instead of leaving them to hold memory (Linux).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _init(config: Config, options: Options, as_json: bool, parent: int | None = None) -> None:
    """Worker set-up: one Cleaner per process, built once; in a pool, tied to its parent."""
    global _STATE
    if parent is not None:
        _die_with(parent)
    _STATE = (Cleaner(config), options, as_json)


def _clean_chunk(items: list[Item]) -> list[Result]:
    """Clean a chunk of records; a failing record becomes an error, never an exception."""
    assert _STATE is not None
    cleaner, options, as_json = _STATE
    results: list[Result] = []
    for number, payload in items:
        record: dict[str, Any] | None = None
        try:
            record = _parse(payload)
            out, source, doc = _clean(record, cleaner, options)
        except json.JSONDecodeError as exc:
            results.append((None, 0, 0, (f"record {number}", f"invalid JSON: {exc}")))
        except ValueError as exc:
            results.append((None, 0, 0, (_ident(record, options.fields, number), str(exc))))
        except Exception as exc:  # one page never stops the job
            reason = f"{type(exc).__name__}: {exc}"
            results.append((None, 0, 0, (_ident(record, options.fields, number), reason)))
        else:
            line: Any = json.dumps(out, ensure_ascii=False) if as_json else out
            if options.report:  # (output, what the corpus report needs of the page)
                ident = _ident(record, options.fields, number)
                line = (line, page_facts(ident, record, source, doc, options.fields))
            results.append((line, len(source), len(doc.body), None))
    return results


def _count_chunk(items: list[Item]) -> LineCounts:
    """First pass of template learning over a chunk; unreadable records are skipped."""
    assert _STATE is not None
    cleaner, options, _ = _STATE
    cfg = cleaner.config
    counts = LineCounts()
    for _number, payload in items:
        try:
            record = _parse(payload)
            count_record(
                counts,
                record,
                options.fields,
                mojibake=cfg.repair_mojibake,
                glued=cfg.split_glued,
            )
        except Exception:  # reported by the cleaning pass
            continue
    return counts


def _map_chunks(
    fn: Callable[[list[Item]], T],
    chunks: Iterable[list[Item]],
    workers: int,
    initargs: tuple[Config, Options, bool],
) -> Iterator[T]:
    """``fn`` over ``chunks`` in ``workers`` processes, results in input order.

    At most ``IN_FLIGHT`` chunks per worker are read ahead, so memory does not grow
    with the input. No more processes start than there are cores or chunks to clean.
    """
    workers = usable_workers(workers)
    head = list(itertools.islice(chunks, workers))
    chunks = itertools.chain(head, chunks)
    workers = min(workers, len(head))
    if workers <= 1:
        _init(*initargs)
        for chunk in chunks:
            yield fn(chunk)
        return
    pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(*initargs, os.getpid()))
    try:
        pending: deque[Future[T]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk))
            if len(pending) >= workers * IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- library ---------------------------------------------------------------------------
def clean_records(
    records: Iterable[Mapping[str, Any]],
    config: Config | None = None,
    *,
    options: Options | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
    on_error: Callable[[str, str], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Clean ``records`` lazily, in order, in ``workers`` processes.

    Yields one output record per good input record; a bad one is passed to
    ``on_error(id, reason)`` and skipped. ``config`` may carry templates
    (``Cleaner.learn(records).config``).
    """
    initargs = (config or DEFAULT, options or Options(), False)
    items = ((n, r) for n, r in enumerate(records, 1))
    for results in _map_chunks(_clean_chunk, _chunks(items, chunk_size), workers, initargs):
        for out, _chars_in, _chars_out, error in results:
            if error is not None:
                if on_error is not None:
                    on_error(*error)
                continue
            yield out


def learn_templates(
    path: str,
    config: Config | None = None,
    *,
    options: Options | None = None,
    thresholds: Thresholds | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Templates:
    """First pass over a JSONL(.gz) or Parquet file: the site templates of its records."""
    counts = LineCounts()
    initargs = (config or DEFAULT, options or Options(), False)
    chunks = _chunks(read_items(path), chunk_size)
    for part in _map_chunks(_count_chunk, chunks, workers, initargs):
        counts.merge(part)
    return counts.templates(thresholds)


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def usable_workers(requested: int) -> int:
    """``requested`` worker processes, capped at the cores: more only fight for them (and
    each holds a cleaner's memory). ValueError below 1."""
    if requested < 1:
        raise ValueError(f"workers must be 1 or more, not {requested}")
    return min(requested, default_workers())


class Interrupted(Exception):
    """The job was stopped (Ctrl-C) after ``done`` records; nothing was written."""

    def __init__(self, done: int) -> None:
        super().__init__(f"interrupted after {done} records")
        self.done = done


class SameFile(ValueError):
    """An output file that is the input file: writing it would destroy the input."""


def check_distinct(source: str, *outputs: str | None) -> None:
    """Raise :class:`SameFile` when an output names the input file (links followed)."""
    if source == "-":
        return
    for output in outputs:
        if output is None or output == "-":
            continue
        same = os.path.realpath(output) == os.path.realpath(source)
        with contextlib.suppress(OSError):
            same = same or os.path.samefile(output, source)
        if same:
            raise SameFile(f"{output} is the input file; write the output to another file")


def run(
    source: str,
    output: str,
    config: Config | None = None,
    *,
    options: Options | None = None,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = False,
    on_error: Callable[[str, str], None] | None = None,
    on_page: Callable[[Page], None] | None = None,
) -> Summary:
    """Clean the records of the file ``source`` into the file ``output`` (``-``: stdin/out).

    The format follows the name: ``.parquet`` is Parquet, ``.gz`` gzipped JSONL, anything
    else JSONL. The records go to a temporary file beside ``output``, renamed over it when
    the job ends: a failed or interrupted job (:class:`Interrupted`) leaves no file, or the
    old one untouched. An ``output`` that is ``source`` is refused (:class:`SameFile`).
    ``on_page`` receives, in input order, the :class:`~cleantext.corpus.report.Page` of
    each cleaned record (for :class:`~cleantext.corpus.report.Report`).
    """
    options = options or Options()
    if on_page is not None:
        options = replace(options, report=True)
    cfg = config or DEFAULT
    workers = default_workers() if workers is None else workers
    usable_workers(workers)
    check_distinct(source, output)
    summary = Summary()
    if isinstance(cfg.templates, Templates):
        summary.template_sites = len(cfg.templates.sites)
        summary.template_lines = len(cfg.templates)
    with _Target(output) as target:
        _fill(
            source, target, cfg, options, workers, chunk_size, progress, on_error, on_page, summary
        )
    return summary


def _fill(
    source: str,
    target: _Target,
    cfg: Config,
    options: Options,
    workers: int,
    chunk_size: int,
    progress: bool,
    on_error: Callable[[str, str], None] | None,
    on_page: Callable[[Page], None] | None,
    summary: Summary,
) -> None:
    """Clean ``source`` record by record into ``target``'s temporary file; fill ``summary``."""
    as_json = not _is_parquet(target.path)
    start = time.perf_counter()
    bar = _progress(progress)
    writer = open_writer(target.path, into=target.temporary)
    try:
        chunks = _chunks(read_items(source), chunk_size)
        for results in _map_chunks(_clean_chunk, chunks, workers, (cfg, options, as_json)):
            rows = []
            for out, chars_in, chars_out, error in results:
                summary.pages += 1
                if error is not None:
                    summary.errors += 1
                    if on_error is not None:
                        on_error(*error)
                    continue
                summary.cleaned += 1
                summary.chars_in += chars_in
                summary.chars_out += chars_out
                if on_page is not None:
                    out, page = out
                    on_page(page)
                rows.append(out)
            writer.write(rows)
            if bar is not None:
                elapsed = time.perf_counter() - start
                bar.set_postfix_str(f"{summary.chars_in / 1e6 / elapsed:.2f} MB/s", refresh=False)
                bar.update(len(results))
    except KeyboardInterrupt:
        raise Interrupted(summary.pages) from None
    finally:
        writer.close()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - start


class _Target:
    """An output file written through a temporary file in its folder, renamed into place
    only when the job succeeds; folders made for it are removed again when it fails."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.temporary: str | None = None
        self._made: list[str] = []

    def __enter__(self) -> _Target:
        if self.path == "-":
            return self
        folder = os.path.dirname(os.path.abspath(self.path))
        missing = folder
        while missing and not os.path.isdir(missing):
            self._made.append(missing)
            missing = os.path.dirname(missing)
        os.makedirs(folder, exist_ok=True)
        name = os.path.basename(self.path)
        fd, self.temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        if self.temporary is None:
            return
        if kind is None:
            try:
                mode = os.stat(self.path).st_mode & 0o7777
            except OSError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(self.temporary, mode)
            os.replace(self.temporary, self.path)
            return
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)
        for folder in self._made:  # deepest first
            with contextlib.suppress(OSError):
                os.rmdir(folder)


def _progress(enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(desc="cleantext", unit=" pages", file=sys.stderr, smoothing=0.1, dynamic_ncols=True)


# -- files -------------------------------------------------------------------------------
def _is_parquet(path: str) -> bool:
    return path.endswith((".parquet", ".pq"))


def _make_parent(path: str) -> None:
    """Create the folder an output file goes into, as ``-o out/x.jsonl`` users expect."""
    parent = os.path.dirname(path)
    if parent:
        os.makedirs(parent, exist_ok=True)


def _open_text(path: str, write: bool = False, into: str | None = None) -> IO[str]:
    """``path`` for reading or writing (gzipped by its name); ``into`` is the file actually
    written, when it is not ``path`` itself."""
    if path == "-":
        return sys.stdout if write else sys.stdin
    mode = "wt" if write else "rt"
    errors = "strict" if write else "replace"
    target = into or path
    if write:
        _make_parent(target)
    if path.endswith(".gz"):
        return gzip.open(target, mode, encoding="utf-8", errors=errors, compresslevel=6)  # type: ignore[return-value]
    return open(target, mode, encoding="utf-8", errors=errors)


def read_items(path: str, batch_rows: int = 1024) -> Iterator[Item]:
    """``(number, payload)`` for each record of ``path``: raw JSON lines, or Parquet rows."""
    if _is_parquet(path):
        pq = _pyarrow_parquet()
        number = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
            for row in batch.to_pylist():
                number += 1
                yield number, row
        return
    stream = _open_text(path)
    try:
        for number, line in enumerate(stream, 1):
            if line.strip():
                yield number, line
    finally:
        if stream is not sys.stdin:
            stream.close()


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet needs pyarrow: pip install 'cleantext-web[parquet]'") from None
    return pq


class JsonlWriter:
    """Writes pre-serialised JSON lines."""

    def __init__(self, path: str, into: str | None = None) -> None:
        self._stream = _open_text(path, write=True, into=into)

    def write(self, rows: list[str]) -> None:
        if rows:
            self._stream.write("\n".join(rows) + "\n")

    def close(self) -> None:
        if self._stream is sys.stdout:
            self._stream.flush()
        else:
            self._stream.close()


class ParquetWriter:
    """Writes records in row groups; the schema comes from the first rows.

    Fields that are empty in every one of the first rows are written as strings.
    """

    def __init__(self, path: str, rows_per_group: int = 1024) -> None:
        self._path = path
        self._rows: list[dict[str, Any]] = []
        self._size = rows_per_group
        self._writer: Any = None
        self._schema: Any = None

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= self._size:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa

        pq = _pyarrow_parquet()
        if self._schema is None:
            inferred = pa.Table.from_pylist(self._rows).schema
            known = {"authors": pa.list_(pa.string())}
            self._schema = pa.schema(
                [
                    pa.field(f.name, pa.string())
                    if pa.types.is_null(f.type)
                    else pa.field(f.name, known.get(f.name, f.type))
                    for f in inferred
                ]
            )
            _make_parent(self._path)
            self._writer = pq.ParquetWriter(self._path, self._schema)
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        self._flush()
        if self._writer is not None:
            self._writer.close()
        elif self._path:  # no rows at all: still leave a readable (empty) file
            import pyarrow as pa

            _pyarrow_parquet().write_table(pa.table({}), self._path)


def open_writer(path: str, into: str | None = None) -> JsonlWriter | ParquetWriter:
    """A writer for ``path``: Parquet by its name, else JSONL (gzipped for ``.gz``);
    the bytes go to ``into`` when given (a temporary file renamed over ``path`` later)."""
    if _is_parquet(path):
        _pyarrow_parquet()
        return ParquetWriter(into or path)
    return JsonlWriter(path, into)


# -- command line ------------------------------------------------------------------------
EPILOG = """\
records:
  one JSON object per line (JSONL, or JSONL.gz), or Parquet rows (.parquet, needs
  pyarrow: pip install 'cleantext-web[parquet]'). Each record has the page in "text" (a
  text dump, cleaned in text mode) or "html" (cleaned in HTML mode), and optionally
  "id", "url" and "site". Output records keep every other field and add "body",
  "title", "authors", "date", "site", "language" (and "removed" with --removals);
  input fields of those names are replaced (see --meta-prefix).

site templates:
  --learn-templates reads the input twice: first it counts, per site (the "site"
  field, else the URL's host), the lines that recur on many pages, then it removes
  them while cleaning (rule template.repeated_line). Save them with --save-templates
  and reuse them on more pages of the same sites with --templates.

corpus report:
  --report FILE writes one self-contained HTML page (open it in a browser; nothing is
  fetched): totals, lines and characters removed per family and per rule with removed
  lines sampled across sites, figures per site, a histogram of the share of text kept
  per page, metadata fill rates, and views of the sampled pages with each removed line
  struck through and its rule on hover. --report-json FILE writes the same figures as
  JSON. The report is built as the records stream by, in constant memory, and the same
  input gives the same report. It needs nothing kept in the output: the workers hand
  the page and its removals to the report. To report on a finished output instead, run
  the batch with --removals --keep-source and then: cleantext report OUT.jsonl -o FILE.

examples:
  cleantext batch pages.jsonl.gz -o clean.jsonl.gz
  cleantext batch pages.jsonl.gz -o clean.jsonl.gz --report report.html
  cleantext batch crawl.parquet -o clean.parquet --workers 8 --learn-templates
  cleantext batch crawl.jsonl --learn-templates --save-templates sites.json
  cleantext batch more.jsonl -o more.clean.jsonl --templates sites.json

exit status: 0 when the job ran (skipped records are counted in the summary),
2 when it could not run (bad arguments, unreadable input, unwritable output).
"""


# Template thresholds offered on the command line: field of Thresholds, metavar, help.
_THRESHOLD_OPTIONS = (
    ("min_pages", "N", "pages a template line occurs on, at least"),
    ("min_share", "S", "share of the site's pages, at least"),
    ("min_site_pages", "N", "smaller sites learn nothing"),
    ("prose_share", "S", "share needed by prose-like lines"),
)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cleantext batch",
        description="Clean a corpus of pages (JSONL, JSONL.gz or Parquet) in worker processes.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("input", help="input file (.jsonl, .jsonl.gz, .parquet; - for stdin)")
    ap.add_argument(
        "-o",
        "--output",
        help="output file (same formats; - for stdout); missing folders are created, and "
        "the file is replaced only when the job ends well",
    )
    ap.add_argument(
        "-w",
        "--workers",
        type=int,
        default=None,
        help=f"worker processes (default and maximum: every core, here {default_workers()})",
    )
    ap.add_argument("--mode", choices=MODES, default="auto", help="force text or HTML mode")
    ap.add_argument("--config", metavar="FILE", help="configuration file (.cleantext.toml)")
    group = ap.add_argument_group("fields")
    for name, default in Fields().__dict__.items():
        group.add_argument(
            f"--{name}-field", default=default, metavar="NAME", help=f"default: {default}"
        )
    group.add_argument("--body-field", default="body", metavar="NAME", help="default: body")
    group.add_argument("--meta-prefix", default="", metavar="P", help="prefix metadata fields")
    group.add_argument("--keep-source", action="store_true", help="keep the text/html field")
    group.add_argument("--removals", action="store_true", help="add what was removed, and why")
    tmpl = ap.add_argument_group("site templates")
    tmpl.add_argument("--learn-templates", action="store_true", help="learn from the input")
    tmpl.add_argument("--templates", metavar="FILE", help="load learned templates (JSON)")
    tmpl.add_argument("--save-templates", metavar="FILE", help="write learned templates")
    defaults = Thresholds()
    for name, meta, text in _THRESHOLD_OPTIONS:
        default = getattr(defaults, name)
        tmpl.add_argument(
            "--" + name.replace("_", "-"),
            type=type(default),
            default=default,
            metavar=meta,
            help=f"{text} (default: %(default)s)",
        )
    out = ap.add_argument_group("reporting")
    out.add_argument("--errors", metavar="FILE", help="write skipped records (id, reason) as JSONL")
    add_progress_options(out, quiet="no summary, no error lines")
    out.add_argument(
        "--report", metavar="FILE", help="write a corpus report: one HTML page (see below)"
    )
    out.add_argument("--report-json", metavar="FILE", help="write the report's figures as JSON")
    ap.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help=argparse.SUPPRESS)
    return ap


def add_progress_options(group: Any, *, quiet: str) -> None:
    """``--progress``/``--no-progress`` and ``-q``, as every corpus command takes them."""
    bar = group.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    group.add_argument("-q", "--quiet", action="store_true", help=quiet)


def _fail(message: str) -> int:
    sys.stderr.write(f"cleantext batch: {message}\n")
    return 2


def main(argv: list[str]) -> int:
    """``cleantext batch``: see ``--help``. Returns the exit status."""
    args = _parser().parse_args(argv)
    if args.output is None and not (args.learn_templates and args.save_templates):
        return _fail("give -o OUTPUT (or --learn-templates --save-templates FILE only)")
    if args.learn_templates and args.input == "-":
        return _fail("--learn-templates reads the input twice: give a file, not stdin")
    if args.templates and args.learn_templates:
        return _fail("--templates loads templates; with --learn-templates use --save-templates")
    if (args.workers is not None and args.workers < 1) or args.chunk_size < 1:
        return _fail("--workers and --chunk-size must be 1 or more")
    problem = _check_report_paths(args)
    if problem:
        return _fail(problem)
    try:
        check_distinct(args.input, args.output, args.errors, args.save_templates)
        config = _load_config(args.config)
        options = Options(
            mode=args.mode,
            fields=Fields(
                args.text_field, args.html_field, args.id_field, args.url_field, args.site_field
            ),
            body=args.body_field,
            prefix=args.meta_prefix,
            keep_source=args.keep_source,
            removals=args.removals,
        )
        thresholds = Thresholds(**{name: getattr(args, name) for name, _, _ in _THRESHOLD_OPTIONS})
        if args.templates:
            config = config.replace(templates=Templates.load(args.templates))
    except (OSError, ValueError, KeyError) as exc:
        return _fail(str(exc))
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    workers = default_workers() if args.workers is None else args.workers
    if workers > default_workers() and not args.quiet:
        sys.stderr.write(
            f"cleantext batch: --workers {workers}: using {default_workers()}, "
            "the cores available\n"
        )
    errors = _ErrorLog(args.errors, quiet=args.quiet)
    report = Report(args.input) if args.report or args.report_json else None
    on_error = errors.add if report is None else _both(errors.add, report.skip)
    report_seconds = 0.0

    def add_page(page: Page) -> None:
        nonlocal report_seconds
        started = time.perf_counter()
        assert report is not None
        report.add(page)
        report_seconds += time.perf_counter() - started

    try:
        if args.learn_templates:
            found = learn_templates(
                args.input,
                config,
                options=options,
                thresholds=thresholds,
                workers=workers,
                chunk_size=args.chunk_size,
            )
            if args.save_templates:
                found.save(args.save_templates)
            if not args.quiet:
                sys.stderr.write(
                    f"cleantext batch: learned {len(found)} template lines "
                    f"of {len(found.sites)} sites\n"
                )
            config = config.replace(templates=found)
        if args.output is None:
            return 0
        summary = run(
            args.input,
            args.output,
            config,
            options=options,
            workers=workers,
            chunk_size=args.chunk_size,
            progress=progress,
            on_error=on_error,
            on_page=add_page if report is not None else None,
        )
        if report is not None:
            started = time.perf_counter()
            write_report(report, args.report, args.report_json)
            report_seconds += time.perf_counter() - started
    except Interrupted as stop:
        total = _count(args.input)
        done = f"{stop.done} of {total}" if total is not None else str(stop.done)
        sys.stderr.write(f"cleantext batch: interrupted: {done} records done, nothing written\n")
        return 130
    except KeyboardInterrupt:  # while learning templates
        sys.stderr.write("cleantext batch: interrupted: nothing written\n")
        return 130
    except (OSError, RuntimeError, BrokenProcessPool, ValueError, TypeError) as exc:
        # unreadable input, unwritable output, a dead worker, Parquet rows of another type
        return _fail(str(exc) or type(exc).__name__)
    finally:
        errors.close()
    if not args.quiet:
        if errors.count > SHOW_ERRORS:
            sys.stderr.write(f"cleantext batch: ... {errors.count - SHOW_ERRORS} more skipped\n")
        sys.stderr.write(f"cleantext batch: {summary.describe()}\n")
        if report is not None:
            written = " and ".join(p for p in (args.report, args.report_json) if p)
            sys.stderr.write(
                f"cleantext batch: report: {written} ({report_seconds:.1f} s to build and write)\n"
            )
    return 0


def _check_report_paths(args: argparse.Namespace) -> str | None:
    """Why the report options cannot be used as given, or None."""
    reports = [p for p in (args.report, args.report_json) if p]
    if not reports:
        return None
    if args.output is None:
        return "--report needs -o OUTPUT: it describes what the cleaning did"
    taken = {os.path.abspath(p) for p in (args.input, args.output) if p != "-"}
    for path in reports:
        if path == "-" or os.path.abspath(path) in taken:
            return f"--report {path}: give a file of its own, not the input or output"
    if len(reports) == 2 and os.path.abspath(reports[0]) == os.path.abspath(reports[1]):
        return "--report and --report-json need two different files"
    return None


def _both(
    first: Callable[[str, str], None], second: Callable[[str, str], None]
) -> Callable[[str, str], None]:
    def both(ident: str, reason: str) -> None:
        first(ident, reason)
        second(ident, reason)

    return both


def _count(path: str) -> int | None:
    """How many records ``path`` holds (None for stdin, or when it cannot be read)."""
    if path == "-":
        return None
    try:
        if _is_parquet(path):
            return int(_pyarrow_parquet().ParquetFile(path).metadata.num_rows)
        return sum(1 for _ in read_items(path))
    except (OSError, RuntimeError, ValueError):
        return None


def _load_config(path: str | None) -> Config:
    if path is None:
        return DEFAULT
    from pathlib import Path

    from cleantext.configfile import ConfigError, load

    try:
        return load(Path(path))
    except ConfigError as exc:
        raise ValueError(str(exc)) from None


class _ErrorLog:
    """Skipped records: the first few on stderr, all of them in ``--errors FILE``."""

    def __init__(self, path: str | None, quiet: bool) -> None:
        self.count = 0
        self._quiet = quiet
        self._file = open(path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def add(self, ident: str, reason: str) -> None:
        self.count += 1
        if not self._quiet and self.count <= SHOW_ERRORS:
            sys.stderr.write(f"cleantext batch: skipped {ident}: {reason}\n")
        if self._file is not None:
            self._file.write(json.dumps({"id": ident, "reason": reason}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
