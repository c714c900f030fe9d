"""Demo awards: the awards index (index.yaml, in each language), three programmes
(programmes.yaml: one past with results, one judging, one open for nominations, the last two
dated from the day of loading), 40 nominations of the demo's commitments, members and
reformers (nominations.yaml), and a jury of six demo reformers (jurors.yaml) with the
conflicts the records show, balanced assignments, and scores that include a strict and a
lenient juror.

Nominations of past states are written here as records, not through the services: those
refuse submissions outside the window, and the past programme's window closed long ago.
Runs again without changing anything: rows are found by stable keys (slugs, e-mails, a
key derived from each nomination's position)."""

import datetime
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale

from community.models import Commitment, Member, ReformerProfile
from core.demo import index_pages_ensure, publish, read_yaml

from .. import selectors
from ..conflicts import assign, conflicts
from ..models import (
    AuditEntry,
    AwardCategory,
    AwardIndexPage,
    AwardProgrammePage,
    ConflictDeclaration,
    Juror,
    JurorAssignment,
    Nomination,
    RubricCriterion,
    Score,
)

DEMO = Path(__file__).parent
_NAMESPACE = uuid.UUID("0b6f2a52-8f0e-4f43-9d8b-7a6c1b2e9f10")
DECIDED_STATES = {"eligible", "ineligible", "shortlisted", "winner"}


def load_awards(root: Path = DEMO) -> str:
    indexes = index_pages_ensure(
        AwardIndexPage, slug="awards", texts=read_yaml(root / "index.yaml")
    )
    today = timezone.localdate()
    programmes, translated = {}, 0
    for row in read_yaml(root / "programmes.yaml"):
        programmes[row["slug"]] = _programme(indexes["en"], row, today)
        translated += _translations(programmes[row["slug"]], row.get("translations", {}))
    staff = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    nominations = _nominations(read_yaml(root / "nominations.yaml"), programmes, staff)
    jurors = read_yaml(root / "jurors.yaml")
    assigned = scored = 0
    for programme in programmes.values():
        if programme.closes_at > timezone.now():
            continue  # still open: no jury yet
        seats = _jury(programme, jurors)
        counts = _assign_and_score(programme, seats, nominations, staff)
        assigned += counts[0]
        scored += counts[1]
    return (
        f"{len(programmes)} programmes ({translated} translations), "
        f"{len(nominations)} nominations, "
        f"{assigned} assignments, {scored} scores"
    )


# --- programmes ----------------------------------------------------------------------------


def _day(spec: dict, today: datetime.date) -> datetime.date:
    if "days_from_today" in spec:
        return today + datetime.timedelta(days=spec["days_from_today"])
    return spec["date"]


def _time(spec: dict) -> datetime.time:
    return datetime.time.fromisoformat(spec.get("time", "00:00"))


def _programme(index, row: dict, today: datetime.date) -> AwardProgrammePage:
    existing = AwardProgrammePage.objects.child_of(index).filter(slug=row["slug"]).first()
    if existing is not None:
        return existing.specific
    page = AwardProgrammePage(
        slug=row["slug"],
        title=row["title"],
        edition=row["edition"],
        description=row["description"],
        eligibility=row.get("eligibility", ""),
        time_zone=row["time_zone"],
        opens_on=_day(row["opens"], today),
        opens_time=_time(row["opens"]),
        closes_on=_day(row["closes"], today),
        closes_time=_time(row["closes"]),
        jury_closes_on=_day(row["jury_closes"], today),
        jury_closes_time=_time(row["jury_closes"]),
        **row.get("rules", {}),
    )
    if "results_published" in row:
        published = row["results_published"]
        page.results_published_at = datetime.datetime.combine(
            published, datetime.time(12, 0), datetime.UTC
        )
    page.categories = [
        AwardCategory(name=c["name"], description=c.get("description", ""), sort_order=n)
        for n, c in enumerate(row["categories"])
    ]
    page.criteria = [
        RubricCriterion(
            name=c["name"],
            description=c.get("description", ""),
            weight=c["weight"],
            sort_order=n,
            **{f"descriptor_{s + 1}": text for s, text in enumerate(c["descriptors"])},
        )
        for n, c in enumerate(row["criteria"])
    ]
    index.add_child(instance=page)
    publish(page)
    return page


