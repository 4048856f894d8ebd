"""One BLAS thread for cleantext's small matrix products.

The language identifier's and the line scorer's products are small: a BLAS thread pool
gains little on them, and where one worker process runs per core (batch mode, Dask)
its extra threads only fight the other workers for the cores.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which BLAS runs on the calling thread only."""
    limited: AbstractContextManager[Any] = _controller().limit(limits=1, user_api="blas")
    return limited
