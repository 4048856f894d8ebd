"""Site templates learned from a corpus: lines that recur on many pages of one site.

Pages of one site share a template (menus, footers, promos) that no cue table knows.
Learning is a count-then-map job: the first pass counts, per site, on how many pages each
normalised line occurs (:class:`LineCounts`, mergeable in any order, so local processes or
a cluster give the same counts); :meth:`LineCounts.templates` keeps the lines above the
thresholds; the second pass (:meth:`Templates.apply`, called by the cleaner) marks them
with the rule ``template.repeated_line`` of the family ``template``.

A line counts once per page, so a page repeating its own headline does not make it a
template; a line must occur on at least three pages of the site and on a share of them;
a line that reads like article prose needs a larger share; and a page never loses all
its prose to the template (a page crawled under several URLs keeps its article).
"""

from __future__ import annotations

import importlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from cleantext.blocks import Block
from cleantext.meta import site as _site
from cleantext.repair import repair
from cleantext.text import prose as _prose
from cleantext.text.segment import segment

RULE = "template.repeated_line"
FAMILY = "template"
FORMAT = "cleantext-templates/1"

_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}>")
MAX_KEY = 300  # characters of a normalised line kept as its key


def normalise(line: str) -> str:
    """The key of a line: NFKC, case-folded, digits as ``0``, spaces folded, capped.

    ``"Updated  17 Feb 2013"`` and ``"updated 3 Mar 2014"`` differ only in the month;
    ``"© 2013 BBC"`` and ``"© 2014 BBC"`` share the key ``"© 0 bbc"``.
    """
    text = unicodedata.normalize("NFKC", line).casefold()
    text = _DIGITS.sub("0", text)
    return str(_SPACE.sub(" ", text)).strip()[:MAX_KEY]


def site_key(url: str | None) -> str | None:
    """The site a page belongs to: the URL's host without ``www.``, or a bare site name.

    ``"https://www.Example.com/a"`` -> ``"example.com"``; ``"example.com"`` -> itself;
    ``None`` or a URL without a host -> None.
    """
    return _site.host(url)


def page_lines(text: str, *, mojibake: bool = True, glued: bool = True) -> list[str]:
    """The block texts of a page as the text pipeline sees them (repaired, segmented)."""
    return [b.text for b in segment(repair(text, mojibake=mojibake, glued=glued))]


_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "tr", "td", "th", "caption", "section", "article", "aside", "header",
    "footer", "nav", "main", "form", "fieldset", "figure", "figcaption", "blockquote",
    "pre", "address", "option", "br", "hr", "title",
)  # fmt: skip


def html_text(html: str) -> str:
    """The visible text of an HTML page, one line per block element (for counting).

    ``"<ul><li>Home</li><li>World</li></ul><p>Text</p>"`` -> ``"Home\nWorld\nText"``
    (with blank lines between).
    """
    lxml_html: Any = importlib.import_module("lxml.html")
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        root = lxml_html.fromstring(html)
    except Exception:  # empty or unparseable: nothing to count
        return ""
    for junk in root.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


@dataclass(frozen=True)
class Thresholds:
    """When a line counts as a site's template.

    Attributes:
        min_pages: distinct pages of the site the line must occur on (at least 3: a
            line shared by two pages is as likely a quotation or a syndicated sentence).
        min_share: share of the site's distinct pages it must occur on.
        min_site_pages: sites with fewer distinct pages learn nothing.
        prose_share: a line that reads like article prose (``prose_chars`` long, ending
            like a sentence) must occur on at least this share of the site's pages.
        prose_chars: see ``prose_share``.
    """

    min_pages: int = 3
    min_share: float = 0.3
    min_site_pages: int = 5
    prose_share: float = 0.5
    prose_chars: int = 100

    def __post_init__(self) -> None:
        if self.min_pages < 3:
            raise ValueError("min_pages must be at least 3")
        if not 0.0 < self.min_share <= 1.0 or not 0.0 < self.prose_share <= 1.0:
            raise ValueError("min_share and prose_share must lie in (0, 1]")


@dataclass
class LineCounts:
    """First pass: per site, how many pages were seen and on how many each line occurs.

    Counts are plain sums: :meth:`merge` in any order gives the same result, so the
    templates do not depend on how the pages were split among workers.
    """

    pages: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, site: str | None, lines: Iterable[str]) -> None:
        """Count one page of ``site`` given its lines; pages without a site are ignored."""
        if not site:
            return
        keys = {k for k in map(normalise, lines) if k}
        if not keys:
            return
        self.pages[site] += 1
        self.lines.setdefault(site, Counter()).update(keys)

    def add_text(
        self, text: str, url: str | None = None, site: str | None = None, **repairs: bool
    ) -> None:
        """Count one page given its text dump; ``site`` wins over the URL's host.

        ``repairs`` (``mojibake``, ``glued``) are passed to :func:`page_lines`.
        """
        key = site_key(site) if site else site_key(url)
        if key:
            self.add(key, page_lines(text, **repairs))

    def merge(self, other: LineCounts) -> LineCounts:
        """Add ``other``'s counts to these (in place) and return self."""
        self.pages.update(other.pages)
        for site, counter in other.lines.items():
            self.lines.setdefault(site, Counter()).update(counter)
        return self

    def templates(self, thresholds: Thresholds | None = None) -> Templates:
        """Second step: keep the lines above the thresholds, site by site."""
        t = thresholds or Thresholds()
        sites: dict[str, frozenset[str]] = {}
        for site in sorted(self.pages):
            n = self.pages[site]
            if n < t.min_site_pages:
                continue
            need = max(t.min_pages, t.min_share * n)
            need_prose = max(need, t.prose_share * n)
            keep = frozenset(
                key
                for key, count in self.lines.get(site, {}).items()
                if count >= (need_prose if is_prose(key, t.prose_chars) else need)
            )
            if keep:
                sites[site] = keep
        return Templates(sites, dict(self.pages), t)


