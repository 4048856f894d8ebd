#!/usr/bin/env python3
"""Fit the text-mode line scorer on pages with human gold; write its weights as data.

    .venv/bin/python -m pip install -e '.[fit]'       # torch, for fitting only
    .venv/bin/python tools/fit_text_model.py --eval ../shared/eval \\
        --seeds fixtures/seeds --out src/cleantext/data/text_model.json \
        --cache /tmp/text_rows.pkl

Each page is run through the text pipeline up to the classifier (repair, segment,
rules); every block the rules left becomes a row of :data:`cleantext.text.classify.INPUTS`
and is labelled *good* when most of its word 4-grams (for a line of under four words:
its words joined to a neighbour's) occur in the gold body. A block weighs its share of
the page's words, so each page counts about equally, as in the benchmark's per-page
means. A page with snippet gold (passages that must be kept or must go) labels only the
blocks that hold one; the fixture pages (``--seeds``) weigh ``--seed-weight`` pages each.

The network (:mod:`cleantext.text.scorer`: an input layer, bidirectional minimal GRU
layers, a logistic output) is fitted with PyTorch; cleantext itself runs it with numpy.
Pages are split by a hash of their URL (else their id): ``--holdout`` (default half) of
them are never seen by the fit, and
the script prints, for both parts and each set and rendering, the F1 of keeping the
blocks the scorer passes (the benchmark's metric, before span selection and metadata).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import devsets
import numpy as np

from cleantext.cleaner import Cleaner
from cleantext.meta import language
from cleantext.text import classify, render

_TOKEN = re.compile(r"\w+")
SETS = "l3s_gn1,dragnet,cleaneval,readability,cleanportaleval,wcxb_dev,trafilatura_dev"


@dataclass
class Page:
    """One page rendering: its rows, labels, weights, and what scoring it needs."""

    set: str
    renderer: str
    held_out: bool
    rows: np.ndarray
    labels: np.ndarray
    weights: np.ndarray
    texts: list[str]
    gold: str
    body: str = ""  # its good lines, rendered as a cleaned body
    # Snippet gold (passages that must be kept, ``with``, or must go, ``without``):
    # blocks that hold none of them weigh nothing in the fit.
    snippets: tuple[list[str], list[str]] | None = None


def gold_grams(gold: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(gold)
    grams: set[tuple[str, ...]] = set()
    for n in (1, 2, 3, 4):
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def block_label(
    text: str, grams: set[tuple[str, ...]], before: str | None = None, after: str | None = None
) -> tuple[float, int]:
    """``(share of the block's 4-grams in gold, words)``; short lines: 1.0 or 0.0.

    A line of under four words is gold when its words occur in gold joined to the line
    above or below (``before``, ``after``) as they are on the page: "World" in a menu is
    not gold because the gold has the word "World" somewhere, a subheading is because
    the gold holds it before its paragraph.
    """
    tokens = _TOKEN.findall(text)
    n = len(tokens)
    if n == 0:
        return 0.0, 0
    if n < 4:
        if tuple(tokens) not in grams:
            return 0.0, n
        joined = [
            tuple(_TOKEN.findall(before)[-(4 - n) :] + tokens) if before else None,
            tuple(tokens + _TOKEN.findall(after)[: 4 - n]) if after else None,
        ]
        sides = [j for j in joined if j is not None and len(j) > n]
        return (1.0 if not sides or any(j in grams for j in sides) else 0.0), n
    shingles = [tuple(tokens[i : i + 4]) for i in range(n - 3)]
    return sum(s in grams for s in shingles) / len(shingles), n


SNIPPET_PART = 20  # characters: a block this long inside a passage takes its label


def _ws(text: str) -> str:
    return " ".join(text.split())


def snippet_label(text: str, want: list[str], unwanted: list[str]) -> float | None:
    """1.0 for a block that holds a passage that must be kept (or is a long part of
    one), 0.0 for one that holds a passage that must go, None for a block the snippets
    say nothing about."""
    block = _ws(text)

    def hit(snippet: str) -> bool:
        return snippet in block or (len(block) >= SNIPPET_PART and block in snippet)

    if any(hit(x) for x in want):
        return 1.0
    if any(hit(x) for x in unwanted):
        return 0.0
    return None


def extract_text(html: str, url: str | None) -> str:
    """trafilatura's plain-text body of a page ("" when it finds none)."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""


def page(
    cleaner: Cleaner, rec: dict, renderer: str, holdout: float, extracted: bool = False
) -> list[Page]:
    """The page's rendering and variants of it, each a row set of its own:

    - *spaced*: every line of the page set apart by a blank line, as some renderings
      (and scrapers joining blocks with blank lines) give a page: the scorer must tell
      menus from prose by what they say, not by the blank lines around them;
    - *clean*: the body its gold lines make, rendered as cleantext renders a body and
      read again, all of it labelled good: cleaning is idempotent, so a body cleaned
      again must come back whole;
    - *cropped*: the page cut down to its article and a few lines either side (2 to
      11, from a hash of its id), so that a short page is not taken for a clean one:
      the menu lines around a short article still go;
    - *extracted* (once per page, with the first rendering): the text trafilatura
      extracts from the page's HTML, which the scorer judges again when HTML mode
      settles its body: mostly the article, with the odd line of cruft it kept.
    """
    snippets = (
        None
        if rec.get("gold_body")
        else ([_ws(x) for x in rec.get("with") or []], [_ws(x) for x in rec.get("without") or []])
    )
    grams = gold_grams(rec.get("gold_body") or "")
    blocks, _, _ = cleaner._text_blocks(rec[f"text_{renderer}"], rec.get("url"))
    spaced = "\n\n".join(b.raw for b in blocks)
    out: list[Page] = []
    variants: tuple[tuple[str, str | None], ...] = (
        ("", rec[f"text_{renderer}"]),
        (" spaced", spaced),
    )
    if snippets is None:  # a whole gold body: the page cut to it, and the body alone
        variants += ((" cropped", cropped(blocks, grams, rec["id"])), (" clean", None))
    if extracted and rec.get("html"):
        variants += ((" extracted", extract_text(rec["html"], rec.get("url"))),)
    for variant, text in variants:
        if text is None:  # the clean copy: the original page's good lines
            text = out[0].body if out else ""
        blocks, lang, _ = cleaner._text_blocks(text, rec.get("url"))
        live, markers, _ = classify.live_blocks(blocks)
        if not live:
            continue
        labels, words = [], []
        for i, b in enumerate(live):
            n = len(_TOKEN.findall(b.text))
            if snippets is not None:
                label = snippet_label(b.text, *snippets)
                labels.append(label or 0.0)
                words.append(0.0 if label is None else n + 1.0)
                continue
            before = live[i - 1].text if i else None
            after = live[i + 1].text if i + 1 < len(live) else None
            share, n = block_label(b.text, grams, before, after)
            labels.append(1.0 if variant == " clean" or share >= 0.5 else 0.0)
            words.append(n + 1.0)
        w = np.asarray(words)
        if not w.sum():
            continue
        out.append(
            Page(
                set=rec["set"],
                renderer=renderer + variant,
                held_out=devsets.held_out(devsets.page_key(rec), holdout),
                rows=classify.inputs(live, language.stopwords(lang), markers),
                labels=np.asarray(labels),
                weights=w / w.sum() * np.count_nonzero(w) ** 0.5,
                texts=[b.text for b in live],
                gold=rec.get("gold_body") or "",
                snippets=snippets,
                body=render.body(b for b, y in zip(live, labels, strict=True) if y),
            )
        )
    return out


def fixture_pages(cleaner: Cleaner, where: Path, weight: float) -> list[Page]:
    """The fixture pages under ``where``, gold from their ``*.expected.json`` bodies,
    each weighing ``weight`` dev pages and never held out: they are few, and they show
    layouts (teasers under "Related Articles", share rows) the dev sets hold rarely."""
    out: list[Page] = []
    for path in sorted(where.glob("*.txt")):
        expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
        rec = {"id": path.stem, "set": "fixtures", "gold_body": expected["body"]}
        rec["text_inscriptis"] = path.read_text("utf-8")
        for p in page(cleaner, rec, "inscriptis", 0.0):
            p.weights = p.weights * weight
            out.append(p)
    return out


def cropped(blocks: list, grams: set[tuple[str, ...]], page_id: str) -> str:
    """The page from a few blocks above its first gold block to a few below its last."""
    good = [i for i, b in enumerate(blocks) if block_label(b.text, grams)[0] >= 0.5]
    if not good:
        return ""
    reach = 2 + int(devsets.digest(page_id)[1]) % 10
    lo, hi = max(0, good[0] - reach), min(len(blocks), good[-1] + reach + 1)
    return "".join(("\n\n" if b.gap else "\n") + b.raw for b in blocks[lo:hi]).strip("\n")


def build(torch, d: int, hidden: int, layers: int, dropout: float = 0.0):
    """The network of :mod:`cleantext.text.scorer` in PyTorch, its scan in log space as there."""
    nn, fn = torch.nn, torch.nn.functional

    def scan(pre, mask):
        gate, cand = pre.chunk(2, -1)
        log_z = -fn.softplus(-gate)
        log_keep = -fn.softplus(gate)
        # Padding: a gate shut tight holds the state (zero before a page's first line).
        log_z = torch.where(mask.unsqueeze(-1) > 0, log_z, torch.full_like(log_z, -1e4))
        log_keep = log_keep * mask.unsqueeze(-1)
        log_g = torch.where(cand >= 0, torch.log(torch.relu(cand) + 0.5), -fn.softplus(-cand))
        kept = torch.cumsum(log_keep, 1)
        return torch.exp(kept + torch.logcumsumexp(log_z + log_g - kept, 1))

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.forward_ = nn.Linear(hidden, 2 * hidden)
            self.backward_ = nn.Linear(hidden, 2 * hidden)
            self.mix = nn.Linear(3 * hidden, hidden)

        def forward(self, x, mask):
            down = scan(self.forward_(x), mask)
            up = torch.flip(scan(self.backward_(torch.flip(x, [1])), torch.flip(mask, [1])), [1])
            return torch.relu(self.mix(torch.cat([down, up, x], -1)))

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inp = nn.Linear(d, hidden)
            self.layers = nn.ModuleList(Layer() for _ in range(layers))
            self.out = nn.Linear(hidden, 1)
            self.drop = nn.Dropout(dropout)  # in fitting only: cleantext runs the whole net

        def forward(self, x, mask):
            x = self.drop(torch.relu(self.inp(x)))
            for layer in self.layers:
                x = self.drop(layer(x, mask))
            return self.out(x).squeeze(-1)

    return Net()


def batches(torch, pages: list[Page], mean, scale, size: int, rng: random.Random):
    """Pages of similar length together, padded; the order of the batches shuffled."""
    order = sorted(pages, key=lambda p: len(p.labels))
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    for chunk in chunks:
        longest = max(len(p.labels) for p in chunk)
        x = np.zeros((len(chunk), longest, len(mean)), dtype=np.float32)
        y = np.zeros((len(chunk), longest), dtype=np.float32)
        w = np.zeros((len(chunk), longest), dtype=np.float32)
        for j, p in enumerate(chunk):
            n = len(p.labels)
            x[j, :n] = (p.rows - mean) / scale
            y[j, :n], w[j, :n] = p.labels, p.weights
        mask = np.zeros_like(w)
        for j, p in enumerate(chunk):
            mask[j, : len(p.labels)] = 1.0
        yield torch.from_numpy(x), torch.from_numpy(mask), torch.from_numpy(y), torch.from_numpy(w)


def tensors(torch, p: Page, mean, scale):
    """One page as a batch of one: its standardised rows and a mask of ones."""
    x = torch.tensor(((p.rows - mean) / scale)[None], dtype=torch.float32)
    return x, torch.ones(1, len(p.labels))


def export(net, mean, scale, threshold: float, after_end: float, about: dict) -> dict:
    """The JSON document :func:`cleantext.text.scorer.from_layout` reads."""

    def v(t) -> list:
        return np.round(t.detach().numpy().astype(np.float64), 6).tolist()

    return {
        "about": "Weights of cleantext.text.scorer, fitted by tools/fit_text_model.py.",
        "fitted_on": about,
        "inputs": list(classify.INPUTS),
        "threshold": threshold,
        "after_end_threshold": after_end,
        "mean": np.round(mean, 6).tolist(),
        "scale": np.round(scale, 6).tolist(),
        "w_in": v(net.inp.weight),
        "b_in": v(net.inp.bias),
        "layers": [
            {
                "forward": v(layer.forward_.weight),
                "forward_bias": v(layer.forward_.bias),
                "backward": v(layer.backward_.weight),
                "backward_bias": v(layer.backward_.bias),
                "mix": v(layer.mix.weight),
                "mix_bias": v(layer.mix.bias),
            }
            for layer in net.layers
        ],
        "w_out": v(net.out.weight),
        "b_out": v(net.out.bias),
    }


def report(score, pages: list[Page], probs: list[np.ndarray], threshold: float, label: str) -> None:
    """F1 of keeping the blocks at or above ``threshold``, per set and rendering."""
    counts: dict[tuple[str, str], list] = defaultdict(list)
    for p, pr in zip(pages, probs, strict=True):
        kept = "\n".join(t for t, q in zip(p.texts, pr, strict=True) if q >= threshold)
        if p.snippets is not None:
            want, unwanted = p.snippets
            kept_ws = _ws(kept)
            tp = sum(x in kept_ws for x in want)
            counts[(p.set, p.renderer)].append(
                (tp, sum(x in kept_ws for x in unwanted), len(want) - tp)
            )
        else:
            counts[(p.set, p.renderer)].append(score.page_counts(p.gold, kept))
    for (name, renderer), c in sorted(counts.items()):
        snips = any(p.snippets is not None for p in pages if p.set == name)
        s = score.summarize_snippets(c) if snips else score.summarize(c)
        print(
            f"  {label:9s} {name:16s} {renderer:10s} F1 {s['f1']:.3f}  "
            f"P {s['precision']:.3f}  R {s['recall']:.3f}  pages {s['pages']}"
        )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--eval", type=Path, default=devsets.EVAL, help="directory of score.py and data/"
    )
    ap.add_argument("--sets", default=SETS)
    ap.add_argument("--renderers", default="inscriptis,html2text")
    ap.add_argument("--holdout", type=float, default=0.5, help="share of pages kept out of the fit")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=14)
    ap.add_argument("--dropout", type=float, default=0.0, help="dropout between layers, in fitting")
    ap.add_argument("--threshold", type=float, default=0.45)
    ap.add_argument(
        "--after-end-threshold",
        type=float,
        default=0.8,
        help="the threshold below an end marker met under the article's start "
        "(chosen on the fitted pages with the whole pipeline; see docs/quality.md)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--seeds",
        type=Path,
        help="also fit on the project's fixture pages (DIR/*.txt with *.expected.json bodies)",
    )
    ap.add_argument(
        "--seed-weight",
        type=float,
        default=40.0,
        help="how many dev pages each fixture page counts as",
    )
    ap.add_argument("--cache", type=Path, help="keep the extracted rows here between runs")
    args = ap.parse_args(argv)
    try:
        import torch
    except ImportError:
        sys.exit("fitting needs PyTorch: pip install -e '.[fit]'")

    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
    else:
        cleaner = Cleaner()
        pages = [
            p
            for rec in devsets.records(args.eval, args.sets.split(","), ("gold_body", "with"))
            for n, renderer in enumerate(args.renderers.split(","))
            for p in page(cleaner, rec, renderer, args.holdout, extracted=n == 0)
        ]
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    if args.seeds:
        pages += fixture_pages(Cleaner(), args.seeds, args.seed_weight)
    fit = [p for p in pages if not p.held_out]
    kept_out = [p for p in pages if p.held_out]
    print(f"page renderings: fit {len(fit)}, held out {len(kept_out)}")
    print("  per set:", dict(Counter((p.set, p.held_out) for p in pages)))

    torch.manual_seed(args.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    rng = random.Random(args.seed)
    stacked = np.vstack([p.rows for p in fit])
    mean, std = stacked.mean(0), stacked.std(0)
    # A feature constant in the fit (the bias; link shares where no rendering marks
    # links) is passed through unscaled: dividing by a tiny spread would turn its first
    # unseen value into a huge input.
    scale = np.where(std < 1e-3, 1.0, std)
    net = build(torch, stacked.shape[1], args.hidden, args.layers, args.dropout)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3, weight_decay=1e-5)
    for epoch in range(args.epochs):
        net.train()
        total = 0.0
        for x, mask, y, w in batches(torch, fit, mean, scale, 16, rng):
            opt.zero_grad()
            out = net(x, mask)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(out, y, reduction="none")
            loss = (loss * w).sum() / w.sum()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            total += loss.item()
        print(f"epoch {epoch + 1}: loss {total:.2f}", flush=True)

    net.eval()
    about = {
        "sets": args.sets.split(","),
        "renderers": args.renderers.split(","),
        "holdout": args.holdout,
        "hidden": args.hidden,
        "layers": args.layers,
        "epochs": args.epochs,
        "dropout": args.dropout,
        "seed": args.seed,
        "fixtures": str(args.seeds) if args.seeds else None,
        "fixture_weight": args.seed_weight if args.seeds else None,
    }
    data = export(net, mean, scale, args.threshold, args.after_end_threshold, about)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")

    # Score with the shipped runner (numpy), as cleantext will.
    from cleantext.text import scorer

    runner = scorer.from_layout(data)
    with torch.no_grad():
        gap = max(
            float(
                np.abs(
                    scorer.run(p.rows, runner)
                    - torch.sigmoid(net(*tensors(torch, p, mean, scale))[0]).numpy()
                ).max()
            )
            for p in kept_out[:50]
        )
    print(f"numpy and PyTorch agree to {gap:.1e} on 50 held-out pages")
    score = devsets.scorer(args.eval)
    for label, part in (("fit", fit), ("held out", kept_out)):
        probs = [scorer.run(p.rows, runner) for p in part]
        report(score, part, probs, args.threshold, label)


if __name__ == "__main__":
    main()
