"""cleantext.dask on a real cluster of worker processes: the same results as one process."""

from __future__ import annotations

import json

import pytest

import cleantext
from cleantext.corpus import batch
from cleantext.corpus.templates import learn

from ..conftest import ROOT
from ..sites import site_records

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
ct_dask = pytest.importorskip("cleantext.dask")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    """Two worker processes with one thread each, on this machine."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def sample() -> list[dict]:
    lines = (ROOT / "fixtures" / "sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def corpus() -> list[dict]:
    """Two sites of six pages, interleaved, plus the seed pages (which have no URL)."""
    a, b = site_records(count=6), site_records("other.example.net", count=6)
    return [r for pair in zip(a, b, strict=True) for r in pair] + sample()


def test_the_work_runs_in_two_worker_processes(client):
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert len({w["host"] + str(w.get("pid", w["id"])) for w in workers.values()}) == 2


def test_a_bag_is_cleaned_as_by_one_process(client):
    records = corpus()
    got = ct_dask.clean_bag(db.from_sequence(records, npartitions=4)).compute()
    assert got == list(batch.clean_records(records))


def test_bad_records_are_skipped_or_kept_with_the_reason(client):
    records = [*sample()[:2], {"id": "empty"}]
    bag = db.from_sequence(records, npartitions=2)
    assert [r["id"] for r in ct_dask.clean_bag(bag).compute()] == [r["id"] for r in records[:2]]
    kept = ct_dask.clean_bag(bag, errors="keep").compute()
    assert kept[-1] == {"id": "empty", "error": "record has neither 'text' nor 'html'"}


def test_the_distributed_count_learns_the_templates_of_one_process(client):
    records = corpus()
    for parts in (1, 3, 5):
        found = ct_dask.learn_templates(db.from_sequence(records, npartitions=parts))
        assert found.to_dict() == learn(records).to_dict()
    assert set(found.sites) == {"news.example.org", "other.example.net"}


def test_cleaning_with_learned_templates_matches_one_process(client):
    records = corpus()
    options = batch.Options(removals=True)
    bag = db.from_sequence(records, npartitions=3)
    got = ct_dask.clean_bag(bag, options=options, learn=True).compute()
    config = cleantext.Cleaner().learn(records).config
    assert got == list(batch.clean_records(records, config, options=options))
    assert any(r["family"] == "template" for rec in got for r in rec["removed"])


def test_a_dataframe_column_is_cleaned_as_by_one_process(client):
    records = corpus()
    frame = pd.DataFrame(
        {
            "page": [r["text"] for r in records],
            "link": [r.get("url") for r in records],
            "n": range(len(records)),
        }
    )
    ddf = dd.from_pandas(frame, npartitions=3)
    templates = ct_dask.learn_templates_frame(ddf, "page", url_column="link")
    config = cleantext.Config(templates=templates)
    got = ct_dask.clean_column(ddf, "page", url_column="link", config=config).compute()
    assert list(got["n"]) == list(range(len(records)))
    cleaner = cleantext.Cleaner(config)
    for row in got.itertuples():
        url = row.link if isinstance(row.link, str) else None
        doc = cleaner.clean(row.page, mode="text", url=url)
        assert (row.body, row.title, row.date, row.language) == (
            doc.body,
            doc.title,
            doc.date,
            doc.language,
        )
        assert list(row.authors) == doc.authors
