#!/usr/bin/env python3
"""Fit the headline scorer's weights (:class:`cleantext.meta.title.Weights`) on pages with a gold title.

    .venv/bin/python tools/fit_title_weights.py --eval ../shared/eval --sets l3s_gn1,readability

Each page is run through the text pipeline up to the metadata stage, in both renderings;
the headline candidates :func:`cleantext.meta.reader.headline_contenders` gives are the
choices, and those the scorer's rule matches with the gold title are the right ones. A
conditional logit (one softmax over the candidates of a page) is fitted by Newton's
method with an L2 penalty, on pages where some candidates are right and some are not:
each page counts once, whatever its number of candidates.

Pages are split by a hash of their URL (else their id): ``--holdout`` (default half) of them are never
seen by the fit. The script prints, on both parts, how often the best-scored candidate
is a right one (among pages that have one) with the current and the fitted weights,
then the fitted weights; ``--write`` stores them, rounded, in ``cleantext/data/title_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import devsets
import numpy as np

from cleantext.cleaner import Cleaner
from cleantext.meta import language, title
from cleantext.meta import reader as metadata
from cleantext.text import classify, select

EVAL = devsets.EVAL
WEIGHTS_FILE = (
    Path(__file__).resolve().parents[1] / "src" / "cleantext" / "data" / "title_weights.json"
)

Page = tuple[np.ndarray, np.ndarray, float]  # candidates' features, which are right, weight


def load_match(where: Path) -> Callable[[str, str], bool]:
    """The scorer's title rule (token F1 at least 0.9), read from ``where/score.py``."""
    match: Callable[[str, str], bool] = devsets.scorer(where).title_match
    return match


def page_rows(
    cleaner: Cleaner, rec: dict, renderer: str, match: Callable[[str, str], bool]
) -> tuple[np.ndarray, np.ndarray] | None:
    """The features of the page's headline candidates and which match the gold title."""
    blocks, lang, _ = cleaner._text_blocks(rec[f"text_{renderer}"] or "", rec.get("url"))
    classify.classify(blocks, language.stopwords(lang))
    found = select.span(blocks)
    if found is None:
        return None
    ctx, cands = metadata.headline_contenders(blocks, found[0], url=rec.get("url"), language=lang)
    rows, right = [], []
    for cand in cands:
        signs = title.features(cand, ctx)
        if signs is None:
            continue
        rows.append(signs)
        right.append(match(rec["gold_title"], cand.text))
    if not rows:
        return None
    return np.asarray(rows, dtype=float), np.asarray(right, dtype=bool)


def objective(pages: list[Page], beta: np.ndarray, l2: float) -> float:
    """Weighted negative log-likelihood of the right candidates, plus the penalty."""
    total = 0.5 * l2 * float(beta @ beta)
    for x, right, weight in pages:
        s = x @ beta
        top = s.max()
        total -= weight * (np.log(np.exp(s[right] - top).sum()) - np.log(np.exp(s - top).sum()))
    return float(total)


def fit(pages: list[Page], start: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Newton's method with step halving on :func:`objective`."""
    beta = start.copy()
    d = len(beta)
    current = objective(pages, beta, l2)
    for _ in range(steps):
        grad = l2 * beta
        hess = l2 * np.eye(d)
        for x, right, weight in pages:
            s = x @ beta
            p_all = np.exp(s - s.max())
            p_all /= p_all.sum()
            xr, sr = x[right], s[right]
            p_right = np.exp(sr - sr.max())
            p_right /= p_right.sum()
            mean_all, mean_right = p_all @ x, p_right @ xr
            grad += weight * (mean_all - mean_right)
            cov_all = (x * p_all[:, None]).T @ x - np.outer(mean_all, mean_all)
            cov_right = (xr * p_right[:, None]).T @ xr - np.outer(mean_right, mean_right)
            hess += weight * (cov_all - cov_right)
        try:
            step = np.linalg.solve(hess + 1e-6 * np.eye(d), grad)
        except np.linalg.LinAlgError:
            step = grad
        size = 1.0
        while size > 1e-4:
            trial = beta - size * step
            value = objective(pages, trial, l2)
            if value < current:
                break
            size /= 2
        else:
            break
        beta, previous, current = trial, current, value
        if previous - current < 1e-7:
            break
    return beta


def accuracy(pages: list[Page], beta: np.ndarray) -> float:
    """Share of pages whose best-scored candidate is a right one."""
    if not pages:
        return 0.0
    return sum(bool(right[int(np.argmax(x @ beta))]) for x, right, _ in pages) / len(pages)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--eval", type=Path, default=EVAL, help="directory of score.py and data/")
    ap.add_argument("--sets", default="l3s_gn1,readability")
    ap.add_argument("--renderers", default="inscriptis,html2text")
    ap.add_argument("--holdout", type=float, default=0.5, help="share of pages kept out of the fit")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cache", type=Path, help="keep the extracted features here between runs")
    ap.add_argument("--write", action="store_true", help="store the fitted weights in the package")
    args = ap.parse_args(argv)

    found: list[tuple[str, bool, np.ndarray, np.ndarray]] = []
    if args.cache and args.cache.exists():
        found = pickle.loads(args.cache.read_bytes())
    else:
        cleaner, match = Cleaner(), load_match(args.eval)
        for rec in devsets.records(args.eval, args.sets.split(","), need="gold_title"):
            out = devsets.held_out(devsets.page_key(rec), args.holdout)
            for renderer in args.renderers.split(","):
                page = page_rows(cleaner, rec, renderer, match)
                if page is not None and page[1].any():
                    found.append((rec["set"], out, *page))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(found))
    # Every page weighs the same (weighing each set the same was tried: it fits the
    # smaller set no better on its held-out pages, and the larger one worse).
    sizes = Counter(name for name, *_ in found)
    parts: dict[bool, list[Page]] = {False: [], True: []}
    for _name, out, x, right in found:
        parts[out].append((x, right, 1.0))

    # Pages where every candidate is right (or none is) say nothing about the weights.
    informative = [page for page in parts[False] if not page[1].all()]
    current = np.asarray(title.WEIGHTS.vector)
    beta = fit(informative, current, args.l2)
    print(
        f"pages with a right candidate: fit {len(parts[False])}, held out {len(parts[True])}"
        f" (fitted on {len(informative)})"
    )
    for name, part in (("fit", parts[False]), ("held out", parts[True])):
        print(
            f"{name:9s} best candidate right: current {accuracy(part, current):.3f}"
            f"  fitted {accuracy(part, beta):.3f}"
        )
    for name in sizes:
        for label, out in (("fit", False), ("held out", True)):
            part = [(x, r, 1.0) for s, o, x, r in found if s == name and o == out]
            print(
                f"  {name:12s} {label:9s} {len(part):4d} pages: current"
                f" {accuracy(part, current):.3f}  fitted {accuracy(part, beta):.3f}"
            )
    for feature, old, new in zip(title.FEATURES, current, beta, strict=True):
        print(f"  {feature:14s} {new:6.2f}  (was {old:.2f})")
    if args.write:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        data["weights"] = {f: round(float(b), 2) for f, b in zip(title.FEATURES, beta, strict=True)}
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"written to {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
