from django import template

from community import follows, labels, notify_selectors

register = template.Library()

TAXONOMY_KINDS = {"challenge-area", "theme"}


@register.inclusion_tag("community/includes/follow_button.html", takes_context=True)
def follow_button(context, target):
    """{% follow_button area %}: follow / unfollow `target` (one query: is it followed?).
    Nothing for an anonymous reader, for a kind nobody can follow, or for what this reader
    may not follow (their own profile, a members-only profile of someone not connected)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    kind = follows.kind_of(target) if target is not None else None
    if user is None or not user.is_authenticated or kind is None:
        return {"show": False}
    if kind.slug == "reformer" and (
        target.user_id == user.pk or not follows.may_follow(kind, user, target)
    ):
        return {"show": False}
    return {
        "show": True,
        "kind": kind.slug,
        "pk": target.pk,
        "name": labels.label(target) if kind.slug in TAXONOMY_KINDS else str(target),
        "following": notify_selectors.is_following(user=user, obj=target),
        "next": request.get_full_path(),
    }
