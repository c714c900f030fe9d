from django import template

from community import labels

register = template.Library()


@register.filter
def label(term):
    """{{ area|label }}: a region, country, theme or challenge area in the reader's language."""
    return labels.label(term)
