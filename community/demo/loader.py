"""The demo partnership: members, commitments, reformers, accounts (deterministic, idempotent).

Called by `manage.py load_demo` (opengov), which also loads the other apps' demo content."""

import time

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction

from allauth.account.models import EmailAddress

from community import services
from community.demo import content
from community.models import ActionPlan, Commitment, Member, Milestone, User
from community.permissions import EDITORS, MODERATORS, editors_group_ensure

# Demo accounts; the README lists them. Never loaded in production (see docs/operations.md).
ADMIN_EMAIL = "admin@example.org"
ADMIN_PASSWORD = "opengov-admin"  # noqa: S105
EDITOR_EMAIL = "editor@example.org"
MODERATOR_EMAIL = "moderator@example.org"
REFORMER_EMAIL = "reformer@example.org"
DEMO_PASSWORD = "opengov-demo"  # noqa: S105


class PartnershipLoader:
    def __init__(self):
        self._hashes = {}

    def load(self) -> str:
        started = time.monotonic()
        with transaction.atomic():
            vocab = services.vocabulary_ensure()
            countries = self._countries(vocab)
            members = self._members(countries)
            count = self._commitments(members, vocab)
            self._accounts()
            profiles = self._profiles(countries, vocab)
        return (
            f"{len(countries)} countries, {len(members)} members, {count} commitments, "
            f"{profiles} reformer profiles ({time.monotonic() - started:.1f} s)"
        )

    def _countries(self, vocab):
        return {
            iso3: services.country_ensure(
                iso3=iso3, name=name, region=vocab["regions"][region_slug]
            )
            for iso3, name, region_slug in content.COUNTRIES
        }

    def _members(self, countries):
        members = {}
        for row in content.MEMBERS:
            member = Member.objects.filter(code=row["code"]).first() or Member(
                code=row["code"], slug=services.unique_slug(Member, row["name"])
            )
            member.name = row["name"]
            member.kind = row["kind"]
            member.country = countries[row["country"]]
            member.joined_year = row["joined_year"]
            member.description = row["description"]
            member.save()
            members[member.code] = member
        return members

    def _commitments(self, members, vocab):
        numbers = {}
        for row in content.COMMITMENTS:
            member = members[row["member"]]
            start, end = content.PLAN_YEARS[row["plan"]]
            plan, _ = ActionPlan.objects.update_or_create(
                ogp_id=f"DEMO_{member.code}{row['plan']:02d}",
                defaults={
                    "member": member,
                    "number": row["plan"],
                    "start_year": start,
                    "end_year": end,
                },
            )
            numbers[member.code] = numbers.get(member.code, 0) + 1
            number = numbers[member.code]
            irm = row["irm"]
            commitment = Commitment.objects.filter(
                public_id=f"D-{member.code}-{number:03d}"
            ).first() or Commitment(public_id=f"D-{member.code}-{number:03d}")
            commitment.action_plan = plan
            commitment.number = str(number)
            commitment.title = row["title"]
            commitment.description = row["description"]
            commitment.lead_institution = row["lead_institution"]
            commitment.status = row["status"]
            commitment.irm_potential_impact = irm["potential_impact"]
            commitment.irm_completion = irm["completion"]
            commitment.irm_opened_government = irm["opened_government"]
            commitment.irm_starred = irm["starred"]
            commitment.themes.set([vocab["themes"][s] for s in row["themes"]])
            commitment.challenge_areas.set([vocab["areas"][s] for s in row["challenge_areas"]])
            commitment.milestones = [
                Milestone(title=title, is_done=done, sort_order=i)
                for i, (title, done) in enumerate(row["milestones"])
            ]
            commitment.full_clean(exclude=["themes", "challenge_areas", "policy_areas"])
            commitment.save()
        return len(content.COMMITMENTS)

    def _user(self, email, *, password, **flags):
        user = User.objects.filter(email=email).first()
        if user is None:
            # Hashing is deliberately slow (PBKDF2); the demo's thirty-odd accounts share two
            # passwords, so hash each once.
            if password not in self._hashes:
                self._hashes[password] = make_password(password)
            user = User(email=email, password=self._hashes[password], **flags)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _accounts(self):
        self._user(ADMIN_EMAIL, password=ADMIN_PASSWORD, is_staff=True, is_superuser=True)
        editor = self._user(EDITOR_EMAIL, password=DEMO_PASSWORD, first_name="Edith")
        editors_group_ensure()
        editor.groups.add(Group.objects.get(name=EDITORS))
        moderator = self._user(MODERATOR_EMAIL, password=DEMO_PASSWORD, first_name="Moses")
        moderator.groups.add(Group.objects.get_or_create(name=MODERATORS)[0])
        self._user(REFORMER_EMAIL, password=DEMO_PASSWORD, first_name="Rafa")

    def _profiles(self, countries, vocab):
        for row in content.PROFILES:
            user = self._user(row["email"], password=DEMO_PASSWORD)
            services.profile_update(
                user=user,
                display_name=row["name"],
                headline=row["headline"],
                bio=row["bio"],
                sector=row["sector"],
                country=countries[row["country"]],
                organisation=row["organisation"],
                visibility=row["visibility"],
                open_to_peer_exchange=row["open_to_peer_exchange"],
                languages=row["languages"],
                themes=[vocab["themes"][s] for s in row["themes"]],
                challenge_areas=[vocab["areas"][s] for s in row["challenge_areas"]],
                expertise=row["expertise"],
            )
        return len(content.PROFILES)
