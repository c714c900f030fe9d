"""The version of the evidence index, shared by every process through the default cache.

services.py bumps it on every change to the records; what is derived from the index (the
database engine's snapshot) keys on it, so a change made anywhere is seen everywhere at once.
It sits below the engines and the services and imports nothing of theirs."""

import time

from django.core.cache import cache

_KEY = "search:index:version"


def _fresh() -> int:
    # Not 1: after a cache flush the count starts again, and a process that memoised
    # version 2 of an older index would take it for current. Nanoseconds never repeat.
    return time.time_ns()


def current() -> int:
    return cache.get_or_set(_KEY, _fresh, None)


def bump() -> None:
    try:
        cache.incr(_KEY)
    except ValueError:  # not in the cache (never set, evicted or flushed)
        cache.set(_KEY, _fresh(), None)
