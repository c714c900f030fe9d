"""The demo partnership: members with their action plans and commitments, reformers, accounts.

Reads the YAML files next to this module: countries.yaml, members/<code>.yaml (a member, its
plans and their commitments, whose ids start with SAMPLE) and profiles.yaml. Rows are found
by their stable keys (country ISO code, member code, plan and commitment ids, account
e-mail), refreshed from the files, and written only when something differs, so a second run
changes nothing."""

from pathlib import Path

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from allauth.account.models import EmailAddress

from community import services
from community.models import (
    ActionPlan,
    Commitment,
    EvidenceLink,
    Member,
    Milestone,
    PointOfContact,
    ProgressUpdate,
    ReformerProfile,
    User,
)
from community.permissions import EDITORS, MODERATORS, editors_group_ensure
from core.demo import pick, read_yaml

from .challenge import load_challenge
from .connections import load_connections
from .follows import load_follows

DEMO = Path(__file__).parent
# Demo plans and commitments sit beside real OGP ones once `make load` has run: their ids
# say SAMPLE (in the files) and their titles start with this wherever they are listed.
SAMPLE_TITLE = "Sample: {}"

# Demo accounts; the README lists them. Never loaded in production (see docs/operations.md).
ADMIN_EMAIL = "admin@example.org"
ADMIN_PASSWORD = "opengov-admin"  # noqa: S105
EDITOR_EMAIL = "editor@example.org"
MODERATOR_EMAIL = "moderator@example.org"
REFORMER_EMAIL = "reformer@example.org"
CONTACT_EMAIL = "contact@example.org"  # a point of contact (community/demo/workspace.yaml)
DEMO_PASSWORD = "opengov-demo"  # noqa: S105


def load_partnership() -> str:
    vocab = services.vocabulary_ensure()
    countries = {
        row["iso3"]: services.country_ensure(
            iso3=row["iso3"], name=row["name"], region=vocab["regions"][row["region"]]
        )
        for row in read_yaml(DEMO / "countries.yaml")
    }
    _legacy_ids_rename()
    members = {path: read_yaml(path) for path in sorted((DEMO / "members").glob("*.yaml"))}
    commitments = _Records(
        vocab,
        [c["id"] for m in members.values() for p in m["action_plans"] for c in p["commitments"]],
    )
    for path, row in members.items():
        member = _member(row, countries)
        for plan_row in row["action_plans"]:
            plan = _plan(plan_row, member)
            for commitment_row in plan_row["commitments"]:
                commitments.ensure(commitment_row, plan, source=path)
    ActionPlan.objects.filter(ogp_id__startswith="DEMO_", commitments__isnull=True).delete()
    accounts = _Accounts()
    accounts.staff()
    profiles = read_yaml(DEMO / "profiles.yaml")
    for row in profiles:
        accounts.profile(row, countries, vocab, source=DEMO / "profiles.yaml")
    _workspace(accounts)
    submissions = load_challenge(vocab)
    connections = load_connections()
    follows = load_follows()
    return (
        f"{len(countries)} countries, {len(members)} members, {commitments.count} "
        f"commitments, {len(profiles)} reformer profiles, {connections} connections, "
        f"{follows} follows, {submissions} Open Gov Challenge submissions"
    )


def _workspace(accounts) -> None:
    """The demo point of contact, their member's dated milestones with evidence, and
    progress updates (workspace.yaml); found by their keys, so a second run adds nothing."""
    data = read_yaml(DEMO / "workspace.yaml")
    contact = data["contact"]
    user = accounts.user(CONTACT_EMAIL, password=DEMO_PASSWORD)
    if user.first_name != contact["first_name"]:
        user.first_name = contact["first_name"]
        user.save(update_fields=["first_name"])
    member = Member.objects.get(code=contact["member"])
    PointOfContact.objects.get_or_create(member=member, user=user)
    for row in data["milestones"]:
        milestone = Milestone.objects.get(
            commitment__public_id=row["commitment"], title=row["title"]
        )
        if not milestone.is_done or milestone.done_date != row["done_date"]:
            milestone.is_done, milestone.done_date = True, row["done_date"]
            milestone.save(update_fields=["is_done", "done_date"])
        for link in row["evidence"]:
            EvidenceLink.objects.get_or_create(
                milestone=milestone,
                url=link["url"],
                defaults={"title": link["title"], "created_by": user},
            )
    for row in data["progress_updates"]:
        commitment = Commitment.objects.get(public_id=row["commitment"])
        ProgressUpdate.objects.update_or_create(
            commitment=commitment,
            date=row["date"],
            defaults={"status": row["status"], "note": row["note"], "created_by": user},
        )


def _legacy_ids_rename() -> None:
    """Databases loaded before the demo ids said SAMPLE have D-KEN-001 where the files now
    have SAMPLE-KEN-001: rename them, so that what links to them stays linked (their plans,
    DEMO_KEN01..., are left empty and deleted once the commitments move to the new ones)."""
    for commitment in Commitment.objects.filter(public_id__startswith="D-"):
        commitment.public_id = f"SAMPLE-{commitment.public_id.removeprefix('D-')}"
        commitment.save(update_fields=["public_id"])


