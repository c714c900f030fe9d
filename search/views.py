from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.http import JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from community import labels
from community.models import ChallengeArea, Country
from core import languages

from . import selectors, services
from .forms import AutocompleteForm, SavedSearchForm, SearchForm
from .models import SavedSearch

SUGGESTED_SEARCHES = (
    "beneficial ownership",
    "open contracting",
    "whistleblower protection",
    "participatory budgeting",
    "access to justice",
    "climate",
)


# the filters in the order a reader meets them: challenge areas (the partnership's challenge)
# before themes (the broader subjects the areas belong to), each with a line saying which
FACET_DISPLAY = ("type", "area", "theme", "level", "country", "region", "year", "language")


def _query(search_request, filters=None) -> QueryDict:
    """The search's cleaned parameters, for `{% querystring %}` (a value that did not clean is
    not carried into the links); `filters` in place of the search's own."""
    query = QueryDict(mutable=True)
    params = {"q": search_request.query, "sort": search_request.sort}
    for key, value in {
        **params,
        **(search_request.filters if filters is None else filters),
    }.items():
        values = [v for v in (value if isinstance(value, list) else [value]) if v]
        if values:
            query.setlist(key, values)
    return query


def _chips(search_request, facets) -> list[dict]:
    """The active filters as removable chips (a link without that one value)."""
    chips = []
    for facet, values in search_request.filters.items():
        labels_by_value = {v.value: v.label for v in facets.get(facet, [])}
        for value in values:
            rest = {**search_request.filters, facet: [v for v in values if v != value]}
            chips.append(
                {
                    "label": labels_by_value.get(value, value),
                    "url": "?" + _query(search_request, filters=rest).urlencode(),
                }
            )
    return chips


@require_GET
def search(request):
    form = SearchForm(request.GET)
    search_request = form.search_request(language=selectors.reader_language())
    problems = form.problems()
    results = selectors.evidence_search(search_request)
    if results.total and search_request.page > results.num_pages:
        # past the last page: the last page, as the other listings (Paginator.get_page)
        problems.append(
            ngettext(
                "There is only %(n)d page of results.",
                "There are only %(n)d pages of results.",
                results.num_pages,
            )
            % {"n": results.num_pages}
        )
        search_request.page = results.num_pages
        results = selectors.evidence_search(search_request)
    saved = None
    saved_id = form.values()["saved"]
    if request.user.is_authenticated and saved_id is not None:
        saved = SavedSearch.objects.filter(user=request.user, pk=saved_id).first()
    if saved is not None:
        for hit in results.hits:
            hit.is_new = bool(
                saved.last_seen_at
                and hit.first_indexed_at
                and hit.first_indexed_at > saved.last_seen_at
            )
        services.saved_search_seen(saved=saved)
    context = {
        "search": search_request,
        "results": results,
        "problems": problems,
        "facet_groups": [
            (facet, results.facets[facet]) for facet in FACET_DISPLAY if results.facets.get(facet)
        ],
        "chips": _chips(search_request, results.facets),
        "has_filters": bool(search_request.filters),
        "suggestions": SUGGESTED_SEARCHES,
        "query": _query(search_request),
        "saved": saved,
        "save_form": SavedSearchForm(initial={"name": search_request.query}),
    }
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    """Suggestions for the search box: challenge areas and countries named in the reader's
    language, then record titles, the reader's language first; every link in it."""
    prefix = AutocompleteForm(request.GET).typed()
    if len(prefix) < 2:
        return JsonResponse({"results": []})
    results = []
    search_url = reverse("search:search")
    language = selectors.reader_language()
    for model, facet, kind in ((ChallengeArea, "area", "area"), (Country, "country", "country")):
        terms = labels.sorted_by_label(model.objects.in_default_locale())
        for term in terms:
            name = labels.label(term)
            if prefix.lower() in name.lower():
                url = f"{search_url}?{urlencode({facet: term.slug})}"
                results.append({"label": name, "url": url, "kind": kind})
    results = results[:4]
    hits = selectors.engine().autocomplete(prefix, limit=8 - len(results), language=language)
    for hit in selectors.for_reader(hits):
        results.append({"label": hit.title, "url": hit.url, "kind": hit.kind})
    return JsonResponse({"results": results})


