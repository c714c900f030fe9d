"""The jurors' own screens (not the Wagtail admin), at the reader's language prefix: their
assignments across programmes, a scoring page per nomination, and declaring a conflict.
A nomination not given to the juror (or one they recused from) is a 404, the same as one
that does not exist."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.languages import localize_url

from . import selectors, services
from .forms import ConflictForm, ScoreForm


def _dashboard_url() -> str:
    return localize_url("/awards/jury/")


def dashboard(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    groups = selectors.juror_dashboard(user=request.user, locale=Locale.get_active())
    return render(request, "awards/jury/dashboard.html", {"groups": groups})


def _assignment_or_404(request, pk: int):
    assignment = selectors.assignment_of(user=request.user, nomination_id=pk)
    if assignment is None:
        raise Http404
    return assignment


def score(request, pk):
    """Score one nomination: each criterion 1–5 with the descriptor shown, and a comment.
    A refused sheet is shown again with everything typed; after the jury closes, the sheet
    is read-only and a change is refused with the reason."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assignment = _assignment_or_404(request, pk)
    nomination = assignment.nomination
    programme = nomination.programme
    criteria = selectors.score_criteria(programme=programme, locale=Locale.get_active())
    existing = {s.criterion_id: s for s in assignment.scores.all()}
    closed = programme.jury_is_closed
    error, status = "", 200
    if request.method == "POST":
        form = ScoreForm(request.POST, criteria=criteria)
        status = 400
        if closed:
            error = _("The jury has closed: scores can no longer be changed.")
        elif form.is_valid():
            try:
                services.score_save(assignment=assignment, by=request.user, scores=form.scores())
            except services.JuryError as refused:
                error = refused.message
            except PermissionDenied:
                raise Http404 from None
            else:
                messages.success(request, _("Your scores are saved."))
                return redirect(_dashboard_url())
    else:
        initial = {}
        for criterion_id, saved in existing.items():
            initial[f"score_{criterion_id}"] = saved.value
            initial[f"comment_{criterion_id}"] = saved.comment
        form = ScoreForm(initial=initial, criteria=criteria)
    return render(
        request,
        "awards/jury/score.html",
        {
            "assignment": assignment,
            "nomination": nomination,
            "programme": selectors.programme_in_language(programme, Locale.get_active()),
            "files": list(nomination.files.all()),
            "form": form,
            "closed": closed,
            "error": error,
        },
        status=status,
    )


def declare_conflict(request, pk):
    """The juror declares a conflict of interest: the nomination goes to another juror."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assignment = _assignment_or_404(request, pk)
    form = ConflictForm(request.POST if request.method == "POST" else None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.recuse(
                assignment=assignment, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.JuryError as refused:
            error = refused.message
        else:
            messages.success(
                request,
                _("Your conflict of interest is recorded; the nomination goes to another juror."),
            )
            return redirect(_dashboard_url())
    return render(
        request,
        "awards/jury/conflict.html",
        {"nomination": assignment.nomination, "form": form, "error": error},
        status=400 if request.method == "POST" else 200,
    )
