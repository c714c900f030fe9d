from django.utils.functional import SimpleLazyObject

from . import notify_selectors


def notifications(request):
    """The header's unread count, computed only when a template shows it (cached: see
    notify_selectors.unread_count)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "unread_notifications": SimpleLazyObject(lambda: notify_selectors.unread_count(user=user))
    }
