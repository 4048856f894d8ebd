"""The line scorer: a page of feature rows in, one probability per line out."""

from __future__ import annotations

import numpy as np
import pytest

from cleantext.text import classify, scorer


def _stepwise(pre: np.ndarray) -> np.ndarray:
    """A minimal GRU written step by step, as its definition reads."""
    gate, cand = np.split(pre, 2, axis=1)
    z = 1.0 / (1.0 + np.exp(-gate))
    g = np.where(cand >= 0, cand + 0.5, 1.0 / (1.0 + np.exp(-cand)))
    state = np.zeros(gate.shape[1])
    out = []
    for t in range(len(pre)):
        state = (1.0 - z[t]) * state + z[t] * g[t]
        out.append(state)
    return np.asarray(out)


@pytest.mark.parametrize("lines", [1, 2, 3, 17, 60, 1001])
def test_the_blocked_scan_is_the_stepwise_recurrence(lines: int) -> None:
    rng = np.random.default_rng(lines)
    pre = rng.normal(scale=3.0, size=(lines, 8))
    assert np.allclose(scorer.scan(pre), _stepwise(pre), rtol=1e-9, atol=1e-12)


def test_one_probability_per_line() -> None:
    net = scorer.network()
    rows = np.random.default_rng(1).normal(size=(25, len(net.inputs)))
    probs = scorer.run(rows, net)
    assert probs.shape == (25,)
    assert ((probs >= 0.0) & (probs <= 1.0)).all()


def test_an_empty_page_has_no_scores() -> None:
    assert scorer.run(np.zeros((0, len(classify.INPUTS)))).shape == (0,)


def test_a_very_long_page_stays_finite() -> None:
    net = scorer.network()
    rows = np.tile(np.linspace(-50.0, 50.0, len(net.inputs)), (100_000, 1))
    assert np.isfinite(scorer.run(rows, net)).all()


def test_a_line_reads_the_lines_below_it() -> None:
    net = scorer.network()
    rows = np.random.default_rng(3).normal(size=(40, len(net.inputs)))
    changed = rows.copy()
    changed[30:] += 5.0
    before, after = scorer.run(rows, net), scorer.run(changed, net)
    assert not np.allclose(before[:30], after[:30])


def test_no_input_is_divided_by_a_vanishing_spread() -> None:
    # A feature the fit never saw vary (links, where no rendering marks them) must not
    # become a huge input the first time a page has it.
    assert (scorer.network().scale >= 1e-3).all()


def test_scoring_leaves_the_callers_blas_threads_as_they_were() -> None:
    from threadpoolctl import threadpool_info

    before = [(i["internal_api"], i["num_threads"]) for i in threadpool_info()]
    scorer.run(np.ones((50, len(classify.INPUTS))))
    assert [(i["internal_api"], i["num_threads"]) for i in threadpool_info()] == before


def test_a_page_read_in_chunks_scores_as_when_read_whole(monkeypatch) -> None:
    net = scorer.network()
    rng = np.random.default_rng(1)
    rows = (rng.normal(size=(1000, len(net.inputs))) * net.scale + net.mean).astype(scorer.DTYPE)
    whole = scorer.run(rows, net)
    monkeypatch.setattr(scorer, "CHUNK", 97)  # chunks of uneven length, the last one short
    chunked = scorer.run(rows, net)
    assert np.allclose(chunked, whole, atol=1e-5)


def test_a_scan_from_a_state_continues_the_scan_before_it() -> None:
    rng = np.random.default_rng(2)
    a = rng.uniform(0.0, 1.0, size=(50, 4)).astype(scorer.DTYPE)
    b = rng.normal(size=(50, 4)).astype(scorer.DTYPE)
    whole = scorer.linear_scan(a, b)
    rest = scorer.linear_scan(a[20:], b[20:], whole[19])
    assert np.allclose(rest, whole[20:], atol=1e-5)
