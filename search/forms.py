"""Reading a search from the query string: whatever arrives, a valid SearchRequest comes out,
with a message for each thing that had to be dropped or shortened (never an error page).

Every parameter is a field of `SearchForm`, cleaned by the shared fields of
`community.fields`: the search page, the saved-search form and a saved search's filters all
read their values through it."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.fields import LenientFormMixin, RepeatedField

from .engines.base import FACETS, SORTS, SearchRequest
from .models import Kind

MAX_QUERY_LENGTH = 500
MAX_VALUES_PER_FILTER = 20
MAX_FILTER_VALUE_LENGTH = 80
MAX_PAGE = 1000
MAX_ID = 2**63 - 1


def _facet(child: forms.Field) -> RepeatedField:
    return RepeatedField(child, max_values=MAX_VALUES_PER_FILTER)


def _term() -> forms.Field:
    """A theme, challenge area, country or region slug; an unknown one matches nothing."""
    return forms.CharField(max_length=MAX_FILTER_VALUE_LENGTH)


class SearchForm(LenientFormMixin, forms.Form):
    q = forms.CharField(required=False)
    type = _facet(forms.ChoiceField(choices=Kind.choices))
    theme = _facet(_term())
    area = _facet(_term())
    level = _facet(_term())
    country = _facet(_term())
    region = _facet(_term())
    year = _facet(forms.IntegerField(min_value=1900, max_value=2100))
    language = _facet(forms.ChoiceField(choices=settings.LANGUAGES))
    sort = forms.ChoiceField(choices=[(s, s) for s in SORTS], required=False)
    page = forms.IntegerField(required=False, initial=1)
    saved = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notes = []

    def clean_q(self):
        query = " ".join(self.cleaned_data["q"].split())
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
            self.notes.append(
                _("Your search was shortened to its first %(n)d characters.")
                % {"n": MAX_QUERY_LENGTH}
            )
        return query

    def clean_page(self):
        page = self.cleaned_data["page"]
        return 1 if page is None else min(max(page, 1), MAX_PAGE)

    def problems(self) -> list[str]:
        self.is_valid()
        problems = list(self.notes)
        refused = self.refused
        if "q" in refused:
            problems.append(_("Your search words could not be read and were left out."))
        if any(name in FACETS for name in refused):
            problems.append(_("Some filters were not understood and were left out."))
        return problems

    def filters(self) -> dict[str, list[str]]:
        values = self.values()
        return {facet: [str(v) for v in values[facet]] for facet in FACETS if values[facet]}

    def search_request(self, *, language: str, per_page: int = 10) -> SearchRequest:
        values = self.values()
        query = values["q"] or ""
        return SearchRequest(
            query=query,
            filters=self.filters(),
            sort=values["sort"] or ("relevance" if query else "date"),
            page=values["page"] or 1,
            per_page=per_page,
            language=language,
        )


def parse_search(params, *, language: str, per_page: int = 10) -> tuple[SearchRequest, list[str]]:
    form = SearchForm(params)
    return form.search_request(language=language, per_page=per_page), form.problems()


class SavedSearchForm(forms.Form):
    """Saving the search posted from the results page: its name and words here, its filters
    through SearchForm, which leaves out any value that does not clean (an unknown type, a
    NUL byte...): a saved search never holds a value it could not be opened with."""

    name = forms.CharField(label=gettext_lazy("Name this search"), max_length=120, required=False)
    q = forms.CharField(max_length=MAX_QUERY_LENGTH, required=False)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.search = SearchForm(data) if data is not None else None

    def filters(self) -> dict[str, list[str]]:
        return self.search.filters()


class AutocompleteForm(LenientFormMixin, forms.Form):
    q = forms.CharField(required=False)

    def typed(self) -> str:
        """The first 100 characters of the typed words, spaces normalised ("" when unusable)."""
        return " ".join((self.values()["q"] or "").split())[:100]
