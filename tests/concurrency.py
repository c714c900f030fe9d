"""Calls made at the same moment, for the concurrency tests (PostgreSQL; the files named
test_*concurrency*.py): each call runs in its own thread, with its own database connection,
and all of them wait at a barrier so that they start together."""

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from django.db import connection


def all_at_once(calls: list[Callable]) -> list:
    """Run every call in its own thread, all released at once; their results, in order."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        finally:
            connection.close()  # the thread's own connection

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))
