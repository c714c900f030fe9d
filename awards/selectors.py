"""Reads of the awards app: programmes by address, a nominator's list, the records a
nomination may name (with the privacy of profiles), who may open a nomination's files, and
the facts the eligibility screen shows."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext as _

from community.models import Commitment, Member, ReformerProfile

from .models import (
    COMPLETION_ORDER,
    OPENED_GOVERNMENT_ORDER,
    AwardProgrammePage,
    JurorAssignment,
    Nomination,
    NominationFile,
    NominationKind,
    original_of,
)

SUGGESTIONS = 10


def programme_by_slug(slug: str) -> AwardProgrammePage | None:
    """The original of the live programme at this slug (in any language), or None."""
    page = AwardProgrammePage.objects.live().public().filter(slug=slug).order_by("pk").first()
    return original_of(page) if page is not None else None


def programme_in_language(programme: AwardProgrammePage, locale) -> AwardProgrammePage:
    """The programme in the reader's language where it is translated (and live), else the
    programme itself."""
    if programme.locale_id == locale.pk:
        return programme
    translation = (
        AwardProgrammePage.objects.live()
        .filter(translation_key=programme.translation_key, locale=locale)
        .first()
    )
    return translation or programme


def category_names(*, programme: AwardProgrammePage, shown: AwardProgrammePage) -> dict:
    """{category id of the original programme: its name in `shown`, a translation of it},
    matched by position (a translation is a copy of the original's categories)."""
    if shown.pk == programme.pk:
        return {}
    originals = programme.categories.order_by("sort_order", "pk")
    translated = shown.categories.order_by("sort_order", "pk")
    return {o.pk: t.name for o, t in zip(originals, translated, strict=False)}


def nominations_of(*, user):
    """A nominator's nominations, newest first, with what their list shows (a fixed number
    of queries however many there are)."""
    return (
        Nomination.objects.filter(nominator=user)
        .with_list_relations()
        .annotate(file_count=Count("files"))
        .order_by("-created_at", "-pk")
    )


def nomination_of(*, user, pk: int) -> Nomination | None:
    """One of the user's own nominations; None for anyone else's (a 404 for the view)."""
    return (
        Nomination.objects.with_list_relations()
        .prefetch_related(Prefetch("files", queryset=NominationFile.objects.order_by("pk")))
        .filter(nominator=user, pk=pk)
        .first()
    )


def nomination_of_nominee(*, user, pk: int) -> Nomination | None:
    """A nomination of this user's reformer profile (that they may decline), or None."""
    return (
        Nomination.objects.with_list_relations()
        .filter(pk=pk, reformer__user=user)
        .exclude(state__in=[Nomination.State.DRAFT, Nomination.State.WITHDRAWN])
        .first()
    )


# --- the records a nomination names ------------------------------------------------------


def nominable_profiles():
    """Reformers who may be nominated by name: public profiles of active accounts only
    (a private or community-only profile is never offered nor accepted)."""
    return ReformerProfile.objects.featurable()


def record_for(*, kind: str, key: str):
    """The record a nomination form names: by its public key (a commitment's public id, a
    member's or a reformer's address) or as the list shows it ("KE0012 · title", a name);
    None for an unknown or hidden one."""
    key = key.strip()
    if kind == NominationKind.COMMITMENT:
        public_id = key.split(" · ", 1)[0].strip().upper()
        return (
            Commitment.objects.select_related("action_plan__member")
            .filter(public_id=public_id)
            .first()
        )
    if kind == NominationKind.MEMBER:
        return Member.objects.filter(Q(slug=key) | Q(name__iexact=key)).order_by("pk").first()
    if kind == NominationKind.REFORMER:
        by_slug = nominable_profiles().filter(slug=key).first()
        if by_slug is not None:
            return by_slug
        named = list(nominable_profiles().filter(display_name__iexact=key)[:2])
        return named[0] if len(named) == 1 else None
    return None


def record_key(record) -> str:
    if isinstance(record, Commitment):
        return record.public_id
    return getattr(record, "slug", "")


def record_label(record) -> str:
    if isinstance(record, Commitment):
        return f"{record.public_id} · {record.title}"
    if isinstance(record, Member):
        return record.name
    if isinstance(record, ReformerProfile):
        return record.display_name
    return ""


def record_suggestions(*, kind: str, query: str, limit: int = SUGGESTIONS) -> list[dict]:
    """[{"key", "label"}] of records of `kind` whose name (or id) contains `query`."""
    query = query.strip()
    if len(query) < 2:
        return []
    if kind == NominationKind.COMMITMENT:
        rows = (
            Commitment.objects.filter(Q(public_id__istartswith=query) | Q(title__icontains=query))
            .only("public_id", "title")
            .order_by("public_id")
        )
    elif kind == NominationKind.MEMBER:
        rows = Member.objects.filter(name__icontains=query).only("slug", "name").order_by("name")
    elif kind == NominationKind.REFORMER:
        rows = (
            nominable_profiles()
            .filter(display_name__icontains=query)
            .only("slug", "display_name")
            .order_by("display_name", "pk")
        )
    else:
        return []
    return [{"key": record_key(row), "label": record_label(row)} for row in rows[:limit]]


# --- files ---------------------------------------------------------------------------------


def file_visible_to(*, user, name: str) -> NominationFile | None:
    """The nomination file stored under `name`, if `user` may open it: its nominator, staff,
    or a juror assigned to its nomination (and not recused)."""
    if not user.is_authenticated:
        return None
    files = NominationFile.objects.select_related("nomination").filter(file=name)
    if not (user.is_active and user.is_staff):
        jurors = JurorAssignment.objects.filter(juror=user, recused_at__isnull=True)
        files = files.filter(
            Q(nomination__nominator=user) | Q(nomination__in=jurors.values("nomination"))
        )
    return files.first()


# --- eligibility -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleCheck:
    rule: str  # what the programme asks, in words
    value: str  # what the record says
    passed: bool | None  # None: the record does not say


def _at_least(value: str, minimum: str, order: list[str]) -> bool | None:
    if not value or value not in order:
        return None
    return order.index(value) >= order.index(minimum)


def eligibility_checks(*, programme: AwardProgrammePage, commitment: Commitment) -> list[RuleCheck]:
    """Each eligibility rule the programme sets, checked against a nominated commitment's
    IRM assessment and action plan."""
    checks = []
    if programme.min_completion:
        completion = commitment.latest_completion
        checks.append(
            RuleCheck(
                _("Completion at least %(level)s")
                % {"level": programme.get_min_completion_display()},
                commitment.get_latest_completion_display() or _("not assessed"),
                _at_least(completion, programme.min_completion, COMPLETION_ORDER),
            )
        )
    if programme.min_opened_government:
        opened = commitment.irm_opened_government
        checks.append(
            RuleCheck(
                _("Opened government at least %(level)s")
                % {"level": programme.get_min_opened_government_display()},
                commitment.get_irm_opened_government_display() or _("not assessed"),
                _at_least(opened, programme.min_opened_government, OPENED_GOVERNMENT_ORDER),
            )
        )
    if programme.plan_ended_after:
        end = commitment.action_plan.end_year
        checks.append(
            RuleCheck(
                _("Action plan ended after %(year)s") % {"year": programme.plan_ended_after},
                str(end) if end else _("unknown"),
                None if end is None else end > programme.plan_ended_after,
            )
        )
    if programme.starred_only:
        checks.append(
            RuleCheck(
                _("Starred by the IRM"),
                _("starred") if commitment.irm_starred else _("not starred"),
                bool(commitment.irm_starred),
            )
        )
    return checks


def eligibility_facts(*, nomination: Nomination) -> dict:
    """What the eligibility screen shows beside a nomination: for a commitment, its IRM
    results, status and action plan, and the programme's rules checked against them."""
    commitment = nomination.commitment
    if commitment is None:
        return {"commitment": None, "checks": [], "plan": None}
    commitment = Commitment.objects.select_related("action_plan__member").get(pk=commitment.pk)
    return {
        "commitment": commitment,
        "plan": commitment.action_plan,
        "checks": eligibility_checks(programme=nomination.programme, commitment=commitment),
    }
