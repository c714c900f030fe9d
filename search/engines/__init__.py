"""Choosing the engine: `SEARCH_ENGINE` is "database" (default) or "elasticsearch".

`configured_engine()` is the engine the settings name, used for indexing. `engine()` is the one
that answers readers: with Elasticsearch configured it falls back to the database engine
(which is always kept up to date, being the read model itself) whenever Elasticsearch cannot
answer, and says so in the results' notice."""

import functools

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ENGINES = ("database", "elasticsearch")


@functools.cache
def _engine(name: str):
    if name == "database":
        from .database import DatabaseEngine

        return DatabaseEngine()
    if name == "elasticsearch":
        from .elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine(
            url=settings.ELASTICSEARCH_URL, index=settings.ELASTICSEARCH_INDEX
        )
    raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of {', '.join(ENGINES)}, not {name!r}")


def get_engine(name: str):
    """One engine by name, without fallback (commands, benchmarks, contract tests)."""
    return _engine(name)


def configured_engine():
    return _engine(settings.SEARCH_ENGINE)


def engine():
    """The engine that answers readers, falling back to the database when needed."""
    configured = configured_engine()
    if configured.name == "database":
        return configured
    from .fallback import FallbackEngine

    return FallbackEngine(primary=configured, fallback=_engine("database"))


def reset() -> None:
    """Forget engine instances (tests that change settings)."""
    _engine.cache_clear()
