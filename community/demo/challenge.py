"""Demo Open Gov Challenge submissions (challenge.yaml): each one's contact is named a point of
contact of its member, and the submission is found by member and title, refreshed from the
file and written only when something differs (a second run changes nothing)."""

from datetime import UTC, datetime
from pathlib import Path

from community.models import ChallengeSubmission, Commitment, Member, PointOfContact, User
from core.demo import pick, read_yaml

FILE = Path(__file__).parent / "challenge.yaml"
TEXT = ("description", "ambition", "lead_institution")


def load_challenge(vocab: dict) -> int:
    rows = read_yaml(FILE)
    members = {m.code: m for m in Member.objects.filter(code__in={r["member"] for r in rows})}
    for row in rows:
        member = pick(members, [row["member"]], what="member", source=FILE)[0]
        contact = User.objects.get(email=row["contact"])
        PointOfContact.objects.get_or_create(member=member, user=contact)
        area = pick(vocab["areas"], [row["area"]], what="challenge area", source=FILE)[0]
        reviewed = datetime(row["reviewed"], 6, 1, tzinfo=UTC) if row.get("reviewed") else None
        wanted = {
            **{name: row[name].strip() for name in TEXT},
            "challenge_area": area,
            "state": row["state"],
            "review_note": (row.get("note") or "").strip(),
            "submitted_by": contact,
            "reviewed_at": reviewed,
            "submitted_at": reviewed,
        }
        submission = ChallengeSubmission.objects.filter(member=member, title=row["title"]).first()
        if submission is None:
            submission = ChallengeSubmission.objects.create(
                member=member, title=row["title"], **wanted
            )
        elif any(getattr(submission, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(submission, name, value)
            submission.save()
        linked = list(
            Commitment.objects.filter(public_id__in=row["commitments"], action_plan__member=member)
        )
        if len(linked) != len(row["commitments"]):
            raise ValueError(f"{FILE}: {row['title']}: a commitment not of {member.code}")
        if {c.pk for c in submission.commitments.all()} != {c.pk for c in linked}:
            submission.commitments.set(linked)
    return len(rows)
