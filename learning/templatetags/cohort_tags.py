from django import template

from .. import cohort_selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def my_cohorts(context):
    """The dashboard's cohorts and upcoming sessions (learning.cohort_selectors.my_cohorts)."""
    return cohort_selectors.my_cohorts(user=context["request"].user)
