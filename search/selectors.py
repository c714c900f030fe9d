"""Reads of the search layer, ready for templates: evidence search with labelled facets,
evidence for a commitment, related items, peers with the reasons they are suggested, saved
searches with their new matches."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from community import connection_selectors, labels, peer_reasons
from community.models import ChallengeArea, Country, ReformerProfile, Region, Theme
from community.models.people import Visibility
from core import languages
from guide.selectors import self_assessments_for

from . import contributions, peers
from .engines import engine
from .engines.base import Hit, PeerQuery, SearchRequest, SearchResults
from .models import Kind, SavedSearch

EVIDENCE_FOR_KINDS = (Kind.RECOMMENDATION, Kind.STORY, Kind.COMMITMENT, Kind.RESEARCH)
# what a lesson's "Related evidence" shows: the reforms and research, not other lessons
# (the course's outline is beside it)
EVIDENCE_KINDS = (Kind.CHAPTER, *EVIDENCE_FOR_KINDS)


def reader_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


# kinds whose record keeps a member's name in `member` (research keeps its authors there)
_MEMBER_KINDS = (Kind.COMMITMENT, Kind.STORY)


def for_reader(hits: list[Hit]) -> list[Hit]:
    """Hits as the reader sees them: links at the reader's language prefix (records keep
    the address of their own language, or none), member names and levels in the reader's
    language."""
    levels = None
    for hit in hits:
        hit.url = languages.localize_url(hit.url)
        if hit.kind in _MEMBER_KINDS:
            hit.member = labels.member_name(hit.member)
        if hit.level:
            levels = levels if levels is not None else contributions.level_labels()
            hit.level_label = levels.get(hit.level, "")
    return hits


def _terms_by_slug(model) -> dict[str, object]:
    return {term.slug: term for term in model.objects.in_default_locale()}


def term_labels() -> dict[str, dict[str, str]]:
    """Names of every facet value in the reader's language (four small queries)."""
    names = {
        "type": {value: str(label) for value, label in Kind.choices},
        "language": {code: str(name) for code, name in settings.LANGUAGES},
        "level": contributions.level_labels(),
    }
    for facet, model in (
        ("theme", Theme),
        ("area", ChallengeArea),
        ("country", Country),
        ("region", Region),
    ):
        names[facet] = {slug: labels.label(term) for slug, term in _terms_by_slug(model).items()}
    return names


def evidence_search(request: SearchRequest, *, with_labels=True) -> SearchResults:
    results = engine().search(request)
    for_reader(results.hits)
    if with_labels and results.facets:
        names = term_labels()
        for facet, values in results.facets.items():
            for value in values:
                value.label = names.get(facet, {}).get(value.value, value.value)
    return results


def evidence_for(*, commitment, limit: int = 6) -> list[Hit]:
    """Guide recommendations, stories, research and other members' commitments most like
    this commitment; the strongest IRM results first among equals. The best of each kind
    that is like it in words and in topics has a place, so that the guide, stories and
    research are not crowded out by the many commitments."""
    hits = engine().more_like(
        f"commitment:{commitment.public_id}",
        kinds=list(EVIDENCE_FOR_KINDS),
        limit=limit,
        language=reader_language(),
        every_kind=True,
    )
    return for_reader(hits)


RELATED_SPARE = 12  # a chapter's own recommendations may fill the first places


def related_items(
    *, key: str, limit: int = 4, page_url: str = "", evidence_only: bool = False
) -> list[Hit]:
    """Records like `key`, leaving out what the page at `page_url` already shows (a guide
    chapter's recommendations are anchors on the chapter's own page); with `evidence_only`,
    records of the EVIDENCE_KINDS only."""
    kinds = list(EVIDENCE_KINDS) if evidence_only else None
    language = reader_language()
    if not page_url:
        return for_reader(engine().more_like(key, kinds=kinds, limit=limit, language=language))
    hits = engine().more_like(key, kinds=kinds, limit=limit + RELATED_SPARE, language=language)
    hits = for_reader(hits)
    return [hit for hit in hits if hit.url.split("#", 1)[0] != page_url][:limit]


