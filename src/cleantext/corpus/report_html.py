"""A corpus report as one self-contained HTML page.

:func:`render` turns the data of :meth:`cleantext.corpus.report.Report.to_dict` into HTML
with its styles and charts inline (the histogram is a small SVG drawn here): nothing is
fetched, every link points inside the page. Every figure cell carries the path of its value
in the data (``data-fig="rules/navigation.skip_link/lines"``), so the page can be checked
against the JSON. Page text is escaped: a page holding ``<script>`` or ``</table>`` shows
it as text.

Page views are sections hidden until their link is followed (CSS ``:target``): removed
lines are struck through and coloured by family, with their rule on hover.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from cleantext.config import FAMILIES

# One colour per family (and one for the text an HTML extraction left out).
COLOURS = {
    "navigation": "#1f77b4",
    "share": "#17becf",
    "comments": "#9467bd",
    "related": "#ff7f0e",
    "media": "#8c564b",
    "newsletter": "#e377c2",
    "footer": "#7f7f7f",
    "byline": "#2ca02c",
    "embed": "#bcbd22",
    "template": "#d62728",
    "boilerplate": "#5a5a8a",
    "outside": "#b0b0b0",
}
OTHER_COLOUR = "#444444"

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:12px 24px}
header h1{font-size:20px;margin:0 0 4px}
header a{color:#cfe3ff;margin-right:14px}
main{padding:8px 24px 48px;max-width:1300px}
h2{margin-top:32px;border-bottom:2px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 16px;background:#fff}
th,td{border:1px solid #ddd;padding:3px 8px;vertical-align:top;text-align:left}
th{background:#eef1f4}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
.bar{display:inline-block;height:10px;background:#90a4ae;vertical-align:middle}
.samples{margin:0;padding-left:18px;max-width:700px}
.samples li{margin:2px 0;overflow-wrap:anywhere}
.site{color:#777;font-size:12px}
.note{color:#555;max-width:900px}
.views>section{display:none;background:#fff;border:1px solid #ccc;padding:8px 12px;margin:12px 0}
.views>section:target,.views>section.open{display:block}
.views>section:has(:target){display:block}
.view div:target{background:#fff3b0}
.view{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.view div{min-height:1.4em;padding-left:6px;border-left:3px solid transparent}
.view .r{text-decoration:line-through;border-left-color:currentColor}
.view .x{color:#999;text-decoration:line-through}
.legend span{margin-right:12px;white-space:nowrap}
svg text{font:11px system-ui,sans-serif;fill:#444}
"""

SCRIPT = """
// A link to a line of a page view opens that view (for browsers without CSS :has)
// and brings the line to the middle of the window.
function openTarget() {
  var open = document.querySelectorAll(".views>section.open");
  for (var i = 0; i < open.length; i++) { open[i].classList.remove("open"); }
  var id = decodeURIComponent(location.hash.slice(1));
  var el = id && document.getElementById(id);
  var section = el && el.closest && el.closest(".views>section");
  if (section) {
    section.classList.add("open");
    el.scrollIntoView({block: "center"});
  }
}
window.addEventListener("hashchange", openTarget);
openTarget();
"""


