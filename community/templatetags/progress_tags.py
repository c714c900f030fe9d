"""Progress figures and the commitment timeline, for the public pages (one query or a fixed
few each: community.workspace_selectors, community.timeline)."""

from django import template

from .. import progress, timeline, workspace_selectors
from ..permissions import can_edit_member

register = template.Library()


@register.inclusion_tag("community/includes/rollup.html")
def member_progress(member):
    return {"rollup": workspace_selectors.member_rollup(member=member)}


@register.inclusion_tag("community/includes/rollup.html")
def area_progress(area, figures=None):
    """`figures`: the area's (community.area_stats), when the page has them already."""
    return {"rollup": workspace_selectors.area_rollup(area=area, figures=figures)}


@register.simple_tag
def commitment_progress(commitment):
    """The commitment's progress as a percentage (None without milestones), from its
    prefetched milestones."""
    return progress.percent(progress.commitment_progress(commitment.milestones.all()))


@register.inclusion_tag("community/includes/timeline.html")
def commitment_timeline(commitment):
    return {"entries": timeline.for_commitment(commitment)}


@register.filter
def may_edit(user, member) -> bool:
    """May the reader change this member's records (community.permissions.can_edit_member)?"""
    return can_edit_member(user, member)