@dataclass
class PeerSuggestion:
    profile: ReformerProfile
    reasons: list[str]


def _visibilities(viewer) -> tuple[str, ...]:
    if viewer.is_authenticated:
        return (Visibility.PUBLIC, Visibility.MEMBERS)
    return (Visibility.PUBLIC,)


def _reasons(hit, areas: dict, themes: dict) -> list[str]:
    reasons = []
    if hit.shared_areas:
        names = ", ".join(labels.label(areas[s]) for s in hit.shared_areas if s in areas)
        count = len(hit.shared_areas)
        reasons.append(
            ngettext(
                "%(count)d shared challenge area: %(names)s",
                "%(count)d shared challenge areas: %(names)s",
                count,
            )
            % {"count": count, "names": names}
        )
    if hit.shared_themes:
        names = ", ".join(labels.label(themes[s]) for s in hit.shared_themes if s in themes)
        count = len(hit.shared_themes)
        reasons.append(
            ngettext(
                "%(count)d shared theme: %(names)s",
                "%(count)d shared themes: %(names)s",
                count,
            )
            % {"count": count, "names": names}
        )
    if hit.comparable_reform:
        reasons.append(_("Their country has strong commitments in these areas"))
    return reasons


def _suggestions(query: PeerQuery, terms: tuple[dict, dict] | None = None) -> list[PeerSuggestion]:
    """`terms`: the query's own challenge areas and themes by slug, when the caller has them
    (a shared area or theme is one of the query's): no query for their names then."""
    hits = engine().peers(query)
    if not hits:
        return []
    # An engine's copy of the profiles may lag (Elasticsearch while a profile save waits for
    # its indexing task): what is shown is checked against the profiles as they are now.
    profiles = (
        peers.visible_peers(query.visibilities)
        .exclude(user_id__in=query.exclude_user_ids)
        .select_related("country")
        .in_bulk([hit.profile_id for hit in hits])
    )
    areas, themes = terms or (_terms_by_slug(ChallengeArea), _terms_by_slug(Theme))
    return [
        PeerSuggestion(profiles[hit.profile_id], _reasons(hit, areas, themes))
        for hit in hits
        if hit.profile_id in profiles
    ]


def peers_for_user(*, user, limit: int = 6) -> list[PeerSuggestion]:
    profile = ReformerProfile.objects.filter(user=user).select_related("country").first()
    if profile is None:
        return []
    return _peers_for_profile(profile, user=user, limit=limit)


def _peers_for_profile(profile, *, user, limit: int) -> list[PeerSuggestion]:
    # .all(): the dashboard's profile has them prefetched
    areas = {area.slug: area for area in profile.challenge_areas.all()}
    themes = {theme.slug: theme for theme in profile.themes.all()}
    query = PeerQuery(
        areas=list(areas),
        themes=list(themes),
        country=profile.country.slug if profile.country_id else "",
        # never oneself, nor anyone blocked either way, connected or with a pending request
        exclude_user_ids=(user.pk, *connection_selectors.suggestion_exclusions(user=user)),
        visibilities=_visibilities(user),
        limit=limit,
    )
    return _with_other_reasons(_suggestions(query, (areas, themes)), user=user, query=query)


def _with_other_reasons(
    suggestions: list[PeerSuggestion], *, user, query: PeerQuery
) -> list[PeerSuggestion]:
    """The reasons other apps give (community.peer_reasons: learning's shared cohorts) added
    to the suggestions and, while there is room, the people those apps suggest on their own
    (a cohort fellow whose areas differ), under the same visibility rules. One query per
    provider, and one for the profiles when there is room and someone to add."""
    found = peer_reasons.reasons(user=user, user_ids=[s.profile.user_id for s in suggestions])
    shown = set()
    for suggestion in suggestions:
        suggestion.reasons.extend(found.get(suggestion.profile.user_id, []))
        shown.add(suggestion.profile.user_id)
    room = query.limit - len(suggestions)
    wanted = [user_id for user_id in found if user_id not in shown]
    if room <= 0 or not wanted:
        return suggestions
    profiles = (
        peers.visible_peers(query.visibilities)
        .exclude(user_id__in=query.exclude_user_ids)
        .select_related("country")
        .filter(user_id__in=wanted)
    )
    by_user = {profile.user_id: profile for profile in profiles}
    extra = [PeerSuggestion(by_user[u], found[u]) for u in wanted if u in by_user]
    return suggestions + extra[:room]


