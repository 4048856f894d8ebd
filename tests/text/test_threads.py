"""The BLAS limit is scoped: cleaning leaves the process's thread pools as it found them."""

from __future__ import annotations

import threading

import numpy  # noqa: F401  (loads the BLAS library whose pool is checked)
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

import cleantext
from cleantext.text.threads import one_blas_thread

from ..conftest import SEEDS


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


@pytest.fixture
def two_blas_threads():
    if not _blas_threads():
        pytest.skip("no BLAS library loaded")
    with threadpool_limits(limits=2, user_api="blas"):
        if set(_blas_threads()) != {2}:
            pytest.skip("this BLAS cannot run two threads")
        yield


def test_inside_the_context_blas_runs_on_one_thread(two_blas_threads):
    with one_blas_thread():
        assert set(_blas_threads()) == {1}
    assert set(_blas_threads()) == {2}


def test_overlapping_contexts_restore_the_limit_they_found(two_blas_threads):
    first, second = one_blas_thread(), one_blas_thread()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first to enter leaves first
    assert set(_blas_threads()) == {1}, "another clean is still running"
    second.__exit__(None, None, None)
    assert set(_blas_threads()) == {2}


def test_concurrent_cleans_leave_the_process_blas_as_it_was(two_blas_threads):
    pages = [path.read_text(encoding="utf-8") for path in SEEDS]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for page in pages:
                cleantext.clean(page, mode="text")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert set(_blas_threads()) == {2}
