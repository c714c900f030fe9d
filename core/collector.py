"""The cyclic garbage collector in a long-running process (docs/performance.md, "Garbage
collector").

A web process holds 300,000-600,000 long-lived objects once it has started and served each
page type once: modules, functions, classes, compiled templates, URL patterns, translations.
Left to the collector, every full (generation-2) collection walked them all, 150-270 ms of CPU
landing on whichever request triggered it, about one request in thirty. Django itself leaves
a little cyclic garbage behind every request (a template context refers to itself through
its `ContextDict`s, a FilterSet to its filters, a bound form to its fields), so full
collections keep coming; what they cost is what they walk.

`start()` (called by `opengov/wsgi.py` in every web process, and by `page_bench`) applies
`GC_THRESHOLD` and freezes the heap once start-up is over (`gc.freeze()`: the collector skips
frozen objects; reference counting still frees them). What is created by the first requests
(templates compiled on first use, per-language caches) is frozen once more after
`GC_FREEZE_AFTER_REQUESTS` requests. A full collection then walks only what the requests
since left behind: tens of thousands of objects, not hundreds of thousands.

Each freeze collects first, so no garbage is frozen (frozen objects in a cycle would never be
freed); the freeze is done twice per process, so what it could keep is bounded.
"""

import gc
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished

logger = logging.getLogger(__name__)


def configure() -> tuple[int, ...]:
    """Apply `settings.GC_THRESHOLD` (empty: Python's own thresholds); return the thresholds."""
    thresholds = settings.GC_THRESHOLD
    if len(thresholds) > 3 or any(t < 0 for t in thresholds):  # noqa: PLR2004 - 3 generations
        raise ImproperlyConfigured(
            f"GC_THRESHOLD: one to three integers of 0 or more, not {thresholds!r}"
        )
    if thresholds:
        gc.set_threshold(*thresholds)
    return gc.get_threshold()


def freeze() -> int:
    """Collect, then freeze every object left: return how many objects are frozen now."""
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    logger.info("garbage collector: %d objects frozen", frozen)
    return frozen


# requests until the warm-up's freeze (0: none pending)
_requests_left = 0


def _freeze_after_warmup(**_) -> None:
    """`request_finished` receiver: freeze once, after the first `GC_FREEZE_AFTER_REQUESTS`
    requests, then disconnect. (The signal is sent when the server closes the response, its
    body written: the freeze, ~20-50 ms once per process, is not in a reader's wait.)"""
    global _requests_left  # noqa: PLW0603 - one count per process
    _requests_left -= 1
    if _requests_left <= 0:
        _requests_left = 0
        request_finished.disconnect(_freeze_after_warmup)
        freeze()


def start(*, after_requests: int | None = None) -> int:
    """Apply the thresholds and freeze the started process; freeze again after the first
    `after_requests` requests (default `settings.GC_FREEZE_AFTER_REQUESTS`; 0: only now).
    Return the objects frozen now."""
    global _requests_left  # noqa: PLW0603 - one count per process
    configure()
    frozen = freeze()
    if after_requests is None:
        after_requests = settings.GC_FREEZE_AFTER_REQUESTS
    _requests_left = max(after_requests, 0)
    if _requests_left:
        request_finished.connect(_freeze_after_warmup)
    else:
        request_finished.disconnect(_freeze_after_warmup)
    return frozen
