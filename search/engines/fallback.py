"""An engine that answers from a fallback when the primary cannot.

Readers are served by `FallbackEngine(primary=Elasticsearch, fallback=database)` (see
engines.engine()): every read tries the primary and, when it raises `EngineUnavailable`,
logs a warning and answers from the fallback, which is always up to date because it is the
read model itself. Search results then carry a notice for the page. Writes go to the primary
only: the fallback's index is the records table, which services.py keeps itself."""

import logging

from django.utils.translation import gettext as _

from .base import EngineUnavailable, IndexReport, PeerHit, PeerQuery, SearchEngine, SearchResults

logger = logging.getLogger(__name__)


class FallbackEngine(SearchEngine):
    def __init__(self, primary: SearchEngine, fallback: SearchEngine):
        self.primary = primary
        self.fallback = fallback

    @property
    def name(self) -> str:
        return self.primary.name

    def _warn(self, operation: str, error: Exception) -> None:
        logger.warning(
            "search engine %s unavailable for %s (%s); answering from %s",
            self.primary.name,
            operation,
            error,
            self.fallback.name,
        )

    # --- reads ---------------------------------------------------------------------------

    def search(self, request) -> SearchResults:
        try:
            return self.primary.search(request)
        except EngineUnavailable as error:
            self._warn("search", error)
        results = self.fallback.search(request)
        results.notice = _(
            "The search service is not answering; these results come from the site's own "
            "index and may be less complete."
        )
        results.engine = self.fallback.name
        return results

    def more_like(self, key, *, kinds=None, limit=8, language="en", exclude_member=True):
        options = {
            "kinds": kinds,
            "limit": limit,
            "language": language,
            "exclude_member": exclude_member,
        }
        try:
            return self.primary.more_like(key, **options)
        except EngineUnavailable as error:
            self._warn("more_like", error)
        return self.fallback.more_like(key, **options)

    def autocomplete(self, prefix, *, limit=8):
        try:
            return self.primary.autocomplete(prefix, limit=limit)
        except EngineUnavailable as error:
            self._warn("autocomplete", error)
        return self.fallback.autocomplete(prefix, limit=limit)

    def peers(self, query: PeerQuery) -> list[PeerHit]:
        try:
            return self.primary.peers(query)
        except EngineUnavailable as error:
            self._warn("peers", error)
        return self.fallback.peers(query)

    def raw_match(self, query: str) -> int:
        try:
            return self.primary.raw_match(query)
        except EngineUnavailable as error:
            self._warn("raw_match", error)
        return self.fallback.raw_match(query)

    # --- writes: the primary's own index only ----------------------------------------------

    def index_records(self, records) -> None:
        self.primary.index_records(records)

    def delete_keys(self, keys) -> None:
        self.primary.delete_keys(keys)

    def index_peers(self, profile_ids) -> None:
        self.primary.index_peers(profile_ids)

    def rebuild(self, records, *, progress=False) -> int:
        return self.primary.rebuild(records, progress=progress)

    def reconcile(self, expected: dict[str, str], *, repair: bool) -> IndexReport:
        return self.primary.reconcile(expected, repair=repair)
