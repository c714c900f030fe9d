"""An engine that answers from a fallback when the primary cannot, behind a circuit breaker
that every process shares.

Readers are served by `FallbackEngine(primary=Elasticsearch, fallback=database)` (see
engines.engine() and settings.SEARCH_ENGINES): every read tries the primary and, when it raises
`EngineUnavailable`, logs a warning and answers from the fallback, which is always up to date
because it is the read model itself. Search results then carry a notice for the page.

Writes go to the primary only (the fallback's index is the records table, which services.py
keeps itself), and fail at once while the breaker is open: the indexing task retries later.

The breaker lives in Django's default cache, so that when the cluster hangs one request in
the whole deployment pays the timeout, not one per web process: a failure that says the
cluster is down (`EngineDown`: refused, timed out) opens it for `open_seconds`; nobody tries
the primary meanwhile. Then the first caller to claim the probe (an atomic `cache.add`) tries
once; success closes the breaker, failure opens it for another period, and everybody else
keeps falling back while the probe is out. A hand-made breaker rather than a library because
the state must live in Django's cache (a per-process memory in development, Redis in
production): the breaker libraries keep it in process memory or talk to Redis themselves."""

import enum
import hashlib
import logging

from django.core.cache import cache
from django.utils.translation import gettext as _

from .base import (
    EngineDown,
    EngineUnavailable,
    IndexReport,
    PeerHit,
    PeerQuery,
    SearchEngine,
    SearchResults,
)

logger = logging.getLogger(__name__)


class Circuit(enum.Enum):
    CLOSED = "closed"  # try the primary
    PROBE = "probe"  # the breaker was open: this caller alone tries the primary again
    OPEN = "open"  # do not try it


class CircuitBreaker:
    def __init__(self, name: str, *, open_seconds: float = 15):
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]  # names may hold credentials
        self._tripped = f"search:breaker:{digest}:tripped"  # set until a call succeeds
        self._open = f"search:breaker:{digest}:open"  # expires when a probe may go
        self._probe = f"search:breaker:{digest}:probe"
        self.open_seconds = open_seconds

    def state(self) -> Circuit:
        """Whether to call the primary now. Costs one cache read when all is well."""
        try:
            found = cache.get_many([self._tripped, self._open])
            if self._tripped not in found:
                return Circuit.CLOSED
            if self._open in found:
                return Circuit.OPEN
            return Circuit.PROBE if cache.add(self._probe, 1, self.open_seconds) else Circuit.OPEN
        except Exception:  # the cache is down: try the primary (its own timeouts still hold)
            logger.warning("circuit breaker state unreadable", exc_info=True)
            return Circuit.CLOSED

    def failed(self) -> None:
        try:
            cache.set(self._tripped, 1, None)  # stays until a probe succeeds
            cache.set(self._open, 1, self.open_seconds)
            cache.delete(self._probe)
        except Exception:
            logger.warning("circuit breaker state not saved", exc_info=True)

    def succeeded(self, state: Circuit) -> None:
        if state is not Circuit.PROBE:
            return  # closed already: nothing to write
        try:
            cache.delete_many([self._tripped, self._open, self._probe])
        except Exception:
            logger.warning("circuit breaker state not saved", exc_info=True)


class FallbackEngine(SearchEngine):
    def __init__(self, primary: SearchEngine, fallback: SearchEngine, breaker: CircuitBreaker):
        self.primary = primary
        self.fallback = fallback
        self.breaker = breaker

    @property
    def name(self) -> str:
        return self.primary.name

    def _primary(self, operation: str, call):
        """(True, the primary's answer), or (False, None) when the fallback must answer."""
        state = self.breaker.state()
        if state is Circuit.OPEN:
            logger.info("search engine %s skipped for %s (breaker open)", self.name, operation)
            return False, None
        try:
            answer = call()
        except EngineUnavailable as error:
            if isinstance(error, EngineDown):
                self.breaker.failed()
            elif state is Circuit.PROBE:  # it answered, if badly: it is up
                self.breaker.succeeded(state)
            logger.warning(
                "search engine %s unavailable for %s (%s); answering from %s",
                self.name,
                operation,
                error,
                self.fallback.name,
            )
            return False, None
        self.breaker.succeeded(state)
        return True, answer

    # --- reads ---------------------------------------------------------------------------

    def search(self, request) -> SearchResults:
        answered, results = self._primary("search", lambda: self.primary.search(request))
        if answered:
            return results
        results = self.fallback.search(request)
        results.notice = _(
            "The search service is not answering; these results come from the site's own "
            "index and may be less complete."
        )
        results.engine = self.fallback.name
        return results

    def more_like(
        self, key, *, kinds=None, limit=8, language="en", exclude_member=True, every_kind=False
    ):
        options = {
            "kinds": kinds,
            "limit": limit,
            "language": language,
            "exclude_member": exclude_member,
            "every_kind": every_kind,
        }
        answered, hits = self._primary("more_like", lambda: self.primary.more_like(key, **options))
        return hits if answered else self.fallback.more_like(key, **options)

    def autocomplete(self, prefix, *, limit=8, language="en"):
        answered, hits = self._primary(
            "autocomplete",
            lambda: self.primary.autocomplete(prefix, limit=limit, language=language),
        )
        if answered:
            return hits
        return self.fallback.autocomplete(prefix, limit=limit, language=language)

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        answered, hits = self._primary("peers", lambda: self.primary.peers(query))
        return hits if answered else self.fallback.peers(query)

    # --- writes: the primary's own index only ----------------------------------------------

    def _write(self, operation: str, call):
        state = self.breaker.state()
        if state is Circuit.OPEN:
            raise EngineDown(f"{self.name} is down (breaker open): {operation} not attempted")
        try:
            result = call()
        except EngineDown:
            self.breaker.failed()
            raise
        self.breaker.succeeded(state)
        return result

    def index_records(self, records) -> None:
        self._write("index_records", lambda: self.primary.index_records(records))

    def delete_keys(self, keys) -> None:
        self._write("delete_keys", lambda: self.primary.delete_keys(keys))

    def index_peers(self, profile_ids) -> None:
        self._write("index_peers", lambda: self.primary.index_peers(profile_ids))

    # An operator's commands: they try the cluster whatever the breaker says.
    def rebuild(self, records, *, progress=False) -> int:
        return self.primary.rebuild(records, progress=progress)

    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        return self.primary.reconcile(expected, repair=repair)
