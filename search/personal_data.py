"""Search's part of "download my data" (registered in SearchConfig.ready)."""

from django.urls import reverse

from .models import SavedSearch


def saved_searches_part(user) -> list[dict]:
    return [
        {
            "name": saved.name,
            "query": saved.query,
            "filters": saved.filters,
            "feed": reverse("search:saved_feed", kwargs={"token": saved.feed_token}),
            "created_at": saved.created_at,
            "last_seen_at": saved.last_seen_at,
        }
        for saved in SavedSearch.objects.filter(user=user).order_by("pk")
    ]