def peers_for_commitment(*, commitment, viewer=None, limit: int = 4) -> list[PeerSuggestion]:
    viewer = viewer or AnonymousUser()
    country = commitment.action_plan.member.country
    # .all(): the commitment page has them prefetched
    areas = {area.slug: area for area in commitment.challenge_areas.all()}
    themes = {theme.slug: theme for theme in commitment.themes.all()}
    query = PeerQuery(
        areas=list(areas),
        themes=list(themes),
        country=country.slug if country else "",
        exclude_user_ids=(
            (viewer.pk, *connection_selectors.blocked_either_way(user=viewer))
            if viewer.is_authenticated
            else ()
        ),
        visibilities=_visibilities(viewer),
        limit=limit,
    )
    return _suggestions(query, (areas, themes))


def saved_searches_for(*, user):
    return SavedSearch.objects.filter(user=user)


DASHBOARD_SAVED_SEARCHES = 5  # each costs one count query (its new matches)
DASHBOARD_STORIES = 5
DASHBOARD_PEERS = 6


@dataclass
class Dashboard:
    """What a signed-in reformer's home gathers: theirs, and what is new for them."""

    profile: ReformerProfile
    peers: list[PeerSuggestion]
    saved_searches: list[tuple[SavedSearch, int]]  # (saved search, new matches), first few
    saved_search_count: int
    assessments: list  # guide.selectors.AssessmentProgress, most recent first
    stories: list[Hit]  # the newest stories in the profile's areas (else its themes)
    stories_filter: dict[str, list[str]]  # the search for all of them ({} without areas)


def dashboard_for(*, user) -> Dashboard | None:
    """The dashboard of `user`, or None when they have no profile yet. A bounded number of
    queries: the profile, peers, at most DASHBOARD_SAVED_SEARCHES counts, the guide's
    self-assessments and one search for stories."""
    profile = (
        ReformerProfile.objects.filter(user=user)
        .select_related("country")
        .prefetch_related("challenge_areas", "themes")
        .first()
    )
    if profile is None:
        return None
    saved = list(saved_searches_for(user=user))
    areas = [area.slug for area in profile.challenge_areas.all()]
    themes = [theme.slug for theme in profile.themes.all()]
    stories_filter = {"area": areas} if areas else ({"theme": themes} if themes else {})
    stories = []
    if stories_filter:
        request = SearchRequest(
            filters={"type": [Kind.STORY], **stories_filter},
            sort="date",
            per_page=DASHBOARD_STORIES,
            language=reader_language(),
            facets=False,
        )
        stories = for_reader(engine().search(request).hits)
    return Dashboard(
        profile=profile,
        peers=_peers_for_profile(profile, user=user, limit=DASHBOARD_PEERS),
        saved_searches=[
            (item, saved_search_new_count(item)) for item in saved[:DASHBOARD_SAVED_SEARCHES]
        ],
        saved_search_count=len(saved),
        assessments=self_assessments_for(user=user),
        stories=stories,
        stories_filter=stories_filter,
    )


def saved_search_get(*, user, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, user=user, pk=pk)


def saved_search_request(saved: SavedSearch, *, page: int = 1, per_page: int = 10):
    filters = {k: [str(v) for v in vs] for k, vs in (saved.filters or {}).items()}
    return SearchRequest(
        query=saved.query,
        filters=filters,
        sort="date" if not saved.query else "relevance",
        page=page,
        per_page=per_page,
        language=reader_language(),
    )


def saved_search_new_count(saved: SavedSearch) -> int:
    """How many of its matches arrived since the reader last looked: the total of the same
    search restricted to records first indexed since then (no page of results is loaded)."""
    if saved.last_seen_at is None:
        return 0
    request = saved_search_request(saved, per_page=0)
    request.indexed_after = saved.last_seen_at
    request.facets = False
    return engine().search(request).total
