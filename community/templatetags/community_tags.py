from django import template
from django.utils.http import urlencode

from community import labels

register = template.Library()


@register.filter
def label(term):
    """{{ area|label }}: a region, country, theme or challenge area in the reader's language."""
    return labels.label(term)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (e.g. the page number)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return "?" + urlencode(sorted(params.lists()), doseq=True) if params else "?"
