"""Batch jobs: corpora in, cleaned records out, in order, whatever the number of workers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import cleantext
from cleantext.corpus import batch
from cleantext.corpus.templates import Templates

from ..conftest import ROOT
from ..sites import site_records

SAMPLE = ROOT / "fixtures" / "sample.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def sample_records() -> list[dict]:
    return read_jsonl(SAMPLE)


# -- the library -----------------------------------------------------------------------
def test_each_record_gets_the_body_and_metadata_of_clean():
    records = sample_records()
    out = list(batch.clean_records(records))
    assert [r["id"] for r in out] == [r["id"] for r in records]
    for rec, got in zip(records, out, strict=True):
        doc = cleantext.clean(rec["text"], mode="text")
        assert got["body"] == doc.body
        assert (got["title"], got["authors"], got["date"], got["site"], got["language"]) == (
            doc.title,
            doc.authors,
            doc.date,
            doc.site,
            doc.language,
        )
        assert "text" not in got


def test_two_workers_give_the_same_records_in_the_same_order():
    records = sample_records() * 3
    one = list(batch.clean_records(records, workers=1, chunk_size=2))
    two = list(batch.clean_records(records, workers=2, chunk_size=2))
    assert one == two
    assert len(two) == len(records)


def test_other_fields_pass_through_and_names_are_configurable():
    rec = {"doc": "a1", "page": sample_records()[0]["text"], "crawl": 7, "tags": ["x"]}
    options = batch.Options(
        fields=cleantext.corpus.templates.Fields(text="page", id="doc"),
        body="clean",
        prefix="ct_",
        keep_source=True,
        removals=True,
    )
    (out,) = batch.clean_records([rec], options=options)
    assert out["doc"] == "a1" and out["crawl"] == 7 and out["tags"] == ["x"]
    assert out["page"] == rec["page"]
    assert out["clean"] and "body" not in out
    assert {"ct_title", "ct_authors", "ct_date", "ct_site", "ct_language"} <= set(out)
    assert all({"text", "rule", "family"} == set(r) for r in out["ct_removed"])
    assert out["ct_removed"]


def test_bad_records_are_reported_and_skipped():
    good = sample_records()[:2]
    records = [good[0], {"id": "no-text", "url": "x"}, {"id": "num", "text": 3}, good[1]]
    errors: list[tuple[str, str]] = []
    out = list(batch.clean_records(records, on_error=lambda i, r: errors.append((i, r))))
    assert [r["id"] for r in out] == [good[0]["id"], good[1]["id"]]
    assert errors == [
        ("no-text", "record has neither 'text' nor 'html'"),
        ("num", "field 'text' is int, not a string"),
    ]


def test_reading_ahead_is_bounded(monkeypatch):
    consumed = 0

    def endless():
        nonlocal consumed
        rec = sample_records()[4]
        while True:
            consumed += 1
            yield rec

    results = batch.clean_records(endless(), workers=2, chunk_size=2)
    next(results)
    results.close()
    assert consumed <= 2 * batch.IN_FLIGHT * 2 + 2


# -- files -----------------------------------------------------------------------------
def test_gzipped_jsonl_in_and_out(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl.gz", sample_records())
    summary = batch.run(str(src), str(tmp_path / "out.jsonl.gz"), workers=1)
    out = read_jsonl(tmp_path / "out.jsonl.gz")
    assert [r["id"] for r in out] == [r["id"] for r in sample_records()]
    assert summary.pages == summary.cleaned == 5 and summary.errors == 0
    assert 0.0 < summary.removed_share < 1.0
    assert summary.chars_out == sum(len(r["body"]) for r in out)


def test_invalid_lines_are_counted_and_skipped(tmp_path):
    records = [*sample_records()[:2], "{not json", "[1, 2]"]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    errors: list[tuple[str, str]] = []
    summary = batch.run(
        str(src), str(tmp_path / "out.jsonl"), workers=1, on_error=lambda *e: errors.append(e)
    )
    assert (summary.pages, summary.cleaned, summary.errors) == (4, 2, 2)
    assert [e[0] for e in errors] == ["record 3", "record 4"]
    assert errors[0][1].startswith("invalid JSON")
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2


def test_parquet_in_and_out(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = sample_records()
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    batch.run(str(tmp_path / "in.parquet"), str(tmp_path / "out.parquet"), workers=1)
    out = pq.read_table(tmp_path / "out.parquet").to_pylist()
    expected = list(batch.clean_records(records))
    assert out == expected


# -- the command -----------------------------------------------------------------------
def test_help_describes_records_and_templates(capsys):
    with pytest.raises(SystemExit) as exit_:
        batch.main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for words in ("--workers", "--learn-templates", "--templates", "Parquet", '"body"'):
        assert words in text


def test_command_writes_records_and_a_summary(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    src = write_jsonl(tmp_path / "in.jsonl", [*sample_records(), {"id": "empty"}])
    assert batch.main([str(src), "-o", str(out), "-w", "2", "--errors", str(errors)]) == 0
    assert len(read_jsonl(out)) == 5
    assert read_jsonl(errors) == [{"id": "empty", "reason": "record has neither 'text' nor 'html'"}]
    err = capsys.readouterr().err
    assert "skipped empty" in err
    assert "6 pages, 5 cleaned, 1 skipped" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_the_output_folder_is_created(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", sample_records())
    out = tmp_path / "new" / "folder" / "out.jsonl.gz"
    assert batch.main([str(src), "-o", str(out), "-w", "1"]) == 0
    assert len(read_jsonl(out)) == len(sample_records())


def test_command_needs_an_output_and_a_file_to_learn_from(capsys):
    assert batch.main([str(SAMPLE)]) == 2
    assert batch.main(["-", "-o", "-", "--learn-templates"]) == 2
    assert "stdin" in capsys.readouterr().err


def test_learned_templates_are_saved_reused_and_deterministic(tmp_path):
    records = site_records(count=6) + site_records("other.example.net", count=6)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        saved = tmp_path / f"t{workers}.json"
        args = [str(src), "-o", str(out), "-w", workers, "--learn-templates"]
        assert batch.main([*args, "--save-templates", str(saved), "-q", "--removals"]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    assert (tmp_path / "t1.json").read_bytes() == (tmp_path / "t2.json").read_bytes()
    assert set(Templates.load(tmp_path / "t1.json").sites) == {
        "news.example.org",
        "other.example.net",
    }
    families = {r["family"] for rec in read_jsonl(tmp_path / "out1.jsonl") for r in rec["removed"]}
    assert "template" in families
    reused = tmp_path / "reused.jsonl"
    args = [str(src), "-o", str(reused), "--templates", str(tmp_path / "t1.json")]
    assert batch.main([*args, "-w", "1", "-q", "--removals"]) == 0
    assert reused.read_text(encoding="utf-8") == outs[0]


def test_learning_only_writes_the_templates(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", site_records(count=6))
    saved = tmp_path / "t.json"
    assert batch.main([str(src), "--learn-templates", "--save-templates", str(saved), "-q"]) == 0
    assert Templates.load(saved).sites


def test_a_progress_bar_on_request_shows_pages_and_megabytes_per_second(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert batch.main([str(SAMPLE), "-o", str(out), "-w", "1", "--progress"]) == 0
    bar = [line for line in capsys.readouterr().err.split("\r") if line.startswith("cleantext: ")]
    assert bar, "no progress bar"
    assert "5 pages" in bar[-1] and "pages/s" in bar[-1] and "MB/s" in bar[-1]


def test_loading_and_learning_templates_at_once_is_refused(tmp_path, capsys):
    args = [str(SAMPLE), "-o", str(tmp_path / "o.jsonl"), "--learn-templates"]
    assert batch.main([*args, "--templates", str(tmp_path / "t.json")]) == 2
    assert "--save-templates" in capsys.readouterr().err
