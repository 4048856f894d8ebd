"""Clean corpora on Dask: bags of records, dataframe columns, site templates at scale.

``pip install 'cleantext-web[dask]'``. Records are the batch job's (see
:mod:`cleantext.corpus.batch`): ``text`` or ``html``, optional ``id``, ``url``, ``site``. The
template pass is a distributed count then map: every partition counts its lines
(:class:`cleantext.corpus.templates.LineCounts`), the counts are summed in a tree reduction,
and the templates go to the workers with the cleaning tasks. Sums do not depend on the
partitioning, so results equal those of one process.

>>> import dask.bag as db                                              # doctest: +SKIP
>>> bag = db.read_text("pages-*.jsonl.gz").map(json.loads)             # doctest: +SKIP
>>> cleaned = clean_bag(bag, learn=True)                               # doctest: +SKIP
>>> cleaned.map(json.dumps).to_textfiles("clean-*.jsonl.gz")           # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from cleantext.cleaner import Cleaner
from cleantext.config import DEFAULT, Config
from cleantext.corpus.batch import META_FIELDS, Options, clean_record
from cleantext.corpus.templates import Fields, LineCounts, Templates, Thresholds, count_record

__all__ = ["clean_bag", "clean_column", "count_lines", "learn_templates", "learn_templates_frame"]


# -- partition functions (run on the workers) -------------------------------------------
def _count_partition(
    records: Iterable[Mapping[str, Any]], fields: Fields, config: Config
) -> LineCounts:
    counts = LineCounts()
    for record in records:
        try:
            count_record(
                counts, record, fields, mojibake=config.repair_mojibake, glued=config.split_glued
            )
        except ValueError:  # unreadable record: the cleaning pass reports it
            continue
    return counts


def _merge(parts: Iterable[LineCounts]) -> LineCounts:
    total = LineCounts()
    for part in parts:
        total.merge(part)
    return total


def _clean_partition(
    records: Iterable[Mapping[str, Any]], config: Config, options: Options, errors: str
) -> list[dict[str, Any]]:
    cleaner = Cleaner(config)
    out: list[dict[str, Any]] = []
    for record in records:
        try:
            out.append(clean_record(record, cleaner, options)[0])
        except Exception as exc:  # one page never stops the job
            if errors == "raise":
                raise
            if errors == "keep":
                f = options.fields
                kept = {k: v for k, v in record.items() if k not in (f.text, f.html)}
                kept["error"] = str(exc) if isinstance(exc, ValueError) else repr(exc)
                out.append(kept)
    return out


# -- bags --------------------------------------------------------------------------------
def count_lines(bag: Any, config: Config | None = None, fields: Fields | None = None) -> Any:
    """A lazy Dask Item: the summed :class:`LineCounts` of the bag's records."""
    count = partial(_count_partition, fields=fields or Fields(), config=config or DEFAULT)
    return bag.reduction(count, _merge, split_every=8)


def learn_templates(
    bag: Any,
    thresholds: Thresholds | None = None,
    *,
    config: Config | None = None,
    fields: Fields | None = None,
) -> Templates:
    """Count the bag's lines on the cluster and return the site templates (computes)."""
    counts: LineCounts = count_lines(bag, config, fields).compute()
    return counts.templates(thresholds)


def clean_bag(
    bag: Any,
    config: Config | None = None,
    *,
    options: Options | None = None,
    learn: bool = False,
    thresholds: Thresholds | None = None,
    errors: str = "skip",
) -> Any:
    """A lazy bag of cleaned records, in the input's order (see :func:`batch.clean_record`).

    ``learn=True`` first learns site templates from the bag itself (this computes the
    count pass). ``errors``: ``"skip"`` drops a record that cannot be cleaned, ``"keep"``
    keeps it with an ``error`` field, ``"raise"`` fails the task.
    """
    if errors not in ("skip", "keep", "raise"):
        raise ValueError("errors must be 'skip', 'keep' or 'raise'")
    options = options or Options()
    config = config or DEFAULT
    if learn:
        found = learn_templates(bag, thresholds, config=config, fields=options.fields)
        config = config.replace(templates=found)
    from dask.delayed import delayed

    shared = delayed(config, pure=True)  # sent to each worker once, not once per task
    return bag.map_partitions(_clean_partition, shared, options, errors)


# -- dataframes --------------------------------------------------------------------------
def _clean_frame(
    frame: Any,
    column: str,
    url_column: str | None,
    site_column: str | None,
    config: Config,
    options: Options,
    columns: tuple[str, ...],
) -> Any:
    pd: Any = importlib.import_module("pandas")

    cleaner = Cleaner(config)
    values: dict[str, list[Any]] = {name: [] for name in columns}
    urls = frame[url_column] if url_column else None
    sites = frame[site_column] if site_column else None
    f = options.fields
    for i, source in enumerate(frame[column]):
        record: dict[str, Any] = {f.text if options.mode != "html" else f.html: source}
        if urls is not None:
            record[f.url] = urls.iloc[i]
        if sites is not None:
            record[f.site] = sites.iloc[i]
        try:
            out = clean_record(record, cleaner, options)[0]
        except Exception:  # a missing or broken page: empty fields, the row stays
            out = {}
        for name in columns:
            values[name].append(out.get(name))
    new = pd.DataFrame(
        {k: pd.Series(v, index=frame.index, dtype=object) for k, v in values.items()}
    )
    return pd.concat([frame, new], axis=1)


def clean_column(
    df: Any,
    column: str = "text",
    *,
    url_column: str | None = None,
    site_column: str | None = None,
    config: Config | None = None,
    mode: str = "text",
    prefix: str = "",
    body: str = "body",
) -> Any:
    """A lazy dataframe: ``df`` plus the cleaned body and metadata of ``column``.

    New columns (object dtype): ``body`` and ``title``, ``authors``, ``date``, ``site``,
    ``language`` (after ``prefix``); None where a row could not be cleaned. ``mode`` is
    ``"text"`` or ``"html"``. Use :func:`learn_templates_frame` for ``config.templates``.
    """
    pd: Any = importlib.import_module("pandas")

    options = Options(mode=mode, body=body, prefix=prefix)
    columns = (body, *(prefix + name for name in META_FIELDS))
    meta = df._meta.copy()
    for name in columns:
        meta[name] = pd.Series([], dtype=object)
    from dask.delayed import delayed

    shared = delayed(config or DEFAULT, pure=True)
    return df.map_partitions(
        _clean_frame, column, url_column, site_column, shared, options, columns, meta=meta
    )


def learn_templates_frame(
    df: Any,
    column: str = "text",
    *,
    url_column: str | None = "url",
    site_column: str | None = None,
    mode: str = "text",
    thresholds: Thresholds | None = None,
    config: Config | None = None,
) -> Templates:
    """Site templates of a dataframe's pages (``column`` holds text, or HTML in html mode)."""
    cols = [c for c in (column, url_column, site_column) if c]
    fields = Fields(
        text=column if mode != "html" else "\0",
        html=column if mode == "html" else "\0",
        url=url_column or "\0",
        site=site_column or "\0",
    )
    return learn_templates(df[cols].to_bag(format="dict"), thresholds, config=config, fields=fields)