def _translations(programme: AwardProgrammePage, texts: dict) -> int:
    """The programme in each language of `texts` (its index there exists already), with its
    categories and criteria renamed in their order. Existing translations are left alone."""
    made = 0
    for code, text in texts.items():
        locale = Locale.objects.get(language_code=code)
        if programme.get_translation_or_none(locale) is not None:
            continue
        translation = programme.copy_for_translation(locale).specific
        for row, category in zip(
            text["categories"], translation.categories.order_by("sort_order"), strict=True
        ):
            category.name, category.description = row["name"], row.get("description", "")
            category.save()
        for row, criterion in zip(
            text["criteria"], translation.criteria.order_by("sort_order"), strict=True
        ):
            criterion.name, criterion.description = row["name"], row.get("description", "")
            for score, descriptor in enumerate(row["descriptors"], start=1):
                setattr(criterion, f"descriptor_{score}", descriptor)
            criterion.save()
        translation = AwardProgrammePage.objects.get(pk=translation.pk)  # children re-read
        for field in ("title", "description", "eligibility"):
            setattr(translation, field, text[field])
        publish(translation)
        made += 1
    return made


# --- nominations ---------------------------------------------------------------------------


def _record(row: dict):
    kind, key = row["kind"], row.get("record")
    if kind == "commitment":
        return Commitment.objects.select_related("action_plan__member").get(public_id=key)
    if kind == "member":
        return Member.objects.get(code=key)
    if kind == "reformer":
        return ReformerProfile.objects.select_related("user").get(user__email=key)
    return None


def _nominations(rows: list[dict], programmes: dict, staff) -> list[tuple[Nomination, dict]]:
    users = {u.email: u for u in get_user_model().objects.filter(email__in={r["by"] for r in rows})}
    made = []
    for number, row in enumerate(rows):
        key = uuid.uuid5(_NAMESPACE, f"nomination/{number}")
        nominator = users[row["by"]]
        existing = Nomination.objects.filter(nominator=nominator, client_key=key).first()
        if existing is not None:
            made.append((existing, row))
            continue
        programme = programmes[row["programme"]]
        category = programme.categories.order_by("sort_order")[row["category"] - 1]
        record = _record(row)
        title = row.get("title") or getattr(record, "title", None) or str(record)
        nomination = Nomination(
            programme=programme,
            category=category,
            nominator=nominator,
            kind=row["kind"],
            title=title[:300],
            description=row.get("description", ""),
            statement=row["statement"],
            state=row["state"],
            citation=row.get("citation", ""),
            eligibility_reason=row.get("reason", ""),
            client_key=key,
        )
        if record is not None:
            setattr(nomination, row["kind"], record)
        if row["state"] != "draft":
            nomination.submitted_at = programme.opens_at + datetime.timedelta(days=3 + number % 9)
        if row["state"] in DECIDED_STATES:
            nomination.eligibility_decided_at = programme.closes_at + datetime.timedelta(days=2)
            nomination.eligibility_decided_by = staff
        if row["state"] == "withdrawn":
            nomination.withdrawn_at = programme.opens_at + datetime.timedelta(days=20)
        nomination.save()
        if row["state"] in DECIDED_STATES:
            AuditEntry.objects.create(
                actor=staff,
                action=AuditEntry.Action.ELIGIBILITY_DECIDED,
                programme=programme,
                nomination=nomination,
                object_type=Nomination._meta.label,
                object_id=str(nomination.pk),
                object_repr=str(nomination)[:300],
                before={"state": "submitted"},
                after={"state": "ineligible" if row["state"] == "ineligible" else "eligible"},
            )
        made.append((nomination, row))
    return made


# --- the jury --------------------------------------------------------------------------------


