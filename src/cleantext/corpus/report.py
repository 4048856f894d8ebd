"""Corpus reports: what cleaning did to a corpus, aggregated as the records stream by.

A batch job (``cleantext batch --report``) hands every finished record to a :class:`Report`
as a :class:`Page` (what the report needs of it: site, characters, metadata filled, the
removals, the source for a page view); ``cleantext report`` builds the same pages from a
finished output that kept its removals. The report keeps sums and a bounded number of
samples, so its memory does not grow with the corpus:

- per family and per rule: lines, characters, pages touched, and up to
  :data:`RULE_SAMPLES` removed lines from as many pages, at most :data:`PER_SITE` of them
  from one site;
- per site: pages, characters kept and removed, characters per rule (the first
  :data:`MAX_SITES` sites; later ones are summed as one row);
- a histogram of the share of text kept per page, and samples of the pages cleaned down
  to almost nothing and of the pages left untouched;
- page views (the page's lines, each kept or removed with its rule) of every page a
  sample names.

Samples are bottom-k samples: each page gets a key, a keyed hash of its id with a fixed
seed, and a sample keeps the pages with the smallest keys. It is a reservoir sample whose
choice does not even depend on the order of the records: the same corpus gives the same
report. :meth:`Report.to_dict` gives every figure as JSON-ready data;
:mod:`cleantext.corpus.report_html` renders that data as one self-contained HTML page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cleantext.config import FAMILIES
from cleantext.corpus.templates import Fields, html_text, site_key
from cleantext.document import Document
from cleantext.repair import repair

FORMAT = "cleantext-report/1"
SEED = "cleantext-report/1"  # the hash seed of every sample: fixed, so reports repeat
META = ("title", "authors", "date", "site", "language")
RULE_SAMPLES = 6  # removed lines shown per rule, each from its own page
PER_SITE = 2  # of which at most this many from one site
LIST_SAMPLES = 12  # pages listed as cleaned down to almost nothing, and as untouched
MAX_SITES = 5000  # sites counted one by one; the rest are summed as one row
MAX_REASONS = 50  # distinct reasons for skipped records; the rest count as "other"
TOP_SITES = 50  # sites shown in the report, by pages
TOP_RULES_PER_SITE = 3
BINS = 20  # histogram of the share kept per page, in steps of 5%
GUTTED = 0.05  # a page keeping less than this share was cleaned down to almost nothing
SAMPLE_CHARS = 300  # a sampled line is cut to this many characters
VIEW_LINES = 400  # a page view shows this many lines of the page at most
VIEW_LINE_CHARS = 1000
SOURCE_CHARS = 300_000  # of a page's source kept for its view (HTML is longer than its text)
NO_SITE = "(no site)"
OTHER_SITES = "(other sites)"

# A line of a page view: (text, rule, family); rule and family are None for a kept line.
# A line outside what the HTML extraction took has the rule OUTSIDE.
OUTSIDE = "html.not_extracted"
ViewLine = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Page:
    """What the report needs of one cleaned record.

    ``chars_in`` is the length of the source when it is known (``None`` when an output
    record did not keep it); ``kept`` and ``removed`` count the characters of the body and
    of the removed lines, whose ratio is the page's share of text kept. ``filled`` says
    which of :data:`META` were found. ``source`` is the page's text or HTML (cut to
    :data:`SOURCE_CHARS`), or ``None``: without it the page has no page view. ``body``
    tells, in the view of an HTML page, the lines kept from those the extraction left out.
    """

    id: str
    site: str
    mode: str
    language: str | None
    chars_in: int | None
    kept: int
    removed: tuple[tuple[str, str, str], ...]
    filled: tuple[bool, ...]
    source: str | None = None
    body: str = ""

    @property
    def removed_chars(self) -> int:
        return sum(len(text) for text, _, _ in self.removed)

    @property
    def share_kept(self) -> float:
        total = self.kept + self.removed_chars
        return self.kept / total if total else 1.0


def _site(url: Any, site: Any, found: Any) -> str:
    """The URL's host; without a URL, the record's site field or the site name read."""
    for value in (url, site):
        key = site_key(value) if isinstance(value, str) else None
        if key:
            return key
    if isinstance(found, str) and found.strip():
        return found.strip()
    return NO_SITE


def page_facts(
    ident: str, record: Mapping[str, Any], source: str, doc: Document, fields: Fields
) -> Page:
    """The :class:`Page` of one record cleaned by a batch job (``source``: its text or HTML)."""
    return Page(
        id=ident,
        site=_site(record.get(fields.url), record.get(fields.site), doc.site),
        mode="html" if doc.path.startswith("html") else "text",
        language=doc.language,
        chars_in=len(source),
        kept=len(doc.body),
        removed=tuple((r.text, r.rule, r.family) for r in doc.removed),
        filled=(
            bool(doc.title),
            bool(doc.authors),
            bool(doc.date),
            bool(doc.site),
            bool(doc.language),
        ),
        source=source[:SOURCE_CHARS],
        body=doc.body,
    )


def output_facts(
    record: Mapping[str, Any],
    number: int,
    fields: Fields,
    *,
    body: str = "body",
    prefix: str = "",
) -> Page:
    """The :class:`Page` of one record of a batch output that kept its removals.

    Raises ValueError when the record has no ``removed`` list (the batch ran without
    ``--removals``) or no body.
    """
    removed = record.get(prefix + "removed")
    if not isinstance(removed, list):
        raise ValueError(
            f"record {number} has no {prefix + 'removed'!r} list: run cleantext batch "
            "with --removals (and --keep-source for page views)"
        )
    text = record.get(body)
    if not isinstance(text, str):
        raise ValueError(f"record {number} has no {body!r} field")
    ident = record.get(fields.id)
    source: str | None = None
    mode = "?"
    for name, kind in ((fields.text, "text"), (fields.html, "html")):
        value = record.get(name)
        if isinstance(value, str):
            source, mode = value, kind
            break
    meta = [record.get(prefix + name) for name in META]
    return Page(
        id=str(ident) if ident not in (None, "") else f"record {number}",
        site=_site(record.get(fields.url), None, meta[3]),
        mode=mode,
        language=meta[4] if isinstance(meta[4], str) and meta[4] else None,
        chars_in=len(source) if source is not None else None,
        kept=len(text),
        removed=tuple(
            (str(r.get("text", "")), str(r.get("rule", "")), str(r.get("family", "")))
            for r in removed
            if isinstance(r, Mapping)
        ),
        filled=tuple(bool(value) for value in meta),
        source=source[:SOURCE_CHARS] if source is not None else None,
        body=text,
    )


# -- samples ------------------------------------------------------------------------------
def page_key(ident: str) -> int:
    """The sampling key of a page: a hash of its id with the fixed seed."""
    digest = hashlib.blake2b(ident.encode("utf-8", "replace"), digest_size=8, key=SEED.encode())
    return int.from_bytes(digest.digest(), "big")


@dataclass
class Sample:
    """The ``size`` items with the smallest keys, at most ``per_site`` of them per site.

    Keeping the smallest keys is the same whatever the order the items come in.
    ``add`` returns the keys that entered and left, so shared page views can be counted.
    """

    size: int
    per_site: int | None = None
    items: dict[int, tuple[str, Any]] = field(default_factory=dict)  # key -> (site, item)

    def wants(self, key: int, site: str) -> bool:
        """Whether an item with this key would enter (cheap: check before building it)."""
        if key in self.items:
            return False
        if self.per_site is not None:
            same = [k for k, (s, _) in self.items.items() if s == site]
            if len(same) >= self.per_site:
                return key < max(same)
        return len(self.items) < self.size or key < max(self.items)

    def add(self, key: int, site: str, item: Any) -> list[int]:
        """Offer an item; returns the keys that left the sample (empty if none)."""
        if not self.wants(key, site):
            return []
        gone: list[int] = []
        if self.per_site is not None:
            same = [k for k, (s, _) in self.items.items() if s == site]
            if len(same) >= self.per_site:
                gone.append(max(same))
                del self.items[gone[-1]]
        self.items[key] = (site, item)
        if len(self.items) > self.size:
            gone.append(max(self.items))
            del self.items[gone[-1]]
        return gone

    def sorted(self) -> list[tuple[int, Any]]:
        return [(k, self.items[k][1]) for k in sorted(self.items)]


# -- page views ---------------------------------------------------------------------------
def _fold(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str) -> str:
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


def page_view(page: Page) -> list[ViewLine]:
    """The page's lines in order, each with the rule and family that removed it (or None).

    A text page shows its own lines (repaired, as the cleaner read them); an HTML page its visible text, one line per block
    element, where a line that is neither in the body nor removed by a rule lies outside
    what the HTML extraction took (rule :data:`OUTSIDE`). Removed lines are found by their
    text, each removal once.
    """
    if page.source is None:
        return []
    pending: dict[str, list[tuple[str, str]]] = {}
    for text, rule, family in page.removed:
        pending.setdefault(_fold(text), []).append((rule, family))
    for found in pending.values():
        found.reverse()  # pop() takes them in page order
    if page.mode == "html":
        lines = [line for line in html_text(page.source).split("\n") if line.strip()]
    else:  # repaired as the cleaner read it: a date glued to the next line stands apart
        lines = repair(page.source).split("\n")
    body = {_fold(line) for line in page.body.split("\n")} if page.mode == "html" else set()
    view: list[ViewLine] = []
    for line in lines[:VIEW_LINES]:
        key = _fold(line)
        marks = pending.get(key)
        text = line.rstrip()[:VIEW_LINE_CHARS]
        if marks:
            rule, family = marks.pop()
            view.append((text, rule, family))
        elif page.mode == "html" and key not in body:
            view.append((text.strip(), OUTSIDE, "outside"))
        else:
            view.append((text, None, None))
    return view


# -- the aggregate ------------------------------------------------------------------------
@dataclass
class _Tally:
    lines: int = 0
    chars: int = 0
    pages: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"lines": self.lines, "chars": self.chars, "pages": self.pages}


@dataclass
class _Site:
    pages: int = 0
    kept: int = 0
    removed: int = 0
    rules: Counter[str] = field(default_factory=Counter)  # rule -> characters removed


@dataclass
class _View:
    refs: int
    id: str
    site: str
    mode: str
    share_kept: float
    lines: list[ViewLine]


class Report:
    """Figures and samples of a corpus, fed one page at a time (:meth:`add`, :meth:`skip`).

    Memory stays bounded whatever the number of pages (see the module's constants);
    :meth:`to_dict` gives the figures, :func:`write` writes them as HTML and JSON.
    """

    def __init__(self, input_name: str = "") -> None:
        self.input_name = input_name
        self.pages = 0
        self.cleaned = 0
        self.skipped: Counter[str] = Counter()
        self.chars_in = 0
        self.chars_in_pages = 0  # pages whose source length is known
        self.kept = 0
        self.removed = 0
        self.modes: dict[str, list[int]] = {}  # mode -> [pages, kept, removed]
        self.languages: dict[str, list[int]] = {}  # language -> [pages, kept, removed]
        self.families: dict[str, _Tally] = {}
        self.rules: dict[str, _Tally] = {}
        self.rule_family: dict[str, str] = {}
        self.rule_samples: dict[str, Sample] = {}
        self.sites: dict[str, _Site] = {}
        self.histogram = [0] * BINS
        self.gutted = Sample(LIST_SAMPLES)
        self.untouched = Sample(LIST_SAMPLES)
        self.gutted_count = 0
        self.untouched_count = 0
        self.filled = [0] * len(META)
        self._views: dict[int, _View] = {}

    # -- feeding -------------------------------------------------------------------------
    def skip(self, ident: str, reason: str) -> None:
        """A record the job skipped, with the reason it gave."""
        del ident
        self.pages += 1
        kind = reason.split(":", 1)[0].strip()[:80] or "unknown"
        if kind not in self.skipped and len(self.skipped) >= MAX_REASONS:
            kind = "other"
        self.skipped[kind] += 1

    def add(self, page: Page) -> None:
        """A cleaned page."""
        self.pages += 1
        self.cleaned += 1
        removed = page.removed_chars
        if page.chars_in is not None:
            self.chars_in += page.chars_in
            self.chars_in_pages += 1
        self.kept += page.kept
        self.removed += removed
        for table, name in ((self.modes, page.mode), (self.languages, page.language or "?")):
            row = table.setdefault(name, [0, 0, 0])
            row[0] += 1
            row[1] += page.kept
            row[2] += removed
        for i, filled in enumerate(page.filled):
            self.filled[i] += filled
        key = page_key(page.id)
        self._add_removals(page, key)
        self._add_site(page, removed)
        share = page.share_kept
        self.histogram[min(int(share * BINS), BINS - 1)] += 1
        if not page.removed:
            self.untouched_count += 1
            self._offer(self.untouched, key, page, page.id)
        elif share < GUTTED:
            self.gutted_count += 1
            self._offer(self.gutted, key, page, page.id)

    def _add_removals(self, page: Page, key: int) -> None:
        first: dict[str, str] = {}
        families: set[str] = set()
        for text, rule, family in page.removed:
            tally = self.rules.get(rule)
            if tally is None:
                tally = self.rules[rule] = _Tally()
                self.rule_family[rule] = family
            tally.lines += 1
            tally.chars += len(text)
            ftally = self.families.setdefault(family, _Tally())
            ftally.lines += 1
            ftally.chars += len(text)
            first.setdefault(rule, text)
            families.add(family)
        for family in families:
            self.families[family].pages += 1
        for rule, text in first.items():
            self.rules[rule].pages += 1
            sample = self.rule_samples.setdefault(rule, Sample(RULE_SAMPLES, PER_SITE))
            if sample.wants(key, page.site):
                self._offer(sample, key, page, (page.id, _clip(_fold(text))))

    def _add_site(self, page: Page, removed: int) -> None:
        name = page.site
        if name not in self.sites and len(self.sites) >= MAX_SITES:
            name = OTHER_SITES
        site = self.sites.setdefault(name, _Site())
        site.pages += 1
        site.kept += page.kept
        site.removed += removed
        for text, rule, _ in page.removed:
            site.rules[rule] += len(text)

    def _offer(self, sample: Sample, key: int, page: Page, item: Any) -> None:
        """Offer a page to a sample; its view is built when it first enters one."""
        if not sample.wants(key, page.site):
            return
        for gone in sample.add(key, page.site, item):
            view = self._views[gone]
            view.refs -= 1
            if not view.refs:
                del self._views[gone]
        if key not in self._views:
            lines = page_view(page)
            self._views[key] = _View(0, page.id, page.site, page.mode, page.share_kept, lines)
        self._views[key].refs += 1

    # -- results -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Every figure as JSON-ready data, in a stable order."""
        anchors: dict[int, str] = {}
        pages = []
        for key in sorted(self._views):
            view = self._views[key]
            if not view.lines:
                continue
            anchors[key] = f"page-{len(anchors) + 1}"
            pages.append(
                {
                    "anchor": anchors[key],
                    "id": view.id,
                    "site": view.site,
                    "mode": view.mode,
                    "share_kept": _share(view.share_kept),
                    "lines": [list(line) for line in view.lines],
                }
            )

        def listed(sample: Sample) -> list[dict[str, Any]]:
            return [
                {"id": ident, "site": self._views[k].site, "page": anchors.get(k)}
                for k, ident in sample.sorted()
            ]

        rules = {}
        for rule in sorted(self.rules, key=lambda r: (-self.rules[r].chars, r)):
            samples = [
                {
                    "text": text,
                    "id": ident,
                    "site": self._views[k].site,
                    "page": anchors.get(k),
                    "line": _first_line(self._views[k].lines, rule) if k in anchors else None,
                }
                for k, (ident, text) in self.rule_samples[rule].sorted()
            ]
            rules[rule] = {
                "family": self.rule_family[rule],
                **self.rules[rule].to_dict(),
                "samples": samples,
            }
        order = {name: i for i, name in enumerate(FAMILIES)}
        families = {
            name: self.families[name].to_dict()
            for name in sorted(
                self.families, key=lambda f: (-self.families[f].chars, order.get(f, 99), f)
            )
        }
        site_names = sorted(self.sites, key=lambda s: (-self.sites[s].pages, s))
        sites = [
            {
                "site": name,
                "pages": self.sites[name].pages,
                "kept": self.sites[name].kept,
                "removed": self.sites[name].removed,
                "share_kept": _ratio(self.sites[name].kept, self.sites[name].removed),
                "top_rules": [
                    [rule, chars]
                    for rule, chars in sorted(
                        self.sites[name].rules.items(), key=lambda rc: (-rc[1], rc[0])
                    )[:TOP_RULES_PER_SITE]
                ],
            }
            for name in site_names[:TOP_SITES]
        ]
        return {
            "format": FORMAT,
            "input": self.input_name,
            "totals": {
                "pages": self.pages,
                "cleaned": self.cleaned,
                "skipped": sum(self.skipped.values()),
                "chars_in": self.chars_in if self.chars_in_pages == self.cleaned else None,
                "kept": self.kept,
                "removed": self.removed,
                "share_kept": _ratio(self.kept, self.removed),
            },
            "skipped": dict(sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
            "modes": _table(self.modes),
            "languages": _table(self.languages),
            "families": families,
            "rules": rules,
            "sites": sites,
            "sites_total": len(self.sites),
            "histogram": {
                "edges": [round(i / BINS, 4) for i in range(BINS + 1)],
                "counts": list(self.histogram),
            },
            "gutted": {"below": GUTTED, "count": self.gutted_count, "pages": listed(self.gutted)},
            "untouched": {"count": self.untouched_count, "pages": listed(self.untouched)},
            "metadata": {
                name: {"filled": n, "share": _share(n / self.cleaned if self.cleaned else 0.0)}
                for name, n in zip(META, self.filled, strict=True)
            },
            "pages": pages,
        }


def _first_line(lines: list[ViewLine], rule: str) -> int | None:
    """Where a page view shows the first line a rule removed (the line sampled)."""
    return next((i for i, (_, r, _) in enumerate(lines) if r == rule), None)


def _share(value: float) -> float:
    return round(value, 4)


def _ratio(kept: int, removed: int) -> float:
    return _share(kept / (kept + removed) if kept + removed else 1.0)


def _table(rows: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    return {
        name: {
            "pages": row[0],
            "kept": row[1],
            "removed": row[2],
            "share_kept": _ratio(row[1], row[2]),
        }
        for name, row in sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0]))
    }


# -- files --------------------------------------------------------------------------------
def build(pages: Iterable[Page], input_name: str = "") -> Report:
    """A report of ``pages`` (for tests and small jobs; batch jobs feed :meth:`Report.add`)."""
    report = Report(input_name)
    for page in pages:
        report.add(page)
    return report


def write(report: Report, html: str | None = None, json_path: str | None = None) -> None:
    """Write the report as HTML and/or JSON, each atomically (temporary file, then rename)."""
    data = report.to_dict()
    if json_path:
        _write_atomic(json_path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    if html:
        from cleantext.corpus.report_html import render

        _write_atomic(html, render(data))


def _write_atomic(path: str, text: str) -> None:
    """``text`` to ``path`` through a temporary file in the same folder, renamed over it."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
