"""Choosing the engines: `settings.SEARCH_ENGINES`, in the shape of CACHES.

    SEARCH_ENGINES = {
        "default": {
            "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
            "OPTIONS": {"url": "http://…:9200", "index": "opengov-evidence", …},
            "FALLBACK": "database",  # another alias: answers reads the default cannot
            "BREAKER_SECONDS": 15,  # how long nobody tries a default that was found down
        },
        "database": {"ENGINE": "search.engines.database.DatabaseEngine"},
    }

`ENGINE` is the dotted path of a `SearchEngine` subclass, built with `OPTIONS` as keyword
arguments. `engine()` is the one that answers readers and receives index writes: with a
`FALLBACK`, a FallbackEngine (fallback.py) whose circuit breaker is shared through the cache.
`get_engine(alias)` is one engine alone, without fallback (commands, benchmarks, the contract
tests). The settings build this dictionary from SEARCH_ENGINE and ELASTICSEARCH_* (see
docs/settings.md)."""

import functools
import json

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.utils.module_loading import import_string

from .base import SearchEngine
from .fallback import CircuitBreaker, FallbackEngine


def aliases() -> list[str]:
    return list(settings.SEARCH_ENGINES)


def _config(alias: str) -> dict:
    try:
        return settings.SEARCH_ENGINES[alias]
    except KeyError:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINES has no {alias!r} engine (it has: {', '.join(aliases())})"
        ) from None


@functools.cache
def get_engine(alias: str = "default") -> SearchEngine:
    """One engine by alias, without fallback."""
    config = _config(alias)
    try:
        engine_class = import_string(config["ENGINE"])
    except (KeyError, ImportError) as error:
        raise ImproperlyConfigured(f"SEARCH_ENGINES[{alias!r}]: bad ENGINE ({error})") from error
    if not (isinstance(engine_class, type) and issubclass(engine_class, SearchEngine)):
        raise ImproperlyConfigured(f"SEARCH_ENGINES[{alias!r}]: ENGINE is not a SearchEngine")
    return engine_class(**config.get("OPTIONS", {}))


@functools.cache
def engine(alias: str = "default") -> SearchEngine:
    """The engine that answers readers and takes index writes, with its fallback if any."""
    config = _config(alias)
    primary = get_engine(alias)
    if not config.get("FALLBACK"):
        return primary
    # one breaker per cluster, whichever alias names it
    identity = json.dumps([config["ENGINE"], config.get("OPTIONS", {})], sort_keys=True)
    breaker = CircuitBreaker(identity, open_seconds=config.get("BREAKER_SECONDS", 15))
    return FallbackEngine(primary=primary, fallback=get_engine(config["FALLBACK"]), breaker=breaker)


def reset() -> None:
    """Forget engine instances (settings changed; tests)."""
    get_engine.cache_clear()
    engine.cache_clear()


def _settings_changed(*, setting, **kwargs):
    if setting == "SEARCH_ENGINES":
        reset()


setting_changed.connect(_settings_changed, dispatch_uid="search-engines-reset")