def is_prose(line: str, chars: int) -> bool:
    """A line long enough, and ending like a sentence, to be some article's prose."""
    return _prose.is_prose(line, chars, _prose.SENTENCE_END)


@dataclass(frozen=True)
class Templates:
    """Learned templates: per site, the normalised lines to remove.

    ``Config(templates=...)`` makes the cleaner call :meth:`apply` on every text-mode
    page right after the cue rules. Save with :meth:`save`, reload with :meth:`load`.
    """

    sites: Mapping[str, frozenset[str]] = field(default_factory=dict)
    site_pages: Mapping[str, int] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)

    def apply(self, blocks: list[Block], url: str | None) -> None:
        """Mark the blocks whose line is a template line of the page's site.

        When the template would take every prose line of the page, the page is a copy of
        pages seen before rather than a template: its prose lines stay.
        """
        lines = self.sites.get(site_key(url) or "")
        if not lines:
            return
        chars = self.thresholds.prose_chars
        hits = [b for b in blocks if not b.dropped and normalise(b.text) in lines]
        if not hits:
            return
        prose = [b for b in blocks if not b.dropped and is_prose(b.text, chars)]
        hit_ids = {b.index for b in hits}
        if prose and all(b.index in hit_ids for b in prose):
            hits = [b for b in hits if not is_prose(b.text, chars)]
        for block in hits:
            block.mark(RULE, FAMILY)

    def for_site(self, site: str | None) -> SiteTemplates:
        """A view that applies ``site``'s template whatever URL the page has."""
        return SiteTemplates(self, site_key(site))

    def __len__(self) -> int:
        return sum(len(v) for v in self.sites.values())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, sorted, so the same templates give the same file."""
        return {
            "format": FORMAT,
            "thresholds": self.thresholds.__dict__.copy(),
            "sites": {
                site: {"pages": self.site_pages.get(site, 0), "lines": sorted(lines)}
                for site, lines in sorted(self.sites.items())
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Templates:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a cleantext templates file (format {data.get('format')!r})")
        sites = {s: frozenset(v["lines"]) for s, v in data["sites"].items()}
        pages = {s: int(v.get("pages", 0)) for s, v in data["sites"].items()}
        return cls(sites, pages, Thresholds(**data.get("thresholds", {})))

    def save(self, path: str | Path) -> None:
        """Write the templates as JSON (UTF-8, one line per template line)."""
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> Templates:
        """Read templates written by :meth:`save`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class SiteTemplates:
    """:class:`Templates` bound to one site (records that name their site in a field)."""

    templates: Templates
    site: str | None

    def apply(self, blocks: list[Block], url: str | None) -> None:
        self.templates.apply(blocks, self.site or url)


@dataclass(frozen=True)
class Fields:
    """Names of the record fields cleantext reads: page text or HTML, id, URL, site."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"
    site: str = "site"


def record_source(record: Mapping[str, Any], fields: Fields) -> tuple[str, str]:
    """``(source, mode)`` of a record: its text (``"text"``) or else its HTML (``"html"``).

    Raises ValueError when the record holds neither as a string.
    """
    for name, mode in ((fields.text, "text"), (fields.html, "html")):
        value = record.get(name)
        if isinstance(value, str):
            return value, mode
        if value is not None:
            raise ValueError(f"field {name!r} is {type(value).__name__}, not a string")
    raise ValueError(f"record has neither {fields.text!r} nor {fields.html!r}")


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def count_record(
    counts: LineCounts, record: Mapping[str, Any], fields: Fields, **repairs: bool
) -> None:
    """Count one record's lines: its text, or the visible text of its HTML.

    Records without a site (no ``site`` field, no URL with a host) are skipped cheaply.
    """
    site = site_key(_str_or_none(record.get(fields.site))) or site_key(
        _str_or_none(record.get(fields.url))
    )
    if not site:
        return
    source, mode = record_source(record, fields)
    if mode == "html":
        source = html_text(source)
    counts.add(site, page_lines(source, **repairs))


def learn(
    records: Iterable[Mapping[str, Any]],
    thresholds: Thresholds | None = None,
    fields: Fields | None = None,
    **repairs: bool,
) -> Templates:
    """Templates from records (mappings with text or HTML and a URL or site field).

    Records that cannot be read (no text, wrong types) are skipped: learning never
    stops for one page.
    """
    counts = LineCounts()
    fields = fields or Fields()
    for record in records:
        try:
            count_record(counts, record, fields, **repairs)
        except ValueError:
            continue
    return counts.templates(thresholds)
