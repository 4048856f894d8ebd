#!/usr/bin/env python3
"""Fit the text-mode classifier's weights on pages with human gold; write them as data.

    .venv/bin/python tools/fit_text_weights.py --data ../shared/eval/data \\
        --sets l3s_gn1,dragnet,cleaneval --out/cleantext/data/text_weights.json

Each page is run through the text pipeline up to the classifier (repair, segment,
rules); every block the rules left is labelled *good* when most of its word 4-grams
(or, for a line of under four words, its words in order) occur in the gold body. Two
L2-regularised logistic regressions are fitted (Newton's method, numpy): the first on
the block's own features, the second on those plus its neighbours' first-pass scores
(see :mod:`cleantext.classify`). A block weighs its share of the page's words, so each
page counts about equally, as in the benchmark's per-page means.

Pages are split by a hash of their id: ``--holdout`` (default half) of them are never
seen by the fit, and the script prints block accuracy on both parts.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from cleantext import classify, language
from cleantext.cleaner import Cleaner

_TOKEN = re.compile(r"\w+")


def pages(data: Path, sets: list[str]) -> Iterator[dict]:
    for name in sets:
        with gzip.open(data / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("gold_body"):
                    rec["set"] = name
                    yield rec


def held_out(page_id: str, share: float) -> bool:
    digest = hashlib.sha1(page_id.encode("utf-8")).digest()
    return digest[0] / 256 < share


def gold_grams(gold: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(gold)
    grams: set[tuple[str, ...]] = set()
    for n in (1, 2, 3, 4):
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def block_label(text: str, grams: set[tuple[str, ...]]) -> tuple[float, int]:
    """``(share of the block's 4-grams in gold, words)``; short lines: 1.0 or 0.0."""
    tokens = _TOKEN.findall(text)
    n = len(tokens)
    if n == 0:
        return 0.0, 0
    if n < 4:
        return (1.0 if tuple(tokens) in grams else 0.0), n
    shingles = [tuple(tokens[i : i + 4]) for i in range(n - 3)]
    return sum(s in grams for s in shingles) / len(shingles), n


def page_rows(
    cleaner: Cleaner, rec: dict, renderer: str
) -> tuple[list[list[float]], list[float], list[float], list[int]]:
    blocks, lang = cleaner._text_blocks(rec[f"text_{renderer}"], rec.get("url"))
    live, markers, _ = classify.live_blocks(blocks)
    if not live:
        return [], [], [], []
    rows = classify.features(live, language.stopwords(lang))
    grams = gold_grams(rec["gold_body"])
    labels, words = [], []
    for b in live:
        share, n = block_label(b.text, grams)
        labels.append(1.0 if share >= 0.5 else 0.0)
        words.append(n + 1.0)
    return rows, labels, words, markers


def page_weights(words: list[float], scheme: str) -> list[float]:
    """Sample weights of one page's blocks from their word counts."""
    if scheme == "log":
        return [math.log1p(w) for w in words]
    total = sum(words)
    return [w / total * len(words) ** 0.5 for w in words]


def fit(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, steps: int = 30
) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (the bias is not penalised)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def accuracy(x: np.ndarray, y: np.ndarray, w: np.ndarray, beta: np.ndarray) -> float:
    pred = (x @ beta) >= 0
    return float(((pred == (y > 0.5)) * w).sum() / w.sum())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, required=True, help="directory of <set>.jsonl.gz")
    ap.add_argument("--sets", default="l3s_gn1,dragnet,cleaneval")
    ap.add_argument("--renderers", default="inscriptis,html2text")
    ap.add_argument("--holdout", type=float, default=0.5, help="share of pages kept out of the fit")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--context-passes", type=int, default=1, help="passes that read neighbours")
    ap.add_argument("--weighting", choices=["page", "log"], default="page")
    ap.add_argument("--cache", type=Path, help="keep the extracted features here between runs")
    args = ap.parse_args(argv)

    cleaner = Cleaner()
    parts: dict[bool, list[tuple[list[list[float]], list[float], list[float], list[int]]]] = {
        False: [],
        True: [],
    }
    if args.cache and args.cache.exists():
        parts = pickle.loads(args.cache.read_bytes())
    else:
        for rec in pages(args.data, args.sets.split(",")):
            out = held_out(rec["id"], args.holdout)
            for renderer in args.renderers.split(","):
                rows, labels, words, markers = page_rows(cleaner, rec, renderer)
                if rows:
                    parts[out].append((rows, labels, words, markers))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(parts))

    def stack(pages_: list, passes: tuple[np.ndarray, ...] = ()) -> tuple[np.ndarray, ...]:
        """Design matrix after ``passes``: each pass's scores feed the next one's context."""
        xs, ys, ws = [], [], []
        for rows, labels, words, markers in pages_:
            weights = page_weights(words, args.weighting)
            x = np.asarray(rows)
            for beta in passes:
                probs = list(1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30))))
                x = np.asarray(
                    classify.context_features(rows, probs, classify.sizes_of(rows), markers)
                )
            xs.append(x)
            ys.append(labels)
            ws.append(weights)
        return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)

    passes: list[np.ndarray] = []
    for _ in range(1 + args.context_passes):
        x, y, w = stack(parts[False], tuple(passes))
        passes.append(fit(x, y, w, args.l2))
    print(f"pages: fit {len(parts[False])}, held out {len(parts[True])}; blocks fit {len(y)}")
    for name, part in (("fit", parts[False]), ("held out", parts[True])):
        if not part:
            continue
        scores = []
        for k in range(len(passes)):
            xk, yk, wk = stack(part, tuple(passes[:k]))
            scores.append(f"pass {k + 1} {accuracy(xk, yk, wk, passes[k]):.3f}")
        print(f"{name:9s} weighted block accuracy: " + "  ".join(scores))
    alone, context, *again = passes
    names = classify.FEATURES
    data = {
        "about": "Weights of cleantext.classify, fitted by tools/fit_text_weights.py.",
        "fitted_on": {
            "sets": args.sets.split(","),
            "renderers": args.renderers.split(","),
            "holdout": args.holdout,
        },
        "features": list(names),
        "context_features": list(names + classify.CONTEXT),
        "alone": [round(float(v), 5) for v in alone],
        "context": [round(float(v), 5) for v in context],
        "again": [[round(float(v), 5) for v in beta] for beta in again],
        "threshold": 0.4,
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    for n, v in zip(names + classify.CONTEXT, context, strict=True):
        print(f"  {n:16s} {v:+.3f}")


if __name__ == "__main__":
    main()