def _int(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _fig(path: str, text: str) -> str:
    """A figure cell: its text, and where its value lies in the report's data."""
    return f'<td class="n" data-fig="{escape(path)}">{text}</td>'


def _colour(family: str | None) -> str:
    return COLOURS.get(family or "", OTHER_COLOUR)


def _swatch(family: str) -> str:
    return f'<span class="sw" style="background:{_colour(family)}"></span>{escape(family)}'


def _table(head: Iterable[str], rows: Iterable[str]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _link(page: str | None, text: str, line: int | None = None) -> str:
    """A link to a page view (to one of its lines), or plain text when the page has none."""
    if page:
        target = page if line is None else _line_id(page, line)
        return f'<a href="#{escape(target)}">{escape(text)}</a>'
    return escape(text)


def _line_id(page: str, line: int) -> str:
    return f"{page}-line-{line + 1}"


def _totals(data: dict[str, Any]) -> str:
    t = data["totals"]
    rows = [
        f"<th>pages</th>{_fig('totals/pages', _int(t['pages']))}",
        f"<th>cleaned</th>{_fig('totals/cleaned', _int(t['cleaned']))}",
        f"<th>skipped</th>{_fig('totals/skipped', _int(t['skipped']))}",
        f"<th>characters read</th>{_fig('totals/chars_in', _int(t['chars_in']))}",
        f"<th>characters kept</th>{_fig('totals/kept', _int(t['kept']))}",
        f"<th>characters removed</th>{_fig('totals/removed', _int(t['removed']))}",
        f"<th>share of text kept</th>{_fig('totals/share_kept', _pct(t['share_kept']))}",
    ]
    out = ["<table><tbody>", *(f"<tr>{r}</tr>" for r in rows), "</tbody></table>"]
    if data["skipped"]:
        out.append("<h3>Skipped, by reason</h3>")
        out.append(
            _table(
                ("reason", "records"),
                (
                    f"<td>{escape(reason)}</td>{_fig('skipped/' + reason, _int(n))}"
                    for reason, n in data["skipped"].items()
                ),
            )
        )
    for name, title in (("modes", "By mode"), ("languages", "By language")):
        out.append(f"<h3>{title}</h3>")
        out.append(
            _table(
                (name[:-1], "pages", "characters kept", "characters removed", "share kept"),
                (
                    f"<td>{escape(key)}</td>"
                    + _fig(f"{name}/{key}/pages", _int(row["pages"]))
                    + _fig(f"{name}/{key}/kept", _int(row["kept"]))
                    + _fig(f"{name}/{key}/removed", _int(row["removed"]))
                    + _fig(f"{name}/{key}/share_kept", _pct(row["share_kept"]))
                    for key, row in data[name].items()
                ),
            )
        )
    return "".join(out)


def _families(data: dict[str, Any]) -> str:
    families = data["families"]
    top = max((row["chars"] for row in families.values()), default=0) or 1
    return _table(
        ("family", "lines", "characters", "pages", ""),
        (
            f"<td>{_swatch(name)}</td>"
            + _fig(f"families/{name}/lines", _int(row["lines"]))
            + _fig(f"families/{name}/chars", _int(row["chars"]))
            + _fig(f"families/{name}/pages", _int(row["pages"]))
            + f'<td><span class="bar" style="width:{200 * row["chars"] // top}px;'
            f'background:{_colour(name)}"></span></td>'
            for name, row in families.items()
        ),
    )


def _rules(data: dict[str, Any]) -> str:
    def samples(row: dict[str, Any]) -> str:
        items = "".join(
            f"<li>{_link(s['page'], s['text'], s['line'])} "
            f'<span class="site">{escape(s["site"])}</span></li>'
            for s in row["samples"]
        )
        return f'<ul class="samples">{items}</ul>'

    return _table(
        ("rule", "family", "lines", "characters", "pages", "removed lines, sampled across sites"),
        (
            f"<td>{escape(rule)}</td><td>{_swatch(row['family'])}</td>"
            + _fig(f"rules/{rule}/lines", _int(row["lines"]))
            + _fig(f"rules/{rule}/chars", _int(row["chars"]))
            + _fig(f"rules/{rule}/pages", _int(row["pages"]))
            + f"<td>{samples(row)}</td>"
            for rule, row in data["rules"].items()
        ),
    )


def _sites(data: dict[str, Any]) -> str:
    shown = len(data["sites"])
    note = (
        f'<p class="note">{shown} of {data["sites_total"]:,} sites, by pages.</p>'
        if data["sites_total"] > shown
        else ""
    )
    return note + _table(
        ("site", "pages", "share kept", "rules that removed most (characters)"),
        (
            f"<td>{escape(row['site'])}</td>"
            + _fig(f"sites/{i}/pages", _int(row["pages"]))
            + _fig(f"sites/{i}/share_kept", _pct(row["share_kept"]))
            + "<td>"
            + ", ".join(f"{escape(rule)} ({chars:,})" for rule, chars in row["top_rules"])
            + "</td>"
            for i, row in enumerate(data["sites"])
        ),
    )


def _histogram(data: dict[str, Any]) -> str:
    hist = data["histogram"]
    counts: list[int] = hist["counts"]
    edges: list[float] = hist["edges"]
    top = max(counts, default=0) or 1
    width, height, pad = 30, 150, 30
    bars = []
    for i, n in enumerate(counts):
        h = round(height * n / top)
        label = f"{edges[i]:.0%}–{edges[i + 1]:.0%}: {n:,} pages"
        bars.append(
            f'<rect x="{pad + i * width + 2}" y="{pad + height - h}" width="{width - 4}" '
            f'height="{h}" fill="#607d8b"><title>{escape(label)}</title></rect>'
        )
        if n:
            bars.append(
                f'<text x="{pad + i * width + width // 2}" y="{pad + height - h - 4}" '
                f'text-anchor="middle">{n:,}</text>'
            )
    for j in range(0, len(edges), 4):
        bars.append(
            f'<text x="{pad + j * width}" y="{pad + height + 16}" text-anchor="middle">'
            f"{edges[j]:.0%}</text>"
        )
    total_w = pad * 2 + width * len(counts)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{height + pad * 2 + 10}" '
        f'role="img" aria-label="histogram of the share of text kept per page">'
        f'<line x1="{pad}" y1="{pad + height}" x2="{total_w - pad}" y2="{pad + height}" '
        f'stroke="#999"/>{"".join(bars)}</svg>'
    )
    table = _table(
        ("share kept", "pages"),
        (
            f"<td>{edges[i]:.0%}–{edges[i + 1]:.0%}</td>{_fig(f'histogram/counts/{i}', _int(n))}"
            for i, n in enumerate(counts)
        ),
    )

    def listed(name: str, title: str) -> str:
        part = data[name]
        items = "".join(
            f'<li>{_link(p["page"], p["id"])} <span class="site">{escape(p["site"])}</span></li>'
            for p in part["pages"]
        )
        count = f'<span data-fig="{name}/count">{part["count"]:,}</span>'
        shown = f", {len(part['pages'])} of them sampled" if part["pages"] else ""
        return f'<h3>{title}: {count} pages{shown}</h3><ul class="samples">{items}</ul>'

    below = f"{data['gutted']['below']:.0%}"
    return (
        f"<p>{svg}</p><details><summary>the counts</summary>{table}</details>"
        + listed("gutted", f"Cleaned down to almost nothing (less than {below} kept)")
        + listed("untouched", "Left untouched (nothing removed)")
    )


def _metadata(data: dict[str, Any]) -> str:
    return _table(
        ("field", "pages with a value", "fill rate"),
        (
            f"<td>{escape(name)}</td>"
            + _fig(f"metadata/{name}/filled", _int(row["filled"]))
            + _fig(f"metadata/{name}/share", _pct(row["share"]))
            for name, row in data["metadata"].items()
        ),
    )


def _legend() -> str:
    spans = "".join(f"<span>{_swatch(f)}</span>" for f in (*FAMILIES, "outside"))
    return f'<p class="legend">{spans}</p>'


def _views(data: dict[str, Any]) -> str:
    pages = data["pages"]
    if not pages:
        return (
            '<p class="note">No page views: the records did not keep their source '
            "(cleantext batch --report keeps what it needs; for cleantext report, run the "
            "batch with --removals --keep-source).</p>"
        )
    index = "".join(
        f'<li>{_link(p["anchor"], p["id"])} <span class="site">{escape(p["site"])}, '
        f"{escape(p['mode'])}, {_pct(p['share_kept'])} kept</span></li>"
        for p in pages
    )
    sections = []
    for p in pages:
        lines = []
        for i, (text, rule, family) in enumerate(p["lines"]):
            if rule is None:
                lines.append(f"<div>{escape(text)}</div>")
            elif family == "outside":
                lines.append(
                    f'<div class="x" title="left out by the HTML extraction">{escape(text)}</div>'
                )
            else:
                lines.append(
                    f'<div id="{escape(_line_id(p["anchor"], i))}" class="r" '
                    f'style="color:{_colour(family)}" '
                    f'title="{escape(rule)} ({escape(family)})">{escape(text)}</div>'
                )
        sections.append(
            f'<section id="{escape(p["anchor"])}"><h3>{escape(p["id"])} '
            f'<span class="site">{escape(p["site"])}, {escape(p["mode"])}, '
            f"{_pct(p['share_kept'])} of its text kept</span></h3>"
            f'<div class="view">{"".join(lines)}</div></section>'
        )
    return (
        '<p class="note">The sampled pages: follow a link to see the page line by line, '
        "removed lines struck through in the colour of their family, their rule on hover.</p>"
        f'{_legend()}<ul class="samples">{index}</ul><div class="views">{"".join(sections)}</div>'
    )


SECTIONS = (
    ("totals", "Totals", _totals),
    ("families", "Families", _families),
    ("rules", "Rules", _rules),
    ("sites", "Sites", _sites),
    ("kept", "Share of text kept per page", _histogram),
    ("metadata", "Metadata fill rates", _metadata),
    ("pages", "Page views", _views),
)

NOTE = (
    "Shares of text kept count the characters of the body against those of the body and the "
    "removed lines. For HTML pages that is the text the HTML extraction took; what it left "
    "out shows in grey in the page views."
)


def render(data: dict[str, Any]) -> str:
    """The report's data as one HTML page (a ``str``)."""
    title = "cleantext report" + (f": {data['input']}" if data.get("input") else "")
    nav = "".join(f'<a href="#{key}">{escape(name)}</a>' for key, name, _ in SECTIONS)
    body = "".join(
        f'<h2 id="{key}">{escape(name)}</h2>{part(data)}' for key, name, part in SECTIONS
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><header><h1>{escape(title)}</h1><nav>{nav}</nav></header>"
        f'<main><p class="note">{NOTE}</p>{body}</main>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )
