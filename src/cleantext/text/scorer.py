"""The line scorer: a small recurrent network that reads a page's feature rows in order.

A line's verdict depends on the page around it: a paragraph under "3 Comments" and a
run of signed entries is a comment, the same paragraph under a headline is the article.
A recurrent reader carries that context from the top of the page down and from the
bottom up, as far as it matters, where a fixed window of neighbours cannot.

The network is a stack of bidirectional *minimal GRUs* (Feng et al., 2024, "Were RNNs
All We Needed?"): each layer keeps a running state that a gate, computed from the line
alone, either holds or overwrites,

    z = sigmoid(W_z x + b_z),   h_t = (1 - z) * h_(t-1) + z * g(W_h x + b_h),

a linear recurrence: a page of n lines is read in about 2 * sqrt(n) array steps
(:func:`linear_scan`), not one Python step per line. The weights are fitted by
``tools/fit_text_model.py`` and ship as data (``data/text_model.json``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from cleantext.text.threads import one_blas_thread

Array = npt.NDArray[np.float32]
DTYPE = np.float32  # as the network was fitted: twice as fast as float64, no less exact
CHUNK = 8192  # lines read at once: the temporaries of a long page stay a few MB


@dataclass(frozen=True, eq=False)
class Layer:
    """One bidirectional layer: each direction's gate and candidate, then a mixing layer."""

    forward: Array  # (width, 2 * hidden): gate logits, then candidates
    forward_bias: Array
    backward: Array
    backward_bias: Array
    mix: Array  # (3 * hidden, hidden): both states and the layer's input, a ReLU
    mix_bias: Array


@dataclass(frozen=True, eq=False)
class Network:
    """The network's weights (see :func:`from_layout` for the file's layout)."""

    inputs: tuple[str, ...]  # the feature names each row holds, in order
    mean: Array  # rows are standardised: (row - mean) / scale
    scale: Array
    w_in: Array  # (inputs, hidden): the input layer, a ReLU
    b_in: Array
    layers: tuple[Layer, ...]
    w_out: Array  # (hidden,): the last layer to a logit
    b_out: float
    threshold: float  # the probability from which a line is article text
    after_end_threshold: float  # the same below an end marker met under the article's start


def _array(data: Mapping[str, Any], key: str, transpose: bool = False) -> Array:
    a = np.asarray(data[key], dtype=DTYPE)
    return a.T if transpose else a


def from_layout(data: Mapping[str, Any]) -> Network:
    """A :class:`Network` from the JSON document ``tools/fit_text_model.py`` writes.

    Matrices are stored as PyTorch's ``nn.Linear`` keeps them, (out, in).
    """
    layers = tuple(
        Layer(
            forward=_array(layer, "forward", True),
            forward_bias=_array(layer, "forward_bias"),
            backward=_array(layer, "backward", True),
            backward_bias=_array(layer, "backward_bias"),
            mix=_array(layer, "mix", True),
            mix_bias=_array(layer, "mix_bias"),
        )
        for layer in data["layers"]
    )
    return Network(
        inputs=tuple(str(n) for n in data["inputs"]),
        mean=_array(data, "mean"),
        scale=_array(data, "scale"),
        w_in=_array(data, "w_in", True),
        b_in=_array(data, "b_in"),
        layers=layers,
        w_out=_array(data, "w_out").reshape(-1),
        b_out=float(np.asarray(data["b_out"]).reshape(-1)[0]),
        threshold=float(data.get("threshold", 0.5)),
        after_end_threshold=float(data.get("after_end_threshold", data.get("threshold", 0.5))),
    )


@lru_cache(maxsize=1)
def network() -> Network:
    """The shipped network (``cleantext/data/text_model.json``)."""
    text = resources.files("cleantext").joinpath("data/text_model.json").read_text("utf-8")
    return from_layout(json.loads(text))


def _sigmoid(x: Array) -> Array:
    return np.asarray(0.5 + 0.5 * np.tanh(0.5 * x))


def scan(pre: Array, state: Array | None = None) -> Array:
    """One direction of a minimal GRU over the lines (axis 0), from ``state`` (zero by
    default); ``pre`` holds each line's gate logits and candidates side by side."""
    gate, cand = np.split(pre, 2, axis=1)
    z = _sigmoid(gate)
    # g keeps candidates positive (as the fitted network expects): x + 0.5 above 0, sigmoid below.
    g = np.where(cand >= 0, cand + 0.5, _sigmoid(cand))
    return linear_scan(1.0 - z, z * g, state)


