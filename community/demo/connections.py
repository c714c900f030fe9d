"""Demo peer connections (connections.yaml): rows found by the pair of e-mails, refreshed
from the file, so a second run changes nothing. The demo writes the rows as they stand (an
accepted connection, a pending request) rather than replaying requests through the
service: the rate limits and notifications are for people, not for loading data."""

from pathlib import Path

from django.db.models import Q
from django.utils import timezone

from community.models import Connection, ReformerProfile, User
from core.demo import read_yaml

FILE = Path(__file__).parent / "connections.yaml"


def load_connections() -> int:
    data = read_yaml(FILE)
    for email in data["share_contact"]:
        ReformerProfile.objects.filter(user__email=email, share_contact=False).update(
            share_contact=True
        )
    emails = {row[end] for row in data["connections"] for end in ("from", "to")}
    users = {user.email: user for user in User.objects.filter(email__in=emails)}
    for row in data["connections"]:
        sender, recipient = users[row["from"]], users[row["to"]]
        wanted = {
            "sender": sender,
            "recipient": recipient,
            "state": row["state"],
            "message": row["message"] or "",
            "reason": row["reason"] or "",
        }
        found = Connection.objects.filter(
            Q(sender=sender, recipient=recipient) | Q(sender=recipient, recipient=sender)
        ).first()
        if found is None:
            now = timezone.now()
            answered = now if row["state"] == Connection.State.ACCEPTED else None
            Connection.objects.create(**wanted, requested_at=now, answered_at=answered)
        elif any(getattr(found, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(found, name, value)
            found.save()
    return len(data["connections"])
