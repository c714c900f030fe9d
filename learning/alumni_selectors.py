"""Reads of alumni: the directory (`/alumni/`), the badges on a profile and the shared-cohort
reasons of "peers for me". Profiles are only ever read through community's visibility
querysets (`listed_for`: never a private profile, community-only ones to signed-in people,
never a closed account's), so counts and choices cannot betray a hidden profile."""

from django.db.models import Case, Count, IntegerField, Prefetch, When
from django.utils.translation import gettext as _

from community.models import Country, ReformerProfile

from .models import Alumnus, Application, Cohort


def _alumni_rows():
    return Alumnus.objects.select_related("cohort").order_by("since", "pk")


def _listed_alumni(viewer):
    """The alumni's profiles listed for `viewer`, found from the alumni (`user_id IN (the
    alumni)`, each looked up by its account) rather than by testing every profile: a
    few thousand alumni among 100,000 profiles."""
    return ReformerProfile.objects.listed_for(viewer).filter(
        user__in=Alumnus.objects.values("user_id")
    )


def directory(*, viewer):
    """The alumni's profiles `viewer` may see in a list, with the cohorts each is an alumnus
    of (`user.alumni_of`) and their challenge areas: three queries for a page, whatever the
    number of alumni."""
    return (
        _listed_alumni(viewer)
        .select_related("country", "user")
        .prefetch_related("challenge_areas", Prefetch("user__alumni_of", queryset=_alumni_rows()))
        .order_by("display_name", "pk")
    )


def cohorts_with_alumni(*, viewer):
    """The cohorts with alumni `viewer` may see, each with how many (`alumni_count`): only
    listed profiles are counted."""
    listed = _listed_alumni(viewer).values("user_id")
    return (
        Cohort.objects.listed()
        .filter(alumni__user__in=listed)
        .annotate(alumni_count=Count("alumni"))
        .order_by("title", "pk")
    )


def countries_of_alumni(*, viewer):
    listed = _listed_alumni(viewer).values("country_id")
    return Country.objects.in_default_locale().filter(pk__in=listed)


# --- badges and peers (registered in community at app-ready: community never imports us) ---


def badges_for(user_ids) -> dict[int, list[tuple[str, str]]]:
    """{user id: [(text, link)]}: an "Alumni — <cohort>" badge per cohort each is an alumnus
    of (one query)."""
    found: dict[int, list[tuple[str, str]]] = {}
    for alumnus in _alumni_rows().filter(user_id__in=list(user_ids)):
        found.setdefault(alumnus.user_id, []).append(badge(alumnus))
    return found


def badge(alumnus: Alumnus) -> tuple[str, str]:
    return (
        _("Alumni — %(cohort)s") % {"cohort": alumnus.cohort.title},
        alumnus.cohort.get_absolute_url(),
    )


SHARED_COHORT_ROWS = 100


def shared_cohorts(*, user, user_ids=()) -> dict[int, list[str]]:
    """{user id: ["In <cohort> with you", ...]} for people who share a cohort with `user`
    (accepted members of a cohort they are accepted in, not a draft or cancelled one): the
    people among `user_ids` first, then others, SHARED_COHORT_ROWS (person, cohort) pairs at
    most. One query."""
    if not user.is_authenticated:
        return {}
    mine = Application.objects.filter(applicant=user, state=Application.State.ACCEPTED).values(
        "cohort_id"
    )
    asked = list(user_ids)
    rows = (
        Application.objects.filter(state=Application.State.ACCEPTED, cohort__in=mine)
        .exclude(applicant=user)
        .exclude(cohort__state__in=[Cohort.State.CANCELLED, Cohort.State.DRAFT])
        .annotate(
            asked=Case(When(applicant_id__in=asked, then=0), default=1, output_field=IntegerField())
        )
        .order_by("asked", "-cohort__applications_open_on", "cohort__title", "applicant_id")
        .values_list("applicant_id", "cohort__title")[:SHARED_COHORT_ROWS]
    )
    found: dict[int, list[str]] = {}
    for user_id, title in rows:
        found.setdefault(user_id, []).append(_("In %(cohort)s with you") % {"cohort": title})
    return found
