"""Views of cohorts, at /learning/cohorts/ under the reader's language prefix: the list, a
cohort's page, applying, my applications, the facilitators' review screen, the member list
and the calendars. Reads come from cohort_selectors, writes go through cohort_services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import calendars
from . import cohort_selectors as selectors
from . import cohort_services as services
from .cohort_forms import ApplicationForm, DecisionForm
from .models import Application, CalendarFeed


def _cohort(request, slug):
    cohort = selectors.cohort_for(slug=slug, user=request.user)
    if cohort is None:
        raise Http404
    return cohort


def _calendar_feed(user) -> CalendarFeed | None:
    if not user.is_authenticated:
        return None
    return CalendarFeed.objects.filter(user=user).first()


@require_GET
def cohort_index(request):
    return render(request, "learning/cohorts/index.html", {"cohorts": selectors.listed_cohorts()})


def _detail_context(request, cohort, **extra) -> dict:
    standing = selectors.standing(user=request.user, cohort=cohort)
    return {
        "cohort": cohort,
        "standing": standing,
        "sessions": selectors.sessions_of(cohort),
        "facilitators": selectors.facilitator_profiles(cohort=cohort, viewer=request.user),
        "refusal": services.refusal_to_apply(user=request.user, cohort=cohort),
        "calendar_feed": _calendar_feed(request.user) if standing.sees_members else None,
        **extra,
    }


@require_GET
def cohort_detail(request, slug):
    cohort = _cohort(request, slug)
    return render(request, "learning/cohorts/detail.html", _detail_context(request, cohort))


@require_http_methods(["GET", "POST"])
def cohort_apply(request, slug):
    cohort = _cohort(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    questions = cohort.question_list()
    form = ApplicationForm(request.POST or None, questions=questions)
    error, status = services.refusal_to_apply(user=request.user, cohort=cohort), 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.application_create(
                    user=request.user,
                    cohort=cohort,
                    statement=form.cleaned_data["statement"],
                    answers=form.answers(),
                )
            except services.CohortError as refused:
                error = refused.message  # the form keeps what was typed
            else:
                messages.success(
                    request, _("Your application is sent. We have e-mailed you a copy.")
                )
                return redirect("learning:cohort_applications")
    return render(
        request,
        "learning/cohorts/apply.html",
        {"cohort": cohort, "form": form, "error": error},
        status=status,
    )


@login_required
@require_GET
def my_applications(request):
    return render(
        request,
        "learning/cohorts/mine.html",
        {
            "applications": selectors.my_applications(user=request.user),
            "calendar_feed": _calendar_feed(request.user),
            "states": Application.State,
        },
    )


@login_required
@require_POST
def application_withdraw(request, pk):
    # someone else's application, or none: the same 404
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    try:
        services.application_withdraw(application=application, by=request.user)
    except services.CohortError as refused:
        messages.error(request, refused.message)
        return redirect("learning:cohort_applications")
    messages.success(request, _("Your application is withdrawn."))
    return redirect("learning:cohort_applications")


# --- the facilitators' screen ----------------------------------------------------------------


def _facilitator_cohort(request, slug):
    """The cohort, for its facilitators and staff: others get a 403 (a sign-in first for
    anonymous visitors), a draft is a 404 to everyone else."""
    if not request.user.is_authenticated:
        return None
    cohort = _cohort(request, slug)
    if not selectors.standing(user=request.user, cohort=cohort).facilitator:
        raise PermissionDenied
    return cohort


def _review(request, cohort, *, status=200, failed=None, error=None):
    return render(
        request,
        "learning/cohorts/review.html",
        {
            "cohort": cohort,
            "groups": selectors.review(cohort=cohort, viewer=request.user),
            "form": DecisionForm(),
            "failed": failed,  # (application id, the form as sent): what was typed stays
            "error": error,
            "open_states": (Application.State.SUBMITTED, Application.State.WAITLISTED),
        },
        status=status,
    )


@require_GET
def cohort_review(request, slug):
    cohort = _facilitator_cohort(request, slug)
    if cohort is None:
        return redirect_to_login(request.get_full_path())
    return _review(request, cohort)


@require_POST
def application_decide(request, slug, pk):
    cohort = _facilitator_cohort(request, slug)
    if cohort is None:
        return redirect_to_login(reverse("learning:cohort_review", kwargs={"slug": slug}))
    application = get_object_or_404(Application, pk=pk, cohort=cohort)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _review(request, cohort, status=400, failed=(application.pk, form))
    try:
        services.application_decide(
            application=application,
            state=form.cleaned_data["state"],
            message=form.cleaned_data["message"],
            by=request.user,
        )
    except services.CohortError as refused:
        return _review(
            request, cohort, status=400, failed=(application.pk, form), error=refused.message
        )
    messages.success(request, _("Decision saved; the applicant is told by e-mail."))
    return redirect("learning:cohort_review", slug=cohort.slug)


# --- members ---------------------------------------------------------------------------------


@require_GET
def cohort_members(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    cohort = _cohort(request, slug)
    standing = selectors.standing(user=request.user, cohort=cohort)
    if not standing.sees_members:
        raise PermissionDenied
    return render(
        request,
        "learning/cohorts/members.html",
        {
            "cohort": cohort,
            "members": selectors.members(cohort=cohort, viewer=request.user),
            "facilitators": selectors.facilitator_profiles(cohort=cohort, viewer=request.user),
        },
    )


# --- calendars -------------------------------------------------------------------------------


def _feed_owner(token):
    """The active account of a calendar token, or a 404 (an old token after a rotation)."""
    feed = get_object_or_404(
        CalendarFeed.objects.select_related("user"), token=token, user__is_active=True
    )
    return feed.user


def _ics(calendar_bytes: bytes, name: str) -> HttpResponse:
    response = HttpResponse(calendar_bytes, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@require_GET
def cohort_calendar(request, slug, token):
    """A cohort's sessions, for its members and facilitators (the token says who asks)."""
    user = _feed_owner(token)
    cohort = selectors.cohort_for(slug=slug, user=user)
    if cohort is None or not selectors.belongs(user=user, cohort=cohort):
        raise Http404
    return _ics(calendars.sessions_calendar(selectors.sessions_of(cohort), cohort.title), slug)


@require_GET
def my_calendar(request, token):
    """Every session of every cohort the token's owner belongs to."""
    user = _feed_owner(token)
    return _ics(
        calendars.sessions_calendar(selectors.my_sessions(user=user), _("My cohort sessions")),
        "sessions",
    )


@login_required
@require_POST
def calendar_rotate(request):
    """Make the person's calendar address, or give it a new one (the old stops working)."""
    if CalendarFeed.objects.filter(user=request.user).exists():
        services.calendar_feed_rotate(user=request.user)
        messages.success(
            request, _("Your calendar has a new address; the old one no longer works.")
        )
    else:
        services.calendar_feed_for(user=request.user)
        messages.success(request, _("Your calendar address is ready."))
    return redirect("learning:cohort_applications")
