"""The search layer's public API: the one module of `search` that other apps may import.

Other apps' templates reach the same functions through the `search_tags` library
(`{% evidence_for %}`, `{% peers_for_commitment %}`, `{% related_items %}`). Everything else in
the package may change without notice; tests/search/test_package.py holds the other apps to
this (and keeps the package free of import cycles)."""

from community.keywords import KeywordMatches

from . import services, signals
from .contributions import PageEvidence, register_levels, register_pages
from .engines.base import FACETS, SORTS, Hit, SearchRequest, SearchResults
from .selectors import PeerSuggestion, reader_language
from .selectors import evidence_for as _evidence_for
from .selectors import evidence_search as _evidence_search
from .selectors import peers_for_commitment as _peers_for_commitment
from .selectors import peers_for_user as _peers_for_user
from .selectors import related_items as _related_items

__all__ = [
    "Hit",
    "PageEvidence",
    "PeerSuggestion",
    "SearchResults",
    "evidence",
    "evidence_for",
    "indexing_paused",
    "pages_changed",
    "peers_for",
    "rebuild",
    "register_levels",
    "register_pages",
    "related",
]


def evidence(
    query: str = "",
    *,
    filters: dict[str, list[str]] | None = None,
    sort: str = "",
    page: int = 1,
    per_page: int = 10,
    facets: bool = False,
) -> SearchResults:
    """Evidence matching `query` and `filters` ({facet: [values]}, facets as in
    `/search/`: type, theme, area, level, country, region, year, language), in the reader's
    language. `sort` is "relevance" or "date" (default: relevance with words, else date);
    with `facets`, the counts per facet value, labelled in the reader's language."""
    unknown = set(filters or {}) - set(FACETS)
    if unknown:
        raise ValueError(f"unknown search filters: {', '.join(sorted(unknown))}")
    if sort and sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    request = SearchRequest(
        query=query,
        filters={facet: [str(v) for v in values] for facet, values in (filters or {}).items()},
        sort=sort or ("relevance" if query.strip() else "date"),
        page=max(1, page),
        per_page=per_page,
        language=reader_language(),
        facets=facets,
    )
    return _evidence_search(request, with_labels=facets)


def evidence_for(*, commitment, limit: int = 6) -> list[Hit]:
    """Guide recommendations, stories, research and other members' commitments most like this
    commitment; the strongest IRM results first among equals."""
    return _evidence_for(commitment=commitment, limit=limit)


def peers_for(*, user=None, commitment=None, viewer=None, limit: int = 6) -> list[PeerSuggestion]:
    """Reformers to meet, each with the reasons: for `user` (from their own profile), or for
    a `commitment` (people working on its areas and themes) as `viewer` may see them. Only
    profiles the viewer may see, never private ones, never the viewer."""
    if (user is None) == (commitment is None):
        raise TypeError("peers_for() takes either user= or commitment=")
    if user is not None:
        return _peers_for_user(user=user, limit=limit)
    return _peers_for_commitment(commitment=commitment, viewer=viewer, limit=limit)


def related(
    *, kind: str, pk: int, limit: int = 4, page_url: str = "", evidence_only: bool = False
) -> list[Hit]:
    """Records like the record of this kind ("story", "chapter", "lesson", …) and id,
    leaving out what the page at `page_url` already shows; with `evidence_only`, only the
    guide, stories, commitments and research (not courses and lessons)."""
    return _related_items(
        key=f"{kind}:{pk}", limit=limit, page_url=page_url, evidence_only=evidence_only
    )


def pages_changed(page_ids) -> None:
    """Queue these pages' records for the index again, for a page whose evidence changed
    without a publication (an award programme's results: the services set them on the live
    page). Sent when the caller's transaction commits."""
    for page_id in page_ids:
        signals.owner_changed(f"page:{page_id}")


def indexing_paused():
    """A context manager: inside it, the pages, records and profiles saved, published or
    deleted in this thread queue nothing for the search index. For a bulk load of many
    objects (load_demo), which calls rebuild() once afterwards, outside it:

        with transaction.atomic(), search.api.indexing_paused():
            ...  # save many objects
        search.api.rebuild()
    """
    return signals.indexing_paused()


def rebuild() -> dict[str, int]:
    """Project every source again and rebuild the engine's index (and the peers); returns
    counts ({"records": ..., "changed": ..., "deleted": ..., "engine": ...})."""
    return services.rebuild()


def keyword_matches(words: str, *, kind: str, limit: int):
    """The best `limit` records of one kind for these words, as community.keywords asks:
    their ids (the part of the record key after the kind) and how many matched in all."""
    results = evidence(words, filters={"type": [kind]}, sort="relevance", per_page=limit)
    return KeywordMatches(
        keys=[hit.key.split(":", 1)[1] for hit in results.hits], total=results.total
    )


def benchmark_floor(query: str) -> int:
    """For manage.py page_bench: the raw full-text query on the default engine's index (top
    50, search.benchmark), the floor a search's time is read against; the number of matches."""
    from .benchmark import floor_query
    from .engines import get_engine

    return floor_query(get_engine(), query)