def _changed(obj, fields: dict) -> bool:
    """Set ``fields`` on ``obj``; whether any of them differed."""
    changed = False
    for name, value in fields.items():
        if getattr(obj, name, None) != value:  # None: a relation not set yet
            setattr(obj, name, value)
            changed = True
    return changed


def _same(related, objects) -> bool:
    """Whether a many-to-many relation holds exactly ``objects``."""
    return {o.pk for o in related.all()} == {o.pk for o in objects}


def _member(row: dict, countries: dict) -> Member:
    fields = {k: v for k, v in row.items() if k not in ("action_plans", "country")}
    fields["country"] = countries[row["country"]]
    member = Member.objects.filter(code=row["code"]).first()
    if member is None:
        member = Member(slug=services.unique_slug(Member, row["name"]))
    if _changed(member, fields) or member.pk is None:
        member.save()
    return member


def _plan(row: dict, member: Member) -> ActionPlan:
    fields = {k: v for k, v in row.items() if k not in ("id", "commitments")}
    plan = ActionPlan.objects.filter(ogp_id=row["id"]).first() or ActionPlan(ogp_id=row["id"])
    if _changed(plan, {"member": member, **fields}) or plan.pk is None:
        plan.save()
    return plan


class _Records:
    """Commitments, compared with what the database holds before anything is written."""

    def __init__(self, vocab, ids: list[str]):
        self.themes, self.areas = vocab["themes"], vocab["areas"]
        self.existing = {
            c.public_id: c
            for c in Commitment.objects.filter(public_id__in=ids).prefetch_related(
                "themes", "challenge_areas", "milestones"
            )
        }
        self.count = 0

    def ensure(self, row: dict, plan: ActionPlan, *, source: Path) -> None:
        self.count += 1
        commitment = self.existing.get(row["id"])
        is_new = commitment is None
        if is_new:
            commitment = Commitment(public_id=row["id"])
        fields = {
            k: v
            for k, v in row.items()
            if k not in ("id", "themes", "challenge_areas", "milestones")
        }
        fields["title"] = SAMPLE_TITLE.format(row["title"])
        themes = pick(self.themes, row["themes"], what="theme", source=source)
        areas = pick(self.areas, row["challenge_areas"], what="challenge area", source=source)
        milestones = [(m["title"], m["done"]) for m in row["milestones"]]
        changed = _changed(commitment, {"action_plan": plan, **fields})
        if not is_new:
            changed = changed or not (
                _same(commitment.themes, themes)
                and _same(commitment.challenge_areas, areas)
                and [(m.title, m.is_done) for m in commitment.milestones.all()] == milestones
            )
        if not (is_new or changed):
            return
        commitment.themes.set(themes)
        commitment.challenge_areas.set(areas)
        commitment.milestones = [
            Milestone(title=title, is_done=done, sort_order=i)
            for i, (title, done) in enumerate(milestones)
        ]
        commitment.full_clean(exclude=["themes", "challenge_areas", "policy_areas"])
        commitment.save()


class _Accounts:
    def __init__(self):
        # Hashing is deliberately slow (PBKDF2); the demo's thirty-odd accounts share two
        # passwords, so hash each once.
        self._hashes = {}

    def user(self, email, *, password, **flags) -> User:
        user = User.objects.filter(email=email).first()
        if user is None:
            if password not in self._hashes:
                self._hashes[password] = make_password(password)
            user = User(email=email, password=self._hashes[password], **flags)
            user.save()
        address = EmailAddress.objects.filter(user=user, email=email).first()
        if address is None:
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        elif not (address.verified and address.primary):
            address.verified = address.primary = True
            address.save()
        return user

    def staff(self) -> None:
        self.user(ADMIN_EMAIL, password=ADMIN_PASSWORD, is_staff=True, is_superuser=True)
        editor = self.user(EDITOR_EMAIL, password=DEMO_PASSWORD, first_name="Edith")
        editors_group_ensure()
        editor.groups.add(Group.objects.get(name=EDITORS))
        moderator = self.user(MODERATOR_EMAIL, password=DEMO_PASSWORD, first_name="Moses")
        moderator.groups.add(Group.objects.get_or_create(name=MODERATORS)[0])
        self.user(REFORMER_EMAIL, password=DEMO_PASSWORD, first_name="Rafa")

    def profile(self, row: dict, countries: dict, vocab: dict, *, source: Path) -> None:
        user = self.user(row["email"], password=DEMO_PASSWORD)
        fields = {
            k: v
            for k, v in row.items()
            if k not in ("email", "country", "themes", "challenge_areas", "expertise")
        }
        fields["country"] = pick(countries, [row["country"]], what="country", source=source)[0]
        themes = pick(vocab["themes"], row["themes"], what="theme", source=source)
        areas = pick(vocab["areas"], row["challenge_areas"], what="challenge area", source=source)
        profile = ReformerProfile.objects.filter(user=user).first()
        if (
            profile is not None
            and not _changed(profile, fields)
            and _same(profile.themes, themes)
            and _same(profile.challenge_areas, areas)
            and set(profile.expertise.names()) == set(row["expertise"])
        ):
            return
        services.profile_update(
            user=user, themes=themes, challenge_areas=areas, expertise=row["expertise"], **fields
        )
