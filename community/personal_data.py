"""Everything the site holds about a person, for "download my data".

Each app that stores something about a person registers a function returning its part, in
its AppConfig.ready (community: the account and the profile; search: saved searches; guide:
self-assessments). A new app that stores personal data registers its part the same way, and
the download, the account deletion test and the docs pick it up. Parts are plain JSON-able
values (datetimes are written by DjangoJSONEncoder)."""

import base64
from collections.abc import Callable
from typing import Any

from django.utils import timezone

FORMAT = "opengov-commons-personal-data"
VERSION = 1

_parts: dict[str, Callable[[Any], Any]] = {}


def register(name: str, part: Callable[[Any], Any]) -> None:
    """Add (or replace: `ready()` may run twice in tests) the part called `name`."""
    _parts[name] = part


def registered() -> list[str]:
    return list(_parts)


def collect(*, user) -> dict:
    """The download: every registered part, in the order the apps registered them."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "generated_at": timezone.now()}
    for name, part in _parts.items():
        data[name] = part(user)
    return data


# --- community's own parts ----------------------------------------------------------------


def account_part(user) -> dict:
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


def _photo(profile) -> dict | None:
    if not profile.photo:
        return None
    try:
        with profile.photo.open("rb") as handle:
            content = handle.read()
    except OSError:
        content = None
    return {
        "url": profile.photo.url,
        "content_type": "image/jpeg",
        "base64": base64.b64encode(content).decode("ascii") if content is not None else None,
    }


def profile_part(user) -> dict | None:
    from .models import ReformerProfile

    profile = (
        ReformerProfile.objects.select_related("country")
        .prefetch_related("themes", "challenge_areas", "tagged_expertise__tag")
        .filter(user=user)
        .first()
    )
    if profile is None:
        return None
    return {
        "address": profile.get_absolute_url(),
        "slug": profile.slug,
        "display_name": profile.display_name,
        "headline": profile.headline,
        "bio": profile.bio,
        "country": profile.country.iso3 if profile.country_id else None,
        "organisation": profile.organisation,
        "sector": profile.sector,
        "themes": sorted(t.slug for t in profile.themes.all()),
        "challenge_areas": sorted(a.slug for a in profile.challenge_areas.all()),
        "expertise": sorted(t.tag.name for t in profile.tagged_expertise.all()),
        "languages": profile.languages,
        "visibility": profile.visibility,
        "open_to_peer_exchange": profile.open_to_peer_exchange,
        "share_contact": profile.share_contact,
        "contact_links": profile.get_contact_links(),
        "photo": _photo(profile),
        "created_at": profile.created_at,
        "updated_at": profile.updated_at,
    }


def points_of_contact_part(user) -> dict:
    """The member governments the person is a point of contact of, the progress updates they
    wrote and the Open Gov Challenge submissions they sent (their history entries keep the
    change, and the member keeps its submissions, not the person, once they go)."""
    from .models import ChallengeSubmission, PointOfContact, ProgressUpdate

    seats = PointOfContact.objects.filter(user=user).select_related("member").order_by("pk")
    updates = (
        ProgressUpdate.objects.filter(created_by=user)
        .select_related("commitment")
        .order_by("date", "pk")
    )
    return {
        "seats": [
            {"member": seat.member.slug, "name": seat.member.name, "since": seat.created_at}
            for seat in seats
        ],
        "progress_updates": [
            {
                "commitment": update.commitment.public_id,
                "date": update.date,
                "status": update.status,
                "note": update.note,
            }
            for update in updates
        ],
        "challenge_submissions": [
            {
                "member": submission.member.slug,
                "reform": submission.title,
                "what_it_changes": submission.description,
                "why_it_is_ambitious": submission.ambition,
                "lead_institution": submission.lead_institution,
                "state": submission.state,
                "submitted_at": submission.submitted_at,
                "created_at": submission.created_at,
            }
            for submission in ChallengeSubmission.objects.filter(submitted_by=user)
            .select_related("member")
            .order_by("pk")
        ],
    }


def follows_and_notifications_part(user) -> dict:
    """What the person follows, their notifications and their e-mail preferences."""
    from .models import EmailPreferences, Follow, Notification

    preferences = EmailPreferences.objects.filter(user=user).first()
    return {
        "follows": [
            {"kind": f.content_type.model, "id": f.object_id, "since": f.created_at}
            for f in Follow.objects.filter(user=user).select_related("content_type").order_by("pk")
        ],
        "notifications": [
            {
                "text": n.sentence(),
                "url": n.url,
                "created_at": n.created_at,
                "read_at": n.read_at,
                "emailed_at": n.emailed_at,
            }
            for n in Notification.objects.filter(recipient=user).select_related("actor__profile")
        ],
        "email_preferences": preferences
        and {
            "language": preferences.language,
            "weekly_digest": preferences.digest,
            "kinds_not_emailed": preferences.muted_kinds,
        },
    }


def connections_part(user) -> dict:
    """The person's connection requests both ways (the message only of those they sent:
    a message received is its writer's), and whom they blocked. The other person is named
    by their profile's address while the community may see it."""
    from django.db.models import Q

    from .models import Connection, ConnectionBlock

    def other_address(other) -> str | None:
        profile = getattr(other, "profile", None)
        visible = profile is not None and other.is_active and profile.visibility != "private"
        return profile.get_absolute_url() if visible else None

    rows = (
        Connection.objects.filter(Q(sender=user) | Q(recipient=user))
        .select_related("sender__profile", "recipient__profile")
        .order_by("requested_at", "pk")
    )
    return {
        "requests": [
            {
                "direction": "sent" if row.sender_id == user.pk else "received",
                "other": other_address(row.recipient if row.sender_id == user.pk else row.sender),
                "state": row.state,
                "message": row.message if row.sender_id == user.pk else None,
                "reason": row.reason if row.sender_id == user.pk else None,
                "requested_at": row.requested_at,
                "answered_at": row.answered_at,
            }
            for row in rows
        ],
        "blocked": [
            {"other": other_address(block.blocked), "since": block.created_at}
            for block in ConnectionBlock.objects.filter(blocker=user)
            .select_related("blocked__profile")
            .order_by("pk")
        ],
    }
