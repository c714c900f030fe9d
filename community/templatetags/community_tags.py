import re
from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

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


_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
_SLUG_MARK = "slug-mark"


@register.simple_tag
def area_member_items(members) -> str:
    """The `<li>` items of a challenge area's active members (challenge_area_detail.html):
    each member's name linking to its page and its commitments in the area linking to the
    hub's list filtered to it. Written in one pass rather than through the template a member:
    an area lists up to 600 members, which took about 50 ms of the hub's rendering."""
    address = reverse("community:member_detail", kwargs={"slug": _SLUG_MARK})
    counted: dict[int, str] = {}  # the same few counts come again and again
    items = []
    for member in members:
        n = member.area_commitment_count
        if n not in counted:
            counted[n] = ngettext("%(counter)s commitment", "%(counter)s commitments", n) % {
                "counter": conditional_escape(localize(n))
            }
        url = (
            address.replace(_SLUG_MARK, member.slug)
            if _SLUG.fullmatch(member.slug)
            else member.get_absolute_url()
        )
        items.append(
            f'<li><a href="{escape(url)}">{escape(labels.label(member))}</a> '
            f'<a class="meta" href="?member={escape(quote(member.slug))}'
            f'#commitments-heading">{counted[n]}</a></li>'
        )
    return mark_safe("".join(items))  # noqa: S308 -- every value above is escaped


@register.simple_tag
def bar_chart_svg(chart) -> str:
    """A hub chart's drawing (community/includes/bar_chart.html; community.charts lays it
    out): one row a label, its total, a track and a segment per series. Written in one pass
    rather than through a template: the hub's six charts took about 8 ms that way. Numbers
    are written as the template's `stringformat:"d"` wrote them (whole numbers)."""
    slug, width, bar_height = escape(chart.slug), int(chart.width), int(chart.bar_height)
    rows = []
    for row in chart.rows:
        label_y, bar_y, label = int(row.label_y), int(row.bar_y), escape(row.label)
        segments = "".join(
            f'<rect class="chart-fill-{escape(segment.key)}" x="{segment.x_attr}" y="{bar_y}" '
            f'width="{segment.width_attr}" height="{bar_height}"><title>{label} · '
            f"{escape(segment.label)}: {escape(segment.value_display)}</title></rect>"
            for segment in row.segments
            if segment.value
        )
        rows.append(
            '\n    <g class="chart-row">\n'
            f'      <text class="chart-label" x="0" y="{label_y}">'
            f"{escape(row.short_label)}</text>\n"
            f'      <text class="chart-value" x="{width}" y="{label_y}" text-anchor="end">'
            f"{escape(row.total_display)}</text>\n"
            f'      <rect class="chart-track" x="0" y="{bar_y}" width="{int(chart.bar_width)}" '
            f'height="{bar_height}"/>\n'
            f"      {segments}\n"
            "    </g>\n  "
        )
    return mark_safe(  # noqa: S308 -- every value above is escaped or a number
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart-drawing" '
        f'viewBox="0 0 {width} {int(chart.height)}" role="img" '
        f'aria-labelledby="chart-{slug}-title chart-{slug}-summary">\n  '
        + "".join(rows)
        + "\n</svg>\n"
    )
