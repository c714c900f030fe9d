from django import template

from community import labels

register = template.Library()


@register.filter
def label(term):
    """{{ area|label }}: a region, country, theme or challenge area in the reader's language."""
    return labels.label(term)


@register.filter
def active_filter_count(form) -> int:
    """{{ filter.form|active_filter_count }}: how many fields of a filter form hold a value
    (said on the folded filter panel, includes/filter_form.html)."""
    if not form.is_bound:
        return 0
    return sum(1 for field in form if field.data not in (None, "", [], False))


@register.filter
def initials(name: str) -> str:
    """{{ profile.display_name|initials }}: "Ana María López" → "AL", for the avatar of a
    reformer without a photo (the first letter or digit of the first and the last word)."""
    words = [w for w in (name or "").split() if any(c.isalnum() for c in w)]
    if not words:
        return ""
    ends = words if len(words) == 1 else [words[0], words[-1]]
    return "".join(next(c for c in w if c.isalnum()) for w in ends).upper()
