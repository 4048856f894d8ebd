"""How much HTML mode could gain by choosing better between its two views of the article.

    .venv/bin/python bench/html_views.py                     # the four sets with gold bodies
    .venv/bin/python bench/html_views.py --sets readability --limit 50

HTML mode cleans two views of a page (trafilatura's own extraction and the readability
candidate) and keeps one (:mod:`cleantext.html.choice`). This cleans every page three
times: as shipped, with readability's view forced, and with trafilatura's own view
forced (taken before trafilatura compares it with readability's). "best of three" keeps,
page by page, whichever output scores highest against the gold body: what a perfect
choice would reach with these views and these rules, an upper bound, not a system.
Uses the scorer's own metric (``../shared/eval/score.py``; ``--eval`` to point
elsewhere). Not a test: it patches trafilatura's cascade to see its own view.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from html_quality import _scorer, arguments, load

import cleantext
from cleantext.html import extract as htmlpath

#: The choice of each pass: as shipped, readability's view, trafilatura's own view.
CHOICES = ("shipped", "readability view", "trafilatura view")


class Forced:
    """Patches ``htmlpath`` so that one view, or the shipped choice, is kept."""

    def __init__(self) -> None:
        import trafilatura.core as core

        self.choice = CHOICES[0]
        self.own: Any = None
        compare = core.compare_extraction

        def watched(cleaned: Any, raw: Any, body: Any, text: str, options: Any) -> Any:
            self.own = body  # trafilatura's own body, before it may take readability's
            return compare(cleaned, raw, body, text, options)

        core.compare_extraction = watched
        self.views = htmlpath.extract_views
        self.choose = htmlpath.choose
        self.widen = htmlpath.widen
        self.elsewhere = htmlpath.readability_elsewhere
        htmlpath.extract_views = self._views
        htmlpath.choose = self._choose
        htmlpath.widen = self._widen
        htmlpath.readability_elsewhere = self._elsewhere

    def _views(self, tree: Any, images: bool = False) -> tuple[Any, Any]:
        self.own = None
        body, alt = self.views(tree, images)
        if self.choice == CHOICES[0]:
            return body, alt
        own = body if self.own is None or (alt is not body and self.own is not body) else self.own
        if self.choice == CHOICES[1]:
            return own, alt
        return own, None

    def _widen(self, *args: Any, **kwargs: Any) -> bool:
        # A forced view is kept whole: trafilatura's blocks are not added to readability's.
        return self.choice == CHOICES[0] and bool(self.widen(*args, **kwargs))

    def _elsewhere(self, *args: Any, **kwargs: Any) -> bool:
        # Nor is a forced readability view swapped for trafilatura's.
        return self.choice == CHOICES[0] and bool(self.elsewhere(*args, **kwargs))

    def _choose(self, ours: Any, theirs: Any, *args: Any, **kwargs: Any) -> tuple[Any, str]:
        if self.choice == CHOICES[1] and theirs:
            return theirs, "html-readability"
        if self.choice == CHOICES[2]:
            return ours, "html"
        return self.choose(ours, theirs, *args, **kwargs)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__).parse_args(argv)
    score = _scorer(args.eval)
    forced = Forced()
    f1: Callable[[Any], float] = score.page_f1
    print(
        f"{'set':12s} {'pages':>5s}  " + "  ".join(f"{c:>16s}" for c in (*CHOICES, "best of three"))
    )
    for name in args.sets.split(","):
        records = [r for r in load(args.eval, name, args.limit) if r.get("html")]
        counts: dict[str, list[Any]] = {c: [] for c in CHOICES}
        for r in records:
            for choice in CHOICES:
                forced.choice = choice
                doc = cleantext.clean(r["html"], mode="html", url=r.get("url"))
                counts[choice].append(score.page_counts(r["gold_body"], doc.body))
        best = [max(page, key=f1) for page in zip(*counts.values(), strict=True)]
        cells = [score.summarize(counts[c])["f1"] for c in CHOICES] + [score.summarize(best)["f1"]]
        print(
            f"{name:12s} {len(records):5d}  " + "  ".join(f"{v:16.4f}" for v in cells), flush=True
        )


if __name__ == "__main__":
    sys.exit(main())