def linear_scan(a: Array, b: Array, state: Array | None = None) -> Array:
    """``h[t] = a[t] * h[t - 1] + b[t]`` down axis 0 with ``h[-1] = state`` (zero by
    default), for ``a`` in [0, 1].

    Blocks of about sqrt(n) lines are read side by side, then each block's start state is
    carried from the block above: 2 * sqrt(n) array steps for a page of n lines, and no
    exponent can overflow.
    """
    n, width = a.shape
    size = max(1, math.isqrt(n))
    blocks = -(-n // size)
    pad = blocks * size - n
    if pad:
        a = np.concatenate([a, np.ones((pad, width), dtype=a.dtype)])
        b = np.concatenate([b, np.zeros((pad, width), dtype=b.dtype)])
    a, b = a.reshape(blocks, size, width), b.reshape(blocks, size, width)
    within = np.empty_like(b)  # each block read from a zero state
    within[:, 0] = b[:, 0]
    for j in range(1, size):
        within[:, j] = a[:, j] * within[:, j - 1] + b[:, j]
    decay = np.cumprod(a, axis=1)  # how much of a block's start state reaches each line
    start = np.zeros((blocks, width), dtype=b.dtype)
    if state is not None:
        start[0] = state
    for k in range(1, blocks):
        start[k] = decay[k - 1, -1] * start[k - 1] + within[k - 1, -1]
    return np.asarray((within + decay * start[:, None, :]).reshape(-1, width)[:n])


def run(rows: Array, net: Network | None = None) -> Array:
    """The probability that each row's line is article text; ``rows`` is (lines, inputs).

    The products are small (a page's lines by 32 units): BLAS runs them on one thread
    (:func:`~cleantext.text.threads.one_blas_thread`).
    """
    net = net or network()
    if rows.shape[0] == 0:
        return np.zeros(0, dtype=DTYPE)
    with one_blas_thread():
        return _run(np.asarray(rows, dtype=DTYPE), net)


def _run(rows: Array, net: Network) -> Array:
    """The network's layers over standardised rows (see :func:`run`), :data:`CHUNK`
    lines at a time, so that the temporaries of a long page stay bounded."""
    n = rows.shape[0]
    x = np.empty((n, net.b_in.shape[0]), dtype=DTYPE)
    for lo, hi in _chunks(n):
        x[lo:hi] = np.maximum((rows[lo:hi] - net.mean) / net.scale @ net.w_in + net.b_in, 0.0)
    for layer in net.layers:
        down = _direction(x, layer.forward, layer.forward_bias, reverse=False)
        up = _direction(x, layer.backward, layer.backward_bias, reverse=True)
        # A chunk's output needs only its own rows of x (copied into ``both``), so it
        # may take their place when the widths agree: one array fewer per long page.
        width = layer.mix_bias.shape[0]
        after = x if width == x.shape[1] else np.empty((n, width), dtype=DTYPE)
        for lo, hi in _chunks(n):
            both = np.concatenate([down[lo:hi], up[lo:hi], x[lo:hi]], axis=1)
            after[lo:hi] = np.maximum(both @ layer.mix + layer.mix_bias, 0.0)
        del down, up
        x = after
    out = np.empty(n, dtype=DTYPE)
    for lo, hi in _chunks(n):
        out[lo:hi] = _sigmoid(x[lo:hi] @ net.w_out + net.b_out)
    return out


def _chunks(n: int) -> list[tuple[int, int]]:
    return [(lo, min(n, lo + CHUNK)) for lo in range(0, n, CHUNK)]


def _direction(x: Array, weight: Array, bias: Array, *, reverse: bool) -> Array:
    """One direction of a layer down the page (``reverse``: up it), chunk by chunk, each
    chunk's scan starting from the state the chunk before it ended in."""
    n, width = x.shape[0], bias.shape[0] // 2
    out = np.empty((n, width), dtype=DTYPE)
    state = None
    spans = _chunks(n)
    for lo, hi in reversed(spans) if reverse else spans:
        part = x[lo:hi][::-1] if reverse else x[lo:hi]
        h = scan(part @ weight + bias, state)
        out[lo:hi] = h[::-1] if reverse else h
        state = h[-1]
    return out
