"""``cleantext.dask``: the Dask helpers (:mod:`cleantext.corpus.dask`) under their documented name."""

from cleantext.corpus.dask import (
    clean_bag,
    clean_column,
    count_lines,
    learn_templates,
    learn_templates_frame,
)

__all__ = ["clean_bag", "clean_column", "count_lines", "learn_templates", "learn_templates_frame"]
