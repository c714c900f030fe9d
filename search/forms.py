"""Reading a search from the query string: whatever arrives, a valid SearchRequest comes out,
with a message for each thing that had to be dropped or shortened (never an error page)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .engines.base import FACETS, SORTS, SearchRequest
from .models import Kind

MAX_QUERY_LENGTH = 500
MAX_VALUES_PER_FILTER = 20
MAX_PAGE = 1000
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
KIND_VALUES = set(Kind.values)


def parse_search(params, *, language: str, per_page: int = 10) -> tuple[SearchRequest, list[str]]:
    problems = []
    query = " ".join(str(params.get("q", "")).split())
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        problems.append(
            _("Your search was shortened to its first %(n)d characters.") % {"n": MAX_QUERY_LENGTH}
        )
    filters = {}
    for facet in FACETS:
        values = [v.strip()[:80] for v in params.getlist(facet) if v.strip()]
        values = list(dict.fromkeys(values))[:MAX_VALUES_PER_FILTER]
        if facet == "year":
            kept = [v for v in values if v.isdigit() and 1900 <= int(v) <= 2100]
        elif facet == "language":
            kept = [v for v in values if v in LANGUAGE_CODES]
        elif facet == "type":
            kept = [v for v in values if v in KIND_VALUES]
        else:
            kept = values
        if len(kept) < len(values):
            problems.append(_("Some filters were not understood and were left out."))
        if kept:
            filters[facet] = kept
    sort = params.get("sort", "")
    if sort not in SORTS:
        sort = "relevance" if query else "date"
    page = params.get("page", "1")
    try:
        page = int(page)
    except (TypeError, ValueError):
        page = 1
    page = min(max(page, 1), MAX_PAGE)
    request = SearchRequest(
        query=query,
        filters=filters,
        sort=sort,
        page=page,
        per_page=per_page,
        language=language,
    )
    return request, list(dict.fromkeys(problems))


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name this search"), max_length=120, required=False)
    q = forms.CharField(max_length=MAX_QUERY_LENGTH, required=False)

    def filters(self, params) -> dict:
        request, _problems = parse_search(params, language=settings.LANGUAGE_CODE)
        return request.filters
