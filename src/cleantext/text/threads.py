"""One BLAS thread for cleantext's small matrix products, while cleantext runs.

The language identifier's and the line scorer's products are small: a BLAS thread pool
gains little on them, and where one worker process runs per core (batch mode, Dask)
its extra threads only fight the other workers for the cores.

BLAS limits are process-wide, so the limit is counted: the first thread to enter sets it,
the last to leave restores what it found. Overlapping cleans on many threads therefore
leave the process's BLAS exactly as it was; only while a clean runs do other threads'
products share its limit. This count is the one piece of process state the library keeps.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


class _Limit:
    """How many threads are inside :func:`one_blas_thread`, and the limit they share."""

    lock = threading.Lock()
    depth = 0
    limiter: Any = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """A context in which BLAS runs on the calling thread only; restored by the last to leave."""
    with _Limit.lock:
        if _Limit.depth == 0:
            _Limit.limiter = _controller().limit(limits=1, user_api="blas")
        _Limit.depth += 1
    try:
        yield
    finally:
        with _Limit.lock:
            _Limit.depth -= 1
            if _Limit.depth == 0:
                _Limit.limiter.restore_original_limits()
                _Limit.limiter = None