@login_required
@require_http_methods(["GET", "POST"])
def saved_list(request):
    if request.method == "POST":
        return _saved_search_save(request)
    return render(request, "search/saved_list.html", _saved_list_context(request.user))


def _saved_list_context(user) -> dict:
    return {
        "saved_searches": [
            (saved, selectors.saved_search_new_count(saved))
            for saved in selectors.saved_searches_for(user=user)
        ],
        "limit": services.MAX_SAVED_SEARCHES,
    }


def _saved_search_save(request):
    """Save the search posted from the results page. When it cannot be saved, the list is
    shown with the reason (400) and a link back to the very same search, filters and all."""
    form = SavedSearchForm(request.POST)
    problems = []
    if form.is_valid():
        try:
            services.saved_search_create(
                user=request.user,
                name=form.cleaned_data["name"],
                query=form.cleaned_data["q"],
                filters=form.filters(),
            )
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(
                request, _("Search saved. New matches will be marked when you come back.")
            )
            return redirect("search:saved_list")
    else:
        problems = [e for errors in form.errors.values() for e in errors]
    request_back = form.search.search_request(language=settings.LANGUAGE_CODE)
    back = {"q": request_back.query, **request_back.filters}
    context = _saved_list_context(request.user)
    context.update(
        problems=problems,
        back_url=f"{reverse('search:search')}?{urlencode(back, doseq=True)}",
    )
    return render(request, "search/saved_list.html", context, status=400)


def _saved_url(saved: SavedSearch) -> str:
    params = {"q": saved.query, **(saved.filters or {}), "saved": saved.pk}
    query = urlencode({k: v for k, v in params.items() if v}, doseq=True)
    return f"{reverse('search:search')}?{query}"


@login_required
@require_GET
def saved_detail(request, pk):
    saved = selectors.saved_search_get(user=request.user, pk=pk)
    return redirect(_saved_url(saved))


@login_required
@require_POST
def saved_delete(request, pk):
    saved = selectors.saved_search_get(user=request.user, pk=pk)
    services.saved_search_delete(saved=saved)
    messages.success(request, _("Saved search deleted."))
    return redirect("search:saved_list")


@login_required
@require_POST
def saved_feed_rotate(request, pk):
    saved = selectors.saved_search_get(user=request.user, pk=pk)
    services.saved_search_feed_rotate(saved=saved)
    messages.success(
        request,
        _("“%(name)s” has a new feed address; the old one no longer works.") % {"name": saved.name},
    )
    return redirect("search:saved_list")


class SavedSearchFeed(Feed):
    """A saved search as RSS: its newest matches. The address carries a secret token, so a
    feed reader can follow it without signing in."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, token):
        # a deactivated account's feeds stop with it
        return get_object_or_404(
            SavedSearch.objects.select_related("user"), feed_token=token, user__is_active=True
        )

    def title(self, obj):
        return _("OpenGov Commons: %(name)s") % {"name": obj.name}

    def link(self, obj):
        return reverse("search:saved_list")

    def description(self, obj):
        return _("New evidence matching your saved search “%(name)s”.") % {"name": obj.name}

    def items(self, obj):
        request = selectors.saved_search_request(obj, per_page=20)
        request.sort = "date"
        request.facets = False
        return selectors.engine().search(request).hits

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.snippet

    def item_link(self, item):
        return languages.localize_url(item.url)

    def item_guid(self, item):
        return item.key

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_indexed_at


@login_required
@require_GET
def dashboard(request):
    """A signed-in reformer's home on the site: what is theirs (profile, saved searches,
    self-assessments) and what is new for them (peers, stories in their areas)."""
    dashboard = selectors.dashboard_for(user=request.user)
    if dashboard is None:
        messages.info(
            request,
            _("Tell the community what you work on: peers and evidence are suggested from it."),
        )
        return redirect("community:profile_edit")
    stories_url = ""
    if dashboard.stories_filter:
        params = {"type": "story", **dashboard.stories_filter}
        stories_url = f"{reverse('search:search')}?{urlencode(params, doseq=True)}"
    return render(
        request,
        "search/dashboard.html",
        {
            "dashboard": dashboard,
            "profile": dashboard.profile,
            "peers": dashboard.peers,
            "saved_searches": dashboard.saved_searches,
            "stories_url": stories_url,
        },
    )