def _jury(programme, rows: list[dict]) -> list[tuple[Juror, int]]:
    seats = []
    for row in rows:
        user = get_user_model().objects.get(email=row["email"])
        member = Member.objects.filter(code=row["member"]).first() if row.get("member") else None
        profile = ReformerProfile.objects.filter(user=user).first()
        country = member.country if member else getattr(profile, "country", None)
        juror, _created = Juror.objects.get_or_create(
            programme=programme,
            user=user,
            defaults={
                "member": member,
                "country": country,
                "organisation": row.get("organisation", ""),
            },
        )
        seats.append((juror, row.get("bias", 0)))
    return seats


def _assign(programme, staff) -> list[JurorAssignment]:
    """The jury's own rule and plan: the facts read from the records (awards.selectors), the
    conflicts they show recorded as detected (awards.conflicts.conflicts), then the balanced
    assignment (awards.conflicts.assign, min-cost flow). Written as records with their audit
    entries, as the services write them: the services refuse a closed jury, and the past
    programme's closed long ago."""
    jurors = selectors.juror_facts(programme=programme)
    nominations = [
        selectors.nomination_facts(n)
        for n in selectors.with_fact_relations(selectors.judged_nominations(programme=programme))
    ]
    by_id = {n.pk: n for n in Nomination.objects.filter(programme=programme)}
    users = {u.pk: u for u in get_user_model().objects.filter(pk__in=jurors)}
    for facts in nominations:
        for juror in jurors.values():
            found = conflicts(juror, facts)
            if not found:
                continue
            declaration, created = ConflictDeclaration.objects.get_or_create(
                nomination=by_id[facts.id],
                juror=users[juror.user_id],
                defaults={
                    "source": ConflictDeclaration.Source.DETECTED,
                    "reason": " ".join(str(c.reason) for c in found)[:500],
                },
            )
            if created:
                codes = [c.code.value for c in found]
                _audit(staff, AuditEntry.Action.CONFLICT, programme, by_id[facts.id],
                       declaration, {"juror": juror.user_id, "codes": codes})  # fmt: skip
    plan = assign(nominations, jurors.values(), per_nomination=programme.jurors_per_nomination)
    assignments = []
    for nomination_id, juror_ids in sorted(plan.added.items()):
        for juror_id in juror_ids:
            assignment = JurorAssignment.objects.create(
                nomination=by_id[nomination_id], juror=users[juror_id]
            )
            _audit(staff, AuditEntry.Action.ASSIGNED, programme, by_id[nomination_id],
                   assignment, {"juror": juror_id, "automatic": True})  # fmt: skip
            assignments.append(assignment)
    return assignments


def _audit(staff, action, programme, nomination, obj, after) -> None:
    AuditEntry.objects.create(
        actor=staff,
        action=action,
        programme=programme,
        nomination=nomination,
        object_type=obj._meta.label,
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        after=after,
    )


def _assign_and_score(programme, seats, nominations, staff) -> tuple[int, int]:
    if JurorAssignment.objects.filter(nomination__programme=programme).exists():
        return 0, 0
    criteria = list(programme.criteria.order_by("sort_order"))
    bias = {juror.user_id: lean for juror, lean in seats}
    order = [juror.user_id for juror, _bias in seats]
    quality = {nomination.pk: row.get("quality", 3) for nomination, row in nominations}
    assignments = [
        (assignment, number, quality[assignment.nomination_id])
        for number, assignment in enumerate(_assign(programme, staff))
    ]
    # the past programme is fully scored; the one in judging, half way
    finished = programme.results_published_at is not None
    to_score = assignments if finished else assignments[: len(assignments) // 2]
    scores = []
    for assignment, number, quality in to_score:
        juror_index = order.index(assignment.juror_id)
        for c, criterion in enumerate(criteria):
            wobble = (number * 7 + juror_index * 3 + c * 5) % 3 - 1  # -1, 0 or 1
            value = min(5, max(1, quality + bias[assignment.juror_id] + wobble))
            scores.append(Score(assignment=assignment, criterion=criterion, value=value))
    Score.objects.bulk_create(scores)
    return len(assignments), len(scores)
