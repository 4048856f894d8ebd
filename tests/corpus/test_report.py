"""Corpus reports: figures that match their JSON, a page that stays on the page, text that
stays text, memory that stays flat, and the same report for the same corpus."""

from __future__ import annotations

import json
import random
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from cleantext.cli import command
from cleantext.corpus import batch
from cleantext.corpus import report as rep
from cleantext.corpus.report_html import render
from cleantext.corpus.templates import Fields

from ..conftest import ROOT

SAMPLE = ROOT / "fixtures" / "sample.jsonl"
VOID = {"meta", "br", "hr", "img", "input", "link", "source", "wbr", "area", "col", "embed"}
SVG_LEAVES = {"line", "rect"}


class Page(HTMLParser):
    """A strict reading of the report: tags must nest, and what each element holds is kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.figures: dict[str, str] = {}
        self.text: list[str] = []
        self._fig: str | None = None
        self._fig_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        fig = dict(attrs).get("data-fig")
        if fig is not None:
            self._fig, self._fig_text = fig, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if self._fig is not None and tag in ("td", "span"):
            self.figures[self._fig] = "".join(self._fig_text).strip()
            self._fig = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._fig is not None:
            self._fig_text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page.problems, page.problems[:5]
    assert page.stack == [], page.stack
    return page


def run_batch(tmp_path: Path, source: Path, *extra: str, name: str = "report") -> tuple[str, dict]:
    html, data = tmp_path / f"{name}.html", tmp_path / f"{name}.json"
    argv = [str(source), "-o", str(tmp_path / f"{name}.out.jsonl"), "-w", "1", "-q"]
    status = batch.main([*argv, "--report", str(html), "--report-json", str(data), *extra])
    assert status == 0
    return html.read_text(encoding="utf-8"), json.loads(data.read_text(encoding="utf-8"))


def lookup(data: Any, path: str) -> Any:
    """The value at ``rules/navigation.skip_link/lines`` (keys may hold a slash)."""
    parts = path.split("/")
    node = data
    while parts:
        for n in range(len(parts), 0, -1):
            key = "/".join(parts[:n])
            if isinstance(node, list) and key.isdigit():
                node, parts = node[int(key)], parts[n:]
                break
            if isinstance(node, dict) and key in node:
                node, parts = node[key], parts[n:]
                break
        else:
            raise KeyError(path)
    return node


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    return run_batch(tmp_path_factory.mktemp("report"), SAMPLE)


# -- the sample's report -------------------------------------------------------------------
def test_the_report_parses_as_html_with_every_part(sample_report):
    html, data = sample_report
    page = parse(html)
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert {"totals", "families", "rules", "sites", "kept", "metadata", "pages"} <= ids
    assert data["totals"]["pages"] == 5
    assert data["totals"]["cleaned"] == 5
    assert any(tag == "svg" for tag, _ in page.tags)  # the histogram
    assert sum(data["histogram"]["counts"]) == 5
    # every page of the sample is sampled, and each has its view
    assert {p["id"] for p in data["pages"]} == {
        json.loads(line)["id"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()
    }
    anchors = {p["anchor"] for p in data["pages"]}
    assert anchors <= ids


def test_the_figures_of_the_page_equal_the_json(sample_report):
    html, data = sample_report
    figures = parse(html).figures
    assert len(figures) > 50
    assert {"totals/pages", "totals/kept", "metadata/date/share", "histogram/counts/0"} <= set(
        figures
    )
    assert any(path.startswith("rules/") for path in figures)
    assert any(path.startswith("sites/") for path in figures)
    for path, text in figures.items():
        value = lookup(data, path)
        if value is None:
            assert text == "–", path
        elif isinstance(value, float):
            assert text.endswith("%"), path
            assert abs(float(text[:-1]) / 100 - value) <= 0.0006, (path, text, value)
        else:
            assert text.replace(",", "") == str(value), (path, text, value)


def test_the_json_totals_add_up(sample_report):
    _, data = sample_report
    totals = data["totals"]
    assert sum(f["chars"] for f in data["families"].values()) == totals["removed"]
    assert sum(r["lines"] for r in data["rules"].values()) == sum(
        f["lines"] for f in data["families"].values()
    )
    assert sum(m["pages"] for m in data["modes"].values()) == totals["cleaned"]
    assert sum(s["pages"] for s in data["sites"]) == totals["cleaned"]
    out = [
        json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert totals["chars_in"] == sum(len(r["text"]) for r in out)


def test_every_link_stays_on_the_page(sample_report):
    html, _ = sample_report
    page = parse(html)
    ids = {attrs.get("id") for _, attrs in page.tags}
    links = 0
    for tag, attrs in page.tags:
        assert "src" not in attrs, (tag, attrs)
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        href = attrs.get("href")
        if href is not None:
            links += 1
            assert href.startswith("#"), href
            assert href[1:] in ids, href
    assert links > 10
    assert "@import" not in html and "url(" not in html


def test_sampled_lines_link_to_page_views_where_they_are_struck(sample_report):
    html, data = sample_report
    pages = {p["anchor"]: p for p in data["pages"]}
    for rule, row in data["rules"].items():
        assert row["samples"], rule
        for sample in row["samples"]:
            view = pages[sample["page"]]
            assert view["id"] == sample["id"]
            assert view["lines"][sample["line"]][1] == rule, (rule, sample["id"])
            target = f'href="#{sample["page"]}-line-{sample["line"] + 1}"'
            assert target in html
    assert 'class="r"' in html and 'title="navigation.skip_link (navigation)"' in html


def test_every_removal_of_a_text_page_shows_in_its_view(tmp_path):
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    out = list(batch.clean_records(records, options=batch.Options(removals=True)))
    fields = Fields()
    for record, cleaned in zip(records, out, strict=True):
        page = rep.output_facts({**cleaned, "text": record["text"]}, 1, fields)
        view = rep.page_view(page)
        struck = [(rule, family) for _, rule, family in view if rule is not None]
        assert len(struck) == len(page.removed), record["id"]
        assert [t for t, r, _ in view if r is None and t.strip()]  # kept lines remain


def test_the_report_of_the_sample_is_deterministic(tmp_path):
    first, _ = run_batch(tmp_path, SAMPLE, name="one")
    second, _ = run_batch(tmp_path, SAMPLE, name="two")
    assert first.encode() == second.encode()
    argv = [str(SAMPLE), "-o", str(tmp_path / "w2.jsonl"), "-w", "2", "-q"]
    status = batch.main([*argv, "--report", str(tmp_path / "w2.html")])
    assert status == 0
    assert (tmp_path / "w2.html").read_bytes() == first.encode()


def test_report_command_builds_the_same_report_from_a_kept_output(tmp_path, sample_report):
    _, data = sample_report
    kept = tmp_path / "kept.jsonl"
    assert (
        batch.main([str(SAMPLE), "-o", str(kept), "-w", "1", "-q", "--removals", "--keep-source"])
        == 0
    )
    status = command.main(
        [
            "report",
            str(kept),
            "-o",
            str(tmp_path / "r.html"),
            "--json",
            str(tmp_path / "r.json"),
            "-q",
        ]
    )
    assert status == 0
    again = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {**again, "input": ""} == {**data, "input": ""}
    parse((tmp_path / "r.html").read_text(encoding="utf-8"))


def test_report_command_without_the_source_has_tables_but_no_views(tmp_path):
    out = tmp_path / "removals.jsonl"
    assert batch.main([str(SAMPLE), "-o", str(out), "-w", "1", "-q", "--removals"]) == 0
    assert command.main(["report", str(out), "--json", str(tmp_path / "r.json"), "-q"]) == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["totals"]["cleaned"] == 5 and data["rules"]
    assert data["pages"] == [] and data["totals"]["chars_in"] is None
    assert all(s["page"] is None for r in data["rules"].values() for s in r["samples"])
    assert "No page views" in render(data)


def test_report_command_refuses_an_output_without_removals(tmp_path, capsys):
    out = tmp_path / "plain.jsonl"
    assert batch.main([str(SAMPLE), "-o", str(out), "-w", "1", "-q"]) == 0
    assert command.main(["report", str(out), "-o", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--removals" in err
    assert not (tmp_path / "r.html").exists()
    assert command.main(["report", str(tmp_path / "missing.jsonl"), "-o", "x.html"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert command.main(["report", str(out)]) == 2
    assert command.main(["report", str(out), "-o", "-"]) == 2
    assert command.main(["report", str(out), "-o", str(out)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (Path("-")).exists()


def test_batch_refuses_a_report_over_its_input_or_output(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    assert batch.main([str(SAMPLE), "-o", str(out), "--report", str(out)]) == 2
    assert batch.main([str(SAMPLE), "-o", str(out), "--report", str(SAMPLE)]) == 2
    assert batch.main([str(SAMPLE), "--report", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 3
    assert not out.exists()


def test_skipped_records_are_counted_by_reason(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:2]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([*lines, "{not json", '{"id": "x"}', "[1]"]) + "\n")
    _, data = run_batch(tmp_path, source)
    assert data["totals"] == {**data["totals"], "pages": 5, "cleaned": 2, "skipped": 3}
    assert data["skipped"] == {
        "invalid JSON": 1,
        "record has neither 'text' nor 'html'": 1,
        "not a JSON object but list": 1,
    }


# -- hostile pages ---------------------------------------------------------------------------
HOSTILE = (
    "Skip to content\n\n"
    "</table></td></tr></tbody></table><script>alert('x')</script>\n\n"
    '"><img src="https://evil.example/x.png" onerror="alert(1)"> <a href="https://evil.example/">click</a>\n\n'
    + "The council met on Monday to discuss the budget, and members agreed to fund "
    "the new library after a long debate about the cost of the building work. "
    * 3
    + "\n\nShare this article\n\n<!-- comment --> </section></div></main></body></html>\n"
)


def test_a_hostile_page_shows_as_text(tmp_path):
    source = tmp_path / "hostile.jsonl"
    records = [
        {"id": "<b>evil</b>", "url": 'https://"><script>x</script>.example/a', "text": HOSTILE},
        {
            "id": "html-page",
            "url": "https://h.example/p",
            "html": f"<html><body><p>{HOSTILE}</p></body></html>",
        },
    ]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    html, data = run_batch(tmp_path, source)
    page = parse(html)
    tags = [tag for tag, _ in page.tags]
    assert tags.count("script") == 1  # the report's own
    assert "img" not in tags and "b" not in tags
    for _, attrs in page.tags:
        assert attrs.get("href", "#").startswith("#"), attrs
        assert "onerror" not in attrs
    text = "".join(page.text)
    assert "<script>alert('x')</script>" in text
    assert "</table></td></tr></tbody></table>" in text
    assert "<b>evil</b>" in text
    assert data["totals"]["cleaned"] == 2


# -- constant memory --------------------------------------------------------------------------
RULES = [(f"fam{i % 7}.rule{i}", f"fam{i % 7}") for i in range(40)]


def generated_pages(count: int, start: int = 0, sites: int = 30) -> Any:
    rng = random.Random(start)
    for n in range(start, start + count):
        lines = [f"Line {n}.{i} of page {n}, with words {rng.random():.6f}" for i in range(20)]
        removed = tuple((lines[i], *RULES[rng.randrange(len(RULES))]) for i in range(0, 20, 3))
        yield rep.Page(
            id=f"page-{n}",
            site=f"site{n % sites}.example",
            mode="text",
            language="en",
            chars_in=sum(map(len, lines)),
            kept=sum(map(len, lines[1::3])),
            removed=removed,
            filled=(True, n % 2 == 0, n % 3 == 0, False, True),
            source="\n".join(lines),
        )


def test_memory_stays_flat_over_many_records():
    report = rep.Report()
    tracemalloc.start()
    try:
        for page in generated_pages(2000):
            report.add(page)
        early = tracemalloc.get_traced_memory()[0]
        for page in generated_pages(10000, start=2000):
            report.add(page)
        late = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert report.cleaned == 12000
    # samples replace each other; only counters grow, by a few bytes at most
    assert late - early < 200_000, (early, late)
    data = report.to_dict()
    assert all(len(r["samples"]) <= rep.RULE_SAMPLES for r in data["rules"].values())
    for row in data["rules"].values():
        sites = [s["site"] for s in row["samples"]]
        assert all(sites.count(s) <= rep.PER_SITE for s in sites)
    assert len(data["pages"]) <= len(RULES) * rep.RULE_SAMPLES + 2 * rep.LIST_SAMPLES


def test_sites_beyond_the_cap_are_summed_as_one_row(monkeypatch):
    monkeypatch.setattr(rep, "MAX_SITES", 10)
    report = rep.build(generated_pages(200, sites=100))
    data = report.to_dict()
    assert data["sites_total"] == 11
    assert sum(s["pages"] for s in data["sites"]) == 200
    assert any(s["site"] == rep.OTHER_SITES for s in data["sites"])


def test_samples_do_not_depend_on_the_order_of_the_records():
    pages = list(generated_pages(500))
    shuffled = pages[:]
    random.Random(7).shuffle(shuffled)
    assert rep.build(pages).to_dict() == rep.build(shuffled).to_dict()


def test_a_sample_keeps_the_smallest_keys_with_a_cap_per_site():
    sample = rep.Sample(3, per_site=1)
    for key, site in [(5, "a"), (4, "a"), (9, "b"), (1, "c"), (7, "d"), (2, "c")]:
        sample.add(key, site, key)
    assert [k for k, _ in sample.sorted()] == [1, 4, 7]


def test_an_html_page_view_shows_what_the_extraction_left_out():
    page = rep.Page(
        id="h",
        site="x.example",
        mode="html",
        language="en",
        chars_in=100,
        kept=10,
        removed=(("Share this", "share.buttons", "share"),),
        filled=(False,) * 5,
        source="<html><body><nav><a href='/'>Home</a></nav><p>Kept text.</p>"
        "<p>Share this</p><script>var x = 1;</script></body></html>",
        body="Kept text.",
    )
    view = rep.page_view(page)
    assert ("Home", rep.OUTSIDE, "outside") in view
    assert ("Kept text.", None, None) in view
    assert ("Share this", "share.buttons", "share") in view
    assert not any("var x" in text for text, _, _ in view)


# -- the README's main job -------------------------------------------------------------------
@pytest.mark.slow
def test_the_readme_main_job_leaves_the_report_of_the_sample(tmp_path):
    from ..clirun import run

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = readme.split("```sh\n", 1)[1].split("\n```", 1)[0]
    job = first.rsplit(" && ", 1)[1]
    assert job.startswith(".venv/bin/cleantext batch fixtures/sample.jsonl")
    assert "--report out/report.html" in job
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "sample.jsonl").write_bytes(SAMPLE.read_bytes())
    proc = run(*job.split()[1:], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "out/report.html" in readme.split(job, 1)[1][:300]  # says where to open it
    page = parse(html)
    assert sum(1 for tag, attrs in page.tags if tag == "section" and attrs.get("id")) == 5


def test_untouched_and_gutted_pages_are_counted_and_listed_with_their_views():
    def page(n: int, kept: int, removed: tuple[tuple[str, str, str], ...]) -> rep.Page:
        lines = [text for text, _, _ in removed] + ["An article sentence of the page."]
        return rep.Page(
            id=f"p{n}",
            site="a.example",
            mode="text",
            language="en",
            chars_in=100,
            kept=kept,
            removed=removed,
            filled=(True,) * 5,
            source="\n".join(lines),
        )

    menu = (
        (
            "Home | News | Sport | Weather and more menu entries here",
            "navigation.menu",
            "navigation",
        ),
    )
    pages = [page(n, 40, ()) for n in range(30)] + [page(100 + n, 1, menu) for n in range(5)]
    data = rep.build(pages).to_dict()
    assert data["untouched"]["count"] == 30
    assert len(data["untouched"]["pages"]) == rep.LIST_SAMPLES
    assert data["gutted"]["count"] == 5
    assert {p["id"] for p in data["gutted"]["pages"]} == {f"p{100 + n}" for n in range(5)}
    anchors = {p["anchor"] for p in data["pages"]}
    assert all(p["page"] in anchors for p in data["gutted"]["pages"] + data["untouched"]["pages"])
    assert data["histogram"]["counts"][0] == 5 and data["histogram"]["counts"][-1] == 30
    html = render(data)
    assert "Cleaned down to almost nothing" in html and "Left untouched" in html
    parse(html)
